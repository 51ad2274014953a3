//! Listener setters of server-side features keep what they are given, in any state, and the
//! setter's name is the key a feed will look the listener up by.

use std::os::raw::{c_char, c_void};

use timconv::ffi::{friendship, group, signaling};
use timconv::runtime::feature_listeners::get;

unsafe extern "C" fn on_tips(_: *const c_char, _: *const c_void) {}
unsafe extern "C" fn on_counter(_: *const c_char, _: *const c_char, _: i64, _: *const c_void) {}
unsafe extern "C" fn on_read(_: *const c_void) {}
unsafe extern "C" fn on_timeout(_: *const c_char, _: *const c_char, _: *const c_void) {}

#[test]
fn setters_keep_the_listener_under_their_own_name_and_null_removes_it() {
    let ud = 42usize as *const c_void;
    group::TIMSetGroupTipsEventCallback(Some(on_tips), ud);
    group::TIMSetGroupCounterChangedCallback(Some(on_counter), std::ptr::null());
    friendship::TIMSetFriendApplicationListReadCallback(Some(on_read), ud);
    signaling::TIMSetSignalingInvitationTimeoutCallback(Some(on_timeout), ud);

    let tips = get("TIMSetGroupTipsEventCallback").expect("kept");
    assert_eq!((tips.function, tips.user_data), (on_tips as *const (), ud));
    assert_eq!(get("TIMSetGroupCounterChangedCallback").unwrap().function, on_counter as *const ());
    assert_eq!(get("TIMSetFriendApplicationListReadCallback").unwrap().function, on_read as *const ());
    assert_eq!(get("TIMSetSignalingInvitationTimeoutCallback").unwrap().user_data, ud);

    group::TIMSetGroupTipsEventCallback(None, ud);
    assert!(get("TIMSetGroupTipsEventCallback").is_none());
    assert!(get("TIMSetGroupCounterChangedCallback").is_some(), "others are kept");
}
