/* V2 C++ API: messages, their elements, and the message-side parameter and result types. */
#ifndef TIMCONV_V2TIMMESSAGE_H
#define TIMCONV_V2TIMMESSAGE_H

#include "V2TIMCommon.h"
#include "V2TIMGroup.h"

enum V2TIMMessagePriority {
    V2TIM_PRIORITY_DEFAULT = 0,
    V2TIM_PRIORITY_HIGH = 1,
    V2TIM_PRIORITY_NORMAL = 2,
    V2TIM_PRIORITY_LOW = 3,
};

enum V2TIMMessageStatus {
    V2TIM_MSG_STATUS_SENDING = 1,
    V2TIM_MSG_STATUS_SEND_SUCC = 2,
    V2TIM_MSG_STATUS_SEND_FAIL = 3,
    V2TIM_MSG_STATUS_HAS_DELETED = 4,
    V2TIM_MSG_STATUS_LOCAL_IMPORTED = 5,
    V2TIM_MSG_STATUS_LOCAL_REVOKED = 6,
};

/* Element types. Not the C API's numbers: the V2 layer maps between the two. */
enum V2TIMElemType {
    V2TIM_ELEM_TYPE_NONE = 0,
    V2TIM_ELEM_TYPE_TEXT = 1,
    V2TIM_ELEM_TYPE_CUSTOM = 2,
    V2TIM_ELEM_TYPE_IMAGE = 3,
    V2TIM_ELEM_TYPE_SOUND = 4,
    V2TIM_ELEM_TYPE_VIDEO = 5,
    V2TIM_ELEM_TYPE_FILE = 6,
    V2TIM_ELEM_TYPE_LOCATION = 7,
    V2TIM_ELEM_TYPE_FACE = 8,
    V2TIM_ELEM_TYPE_GROUP_TIPS = 9,
    V2TIM_ELEM_TYPE_MERGER = 10,
};

DEFINE_VECTOR(V2TIMElemType)
typedef TXV2TIMElemTypeVector V2TIMElemTypeVector;

enum V2TIMOfflinePushFlag {
    V2TIM_OFFLINE_PUSH_DEFAULT = 0,
    V2TIM_OFFLINE_PUSH_NO_PUSH = 1,
};

enum V2TIMImageType {
    V2TIM_IMAGE_TYPE_ORIGIN = 0x01,
    V2TIM_IMAGE_TYPE_THUMB = 0x02,
    V2TIM_IMAGE_TYPE_LARGE = 0x04,
};

enum V2TIMGroupTipsType {
    V2TIM_GROUP_TIPS_TYPE_NONE = 0x00,
    V2TIM_GROUP_TIPS_TYPE_JOIN = 0x01,
    V2TIM_GROUP_TIPS_TYPE_INVITE = 0x02,
    V2TIM_GROUP_TIPS_TYPE_QUIT = 0x03,
    V2TIM_GROUP_TIPS_TYPE_KICKED = 0x04,
    V2TIM_GROUP_TIPS_TYPE_SET_ADMIN = 0x05,
    V2TIM_GROUP_TIPS_TYPE_CANCEL_ADMIN = 0x06,
    V2TIM_GROUP_TIPS_TYPE_GROUP_INFO_CHANGE = 0x07,
    V2TIM_GROUP_TIPS_TYPE_MEMBER_INFO_CHANGE = 0x08,
};

/* History direction and source. timconv has no server: the cloud kinds read local data. */
enum V2TIMMessageGetType {
    V2TIM_GET_CLOUD_OLDER_MSG = 1,
    V2TIM_GET_CLOUD_NEWER_MSG = 2,
    V2TIM_GET_LOCAL_OLDER_MSG = 3,
    V2TIM_GET_LOCAL_NEWER_MSG = 4,
};

enum V2TIMKeywordListMatchType {
    V2TIM_KEYWORD_LIST_MATCH_TYPE_OR = 0,
    V2TIM_KEYWORD_LIST_MATCH_TYPE_AND = 1
};

enum V2TIMGroupMessageReadMembersFilter {
    V2TIM_GROUP_MESSAGE_READ_MEMBERS_FILTER_READ = 0,
    V2TIM_GROUP_MESSAGE_READ_MEMBERS_FILTER_UNREAD = 1,
};

