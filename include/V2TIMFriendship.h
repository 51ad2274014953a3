/**
 * @file
 * @brief V2 C++ API: user profiles, user status and relationship-chain types.
 *
 * timconv has no friendship or status service (those calls answer 7013). It fills
 * V2TIMUserFullInfo in V2TIMManager::GetUsersInfo() and a message sender's V2TIMUserFullInfo
 * in V2TIMSimpleMsgListener; the other types are only built by the app.
 */
#ifndef TIMCONV_V2TIMFRIENDSHIP_H
#define TIMCONV_V2TIMFRIENDSHIP_H

#include "V2TIMCommon.h"

/** A user's online status. */
enum V2TIMUserStatusType {
    V2TIM_USER_STATUS_UNKNOWN = 0,    ///< Unknown.
    V2TIM_USER_STATUS_ONLINE = 1,     ///< Online.
    V2TIM_USER_STATUS_OFFLINE = 2,    ///< Logged in but offline (reachable by push).
    V2TIM_USER_STATUS_UNLOGINED = 3,  ///< Not logged in.
};

/** Gender in a profile. */
enum V2TIMGender {
    V2TIM_GENDER_UNKNOWN = 0,  ///< Not set.
    V2TIM_GENDER_MALE = 1,     ///< Male.
    V2TIM_GENDER_FEMALE = 2,   ///< Female.
};

/** Who may add the user as a friend. */
enum V2TIMFriendAllowType {
    V2TIM_FRIEND_ALLOW_ANY = 0,     ///< Anybody, without approval.
    V2TIM_FRIEND_NEED_CONFIRM = 1,  ///< The user approves each request.
    V2TIM_FRIEND_DENY_ANY = 2,      ///< Nobody.
};

/** Direction of friend applications. */
enum V2TIMFriendApplicationType {
    V2TIM_FRIEND_APPLICATION_COME_IN = 1,   ///< Received by the user.
    V2TIM_FRIEND_APPLICATION_SEND_OUT = 2,  ///< Sent by the user.
    V2TIM_FRIEND_APPLICATION_BOTH = 3,      ///< Both.
};

/** One-way or two-way friendship. */
enum V2TIMFriendType {
    V2TIM_FRIEND_TYPE_SINGLE = 1,  ///< One-way: only in one user's friend list.
    V2TIM_FRIEND_TYPE_BOTH = 2,    ///< Two-way: in both friend lists.
};

/** The friend relation between the user and another user. */
enum V2TIMFriendRelationType {
    V2TIM_FRIEND_RELATION_TYPE_NONE = 0x0,                  ///< Not friends.
    V2TIM_FRIEND_RELATION_TYPE_IN_MY_FRIEND_LIST = 0x1,     ///< They are in the user's friend list.
    V2TIM_FRIEND_RELATION_TYPE_IN_OTHER_FRIEND_LIST = 0x2,  ///< The user is in their friend list.
    V2TIM_FRIEND_RELATION_TYPE_BOTH_WAY = 0x3,              ///< Each is in the other's friend list.
};

/** How to accept a friend application. */
enum V2TIMFriendAcceptType {
    V2TIM_FRIEND_ACCEPT_AGREE = 0,          ///< Accept (a one-way friendship).
    V2TIM_FRIEND_ACCEPT_AGREE_AND_ADD = 1,  ///< Accept and add back (a two-way friendship).
};

/** A field of a user profile (V2TIMUserFullInfo::modifyFlag). */
enum V2TIMUserInfoModifyFlag {
    V2TIM_USER_INFO_MODIFY_FLAG_UNKNOWN = 0,         ///< None.
    V2TIM_USER_INFO_MODIFY_FLAG_NICK = 1,            ///< Nickname.
    V2TIM_USER_INFO_MODIFY_FLAG_FACE_URL = 2,        ///< Avatar URL.
    V2TIM_USER_INFO_MODIFY_FLAG_GENDER = 3,          ///< Gender.
    V2TIM_USER_INFO_MODIFY_FLAG_BIRTHDAY = 4,        ///< Birthday.
    V2TIM_USER_INFO_MODIFY_FLAG_SELF_SIGNATURE = 7,  ///< Signature.
    V2TIM_USER_INFO_MODIFY_FLAG_LEVEL = 8,           ///< Level.
    V2TIM_USER_INFO_MODIFY_FLAG_ROLE = 9,            ///< Role.
    V2TIM_USER_INFO_MODIFY_FLAG_ALLOW_TYPE = 10,     ///< Friend-request rule.
    V2TIM_USER_INFO_MODIFY_FLAG_CUSTOM = 11,         ///< Custom fields.
};

