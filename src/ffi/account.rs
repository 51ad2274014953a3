//! `TIMManager.h`, beyond init and login: configuration, connection and log listeners, user
//! profiles and status, and the functions the SDK library exports without declaring them.
//! The log and the configuration are local; profiles come from the homeserver (the feed's on
//! top), or without one from the feed; the rest needs the vendor's server (see `unsupported`).
#![allow(non_snake_case, non_camel_case_types, unused_variables)]

use std::os::raw::{c_char, c_int, c_void};

use super::defs::TIMCommCallback;
use super::unsupported::{keep_listener, unsupported, NOT_SUPPORTED};
use super::{boundary, json_object_arg, opt_c_str, result, try_arg, LogLevelArg, NetworkStatusArg};
use crate::engine::ids;
use crate::runtime::log::{self, log};
use crate::runtime::remote::RemoteRequest;
use crate::runtime::{self, settings, Completion};
use crate::wire::groups::self_profile;
use crate::wire::local_params::ProfileListParam;
use crate::wire::Invalid;

/// Connection state reported to the network-status listener.
#[repr(C)]
pub enum TIMNetworkStatus {
    kTIMConnected = 0,
    kTIMDisconnected = 1,
    kTIMConnecting = 2,
    kTIMConnectFailed = 3,
}

/// Log levels.
#[repr(C)]
pub enum TIMLogLevel {
    kTIMLog_Off = 0,
    kTIMLog_Test = 1,
    kTIMLog_Verbose = 2,
    kTIMLog_Debug = 3,
    kTIMLog_Info = 4,
    kTIMLog_Warn = 5,
    kTIMLog_Error = 6,
    kTIMLog_Assert = 7,
}

/// Online state of a user.
#[repr(C)]
pub enum TIMUserStatusType {
    kTIMUserStatusType_Unkown = 0,
    kTIMUserStatusType_Online = 1,
    kTIMUserStatusType_Offline = 2,
    kTIMUserStatusType_UnLogined = 3,
}

/// Gender in a user profile.
#[repr(C)]
pub enum TIMGenderType {
    kTIMGenderType_Unknown = 0,
    kTIMGenderType_Male = 1,
    kTIMGenderType_Female = 2,
}

/// Who may add the user as a friend.
#[repr(C)]
pub enum TIMProfileAddPermission {
    kTIMProfileAddPermission_Unknown = 0,
    kTIMProfileAddPermission_AllowAny = 1,
    kTIMProfileAddPermission_NeedConfirm = 2,
    kTIMProfileAddPermission_DenyAny = 3,
}

/// Which part of a profile a profile-change element reports.
#[repr(C)]
pub enum TIMProfileChangeType {
    kTIMProfileChange_None = 0,
    kTIMProfileChange_Profile = 1,
}

/// Group info fields to fetch (bit flags).
#[repr(C)]
pub enum TIMGroupGetInfoFlag {
    kTIMGroupInfoFlag_None = 0,
    kTIMGroupInfoFlag_Name = 1,
    kTIMGroupInfoFlag_CreateTime = 2,
    kTIMGroupInfoFlag_OwnerUin = 4,
    kTIMGroupInfoFlag_Seq = 8,
    kTIMGroupInfoFlag_LastTime = 16,
    kTIMGroupInfoFlag_NextMsgSeq = 32,
    kTIMGroupInfoFlag_LastMsgTime = 64,
    kTIMGroupInfoFlag_AppId = 128,
    kTIMGroupInfoFlag_MemberNum = 256,
    kTIMGroupInfoFlag_MaxMemberNum = 512,
    kTIMGroupInfoFlag_Notification = 1024,
    kTIMGroupInfoFlag_Introduction = 2048,
    kTIMGroupInfoFlag_FaceUrl = 4096,
    kTIMGroupInfoFlag_AddOption = 8192,
    kTIMGroupInfoFlag_GroupType = 16384,
    kTIMGroupInfoFlag_LastMsg = 32768,
    kTIMGroupInfoFlag_OnlineNum = 65536,
    kTIMGroupInfoFlag_Visible = 131072,
    kTIMGroupInfoFlag_Searchable = 262144,
    kTIMGroupInfoFlag_ShutupAll = 524288,
}

