//! `TIMGroupManager.h`: groups, members, attributes, counters and topics. With a homeserver,
//! creating, joining, quitting and dismissing groups, inviting and removing members, the joined
//! group list, group and member info (read and changed) and the group tips listener are real
//! (see the README's homeserver section); without one, and for the rest, as `unsupported`
//! describes.
#![allow(non_snake_case, non_camel_case_types, unused_variables)]

use std::os::raw::{c_char, c_int, c_void};

use super::defs::TIMCommCallback;
use super::unsupported::{keep_listener, unsupported};
use super::CBool;
use super::{boundary, c_str, json_arg, json_object_arg, opt_c_str, result, try_arg};
use crate::runtime::remote::RemoteRequest;
use crate::runtime::Request;
use crate::wire::groups::{
    self, CreateGroupParam, DeleteParam, InviteParam, MemberListParam, ModifyGroupParam, ModifyMemberParam,
};

/// Submits a call that needs the homeserver (`runtime::remote`).
pub(crate) fn remote(
    function: &'static str,
    request: RemoteRequest,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    super::submit(Request::Remote { function, request }, cb, user_data)
}

/// The request for a call asking also for what timconv cannot do: the whole call is 7013.
pub(crate) fn unless_unsupported(request: RemoteRequest, unsupported: Vec<&str>) -> RemoteRequest {
    if unsupported.is_empty() {
        request
    } else {
        RemoteRequest::NotSupported { what: unsupported.join(", ") }
    }
}

/// Which group info field a group tip reports as changed.
#[repr(C)]
pub enum TIMGroupTipGroupChangeFlag {
    kTIMGroupTipChangeFlag_Unknown = 0,
    kTIMGroupTipChangeFlag_Name = 1,
    kTIMGroupTipChangeFlag_Introduction = 2,
    kTIMGroupTipChangeFlag_Notification = 3,
    kTIMGroupTipChangeFlag_FaceUrl = 4,
    kTIMGroupTipChangeFlag_Owner = 5,
    kTIMGroupTipChangeFlag_Custom = 6,
    kTIMGroupTipChangeFlag_Attribute = 7,
    kTIMGroupTipChangeFlag_ShutupAll = 8,
    kTIMGroupTipChangeFlag_TopicCustomData = 9,
    kTIMGroupTipChangeFlag_MessageReceiveOpt = 10,
    kTIMGroupTipChangeFlag_GroupAddOpt = 11,
    kTIMGroupTipChangeFlag_GroupApproveOpt = 12,
    kTIMGroupTipChangeFlag_EnablePermissionGroup = 13,
    kTIMGroupTipChangeFlag_DefaultPermissions = 14,
}

/// Kinds of group tips.
#[repr(C)]
pub enum TIMGroupTipType {
    kTIMGroupTip_None = 0,
    kTIMGroupTip_Invite = 1,
    kTIMGroupTip_Quit = 2,
    kTIMGroupTip_Kick = 3,
    kTIMGroupTip_SetAdmin = 4,
    kTIMGroupTip_CancelAdmin = 5,
    kTIMGroupTip_GroupInfoChange = 6,
    kTIMGroupTip_MemberInfoChange = 7,
    kTIMGroupTip_MemberMarkChange = 8,
    kTIMGroupTip_TopicInfoChange = 9,
    KTIMGroupTip_PinnedMessageAdded = 10,
    KTIMGroupTip_PinnedMessageDeleted = 11,
}

/// How users may join a group.
#[repr(C)]
pub enum TIMGroupAddOption {
    kTIMGroupAddOpt_Forbid = 0,
    kTIMGroupAddOpt_Auth = 1,
    kTIMGroupAddOpt_Any = 2,
    kTIMGroupAddOpt_Unknown = 3,
}

/// Roles of group members.
#[repr(C)]
pub enum TIMGroupMemberRole {
    kTIMMemberRole_None = 0,
    kTIMMemberRole_Normal = 200,
    kTIMMemberRole_Admin = 300,
    kTIMMemberRole_Owner = 400,
}

