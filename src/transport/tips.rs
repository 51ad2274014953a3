//! Group tips from room events, as the SDK's `TIMGroupTipType` names them: a member invited
//! or joining (Invite; a join after an invitation was already told), quitting (Quit), removed
//! (Kick), made or no longer an admin (SetAdmin / CancelAdmin, from the power levels), muted or
//! no longer (MemberInfoChange), and the group's name, introduction, notification, face or
//! "everyone muted" changed (GroupInfoChange). State set for the first time (a room being
//! created) tells nothing: only a change of earlier content does.

use serde_json::Value;

use super::event::Event;
use super::group_state::{self, GROUP_STATE};

/// `TIMGroupTipType` values.
pub mod tip_type {
    pub const INVITE: u32 = 1;
    pub const QUIT: u32 = 2;
    pub const KICK: u32 = 3;
    pub const SET_ADMIN: u32 = 4;
    pub const CANCEL_ADMIN: u32 = 5;
    pub const GROUP_INFO_CHANGE: u32 = 6;
    pub const MEMBER_INFO_CHANGE: u32 = 7;
}

/// `TIMGroupTipGroupChangeFlag` values.
pub mod change_flag {
    pub const NAME: u32 = 1;
    pub const INTRODUCTION: u32 = 2;
    pub const NOTIFICATION: u32 = 3;
    pub const FACE_URL: u32 = 4;
    pub const SHUTUP_ALL: u32 = 8;
}

/// `TIMGroupJoinType` values.
pub mod join_type {
    pub const APPLY: u32 = 1;
    pub const INVITE: u32 = 2;
}

/// One changed group field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupChange {
    pub flag: u32,
    pub value: String,
    pub bool_value: bool,
}

/// One tip. User IDs are Matrix IDs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tip {
    pub tip_type: u32,
    /// For Invite tips: how the member came in.
    pub join_type: u32,
    /// Who did it.
    pub op: String,
    /// Whom it concerns (members added, removed, whose role changed).
    pub users: Vec<String>,
    pub group_changes: Vec<GroupChange>,
    /// Members whose mute changed: (member, seconds muted from the event on; 0: no longer).
    pub mutes: Vec<(String, u64)>,
    /// The display name and avatar a member event gives its member, if it is one.
    pub member_profile: Option<(String, String)>,
}

impl Tip {
    fn new(tip_type: u32, op: &str, users: Vec<String>) -> Tip {
        Tip {
            tip_type,
            join_type: 0,
            op: op.to_owned(),
            users,
            group_changes: Vec::new(),
            mutes: Vec::new(),
            member_profile: None,
        }
    }
}

/// The tips a room event makes (none for most events).
pub fn tips_of(e: &Event) -> Vec<Tip> {
    let Some(key) = e.state_key.as_deref() else { return Vec::new() };
    let old = e.prev_content.as_ref();
    let text = |c: Option<&Value>, k: &str| {
        c.and_then(|c| c.get(k)).and_then(Value::as_str).unwrap_or("").to_owned()
    };
    match e.kind.as_str() {
        "m.room.member" => member_tip(e, key).into_iter().collect(),
        "m.room.name" | "m.room.topic" | "m.room.avatar" | GROUP_STATE => {
            let Some(old) = old else { return Vec::new() };
            let (flag, field) = match e.kind.as_str() {
                "m.room.name" => (change_flag::NAME, "name"),
                "m.room.topic" => (change_flag::INTRODUCTION, "topic"),
                "m.room.avatar" => (change_flag::FACE_URL, "url"),
                _ => (change_flag::NOTIFICATION, "notification"),
            };
            let value = text(Some(&e.content), field);
            if value == text(Some(old), field) {
                return Vec::new();
            }
            let mut tip = Tip::new(tip_type::GROUP_INFO_CHANGE, &e.sender, Vec::new());
            tip.group_changes.push(GroupChange { flag, value, bool_value: false });
            vec![tip]
        }
        "m.room.power_levels" => match old {
            Some(old) => power_tips(e, old),
            None => Vec::new(),
        },
        _ => Vec::new(),
    }
}

