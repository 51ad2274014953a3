//! Groups, members, tips and group reports as the SDK's JSON, from what the homeserver showed.
//! User IDs arrive here as SDK user IDs.

use serde_json::{json, Value};

use crate::engine::Conversation;
use crate::transport::group_state::{GroupSnapshot, MemberState};
use crate::transport::tips::{tip_type, Tip};
use crate::wire::keys;

/// `TIMGroupAddOption` of a join rule: anyone may join (Any), by request (Auth), else Forbid.
pub fn add_option(join_rule: &str) -> u32 {
    match join_rule {
        "public" => 2,
        "knock" | "knock_restricted" => 1,
        _ => 0,
    }
}

/// A GroupMemberInfo.
pub fn member_info(group_id: &str, user_id: &str, s: &GroupSnapshot, m: &MemberState) -> Value {
    json!({
        keys::kTIMGroupMemberInfoIdentifier: user_id,
        keys::kTIMGroupMemberInfoGroupId: group_id,
        keys::kTIMGroupMemberInfoJoinTime: m.since_ms / 1000,
        keys::kTIMGroupMemberInfoMemberRole: s.role_of(&m.user),
        keys::kTIMGroupMemberInfoMsgFlag: 0,
        keys::kTIMGroupMemberInfoMsgSeq: 0,
        keys::kTIMGroupMemberInfoShutupTime: s.muted_until(&m.user),
        keys::kTIMGroupMemberInfoNameCard: m.name_card,
        keys::kTIMGroupMemberInfoNickName: m.display_name,
        keys::kTIMGroupMemberInfoFriendRemark: "",
        keys::kTIMGroupMemberInfoFaceUrl: m.avatar_url,
        keys::kTIMGroupMemberInfoCustomInfo: [],
    })
}

/// A GroupDetailInfo; `owner` is the owner's SDK user ID.
pub fn detail_info(
    group_id: &str,
    owner: &str,
    s: &GroupSnapshot,
    conv: Option<&Conversation>,
    recv_opt: u32,
) -> Value {
    json!({
        keys::kTIMGroupDetailInfoGroupId: group_id,
        keys::kTIMGroupDetailInfoGroupType: s.group_type,
        keys::kTIMGroupDetailInfoIsSupportTopic: false,
        keys::kTIMGroupDetailInfoGroupName: s.name,
        keys::kTIMGroupDetailInfoNotification: s.notification,
        keys::kTIMGroupDetailInfoIntroduction: s.introduction,
        keys::kTIMGroupDetailInfoFaceUrl: s.face_url,
        keys::kTIMGroupDetailInfoCreateTime: s.created_ms / 1000,
        keys::kTIMGroupDetailInfoInfoSeq: 0,
        keys::kTIMGroupDetailInfoLastInfoTime: 0,
        keys::kTIMGroupDetailInfoNextMsgSeq: conv.map_or(0, |c| c.max_seq + 1),
        keys::kTIMGroupDetailInfoLastMsgTime: conv.and_then(|c| c.last_msg.as_ref()).map_or(0, |m| m.server_time),
        keys::kTIMGroupDetailInfoMemberNum: s.joined().len(),
        keys::kTIMGroupDetailInfoMaxMemberNum: 0,
        keys::kTIMGroupDetailInfoAddOption: add_option(&s.join_rule),
        keys::kTIMGroupDetailInfoApproveOption: 0,
        keys::kTIMGroupDetailInfoVisible: true,
        keys::kTIMGroupDetailInfoSearchable: true,
        keys::kTIMGroupDetailInfoIsShutupAll: s.all_muted(),
        keys::kTIMGroupDetailInfoOwnerIdentifier: owner,
        keys::kTIMGroupDetailInfoCustomInfo: [],
        keys::kTIMGroupBaseInfoMsgFlag: recv_opt,
    })
}

fn profile(user: &str, nick: &str, face: &str) -> Value {
    json!({
        keys::kTIMUserProfileIdentifier: user,
        keys::kTIMUserProfileNickName: nick,
        keys::kTIMUserProfileFaceUrl: face,
    })
}

/// What a tip element shows of the group.
pub struct TipContext<'a> {
    pub group_id: &'a str,
    pub group_name: &'a str,
    pub member_num: u64,
    /// Seconds.
    pub time: u64,
}

