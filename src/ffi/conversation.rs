//! `TIMConversationManager.h`: the conversation list.
#![allow(non_snake_case, non_camel_case_types)]

use std::os::raw::{c_char, c_int, c_void};

use super::defs::TIMCommCallback;
use super::{boundary, conv_key_arg, conv_type_arg, json_arg, result, submit_sync, try_arg};
use super::{CBool, ConvEventArg, ConvTypeArg};
use crate::engine::{ids, Command, ConvKey};
use crate::runtime::{self, clock, listeners, Completion, Request};
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
    kTIMConversationMarkTypeStar = 0x1,
    kTIMConversationMarkTypeUnread = 0x2,
    kTIMConversationMarkTypeFold = 0x4,
    kTIMConversationMarkTypeHide = 0x8,
}

/// Kind of @ in `conv_group_at_info_array`.
#[repr(C)]
pub enum TIMGroupAtType {
    kTIMGroup_At_Me = 1,
    kTIMGroup_At_All = 2,
    kTIMGroup_At_All_At_ME = 3,
}

/// Conversation event listener: `json_conv_array` is valid only during the call.
pub type TIMConvEventCallback = Option<
    unsafe extern "C" fn(
        conv_event: ConvEventArg,
        json_conv_array: *const c_char,
        user_data: *const c_void,
    ),
>;

/// Total-unread listener: called with the new total when it changes, once the app has called
/// `TIMConvGetTotalUnreadMessageCount`.
pub type TIMConvTotalUnreadMessageCountChangedCallback =
    Option<unsafe extern "C" fn(total_unread_count: c_int, user_data: *const c_void)>;

/// Submits a conversation command reported through `cb`.
fn submit(cmd: Command, cb: TIMCommCallback, user_data: *const c_void) -> c_int {
    runtime::submit(Request::Engine(cmd), Completion::new(cb, user_data));
    result::SUCC
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
    boundary!(result::ERR_PARAM, {
        submit(Command::GetList, cb, user_data)
    })
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
            try_arg!(unsafe { json_arg(json_get_conv_list_param, "json_get_conv_list_param") });
        let keys = try_arg!(params
            .into_iter()
            .map(|p| param_key(&p))
            .collect::<Result<Vec<_>, _>>());
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
/// Synchronous: no callback; the change is applied in order with other calls.
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
        let param: DraftParam = try_arg!(unsafe { json_arg(json_draft_param, "json_draft_param") });
        try_arg!(check_elems(&param.draft_msg, false));
        if body_len(&param.draft_msg) > MAX_BODY_BYTES
            || param.draft_user_define.len() > MAX_BODY_BYTES
        {
            return result::ERR_PARAM;
        }
        let edit_time = if param.draft_edit_time == 0 {
            clock::now_secs()
        } else {
            param.draft_edit_time
        };
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

/// Pins (moves above all unpinned conversations; `conv_active_time` gains bit 62) or unpins.
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
pub extern "C" fn TIMConvGetTotalUnreadMessageCount(
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        submit(Command::GetTotalUnread, cb, user_data)
    })
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