fn member_tip(e: &Event, member: &str) -> Option<Tip> {
    let now = e.content_str("membership").unwrap_or("");
    let before =
        e.prev_content.as_ref().and_then(|c| c.get("membership")).and_then(Value::as_str).unwrap_or("");
    let users = vec![member.to_owned()];
    let mut tip = match (before, now) {
        (b, "invite") if b != "invite" && b != "join" => {
            let mut tip = Tip::new(tip_type::INVITE, &e.sender, users);
            tip.join_type = join_type::INVITE;
            tip
        }
        // Invited members were told of when invited.
        ("invite", "join") | ("join", "join") => return None,
        (_, "join") => {
            let mut tip = Tip::new(tip_type::INVITE, &e.sender, users);
            tip.join_type = join_type::APPLY;
            tip
        }
        ("join", "leave") if e.sender == member => Tip::new(tip_type::QUIT, member, users),
        ("join" | "invite", "leave") | ("join" | "invite", "ban") if e.sender != member => {
            Tip::new(tip_type::KICK, &e.sender, users)
        }
        _ => return None,
    };
    let shown = if now == "join" { Some(&e.content) } else { e.prev_content.as_ref() };
    let text = |k: &str| shown.and_then(|c| c.get(k)).and_then(Value::as_str).unwrap_or("").to_owned();
    tip.member_profile = Some((text("displayname"), text("avatar_url")));
    Some(tip)
}

