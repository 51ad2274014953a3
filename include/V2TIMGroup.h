/**
 * @file
 * @brief V2 C++ API: group, group member, mention (@) and community-topic types.
 *
 * With a homeserver V2TIMGroupManager fills group infos, members and change infos; timconv
 * also fills V2TIMGroupAtInfo (in conversations) and the member information that messages
 * carry. The types of attributes, applications and topics are only built by the app.
 */
#ifndef TIMCONV_V2TIMGROUP_H
#define TIMCONV_V2TIMGROUP_H

#include "V2TIMCommon.h"
#include "V2TIMDefine.h"

/** Role of a group member. */
enum V2TIMGroupMemberRole {
    V2TIM_GROUP_MEMBER_UNDEFINED = 0,         ///< Undefined (not a member).
    V2TIM_GROUP_MEMBER_ROLE_MEMBER = 200,     ///< Ordinary member.
    V2TIM_GROUP_MEMBER_ROLE_ADMIN = 300,      ///< Administrator.
    V2TIM_GROUP_MEMBER_ROLE_SUPER = 400,      ///< Owner.
};

/** What a group profile change changed (V2TIMGroupChangeInfo::type). */
enum V2TIMGroupInfoChangeType {
    V2TIM_GROUP_INFO_CHANGE_TYPE_NAME = 0x01,                 ///< The name.
    V2TIM_GROUP_INFO_CHANGE_TYPE_INTRODUCTION = 0x02,         ///< The introduction.
    V2TIM_GROUP_INFO_CHANGE_TYPE_NOTIFICATION = 0x03,         ///< The notification.
    V2TIM_GROUP_INFO_CHANGE_TYPE_FACE = 0x04,                 ///< The avatar.
    V2TIM_GROUP_INFO_CHANGE_TYPE_OWNER = 0x05,                ///< The owner.
    V2TIM_GROUP_INFO_CHANGE_TYPE_CUSTOM = 0x06,               ///< A custom field.
    V2TIM_GROUP_INFO_CHANGE_TYPE_SHUT_UP_ALL = 0x08,          ///< Muting of all members.
    V2TIM_GROUP_INFO_CHANGE_TYPE_RECEIVE_MESSAGE_OPT = 0x0A,  ///< The user's receive option.
    V2TIM_GROUP_INFO_CHANGE_TYPE_GROUP_ADD_OPT = 0x0B,        ///< How users join.
    V2TIM_GROUP_INFO_CHANGE_TYPE_GROUP_APPROVE_OPT = 0x0C,    ///< How invitations are approved.
};

/** How users join a group, or how invitations are approved. */
enum V2TIMGroupAddOpt {
    V2TIM_GROUP_ADD_FORBID = 0,  ///< Nobody may join.
    V2TIM_GROUP_ADD_AUTH = 1,    ///< An administrator must approve.
    V2TIM_GROUP_ADD_ANY = 2,     ///< Anybody may join, no approval.
};

/** Which fields of V2TIMGroupInfo (or V2TIMTopicInfo) a change sets; bits. */
enum V2TIMGroupInfoModifyFlag {
    V2TIM_GROUP_INFO_MODIFY_FLAG_UNKNOWN = 0x00,                ///< None.
    V2TIM_GROUP_INFO_MODIFY_FLAG_GROUP_NAME = 0x01,             ///< The name.
    V2TIM_GROUP_INFO_MODIFY_FLAG_NOTIFICATION = 0x01 << 1,      ///< The notification.
    V2TIM_GROUP_INFO_MODIFY_FLAG_INTRODUCTION = 0x01 << 2,      ///< The introduction.
    V2TIM_GROUP_INFO_MODIFY_FLAG_FACE_URL = 0x01 << 3,          ///< The avatar.
    V2TIM_GROUP_INFO_MODIFY_FLAG_GROUP_ADD_OPTION = 0x01 << 4,  ///< How users join.
    V2TIM_GROUP_INFO_MODIFY_FLAG_SHUTUP_ALL = 0x01 << 8,        ///< Muting of all members.
    V2TIM_GROUP_INFO_MODIFY_FLAG_CUSTOM_INFO = 0x01 << 9,       ///< The custom fields.
    V2TIM_TOPIC_INFO_MODIFY_FLAG_CUSTOM_STRING = 0x1 << 11,     ///< A topic's custom string.
    /** How invitations are approved. */
    V2TIM_GROUP_INFO_MODIFY_FLAG_GROUP_APPROVE_OPTION = 0x1 << 12,
};

