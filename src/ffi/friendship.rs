//! `TIMFriendshipManager.h`: friends, friend groups, blocklist, official accounts and
//! follows. With a homeserver the blocklist is the user's ignored-users list there; the rest,
//! and the blocklist without one, are answered as `unsupported` describes.
#![allow(non_snake_case, non_camel_case_types, unused_variables)]

use std::os::raw::{c_char, c_int, c_void};

use super::defs::TIMCommCallback;
use super::group::remote;
use super::unsupported::{keep_listener, unsupported};
use super::{boundary, c_str, result, try_arg, CBool};
use crate::runtime::remote::RemoteRequest;
use crate::wire::groups::user_list;

/// A blocklist parameter: a JSON array of user IDs (malformed: `TIM_ERR_PARAM`, as the SDK).
///
/// # Safety
/// `ptr` is NULL or a NUL-terminated string.
unsafe fn block_users(ptr: *const c_char, what: &str) -> Result<Vec<String>, crate::wire::Invalid> {
    // SAFETY: forwarded contract.
    user_list(unsafe { c_str(ptr, what) }?).map_err(crate::wire::Invalid::as_param)
}

/// One-way or two-way friendship.
#[repr(C)]
pub enum TIMFriendType {
    FriendTypeSingle = 0,
    FriendTypeBoth = 1,
}

/// Direction of friend requests.
#[repr(C)]
pub enum TIMFriendPendencyType {
    FriendPendencyTypeComeIn = 0,
    FriendPendencyTypeSendOut = 1,
    FriendPendencyTypeBoth = 2,
}

/// Answers to a friend request.
#[repr(C)]
pub enum TIMFriendResponseAction {
    ResponseActionAgree = 0,
    ResponseActionAgreeAndAdd = 1,
    ResponseActionReject = 2,
}

/// Friendship relation between two users.
#[repr(C)]
pub enum TIMFriendCheckRelation {
    FriendCheckNoRelation = 0,
    FriendCheckAWithB = 1,
    FriendCheckBWithA = 2,
    FriendCheckBothWay = 3,
}

/// Friend fields a friend search matches (bit flags).
#[repr(C)]
pub enum TIMFriendshipSearchFieldKey {
    kTIMFriendshipSearchFieldKey_Identifier = 1,
    kTIMFriendshipSearchFieldKey_NickName = 2,
    kTIMFriendshipSearchFieldKey_Remark = 4,
}

/// Relation of a user to the current user.
#[repr(C)]
pub enum TIMFriendshipRelationType {
    kTIMFriendshipRelationType_None = 0,
    kTIMFriendshipRelationType_InMyFriendList = 1,
    kTIMFriendshipRelationType_InOtherFriendList = 2,
    kTIMFriendshipRelationType_BothFriend = 3,
}

/// Follow relation between two users.
#[repr(C)]
pub enum TIMFollowType {
    kTIMFollowLTypeNone = 0,
    kTIMFollowLTypeInMyFollowingList = 1,
    kTIMFollowLTypeInMyFollowersList = 2,
    kTIMFollowLTypeInBothFollowersList = 3,
}

/// Kinds of friend-change elements.
#[repr(C)]
pub enum TIMFriendChangeType {
    kTIMFriendChange_None = 0,
    kTIMFriendChange_FriendAdd = 1,
    kTIMFriendChange_FriendDel = 2,
    kTIMFriendChange_PendencyAdd = 3,
    kTIMFriendChange_PendencyDel = 4,
    kTIMFriendChange_BlackListAdd = 5,
    kTIMFriendChange_BlackListDel = 6,
    kTIMFriendChange_PendencyReadedReport = 7,
    kTIMFriendChange_FriendProfileUpdate = 8,
    kTIMFriendChange_FriendGroupAdd = 9,
    kTIMFriendChange_FriendGroupDel = 10,
    kTIMFriendChange_FriendGroupModify = 11,
}

/// Listener: on add friend (`TIMSetOnAddFriendCallback`). Strings are valid only during the call.
pub type TIMOnAddFriendCallback =
    Option<unsafe extern "C" fn(json_identifier_array: *const c_char, user_data: *const c_void)>;