/// Role and mute changes, and "everyone muted", between two power-levels contents.
fn power_tips(e: &Event, old: &Value) -> Vec<Tip> {
    let new = &e.content;
    let mut users: Vec<String> = Vec::new();
    for content in [old, new] {
        for (user, _) in content.get("users").and_then(Value::as_object).into_iter().flatten() {
            if !users.contains(user) {
                users.push(user.clone());
            }
        }
    }
    users.sort();
    let (mut granted, mut revoked, mut mutes) = (Vec::new(), Vec::new(), Vec::new());
    for user in users {
        let level = |c: &Value| group_state::role_for_level(group_state::user_level(c, &user));
        let (was, is) = (level(old), level(new));
        if was != is {
            if is == group_state::role::ADMIN {
                granted.push(user.clone());
            } else if was == group_state::role::ADMIN {
                revoked.push(user.clone());
            }
        }
        let (was_muted, is_muted) =
            (group_state::muted_until(old, &user), group_state::muted_until(new, &user));
        if was_muted != is_muted {
            let left = is_muted.saturating_sub(e.origin_server_ts / 1000);
            mutes.push((user, if is_muted == 0 { 0 } else { left.max(1) }));
        }
    }
    let mut tips = Vec::new();
    if !granted.is_empty() {
        tips.push(Tip::new(tip_type::SET_ADMIN, &e.sender, granted));
    }
    if !revoked.is_empty() {
        tips.push(Tip::new(tip_type::CANCEL_ADMIN, &e.sender, revoked));
    }
    if !mutes.is_empty() {
        let mut tip =
            Tip::new(tip_type::MEMBER_INFO_CHANGE, &e.sender, mutes.iter().map(|(u, _)| u.clone()).collect());
        tip.mutes = mutes;
        tips.push(tip);
    }
    let (was_all, is_all) = (group_state::all_muted(old), group_state::all_muted(new));
    if was_all != is_all {
        let mut tip = Tip::new(tip_type::GROUP_INFO_CHANGE, &e.sender, Vec::new());
        tip.group_changes.push(GroupChange {
            flag: change_flag::SHUTUP_ALL,
            value: String::new(),
            bool_value: is_all,
        });
        tips.push(tip);
    }
    tips
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn ev(kind: &str, key: &str, sender: &str, content: Value, prev: Option<Value>) -> Event {
        Event {
            kind: kind.into(),
            event_id: "$e".into(),
            state_key: Some(key.into()),
            sender: sender.into(),
            content,
            prev_content: prev,
            origin_server_ts: 1_000_000,
            ..Event::default()
        }
    }

    fn kinds(e: &Event) -> Vec<(u32, u32, String, Vec<String>)> {
        tips_of(e).into_iter().map(|t| (t.tip_type, t.join_type, t.op, t.users)).collect()
    }

    #[test]
    fn membership_changes_are_tips() {
        let join = json!({"membership": "join", "displayname": "Bob"});
        let invited = ev("m.room.member", "@b:hs", "@a:hs", json!({"membership": "invite"}), None);
        assert_eq!(kinds(&invited), [(1, 2, "@a:hs".into(), vec!["@b:hs".into()])]);
        let accepted =
            ev("m.room.member", "@b:hs", "@b:hs", join.clone(), Some(json!({"membership": "invite"})));
        assert!(kinds(&accepted).is_empty(), "an invited member was told of already");
        let came = ev("m.room.member", "@b:hs", "@b:hs", join.clone(), None);
        assert_eq!(kinds(&came), [(1, 1, "@b:hs".into(), vec!["@b:hs".into()])]);
        assert_eq!(tips_of(&came)[0].member_profile, Some(("Bob".into(), String::new())));
        let renamed = ev("m.room.member", "@b:hs", "@b:hs", join.clone(), Some(join.clone()));
        assert!(kinds(&renamed).is_empty());
        let left = ev("m.room.member", "@b:hs", "@b:hs", json!({"membership": "leave"}), Some(join.clone()));
        assert_eq!(kinds(&left), [(2, 0, "@b:hs".into(), vec!["@b:hs".into()])]);
        let kicked =
            ev("m.room.member", "@b:hs", "@a:hs", json!({"membership": "leave"}), Some(join.clone()));
        assert_eq!(kinds(&kicked), [(3, 0, "@a:hs".into(), vec!["@b:hs".into()])]);
        assert_eq!(tips_of(&kicked)[0].member_profile, Some(("Bob".into(), String::new())));
        let declined = ev(
            "m.room.member",
            "@b:hs",
            "@b:hs",
            json!({"membership": "leave"}),
            Some(json!({"membership": "invite"})),
        );
        assert!(kinds(&declined).is_empty());
    }

    #[test]
    fn info_changes_are_tips_but_first_settings_are_not() {
        let named = ev("m.room.name", "", "@a:hs", json!({"name": "New"}), Some(json!({"name": "Old"})));
        let tips = tips_of(&named);
        assert_eq!(
            (tips[0].tip_type, tips[0].group_changes[0].flag, tips[0].group_changes[0].value.as_str()),
            (6, 1, "New")
        );
        assert!(tips_of(&ev("m.room.name", "", "@a:hs", json!({"name": "New"}), None)).is_empty());
        let same = ev(
            "m.room.topic",
            "",
            "@a:hs",
            json!({"topic": "t"}),
            Some(json!({"topic": "t", "m.topic": {}})),
        );
        assert!(tips_of(&same).is_empty(), "nothing the SDK shows changed");
        let notice =
            ev(GROUP_STATE, "", "@a:hs", json!({"notification": "n2"}), Some(json!({"notification": "n"})));
        assert_eq!(tips_of(&notice)[0].group_changes[0].flag, change_flag::NOTIFICATION);
        let face = ev("m.room.avatar", "", "@a:hs", json!({"url": "https://f"}), Some(json!({})));
        assert_eq!(tips_of(&face)[0].group_changes[0].value, "https://f");
    }

    #[test]
    fn power_level_changes_are_role_and_mute_tips() {
        let old = json!({"users": {"@c:hs": 50}, "events_default": 0});
        let new = json!({"users": {"@b:hs": 50, "@d:hs": -1}, "org.timconv.muted_until": {"@d:hs": 1060}, "events_default": 50});
        let tips = tips_of(&ev("m.room.power_levels", "", "@a:hs", new, Some(old)));
        let kinds: Vec<(u32, Vec<String>)> = tips.iter().map(|t| (t.tip_type, t.users.clone())).collect();
        assert_eq!(
            kinds,
            [(4, vec!["@b:hs".into()]), (5, vec!["@c:hs".into()]), (7, vec!["@d:hs".into()]), (6, vec![])]
        );
        assert_eq!(tips[2].mutes, [("@d:hs".to_owned(), 60)]);
        assert!(tips[3].group_changes[0].bool_value, "everyone muted");
    }
}
