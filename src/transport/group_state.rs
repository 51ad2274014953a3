//! A room's state read as a group: its type, name, introduction, notification and face, its
//! members with their roles, mutes and name cards; and the power-level edits that roles and
//! mutes are. Pure: the state events come from `/state` or a sync.
//!
//! - Type: `org.timconv.group_type` in the `m.room.create` content (set at creation, as
//!   immutable as the SDK's group type); a room made elsewhere is Public when anyone may join,
//!   else Work.
//! - Name `m.room.name`, introduction `m.room.topic`, face URL `m.room.avatar` (`url`, stored as
//!   given, an `mxc://` address or an ordinary URL), notification and the dismissal mark in the
//!   `org.timconv.group` state event.
//! - Roles: the room's creators (the `m.room.create` sender and `additional_creators`) are
//!   owners (room version 12 gives them power without an entry in the power levels); a power
//!   level of 50 or more is an admin; everyone else a member.
//! - A name card is the member's `org.timconv.member` state event (state key: the member),
//!   which only the member may send; a mute is a power level below the one messages need,
//!   with its end time under `org.timconv.muted_until` in the power levels.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use super::event::Event;

/// `m.room.create` content key: the SDK group type (`TIMGroupType`).
pub const GROUP_TYPE_KEY: &str = "org.timconv.group_type";
/// `m.room.create` content key: the group ID asked for at creation (the room alias's local
/// part), so the creator's devices know the group ID from the room's first event on.
pub const GROUP_ID_KEY: &str = "org.timconv.group_id";
/// State event type: the group's notification and dismissal mark.
pub const GROUP_STATE: &str = "org.timconv.group";
/// State event type (state key: the member): the member's name card.
pub const MEMBER_STATE: &str = "org.timconv.member";
/// Power-levels content key: muted members' end times (seconds).
pub const MUTED_UNTIL: &str = "org.timconv.muted_until";
/// The reason of the removals that dismiss a group.
pub const DISMISS_REASON: &str = "The group was dismissed";

/// Power level of an admin.
pub const ADMIN_LEVEL: i64 = 50;

/// `TIMGroupType` values.
pub mod group_type {
    pub const PUBLIC: u32 = 0;
    pub const WORK: u32 = 1;
    pub const MEETING: u32 = 2;
    pub const AVCHATROOM: u32 = 4;
}

/// `TIMGroupMemberRole` values.
pub mod role {
    pub const MEMBER: u32 = 200;
    pub const ADMIN: u32 = 300;
    pub const OWNER: u32 = 400;
}

/// One member as the room's state shows them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MemberState {
    pub user: String,
    pub membership: String,
    pub display_name: String,
    pub avatar_url: String,
    pub name_card: String,
    /// When the current member event was sent (ms).
    pub since_ms: u64,
}

/// A room's state as a group.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GroupSnapshot {
    pub room_id: String,
    pub creators: Vec<String>,
    pub created_ms: u64,
    pub group_type: u32,
    pub name: String,
    pub introduction: String,
    pub notification: String,
    pub face_url: String,
    pub join_rule: String,
    pub canonical_alias: Option<String>,
    pub alt_aliases: Vec<String>,
    pub dismissed: bool,
    /// The `m.room.power_levels` content (`{}` if none).
    pub power: Value,
    /// The `org.timconv.group` content (`{}` if none).
    pub group_state: Value,
    /// Every member event, by user.
    pub members: BTreeMap<String, MemberState>,
}

