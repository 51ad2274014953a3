// Old spellings of names (JSON key constants, enum values) the SDK keeps as `#define OLD NEW`,
// grouped by the header that defines them. Read by `build.rs`, which writes the `#define`s.
name_aliases! {
    "TIMManager.h" {
        kTIMGroupInfoFlag_AddOpton => kTIMGroupInfoFlag_AddOption;
        kTIMGenderType_Unkown => kTIMGenderType_Unknown;
        kTIMUserConfigIsIngoreGroupTipsUnRead => kTIMUserConfigIsIgnoreGroupTipsUnRead;
        kTIMSetConfigCackBackLogLevel => kTIMSetConfigCallbackLogLevel;
        kTIMProfileChangeElemFromIndentifier => kTIMProfileChangeElemFromIdentifier;
        kTIMUserProfileCustemStringInfoKey => kTIMUserProfileCustomStringInfoKey;
        kTIMUserProfileCustemStringInfoValue => kTIMUserProfileCustomStringInfoValue;
        kTIMUserProfileItemLoaction => kTIMUserProfileItemLocation;
        kTIMGroupMemberInfoRemark => kTIMGroupMemberInfoFriendRemark;
        KTIMUserStatusOnlineDevices => kTIMUserStatusOnlineDevices;
    }
    "TIMMessageManager.h" {
        kImSDK_MesssageAtALL => kImSDK_MessageAtALL;
        kTIMLocationElemlatitude => kTIMLocationElemLatitude;
    }
    "TIMGroupManager.h" {
        kTIMGroupModifyInfoFlag_MaxMmeberNum => kTIMGroupModifyInfoFlag_MaxMemberNum;
        kTIMGroupMemberSearchFieldKey_NikeName => kTIMGroupMemberSearchFieldKey_NickName;
        kTIMGroupMemberInfoCustemStringInfoKey => kTIMGroupMemberInfoCustomStringInfoKey;
        kTIMGroupMemberInfoCustemStringInfoValue => kTIMGroupMemberInfoCustomStringInfoValue;
        kTIMGroupInfoCustemStringInfoKey => kTIMGroupInfoCustomStringInfoKey;
        kTIMGroupInfoCustemStringInfoValue => kTIMGroupInfoCustomStringInfoValue;
        kTIMGroupBaseInfoLastestSeq => kTIMGroupBaseInfoLatestSeq;
        kTIMGroupDetialInfoGroupId => kTIMGroupDetailInfoGroupId;
        kTIMGroupDetialInfoGroupType => kTIMGroupDetailInfoGroupType;
        kTIMGroupDetialInfoIsSupportTopic => kTIMGroupDetailInfoIsSupportTopic;
        kTIMGroupDetialInfoGroupName => kTIMGroupDetailInfoGroupName;
        kTIMGroupDetialInfoNotification => kTIMGroupDetailInfoNotification;
        kTIMGroupDetialInfoIntroduction => kTIMGroupDetailInfoIntroduction;
        kTIMGroupDetialInfoFaceUrl => kTIMGroupDetailInfoFaceUrl;
        kTIMGroupDetialInfoCreateTime => kTIMGroupDetailInfoCreateTime;
        kTIMGroupDetialInfoInfoSeq => kTIMGroupDetailInfoInfoSeq;
        kTIMGroupDetialInfoLastInfoTime => kTIMGroupDetailInfoLastInfoTime;
        kTIMGroupDetialInfoNextMsgSeq => kTIMGroupDetailInfoNextMsgSeq;
        kTIMGroupDetialInfoLastMsgTime => kTIMGroupDetailInfoLastMsgTime;
        kTIMGroupDetialInfoMemberNum => kTIMGroupDetailInfoMemberNum;
        kTIMGroupDetialInfoMaxMemberNum => kTIMGroupDetailInfoMaxMemberNum;
        kTIMGroupDetialInfoAddOption => kTIMGroupDetailInfoAddOption;
        kTIMGroupDetialInfoApproveOption => kTIMGroupDetailInfoApproveOption;
        kTIMGroupDetialInfoOnlineMemberNum => kTIMGroupDetailInfoOnlineMemberNum;
        kTIMGroupDetialInfoVisible => kTIMGroupDetailInfoVisible;
        kTIMGroupDetialInfoSearchable => kTIMGroupDetailInfoSearchable;
        kTIMGroupDetialInfoIsShutupAll => kTIMGroupDetailInfoIsShutupAll;
        kTIMGroupDetialInfoOwnerIdentifier => kTIMGroupDetailInfoOwnerIdentifier;
        kTIMGroupDetialInfoCustomInfo => kTIMGroupDetailInfoCustomInfo;
        TIMGroupGetOnlineMemberCountResulCount => TIMGroupGetOnlineMemberCountResult;
        TIMGroupSearchGroupMembersdResultGroupID => TIMGroupSearchGroupMembersResultGroupID;
        TIMGroupSearchGroupMembersdResultMemberInfoList => TIMGroupSearchGroupMembersResultMemberInfoList;
        KTIMGroupMemberInfoOnlineDevices => kTIMGroupMemberInfoOnlineDevices;
    }
    "TIMFriendshipManager.h" {
        FriendTypeSignle => FriendTypeSingle;
        kTIMFriendshipSearchFieldKey_NikeName => kTIMFriendshipSearchFieldKey_NickName;
        kTIMFriendChangeElemFreindProfileUpdateItemArray => kTIMFriendChangeElemFriendProfileUpdateItemArray;
        kTIMFriendProfileCustemStringInfoKey => kTIMFriendProfileCustomStringInfoKey;
        kTIMFriendProfileCustemStringInfoValue => kTIMFriendProfileCustomStringInfoValue;
        kTIMFriendResponeIdentifier => kTIMFriendResponseIdentifier;
        kTIMFriendResponeAction => kTIMFriendResponseAction;
        kTIMFriendResponeRemark => kTIMFriendResponseRemark;
        kTIMFriendResponeGroupName => kTIMFriendResponseGroupName;
        KTIMFollowListResultNextCursor => kTIMFollowListResultNextCursor;
        KTIMFollowListResultUerInfoList => kTIMFollowListResultUerInfoList;
    }
}