/** A field of a friend's data (V2TIMFriendInfo::modifyFlag). */
enum V2TIMFriendInfoModifyFlag {
    V2TIM_FRIEND_INFO_MODIFY_FLAG_UNKNOWN = 0,  ///< None.
    V2TIM_FRIEND_INFO_MODIFY_FLAG_REMARK = 1,   ///< Friend remark.
    V2TIM_FRIEND_INFO_MODIFY_FLAG_CUSTOM = 2,   ///< Custom fields.
};

/** A user's basic profile. */
struct V2TIMUserInfo {
    V2TIMString userID;    ///< The user ID.
    V2TIMString nickName;  ///< The nickname.
    V2TIMString faceURL;   ///< The avatar URL.

    /** An empty profile. */
    V2TIMUserInfo() {}
    /** A copy. */
    V2TIMUserInfo(const V2TIMUserInfo &) = default;
    /** Copies the profile. */
    V2TIMUserInfo &operator=(const V2TIMUserInfo &) = default;
    /** Virtual: V2TIMUserFullInfo derives from it. */
    virtual ~V2TIMUserInfo() {}
};

/** A user's full profile. */
struct V2TIMUserFullInfo : public V2TIMUserInfo {
    V2TIMString selfSignature;       ///< The signature.
    V2TIMGender gender;              ///< The gender.
    uint32_t role;                   ///< The role (the app's number).
    uint32_t level;                  ///< The level (the app's number).
    uint32_t birthday;               ///< The birthday (the app's number).
    V2TIMFriendAllowType allowType;  ///< Who may add the user as a friend.
    V2TIMCustomInfo customInfo;      ///< The custom fields.
    uint32_t modifyFlag;             ///< Fields to change (V2TIMUserInfoModifyFlag values).

    /** An empty profile; anybody may add the user. */
    V2TIMUserFullInfo()
        : gender(V2TIM_GENDER_UNKNOWN), role(0), level(0), birthday(0),
          allowType(V2TIM_FRIEND_ALLOW_ANY), modifyFlag(0) {}
    /** A copy. */
    V2TIMUserFullInfo(const V2TIMUserFullInfo &) = default;
    /** Copies the profile. */
    V2TIMUserFullInfo &operator=(const V2TIMUserFullInfo &) = default;
    /** Frees the profile. */
    ~V2TIMUserFullInfo() override {}
};

DEFINE_VECTOR(V2TIMUserFullInfo)
/** An array of full profiles (DEFINE_VECTOR). */
typedef TXV2TIMUserFullInfoVector V2TIMUserFullInfoVector;

/** A user's online status. */
struct V2TIMUserStatus {
    V2TIMString userID;              ///< The user.
    V2TIMUserStatusType statusType;  ///< The online status.
    V2TIMString customStatus;        ///< The user's custom status text.

    /** V2TIM_USER_STATUS_UNKNOWN. */
    V2TIMUserStatus() : statusType(V2TIM_USER_STATUS_UNKNOWN) {}
};

DEFINE_VECTOR(V2TIMUserStatus)
/** An array of user statuses (DEFINE_VECTOR). */
typedef TXV2TIMUserStatusVector V2TIMUserStatusVector;

/** A friend, with the user's data about them. */
struct V2TIMFriendInfo {
    V2TIMString userID;                ///< The friend's user ID.
    V2TIMString friendRemark;          ///< The user's remark for the friend.
    uint64_t friendAddTime;            ///< When the friend was added, UTC seconds.
    V2TIMCustomInfo friendCustomInfo;  ///< The custom friend fields.
    V2TIMStringVector friendGroups;    ///< The friend groups the friend is in.
    V2TIMUserFullInfo userFullInfo;    ///< The friend's profile.
    uint32_t modifyFlag;               ///< Fields to change (V2TIMFriendInfoModifyFlag values).

    /** Empty fields. */
    V2TIMFriendInfo() : friendAddTime(0), modifyFlag(0) {}
};

DEFINE_VECTOR(V2TIMFriendInfo)
/** An array of friends (DEFINE_VECTOR). */
typedef TXV2TIMFriendInfoVector V2TIMFriendInfoVector;

/** The outcome for one user of GetFriendsInfo or SearchFriends. */
struct V2TIMFriendInfoResult {
    int resultCode;                    ///< 0 when found, else an error code.
    V2TIMString resultInfo;            ///< The reason, when resultCode is not 0.
    V2TIMFriendRelationType relation;  ///< The friend relation.
    V2TIMFriendInfo friendInfo;        ///< The friend data.

    /** resultCode 0, no relation. */
    V2TIMFriendInfoResult() : resultCode(0), relation(V2TIM_FRIEND_RELATION_TYPE_NONE) {}
};

