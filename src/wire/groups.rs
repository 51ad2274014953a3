//! Parameters of the group, profile and block-list calls (`TIMGroupManager.h`,
//! `TIMManager.h`, `TIMFriendshipManager.h`), read into `runtime::remote` requests. Values of
//! the wrong JSON type are refused when the call is made; what only the server can judge
//! (whether a group exists, may be joined, …) is answered in the callback.

use serde::Deserialize;
use serde_json::Value;

use super::{keys, Invalid};
use crate::engine::ids::{is_valid_id, MAX_GROUP_ID_LEN, MAX_USER_ID_LEN};
use crate::runtime::remote::{GroupChanges, GroupCreate, MemberChanges, RemoteRequest};

/// `TIMGroupModifyInfoFlag` bits timconv carries out.
pub mod modify_flag {
    pub const NAME: u32 = 1;
    pub const NOTIFICATION: u32 = 2;
    pub const INTRODUCTION: u32 = 4;
    pub const FACE_URL: u32 = 8;
    pub const ADD_OPTION: u32 = 16;
    pub const SHUTUP_ALL: u32 = 256;
    pub const SUPPORTED: u32 = NAME | NOTIFICATION | INTRODUCTION | FACE_URL | ADD_OPTION | SHUTUP_ALL;
}

/// `TIMGroupMemberModifyInfoFlag` bits timconv carries out.
pub mod member_flag {
    pub const ROLE: u32 = 2;
    pub const SHUTUP_TIME: u32 = 4;
    pub const NAME_CARD: u32 = 8;
    pub const SUPPORTED: u32 = ROLE | SHUTUP_TIME | NAME_CARD;
}

/// Longest group name, introduction and notification the SDK takes (bytes).
const MAX_NAME: usize = 100;
const MAX_TEXT: usize = 400;

fn check_len(v: &str, max: usize, what: &str) -> Result<(), Invalid> {
    if v.len() > max {
        return Err(Invalid::param(format!("{what} is longer than {max} bytes")));
    }
    Ok(())
}

fn check_user(u: &str) -> Result<(), Invalid> {
    if is_valid_id(u, MAX_USER_ID_LEN) {
        Ok(())
    } else {
        Err(Invalid::param(format!("{u:?} is not a user ID")))
    }
}

fn check_group(g: &str) -> Result<(), Invalid> {
    if is_valid_id(g, MAX_GROUP_ID_LEN) {
        Ok(())
    } else {
        Err(Invalid::param("the group ID is empty, too long or has control characters"))
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct MemberParam {
    group_member_info_identifier: String,
    group_member_info_member_role: u32,
}

/// `TIMGroupCreate`'s CreateGroupParam.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CreateGroupParam {
    create_group_param_group_name: String,
    create_group_param_group_id: String,
    create_group_param_group_type: Option<u32>,
    create_group_param_group_member_array: Vec<MemberParam>,
    create_group_param_notification: String,
    create_group_param_introduction: String,
    create_group_param_face_url: String,
}

impl CreateGroupParam {
    pub fn into_request(self) -> Result<RemoteRequest, Invalid> {
        let group_type = self.create_group_param_group_type.unwrap_or(0);
        if group_type > 5 {
            return Err(Invalid::param(format!("group type {group_type} is not a TIMGroupType")));
        }
        check_len(&self.create_group_param_group_name, MAX_NAME, "the group name")?;
        check_len(&self.create_group_param_introduction, MAX_TEXT, "the introduction")?;
        check_len(&self.create_group_param_notification, MAX_TEXT, "the notification")?;
        let group_id = Some(self.create_group_param_group_id).filter(|g| !g.is_empty());
        if let Some(g) = &group_id {
            check_group(g)?;
        }
        let mut members = Vec::new();
        for m in self.create_group_param_group_member_array {
            check_user(&m.group_member_info_identifier)?;
            members.push((m.group_member_info_identifier, m.group_member_info_member_role));
        }
        Ok(RemoteRequest::CreateGroup(GroupCreate {
            group_id,
            name: self.create_group_param_group_name,
            group_type,
            introduction: self.create_group_param_introduction,
            notification: self.create_group_param_notification,
            face_url: self.create_group_param_face_url,
            members,
        }))
    }
}

/// A group ID argument.
pub fn group_id(g: &str) -> Result<String, Invalid> {
    check_group(g)?;
    Ok(g.to_owned())
}

/// A JSON array of user IDs (a block-list parameter).
pub fn user_list(text: &str) -> Result<Vec<String>, Invalid> {
    let users: Vec<String> = super::parse(text)?;
    users.iter().try_for_each(|u| check_user(u))?;
    Ok(users)
}

/// `TIMGroupInviteMember`'s GroupInviteMemberParam.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct InviteParam {
    group_invite_member_param_group_id: String,
    group_invite_member_param_identifier_array: Vec<String>,
}

