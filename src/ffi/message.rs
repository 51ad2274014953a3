//! `TIMMessageManager.h`: the message functions a conversation list needs.
#![allow(non_snake_case, non_camel_case_types)]

use std::os::raw::{c_char, c_int, c_void};

use super::defs::TIMCommCallback;
use super::json_object_arg;
use super::{boundary, conv_key_arg, json_arg, result, try_arg, ConvTypeArg, RecvOptArg};
use crate::engine::{codes, ids, message::status, Command, ConvKey, InfoPatch, Message};
use crate::runtime::{self, clock, listeners, Completion, Request};
use crate::wire::message::{body_len, check_elems, MessageJson, MAX_BODY_BYTES};
use crate::wire::Invalid;

/// Message element types (`elem_type`).
#[repr(C)]
pub enum TIMElemType {
    /// Text (`text_elem_content`).
    kTIMElem_Text = 0,
    /// Image.
    kTIMElem_Image = 1,
    /// Voice.
    kTIMElem_Sound = 2,
    /// Custom data.
    kTIMElem_Custom = 3,
    /// File.
    kTIMElem_File = 4,
    /// Group tips (system notice in a group).
    kTIMElem_GroupTips = 5,
    /// Emoji.
    kTIMElem_Face = 6,
    /// Location.
    kTIMElem_Location = 7,
    /// Group system notification.
    kTIMElem_GroupReport = 8,
    /// Video.
    kTIMElem_Video = 9,
    /// Relationship change notice.
    kTIMElem_FriendChange = 10,
    /// Profile change notice.
    kTIMElem_ProfileChange = 11,
    /// Forwarded (merged) messages.
    kTIMElem_Merge = 12,
    /// Unknown element.
    kTIMElem_Invalid = -1,
}

/// Message status (`message_status`).
#[repr(C)]
pub enum TIMMsgStatus {
    /// Being sent.
    kTIMMsg_Sending = 1,
    /// Sent.
    kTIMMsg_SendSucc = 2,
    /// Sending failed.
    kTIMMsg_SendFail = 3,
    /// Deleted.
    kTIMMsg_Deleted = 4,
    /// Imported locally (`TIMMsgImportMsgList`).
    kTIMMsg_LocalImported = 5,
    /// Revoked.
    kTIMMsg_Revoked = 6,
    /// Cancelled.
    kTIMMsg_Cancel = 7,
}

/// Message priority (`message_priority`); larger is lower.
#[repr(C)]
pub enum TIMMsgPriority {
    /// High.
    kTIMMsgPriority_High = 0,
    /// Normal.
    kTIMMsgPriority_Normal = 1,
    /// Low.
    kTIMMsgPriority_Low = 2,
    /// Lowest.
    kTIMMsgPriority_Lowest = 3,
}

/// New-message listener: `json_msg_array` (a JSON array of Message) is valid only during the call.
pub type TIMRecvNewMsgCallback =
    Option<unsafe extern "C" fn(json_msg_array: *const c_char, user_data: *const c_void)>;

/// Sends a message to the conversation (bare `conv_id` + `conv_type`). `json_msg_param` is a
/// Message with a non-empty `message_elem_array` (no group tips / group report elements).
/// Without a homeserver the message completes locally with seq, server time, `message_msg_id`,
/// `message_unique_id` and status 2 (sent). With one, it is stored as sending (status 1) and
/// the callback runs once the server answered: the message then carries the server's event ID
/// as `message_msg_id` and its server time; if the server cannot be reached within seconds it
/// fails with a network code (9508, 9520) and stays in the history with status 3. The first
/// message to a user without a direct chat creates one. `message_id_buffer`, if not NULL (at
/// least 128 bytes), receives the NUL-terminated ID the message has until the server answers
/// (its ID for good without a homeserver) before this function returns.
/// Creates (Add) or updates (Update) the conversation; own messages never add unread.
/// Callback JSON: the sent Message; 8001 if the body exceeds 12 KB.
#[no_mangle]
pub extern "C" fn TIMMsgSendMessage(
    conv_id: *const c_char,
    conv_type: ConvTypeArg,
    json_msg_param: *const c_char,
    message_id_buffer: *mut c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes NUL-terminated strings or NULL.
        let key = try_arg!(unsafe { conv_key_arg(conv_id, conv_type) });
        // SAFETY: as above.
        let json: MessageJson = try_arg!(unsafe { json_object_arg(json_msg_param, "json_msg_param") });
        let (request, msg_id) = try_arg!(send_request(key, json));
        if !message_id_buffer.is_null() {
            // SAFETY: the caller provides at least 128 bytes; IDs are under 64.
            unsafe {
                std::ptr::copy_nonoverlapping(msg_id.as_ptr(), message_id_buffer.cast::<u8>(), msg_id.len());
                *message_id_buffer.add(msg_id.len()) = 0;
            }
        }
        runtime::submit(request, Completion::new(cb, user_data))
    })
}

