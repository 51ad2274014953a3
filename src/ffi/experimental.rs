//! `TIMExperimentalAPI.h`: experimental and internal operations, named by
//! `request_internal_operation`. Those with a local meaning work in any state; the others need
//! the vendor's server and answer 7013 naming the operation.
#![allow(non_snake_case, non_camel_case_types)]

use std::os::raw::{c_char, c_int, c_void};

use serde_json::{Map, Value};

use super::defs::TIMCommCallback;
use super::unsupported::keep_listener;
use super::{boundary, json_object_arg, result, submit, try_arg};
use crate::engine::codes;
use crate::runtime::log::{self, log};
use crate::runtime::{self, Completion, Request};
use crate::wire::{keys, Invalid};

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

/// Runs the internal operation `request_internal_operation` names (a string; missing:
/// `TIM_ERR_PARAM`). Local ones, in any state:
/// - `internal_operation_set_ui_platform`: records `request_set_ui_platform_param` (a number or
///   string; it names the UI layer in the log).
/// - `internal_operation_write_log`: writes `request_write_log_log_content_param` to the log at
///   `request_write_log_log_level_param` (default Info), with the file, function and line
///   params, as `TIMWriteLog`.
///
/// Callback JSON: `{"response_internal_operation": <the operation>}`. Every other operation of
/// the header needs the vendor's server: callback 7013 naming it; an operation the header does
/// not define: callback `ERR_INVALID_PARAMETERS` (6017) naming it. Those two answer 6013 before
/// `TIMInit`.
#[no_mangle]
pub extern "C" fn callExperimentalAPI(
    json_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let request: Map<String, Value> = try_arg!(unsafe { json_object_arg(json_param, "json_param") });
        let Some(op) = request.get(keys::kTIMRequestInternalOperation).and_then(Value::as_str) else {
            return super::rejected(Invalid::param("request_internal_operation must be a string"));
        };
        let done = |json: String| runtime::answer(Completion::new(cb, user_data), 0, String::new(), json);
        let response = || serde_json::json!({ keys::kTIMResponseInternalOperation: op }).to_string();
        match op {
            keys::kTIMInternalOperationSetUIPlatform => {
                let platform = request.get(keys::kTIMRequestSetUIPlatformParam).cloned().unwrap_or_default();
                log!(log::level::INFO, "experimental", "UI platform {platform}");
                done(response())
            }
            keys::kTIMInternalOperationWriteLog => {
                write_log(&request);
                done(response())
            }
            _ => {
                let (code, desc) = if SERVER_OPERATIONS.contains(&op) {
                    (codes::ERR_SDK_INTERFACE_NOT_SUPPORT, format!("{op} is not supported by timconv"))
                } else {
                    (codes::ERR_INVALID_PARAMETERS, format!("unknown request_internal_operation {op:?}"))
                };
                log!(log::level::WARN, "experimental", "{desc}");
                submit(Request::Fail { code, desc }, cb, user_data)
            }
        }
    })
}

/// The header's operations that only the vendor's server (or its transport) can perform.
const SERVER_OPERATIONS: &[&str] = &[
    keys::kTIMInternalOperationSSOData,
    keys::kTIMInternalOperationUserId2TinyId,
    keys::kTIMInternalOperationTinyId2UserId,
    keys::kTIMInternalOperationSetEnv,
    keys::kTIMInternalOperationSetIPv6Prior,
    keys::kTIMInternalOperationSetMaxRetryCount,
    keys::kTIMInternalOperationSetPacketRequestTimeout,
    keys::kTIMInternalOperationSetCustomServerInfo,
    keys::kTIMInternalOperationEnableQuicChannel,
    keys::kTIMInternalOperationSetSM4GCMCallback,
    keys::kTIMInternalOperationInitLocalStorage,
    keys::kTIMInternalOperationSetCosSaveRegionForConversation,
    keys::kTIMInternalOperationSetDatabaseEncryptInfo,
    keys::kTIMInternalOperationIsCommercialAbilityEnabled,
    keys::kTIMInternalOperationSetOfflinePushState,
    keys::kTIMInternalOperationGetOfflinePushState,
    keys::kTIMInternalOperationGetMessageRevoker,
    keys::kTIMInternalOperationClearLocalHistoryMessage,
    keys::kTIMInternalOperationUpdateProxyInfo,
    keys::kTIMInternalOperationReportTUIComponentUsage,
    keys::kTIMInternalOperationSendTRTCCustomData,
    keys::kTIMInternalOperationSendRoomCustomData,
    keys::kTIMInternalOperationSetApplicationID,
    keys::kTIMInternalOperationGetServerConfig,
    keys::kTIMInternalOperationSetIgnoreRepeatLogin,
    keys::kTIMInternalOperationStartMessageLongPolling,
    keys::kTIMInternalOperationStopMessageLongPolling,
    keys::kTIMInternalOperationFindMergerMessages,
    keys::kTIMInternalOperationGetBriefGroupMemberList,
];

/// `internal_operation_write_log`: one line in the SDK log.
fn write_log(request: &Map<String, Value>) {
    let level = request
        .get(keys::kTIMRequestWriteLogLogLevelParam)
        .and_then(Value::as_u64)
        .map_or(log::level::INFO, |l| l.min(u64::from(log::level::ASSERT)) as u8);
    if level == log::level::OFF || !log::enabled(level) {
        return;
    }
    let text = |k: &str| request.get(k).and_then(Value::as_str).unwrap_or("");
    let line = request.get(keys::kTIMRequestWriteLogLineNumberParam).and_then(Value::as_i64).unwrap_or(0);
    log::write(
        level,
        "app",
        &format!(
            "{}:{line} {} | {}",
            text(keys::kTIMRequestWriteLogFileNameParam),
            text(keys::kTIMRequestWriteLogFuncNameParam),
            text(keys::kTIMRequestWriteLogLogContentParam)
        ),
    );
}
