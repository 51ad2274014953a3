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
