/**
 * @file
 * @brief V2 C++ API: messages, their elements, and the message-side parameter and result
 * types.
 */
#ifndef TIMCONV_V2TIMMESSAGE_H
#define TIMCONV_V2TIMMESSAGE_H

#include "V2TIMCommon.h"
#include "V2TIMGroup.h"

/** Message priority (mainly for group messages). */
enum V2TIMMessagePriority {
    V2TIM_PRIORITY_DEFAULT = 0,  ///< No priority given: sent as normal.
    V2TIM_PRIORITY_HIGH = 1,     ///< High priority.
    V2TIM_PRIORITY_NORMAL = 2,   ///< Normal priority.
    V2TIM_PRIORITY_LOW = 3,      ///< Low priority (also reported for the C API's lowest).
};

/** State of a message. */
enum V2TIMMessageStatus {
    V2TIM_MSG_STATUS_SENDING = 1,         ///< Being sent (a created message not sent yet).
    V2TIM_MSG_STATUS_SEND_SUCC = 2,       ///< Sent (or received).
    V2TIM_MSG_STATUS_SEND_FAIL = 3,       ///< Sending failed.
    V2TIM_MSG_STATUS_HAS_DELETED = 4,     ///< Deleted.
    V2TIM_MSG_STATUS_LOCAL_IMPORTED = 5,  ///< Imported into local storage.
    V2TIM_MSG_STATUS_LOCAL_REVOKED = 6,   ///< Revoked.
};

/** Element types. Not the C API's numbers: the V2 layer maps between the two. */
enum V2TIMElemType {
    V2TIM_ELEM_TYPE_NONE = 0,         ///< No element, or one of a type V2 does not know.
    V2TIM_ELEM_TYPE_TEXT = 1,         ///< Text (V2TIMTextElem).
    V2TIM_ELEM_TYPE_CUSTOM = 2,       ///< Custom data (V2TIMCustomElem).
    V2TIM_ELEM_TYPE_IMAGE = 3,        ///< Image (V2TIMImageElem).
    V2TIM_ELEM_TYPE_SOUND = 4,        ///< Voice (V2TIMSoundElem).
    V2TIM_ELEM_TYPE_VIDEO = 5,        ///< Video (V2TIMVideoElem).
    V2TIM_ELEM_TYPE_FILE = 6,         ///< File (V2TIMFileElem).
    V2TIM_ELEM_TYPE_LOCATION = 7,     ///< Location (V2TIMLocationElem).
    V2TIM_ELEM_TYPE_FACE = 8,         ///< Emoji (V2TIMFaceElem).
    V2TIM_ELEM_TYPE_GROUP_TIPS = 9,   ///< Group notification (V2TIMGroupTipsElem).
    V2TIM_ELEM_TYPE_MERGER = 10,      ///< Merged messages (V2TIMMergerElem).
};

DEFINE_VECTOR(V2TIMElemType)
/** An array of element types (DEFINE_VECTOR). */
typedef TXV2TIMElemTypeVector V2TIMElemTypeVector;

/** Offline push switch of a message. */
enum V2TIMOfflinePushFlag {
    V2TIM_OFFLINE_PUSH_DEFAULT = 0,  ///< Push as configured.
    V2TIM_OFFLINE_PUSH_NO_PUSH = 1,  ///< No offline push.
};

/** Size of an image (V2TIMImage::type). */
enum V2TIMImageType {
    V2TIM_IMAGE_TYPE_ORIGIN = 0x01,  ///< The original image.
    V2TIM_IMAGE_TYPE_THUMB = 0x02,   ///< The thumbnail.
    V2TIM_IMAGE_TYPE_LARGE = 0x04,   ///< The large version.
};