/// Listener: on delete friend (`TIMSetOnDeleteFriendCallback`). Strings are valid only during the call.
pub type TIMOnDeleteFriendCallback =
    Option<unsafe extern "C" fn(json_identifier_array: *const c_char, user_data: *const c_void)>;

/// Listener: update friend profile (`TIMSetUpdateFriendProfileCallback`). Strings are valid only during the call.
pub type TIMUpdateFriendProfileCallback =
    Option<unsafe extern "C" fn(json_friend_profile_update_array: *const c_char, user_data: *const c_void)>;

/// Listener: friend add request (`TIMSetFriendAddRequestCallback`). Strings are valid only during the call.
pub type TIMFriendAddRequestCallback = Option<
    unsafe extern "C" fn(json_friend_add_request_pendency_array: *const c_char, user_data: *const c_void),
>;

/// Listener: friend application list deleted (`TIMSetFriendApplicationListDeletedCallback`). Strings are valid only during the call.
pub type TIMFriendApplicationListDeletedCallback =
    Option<unsafe extern "C" fn(json_identifier_array: *const c_char, user_data: *const c_void)>;

/// Listener: friend application list read (`TIMSetFriendApplicationListReadCallback`). Strings are valid only during the call.
pub type TIMFriendApplicationListReadCallback = Option<unsafe extern "C" fn(user_data: *const c_void)>;

/// Listener: friend black list added (`TIMSetFriendBlackListAddedCallback`). Strings are valid only during the call.
pub type TIMFriendBlackListAddedCallback =
    Option<unsafe extern "C" fn(json_friend_black_added_array: *const c_char, user_data: *const c_void)>;

/// Listener: friend black list deleted (`TIMSetFriendBlackListDeletedCallback`). Strings are valid only during the call.
pub type TIMFriendBlackListDeletedCallback =
    Option<unsafe extern "C" fn(json_identifier_array: *const c_char, user_data: *const c_void)>;

/// Listener: friend group created (`TIMSetFriendGroupCreatedCallback`). Strings are valid only during the call.
pub type TIMFriendGroupCreatedCallback = Option<
    unsafe extern "C" fn(
        group_name: *const c_char,
        json_friend_info_array: *const c_char,
        user_data: *const c_void,
    ),
>;

/// Listener: friend group deleted (`TIMSetFriendGroupDeletedCallback`). Strings are valid only during the call.
pub type TIMFriendGroupDeletedCallback =
    Option<unsafe extern "C" fn(json_group_name_array: *const c_char, user_data: *const c_void)>;

/// Listener: friend group name changed (`TIMSetFriendGroupNameChangedCallback`). Strings are valid only during the call.
pub type TIMFriendGroupNameChangedCallback = Option<
    unsafe extern "C" fn(
        old_group_name: *const c_char,
        new_group_name: *const c_char,
        user_data: *const c_void,
    ),
>;

/// Listener: friends added to group (`TIMSetFriendsAddedToGroupCallback`). Strings are valid only during the call.
pub type TIMFriendsAddedToGroupCallback = Option<
    unsafe extern "C" fn(
        group_name: *const c_char,
        json_friend_info_array: *const c_char,
        user_data: *const c_void,
    ),
>;

/// Listener: friends deleted from group (`TIMSetFriendsDeletedFromGroupCallback`). Strings are valid only during the call.
pub type TIMFriendsDeletedFromGroupCallback = Option<
    unsafe extern "C" fn(
        group_name: *const c_char,
        json_friend_id_array: *const c_char,
        user_data: *const c_void,
    ),
>;

/// Listener: official account subscribed (`TIMSetOfficialAccountSubscribedCallback`). Strings are valid only during the call.
pub type TIMOfficialAccountSubscribedCallback =
    Option<unsafe extern "C" fn(json_official_account_info: *const c_char, user_data: *const c_void)>;

/// Listener: official account unsubscribed (`TIMSetOfficialAccountUnsubscribedCallback`). Strings are valid only during the call.
pub type TIMOfficialAccountUnsubscribedCallback =
    Option<unsafe extern "C" fn(official_account_id: *const c_char, user_data: *const c_void)>;

/// Listener: official account deleted (`TIMSetOfficialAccountDeletedCallback`). Strings are valid only during the call.
pub type TIMOfficialAccountDeletedCallback =
    Option<unsafe extern "C" fn(official_account_id: *const c_char, user_data: *const c_void)>;