/// Group fields a group search matches (bit flags).
#[repr(C)]
pub enum TIMGroupSearchFieldKey {
    kTIMGroupSearchFieldKey_GroupId = 1,
    kTIMGroupSearchFieldKey_GroupName = 2,
}

/// Group info fields a modification changes (bit flags).
#[repr(C)]
pub enum TIMGroupModifyInfoFlag {
    kTIMGroupModifyInfoFlag_None = 0,
    kTIMGroupModifyInfoFlag_Name = 1,
    kTIMGroupModifyInfoFlag_Notification = 2,
    kTIMGroupModifyInfoFlag_Introduction = 4,
    kTIMGroupModifyInfoFlag_FaceUrl = 8,
    kTIMGroupModifyInfoFlag_AddOption = 16,
    kTIMGroupModifyInfoFlag_MaxMemberNum = 32,
    kTIMGroupModifyInfoFlag_Visible = 64,
    kTIMGroupModifyInfoFlag_Searchable = 128,
    kTIMGroupModifyInfoFlag_ShutupAll = 256,
    kTIMGroupModifyInfoFlag_Custom = 512,
    kTIMGroupTopicModifyInfoFlag_CustomString = 2048,
    kTIMGroupModifyInfoFlag_ApproveOption = 4096,
    kTIMGroupModifyInfoFlag_EnablePermissionGroup = 8192,
    kTIMGroupModifyInfoFlag_DefaultPermissions = 16384,
    /// The SDK writes `0x01 << 31`, which a C compiler makes INT_MIN (pedantic C rejects the shift).
    kTIMGroupModifyInfoFlag_Owner = -2147483648,
}

/// Member roles to list (bit flags).
#[repr(C)]
pub enum TIMGroupMemberRoleFlag {
    kTIMGroupMemberRoleFlag_All = 0,
    kTIMGroupMemberRoleFlag_Owner = 1,
    kTIMGroupMemberRoleFlag_Admin = 2,
    kTIMGroupMemberRoleFlag_Member = 4,
}

/// Member fields a member search matches (bit flags).
#[repr(C)]
pub enum TIMGroupMemberSearchFieldKey {
    kTIMGroupMemberSearchFieldKey_Identifier = 1,
    kTIMGroupMemberSearchFieldKey_NickName = 2,
    kTIMGroupMemberSearchFieldKey_Remark = 4,
    kTIMGroupMemberSearchFieldKey_NameCard = 8,
}

/// Member info fields a modification changes (bit flags).
#[repr(C)]
pub enum TIMGroupMemberModifyInfoFlag {
    kTIMGroupMemberModifyFlag_None = 0,
    kTIMGroupMemberModifyFlag_MsgFlag = 1,
    kTIMGroupMemberModifyFlag_MemberRole = 2,
    kTIMGroupMemberModifyFlag_ShutupTime = 4,
    kTIMGroupMemberModifyFlag_NameCard = 8,
    kTIMGroupMemberModifyFlag_Custom = 16,
}

/// Per-member outcome of invite and removal requests.
#[repr(C)]
pub enum HandleGroupMemberResult {
    kTIMGroupMember_HandledErr = 0,
    kTIMGroupMember_HandledSuc = 1,
    kTIMGroupMember_Included = 2,
    kTIMGroupMember_Invited = 3,
}

/// Kinds of group join requests.
#[repr(C)]
pub enum TIMGroupPendencyType {
    kTIMGroupPendency_GroupJoinNeedApprovedByAdmin = 0,
    kTIMGroupPendency_GroupInviteNeedApprovedByInvitee = 1,
    kTIMGroupPendency_GroupInviteNeedApprovedByAdmin = 2,
}

/// Whether a group join request is handled.
#[repr(C)]
pub enum TIMGroupPendencyHandle {
    kTIMGroupPendency_NotHandle = 0,
    kTIMGroupPendency_OtherHandle = 1,
    kTIMGroupPendency_OperatorHandle = 2,
}

/// How a group join request was answered.
#[repr(C)]
pub enum TIMGroupPendencyHandleResult {
    kTIMGroupPendency_Refuse = 0,
    kTIMGroupPendency_Accept = 1,
}

