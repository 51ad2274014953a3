/**
 * @file
 * @brief Copies of messages and topics, which own their elements and last messages (internal;
 * included by V2TIMMessage.h once every element type is complete).
 */
#ifndef TIMCONV_V2_MESSAGE_COPY_H
#define TIMCONV_V2_MESSAGE_COPY_H

#include "../V2TIMMessage.h"

namespace timconv {
namespace v2 {
namespace detail {

/** A copy of elem as its concrete type (chosen by elemType); NULL for NULL. */
inline V2TIMElem *CloneElem(const V2TIMElem *elem) {
    if (elem == nullptr) return nullptr;
    switch (elem->elemType) {
        case V2TIM_ELEM_TYPE_TEXT:
            return new V2TIMTextElem(*static_cast<const V2TIMTextElem *>(elem));
        case V2TIM_ELEM_TYPE_CUSTOM:
            return new V2TIMCustomElem(*static_cast<const V2TIMCustomElem *>(elem));
        case V2TIM_ELEM_TYPE_IMAGE:
            return new V2TIMImageElem(*static_cast<const V2TIMImageElem *>(elem));
        case V2TIM_ELEM_TYPE_SOUND:
            return new V2TIMSoundElem(*static_cast<const V2TIMSoundElem *>(elem));
        case V2TIM_ELEM_TYPE_VIDEO:
            return new V2TIMVideoElem(*static_cast<const V2TIMVideoElem *>(elem));
        case V2TIM_ELEM_TYPE_FILE:
            return new V2TIMFileElem(*static_cast<const V2TIMFileElem *>(elem));
        case V2TIM_ELEM_TYPE_LOCATION:
            return new V2TIMLocationElem(*static_cast<const V2TIMLocationElem *>(elem));
        case V2TIM_ELEM_TYPE_FACE:
            return new V2TIMFaceElem(*static_cast<const V2TIMFaceElem *>(elem));
        case V2TIM_ELEM_TYPE_GROUP_TIPS:
            return new V2TIMGroupTipsElem(*static_cast<const V2TIMGroupTipsElem *>(elem));
        case V2TIM_ELEM_TYPE_MERGER:
            return new V2TIMMergerElem(*static_cast<const V2TIMMergerElem *>(elem));
        case V2TIM_ELEM_TYPE_NONE:
            break;
    }
    return new V2TIMElem(*elem);
}

}  // namespace detail
}  // namespace v2
}  // namespace timconv

inline void V2TIMMessage::CopyElemsFrom(const V2TIMMessage &message) {
    for (size_t i = 0; i < message.elemList.Size(); ++i) {
        V2TIMElem *copy = timconv::v2::detail::CloneElem(message.elemList[i]);
        if (copy != nullptr) elemList.PushBack(copy);
    }
}

inline void V2TIMMessage::DeleteElems() {
    for (size_t i = 0; i < elemList.Size(); ++i) delete elemList[i];
    elemList.Clear();
}

inline V2TIMMessage::V2TIMMessage(const V2TIMMessage &message)
    : V2TIMBaseObject(message), msgID(message.msgID), timestamp(message.timestamp),
      sender(message.sender), nickName(message.nickName), friendRemark(message.friendRemark),
      nameCard(message.nameCard), faceURL(message.faceURL), groupID(message.groupID),
      userID(message.userID), seq(message.seq), random(message.random), status(message.status),
      supportMessageExtension(message.supportMessageExtension), isSelf(message.isSelf),
      needReadReceipt(message.needReadReceipt), isBroadcastMessage(message.isBroadcastMessage),
      priority(message.priority), groupAtUserList(message.groupAtUserList),
      localCustomData(message.localCustomData), localCustomInt(message.localCustomInt),
      cloudCustomData(message.cloudCustomData),
      isExcludedFromUnreadCount(message.isExcludedFromUnreadCount),
      isExcludedFromLastMessage(message.isExcludedFromLastMessage),
      isExcludedFromContentModeration(message.isExcludedFromContentModeration),
      offlinePushInfo(message.offlinePushInfo), isRead(message.isRead),
      isPeerRead(message.isPeerRead) {
    CopyElemsFrom(message);
}

