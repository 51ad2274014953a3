//! `TIMMessageManager.h`, the server-side message features: extensions, reactions, read
//! receipts of group members, translation, pinned group messages, cloud search, …
//! Server-side features are answered as `unsupported` describes; sending variants, lookups,
//! local custom data, modification and read receipts work on local state.
#![allow(non_snake_case, non_camel_case_types, unused_variables)]

use std::os::raw::{c_char, c_int, c_void};

use super::defs::TIMCommCallback;
use super::message::{outgoing, send_request};
use super::unsupported::{keep_listener, unsupported, unsupported_sync};
use super::{
    boundary, c_str, conv_key_arg, json_arg, json_object_arg, json_objects_arg, result, submit, try_arg,
};
use super::{CBool, ConvTypeArg, ReadMembersFilterArg, RecvOptArg};
use crate::engine::{codes, ConvKey};
use crate::runtime::local::LocalRequest;
use crate::runtime::{clock, Request};
use crate::wire::local_params::{local_custom_fields, message_ref, BatchSendParam, LocatorJson};
use crate::wire::message::{body_len, check_elems, MessageJson, MAX_BODY_BYTES};
use crate::wire::{self, Invalid};

/// Submits a local request (6013 before `TIMInit`, 6014 before login, through `cb`).
fn local(request: LocalRequest, cb: TIMCommCallback, user_data: *const c_void) -> c_int {
    submit(Request::Local(request), cb, user_data)
}

/// A JSON array of Message objects, each naming a stored message.
fn message_refs(ptr: *const c_char) -> Result<Vec<(ConvKey, String)>, Invalid> {
    // SAFETY: the caller of the export passes a NUL-terminated string or NULL.
    let msgs: Vec<MessageJson> = unsafe { json_objects_arg(ptr, "json_msg_array") }?;
    msgs.iter().map(message_ref).collect()
}

/// Image sizes of an image element.
#[repr(C)]
pub enum TIMImageLevel {
    kTIMImageLevel_Orig = 0,
    kTIMImageLevel_Compression = 1,
    kTIMImageLevel_HD = 2,
}

/// Kinds of group system notices.
#[repr(C)]
pub enum TIMGroupReportType {
    kTIMGroupReport_None = 0,
    kTIMGroupReport_AddRequest = 1,
    kTIMGroupReport_AddAccept = 2,
    kTIMGroupReport_AddRefuse = 3,
    kTIMGroupReport_BeKicked = 4,
    kTIMGroupReport_Delete = 5,
    kTIMGroupReport_Create = 6,
    kTIMGroupReport_Invite = 7,
    kTIMGroupReport_Quit = 8,
    kTIMGroupReport_GrantAdmin = 9,
    kTIMGroupReport_CancelAdmin = 10,
    kTIMGroupReport_GroupRecycle = 11,
    kTIMGroupReport_InviteReqToInvitee = 12,
    kTIMGroupReport_InviteAccept = 13,
    kTIMGroupReport_InviteRefuse = 14,
    kTIMGroupReport_ReadReport = 15,
    kTIMGroupReport_UserDefine = 16,
    kTIMGroupReport_ShutUpMember = 17,
    kTIMGroupReport_TopicCreate = 18,
    kTIMGroupReport_TopicDelete = 19,
    kTIMGroupReport_GroupMessageRead = 20,
    kTIMGroupReport_GroupMessageRecvOption = 21,
    kTIMGroupReport_BannedFromGroup = 22,
    kTIMGroupReport_UnbannedFromGroup = 23,
    kTIMGroupReport_InviteReqToAdmin = 24,
}

/// What a download request fetches.
#[repr(C)]
pub enum TIMDownloadType {
    kTIMDownload_VideoThumb = 0,
    kTIMDownload_File = 1,
    kTIMDownload_Video = 2,
    kTIMDownload_Sound = 3,
}

/// How several search keywords combine.
#[repr(C)]
pub enum TIMKeywordListMatchType {
    TIMKeywordListMatchType_Or = 0,
    TIMKeywordListMatchType_And = 1,
}

/// Read or unread members of a group message.
#[repr(C)]
pub enum TIMGroupMessageReadMembersFilter {
    TIM_GROUP_MESSAGE_READ_MEMBERS_FILTER_READ = 0,
    TIM_GROUP_MESSAGE_READ_MEMBERS_FILTER_UNREAD = 1,
}