impl InviteParam {
    pub fn into_request(self) -> Result<RemoteRequest, Invalid> {
        let users = self.group_invite_member_param_identifier_array;
        if users.is_empty() {
            return Err(Invalid::param("the identifier array is empty"));
        }
        users.iter().try_for_each(|u| check_user(u))?;
        Ok(RemoteRequest::Invite { group_id: group_id(&self.group_invite_member_param_group_id)?, users })
    }
}

/// `TIMGroupDeleteMember`'s GroupDeleteMemberParam.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DeleteParam {
    group_delete_member_param_group_id: String,
    group_delete_member_param_identifier_array: Vec<String>,
    group_delete_member_param_user_data: String,
}

impl DeleteParam {
    pub fn into_request(self) -> Result<RemoteRequest, Invalid> {
        let users = self.group_delete_member_param_identifier_array;
        if users.is_empty() {
            return Err(Invalid::param("the identifier array is empty"));
        }
        users.iter().try_for_each(|u| check_user(u))?;
        Ok(RemoteRequest::Kick {
            group_id: group_id(&self.group_delete_member_param_group_id)?,
            users,
            reason: self.group_delete_member_param_user_data,
        })
    }
}

/// `TIMGroupModifyGroupInfo`'s GroupModifyInfoParam.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ModifyGroupParam {
    group_modify_info_param_group_id: String,
    group_modify_info_param_modify_flag: i64,
    group_modify_info_param_group_name: String,
    group_modify_info_param_notification: String,
    group_modify_info_param_introduction: String,
    group_modify_info_param_face_url: String,
    group_modify_info_param_add_option: u32,
    group_modify_info_param_is_shutup_all: bool,
}

