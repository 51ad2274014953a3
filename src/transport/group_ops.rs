//! Group operations on the homeserver, each a short series of client-server calls.
//!
//! - Create: `createRoom` (Work: invite only, `private_chat`; every other type: anyone may
//!   join, `public_chat`), the group ID as the room alias, the type in the creation content,
//!   the introduction as topic, notification and face as state; then the power levels let
//!   members send their own name cards and make the admins asked for.
//! - Quit: leave (an owner may leave only a Work group, as with the SDK). Dismiss (owner only):
//!   the group is marked dismissed, its aliases removed, its join rule set to invite only,
//!   every other member removed, then the owner leaves. The room itself stays on the server
//!   (Matrix lets no client delete one), empty, with its history.
//! - Invite and remove need the power the room's power levels ask for; removing someone at or
//!   above one's own level, or an owner, is refused per member.

use serde_json::{json, Value};

use super::api;
use super::calls::{CallError, GroupEdit, GroupSpec, MemberEdit, PerUser};
use super::errors;
use super::event::Event;
use super::group_state::{
    self, group_type, role, GroupSnapshot, DISMISS_REASON, GROUP_ID_KEY, GROUP_STATE, GROUP_TYPE_KEY,
    MEMBER_STATE,
};
use super::http::NetError;
use super::Link;

fn refused(code: i32, desc: impl Into<String>) -> CallError {
    CallError::Refused { code, desc: desc.into() }
}

/// The `createRoom` body for a group.
pub fn create_body(spec: &GroupSpec) -> Value {
    let preset = if spec.group_type == group_type::WORK { "private_chat" } else { "public_chat" };
    let mut initial_state =
        vec![json!({"type": GROUP_STATE, "state_key": "", "content": {"notification": spec.notification}})];
    if !spec.face_url.is_empty() {
        initial_state
            .push(json!({"type": "m.room.avatar", "state_key": "", "content": {"url": spec.face_url}}));
    }
    let mut body = json!({
        "preset": preset,
        "visibility": "private",
        "topic": spec.introduction,
        "creation_content": {GROUP_TYPE_KEY: spec.group_type},
        "initial_state": initial_state,
        "invite": spec.members.iter().map(|(u, _)| u.clone()).collect::<Vec<_>>(),
    });
    if !spec.name.is_empty() {
        body["name"] = Value::from(spec.name.as_str());
    }
    if let Some(alias) = &spec.alias {
        body["room_alias_name"] = Value::from(alias.as_str());
        body["creation_content"][GROUP_ID_KEY] = Value::from(alias.as_str());
    }
    body
}

/// Creates the group; returns its room ID.
pub fn create(link: &Link, spec: &GroupSpec) -> Result<String, CallError> {
    let room = api::create_room(&link.http, &create_body(spec)).map_err(|e| match &e {
        NetError::Status(s) if s.errcode == "M_ROOM_IN_USE" => {
            refused(errors::ERR_SVR_GROUP_GROUPID_IN_USED, "the group ID is already in use")
        }
        _ => e.into(),
    })?;
    // Members may send their own name cards; the admins asked for become admins.
    let admins: Vec<&String> =
        spec.members.iter().filter(|(_, r)| *r == role::ADMIN).map(|(u, _)| u).collect();
    let power = api::get_state(&link.http, &room, "m.room.power_levels", "")?.unwrap_or_else(|| json!({}));
    let mut next = power.clone();
    if !next.get("events").is_some_and(Value::is_object) {
        next["events"] = json!({});
    }
    next["events"][MEMBER_STATE] = Value::from(0);
    for admin in admins {
        next = group_state::with_role(&next, admin, role::ADMIN);
    }
    if next != power {
        api::put_state(&link.http, &room, "m.room.power_levels", "", &next)?;
    }
    Ok(room)
}

/// Joins by room ID or alias; returns the room ID.
pub fn join(link: &Link, target: &str) -> Result<String, CallError> {
    api::join(&link.http, target).map_err(|e| match &e {
        NetError::Status(s) if s.status == 404 => {
            refused(errors::ERR_SVR_GROUP_NOT_FOUND, format!("no group {target}"))
        }
        NetError::Status(s) if s.status == 403 => refused(
            errors::ERR_SVR_GROUP_PERMISSION_DENY,
            format!("{target} takes members by invitation only"),
        ),
        _ => e.into(),
    })
}