/// Listener: msg elem upload progress (`TIMSetMsgElemUploadProgressCallback`). Strings are valid only during the call.
pub type TIMMsgElemUploadProgressCallback = Option<
    unsafe extern "C" fn(
        json_msg: *const c_char,
        index: u32,
        cur_size: u32,
        total_size: u32,
        user_data: *const c_void,
    ),
>;

/// Listener: msg group message read member list. Strings are valid only during the call.
pub type TIMMsgGroupMessageReadMemberListCallback = Option<
    unsafe extern "C" fn(
        json_group_member_array: *const c_char,
        next_seq: u64,
        is_finished: CBool,
        user_data: *const c_void,
    ),
>;

/// Listener: msg extensions changed (`TIMSetMsgExtensionsChangedCallback`). Strings are valid only during the call.
pub type TIMMsgExtensionsChangedCallback = Option<
    unsafe extern "C" fn(
        message_id: *const c_char,
        message_extension_array: *const c_char,
        user_data: *const c_void,
    ),
>;

/// Listener: msg extensions deleted (`TIMSetMsgExtensionsDeletedCallback`). Strings are valid only during the call.
pub type TIMMsgExtensionsDeletedCallback = Option<
    unsafe extern "C" fn(
        message_id: *const c_char,
        message_extension_key_array: *const c_char,
        user_data: *const c_void,
    ),
>;

/// Listener: msg reactions changed (`TIMSetMsgReactionsChangedCallback`). Strings are valid only during the call.
pub type TIMMsgReactionsChangedCallback =
    Option<unsafe extern "C" fn(message_reaction_change_info_array: *const c_char, user_data: *const c_void)>;

/// Listener: msg all message receive option (`TIMSetMsgAllMessageReceiveOptionCallback`). Strings are valid only during the call.
pub type TIMMsgAllMessageReceiveOptionCallback =
    Option<unsafe extern "C" fn(json_receive_message_option_info: *const c_char, user_data: *const c_void)>;

/// Listener: msg group pinned message changed (`TIMSetMsgGroupPinnedMessageChangedCallback`). Strings are valid only during the call.
pub type TIMMsgGroupPinnedMessageChangedCallback = Option<
    unsafe extern "C" fn(
        group_id: *const c_char,
        json_msg: *const c_char,
        is_pinned: CBool,
        op_user: *const c_char,
        user_data: *const c_void,
    ),
>;

/// Registers the msg elem upload progress listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetMsgElemUploadProgressCallback(
    cb: TIMMsgElemUploadProgressCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetMsgElemUploadProgressCallback, cb, user_data)
}

/// Registers the msg extensions changed listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetMsgExtensionsChangedCallback(
    cb: TIMMsgExtensionsChangedCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetMsgExtensionsChangedCallback, cb, user_data)
}

/// Registers the msg extensions deleted listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetMsgExtensionsDeletedCallback(
    cb: TIMMsgExtensionsDeletedCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetMsgExtensionsDeletedCallback, cb, user_data)
}

/// Registers the msg reactions changed listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetMsgReactionsChangedCallback(
    cb: TIMMsgReactionsChangedCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetMsgReactionsChangedCallback, cb, user_data)
}

/// Registers the msg all message receive option listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetMsgAllMessageReceiveOptionCallback(
    cb: TIMMsgAllMessageReceiveOptionCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetMsgAllMessageReceiveOptionCallback, cb, user_data)
}

/// Registers the msg group pinned message changed listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetMsgGroupPinnedMessageChangedCallback(
    cb: TIMMsgGroupPinnedMessageChangedCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetMsgGroupPinnedMessageChangedCallback, cb, user_data)
}

/// Cancels sending a message. Sending completes within `TIMMsgSendMessage` here, so there is
/// never a message being sent: callback `ERR_SDK_INVALID_CANCEL_MESSAGE` (8020, "already sent"
/// for a stored message, else "no such message"), as the SDK answers for a message that is not
/// sending.
#[no_mangle]
pub extern "C" fn TIMMsgCancelSend(
    conv_id: *const c_char,
    conv_type: ConvTypeArg,
    message_id: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes NUL-terminated strings or NULL.
        let key = try_arg!(unsafe { conv_key_arg(conv_id, conv_type) });
        // SAFETY: as above.
        let msg_id = try_arg!(unsafe { c_str(message_id, "message_id") }).to_owned();
        local(LocalRequest::CancelSend { key, msg_id }, cb, user_data)
    })
}

