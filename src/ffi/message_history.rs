//! `TIMMessageManager.h`, continued: the message functions that change conversations through
//! history — import, save, read, revoke, delete, clear, read reports.
#![allow(non_snake_case)]

use std::os::raw::{c_char, c_int, c_void};

use super::defs::TIMCommCallback;
use super::ConvTypeArg;
use super::{
    boundary, conv_key_arg, conv_type_arg, json_arg, local_message, opt_c_str, result, submit, try_arg,
};
use super::{json_object_arg, json_objects_arg};
use crate::engine::{Arrival, CleanScope, Command};
use crate::runtime::job::{HistoryRequest, ReadLimit, UpTo};
use crate::runtime::{clock, Request};
use crate::wire::message::MessageJson;
use crate::wire::params::{GetMsgListParam, MsgDeleteParam};
use crate::wire::search::SearchParam;
use crate::wire::{self, Invalid};

/// Most messages one `TIMMsgListDelete` may name.
const MAX_DELETE: usize = 50;
/// Default and largest history page.
const DEFAULT_PAGE: u32 = 20;

/// A message given back by the app (to delete, revoke, page from): its ID is what counts.
fn message_id(value: serde_json::Value, what: &str) -> Result<(String, u64, u64), Invalid> {
    let m: MessageJson = wire::from_object(value, what)?;
    if m.message_msg_id.is_empty() {
        return Err(Invalid::param(format!("{what} has no message_msg_id")));
    }
    Ok((m.message_msg_id, m.message_server_time, m.message_seq))
}

/// Imports history into the conversation (`json_msg_array`: Message objects with
/// `message_elem_array`; sender (the user when absent), times and seqs as given, IDs assigned
/// when absent). Imported
/// messages get status 5 (LocalImported) and never count as unread; the conversation is created
/// (Add) or updated (Update), its last message replaced by a newer one.
/// Callback JSON: the stored messages.
#[no_mangle]
pub extern "C" fn TIMMsgImportMsgList(
    conv_id: *const c_char,
    conv_type: ConvTypeArg,
    json_msg_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes NUL-terminated strings or NULL.
        let key = try_arg!(unsafe { conv_key_arg(conv_id, conv_type) });
        // SAFETY: as above.
        let msgs: Vec<MessageJson> = try_arg!(unsafe { json_objects_arg(json_msg_array, "json_msg_array") });
        let now = clock::now_secs();
        let msgs =
            try_arg!(msgs.into_iter().map(|m| local_message(m, &key, now)).collect::<Result<Vec<_>, _>>());
        submit(Request::Ingest { msgs, arrival: Arrival::Imported }, cb, user_data)
    })
}

/// Saves one locally built message into the conversation (sender as given, or the user when
/// absent); it never counts as unread. Creates (Add) or updates (Update) the conversation.
/// Callback JSON: the stored Message object (as `TIMMsgSendMessage`); a message already stored
/// (same `message_msg_id`, or `message_seq` when it has no ID) is not stored again, and its
/// stored copy is the answer.
#[no_mangle]
pub extern "C" fn TIMMsgSaveMsg(
    conv_id: *const c_char,
    conv_type: ConvTypeArg,
    json_msg_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes NUL-terminated strings or NULL.
        let key = try_arg!(unsafe { conv_key_arg(conv_id, conv_type) });
        // SAFETY: as above.
        let msg: MessageJson = try_arg!(unsafe { json_object_arg(json_msg_param, "json_msg_param") });
        let msg = try_arg!(local_message(msg, &key, clock::now_secs()));
        submit(Request::Ingest { msgs: vec![msg], arrival: Arrival::Saved }, cb, user_data)
    })
}