/// What sending `json` to `key` submits (the send, or the 8001 failure of an over-long body),
/// and the message ID it gets.
pub(crate) fn send_request(key: ConvKey, json: MessageJson) -> Result<(Request, String), Invalid> {
    check_elems(&json.rest, true)?;
    if body_len(&json.rest) > MAX_BODY_BYTES {
        let desc = "message body exceeds 12 KB".to_owned();
        return Ok((Request::Fail { code: codes::ERR_SDK_MSG_BODY_SIZE_LIMIT, desc }, String::new()));
    }
    let msg = outgoing(key, json, clock::now_secs());
    let id = msg.msg_id.clone();
    Ok((Request::Engine(Command::Send(msg)), id))
}

/// An own message as sending completes it locally: new IDs, status sent, no seq or server
/// time yet (the engine assigns them), client time now unless given.
pub(crate) fn outgoing(key: ConvKey, mut json: MessageJson, now: u64) -> Message {
    let (unique_id, msg_id, rand) = clock::new_message_ids(now);
    json.message_msg_id = msg_id;
    json.message_unique_id = unique_id;
    json.message_rand = rand;
    json.message_status = status::SEND_SUCC;
    json.message_seq = 0;
    json.message_server_time = 0;
    json.message_is_online_msg = false;
    if json.message_client_time == 0 {
        json.message_client_time = now;
    }
    json.into_message(key)
}

/// Adds a new-message listener (several may be registered; the same function is kept once).
/// Called with each batch of messages pushed to the logged-in user. Works in any state.
#[no_mangle]
pub extern "C" fn TIMAddRecvNewMsgCallback(cb: TIMRecvNewMsgCallback, user_data: *const c_void) {
    boundary!((), {
        if let Some(f) = cb {
            listeners::add_recv_new_msg(f, user_data);
        }
    })
}

/// Removes the new-message listener registered with the same function pointer.
#[no_mangle]
pub extern "C" fn TIMRemoveRecvNewMsgCallback(cb: TIMRecvNewMsgCallback) {
    boundary!((), {
        if let Some(f) = cb {
            listeners::remove_recv_new_msg(f);
        }
    })
}

/// Revoke listener: `json_msg_revoke_info_array` is a JSON array of MsgLocator
/// (`message_locator_*`) for messages revoked by others; valid only during the call.
pub type TIMMsgRevokeCallback =
    Option<unsafe extern "C" fn(json_msg_revoke_info_array: *const c_char, user_data: *const c_void)>;
/// Read-receipt listener: a JSON array of MessageReceipt; valid only during the call.
pub type TIMMsgReadedReceiptCallback =
    Option<unsafe extern "C" fn(json_msg_read_receipt_array: *const c_char, user_data: *const c_void)>;
/// Message-update listener: a JSON array of Message; valid only during the call.
pub type TIMMsgUpdateCallback =
    Option<unsafe extern "C" fn(json_msg_array: *const c_char, user_data: *const c_void)>;

/// Most users one `TIMMsgSetC2CReceiveMessageOpt` may name.
const MAX_RECV_OPT_USERS: usize = 30;

