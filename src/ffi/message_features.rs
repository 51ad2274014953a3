//! `TIMMessageManager.h`, the server-side message features: extensions, reactions, read
//! receipts of group members, translation, pinned group messages, cloud search, …
//! Answered as `unsupported` describes.
#![allow(non_snake_case, non_camel_case_types, unused_variables)]

use std::os::raw::{c_char, c_int, c_void};

use super::defs::TIMCommCallback;
use super::unsupported::{keep_listener, unsupported, unsupported_sync};
use super::{CBool, ConvTypeArg, ReadMembersFilterArg, RecvOptArg};

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

/// Cancels sending a message. Not implemented yet (local behaviour planned): callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMMsgCancelSend(
    conv_id: *const c_char,
    conv_type: ConvTypeArg,
    message_id: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMMsgCancelSend, login, cb, user_data; text conv_id, conv conv_type, text message_id)
}

/// Sends one message to many users. Not implemented yet (local behaviour planned): callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMMsgBatchSend(
    json_batch_send_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMMsgBatchSend, login, cb, user_data; json json_batch_send_param)
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

/// Sets the local custom data of a message. Not implemented yet (local behaviour planned): callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMMsgSetLocalCustomData(
    json_msg_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMMsgSetLocalCustomData, login, cb, user_data; json json_msg_param)
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

/// Modifies message. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMMsgModifyMessage(
    json_msg_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMMsgModifyMessage, login, cb, user_data; json json_msg_param)
}

/// Finds messages. Not implemented yet (local behaviour planned): callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMMsgFindMessages(
    json_message_id_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMMsgFindMessages, login, cb, user_data; json json_message_id_array)
}

/// Finds messages by MsgLocator. Not implemented yet (local behaviour planned): callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMMsgFindByMsgLocatorList(
    conv_id: *const c_char,
    conv_type: ConvTypeArg,
    json_msg_Locator_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMMsgFindByMsgLocatorList, login, cb, user_data;
        text conv_id, conv conv_type, json json_msg_Locator_array)
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

/// Sends message read receipts. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMMsgSendMessageReadReceipts(
    json_msg_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMMsgSendMessageReadReceipts, login, cb, user_data; json json_msg_array)
}

/// Gets message read receipts. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMMsgGetMessageReadReceipts(
    json_msg_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMMsgGetMessageReadReceipts, login, cb, user_data; json json_msg_array)
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

/// Translates text. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMMsgTranslateText(
    json_source_text_array: *const c_char,
    source_language: *const c_char,
    target_language: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMMsgTranslateText, login, cb, user_data;
        json json_source_text_array, opt_text source_language, text target_language)
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

/// Sends a message (older form of TIMMsgSendMessage). Not implemented yet (local behaviour planned): callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMMsgSendNewMsg(
    conv_id: *const c_char,
    conv_type: ConvTypeArg,
    json_msg_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMMsgSendNewMsg, login, cb, user_data; text conv_id, conv conv_type, json json_msg_param)
}

/// Sends a message; the first callback gets its ID (older form of TIMMsgSendMessage). Not implemented yet (local behaviour planned): callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMMsgSendNewMsgEx(
    conv_id: *const c_char,
    conv_type: ConvTypeArg,
    json_msg_param: *const c_char,
    msgid_cb: TIMCommCallback,
    res_cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMMsgSendNewMsgEx, login, res_cb, user_data; text conv_id, conv conv_type, json json_msg_param)
}