impl GroupSnapshot {
    /// Reads the state events of `room_id`.
    pub fn read(room_id: &str, events: &[Event]) -> GroupSnapshot {
        let mut s = GroupSnapshot {
            room_id: room_id.to_owned(),
            power: json!({}),
            group_state: json!({}),
            ..GroupSnapshot::default()
        };
        let mut create = None;
        let mut name_cards: BTreeMap<String, String> = BTreeMap::new();
        for e in events {
            let Some(key) = e.state_key.as_deref() else { continue };
            let text = |k: &str| e.content_str(k).unwrap_or("").to_owned();
            match e.kind.as_str() {
                "m.room.create" => create = Some(e),
                "m.room.name" => s.name = text("name"),
                "m.room.topic" => s.introduction = text("topic"),
                "m.room.avatar" => s.face_url = text("url"),
                "m.room.join_rules" => s.join_rule = text("join_rule"),
                "m.room.canonical_alias" => {
                    s.canonical_alias = e.content_str("alias").map(str::to_owned);
                    s.alt_aliases = strings(e.content.get("alt_aliases"));
                }
                "m.room.power_levels" => s.power = e.content.clone(),
                GROUP_STATE => s.group_state = e.content.clone(),
                MEMBER_STATE => {
                    name_cards.insert(key.to_owned(), text("name_card"));
                }
                "m.room.member" => {
                    s.members.insert(
                        key.to_owned(),
                        MemberState {
                            user: key.to_owned(),
                            membership: text("membership"),
                            display_name: text("displayname"),
                            avatar_url: text("avatar_url"),
                            name_card: String::new(),
                            since_ms: e.origin_server_ts,
                        },
                    );
                }
                _ => {}
            }
        }
        for (user, card) in name_cards {
            if let Some(m) = s.members.get_mut(&user) {
                m.name_card = card;
            }
        }
        s.notification = s.group_state.get("notification").and_then(Value::as_str).unwrap_or("").to_owned();
        s.dismissed = s.group_state.get("dismissed").and_then(Value::as_bool).unwrap_or(false);
        if let Some(create) = create {
            s.creators = creators(create);
            s.created_ms = create.origin_server_ts;
            s.group_type = type_of(Some(&create.content), &s.join_rule);
        } else {
            s.group_type = type_of(None, &s.join_rule);
        }
        s
    }

    /// The role of `user` (`role::*`).
    pub fn role_of(&self, user: &str) -> u32 {
        if self.creators.iter().any(|c| c == user) {
            role::OWNER
        } else {
            role_for_level(user_level(&self.power, user))
        }
    }

    /// The first creator: the group's owner as the SDK names one.
    pub fn owner(&self) -> &str {
        self.creators.first().map_or("", String::as_str)
    }

    /// Until when `user` is muted (seconds; 0: not muted).
    pub fn muted_until(&self, user: &str) -> u64 {
        muted_until(&self.power, user)
    }

    /// Members who joined, in the order they joined (then by ID).
    pub fn joined(&self) -> Vec<&MemberState> {
        let mut joined: Vec<&MemberState> =
            self.members.values().filter(|m| m.membership == "join").collect();
        joined.sort_by(|a, b| (a.since_ms, &a.user).cmp(&(b.since_ms, &b.user)));
        joined
    }

    /// Whether messages need power an ordinary member lacks (everyone muted).
    pub fn all_muted(&self) -> bool {
        all_muted(&self.power)
    }
}

/// The group type a room's `m.room.create` content and join rule say.
pub fn type_of(create: Option<&Value>, join_rule: &str) -> u32 {
    match create.and_then(|c| c.get(GROUP_TYPE_KEY)).and_then(Value::as_u64) {
        Some(t) if t <= 5 => t as u32,
        _ if join_rule == "public" => group_type::PUBLIC,
        _ => group_type::WORK,
    }
}

/// The creators an `m.room.create` event names.
pub fn creators(create: &Event) -> Vec<String> {
    let mut out = vec![create.sender.clone()];
    out.extend(
        strings(create.content.get("additional_creators")).into_iter().filter(|c| *c != create.sender),
    );
    out
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).map(str::to_owned).collect())
        .unwrap_or_default()
}

fn int(v: Option<&Value>) -> Option<i64> {
    v.and_then(|v| v.as_i64().or_else(|| v.as_str().and_then(|s| s.parse().ok())))
}

/// A user's power level in power-levels `content`.
pub fn user_level(content: &Value, user: &str) -> i64 {
    int(content.get("users").and_then(|u| u.get(user)))
        .unwrap_or_else(|| int(content.get("users_default")).unwrap_or(0))
}

