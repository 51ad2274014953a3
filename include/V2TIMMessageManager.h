/*
 * V2 C++ API: advanced messages. Creating, sending, history, revoke, delete, clear, read
 * marks, receive options and local inserts work; the methods that need a service timconv does
 * not have (modification, receipts, extensions, translation) answer OnError(7013). Messages
 * complete locally (there is no server): a sent message gets its ID, seq and time at once.
 */
#ifndef TIMCONV_V2TIMMESSAGEMANAGER_H
#define TIMCONV_V2TIMMESSAGEMANAGER_H

#include "V2TIMCallback.h"
#include "V2TIMDefine.h"
#include "V2TIMListener.h"
#include "V2TIMMessage.h"

class V2TIMMessageManager {
public:
    virtual ~V2TIMMessageManager() {}

    virtual void AddAdvancedMsgListener(V2TIMAdvancedMsgListener *listener) = 0;
    virtual void RemoveAdvancedMsgListener(V2TIMAdvancedMsgListener *listener) = 0;

    virtual V2TIMMessage CreateTextMessage(const V2TIMString &text) = 0;
    virtual V2TIMMessage CreateTextAtMessage(const V2TIMString &text,
                                             const V2TIMStringVector &atUserList) = 0;
    virtual V2TIMMessage CreateCustomMessage(const V2TIMBuffer &data) = 0;
    virtual V2TIMMessage CreateCustomMessage(const V2TIMBuffer &data,
                                             const V2TIMString &description,
                                             const V2TIMString &extension) = 0;
    virtual V2TIMMessage CreateImageMessage(const V2TIMString &imagePath) = 0;
    virtual V2TIMMessage CreateSoundMessage(const V2TIMString &soundPath, uint32_t duration) = 0;
    virtual V2TIMMessage CreateVideoMessage(const V2TIMString &videoFilePath,
                                            const V2TIMString &type, uint32_t duration,
                                            const V2TIMString &snapshotPath) = 0;
    virtual V2TIMMessage CreateFileMessage(const V2TIMString &filePath,
                                           const V2TIMString &fileName) = 0;
    virtual V2TIMMessage CreateLocationMessage(const V2TIMString &desc, double longitude,
                                               double latitude) = 0;
    virtual V2TIMMessage CreateFaceMessage(uint32_t index, const V2TIMBuffer &data) = 0;
    virtual V2TIMMessage CreateMergerMessage(const V2TIMMessageVector &messageList,
                                             const V2TIMString &title,
                                             const V2TIMStringVector &abstractList,
                                             const V2TIMString &compatibleText) = 0;
    virtual V2TIMMessage CreateForwardMessage(const V2TIMMessage &message) = 0;
    virtual V2TIMMessage CreateTargetedGroupMessage(const V2TIMMessage &message,
                                                    const V2TIMStringVector &receiverList) = 0;
    virtual V2TIMMessage CreateAtSignedGroupMessage(const V2TIMMessage &message,
                                                    const V2TIMStringVector &atUserList) = 0;

    /* receiver for C2C, groupID for a group (the other ""). Returns the message ID (also set
     * in message.msgID), or "" when the call is refused (the callback then gets OnError). */
    virtual V2TIMString SendMessage(V2TIMMessage &message, const V2TIMString &receiver,
                                    const V2TIMString &groupID, V2TIMMessagePriority priority,
                                    bool onlineUserOnly,
                                    const V2TIMOfflinePushInfo &offlinePushInfo,
                                    V2TIMSendCallback *callback) = 0;

    virtual void SetC2CReceiveMessageOpt(const V2TIMStringVector &userIDList,
                                         V2TIMReceiveMessageOpt opt, V2TIMCallback *callback) = 0;
    virtual void GetC2CReceiveMessageOpt(
        const V2TIMStringVector &userIDList,
        V2TIMValueCallback<V2TIMReceiveMessageOptInfoVector> *callback) = 0;
    virtual void SetGroupReceiveMessageOpt(const V2TIMString &groupID, V2TIMReceiveMessageOpt opt,
                                           V2TIMCallback *callback) = 0;

    virtual void GetHistoryMessageList(const V2TIMMessageListGetOption &option,
                                       V2TIMValueCallback<V2TIMMessageVector> *callback) = 0;
    virtual void RevokeMessage(const V2TIMMessage &message, V2TIMCallback *callback) = 0;
    virtual void ModifyMessage(const V2TIMMessage &message,
                               V2TIMCompleteCallback<V2TIMMessage> *callback) = 0;
    /* Messages of one conversation, at most 50. */
    virtual void DeleteMessages(const V2TIMMessageVector &messages, V2TIMCallback *callback) = 0;
    virtual void ClearC2CHistoryMessage(const V2TIMString &userID, V2TIMCallback *callback) = 0;
    virtual void ClearGroupHistoryMessage(const V2TIMString &groupID, V2TIMCallback *callback) = 0;
    virtual V2TIMString InsertGroupMessageToLocalStorage(
        V2TIMMessage &message, const V2TIMString &groupID, const V2TIMString &sender,
        V2TIMValueCallback<V2TIMMessage> *callback) = 0;
    virtual V2TIMString InsertC2CMessageToLocalStorage(
        V2TIMMessage &message, const V2TIMString &userID, const V2TIMString &sender,
        V2TIMValueCallback<V2TIMMessage> *callback) = 0;
    virtual void FindMessages(const V2TIMStringVector &messageIDList,
                              V2TIMValueCallback<V2TIMMessageVector> *callback) = 0;
    virtual void SearchLocalMessages(const V2TIMMessageSearchParam &searchParam,
                                     V2TIMValueCallback<V2TIMMessageSearchResult> *callback) = 0;
    virtual void SendMessageReadReceipts(const V2TIMMessageVector &messageList,
                                         V2TIMCallback *callback) = 0;
    virtual void GetMessageReadReceipts(
        const V2TIMMessageVector &messageList,
        V2TIMValueCallback<V2TIMMessageReceiptVector> *callback) = 0;
    virtual void GetGroupMessageReadMemberList(
        const V2TIMMessage &message, V2TIMGroupMessageReadMembersFilter filter, uint64_t nextSeq,
        uint32_t count, V2TIMValueCallback<V2TIMGroupMessageReadMemberList> *callback) = 0;
    virtual void SetMessageExtensions(
        const V2TIMMessage &message, const V2TIMMessageExtensionVector &extensions,
        V2TIMValueCallback<V2TIMMessageExtensionResultVector> *callback) = 0;
    virtual void GetMessageExtensions(
        const V2TIMMessage &message, V2TIMValueCallback<V2TIMMessageExtensionVector> *callback) = 0;
    virtual void DeleteMessageExtensions(
        const V2TIMMessage &message, const V2TIMStringVector &keys,
        V2TIMValueCallback<V2TIMMessageExtensionResultVector> *callback) = 0;
    virtual void TranslateText(const V2TIMStringVector &sourceTextList,
                               const V2TIMString &sourceLanguage, const V2TIMString &targetLanguage,
                               V2TIMValueCallback<V2TIMStringToV2TIMStringMap> *callback) = 0;
    /* An empty ID marks every C2C (group) conversation read. */
    virtual void MarkC2CMessageAsRead(const V2TIMString &userID, V2TIMCallback *callback) = 0;
    virtual void MarkGroupMessageAsRead(const V2TIMString &groupID, V2TIMCallback *callback) = 0;
    virtual void MarkAllMessageAsRead(V2TIMCallback *callback) = 0;
};

#endif /* TIMCONV_V2TIMMESSAGEMANAGER_H */
