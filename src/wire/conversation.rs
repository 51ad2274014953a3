//! ConvInfo, Draft and the conversation API's parameter and result objects.

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use super::message::{payload_of, MessageOut};
use super::Invalid;
use crate::engine::{order::Page, ConvType, Conversation, Draft, Filter, OpResult};

/// GroupAtInfo.
#[derive(Serialize)]
pub struct GroupAtInfo {
    pub conv_group_at_info_seq: u64,
    pub conv_group_at_info_at_type: u32,
}

/// Draft as emitted.
#[derive(Serialize)]
pub struct DraftOut<'a> {
    pub draft_msg: Box<RawValue>,
    pub draft_user_define: &'a str,
    pub draft_edit_time: u64,
}

/// Draft as `TIMConvSetDraft` takes it.
#[derive(Deserialize)]
pub struct DraftParam {
    pub draft_msg: Map<String, Value>,
    #[serde(default)]
    pub draft_user_define: String,
    #[serde(default)]
    pub draft_edit_time: u64,
}

/// ConvInfo, every key the SDK emits.
#[derive(Serialize)]
pub struct ConvInfo<'a> {
    pub conv_id: &'a str,
    pub conv_type: u32,
    pub conv_owner: &'a str,
    pub conv_face_url: &'a str,
    pub conv_unread_num: u64,
    pub conv_active_time: u64,
    pub conv_is_has_lastmsg: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conv_last_msg: Option<MessageOut<'a>>,
    pub conv_is_has_draft: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conv_draft: Option<DraftOut<'a>>,
    pub conv_recv_opt: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conv_group_type: Option<u32>,
    pub conv_group_at_info_array: Vec<GroupAtInfo>,
    pub conv_is_pinned: bool,
    pub conv_show_name: &'a str,
    pub conv_mark_array: Vec<u64>,
    pub conv_custom_data: &'a str,
    pub conv_conversation_group_array: Vec<&'a str>,
    pub conv_c2c_read_timestamp: u64,
    pub conv_group_read_sequence: u64,
}

impl<'a> ConvInfo<'a> {
    pub fn from_conversation(c: &'a Conversation) -> ConvInfo<'a> {
        ConvInfo {
            conv_id: &c.key.id,
            conv_type: c.key.conv_type.code(),
            conv_owner: "",
            conv_face_url: &c.face_url,
            conv_unread_num: c.unread,
            conv_active_time: c.active_time(),
            conv_is_has_lastmsg: c.last_msg.is_some(),
            conv_last_msg: c.last_msg.as_ref().map(MessageOut),
            conv_is_has_draft: c.draft.is_some(),
            conv_draft: c.draft.as_ref().map(draft_out),
            conv_recv_opt: c.recv_opt,
            conv_group_type: (c.key.conv_type == ConvType::Group).then_some(c.group_type),
            conv_group_at_info_array: c
                .at_info
                .iter()
                .map(|a| GroupAtInfo { conv_group_at_info_seq: a.seq, conv_group_at_info_at_type: a.at_type })
                .collect(),
            conv_is_pinned: c.pinned,
            conv_show_name: c.display_name(),
            conv_mark_array: c.mark_list(),
            conv_custom_data: &c.custom_data,
            conv_conversation_group_array: c.groups.iter().map(String::as_str).collect(),
            conv_c2c_read_timestamp: c.c2c_read_timestamp,
            conv_group_read_sequence: c.group_read_sequence,
        }
    }
}

fn draft_out(d: &Draft) -> DraftOut<'_> {
    DraftOut {
        draft_msg: RawValue::from_string(d.msg.as_str().to_owned()).expect("payload is a JSON object"),
        draft_user_define: &d.user_define,
        draft_edit_time: d.edit_time,
    }
}

/// A Draft object as JSON.
pub fn draft_json(d: &Draft) -> String {
    serde_json::to_string(&draft_out(d)).expect("Draft serialises")
}

/// One ConvInfo object as JSON.
pub fn conv_info_json(c: &Conversation) -> String {
    serde_json::to_string(&ConvInfo::from_conversation(c)).expect("ConvInfo serialises")
}

/// A JSON array of ConvInfo.
pub fn conv_array_json<'a>(convs: impl IntoIterator<Item = &'a Conversation>) -> String {
    let infos: Vec<ConvInfo<'a>> = convs.into_iter().map(ConvInfo::from_conversation).collect();
    serde_json::to_string(&infos).expect("ConvInfo array serialises")
}

