//! Message JSON (`message_*` keys) to and from engine messages.

use once_cell::sync::Lazy;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::keys;
use super::{into_string, Invalid};
use crate::engine::message::Payload;
use crate::engine::{ids, ConvKey, ConvType, Message};

/// A message as the app or server writes it. Keys the engine uses are typed; the rest is kept.
#[derive(Deserialize, Debug, Default)]
#[serde(default)]
pub struct MessageJson {
    pub message_conv_id: String,
    pub message_conv_type: i64,
    pub message_sender: String,
    pub message_seq: u64,
    pub message_server_time: u64,
    pub message_client_time: u64,
    pub message_msg_id: String,
    pub message_unique_id: u64,
    pub message_rand: u64,
    pub message_status: u32,
    pub message_is_from_self: bool,
    pub message_is_read: bool,
    pub message_is_online_msg: bool,
    pub message_is_excluded_from_unread_count: bool,
    pub message_excluded_from_last_message: bool,
    pub message_group_at_user_array: Vec<String>,
    pub message_is_peer_read: bool,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

/// Largest accepted message body (`message_elem_array` as JSON), as the SDK's 12 KB limit.
pub const MAX_BODY_BYTES: usize = 12 * 1024;

/// Element types an app may not send (group tips, group report).
/// The at-all marker as SDKs before 7.0 spelled it (accepted on input, stored as the new one).
const OLD_AT_ALL_MARKER: &str = "__kImSDK_MesssageAtALL__";

const SERVER_ONLY_ELEM_TYPES: [u64; 2] = [5, 8];

/// Checks `message_elem_array`: a non-empty array of objects, each with a valid `elem_type`.
pub fn check_elems(rest: &Map<String, Value>, sending: bool) -> Result<(), Invalid> {
    let elems = rest
        .get(keys::kTIMMsgElemArray)
        .and_then(Value::as_array)
        .filter(|a| !a.is_empty())
        .ok_or_else(|| Invalid::param("message_elem_array must be a non-empty array"))?;
    for elem in elems {
        let elem_type = elem
            .get(keys::kTIMElemType)
            .and_then(Value::as_u64)
            .filter(|t| *t <= 12)
            .ok_or_else(|| Invalid::param("every element needs an elem_type between 0 and 12"))?;
        if sending && SERVER_ONLY_ELEM_TYPES.contains(&elem_type) {
            return Err(Invalid::param("group tips and group report elements cannot be sent"));
        }
    }
    Ok(())
}

/// Size of the message body as the SDK limits it.
pub fn body_len(rest: &Map<String, Value>) -> usize {
    rest.get(keys::kTIMMsgElemArray).map_or(0, |v| v.to_string().len())
}

impl MessageJson {
    /// Converts into an engine message for conversation `conv`. Keys every message carries
    /// are filled with their defaults here, so the payload is the same before and after storage.
    pub fn into_message(mut self, conv: ConvKey) -> Message {
        for (k, v) in DEFAULTS.iter() {
            if !self.rest.contains_key(*k) {
                self.rest.insert((*k).to_owned(), v.clone());
            }
        }
        Message {
            conv,
            sender: self.message_sender,
            seq: self.message_seq,
            server_time: self.message_server_time,
            client_time: self.message_client_time,
            msg_id: self.message_msg_id,
            unique_id: self.message_unique_id,
            rand: self.message_rand,
            status: self.message_status,
            is_from_self: self.message_is_from_self,
            is_read: self.message_is_read,
            is_online: self.message_is_online_msg,
            excluded_from_unread: self.message_is_excluded_from_unread_count,
            excluded_from_last: self.message_excluded_from_last_message,
            is_peer_read: self.message_is_peer_read,
            at_users: self
                .message_group_at_user_array
                .into_iter()
                .map(|u| if u == OLD_AT_ALL_MARKER { keys::kImSDK_MessageAtALL.to_owned() } else { u })
                .collect(),
            payload: payload_of(&self.rest),
        }
    }