/// Group member fields to fetch (bit flags).
#[repr(C)]
pub enum TIMGroupMemberInfoFlag {
    kTIMGroupMemberInfoFlag_None = 0,
    kTIMGroupMemberInfoFlag_JoinTime = 1,
    kTIMGroupMemberInfoFlag_MsgFlag = 2,
    kTIMGroupMemberInfoFlag_MsgSeq = 4,
    kTIMGroupMemberInfoFlag_MemberRole = 8,
    kTIMGroupMemberInfoFlag_ShutupUntill = 16,
    kTIMGroupMemberInfoFlag_NameCard = 32,
}

/// Listener: network status listener (`TIMSetNetworkStatusListenerCallback`). Strings are valid only during the call.
pub type TIMNetworkStatusListenerCallback = Option<
    unsafe extern "C" fn(status: NetworkStatusArg, code: i32, desc: *const c_char, user_data: *const c_void),
>;

/// Listener: kicked offline (`TIMSetKickedOfflineCallback`). Strings are valid only during the call.
pub type TIMKickedOfflineCallback = Option<unsafe extern "C" fn(user_data: *const c_void)>;

/// Listener: user sig expired (`TIMSetUserSigExpiredCallback`). Strings are valid only during the call.
pub type TIMUserSigExpiredCallback = Option<unsafe extern "C" fn(user_data: *const c_void)>;

/// Listener: self info updated (`TIMSetSelfInfoUpdatedCallback`). Strings are valid only during the call.
pub type TIMSelfInfoUpdatedCallback =
    Option<unsafe extern "C" fn(json_user_profile: *const c_char, user_data: *const c_void)>;

/// Listener: user status changed (`TIMSetUserStatusChangedCallback`). Strings are valid only during the call.
pub type TIMUserStatusChangedCallback =
    Option<unsafe extern "C" fn(json_user_status_array: *const c_char, user_data: *const c_void)>;

/// Listener: user info changed (`TIMSetUserInfoChangedCallback`). Strings are valid only during the call.
pub type TIMUserInfoChangedCallback =
    Option<unsafe extern "C" fn(json_user_info_array: *const c_char, user_data: *const c_void)>;

/// Listener: log (`TIMSetLogCallback`). Strings are valid only during the call.
pub type TIMLogCallback =
    Option<unsafe extern "C" fn(level: LogLevelArg, log: *const c_char, user_data: *const c_void)>;

/// Registers the network status listener (NULL unregisters); kept in any state. Called with
/// the homeserver connection's state (connecting, connected, disconnected, connect failed),
/// or from the feed (`TIMExtSetNetworkStatus`).
#[no_mangle]
pub extern "C" fn TIMSetNetworkStatusListenerCallback(
    cb: TIMNetworkStatusListenerCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetNetworkStatusListenerCallback, cb, user_data)
}

/// Registers the kicked offline listener (NULL unregisters); kept in any state. Called when the
/// homeserver logged this device out (the session is closed first), or from the feed.
#[no_mangle]
pub extern "C" fn TIMSetKickedOfflineCallback(cb: TIMKickedOfflineCallback, user_data: *const c_void) {
    keep_listener!(TIMSetKickedOfflineCallback, cb, user_data)
}

/// Registers the user sig expired listener (NULL unregisters); kept in any state. Called when
/// the homeserver no longer accepts the session and the user signature cannot renew it (the
/// session is closed first), or from the feed.
#[no_mangle]
pub extern "C" fn TIMSetUserSigExpiredCallback(cb: TIMUserSigExpiredCallback, user_data: *const c_void) {
    keep_listener!(TIMSetUserSigExpiredCallback, cb, user_data)
}

/// Registers the self info updated listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetSelfInfoUpdatedCallback(cb: TIMSelfInfoUpdatedCallback, user_data: *const c_void) {
    keep_listener!(TIMSetSelfInfoUpdatedCallback, cb, user_data)
}