/** Outcome for one user of a member operation (invite, remove). */
enum V2TIMGroupMemberResult {
    V2TIM_GROUP_MEMBER_RESULT_FAIL = 0,       ///< Failed.
    V2TIM_GROUP_MEMBER_RESULT_SUCC = 1,       ///< Done.
    V2TIM_GROUP_MEMBER_RESULT_INVALID = 2,    ///< Nothing to do (already in, or not in, the group).
    V2TIM_GROUP_MEMBER_RESULT_PENDING = 3,    ///< Waiting for approval.
    V2TIM_GROUP_MEMBER_RESULT_OVERLIMIT = 4,  ///< The user is in too many groups.
};

/** Which members GetGroupMemberList returns. */
enum V2TIMGroupMemberFilter {
    V2TIM_GROUP_MEMBER_FILTER_ALL = 0x00,     ///< Every member.
    V2TIM_GROUP_MEMBER_FILTER_OWNER = 0x01,   ///< The owner.
    V2TIM_GROUP_MEMBER_FILTER_ADMIN = 0x02,   ///< Administrators.
    V2TIM_GROUP_MEMBER_FILTER_COMMON = 0x04,  ///< Ordinary members.
};

/** Which fields of V2TIMGroupMemberFullInfo a change sets; bits. */
enum V2TIMGroupMemberInfoModifyFlag {
    V2TIM_GROUP_MEMBER_INFO_MODIFY_FLAG_UNKNOWN = 0x00,           ///< None.
    V2TIM_GROUP_MEMBER_INFO_MODIFY_FLAG_MEMBER_ROLE = 0x01 << 1,  ///< The role.
    V2TIM_GROUP_MEMBER_INFO_MODIFY_FLAG_SHUTUP_TIME = 0x01 << 2,  ///< The muting time.
    V2TIM_GROUP_MEMBER_INFO_MODIFY_FLAG_NAME_CARD = 0x01 << 3,    ///< The name card.
    V2TIM_GROUP_MEMBER_INFO_MODIFY_FLAG_CUSTOM_INFO = 0x01 << 4,  ///< The custom fields.
};

/** Kind of group application. */
enum V2TIMGroupApplicationType {
    /** A user asks to join; an administrator approves. */
    V2TIM_GROUP_JOIN_APPLICATION_NEED_APPROVED_BY_ADMIN = 0x0,
    /** A user was invited; the invitee approves. */
    V2TIM_GROUP_INVITE_APPLICATION_NEED_APPROVED_BY_INVITEE = 0x1,
    /** A user was invited; an administrator approves. */
    V2TIM_GROUP_INVITE_APPLICATION_NEED_APPROVED_BY_ADMIN = 0x2,
};

/** Whether a group application was handled, and by whom. */
enum V2TIMGroupApplicationHandleStatus {
    V2TIM_GROUP_APPLICATION_HANDLE_STATUS_UNHANDLED = 0,         ///< Not handled yet.
    V2TIM_GROUP_APPLICATION_HANDLE_STATUS_HANDLED_BY_OTHER = 1,  ///< Handled by someone else.
    V2TIM_GROUP_APPLICATION_HANDLE_STATUS_HANDLED_BY_SELF = 2,   ///< Handled by the user.
};

/** How a group application was handled. */
enum V2TIMGroupApplicationHandleResult {
    V2TIM_GROUP_APPLICATION_HANDLE_RESULT_REFUSE = 0,  ///< Refused.
    V2TIM_GROUP_APPLICATION_HANDLE_RESULT_AGREE = 1,   ///< Accepted.
};

