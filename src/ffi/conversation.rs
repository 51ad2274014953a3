//! `TIMConversationManager.h`: the conversation list.
#![allow(non_snake_case, non_camel_case_types)]

use std::os::raw::{c_char, c_int, c_void};

use super::defs::TIMCommCallback;
use super::{boundary, c_str, conv_key_arg, conv_refs_arg, conv_type_arg, filter_arg};
use super::{
    clean_scope_arg, read_limit, result, submit as submit_request, submit_initialized, submit_sync, try_arg,
};
use super::{json_object_arg, json_objects_arg};
use super::{CBool, ConvEventArg, ConvTypeArg};
use crate::engine::{ids, Command, ConvKey, MAX_CUSTOM_DATA_BYTES};
use crate::runtime::{clock, listeners, Request};
use crate::wire::conversation::{DraftParam, GetConversationListParam};
use crate::wire::message::{body_len, check_elems, MAX_BODY_BYTES};
use crate::wire::Invalid;

/// Conversation event kinds (`TIMSetConvEventCallback`).
#[repr(C)]
pub enum TIMConvEvent {
    /// New conversations; `json_conv_array` is a JSON array of ConvInfo.
    kTIMConvEvent_Add = 0,
    /// Deleted conversations; a JSON array of ConvInfo as they were.
    kTIMConvEvent_Del = 1,
    /// Changed conversations; a JSON array of ConvInfo.
    kTIMConvEvent_Update = 2,
    /// Sync started (after login); `json_conv_array` is "".
    kTIMConvEvent_Start = 3,
    /// Sync finished (after login); `json_conv_array` is "".
    kTIMConvEvent_Finish = 4,
}

/// Conversation mark bits (`conv_mark_array`). Apps may use `1ULL << n` for 32 <= n < 64.
#[repr(C)]
pub enum TIMConversationMarkType {
    /// Starred.
    kTIMConversationMarkTypeStar = 0x1,
    /// Marked unread (the unread count itself is unchanged).
    kTIMConversationMarkTypeUnread = 0x2,
    /// Folded.
    kTIMConversationMarkTypeFold = 0x4,
    /// Hidden.
    kTIMConversationMarkTypeHide = 0x8,
}

/// Kind of @ in `conv_group_at_info_array`.
#[repr(C)]
pub enum TIMGroupAtType {
    /// A message @-mentions the user.
    kTIMGroup_At_Me = 1,
    /// A message @-mentions everyone.
    kTIMGroup_At_All = 2,
    /// A message @-mentions everyone and the user.
    kTIMGroup_At_All_At_ME = 3,
}

/// Conversation event listener: `json_conv_array` is valid only during the call.
pub type TIMConvEventCallback = Option<
    unsafe extern "C" fn(conv_event: ConvEventArg, json_conv_array: *const c_char, user_data: *const c_void),
>;

/// Total-unread listener: called with the new total when it changes, once the app has called
/// `TIMConvGetTotalUnreadMessageCount`.
pub type TIMConvTotalUnreadMessageCountChangedCallback =
    Option<unsafe extern "C" fn(total_unread_count: c_int, user_data: *const c_void)>;

/// Submits a conversation command reported through `cb`.
pub(super) fn submit(cmd: Command, cb: TIMCommCallback, user_data: *const c_void) -> c_int {
    submit_request(Request::Engine(cmd), cb, user_data)
}

/// Creates the conversation if it does not exist (deprecated in the SDK: conversations appear
/// by themselves when messages arrive). A new conversation fires Add; it is not listed by
/// `TIMConvGetConvList` until it has a message, a draft or a pin.
/// Callback JSON: the ConvInfo object.
#[no_mangle]
pub extern "C" fn TIMConvCreate(
    conv_id: *const c_char,
    conv_type: ConvTypeArg,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let key = try_arg!(unsafe { conv_key_arg(conv_id, conv_type) });
        submit(Command::Create(key), cb, user_data)
    })
}

/// Deletes the conversation and its messages; fires Del. A later message recreates it fresh.
/// Callback: 0 and "", or 6004 if the conversation does not exist.
#[no_mangle]
pub extern "C" fn TIMConvDelete(
    conv_id: *const c_char,
    conv_type: ConvTypeArg,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: as TIMConvCreate.
        let key = try_arg!(unsafe { conv_key_arg(conv_id, conv_type) });
        submit(Command::Delete(key), cb, user_data)
    })
}