/// Listener: official account info changed (`TIMSetOfficialAccountInfoChangedCallback`). Strings are valid only during the call.
pub type TIMOfficialAccountInfoChangedCallback =
    Option<unsafe extern "C" fn(json_official_account_info: *const c_char, user_data: *const c_void)>;

/// Listener: my following list changed (`TIMSetMyFollowingListChangedCallback`). Strings are valid only during the call.
pub type TIMMyFollowingListChangedCallback =
    Option<unsafe extern "C" fn(json_user_info_list: *const c_char, is_add: CBool, user_data: *const c_void)>;

/// Listener: my followers list changed (`TIMSetMyFollowersListChangedCallback`). Strings are valid only during the call.
pub type TIMMyFollowersListChangedCallback =
    Option<unsafe extern "C" fn(json_user_info_list: *const c_char, is_add: CBool, user_data: *const c_void)>;

/// Listener: mutual followers list changed (`TIMSetMutualFollowersListChangedCallback`). Strings are valid only during the call.
pub type TIMMutualFollowersListChangedCallback =
    Option<unsafe extern "C" fn(json_user_info_list: *const c_char, is_add: CBool, user_data: *const c_void)>;

/// Registers the on add friend listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetOnAddFriendCallback(cb: TIMOnAddFriendCallback, user_data: *const c_void) {
    keep_listener!(TIMSetOnAddFriendCallback, cb, user_data)
}

/// Registers the on delete friend listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetOnDeleteFriendCallback(cb: TIMOnDeleteFriendCallback, user_data: *const c_void) {
    keep_listener!(TIMSetOnDeleteFriendCallback, cb, user_data)
}

/// Registers the update friend profile listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetUpdateFriendProfileCallback(
    cb: TIMUpdateFriendProfileCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetUpdateFriendProfileCallback, cb, user_data)
}

/// Registers the friend add request listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetFriendAddRequestCallback(cb: TIMFriendAddRequestCallback, user_data: *const c_void) {
    keep_listener!(TIMSetFriendAddRequestCallback, cb, user_data)
}

/// Registers the friend application list deleted listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetFriendApplicationListDeletedCallback(
    cb: TIMFriendApplicationListDeletedCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetFriendApplicationListDeletedCallback, cb, user_data)
}

/// Registers the friend application list read listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetFriendApplicationListReadCallback(
    cb: TIMFriendApplicationListReadCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetFriendApplicationListReadCallback, cb, user_data)
}

/// Registers the friend black list added listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetFriendBlackListAddedCallback(
    cb: TIMFriendBlackListAddedCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetFriendBlackListAddedCallback, cb, user_data)
}

/// Registers the friend black list deleted listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetFriendBlackListDeletedCallback(
    cb: TIMFriendBlackListDeletedCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetFriendBlackListDeletedCallback, cb, user_data)
}

/// Registers the friend group created listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetFriendGroupCreatedCallback(
    cb: TIMFriendGroupCreatedCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetFriendGroupCreatedCallback, cb, user_data)
}

/// Registers the friend group deleted listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetFriendGroupDeletedCallback(
    cb: TIMFriendGroupDeletedCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetFriendGroupDeletedCallback, cb, user_data)
}

/// Registers the friend group name changed listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetFriendGroupNameChangedCallback(
    cb: TIMFriendGroupNameChangedCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetFriendGroupNameChangedCallback, cb, user_data)
}

/// Registers the friends added to group listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetFriendsAddedToGroupCallback(
    cb: TIMFriendsAddedToGroupCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetFriendsAddedToGroupCallback, cb, user_data)
}

/// Registers the friends deleted from group listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetFriendsDeletedFromGroupCallback(
    cb: TIMFriendsDeletedFromGroupCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetFriendsDeletedFromGroupCallback, cb, user_data)
}

/// Registers the official account subscribed listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetOfficialAccountSubscribedCallback(
    cb: TIMOfficialAccountSubscribedCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetOfficialAccountSubscribedCallback, cb, user_data)
}

/// Registers the official account unsubscribed listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetOfficialAccountUnsubscribedCallback(
    cb: TIMOfficialAccountUnsubscribedCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetOfficialAccountUnsubscribedCallback, cb, user_data)
}

