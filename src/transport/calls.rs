//! Server operations the app asks for and waits on, beyond messages: groups (create, join,
//! quit, dismiss, invite, remove, info and member changes, reading their state), the user's
//! profile and others', and the block list (`m.ignored_user_list`). Each is one job of the
//! request thread; its answer, or why it failed, goes back to the worker. User IDs here are
//! Matrix IDs.

use serde_json::{json, Map, Value};

use super::group_ops;
use super::group_state::GroupSnapshot;
use super::http::NetError;
use super::{api, Link};

/// Account data type of the block list.
pub const IGNORED_USERS: &str = "m.ignored_user_list";

/// A group to create.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GroupSpec {
    /// The local part of the room alias (the requested group ID), if one was asked for.
    pub alias: Option<String>,
    pub name: String,
    pub group_type: u32,
    pub introduction: String,
    pub notification: String,
    pub face_url: String,
    /// Members invited at once, with their role (`group_state::role`).
    pub members: Vec<(String, u32)>,
}

/// One change of a group's info.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GroupEdit {
    Name(String),
    Introduction(String),
    Notification(String),
    FaceUrl(String),
    AllMuted(bool),
    /// `public` (anyone may join) or `invite`.
    JoinRule(String),
}

/// One change of a member.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MemberEdit {
    /// `group_state::role::ADMIN` or `MEMBER`.
    Role(u32),
    /// Muted until this time (seconds), or no longer (0).
    MutedUntil(u64),
    NameCard(String),
}

/// A server operation. A group's `room` is its room ID or an alias.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Call {
    CreateGroup(GroupSpec),
    /// Join by room ID or alias.
    Join {
        target: String,
    },
    Quit {
        room: String,
    },
    Dismiss {
        room: String,
    },
    Invite {
        room: String,
        users: Vec<String>,
    },
    Kick {
        room: String,
        users: Vec<String>,
        reason: String,
    },
    /// The state of groups named by room ID or alias.
    Groups {
        targets: Vec<String>,
    },
    JoinedRooms,
    ChangeGroup {
        room: String,
        edits: Vec<GroupEdit>,
    },
    ChangeMember {
        room: String,
        user: String,
        edits: Vec<MemberEdit>,
    },
    SetProfile {
        name: Option<String>,
        face_url: Option<String>,
    },
    Profiles {
        users: Vec<String>,
    },
    Block {
        add: Vec<String>,
        remove: Vec<String>,
    },
    Blocked,
}

/// Why an operation failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CallError {
    Net(NetError),
    /// Refused before or without the server's word: the SDK code and why.
    Refused {
        code: i32,
        desc: String,
    },
}

impl From<NetError> for CallError {
    fn from(e: NetError) -> CallError {
        CallError::Net(e)
    }
}

impl std::fmt::Display for CallError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CallError::Net(e) => e.fmt(f),
            CallError::Refused { desc, .. } => f.write_str(desc),
        }
    }
}

/// Per user, in order: whether the operation succeeded for them.
pub type PerUser = Vec<(String, Result<(), CallError>)>;

/// What an operation answered.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// The room created or joined.
    Room(String),
    Done,
    /// Per user, in order.
    PerUser(PerUser),
    /// Per target, in order: the room ID and its state.
    Groups(Vec<(String, Result<GroupSnapshot, CallError>)>),
    Rooms(Vec<String>),
    /// Per user, in order: the profile's fields (`None`: no such user).
    Profiles(Vec<(String, Option<Map<String, Value>>)>),
    Users(Vec<String>),
}

