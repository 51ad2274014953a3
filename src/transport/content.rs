//! Messages as Matrix event content, both ways.
//!
//! A message whose only element is text is a plain `m.text` message. Any other message keeps
//! its whole SDK form (elements, cloud custom data, priority, …) under `org.timconv.message`,
//! with a `body` in words so other Matrix clients show something sensible. Incoming `m.text`,
//! `m.notice` and `m.emote` become text elements; other message types become a text element
//! holding their `body`. @-mentions travel as `m.mentions`.

use serde_json::{json, Map, Value};

use super::event::Event;
use super::ids;
use crate::engine::message::{status, AT_ALL};
use crate::engine::{ConvKey, Message};
use crate::wire::keys;
use crate::wire::message::MessageJson;

/// The content key carrying timconv's own message form.
pub const MESSAGE_KEY: &str = "org.timconv.message";

/// Payload keys that stay on the device (`TIMMsgSetLocalCustomData`).
const LOCAL_KEYS: [&str; 2] = [keys::kTIMMsgCustomInt, keys::kTIMMsgCustomStr];

/// The `m.room.message` content for an own message; user IDs of @-mentions become Matrix IDs
/// on `server`.
pub fn content_of(msg: &Message, server: &str) -> Value {
    let payload: Map<String, Value> = serde_json::from_str(msg.payload.as_str()).unwrap_or_default();
    let elems = payload.get(keys::kTIMMsgElemArray).and_then(Value::as_array).cloned().unwrap_or_default();
    let body = body_of(&elems);
    let mut content = json!({"msgtype": "m.text", "body": body});
    let only_text = elems.len() == 1 && elem_type(&elems[0]) == Some(0) && carries_nothing_else(&payload);
    if !only_text {
        let carried: Map<String, Value> =
            payload.into_iter().filter(|(k, _)| !LOCAL_KEYS.contains(&k.as_str())).collect();
        content[MESSAGE_KEY] = Value::Object(carried);
    }
    if !msg.at_users.is_empty() {
        let users: Vec<String> =
            msg.at_users.iter().filter(|u| u.as_str() != AT_ALL).map(|u| ids::mxid(u, server)).collect();
        let mut mentions = json!({"user_ids": users});
        if msg.at_users.iter().any(|u| u == AT_ALL) {
            mentions["room"] = Value::Bool(true);
        }
        content["m.mentions"] = mentions;
    }
    content
}

/// The message an `m.room.message` event (or an edit's `m.new_content`, when `content` is
/// given) is in conversation `key`; `None` when the sender cannot be an SDK user.
pub fn message_of(event: &Event, content: Option<&Value>, key: &ConvKey, server: &str) -> Option<Message> {
    let content = content.unwrap_or(&event.content);
    let sender = ids::user_id(&event.sender, server)?;
    let mut json = MessageJson {
        message_conv_id: key.id.clone(),
        message_conv_type: i64::from(key.conv_type.code()),
        message_sender: sender,
        message_server_time: event.origin_server_ts / 1000,
        message_client_time: event.origin_server_ts / 1000,
        message_msg_id: event.event_id.clone(),
        message_unique_id: unique_id(&event.event_id),
        message_status: status::SEND_SUCC,
        ..MessageJson::default()
    };
    json.message_rand = json.message_unique_id & 0xffff_ffff;
    match content.get(MESSAGE_KEY).and_then(Value::as_object).filter(|m| has_elements(m)) {
        Some(carried) => {
            json.rest =
                carried.iter().filter(|(k, _)| !LOCAL_KEYS.contains(&k.as_str())).map(clone_pair).collect();
        }
        None => {
            let text = plain_text(content);
            json.rest
                .insert(keys::kTIMMsgElemArray.into(), json!([{"elem_type": 0, "text_elem_content": text}]));
        }
    }
    if let Some(mentions) = content.get("m.mentions") {
        let users = mentions.get("user_ids").and_then(Value::as_array).into_iter().flatten();
        json.message_group_at_user_array =
            users.filter_map(Value::as_str).filter_map(|u| ids::user_id(u, server)).collect();
        if mentions.get("room").and_then(Value::as_bool) == Some(true) {
            json.message_group_at_user_array.push(AT_ALL.to_owned());
        }
    }
    Some(json.into_message(key.clone()))
}

/// A revoked message as a redacted event leaves it (no content).
pub fn revoked_message_of(event: &Event, key: &ConvKey, server: &str) -> Option<Message> {
    let mut msg = message_of(event, Some(&json!({"body": ""})), key, server)?;
    msg.status = status::REVOKED;
    Some(msg)
}

fn clone_pair((k, v): (&String, &Value)) -> (String, Value) {
    (k.clone(), v.clone())
}

fn has_elements(m: &Map<String, Value>) -> bool {
    m.get(keys::kTIMMsgElemArray)
        .and_then(Value::as_array)
        .is_some_and(|a| !a.is_empty() && a.iter().all(|e| elem_type(e).is_some_and(|t| t <= 12)))
}

/// The text an ordinary Matrix message shows.
fn plain_text(content: &Value) -> String {
    let body = content.get("body").and_then(Value::as_str).unwrap_or("");
    match content.get("msgtype").and_then(Value::as_str) {
        Some("m.emote") => format!("* {body}"),
        _ => body.to_owned(),
    }
}

fn elem_type(elem: &Value) -> Option<u64> {
    elem.get(keys::kTIMElemType).and_then(Value::as_u64)
}