enum V2TIMIOSOfflinePushType {
    V2TIM_IOS_OFFLINE_PUSH_TYPE_APNS = 0,
    V2TIM_IOS_OFFLINE_PUSH_TYPE_VOIP = 1,
};

enum V2TIMOfflinePushTokenType {
    V2TIM_OFFLINE_PUSH_TOKEN_TYPE_DEFAULT = 0,
    V2TIM_OFFLINE_PUSH_TOKEN_TYPE_TPNS = 1,
    V2TIM_OFFLINE_PUSH_TOKEN_TYPE_VOIP = 2,
};

struct V2TIMOfflinePushConfig {
    V2TIMBuffer token;
    uint32_t businessID;
    V2TIMOfflinePushTokenType token_type;

    V2TIMOfflinePushConfig() : businessID(0), token_type(V2TIM_OFFLINE_PUSH_TOKEN_TYPE_DEFAULT) {}
};

#define kIOSOfflinePushNoSound "push.no_sound"
#define kIOSOfflinePushDefaultSound "default"

/* Offline-push settings of a message (kept with the message; there is no push service). */
struct V2TIMOfflinePushInfo {
    V2TIMString title;
    V2TIMString desc;
    V2TIMString ext;
    bool disablePush;
    V2TIMIOSOfflinePushType iOSPushType;
    bool ignoreIOSBadge;
    V2TIMString iOSSound;
    V2TIMString AndroidSound;
    V2TIMString AndroidOPPOChannelID;
    V2TIMString AndroidFCMChannelID;
    V2TIMString AndroidXiaoMiChannelID;
    int AndroidVIVOClassification;
    V2TIMString AndroidHuaWeiCategory;

    V2TIMOfflinePushInfo()
        : disablePush(false), iOSPushType(V2TIM_IOS_OFFLINE_PUSH_TYPE_APNS), ignoreIOSBadge(false),
          AndroidVIVOClassification(1) {}
};

struct V2TIMElem;
struct V2TIMTextElem;
struct V2TIMCustomElem;
struct V2TIMImageElem;
struct V2TIMVideoElem;
struct V2TIMSoundElem;
struct V2TIMFileElem;
struct V2TIMFaceElem;
struct V2TIMLocationElem;
struct V2TIMMergerElem;
struct V2TIMGroupTipsElem;

DEFINE_POINT_VECTOR(V2TIMElem)
typedef TXPV2TIMElemVector V2TIMElemVector;

class V2TIMDownloadCallback;

template <class T>
class V2TIMValueCallback;

/* The at-all marker for atUserList / groupAtUserList (sic: the SDK's spelling). The C header
 * defines it too, as the current marker; the library reads both markers the same way. */
#include "TIMMessageManager.h"
#ifndef kImSDK_MesssageAtALL
#define kImSDK_MesssageAtALL "__kImSDK_MesssageAtALL__"
#endif

/*
 * A message. elemList holds elements allocated with new as their concrete types (for example
 * new V2TIMTextElem); the message owns them: copying a message copies its elements, and the
 * destructor deletes them. Read an element by checking elemType and static_cast-ing.
 */
struct V2TIMMessage : V2TIMBaseObject {
    V2TIMString msgID;
    int64_t timestamp;
    V2TIMString sender;
    V2TIMString nickName;
    V2TIMString friendRemark;
    V2TIMString nameCard;
    V2TIMString faceURL;
    /* The group of a group message, else "". */
    V2TIMString groupID;
    /* The peer of a C2C message (in both directions), else "". */
    V2TIMString userID;
    uint64_t seq;
    uint64_t random;
    V2TIMMessageStatus status;
    bool supportMessageExtension;
    bool isSelf;
    bool IsRead() const { return isRead; }
    bool IsPeerRead() const { return isPeerRead; }
    bool needReadReceipt;
    bool isBroadcastMessage;
    V2TIMMessagePriority priority;
    V2TIMStringVector groupAtUserList;
    V2TIMElemVector elemList;
    V2TIMBuffer localCustomData;
    int localCustomInt;
    V2TIMBuffer cloudCustomData;
    bool isExcludedFromUnreadCount;
    bool isExcludedFromLastMessage;
    bool isExcludedFromContentModeration;
    V2TIMOfflinePushInfo offlinePushInfo;
    /* Read state as stored; use IsRead() / IsPeerRead(). */
    bool isRead;
    bool isPeerRead;