/** Kind of group notification (V2TIMGroupTipsElem::type). */
enum V2TIMGroupTipsType {
    V2TIM_GROUP_TIPS_TYPE_NONE = 0x00,                ///< Unknown.
    V2TIM_GROUP_TIPS_TYPE_JOIN = 0x01,                ///< Users joined.
    V2TIM_GROUP_TIPS_TYPE_INVITE = 0x02,              ///< Users were invited.
    V2TIM_GROUP_TIPS_TYPE_QUIT = 0x03,                ///< A member left.
    V2TIM_GROUP_TIPS_TYPE_KICKED = 0x04,              ///< Members were removed.
    V2TIM_GROUP_TIPS_TYPE_SET_ADMIN = 0x05,           ///< Members became administrators.
    V2TIM_GROUP_TIPS_TYPE_CANCEL_ADMIN = 0x06,        ///< Members lost administrator rights.
    V2TIM_GROUP_TIPS_TYPE_GROUP_INFO_CHANGE = 0x07,   ///< The group's profile changed.
    V2TIM_GROUP_TIPS_TYPE_MEMBER_INFO_CHANGE = 0x08,  ///< Members' information changed.
};

/** History direction and source. The cloud kinds read local data (with a homeserver, older
 * history is fetched from it first when the local data runs out). */
enum V2TIMMessageGetType {
    V2TIM_GET_CLOUD_OLDER_MSG = 1,  ///< Older messages, from the server (here: local data).
    V2TIM_GET_CLOUD_NEWER_MSG = 2,  ///< Newer messages, from the server (here: local data).
    V2TIM_GET_LOCAL_OLDER_MSG = 3,  ///< Older messages, from local storage.
    V2TIM_GET_LOCAL_NEWER_MSG = 4,  ///< Newer messages, from local storage.
};

/** How the keywords of a message search combine. */
enum V2TIMKeywordListMatchType {
    V2TIM_KEYWORD_LIST_MATCH_TYPE_OR = 0,  ///< A message matches any keyword.
    V2TIM_KEYWORD_LIST_MATCH_TYPE_AND = 1  ///< A message matches every keyword.
};

/** Which members of a group message's read list to get. */
enum V2TIMGroupMessageReadMembersFilter {
    V2TIM_GROUP_MESSAGE_READ_MEMBERS_FILTER_READ = 0,    ///< Members who read the message.
    V2TIM_GROUP_MESSAGE_READ_MEMBERS_FILTER_UNREAD = 1,  ///< Members who did not.
};

/** Kind of iOS offline push. */
enum V2TIMIOSOfflinePushType {
    V2TIM_IOS_OFFLINE_PUSH_TYPE_APNS = 0,  ///< A regular APNs notification.
    V2TIM_IOS_OFFLINE_PUSH_TYPE_VOIP = 1,  ///< A VoIP push.
};

/** Kind of device token (V2TIMOfflinePushConfig::token_type). */
enum V2TIMOfflinePushTokenType {
    V2TIM_OFFLINE_PUSH_TOKEN_TYPE_DEFAULT = 0,  ///< The vendor's push token.
    V2TIM_OFFLINE_PUSH_TOKEN_TYPE_TPNS = 1,     ///< A TPNS token.
    V2TIM_OFFLINE_PUSH_TOKEN_TYPE_VOIP = 2,     ///< A VoIP token.
};

/** Device push settings (V2TIMOfflinePushManager::SetOfflinePushConfig, which answers 7013). */
struct V2TIMOfflinePushConfig {
    V2TIMBuffer token;                     ///< The device token.
    uint32_t businessID;                   ///< The push certificate ID of the console.
    V2TIMOfflinePushTokenType token_type;  ///< The kind of token.

    /** businessID 0, V2TIM_OFFLINE_PUSH_TOKEN_TYPE_DEFAULT. */
    V2TIMOfflinePushConfig() : businessID(0), token_type(V2TIM_OFFLINE_PUSH_TOKEN_TYPE_DEFAULT) {}
};

/** V2TIMOfflinePushInfo::iOSSound for a silent iOS notification. */
#define kIOSOfflinePushNoSound "push.no_sound"
/** V2TIMOfflinePushInfo::iOSSound for the system's sound. */
#define kIOSOfflinePushDefaultSound "default"

/**
 * Offline-push settings of a message. There is no push service: desc, ext and disablePush are
 * stored with the message; the other fields are not used.
 */
