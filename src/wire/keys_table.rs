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
        /// uint64: order key (pinned conversations carry bit 62)
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
        /// at-all marker, era A-C spelling (accepted on input)
        kImSDK_MesssageAtALL = "__kImSDK_MesssageAtALL__";
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
    "TIMExtension.h" {
        /// string: user ID (required)
        kTIMUserProfileIdentifier = "user_profile_identifier";
        /// string: nickname
        kTIMUserProfileNickName = "user_profile_nick_name";
        /// string: avatar URL
        kTIMUserProfileFaceUrl = "user_profile_face_url";
        /// string: the user's remark for this friend
        kTIMUserProfileFriendRemark = "user_profile_friend_remark";
        /// string: group ID (required)
        kTIMGroupBaseInfoGroupId = "group_base_info_group_id";
        /// string: group name
        kTIMGroupBaseInfoGroupName = "group_base_info_group_name";
        /// string: group avatar URL
        kTIMGroupBaseInfoFaceUrl = "group_base_info_face_url";
        /// uint TIMGroupType
        kTIMGroupBaseInfoGroupType = "group_base_info_group_type";
        /// uint TIMReceiveMessageOpt: the user's receive option for the group
        kTIMGroupBaseInfoMsgFlag = "group_base_info_msg_flag";
    }
}