    V2TIMMessage()
        : timestamp(0), seq(0), random(0), status(V2TIM_MSG_STATUS_SENDING),
          supportMessageExtension(false), isSelf(false), needReadReceipt(false),
          isBroadcastMessage(false), priority(V2TIM_PRIORITY_DEFAULT), localCustomInt(0),
          isExcludedFromUnreadCount(false), isExcludedFromLastMessage(false),
          isExcludedFromContentModeration(false), isRead(false), isPeerRead(false) {}
    V2TIMMessage(const V2TIMMessage &message);
    V2TIMMessage &operator=(const V2TIMMessage &message);
    ~V2TIMMessage() override;

private:
    void CopyElemsFrom(const V2TIMMessage &message);
    void DeleteElems();
};

DEFINE_VECTOR(V2TIMMessage)
typedef TXV2TIMMessageVector V2TIMMessageVector;

struct V2TIMElem : V2TIMBaseObject {
    V2TIMElemType elemType;

    V2TIMElem() : elemType(V2TIM_ELEM_TYPE_NONE) {}
    V2TIMElem(const V2TIMElem &) = default;
    V2TIMElem &operator=(const V2TIMElem &) = default;
    ~V2TIMElem() override {}
};

struct V2TIMTextElem : public V2TIMElem {
    V2TIMString text;

    V2TIMTextElem() { elemType = V2TIM_ELEM_TYPE_TEXT; }
    V2TIMTextElem(const V2TIMTextElem &) = default;
    V2TIMTextElem &operator=(const V2TIMTextElem &) = default;
    ~V2TIMTextElem() override {}
};

struct V2TIMCustomElem : public V2TIMElem {
    V2TIMBuffer data;
    V2TIMString desc;
    V2TIMString extension;

    V2TIMCustomElem() { elemType = V2TIM_ELEM_TYPE_CUSTOM; }
    V2TIMCustomElem(const V2TIMCustomElem &) = default;
    V2TIMCustomElem &operator=(const V2TIMCustomElem &) = default;
    ~V2TIMCustomElem() override {}
};

/* One size of a received image. DownloadImage answers 7013: timconv has no file service. */
struct V2TIMImage {
    V2TIMString uuid;
    V2TIMImageType type;
    uint64_t size;
    uint32_t width;
    uint32_t height;
    V2TIMString url;

    void DownloadImage(const V2TIMString &path, V2TIMDownloadCallback *callback);

    V2TIMImage() : type(V2TIM_IMAGE_TYPE_ORIGIN), size(0), width(0), height(0) {}
};

DEFINE_VECTOR(V2TIMImage)
typedef TXV2TIMImageVector V2TIMImageVector;

struct V2TIMImageElem : public V2TIMElem {
    V2TIMString path;
    V2TIMImageVector imageList;

    V2TIMImageElem() { elemType = V2TIM_ELEM_TYPE_IMAGE; }
    V2TIMImageElem(const V2TIMImageElem &) = default;
    V2TIMImageElem &operator=(const V2TIMImageElem &) = default;
    ~V2TIMImageElem() override {}
};

/* Sound, video, file and merger downloads and URLs answer 7013 (no file service). */
struct V2TIMSoundElem : public V2TIMElem {
    V2TIMString path;
    V2TIMString uuid;
    uint64_t dataSize;
    uint32_t duration;

    void GetUrl(V2TIMValueCallback<V2TIMString> *callback);
    void DownloadSound(const V2TIMString &path, V2TIMDownloadCallback *callback);

    V2TIMSoundElem() : dataSize(0), duration(0) { elemType = V2TIM_ELEM_TYPE_SOUND; }
    V2TIMSoundElem(const V2TIMSoundElem &) = default;
    V2TIMSoundElem &operator=(const V2TIMSoundElem &) = default;
    ~V2TIMSoundElem() override {}
};