impl DraftParam {
    /// The engine's draft (`edit_time` as given).
    pub fn into_draft(self, edit_time: u64) -> Draft {
        Draft { msg: payload_of(&self.draft_msg), user_define: self.draft_user_define, edit_time }
    }
}

/// One entry of `TIMConvGetConvInfo`'s input.
#[derive(Deserialize)]
pub struct GetConversationListParam {
    pub get_conversation_list_param_conv_id: String,
    pub get_conversation_list_param_conv_type: i64,
}

/// Result of the total-unread APIs.
#[derive(Serialize)]
pub struct TotalUnreadResult {
    pub conv_get_total_unread_message_count_result_unread_count: i64,
}

/// Clamps an unread total to the C API's `int`.
pub fn unread_as_c_int(total: u64) -> i32 {
    i32::try_from(total).unwrap_or(i32::MAX)
}

/// `{"conv_get_total_unread_message_count_result_unread_count": n}`.
pub fn total_unread_json(total: u64) -> String {
    serde_json::to_string(&TotalUnreadResult {
        conv_get_total_unread_message_count_result_unread_count: unread_as_c_int(total).into(),
    })
    .expect("serialises")
}

/// `TIMConversationListFilter` as apps write it, including the 6.5-era keys.
#[derive(Deserialize, Default, Debug)]
#[serde(default)]
pub struct FilterJson {
    pub conversation_list_filter_conv_type: Option<i64>,
    pub conversation_list_filter_conversation_group: Option<String>,
    pub conversation_list_filter_mark_type: Option<u64>,
    pub conversation_list_filter_has_unread_count: Option<bool>,
    pub conversation_list_filter_has_group_at_info: Option<bool>,
    /// 6.5 era: the conversation group (renamed `..._conversation_group` in 7.0).
    pub conversation_list_filter_group_name: Option<String>,
    /// 6.5 era: the paging cursor (a parameter since 7.0).
    pub conversation_list_filter_next_seq: Option<u64>,
    /// 6.5 era: the page size (a parameter since 7.0).
    pub conversation_list_filter_count: Option<u32>,
}

impl FilterJson {
    /// The engine filter. Conversation type 0 means "any", as in the SDK's examples.
    pub fn to_filter(&self) -> Result<Filter, Invalid> {
        let conv_type = match self.conversation_list_filter_conv_type {
            None | Some(0) => None,
            Some(t) => Some(ConvType::from_code(t).ok_or_else(|| {
                Invalid::param("conversation_list_filter_conv_type must be 1 (C2C) or 2 (group)")
            })?),
        };
        Ok(Filter {
            conv_type,
            group: self
                .conversation_list_filter_conversation_group
                .clone()
                .or_else(|| self.conversation_list_filter_group_name.clone()),
            mark: self.conversation_list_filter_mark_type,
            has_unread: self.conversation_list_filter_has_unread_count,
            has_at: self.conversation_list_filter_has_group_at_info,
        })
    }
}

/// `TIMConversationListResult`.
pub fn page_json<'a>(
    page: &Page,
    lookup: impl Fn(&crate::engine::ConvKey) -> Option<&'a Conversation>,
) -> String {
    #[derive(Serialize)]
    struct ListResult<'a> {
        conversation_list_result_conv_list: Vec<ConvInfo<'a>>,
        conversation_list_result_next_seq: u64,
        conversation_list_result_is_finished: bool,
    }
    serde_json::to_string(&ListResult {
        conversation_list_result_conv_list: page
            .keys
            .iter()
            .filter_map(lookup)
            .map(ConvInfo::from_conversation)
            .collect(),
        conversation_list_result_next_seq: page.next,
        conversation_list_result_is_finished: page.finished,
    })
    .expect("serialises")
}

/// A JSON array of `TIMConversationOperationResult`.
pub fn results_json(results: &[OpResult]) -> String {
    #[derive(Serialize)]
    struct Entry<'a> {
        conversation_operation_result_conversation_id: &'a str,
        conversation_operation_result_result_code: i32,
        conversation_operation_result_result_info: &'a str,
    }
    let entries: Vec<Entry<'_>> = results
        .iter()
        .map(|r| Entry {
            conversation_operation_result_conversation_id: &r.id,
            conversation_operation_result_result_code: r.code,
            conversation_operation_result_result_info: &r.desc,
        })
        .collect();
    serde_json::to_string(&entries).expect("serialises")
}
