//! A `/sync` answer read into what the worker applies: per room its state, timeline, receipts
//! and account data; the user's direct-chat map and conversation-group list; invites.
//! Parsing is lenient per event (a malformed event is skipped) and strict only where the
//! answer cannot be used at all (not JSON, no `next_batch`).

use std::collections::BTreeMap;

use serde_json::Value;

use super::event::Event;

/// Account data type: the user's conversation-group names, in order.
pub const GROUP_LIST_TYPE: &str = "org.timconv.conversation_groups";
/// Room account data type: the conversation's draft.
pub const DRAFT_TYPE: &str = "org.timconv.draft";
/// Room account data type: the conversation was deleted up to a time.
pub const DELETED_TYPE: &str = "org.timconv.deleted";

/// What one sync answer delivered.
#[derive(Debug, Default, PartialEq)]
pub struct SyncBatch {
    pub next_batch: String,
    /// `m.direct`, when this answer carries it: Matrix user → their direct rooms.
    pub direct: Option<BTreeMap<String, Vec<String>>>,
    /// The conversation-group names, when this answer carries them.
    pub group_names: Option<Vec<String>>,
    pub joined: Vec<JoinedRoom>,
    pub invited: Vec<Invite>,
    /// Rooms the user left or was removed from.
    pub left: Vec<LeftRoom>,
    /// `m.ignored_user_list` (the block list), when this answer carries it.
    pub ignored: Option<Vec<String>>,
}

/// A room the user left (or was removed from): what happened up to the departure.
#[derive(Debug, Default, PartialEq)]
pub struct LeftRoom {
    pub room_id: String,
    pub state: Vec<Event>,
    pub timeline: Vec<Event>,
}

/// A joined room's part of the answer.
#[derive(Debug, Default, PartialEq)]
pub struct JoinedRoom {
    pub room_id: String,
    /// State before the timeline.
    pub state: Vec<Event>,
    pub timeline: Vec<Event>,
    /// Events are missing before the timeline (`prev_batch` reaches them).
    pub limited: bool,
    pub prev_batch: Option<String>,
    pub receipts: Vec<Receipt>,
    /// Room account data (`m.tag`, drafts, deletion marks).
    pub account_data: Vec<Event>,
    /// How many members the room has (`summary`), when the answer says.
    pub joined_count: Option<u64>,
}

/// A read receipt: `user` read up to `event_id`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Receipt {
    pub event_id: String,
    pub user: String,
    /// When it was sent (ms).
    pub ts: u64,
}

/// An invitation to a room.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invite {
    pub room_id: String,
    /// Who invited the user.
    pub inviter: String,
    /// Whether it is a direct chat (`is_direct` on the user's invite).
    pub is_direct: bool,
    /// The group type the room's creation content names (a timconv group), if any.
    pub group_type: Option<u32>,
}

/// Reads a sync answer for user `me`. Fails only when the answer is unusable as a whole.
pub fn parse_sync(bytes: &[u8], me: &str) -> Result<SyncBatch, String> {
    let root: Value = serde_json::from_slice(bytes).map_err(|e| format!("not JSON: {e}"))?;
    let next_batch = root
        .get("next_batch")
        .and_then(Value::as_str)
        .filter(|t| !t.is_empty())
        .ok_or("no next_batch")?
        .to_owned();
    let mut batch = SyncBatch { next_batch, ..SyncBatch::default() };
    for event in Event::list(root.get("account_data")) {
        match event.kind.as_str() {
            "m.direct" => batch.direct = Some(direct_map(&event.content)),
            GROUP_LIST_TYPE => batch.group_names = Some(string_list(event.content.get("names"))),
            super::calls::IGNORED_USERS => {
                batch.ignored = Some(super::calls::ignored_users(Some(&event.content)))
            }
            _ => {}
        }
    }
    let rooms = root.get("rooms");
    let section = |name: &str| rooms.and_then(|r| r.get(name)).and_then(Value::as_object);
    if let Some(joined) = section("join") {
        for (room_id, room) in joined {
            batch.joined.push(joined_room(room_id, room, me));
        }
    }
    if let Some(invited) = section("invite") {
        for (room_id, room) in invited {
            if let Some(invite) = invite(room_id, room, me) {
                batch.invited.push(invite);
            }
        }
    }
    if let Some(left) = section("leave") {
        for (room_id, room) in left {
            batch.left.push(LeftRoom {
                room_id: room_id.clone(),
                state: Event::list(room.get("state")),
                timeline: Event::list(room.get("timeline")),
            });
        }
    }
    Ok(batch)
}