/// All listed conversations, pinned first, then most recently active first.
/// Callback JSON: an array of ConvInfo.
#[no_mangle]
pub extern "C" fn TIMConvGetConvList(cb: TIMCommCallback, user_data: *const c_void) -> c_int {
    boundary!(result::ERR_PARAM, { submit(Command::GetList, cb, user_data) })
}

/// ConvInfo of the named conversations. `json_get_conv_list_param` is an array of
/// GetConversationListParam (`get_conversation_list_param_conv_id` bare,
/// `get_conversation_list_param_conv_type`). Unknown conversations are left out of the result.
#[no_mangle]
pub extern "C" fn TIMConvGetConvInfo(
    json_get_conv_list_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let params: Vec<GetConversationListParam> =
            try_arg!(unsafe { json_objects_arg(json_get_conv_list_param, "json_get_conv_list_param") });
        let keys = try_arg!(params.into_iter().map(|p| param_key(&p)).collect::<Result<Vec<_>, _>>());
        submit(Command::GetInfo(keys), cb, user_data)
    })
}

fn param_key(p: &GetConversationListParam) -> Result<ConvKey, Invalid> {
    let conv_type = i32::try_from(p.get_conversation_list_param_conv_type)
        .map_err(|_| Invalid::param("get_conversation_list_param_conv_type is out of range"))
        .and_then(conv_type_arg)?;
    let id = &p.get_conversation_list_param_conv_id;
    if !ids::is_valid_id(id, conv_type.max_id_len()) {
        return Err(Invalid::param(
            "get_conversation_list_param_conv_id is empty, too long or has control characters",
        ));
    }
    Ok(ConvKey::new(conv_type, id.clone()))
}

/// Sets the conversation's draft (a Draft object: `draft_msg` with a non-empty
/// `message_elem_array`, optional `draft_user_define`, `draft_edit_time`; body at most 12 KB).
/// Creates the conversation if needed and moves it to the top; fires Add or Update.
/// Synchronous: no callback; the change is applied in order with other calls. A NULL
/// `json_draft_param` is `TIM_ERR_JSON` (as the SDK answers).
#[no_mangle]
pub extern "C" fn TIMConvSetDraft(
    conv_id: *const c_char,
    conv_type: ConvTypeArg,
    json_draft_param: *const c_char,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes NUL-terminated strings or NULL.
        let key = try_arg!(unsafe { conv_key_arg(conv_id, conv_type) });
        // SAFETY: as above.
        if json_draft_param.is_null() {
            return result::ERR_JSON; // what the SDK answers for a missing draft
        }
        // SAFETY: as above.
        let param: DraftParam = try_arg!(unsafe { json_object_arg(json_draft_param, "json_draft_param") });
        try_arg!(check_elems(&param.draft_msg, false));
        if body_len(&param.draft_msg) > MAX_BODY_BYTES || param.draft_user_define.len() > MAX_BODY_BYTES {
            return result::ERR_PARAM;
        }
        let edit_time = if param.draft_edit_time == 0 { clock::now_secs() } else { param.draft_edit_time };
        let draft = param.into_draft(edit_time);
        submit_sync(Request::Engine(Command::SetDraft(key, draft)))
    })
}

/// Removes the conversation's draft (Update if it had one). Synchronous: no callback.
#[no_mangle]
pub extern "C" fn TIMConvCancelDraft(conv_id: *const c_char, conv_type: ConvTypeArg) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let key = try_arg!(unsafe { conv_key_arg(conv_id, conv_type) });
        submit_sync(Request::Engine(Command::CancelDraft(key)))
    })
}

/// Pins (moves above all unpinned conversations; `conv_active_time` gains bit 52) or unpins.
/// Callback: 0 and "", or 6004 if the conversation does not exist. Fires Update on a change.
#[no_mangle]
pub extern "C" fn TIMConvPinConversation(
    conv_id: *const c_char,
    conv_type: ConvTypeArg,
    is_pinned: CBool,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let key = try_arg!(unsafe { conv_key_arg(conv_id, conv_type) });
        submit(Command::Pin(key, is_pinned != 0), cb, user_data)
    })
}

