//! `TIMCommunityManager.h`: communities, topics and permission groups. All server-side:
//! answered as `unsupported` describes.
#![allow(non_snake_case, non_camel_case_types, unused_variables)]

use std::os::raw::{c_char, c_int, c_void};

use super::defs::TIMCommCallback;
use super::unsupported::{keep_listener, unsupported};

/// Topic fields a modification changes (bit flags).
#[repr(C)]
pub enum TIMCommunityTopicModifyInfoFlag {
    kTIMCommunityTopicModifyInfoFlag_None = 0,
    kTIMCommunityTopicModifyInfoFlag_Name = 1,
    kTIMCommunityTopicModifyInfoFlag_Notification = 2,
    kTIMCommunityTopicModifyInfoFlag_Introduction = 4,
    kTIMCommunityTopicModifyInfoFlag_FaceUrl = 8,
    kTIMCommunityTopicModifyInfoFlag_MuteALl = 256,
    kTIMCommunityTopicModifyInfoFlag_CustomString = 2048,
    kTIMCommunityTopicModifyInfoFlag_Draft = 16384,
    kTIMCommunityTopicModifyInfoFlag_DefaultPermissions = 32768,
}

/// Permission group fields a modification changes (bit flags).
#[repr(C)]
pub enum TIMPermissionGroupModifyInfoFlag {
    kTIMPermissionGroupModifyInfoFlag_None = 0,
    kTIMPermissionGroupModifyInfoFlag_Name = 1,
    kTIMPermissionGroupModifyInfoFlag_GroupPermission = 2,
    kTIMPermissionGroupModifyInfoFlag_CustomData = 4,
}

/// Community-wide permissions of a permission group (bit flags).
#[repr(C)]
pub enum V2TIMCommunityPermissionValue {
    V2TIM_COMMUNITY_PERMISSION_MANAGE_GROUP_INFO = 1,
    V2TIM_COMMUNITY_PERMISSION_MANAGE_GROUP_MEMBER = 2,
    V2TIM_COMMUNITY_PERMISSION_MANAGE_PERMISSION_GROUP_INFO = 4,
    V2TIM_COMMUNITY_PERMISSION_MANAGE_PERMISSION_GROUP_MEMBER = 8,
    V2TIM_COMMUNITY_PERMISSION_MANAGE_TOPIC_IN_COMMUNITY = 16,
    V2TIM_COMMUNITY_PERMISSION_MUTE_MEMBER = 32,
    V2TIM_COMMUNITY_PERMISSION_SEND_MESSAGE = 64,
    V2TIM_COMMUNITY_PERMISSION_AT_ALL = 128,
    V2TIM_COMMUNITY_PERMISSION_GET_HISTORY_MESSAGE = 256,
    V2TIM_COMMUNITY_PERMISSION_REVOKE_OTHER_MEMBER_MESSAGE = 512,
    V2TIM_COMMUNITY_PERMISSION_BAN_MEMBER = 1024,
}

/// Topic permissions of a permission group (bit flags).
#[repr(C)]
pub enum V2TIMTopicPermissionValue {
    V2TIM_TOPIC_PERMISSION_MANAGE_TOPIC = 1,
    V2TIM_TOPIC_PERMISSION_MANAGE_TOPIC_PERMISSION = 2,
    V2TIM_TOPIC_PERMISSION_MUTE_MEMBER = 4,
    V2TIM_TOPIC_PERMISSION_SEND_MESSAGE = 8,
    V2TIM_TOPIC_PERMISSION_GET_HISTORY_MESSAGE = 16,
    V2TIM_TOPIC_PERMISSION_REVOKE_OTHER_MEMBER_MESSAGE = 32,
    V2TIM_TOPIC_PERMISSION_AT_ALL = 64,
}

/// Listener: community create topic (`TIMSetCommunityCreateTopicCallback`). Strings are valid only during the call.
pub type TIMCommunityCreateTopicCallback =
    Option<unsafe extern "C" fn(group_id: *const c_char, topic_id: *const c_char, user_data: *const c_void)>;

/// Listener: community delete topic (`TIMSetCommunityDeleteTopicCallback`). Strings are valid only during the call.
pub type TIMCommunityDeleteTopicCallback = Option<
    unsafe extern "C" fn(group_id: *const c_char, topic_id_array: *const c_char, user_data: *const c_void),
>;

/// Listener: community change topic info (`TIMSetCommunityChangeTopicInfoCallback`). Strings are valid only during the call.
pub type TIMCommunityChangeTopicInfoCallback = Option<
    unsafe extern "C" fn(group_id: *const c_char, topic_info: *const c_char, user_data: *const c_void),
>;

/// Listener: community receive topic REST custom data (`TIMSetCommunityReceiveTopicRESTCustomDataCallback`). Strings are valid only during the call.
pub type TIMCommunityReceiveTopicRESTCustomDataCallback = Option<
    unsafe extern "C" fn(topic_id: *const c_char, custom_data: *const c_char, user_data: *const c_void),
>;