struct V2TIMOfflinePushInfo {
    V2TIMString title;                   ///< Notification title.
    V2TIMString desc;                    ///< Notification text (stored).
    V2TIMString ext;                     ///< Data handed to the app when the user taps (stored).
    bool disablePush;                    ///< true: no offline push for this message (stored).
    V2TIMIOSOfflinePushType iOSPushType;  ///< APNs or VoIP push.
    bool ignoreIOSBadge;                 ///< true: the iOS badge is not increased.
    V2TIMString iOSSound;                ///< iOS sound file, or kIOSOfflinePushNoSound.
    V2TIMString AndroidSound;            ///< Android sound file.
    V2TIMString AndroidOPPOChannelID;    ///< OPPO notification channel.
    V2TIMString AndroidFCMChannelID;     ///< FCM notification channel.
    V2TIMString AndroidXiaoMiChannelID;  ///< Xiaomi notification channel.
    int AndroidVIVOClassification;       ///< vivo message class: 0 operational, 1 system (default).
    V2TIMString AndroidHuaWeiCategory;   ///< Huawei message category.

    /** Push enabled, APNs, badge counted, vivo class 1. */
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
/** The elements of a message (DEFINE_POINT_VECTOR): pointers that the message owns. */
typedef TXPV2TIMElemVector V2TIMElemVector;

class V2TIMDownloadCallback;

template <class T>
class V2TIMValueCallback;

/* The C header defines the at-all marker below too (see kImSDK_MesssageAtALL). */
#include "TIMMessageManager.h"
#ifndef kImSDK_MesssageAtALL
/**
 * The at-all marker for atUserList / groupAtUserList (sic: the SDK's spelling). The C header
 * defines it too, as the current marker; the library reads both markers the same way.
 */
#define kImSDK_MesssageAtALL "__kImSDK_MesssageAtALL__"
#endif

/**
 * A message. elemList holds elements allocated with new as their concrete types (for example
 * new V2TIMTextElem); the message owns them: copying a message copies its elements, and the
 * destructor deletes them. Read an element by checking elemType and static_cast-ing.
 */
struct V2TIMMessage : V2TIMBaseObject {
    /** The message ID ("" until the message is sent or stored). */
    V2TIMString msgID;
    /** When the message was sent, in UTC seconds. */
    int64_t timestamp;
    /** The sender's user ID. */
    V2TIMString sender;
    /** The sender's nickname, as known. */
    V2TIMString nickName;
    /** The user's friend remark for the sender, as known. */
    V2TIMString friendRemark;
    /** The sender's name card in the group, as known. */
    V2TIMString nameCard;
    /** The sender's avatar URL, as known. */
    V2TIMString faceURL;
    /** The group of a group message, else "". */
    V2TIMString groupID;
    /** The peer of a C2C message (in both directions), else "". */
    V2TIMString userID;
    /** The message's sequence number in its conversation. */
    uint64_t seq;
    /** The message's random number (part of its identity). */
    uint64_t random;
    /** The message's state. */
    V2TIMMessageStatus status;
    /** Whether message extensions are enabled (kept; timconv has no extension service). */
    bool supportMessageExtension;
    /** Whether the user sent the message. */
    bool isSelf;
    /** Whether the user has read the message. */
    bool IsRead() const { return isRead; }
    /** C2C: whether the peer has read the message. */
    bool IsPeerRead() const { return isPeerRead; }
    /** Whether the sender asks for read receipts. */
    bool needReadReceipt;
    /** Whether the message is a broadcast to every user (as stored). */
    bool isBroadcastMessage;
    /** The message's priority. */
    V2TIMMessagePriority priority;
    /** The users the message mentions (kImSDK_MesssageAtALL: everybody). */
    V2TIMStringVector groupAtUserList;
    /** The elements, usually one (owned by the message). */
    V2TIMElemVector elemList;
    /** Local data, never sent (UTF-8 text: the C API stores it as a string). */
    V2TIMBuffer localCustomData;
    /** A local integer, never sent. */
    int localCustomInt;
    /** Custom data sent with the message (UTF-8 text: the C API carries it as a string). */
    V2TIMBuffer cloudCustomData;
    /** true: the message does not increase the unread count. */
    bool isExcludedFromUnreadCount;
    /** true: the message does not become its conversation's last message. */
    bool isExcludedFromLastMessage;
    /** true: the message skips content moderation (kept; timconv does not moderate). */
    bool isExcludedFromContentModeration;
    /** Offline-push settings stored with the message (desc, ext, disablePush). */
    V2TIMOfflinePushInfo offlinePushInfo;
    /** Read state as stored; use IsRead() / IsPeerRead(). */
    bool isRead;
    /** Peer read state as stored; use IsPeerRead(). */
    bool isPeerRead;

