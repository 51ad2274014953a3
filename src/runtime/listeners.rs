//! The app's registered listeners. They live outside `TIMInit`/`TIMUninit`, as the SDK's do:
//! setters work in any state, and a NULL callback unregisters.

use std::os::raw::{c_char, c_int, c_void};

use once_cell::sync::Lazy;
use parking_lot::Mutex;

use super::completion::{c_string, UserData};
use super::delivery::GroupDelivery;

pub type ConvEventFn = unsafe extern "C" fn(c_int, *const c_char, *const c_void);
pub type TotalUnreadFn = unsafe extern "C" fn(c_int, *const c_void);
pub type RecvNewMsgFn = unsafe extern "C" fn(*const c_char, *const c_void);
pub type FilterUnreadFn = unsafe extern "C" fn(*const c_char, c_int, *const c_void);
/// Group created / conversations added: (group name, conversation array).
pub type GroupConvsFn = unsafe extern "C" fn(*const c_char, *const c_char, *const c_void);
pub type GroupDeletedFn = unsafe extern "C" fn(*const c_char, *const c_void);
pub type GroupRenamedFn = unsafe extern "C" fn(*const c_char, *const c_char, *const c_void);
/// Conversations deleted from a group (8.2+ form): (group name, conversation array, reason).
pub type GroupConvsRemovedFn = unsafe extern "C" fn(*const c_char, *const c_char, u32, *const c_void);

#[derive(Default)]
struct Registry {
    conv_event: Option<(ConvEventFn, UserData)>,
    total_unread: Option<(TotalUnreadFn, UserData)>,
    filter_unread: Option<(FilterUnreadFn, UserData)>,
    recv_new_msg: Vec<(RecvNewMsgFn, UserData)>,
    group_created: Option<(GroupConvsFn, UserData)>,
    group_deleted: Option<(GroupDeletedFn, UserData)>,
    group_renamed: Option<(GroupRenamedFn, UserData)>,
    group_added: Option<(GroupConvsFn, UserData)>,
    group_removed: Option<(GroupConvsRemovedFn, UserData)>,
    revoked: Option<(JsonFn, UserData)>,
    read_receipts: Option<(JsonFn, UserData)>,
    msg_update: Option<(JsonFn, UserData)>,
}

/// A listener given one JSON string.
pub type JsonFn = unsafe extern "C" fn(*const c_char, *const c_void);

/// Which single-slot listener a setter replaces.
macro_rules! setter {
    ($name:ident, $field:ident, $ty:ty) => {
        pub fn $name(cb: Option<$ty>, user_data: *const c_void) {
            REGISTRY.lock().$field = cb.map(|f| (f, UserData(user_data)));
        }
    };
}

setter!(set_filter_unread, filter_unread, FilterUnreadFn);
setter!(set_group_created, group_created, GroupConvsFn);
setter!(set_group_deleted, group_deleted, GroupDeletedFn);
setter!(set_group_renamed, group_renamed, GroupRenamedFn);
setter!(set_group_added, group_added, GroupConvsFn);
setter!(set_group_removed, group_removed, GroupConvsRemovedFn);
setter!(set_revoked, revoked, JsonFn);
setter!(set_read_receipts, read_receipts, JsonFn);
setter!(set_msg_update, msg_update, JsonFn);

static REGISTRY: Lazy<Mutex<Registry>> = Lazy::new(Mutex::default);

setter!(set_conv_event, conv_event, ConvEventFn);
setter!(set_total_unread, total_unread, TotalUnreadFn);

/// Adds a new-message listener (the same function twice is kept once, with the newer user_data).
pub fn add_recv_new_msg(cb: RecvNewMsgFn, user_data: *const c_void) {
    let mut reg = REGISTRY.lock();
    reg.recv_new_msg.retain(|(f, _)| !std::ptr::fn_addr_eq(*f, cb));
    reg.recv_new_msg.push((cb, UserData(user_data)));
}

/// Removes a new-message listener by function pointer.
pub fn remove_recv_new_msg(cb: RecvNewMsgFn) {
    REGISTRY.lock().recv_new_msg.retain(|(f, _)| !std::ptr::fn_addr_eq(*f, cb));
}