/// The state of a group named by room ID or alias. Refused: 10010 for an alias that names no
/// room, 10007 for a room the user cannot read (not a member).
pub fn snapshot(link: &Link, target: &str) -> Result<GroupSnapshot, CallError> {
    let room = if target.starts_with('!') {
        target.to_owned()
    } else {
        api::resolve_alias(&link.http, target)?
            .ok_or_else(|| refused(errors::ERR_SVR_GROUP_NOT_FOUND, format!("no group {target}")))?
    };
    let events = api::room_state(&link.http, &room).map_err(|e| match &e {
        NetError::Status(s) if s.status == 403 || s.status == 404 => {
            refused(errors::ERR_SVR_GROUP_PERMISSION_DENY, format!("not a member of {target}"))
        }
        _ => e.into(),
    })?;
    let events: Vec<Event> = events.iter().filter_map(Event::from_value).collect();
    let snapshot = GroupSnapshot::read(&room, &events);
    if snapshot.members.get(&link.me).is_none_or(|m| m.membership != "join") {
        return Err(refused(errors::ERR_SVR_GROUP_PERMISSION_DENY, format!("not a member of {target}")));
    }
    Ok(snapshot)
}

fn level(power: &Value, action: &str, default: i64) -> i64 {
    power.get(action).and_then(Value::as_i64).unwrap_or(default)
}

fn my_level(s: &GroupSnapshot, me: &str) -> i64 {
    if s.creators.iter().any(|c| c == me) {
        i64::MAX
    } else {
        group_state::user_level(&s.power, me)
    }
}

/// Leaves the group.
pub fn quit(link: &Link, target: &str) -> Result<(), CallError> {
    let s = snapshot(link, target)?;
    let room = s.room_id.as_str();
    if s.creators.contains(&link.me) && s.group_type != group_type::WORK {
        return Err(refused(
            errors::ERR_SVR_GROUP_SUPER_NOT_ALLOW_QUIT,
            "the owner cannot quit this group; dismiss it instead",
        ));
    }
    Ok(api::leave(&link.http, room)?)
}

/// Dismisses the group (see the module docs).
pub fn dismiss(link: &Link, target: &str) -> Result<(), CallError> {
    let s = snapshot(link, target)?;
    let room = s.room_id.as_str();
    if !s.creators.contains(&link.me) {
        return Err(refused(errors::ERR_SVR_GROUP_PERMISSION_DENY, "only the owner can dismiss the group"));
    }
    let http = &link.http;
    let mut mark = if s.group_state.is_object() { s.group_state.clone() } else { json!({}) };
    mark["dismissed"] = Value::Bool(true);
    api::put_state(http, room, GROUP_STATE, "", &mark)?;
    let suffix = format!(":{}", link.server);
    for alias in s.canonical_alias.iter().chain(&s.alt_aliases).filter(|a| a.ends_with(&suffix)) {
        if let Err(e) = api::delete_alias(http, alias) {
            if e.is_transient() {
                return Err(e.into());
            }
        }
    }
    if s.canonical_alias.is_some() || !s.alt_aliases.is_empty() {
        api::put_state(http, room, "m.room.canonical_alias", "", &json!({}))?;
    }
    if s.join_rule != "invite" {
        api::put_state(http, room, "m.room.join_rules", "", &json!({"join_rule": "invite"}))?;
    }
    for m in s.members.values() {
        if m.user != link.me && matches!(m.membership.as_str(), "join" | "invite" | "knock") {
            api::kick(http, room, &m.user, Some(DISMISS_REASON))?;
        }
    }
    Ok(api::leave(http, room)?)
}

/// Invites `users`; refused as a whole without the power to invite.
pub fn invite(link: &Link, target: &str, users: &[String]) -> Result<PerUser, CallError> {
    let s = snapshot(link, target)?;
    let room = s.room_id.as_str();
    if my_level(&s, &link.me) < level(&s.power, "invite", 0) {
        return Err(refused(errors::ERR_SVR_GROUP_PERMISSION_DENY, "no permission to invite to this group"));
    }
    Ok(users
        .iter()
        .map(|user| {
            let result = match s.members.get(user).map(|m| m.membership.as_str()) {
                Some("join") => {
                    Err(refused(errors::ERR_SVR_GROUP_ALLREADY_MEMBER, format!("{user} is a member already")))
                }
                _ => api::invite(&link.http, room, user).map_err(CallError::from),
            };
            (user.clone(), result)
        })
        .collect())
}

/// Removes `users`; refused as a whole without the power to remove anyone.
pub fn kick(link: &Link, target: &str, users: &[String], reason: &str) -> Result<PerUser, CallError> {
    let s = snapshot(link, target)?;
    let room = s.room_id.as_str();
    let mine = my_level(&s, &link.me);
    if mine < level(&s.power, "kick", 50) {
        return Err(refused(
            errors::ERR_SVR_GROUP_PERMISSION_DENY,
            "no permission to remove members of this group",
        ));
    }
    let reason = (!reason.is_empty()).then_some(reason);
    Ok(users
        .iter()
        .map(|user| {
            let member = s.members.get(user).filter(|m| matches!(m.membership.as_str(), "join" | "invite"));
            let result = if member.is_none() {
                Err(refused(errors::ERR_SVR_GROUP_PERMISSION_DENY, format!("{user} is not a member")))
            } else if my_level(&s, user) >= mine {
                Err(refused(errors::ERR_SVR_GROUP_PERMISSION_DENY, format!("no permission to remove {user}")))
            } else {
                api::kick(&link.http, room, user, reason).map_err(CallError::from)
            };
            (user.clone(), result)
        })
        .collect())
}