    /** An empty message: no elements, status V2TIM_MSG_STATUS_SENDING, zero fields. */
    V2TIMMessage()
        : timestamp(0), seq(0), random(0), status(V2TIM_MSG_STATUS_SENDING),
          supportMessageExtension(false), isSelf(false), needReadReceipt(false),
          isBroadcastMessage(false), priority(V2TIM_PRIORITY_DEFAULT), localCustomInt(0),
          isExcludedFromUnreadCount(false), isExcludedFromLastMessage(false),
          isExcludedFromContentModeration(false), isRead(false), isPeerRead(false) {}
    /** A deep copy: every element is copied as its concrete type. */
    V2TIMMessage(const V2TIMMessage &message);
    /** Deep-copies message, deleting the previous elements. */
    V2TIMMessage &operator=(const V2TIMMessage &message);
    /** Deletes the elements. */
    ~V2TIMMessage() override;

private:
    void CopyElemsFrom(const V2TIMMessage &message);
    void DeleteElems();
};

DEFINE_VECTOR(V2TIMMessage)
/** An array of messages (DEFINE_VECTOR); copies are deep. */
typedef TXV2TIMMessageVector V2TIMMessageVector;

/** Base of the message elements: elemType tells the concrete class. */
struct V2TIMElem : V2TIMBaseObject {
    V2TIMElemType elemType;  ///< The element's type, set by each concrete class.

    /** An element of type V2TIM_ELEM_TYPE_NONE. */
    V2TIMElem() : elemType(V2TIM_ELEM_TYPE_NONE) {}
    /** A copy. */
    V2TIMElem(const V2TIMElem &) = default;
    /** Copies the type (and obj_ptr). */
    V2TIMElem &operator=(const V2TIMElem &) = default;
    /** Virtual: a message deletes its elements through V2TIMElem pointers. */
    ~V2TIMElem() override {}
};

/** A text element. */
struct V2TIMTextElem : public V2TIMElem {
    V2TIMString text;  ///< The text.

    /** An empty text element. */
    V2TIMTextElem() { elemType = V2TIM_ELEM_TYPE_TEXT; }
    /** A copy. */
    V2TIMTextElem(const V2TIMTextElem &) = default;
    /** Copies the element. */
    V2TIMTextElem &operator=(const V2TIMTextElem &) = default;
    /** Frees the element. */
    ~V2TIMTextElem() override {}
};

/** A custom element: data the app defines. */
struct V2TIMCustomElem : public V2TIMElem {
    V2TIMBuffer data;       ///< The data (UTF-8 text to be sent: the C API carries a string).
    V2TIMString desc;       ///< A description (for example push text).
    V2TIMString extension;  ///< Extra text.

    /** An empty custom element. */
    V2TIMCustomElem() { elemType = V2TIM_ELEM_TYPE_CUSTOM; }
    /** A copy. */
    V2TIMCustomElem(const V2TIMCustomElem &) = default;
    /** Copies the element. */
    V2TIMCustomElem &operator=(const V2TIMCustomElem &) = default;
    /** Frees the element. */
    ~V2TIMCustomElem() override {}
};

/** One size of a received image. DownloadImage answers 7013: timconv has no file service. */
struct V2TIMImage {
    V2TIMString uuid;     ///< The image's ID.
    V2TIMImageType type;  ///< Which size this is.
    uint64_t size;        ///< Size in bytes.
    uint32_t width;       ///< Width in pixels.
    uint32_t height;      ///< Height in pixels.
    V2TIMString url;      ///< Download URL.