fn recv_opt_arg(opt: RecvOptArg) -> Result<u32, Invalid> {
    u32::try_from(opt)
        .ok()
        .filter(|o| *o <= 4)
        .ok_or_else(|| Invalid::param("opt is not a TIMReceiveMessageOpt"))
}

/// A JSON array of user IDs.
///
/// # Safety
/// As `c_str`.
unsafe fn user_ids_arg(ptr: *const c_char) -> Result<Vec<String>, Invalid> {
    // SAFETY: forwarded contract.
    let ids: Vec<String> = unsafe { json_arg(ptr, "json_identifier_array") }?;
    if ids.iter().any(|id| !ids::is_valid_id(id, ids::MAX_USER_ID_LEN)) {
        return Err(Invalid::param("json_identifier_array holds an invalid user ID"));
    }
    Ok(ids)
}

/// Sets the user's receive option for C2C conversations with these users (a JSON array of at
/// most 30 user IDs; conversations need not exist yet). `conv_recv_opt` follows; Not_Receive,
/// Not_Notify and Not_Notify_Except_At conversations leave the unread totals (listeners fire
/// when a total changes); Not_Receive drops their incoming messages (Not_Receive_Except_At
/// keeps messages that @-mention the user). Callback JSON: "".
#[no_mangle]
pub extern "C" fn TIMMsgSetC2CReceiveMessageOpt(
    json_identifier_array: *const c_char,
    opt: RecvOptArg,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let users = try_arg!(unsafe { user_ids_arg(json_identifier_array) });
        let opt = try_arg!(recv_opt_arg(opt));
        if users.is_empty() || users.len() > MAX_RECV_OPT_USERS {
            return result::ERR_PARAM;
        }
        let patches = users
            .into_iter()
            .map(|u| (ConvKey::c2c(u), InfoPatch { recv_opt: Some(opt), ..InfoPatch::default() }))
            .collect();
        runtime::submit(Request::Engine(Command::UpdateInfo(patches)), Completion::new(cb, user_data))
    })
}

/// The user's receive option for C2C conversations with these users.
/// Callback JSON: an array of `{"msg_recv_msg_opt_result_identifier", "msg_recv_msg_opt_result_opt"}`.
#[no_mangle]
pub extern "C" fn TIMMsgGetC2CReceiveMessageOpt(
    json_identifier_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let users = try_arg!(unsafe { user_ids_arg(json_identifier_array) });
        runtime::submit(Request::Engine(Command::GetRecvOpts(users)), Completion::new(cb, user_data))
    })
}

/// Sets the user's receive option for the group conversation `group_id` (as the C2C form).
/// Callback JSON: "".
#[no_mangle]
pub extern "C" fn TIMMsgSetGroupReceiveMessageOpt(
    group_id: *const c_char,
    opt: RecvOptArg,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let key = try_arg!(unsafe { conv_key_arg(group_id, 2) });
        let opt = try_arg!(recv_opt_arg(opt));
        let patch = InfoPatch { recv_opt: Some(opt), ..InfoPatch::default() };
        runtime::submit(
            Request::Engine(Command::UpdateInfo(vec![(key, patch)])),
            Completion::new(cb, user_data),
        )
    })
}

/// Registers the revoke listener (NULL unregisters). Works in any state.
#[no_mangle]
pub extern "C" fn TIMSetMsgRevokeCallback(cb: TIMMsgRevokeCallback, user_data: *const c_void) {
    boundary!((), { listeners::set_revoked(cb, user_data) })
}

/// Registers the read-receipt listener (NULL unregisters). Works in any state.
#[no_mangle]
pub extern "C" fn TIMSetMsgReadedReceiptCallback(cb: TIMMsgReadedReceiptCallback, user_data: *const c_void) {
    boundary!((), { listeners::set_read_receipts(cb, user_data) })
}

/// Registers the message-update listener (NULL unregisters); it receives messages changed by
/// the server (`TIMExtUpdateMessages`). Works in any state.
#[no_mangle]
pub extern "C" fn TIMSetMsgUpdateCallback(cb: TIMMsgUpdateCallback, user_data: *const c_void) {
    boundary!((), { listeners::set_msg_update(cb, user_data) })
}
