//! `TIMOfflinePushManager.h`: offline push tokens and app state. All server-side: answered as
//! `unsupported` describes.
#![allow(non_snake_case, non_camel_case_types, unused_variables)]

use std::os::raw::{c_char, c_int, c_void};

use super::defs::TIMCommCallback;
use super::unsupported::unsupported;

/// Kinds of offline push tokens.
#[repr(C)]
pub enum TIMOfflinePushTokenType {
    TIMOfflinePushTokenType_Default = 0,
    TIMOfflinePushTokenType_TPNS = 1,
    TIMOfflinePushTokenType_VOIP = 2,
}

/// iOS push channel.
#[repr(C)]
pub enum TIMIOSOfflinePushType {
    TIMIOSOfflinePushType_APNS = 0,
    TIMIOSOfflinePushType_VOIP = 1,
}

/// How Android shows an offline push.
#[repr(C)]
pub enum TIMAndroidOfflinePushNotifyMode {
    kTIMAndroidOfflinePushNotifyMode_Normal = 0,
    kTIMAndroidOfflinePushNotifyMode_Custom = 1,
}

/// Whether a message is pushed offline.
#[repr(C)]
pub enum TIMOfflinePushFlag {
    kTIMOfflinePushFlag_Default = 0,
    kTIMOfflinePushFlag_NoPush = 1,
}

/// Sets the offline push token (`json_token` NULL: offline push off). Server feature: callback
/// 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMMsgSetOfflinePushToken(
    json_token: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMMsgSetOfflinePushToken, login, cb, user_data; opt_json json_token)
}

/// Tells the server the app went to the background (offline push with a badge count). Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMMsgDoBackground(
    unread_count: u32,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMMsgDoBackground, login, cb, user_data)
}

/// Tells the server the app is in the foreground again. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMMsgDoForeground(cb: TIMCommCallback, user_data: *const c_void) -> c_int {
    unsupported!(TIMMsgDoForeground, login, cb, user_data)
}
