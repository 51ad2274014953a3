//! The app's registered listeners. They live outside `TIMInit`/`TIMUninit`, as the SDK's do:
//! setters work in any state, and a NULL callback unregisters.

use std::os::raw::{c_char, c_int, c_void};

use once_cell::sync::Lazy;
use parking_lot::Mutex;

use super::completion::{c_string, UserData};

pub type ConvEventFn = unsafe extern "C" fn(c_int, *const c_char, *const c_void);
pub type TotalUnreadFn = unsafe extern "C" fn(c_int, *const c_void);
pub type RecvNewMsgFn = unsafe extern "C" fn(*const c_char, *const c_void);

#[derive(Default)]
struct Registry {
    conv_event: Option<(ConvEventFn, UserData)>,
    total_unread: Option<(TotalUnreadFn, UserData)>,
    recv_new_msg: Vec<(RecvNewMsgFn, UserData)>,
}

static REGISTRY: Lazy<Mutex<Registry>> = Lazy::new(Mutex::default);

pub fn set_conv_event(cb: Option<ConvEventFn>, user_data: *const c_void) {
    REGISTRY.lock().conv_event = cb.map(|f| (f, UserData(user_data)));
}

pub fn set_total_unread(cb: Option<TotalUnreadFn>, user_data: *const c_void) {
    REGISTRY.lock().total_unread = cb.map(|f| (f, UserData(user_data)));
}

/// Adds a new-message listener (the same function twice is kept once, with the newer user_data).
pub fn add_recv_new_msg(cb: RecvNewMsgFn, user_data: *const c_void) {
    let mut reg = REGISTRY.lock();
    reg.recv_new_msg
        .retain(|(f, _)| !std::ptr::fn_addr_eq(*f, cb));
    reg.recv_new_msg.push((cb, UserData(user_data)));
}

/// Removes a new-message listener by function pointer.
pub fn remove_recv_new_msg(cb: RecvNewMsgFn) {
    REGISTRY
        .lock()
        .recv_new_msg
        .retain(|(f, _)| !std::ptr::fn_addr_eq(*f, cb));
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

pub fn emit_conv_event(event: i32, json: &str) {
    let Some((f, ud)) = REGISTRY.lock().conv_event else {
        return;
    };
    let json = c_string(json);
    // SAFETY: registered by the app for this signature; `json` outlives the call.
    unsafe { f(event, json.as_ptr(), ud.0) };
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