/// How a member entered a group.
#[repr(C)]
pub enum TIMGroupJoinType {
    kTIMGroupJoin_None = 0,
    kTIMGroupJoin_Apply = 1,
    kTIMGroupJoin_Invite = 2,
}

/// Listener: group tips event (`TIMSetGroupTipsEventCallback`). Strings are valid only during the call.
pub type TIMGroupTipsEventCallback =
    Option<unsafe extern "C" fn(json_group_tip: *const c_char, user_data: *const c_void)>;

/// Listener: group attribute changed (`TIMSetGroupAttributeChangedCallback`). Strings are valid only during the call.
pub type TIMGroupAttributeChangedCallback = Option<
    unsafe extern "C" fn(
        group_id: *const c_char,
        json_group_attribute_array: *const c_char,
        user_data: *const c_void,
    ),
>;

/// Listener: group counter changed (`TIMSetGroupCounterChangedCallback`). Strings are valid only during the call.
pub type TIMGroupCounterChangedCallback = Option<
    unsafe extern "C" fn(
        group_id: *const c_char,
        group_counter_key: *const c_char,
        group_counter_new_value: i64,
        user_data: *const c_void,
    ),
>;

/// Listener: group topic created (`TIMSetGroupTopicCreatedCallback`). Strings are valid only during the call.
pub type TIMGroupTopicCreatedCallback =
    Option<unsafe extern "C" fn(group_id: *const c_char, topic_id: *const c_char, user_data: *const c_void)>;

/// Listener: group topic deleted (`TIMSetGroupTopicDeletedCallback`). Strings are valid only during the call.
pub type TIMGroupTopicDeletedCallback = Option<
    unsafe extern "C" fn(group_id: *const c_char, topic_id_array: *const c_char, user_data: *const c_void),
>;

/// Listener: group topic changed (`TIMSetGroupTopicChangedCallback`). Strings are valid only during the call.
pub type TIMGroupTopicChangedCallback = Option<
    unsafe extern "C" fn(group_id: *const c_char, topic_info: *const c_char, user_data: *const c_void),
>;

/// Registers the group tips event listener (NULL unregisters), in any state. With a homeserver
/// it gets a GroupTipsElem for each member invited or joining, quitting or removed, made or no
/// longer admin, muted or unmuted, and each change of a group's name, introduction,
/// notification, face or "everyone muted", in the order they happened, on the worker thread;
/// the same tips are stored in the group's history as group-tips messages.
#[no_mangle]
pub extern "C" fn TIMSetGroupTipsEventCallback(cb: TIMGroupTipsEventCallback, user_data: *const c_void) {
    keep_listener!(TIMSetGroupTipsEventCallback, cb, user_data)
}

/// Registers the group attribute changed listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetGroupAttributeChangedCallback(
    cb: TIMGroupAttributeChangedCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetGroupAttributeChangedCallback, cb, user_data)
}

/// Registers the group counter changed listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetGroupCounterChangedCallback(
    cb: TIMGroupCounterChangedCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetGroupCounterChangedCallback, cb, user_data)
}

/// Registers the group topic created listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetGroupTopicCreatedCallback(
    cb: TIMGroupTopicCreatedCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetGroupTopicCreatedCallback, cb, user_data)
}

/// Registers the group topic deleted listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetGroupTopicDeletedCallback(
    cb: TIMGroupTopicDeletedCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetGroupTopicDeletedCallback, cb, user_data)
}

/// Registers the group topic changed listener (NULL unregisters); kept in any state, called only from a feed.
#[no_mangle]
pub extern "C" fn TIMSetGroupTopicChangedCallback(
    cb: TIMGroupTopicChangedCallback,
    user_data: *const c_void,
) {
    keep_listener!(TIMSetGroupTopicChangedCallback, cb, user_data)
}