/// Listener: community create permission group (`TIMSetCommunityCreatePermissionGroupCallback`). Strings are valid only during the call.
pub type TIMCommunityCreatePermissionGroupCallback = Option<
    unsafe extern "C" fn(
        group_id: *const c_char,
        permission_group_info: *const c_char,
        user_data: *const c_void,
    ),
>;

/// Listener: community delete permission group (`TIMSetCommunityDeletePermissionGroupCallback`). Strings are valid only during the call.
pub type TIMCommunityDeletePermissionGroupCallback = Option<
    unsafe extern "C" fn(
        group_id: *const c_char,
        permission_group_id_array: *const c_char,
        user_data: *const c_void,
    ),
>;

/// Listener: community change permission group info (`TIMSetCommunityChangePermissionGroupInfoCallback`). Strings are valid only during the call.
pub type TIMCommunityChangePermissionGroupInfoCallback = Option<
    unsafe extern "C" fn(
        group_id: *const c_char,
        permission_group_info: *const c_char,
        user_data: *const c_void,
    ),
>;

/// Listener: community add members to permission group (`TIMSetCommunityAddMembersToPermissionGroupCallback`). Strings are valid only during the call.
pub type TIMCommunityAddMembersToPermissionGroupCallback = Option<
    unsafe extern "C" fn(group_id: *const c_char, json_result: *const c_char, user_data: *const c_void),
>;

/// Listener: community remove members from permission group (`TIMSetCommunityRemoveMembersFromPermissionGroupCallback`). Strings are valid only during the call.
pub type TIMCommunityRemoveMembersFromPermissionGroupCallback = Option<
    unsafe extern "C" fn(group_id: *const c_char, json_result: *const c_char, user_data: *const c_void),
>;

/// Listener: community add topic permission (`TIMSetCommunityAddTopicPermissionCallback`). Strings are valid only during the call.
pub type TIMCommunityAddTopicPermissionCallback = Option<
    unsafe extern "C" fn(group_id: *const c_char, json_result: *const c_char, user_data: *const c_void),
>;

/// Listener: community delete topic permission (`TIMSetCommunityDeleteTopicPermissionCallback`). Strings are valid only during the call.
pub type TIMCommunityDeleteTopicPermissionCallback = Option<
    unsafe extern "C" fn(group_id: *const c_char, json_result: *const c_char, user_data: *const c_void),
>;

/// Listener: community modify topic permission (`TIMSetCommunityModifyTopicPermissionCallback`). Strings are valid only during the call.
pub type TIMCommunityModifyTopicPermissionCallback = Option<
    unsafe extern "C" fn(group_id: *const c_char, json_result: *const c_char, user_data: *const c_void),
>;

/// Registers the community create topic listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetCommunityCreateTopicCallback(
    cb: TIMCommunityCreateTopicCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetCommunityCreateTopicCallback, cb, user_data)
}

/// Registers the community delete topic listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetCommunityDeleteTopicCallback(
    cb: TIMCommunityDeleteTopicCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetCommunityDeleteTopicCallback, cb, user_data)
}

/// Registers the community change topic info listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetCommunityChangeTopicInfoCallback(
    cb: TIMCommunityChangeTopicInfoCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetCommunityChangeTopicInfoCallback, cb, user_data)
}

/// Registers the community receive topic REST custom data listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetCommunityReceiveTopicRESTCustomDataCallback(
    cb: TIMCommunityReceiveTopicRESTCustomDataCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetCommunityReceiveTopicRESTCustomDataCallback, cb, user_data)
}

/// Registers the community create permission group listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetCommunityCreatePermissionGroupCallback(
    cb: TIMCommunityCreatePermissionGroupCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetCommunityCreatePermissionGroupCallback, cb, user_data)
}

/// Registers the community delete permission group listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetCommunityDeletePermissionGroupCallback(
    cb: TIMCommunityDeletePermissionGroupCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetCommunityDeletePermissionGroupCallback, cb, user_data)
}

/// Registers the community change permission group info listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetCommunityChangePermissionGroupInfoCallback(
    cb: TIMCommunityChangePermissionGroupInfoCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetCommunityChangePermissionGroupInfoCallback, cb, user_data)
}

/// Registers the community add members to permission group listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetCommunityAddMembersToPermissionGroupCallback(
    cb: TIMCommunityAddMembersToPermissionGroupCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetCommunityAddMembersToPermissionGroupCallback, cb, user_data)
}

/// Registers the community remove members from permission group listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetCommunityRemoveMembersFromPermissionGroupCallback(
    cb: TIMCommunityRemoveMembersFromPermissionGroupCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetCommunityRemoveMembersFromPermissionGroupCallback, cb, user_data)
}

/// Registers the community add topic permission listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetCommunityAddTopicPermissionCallback(
    cb: TIMCommunityAddTopicPermissionCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetCommunityAddTopicPermissionCallback, cb, user_data)
}

/// Registers the community delete topic permission listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetCommunityDeleteTopicPermissionCallback(
    cb: TIMCommunityDeleteTopicPermissionCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetCommunityDeleteTopicPermissionCallback, cb, user_data)
}

