//! Parameter objects of the message and extension APIs.

use serde::Deserialize;
use serde_json::Value;

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

/// A MessageReceipt from the server feed.
#[derive(Deserialize, Debug)]
pub struct ReceiptParam {
    pub msg_receipt_conv_id: String,
    pub msg_receipt_conv_type: i64,
    #[serde(default)]
    pub msg_receipt_time_stamp: u64,
}