/// Registers the user status changed listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetUserStatusChangedCallback(
    cb: TIMUserStatusChangedCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetUserStatusChangedCallback, cb, user_data)
}

/// Registers the user info changed listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetUserInfoChangedCallback(cb: TIMUserInfoChangedCallback, user_data: *const c_void) {
    keep_listener!(TIMSetUserInfoChangedCallback, cb, user_data)
}

/// Registers the log listener (NULL unregisters), in any state. It receives each line of the
/// SDK log at or above the callback level (`set_config_callback_log_level`, default Info), one
/// line per call with its level, on the worker thread; lines logged before `TIMInit` reach only
/// the log file. `log` is valid only during the call.
#[no_mangle]
pub extern "C" fn TIMSetLogCallback(cb: TIMLogCallback, user_data: *const c_void) {
    boundary!((), { log::set_callback(cb, user_data) })
}

/// Sets the log levels (`set_config_log_level` for the log file, default Info;
/// `set_config_callback_log_level` for the log listener, default Info; 0 turns one off) and
/// `set_config_is_log_output_console` (also print file-level lines to standard error; default
/// off). Works in any state; the levels apply at once. `set_config_socks5_proxy_info` and
/// `set_config_http_proxy_info` (IP or host, port, optional user name and password) carry the
/// homeserver connection of later logins (SOCKS5 first if both are set). User config,
/// user-defined data, the PAC proxy and the DNS choice are checked and kept but change nothing.
/// A known key with a value of the wrong type, or a level above 7, is `TIM_ERR_PARAM`.
/// Callback JSON: every setting now (the three log keys always, the others once set).
#[no_mangle]
pub extern "C" fn TIMSetConfig(
    json_config: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let config: serde_json::Map<String, serde_json::Value> =
            try_arg!(unsafe { json_object_arg(json_config, "json_config") });
        try_arg!(settings::check(&config));
        let json = settings::apply(config);
        log!(log::level::INFO, "config", "log levels now {:?}", log::levels());
        runtime::answer(Completion::new(cb, user_data), 0, String::new(), json)
    })
}

/// User profiles: `json_get_user_profile_list_param` is
/// `{"friendship_getprofilelist_param_identifier_array": [user IDs]}` (valid IDs, else
/// `TIM_ERR_PARAM`). Callback JSON: one UserProfile per user, in order, with
/// `user_profile_identifier`, nickname and face URL (with a homeserver: the user's display name
/// and avatar URL there, unless the server feed, `TIMExtUpdateUserProfiles`, told others), the
/// friend remark the feed told, and empty / 0 for what is not known.
#[no_mangle]
pub extern "C" fn TIMProfileGetUserProfileList(
    json_get_user_profile_list_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let param: ProfileListParam = try_arg!(unsafe {
            json_object_arg(json_get_user_profile_list_param, "json_get_user_profile_list_param")
        });
        let users = param.friendship_getprofilelist_param_identifier_array;
        if users.iter().any(|u| !ids::is_valid_id(u, ids::MAX_USER_ID_LEN)) {
            return super::rejected(Invalid::param("the identifier array holds an invalid user ID"));
        }
        super::group::remote(
            "TIMProfileGetUserProfileList",
            RemoteRequest::UserProfiles(users),
            cb,
            user_data,
        )
    })
}

/// Changes the user's own profile on the homeserver: `user_profile_item_nick_name` is the
/// display name, `user_profile_item_face_url` the avatar URL (stored as given, an `mxc://`
/// address or an ordinary URL, so every device reads back the same). Other fields are 7013 for
/// the whole call. Malformed JSON is `TIM_ERR_PARAM`, as the SDK answers. Without a homeserver:
/// 7013.
#[no_mangle]
pub extern "C" fn TIMProfileModifySelfUserProfile(
    json_modify_self_user_profile_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let item: serde_json::Map<String, serde_json::Value> = try_arg!(unsafe {
            json_object_arg(json_modify_self_user_profile_param, "json_modify_self_user_profile_param")
        }
        .map_err(Invalid::as_param));
        let (request, unsupported) = try_arg!(self_profile(&item));
        let unsupported: Vec<&str> = unsupported.iter().map(String::as_str).collect();
        let request = super::group::unless_unsupported(request, unsupported);
        super::group::remote("TIMProfileModifySelfUserProfile", request, cb, user_data)
    })
}

