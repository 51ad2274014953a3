/* V2 C++ API: user profiles, user status and relationship-chain types. */
#ifndef TIMCONV_V2TIMFRIENDSHIP_H
#define TIMCONV_V2TIMFRIENDSHIP_H

#include "V2TIMCommon.h"

enum V2TIMUserStatusType {
    V2TIM_USER_STATUS_UNKNOWN = 0,
    V2TIM_USER_STATUS_ONLINE = 1,
    V2TIM_USER_STATUS_OFFLINE = 2,
    V2TIM_USER_STATUS_UNLOGINED = 3,
};

enum V2TIMGender {
    V2TIM_GENDER_UNKNOWN = 0,
    V2TIM_GENDER_MALE = 1,
    V2TIM_GENDER_FEMALE = 2,
};

enum V2TIMFriendAllowType {
    V2TIM_FRIEND_ALLOW_ANY = 0,
    V2TIM_FRIEND_NEED_CONFIRM = 1,
    V2TIM_FRIEND_DENY_ANY = 2,
};

enum V2TIMFriendApplicationType {
    V2TIM_FRIEND_APPLICATION_COME_IN = 1,
    V2TIM_FRIEND_APPLICATION_SEND_OUT = 2,
    V2TIM_FRIEND_APPLICATION_BOTH = 3,
};

enum V2TIMFriendType {
    V2TIM_FRIEND_TYPE_SINGLE = 1,
    V2TIM_FRIEND_TYPE_BOTH = 2,
};

enum V2TIMFriendRelationType {
    V2TIM_FRIEND_RELATION_TYPE_NONE = 0x0,
    V2TIM_FRIEND_RELATION_TYPE_IN_MY_FRIEND_LIST = 0x1,
    V2TIM_FRIEND_RELATION_TYPE_IN_OTHER_FRIEND_LIST = 0x2,
    V2TIM_FRIEND_RELATION_TYPE_BOTH_WAY = 0x3,
};

enum V2TIMFriendAcceptType {
    V2TIM_FRIEND_ACCEPT_AGREE = 0,
    V2TIM_FRIEND_ACCEPT_AGREE_AND_ADD = 1,
};

enum V2TIMUserInfoModifyFlag {
    V2TIM_USER_INFO_MODIFY_FLAG_UNKNOWN = 0,
    V2TIM_USER_INFO_MODIFY_FLAG_NICK = 1,
    V2TIM_USER_INFO_MODIFY_FLAG_FACE_URL = 2,
    V2TIM_USER_INFO_MODIFY_FLAG_GENDER = 3,
    V2TIM_USER_INFO_MODIFY_FLAG_BIRTHDAY = 4,
    V2TIM_USER_INFO_MODIFY_FLAG_SELF_SIGNATURE = 7,
    V2TIM_USER_INFO_MODIFY_FLAG_LEVEL = 8,
    V2TIM_USER_INFO_MODIFY_FLAG_ROLE = 9,
    V2TIM_USER_INFO_MODIFY_FLAG_ALLOW_TYPE = 10,
    V2TIM_USER_INFO_MODIFY_FLAG_CUSTOM = 11,
};

enum V2TIMFriendInfoModifyFlag {
    V2TIM_FRIEND_INFO_MODIFY_FLAG_UNKNOWN = 0,
    V2TIM_FRIEND_INFO_MODIFY_FLAG_REMARK = 1,
    V2TIM_FRIEND_INFO_MODIFY_FLAG_CUSTOM = 2,
};

struct V2TIMUserInfo {
    V2TIMString userID;
    V2TIMString nickName;
    V2TIMString faceURL;

    V2TIMUserInfo() {}
    V2TIMUserInfo(const V2TIMUserInfo &) = default;
    V2TIMUserInfo &operator=(const V2TIMUserInfo &) = default;
    virtual ~V2TIMUserInfo() {}
};

struct V2TIMUserFullInfo : public V2TIMUserInfo {
    V2TIMString selfSignature;
    V2TIMGender gender;
    uint32_t role;
    uint32_t level;
    uint32_t birthday;
    V2TIMFriendAllowType allowType;
    V2TIMCustomInfo customInfo;
    uint32_t modifyFlag;

    V2TIMUserFullInfo()
        : gender(V2TIM_GENDER_UNKNOWN), role(0), level(0), birthday(0),
          allowType(V2TIM_FRIEND_ALLOW_ANY), modifyFlag(0) {}
    V2TIMUserFullInfo(const V2TIMUserFullInfo &) = default;
    V2TIMUserFullInfo &operator=(const V2TIMUserFullInfo &) = default;
    ~V2TIMUserFullInfo() override {}
};