fn joined_room(room_id: &str, room: &Value, me: &str) -> JoinedRoom {
    let timeline = room.get("timeline");
    JoinedRoom {
        room_id: room_id.to_owned(),
        state: Event::list(room.get("state")),
        timeline: Event::list(timeline),
        limited: timeline.and_then(|t| t.get("limited")).and_then(Value::as_bool).unwrap_or(false),
        prev_batch: timeline.and_then(|t| t.get("prev_batch")).and_then(Value::as_str).map(str::to_owned),
        receipts: Event::list(room.get("ephemeral"))
            .iter()
            .filter(|e| e.kind == "m.receipt")
            .flat_map(|e| receipts(&e.content, me))
            .collect(),
        account_data: Event::list(room.get("account_data")),
        joined_count: room
            .get("summary")
            .and_then(|s| s.get("m.joined_member_count"))
            .and_then(Value::as_u64),
    }
}

/// The read receipts of an `m.receipt` content: public ones, and the user's private ones.
/// Unthreaded receipts and those of the main timeline (`thread_id` "main") count; receipts
/// in a thread do not move a conversation's read state.
fn receipts(content: &Value, me: &str) -> Vec<Receipt> {
    let mut out = Vec::new();
    let Some(by_event) = content.as_object() else { return out };
    for (event_id, kinds) in by_event {
        for kind in ["m.read", "m.read.private"] {
            let Some(users) = kinds.get(kind).and_then(Value::as_object) else { continue };
            for (user, info) in users {
                if kind == "m.read.private" && user != me {
                    continue;
                }
                let thread = info.get("thread_id").and_then(Value::as_str);
                if thread.is_some_and(|t| t != "main") {
                    continue;
                }
                let ts = info.get("ts").and_then(Value::as_u64).unwrap_or(0);
                out.push(Receipt { event_id: event_id.clone(), user: user.clone(), ts });
            }
        }
    }
    out
}

fn invite(room_id: &str, room: &Value, me: &str) -> Option<Invite> {
    let events = Event::list(room.get("invite_state"));
    let own =
        events.iter().rev().find(|e| e.is_state("m.room.member") && e.state_key.as_deref() == Some(me))?;
    let group_type = events
        .iter()
        .find(|e| e.is_state("m.room.create"))
        .and_then(|e| e.content.get(super::group_state::GROUP_TYPE_KEY))
        .and_then(Value::as_u64)
        .filter(|t| *t <= 5)
        .map(|t| t as u32);
    (own.content_str("membership") == Some("invite")).then(|| Invite {
        room_id: room_id.to_owned(),
        inviter: own.sender.clone(),
        is_direct: own.content.get("is_direct").and_then(Value::as_bool).unwrap_or(false),
        group_type,
    })
}

fn direct_map(content: &Value) -> BTreeMap<String, Vec<String>> {
    content
        .as_object()
        .map(|m| m.iter().map(|(user, rooms)| (user.clone(), string_list(Some(rooms)))).collect())
        .unwrap_or_default()
}

fn string_list(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).map(str::to_owned).collect())
        .unwrap_or_default()
}

/// What a room's state says, as far as conversations show it: the latest of each.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RoomFacts {
    pub name: Option<String>,
    pub avatar: Option<String>,
    pub canonical_alias: Option<String>,
    pub join_rule: Option<String>,
    /// The `m.room.create` content and its sender.
    pub create: Option<Value>,
    pub creator: Option<String>,
    /// Whether the room's `org.timconv.group` state marks it dismissed.
    pub dismissed: bool,
    /// Member events, latest per user.
    pub members: BTreeMap<String, Member>,
}

