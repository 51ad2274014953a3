//! ConvInfo, Draft and the conversation API's parameter and result objects.
//!
//! ConvInfo is written directly (no intermediate value): it is the hot path of every list and
//! event, and the last message's opaque fields are spliced in as stored.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::keys;
use super::message::{member, payload_of, raw_member, write_message, MessageJson};
use super::{into_string, Invalid};
use crate::engine::source::StoredForm;
use crate::engine::{
    order::Page, ConvKey, ConvType, Conversation, Draft, Engine, Filter, ListReply, Listed, Message, OpResult,
};

/// Draft as `TIMConvSetDraft` takes it.
#[derive(Deserialize)]
pub struct DraftParam {
    pub draft_msg: Map<String, Value>,
    #[serde(default)]
    pub draft_user_define: String,
    #[serde(default)]
    pub draft_edit_time: u64,
}

/// Appends one ConvInfo object with every key the SDK emits.
pub fn write_conv_info(out: &mut Vec<u8>, c: &Conversation) {
    write_conv_info_with(out, c, c.last_msg.as_ref().map(LastMessage::Parsed));
}

/// A conversation's last message as it is rendered: in memory, or as the store keeps it.
#[derive(Clone, Copy)]
pub enum LastMessage<'a> {
    Parsed(&'a Message),
    Stored(&'a str),
}

/// Appends one ConvInfo object with `last` as its last message.
pub fn write_conv_info_with(out: &mut Vec<u8>, c: &Conversation, last: Option<LastMessage<'_>>) {
    write_conv_info_head(out, &c.key);
    member(out, keys::kTIMConvOwner, "");
    member(out, keys::kTIMConvFaceUrl, &c.face_url);
    member(out, keys::kTIMConvUnReadNum, &c.unread);
    member(out, keys::kTIMConvActiveTime, &c.active_time());
    member(out, keys::kTIMConvIsHasLastMsg, &last.is_some());
    match last {
        Some(LastMessage::Parsed(m)) => raw_member(out, keys::kTIMConvLastMsg, |out| write_message(out, m)),
        // The store keeps messages without their default members: read back, then written whole
        // (text that does not read as a message, checked to be an object, goes out as it is).
        Some(LastMessage::Stored(text)) => {
            raw_member(out, keys::kTIMConvLastMsg, |out| match serde_json::from_str::<MessageJson>(text) {
                Ok(m) => write_message(out, &m.into_message(c.key.clone())),
                Err(_) => out.extend_from_slice(text.as_bytes()),
            })
        }
        None => {}
    }
    member(out, keys::kTIMConvIsHasDraft, &c.draft.is_some());
    if let Some(d) = &c.draft {
        raw_member(out, keys::kTIMConvDraft, |out| write_draft(out, d));
    }
    member(out, keys::kTIMConvRecvOpt, &c.recv_opt);
    if c.key.conv_type == ConvType::Group {
        member(out, keys::kTIMConvGroupType, &c.group_type);
    }
    raw_member(out, keys::kTIMConvGroupAtInfoArray, |out| {
        out.push(b'[');
        for (i, a) in c.at_info.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            out.push(b'{');
            member(out, keys::kTIMGroupAtInfoSeq, &a.seq);
            member(out, keys::kTIMGroupAtInfoAtType, &a.at_type);
            out.push(b'}');
        }
        out.push(b']');
    });
    member(out, keys::kTIMConvIsPinned, &c.pinned);
    member(out, keys::kTIMConvShowName, c.display_name());
    member(out, keys::kTIMConvMarkArray, &c.mark_list());
    member(out, keys::kTIMConvCustomData, &c.custom_data);
    member(out, keys::kTIMConvConversationGroupArray, &c.groups);
    member(out, keys::kTIMConvC2CReadTimestamp, &c.c2c_read_timestamp);
    member(out, keys::kTIMConvGroupReadSequence, &c.group_read_sequence);
    out.push(b'}');
}

/// Appends how every ConvInfo object of `key` begins: `{"conv_id":…,"conv_type":…` (the next
/// byte written is the `,` of the next member).
pub fn write_conv_info_head(out: &mut Vec<u8>, key: &ConvKey) {
    out.push(b'{');
    member(out, keys::kTIMConvId, &key.id);
    member(out, keys::kTIMConvType, &key.conv_type.code());
}

