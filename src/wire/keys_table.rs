// The JSON key strings of the C API, grouped by the header that defines them.
// This file is included by `src/wire/keys.rs` (Rust constants) and by `build.rs`
// (the `#define`s in `include/`), so both always agree.
json_keys! {
    "TIMManager.h" {
        /// string: directory where per-user data lives
        kTIMSdkConfigConfigFilePath = "sdk_config_config_file_path";
        /// string: log directory (accepted, unused)
        kTIMSdkConfigLogFilePath = "sdk_config_log_file_path";
        /// int64: main thread ID (accepted, unused)
        kTIMSdkConfigMainThreadID = "sdk_config_main_thread_id";
        /// int64: Android main Looper pointer (accepted, unused)
        kTIMSdkConfigMainLooperPointer = "sdk_config_main_looper_pointer";
        /// string: device type (accepted, unused)
        kTIMSdkConfigDeviceType = "sdk_config_device_type";
        /// int64: brand type (accepted, unused)
        kTIMSdkConfigBrandType = "sdk_config_brand_type";
        /// string: system version (accepted, unused)
        kTIMSdkConfigSystemVersion = "sdk_config_system_version";
        /// uint64: internal
        kTIMSdkConfigApiType = "sdk_config_api_type";
    }
    "TIMConversationManager.h" {
        /// object Message: the message held in the draft
        kTIMDraftMsg = "draft_msg";
        /// string: app data stored with the draft
        kTIMDraftUserDefine = "draft_user_define";
        /// uint: UTC seconds of the last edit
        kTIMDraftEditTime = "draft_edit_time";
        /// uint64: sequence of the message carrying the @
        kTIMGroupAtInfoSeq = "conv_group_at_info_seq";
        /// uint TIMGroupAtType
        kTIMGroupAtInfoAtType = "conv_group_at_info_at_type";
        /// string: bare user ID (C2C) or group ID
        kTIMConvId = "conv_id";
        /// uint TIMConvType
        kTIMConvType = "conv_type";
        /// string: group avatar, or the peer's avatar for C2C
        kTIMConvFaceUrl = "conv_face_url";
        /// uint64: unread message count
        kTIMConvUnReadNum = "conv_unread_num";
        /// uint64: order key, at most 2^53 - 1 (pinned conversations carry bit 52)
        kTIMConvActiveTime = "conv_active_time";
        /// bool: whether conv_last_msg is present
        kTIMConvIsHasLastMsg = "conv_is_has_lastmsg";
        /// object Message: the last message
        kTIMConvLastMsg = "conv_last_msg";
        /// bool: whether conv_draft is present
        kTIMConvIsHasDraft = "conv_is_has_draft";
        /// object Draft
        kTIMConvDraft = "conv_draft";
        /// uint TIMReceiveMessageOpt
        kTIMConvRecvOpt = "conv_recv_opt";
        /// uint TIMGroupType (group conversations only)
        kTIMConvGroupType = "conv_group_type";
        /// array GroupAtInfo
        kTIMConvGroupAtInfoArray = "conv_group_at_info_array";
        /// bool
        kTIMConvIsPinned = "conv_is_pinned";
        /// string: group name / friend remark / nickname, else the ID
        kTIMConvShowName = "conv_show_name";
        /// array uint64: marks set on the conversation
        kTIMConvMarkArray = "conv_mark_array";
        /// string: app data (at most 256 bytes)
        kTIMConvCustomData = "conv_custom_data";
        /// array string: conversation groups the conversation belongs to
        kTIMConvConversationGroupArray = "conv_conversation_group_array";
        /// uint64: latest read UTC timestamp (C2C)
        kTIMConvC2CReadTimestamp = "conv_c2c_read_timestamp";
        /// uint64: latest read sequence (group)
        kTIMConvGroupReadSequence = "conv_group_read_sequence";
        /// string: deprecated
        kTIMConvOwner = "conv_owner";
        /// uint TIMConvType: only this type
        kTIMConversationListFilterConvType = "conversation_list_filter_conv_type";
        /// string: only members of this conversation group ("" = in no group)
        kTIMConversationListFilterConversationGroup = "conversation_list_filter_conversation_group";
        /// uint64 mark bits (0 = conversations with no mark)
        kTIMConversationListFilterMarkType = "conversation_list_filter_mark_type";
        /// bool: unread > 0 (true) or == 0 (false)
        kTIMConversationListFilterHasUnreadCount = "conversation_list_filter_has_unread_count";
        /// bool: has @ info (true) or none (false)
        kTIMConversationListFilterHasGroupAtInfo = "conversation_list_filter_has_group_at_info";
        /// array ConvInfo
        TIMConversationListResultConvList = "conversation_list_result_conv_list";
        /// uint64: cursor for the next page
        TIMConversationListResultNextSeq = "conversation_list_result_next_seq";
        /// bool: true on the last page
        TIMConversationListResultIsFinished = "conversation_list_result_is_finished";
        /// string: bare ID
        kTIMGetConversationListParamConvId = "get_conversation_list_param_conv_id";
        /// uint TIMConvType
        kTIMGetConversationListParamConvType = "get_conversation_list_param_conv_type";
        /// int: total unread count
        kTIMConvGetTotalUnreadMessageCountResultUnreadCount = "conv_get_total_unread_message_count_result_unread_count";
        /// string: prefixed conversation ID (c2c_... / group_...)
        kTIMConversationOperationResultConversationID = "conversation_operation_result_conversation_id";
        /// int: 0 = success, else an error code
        kTIMConversationOperationResultResultCode = "conversation_operation_result_result_code";
        /// string: error description
        kTIMConversationOperationResultResultInfo = "conversation_operation_result_result_info";
    }
    "TIMMessageManager.h" {
        /// array Elem (required)
        kTIMMsgElemArray = "message_elem_array";
        /// string: bare conversation ID
        kTIMMsgConvId = "message_conv_id";
        /// uint TIMConvType
        kTIMMsgConvType = "message_conv_type";
        /// string: sender user ID
        kTIMMsgSender = "message_sender";
        /// uint TIMMsgPriority
        kTIMMsgPriority = "message_priority";
        /// uint64: client time (s)
        kTIMMsgClientTime = "message_client_time";
        /// uint64: server time (s)
        kTIMMsgServerTime = "message_server_time";
        /// bool (sic: the SDK's constant name)
        kTIMMsgIsFormSelf = "message_is_from_self";
        /// uint TIMPlatform
        kTIMMsgPlatform = "message_platform";
        /// bool: read by me
        kTIMMsgIsRead = "message_is_read";
        /// bool: online-only message (not stored, not counted)
        kTIMMsgIsOnlineMsg = "message_is_online_msg";
        /// bool: C2C peer read
        kTIMMsgIsPeerRead = "message_is_peer_read";
        /// bool: per-message read receipt
        kTIMMsgReceiptPeerRead = "message_receipt_peer_read";
        /// bool
        kTIMMsgNeedReadReceipt = "message_need_read_receipt";
        /// uint TIMMsgStatus
        kTIMMsgStatus = "message_status";
        /// uint64: numeric message ID
        kTIMMsgUniqueId = "message_unique_id";
        /// string: message ID
        kTIMMsgMsgId = "message_msg_id";
        /// uint64: random
        kTIMMsgRand = "message_rand";
        /// uint64: sequence
        kTIMMsgSeq = "message_seq";
        /// uint32: local-only integer
        kTIMMsgCustomInt = "message_custom_int";
        /// string: local-only string
        kTIMMsgCustomStr = "message_custom_str";
        /// string: cloud custom data
        kTIMMsgCloudCustomStr = "message_cloud_custom_str";
        /// bool: does not increase unread
        kTIMMsgIsExcludedFromUnreadCount = "message_is_excluded_from_unread_count";
        /// bool: does not become the conversation's last message
        kTIMMsgExcludedFromLastMessage = "message_excluded_from_last_message";
        /// array string: @-mentioned user IDs
        kTIMMsgGroupAtUserArray = "message_group_at_user_array";
        /// object UserProfile
        kTIMMsgSenderProfile = "message_sender_profile";
        /// object GroupMemberInfo
        kTIMMsgSenderGroupMemberInfo = "message_sender_group_member_info";
        /// uint TIMElemType (required in every element)
        kTIMElemType = "elem_type";
        /// string: text content
        kTIMTextElemContent = "text_elem_content";
        /// string: custom payload
        kTIMCustomElemData = "custom_elem_data";
        /// string
        kTIMCustomElemDesc = "custom_elem_desc";
        /// string
        kTIMCustomElemExt = "custom_elem_ext";
        /// string
        kTIMCustomElemSound = "custom_elem_sound";
        /// int
        kTIMFaceElemIndex = "face_elem_index";
        /// string
        kTIMFaceElemBuf = "face_elem_buf";
        /// string
        kTIMLocationElemDesc = "location_elem_desc";
        /// double
        kTIMLocationElemLongitude = "location_elem_longitude";
        /// double
        kTIMLocationElemLatitude = "location_elem_latitude";
        /// at-all marker in message_group_at_user_array
        kImSDK_MessageAtALL = "__kImSDK_MessageAtALL__";
        /// object Message: page from (and excluding) this message
        kTIMMsgGetMsgListParamLastMsg = "msg_getmsglist_param_last_msg";
        /// uint: page size (0 = 20)
        kTIMMsgGetMsgListParamCount = "msg_getmsglist_param_count";
        /// bool: roaming (accepted; everything is local)
        kTIMMsgGetMsgListParamIsRamble = "msg_getmsglist_param_is_ramble";
        /// bool: towards newer messages (default: older)
        kTIMMsgGetMsgListParamIsForward = "msg_getmsglist_param_is_forward";
        /// uint64: page from (and including) this seq
        kTIMMsgGetMsgListParamLastMsgSeq = "msg_getmsglist_param_last_msg_seq";
        /// uint64: only messages at or after this time (s)
        kTIMMsgGetMsgListParamTimeBegin = "msg_getmsglist_param_time_begin";
        /// uint64: with time_begin, only messages up to time_begin + this (s)
        kTIMMsgGetMsgListParamTimePeriod = "msg_getmsglist_param_time_period";
        /// array uint64: only these seqs
        kTIMMsgGetMsgListParamMessageSeqArray = "msg_getmsglist_param_message_seq_array";
        /// array uint: only messages whose first element has one of these types
        kTIMMsgGetMsgListParamMessageTypeArray = "msg_getmsglist_param_message_type_array";
        /// object Message: the message to delete
        kTIMMsgDeleteParamMsg = "msg_delete_param_msg";
        /// bool: roaming (accepted; everything is local)
        kTIMMsgDeleteParamIsRamble = "msg_delete_param_is_ramble";
        /// string: user ID
        kTIMMsgGetC2CRecvMsgOptResultIdentifier = "msg_recv_msg_opt_result_identifier";
        /// uint TIMReceiveMessageOpt
        kTIMMsgGetC2CRecvMsgOptResultOpt = "msg_recv_msg_opt_result_opt";
        /// string: bare conversation ID
        kTIMMsgLocatorConvId = "message_locator_conv_id";
        /// uint TIMConvType
        kTIMMsgLocatorConvType = "message_locator_conv_type";
        /// bool
        kTIMMsgLocatorIsRevoked = "message_locator_is_revoked";
        /// uint64: server time (s)
        kTIMMsgLocatorTime = "message_locator_time";
        /// uint64
        kTIMMsgLocatorSeq = "message_locator_seq";
        /// bool
        kTIMMsgLocatorIsSelf = "message_locator_is_self";
        /// uint64
        kTIMMsgLocatorRand = "message_locator_rand";
        /// uint64
        kTIMMsgLocatorUniqueId = "message_locator_unique_id";
        /// string: bare conversation ID
        kTIMMsgReceiptConvId = "msg_receipt_conv_id";
        /// uint TIMConvType
        kTIMMsgReceiptConvType = "msg_receipt_conv_type";
        /// string: message ID (group receipts)
        kTIMMsgReceiptMsgId = "msg_receipt_msg_id";
        /// uint64: the peer read messages up to this time (s)
        kTIMMsgReceiptTimeStamp = "msg_receipt_time_stamp";
        /// bool
        kTIMMsgReceiptIsPeerRead = "msg_receipt_is_peer_read";
    }
    "TIMManager.h" {
        // UserConfig
        /// UserConfig: bool, write-only, optional
        kTIMUserConfigIsDisableStorage = "user_config_is_is_disable_storage";
        // HttpProxyInfo
        /// HttpProxyInfo: string, write-only, required
        kTIMHttpProxyInfoIp = "http_proxy_info_ip";
        /// HttpProxyInfo: int, write-only, required
        kTIMHttpProxyInfoPort = "http_proxy_info_port";
        /// HttpProxyInfo: string, write-only, optional
        kTIMHttpProxyInfoUserName = "http_proxy_info_username";
        /// HttpProxyInfo: string, write-only, optional
        kTIMHttpProxyInfoPassword = "http_proxy_info_password";
        // Socks5ProxyInfo
        /// Socks5ProxyInfo: string, write-only, required
        kTIMSocks5ProxyInfoIp = "socks5_proxy_info_ip";
        /// Socks5ProxyInfo: int, write-only, required
        kTIMSocks5ProxyInfoPort = "socks5_proxy_info_port";
        /// Socks5ProxyInfo: string, write-only, optional
        kTIMSocks5ProxyInfoUserName = "socks5_proxy_info_username";
        /// Socks5ProxyInfo: string, write-only, optional
        kTIMSocks5ProxyInfoPassword = "socks5_proxy_info_password";
        // PACProxyInfo
        /// PACProxyInfo: string, write-only, optional
        kTIMPACProxyInfoUserName = "pac_proxy_info_username";
        /// PACProxyInfo: string, write-only, optional
        kTIMPACProxyInfoPassword = "pac_proxy_info_password";
        // SetConfig
        /// SetConfig: uint TIMLogLevel, write-only, optional
        kTIMSetConfigLogLevel = "set_config_log_level";
        /// SetConfig: uint TIMLogLevel, write-only, optional
        kTIMSetConfigCallbackLogLevel = "set_config_callback_log_level";
        /// SetConfig: bool, write-only, optional
        kTIMSetConfigIsLogOutputConsole = "set_config_is_log_output_console";
        /// SetConfig: object UserConfig, write-only, optional
        kTIMSetConfigUserConfig = "set_config_user_config";
        /// SetConfig key
        kTIMSetConfigUserDefineData = "set_config_user_define_data";
        /// SetConfig key
        kTIMSetConfigHttpProxyInfo = "set_config_http_proxy_info";
        /// SetConfig key
        kTIMSetConfigSocks5ProxyInfo = "set_config_socks5_proxy_info";
        /// SetConfig: object PACProxyInfo, write-only, optional
        kTIMSetConfigPACProxyInfo = "set_config_pac_proxy_info";
        /// SetConfig: bool, write-only, optional
        kTIMSetConfigIsOnlyLocalDNSSource = "set_config_is_only_local_dns_source";
        // FriendShipGetProfileListParam
        /// FriendShipGetProfileListParam: array string, write-only
        kTIMFriendShipGetProfileListParamIdentifierArray = "friendship_getprofilelist_param_identifier_array";
        // TIMUserStatus
        /// TIMUserStatus: string, read-only
        kTIMUserStatusIdentifier = "user_status_identifier";
        /// TIMUserStatus: uint TIMUserStatusType, read-only
        kTIMUserStatusStatusType = "user_status_status_type";
        /// TIMUserStatus: string, read/write
        kTIMUserStatusCustomStatus = "user_status_custom_status";
        /// TIMUserStatus: array, read-only
        kTIMUserStatusOnlineDevices = "user_status_online_devices";
        // UserProfile
        /// UserProfile: string, read-only
        kTIMUserProfileIdentifier = "user_profile_identifier";
        /// UserProfile: string, read-only
        kTIMUserProfileNickName = "user_profile_nick_name";
        /// UserProfile: uint TIMGenderType, read-only
        kTIMUserProfileGender = "user_profile_gender";
        /// UserProfile: string, read-only
        kTIMUserProfileFaceUrl = "user_profile_face_url";
        /// UserProfile: string, read-only
        kTIMUserProfileFriendRemark = "user_profile_friend_remark";
        /// UserProfile: string, read-only
        kTIMUserProfileSelfSignature = "user_profile_self_signature";
        /// UserProfile: uint TIMProfileAddPermission, read-only
        kTIMUserProfileAddPermission = "user_profile_add_permission";
        /// UserProfile: string, read-only
        kTIMUserProfileLocation = "user_profile_location";
        /// UserProfile: uint, read-only
        kTIMUserProfileLanguage = "user_profile_language";
        /// UserProfile: uint, read-only
        kTIMUserProfileBirthDay = "user_profile_birthday";
        /// UserProfile: uint, read-only
        kTIMUserProfileLevel = "user_profile_level";
        /// UserProfile: uint, read-only
        kTIMUserProfileRole = "user_profile_role";
        /// UserProfile: array UserProfileCustomStringInfo, read-only
        kTIMUserProfileCustomStringArray = "user_profile_custom_string_array";
        // UserProfileItem
        /// UserProfileItem: string, write-only
        kTIMUserProfileItemNickName = "user_profile_item_nick_name";
        /// UserProfileItem: uint TIMGenderType, write-only
        kTIMUserProfileItemGender = "user_profile_item_gender";
        /// UserProfileItem: string, write-only
        kTIMUserProfileItemFaceUrl = "user_profile_item_face_url";
        /// UserProfileItem: string, write-only
        kTIMUserProfileItemSelfSignature = "user_profile_item_self_signature";
        /// UserProfileItem: uint TIMProfileAddPermission, write-only
        kTIMUserProfileItemAddPermission = "user_profile_item_add_permission";
        /// UserProfileItem: string, write-only
        kTIMUserProfileItemLocation = "user_profile_item_location";
        /// UserProfileItem: uint, write-only
        kTIMUserProfileItemLanguage = "user_profile_item_language";
        /// UserProfileItem: uint, write-only
        kTIMUserProfileItemBirthDay = "user_profile_item_birthday";
        /// UserProfileItem: uint, write-only
        kTIMUserProfileItemLevel = "user_profile_item_level";
        /// UserProfileItem: uint, write-only
        kTIMUserProfileItemRole = "user_profile_item_role";
        /// UserProfileItem: array UserProfileCustomStringInfo, write-only
        kTIMUserProfileItemCustomStringArray = "user_profile_item_custom_string_array";
        // UserProfileCustomStringInfo
        /// UserProfileCustomStringInfo: string, write-only
        kTIMUserProfileCustomStringInfoKey = "user_profile_custom_string_info_key";
        /// UserProfileCustomStringInfo: string, write-only
        kTIMUserProfileCustomStringInfoValue = "user_profile_custom_string_info_value";
        // ProfileChangeElem
        /// ProfileChangeElem: uint TIMProfileChangeType, read-only
        kTIMProfileChangeElemChangeType = "profile_change_elem_change_type";
        /// ProfileChangeElem: string, read-only
        kTIMProfileChangeElemFromIdentifier = "profile_change_elem_from_identifier";
        /// ProfileChangeElem: object UserProfileItem, read-only
        kTIMProfileChangeElemUserProfileItem = "profile_change_elem_user_profile_item";
        // GroupGetInfoOption
        /// GroupGetInfoOption: uint64 TIMGroupGetInfoFlag, read/write, optional
        kTIMGroupGetInfoOptionInfoFlag = "group_get_info_option_info_flag";
        /// GroupGetInfoOption: array string, write-only, optional
        kTIMGroupGetInfoOptionCustomArray = "group_get_info_option_custom_array";
        // SdKConfig
        /// SdKConfig: uint64, write-only, optional
        kTIMSdkConfigJavaVM = "sdk_config_java_vm";
        // UserConfig
        /// UserConfig: bool, write-only, optional
        kTIMUserConfigIsReadReceipt = "user_config_is_read_receipt";
        /// UserConfig: bool, write-only, optional
        kTIMUserConfigIsIgnoreGroupTipsUnRead = "user_config_is_ignore_grouptips_unread";
        /// UserConfig: bool, write-only, optional
        kTIMUserConfigIsSyncReport = "user_config_is_sync_report";
        /// UserConfig: object GroupGetInfoOption, write-only, optional
        kTIMUserConfigGroupGetInfoOption = "user_config_group_getinfo_option";
        /// UserConfig: object GroupMemberGetInfoOption, write-only, optional
        kTIMUserConfigGroupMemberGetInfoOption = "user_config_group_member_getinfo_option";
        // FriendShipGetProfileListParam
        /// FriendShipGetProfileListParam: bool, write-only
        kTIMFriendShipGetProfileListParamForceUpdate = "friendship_getprofilelist_param_force_update";
    }
    "TIMMessageManager.h" {
        // ImageElem
        /// ImageElem: string, read/write, required
        kTIMImageElemOrigPath = "image_elem_orig_path";
        /// ImageElem: uint TIMImageLevel, read/write, required
        kTIMImageElemLevel = "image_elem_level";
        /// ImageElem: int, read/write
        kTIMImageElemFormat = "image_elem_format";
        /// ImageElem: string, read-only
        kTIMImageElemOrigId = "image_elem_orig_id";
        /// ImageElem: int, read-only
        kTIMImageElemOrigPicHeight = "image_elem_orig_pic_height";
        /// ImageElem: int, read-only
        kTIMImageElemOrigPicWidth = "image_elem_orig_pic_width";
        /// ImageElem: int, read-only
        kTIMImageElemOrigPicSize = "image_elem_orig_pic_size";
        /// ImageElem: string, read-only
        kTIMImageElemThumbId = "image_elem_thumb_id";
        /// ImageElem: int, read-only
        kTIMImageElemThumbPicHeight = "image_elem_thumb_pic_height";
        /// ImageElem: int, read-only
        kTIMImageElemThumbPicWidth = "image_elem_thumb_pic_width";
        /// ImageElem: int, read-only
        kTIMImageElemThumbPicSize = "image_elem_thumb_pic_size";
        /// ImageElem: string, read-only
        kTIMImageElemLargeId = "image_elem_large_id";
        /// ImageElem: int, read-only
        kTIMImageElemLargePicHeight = "image_elem_large_pic_height";
        /// ImageElem: int, read-only
        kTIMImageElemLargePicWidth = "image_elem_large_pic_width";
        /// ImageElem: int, read-only
        kTIMImageElemLargePicSize = "image_elem_large_pic_size";
        /// ImageElem: string, read-only
        kTIMImageElemOrigUrl = "image_elem_orig_url";
        /// ImageElem: string, read-only
        kTIMImageElemThumbUrl = "image_elem_thumb_url";
        /// ImageElem: string, read-only
        kTIMImageElemLargeUrl = "image_elem_large_url";
        /// ImageElem: int, read-only
        kTIMImageElemTaskId = "image_elem_task_id";
        // SoundElem
        /// SoundElem: string, read/write, required
        kTIMSoundElemFilePath = "sound_elem_file_path";
        /// SoundElem: int, read/write, required
        kTIMSoundElemFileSize = "sound_elem_file_size";
        /// SoundElem: int, read/write, required
        kTIMSoundElemFileTime = "sound_elem_file_time";
        /// SoundElem: string, read-only
        kTIMSoundElemFileId = "sound_elem_file_id";
        /// SoundElem: int, read-only
        kTIMSoundElemBusinessId = "sound_elem_business_id";
        /// SoundElem: string, read-only
        kTIMSoundElemUrl = "sound_elem_url";
        /// SoundElem: int, read-only
        kTIMSoundElemTaskId = "sound_elem_task_id";
        // VideoElem
        /// VideoElem: string, read/write, required
        kTIMVideoElemVideoType = "video_elem_video_type";
        /// VideoElem: uint, read/write, required
        kTIMVideoElemVideoSize = "video_elem_video_size";
        /// VideoElem: uint, read/write, required
        kTIMVideoElemVideoDuration = "video_elem_video_duration";
        /// VideoElem: string, read/write, required
        kTIMVideoElemVideoPath = "video_elem_video_path";
        /// VideoElem: string, read-only
        kTIMVideoElemVideoId = "video_elem_video_id";
        /// VideoElem: int, read-only
        kTIMVideoElemBusinessId = "video_elem_business_id";
        /// VideoElem: string, read-only
        kTIMVideoElemVideoUrl = "video_elem_video_url";
        /// VideoElem: string, read/write, required
        kTIMVideoElemImageType = "video_elem_image_type";
        /// VideoElem: uint, read/write, required
        kTIMVideoElemImageSize = "video_elem_image_size";
        /// VideoElem: uint, read/write, required
        kTIMVideoElemImageWidth = "video_elem_image_width";
        /// VideoElem: uint, read/write, required
        kTIMVideoElemImageHeight = "video_elem_image_height";
        /// VideoElem: string, read/write, required
        kTIMVideoElemImagePath = "video_elem_image_path";
        /// VideoElem: string, read-only
        kTIMVideoElemImageId = "video_elem_image_id";
        /// VideoElem: string, read-only
        kTIMVideoElemImageUrl = "video_elem_image_url";
        /// VideoElem: uint, read-only
        kTIMVideoElemTaskId = "video_elem_task_id";
        // FileElem
        /// FileElem: string, read/write, required
        kTIMFileElemFilePath = "file_elem_file_path";
        /// FileElem: string, read/write, required
        kTIMFileElemFileName = "file_elem_file_name";
        /// FileElem: int, read/write, required
        kTIMFileElemFileSize = "file_elem_file_size";
        /// FileElem: string, read-only
        kTIMFileElemFileId = "file_elem_file_id";
        /// FileElem: int, read-only
        kTIMFileElemBusinessId = "file_elem_business_id";
        /// FileElem: string, read-only
        kTIMFileElemUrl = "file_elem_url";
        /// FileElem: int, read-only
        kTIMFileElemTaskId = "file_elem_task_id";
        // MergerElem
        /// MergerElem: string, read/write, required
        kTIMMergerElemTitle = "merge_elem_title";
        /// MergerElem: array string, read/write, required
        kTIMMergerElemAbstractArray = "merge_elem_abstract_array";
        /// MergerElem: string, read/write, required
        kTIMMergerElemCompatibleText = "merge_elem_compatible_text";
        /// MergerElem: array Message, read/write, required
        kTIMMergerElemMsgArray = "merge_elem_message_array";
        /// MergerElem: bool, read-only
        kTIMMergerElemLayersOverLimit = "merge_elem_layer_over_limit";
        /// MergerElem: string, read-only
        kTIMMergerElemRelayPbKey = "merge_elem_relay_pb_key";
        /// MergerElem: string, read-only
        kTIMMergerElemRelayJsonKey = "merge_elem_relay_json_key";
        /// MergerElem: string, read-only
        kTIMMergerElemRelayBuffer = "merge_elem_relay_buffer";
        // GroupReportElem
        /// GroupReportElem: uint TIMGroupReportType, read-only
        kTIMGroupReportElemReportType = "group_report_elem_report_type";
        /// GroupReportElem: string, read-only
        kTIMGroupReportElemGroupId = "group_report_elem_group_id";
        /// GroupReportElem: string, read-only
        kTIMGroupReportElemGroupName = "group_report_elem_group_name";
        /// GroupReportElem: string, read-only
        kTIMGroupReportElemOpUser = "group_report_elem_op_user";
        /// GroupReportElem: string, read-only
        kTIMGroupReportElemMsg = "group_report_elem_msg";
        /// GroupReportElem: string, read-only
        kTIMGroupReportElemUserData = "group_report_elem_user_data";
        /// GroupReportElem: object UserProfile, read-only
        kTIMGroupReportElemOpUserInfo = "group_report_elem_op_user_info";
        /// GroupReportElem: object GroupMemberInfo, read-only
        kTIMGroupReportElemOpGroupMemberInfo = "group_report_elem_op_group_memberinfo";
        /// GroupReportElem: string, read-only
        kTIMGroupReportElemPlatform = "group_report_elem_platform";
        /// GroupReportElem: uint, read-only
        kTIMGroupReportElemShutUpTime = "group_report_elem_shut_up_time";
        /// GroupReportElem: uint TIMReceiveMessageOpt, read-only
        kTIMGroupReportElemGroupMessageReceiveOption = "group_report_elem_group_message_receive_option";
        // Message
        /// Message: bool, read/write, optional
        kTIMMsgSupportMessageExtension = "message_support_message_extension";
        /// Message: bool, read-only
        kTIMMsgIsBroadcastMessage = "message_is_broadcast_message";
        /// Message: bool, read-only
        kTIMMsgHasSentReceipt = "message_has_sent_receipt";
        /// Message: int32, read-only
        kTIMMsgGroupReceiptReadCount = "message_group_receipt_read_count";
        /// Message: int32, read-only
        kTIMMsgGroupReceiptUnreadCount = "message_group_receipt_unread_count";
        /// Message: uint64, read-only
        kTIMMsgVersion = "message_version";
        /// Message: bool, write-only, optional
        kTIMMsgIsForwardMessage = "message_is_forward_message";
        /// Message: bool, read/write
        kTIMMsgExcludedFromContentModeration = "message_excluded_from_content_moderation";
        /// Message key
        kTIMMsgCustomModerationConfigurationID = "message_custom_moderation_configuration_id";
        /// Message key
        kTIMMsgHasRiskContent = "message_has_risk_content";
        /// Message key
        kTIMMsgRiskTypeIdentified = "message_risk_type_identified";
        /// Message: array string, write-only, optional
        kTIMMsgTargetGroupMemberArray = "message_target_group_member_array";
        /// Message: object OfflinePushConfig, read/write, optional
        kTIMMsgOfflinePushConfig = "message_offline_push_config";
        /// Message: string, read-only, optional
        kTIMMsgRevokerUserId = "message_revoker_user_id";
        /// Message: string, read-only, optional
        kTIMMsgRevokerNickName = "message_revoker_nick_name";
        /// Message: string, read-only, optional
        kTIMMsgRevokerFaceUrl = "message_revoker_face_url";
        /// Message: string, read-only, optional
        kTIMMsgRevokeReason = "message_revoke_reason";
        /// Message: string, read-only, optional
        kTIMMsgPinnerUserId = "message_pinner_user_id";
        /// Message: string, read-only, optional
        kTIMMsgPinnerNickName = "message_pinner_nick_name";
        /// Message: string, read-only, optional
        kTIMMsgPinnerFriendRemark = "message_pinner_friend_remark";
        /// Message: string, read-only, optional
        kTIMMsgPinnerNameCard = "message_pinner_name_card";
        /// Message: string, read-only, optional
        kTIMMsgPinnerFaceURL = "message_pinner_face_url";
        // MsgBatchSendParam
        /// MsgBatchSendParam: array string, write-only, required
        kTIMMsgBatchSendParamIdentifierArray = "msg_batch_send_param_identifier_array";
        /// MsgBatchSendParam: object Message, write-only, required
        kTIMMsgBatchSendParamMsg = "msg_batch_send_param_msg";
        // MsgBatchSendResult
        /// MsgBatchSendResult: string, read-only
        kTIMMsgBatchSendResultIdentifier = "msg_batch_send_result_identifier";
        /// MsgBatchSendResult: int, read-only
        kTIMMsgBatchSendResultCode = "msg_batch_send_result_code";
        /// MsgBatchSendResult: string, read-only
        kTIMMsgBatchSendResultDesc = "msg_batch_send_result_desc";
        /// MsgBatchSendResult: object Message, read-only
        kTIMMsgBatchSendResultMsg = "msg_batch_send_result_msg";
        // DownloadElemParam
        /// DownloadElemParam: uint TIMDownloadType, write-only
        kTIMMsgDownloadElemParamType = "msg_download_elem_param_type";
        /// DownloadElemParam: string, write-only
        kTIMMsgDownloadElemParamId = "msg_download_elem_param_id";
        /// DownloadElemParam: uint, write-only
        kTIMMsgDownloadElemParamBusinessId = "msg_download_elem_param_business_id";
        /// DownloadElemParam: string, write-only
        kTIMMsgDownloadElemParamUrl = "msg_download_elem_param_url";
        // MsgDownloadElemResult
        /// MsgDownloadElemResult: uint, read-only
        kTIMMsgDownloadElemResultCurrentSize = "msg_download_elem_result_current_size";
        /// MsgDownloadElemResult: uint, read-only
        kTIMMsgDownloadElemResultTotalSize = "msg_download_elem_result_total_size";
        // MsgGetMsgListParam
        /// MsgGetMsgListParam: array uint32, write-only, optional
        kTIMMsgGetMsgListMessageTypeArray = "msg_getmsglist_param_message_type_array";
        // MessageSearchParam
        /// MessageSearchParam: array string, write-only, required
        kTIMMsgSearchParamKeywordArray = "msg_search_param_keyword_array";
        /// MessageSearchParam: array TIMElemType, write-only, optional
        kTIMMsgSearchParamMessageTypeArray = "msg_search_param_message_type_array";
        /// MessageSearchParam: string, write-only, optional
        kTIMMsgSearchParamConvId = "msg_search_param_conv_id";
        /// MessageSearchParam: uint TIMConvType, write-only, optional
        kTIMMsgSearchParamConvType = "msg_search_param_conv_type";
        /// MessageSearchParam: uint64, write-only, optional
        kTIMMsgSearchParamSearchTimePosition = "msg_search_param_search_time_position";
        /// MessageSearchParam: uint64, write-only, optional
        kTIMMsgSearchParamSearchTimePeriod = "msg_search_param_search_time_period";
        /// MessageSearchParam: uint, write-only, optional
        kTIMMsgSearchParamPageIndex = "msg_search_param_page_index";
        /// MessageSearchParam: uint, write-only, optional
        kTIMMsgSearchParamPageSize = "msg_search_param_page_size";
        /// MessageSearchParam: uint TIMKeywordListMatchType, write-only, optional
        kTIMMsgSearchParamKeywordListMatchType = "msg_search_param_keyword_list_match_type";
        /// MessageSearchParam: array string, write-only, optional
        kTIMMsgSearchParamSenderIdentifierArray = "msg_search_param_send_identifier_array";
        /// MessageSearchParam: uint, write-only, optional
        kTIMMsgSearchParamSearchCount = "msg_search_param_search_count";
        /// MessageSearchParam: string, write-only, optional
        kTIMMsgSearchParamSearchCursor = "msg_search_param_search_cursor";
        // MessageSearchResultItem
        /// MessageSearchResultItem: string, read-only
        kTIMMsgSearchResultItemConvId = "msg_search_result_item_conv_id";
        /// MessageSearchResultItem: uint TIMConvType, read-only
        kTIMMsgSearchResultItemConvType = "msg_search_result_item_conv_type";
        /// MessageSearchResultItem: uint, read-only
        kTIMMsgSearchResultItemTotalMessageCount = "msg_search_result_item_total_message_count";
        /// MessageSearchResultItem key
        kTIMMsgSearchResultItemMessageArray = "msg_search_result_item_message_array";
        // MessageSearchResult
        /// MessageSearchResult: uint, read-only
        kTIMMsgSearchResultTotalCount = "msg_search_result_total_count";
        /// MessageSearchResult: array MessageSearchResultItem, read-only
        kTIMMsgSearchResultItemArray = "msg_search_result_item_array";
        /// MessageSearchResult: string, write-only, optional
        kTIMMsgSearchResultSearchCursor = "msg_search_result_search_cursor";
        // TIMReceiveMessageOptInfo
        /// TIMReceiveMessageOptInfo: uint, read-only
        kTIMMsgAllRecvMsgOptStartHour = "msg_all_recv_msg_opt_start_hour";
        /// TIMReceiveMessageOptInfo: uint, read-only
        kTIMMsgAllRecvMsgOptStartMinute = "msg_all_recv_msg_opt_start_minute";
        /// TIMReceiveMessageOptInfo: uint, read-only
        kTIMMsgAllRecvMsgOptStartSecond = "msg_all_recv_msg_opt_start_second";
        /// TIMReceiveMessageOptInfo: uint, read-only
        kTIMMsgAllRecvMsgOptStartTimeStamp = "msg_all_recv_msg_opt_start_time_stamp";
        /// TIMReceiveMessageOptInfo: uint, read-only
        kTIMMsgAllRecvMsgDuration = "msg_all_recv_msg_duration";
        /// TIMReceiveMessageOptInfo: uint TIMReceiveMessageOpt, read-only
        kTIMMsgAllRecvMsgOptLevel = "msg_all_recv_msg_opt_level";
        // MessageTranslateTextResult
        /// MessageTranslateTextResult: string, read-only
        kTIMMsgTranslateTextSourceText = "msg_translate_text_source_text";
        /// MessageTranslateTextResult: string, read-only
        kTIMMsgTranslateTextTargetText = "msg_translate_text_target_text";
        // MessageReceipt
        /// MessageReceipt: uint64, read-only
        kTIMMsgReceiptReadCount = "msg_receipt_read_count";
        /// MessageReceipt: uint64, read-only
        kTIMMsgReceiptUnreadCount = "msg_receipt_unread_count";
        // MessageExtension
        /// MessageExtension: string, read/write, optional
        kTIMMsgExtensionKey = "message_extension_key";
        /// MessageExtension: string, read/write, optional
        kTIMMsgExtensionValue = "message_extension_value";
        // MessageExtensionResult
        /// MessageExtensionResult: uint32, read-only
        kTIMMsgExtensionResultCode = "message_extension_result_code";
        /// MessageExtensionResult: string, read-only
        kTIMMsgExtensionResultInfo = "message_extension_result_info";
        /// MessageExtensionResult: object, read-only
        kTIMMsgExtensionItem = "message_extension_item";
        // MessageReaction
        /// MessageReaction: string, read-only
        kTIMMsgReactionID = "message_reaction_id";
        /// MessageReaction: uint32, read-only
        kTIMMsgReactionTotalUserCount = "message_reaction_total_user_count";
        /// MessageReaction: array UserInfo, read-only
        kTIMMsgReactionPartialUserInfoList = "message_reaction_partial_user_info_array";
        /// MessageReaction: bool, read-only
        kTIMMsgReactionReactedByMyself = "message_reaction_reacted_by_myself";
        // MessageReactionResult
        /// MessageReactionResult: uint32, read-only
        kTIMMsgReactionResultCode = "message_reaction_result_code";
        /// MessageReactionResult: string, read-only
        kTIMMsgReactionResultInfo = "message_reaction_result_info";
        /// MessageReactionResult: string, read-only
        kTIMMsgReactionResultMsgId = "message_reaction_result_msg_id";
        /// MessageReactionResult: array MessageReaction, read-only
        kTIMMsgReactionResultReactionList = "message_reaction_result_reaction_list";
        // MessageReactionUserResult
        /// MessageReactionUserResult: array UserInfo, read-only
        kTIMMsgReactionUserResultUserInfoArray = "message_reaction_user_result_user_info_array";
        /// MessageReactionUserResult: uint32, read-only
        kTIMMsgReactionUserResultNextSeq = "message_reaction_user_result_next_seq";
        /// MessageReactionUserResult: bool, read-only
        kTIMMsgReactionUserResultIsFinished = "message_reaction_user_result_is_finished";
        // MessageReactionChangeInfo
        /// MessageReactionChangeInfo: string, read-only
        kTIMMsgReactionChangeInfoMsgId = "message_reaction_change_info_msg_id";
        /// MessageReactionChangeInfo: array MessageReaction, read-only
        kTIMMsgReactionChangeInfoReactionList = "message_reaction_change_info_reaction_list";
    }
    "TIMGroupManager.h" {
        // GroupTipGroupChangeInfo
        /// GroupTipGroupChangeInfo: uint TIMGroupTipGroupChangeFlag, read-only
        kTIMGroupTipGroupChangeInfoFlag = "group_tips_group_change_info_flag";
        /// GroupTipGroupChangeInfo: string, read-only
        kTIMGroupTipGroupChangeInfoValue = "group_tips_group_change_info_value";
        /// GroupTipGroupChangeInfo: string, read-only
        kTIMGroupTipGroupChangeInfoKey = "group_tips_group_change_info_key";
        /// GroupTipGroupChangeInfo: bool, read-only
        kTIMGroupTipGroupChangeInfoBoolValue = "group_tips_group_change_info_bool_value";
        /// GroupTipGroupChangeInfo key
        kTIMGroupTipGroupChangeInfoIntValue = "group_tips_group_change_info_int_value";
        /// GroupTipGroupChangeInfo: uint64, read-only
        kTIMGroupTipGroupChangeInfoUint64Value = "group_tips_group_change_info_uint64_value";
        // GroupTipMemberChangeInfo
        /// GroupTipMemberChangeInfo: string, read-only
        kTIMGroupTipMemberChangeInfoIdentifier = "group_tips_member_change_info_identifier";
        /// GroupTipMemberChangeInfo: uint, read-only
        kTIMGroupTipMemberChangeInfoShutupTime = "group_tips_member_change_info_shutupTime";
        // GroupTipMemberMarkChangeInfo
        /// GroupTipMemberMarkChangeInfo: bool, read-only
        kTIMGroupTipMemberChangeInfoEnableMark = "group_tips_member_mark_change_info_enableMark";
        /// GroupTipMemberMarkChangeInfo: uint, read-only
        kTIMGroupTipMemberMarkChangeInfoMarkType = "group_tips_member_mark_change_info_markType";
        /// GroupTipMemberMarkChangeInfo: array string, read-only
        kTIMGroupTipMemberMarkChangeInfoUserIDList = "group_tips_member_mark_change_info_userIDList";
        // GroupTipsElem
        /// GroupTipsElem: uint TIMGroupTipType, read-only
        kTIMGroupTipsElemTipType = "group_tips_elem_tip_type";
        /// GroupTipsElem: uint TIMGroupJoinType, read-only
        kTIMGroupTipsElemJoinType = "group_tips_elem_join_type";
        /// GroupTipsElem: string, read-only
        kTIMGroupTipsElemOpUser = "group_tips_elem_op_user";
        /// GroupTipsElem: string, read-only
        kTIMGroupTipsElemGroupId = "group_tips_elem_group_id";
        /// GroupTipsElem: array string, read-only
        kTIMGroupTipsElemUserArray = "group_tips_elem_user_array";
        /// GroupTipsElem: array GroupTipGroupChangeInfo, read-only
        kTIMGroupTipsElemGroupChangeInfoArray = "group_tips_elem_group_change_info_array";
        /// GroupTipsElem: array GroupTipMemberChangeInfo, read-only
        kTIMGroupTipsElemMemberChangeInfoArray = "group_tips_elem_member_change_info_array";
        /// GroupTipsElem: object UserProfile, read-only
        kTIMGroupTipsElemOpUserInfo = "group_tips_elem_op_user_info";
        /// GroupTipsElem: object GroupMemberInfo, read-only
        kTIMGroupTipsElemOpGroupMemberInfo = "group_tips_elem_op_group_memberinfo";
        /// GroupTipsElem: array UserProfile, read-only
        kTIMGroupTipsElemChangedUserInfoArray = "group_tips_elem_changed_user_info_array";
        /// GroupTipsElem: array GroupMemberInfo, read-only
        kTIMGroupTipsElemChangedGroupMemberInfoArray = "group_tips_elem_changed_group_memberinfo_array";
        /// GroupTipsElem: uint, read-only
        kTIMGroupTipsElemMemberNum = "group_tips_elem_member_num";
        /// GroupTipsElem: string, read-only
        kTIMGroupTipsElemPlatform = "group_tips_elem_platform";
        /// GroupTipsElem: array GroupTipMemberMarkChangeInfo, read-only
        kTIMGroupTipsElemMemberMarkInfoArray = "group_tips_elem_member_mark_info_array";
        /// GroupTipsElem: value PinnedGroupMessage, read-only
        kTIMGroupTipsElemPinnedMessageList = "group_tips_elem_pinned_message_list";
        // GroupMemberInfo
        /// GroupMemberInfo: string, read/write, required
        kTIMGroupMemberInfoIdentifier = "group_member_info_identifier";
        /// GroupMemberInfo: string, read-only
        kTIMGroupMemberInfoGroupId = "group_member_info_group_id";
        /// GroupMemberInfo: uint, read-only
        kTIMGroupMemberInfoJoinTime = "group_member_info_join_time";
        /// GroupMemberInfo: uint TIMGroupMemberRole, read/write, optional
        kTIMGroupMemberInfoMemberRole = "group_member_info_member_role";
        /// GroupMemberInfo: uint TIMReceiveMessageOpt, read-only
        kTIMGroupMemberInfoMsgFlag = "group_member_info_msg_flag";
        /// GroupMemberInfo: uint, read-only
        kTIMGroupMemberInfoMsgSeq = "group_member_info_msg_seq";
        /// GroupMemberInfo: uint, read-only
        kTIMGroupMemberInfoShutupTime = "group_member_info_shutup_time";
        /// GroupMemberInfo: string, read-only
        kTIMGroupMemberInfoNameCard = "group_member_info_name_card";
        /// GroupMemberInfo: string, read-only
        kTIMGroupMemberInfoNickName = "group_member_info_nick_name";
        /// GroupMemberInfo: string, read-only
        kTIMGroupMemberInfoFriendRemark = "group_member_info_friend_remark";
        /// GroupMemberInfo: string, read-only
        kTIMGroupMemberInfoFaceUrl = "group_member_info_face_url";
        /// GroupMemberInfo: array GroupMemberInfoCustomString, read-only
        kTIMGroupMemberInfoCustomInfo = "group_member_info_custom_info";
        /// GroupMemberInfo: string, read-only
        kTIMGroupMemberInfoIsOnline = "group_member_info_is_online";
        /// GroupMemberInfo: array, read-only
        kTIMGroupMemberInfoOnlineDevices = "group_member_info_online_devices";
        // CreateGroupParam
        /// CreateGroupParam: string, write-only, required
        kTIMCreateGroupParamGroupName = "create_group_param_group_name";
        /// CreateGroupParam: string, write-only, optional
        kTIMCreateGroupParamGroupId = "create_group_param_group_id";
        /// CreateGroupParam: uint TIMGroupType, write-only, optional
        kTIMCreateGroupParamGroupType = "create_group_param_group_type";
        /// CreateGroupParam: bool, write-only, optional
        kTIMCreateGroupIsSupportTopic = "create_group_param_is_support_topic";
        /// CreateGroupParam: array GroupMemberInfo, write-only, optional
        kTIMCreateGroupParamGroupMemberArray = "create_group_param_group_member_array";
        /// CreateGroupParam: string, write-only, optional
        kTIMCreateGroupParamNotification = "create_group_param_notification";
        /// CreateGroupParam: string, write-only, optional
        kTIMCreateGroupParamIntroduction = "create_group_param_introduction";
        /// CreateGroupParam: string, write-only, optional
        kTIMCreateGroupParamFaceUrl = "create_group_param_face_url";
        /// CreateGroupParam: uint TIMGroupAddOption, write-only, optional
        kTIMCreateGroupParamAddOption = "create_group_param_add_option";
        /// CreateGroupParam key
        kTIMCreateGroupParamApproveOption = "create_group_param_approve_option";
        /// CreateGroupParam: uint, write-only, optional
        kTIMCreateGroupParamMaxMemberCount = "create_group_param_max_member_num";
        /// CreateGroupParam: array GroupInfoCustomString, read-only, optional
        kTIMCreateGroupParamCustomInfo = "create_group_param_custom_info";
        /// CreateGroupParam: bool, write-only, optional
        kTIMCreateGroupParamEnablePermissionGroup = "create_group_param_enable_permission_group";
        /// CreateGroupParam: uint64, write-only, optional
        kTIMCreateGroupParamDefaultPermissions = "create_group_param_default_permissions";
        // CreateGroupResult
        /// CreateGroupResult: string, read-only
        kTIMCreateGroupResultGroupId = "create_group_result_groupid";
        // GroupSelfInfo
        /// GroupSelfInfo: uint, read-only
        kTIMGroupSelfInfoJoinTime = "group_self_info_join_time";
        /// GroupSelfInfo: uint, read-only
        kTIMGroupSelfInfoRole = "group_self_info_role";
        /// GroupSelfInfo: uint, read-only
        kTIMGroupSelfInfoUnReadNum = "group_self_info_unread_num";
        /// GroupSelfInfo: uint TIMReceiveMessageOpt, read-only
        kTIMGroupSelfInfoMsgFlag = "group_self_info_msg_flag";
        // GroupBaseInfo
        /// GroupBaseInfo: string, read-only
        kTIMGroupBaseInfoGroupId = "group_base_info_group_id";
        /// GroupBaseInfo: string, read-only
        kTIMGroupBaseInfoGroupName = "group_base_info_group_name";
        /// GroupBaseInfo: uint TIMGroupType, read-only
        kTIMGroupBaseInfoGroupType = "group_base_info_group_type";
        /// GroupBaseInfo: string, read-only
        kTIMGroupBaseInfoFaceUrl = "group_base_info_face_url";
        /// GroupBaseInfo: uint, read-only
        kTIMGroupBaseInfoInfoSeq = "group_base_info_info_seq";
        /// GroupBaseInfo: uint, read-only
        kTIMGroupBaseInfoLatestSeq = "group_base_info_latest_seq";
        /// GroupBaseInfo: uint, read-only
        kTIMGroupBaseInfoReadedSeq = "group_base_info_readed_seq";
        /// GroupBaseInfo: uint, read-only
        kTIMGroupBaseInfoMsgFlag = "group_base_info_msg_flag";
        /// GroupBaseInfo: bool, read-only
        kTIMGroupBaseInfoIsShutupAll = "group_base_info_is_shutup_all";
        /// GroupBaseInfo: object GroupSelfInfo, read-only
        kTIMGroupBaseInfoSelfInfo = "group_base_info_self_info";
        // GroupInfoCustomString
        /// GroupInfoCustomString: string, write-only
        kTIMGroupInfoCustomStringInfoKey = "group_info_custom_string_info_key";
        /// GroupInfoCustomString: string, write-only
        kTIMGroupInfoCustomStringInfoValue = "group_info_custom_string_info_value";
        // GroupDetailInfo
        /// GroupDetailInfo: string, read-only
        kTIMGroupDetailInfoGroupId = "group_detail_info_group_id";
        /// GroupDetailInfo: uint TIMGroupType, read-only
        kTIMGroupDetailInfoGroupType = "group_detail_info_group_type";
        /// GroupDetailInfo: bool, read-only
        kTIMGroupDetailInfoIsSupportTopic = "group_detail_info_is_support_topic";
        /// GroupDetailInfo: string, read-only
        kTIMGroupDetailInfoGroupName = "group_detail_info_group_name";
        /// GroupDetailInfo: string, read-only
        kTIMGroupDetailInfoNotification = "group_detail_info_notification";
        /// GroupDetailInfo: string, read-only
        kTIMGroupDetailInfoIntroduction = "group_detail_info_introduction";
        /// GroupDetailInfo: string, read-only
        kTIMGroupDetailInfoFaceUrl = "group_detail_info_face_url";
        /// GroupDetailInfo: uint, read-only
        kTIMGroupDetailInfoCreateTime = "group_detail_info_create_time";
        /// GroupDetailInfo: uint, read-only
        kTIMGroupDetailInfoInfoSeq = "group_detail_info_info_seq";
        /// GroupDetailInfo: uint, read-only
        kTIMGroupDetailInfoLastInfoTime = "group_detail_info_last_info_time";
        /// GroupDetailInfo: uint, read-only
        kTIMGroupDetailInfoNextMsgSeq = "group_detail_info_next_msg_seq";
        /// GroupDetailInfo: uint, read-only
        kTIMGroupDetailInfoLastMsgTime = "group_detail_info_last_msg_time";
        /// GroupDetailInfo: uint, read-only
        kTIMGroupDetailInfoMemberNum = "group_detail_info_member_num";
        /// GroupDetailInfo: uint, read-only
        kTIMGroupDetailInfoMaxMemberNum = "group_detail_info_max_member_num";
        /// GroupDetailInfo: uint TIMGroupAddOption, read-only
        kTIMGroupDetailInfoAddOption = "group_detail_info_add_option";
        /// GroupDetailInfo: uint TIMGroupAddOption, read-only
        kTIMGroupDetailInfoApproveOption = "group_detail_info_approve_option";
        /// GroupDetailInfo: uint, read-only
        kTIMGroupDetailInfoVisible = "group_detail_info_visible";
        /// GroupDetailInfo: uint, read-only
        kTIMGroupDetailInfoSearchable = "group_detail_info_searchable";
        /// GroupDetailInfo: bool, read-only
        kTIMGroupDetailInfoIsShutupAll = "group_detail_info_is_shutup_all";
        /// GroupDetailInfo: string, read-only
        kTIMGroupDetailInfoOwnerIdentifier = "group_detail_info_owner_identifier";
        /// GroupDetailInfo: array GroupInfoCustomString, read-only
        kTIMGroupDetailInfoCustomInfo = "group_detail_info_custom_info";
        /// GroupDetailInfo: bool, read-only
        kTIMGroupDetailInfoEnablePermissionGroup = "group_detail_info_enable_permission_group";
        /// GroupDetailInfo: uint, read-only
        kTIMGroupDetailInfoDefaultPermissions = "group_detail_info_default_permissions";
        // GetGroupInfoResult
        /// GetGroupInfoResult: int, read-only
        kTIMGetGroupInfoResultCode = "get_groups_info_result_code";
        /// GetGroupInfoResult: string, read-only
        kTIMGetGroupInfoResultDesc = "get_groups_info_result_desc";
        /// GetGroupInfoResult: object GroupDetailInfo, read-only
        kTIMGetGroupInfoResultInfo = "get_groups_info_result_info";
        // GroupSearchParam
        /// GroupSearchParam: array string, write-only, optional
        TIMGroupSearchParamKeywordList = "group_search_params_keyword_list";
        /// GroupSearchParam: array TIMGroupSearchFieldKey, write-only, optional
        TIMGroupSearchParamFieldList = "group_search_params_field_list";
        // GroupModifyInfoParam
        /// GroupModifyInfoParam: string, write-only, required
        kTIMGroupModifyInfoParamGroupId = "group_modify_info_param_group_id";
        /// GroupModifyInfoParam: uint TIMGroupModifyInfoFlag, write-only, required
        kTIMGroupModifyInfoParamModifyFlag = "group_modify_info_param_modify_flag";
        /// GroupModifyInfoParam: string, write-only, optional
        kTIMGroupModifyInfoParamGroupName = "group_modify_info_param_group_name";
        /// GroupModifyInfoParam: string, write-only, optional
        kTIMGroupModifyInfoParamNotification = "group_modify_info_param_notification";
        /// GroupModifyInfoParam: string, write-only, optional
        kTIMGroupModifyInfoParamIntroduction = "group_modify_info_param_introduction";
        /// GroupModifyInfoParam: string, write-only, optional
        kTIMGroupModifyInfoParamFaceUrl = "group_modify_info_param_face_url";
        /// GroupModifyInfoParam: uint, write-only, optional
        kTIMGroupModifyInfoParamAddOption = "group_modify_info_param_add_option";
        /// GroupModifyInfoParam: uint, write-only, optional
        kTIMGroupModifyInfoParamApproveOption = "group_modify_info_param_approve_option";
        /// GroupModifyInfoParam: uint, write-only, optional
        kTIMGroupModifyInfoParamMaxMemberNum = "group_modify_info_param_max_member_num";
        /// GroupModifyInfoParam: uint, write-only, optional
        kTIMGroupModifyInfoParamVisible = "group_modify_info_param_visible";
        /// GroupModifyInfoParam: uint, write-only, optional
        kTIMGroupModifyInfoParamSearchAble = "group_modify_info_param_searchable";
        /// GroupModifyInfoParam: bool, write-only, optional
        kTIMGroupModifyInfoParamIsShutupAll = "group_modify_info_param_is_shutup_all";
        /// GroupModifyInfoParam: string, write-only, optional
        kTIMGroupModifyInfoParamOwner = "group_modify_info_param_owner";
        /// GroupModifyInfoParam: array GroupInfoCustomString, write-only, optional
        kTIMGroupModifyInfoParamCustomInfo = "group_modify_info_param_custom_info";
        /// GroupModifyInfoParam: bool, write-only, optional
        kTIMGroupModifyInfoParamEnablePermissionGroup = "group_modify_info_param_enable_permission_group";
        /// GroupModifyInfoParam: uint, write-only, optional
        kTIMGroupModifyInfoParamDefaultPermissions = "group_modify_info_param_default_permissions";
        // GroupAttributes
        /// GroupAttributes: string, write-only
        TIMGroupAttributeKey = "group_attribute_key";
        /// GroupAttributes: string, write-only
        TIMGroupAttributeValue = "group_attribute_value";
        // GroupCounter
        /// GroupCounter: string, read/write
        kTIMGroupCounterKey = "group_counter_key";
        /// GroupCounter: int64, read/write
        kTIMGroupCounterValue = "group_counter_value";
        // GroupGetOnlineMemberCountResult
        /// GroupGetOnlineMemberCountResult: int, read-only
        TIMGroupGetOnlineMemberCountResult = "group_get_online_member_count_result";
        // TIMGroupTopicInfo
        /// TIMGroupTopicInfo: string, read/write
        kTIMGroupTopicInfoTopicID = "group_topic_info_topic_id";
        /// TIMGroupTopicInfo: string, read/write
        kTIMGroupTopicInfoTopicName = "group_topic_info_topic_name";
        /// TIMGroupTopicInfo: string, read/write
        kTIMGroupTopicInfoIntroduction = "group_topic_info_introduction";
        /// TIMGroupTopicInfo: string, read/write
        kTIMGroupTopicInfoNotification = "group_topic_info_notification";
        /// TIMGroupTopicInfo: string, read/write
        kTIMGroupTopicInfoTopicFaceURL = "group_topic_info_topic_face_url";
        /// TIMGroupTopicInfo: bool, read/write
        kTIMGroupTopicInfoIsAllMuted = "group_topic_info_is_all_muted";
        /// TIMGroupTopicInfo: uint32, read/write
        kTIMGroupTopicInfoSelfMuteTime = "group_topic_info_self_mute_time";
        /// TIMGroupTopicInfo: string, read/write
        kTIMGroupTopicInfoCustomString = "group_topic_info_custom_string";
        /// TIMGroupTopicInfo: uint TIMReceiveMessageOpt, read-only
        kTIMGroupTopicInfoRecvOpt = "group_topic_info_recv_opt";
        /// TIMGroupTopicInfo: string, read/write
        kTIMGroupTopicInfoDraftText = "group_topic_info_draft_text";
        /// TIMGroupTopicInfo: uint64, read-only
        kTIMGroupTopicInfoUnreadCount = "group_topic_info_unread_count";
        /// TIMGroupTopicInfo: object Message, read-only
        kTIMGroupTopicInfoLastMessage = "group_topic_info_last_message";
        /// TIMGroupTopicInfo: array GroupAtInfo, read-only
        kTIMGroupTopicInfoGroupAtInfoArray = "group_topic_info_group_at_info_array";
        /// TIMGroupTopicInfo: uint TIMGroupModifyInfoFlag, write-only, required
        kTIMGroupTopicInfoModifyFlag = "group_modify_info_param_modify_flag";
        // TIMGroupTopicOperationResult
        /// TIMGroupTopicOperationResult: int, read-only
        kTIMGroupTopicOperationResultErrorCode = "group_topic_operation_result_error_code";
        /// TIMGroupTopicOperationResult: string, read-only
        kTIMGroupTopicOperationResultErrorMessage = "group_topic_operation_result_error_message";
        /// TIMGroupTopicOperationResult: string, read-only
        kTIMGroupTopicOperationResultTopicID = "group_topic_operation_result_topic_id";
        // TIMGroupTopicInfoResult
        /// TIMGroupTopicInfoResult: int, read-only
        kTIMGroupTopicInfoResultErrorCode = "group_topic_info_result_error_code";
        /// TIMGroupTopicInfoResult: string, read-only
        kTIMGroupTopicInfoResultErrorMessage = "group_topic_info_result_error_message";
        /// TIMGroupTopicInfoResult: object TIMGroupTopicInfo, read-only
        kTIMGroupTopicInfoResultTopicInfo = "group_topic_info_result_topic_info";
        // GroupMemberGetInfoOption
        /// GroupMemberGetInfoOption: uint64 TIMGroupMemberRoleFlag, read/write, optional
        kTIMGroupMemberGetInfoOptionRoleFlag = "group_member_get_info_option_role_flag";
        // GroupGetMemberInfoListParam
        /// GroupGetMemberInfoListParam: string, write-only, required
        kTIMGroupGetMemberInfoListParamGroupId = "group_get_members_info_list_param_group_id";
        /// GroupGetMemberInfoListParam: array string, write-only, optional
        kTIMGroupGetMemberInfoListParamIdentifierArray = "group_get_members_info_list_param_identifier_array";
        /// GroupGetMemberInfoListParam: object GroupMemberGetInfoOption, write-only, optional
        kTIMGroupGetMemberInfoListParamOption = "group_get_members_info_list_param_option";
        /// GroupGetMemberInfoListParam: uint64, write-only, optional
        kTIMGroupGetMemberInfoListParamNextSeq = "group_get_members_info_list_param_next_seq";
        // GroupGetMemberInfoListResult
        /// GroupGetMemberInfoListResult: uint64, read-only
        kTIMGroupGetMemberInfoListResultNexSeq = "group_get_member_info_list_result_next_seq";
        /// GroupGetMemberInfoListResult: array GroupMemberInfo, read-only
        kTIMGroupGetMemberInfoListResultInfoArray = "group_get_member_info_list_result_info_array";
        // GroupMemberSearchParam
        /// GroupMemberSearchParam: array string, write-only, optional
        TIMGroupMemberSearchParamGroupidList = "group_search_member_params_groupid_list";
        /// GroupMemberSearchParam: array string, write-only, required
        TIMGroupMemberSearchParamKeywordList = "group_search_member_params_keyword_list";
        /// GroupMemberSearchParam: array TIMGroupMemberSearchFieldKey, write-only, required
        TIMGroupMemberSearchParamFieldList = "group_search_member_params_field_list";
        // GroupSearchGroupMembersResult
        /// GroupSearchGroupMembersResult: array string, read-only
        TIMGroupSearchGroupMembersResultGroupID = "group_search_member_result_groupid";
        /// GroupSearchGroupMembersResult: array GroupMemberInfo, read-only
        TIMGroupSearchGroupMembersResultMemberInfoList = "group_search_member_result_member_info_list";
        // GroupMemberInfoCustomString
        /// GroupMemberInfoCustomString: string, write-only
        kTIMGroupMemberInfoCustomStringInfoKey = "group_member_info_custom_string_info_key";
        /// GroupMemberInfoCustomString: string, write-only
        kTIMGroupMemberInfoCustomStringInfoValue = "group_member_info_custom_string_info_value";
        // GroupModifyMemberInfoParam
        /// GroupModifyMemberInfoParam: string, write-only, required
        kTIMGroupModifyMemberInfoParamGroupId = "group_modify_member_info_group_id";
        /// GroupModifyMemberInfoParam: string, write-only, required
        kTIMGroupModifyMemberInfoParamIdentifier = "group_modify_member_info_identifier";
        /// GroupModifyMemberInfoParam: uint TIMGroupMemberModifyInfoFlag, write-only, required
        kTIMGroupModifyMemberInfoParamModifyFlag = "group_modify_member_info_modify_flag";
        /// GroupModifyMemberInfoParam: uint TIMReceiveMessageOpt, write-only, optional
        kTIMGroupModifyMemberInfoParamMsgFlag = "group_modify_member_info_msg_flag";
        /// GroupModifyMemberInfoParam: uint TIMGroupMemberRole, write-only, optional
        kTIMGroupModifyMemberInfoParamMemberRole = "group_modify_member_info_member_role";
        /// GroupModifyMemberInfoParam: uint, write-only, optional
        kTIMGroupModifyMemberInfoParamShutupTime = "group_modify_member_info_shutup_time";
        /// GroupModifyMemberInfoParam: string, write-only, optional
        kTIMGroupModifyMemberInfoParamNameCard = "group_modify_member_info_name_card";
        /// GroupModifyMemberInfoParam: array GroupMemberInfoCustomString, write-only, optional
        kTIMGroupModifyMemberInfoParamCustomInfo = "group_modify_member_info_custom_info";
        // GroupInviteMemberParam
        /// GroupInviteMemberParam: string, write-only, required
        kTIMGroupInviteMemberParamGroupId = "group_invite_member_param_group_id";
        /// GroupInviteMemberParam: array string, write-only, required
        kTIMGroupInviteMemberParamIdentifierArray = "group_invite_member_param_identifier_array";
        /// GroupInviteMemberParam: string, write-only, optional
        kTIMGroupInviteMemberParamUserData = "group_invite_member_param_user_data";
        // GroupInviteMemberResult
        /// GroupInviteMemberResult: string, read-only
        kTIMGroupInviteMemberResultIdentifier = "group_invite_member_result_identifier";
        /// GroupInviteMemberResult: uint HandleGroupMemberResult, read-only
        kTIMGroupInviteMemberResultResult = "group_invite_member_result_result";
        // GroupDeleteMemberParam
        /// GroupDeleteMemberParam: string, write-only, required
        kTIMGroupDeleteMemberParamGroupId = "group_delete_member_param_group_id";
        /// GroupDeleteMemberParam: array string, write-only, required
        kTIMGroupDeleteMemberParamIdentifierArray = "group_delete_member_param_identifier_array";
        /// GroupDeleteMemberParam: string, write-only, optional
        kTIMGroupDeleteMemberParamUserData = "group_delete_member_param_user_data";
        /// GroupDeleteMemberParam: uint32_t, write-only, optional
        kTIMGroupDeleteMemberParamDuration = "group_delete_member_param_duration";
        // GroupDeleteMemberResult
        /// GroupDeleteMemberResult: string, read-only
        kTIMGroupDeleteMemberResultIdentifier = "group_delete_member_result_identifier";
        /// GroupDeleteMemberResult: uint HandleGroupMemberResult, read-only
        kTIMGroupDeleteMemberResultResult = "group_delete_member_result_result";
        // GroupPendencyOption
        /// GroupPendencyOption: uint64, write-only, required
        kTIMGroupPendencyOptionStartTime = "group_pendency_option_start_time";
        /// GroupPendencyOption: uint, write-only, optional
        kTIMGroupPendencyOptionMaxLimited = "group_pendency_option_max_limited";
        // GroupPendency
        /// GroupPendency: string, read/write
        kTIMGroupPendencyGroupId = "group_pendency_group_id";
        /// GroupPendency: string, read/write
        kTIMGroupPendencyFromIdentifier = "group_pendency_form_identifier";
        /// GroupPendency: string, read-only
        kTIMGroupPendencyFromNickName = "group_pendency_from_nick_name";
        /// GroupPendency: string, read-only
        kTIMGroupPendencyFromFaceUrl = "group_pendency_from_face_url";
        /// GroupPendency: string, read/write
        kTIMGroupPendencyToIdentifier = "group_pendency_to_identifier";
        /// GroupPendency: uint64, read-only
        kTIMGroupPendencyAddTime = "group_pendency_add_time";
        /// GroupPendency: uint TIMGroupPendencyType, read-only
        kTIMGroupPendencyPendencyType = "group_pendency_pendency_type";
        /// GroupPendency: uint TIMGroupPendencyHandle, read-only
        kTIMGroupPendencyHandled = "group_pendency_handled";
        /// GroupPendency: uint TIMGroupPendencyHandleResult, read-only
        kTIMGroupPendencyHandleResult = "group_pendency_handle_result";
        /// GroupPendency: string, read-only
        kTIMGroupPendencyApplyInviteMsg = "group_pendency_apply_invite_msg";
        /// GroupPendency: string, read-only
        kTIMGroupPendencyFromUserDefinedData = "group_pendency_form_user_defined_data";
        /// GroupPendency: string, read-only
        kTIMGroupPendencyApprovalMsg = "group_pendency_approval_msg";
        /// GroupPendency: string, read-only
        kTIMGroupPendencyToUserDefinedData = "group_pendency_to_user_defined_data";
        /// GroupPendency: string, read-only
        kTIMGroupPendencyKey = "group_pendency_key";
        /// GroupPendency: string, read-only
        kTIMGroupPendencyAuthentication = "group_pendency_authentication";
        /// GroupPendency: string, read-only
        kTIMGroupPendencySelfIdentifier = "group_pendency_self_identifier";
        // GroupPendencyResult
        /// GroupPendencyResult: uint64, read-only
        kTIMGroupPendencyResultNextStartTime = "group_pendency_result_next_start_time";
        /// GroupPendencyResult: uint64, read-only
        kTIMGroupPendencyResultReadTimeSeq = "group_pendency_result_read_time_seq";
        /// GroupPendencyResult: uint, read-only
        kTIMGroupPendencyResultUnReadNum = "group_pendency_result_unread_num";
        /// GroupPendencyResult: array GroupPendency, read-only
        kTIMGroupPendencyResultPendencyArray = "group_pendency_result_pendency_array";
        // GroupHandlePendencyParam
        /// GroupHandlePendencyParam: bool, write-only, optional
        kTIMGroupHandlePendencyParamIsAccept = "group_handle_pendency_param_is_accept";
        /// GroupHandlePendencyParam: string, write-only, optional
        kTIMGroupHandlePendencyParamHandleMsg = "group_handle_pendency_param_handle_msg";
        /// GroupHandlePendencyParam: object GroupPendency, write-only, required
        kTIMGroupHandlePendencyParamPendency = "group_handle_pendency_param_pendency";
        // GroupTipsElem
        /// GroupTipsElem: string, read-only
        kTIMGroupTipsElemGroupName = "group_tips_elem_group_name";
        /// GroupTipsElem: uint, read-only
        kTIMGroupTipsElemTime = "group_tips_elem_time";
        // GroupDetailInfo
        /// GroupDetailInfo: uint, read-only
        kTIMGroupDetailInfoOnlineMemberNum = "group_detail_info_online_member_num";
        // GroupMemberGetInfoOption
        /// GroupMemberGetInfoOption: uint64 TIMGroupMemberInfoFlag, read/write, optional
        kTIMGroupMemberGetInfoOptionInfoFlag = "group_member_get_info_option_info_flag";
        /// GroupMemberGetInfoOption: array string, write-only, optional
        kTIMGroupMemberGetInfoOptionCustomArray = "group_member_get_info_option_custom_array";
    }
    "TIMFriendshipManager.h" {
        // FriendProfileCustomStringInfo
        /// FriendProfileCustomStringInfo: string, write-only
        kTIMFriendProfileCustomStringInfoKey = "friend_profile_custom_string_info_key";
        /// FriendProfileCustomStringInfo: string, write-only
        kTIMFriendProfileCustomStringInfoValue = "friend_profile_custom_string_info_value";
        // FriendProfile
        /// FriendProfile: string, read-only
        kTIMFriendProfileIdentifier = "friend_profile_identifier";
        /// FriendProfile: array string, read-only
        kTIMFriendProfileGroupNameArray = "friend_profile_group_name_array";
        /// FriendProfile: string, read-only
        kTIMFriendProfileRemark = "friend_profile_remark";
        /// FriendProfile: string, read-only
        kTIMFriendProfileAddWording = "friend_profile_add_wording";
        /// FriendProfile: string, read-only
        kTIMFriendProfileAddSource = "friend_profile_add_source";
        /// FriendProfile: uint64, read-only
        kTIMFriendProfileAddTime = "friend_profile_add_time";
        /// FriendProfile: object UserProfile, read-only
        kTIMFriendProfileUserProfile = "friend_profile_user_profile";
        /// FriendProfile: array FriendProfileCustomStringInfo, read-only
        kTIMFriendProfileCustomStringArray = "friend_profile_custom_string_array";
        // FriendProfileItem
        /// FriendProfileItem: string, write-only
        kTIMFriendProfileItemRemark = "friend_profile_item_remark";
        /// FriendProfileItem: array string, write-only
        kTIMFriendProfileItemGroupNameArray = "friend_profile_item_group_name_array";
        /// FriendProfileItem: array FriendProfileCustomStringInfo, write-only
        kTIMFriendProfileItemCustomStringArray = "friend_profile_item_custom_string_array";
        // FriendshipModifyFriendProfileParam
        /// FriendshipModifyFriendProfileParam: string, write-only
        kTIMFriendshipModifyFriendProfileParamIdentifier = "friendship_modify_friend_profile_param_identifier";
        /// FriendshipModifyFriendProfileParam: object FriendProfileItem, write-only
        kTIMFriendshipModifyFriendProfileParamItem = "friendship_modify_friend_profile_param_item";
        // FriendProfileUpdate
        /// FriendProfileUpdate: string, write-only
        kTIMFriendProfileUpdateIdentifier = "friend_profile_update_identifier";
        /// FriendProfileUpdate: object FriendProfileItem, write-only
        kTIMFriendProfileUpdateItem = "friend_profile_update_item";
        // FriendshipAddFriendParam
        /// FriendshipAddFriendParam: string, write-only
        kTIMFriendshipAddFriendParamIdentifier = "friendship_add_friend_param_identifier";
        /// FriendshipAddFriendParam: uint TIMFriendType, write-only
        kTIMFriendshipAddFriendParamFriendType = "friendship_add_friend_param_friend_type";
        /// FriendshipAddFriendParam: string, write-only
        kTIMFriendshipAddFriendParamRemark = "friendship_add_friend_param_remark";
        /// FriendshipAddFriendParam: string, write-only
        kTIMFriendshipAddFriendParamGroupName = "friendship_add_friend_param_group_name";
        /// FriendshipAddFriendParam: string, write-only
        kTIMFriendshipAddFriendParamAddSource = "friendship_add_friend_param_add_source";
        /// FriendshipAddFriendParam: string, write-only
        kTIMFriendshipAddFriendParamAddWording = "friendship_add_friend_param_add_wording";
        // FriendshipDeleteFriendParam
        /// FriendshipDeleteFriendParam: uint TIMFriendType, write-only
        kTIMFriendshipDeleteFriendParamFriendType = "friendship_delete_friend_param_friend_type";
        /// FriendshipDeleteFriendParam: array string, write-only, optional
        kTIMFriendshipDeleteFriendParamIdentifierArray = "friendship_delete_friend_param_identifier_array";
        // FriendAddPendency
        /// FriendAddPendency: uint TIMFriendPendencyType, read-only
        kTIMFriendAddPendencyType = "friend_add_pendency_type";
        /// FriendAddPendency: string, read-only
        kTIMFriendAddPendencyIdentifier = "friend_add_pendency_identifier";
        /// FriendAddPendency: string, read-only
        kTIMFriendAddPendencyNickName = "friend_add_pendency_nick_name";
        /// FriendAddPendency: string, read-only
        kTIMFriendAddPendencyFaceUrl = "friend_add_pendency_face_url";
        /// FriendAddPendency: uint64, read-only
        kTIMFriendAddPendencyAddTime = "friend_add_pendency_add_time";
        /// FriendAddPendency: string, read-only
        kTIMFriendAddPendencyAddSource = "friend_add_pendency_add_source";
        /// FriendAddPendency: string, read-only
        kTIMFriendAddPendencyAddWording = "friend_add_pendency_add_wording";
        // FriendshipGetPendencyListParam
        /// FriendshipGetPendencyListParam: uint TIMFriendPendencyType, write-only
        kTIMFriendshipGetPendencyListParamType = "friendship_get_pendency_list_param_type";
        /// FriendshipGetPendencyListParam: uint64, write-only
        kTIMFriendshipGetPendencyListParamStartSeq = "friendship_get_pendency_list_param_start_seq";
        /// FriendshipGetPendencyListParam: uint64, write-only
        kTIMFriendshipGetPendencyListParamStartTime = "friendship_get_pendency_list_param_start_time";
        /// FriendshipGetPendencyListParam: int, write-only
        kTIMFriendshipGetPendencyListParamLimitedSize = "friendship_get_pendency_list_param_limited_size";
        // PendencyPage
        /// PendencyPage: uint64, read-only
        kTIMPendencyPageStartTime = "pendency_page_start_time";
        /// PendencyPage: uint64, read-only
        kTIMPendencyPageUnReadNum = "pendency_page_unread_num";
        /// PendencyPage: uint64, read-only
        kTIMPendencyPageCurrentSeq = "pendency_page_current_seq";
        /// PendencyPage: array FriendAddPendencyInfo, read-only
        kTIMPendencyPagePendencyInfoArray = "pendency_page_pendency_info_array";
        // FriendAddPendencyInfo
        /// FriendAddPendencyInfo: uint TIMFriendPendencyType, read-only
        kTIMFriendAddPendencyInfoType = "friend_add_pendency_info_type";
        /// FriendAddPendencyInfo: string, read-only
        kTIMFriendAddPendencyInfoIdentifier = "friend_add_pendency_info_identifier";
        /// FriendAddPendencyInfo: string, read-only
        kTIMFriendAddPendencyInfoNickName = "friend_add_pendency_info_nick_name";
        /// FriendAddPendencyInfo: string, read-only
        kTIMFriendAddPendencyInfoFaceUrl = "friend_add_pendency_info_face_url";
        /// FriendAddPendencyInfo: uint64, read-only
        kTIMFriendAddPendencyInfoAddTime = "friend_add_pendency_info_add_time";
        /// FriendAddPendencyInfo: string, read-only
        kTIMFriendAddPendencyInfoAddSource = "friend_add_pendency_info_add_source";
        /// FriendAddPendencyInfo: string, read-only
        kTIMFriendAddPendencyInfoAddWording = "friend_add_pendency_info_add_wording";
        // FriendResponse
        /// FriendResponse: string, write-only, required
        kTIMFriendResponseIdentifier = "friend_response_identifier";
        /// FriendResponse: uint TIMFriendResponseAction, write-only, required
        kTIMFriendResponseAction = "friend_response_action";
        /// FriendResponse: string, write-only, optional
        kTIMFriendResponseRemark = "friend_response_remark";
        /// FriendResponse: string, write-only, optional
        kTIMFriendResponseGroupName = "friend_response_group_name";
        // FriendshipDeletePendencyParam
        /// FriendshipDeletePendencyParam: uint TIMFriendPendencyType, read-only
        kTIMFriendshipDeletePendencyParamType = "friendship_delete_pendency_param_type";
        /// FriendshipDeletePendencyParam: array string, read-only
        kTIMFriendshipDeletePendencyParamIdentifierArray = "friendship_delete_pendency_param_identifier_array";
        // FriendshipCheckFriendTypeParam
        /// FriendshipCheckFriendTypeParam: uint TIMFriendType, write-only
        kTIMFriendshipCheckFriendTypeParamCheckType = "friendship_check_friendtype_param_check_type";
        /// FriendshipCheckFriendTypeParam: array string, write-only
        kTIMFriendshipCheckFriendTypeParamIdentifierArray = "friendship_check_friendtype_param_identifier_array";
        // FriendshipCheckFriendTypeResult
        /// FriendshipCheckFriendTypeResult: string, read-only
        kTIMFriendshipCheckFriendTypeResultIdentifier = "friendship_check_friendtype_result_identifier";
        /// FriendshipCheckFriendTypeResult: uint TIMFriendCheckRelation, read-only
        kTIMFriendshipCheckFriendTypeResultRelation = "friendship_check_friendtype_result_relation";
        /// FriendshipCheckFriendTypeResult: int, read-only
        kTIMFriendshipCheckFriendTypeResultCode = "friendship_check_friendtype_result_code";
        /// FriendshipCheckFriendTypeResult: string, read-only
        kTIMFriendshipCheckFriendTypeResultDesc = "friendship_check_friendtype_result_desc";
        // FriendResult
        /// FriendResult: string, read-only
        kTIMFriendResultIdentifier = "friend_result_identifier";
        /// FriendResult: int, read-only
        kTIMFriendResultCode = "friend_result_code";
        /// FriendResult: string, read-only
        kTIMFriendResultDesc = "friend_result_desc";
        // CreateFriendGroupParam
        /// CreateFriendGroupParam: array string, write-only
        kTIMFriendshipCreateFriendGroupParamNameArray = "friendship_create_friend_group_param_name_array";
        /// CreateFriendGroupParam: array string, write-only
        kTIMFriendshipCreateFriendGroupParamIdentifierArray = "friendship_create_friend_group_param_identifier_array";
        // FriendGroupInfo
        /// FriendGroupInfo: string, read-only
        kTIMFriendGroupInfoName = "friend_group_info_name";
        /// FriendGroupInfo: uint64, read-only
        kTIMFriendGroupInfoCount = "friend_group_info_count";
        /// FriendGroupInfo: array string, read-only
        kTIMFriendGroupInfoIdentifierArray = "friend_group_info_identifier_array";
        // FriendshipModifyFriendGroupParam
        /// FriendshipModifyFriendGroupParam: string, write-only
        kTIMFriendshipModifyFriendGroupParamName = "friendship_modify_friend_group_param_name";
        /// FriendshipModifyFriendGroupParam: string, write-only, optional
        kTIMFriendshipModifyFriendGroupParamNewName = "friendship_modify_friend_group_param_new_name";
        /// FriendshipModifyFriendGroupParam: array string, write-only, optional
        kTIMFriendshipModifyFriendGroupParamDeleteIdentifierArray = "friendship_modify_friend_group_param_delete_identifier_array";
        /// FriendshipModifyFriendGroupParam: array string, write-only, optional
        kTIMFriendshipModifyFriendGroupParamAddIdentifierArray = "friendship_modify_friend_group_param_add_identifier_array";
        // FriendSearchParam
        /// FriendSearchParam: array string, write-only
        kTIMFriendshipSearchParamKeywordList = "friendship_search_param_keyword_list";
        /// FriendSearchParam: array uint TIMFriendshipSearchFieldKey, write-only
        kTIMFriendshipSearchParamSearchFieldList = "friendship_search_param_search_field_list";
        // FriendInfoGetResult
        /// FriendInfoGetResult: string, read-only
        kTIMFriendshipFriendInfoGetResultIdentifier = "friendship_friend_info_get_result_identifier";
        /// FriendInfoGetResult: uint TIMFriendshipRelationType, read-only
        kTIMFriendshipFriendInfoGetResultRelationType = "friendship_friend_info_get_result_relation_type";
        /// FriendInfoGetResult: uint, read-only
        kTIMFriendshipFriendInfoGetResultErrorCode = "friendship_friend_info_get_result_error_code";
        /// FriendInfoGetResult: string, read-only
        kTIMFriendshipFriendInfoGetResultErrorMessage = "friendship_friend_info_get_result_error_message";
        /// FriendInfoGetResult: array uint FriendProfile, read-only
        kTIMFriendshipFriendInfoGetResultFriendInfo = "friendship_friend_info_get_result_field_info";
        // OfficialAccountInfo
        /// OfficialAccountInfo: string, read-only
        kTIMOfficialAccountID = "official_account_id";
        /// OfficialAccountInfo: string, read-only
        kTIMOfficialAccountName = "official_account_name";
        /// OfficialAccountInfo: string, read-only
        kTIMOfficialAccountFaceUrl = "official_account_face_url";
        /// OfficialAccountInfo: string, read-only
        kTIMOfficialAccountOwnerUserID = "official_account_owner_user_id";
        /// OfficialAccountInfo: string, read-only
        kTIMOfficialAccountIntroduction = "official_account_introduction";
        /// OfficialAccountInfo: string, read-only
        kTIMOfficialAccountOrganization = "official_account_organization";
        /// OfficialAccountInfo: uint64, read-only
        kTIMOfficialAccountCreateTime = "official_account_create_time";
        /// OfficialAccountInfo: uint64, read-only
        kTIMOfficialAccountSubscriberCount = "official_account_subscriber_count";
        /// OfficialAccountInfo: uint64, read-only
        kTIMOfficialAccountSubscribeTime = "official_account_subscribe_time";
        /// OfficialAccountInfo: string, read-only
        kTIMOfficialAccountCustomData = "official_account_custom_data";
        // GetOfficialAccountInfoResult
        /// GetOfficialAccountInfoResult: int, read-only
        kTIMGetOfficialAccountInfoResultCode = "get_official_accounts_info_result_code";
        /// GetOfficialAccountInfoResult: string, read-only
        kTIMGetOfficialAccountInfoResultDesc = "get_official_accounts_info_result_desc";
        /// GetOfficialAccountInfoResult: object OfficialAccountInfo, read-only
        kTIMGetOfficialAccountInfo = "get_official_accounts_info";
        // FollowOperationResult
        /// FollowOperationResult: string, read-only
        kTIMFollowOperationResultUserID = "follow_operation_result_user_id";
        /// FollowOperationResult: int, read-only
        kTIMFollowOperationResultCode = "follow_operation_result_code";
        /// FollowOperationResult: string, read-only
        kTIMFollowOperationResultInfo = "follow_operation_result_Info";
        // FollowListResult
        /// FollowListResult: string, read-only
        kTIMFollowListResultNextCursor = "follow_list_result_next_cursor";
        /// FollowListResult: array UserProfile, read-only
        kTIMFollowListResultUerInfoList = "follow_list_result_user_info_list";
        // FollowInfo
        /// FollowInfo: int, read-only
        kTIMFollowInfoResultCode = "follow_info_result_code";
        /// FollowInfo: string, read-only
        kTIMFollowInfoResultInfo = "follow_info_result_info";
        /// FollowInfo: string, read-only
        kTIMFollowInfoUserID = "follow_info_user_id";
        /// FollowInfo: uint64, read-only
        kTIMFollowInfoFollowingCount = "follow_info_following_count";
        /// FollowInfo: uint64, read-only
        kTIMFollowInfoFollowersCount = "follow_info_followers_count";
        /// FollowInfo: uint64, read-only
        kTIMFollowInfoMutualFollowersCount = "follow_info_mutual_followers_count";
        // FollowTypeCheckResult
        /// FollowTypeCheckResult: string, read-only
        kTIMFollowTypeCheckResultUserID = "follow_type_check_result_user_id";
        /// FollowTypeCheckResult: int, read-only
        kTIMFollowTypeCheckResultCode = "follow_type_check_result_code";
        /// FollowTypeCheckResult: string, read-only
        kTIMFollowTypeCheckResultInfo = "follow_type_check_result_info";
        /// FollowTypeCheckResult: uint TIMFollowType, read-only
        kTIMFollowTypeCheckResultFollowType = "follow_type_check_result_follow_type";
        // FriendChangeElem
        /// FriendChangeElem: uint TIMFriendChangeType, read-only
        kTIMFriendChangeElemChangeType = "friend_change_elem_change_type";
        /// FriendChangeElem: array string, read-only
        kTIMFriendChangeElemFriendAddIdentifierArray = "friend_change_elem_friend_add_identifier_array";
        /// FriendChangeElem: array string, read-only
        kTIMFriendChangeElemFriendDelIdentifierArray = "friend_change_elem_friend_del_identifier_array";
        /// FriendChangeElem: array FriendAddPendency, read-only
        kTIMFriendChangeElemFriendAddPendencyItemArray = "friend_change_elem_friend_add_pendency_array";
        /// FriendChangeElem: array string, read-only
        kTIMFriendChangeElemPendencyDelIdentifierArray = "friend_change_elem_pendency_del_identifier_array";
        /// FriendChangeElem: uint64, read-only
        kTIMFriendChangeElemPendencyReadedReportTimestamp = "friend_change_elem_pendency_readed_report_timestamp";
        /// FriendChangeElem: array string, read-only
        kTIMFriendChangeElemBlackListAddIdentifierArray = "friend_change_elem_blacklist_add_identifier_array";
        /// FriendChangeElem: array string, read-only
        kTIMFriendChangeElemBlackListDelIdentifierArray = "friend_change_elem_blacklist_del_identifier_array";
        /// FriendChangeElem: array FriendProfileUpdate, read-only
        kTIMFriendChangeElemFriendProfileUpdateItemArray = "friend_change_elem_friend_profile_update_item_array";
        /// FriendChangeElem: array string, read-only
        kTIMFriendChangeElemFriendGroupAddIdentifierArray = "friend_change_elem_friend_group_add_array";
        /// FriendChangeElem: array string, read-only
        kTIMFriendChangeElemFriendGroupDelIdentifierArray = "friend_change_elem_friend_group_del_array";
        /// FriendChangeElem: array string, read-only
        kTIMFriendChangeElemFriendGroupModifyIdentifierArray = "friend_change_elem_friend_group_update_array";
    }
    "TIMCommunityManager.h" {
        // TopicInfo
        /// TopicInfo: string, read/write
        kTIMCommunityTopicInfoTopicID = "group_topic_info_topic_id";
        /// TopicInfo: string, read/write
        kTIMCommunityTopicInfoTopicName = "group_topic_info_topic_name";
        /// TopicInfo: string, read/write
        kTIMCommunityTopicInfoIntroduction = "group_topic_info_introduction";
        /// TopicInfo: string, read/write
        kTIMCommunityTopicInfoNotification = "group_topic_info_notification";
        /// TopicInfo: string, read/write
        kTIMCommunityTopicInfoFaceURL = "group_topic_info_topic_face_url";
        /// TopicInfo: bool, read/write
        kTIMCommunityTopicInfoIsAllMuted = "group_topic_info_is_all_muted";
        /// TopicInfo: uint32, read-only
        kTIMCommunityTopicInfoSelfMuteTime = "group_topic_info_self_mute_time";
        /// TopicInfo: string, read/write
        kTIMCommunityTopicInfoCustomString = "group_topic_info_custom_string";
        /// TopicInfo: uint TIMReceiveMessageOpt, read-only
        kTIMCommunityTopicInfoRecvOpt = "group_topic_info_recv_opt";
        /// TopicInfo: string, read/write
        kTIMCommunityTopicInfoDraftText = "group_topic_info_draft_text";
        /// TopicInfo: uint64, read-only
        kTIMCommunityTopicInfoUnreadCount = "group_topic_info_unread_count";
        /// TopicInfo: object Message, read-only
        kTIMCommunityTopicInfoLastMessage = "group_topic_info_last_message";
        /// TopicInfo: uint64, read-only
        kTIMCommunityTopicInfoReadSequence = "topic_info_read_sequence";
        /// TopicInfo: array GroupAtInfo, read-only
        kTIMCommunityTopicInfoGroupAtInfoArray = "group_topic_info_group_at_info_array";
        /// TopicInfo: uint TIMGroupModifyInfoFlag, write-only, required
        kTIMCommunityTopicInfoModifyFlag = "group_modify_info_param_modify_flag";
        /// TopicInfo: uint32, read-only
        kTIMCommunityTopicCreateTime = "topic_create_time";
        /// TopicInfo: uint64, read/write
        kTIMCommunityTopicInfoDefaultPermissions = "default_permissions";
        // TopicInfoResult
        /// TopicInfoResult: int, read-only
        kTIMCommunityTopicInfoResultErrorCode = "group_topic_info_result_error_code";
        /// TopicInfoResult: string, read-only
        kTIMCommunityTopicInfoResultErrorMessage = "group_topic_info_result_error_message";
        /// TopicInfoResult: object TopicInfo, read-only
        kTIMCommunityTopicInfoResultTopicInfo = "group_topic_info_result_topic_info";
        // TopicOperationResult
        /// TopicOperationResult: int, read-only
        kTIMCommunityTopicOperationResultErrorCode = "group_topic_operation_result_error_code";
        /// TopicOperationResult: string, read-only
        kTIMCommunityTopicOperationResultErrorMessage = "group_topic_operation_result_error_message";
        /// TopicOperationResult: string, read-only
        kTIMCommunityTopicOperationResultTopicID = "group_topic_operation_result_topic_id";
        // PermissionGroupInfo
        /// PermissionGroupInfo: string, read/write
        kTIMCommunityGroupID = "community_group_id";
        /// PermissionGroupInfo: string, read/write
        kTIMPermissionGroupID = "permission_group_id";
        /// PermissionGroupInfo: string, read/write
        kTIMPermissionGroupName = "permission_group_name";
        /// PermissionGroupInfo: string, read/write
        kTIMPermissionCustomData = "permission_custom_data";
        /// PermissionGroupInfo: uint64, read/write
        kTIMGroupPermission = "group_permission";
        /// PermissionGroupInfo: uint64, read-only
        kTIMPermissionGroupMemberCount = "permission_group_member_count";
        /// PermissionGroupInfo: uint TIMPermissionGroupModifyInfoFlag, write-only, required
        kTIMPermissionGroupModifyInfoFlag = "permission_group_modify_info_flag";
        // TopicPermissionMap
        /// TopicPermissionMap: string, read/write
        kTIMTopicPermissionKey = "topic_permission_key";
        /// TopicPermissionMap: uint64, read/write
        kTIMTopicPermissionValue = "topic_permission_value";
        // PermissionGroupInfoResult
        /// PermissionGroupInfoResult: int, read-only
        kTIMPermissionGroupInfoResultErrorCode = "permission_group_info_result_error_code";
        /// PermissionGroupInfoResult: string, read-only
        kTIMPermissionGroupInfoResultErrorMessage = "permission_group_info_result_error_message";
        /// PermissionGroupInfoResult: object TIMGroupTopicInfo, read-only
        kTIMPermissionGroupInfoResult = "permission_group_info_result";
        // PermissionGroupOperationResult
        /// PermissionGroupOperationResult: int, read-only
        kTIMPermissionGroupOperationResultErrorCode = "permission_group_operation_result_error_code";
        /// PermissionGroupOperationResult: string, read-only
        kTIMPermissionGroupOperationResultErrorMessage = "permission_group_operation_result_error_message";
        /// PermissionGroupOperationResult: string, read-only
        kTIMPermissionGroupOperationResultID = "permission_group_operation_result_id";
        // PermissionGroupMemberOperationResult
        /// PermissionGroupMemberOperationResult: string, read-only
        kTIMPermissionGroupMemberOperationResultIdentifier = "permission_group_member_operation_result_identifier";
        /// PermissionGroupMemberOperationResult: uint TIMPermissionGroupMemberOperationResult, read-only
        kTIMPermissionGroupMemberOperationResultErrorCode = "permission_group_member_operation_result_error_code";
        // PermissionGroupMemberInfoResult
        /// PermissionGroupMemberInfoResult: string, read-only
        kTIMPermissionGroupMemberInfoResultNextCursor = "permission_group_member_info_result_next_cursor";
        /// PermissionGroupMemberInfoResult: array GroupMemberInfo, read-only
        kTIMPermissionGroupMemberInfoResultArray = "permission_group_member_info_result_array";
        // TopicPermissionResult
        /// TopicPermissionResult: int, read-only
        kTIMTopicPermissionResultErrorCode = "topic_permission_result_error_code";
        /// TopicPermissionResult: string, read-only
        kTIMTopicPermissionResultErrorMessage = "topic_permission_result_error_message";
        /// TopicPermissionResult: string, read-only
        kTIMTopicPermissionResultTopicID = "topic_permission_result_topic_id";
        /// TopicPermissionResult: uint64, read-only
        kTIMTopicPermissionResultTopicPermission = "topic_permission_result_topic_permission";
        /// TopicPermissionResult: string, read-only
        kTIMTopicPermissionResultGroupID = "topic_permission_result_group_id";
        /// TopicPermissionResult: string, read-only
        kTIMTopicPermissionResultPermissionGroupID = "topic_permission_result_permission_group_id";
        // PermissionGroupCallback
        /// PermissionGroupCallback: array, read-only
        kTIMTopicPermissionMap = "topic_permission_map";
        /// PermissionGroupCallback: array, read-only
        kTIMTopicIDList = "topic_id_list";
        /// PermissionGroupCallback: array, read-only
        kTIMMemberIDList = "member_id_list";
    }
    "TIMSignalingManager.h" {
        // SignalingInfo
        /// SignalingInfo: string, read-only
        kTIMSignalingInfoInviteID = "signaling_info_invite_id";
        /// SignalingInfo: string, read-only
        kTIMSignalingInfoGroupID = "signaling_info_group_id";
        /// SignalingInfo: string, read-only
        kTIMSignalingInfoInviter = "signaling_info_inviter";
        /// SignalingInfo: string, read-only
        kTIMSignalingInfoInviteeList = "signaling_info_invitee_list";
        /// SignalingInfo: string, read-only
        kTIMSignalingInfoData = "signaling_info_data";
        /// SignalingInfo: int TIMSignalingActionType, read-only
        kTIMSignalingInfoActionType = "signaling_info_action_type";
        /// SignalingInfo: int, read-only
        kTIMSignalingInfoTimeout = "signaling_info_timeout";
    }
    "TIMOfflinePushManager.h" {
        // OfflinePushToken
        /// OfflinePushToken key
        kTIMOfflinePushTokenToken = "offline_push_token_token";
        /// OfflinePushToken key
        kTIMOfflinePushTokenBusinessID = "offline_push_token_business_id";
        /// OfflinePushToken key
        kTIMOfflinePushTokenType = "offline_push_token_type";
        // IOSOfflinePushConfigSoundConfig
        /// IOSOfflinePushConfigSoundConfig key
        kIOSOfflinePushNoSound = "push.no_sound";
        /// IOSOfflinePushConfigSoundConfig key
        kIOSOfflinePushDefaultSound = "default";
        // IOSOfflinePushConfig
        /// IOSOfflinePushConfig: string, read/write
        kTIMIOSOfflinePushConfigTitle = "ios_offline_push_config_title";
        /// IOSOfflinePushConfig: string, read/write
        kTIMIOSOfflinePushConfigSound = "ios_offline_push_config_sound";
        /// IOSOfflinePushConfig: bool, read/write
        kTIMIOSOfflinePushConfigIgnoreBadge = "ios_offline_push_config_ignore_badge";
        /// IOSOfflinePushConfig: uint TIMIOSOfflinePushType, read/write
        kTIMIOSOfflinePushConfigPushType = "ios_offline_push_config_push_type";
        /// IOSOfflinePushConfig key
        kTIMIOSOfflinePushConfigImage = "ios_offline_push_config_image";
        // AndroidOfflinePushConfig
        /// AndroidOfflinePushConfig: string, read/write
        kTIMAndroidOfflinePushConfigTitle = "android_offline_push_config_title";
        /// AndroidOfflinePushConfig: string, read/write
        kTIMAndroidOfflinePushConfigSound = "android_offline_push_config_sound";
        /// AndroidOfflinePushConfig: uint TIMAndroidOfflinePushNotifyMode, read/write
        kTIMAndroidOfflinePushConfigNotifyMode = "android_offline_push_config_notify_mode";
        /// AndroidOfflinePushConfig: uint32, read/write
        kTIMAndroidOfflinePushConfigVIVOClassification = "android_offline_push_config_vivo_classification";
        /// AndroidOfflinePushConfig: string, read/write
        kTIMAndroidOfflinePushConfigVIVOCategory = "android_offline_push_config_vivo_category";
        /// AndroidOfflinePushConfig: string, read/write
        kTIMAndroidOfflinePushConfigOPPOChannelID = "android_offline_push_config_oppo_channel_id";
        /// AndroidOfflinePushConfig: string, read/write
        kTIMAndroidOfflinePushConfigXiaoMiChannelID = "android_offline_push_config_xiaomi_channel_id";
        /// AndroidOfflinePushConfig: string, read/write
        kTIMAndroidOfflinePushConfigFCMChannelID = "android_offline_push_config_fcm_channel_id";
        /// AndroidOfflinePushConfig: string, read/write
        kTIMAndroidOfflinePushConfigHuaWeiCategory = "android_offline_push_config_huawei_category";
        /// AndroidOfflinePushConfig: string, read/write
        kTIMAndroidOfflinePushConfigHuaWeiImage = "android_offline_push_config_huawei_image";
        /// AndroidOfflinePushConfig key
        kTIMAndroidOfflinePushConfigHonorImage = "android_offline_push_config_honor_image";
        /// AndroidOfflinePushConfig key
        kTIMAndroidOfflinePushConfigFCMImage = "android_offline_push_config_fcm_image";
        // OfflinePushConfig
        /// OfflinePushConfig: string, read/write
        kTIMOfflinePushConfigDesc = "offline_push_config_desc";
        /// OfflinePushConfig: string, read/write
        kTIMOfflinePushConfigExt = "offline_push_config_ext";
        /// OfflinePushConfig: uint TIMOfflinePushFlag, read/write
        kTIMOfflinePushConfigFlag = "offline_push_config_flag";
        /// OfflinePushConfig: object IOSOfflinePushConfig, read/write
        kTIMOfflinePushConfigIOSConfig = "offline_push_config_ios_config";
        /// OfflinePushConfig: object AndroidOfflinePushConfig, read/write
        kTIMOfflinePushConfigAndroidConfig = "offline_push_config_android_config";
    }
    "TIMExperimentalAPI.h" {
        // TIMInternalOperation
        /// TIMInternalOperation key
        kTIMInternalOperationSSOData = "internal_operation_sso_data";
        /// TIMInternalOperation key
        kTIMInternalOperationUserId2TinyId = "internal_operation_userid_tinyid";
        /// TIMInternalOperation key
        kTIMInternalOperationTinyId2UserId = "internal_operation_tinyid_userid";
        /// TIMInternalOperation key
        kTIMInternalOperationSetEnv = "internal_operation_set_env";
        /// TIMInternalOperation key
        kTIMInternalOperationSetIPv6Prior = "internal_operation_set_ipv6_prior";
        /// TIMInternalOperation key
        kTIMInternalOperationSetMaxRetryCount = "internal_operation_set_max_retry_count";
        /// TIMInternalOperation key
        kTIMInternalOperationSetPacketRequestTimeout = "internal_operation_set_packet_request_timeout";
        /// TIMInternalOperation key
        kTIMInternalOperationSetCustomServerInfo = "internal_operation_set_custom_server_info";
        /// TIMInternalOperation key
        kTIMInternalOperationEnableQuicChannel = "internal_operation_enable_quic_channel";
        /// TIMInternalOperation key
        kTIMInternalOperationSetSM4GCMCallback = "internal_operation_set_sm4_gcm_callback";
        /// TIMInternalOperation key
        kTIMInternalOperationInitLocalStorage = "internal_operation_init_local_storage";
        /// TIMInternalOperation key
        kTIMInternalOperationSetCosSaveRegionForConversation = "internal_operation_set_cos_save_region_for_conversation";
        /// TIMInternalOperation key
        kTIMInternalOperationSetUIPlatform = "internal_operation_set_ui_platform";
        /// TIMInternalOperation key
        kTIMInternalOperationSetDatabaseEncryptInfo = "internal_operation_set_database_encrypt_info";
        /// TIMInternalOperation key
        kTIMInternalOperationIsCommercialAbilityEnabled = "internal_operation_is_commercial_ability_enabled";
        /// TIMInternalOperation key
        kTIMInternalOperationSetOfflinePushState = "internal_operation_set_offline_push_state";
        /// TIMInternalOperation key
        kTIMInternalOperationGetOfflinePushState = "internal_operation_get_offline_push_state";
        /// TIMInternalOperation key
        kTIMInternalOperationGetMessageRevoker = "internal_operation_get_message_revoker";
        /// TIMInternalOperation key
        kTIMInternalOperationWriteLog = "internal_operation_write_log";
        /// TIMInternalOperation key
        kTIMInternalOperationClearLocalHistoryMessage = "internal_operation_clear_local_history_message";
        /// TIMInternalOperation key
        kTIMInternalOperationUpdateProxyInfo = "internal_operation_update_proxy_info";
        /// TIMInternalOperation key
        kTIMInternalOperationReportTUIComponentUsage = "internal_operation_report_tuicomponent_usage";
        /// TIMInternalOperation key
        kTIMInternalOperationSendTRTCCustomData = "internal_operation_send_trtc_custom_data";
        /// TIMInternalOperation key
        kTIMInternalOperationSendRoomCustomData = "internal_operation_send_room_custom_data";
        /// TIMInternalOperation key
        kTIMInternalOperationSetApplicationID = "internal_operation_set_application_id";
        /// TIMInternalOperation key
        kTIMInternalOperationGetServerConfig = "internal_operation_get_server_config";
        /// TIMInternalOperation key
        kTIMInternalOperationSetIgnoreRepeatLogin = "internal_operation_set_ignore_repeat_login";
        /// TIMInternalOperation key
        kTIMInternalOperationStartMessageLongPolling = "internal_operation_start_message_long_polling";
        /// TIMInternalOperation key
        kTIMInternalOperationStopMessageLongPolling = "internal_operation_stop_message_long_polling";
        /// TIMInternalOperation key
        kTIMInternalOperationFindMergerMessages = "internal_operation_find_merger_messages";
        /// TIMInternalOperation key
        kTIMInternalOperationGetBriefGroupMemberList = "internal_operation_get_brief_group_member_list";
        // SSODataParam
        /// SSODataParam: string, write-only, required
        kTIMSSODataParamCmd = "sso_data_param_cmd";
        /// SSODataParam: string, write-only, required
        kTIMSSODataParamBody = "sso_data_param_body";
        /// SSODataParam: uint64, write-only, optional
        kTIMSSODataParamTimeout = "sso_data_param_timeout";
        // SSODataRes
        /// SSODataRes: string, read-only, required
        kTIMSSODataResCmd = "sso_data_res_cmd";
        /// SSODataRes: string, read-only, required
        kTIMSSODataResBody = "sso_data_res_body";
        // UserInfo
        /// UserInfo key
        kTIMUserInfoUserId = "user_info_userid";
        /// UserInfo key
        kTIMUserInfoTinyId = "user_info_tinyid";
        // ServerAddress
        /// ServerAddress: string, write-only, required
        kTIMServerAddressIp = "server_address_ip";
        /// ServerAddress: int, write-only, required
        kTIMServerAddressPort = "server_address_port";
        /// ServerAddress: bool, write-only, optional
        kTIMServerAddressIsIPv6 = "server_address_is_ipv6";
        /// ServerAddress: bool, write-only, optional
        kTIMServerAddressIsQuic = "server_address_is_quic";
        // CustomServerInfo
        /// CustomServerInfo: array ServerAddress, write-only, required
        kTIMCustomServerInfoLongConnectionAddressArray = "longconnection_address_array";
        /// CustomServerInfo: array ServerAddress, write-only, optional
        kTIMCustomServerInfoShortConnectionAddressArray = "shortconnection_address_array";
        /// CustomServerInfo: string, write-only, required
        kTIMCustomServerInfoServerPublicKey = "server_public_key";
        // QuicChannelInfo
        /// QuicChannelInfo: bool, write-only, required
        kTIMQuicChannelInfoEnableQuic = "quic_channel_info_enable_quic";
        // SM4GCMCallbackParam
        /// SM4GCMCallbackParam key
        kTIMSM4GCMCallbackParamEncrypt = "sm4_gcm_callback_param_encrypt";
        /// SM4GCMCallbackParam: uint64, write-only, required
        kTIMSM4GCMCallbackParamDecrypt = "sm4_gcm_callback_param_decrypt";
        // CosSaveRegionForConversationParam
        /// CosSaveRegionForConversationParam: string, write-only, required
        kTIMCosSaveRegionForConversationParamConversationID = "cos_save_region_for_conversation_param_conversation_id";
        /// CosSaveRegionForConversationParam: string, write-only, required
        kTIMCosSaveRegionForConversationParamCosSaveRegion = "cos_save_region_for_conversation_param_cos_save_region";
        // DatabaseEncryptInfo
        /// DatabaseEncryptInfo: int, write-only, required
        kTIMDatabaseEncryptInfoEncryptType = "database_encrypt_info_encrypt_type";
        /// DatabaseEncryptInfo: string, write-only, optional
        kTIMDatabaseEncryptInfoEncryptKey = "database_encrypt_info_encrypt_key";
        // CommercialAbilityResult
        /// CommercialAbilityResult: bool, read-only, required
        kTIMCommercialAbilityResultEnabled = "commercial_ability_result_enabled";
        // RequestParam
        /// RequestParam: string TIMInternalOperation, write-only, required
        kTIMRequestInternalOperation = "request_internal_operation";
        /// RequestParam: object SSODataParam, write-only, optional
        kTIMRequestSSODataParam = "request_sso_data_param";
        /// RequestParam: array string, write-only, optional
        kTIMRequestUserId2TinyIdParam = "request_userid_tinyid_param";
        /// RequestParam: array uint64, write-only, optional
        kTIMRequestTinyId2UserIdParam = "request_tinyid_userid_param";
        /// RequestParam: bool, write-only, optional
        kTIMRequestSetEnvParam = "request_set_env_param";
        /// RequestParam: bool, write-only, optional
        kTIMRequestSetIPv6PriorParam = "request_set_ipv6_prior_param";
        /// RequestParam: uint32, write-only, optional
        kTIMRequestSetMaxRetryCountParam = "request_set_max_retry_count_param";
        /// RequestParam: int64, write-only, optional
        kTIMRequestSetPacketRequestTimeoutParam = "request_set_packet_request_timeout_param";
        /// RequestParam: object CustomServerInfo, write-only, optional
        kTIMRequestSetCustomServerInfoParam = "request_set_custom_server_info_param";
        /// RequestParam: bool, write-only, optional
        kTIMRequestEnableQuicChannelParam = "request_enable_quic_channel_param";
        /// RequestParam: object SM4GCMCallbackParam, write-only, optional
        kTIMRequestSetSM4GCMCallbackParam = "request_set_sm4_gcm_callback_param";
        /// RequestParam: string, write-only, optional
        kTIMRequestInitLocalStorageParam = "request_init_local_storage_user_id_param";
        /// RequestParam: object CosSaveRegionForConversationParam, write-only, optional
        kTIMRequestSetCosSaveRegionForConversationParam = "request_set_cos_save_region_for_conversation_param";
        /// RequestParam: uint32, write-only, optional
        kTIMRequestSetUIPlatformParam = "request_set_ui_platform_param";
        /// RequestParam: object DatabaseEncryptInfo, write-only, optional
        kTIMRequestSetDatabaseEncryptInfoParam = "request_set_database_encrypt_info_param";
        /// RequestParam: uint64, write-only, optional
        kTIMRequestIsCommercialAbilityEnabledParam = "request_is_commercial_ability_enabled_param";
        /// RequestParam: uint32, write-only, optional
        kTIMRequestSetOfflinePushStateParam = "request_set_offline_push_state_param";
        /// RequestParam: array string, write-only, optional
        kTIMRequestMessageRevokerMessageIdArray = "request_message_revoker_message_id_array";
        /// RequestParam: int, write-only, optional
        kTIMRequestWriteLogLogLevelParam = "request_write_log_log_level_param";
        /// RequestParam: string, write-only, optional
        kTIMRequestWriteLogLogContentParam = "request_write_log_log_content_param";
        /// RequestParam: string, write-only, optional
        kTIMRequestWriteLogFileNameParam = "request_write_log_file_name_param";
        /// RequestParam: string, write-only, optional
        kTIMRequestWriteLogFuncNameParam = "request_write_log_func_name_param";
        /// RequestParam: int, write-only, optional
        kTIMRequestWriteLogLineNumberParam = "request_write_log_line_number_param";
        /// RequestParam: string, write-only, optional
        kTIMRequestClearLocalHistoryMessageConversationIDParam = "request_clear_local_history_message_conversation_id_param";
        /// RequestParam: uint64, write-only, optional
        kTIMRequestClearLocalHistoryMessageBeginTimestampParam = "request_clear_local_history_message_begin_timestamp_param";
        /// RequestParam: uint64, write-only, optional
        kTIMRequestClearLocalHistoryMessageEndTimestampParam = "request_clear_local_history_message_end_timestamp_param";
        /// RequestParam key
        kTIMRequestReportTUIComponentUsageUIComponentTypeParam = "report_tuicomponent_usage_uicomponent_type_param";
        /// RequestParam key
        kTIMRequestReportTUIComponentUsageUIStyleTypeParam = "report_tuicomponent_usage_uistyle_type_param";
        /// RequestParam: string, write-only, required
        kTIMRequestSendTRTCCustomDataParam = "request_send_trtc_custom_data_param";
        /// RequestParam: string, write-only, required
        kTIMRequestSendRoomCustomDataServiceCommandParam = "request_send_room_custom_data_service_command_param";
        /// RequestParam: string, write-only, required
        kTIMRequestSendRoomCustomDataRequestContentParam = "request_send_room_custom_data_request_content_param";
        /// RequestParam: uint8, write-only, optional
        kTIMRequestSetApplicationIDParam = "request_set_application_id_param";
        /// RequestParam: string, write-only, required
        kTIMRequestGetServerConfigKeyParam = "request_get_server_config_key_param";
        /// RequestParam key
        kTIMRequestGetServerConfigValueTypeParam = "request_get_server_config_value_type_param";
        /// RequestParam: bool, write-only, optional
        kTIMRequestSetIgnoreRepeatLoginParam = "request_set_ignore_repeat_login_param";
        /// RequestParam: string, write-only, required
        kTIMRequestStartMessageLongPollingIDParam = "request_start_message_long_polling_id_param";
        /// RequestParam: string, write-only, required
        kTIMRequestStartMessageLongPollingKeyParam = "request_start_message_long_polling_key_param";
        /// RequestParam: string, write-only, required
        kTIMRequestStartMessageLongPollingSequenceParam = "request_start_message_long_polling_sequence_param";
        /// RequestParam: string, write-only, required
        kTIMRequestStopMessageLongPollingIDParam = "request_stop_message_long_polling_id_param";
        /// RequestParam: string, write-only, required
        kTIMRequestFindMergerMessagesMessageIDParam = "request_find_merger_messages_message_id_param";
        /// RequestParam: array, write-only, required
        kTIMRequestFindMergerMessagesMergerMessageIDListParam = "request_find_merger_messages_merger_message_id_list_param";
        /// RequestParam: string, write-only, optional
        kTIMRequestGetBriefGroupMemberListGroupIDParam = "request_get_brief_group_member_list_group_id_param";
        // ResponseInfo
        /// ResponseInfo: string TIMInternalOperation, read-only, required
        kTIMResponseInternalOperation = "response_internal_operation";
        /// ResponseInfo: object SSODataRes, read-only, optional
        kTIMResponseSSODataRes = "response_sso_data_res";
        /// ResponseInfo: array UserInfo, read-only, optional
        kTIMResponseUserId2TinyIdRes = "response_userid_tinyid_res";
        /// ResponseInfo: array UserInfo, read-only, optional
        kTIMResponseTinyId2UserIdRes = "response_tinyid_userid_res";
        /// ResponseInfo: bool, read-only, optional
        kTIMResponseSetEvnRes = "response_set_env_res";
        /// ResponseInfo: uint32, read-only, optional
        kTIMResponseGetOfflinePushStateRes = "response_get_offline_push_state_res";
        /// ResponseInfo: string, read-only, optional
        kTIMResponseMessageId = "response_message_id";
        /// ResponseInfo: string, read-only, optional
        kTIMResponseMessageRevoker = "response_message_revoker";
    }
    "TIMMessageManager.h" {
        // Message (added in 8.1 and 8.6)
        /// Message: bool, read/write; skip the app's pre-send server hook for this message
        kTIMMsgDisableCloudMessagePreHook = "message_disable_cloud_message_pre_hook";
        /// Message: bool, read/write; skip the app's post-send server hook for this message
        kTIMMsgDisableCloudMessagePostHook = "message_disable_cloud_message_post_hook";
        /// Message: bool, read/write; delivered with a notification even to muted conversations
        kTIMMsgExcludedFromMuting = "message_excluded_from_muting";
    }
    "TIMExtension.h" {
        /// SdkConfig string: the Matrix homeserver timconv syncs with (`http://…` or
        /// `https://…`); absent or empty: no server, everything stays local
        kTIMSdkConfigHomeserver = "timconv_homeserver";
        /// SdkConfig bool: `TIMLogin`'s `user_sig` is a Matrix access token, not a JWT (default false)
        kTIMSdkConfigUserSigIsAccessToken = "timconv_user_sig_is_access_token";
        // StoreCheckReport (TIMExtVerifyStore)
        /// StoreCheckReport: uint64, read-only: conversation rows checked
        kTIMExtStoreCheckConversations = "store_check_conversations";
        /// StoreCheckReport: uint64, read-only: stored list entries (ConvInfo of listed conversations) checked
        kTIMExtStoreCheckListEntries = "store_check_list_entries";
        /// StoreCheckReport: uint64, read-only: conversation-group memberships checked
        kTIMExtStoreCheckMemberships = "store_check_memberships";
        /// StoreCheckReport: uint64, read-only: derived copies that disagreed with the conversation rows, repaired since login
        kTIMExtStoreCheckRepairs = "store_check_repairs";
        /// StoreCheckReport: uint64, read-only: conversation rows that cannot be read (nothing derived from them is checked)
        kTIMExtStoreCheckUnreadableRows = "store_check_unreadable_rows";
        /// StoreCheckReport: uint64, read-only: listed conversations an upgrade or a rebuild left without a stored list entry, given one since login
        kTIMExtStoreCheckRendered = "store_check_rendered";
        /// StoreCheckReport: array string, read-only: what the checks since login found, one line each (the first 100)
        kTIMExtStoreCheckFindings = "store_check_findings";
        /// StoreCheckReport: array string, read-only: what this session's login found in doubt and rebuilt from the conversation rows
        kTIMExtStoreCheckLoginRebuilt = "store_check_login_rebuilt";
        /// StoreCheckReport: uint64, read-only: milliseconds the worker spent on the check
        kTIMExtStoreCheckBusyMs = "store_check_busy_ms";
        /// StoreCheckReport: uint64, read-only: milliseconds from the check's start to its end
        kTIMExtStoreCheckElapsedMs = "store_check_elapsed_ms";
        /// StoreCheckReport: uint64, read-only: microseconds of the check's longest step, its write included (about the longest a call waited for it)
        kTIMExtStoreCheckLongestStepUs = "store_check_longest_step_us";
    }
}