DEFINE_VECTOR(V2TIMFriendInfoResult)
/** An array of friend results (DEFINE_VECTOR). */
typedef TXV2TIMFriendInfoResultVector V2TIMFriendInfoResultVector;

/** A request to add a friend (AddFriend). */
struct V2TIMFriendAddApplication {
    V2TIMString userID;        ///< The user to add.
    V2TIMString friendRemark;  ///< The remark to give the friend.
    V2TIMString friendGroup;   ///< The friend group to put the friend in.
    V2TIMString addWording;    ///< The request message.
    V2TIMString addSource;     ///< Where the request comes from (the app's text).
    V2TIMFriendType addType;   ///< One-way or two-way.

    /** A two-way request with empty fields. */
    V2TIMFriendAddApplication() : addType(V2TIM_FRIEND_TYPE_BOTH) {}
};

/** A friend application received or sent. */
struct V2TIMFriendApplication {
    V2TIMString userID;               ///< The other user.
    V2TIMString nickName;             ///< The other user's nickname.
    V2TIMString faceUrl;              ///< The other user's avatar URL.
    uint64_t addTime;                 ///< When the application was made, UTC seconds.
    V2TIMString addSource;            ///< Where it comes from.
    V2TIMString addWording;           ///< The request message.
    V2TIMFriendApplicationType type;  ///< Received or sent.

    /** A received application with empty fields. */
    V2TIMFriendApplication() : addTime(0), type(V2TIM_FRIEND_APPLICATION_COME_IN) {}
};

DEFINE_VECTOR(V2TIMFriendApplication)
/** An array of friend applications (DEFINE_VECTOR). */
typedef TXV2TIMFriendApplicationVector V2TIMFriendApplicationVector;

/** The user's friend applications. */
struct V2TIMFriendApplicationResult {
    uint64_t unreadCount;                          ///< How many are unread.
    V2TIMFriendApplicationVector applicationList;  ///< The applications.

    /** No applications. */
    V2TIMFriendApplicationResult() : unreadCount(0) {}
};

/** The outcome for one user of CheckFriend. */
struct V2TIMFriendCheckResult {
    V2TIMString userID;                    ///< The user checked.
    int32_t resultCode;                    ///< 0 when checked, else an error code.
    V2TIMString resultInfo;                ///< The reason, when resultCode is not 0.
    V2TIMFriendRelationType relationType;  ///< The friend relation.

    /** resultCode 0, no relation. */
    V2TIMFriendCheckResult() : resultCode(0), relationType(V2TIM_FRIEND_RELATION_TYPE_NONE) {}
};

DEFINE_VECTOR(V2TIMFriendCheckResult)
/** An array of friend check results (DEFINE_VECTOR). */
typedef TXV2TIMFriendCheckResultVector V2TIMFriendCheckResultVector;

/** The outcome for one user of a friend operation. */
struct V2TIMFriendOperationResult {
    V2TIMString userID;      ///< The user concerned.
    int32_t resultCode;      ///< 0 when done, else an error code.
    V2TIMString resultInfo;  ///< The reason, when resultCode is not 0.

    /** resultCode 0. */
    V2TIMFriendOperationResult() : resultCode(0) {}
};

DEFINE_VECTOR(V2TIMFriendOperationResult)
/** An array of friend operation results (DEFINE_VECTOR). */
typedef TXV2TIMFriendOperationResultVector V2TIMFriendOperationResultVector;

/** A friend group. */
struct V2TIMFriendGroup {
    V2TIMString groupName;         ///< The group's name.
    uint64_t userCount;            ///< How many friends it holds.
    V2TIMStringVector friendList;  ///< The friends' user IDs.

    /** An empty group. */
    V2TIMFriendGroup() : userCount(0) {}
};

DEFINE_VECTOR(V2TIMFriendGroup)
/** An array of friend groups (DEFINE_VECTOR). */
typedef TXV2TIMFriendGroupVector V2TIMFriendGroupVector;

/** A search of the user's friends. */
struct V2TIMFriendSearchParam {
    V2TIMStringVector keywordList;  ///< The keywords.
    bool isSearchUserID;            ///< Whether to match user IDs (default true).
    bool isSearchNickName;          ///< Whether to match nicknames (default false).
    bool isSearchRemark;            ///< Whether to match friend remarks (default false).

    /** Match user IDs only. */
    V2TIMFriendSearchParam() : isSearchUserID(true), isSearchNickName(false), isSearchRemark(false) {}
};

#endif /* TIMCONV_V2TIMFRIENDSHIP_H */