    /// Conversation named by `message_conv_id` / `message_conv_type`, validated.
    pub fn conv_key(&self) -> Result<ConvKey, Invalid> {
        let conv_type = ConvType::from_code(self.message_conv_type)
            .ok_or_else(|| Invalid::param("message_conv_type must be 1 (C2C) or 2 (group)"))?;
        if !ids::is_valid_id(&self.message_conv_id, conv_type.max_id_len()) {
            return Err(Invalid::param("message_conv_id is empty, too long or has control characters"));
        }
        Ok(ConvKey::new(conv_type, self.message_conv_id.clone()))
    }
}

/// Keys every message carries, with the value used when the message has none.
static DEFAULTS: Lazy<Vec<(&'static str, Value)>> = Lazy::new(|| {
    vec![
        (keys::kTIMMsgElemArray, Value::Array(Vec::new())),
        (keys::kTIMMsgPriority, Value::from(1)),
        (keys::kTIMMsgPlatform, Value::from(0)),
        (keys::kTIMMsgReceiptPeerRead, Value::Bool(false)),
        (keys::kTIMMsgNeedReadReceipt, Value::Bool(false)),
        (keys::kTIMMsgCustomInt, Value::from(0)),
        (keys::kTIMMsgCustomStr, Value::from("")),
        (keys::kTIMMsgCloudCustomStr, Value::from("")),
    ]
});

/// `DEFAULTS` as JSON text.
static DEFAULT_TEXTS: Lazy<Vec<(&'static str, String)>> =
    Lazy::new(|| DEFAULTS.iter().map(|(k, v)| (*k, v.to_string())).collect());

/// The text form of a JSON object the engine carries opaquely.
pub fn payload_of(map: &Map<String, Value>) -> Payload {
    Payload::from_object_text(serde_json::to_string(map).expect("a JSON map serialises"))
}

/// Appends `"key":` (with a leading comma unless first in its object).
fn key(out: &mut Vec<u8>, key: &str) {
    if out.last() != Some(&b'{') {
        out.push(b',');
    }
    out.push(b'"');
    out.extend_from_slice(key.as_bytes());
    out.extend_from_slice(b"\":");
}

/// Appends `"key":value`.
pub(crate) fn member<T: Serialize + ?Sized>(out: &mut Vec<u8>, name: &str, value: &T) {
    key(out, name);
    serde_json::to_writer(&mut *out, value).expect("value serialises");
}

/// Appends `"key":` followed by whatever `write` appends (valid JSON).
pub(crate) fn raw_member(out: &mut Vec<u8>, name: &str, write: impl FnOnce(&mut Vec<u8>)) {
    key(out, name);
    write(out);
}

/// Appends one message as Message JSON: the typed fields, then the payload's members verbatim.
pub fn write_message(out: &mut Vec<u8>, m: &Message) {
    out.push(b'{');
    member(out, keys::kTIMMsgConvId, &m.conv.id);
    member(out, keys::kTIMMsgConvType, &m.conv.conv_type.code());
    member(out, keys::kTIMMsgSender, &m.sender);
    member(out, keys::kTIMMsgSeq, &m.seq);
    member(out, keys::kTIMMsgServerTime, &m.server_time);
    member(out, keys::kTIMMsgClientTime, &m.client_time);
    member(out, keys::kTIMMsgMsgId, &m.msg_id);
    member(out, keys::kTIMMsgUniqueId, &m.unique_id);
    member(out, keys::kTIMMsgRand, &m.rand);
    member(out, keys::kTIMMsgStatus, &m.status);
    member(out, keys::kTIMMsgIsFormSelf, &m.is_from_self);
    member(out, keys::kTIMMsgIsRead, &m.is_read);
    member(out, keys::kTIMMsgIsOnlineMsg, &m.is_online);
    member(out, keys::kTIMMsgIsExcludedFromUnreadCount, &m.excluded_from_unread);
    member(out, keys::kTIMMsgExcludedFromLastMessage, &m.excluded_from_last);
    member(out, keys::kTIMMsgGroupAtUserArray, &m.at_users);
    member(out, keys::kTIMMsgIsPeerRead, &m.is_peer_read);
    let members = m.payload.members();
    if !members.is_empty() {
        out.push(b',');
        out.extend_from_slice(members.as_bytes());
    }
    out.push(b'}');
}

/// One message as the store keeps it in `message.body`: Message JSON without the members whose
/// value is the one `MessageJson::into_message` restores when the member is absent (false, 0,
/// "", an empty array, and the payload's `DEFAULTS`). A plain text message shrinks from about
/// 780 bytes to about 330, so a message row fills less of a page and ingest writes fewer.
pub fn stored_message_json(m: &Message) -> String {
    let mut out = Vec::with_capacity(m.payload.as_str().len() + 200);
    out.push(b'{');
    member(&mut out, keys::kTIMMsgConvId, &m.conv.id);
    member(&mut out, keys::kTIMMsgConvType, &m.conv.conv_type.code());
    let texts = [(keys::kTIMMsgSender, &m.sender), (keys::kTIMMsgMsgId, &m.msg_id)];
    for (name, value) in texts {
        if !value.is_empty() {
            member(&mut out, name, value);
        }
    }
    let numbers = [
        (keys::kTIMMsgSeq, m.seq),
        (keys::kTIMMsgServerTime, m.server_time),
        (keys::kTIMMsgClientTime, m.client_time),
        (keys::kTIMMsgUniqueId, m.unique_id),
        (keys::kTIMMsgRand, m.rand),
        (keys::kTIMMsgStatus, u64::from(m.status)),
    ];
    for (name, value) in numbers {
        if value != 0 {
            member(&mut out, name, &value);
        }
    }
    let flags = [
        (keys::kTIMMsgIsFormSelf, m.is_from_self),
        (keys::kTIMMsgIsRead, m.is_read),
        (keys::kTIMMsgIsOnlineMsg, m.is_online),
        (keys::kTIMMsgIsExcludedFromUnreadCount, m.excluded_from_unread),
        (keys::kTIMMsgExcludedFromLastMessage, m.excluded_from_last),
        (keys::kTIMMsgIsPeerRead, m.is_peer_read),
    ];
    for (name, value) in flags {
        if value {
            member(&mut out, name, &true);
        }
    }
    if !m.at_users.is_empty() {
        member(&mut out, keys::kTIMMsgGroupAtUserArray, &m.at_users);
    }
    // The payload is the text of a serde_json map, so its members are in canonical form and a
    // default compares as text. (A payload that does not parse, which none should, is kept
    // whole rather than lost.)
    let members: Result<std::collections::BTreeMap<String, Box<serde_json::value::RawValue>>, _> =
        serde_json::from_str(m.payload.as_str());
    match members {
        Ok(members) => {
            for (name, value) in &members {
                if !DEFAULT_TEXTS.iter().any(|(k, text)| k == name && *text == value.get()) {
                    out.push(b',');
                    serde_json::to_writer(&mut out, name).expect("a key serialises");
                    out.push(b':');
                    out.extend_from_slice(value.get().as_bytes());
                }
            }
        }
        Err(_) if !m.payload.members().is_empty() => {
            out.push(b',');
            out.extend_from_slice(m.payload.members().as_bytes());
        }
        Err(_) => {}
    }
    out.push(b'}');
    into_string(out)
}

/// A JSON array of messages.
pub fn messages_json(msgs: &[Message]) -> String {
    let mut out = Vec::with_capacity(msgs.iter().map(|m| m.payload.as_str().len() + 400).sum());
    out.push(b'[');
    for (i, m) in msgs.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write_message(&mut out, m);
    }
    out.push(b']');
    into_string(out)
}