/// Subscribes to user info. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMSubscribeUserInfo(
    json_user_id_list: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMSubscribeUserInfo, login, cb, user_data; json json_user_id_list)
}

/// Unsubscribes from user info (`json_user_id_list` NULL: from every user). Server feature:
/// callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMUnsubscribeUserInfo(
    json_user_id_list: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMUnsubscribeUserInfo, login, cb, user_data; opt_json json_user_id_list)
}

/// Gets user status. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMGetUserStatus(
    json_identifier_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMGetUserStatus, login, cb, user_data; json json_identifier_array)
}

/// Sets the user's own status. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMSetSelfStatus(
    json_current_user_status: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMSetSelfStatus, login, cb, user_data; json json_current_user_status)
}

/// Subscribes to user status. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMSubscribeUserStatus(
    json_identifier_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMSubscribeUserStatus, login, cb, user_data; json json_identifier_array)
}

/// Unsubscribes from user status (`json_identifier_array` NULL: from every user). Server
/// feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMUnsubscribeUserStatus(
    json_identifier_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMUnsubscribeUserStatus, login, cb, user_data; opt_json json_identifier_array)
}

// Exported by the SDK library without a declaration in its headers. Their prototypes are read
// from how the library uses its arguments; only the names and calling shape are the contract.

/// The library version: the same static string as `TIMGetSDKVersion`.
#[no_mangle]
pub extern "C" fn TIMGetVersion() -> *const c_char {
    super::manager::TIMGetSDKVersion()
}

/// Writes a line to the SDK log (level, source file, function, line, text), as the SDK's own
/// lines: to the log file and the log listener when `level` is at or above theirs. NULL
/// strings count as empty; a `level` outside `TIMLogLevel` writes nothing.
#[no_mangle]
pub extern "C" fn TIMWriteLog(
    level: LogLevelArg,
    file_name: *const c_char,
    func_name: *const c_char,
    line: c_int,
    log_content: *const c_char,
) {
    boundary!((), {
        let Ok(level) = u8::try_from(level) else { return };
        if level > log::level::ASSERT || !log::enabled(level) {
            return;
        }
        // SAFETY: the caller passes NUL-terminated strings or NULL.
        let text = |p: *const c_char| unsafe { opt_c_str(p, "") }.ok().flatten().unwrap_or("");
        let (file, func, content) = (text(file_name), text(func_name), text(log_content));
        log::write(level, "app", &format!("{file}:{line} {func} | {content}"));
    })
}

/// Installs an app-provided socket layer (a table of functions). There is no network here:
/// returns `TIM_ERR_PARAM` for NULL, else 7013 (not supported), in any state.
#[no_mangle]
pub extern "C" fn TIMRegisterSocketDelegate(delegate: *const c_void) -> c_int {
    non_null_unsupported(delegate)
}

/// Removes the app-provided socket layer. Returns 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMUnregisterSocketDelegate() -> c_int {
    NOT_SUPPORTED
}

/// Reports an event of the app-provided socket layer. Returns `TIM_ERR_PARAM` for NULL, else
/// 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMNotifySocketEvent(event: *const c_void) -> c_int {
    non_null_unsupported(event)
}

/// Installs an app-provided encryption layer. Returns `TIM_ERR_PARAM` for NULL, else 7013 (not
/// supported), in any state.
#[no_mangle]
pub extern "C" fn TIMRegisterEncryptionDelegate(delegate: *const c_void) -> c_int {
    non_null_unsupported(delegate)
}

/// Removes the app-provided encryption layer. Returns 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMUnregisterEncryptionDelegate() -> c_int {
    NOT_SUPPORTED
}

fn non_null_unsupported(ptr: *const c_void) -> c_int {
    if ptr.is_null() {
        super::result::ERR_PARAM
    } else {
        NOT_SUPPORTED
    }
}
