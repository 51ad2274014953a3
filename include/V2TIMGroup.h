/* V2 C++ API: group, group member, @-info and community-topic types. */
#ifndef TIMCONV_V2TIMGROUP_H
#define TIMCONV_V2TIMGROUP_H

#include "V2TIMCommon.h"
#include "V2TIMDefine.h"

enum V2TIMGroupMemberRole {
    V2TIM_GROUP_MEMBER_UNDEFINED = 0,
    V2TIM_GROUP_MEMBER_ROLE_MEMBER = 200,
    V2TIM_GROUP_MEMBER_ROLE_ADMIN = 300,
    V2TIM_GROUP_MEMBER_ROLE_SUPER = 400,
};

enum V2TIMGroupInfoChangeType {
    V2TIM_GROUP_INFO_CHANGE_TYPE_NAME = 0x01,
    V2TIM_GROUP_INFO_CHANGE_TYPE_INTRODUCTION = 0x02,
    V2TIM_GROUP_INFO_CHANGE_TYPE_NOTIFICATION = 0x03,
    V2TIM_GROUP_INFO_CHANGE_TYPE_FACE = 0x04,
    V2TIM_GROUP_INFO_CHANGE_TYPE_OWNER = 0x05,
    V2TIM_GROUP_INFO_CHANGE_TYPE_CUSTOM = 0x06,
    V2TIM_GROUP_INFO_CHANGE_TYPE_SHUT_UP_ALL = 0x08,
    V2TIM_GROUP_INFO_CHANGE_TYPE_RECEIVE_MESSAGE_OPT = 0x0A,
    V2TIM_GROUP_INFO_CHANGE_TYPE_GROUP_ADD_OPT = 0x0B,
    V2TIM_GROUP_INFO_CHANGE_TYPE_GROUP_APPROVE_OPT = 0x0C,
};

enum V2TIMGroupAddOpt {
    V2TIM_GROUP_ADD_FORBID = 0,
    V2TIM_GROUP_ADD_AUTH = 1,
    V2TIM_GROUP_ADD_ANY = 2,
};

enum V2TIMGroupInfoModifyFlag {
    V2TIM_GROUP_INFO_MODIFY_FLAG_UNKNOWN = 0x00,
    V2TIM_GROUP_INFO_MODIFY_FLAG_GROUP_NAME = 0x01,
    V2TIM_GROUP_INFO_MODIFY_FLAG_NOTIFICATION = 0x01 << 1,
    V2TIM_GROUP_INFO_MODIFY_FLAG_INTRODUCTION = 0x01 << 2,
    V2TIM_GROUP_INFO_MODIFY_FLAG_FACE_URL = 0x01 << 3,
    V2TIM_GROUP_INFO_MODIFY_FLAG_GROUP_ADD_OPTION = 0x01 << 4,
    V2TIM_GROUP_INFO_MODIFY_FLAG_SHUTUP_ALL = 0x01 << 8,
    V2TIM_GROUP_INFO_MODIFY_FLAG_CUSTOM_INFO = 0x01 << 9,
    V2TIM_TOPIC_INFO_MODIFY_FLAG_CUSTOM_STRING = 0x1 << 11,
    V2TIM_GROUP_INFO_MODIFY_FLAG_GROUP_APPROVE_OPTION = 0x1 << 12,
};

enum V2TIMGroupMemberResult {
    V2TIM_GROUP_MEMBER_RESULT_FAIL = 0,
    V2TIM_GROUP_MEMBER_RESULT_SUCC = 1,
    V2TIM_GROUP_MEMBER_RESULT_INVALID = 2,
    V2TIM_GROUP_MEMBER_RESULT_PENDING = 3,
    V2TIM_GROUP_MEMBER_RESULT_OVERLIMIT = 4,
};

enum V2TIMGroupMemberFilter {
    V2TIM_GROUP_MEMBER_FILTER_ALL = 0x00,
    V2TIM_GROUP_MEMBER_FILTER_OWNER = 0x01,
    V2TIM_GROUP_MEMBER_FILTER_ADMIN = 0x02,
    V2TIM_GROUP_MEMBER_FILTER_COMMON = 0x04,
};