/// Sends one message (`msg_batch_send_param_msg`, checked as `TIMMsgSendMessage` checks it) to
/// each C2C conversation of `msg_batch_send_param_identifier_array` (1 to 500 valid user IDs,
/// else `TIM_ERR_PARAM`), each as `TIMMsgSendMessage` would (its own IDs; conversations created
/// or updated). Callback JSON: one MsgBatchSendResult per user, in order
/// (`msg_batch_send_result_identifier`, `_code`, `_desc`, `_msg` with the sent Message); a body
/// over 12 KB fails the whole call with 8001.
#[no_mangle]
pub extern "C" fn TIMMsgBatchSend(
    json_batch_send_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let param: BatchSendParam =
            try_arg!(unsafe { json_object_arg(json_batch_send_param, "json_batch_send_param") });
        let users = try_arg!(param.users());
        let template: MessageJson =
            try_arg!(wire::from_object(param.msg_batch_send_param_msg.clone(), "msg_batch_send_param_msg"));
        try_arg!(check_elems(&template.rest, true));
        if body_len(&template.rest) > MAX_BODY_BYTES {
            let desc = "message body exceeds 12 KB".to_owned();
            return submit(Request::Fail { code: codes::ERR_SDK_MSG_BODY_SIZE_LIMIT, desc }, cb, user_data);
        }
        let now = clock::now_secs();
        let mut msgs = Vec::with_capacity(users.len());
        for user in users {
            let json: MessageJson = try_arg!(wire::from_object(
                param.msg_batch_send_param_msg.clone(),
                "msg_batch_send_param_msg"
            ));
            msgs.push(outgoing(ConvKey::c2c(user.clone()), json, now));
        }
        local(LocalRequest::BatchSend(msgs), cb, user_data)
    })
}

/// Downloads the file of an element to a path. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMMsgDownloadElemToPath(
    json_download_elem_param: *const c_char,
    path: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMMsgDownloadElemToPath, login, cb, user_data; json json_download_elem_param, text path)
}

/// Downloads the messages of a merged message. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMMsgDownloadMergerMessage(
    json_single_msg: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMMsgDownloadMergerMessage, login, cb, user_data; json json_single_msg)
}

/// Sets a stored message's local custom fields, `message_custom_str` (a string) and
/// `message_custom_int` (an integer), kept on this device only. `json_msg_param` is a Message
/// naming it (`message_conv_id`, `message_conv_type`, `message_msg_id`); absent fields keep
/// their value, other keys are ignored. No listener is called (the last message of the
/// conversation reflects it: Update). Callback JSON: ""; 7011 if the message is not stored.
#[no_mangle]
pub extern "C" fn TIMMsgSetLocalCustomData(
    json_msg_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let m: MessageJson = try_arg!(unsafe { json_object_arg(json_msg_param, "json_msg_param") });
        let (key, msg_id) = try_arg!(message_ref(&m));
        let (custom_str, custom_int) = try_arg!(local_custom_fields(&m));
        local(LocalRequest::SetLocalCustomData { key, msg_id, custom_str, custom_int }, cb, user_data)
    })
}

/// Sets the receive option of all messages for a daily period. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMMsgSetAllReceiveMessageOpt(
    opt: RecvOptArg,
    start_hour: i32,
    start_minute: i32,
    start_second: i32,
    duration: u32,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMMsgSetAllReceiveMessageOpt, login, cb, user_data; recv_opt opt)
}

/// Sets the receive option of all messages for a period (start as a timestamp). Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMMsgSetAllReceiveMessageOpt2(
    opt: RecvOptArg,
    start_time_stamp: u32,
    duration: u32,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMMsgSetAllReceiveMessageOpt2, login, cb, user_data; recv_opt opt)
}

/// Gets the receive option of all messages. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMMsgGetAllReceiveMessageOpt(cb: TIMCommCallback, user_data: *const c_void) -> c_int {
    unsupported!(TIMMsgGetAllReceiveMessageOpt, login, cb, user_data)
}