struct V2TIMVideoElem : public V2TIMElem {
    V2TIMString videoPath;
    V2TIMString snapshotPath;
    V2TIMString videoUUID;
    uint64_t videoSize;
    V2TIMString videoType;
    uint32_t duration;
    V2TIMString snapshotUUID;
    uint64_t snapshotSize;
    uint32_t snapshotWidth;
    uint32_t snapshotHeight;

    void GetVideoUrl(V2TIMValueCallback<V2TIMString> *callback);
    void GetSnapshotUrl(V2TIMValueCallback<V2TIMString> *callback);
    void DownloadVideo(const V2TIMString &path, V2TIMDownloadCallback *callback);
    void DownloadSnapshot(const V2TIMString &path, V2TIMDownloadCallback *callback);

    V2TIMVideoElem()
        : videoSize(0), duration(0), snapshotSize(0), snapshotWidth(0), snapshotHeight(0) {
        elemType = V2TIM_ELEM_TYPE_VIDEO;
    }
    V2TIMVideoElem(const V2TIMVideoElem &) = default;
    V2TIMVideoElem &operator=(const V2TIMVideoElem &) = default;
    ~V2TIMVideoElem() override {}
};

struct V2TIMFileElem : public V2TIMElem {
    V2TIMString path;
    V2TIMString uuid;
    V2TIMString filename;
    uint64_t fileSize;

    void GetUrl(V2TIMValueCallback<V2TIMString> *callback);
    void DownloadFile(const V2TIMString &path, V2TIMDownloadCallback *callback);

    V2TIMFileElem() : fileSize(0) { elemType = V2TIM_ELEM_TYPE_FILE; }
    V2TIMFileElem(const V2TIMFileElem &) = default;
    V2TIMFileElem &operator=(const V2TIMFileElem &) = default;
    ~V2TIMFileElem() override {}
};

struct V2TIMLocationElem : public V2TIMElem {
    V2TIMString desc;
    double longitude;
    double latitude;

    V2TIMLocationElem() : longitude(0), latitude(0) { elemType = V2TIM_ELEM_TYPE_LOCATION; }
    V2TIMLocationElem(const V2TIMLocationElem &) = default;
    V2TIMLocationElem &operator=(const V2TIMLocationElem &) = default;
    ~V2TIMLocationElem() override {}
};

struct V2TIMFaceElem : public V2TIMElem {
    uint32_t index;
    V2TIMBuffer data;

    V2TIMFaceElem() : index(0) { elemType = V2TIM_ELEM_TYPE_FACE; }
    V2TIMFaceElem(const V2TIMFaceElem &) = default;
    V2TIMFaceElem &operator=(const V2TIMFaceElem &) = default;
    ~V2TIMFaceElem() override {}
};

struct V2TIMMergerElem : public V2TIMElem {
    bool layersOverLimit;
    V2TIMString title;
    V2TIMStringVector abstractList;

    void DownloadMergerMessage(V2TIMValueCallback<V2TIMMessageVector> *callback);

    V2TIMMergerElem() : layersOverLimit(false) { elemType = V2TIM_ELEM_TYPE_MERGER; }
    V2TIMMergerElem(const V2TIMMergerElem &) = default;
    V2TIMMergerElem &operator=(const V2TIMMergerElem &) = default;
    ~V2TIMMergerElem() override {}
};

struct V2TIMGroupTipsElem : public V2TIMElem {
    V2TIMString groupID;
    V2TIMGroupTipsType type;
    V2TIMGroupMemberInfo opMember;
    V2TIMGroupMemberInfoVector memberList;
    V2TIMGroupChangeInfoVector groupChangeInfoList;
    V2TIMGroupMemberChangeInfoVector memberChangeInfoList;
    uint32_t memberCount;

    V2TIMGroupTipsElem() : type(V2TIM_GROUP_TIPS_TYPE_NONE), memberCount(0) {
        elemType = V2TIM_ELEM_TYPE_GROUP_TIPS;
    }
    V2TIMGroupTipsElem(const V2TIMGroupTipsElem &) = default;
    V2TIMGroupTipsElem &operator=(const V2TIMGroupTipsElem &) = default;
    ~V2TIMGroupTipsElem() override {}
};

struct V2TIMMessageReceipt {
    V2TIMString msgID;
    V2TIMString userID;
    bool isPeerRead;
    int64_t timestamp;
    V2TIMString groupID;
    int32_t readCount;
    int32_t unreadCount;

