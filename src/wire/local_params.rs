//! Parameters of the local message, profile and group reads (`runtime::local`).

use serde::Deserialize;
use serde_json::Value;

use super::message::MessageJson;
use super::{keys, Invalid};
use crate::engine::{ids, ConvKey};
use crate::runtime::local::Locator;

/// A stored message named by a Message object: its conversation and `message_msg_id`.
pub fn message_ref(m: &MessageJson) -> Result<(ConvKey, String), Invalid> {
    let key = m.conv_key()?;
    if m.message_msg_id.is_empty() {
        return Err(Invalid::param("message_msg_id is required"));
    }
    Ok((key, m.message_msg_id.clone()))
}

/// A MsgLocator object; keys it lacks do not narrow the match.
#[derive(Deserialize, Debug, Default)]
#[serde(default)]
pub struct LocatorJson {
    pub message_locator_seq: Option<u64>,
    pub message_locator_rand: Option<u64>,
    pub message_locator_time: Option<u64>,
    pub message_locator_unique_id: Option<u64>,
    pub message_locator_is_self: Option<bool>,
}

impl LocatorJson {
    /// The locator; one naming no seq, rand or unique ID is `TIM_ERR_PARAM`.
    pub fn to_locator(&self) -> Result<Locator, Invalid> {
        let l = Locator {
            seq: self.message_locator_seq.filter(|s| *s != 0),
            rand: self.message_locator_rand.filter(|r| *r != 0),
            time: self.message_locator_time.filter(|t| *t != 0),
            unique_id: self.message_locator_unique_id.filter(|u| *u != 0),
            is_self: self.message_locator_is_self,
        };
        if l.seq.is_none() && l.rand.is_none() && l.unique_id.is_none() {
            return Err(Invalid::param("a MsgLocator needs message_locator_seq, _rand or _unique_id"));
        }
        Ok(l)
    }
}

/// `message_custom_str` / `message_custom_int` of a message, type-checked.
pub fn local_custom_fields(m: &MessageJson) -> Result<(Option<String>, Option<i64>), Invalid> {
    let custom_str = match m.rest.get(keys::kTIMMsgCustomStr) {
        None => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => return Err(Invalid::param("message_custom_str must be a string")),
    };
    let custom_int = match m.rest.get(keys::kTIMMsgCustomInt) {
        None => None,
        Some(v) => Some(v.as_i64().ok_or_else(|| Invalid::param("message_custom_int must be an integer"))?),
    };
    Ok((custom_str, custom_int))
}

/// MsgBatchSendParam.
#[derive(Deserialize, Debug)]
pub struct BatchSendParam {
    pub msg_batch_send_param_identifier_array: Vec<String>,
    pub msg_batch_send_param_msg: Value,
}

/// Most users one batch send may name (the SDK's limit).
pub const MAX_BATCH_USERS: usize = 500;

impl BatchSendParam {
    /// The user IDs: 1..=500 valid IDs.
    pub fn users(&self) -> Result<&[String], Invalid> {
        let users = &self.msg_batch_send_param_identifier_array;
        if users.is_empty() || users.len() > MAX_BATCH_USERS {
            return Err(Invalid::param("msg_batch_send_param_identifier_array must name 1 to 500 users"));
        }
        if users.iter().any(|u| !ids::is_valid_id(u, ids::MAX_USER_ID_LEN)) {
            return Err(Invalid::param("msg_batch_send_param_identifier_array holds an invalid user ID"));
        }
        Ok(users)
    }
}

/// FriendShipGetProfileListParam.
#[derive(Deserialize, Debug)]
pub struct ProfileListParam {
    pub friendship_getprofilelist_param_identifier_array: Vec<String>,
}