/// The power level a message needs.
pub fn message_level(content: &Value) -> i64 {
    int(content.get("events").and_then(|e| e.get("m.room.message")))
        .unwrap_or_else(|| int(content.get("events_default")).unwrap_or(0))
}

/// The role a power level gives a member who is not a creator.
pub fn role_for_level(level: i64) -> u32 {
    if level >= ADMIN_LEVEL {
        role::ADMIN
    } else {
        role::MEMBER
    }
}

/// Until when `user` is muted in power-levels `content` (seconds; 0: not muted): a member's
/// level below both what messages need and the default level (everyone muted at once is
/// `all_muted`). A member muted by another client (without an end time) is muted "for ever"
/// (`u32::MAX`).
pub fn muted_until(content: &Value, user: &str) -> u64 {
    let level = user_level(content, user);
    if level >= message_level(content) || level >= int(content.get("users_default")).unwrap_or(0) {
        return 0;
    }
    content.get(MUTED_UNTIL).and_then(|m| m.get(user)).and_then(Value::as_u64).unwrap_or(u64::from(u32::MAX))
}

/// Whether ordinary members cannot send messages.
pub fn all_muted(content: &Value) -> bool {
    message_level(content) > int(content.get("users_default")).unwrap_or(0)
}

fn users_mut(content: &mut Value) -> &mut Map<String, Value> {
    if !content.is_object() {
        *content = json!({});
    }
    let obj = content.as_object_mut().expect("an object");
    let users = obj.entry("users").or_insert_with(|| json!({}));
    if !users.is_object() {
        *users = json!({});
    }
    users.as_object_mut().expect("an object")
}

/// Power levels with `user` given `role` (admin: 50; member: the default); a mute ends.
pub fn with_role(content: &Value, user: &str, role: u32) -> Value {
    let mut next = content.clone();
    let users = users_mut(&mut next);
    if role == role::ADMIN {
        users.insert(user.to_owned(), Value::from(ADMIN_LEVEL));
    } else {
        users.remove(user);
    }
    unmute_entry(&mut next, user);
    next
}

/// Power levels with `user` muted until `until` (seconds), or no longer muted (`until` 0):
/// a muted member's level is one below what messages need (an admin muted becomes a member).
pub fn with_mute(content: &Value, user: &str, until: u64) -> Value {
    let mut next = content.clone();
    if until == 0 {
        let default = int(next.get("users_default")).unwrap_or(0);
        let users = users_mut(&mut next);
        if users.get(user).and_then(Value::as_i64).is_some_and(|l| l < default) {
            users.remove(user);
        }
        unmute_entry(&mut next, user);
        return next;
    }
    let level = message_level(&next) - 1;
    users_mut(&mut next).insert(user.to_owned(), Value::from(level));
    let obj = next.as_object_mut().expect("an object");
    let muted = obj.entry(MUTED_UNTIL).or_insert_with(|| json!({}));
    if !muted.is_object() {
        *muted = json!({});
    }
    muted.as_object_mut().expect("an object").insert(user.to_owned(), Value::from(until));
    next
}

fn unmute_entry(content: &mut Value, user: &str) {
    if let Some(muted) = content.get_mut(MUTED_UNTIL).and_then(Value::as_object_mut) {
        muted.remove(user);
    }
}