/// Creates a group on the homeserver: `json_group_create_param` is a CreateGroupParam (name,
/// optional group ID, type, initial members with roles, introduction, notification, face URL).
/// Work groups take members by invitation only; Public, Meeting and AVChatRoom groups anyone
/// may join by ID. Callback JSON: `{"create_group_result_groupid": ID}` (the ID asked for, else
/// the room's ID). A group ID already in use is 10021; one that cannot be a room alias 8501.
/// Without a homeserver: 7013.
#[no_mangle]
pub extern "C" fn TIMGroupCreate(
    json_group_create_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let param: CreateGroupParam =
            try_arg!(unsafe { json_object_arg(json_group_create_param, "json_group_create_param") });
        remote("TIMGroupCreate", try_arg!(param.into_request()), cb, user_data)
    })
}

/// Dismisses a group (its owner only, else 10007): every member is removed, the group ID is
/// freed, and the group leaves every member's lists. Without a homeserver: 7013.
#[no_mangle]
pub extern "C" fn TIMGroupDelete(
    group_id: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let id = try_arg!(unsafe { c_str(group_id, "group_id") }.and_then(groups::group_id));
        remote("TIMGroupDelete", RemoteRequest::DismissGroup(id), cb, user_data)
    })
}

/// Joins a group by its ID (a Work group needs an invitation: 10007; an unknown ID: 10010).
/// `hello_msg` may be NULL (it is not carried). Without a homeserver: 7013.
#[no_mangle]
pub extern "C" fn TIMGroupJoin(
    group_id: *const c_char,
    hello_msg: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes NUL-terminated strings or NULL.
        let id = try_arg!(unsafe { c_str(group_id, "group_id") }.and_then(groups::group_id));
        try_arg!(unsafe { opt_c_str(hello_msg, "hello_msg") });
        remote("TIMGroupJoin", RemoteRequest::JoinGroup(id), cb, user_data)
    })
}

/// Leaves a group (the owner of a group other than Work: 10009, dismiss it instead; not a
/// member: 10007). The conversation stays, with the quit tip as its last message. Without a
/// homeserver: 7013.
#[no_mangle]
pub extern "C" fn TIMGroupQuit(
    group_id: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let id = try_arg!(unsafe { c_str(group_id, "group_id") }.and_then(groups::group_id));
        remote("TIMGroupQuit", RemoteRequest::QuitGroup(id), cb, user_data)
    })
}

/// The groups the user is in. Callback JSON: an array of GroupBaseInfo
/// (`group_base_info_group_id`, `_group_name`, `_group_type`, `_face_url`, `_msg_flag`, and
/// `_latest_seq` / `_readed_seq` from the group's conversation). With a homeserver, the rooms
/// the server says the user joined that are groups; without one, the groups the server feed
/// told about (`TIMExtUpdateGroupInfos`, or a receive option set with
/// `TIMMsgSetGroupReceiveMessageOpt`).
#[no_mangle]
pub extern "C" fn TIMGroupGetJoinedGroupList(cb: TIMCommCallback, user_data: *const c_void) -> c_int {
    boundary!(result::ERR_PARAM, {
        remote("TIMGroupGetJoinedGroupList", RemoteRequest::JoinedGroups, cb, user_data)
    })
}

/// Group information: `json_group_getinfo_param` is a JSON array of group IDs. Callback JSON:
/// one GetGroupInfoResult per ID, in order: code 0 and a GroupDetailInfo, or the group's error
/// (10010 unknown, 10007 not readable by a non-member). With a homeserver the info is the
/// group's state on the server (name, introduction, notification, face, type, owner, member
/// count, add option, everyone muted); without one, what the server feed told
/// (`group_detail_info_group_id`, `_group_name`, `_group_type`, `_face_url`, `_next_msg_seq`,
/// `_last_msg_time`).
#[no_mangle]
pub extern "C" fn TIMGroupGetGroupInfoList(
    json_group_getinfo_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let ids: Vec<String> =
            try_arg!(unsafe { json_arg(json_group_getinfo_param, "json_group_getinfo_param") });
        remote("TIMGroupGetGroupInfoList", RemoteRequest::GroupInfos(ids), cb, user_data)
    })
}

