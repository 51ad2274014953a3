//! Parameter objects of the message and extension APIs.

use serde::Deserialize;
use serde_json::Value;

use super::Invalid;

/// MsgGetMsgListParam (`TIMMsgGetMsgList`).
#[derive(Deserialize, Default, Debug)]
#[serde(default)]
pub struct GetMsgListParam {
    pub msg_getmsglist_param_last_msg: Option<Value>,
    pub msg_getmsglist_param_count: u32,
    pub msg_getmsglist_param_is_forward: bool,
    pub msg_getmsglist_param_last_msg_seq: u64,
    pub msg_getmsglist_param_time_begin: u64,
    pub msg_getmsglist_param_time_period: u64,
    pub msg_getmsglist_param_message_seq_array: Vec<u64>,
    pub msg_getmsglist_param_message_type_array: Vec<u32>,
}

/// MsgDeleteParam (`TIMMsgDelete`).
#[derive(Deserialize, Debug)]
pub struct MsgDeleteParam {
    pub msg_delete_param_msg: Value,
}

/// A UserProfile as the server feed gives it: absent fields keep their value.
#[derive(Deserialize, Debug)]
pub struct UserProfilePatch {
    pub user_profile_identifier: String,
    #[serde(default)]
    pub user_profile_nick_name: Option<String>,
    #[serde(default)]
    pub user_profile_face_url: Option<String>,
    #[serde(default)]
    pub user_profile_friend_remark: Option<String>,
}

/// A group's base info as the server feed gives it: absent fields keep their value.
#[derive(Deserialize, Debug)]
pub struct GroupInfoPatch {
    pub group_base_info_group_id: String,
    #[serde(default)]
    pub group_base_info_group_name: Option<String>,
    #[serde(default)]
    pub group_base_info_face_url: Option<String>,
    #[serde(default)]
    pub group_base_info_group_type: Option<u32>,
    #[serde(default)]
    pub group_base_info_msg_flag: Option<u32>,
}

/// A MessageReceipt from the server feed (the optional keys are read to check their types).
#[derive(Deserialize, Debug)]
pub struct ReceiptParam {
    pub msg_receipt_conv_id: String,
    pub msg_receipt_conv_type: i64,
    #[serde(default)]
    pub msg_receipt_time_stamp: u64,
    #[serde(default)]
    pub msg_receipt_msg_id: Option<String>,
    #[serde(default)]
    pub msg_receipt_is_peer_read: Option<bool>,
    #[serde(default)]
    pub msg_receipt_read_count: Option<u64>,
    #[serde(default)]
    pub msg_receipt_unread_count: Option<u64>,
}

/// The feed's MessageReceipt objects as the read-receipt listener gets them: every key of the
/// SDK's MessageReceipt, the feed's values where given, else the defaults (`""` for the
/// message ID, 0 for the time and counts, and `msg_receipt_is_peer_read` true for a C2C receipt,
/// which says the peer read, false for a group one). Other keys the feed gave are kept.
pub fn receipts_for_listener(text: &str) -> Result<String, Invalid> {
    use super::keys;
    use serde_json::Map;
    let mut objects: Vec<Map<String, Value>> =
        serde_json::from_str(text).map_err(|e| Invalid::json(format!("invalid JSON: {e}")))?;
    for o in &mut objects {
        let c2c = o.get(keys::kTIMMsgReceiptConvType).and_then(Value::as_i64) == Some(1);
        o.entry(keys::kTIMMsgReceiptMsgId).or_insert_with(|| "".into());
        o.entry(keys::kTIMMsgReceiptTimeStamp).or_insert_with(|| 0.into());
        o.entry(keys::kTIMMsgReceiptIsPeerRead).or_insert_with(|| c2c.into());
        o.entry(keys::kTIMMsgReceiptReadCount).or_insert_with(|| 0.into());
        o.entry(keys::kTIMMsgReceiptUnreadCount).or_insert_with(|| 0.into());
    }
    Ok(serde_json::to_string(&objects).expect("serialises"))
}