    /** Answers 7013: timconv has no file service. */
    void DownloadImage(const V2TIMString &path, V2TIMDownloadCallback *callback);

    /** An empty original-size image. */
    V2TIMImage() : type(V2TIM_IMAGE_TYPE_ORIGIN), size(0), width(0), height(0) {}
};

DEFINE_VECTOR(V2TIMImage)
/** An array of image sizes (DEFINE_VECTOR). */
typedef TXV2TIMImageVector V2TIMImageVector;

/** An image element. timconv uploads nothing: a sent image keeps its local path only. */
struct V2TIMImageElem : public V2TIMElem {
    V2TIMString path;            ///< Local path of the original image.
    V2TIMImageVector imageList;  ///< The sizes the message describes (original, thumbnail, large).

    /** An empty image element. */
    V2TIMImageElem() { elemType = V2TIM_ELEM_TYPE_IMAGE; }
    /** A copy. */
    V2TIMImageElem(const V2TIMImageElem &) = default;
    /** Copies the element. */
    V2TIMImageElem &operator=(const V2TIMImageElem &) = default;
    /** Frees the element. */
    ~V2TIMImageElem() override {}
};

/** A voice element. GetUrl and DownloadSound answer 7013 (no file service). */
struct V2TIMSoundElem : public V2TIMElem {
    V2TIMString path;   ///< Local path of the sound file.
    V2TIMString uuid;   ///< The sound's ID.
    uint64_t dataSize;  ///< Size in bytes.
    uint32_t duration;  ///< Length in seconds.

    /** Answers 7013: timconv has no file service. */
    void GetUrl(V2TIMValueCallback<V2TIMString> *callback);
    /** Answers 7013: timconv has no file service. */
    void DownloadSound(const V2TIMString &path, V2TIMDownloadCallback *callback);

    /** An empty voice element. */
    V2TIMSoundElem() : dataSize(0), duration(0) { elemType = V2TIM_ELEM_TYPE_SOUND; }
    /** A copy. */
    V2TIMSoundElem(const V2TIMSoundElem &) = default;
    /** Copies the element. */
    V2TIMSoundElem &operator=(const V2TIMSoundElem &) = default;
    /** Frees the element. */
    ~V2TIMSoundElem() override {}
};

/** A video element. Its URL and download methods answer 7013 (no file service). */
struct V2TIMVideoElem : public V2TIMElem {
    V2TIMString videoPath;     ///< Local path of the video file.
    V2TIMString snapshotPath;  ///< Local path of the snapshot image.
    V2TIMString videoUUID;     ///< The video's ID.
    uint64_t videoSize;        ///< Video size in bytes.
    V2TIMString videoType;     ///< Video format, such as "mp4".
    uint32_t duration;         ///< Length in seconds.
    V2TIMString snapshotUUID;  ///< The snapshot's ID.
    uint64_t snapshotSize;     ///< Snapshot size in bytes.
    uint32_t snapshotWidth;    ///< Snapshot width in pixels.
    uint32_t snapshotHeight;   ///< Snapshot height in pixels.

    /** Answers 7013: timconv has no file service. */
    void GetVideoUrl(V2TIMValueCallback<V2TIMString> *callback);
    /** Answers 7013: timconv has no file service. */
    void GetSnapshotUrl(V2TIMValueCallback<V2TIMString> *callback);
    /** Answers 7013: timconv has no file service. */
    void DownloadVideo(const V2TIMString &path, V2TIMDownloadCallback *callback);
    /** Answers 7013: timconv has no file service. */
    void DownloadSnapshot(const V2TIMString &path, V2TIMDownloadCallback *callback);

    /** An empty video element. */
    V2TIMVideoElem()
        : videoSize(0), duration(0), snapshotSize(0), snapshotWidth(0), snapshotHeight(0) {
        elemType = V2TIM_ELEM_TYPE_VIDEO;
    }
    /** A copy. */
    V2TIMVideoElem(const V2TIMVideoElem &) = default;
    /** Copies the element. */
    V2TIMVideoElem &operator=(const V2TIMVideoElem &) = default;
    /** Frees the element. */
    ~V2TIMVideoElem() override {}
};

/** A file element. GetUrl and DownloadFile answer 7013 (no file service). */
struct V2TIMFileElem : public V2TIMElem {
    V2TIMString path;      ///< Local path of the file.
    V2TIMString uuid;      ///< The file's ID.
    V2TIMString filename;  ///< The file's name.
    uint64_t fileSize;     ///< Size in bytes.