/// Whether a conversation event listener is registered (events are only rendered if so).
pub fn has_conv_event() -> bool {
    REGISTRY.lock().conv_event.is_some()
}

/// Whether any new-message listener is registered.
pub fn has_recv_new_msg() -> bool {
    !REGISTRY.lock().recv_new_msg.is_empty()
}

// Delivery: copy the registration out of the lock, then call, so a listener may (un)register.

pub fn emit_conv_event(event: i32, json: String) {
    let Some((f, ud)) = REGISTRY.lock().conv_event else {
        return;
    };
    let json = super::completion::nul_terminated(json);
    // SAFETY: registered by the app for this signature; `json` outlives the call.
    unsafe { f(event, json.as_ptr().cast(), ud.0) };
}

pub fn emit_total_unread(total: i32) {
    let Some((f, ud)) = REGISTRY.lock().total_unread else {
        return;
    };
    // SAFETY: registered by the app for this signature.
    unsafe { f(total, ud.0) };
}

pub fn emit_new_messages(json: &str) {
    let listeners = REGISTRY.lock().recv_new_msg.clone();
    let json = c_string(json);
    for (f, ud) in listeners {
        // SAFETY: registered by the app for this signature; `json` outlives the call.
        unsafe { f(json.as_ptr(), ud.0) };
    }
}

pub fn emit_filter_unread(filter: &str, total: i32) {
    let Some((f, ud)) = REGISTRY.lock().filter_unread else {
        return;
    };
    let filter = c_string(filter);
    // SAFETY: registered by the app for this signature; `filter` outlives the call.
    unsafe { f(filter.as_ptr(), total, ud.0) };
}

/// Calls the conversation-group listener for `g`, if one is registered.
pub fn emit_group(g: GroupDelivery) {
    let reg = REGISTRY.lock();
    let (created, deleted, renamed, added, removed) =
        (reg.group_created, reg.group_deleted, reg.group_renamed, reg.group_added, reg.group_removed);
    drop(reg);
    // SAFETY (every call below): registered by the app for that signature; the C strings live
    // until the call returns.
    match g {
        GroupDelivery::Created { name, convs } => {
            if let Some((f, ud)) = created {
                let (name, convs) = (c_string(&name), c_string(&convs));
                unsafe { f(name.as_ptr(), convs.as_ptr(), ud.0) };
            }
        }
        GroupDelivery::Deleted { name } => {
            if let Some((f, ud)) = deleted {
                let name = c_string(&name);
                unsafe { f(name.as_ptr(), ud.0) };
            }
        }
        GroupDelivery::Renamed { old, new } => {
            if let Some((f, ud)) = renamed {
                let (old, new) = (c_string(&old), c_string(&new));
                unsafe { f(old.as_ptr(), new.as_ptr(), ud.0) };
            }
        }
        GroupDelivery::Added { name, convs } => {
            if let Some((f, ud)) = added {
                let (name, convs) = (c_string(&name), c_string(&convs));
                unsafe { f(name.as_ptr(), convs.as_ptr(), ud.0) };
            }
        }
        GroupDelivery::Removed { name, convs } => {
            if let Some((f, ud)) = removed {
                let (name, convs) = (c_string(&name), c_string(&convs));
                // Reason 0: the app removed them (the SDK uses 1 when a full group evicts).
                unsafe { f(name.as_ptr(), convs.as_ptr(), 0, ud.0) };
            }
        }
    }
}

fn emit_json(slot: Option<(JsonFn, UserData)>, json: &str) {
    let Some((f, ud)) = slot else { return };
    let json = c_string(json);
    // SAFETY: registered by the app for this signature; `json` outlives the call.
    unsafe { f(json.as_ptr(), ud.0) };
}

pub fn emit_revoked(json: &str) {
    emit_json(REGISTRY.lock().revoked, json);
}

pub fn emit_read_receipts(json: &str) {
    emit_json(REGISTRY.lock().read_receipts, json);
}

pub fn emit_msg_update(json: &str) {
    emit_json(REGISTRY.lock().msg_update, json);
}