/// Registers the official account deleted listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetOfficialAccountDeletedCallback(
    cb: TIMOfficialAccountDeletedCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetOfficialAccountDeletedCallback, cb, user_data)
}

/// Registers the official account info changed listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetOfficialAccountInfoChangedCallback(
    cb: TIMOfficialAccountInfoChangedCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetOfficialAccountInfoChangedCallback, cb, user_data)
}

/// Registers the my following list changed listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetMyFollowingListChangedCallback(
    cb: TIMMyFollowingListChangedCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetMyFollowingListChangedCallback, cb, user_data)
}

/// Registers the my followers list changed listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetMyFollowersListChangedCallback(
    cb: TIMMyFollowersListChangedCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetMyFollowersListChangedCallback, cb, user_data)
}

/// Registers the mutual followers list changed listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetMutualFollowersListChangedCallback(
    cb: TIMMutualFollowersListChangedCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetMutualFollowersListChangedCallback, cb, user_data)
}

/// Gets friend profile list. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMFriendshipGetFriendProfileList(cb: TIMCommCallback, user_data: *const c_void) -> c_int {
    unsupported!(TIMFriendshipGetFriendProfileList, login, cb, user_data)
}

/// Gets friends info. Server feature: callback 7013 (not supported). Malformed
/// JSON is `TIM_ERR_PARAM`, as the SDK answers.
#[no_mangle]
pub extern "C" fn TIMFriendshipGetFriendsInfo(
    friend_id_list: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMFriendshipGetFriendsInfo, login, cb, user_data; json_param friend_id_list)
}

/// Modifies friend profile. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMFriendshipModifyFriendProfile(
    json_modify_friend_info_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMFriendshipModifyFriendProfile, login, cb, user_data; json json_modify_friend_info_param)
}

/// Searches friends. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMFriendshipSearchFriends(
    json_search_friends_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMFriendshipSearchFriends, login, cb, user_data; json json_search_friends_param)
}

/// Adds a friend. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMFriendshipAddFriend(
    json_add_friend_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMFriendshipAddFriend, login, cb, user_data; json json_add_friend_param)
}

/// Deletes friends. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMFriendshipDeleteFriend(
    json_delete_friend_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMFriendshipDeleteFriend, login, cb, user_data; json json_delete_friend_param)
}

/// Checks friend type. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMFriendshipCheckFriendType(
    json_check_friend_list_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMFriendshipCheckFriendType, login, cb, user_data; json json_check_friend_list_param)
}

/// Gets friend requests. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMFriendshipGetPendencyList(
    json_get_pendency_list_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMFriendshipGetPendencyList, login, cb, user_data; json json_get_pendency_list_param)
}

/// Handles friend add request. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMFriendshipHandleFriendAddRequest(
    json_handle_friend_add_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMFriendshipHandleFriendAddRequest, login, cb, user_data; json json_handle_friend_add_param)
}

/// Marks friend requests up to a time as read. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMFriendshipReportPendencyReaded(
    time_stamp: u64,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMFriendshipReportPendencyReaded, login, cb, user_data)
}

/// Deletes friend requests. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMFriendshipDeletePendency(
    json_delete_pendency_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMFriendshipDeletePendency, login, cb, user_data; json json_delete_pendency_param)
}

/// The blocklist: with a homeserver, the users in the user's ignored-users list
/// (`m.ignored_user_list`). Callback JSON: an array of FriendProfile
/// (`friend_profile_identifier`, `friend_profile_user_profile`). Without a homeserver: 7013.
#[no_mangle]
pub extern "C" fn TIMFriendshipGetBlackList(cb: TIMCommCallback, user_data: *const c_void) -> c_int {
    boundary!(result::ERR_PARAM, {
        remote("TIMFriendshipGetBlackList", RemoteRequest::BlockList, cb, user_data)
    })
}

/// Adds users to the blocklist (`json_add_to_blacklist_param`: a JSON array of user IDs): the
/// homeserver stops delivering their messages and invitations to every device of the user.
/// Callback JSON: one FriendResult per user. Malformed JSON is `TIM_ERR_PARAM`, as the SDK
/// answers. Without a homeserver: 7013.
#[no_mangle]
pub extern "C" fn TIMFriendshipAddToBlackList(
    json_add_to_blacklist_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let users =
            try_arg!(unsafe { block_users(json_add_to_blacklist_param, "json_add_to_blacklist_param") });
        remote("TIMFriendshipAddToBlackList", RemoteRequest::Block(users), cb, user_data)
    })
}

