//! `TIMExtension.h`: what a server would push, fed in by the app's own backend layer or tests.
#![allow(non_snake_case)]

use std::os::raw::{c_char, c_int, c_void};

use super::defs::TIMCommCallback;
use super::{boundary, json_arg, result, try_arg};
use crate::engine::{ids, message::status, Command, Message};
use crate::runtime::{self, clock, Completion, Request};
use crate::wire::message::{check_elems, MessageJson};
use crate::wire::Invalid;

/// Delivers messages pushed by the server to the logged-in user, exactly as the SDK handles a
/// push: conversations are created (Add) or updated (Update); unread grows by one per message
/// not from the user, not online-only and not `message_is_excluded_from_unread_count`; the last
/// message is replaced unless `message_excluded_from_last_message`; the new-message listeners
/// get the array. Online-only messages (`message_is_online_msg`) reach the listeners only.
///
/// `json_msg_array` is a JSON array of Message, each with `message_conv_id` (bare),
/// `message_conv_type` (1 or 2), `message_sender` and `message_elem_array`; seq, server time and
/// IDs are assigned when absent. Nothing is applied if any message is invalid (`TIM_ERR_PARAM`).
/// Callback JSON: the stored messages.
#[no_mangle]
pub extern "C" fn TIMExtReceiveMessages(
    json_msg_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let msgs: Vec<MessageJson> = try_arg!(unsafe { json_arg(json_msg_array, "json_msg_array") });
        let now = clock::now_secs();
        let msgs = try_arg!(msgs.into_iter().map(|m| pushed_message(m, now)).collect::<Result<Vec<_>, _>>());
        runtime::submit(Request::Engine(Command::Receive(msgs)), Completion::new(cb, user_data));
        result::SUCC
    })
}

/// Validates one pushed message and fills in the IDs a server assigns.
fn pushed_message(mut m: MessageJson, now: u64) -> Result<Message, Invalid> {
    let key = m.conv_key()?;
    if !ids::is_valid_id(&m.message_sender, ids::MAX_USER_ID_LEN) {
        return Err(Invalid::param("message_sender must be a valid user ID"));
    }
    check_elems(&m.rest, false)?;
    if m.message_msg_id.is_empty() || m.message_unique_id == 0 {
        let (unique_id, msg_id, rand) =
            clock::new_message_ids(if m.message_server_time == 0 { now } else { m.message_server_time });
        if m.message_msg_id.is_empty() {
            m.message_msg_id = msg_id;
        }
        if m.message_unique_id == 0 {
            m.message_unique_id = unique_id;
        }
        if m.message_rand == 0 {
            m.message_rand = rand;
        }
    }
    if m.message_status == 0 {
        m.message_status = status::SEND_SUCC;
    }
    Ok(m.into_message(key))
}