/// Total unread over all conversations except muted ones (receive option Not_Receive,
/// Not_Notify, Not_Notify_Except_At) and AVChatRooms. Callback JSON:
/// `{"conv_get_total_unread_message_count_result_unread_count": n}`. The first call arms the
/// total-unread-changed listener.
#[no_mangle]
pub extern "C" fn TIMConvGetTotalUnreadMessageCount(cb: TIMCommCallback, user_data: *const c_void) -> c_int {
    boundary!(result::ERR_PARAM, { submit(Command::GetTotalUnread, cb, user_data) })
}

/// Registers the conversation event listener (NULL unregisters). Works in any state.
#[no_mangle]
pub extern "C" fn TIMSetConvEventCallback(cb: TIMConvEventCallback, user_data: *const c_void) {
    boundary!((), { listeners::set_conv_event(cb, user_data) })
}

/// Registers the total-unread-changed listener (NULL unregisters). Works in any state.
#[no_mangle]
pub extern "C" fn TIMSetConvTotalUnreadMessageCountChangedCallback(
    cb: TIMConvTotalUnreadMessageCountChangedCallback,
    user_data: *const c_void,
) {
    boundary!((), { listeners::set_total_unread(cb, user_data) })
}

/// Unread-by-filter listener: `filter` is the filter JSON as subscribed; valid only during the call.
pub type TIMConvTotalUnreadMessageCountChangedByFilterCallback =
    Option<unsafe extern "C" fn(filter: *const c_char, total_unread_count: c_int, user_data: *const c_void)>;

/// Default page size of `TIMConvGetConversationListByFilter` when `count` is 0.
const DEFAULT_PAGE_SIZE: u32 = 100;

/// One page of the conversation list passing `filter` (a TIMConversationListFilter; absent keys
/// do not filter, `conversation_list_filter_conversation_group` "" = in no group,
/// `conversation_list_filter_mark_type` 0 = no mark; the 6.5-era keys are accepted).
/// `next_seq` is 0 for the first page, then the previous result's
/// `conversation_list_result_next_seq`; `count` is the page size (0 = 100). Pages walked while
/// conversations change neither skip nor repeat a conversation that did not move.
/// Callback JSON: a TIMConversationListResult.
#[no_mangle]
pub extern "C" fn TIMConvGetConversationListByFilter(
    filter: *const c_char,
    next_seq: u64,
    count: u32,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let (filter, _, json) = try_arg!(unsafe { filter_arg(filter) });
        let cursor =
            if next_seq != 0 { next_seq } else { json.conversation_list_filter_next_seq.unwrap_or(0) };
        let count = [count, json.conversation_list_filter_count.unwrap_or(0), DEFAULT_PAGE_SIZE]
            .into_iter()
            .find(|c| *c != 0)
            .unwrap_or(DEFAULT_PAGE_SIZE);
        submit(Command::GetPage { filter, cursor, count: count as usize }, cb, user_data)
    })
}

/// Deletes conversations named in `conversation_id_array` (JSON array of `c2c_…` / `group_…`
/// IDs, at most 100: else 51006). With `clear_message` their messages are deleted too; without,
/// they are kept and a conversation that comes back later shows its old history. Fires Del.
/// Callback JSON: an array of TIMConversationOperationResult (unknown IDs get 6004, malformed
/// ones 6017; the others are still deleted).
#[no_mangle]
pub extern "C" fn TIMConvDeleteConversationList(
    conversation_id_array: *const c_char,
    clear_message: CBool,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let convs = try_arg!(unsafe { conv_refs_arg(conversation_id_array) });
        submit(Command::DeleteList { convs, clear_messages: clear_message != 0 }, cb, user_data)
    })
}

/// Sets `conv_custom_data` (at most 256 bytes; "" clears) on each conversation in
/// `conversation_id_array` (at most 100). Fires Update for each change.
/// Callback JSON: an array of TIMConversationOperationResult.
#[no_mangle]
pub extern "C" fn TIMConvSetConversationCustomData(
    conversation_id_array: *const c_char,
    custom_data: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes NUL-terminated strings or NULL.
        let convs = try_arg!(unsafe { conv_refs_arg(conversation_id_array) });
        // SAFETY: as above.
        let data = try_arg!(unsafe { c_str(custom_data, "custom_data") });
        if data.len() > MAX_CUSTOM_DATA_BYTES {
            return result::ERR_PARAM;
        }
        submit(Command::SetCustomData { convs, data: data.to_owned() }, cb, user_data)
    })
}