impl ModifyGroupParam {
    /// The request, and the names of asked-for fields timconv cannot change (if any).
    pub fn into_request(self) -> Result<(RemoteRequest, Vec<&'static str>), Invalid> {
        let flags = (self.group_modify_info_param_modify_flag as u64 & 0xffff_ffff) as u32;
        if flags == 0 {
            return Err(Invalid::param("group_modify_info_param_modify_flag names no field"));
        }
        let mut unsupported = Vec::new();
        for (bit, name) in [
            (32, "max member count"),
            (64, "visibility"),
            (128, "searchability"),
            (512, "custom info"),
            (2048, "topic custom data"),
            (4096, "approve option"),
            (8192, "permission groups"),
            (16384, "default permissions"),
            (0x8000_0000, "owner"),
        ] {
            if flags & bit != 0 {
                unsupported.push(name);
            }
        }
        let known = modify_flag::SUPPORTED | 32 | 64 | 128 | 512 | 2048 | 4096 | 8192 | 16384 | 0x8000_0000;
        if flags & !known != 0 {
            unsupported.push("unknown fields");
        }
        let on = |bit: u32| flags & bit != 0;
        check_len(&self.group_modify_info_param_group_name, MAX_NAME, "the group name")?;
        check_len(&self.group_modify_info_param_introduction, MAX_TEXT, "the introduction")?;
        check_len(&self.group_modify_info_param_notification, MAX_TEXT, "the notification")?;
        if on(modify_flag::ADD_OPTION) && self.group_modify_info_param_add_option > 2 {
            return Err(Invalid::param("the add option is not a TIMGroupAddOption"));
        }
        let changes = GroupChanges {
            name: on(modify_flag::NAME).then_some(self.group_modify_info_param_group_name),
            introduction: on(modify_flag::INTRODUCTION).then_some(self.group_modify_info_param_introduction),
            notification: on(modify_flag::NOTIFICATION).then_some(self.group_modify_info_param_notification),
            face_url: on(modify_flag::FACE_URL).then_some(self.group_modify_info_param_face_url),
            all_muted: on(modify_flag::SHUTUP_ALL).then_some(self.group_modify_info_param_is_shutup_all),
            add_option: on(modify_flag::ADD_OPTION).then_some(self.group_modify_info_param_add_option),
        };
        let group_id = group_id(&self.group_modify_info_param_group_id)?;
        Ok((RemoteRequest::ModifyGroup { group_id, changes }, unsupported))
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct MemberOption {
    group_member_get_info_option_role_flag: u32,
}

/// `TIMGroupGetMemberInfoList`'s GroupGetMemberInfoListParam.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MemberListParam {
    group_get_members_info_list_param_group_id: String,
    group_get_members_info_list_param_identifier_array: Vec<String>,
    group_get_members_info_list_param_option: MemberOption,
    group_get_members_info_list_param_next_seq: u64,
}

impl MemberListParam {
    pub fn into_request(self) -> Result<RemoteRequest, Invalid> {
        let users = self.group_get_members_info_list_param_identifier_array;
        users.iter().try_for_each(|u| check_user(u))?;
        Ok(RemoteRequest::Members {
            group_id: group_id(&self.group_get_members_info_list_param_group_id)?,
            users,
            role_filter: self.group_get_members_info_list_param_option.group_member_get_info_option_role_flag,
            next: self.group_get_members_info_list_param_next_seq,
        })
    }
}

/// `TIMGroupModifyMemberInfo`'s GroupModifyMemberInfoParam.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ModifyMemberParam {
    group_modify_member_info_group_id: String,
    group_modify_member_info_identifier: String,
    group_modify_member_info_modify_flag: u32,
    group_modify_member_info_member_role: u32,
    group_modify_member_info_shutup_time: u64,
    group_modify_member_info_name_card: String,
}

impl ModifyMemberParam {
    /// The request, and the names of asked-for fields timconv cannot change (if any).
    pub fn into_request(self) -> Result<(RemoteRequest, Vec<&'static str>), Invalid> {
        let flags = self.group_modify_member_info_modify_flag;
        if flags == 0 {
            return Err(Invalid::param("group_modify_member_info_modify_flag names no field"));
        }
        let mut unsupported = Vec::new();
        if flags & 1 != 0 {
            unsupported.push("message receive option (use TIMMsgSetGroupReceiveMessageOpt)");
        }
        if flags & !(member_flag::SUPPORTED | 1) != 0 {
            unsupported.push("custom info");
        }
        check_user(&self.group_modify_member_info_identifier)?;
        let on = |bit: u32| flags & bit != 0;
        let role = self.group_modify_member_info_member_role;
        if on(member_flag::ROLE) && ![200, 300, 400].contains(&role) {
            return Err(Invalid::param(format!("role {role} is not a TIMGroupMemberRole")));
        }
        check_len(&self.group_modify_member_info_name_card, 50, "the name card")?;
        let changes = MemberChanges {
            role: on(member_flag::ROLE).then_some(role),
            mute_seconds: on(member_flag::SHUTUP_TIME).then_some(self.group_modify_member_info_shutup_time),
            name_card: on(member_flag::NAME_CARD).then_some(self.group_modify_member_info_name_card),
        };
        let request = RemoteRequest::ModifyMember {
            group_id: group_id(&self.group_modify_member_info_group_id)?,
            user: self.group_modify_member_info_identifier,
            changes,
        };
        Ok((request, unsupported))
    }
}