enum V2TIMGroupMemberInfoModifyFlag {
    V2TIM_GROUP_MEMBER_INFO_MODIFY_FLAG_UNKNOWN = 0x00,
    V2TIM_GROUP_MEMBER_INFO_MODIFY_FLAG_MEMBER_ROLE = 0x01 << 1,
    V2TIM_GROUP_MEMBER_INFO_MODIFY_FLAG_SHUTUP_TIME = 0x01 << 2,
    V2TIM_GROUP_MEMBER_INFO_MODIFY_FLAG_NAME_CARD = 0x01 << 3,
    V2TIM_GROUP_MEMBER_INFO_MODIFY_FLAG_CUSTOM_INFO = 0x01 << 4,
};

enum V2TIMGroupApplicationType {
    V2TIM_GROUP_JOIN_APPLICATION_NEED_APPROVED_BY_ADMIN = 0x0,
    V2TIM_GROUP_INVITE_APPLICATION_NEED_APPROVED_BY_INVITEE = 0x1,
    V2TIM_GROUP_INVITE_APPLICATION_NEED_APPROVED_BY_ADMIN = 0x2,
};

enum V2TIMGroupApplicationHandleStatus {
    V2TIM_GROUP_APPLICATION_HANDLE_STATUS_UNHANDLED = 0,
    V2TIM_GROUP_APPLICATION_HANDLE_STATUS_HANDLED_BY_OTHER = 1,
    V2TIM_GROUP_APPLICATION_HANDLE_STATUS_HANDLED_BY_SELF = 2,
};

enum V2TIMGroupApplicationHandleResult {
    V2TIM_GROUP_APPLICATION_HANDLE_RESULT_REFUSE = 0,
    V2TIM_GROUP_APPLICATION_HANDLE_RESULT_AGREE = 1,
};

/* Kind of @ recorded on a group conversation (same values as the C API). */
enum V2TIMGroupAtType {
    V2TIM_AT_ME = 1,
    V2TIM_AT_ALL = 2,
    V2TIM_AT_ALL_AT_ME = 3,
};

struct V2TIMGroupMemberInfo {
    V2TIMString userID;
    V2TIMString nickName;
    V2TIMString friendRemark;
    V2TIMString nameCard;
    V2TIMString faceURL;
};

DEFINE_VECTOR(V2TIMGroupMemberInfo)
typedef TXV2TIMGroupMemberInfoVector V2TIMGroupMemberInfoVector;

struct V2TIMGroupMemberFullInfo : public V2TIMGroupMemberInfo {
    V2TIMCustomInfo customInfo;
    uint32_t role;
    uint32_t muteUntil;
    int64_t joinTime;
    uint32_t modifyFlag;

    V2TIMGroupMemberFullInfo() : role(0), muteUntil(0), joinTime(0), modifyFlag(0) {}
};

DEFINE_VECTOR(V2TIMGroupMemberFullInfo)
typedef TXV2TIMGroupMemberFullInfoVector V2TIMGroupMemberFullInfoVector;

struct V2TIMGroupMemberInfoResult {
    uint64_t nextSequence;
    V2TIMGroupMemberFullInfoVector memberInfoList;

    V2TIMGroupMemberInfoResult() : nextSequence(0) {}
};

struct V2TIMGroupChangeInfo {
    V2TIMGroupInfoChangeType type;
    V2TIMString value;
    V2TIMString key;
    bool boolValue;
    uint32_t intValue;

    V2TIMGroupChangeInfo() : type(V2TIM_GROUP_INFO_CHANGE_TYPE_NAME), boolValue(false), intValue(0) {}
};

DEFINE_VECTOR(V2TIMGroupChangeInfo)
typedef TXV2TIMGroupChangeInfoVector V2TIMGroupChangeInfoVector;

struct V2TIMGroupMemberChangeInfo {
    V2TIMString userID;
    uint32_t muteTime;