/// Modifies one of the user's own stored messages: `json_msg_param` is the Message (found by
/// `message_conv_id`, `message_conv_type`, `message_msg_id`) with its new content
/// (`message_elem_array`, checked as for sending, `message_cloud_custom_str`, …). What the
/// server assigned (seq, times, IDs, status, read state) and the local custom fields are kept.
/// The message-update listener gets it (as the SDK tells the modifying user too), a
/// conversation whose last message it is shows it (Update). Callback JSON: the modified
/// Message; 7011 if not stored; 7014 for others' or revoked messages (with the stored Message).
#[no_mangle]
pub extern "C" fn TIMMsgModifyMessage(
    json_msg_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let m: MessageJson = try_arg!(unsafe { json_object_arg(json_msg_param, "json_msg_param") });
        let (key, _) = try_arg!(message_ref(&m));
        try_arg!(check_elems(&m.rest, true));
        if body_len(&m.rest) > MAX_BODY_BYTES {
            let desc = "message body exceeds 12 KB".to_owned();
            return submit(Request::Fail { code: codes::ERR_SDK_MSG_BODY_SIZE_LIMIT, desc }, cb, user_data);
        }
        local(LocalRequest::Modify(m.into_message(key)), cb, user_data)
    })
}

/// Finds stored messages by `message_msg_id` in any conversation (`json_message_id_array`: a
/// JSON array of strings), revoked ones included (see `message_status`). Callback JSON: the
/// Messages found, in the order asked (unknown IDs left out), with read state as of now.
#[no_mangle]
pub extern "C" fn TIMMsgFindMessages(
    json_message_id_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let ids: Vec<String> = try_arg!(unsafe { json_arg(json_message_id_array, "json_message_id_array") });
        local(LocalRequest::FindMessages(ids), cb, user_data)
    })
}

/// Finds stored messages of one conversation by MsgLocator (`message_locator_seq`, `_rand`,
/// `_time`, `_unique_id`, `_is_self`; each given field must match, and a locator must give a
/// seq, rand or unique ID, else `TIM_ERR_PARAM`). Callback JSON: the Messages found, one per
/// locator that matched, in order.
#[no_mangle]
pub extern "C" fn TIMMsgFindByMsgLocatorList(
    conv_id: *const c_char,
    conv_type: ConvTypeArg,
    json_msg_Locator_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes NUL-terminated strings or NULL.
        let key = try_arg!(unsafe { conv_key_arg(conv_id, conv_type) });
        // SAFETY: as above.
        let raw: Vec<LocatorJson> =
            try_arg!(unsafe { json_objects_arg(json_msg_Locator_array, "json_msg_Locator_array") });
        let locators = try_arg!(raw.iter().map(LocatorJson::to_locator).collect::<Result<Vec<_>, _>>());
        local(LocalRequest::FindByLocators { key, locators }, cb, user_data)
    })
}

/// Searches cloud messages. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMMsgSearchCloudMessages(
    json_search_message_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMMsgSearchCloudMessages, login, cb, user_data; json json_search_message_param)
}

/// Sends read receipts for received messages (a JSON array of Message naming stored ones). There
/// is no server to carry them: each message is marked `message_has_sent_receipt`; unread counts
/// do not change (as the SDK). Callback JSON: ""; 7011 for an unknown message, 7014 for the
/// user's own. Malformed JSON is `TIM_ERR_PARAM`, as the SDK answers.
#[no_mangle]
pub extern "C" fn TIMMsgSendMessageReadReceipts(
    json_msg_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        let refs = try_arg!(message_refs(json_msg_array).map_err(Invalid::as_param));
        local(LocalRequest::SendReceipts(refs), cb, user_data)
    })
}

/// Read receipts of stored messages (a JSON array of Message naming them), from local state:
/// C2C messages of the user are read once the peer read up to them (`TIMExtReceiveReadReceipts`).
/// Callback JSON: one MessageReceipt per message (`msg_receipt_conv_id`, `_conv_type`,
/// `_msg_id`, `_time_stamp` (the peer's read time, C2C), `_is_peer_read`, `_read_count` and
/// `_unread_count` as the server feed stored them on the message, else 0); 7011 for an unknown
/// message. Malformed JSON is `TIM_ERR_PARAM`, as the SDK answers.
#[no_mangle]
pub extern "C" fn TIMMsgGetMessageReadReceipts(
    json_msg_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        let refs = try_arg!(message_refs(json_msg_array).map_err(Invalid::as_param));
        local(LocalRequest::GetReceipts(refs), cb, user_data)
    })
}

/// Gets group message read member list. Server feature: returns 7013 (not supported) after the state checks; no callback.
#[no_mangle]
pub extern "C" fn TIMMsgGetGroupMessageReadMemberList(
    json_msg: *const c_char,
    filter: ReadMembersFilterArg,
    next_seq: u64,
    count: u32,
    cb: TIMMsgGroupMessageReadMemberListCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported_sync!(TIMMsgGetGroupMessageReadMemberList, login; json json_msg, read_filter filter)
}

