//! Shared C definitions (`TIMCloudDef.h`): result codes, common enums and `TIMCommCallback`.
//! These enums describe the C ABI; exported functions take them as `int` and range-check.
#![allow(non_camel_case_types)]

use std::os::raw::{c_char, c_void};

/// Return value of every `int`-returning API. Only `TIM_SUCC` means the call was accepted,
/// and only then is its callback ever invoked (exactly once, later, on the callback thread).
#[repr(C)]
pub enum TIMResult {
    /// The call was accepted.
    TIM_SUCC = 0,
    /// The SDK is not initialised (`TIMInit` not called, failed, or `TIMUninit` called).
    TIM_ERR_SDKUNINIT = -1,
    /// No user is logged in.
    TIM_ERR_NOTLOGIN = -2,
    /// Malformed JSON, or a JSON value of the wrong type.
    TIM_ERR_JSON = -3,
    /// Invalid parameter: NULL, invalid UTF-8, empty or over-long value, out-of-range enum.
    TIM_ERR_PARAM = -4,
    /// Invalid conversation (conversation type not usable for this call).
    TIM_ERR_CONV = -5,
    /// Invalid group.
    TIM_ERR_GROUP = -6,
}

/// Conversation type.
#[repr(C)]
pub enum TIMConvType {
    /// Not a conversation type; refused by every API (`TIM_ERR_CONV`).
    kTIMConv_Invalid = 0,
    /// One-to-one conversation.
    kTIMConv_C2C = 1,
    /// Group conversation.
    kTIMConv_Group = 2,
    /// System conversation (deprecated).
    kTIMConv_System = 3,
}

/// Receive option of a conversation.
#[repr(C)]
pub enum TIMReceiveMessageOpt {
    /// Receive online, push offline.
    kTIMRecvMsgOpt_Receive = 0,
    /// Do not receive at all.
    kTIMRecvMsgOpt_Not_Receive = 1,
    /// Receive online, no offline push.
    kTIMRecvMsgOpt_Not_Notify = 2,
    /// Receive online, offline push only for @ messages.
    kTIMRecvMsgOpt_Not_Notify_Except_At = 3,
    /// Only @ messages, online and offline.
    kTIMRecvMsgOpt_Not_Receive_Except_At = 4,
}

/// Group type (`conv_group_type`).
#[repr(C)]
pub enum TIMGroupType {
    /// Public group.
    kTIMGroup_Public = 0,
    /// Work group (formerly Private).
    kTIMGroup_Private = 1,
    /// Meeting group (formerly ChatRoom).
    kTIMGroup_ChatRoom = 2,
    /// Online-member broadcast group (legacy).
    kTIMGroup_BChatRoom = 3,
    /// Live-streaming group; never counts unread.
    kTIMGroup_AVChatRoom = 4,
    /// Community group.
    kTIMGroup_Community = 5,
}

/// Platform a message was sent from.
#[repr(C)]
pub enum TIMPlatform {
    /// Unknown or another platform.
    kTIMPlatform_Other = 0,
    /// Windows.
    kTIMPlatform_Windows = 1,
    /// Android.
    kTIMPlatform_Android = 2,
    /// iOS.
    kTIMPlatform_IOS = 3,
    /// macOS.
    kTIMPlatform_Mac = 4,
    /// iOS simulator.
    kTIMPlatform_Simulator = 5,
}

/// Common completion callback of every asynchronous API.
///
/// `code` is 0 on success, else a `TIMErrCode`; `desc` describes the error; `json_params` is the
/// result JSON (may be ""). All strings are valid only during the call. `user_data` is the
/// pointer given to the API, passed back untouched. Called on the SDK's worker thread.
pub type TIMCommCallback = Option<
    unsafe extern "C" fn(
        code: i32,
        desc: *const c_char,
        json_params: *const c_char,
        user_data: *const c_void,
    ),
>;