/// Whether the payload holds nothing beyond its elements that other devices need.
fn carries_nothing_else(payload: &Map<String, Value>) -> bool {
    payload.iter().all(|(k, v)| match k.as_str() {
        keys::kTIMMsgElemArray => true,
        keys::kTIMMsgCustomInt | keys::kTIMMsgCustomStr => true,
        keys::kTIMMsgCloudCustomStr => v.as_str().is_none_or(str::is_empty),
        keys::kTIMMsgPriority => v.as_u64() == Some(1),
        _ => v.is_null() || v == &Value::Bool(false) || v.as_u64() == Some(0),
    })
}

/// What other clients show for a message's elements.
fn body_of(elems: &[Value]) -> String {
    let mut body = String::new();
    for elem in elems {
        let field = |k: &str| elem.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
        let part = match elem_type(elem) {
            Some(0) => field(keys::kTIMTextElemContent),
            Some(1) => "[image]".into(),
            Some(2) => "[voice]".into(),
            Some(3) => match field(keys::kTIMCustomElemDesc) {
                d if d.is_empty() => "[custom message]".into(),
                d => d,
            },
            Some(4) => format!("[file] {}", field(keys::kTIMFileElemFileName)),
            Some(6) => "[sticker]".into(),
            Some(7) => format!("[location] {}", field(keys::kTIMLocationElemDesc)),
            Some(9) => "[video]".into(),
            Some(12) => "[chat history]".into(),
            _ => "[message]".into(),
        };
        body.push_str(part.trim_end());
    }
    body
}

/// A stable 64-bit `message_unique_id` for an event (FNV-1a of its ID, never 0).
pub fn unique_id(event_id: &str) -> u64 {
    let h = event_id
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    h.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(content: Value) -> Event {
        Event {
            kind: "m.room.message".into(),
            event_id: "$ev1".into(),
            sender: "@bob:hs".into(),
            origin_server_ts: 1_700_000_123_456,
            content,
            ..Event::default()
        }
    }

    fn own(payload: Value, at: &[&str]) -> Message {
        let mut json: MessageJson = serde_json::from_value(payload).unwrap();
        json.message_group_at_user_array = at.iter().map(|s| s.to_string()).collect();
        json.into_message(ConvKey::group("g"))
    }

    #[test]
    fn a_text_message_is_plain_m_text() {
        let msg = own(json!({"message_elem_array": [{"elem_type": 0, "text_elem_content": "hi"}]}), &[]);
        assert_eq!(content_of(&msg, "hs"), json!({"msgtype": "m.text", "body": "hi"}));
    }

    #[test]
    fn other_elements_travel_losslessly_with_a_body() {
        let elems = json!([{"elem_type": 3, "custom_elem_data": "{\"k\":1}", "custom_elem_desc": "a card"},
                           {"elem_type": 0, "text_elem_content": " and text"}]);
        let msg = own(
            json!({"message_elem_array": elems, "message_cloud_custom_str": "cc",
                             "message_custom_str": "local only"}),
            &["carol", AT_ALL],
        );
        let content = content_of(&msg, "hs");
        assert_eq!(content["body"], "a card and text");
        assert_eq!(content[MESSAGE_KEY]["message_elem_array"], elems);
        assert!(content[MESSAGE_KEY].get("message_custom_str").is_none(), "local data stays local");
        assert_eq!(content["m.mentions"], json!({"user_ids": ["@carol:hs"], "room": true}));

        let back = message_of(&event(content), None, &ConvKey::group("g"), "hs").unwrap();
        let payload: Value = serde_json::from_str(back.payload.as_str()).unwrap();
        assert_eq!(payload["message_elem_array"], elems);
        assert_eq!(payload["message_cloud_custom_str"], "cc");
        assert_eq!(back.at_users, vec!["carol".to_owned(), AT_ALL.to_owned()]);
        assert_eq!(
            (back.sender.as_str(), back.msg_id.as_str(), back.server_time),
            ("bob", "$ev1", 1_700_000_123)
        );
    }

    #[test]
    fn ordinary_matrix_messages_become_text() {
        let key = ConvKey::c2c("bob");
        let m = message_of(&event(json!({"msgtype": "m.emote", "body": "waves"})), None, &key, "hs").unwrap();
        let payload: Value = serde_json::from_str(m.payload.as_str()).unwrap();
        assert_eq!(payload["message_elem_array"], json!([{"elem_type": 0, "text_elem_content": "* waves"}]));
        let image = json!({"msgtype": "m.image", "body": "cat.png", "url": "mxc://hs/abc"});
        let m = message_of(&event(image), None, &key, "hs").unwrap();
        assert!(m.payload.as_str().contains("cat.png"));
        // A hostile carried form (elements without types) falls back to the body.
        let hostile = json!({"body": "fallback", MESSAGE_KEY: {"message_elem_array": [{"x": 1}]}});
        let m = message_of(&event(hostile), None, &key, "hs").unwrap();
        assert!(m.payload.as_str().contains("fallback"));
        let mut from_elsewhere = event(json!({"body": "x"}));
        from_elsewhere.sender = "not a user id".into();
        assert!(message_of(&from_elsewhere, None, &key, "hs").is_none());
    }

    #[test]
    fn unique_ids_are_stable() {
        assert_eq!(unique_id("$a"), unique_id("$a"));
        assert_ne!(unique_id("$a"), unique_id("$b"));
    }
}