inline V2TIMMessage &V2TIMMessage::operator=(const V2TIMMessage &message) {
    if (this == &message) return *this;
    V2TIMMessage copy(message);
    DeleteElems();
    V2TIMBaseObject::operator=(copy);
    msgID = copy.msgID;
    timestamp = copy.timestamp;
    sender = copy.sender;
    nickName = copy.nickName;
    friendRemark = copy.friendRemark;
    nameCard = copy.nameCard;
    faceURL = copy.faceURL;
    groupID = copy.groupID;
    userID = copy.userID;
    seq = copy.seq;
    random = copy.random;
    status = copy.status;
    supportMessageExtension = copy.supportMessageExtension;
    isSelf = copy.isSelf;
    needReadReceipt = copy.needReadReceipt;
    isBroadcastMessage = copy.isBroadcastMessage;
    priority = copy.priority;
    groupAtUserList = copy.groupAtUserList;
    elemList = copy.elemList; /* takes the copies' elements... */
    copy.elemList.Clear();    /* ...and keeps copy's destructor off them */
    localCustomData = copy.localCustomData;
    localCustomInt = copy.localCustomInt;
    cloudCustomData = copy.cloudCustomData;
    isExcludedFromUnreadCount = copy.isExcludedFromUnreadCount;
    isExcludedFromLastMessage = copy.isExcludedFromLastMessage;
    isExcludedFromContentModeration = copy.isExcludedFromContentModeration;
    offlinePushInfo = copy.offlinePushInfo;
    isRead = copy.isRead;
    isPeerRead = copy.isPeerRead;
    return *this;
}

inline V2TIMMessage::~V2TIMMessage() { DeleteElems(); }

inline V2TIMTopicInfo::V2TIMTopicInfo(const V2TIMTopicInfo &topicInfo)
    : topicID(topicInfo.topicID), topicName(topicInfo.topicName),
      topicFaceURL(topicInfo.topicFaceURL), introduction(topicInfo.introduction),
      notification(topicInfo.notification), isAllMuted(topicInfo.isAllMuted),
      selfMuteTime(topicInfo.selfMuteTime), customString(topicInfo.customString),
      recvOpt(topicInfo.recvOpt), draftText(topicInfo.draftText),
      unreadCount(topicInfo.unreadCount),
      lastMessage(topicInfo.lastMessage ? new V2TIMMessage(*topicInfo.lastMessage) : nullptr),
      groupAtInfoList(topicInfo.groupAtInfoList), modifyFlag(topicInfo.modifyFlag) {}

inline V2TIMTopicInfo &V2TIMTopicInfo::operator=(const V2TIMTopicInfo &topicInfo) {
    if (this == &topicInfo) return *this;
    V2TIMMessage *last = topicInfo.lastMessage ? new V2TIMMessage(*topicInfo.lastMessage) : nullptr;
    delete lastMessage;
    lastMessage = last;
    topicID = topicInfo.topicID;
    topicName = topicInfo.topicName;
    topicFaceURL = topicInfo.topicFaceURL;
    introduction = topicInfo.introduction;
    notification = topicInfo.notification;
    isAllMuted = topicInfo.isAllMuted;
    selfMuteTime = topicInfo.selfMuteTime;
    customString = topicInfo.customString;
    recvOpt = topicInfo.recvOpt;
    draftText = topicInfo.draftText;
    unreadCount = topicInfo.unreadCount;
    groupAtInfoList = topicInfo.groupAtInfoList;
    modifyFlag = topicInfo.modifyFlag;
    return *this;
}

inline V2TIMTopicInfo::~V2TIMTopicInfo() { delete lastMessage; }

#endif /* TIMCONV_V2_MESSAGE_COPY_H */
