//! Durable writes to the server: what the user changed locally (pins, marks, conversation
//! groups, drafts, deletions, read state, direct chats, invitations accepted) and the server
//! must learn. Each item is stored in the same transaction as the local change and removed once
//! the server accepted it (or refused it for good), so a change acknowledged to the app reaches
//! the server even across crashes and outages. Items carry the whole wanted state, not a step,
//! so repeating one is harmless.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::api;
use super::http::{Http, NetError};
use super::inbound::{DELETED_TYPE, DRAFT_TYPE, GROUP_LIST_TYPE};
use super::tags::{self, TagState};

/// One durable write.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum OutItem {
    /// The room's pin, marks and conversation groups become `state`.
    Tags { room: String, state: TagState },
    /// The room's draft (`null`: none).
    Draft { room: String, draft: Value },
    /// The conversation was deleted, up to this time (ms).
    Deleted { room: String, up_to: u64 },
    /// Read up to this event (read receipt and fully-read marker).
    ReadMarker { room: String, event_id: String },
    /// These rooms are direct chats with these users (merged into `m.direct`).
    Direct { rooms: BTreeMap<String, Vec<String>> },
    /// The conversation-group names, in order.
    GroupList { names: Vec<String> },
    /// Join the room (an accepted invitation).
    Join { room: String },
}

impl OutItem {
    /// The room an item writes to, if one.
    pub fn room(&self) -> Option<&str> {
        match self {
            OutItem::Tags { room, .. }
            | OutItem::Draft { room, .. }
            | OutItem::Deleted { room, .. }
            | OutItem::ReadMarker { room, .. }
            | OutItem::Join { room } => Some(room),
            OutItem::Direct { .. } | OutItem::GroupList { .. } => None,
        }
    }

    /// Serialised for the outbox table.
    pub fn to_text(&self) -> String {
        serde_json::to_string(self).expect("an outbox item serialises")
    }

    /// Read back from the outbox table.
    pub fn from_text(text: &str) -> Option<OutItem> {
        serde_json::from_str(text).ok()
    }

    /// Carries the item out as user `me`.
    pub fn perform(&self, http: &Http, me: &str) -> Result<(), NetError> {
        match self {
            OutItem::Tags { room, state } => {
                let current = api::get_tags(http, me, room)?;
                let (add, remove) = tags::changes(&current, state);
                for tag in add {
                    api::set_tag(http, me, room, &tag, true)?;
                }
                for tag in remove {
                    api::set_tag(http, me, room, &tag, false)?;
                }
                Ok(())
            }
            OutItem::Draft { room, draft } => {
                api::put_account_data(http, me, Some(room), DRAFT_TYPE, &json!({ "draft": draft }))
            }
            OutItem::Deleted { room, up_to } => {
                api::put_account_data(http, me, Some(room), DELETED_TYPE, &json!({ "up_to": up_to }))
            }
            OutItem::ReadMarker { room, event_id } => api::read_markers(http, room, event_id),
            OutItem::Direct { rooms } => {
                let mut direct = api::get_account_data(http, me, "m.direct")?.unwrap_or_else(|| json!({}));
                if !direct.is_object() {
                    direct = json!({});
                }
                for (user, list) in rooms {
                    let entry =
                        direct.as_object_mut().expect("an object").entry(user.clone()).or_insert(json!([]));
                    if !entry.is_array() {
                        *entry = json!([]);
                    }
                    let known = entry.as_array_mut().expect("an array");
                    for room in list {
                        if !known.iter().any(|r| r == room) {
                            known.push(Value::from(room.as_str()));
                        }
                    }
                }
                api::put_account_data(http, me, None, "m.direct", &direct)
            }
            OutItem::GroupList { names } => {
                api::put_account_data(http, me, None, GROUP_LIST_TYPE, &json!({ "names": names }))
            }
            OutItem::Join { room } => api::join(http, room).map(drop),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_round_trip_through_text() {
        let items = [
            OutItem::Tags { room: "!r:hs".into(), state: TagState::new(true, 3, vec!["g".into()]) },
            OutItem::Draft { room: "!r:hs".into(), draft: Value::Null },
            OutItem::Deleted { room: "!r:hs".into(), up_to: 5 },
            OutItem::ReadMarker { room: "!r:hs".into(), event_id: "$e".into() },
            OutItem::Direct { rooms: BTreeMap::from([("@b:hs".to_owned(), vec!["!r:hs".to_owned()])]) },
            OutItem::GroupList { names: vec!["a".into()] },
            OutItem::Join { room: "!r:hs".into() },
        ];
        for item in items {
            assert_eq!(OutItem::from_text(&item.to_text()), Some(item));
        }
        assert_eq!(OutItem::from_text("{\"kind\":\"unknown\"}"), None);
    }
}