/// One message as JSON.
pub fn message_json(msg: &Message) -> String {
    let mut out = Vec::with_capacity(msg.payload.as_str().len() + 400);
    write_message(&mut out, msg);
    into_string(out)
}

/// A JSON array of GetC2CRecvMsgOptResult.
pub fn recv_opts_json(opts: &[(String, u32)]) -> String {
    #[derive(Serialize)]
    struct Entry<'a> {
        msg_recv_msg_opt_result_identifier: &'a str,
        msg_recv_msg_opt_result_opt: u32,
    }
    let entries: Vec<Entry<'_>> = opts
        .iter()
        .map(|(id, opt)| Entry { msg_recv_msg_opt_result_identifier: id, msg_recv_msg_opt_result_opt: *opt })
        .collect();
    serde_json::to_string(&entries).expect("serialises")
}

/// A JSON array of MsgLocator objects for revoked messages.
pub fn locators_json(msgs: &[Message]) -> String {
    #[derive(Serialize)]
    struct Locator<'a> {
        message_locator_conv_id: &'a str,
        message_locator_conv_type: u32,
        message_locator_is_revoked: bool,
        message_locator_time: u64,
        message_locator_seq: u64,
        message_locator_is_self: bool,
        message_locator_rand: u64,
        message_locator_unique_id: u64,
    }
    let entries: Vec<Locator<'_>> = msgs
        .iter()
        .map(|m| Locator {
            message_locator_conv_id: &m.conv.id,
            message_locator_conv_type: m.conv.conv_type.code(),
            message_locator_is_revoked: true,
            message_locator_time: m.server_time,
            message_locator_seq: m.seq,
            message_locator_is_self: m.is_from_self,
            message_locator_rand: m.rand,
            message_locator_unique_id: m.unique_id,
        })
        .collect();
    serde_json::to_string(&entries).expect("serialises")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn read_back(text: &str, conv: &ConvKey) -> Message {
        serde_json::from_str::<MessageJson>(text).expect("stored text parses").into_message(conv.clone())
    }

    /// Any member set: each typed member present or not, at a default or another value, and
    /// payload members that are defaults, near-defaults and app keys (escapes included).
    fn any_message_json() -> impl Strategy<Value = serde_json::Value> {
        let typed = (
            prop::option::of(prop_oneof![Just(String::new()), "[a-z]{1,8}"]),
            prop::option::of(prop_oneof![Just(0u64), any::<u64>()]),
            prop::option::of(prop_oneof![Just(0u32), 1u32..7]),
            prop::collection::vec(any::<bool>(), 6),
            prop::option::of(prop::collection::vec(
                prop_oneof![Just("__kImSDK_MesssageAtALL__".to_owned()), "[a-z]{1,4}"],
                0..3,
            )),
        );
        let payload = prop::collection::vec(
            (
                prop_oneof![
                    Just(keys::kTIMMsgPriority.to_owned()),
                    Just(keys::kTIMMsgCustomStr.to_owned()),
                    Just(keys::kTIMMsgElemArray.to_owned()),
                    Just(keys::kTIMMsgNeedReadReceipt.to_owned()),
                    Just("app \"key\"\\n".to_owned()),
                    "[a-z_]{1,10}",
                ],
                prop_oneof![
                    Just(json!(0)),
                    Just(json!(1)),
                    Just(json!(1.0)),
                    Just(json!("")),
                    Just(json!(false)),
                    Just(json!([])),
                    Just(json!([{"elem_type": 0, "text_elem_content": "hé \"x\""}])),
                    Just(json!(null)),
                ],
            ),
            0..6,
        );
        (typed, payload).prop_map(|((text, number, status, flags, at), payload)| {
            let mut v = serde_json::Map::new();
            for (k, val) in payload {
                v.insert(k, val);
            }
            if let Some(t) = text {
                v.insert(keys::kTIMMsgSender.into(), json!(t.clone()));
                v.insert(keys::kTIMMsgMsgId.into(), json!(t));
            }
            if let Some(n) = number {
                for k in [keys::kTIMMsgSeq, keys::kTIMMsgServerTime, keys::kTIMMsgUniqueId, keys::kTIMMsgRand]
                {
                    v.insert(k.into(), json!(n));
                }
            }
            if let Some(s) = status {
                v.insert(keys::kTIMMsgStatus.into(), json!(s));
            }
            let flag_keys = [
                keys::kTIMMsgIsFormSelf,
                keys::kTIMMsgIsRead,
                keys::kTIMMsgIsOnlineMsg,
                keys::kTIMMsgIsExcludedFromUnreadCount,
                keys::kTIMMsgExcludedFromLastMessage,
                keys::kTIMMsgIsPeerRead,
            ];
            for (k, f) in flag_keys.iter().zip(flags) {
                v.insert((*k).into(), json!(f));
            }
            if let Some(at) = at {
                v.insert(keys::kTIMMsgGroupAtUserArray.into(), json!(at));
            }
            serde_json::Value::Object(v)
        })
    }

    use serde_json::json;

    proptest! {
        /// What the store keeps reads back as the same message as the full form does. (Safe
        /// code only: not worth Miri's minutes, and proptest's failure file needs a file system
        /// Miri does not give.)
        #[test]
        #[cfg_attr(miri, ignore)]
        fn stored_form_reads_back_as_the_same_message(v in any_message_json()) {
            let conv = ConvKey::new(ConvType::Group, "g1");
            let msg = read_back(&v.to_string(), &conv);
            let stored = stored_message_json(&msg);
            prop_assert_eq!(read_back(&stored, &conv), msg.clone());
            prop_assert_eq!(read_back(&message_json(&msg), &conv), msg.clone());
            prop_assert!(stored.len() <= message_json(&msg).len());
        }
    }

    #[test]
    fn a_plain_text_message_is_stored_without_its_defaults() {
        let conv = ConvKey::new(ConvType::C2C, "bob");
        let msg = read_back(
            r#"{"message_sender":"bob","message_msg_id":"m1","message_seq":3,"message_status":2,
                "message_elem_array":[{"elem_type":0,"text_elem_content":"hi"}]}"#,
            &conv,
        );
        let stored = stored_message_json(&msg);
        assert_eq!(
            stored,
            r#"{"message_conv_id":"bob","message_conv_type":1,"message_sender":"bob","message_msg_id":"m1","message_seq":3,"message_status":2,"message_elem_array":[{"elem_type":0,"text_elem_content":"hi"}]}"#
        );
        assert!(message_json(&msg).len() > 2 * stored.len());
    }
}