DEFINE_VECTOR(V2TIMUserFullInfo)
typedef TXV2TIMUserFullInfoVector V2TIMUserFullInfoVector;

struct V2TIMUserStatus {
    V2TIMString userID;
    V2TIMUserStatusType statusType;
    V2TIMString customStatus;

    V2TIMUserStatus() : statusType(V2TIM_USER_STATUS_UNKNOWN) {}
};

DEFINE_VECTOR(V2TIMUserStatus)
typedef TXV2TIMUserStatusVector V2TIMUserStatusVector;

struct V2TIMFriendInfo {
    V2TIMString userID;
    V2TIMString friendRemark;
    uint64_t friendAddTime;
    V2TIMCustomInfo friendCustomInfo;
    V2TIMStringVector friendGroups;
    V2TIMUserFullInfo userFullInfo;
    uint32_t modifyFlag;

    V2TIMFriendInfo() : friendAddTime(0), modifyFlag(0) {}
};

DEFINE_VECTOR(V2TIMFriendInfo)
typedef TXV2TIMFriendInfoVector V2TIMFriendInfoVector;

struct V2TIMFriendInfoResult {
    int resultCode;
    V2TIMString resultInfo;
    V2TIMFriendRelationType relation;
    V2TIMFriendInfo friendInfo;

    V2TIMFriendInfoResult() : resultCode(0), relation(V2TIM_FRIEND_RELATION_TYPE_NONE) {}
};

DEFINE_VECTOR(V2TIMFriendInfoResult)
typedef TXV2TIMFriendInfoResultVector V2TIMFriendInfoResultVector;

struct V2TIMFriendAddApplication {
    V2TIMString userID;
    V2TIMString friendRemark;
    V2TIMString friendGroup;
    V2TIMString addWording;
    V2TIMString addSource;
    V2TIMFriendType addType;

    V2TIMFriendAddApplication() : addType(V2TIM_FRIEND_TYPE_BOTH) {}
};

struct V2TIMFriendApplication {
    V2TIMString userID;
    V2TIMString nickName;
    V2TIMString faceUrl;
    uint64_t addTime;
    V2TIMString addSource;
    V2TIMString addWording;
    V2TIMFriendApplicationType type;

    V2TIMFriendApplication() : addTime(0), type(V2TIM_FRIEND_APPLICATION_COME_IN) {}
};

DEFINE_VECTOR(V2TIMFriendApplication)
typedef TXV2TIMFriendApplicationVector V2TIMFriendApplicationVector;

struct V2TIMFriendApplicationResult {
    uint64_t unreadCount;
    V2TIMFriendApplicationVector applicationList;

    V2TIMFriendApplicationResult() : unreadCount(0) {}
};

struct V2TIMFriendCheckResult {
    V2TIMString userID;
    int32_t resultCode;
    V2TIMString resultInfo;
    V2TIMFriendRelationType relationType;

    V2TIMFriendCheckResult() : resultCode(0), relationType(V2TIM_FRIEND_RELATION_TYPE_NONE) {}
};

DEFINE_VECTOR(V2TIMFriendCheckResult)
typedef TXV2TIMFriendCheckResultVector V2TIMFriendCheckResultVector;

struct V2TIMFriendOperationResult {
    V2TIMString userID;
    int32_t resultCode;
    V2TIMString resultInfo;

    V2TIMFriendOperationResult() : resultCode(0) {}
};

DEFINE_VECTOR(V2TIMFriendOperationResult)
typedef TXV2TIMFriendOperationResultVector V2TIMFriendOperationResultVector;

struct V2TIMFriendGroup {
    V2TIMString groupName;
    uint64_t userCount;
    V2TIMStringVector friendList;

    V2TIMFriendGroup() : userCount(0) {}
};

DEFINE_VECTOR(V2TIMFriendGroup)
typedef TXV2TIMFriendGroupVector V2TIMFriendGroupVector;

struct V2TIMFriendSearchParam {
    V2TIMStringVector keywordList;
    bool isSearchUserID;
    bool isSearchNickName;
    bool isSearchRemark;

    V2TIMFriendSearchParam() : isSearchUserID(true), isSearchNickName(false), isSearchRemark(false) {}
};

#endif /* TIMCONV_V2TIMFRIENDSHIP_H */