/// Local history of the conversation (MsgGetMsgListParam): `msg_getmsglist_param_count`
/// messages (0 = 20, at most 100), starting after `msg_getmsglist_param_last_msg` (exclusive)
/// or at `msg_getmsglist_param_last_msg_seq` (inclusive), towards older messages (newest
/// first) or, with `msg_getmsglist_param_is_forward`, newer ones (oldest first). Optional
/// `..._time_begin` / `..._time_period`, `..._message_seq_array` and `..._message_type_array`
/// (messages with an element of those types) narrow it. Reads an index,
/// never the whole conversation. `json_get_msg_param` is required (`{}` for the defaults).
/// Callback JSON: an array of Message.
#[no_mangle]
pub extern "C" fn TIMMsgGetMsgList(
    conv_id: *const c_char,
    conv_type: ConvTypeArg,
    json_get_msg_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes NUL-terminated strings or NULL.
        let key = try_arg!(unsafe { conv_key_arg(conv_id, conv_type) });
        // SAFETY: as above.
        let p: GetMsgListParam =
            try_arg!(unsafe { json_object_arg(json_get_msg_param, "json_get_msg_param") });
        let after_msg = match p.msg_getmsglist_param_last_msg {
            Some(v) if !v.is_null() => Some(try_arg!(message_id(v, "msg_getmsglist_param_last_msg"))),
            _ => None,
        };
        let time_range = (p.msg_getmsglist_param_time_begin != 0 || p.msg_getmsglist_param_time_period != 0)
            .then(|| {
                let end = match p.msg_getmsglist_param_time_period {
                    0 => u64::MAX,
                    period => p.msg_getmsglist_param_time_begin.saturating_add(period),
                };
                (p.msg_getmsglist_param_time_begin, end.min(i64::MAX as u64))
            });
        let count = match p.msg_getmsglist_param_count {
            0 => DEFAULT_PAGE,
            n => n.min(100),
        };
        let query = HistoryRequest {
            after_msg,
            from_seq: (p.msg_getmsglist_param_last_msg_seq != 0)
                .then_some(p.msg_getmsglist_param_last_msg_seq),
            forward: p.msg_getmsglist_param_is_forward,
            count: count as usize,
            time_range,
            seqs: p.msg_getmsglist_param_message_seq_array,
            elem_types: p.msg_getmsglist_param_message_type_array,
        };
        submit(Request::GetMessages { key, query }, cb, user_data)
    })
}

/// Revokes a message (a Message with its `message_msg_id`): the user's own within 2 minutes of
/// sending (6223 after); in groups also others' (as an admin may), in C2C not (7014); 7011 if
/// not stored. Its status becomes 6; if it is the conversation's last message, the
/// conversation reflects it (Update). Revoking a revoked message changes nothing.
/// Callback JSON: "".
#[no_mangle]
pub extern "C" fn TIMMsgRevoke(
    conv_id: *const c_char,
    conv_type: ConvTypeArg,
    json_msg_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes NUL-terminated strings or NULL.
        let key = try_arg!(unsafe { conv_key_arg(conv_id, conv_type) });
        // SAFETY: as above.
        let msg: serde_json::Value = try_arg!(unsafe { json_arg(json_msg_param, "json_msg_param") });
        let (id, _, _) = try_arg!(message_id(msg, "json_msg_param"));
        submit(Request::Revoke { messages: vec![(key, id)], by_other: false }, cb, user_data)
    })
}

/// Deletes one message (MsgDeleteParam: `msg_delete_param_msg`). The last message falls back
/// to the newest remaining one (or `conv_is_has_lastmsg` false) and unread drops if it was
/// unread (Update). 7011 if not stored, 6004 if the conversation does not exist.
/// Callback JSON: "".
#[no_mangle]
pub extern "C" fn TIMMsgDelete(
    conv_id: *const c_char,
    conv_type: ConvTypeArg,
    json_msgdel_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes NUL-terminated strings or NULL.
        let key = try_arg!(unsafe { conv_key_arg(conv_id, conv_type) });
        // SAFETY: as above.
        let p: MsgDeleteParam = try_arg!(unsafe { json_object_arg(json_msgdel_param, "json_msgdel_param") });
        let (id, _, _) = try_arg!(message_id(p.msg_delete_param_msg, "msg_delete_param_msg"));
        submit(Request::DeleteMessages { key, msg_ids: vec![id] }, cb, user_data)
    })
}