    /** Answers 7013: timconv has no file service. */
    void GetUrl(V2TIMValueCallback<V2TIMString> *callback);
    /** Answers 7013: timconv has no file service. */
    void DownloadFile(const V2TIMString &path, V2TIMDownloadCallback *callback);

    /** An empty file element. */
    V2TIMFileElem() : fileSize(0) { elemType = V2TIM_ELEM_TYPE_FILE; }
    /** A copy. */
    V2TIMFileElem(const V2TIMFileElem &) = default;
    /** Copies the element. */
    V2TIMFileElem &operator=(const V2TIMFileElem &) = default;
    /** Frees the element. */
    ~V2TIMFileElem() override {}
};

/** A location element. */
struct V2TIMLocationElem : public V2TIMElem {
    V2TIMString desc;  ///< Description of the place.
    double longitude;  ///< Longitude in degrees.
    double latitude;   ///< Latitude in degrees.

    /** An empty location element. */
    V2TIMLocationElem() : longitude(0), latitude(0) { elemType = V2TIM_ELEM_TYPE_LOCATION; }
    /** A copy. */
    V2TIMLocationElem(const V2TIMLocationElem &) = default;
    /** Copies the element. */
    V2TIMLocationElem &operator=(const V2TIMLocationElem &) = default;
    /** Frees the element. */
    ~V2TIMLocationElem() override {}
};

/** An emoji element. */
struct V2TIMFaceElem : public V2TIMElem {
    uint32_t index;    ///< The emoji's index.
    V2TIMBuffer data;  ///< Custom data (UTF-8 text to be sent: the C API carries a string).

    /** An empty emoji element. */
    V2TIMFaceElem() : index(0) { elemType = V2TIM_ELEM_TYPE_FACE; }
    /** A copy. */
    V2TIMFaceElem(const V2TIMFaceElem &) = default;
    /** Copies the element. */
    V2TIMFaceElem &operator=(const V2TIMFaceElem &) = default;
    /** Frees the element. */
    ~V2TIMFaceElem() override {}
};

/**
 * A merged-messages element: a title and an abstract. The merged messages themselves are not
 * kept, and DownloadMergerMessage answers 7013.
 */
struct V2TIMMergerElem : public V2TIMElem {
    bool layersOverLimit;              ///< Whether the nesting is too deep to merge again.
    V2TIMString title;                 ///< The title.
    V2TIMStringVector abstractList;    ///< The abstract lines.

    /** Answers 7013: the merged messages are not kept (there is no server). */
    void DownloadMergerMessage(V2TIMValueCallback<V2TIMMessageVector> *callback);

    /** An empty merged-messages element. */
    V2TIMMergerElem() : layersOverLimit(false) { elemType = V2TIM_ELEM_TYPE_MERGER; }
    /** A copy. */
    V2TIMMergerElem(const V2TIMMergerElem &) = default;
    /** Copies the element. */
    V2TIMMergerElem &operator=(const V2TIMMergerElem &) = default;
    /** Frees the element. */
    ~V2TIMMergerElem() override {}
};

/**
 * A group notification element, as read from stored messages (it cannot be sent). timconv
 * fills groupID, type, the operator's and the members' user IDs, and memberCount.
 */
struct V2TIMGroupTipsElem : public V2TIMElem {
    V2TIMString groupID;                                ///< The group.
    V2TIMGroupTipsType type;                            ///< What happened.
    V2TIMGroupMemberInfo opMember;                      ///< Who did it.
    V2TIMGroupMemberInfoVector memberList;              ///< The members concerned.
    V2TIMGroupChangeInfoVector groupChangeInfoList;     ///< Profile changes (not filled).
    V2TIMGroupMemberChangeInfoVector memberChangeInfoList;  ///< Member changes (not filled).
    uint32_t memberCount;                               ///< The group's member count.