/// `TIMProfileModifySelfUserProfile`'s UserProfileItem: the nickname and face URL are carried
/// out; the names of other fields asked for are returned.
pub fn self_profile(item: &serde_json::Map<String, Value>) -> Result<(RemoteRequest, Vec<String>), Invalid> {
    let text = |k: &str| -> Result<Option<String>, Invalid> {
        match item.get(k) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(Invalid::param(format!("{k} must be a string"))),
        }
    };
    let nick = text(keys::kTIMUserProfileItemNickName)?;
    let face_url = text(keys::kTIMUserProfileItemFaceUrl)?;
    if let Some(n) = &nick {
        check_len(n, 500, "the nickname")?;
    }
    let unsupported: Vec<String> = item
        .keys()
        .filter(|k| *k != keys::kTIMUserProfileItemNickName && *k != keys::kTIMUserProfileItemFaceUrl)
        .cloned()
        .collect();
    Ok((RemoteRequest::ModifySelf { nick, face_url }, unsupported))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parse<T: serde::de::DeserializeOwned>(v: Value) -> T {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn create_params_are_checked() {
        let p: CreateGroupParam = parse(json!({"create_group_param_group_name": "Dev",
            "create_group_param_group_id": "dev", "create_group_param_group_type": 1,
            "create_group_param_group_member_array": [{"group_member_info_identifier": "bob",
                "group_member_info_member_role": 300}]}));
        let RemoteRequest::CreateGroup(c) = p.into_request().unwrap() else { panic!() };
        assert_eq!((c.group_id.as_deref(), c.group_type, c.members[0].1), (Some("dev"), 1, 300));
        let bad: CreateGroupParam = parse(json!({"create_group_param_group_type": 9}));
        assert!(bad.into_request().is_err());
        let long: CreateGroupParam = parse(json!({"create_group_param_group_id": "x".repeat(49)}));
        assert!(long.into_request().is_err());
        assert!(serde_json::from_value::<CreateGroupParam>(json!({"create_group_param_group_type": "x"}))
            .is_err());
    }

    #[test]
    fn modify_flags_split_into_done_and_not_supported() {
        let p: ModifyGroupParam = parse(json!({"group_modify_info_param_group_id": "dev",
            "group_modify_info_param_modify_flag": 1 | 4 | 32,
            "group_modify_info_param_group_name": "N", "group_modify_info_param_introduction": "I"}));
        let (RemoteRequest::ModifyGroup { changes, .. }, unsupported) = p.into_request().unwrap() else {
            panic!()
        };
        assert_eq!(
            (changes.name.as_deref(), changes.introduction.as_deref(), changes.face_url),
            (Some("N"), Some("I"), None)
        );
        assert_eq!(unsupported, ["max member count"]);
        let owner: ModifyGroupParam = parse(json!({"group_modify_info_param_group_id": "dev",
            "group_modify_info_param_modify_flag": -2147483648i64}));
        assert_eq!(owner.into_request().unwrap().1, ["owner"]);
        let none: ModifyGroupParam = parse(json!({"group_modify_info_param_group_id": "dev"}));
        assert!(none.into_request().is_err());
    }

    #[test]
    fn member_and_profile_params() {
        let p: ModifyMemberParam = parse(json!({"group_modify_member_info_group_id": "dev",
            "group_modify_member_info_identifier": "bob", "group_modify_member_info_modify_flag": 2 | 8,
            "group_modify_member_info_member_role": 300, "group_modify_member_info_name_card": "B"}));
        let (RemoteRequest::ModifyMember { changes, .. }, unsupported) = p.into_request().unwrap() else {
            panic!()
        };
        assert_eq!(
            (changes.role, changes.name_card.as_deref(), unsupported.len()),
            (Some(300), Some("B"), 0)
        );
        let bad: ModifyMemberParam = parse(json!({"group_modify_member_info_group_id": "dev",
            "group_modify_member_info_identifier": "bob", "group_modify_member_info_modify_flag": 2,
            "group_modify_member_info_member_role": 7}));
        assert!(bad.into_request().is_err());
        let item = json!({"user_profile_item_nick_name": "Al", "user_profile_item_gender": 1});
        let (RemoteRequest::ModifySelf { nick, face_url }, unsupported) =
            self_profile(item.as_object().unwrap()).unwrap()
        else {
            panic!()
        };
        assert_eq!(
            (nick.as_deref(), face_url, unsupported),
            (Some("Al"), None, vec!["user_profile_item_gender".to_owned()])
        );
        assert!(user_list("[\"a\", \"\"]").is_err() && user_list("[\"a\"]").is_ok());
    }
}