/// Deletes up to 50 messages (a JSON array of Message) of the conversation, as `TIMMsgDelete`.
#[no_mangle]
pub extern "C" fn TIMMsgListDelete(
    conv_id: *const c_char,
    conv_type: ConvTypeArg,
    json_msg_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes NUL-terminated strings or NULL.
        let key = try_arg!(unsafe { conv_key_arg(conv_id, conv_type) });
        // SAFETY: as above.
        let msgs: Vec<serde_json::Value> = try_arg!(unsafe { json_arg(json_msg_array, "json_msg_array") });
        if msgs.is_empty() || msgs.len() > MAX_DELETE {
            return result::ERR_PARAM;
        }
        let ids = try_arg!(msgs
            .into_iter()
            .map(|m| message_id(m, "json_msg_array").map(|(id, _, _)| id))
            .collect());
        submit(Request::DeleteMessages { key, msg_ids: ids }, cb, user_data)
    })
}

/// Deletes every message of the conversation; the conversation stays, without a last message
/// and with no unread (Update). Callback JSON: "".
#[no_mangle]
pub extern "C" fn TIMMsgClearHistoryMessage(
    conv_id: *const c_char,
    conv_type: ConvTypeArg,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let key = try_arg!(unsafe { conv_key_arg(conv_id, conv_type) });
        submit(Request::Engine(Command::ClearHistory(key)), cb, user_data)
    })
}

/// Deprecated (use `TIMConvCleanConversationUnreadMessageCount`): marks the conversation read
/// up to the message in `json_msg_param` (NULL or "" = everything). `conv_id` NULL or "" marks
/// every conversation of `conv_type` read. Callback JSON: "".
#[no_mangle]
pub extern "C" fn TIMMsgReportReaded(
    conv_id: *const c_char,
    conv_type: ConvTypeArg,
    json_msg_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        let kind = try_arg!(conv_type_arg(conv_type));
        // SAFETY: the caller passes NUL-terminated strings or NULL.
        let scope = match try_arg!(unsafe { opt_c_str(conv_id, "conv_id") }) {
            None | Some("") => CleanScope::AllOf(kind),
            Some(_) => CleanScope::One(try_arg!(unsafe { conv_key_arg(conv_id, conv_type) })),
        };
        // SAFETY: as above.
        let up_to = match try_arg!(unsafe { opt_c_str(json_msg_param, "json_msg_param") }) {
            None => UpTo::Everything,
            Some(t) if t.trim().is_empty() => UpTo::Everything,
            Some(t) => {
                let v: serde_json::Value = try_arg!(wire::parse(t));
                let m: MessageJson = try_arg!(wire::from_object(v, "json_msg_param"));
                UpTo::Message { seq: m.message_seq, time: m.message_server_time }
            }
        };
        let limit = ReadLimit { c2c: up_to, group: up_to };
        submit(Request::CleanUnread { scope, limit }, cb, user_data)
    })
}

/// Deprecated (use `TIMConvCleanConversationUnreadMessageCount` with ""): marks every
/// conversation read. Callback JSON: "".
#[no_mangle]
pub extern "C" fn TIMMsgMarkAllMessageAsRead(cb: TIMCommCallback, user_data: *const c_void) -> c_int {
    boundary!(result::ERR_PARAM, {
        let limit = ReadLimit { c2c: UpTo::Everything, group: UpTo::Everything };
        submit(Request::CleanUnread { scope: CleanScope::All, limit }, cb, user_data)
    })
}

/// Searches the user's stored messages (MessageSearchParam): up to 5 keywords
/// (`msg_search_param_keyword_array`, matched as case-insensitive substrings of the messages'
/// text, custom data, descriptions and file names, in any script; any of them, or all with
/// `msg_search_param_keyword_list_match_type` 1), element types, senders, one conversation
/// (`..._conv_id` + `..._conv_type`, else all), a time window (`..._search_time_position`,
/// 0 = now, and `..._search_time_period` back from it, 0 = no limit) and a page
/// (`..._page_index`, `..._page_size`; 0 = everything). Revoked messages are left out.
/// Callback JSON: MessageSearchResult. For one conversation: the number of matching messages
/// and one item with the page of them, newest first. For all: the number of conversations with
/// matches and a page of items, most recent first, each with its count and, when that is
/// exactly one, the message.
#[no_mangle]
pub extern "C" fn TIMMsgSearchLocalMessages(
    json_search_message_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let param: SearchParam =
            try_arg!(unsafe { json_object_arg(json_search_message_param, "json_search_message_param") });
        let query = try_arg!(param.into_query(clock::now_secs()));
        submit(Request::Search(query), cb, user_data)
    })
}