    /** An empty group notification. */
    V2TIMGroupTipsElem() : type(V2TIM_GROUP_TIPS_TYPE_NONE), memberCount(0) {
        elemType = V2TIM_ELEM_TYPE_GROUP_TIPS;
    }
    /** A copy. */
    V2TIMGroupTipsElem(const V2TIMGroupTipsElem &) = default;
    /** Copies the element. */
    V2TIMGroupTipsElem &operator=(const V2TIMGroupTipsElem &) = default;
    /** Frees the element. */
    ~V2TIMGroupTipsElem() override {}
};

/** A read receipt (V2TIMAdvancedMsgListener). */
struct V2TIMMessageReceipt {
    V2TIMString msgID;    ///< The message read ("" for a C2C receipt up to timestamp).
    V2TIMString userID;   ///< C2C: the peer who read.
    bool isPeerRead;      ///< C2C: whether the peer has read.
    int64_t timestamp;    ///< C2C: the peer read the messages up to this UTC time (seconds).
    V2TIMString groupID;  ///< Group: the group of the message.
    int32_t readCount;    ///< Group: how many members read the message.
    int32_t unreadCount;  ///< Group: how many members did not.

    /** An empty receipt. */
    V2TIMMessageReceipt() : isPeerRead(false), timestamp(0), readCount(0), unreadCount(0) {}
};

DEFINE_VECTOR(V2TIMMessageReceipt)
/** An array of read receipts (DEFINE_VECTOR). */
typedef TXV2TIMMessageReceiptVector V2TIMMessageReceiptVector;

/** One page of a group message's read or unread members (GetGroupMessageReadMemberList). */
struct V2TIMGroupMessageReadMemberList {
    uint64_t nextSeq;                    ///< Where the next page starts.
    bool isFinished;                     ///< Whether this is the last page.
    V2TIMGroupMemberInfoVector members;  ///< The members of this page.

    /** An empty page. */
    V2TIMGroupMessageReadMemberList() : nextSeq(0), isFinished(false) {}
};

/** The receive option of one user's C2C conversation. */
struct V2TIMReceiveMessageOptInfo {
    V2TIMString userID;                 ///< The peer.
    V2TIMReceiveMessageOpt receiveOpt;  ///< The user's receive option for that conversation.

    /** V2TIM_RECEIVE_MESSAGE. */
    V2TIMReceiveMessageOptInfo() : receiveOpt(V2TIM_RECEIVE_MESSAGE) {}
};

DEFINE_VECTOR(V2TIMReceiveMessageOptInfo)
/** An array of receive options (DEFINE_VECTOR). */
typedef TXV2TIMReceiveMessageOptInfoVector V2TIMReceiveMessageOptInfoVector;

/** A search of the user's stored messages (SearchLocalMessages). */
struct V2TIMMessageSearchParam {
    /** Up to 5 keywords, matched case-insensitively in text, custom data, descriptions and
     * file names. */
    V2TIMStringVector keywordList;
    /** Whether a message needs any keyword or all of them. */
    V2TIMKeywordListMatchType keywordListMatchType;
    /** Only messages from these senders (empty: any sender). */
    V2TIMStringVector senderUserIDList;
    /** Only messages with elements of these types (empty: any type). */
    V2TIMElemTypeVector messageTypeList;
    /** "" searches every conversation. */
    V2TIMString conversationID;
    /** End of the time window, UTC seconds (0 = now). */
    uint32_t searchTimePosition;
    /** Length of the window back from searchTimePosition, seconds (0 = no limit). */
    uint32_t searchTimePeriod;
    /** The page, from 0. */
    uint32_t pageIndex;
    /** Items per page (0 = everything). */
    uint32_t pageSize;