/// Carries out `call`.
pub fn perform(link: &Link, call: Call) -> Result<Answer, CallError> {
    let http = &link.http;
    match call {
        Call::CreateGroup(spec) => group_ops::create(link, &spec).map(Answer::Room),
        Call::Join { target } => group_ops::join(link, &target).map(Answer::Room),
        Call::Quit { room } => group_ops::quit(link, &room).map(|()| Answer::Done),
        Call::Dismiss { room } => group_ops::dismiss(link, &room).map(|()| Answer::Done),
        Call::Invite { room, users } => group_ops::invite(link, &room, &users).map(Answer::PerUser),
        Call::Kick { room, users, reason } => {
            group_ops::kick(link, &room, &users, &reason).map(Answer::PerUser)
        }
        Call::Groups { targets } => Ok(Answer::Groups(
            targets.into_iter().map(|t| (t.clone(), group_ops::snapshot(link, &t))).collect(),
        )),
        Call::JoinedRooms => Ok(Answer::Rooms(api::joined_rooms(http)?)),
        Call::ChangeGroup { room, edits } => {
            group_ops::change_group(link, &room, &edits).map(|()| Answer::Done)
        }
        Call::ChangeMember { room, user, edits } => {
            group_ops::change_member(link, &room, &user, &edits).map(|()| Answer::Done)
        }
        Call::SetProfile { name, face_url } => {
            if let Some(name) = name {
                api::put_profile(http, &link.me, "displayname", &name)?;
            }
            if let Some(face) = face_url {
                api::put_profile(http, &link.me, "avatar_url", &face)?;
            }
            Ok(Answer::Done)
        }
        Call::Profiles { users } => {
            let mut out = Vec::with_capacity(users.len());
            for user in users {
                let profile = match api::get_profile(http, &user) {
                    Ok(p) => p,
                    // Not every server shows profiles of users who share no room.
                    Err(NetError::Status(s)) if s.status == 403 => None,
                    Err(e) => return Err(e.into()),
                };
                out.push((user, profile));
            }
            Ok(Answer::Profiles(out))
        }
        Call::Block { add, remove } => {
            let current = api::get_account_data(http, &link.me, IGNORED_USERS)?;
            let next = ignored_with(current.as_ref(), &add, &remove);
            api::put_account_data(http, &link.me, None, IGNORED_USERS, &next)?;
            Ok(Answer::Done)
        }
        Call::Blocked => {
            let current = api::get_account_data(http, &link.me, IGNORED_USERS)?;
            Ok(Answer::Users(ignored_users(current.as_ref())))
        }
    }
}

/// The users an `m.ignored_user_list` content names, sorted.
pub fn ignored_users(content: Option<&Value>) -> Vec<String> {
    let mut users: Vec<String> = content
        .and_then(|c| c.get("ignored_users"))
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    users.sort();
    users
}

/// An `m.ignored_user_list` content with `add` added and `remove` removed (other keys kept).
pub fn ignored_with(content: Option<&Value>, add: &[String], remove: &[String]) -> Value {
    let mut next = content.filter(|c| c.is_object()).cloned().unwrap_or_else(|| json!({}));
    if !next.get("ignored_users").is_some_and(Value::is_object) {
        next["ignored_users"] = json!({});
    }
    let users = next["ignored_users"].as_object_mut().expect("an object");
    for user in remove {
        users.remove(user);
    }
    for user in add {
        users.entry(user.clone()).or_insert_with(|| json!({}));
    }
    next
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_block_list_is_the_ignored_users_map() {
        let current = json!({"ignored_users": {"@x:hs": {}, "@y:hs": {"note": 1}}, "other": true});
        let next = ignored_with(Some(&current), &["@z:hs".into(), "@y:hs".into()], &["@x:hs".into()]);
        assert_eq!(next, json!({"ignored_users": {"@y:hs": {"note": 1}, "@z:hs": {}}, "other": true}));
        assert_eq!(ignored_users(Some(&next)), ["@y:hs", "@z:hs"]);
        assert_eq!(ignored_with(None, &["@a:hs".into()], &[]), json!({"ignored_users": {"@a:hs": {}}}));
        assert!(ignored_users(Some(&json!({"ignored_users": []}))).is_empty());
    }
}