/// Searches groups. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMGroupSearchGroups(
    json_group_search_groups_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMGroupSearchGroups, login, cb, user_data; json json_group_search_groups_param)
}

/// Changes a group's name, notification, introduction, face URL, add option or "everyone
/// muted" (`group_modify_info_param_modify_flag` says which); other fields (and the owner) are
/// 7013 for the whole call. Needs the power to change them (else 10007). Every member gets a
/// group-info-change tip. Without a homeserver: 7013.
#[no_mangle]
pub extern "C" fn TIMGroupModifyGroupInfo(
    json_group_modifyinfo_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let param: ModifyGroupParam =
            try_arg!(unsafe { json_object_arg(json_group_modifyinfo_param, "json_group_modifyinfo_param") });
        let (request, unsupported) = try_arg!(param.into_request());
        remote("TIMGroupModifyGroupInfo", unless_unsupported(request, unsupported), cb, user_data)
    })
}

/// Initialises group attributes. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMGroupInitGroupAttributes(
    group_id: *const c_char,
    json_group_attributes: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMGroupInitGroupAttributes, login, cb, user_data; text group_id, json json_group_attributes)
}

/// Sets group attributes. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMGroupSetGroupAttributes(
    group_id: *const c_char,
    json_group_attributes: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMGroupSetGroupAttributes, login, cb, user_data; text group_id, json json_group_attributes)
}

/// Deletes group attributes. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMGroupDeleteGroupAttributes(
    group_id: *const c_char,
    json_keys: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMGroupDeleteGroupAttributes, login, cb, user_data; text group_id, json json_keys)
}

/// Gets group attributes. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMGroupGetGroupAttributes(
    group_id: *const c_char,
    json_keys: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMGroupGetGroupAttributes, login, cb, user_data; text group_id, json json_keys)
}

/// Gets online member count. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMGroupGetOnlineMemberCount(
    group_id: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMGroupGetOnlineMemberCount, login, cb, user_data; text group_id)
}

/// Sets group counters. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMGroupSetGroupCounters(
    group_id: *const c_char,
    json_group_counter_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMGroupSetGroupCounters, login, cb, user_data; text group_id, json json_group_counter_array)
}

/// Gets group counters. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMGroupGetGroupCounters(
    group_id: *const c_char,
    json_group_counter_key_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMGroupGetGroupCounters, login, cb, user_data; text group_id, json json_group_counter_key_array)
}

/// Increases group counter. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMGroupIncreaseGroupCounter(
    group_id: *const c_char,
    group_counter_key: *const c_char,
    group_counter_value: i64,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMGroupIncreaseGroupCounter, login, cb, user_data; text group_id, text group_counter_key)
}

/// Decreases group counter. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMGroupDecreaseGroupCounter(
    group_id: *const c_char,
    group_counter_key: *const c_char,
    group_counter_value: i64,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMGroupDecreaseGroupCounter, login, cb, user_data; text group_id, text group_counter_key)
}

/// Gets joined community list. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMGroupGetJoinedCommunityList(cb: TIMCommCallback, user_data: *const c_void) -> c_int {
    unsupported!(TIMGroupGetJoinedCommunityList, login, cb, user_data)
}

/// Creates topic in community. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMGroupCreateTopicInCommunity(
    group_id: *const c_char,
    json_topic_info: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMGroupCreateTopicInCommunity, login, cb, user_data; text group_id, json json_topic_info)
}

/// Deletes topic from community. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMGroupDeleteTopicFromCommunity(
    group_id: *const c_char,
    json_topic_id_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMGroupDeleteTopicFromCommunity, login, cb, user_data; text group_id, json json_topic_id_array)
}

/// Sets topic info. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMGroupSetTopicInfo(
    json_topic_info: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMGroupSetTopicInfo, login, cb, user_data; json json_topic_info)
}

/// Gets topic info list. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMGroupGetTopicInfoList(
    group_id: *const c_char,
    json_topic_id_array: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMGroupGetTopicInfoList, login, cb, user_data; text group_id, json json_topic_id_array)
}