/// Whether `text` reads as a stored ConvInfo object of `key`: one JSON object that begins as
/// `write_conv_info_head` writes it. (`head` is scratch space, reused between calls.)
pub fn is_conv_info_of(text: &str, key: &ConvKey, head: &mut Vec<u8>) -> bool {
    head.clear();
    write_conv_info_head(head, key);
    text.as_bytes().starts_with(head)
        && text.as_bytes().get(head.len()) == Some(&b',')
        && super::is_json_object(text)
}

fn write_draft(out: &mut Vec<u8>, d: &Draft) {
    out.push(b'{');
    raw_member(out, keys::kTIMDraftMsg, |out| out.extend_from_slice(d.msg.as_str().as_bytes()));
    member(out, keys::kTIMDraftUserDefine, &d.user_define);
    member(out, keys::kTIMDraftEditTime, &d.edit_time);
    out.push(b'}');
}

/// Appends a JSON array of ConvInfo.
pub fn write_conv_array<'a>(out: &mut Vec<u8>, convs: impl IntoIterator<Item = &'a Conversation>) {
    out.push(b'[');
    for (i, c) in convs.into_iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write_conv_info(out, c);
    }
    out.push(b']');
}

/// The JSON array of a whole-list reply: conversations in memory rendered from the engine,
/// committed ones as stored. When the reply is exactly the stored list, its text is the answer.
pub fn listed_json(engine: &Engine, reply: ListReply) -> String {
    let is_rendered =
        |l: &Listed| matches!(l, Listed::Stored(s) if matches!(s.form, StoredForm::Rendered(_)));
    if reply.items.len() == reply.rendered && reply.items.iter().all(is_rendered) {
        return reply.stored;
    }
    write_listed(engine, &reply)
}

/// The JSON array of a whole-list reply, always written afresh.
pub fn write_listed(engine: &Engine, reply: &ListReply) -> String {
    let ListReply { stored, items, .. } = reply;
    let mut out = Vec::with_capacity(stored.len() + items.len() * 64 + 2);
    out.push(b'[');
    let mut first = true;
    for item in items {
        let (conv, last) = match item {
            Listed::Held(key) => match engine.conversation(key) {
                Some(c) => (c, c.last_msg.as_ref().map(LastMessage::Parsed)),
                None => continue,
            },
            Listed::Stored(s) => match &s.form {
                StoredForm::Rendered(range) => {
                    if !first {
                        out.push(b',');
                    }
                    first = false;
                    out.extend_from_slice(stored[range.clone()].as_bytes());
                    continue;
                }
                StoredForm::Parts { conv, last_msg_json } => {
                    (&**conv, last_msg_json.as_deref().map(LastMessage::Stored))
                }
            },
        };
        if !first {
            out.push(b',');
        }
        first = false;
        write_conv_info_with(&mut out, conv, last);
    }
    out.push(b']');
    into_string(out)
}

/// A Draft object as JSON.
pub fn draft_json(d: &Draft) -> String {
    let mut out = Vec::with_capacity(d.msg.as_str().len() + 64);
    write_draft(&mut out, d);
    into_string(out)
}

/// One ConvInfo object as JSON.
pub fn conv_info_json(c: &Conversation) -> String {
    let mut out = Vec::with_capacity(1024);
    write_conv_info(&mut out, c);
    into_string(out)
}

/// A JSON array of ConvInfo.
pub fn conv_array_json<'a>(convs: impl IntoIterator<Item = &'a Conversation>) -> String {
    let mut out = Vec::with_capacity(4096);
    write_conv_array(&mut out, convs);
    into_string(out)
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
    let mut out = Vec::with_capacity(4096);
    out.push(b'{');
    raw_member(&mut out, keys::TIMConversationListResultConvList, |out| {
        write_conv_array(out, page.keys.iter().filter_map(&lookup))
    });
    member(&mut out, keys::TIMConversationListResultNextSeq, &page.next);
    member(&mut out, keys::TIMConversationListResultIsFinished, &page.finished);
    out.push(b'}');
    into_string(out)
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