    V2TIMMessageReceipt() : isPeerRead(false), timestamp(0), readCount(0), unreadCount(0) {}
};

DEFINE_VECTOR(V2TIMMessageReceipt)
typedef TXV2TIMMessageReceiptVector V2TIMMessageReceiptVector;

struct V2TIMGroupMessageReadMemberList {
    uint64_t nextSeq;
    bool isFinished;
    V2TIMGroupMemberInfoVector members;

    V2TIMGroupMessageReadMemberList() : nextSeq(0), isFinished(false) {}
};

struct V2TIMReceiveMessageOptInfo {
    V2TIMString userID;
    V2TIMReceiveMessageOpt receiveOpt;

    V2TIMReceiveMessageOptInfo() : receiveOpt(V2TIM_RECEIVE_MESSAGE) {}
};

DEFINE_VECTOR(V2TIMReceiveMessageOptInfo)
typedef TXV2TIMReceiveMessageOptInfoVector V2TIMReceiveMessageOptInfoVector;

struct V2TIMMessageSearchParam {
    V2TIMStringVector keywordList;
    V2TIMKeywordListMatchType keywordListMatchType;
    V2TIMStringVector senderUserIDList;
    V2TIMElemTypeVector messageTypeList;
    /* "" searches every conversation. */
    V2TIMString conversationID;
    uint32_t searchTimePosition;
    uint32_t searchTimePeriod;
    uint32_t pageIndex;
    uint32_t pageSize;

    V2TIMMessageSearchParam()
        : keywordListMatchType(V2TIM_KEYWORD_LIST_MATCH_TYPE_OR), searchTimePosition(0),
          searchTimePeriod(0), pageIndex(0), pageSize(100) {}
};

struct V2TIMMessageSearchResultItem {
    V2TIMString conversationID;
    uint32_t messageCount;
    V2TIMMessageVector messageList;

    V2TIMMessageSearchResultItem() : messageCount(0) {}
};

DEFINE_VECTOR(V2TIMMessageSearchResultItem)
typedef TXV2TIMMessageSearchResultItemVector V2TIMMessageSearchResultItemVector;

struct V2TIMMessageSearchResult {
    uint32_t totalCount;
    V2TIMMessageSearchResultItemVector messageSearchResultItems;

    V2TIMMessageSearchResult() : totalCount(0) {}
};

/*
 * History query. Set userID (C2C) or groupID. lastMsg (not owned) starts after that message;
 * lastMsgSeq starts at that seq. Older results come newest first, newer ones oldest first.
 */
struct V2TIMMessageListGetOption {
    V2TIMMessageGetType getType;
    V2TIMString userID;
    V2TIMString groupID;
    uint32_t count;
    V2TIMElemTypeVector messageTypeList;
    V2TIMMessage *lastMsg;
    uint64_t lastMsgSeq;
    int64_t getTimeBegin;
    int64_t getTimePeriod;
    V2TIMUInt64Vector messageSeqList;

    V2TIMMessageListGetOption()
        : getType(V2TIM_GET_LOCAL_OLDER_MSG), count(20), lastMsg(nullptr), lastMsgSeq(0),
          getTimeBegin(0), getTimePeriod(0) {}
};

struct V2TIMMessageExtension {
    V2TIMString extensionKey;
    V2TIMString extensionValue;
};

DEFINE_VECTOR(V2TIMMessageExtension)
typedef TXV2TIMMessageExtensionVector V2TIMMessageExtensionVector;

struct V2TIMMessageExtensionResult {
    int32_t resultCode;
    V2TIMString resultInfo;
    V2TIMMessageExtension extension;

    V2TIMMessageExtensionResult() : resultCode(0) {}
};

DEFINE_VECTOR(V2TIMMessageExtensionResult)
typedef TXV2TIMMessageExtensionResultVector V2TIMMessageExtensionResultVector;

/* The copy operations of messages (and topics) that own elements. */
#include "timconv/v2_message_copy.h"

/* The element methods answer through V2 callbacks: make sure they are always defined. */
#include "timconv/v2_elem_methods.h"

#endif /* TIMCONV_V2TIMMESSAGE_H */