/// One member's state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Member {
    pub membership: String,
    pub display_name: Option<String>,
    pub avatar_url: Option<String>,
    pub is_direct: bool,
    /// Who sent the member event (the inviter of an invite).
    pub sender: String,
}

impl RoomFacts {
    /// Folds state events (state section, then the timeline's state events) into facts.
    pub fn read<'a>(events: impl IntoIterator<Item = &'a Event>) -> RoomFacts {
        let mut facts = RoomFacts::default();
        for e in events {
            let Some(state_key) = &e.state_key else { continue };
            let text = |k: &str| e.content_str(k).map(str::to_owned);
            match e.kind.as_str() {
                "m.room.name" => facts.name = Some(text("name").unwrap_or_default()),
                "m.room.avatar" => facts.avatar = Some(text("url").unwrap_or_default()),
                "m.room.canonical_alias" => facts.canonical_alias = text("alias"),
                "m.room.join_rules" => facts.join_rule = text("join_rule"),
                "m.room.create" => {
                    facts.create = Some(e.content.clone());
                    facts.creator = Some(e.sender.clone());
                }
                super::group_state::GROUP_STATE => {
                    facts.dismissed = e.content.get("dismissed").and_then(Value::as_bool).unwrap_or(false)
                }
                "m.room.member" => {
                    let member = Member {
                        membership: text("membership").unwrap_or_default(),
                        display_name: text("displayname"),
                        avatar_url: text("avatar_url"),
                        is_direct: e.content.get("is_direct").and_then(Value::as_bool).unwrap_or(false),
                        sender: e.sender.clone(),
                    };
                    facts.members.insert(state_key.clone(), member);
                }
                _ => {}
            }
        }
        facts
    }

    /// The room's alias as a group: its canonical alias, or, for a group `me` created, the
    /// alias asked for at creation (a sync may show a room before its alias is set).
    pub fn group_alias(&self, me: &str, server: &str) -> Option<String> {
        if let Some(alias) = &self.canonical_alias {
            return Some(alias.clone());
        }
        let own = self.creator.as_deref() == Some(me);
        let id = self.create.as_ref()?.get(super::group_state::GROUP_ID_KEY)?.as_str()?;
        own.then(|| format!("#{id}:{server}"))
    }

    /// The group type, when the facts hold the room's creation (first sight of a room).
    pub fn group_type(&self) -> Option<u32> {
        let create = self.create.as_ref()?;
        Some(super::group_state::type_of(Some(create), self.join_rule.as_deref().unwrap_or("")))
    }

    /// The other party of a direct chat, as the room's own member events show it: the
    /// inviter of the user's `is_direct` invite, or whom the user invited with `is_direct`.
    pub fn direct_peer(&self, me: &str) -> Option<String> {
        self.members.iter().find_map(|(user, m)| {
            if !m.is_direct {
                None
            } else if user == me && m.sender != me {
                Some(m.sender.clone())
            } else if user != me && m.sender == me {
                Some(user.clone())
            } else {
                None
            }
        })
    }

    /// Members other than `me` who are in the room or invited.
    pub fn others<'a>(&'a self, me: &'a str) -> impl Iterator<Item = &'a String> + 'a {
        self.members
            .iter()
            .filter(move |(u, m)| u.as_str() != me && (m.membership == "join" || m.membership == "invite"))
            .map(|(u, _)| u)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn answer() -> Value {
        json!({
            "next_batch": "s72_1",
            "account_data": {"events": [
                {"type": "m.direct", "content": {"@bob:hs": ["!dm:hs"], "@bad:hs": "x"}},
                {"type": GROUP_LIST_TYPE, "content": {"names": ["work", 5, "home"]}},
                {"type": "m.ignored_user_list", "content": {"ignored_users": {"@x:hs": {}}}},
            ]},
            "rooms": {
                "join": {"!dm:hs": {
                    "summary": {"m.joined_member_count": 2},
                    "state": {"events": [{"type": "m.room.member", "state_key": "@bob:hs", "sender": "@me:hs",
                        "content": {"membership": "invite", "is_direct": true}}]},
                    "timeline": {"limited": true, "prev_batch": "t1", "events": [
                        {"type": "m.room.message", "event_id": "$m", "sender": "@bob:hs",
                         "origin_server_ts": 1000, "content": {"msgtype": "m.text", "body": "hi"}}]},
                    "ephemeral": {"events": [{"type": "m.receipt", "content": {
                        "$m": {"m.read": {"@bob:hs": {"ts": 5}, "@me:hs": {"ts": 6, "thread_id": "main"},
                                          "@c:hs": {"ts": 7, "thread_id": "$root"}},
                               "m.read.private": {"@me:hs": {"ts": 8}, "@bob:hs": {"ts": 9}}}}}]},
                    "account_data": {"events": [{"type": "m.tag", "content": {"tags": {"m.favourite": {}}}}]}
                }},
                "invite": {"!inv:hs": {"invite_state": {"events": [
                    {"type": "m.room.member", "state_key": "@me:hs", "sender": "@carol:hs",
                     "content": {"membership": "invite", "is_direct": true}}]}}},
                "leave": {"!old:hs": {}}
            }
        })
    }

    #[test]
    fn a_sync_answer_is_read_per_room() {
        let batch = parse_sync(answer().to_string().as_bytes(), "@me:hs").unwrap();
        assert_eq!(batch.next_batch, "s72_1");
        assert_eq!(batch.direct.as_ref().unwrap()["@bob:hs"], vec!["!dm:hs".to_owned()]);
        assert!(batch.direct.as_ref().unwrap()["@bad:hs"].is_empty());
        assert_eq!(batch.group_names, Some(vec!["work".to_owned(), "home".to_owned()]));
        let room = &batch.joined[0];
        assert_eq!((room.limited, room.prev_batch.as_deref()), (true, Some("t1")));
        assert_eq!(room.timeline.len(), 1);
        let mut receipts: Vec<_> = room.receipts.iter().map(|r| (r.user.as_str(), r.ts)).collect();
        receipts.sort();
        assert_eq!(
            receipts,
            [("@bob:hs", 5), ("@me:hs", 6), ("@me:hs", 8)],
            "threads and others' private receipts skipped"
        );
        assert_eq!(room.account_data[0].kind, "m.tag");
        assert_eq!(
            batch.invited,
            vec![Invite {
                room_id: "!inv:hs".into(),
                inviter: "@carol:hs".into(),
                is_direct: true,
                group_type: None
            }]
        );
        assert_eq!(batch.left.iter().map(|r| r.room_id.as_str()).collect::<Vec<_>>(), ["!old:hs"]);
        assert_eq!(batch.ignored, Some(vec!["@x:hs".to_owned()]));
        assert_eq!(room.joined_count, Some(2));
        let facts = RoomFacts::read(&room.state);
        assert_eq!(facts.direct_peer("@me:hs").as_deref(), Some("@bob:hs"));
        assert_eq!(facts.others("@me:hs").collect::<Vec<_>>(), ["@bob:hs"]);
    }

    #[test]
    fn unusable_answers_are_refused() {
        assert!(parse_sync(b"{\"next_batch\":", "@me:hs").is_err(), "truncated");
        assert!(parse_sync(b"[]", "@me:hs").is_err());
        assert!(parse_sync(b"{\"rooms\":{}}", "@me:hs").is_err(), "no next_batch");
        let odd = json!({"next_batch": "x", "rooms": {"join": [], "invite": {"!r": 5}}, "account_data": 3});
        let batch = parse_sync(odd.to_string().as_bytes(), "@me:hs").unwrap();
        assert!(batch.joined.is_empty() && batch.invited.is_empty());
    }
}