/// Mark bits an app may set: the four built-in marks and `1ULL << n` for 32 <= n < 64.
const VALID_MARKS: u64 = 0xf | (u32::MAX as u64) << 32;

/// Sets (`enable_mark`) or clears the bits of `mark_type` on each conversation in
/// `conversation_id_array` (at most 100). `mark_type` must be non-zero and use only the
/// built-in marks and bits 32..63. Fires Update for each change.
/// Callback JSON: an array of TIMConversationOperationResult.
#[no_mangle]
pub extern "C" fn TIMConvMarkConversation(
    conversation_id_array: *const c_char,
    mark_type: u64,
    enable_mark: CBool,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let convs = try_arg!(unsafe { conv_refs_arg(conversation_id_array) });
        if mark_type == 0 || mark_type & !VALID_MARKS != 0 {
            return result::ERR_PARAM;
        }
        submit(Command::Mark { convs, bits: mark_type, enable: enable_mark != 0 }, cb, user_data)
    })
}

/// Total unread of the conversations passing `filter` (muted ones excluded, as for the total).
/// Callback JSON: `{"conv_get_total_unread_message_count_result_unread_count": n}`.
#[no_mangle]
pub extern "C" fn TIMConvGetUnreadMessageCountByFilter(
    filter: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let (filter, _, _) = try_arg!(unsafe { filter_arg(filter) });
        submit(Command::GetUnreadByFilter(filter), cb, user_data)
    })
}

/// Subscribes to the unread total under `filter`: the by-filter listener is called with this
/// filter JSON whenever that total changes. Subscriptions are told apart by conversation type,
/// mark and conversation group (subscribing the same again replaces it); they last until
/// unsubscribed or `TIMUninit`, across logins. Synchronous; needs `TIMInit`.
#[no_mangle]
pub extern "C" fn TIMConvSubscribeUnreadMessageCountByFilter(filter: *const c_char) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let (filter, json, _) = try_arg!(unsafe { filter_arg(filter) });
        submit_initialized(Request::Subscribe { json, filter })
    })
}

/// Removes the subscription with the same conversation type, mark and conversation group.
/// Synchronous; needs `TIMInit`.
#[no_mangle]
pub extern "C" fn TIMConvUnsubscribeUnreadMessageCountByFilter(filter: *const c_char) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let (filter, _, _) = try_arg!(unsafe { filter_arg(filter) });
        submit_initialized(Request::Unsubscribe { filter })
    })
}

/// Marks messages read. `conversation_id`: `c2c_<userID>` / `group_<groupID>` for one
/// conversation (6004 if unknown), `"c2c"` for all C2C, `"group"` for all groups, `""` or NULL
/// for all. C2C conversations are read up to `clean_timestamp` (seconds), groups up to
/// `clean_sequence`; 0 means everything. Sets `conv_c2c_read_timestamp` /
/// `conv_group_read_sequence`, clears @ info that was read, and fires Update with the new
/// counts (and the unread listeners if totals change). Callback JSON: "".
#[no_mangle]
pub extern "C" fn TIMConvCleanConversationUnreadMessageCount(
    conversation_id: *const c_char,
    clean_timestamp: u64,
    clean_sequence: u64,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let scope = try_arg!(unsafe { clean_scope_arg(conversation_id) });
        let limit = read_limit(clean_timestamp, clean_sequence);
        submit_request(Request::CleanUnread { scope, limit }, cb, user_data)
    })
}

/// Registers the unread-by-filter listener (NULL unregisters). Works in any state.
#[no_mangle]
pub extern "C" fn TIMSetConvUnreadMessageCountChangedByFilterCallback(
    cb: TIMConvTotalUnreadMessageCountChangedByFilterCallback,
    user_data: *const c_void,
) {
    boundary!((), { listeners::set_filter_unread(cb, user_data) })
}
