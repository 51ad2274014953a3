//! `TIMSignalingManager.h`: call invitations. All server-side: answered as `unsupported`
//! describes.
#![allow(non_snake_case, non_camel_case_types, unused_variables)]

use std::os::raw::{c_char, c_int, c_void};

use super::defs::TIMCommCallback;
use super::unsupported::{keep_listener, unsupported};
use super::CBool;

/// Signaling actions.
#[repr(C)]
pub enum TIMSignalingActionType {
    TIMSignalingActionType_Unknown = 0,
    TIMSignalingActionType_Invite = 1,
    TIMSignalingActionType_CancelInvite = 2,
    TIMSignalingActionType_AcceptInvite = 3,
    TIMSignalingActionType_RejectInvite = 4,
    TIMSignalingActionType_InviteTimeout = 5,
}

/// Listener: signaling receive new invitation (`TIMSetSignalingReceiveNewInvitationCallback`). Strings are valid only during the call.
pub type TIMSignalingReceiveNewInvitationCallback = Option<
    unsafe extern "C" fn(
        invite_id: *const c_char,
        inviter: *const c_char,
        group_id: *const c_char,
        json_invitee_list: *const c_char,
        data: *const c_char,
        user_data: *const c_void,
    ),
>;

/// Listener: signaling invitation cancelled (`TIMSetSignalingInvitationCancelledCallback`). Strings are valid only during the call.
pub type TIMSignalingInvitationCancelledCallback = Option<
    unsafe extern "C" fn(
        invite_id: *const c_char,
        inviter: *const c_char,
        data: *const c_char,
        user_data: *const c_void,
    ),
>;

/// Listener: signaling invitee accepted (`TIMSetSignalingInviteeAcceptedCallback`). Strings are valid only during the call.
pub type TIMSignalingInviteeAcceptedCallback = Option<
    unsafe extern "C" fn(
        invite_id: *const c_char,
        invitee: *const c_char,
        data: *const c_char,
        user_data: *const c_void,
    ),
>;

/// Listener: signaling invitee rejected (`TIMSetSignalingInviteeRejectedCallback`). Strings are valid only during the call.
pub type TIMSignalingInviteeRejectedCallback = Option<
    unsafe extern "C" fn(
        invite_id: *const c_char,
        invitee: *const c_char,
        data: *const c_char,
        user_data: *const c_void,
    ),
>;

/// Listener: signaling invitation timeout (`TIMSetSignalingInvitationTimeoutCallback`). Strings are valid only during the call.
pub type TIMSignalingInvitationTimeoutCallback = Option<
    unsafe extern "C" fn(
        invite_id: *const c_char,
        json_invitee_list: *const c_char,
        user_data: *const c_void,
    ),
>;

/// Listener: signaling invitation modified (`TIMSetSignalingInvitationModifiedCallback`). Strings are valid only during the call.
pub type TIMSignalingInvitationModifiedCallback =
    Option<unsafe extern "C" fn(invite_id: *const c_char, data: *const c_char, user_data: *const c_void)>;

/// Registers the signaling receive new invitation listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetSignalingReceiveNewInvitationCallback(
    cb: TIMSignalingReceiveNewInvitationCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetSignalingReceiveNewInvitationCallback, cb, user_data)
}

/// Registers the signaling invitation cancelled listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetSignalingInvitationCancelledCallback(
    cb: TIMSignalingInvitationCancelledCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetSignalingInvitationCancelledCallback, cb, user_data)
}

/// Registers the signaling invitee accepted listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetSignalingInviteeAcceptedCallback(
    cb: TIMSignalingInviteeAcceptedCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetSignalingInviteeAcceptedCallback, cb, user_data)
}

/// Registers the signaling invitee rejected listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetSignalingInviteeRejectedCallback(
    cb: TIMSignalingInviteeRejectedCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetSignalingInviteeRejectedCallback, cb, user_data)
}

/// Registers the signaling invitation timeout listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetSignalingInvitationTimeoutCallback(
    cb: TIMSignalingInvitationTimeoutCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetSignalingInvitationTimeoutCallback, cb, user_data)
}

/// Registers the signaling invitation modified listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetSignalingInvitationModifiedCallback(
    cb: TIMSignalingInvitationModifiedCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetSignalingInvitationModifiedCallback, cb, user_data)
}

/// Sends a signaling invitation to one user. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMSignalingInvite(
    invitee: *const c_char,
    data: *const c_char,
    online_user_only: CBool,
    json_offline_push_info: *const c_char,
    timeout: c_int,
    invite_id_buffer: *mut c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMSignalingInvite, login, cb, user_data;
        text invitee, opt_text data, opt_json json_offline_push_info)
}

/// Sends a signaling invitation to group members. Server feature: callback 7013 (not supported).
/// Malformed JSON is `TIM_ERR_PARAM`, as the SDK answers.
#[no_mangle]
pub extern "C" fn TIMSignalingInviteInGroup(
    group_id: *const c_char,
    json_invitee_array: *const c_char,
    data: *const c_char,
    online_user_only: CBool,
    timeout: c_int,
    invite_id_buffer: *mut c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMSignalingInviteInGroup, login, cb, user_data;
        text group_id, json_param json_invitee_array, opt_text data)
}

/// Cancels an invitation. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMSignalingCancel(
    invite_id: *const c_char,
    data: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMSignalingCancel, login, cb, user_data; text invite_id, opt_text data)
}

/// Accepts an invitation. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMSignalingAccept(
    invite_id: *const c_char,
    data: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMSignalingAccept, login, cb, user_data; text invite_id, opt_text data)
}

/// Rejects an invitation. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMSignalingReject(
    invite_id: *const c_char,
    data: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMSignalingReject, login, cb, user_data; text invite_id, opt_text data)
}

/// Reads the signaling information of a message. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMGetSignalingInfo(
    json_msg: *const c_char,
    json_signaling_info_cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMGetSignalingInfo, login, json_signaling_info_cb, user_data; json json_msg)
}

/// Modifies an invitation. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMSignalingModifyInvitation(
    invite_id: *const c_char,
    data: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMSignalingModifyInvitation, login, cb, user_data; text invite_id, opt_text data)
}