/// A GroupTipsElem (with `elem_type` 5); `user` maps Matrix IDs to SDK user IDs.
pub fn tip_elem(tip: &Tip, cx: &TipContext, user: impl Fn(&str) -> String) -> Value {
    let op = user(&tip.op);
    let users: Vec<String> = tip.users.iter().map(|u| user(u)).collect();
    let (nick, face) = tip.member_profile.clone().unwrap_or_default();
    let one = users.len() == 1;
    let role = match tip.tip_type {
        tip_type::SET_ADMIN => Some(300),
        tip_type::CANCEL_ADMIN => Some(200),
        _ => None,
    };
    let changed_members: Vec<Value> = users
        .iter()
        .map(|u| {
            let mut m = json!({keys::kTIMGroupMemberInfoIdentifier: u, keys::kTIMGroupMemberInfoGroupId: cx.group_id});
            if one {
                m[keys::kTIMGroupMemberInfoNickName] = Value::from(nick.as_str());
                m[keys::kTIMGroupMemberInfoFaceUrl] = Value::from(face.as_str());
            }
            if let Some(r) = role {
                m[keys::kTIMGroupMemberInfoMemberRole] = Value::from(r);
            }
            m
        })
        .collect();
    let changed_users: Vec<Value> =
        users.iter().map(|u| if one { profile(u, &nick, &face) } else { profile(u, "", "") }).collect();
    let group_changes: Vec<Value> = tip
        .group_changes
        .iter()
        .map(|c| {
            json!({
                keys::kTIMGroupTipGroupChangeInfoFlag: c.flag,
                keys::kTIMGroupTipGroupChangeInfoValue: c.value,
                keys::kTIMGroupTipGroupChangeInfoBoolValue: c.bool_value,
            })
        })
        .collect();
    let member_changes: Vec<Value> = tip
        .mutes
        .iter()
        .map(|(u, secs)| {
            json!({
                keys::kTIMGroupTipMemberChangeInfoIdentifier: user(u),
                keys::kTIMGroupTipMemberChangeInfoShutupTime: secs,
            })
        })
        .collect();
    let op_is_member = one && tip.op == tip.users[0];
    let mut elem = json!({
        keys::kTIMElemType: 5,
        keys::kTIMGroupTipsElemTipType: tip.tip_type,
        keys::kTIMGroupTipsElemOpUser: op,
        keys::kTIMGroupTipsElemGroupId: cx.group_id,
        keys::kTIMGroupTipsElemGroupName: cx.group_name,
        keys::kTIMGroupTipsElemUserArray: users,
        keys::kTIMGroupTipsElemGroupChangeInfoArray: group_changes,
        keys::kTIMGroupTipsElemMemberChangeInfoArray: member_changes,
        keys::kTIMGroupTipsElemOpUserInfo:
            if op_is_member { profile(&op, &nick, &face) } else { profile(&op, "", "") },
        keys::kTIMGroupTipsElemOpGroupMemberInfo:
            json!({keys::kTIMGroupMemberInfoIdentifier: op, keys::kTIMGroupMemberInfoGroupId: cx.group_id}),
        keys::kTIMGroupTipsElemChangedUserInfoArray: changed_users,
        keys::kTIMGroupTipsElemChangedGroupMemberInfoArray: changed_members,
        keys::kTIMGroupTipsElemMemberNum: cx.member_num,
        keys::kTIMGroupTipsElemPlatform: "",
        keys::kTIMGroupTipsElemTime: cx.time,
    });
    if tip.tip_type == tip_type::INVITE {
        elem[keys::kTIMGroupTipsElemJoinType] = Value::from(tip.join_type);
    }
    elem
}

/// `TIMGroupReportType` values timconv reports.
pub mod report {
    pub const BE_KICKED: u32 = 4;
    pub const DELETE: u32 = 5;
    pub const QUIT: u32 = 8;
}

/// A group report as the SDK pushes it: a system message (conversation type 3, no ID) with one
/// GroupReportElem, for the new-message listener only.
pub fn report_message(
    report_type: u32,
    group_id: &str,
    group_name: &str,
    op: &str,
    reason: &str,
    event: (&str, u64),
) -> Value {
    let (event_id, time) = event;
    json!({
        keys::kTIMMsgConvId: "",
        keys::kTIMMsgConvType: 3,
        keys::kTIMMsgSender: op,
        keys::kTIMMsgMsgId: event_id,
        keys::kTIMMsgServerTime: time,
        keys::kTIMMsgClientTime: time,
        keys::kTIMMsgStatus: 2,
        keys::kTIMMsgIsFormSelf: false,
        keys::kTIMMsgElemArray: [{
            keys::kTIMElemType: 8,
            keys::kTIMGroupReportElemReportType: report_type,
            keys::kTIMGroupReportElemGroupId: group_id,
            keys::kTIMGroupReportElemGroupName: group_name,
            keys::kTIMGroupReportElemOpUser: op,
            keys::kTIMGroupReportElemMsg: reason,
            keys::kTIMGroupReportElemUserData: "",
            keys::kTIMGroupReportElemOpUserInfo: profile(op, "", ""),
            keys::kTIMGroupReportElemOpGroupMemberInfo:
                json!({keys::kTIMGroupMemberInfoIdentifier: op, keys::kTIMGroupMemberInfoGroupId: group_id}),
            keys::kTIMGroupReportElemPlatform: "",
        }],
    })
}