    V2TIMGroupMemberChangeInfo() : muteTime(0) {}
};

DEFINE_VECTOR(V2TIMGroupMemberChangeInfo)
typedef TXV2TIMGroupMemberChangeInfoVector V2TIMGroupMemberChangeInfoVector;

/* An @ of the user in a group conversation: the seq of the message and its kind. */
struct V2TIMGroupAtInfo {
    uint64_t seq;
    V2TIMGroupAtType atType;

    V2TIMGroupAtInfo() : seq(0), atType(V2TIM_AT_ME) {}
};

DEFINE_VECTOR(V2TIMGroupAtInfo)
typedef TXV2TIMGroupAtInfoVector V2TIMGroupAtInfoVector;

struct V2TIMGroupInfo {
    V2TIMString groupID;
    V2TIMString groupType;
    bool isSupportTopic;
    V2TIMString groupName;
    V2TIMString notification;
    V2TIMString introduction;
    V2TIMString faceURL;
    bool allMuted;
    V2TIMCustomInfo customInfo;
    V2TIMString owner;
    uint32_t createTime;
    V2TIMGroupAddOpt groupAddOpt;
    V2TIMGroupAddOpt groupApproveOpt;
    uint32_t lastInfoTime;
    uint32_t lastMessageTime;
    uint32_t memberCount;
    uint32_t onlineCount;
    uint32_t memberMaxCount;
    uint32_t role;
    V2TIMReceiveMessageOpt recvOpt;
    uint32_t joinTime;
    uint32_t modifyFlag;

    V2TIMGroupInfo()
        : isSupportTopic(false), allMuted(false), createTime(0), groupAddOpt(V2TIM_GROUP_ADD_ANY),
          groupApproveOpt(V2TIM_GROUP_ADD_ANY), lastInfoTime(0), lastMessageTime(0), memberCount(0),
          onlineCount(0), memberMaxCount(0), role(0), recvOpt(V2TIM_RECEIVE_MESSAGE), joinTime(0),
          modifyFlag(0) {}
};

DEFINE_VECTOR(V2TIMGroupInfo)
typedef TXV2TIMGroupInfoVector V2TIMGroupInfoVector;

struct V2TIMGroupInfoResult {
    int resultCode;
    V2TIMString resultMsg;
    V2TIMGroupInfo info;

    V2TIMGroupInfoResult() : resultCode(0) {}
};

DEFINE_VECTOR(V2TIMGroupInfoResult)
typedef TXV2TIMGroupInfoResultVector V2TIMGroupInfoResultVector;

struct V2TIMMessage;

/* A community topic. lastMessage is owned (deep-copied with the topic). Its copy operations
 * are defined in V2TIMMessage.h, where V2TIMMessage is complete. */
struct V2TIMTopicInfo {
    V2TIMString topicID;
    V2TIMString topicName;
    V2TIMString topicFaceURL;
    V2TIMString introduction;
    V2TIMString notification;
    bool isAllMuted;
    uint32_t selfMuteTime;
    V2TIMString customString;
    V2TIMReceiveMessageOpt recvOpt;
    V2TIMString draftText;
    uint64_t unreadCount;
    V2TIMMessage *lastMessage;
    V2TIMGroupAtInfoVector groupAtInfoList;
    uint32_t modifyFlag;

    V2TIMTopicInfo()
        : isAllMuted(false), selfMuteTime(0), recvOpt(V2TIM_RECEIVE_MESSAGE), unreadCount(0),
          lastMessage(nullptr), modifyFlag(0) {}
    V2TIMTopicInfo(const V2TIMTopicInfo &topicInfo);
    V2TIMTopicInfo &operator=(const V2TIMTopicInfo &topicInfo);
    ~V2TIMTopicInfo();
};

struct V2TIMTopicOperationResult {
    int32_t errorCode;
    V2TIMString errorMsg;
    V2TIMString topicID;

    V2TIMTopicOperationResult() : errorCode(0) {}
};