/// Power levels where ordinary members may (`false`) or may not (`true`) send messages.
pub fn with_all_muted(content: &Value, on: bool) -> Value {
    let mut next = content.clone();
    if !next.is_object() {
        next = json!({});
    }
    let level = if on { ADMIN_LEVEL } else { int(next.get("users_default")).unwrap_or(0) };
    next["events_default"] = Value::from(level);
    if let Some(events) = next.get_mut("events").and_then(Value::as_object_mut) {
        events.remove("m.room.message");
    }
    next
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(kind: &str, key: &str, sender: &str, content: Value, ts: u64) -> Event {
        Event {
            kind: kind.into(),
            state_key: Some(key.into()),
            sender: sender.into(),
            content,
            origin_server_ts: ts,
            ..Event::default()
        }
    }

    fn room() -> Vec<Event> {
        vec![
            state("m.room.create", "", "@a:hs", json!({"room_version": "12", GROUP_TYPE_KEY: 2}), 1),
            state("m.room.member", "@a:hs", "@a:hs", json!({"membership": "join", "displayname": "A"}), 2),
            state("m.room.member", "@b:hs", "@b:hs", json!({"membership": "join"}), 5),
            state("m.room.member", "@c:hs", "@a:hs", json!({"membership": "invite"}), 6),
            state(
                "m.room.member",
                "@d:hs",
                "@d:hs",
                json!({"membership": "join", "avatar_url": "mxc://x"}),
                4,
            ),
            state(MEMBER_STATE, "@b:hs", "@b:hs", json!({"name_card": "Bee"}), 7),
            state("m.room.name", "", "@a:hs", json!({"name": "Dev"}), 3),
            state("m.room.topic", "", "@a:hs", json!({"topic": "about"}), 3),
            state("m.room.avatar", "", "@a:hs", json!({"url": "https://x/f.png"}), 3),
            state(GROUP_STATE, "", "@a:hs", json!({"notification": "read me"}), 3),
            state("m.room.join_rules", "", "@a:hs", json!({"join_rule": "public"}), 3),
            state(
                "m.room.power_levels",
                "",
                "@a:hs",
                json!({"users": {"@d:hs": 50}, "events_default": 0}),
                3,
            ),
        ]
    }

    #[test]
    fn a_room_reads_as_a_group() {
        let s = GroupSnapshot::read("!r", &room());
        assert_eq!((s.group_type, s.name.as_str(), s.introduction.as_str()), (2, "Dev", "about"));
        assert_eq!((s.notification.as_str(), s.face_url.as_str()), ("read me", "https://x/f.png"));
        assert_eq!(s.owner(), "@a:hs");
        assert_eq!(
            [s.role_of("@a:hs"), s.role_of("@d:hs"), s.role_of("@b:hs")],
            [role::OWNER, role::ADMIN, role::MEMBER]
        );
        let joined: Vec<&str> = s.joined().iter().map(|m| m.user.as_str()).collect();
        assert_eq!(joined, ["@a:hs", "@d:hs", "@b:hs"], "in join order, invited ones left out");
        assert_eq!(s.members["@b:hs"].name_card, "Bee");
        assert!(!s.dismissed && !s.all_muted());
    }

    #[test]
    fn rooms_made_elsewhere_get_a_type_from_their_join_rule() {
        assert_eq!(type_of(Some(&json!({})), "public"), group_type::PUBLIC);
        assert_eq!(type_of(None, "invite"), group_type::WORK);
        assert_eq!(type_of(Some(&json!({GROUP_TYPE_KEY: 99})), "invite"), group_type::WORK);
    }

    #[test]
    fn roles_and_mutes_are_power_levels() {
        let pl = json!({"users": {"@a:hs": 100}, "users_default": 0, "events": {"m.room.name": 50}});
        let admin = with_role(&pl, "@b:hs", role::ADMIN);
        assert_eq!(user_level(&admin, "@b:hs"), 50);
        assert_eq!(admin["events"], pl["events"], "other entries stay");
        let member = with_role(&admin, "@b:hs", role::MEMBER);
        assert_eq!(user_level(&member, "@b:hs"), 0);
        let muted = with_mute(&admin, "@b:hs", 1_900_000_000);
        assert_eq!((user_level(&muted, "@b:hs"), muted_until(&muted, "@b:hs")), (-1, 1_900_000_000));
        assert_eq!(role_for_level(user_level(&muted, "@b:hs")), role::MEMBER);
        let unmuted = with_mute(&muted, "@b:hs", 0);
        assert_eq!((user_level(&unmuted, "@b:hs"), muted_until(&unmuted, "@b:hs")), (0, 0));
        let by_other_client = json!({"users": {"@b:hs": -5}});
        assert_eq!(muted_until(&by_other_client, "@b:hs"), u64::from(u32::MAX));
        let all = with_all_muted(&pl, true);
        assert!(all_muted(&all) && !all_muted(&with_all_muted(&all, false)));
    }
}