/// Sets message extensions. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMMsgSetMessageExtensions(
    json_msg: *const c_char,
    json_extension_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMMsgSetMessageExtensions, login, cb, user_data; json json_msg, json json_extension_array)
}

/// Gets message extensions. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMMsgGetMessageExtensions(
    json_msg: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMMsgGetMessageExtensions, login, cb, user_data; json json_msg)
}

/// Deletes message extensions. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMMsgDeleteMessageExtensions(
    json_msg: *const c_char,
    json_extension_key_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMMsgDeleteMessageExtensions, login, cb, user_data;
        json json_msg, opt_json json_extension_key_array)
}

/// Adds message reaction. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMMsgAddMessageReaction(
    json_msg: *const c_char,
    reaction_id: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMMsgAddMessageReaction, login, cb, user_data; json json_msg, text reaction_id)
}

/// Removes message reaction. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMMsgRemoveMessageReaction(
    json_msg: *const c_char,
    reaction_id: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMMsgRemoveMessageReaction, login, cb, user_data; json json_msg, text reaction_id)
}

/// Gets message reactions. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMMsgGetMessageReactions(
    json_msg_array: *const c_char,
    max_user_count_per_reaction: u32,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMMsgGetMessageReactions, login, cb, user_data; json json_msg_array)
}

/// Gets all user list of message reaction. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMMsgGetAllUserListOfMessageReaction(
    json_msg: *const c_char,
    reaction_id: *const c_char,
    next_seq: u32,
    count: u32,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMMsgGetAllUserListOfMessageReaction, login, cb, user_data; json json_msg, text reaction_id)
}

/// Translates text. Server feature: callback 7013 (not supported). Malformed JSON is
/// `TIM_ERR_PARAM`, as the SDK answers.
#[no_mangle]
pub extern "C" fn TIMMsgTranslateText(
    json_source_text_array: *const c_char,
    source_language: *const c_char,
    target_language: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMMsgTranslateText, login, cb, user_data;
        json_param json_source_text_array, opt_text source_language, text target_language)
}

/// Converts voice to text. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMMsgConvertVoiceToText(
    url: *const c_char,
    language: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMMsgConvertVoiceToText, login, cb, user_data; text url, text language)
}

/// Pins or unpins a group message. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMPinGroupMessage(
    group_id: *const c_char,
    json_msg: *const c_char,
    is_pinned: CBool,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMPinGroupMessage, login, cb, user_data; text group_id, json json_msg)
}

/// Gets pinned group message list. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMGetPinnedGroupMessageList(
    group_id: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMGetPinnedGroupMessageList, login, cb, user_data; text group_id)
}

/// Sends a message: `TIMMsgSendMessage` without the message ID buffer.
#[no_mangle]
pub extern "C" fn TIMMsgSendNewMsg(
    conv_id: *const c_char,
    conv_type: ConvTypeArg,
    json_msg_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes NUL-terminated strings or NULL.
        let key = try_arg!(unsafe { conv_key_arg(conv_id, conv_type) });
        // SAFETY: as above.
        let json: MessageJson = try_arg!(unsafe { json_object_arg(json_msg_param, "json_msg_param") });
        let (request, _) = try_arg!(send_request(key, json));
        submit(request, cb, user_data)
    })
}

/// Sends a message as `TIMMsgSendMessage`; `msgid_cb` first gets the new message ID as its
/// JSON (code 0), then `res_cb` the result. Each is called once, on the worker thread (before
/// `TIMInit` both get 6013).
#[no_mangle]
pub extern "C" fn TIMMsgSendNewMsgEx(
    conv_id: *const c_char,
    conv_type: ConvTypeArg,
    json_msg_param: *const c_char,
    msgid_cb: TIMCommCallback,
    res_cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes NUL-terminated strings or NULL.
        let key = try_arg!(unsafe { conv_key_arg(conv_id, conv_type) });
        // SAFETY: as above.
        let json: MessageJson = try_arg!(unsafe { json_object_arg(json_msg_param, "json_msg_param") });
        let (request, msg_id) = try_arg!(send_request(key, json));
        let answer = Request::Answer { code: 0, desc: String::new(), json: msg_id };
        let first = submit(answer, msgid_cb, user_data);
        if first != result::SUCC {
            return first;
        }
        submit(request, res_cb, user_data)
    })
}