/// Changes the group's info, one state event per field.
pub fn change_group(link: &Link, target: &str, edits: &[GroupEdit]) -> Result<(), CallError> {
    let s = snapshot(link, target)?;
    let room = s.room_id.as_str();
    let http = &link.http;
    for edit in edits {
        match edit {
            GroupEdit::Name(name) => api::put_state(http, room, "m.room.name", "", &json!({"name": name}))?,
            GroupEdit::Introduction(topic) => {
                api::put_state(http, room, "m.room.topic", "", &json!({"topic": topic}))?
            }
            GroupEdit::Notification(text) => {
                let mut content = if s.group_state.is_object() { s.group_state.clone() } else { json!({}) };
                content["notification"] = Value::from(text.as_str());
                api::put_state(http, room, GROUP_STATE, "", &content)?
            }
            GroupEdit::FaceUrl(url) => {
                let content = if url.is_empty() { json!({}) } else { json!({"url": url}) };
                api::put_state(http, room, "m.room.avatar", "", &content)?
            }
            GroupEdit::AllMuted(on) => {
                let next = group_state::with_all_muted(&s.power, *on);
                api::put_state(http, room, "m.room.power_levels", "", &next)?
            }
            GroupEdit::JoinRule(rule) => {
                api::put_state(http, room, "m.room.join_rules", "", &json!({"join_rule": rule}))?
            }
        }
    }
    Ok(())
}

/// Changes a member: role and mute (power levels; never an owner's), name card (the member's
/// own state event: only for oneself).
pub fn change_member(link: &Link, target: &str, user: &str, edits: &[MemberEdit]) -> Result<(), CallError> {
    let s = snapshot(link, target)?;
    let room = s.room_id.as_str();
    if s.members.get(user).is_none_or(|m| m.membership != "join") {
        return Err(refused(errors::ERR_SVR_GROUP_PERMISSION_DENY, format!("{user} is not a member")));
    }
    let http = &link.http;
    let mut power = s.power.clone();
    for edit in edits {
        match edit {
            MemberEdit::Role(r) => {
                if s.role_of(user) == role::OWNER {
                    return Err(refused(
                        errors::ERR_SVR_GROUP_PERMISSION_DENY,
                        "the owner's role cannot change",
                    ));
                }
                power = group_state::with_role(&power, user, *r)
            }
            MemberEdit::MutedUntil(until) => {
                if s.role_of(user) == role::OWNER {
                    return Err(refused(errors::ERR_SVR_GROUP_PERMISSION_DENY, "the owner cannot be muted"));
                }
                power = group_state::with_mute(&power, user, *until)
            }
            MemberEdit::NameCard(card) => {
                if user != link.me {
                    return Err(refused(
                        errors::ERR_SVR_GROUP_PERMISSION_DENY,
                        "on Matrix only members set their own name card",
                    ));
                }
                api::put_state(http, room, MEMBER_STATE, user, &json!({"name_card": card}))?;
            }
        }
    }
    if power != s.power {
        api::put_state(http, room, "m.room.power_levels", "", &power)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_types_become_presets() {
        let mut spec = GroupSpec {
            alias: Some("dev".into()),
            name: "Dev".into(),
            group_type: group_type::WORK,
            introduction: "about".into(),
            notification: "n".into(),
            face_url: "https://x/f.png".into(),
            members: vec![("@b:hs".into(), role::MEMBER)],
        };
        let body = create_body(&spec);
        assert_eq!(body["preset"], "private_chat");
        assert_eq!((body["room_alias_name"].as_str(), body["name"].as_str()), (Some("dev"), Some("Dev")));
        assert_eq!(body["creation_content"][GROUP_TYPE_KEY], 1);
        assert_eq!(body["creation_content"][GROUP_ID_KEY], "dev");
        assert_eq!(body["invite"], json!(["@b:hs"]));
        assert_eq!(body["initial_state"][1]["content"]["url"], "https://x/f.png");
        for t in [group_type::PUBLIC, group_type::MEETING, group_type::AVCHATROOM] {
            spec.group_type = t;
            assert_eq!(create_body(&spec)["preset"], "public_chat");
        }
        spec.alias = None;
        spec.name.clear();
        spec.face_url.clear();
        let body = create_body(&spec);
        assert!(body.get("room_alias_name").is_none() && body.get("name").is_none());
        assert_eq!(body["initial_state"].as_array().map(Vec::len), Some(1));
    }
}