/** Kind of @ recorded on a group conversation (same values as the C API). */
enum V2TIMGroupAtType {
    V2TIM_AT_ME = 1,         ///< A message mentions the user.
    V2TIM_AT_ALL = 2,        ///< A message mentions everybody.
    V2TIM_AT_ALL_AT_ME = 3,  ///< A message mentions everybody and the user.
};

/** A group member as messages and events describe it. */
struct V2TIMGroupMemberInfo {
    V2TIMString userID;        ///< The member's user ID.
    V2TIMString nickName;      ///< The member's nickname.
    V2TIMString friendRemark;  ///< The user's friend remark for the member.
    V2TIMString nameCard;      ///< The member's name card in the group.
    V2TIMString faceURL;       ///< The member's avatar URL.
};

DEFINE_VECTOR(V2TIMGroupMemberInfo)
/** An array of group members (DEFINE_VECTOR). */
typedef TXV2TIMGroupMemberInfoVector V2TIMGroupMemberInfoVector;

/** A group member with the member's group data. */
struct V2TIMGroupMemberFullInfo : public V2TIMGroupMemberInfo {
    V2TIMCustomInfo customInfo;  ///< The member's custom fields.
    uint32_t role;               ///< The member's role (V2TIMGroupMemberRole).
    uint32_t muteUntil;          ///< Muted until this UTC time, in seconds (0: not muted).
    int64_t joinTime;            ///< When the member joined, UTC seconds.
    uint32_t modifyFlag;         ///< Fields to change (V2TIMGroupMemberInfoModifyFlag bits).

    /** Zero role, times and flags. */
    V2TIMGroupMemberFullInfo() : role(0), muteUntil(0), joinTime(0), modifyFlag(0) {}
};

DEFINE_VECTOR(V2TIMGroupMemberFullInfo)
/** An array of group members with their group data (DEFINE_VECTOR). */
typedef TXV2TIMGroupMemberFullInfoVector V2TIMGroupMemberFullInfoVector;

/** One page of a group's member list. */
struct V2TIMGroupMemberInfoResult {
    uint64_t nextSequence;                          ///< Where the next page starts (0: the end).
    V2TIMGroupMemberFullInfoVector memberInfoList;  ///< The members of this page.

    /** An empty page. */
    V2TIMGroupMemberInfoResult() : nextSequence(0) {}
};

/** One change of a group's profile. */
struct V2TIMGroupChangeInfo {
    V2TIMGroupInfoChangeType type;  ///< What changed.
    V2TIMString value;              ///< The new text value.
    V2TIMString key;                ///< The custom field's name (for a custom field change).
    bool boolValue;                 ///< The new on/off value (muting of all members).
    uint32_t intValue;              ///< The new number value (options).

    /** A name change with empty values. */
    V2TIMGroupChangeInfo() : type(V2TIM_GROUP_INFO_CHANGE_TYPE_NAME), boolValue(false), intValue(0) {}
};

DEFINE_VECTOR(V2TIMGroupChangeInfo)
/** An array of group profile changes (DEFINE_VECTOR). */
typedef TXV2TIMGroupChangeInfoVector V2TIMGroupChangeInfoVector;

/** One change of a group member's data. */
struct V2TIMGroupMemberChangeInfo {
    V2TIMString userID;  ///< The member.
    uint32_t muteTime;   ///< Muted for this many seconds (0: unmuted).

    /** muteTime 0. */
    V2TIMGroupMemberChangeInfo() : muteTime(0) {}
};

DEFINE_VECTOR(V2TIMGroupMemberChangeInfo)
/** An array of group member changes (DEFINE_VECTOR). */
typedef TXV2TIMGroupMemberChangeInfoVector V2TIMGroupMemberChangeInfoVector;

