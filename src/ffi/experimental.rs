//! `TIMExperimentalAPI.h`: experimental and internal operations. Answered as `unsupported`
//! describes.
#![allow(non_snake_case, non_camel_case_types, unused_variables)]

use std::os::raw::{c_char, c_int, c_void};

use super::defs::TIMCommCallback;
use super::unsupported::{keep_listener, unsupported};

/// Listener: experimental notify (`TIMSetExperimentalNotifyCallback`). Strings are valid only during the call.
pub type TIMExperimentalNotifyCallback =
    Option<unsafe extern "C" fn(key: *const c_char, data: *const c_char, user_data: *const c_void)>;

/// Registers the experimental notify listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetExperimentalNotifyCallback(
    cb: TIMExperimentalNotifyCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetExperimentalNotifyCallback, cb, user_data)
}

/// Runs an experimental or internal operation named in the JSON. Not implemented yet (local behaviour planned): callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn callExperimentalAPI(
    json_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(callExperimentalAPI, any, cb, user_data; json json_param)
}