/// Removes users from the blocklist (a JSON array of user IDs). Callback JSON: one
/// FriendResult per user. Malformed JSON is `TIM_ERR_PARAM`, as the SDK answers. Without a
/// homeserver: 7013.
#[no_mangle]
pub extern "C" fn TIMFriendshipDeleteFromBlackList(
    json_delete_from_blacklist_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let users = try_arg!(unsafe {
            block_users(json_delete_from_blacklist_param, "json_delete_from_blacklist_param")
        });
        remote("TIMFriendshipDeleteFromBlackList", RemoteRequest::Unblock(users), cb, user_data)
    })
}

/// Creates friend group. Server feature: callback 7013 (not supported). Malformed
/// JSON is `TIM_ERR_PARAM`, as the SDK answers.
#[no_mangle]
pub extern "C" fn TIMFriendshipCreateFriendGroup(
    json_create_friend_group_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMFriendshipCreateFriendGroup, login, cb, user_data; json_param json_create_friend_group_param)
}

/// Gets friend group list. Server feature: callback 7013 (not supported). Malformed
/// JSON is `TIM_ERR_PARAM`, as the SDK answers.
#[no_mangle]
pub extern "C" fn TIMFriendshipGetFriendGroupList(
    json_get_friend_group_list_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMFriendshipGetFriendGroupList, login, cb, user_data; json_param json_get_friend_group_list_param)
}

/// Deletes friend group. Server feature: callback 7013 (not supported). Malformed
/// JSON is `TIM_ERR_PARAM`, as the SDK answers.
#[no_mangle]
pub extern "C" fn TIMFriendshipDeleteFriendGroup(
    json_delete_friend_group_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMFriendshipDeleteFriendGroup, login, cb, user_data; json_param json_delete_friend_group_param)
}

/// Modifies friend group. Server feature: callback 7013 (not supported). Malformed
/// JSON is `TIM_ERR_PARAM`, as the SDK answers.
#[no_mangle]
pub extern "C" fn TIMFriendshipModifyFriendGroup(
    json_modify_friend_group_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMFriendshipModifyFriendGroup, login, cb, user_data; json_param json_modify_friend_group_param)
}

/// Subscribes to official account. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMSubscribeOfficialAccount(
    official_account_id: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMSubscribeOfficialAccount, login, cb, user_data; text official_account_id)
}

/// Unsubscribes from official account. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMUnsubscribeOfficialAccount(
    unsubscribe_official_account_id: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMUnsubscribeOfficialAccount, login, cb, user_data; text unsubscribe_official_account_id)
}

/// Gets official accounts info (`json_official_account_id_list` NULL: every one). Server
/// feature: callback 7013 (not supported). Malformed JSON is `TIM_ERR_PARAM`, as the SDK answers.
#[no_mangle]
pub extern "C" fn TIMGetOfficialAccountsInfo(
    json_official_account_id_list: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMGetOfficialAccountsInfo, login, cb, user_data; opt_json_param json_official_account_id_list)
}

/// Follows user. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMFollowUser(
    json_user_id_list: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMFollowUser, login, cb, user_data; json json_user_id_list)
}

/// Unfollows user. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMUnfollowUser(
    json_user_id_list: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMUnfollowUser, login, cb, user_data; json json_user_id_list)
}

/// Gets my following list. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMGetMyFollowingList(
    next_cursor: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMGetMyFollowingList, login, cb, user_data; opt_text next_cursor)
}

/// Gets my followers list. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMGetMyFollowersList(
    next_cursor: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMGetMyFollowersList, login, cb, user_data; opt_text next_cursor)
}

/// Gets mutual followers list. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMGetMutualFollowersList(
    next_cursor: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMGetMutualFollowersList, login, cb, user_data; opt_text next_cursor)
}

/// Gets user follow info. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMGetUserFollowInfo(
    json_user_id_list: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMGetUserFollowInfo, login, cb, user_data; json json_user_id_list)
}

/// Checks follow type. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMCheckFollowType(
    json_user_id_list: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMCheckFollowType, login, cb, user_data; json json_user_id_list)
}