/** An @ of the user in a group conversation: the seq of the message and its kind. */
struct V2TIMGroupAtInfo {
    uint64_t seq;              ///< The seq of the message that mentions the user.
    V2TIMGroupAtType atType;   ///< Whom it mentions.

    /** seq 0, V2TIM_AT_ME. */
    V2TIMGroupAtInfo() : seq(0), atType(V2TIM_AT_ME) {}
};

DEFINE_VECTOR(V2TIMGroupAtInfo)
/** An array of mention records (DEFINE_VECTOR). */
typedef TXV2TIMGroupAtInfoVector V2TIMGroupAtInfoVector;

/** A group's profile, and the user's place in it. */
struct V2TIMGroupInfo {
    V2TIMString groupID;               ///< The group ID.
    V2TIMString groupType;             ///< "Work", "Public", "Meeting", "AVChatRoom", "Community".
    bool isSupportTopic;               ///< Community groups: whether it has topics.
    V2TIMString groupName;             ///< The name.
    V2TIMString notification;          ///< The notification.
    V2TIMString introduction;          ///< The introduction.
    V2TIMString faceURL;               ///< The avatar URL.
    bool allMuted;                     ///< Whether every member is muted.
    V2TIMCustomInfo customInfo;        ///< The custom fields.
    V2TIMString owner;                 ///< The owner's user ID.
    uint32_t createTime;               ///< When the group was created, UTC seconds.
    V2TIMGroupAddOpt groupAddOpt;      ///< How users join.
    V2TIMGroupAddOpt groupApproveOpt;  ///< How invitations are approved.
    uint32_t lastInfoTime;             ///< When the profile last changed, UTC seconds.
    uint32_t lastMessageTime;          ///< When the last message was sent, UTC seconds.
    uint32_t memberCount;              ///< Number of members.
    uint32_t onlineCount;              ///< Number of members online.
    uint32_t memberMaxCount;           ///< Largest number of members allowed.
    uint32_t role;                     ///< The user's role (V2TIMGroupMemberRole).
    V2TIMReceiveMessageOpt recvOpt;    ///< The user's receive option.
    uint32_t joinTime;                 ///< When the user joined, UTC seconds.
    uint32_t modifyFlag;               ///< Fields to change (V2TIMGroupInfoModifyFlag bits).

    /** Empty fields; anybody may join. */
    V2TIMGroupInfo()
        : isSupportTopic(false), allMuted(false), createTime(0), groupAddOpt(V2TIM_GROUP_ADD_ANY),
          groupApproveOpt(V2TIM_GROUP_ADD_ANY), lastInfoTime(0), lastMessageTime(0), memberCount(0),
          onlineCount(0), memberMaxCount(0), role(0), recvOpt(V2TIM_RECEIVE_MESSAGE), joinTime(0),
          modifyFlag(0) {}
};

DEFINE_VECTOR(V2TIMGroupInfo)
/** An array of group profiles (DEFINE_VECTOR). */
typedef TXV2TIMGroupInfoVector V2TIMGroupInfoVector;

/** The outcome for one group of GetGroupsInfo. */
struct V2TIMGroupInfoResult {
    int resultCode;         ///< 0 when found, else an error code.
    V2TIMString resultMsg;  ///< The reason, when resultCode is not 0.
    V2TIMGroupInfo info;    ///< The group's profile.

    /** resultCode 0. */
    V2TIMGroupInfoResult() : resultCode(0) {}
};

DEFINE_VECTOR(V2TIMGroupInfoResult)
/** An array of group profile results (DEFINE_VECTOR). */
typedef TXV2TIMGroupInfoResultVector V2TIMGroupInfoResultVector;

struct V2TIMMessage;

/**
 * A community topic. lastMessage is owned (deep-copied with the topic). Its copy operations
 * are defined in V2TIMMessage.h, where V2TIMMessage is complete.
 */
