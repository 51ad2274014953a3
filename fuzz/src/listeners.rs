//! Listeners for every event the library fires; each checks that what it is given is readable
//! and, where the header says JSON, well-formed JSON.

use std::os::raw::{c_char, c_int, c_void};

use timconv::ffi::conversation::*;
use timconv::ffi::conversation_group::*;
use timconv::ffi::message::*;

use crate::ledger::{arg_text, check_json};

/// # Safety
/// Called by the library with a valid string or NULL.
unsafe fn json_arg(ptr: *const c_char, what: &str) {
    // SAFETY: forwarded.
    check_json(&unsafe { arg_text(ptr, what) }, what);
}

unsafe extern "C" fn conv_event(_event: c_int, json: *const c_char, _: *const c_void) {
    // SAFETY: library-provided arguments.
    unsafe { json_arg(json, "conversation event") }
}

unsafe extern "C" fn total_unread(_total: c_int, _: *const c_void) {}

unsafe extern "C" fn filter_unread(filter: *const c_char, _total: c_int, _: *const c_void) {
    // SAFETY: library-provided arguments.
    unsafe { json_arg(filter, "unread-by-filter filter") }
}

unsafe extern "C" fn json_only(json: *const c_char, _: *const c_void) {
    // SAFETY: library-provided arguments.
    unsafe { json_arg(json, "listener JSON") }
}

unsafe extern "C" fn group_convs(name: *const c_char, convs: *const c_char, _: *const c_void) {
    // SAFETY: library-provided arguments.
    unsafe {
        arg_text(name, "group name");
        json_arg(convs, "group conversation array");
    }
}

unsafe extern "C" fn group_deleted(name: *const c_char, _: *const c_void) {
    // SAFETY: library-provided arguments.
    unsafe { arg_text(name, "group name") };
}

unsafe extern "C" fn group_renamed(old: *const c_char, new: *const c_char, _: *const c_void) {
    // SAFETY: library-provided arguments.
    unsafe {
        arg_text(old, "old group name");
        arg_text(new, "new group name");
    }
}

unsafe extern "C" fn group_removed(
    name: *const c_char,
    convs: *const c_char,
    _reason: u32,
    _: *const c_void,
) {
    // SAFETY: library-provided arguments.
    unsafe { group_convs(name, convs, std::ptr::null()) }
}

/// Registers every listener (they survive `TIMUninit`; registering again replaces them).
pub fn register_all() {
    let ud = std::ptr::null();
    TIMSetConvEventCallback(Some(conv_event), ud);
    TIMSetConvTotalUnreadMessageCountChangedCallback(Some(total_unread), ud);
    TIMSetConvUnreadMessageCountChangedByFilterCallback(Some(filter_unread), ud);
    TIMAddRecvNewMsgCallback(Some(json_only), ud);
    TIMSetMsgRevokeCallback(Some(json_only), ud);
    TIMSetMsgReadedReceiptCallback(Some(json_only), ud);
    TIMSetMsgUpdateCallback(Some(json_only), ud);
    TIMSetConvConversationGroupCreatedCallback(Some(group_convs), ud);
    TIMSetConvConversationGroupDeletedCallback(Some(group_deleted), ud);
    TIMSetConvConversationGroupNameChangedCallback(Some(group_renamed), ud);
    TIMSetConvConversationsAddedToGroupCallback(Some(group_convs), ud);
    TIMSetConvConversationsDeletedFromGroupCallback(Some(group_removed), ud);
}