    /** Any keyword, every sender, type, conversation and time; first page of 100. */
    V2TIMMessageSearchParam()
        : keywordListMatchType(V2TIM_KEYWORD_LIST_MATCH_TYPE_OR), searchTimePosition(0),
          searchTimePeriod(0), pageIndex(0), pageSize(100) {}
};

/** The matches of one conversation. */
struct V2TIMMessageSearchResultItem {
    V2TIMString conversationID;     ///< The conversation.
    uint32_t messageCount;          ///< How many of its messages match.
    /** The matching messages, newest first (searching every conversation: only when
     * messageCount is 1). */
    V2TIMMessageVector messageList;

    /** An empty item. */
    V2TIMMessageSearchResultItem() : messageCount(0) {}
};

DEFINE_VECTOR(V2TIMMessageSearchResultItem)
/** An array of search result items (DEFINE_VECTOR). */
typedef TXV2TIMMessageSearchResultItemVector V2TIMMessageSearchResultItemVector;

/** The result of SearchLocalMessages. */
struct V2TIMMessageSearchResult {
    /** One conversation: the number of matching messages; every conversation: the number of
     * conversations with matches. */
    uint32_t totalCount;
    /** One conversation: one item with the page of messages; every conversation: a page of
     * items, most recent first. */
    V2TIMMessageSearchResultItemVector messageSearchResultItems;

    /** An empty result. */
    V2TIMMessageSearchResult() : totalCount(0) {}
};

/**
 * History query. Set userID (C2C) or groupID. lastMsg (not owned) starts after that message;
 * lastMsgSeq starts at that seq. Older results come newest first, newer ones oldest first.
 */
struct V2TIMMessageListGetOption {
    /** Direction (and source; the cloud kinds read local data too). */
    V2TIMMessageGetType getType;
    /** The peer of a C2C conversation ("" for a group). */
    V2TIMString userID;
    /** The group of a group conversation (used when userID is ""). */
    V2TIMString groupID;
    /** How many messages (0 = 20, at most 100). */
    uint32_t count;
    /** Only messages with elements of these types (empty: any type). */
    V2TIMElemTypeVector messageTypeList;
    /** Start after this message (not owned; it needs a msgID, else 6017). */
    V2TIMMessage *lastMsg;
    /** Start at (and include) the message with this seq (0: not used). */
    uint64_t lastMsgSeq;
    /** Start of the time range, UTC seconds: older messages end there (0 = now), newer ones
     * begin there. */
    int64_t getTimeBegin;
    /** Length of the time range in seconds (0 = no limit). */
    int64_t getTimePeriod;
    /** Only the messages with these seqs. */
    V2TIMUInt64Vector messageSeqList;

    /** V2TIM_GET_LOCAL_OLDER_MSG, 20 messages, from the newest, no filters. */
    V2TIMMessageListGetOption()
        : getType(V2TIM_GET_LOCAL_OLDER_MSG), count(20), lastMsg(nullptr), lastMsgSeq(0),
          getTimeBegin(0), getTimePeriod(0) {}
};

/** A message extension: a key and its value (timconv has no extension service). */
struct V2TIMMessageExtension {
    V2TIMString extensionKey;    ///< The key.
    V2TIMString extensionValue;  ///< The value.
};

DEFINE_VECTOR(V2TIMMessageExtension)
/** An array of message extensions (DEFINE_VECTOR). */
typedef TXV2TIMMessageExtensionVector V2TIMMessageExtensionVector;

/** The outcome for one extension of a set or delete call. */
struct V2TIMMessageExtensionResult {
    int32_t resultCode;               ///< 0 when done, else an error code.
    V2TIMString resultInfo;           ///< The reason, when resultCode is not 0.
    V2TIMMessageExtension extension;  ///< The extension concerned.

    /** resultCode 0. */
    V2TIMMessageExtensionResult() : resultCode(0) {}
};

DEFINE_VECTOR(V2TIMMessageExtensionResult)
/** An array of extension results (DEFINE_VECTOR). */
typedef TXV2TIMMessageExtensionResultVector V2TIMMessageExtensionResultVector;

/* The copy operations of messages (and topics) that own elements. */
#include "timconv/v2_message_copy.h"

/* The element methods answer through V2 callbacks: make sure they are always defined. */
#include "timconv/v2_elem_methods.h"

#endif /* TIMCONV_V2TIMMESSAGE_H */