struct V2TIMTopicInfo {
    V2TIMString topicID;                     ///< The topic ID.
    V2TIMString topicName;                   ///< The name.
    V2TIMString topicFaceURL;                ///< The avatar URL.
    V2TIMString introduction;                ///< The introduction.
    V2TIMString notification;                ///< The notification.
    bool isAllMuted;                         ///< Whether every member is muted.
    uint32_t selfMuteTime;                   ///< The user is muted until this UTC time, seconds.
    V2TIMString customString;                ///< The app's custom string.
    V2TIMReceiveMessageOpt recvOpt;          ///< The user's receive option.
    V2TIMString draftText;                   ///< The user's draft.
    uint64_t unreadCount;                    ///< Number of unread messages.
    V2TIMMessage *lastMessage;               ///< The last message (owned), or NULL.
    V2TIMGroupAtInfoVector groupAtInfoList;  ///< The messages that mention the user.
    uint32_t modifyFlag;                     ///< Fields to change (V2TIMGroupInfoModifyFlag bits).

    /** Empty fields, no last message. */
    V2TIMTopicInfo()
        : isAllMuted(false), selfMuteTime(0), recvOpt(V2TIM_RECEIVE_MESSAGE), unreadCount(0),
          lastMessage(nullptr), modifyFlag(0) {}
    /** A deep copy: the last message is copied too. */
    V2TIMTopicInfo(const V2TIMTopicInfo &topicInfo);
    /** Deep-copies topicInfo (its last message too), freeing the previous last message. */
    V2TIMTopicInfo &operator=(const V2TIMTopicInfo &topicInfo);
    /** Deletes the last message. */
    ~V2TIMTopicInfo();
};

/** The outcome for one topic of a topic operation. */
struct V2TIMTopicOperationResult {
    int32_t errorCode;     ///< 0 when done, else an error code.
    V2TIMString errorMsg;  ///< The reason, when errorCode is not 0.
    V2TIMString topicID;   ///< The topic concerned.

    /** errorCode 0. */
    V2TIMTopicOperationResult() : errorCode(0) {}
};

DEFINE_VECTOR(V2TIMTopicOperationResult)
/** An array of topic operation results (DEFINE_VECTOR). */
typedef TXV2TIMTopicOperationResultVector V2TIMTopicOperationResultVector;

/** The outcome for one topic of GetTopicInfoList. */
struct V2TIMTopicInfoResult {
    int32_t errorCode;         ///< 0 when found, else an error code.
    V2TIMString errorMsg;      ///< The reason, when errorCode is not 0.
    V2TIMTopicInfo topicInfo;  ///< The topic.

    /** errorCode 0. */
    V2TIMTopicInfoResult() : errorCode(0) {}
};

DEFINE_VECTOR(V2TIMTopicInfoResult)
/** An array of topic results (DEFINE_VECTOR). */
typedef TXV2TIMTopicInfoResultVector V2TIMTopicInfoResultVector;

/** An application to join a group, or an invitation into one. */
struct V2TIMGroupApplication : V2TIMBaseObject {
    V2TIMString groupID;                             ///< The group.
    V2TIMString fromUser;                            ///< Who applied or invited.
    V2TIMString fromUserNickName;                    ///< fromUser's nickname.
    V2TIMString fromUserFaceUrl;                     ///< fromUser's avatar URL.
    V2TIMString toUser;                              ///< The invitee ("" for a join request).
    uint64_t addTime;                                ///< When it was made, UTC seconds.
    V2TIMString requestMsg;                          ///< The applicant's message.
    V2TIMString handledMsg;                          ///< The handler's message.
    V2TIMGroupApplicationType applicationType;       ///< Join request or invitation.
    V2TIMGroupApplicationHandleStatus handleStatus;  ///< Whether and by whom it was handled.
    V2TIMGroupApplicationHandleResult handleResult;  ///< Accepted or refused.

