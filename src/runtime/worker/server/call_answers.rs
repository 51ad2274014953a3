//! The SDK's JSON for what group, profile and block-list operations answered (`calls`): the
//! joined groups, group details, member pages, profiles with the feed's on top, per-user
//! results.

use serde_json::{json, Value};

use super::super::local::user_profile;
use super::super::Worker;
use super::group_json::{detail_info, member_info};
use crate::engine::{codes, ConvInfo, ConvKey};
use crate::transport::calls::CallError;
use crate::transport::group_state::{role, GroupSnapshot, MemberState};
use crate::transport::{errors, ids};
use crate::wire::keys;

/// Members per page of `TIMGroupGetMemberInfoList`.
const MEMBER_PAGE: usize = 100;
/// `HandleGroupMemberResult` values.
const HANDLED_ERR: u32 = 0;
const HANDLED_SUC: u32 = 1;
const INCLUDED: u32 = 2;

impl Worker {
    pub(super) fn directory(&mut self) -> Result<Vec<(ConvKey, ConvInfo)>, (i32, String)> {
        self.flush();
        let session = self.session.as_ref().ok_or((codes::ERR_SDK_NOT_LOGGED_IN, "logged out".to_owned()))?;
        session.store().directory().map_err(|e| (e.code, e.desc))
    }

    /// GroupBaseInfo of the joined rooms that are groups here.
    pub(super) fn joined_groups(&mut self, rooms: &[String]) -> Result<String, (i32, String)> {
        let keys: Vec<ConvKey> = rooms.iter().filter_map(|r| self.recorded_group(r)).collect();
        let dir = self.directory()?;
        let list: Vec<Value> = keys
            .iter()
            .map(|k| {
                let info = dir.iter().find(|(d, _)| d == k).map(|(_, i)| i.clone()).unwrap_or_default();
                self.group_base_info(k, &info)
            })
            .collect();
        Ok(Value::Array(list).to_string())
    }

    pub(super) fn group_detail(&self, group_id: &str, s: &GroupSnapshot) -> Value {
        let session = self.session.as_ref();
        let conv = session.and_then(|s| s.engine.stored_conversation(&ConvKey::group(group_id)));
        let name = session.and_then(|s| s.server.as_ref()).map(|s| s.me().1.to_owned()).unwrap_or_default();
        let owner = ids::user_id(s.owner(), &name).unwrap_or_else(|| s.owner().to_owned());
        detail_info(group_id, &owner, s, conv.as_deref(), conv.as_ref().map_or(0, |c| c.recv_opt))
    }

    /// A page of GroupMemberInfo: the members named, or the joined ones of the roles asked for.
    pub(super) fn members_page(
        &mut self,
        group_id: &str,
        s: &GroupSnapshot,
        users: &[String],
        role_filter: u32,
        next: u64,
    ) -> String {
        let name = self.server().map(|s| s.me().1.to_owned()).unwrap_or_default();
        let wanted = |r: u32| {
            role_filter == 0
                || (role_filter & 1 != 0 && r == role::OWNER)
                || (role_filter & 2 != 0 && r == role::ADMIN)
                || (role_filter & 4 != 0 && r == role::MEMBER)
        };
        let joined: Vec<(String, &MemberState)> =
            s.joined().into_iter().filter_map(|m| ids::user_id(&m.user, &name).map(|u| (u, m))).collect();
        let (page, next_seq) = if users.is_empty() {
            let all: Vec<_> = joined.iter().filter(|(_, m)| wanted(s.role_of(&m.user))).collect();
            let start = (next as usize).min(all.len());
            let end = (start + MEMBER_PAGE).min(all.len());
            let next_seq = if end < all.len() { end as u64 } else { 0 };
            (
                all[start..end].iter().map(|(u, m)| member_info(group_id, u, s, m)).collect::<Vec<_>>(),
                next_seq,
            )
        } else {
            let named = users
                .iter()
                .filter_map(|u| joined.iter().find(|(id, _)| id == u))
                .map(|(u, m)| member_info(group_id, u, s, m))
                .collect();
            (named, 0)
        };
        json!({
            keys::kTIMGroupGetMemberInfoListResultNexSeq: next_seq,
            keys::kTIMGroupGetMemberInfoListResultInfoArray: page,
        })
        .to_string()
    }

    /// UserProfiles from the server, with what the feed told on top.
    pub(super) fn profiles(
        &mut self,
        users: &[String],
        found: &[(String, Option<serde_json::Map<String, Value>>)],
    ) -> Result<String, (i32, String)> {
        let dir = self.directory()?;
        let list: Vec<Value> = users
            .iter()
            .zip(found)
            .map(|(u, (_, fields))| {
                let key = ConvKey::c2c(u.clone());
                let feed = dir.iter().find(|(k, _)| *k == key).map(|(_, i)| i.clone()).unwrap_or_default();
                let field = |k: &str| {
                    fields.as_ref().and_then(|f| f.get(k)).and_then(Value::as_str).unwrap_or("").to_owned()
                };
                let info = ConvInfo {
                    name: if feed.name.is_empty() { field("displayname") } else { feed.name.clone() },
                    face_url: if feed.face_url.is_empty() {
                        field("avatar_url")
                    } else {
                        feed.face_url.clone()
                    },
                    remark: feed.remark,
                    ..ConvInfo::default()
                };
                user_profile(u, &info)
            })
            .collect();
        Ok(Value::Array(list).to_string())
    }
}

/// GroupInviteMemberResult / GroupDeleteMemberResult per user.
pub(super) fn per_user(
    users: &[String],
    results: &[(String, Result<(), CallError>)],
    invite: bool,
) -> String {
    let (id_key, result_key) = if invite {
        (keys::kTIMGroupInviteMemberResultIdentifier, keys::kTIMGroupInviteMemberResultResult)
    } else {
        (keys::kTIMGroupDeleteMemberResultIdentifier, keys::kTIMGroupDeleteMemberResultResult)
    };
    let list: Vec<Value> = users
        .iter()
        .zip(results)
        .map(|(u, (_, r))| {
            let result = match r {
                Ok(()) => HANDLED_SUC,
                Err(CallError::Refused { code, .. }) if *code == errors::ERR_SVR_GROUP_ALLREADY_MEMBER => {
                    INCLUDED
                }
                Err(_) => HANDLED_ERR,
            };
            json!({id_key: u, result_key: result})
        })
        .collect();
    Value::Array(list).to_string()
}