DEFINE_VECTOR(V2TIMTopicOperationResult)
typedef TXV2TIMTopicOperationResultVector V2TIMTopicOperationResultVector;

struct V2TIMTopicInfoResult {
    int32_t errorCode;
    V2TIMString errorMsg;
    V2TIMTopicInfo topicInfo;

    V2TIMTopicInfoResult() : errorCode(0) {}
};

DEFINE_VECTOR(V2TIMTopicInfoResult)
typedef TXV2TIMTopicInfoResultVector V2TIMTopicInfoResultVector;

struct V2TIMGroupApplication : V2TIMBaseObject {
    V2TIMString groupID;
    V2TIMString fromUser;
    V2TIMString fromUserNickName;
    V2TIMString fromUserFaceUrl;
    V2TIMString toUser;
    uint64_t addTime;
    V2TIMString requestMsg;
    V2TIMString handledMsg;
    V2TIMGroupApplicationType applicationType;
    V2TIMGroupApplicationHandleStatus handleStatus;
    V2TIMGroupApplicationHandleResult handleResult;

    V2TIMGroupApplication()
        : addTime(0), applicationType(V2TIM_GROUP_JOIN_APPLICATION_NEED_APPROVED_BY_ADMIN),
          handleStatus(V2TIM_GROUP_APPLICATION_HANDLE_STATUS_UNHANDLED),
          handleResult(V2TIM_GROUP_APPLICATION_HANDLE_RESULT_REFUSE) {}
    V2TIMGroupApplication(const V2TIMGroupApplication &) = default;
    V2TIMGroupApplication &operator=(const V2TIMGroupApplication &) = default;
    ~V2TIMGroupApplication() override {}
};

DEFINE_VECTOR(V2TIMGroupApplication)
typedef TXV2TIMGroupApplicationVector V2TIMGroupApplicationVector;

struct V2TIMGroupMemberOperationResult {
    V2TIMString userID;
    V2TIMGroupMemberResult result;

    V2TIMGroupMemberOperationResult() : result(V2TIM_GROUP_MEMBER_RESULT_FAIL) {}
};

DEFINE_VECTOR(V2TIMGroupMemberOperationResult)
typedef TXV2TIMGroupMemberOperationResultVector V2TIMGroupMemberOperationResultVector;

struct V2TIMCreateGroupMemberInfo {
    V2TIMString userID;
    uint32_t role;

    V2TIMCreateGroupMemberInfo() : role(0) {}
};

DEFINE_VECTOR(V2TIMCreateGroupMemberInfo)
typedef TXV2TIMCreateGroupMemberInfoVector V2TIMCreateGroupMemberInfoVector;

struct V2TIMGroupApplicationResult {
    uint64_t unreadCount;
    V2TIMGroupApplicationVector applicationList;

    V2TIMGroupApplicationResult() : unreadCount(0) {}
};

struct V2TIMGroupSearchParam {
    V2TIMStringVector keywordList;
    bool isSearchGroupID;
    bool isSearchGroupName;

    V2TIMGroupSearchParam() : isSearchGroupID(true), isSearchGroupName(true) {}
};

struct V2TIMGroupMemberSearchParam {
    V2TIMStringVector groupIDList;
    V2TIMStringVector keywordList;
    bool isSearchMemberUserID;
    bool isSearchMemberNickName;
    bool isSearchMemberRemark;
    bool isSearchMemberNameCard;

    V2TIMGroupMemberSearchParam()
        : isSearchMemberUserID(true), isSearchMemberNickName(true), isSearchMemberRemark(true),
          isSearchMemberNameCard(true) {}
};

DEFINE_MAP(V2TIMString, V2TIMGroupMemberFullInfoVector)
typedef TXV2TIMStringToV2TIMGroupMemberFullInfoVectorMap V2TIMGroupSearchGroupMembersMap;

/* V2TIMTopicInfo's copy operations need V2TIMMessage: make sure they are always defined. */
#include "V2TIMMessage.h"

#endif /* TIMCONV_V2TIMGROUP_H */