    /** An unhandled join request. */
    V2TIMGroupApplication()
        : addTime(0), applicationType(V2TIM_GROUP_JOIN_APPLICATION_NEED_APPROVED_BY_ADMIN),
          handleStatus(V2TIM_GROUP_APPLICATION_HANDLE_STATUS_UNHANDLED),
          handleResult(V2TIM_GROUP_APPLICATION_HANDLE_RESULT_REFUSE) {}
    /** A copy. */
    V2TIMGroupApplication(const V2TIMGroupApplication &) = default;
    /** Copies the application. */
    V2TIMGroupApplication &operator=(const V2TIMGroupApplication &) = default;
    /** Frees the application. */
    ~V2TIMGroupApplication() override {}
};

DEFINE_VECTOR(V2TIMGroupApplication)
/** An array of group applications (DEFINE_VECTOR). */
typedef TXV2TIMGroupApplicationVector V2TIMGroupApplicationVector;

/** The outcome for one user of InviteUserToGroup or KickGroupMember. */
struct V2TIMGroupMemberOperationResult {
    V2TIMString userID;             ///< The user.
    V2TIMGroupMemberResult result;  ///< What happened.

    /** V2TIM_GROUP_MEMBER_RESULT_FAIL. */
    V2TIMGroupMemberOperationResult() : result(V2TIM_GROUP_MEMBER_RESULT_FAIL) {}
};

DEFINE_VECTOR(V2TIMGroupMemberOperationResult)
/** An array of member operation results (DEFINE_VECTOR). */
typedef TXV2TIMGroupMemberOperationResultVector V2TIMGroupMemberOperationResultVector;

/** An initial member of a group being created. */
struct V2TIMCreateGroupMemberInfo {
    V2TIMString userID;  ///< The user.
    uint32_t role;       ///< The role to give (V2TIMGroupMemberRole).

    /** role 0. */
    V2TIMCreateGroupMemberInfo() : role(0) {}
};

DEFINE_VECTOR(V2TIMCreateGroupMemberInfo)
/** An array of initial members (DEFINE_VECTOR). */
typedef TXV2TIMCreateGroupMemberInfoVector V2TIMCreateGroupMemberInfoVector;

/** The user's group applications. */
struct V2TIMGroupApplicationResult {
    uint64_t unreadCount;                         ///< How many are unread.
    V2TIMGroupApplicationVector applicationList;  ///< The applications.

    /** No applications. */
    V2TIMGroupApplicationResult() : unreadCount(0) {}
};

/** A search of the user's groups. */
struct V2TIMGroupSearchParam {
    V2TIMStringVector keywordList;  ///< The keywords.
    bool isSearchGroupID;           ///< Whether to match group IDs (default true).
    bool isSearchGroupName;         ///< Whether to match group names (default true).

    /** Match IDs and names. */
    V2TIMGroupSearchParam() : isSearchGroupID(true), isSearchGroupName(true) {}
};

/** A search of group members. */
struct V2TIMGroupMemberSearchParam {
    V2TIMStringVector groupIDList;  ///< The groups to search (empty: every group).
    V2TIMStringVector keywordList;  ///< The keywords.
    bool isSearchMemberUserID;      ///< Whether to match user IDs (default true).
    bool isSearchMemberNickName;    ///< Whether to match nicknames (default true).
    bool isSearchMemberRemark;      ///< Whether to match friend remarks (default true).
    bool isSearchMemberNameCard;    ///< Whether to match name cards (default true).

    /** Match every field. */
    V2TIMGroupMemberSearchParam()
        : isSearchMemberUserID(true), isSearchMemberNickName(true), isSearchMemberRemark(true),
          isSearchMemberNameCard(true) {}
};

DEFINE_MAP(V2TIMString, V2TIMGroupMemberFullInfoVector)
/** Group ID to the members found in that group (DEFINE_MAP). */
typedef TXV2TIMStringToV2TIMGroupMemberFullInfoVectorMap V2TIMGroupSearchGroupMembersMap;

/* V2TIMTopicInfo's copy operations need V2TIMMessage: make sure they are always defined. */
#include "V2TIMMessage.h"

#endif /* TIMCONV_V2TIMGROUP_H */