/// Members of a group: those named in `group_get_members_info_list_param_identifier_array`,
/// else a page (100) of the joined members of the roles in the option's role flag, from
/// `group_get_members_info_list_param_next_seq` (0 first). Callback JSON:
/// `{"group_get_member_info_list_result_next_seq": N (0: last page),
/// "group_get_member_info_list_result_info_array": [GroupMemberInfo]}` with role (owner 400,
/// admin 300, member 200), name card, nickname, face URL, join time and mute end. Without a
/// homeserver: 7013.
#[no_mangle]
pub extern "C" fn TIMGroupGetMemberInfoList(
    json_group_getmeminfos_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let param: MemberListParam = try_arg!(unsafe {
            json_object_arg(json_group_getmeminfos_param, "json_group_getmeminfos_param")
        });
        remote("TIMGroupGetMemberInfoList", try_arg!(param.into_request()), cb, user_data)
    })
}

/// Searches group members. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMGroupSearchGroupMembers(
    json_group_search_group_members_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMGroupSearchGroupMembers, login, cb, user_data; json json_group_search_group_members_param)
}

/// Changes a member's role (admin or member; the owner cannot change), mute
/// (`group_modify_member_info_shutup_time` seconds, 0 lifts it) or name card (one's own only,
/// else 10007); the receive option and custom info are 7013 for the whole call. Without a
/// homeserver: 7013.
#[no_mangle]
pub extern "C" fn TIMGroupModifyMemberInfo(
    json_group_modifymeminfo_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let param: ModifyMemberParam = try_arg!(unsafe {
            json_object_arg(json_group_modifymeminfo_param, "json_group_modifymeminfo_param")
        });
        let (request, unsupported) = try_arg!(param.into_request());
        remote("TIMGroupModifyMemberInfo", unless_unsupported(request, unsupported), cb, user_data)
    })
}

/// Invites users into a group (needs the power to invite, else 10007). Callback JSON: one
/// `{"group_invite_member_result_identifier", "group_invite_member_result_result"}` per user
/// (1 done, 2 a member already, 0 failed). Invited users' devices accept by themselves.
/// Without a homeserver: 7013.
#[no_mangle]
pub extern "C" fn TIMGroupInviteMember(
    json_group_invite_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let param: InviteParam =
            try_arg!(unsafe { json_object_arg(json_group_invite_param, "json_group_invite_param") });
        remote("TIMGroupInviteMember", try_arg!(param.into_request()), cb, user_data)
    })
}

/// Removes members from a group (needs the power to remove, else 10007; members at or above
/// one's own power and the owner fail per member). `group_delete_member_param_user_data` is the
/// reason. Callback JSON: one `{"group_delete_member_result_identifier",
/// "group_delete_member_result_result"}` per user (1 done, 0 failed). Without a homeserver: 7013.
#[no_mangle]
pub extern "C" fn TIMGroupDeleteMember(
    json_group_delete_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes a NUL-terminated string or NULL.
        let param: DeleteParam =
            try_arg!(unsafe { json_object_arg(json_group_delete_param, "json_group_delete_param") });
        remote("TIMGroupDeleteMember", try_arg!(param.into_request()), cb, user_data)
    })
}

/// Sets or clears marks on group members. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMGroupMarkGroupMemberList(
    group_id: *const c_char,
    member_array: *const c_char,
    mark_type: u32,
    enable_mark: CBool,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMGroupMarkGroupMemberList, login, cb, user_data; text group_id, json member_array)
}

/// Gets group join requests. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMGroupGetPendencyList(
    json_group_getpendency_list_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMGroupGetPendencyList, login, cb, user_data; json json_group_getpendency_list_param)
}

/// Answers a group join request. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMGroupHandlePendency(
    json_group_handle_pendency_param: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMGroupHandlePendency, login, cb, user_data; json json_group_handle_pendency_param)
}

/// Marks group join requests up to a time as read. Server feature: callback 7013 (not supported).
#[no_mangle]
pub extern "C" fn TIMGroupReportPendencyReaded(
    time_stamp: u64,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    unsupported!(TIMGroupReportPendencyReaded, login, cb, user_data)
}