/// Registers the community modify topic permission listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetCommunityModifyTopicPermissionCallback(
    cb: TIMCommunityModifyTopicPermissionCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetCommunityModifyTopicPermissionCallback, cb, user_data)
}

/// Creates a community. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMCommunityCreate(
    json_group_create_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMCommunityCreate, login, cb, user_data; json json_group_create_param)
}

/// Gets joined community list. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMCommunityGetJoinedCommunityList(cb: TIMCommCallback, user_data: *const c_void) -> c_int {
    unsupported!(TIMCommunityGetJoinedCommunityList, login, cb, user_data)
}

/// Creates topic in community. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMCommunityCreateTopicInCommunity(
    group_id: *const c_char,
    json_topic_info: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMCommunityCreateTopicInCommunity, login, cb, user_data; text group_id, json json_topic_info)
}

/// Deletes topic from community. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMCommunityDeleteTopicFromCommunity(
    group_id: *const c_char,
    json_topic_id_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMCommunityDeleteTopicFromCommunity, login, cb, user_data;
        text group_id, json json_topic_id_array)
}

/// Sets topic info. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMCommunitySetTopicInfo(
    json_topic_info: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMCommunitySetTopicInfo, login, cb, user_data; json json_topic_info)
}

/// Gets topic info list. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMCommunityGetTopicInfoList(
    group_id: *const c_char,
    json_topic_id_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMCommunityGetTopicInfoList, login, cb, user_data; text group_id, json json_topic_id_array)
}

/// Creates permission group in community. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMCommunityCreatePermissionGroupInCommunity(
    json_permission_group_info: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMCommunityCreatePermissionGroupInCommunity, login, cb, user_data;
        json json_permission_group_info)
}

/// Deletes permission group from community. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMCommunityDeletePermissionGroupFromCommunity(
    group_id: *const c_char,
    json_permission_group_id_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMCommunityDeletePermissionGroupFromCommunity, login, cb, user_data;
        text group_id, json json_permission_group_id_array)
}

/// Modifies permission group info in community. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMCommunityModifyPermissionGroupInfoInCommunity(
    json_permission_group_info: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMCommunityModifyPermissionGroupInfoInCommunity, login, cb, user_data;
        json json_permission_group_info)
}

/// Gets joined permission group list in community. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMCommunityGetJoinedPermissionGroupListInCommunity(
    group_id: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMCommunityGetJoinedPermissionGroupListInCommunity, login, cb, user_data; text group_id)
}

/// Gets permission group list in community. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMCommunityGetPermissionGroupListInCommunity(
    group_id: *const c_char,
    json_permission_group_id_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMCommunityGetPermissionGroupListInCommunity, login, cb, user_data;
        text group_id, json json_permission_group_id_array)
}

/// Adds community members to permission group. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMCommunityAddCommunityMembersToPermissionGroup(
    group_id: *const c_char,
    permission_group_id: *const c_char,
    json_member_id_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMCommunityAddCommunityMembersToPermissionGroup, login, cb, user_data;
        text group_id, text permission_group_id, json json_member_id_array)
}

/// Removes community members from permission group. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMCommunityRemoveCommunityMembersFromPermissionGroup(
    group_id: *const c_char,
    permission_group_id: *const c_char,
    json_member_id_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMCommunityRemoveCommunityMembersFromPermissionGroup, login, cb, user_data;
        text group_id, text permission_group_id, json json_member_id_array)
}

/// Gets community member list in permission group. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMCommunityGetCommunityMemberListInPermissionGroup(
    group_id: *const c_char,
    permission_group_id: *const c_char,
    next_cursor: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMCommunityGetCommunityMemberListInPermissionGroup, login, cb, user_data;
        text group_id, text permission_group_id, opt_text next_cursor)
}

/// Adds topic permission to permission group. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMCommunityAddTopicPermissionToPermissionGroup(
    group_id: *const c_char,
    permission_group_id: *const c_char,
    json_topic_permission_map: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMCommunityAddTopicPermissionToPermissionGroup, login, cb, user_data;
        text group_id, text permission_group_id, json json_topic_permission_map)
}

/// Deletes topic permission from permission group. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMCommunityDeleteTopicPermissionFromPermissionGroup(
    group_id: *const c_char,
    permission_group_id: *const c_char,
    json_topic_id_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMCommunityDeleteTopicPermissionFromPermissionGroup, login, cb, user_data;
        text group_id, text permission_group_id, json json_topic_id_array)
}

/// Modifies topic permission in permission group. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMCommunityModifyTopicPermissionInPermissionGroup(
    group_id: *const c_char,
    permission_group_id: *const c_char,
    json_topic_permission_map: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMCommunityModifyTopicPermissionInPermissionGroup, login, cb, user_data;
        text group_id, text permission_group_id, json json_topic_permission_map)
}

/// Gets topic permission in permission group. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMCommunityGetTopicPermissionInPermissionGroup(
    group_id: *const c_char,
    permission_group_id: *const c_char,
    json_topic_id_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMCommunityGetTopicPermissionInPermissionGroup, login, cb, user_data;
        text group_id, text permission_group_id, json json_topic_id_array)
}
