/**
 * @file
 * @brief V2 C++ API: advanced messages.
 *
 * Creating, sending, history, revoke, delete, clear, read marks, receive options, search and
 * local inserts work; the methods that need a service timconv does not have (modification,
 * receipts, extensions, translation) answer OnError(7013). Without a homeserver messages
 * complete locally (a sent message gets its ID, seq and time at once); with one, a send
 * completes when the server answered (see TIMMsgSendMessage).
 */
#ifndef TIMCONV_V2TIMMESSAGEMANAGER_H
#define TIMCONV_V2TIMMESSAGEMANAGER_H

#include "V2TIMCallback.h"
#include "V2TIMDefine.h"
#include "V2TIMListener.h"
#include "V2TIMMessage.h"

/**
 * Messages: creating, sending, history, revoke, delete, clear, read marks, receive options,
 * search and local inserts. Get it from V2TIMManager::GetMessageManager(); never delete it.
 */
class V2TIMMessageManager {
public:
    /** The manager belongs to the SDK: never delete it. */
    virtual ~V2TIMMessageManager() {}

    /**
     * Adds a message listener (adding it twice keeps it once). The first message listener
     * registers the V2 layer's C message listeners.
     */
    virtual void AddAdvancedMsgListener(V2TIMAdvancedMsgListener *listener) = 0;
    /** Removes a message listener; once this returns it is not called again. */
    virtual void RemoveAdvancedMsgListener(V2TIMAdvancedMsgListener *listener) = 0;

    /**
     * A new message of one text element, to send or insert (created messages have isSelf
     * true and status V2TIM_MSG_STATUS_SENDING).
     */
    virtual V2TIMMessage CreateTextMessage(const V2TIMString &text) = 0;
    /** A new text message that mentions atUserList (kImSDK_MesssageAtALL: everybody). */
    virtual V2TIMMessage CreateTextAtMessage(const V2TIMString &text,
                                             const V2TIMStringVector &atUserList) = 0;
    /** A new message of one custom element holding data. */
    virtual V2TIMMessage CreateCustomMessage(const V2TIMBuffer &data) = 0;
    /** A new message of one custom element with data, description and extension. */
    virtual V2TIMMessage CreateCustomMessage(const V2TIMBuffer &data,
                                             const V2TIMString &description,
                                             const V2TIMString &extension) = 0;
    /** A new image message; the image keeps its local path (nothing is uploaded). */
    virtual V2TIMMessage CreateImageMessage(const V2TIMString &imagePath) = 0;
    /** A new voice message: the file's local path and its length in seconds. */
    virtual V2TIMMessage CreateSoundMessage(const V2TIMString &soundPath, uint32_t duration) = 0;
    /**
     * A new video message: local paths of the video and its snapshot, format, length in
     * seconds.
     */
    virtual V2TIMMessage CreateVideoMessage(const V2TIMString &videoFilePath,
                                            const V2TIMString &type, uint32_t duration,
                                            const V2TIMString &snapshotPath) = 0;
    /** A new file message: the local path and the file's name. */
    virtual V2TIMMessage CreateFileMessage(const V2TIMString &filePath,
                                           const V2TIMString &fileName) = 0;
    /** A new location message. */
    virtual V2TIMMessage CreateLocationMessage(const V2TIMString &desc, double longitude,
                                               double latitude) = 0;
    /** A new emoji message: the emoji's index and custom data. */
    virtual V2TIMMessage CreateFaceMessage(uint32_t index, const V2TIMBuffer &data) = 0;
    /**
     * A new merged-messages message holding title and abstractList; messageList and
     * compatibleText are not kept (there is no server to fetch the merged messages from).
     */
    virtual V2TIMMessage CreateMergerMessage(const V2TIMMessageVector &messageList,
                                             const V2TIMString &title,
                                             const V2TIMStringVector &abstractList,
                                             const V2TIMString &compatibleText) = 0;
    /** A new message with copies of message's elements, to forward. */
    virtual V2TIMMessage CreateForwardMessage(const V2TIMMessage &message) = 0;
    /** A copy of message: timconv delivers to nobody, so receiverList has nothing to limit. */
    virtual V2TIMMessage CreateTargetedGroupMessage(const V2TIMMessage &message,
                                                    const V2TIMStringVector &receiverList) = 0;
    /** A copy of message that mentions atUserList. */
    virtual V2TIMMessage CreateAtSignedGroupMessage(const V2TIMMessage &message,
                                                    const V2TIMStringVector &atUserList) = 0;

    /**
     * Sends message: receiver for C2C, groupID for a group (the other ""). Returns the message
     * ID (also set in message.msgID), or "" when the call is refused (the callback then gets
     * OnError). The message completes locally; the callback gets it as stored. onlineUserOnly:
     * not stored and not counted. Of offlinePushInfo, desc, ext and disablePush are stored.
     * Custom data must be UTF-8 text and group notifications cannot be sent (else 6017).
     */
    virtual V2TIMString SendMessage(V2TIMMessage &message, const V2TIMString &receiver,
                                    const V2TIMString &groupID, V2TIMMessagePriority priority,
                                    bool onlineUserOnly,
                                    const V2TIMOfflinePushInfo &offlinePushInfo,
                                    V2TIMSendCallback *callback) = 0;

    /**
     * Sets the receive option of the C2C conversations with these users (at most 30; the
     * conversations need not exist yet).
     */
    virtual void SetC2CReceiveMessageOpt(const V2TIMStringVector &userIDList,
                                         V2TIMReceiveMessageOpt opt, V2TIMCallback *callback) = 0;
    /** The receive options of the C2C conversations with these users. */
    virtual void GetC2CReceiveMessageOpt(
        const V2TIMStringVector &userIDList,
        V2TIMValueCallback<V2TIMReceiveMessageOptInfoVector> *callback) = 0;
    /** Sets the receive option of a group conversation. */
    virtual void SetGroupReceiveMessageOpt(const V2TIMString &groupID, V2TIMReceiveMessageOpt opt,
                                           V2TIMCallback *callback) = 0;

    /**
     * A page of a conversation's stored messages (see V2TIMMessageListGetOption); neither
     * userID nor groupID set answers 6017.
     */
    virtual void GetHistoryMessageList(const V2TIMMessageListGetOption &option,
                                       V2TIMValueCallback<V2TIMMessageVector> *callback) = 0;
    /**
     * Revokes a stored message: the user's own within 2 minutes, in groups also others'. It
     * needs msgID and userID or groupID (else 6017); its status becomes
     * V2TIM_MSG_STATUS_LOCAL_REVOKED.
     */
    virtual void RevokeMessage(const V2TIMMessage &message, V2TIMCallback *callback) = 0;
    /** Answers OnComplete(7013) with an empty message: timconv has no message modification. */
    virtual void ModifyMessage(const V2TIMMessage &message,
                               V2TIMCompleteCallback<V2TIMMessage> *callback) = 0;
    /** Deletes stored messages: of one conversation, at most 50, each with a msgID (else 6017). */
    virtual void DeleteMessages(const V2TIMMessageVector &messages, V2TIMCallback *callback) = 0;
    /** Deletes every message of the C2C conversation with userID (the conversation stays). */
    virtual void ClearC2CHistoryMessage(const V2TIMString &userID, V2TIMCallback *callback) = 0;
    /** Deletes every message of the group conversation (the conversation stays). */
    virtual void ClearGroupHistoryMessage(const V2TIMString &groupID, V2TIMCallback *callback) = 0;
    /**
     * Stores message in the group conversation as sent by sender ("": the user) now, with a new
     * ID, without counting it as unread. Returns the ID (also set in message.msgID), or ""
     * when refused; the callback gets the stored message.
     */
    virtual V2TIMString InsertGroupMessageToLocalStorage(
        V2TIMMessage &message, const V2TIMString &groupID, const V2TIMString &sender,
        V2TIMValueCallback<V2TIMMessage> *callback) = 0;
    /** Stores message in the C2C conversation with userID, as InsertGroupMessageToLocalStorage. */
    virtual V2TIMString InsertC2CMessageToLocalStorage(
        V2TIMMessage &message, const V2TIMString &userID, const V2TIMString &sender,
        V2TIMValueCallback<V2TIMMessage> *callback) = 0;
    /** Stored messages by ID, in any conversation, in the order asked (unknown IDs left out). */
    virtual void FindMessages(const V2TIMStringVector &messageIDList,
                              V2TIMValueCallback<V2TIMMessageVector> *callback) = 0;
    /**
     * Searches the user's stored messages (see V2TIMMessageSearchParam); revoked ones are left
     * out. A malformed conversationID answers 6017.
     */
    virtual void SearchLocalMessages(const V2TIMMessageSearchParam &searchParam,
                                     V2TIMValueCallback<V2TIMMessageSearchResult> *callback) = 0;
    /** Answers 7013: timconv has no read receipts. */
    virtual void SendMessageReadReceipts(const V2TIMMessageVector &messageList,
                                         V2TIMCallback *callback) = 0;
    /** Answers 7013: timconv has no read receipts. */
    virtual void GetMessageReadReceipts(
        const V2TIMMessageVector &messageList,
        V2TIMValueCallback<V2TIMMessageReceiptVector> *callback) = 0;
    /** Answers 7013: timconv has no read receipts. */
    virtual void GetGroupMessageReadMemberList(
        const V2TIMMessage &message, V2TIMGroupMessageReadMembersFilter filter, uint64_t nextSeq,
        uint32_t count, V2TIMValueCallback<V2TIMGroupMessageReadMemberList> *callback) = 0;
    /** Answers 7013: timconv has no message extensions. */
    virtual void SetMessageExtensions(
        const V2TIMMessage &message, const V2TIMMessageExtensionVector &extensions,
        V2TIMValueCallback<V2TIMMessageExtensionResultVector> *callback) = 0;
    /** Answers 7013: timconv has no message extensions. */
    virtual void GetMessageExtensions(
        const V2TIMMessage &message, V2TIMValueCallback<V2TIMMessageExtensionVector> *callback) = 0;
    /** Answers 7013: timconv has no message extensions. */
    virtual void DeleteMessageExtensions(
        const V2TIMMessage &message, const V2TIMStringVector &keys,
        V2TIMValueCallback<V2TIMMessageExtensionResultVector> *callback) = 0;
    /** Answers 7013: timconv has no translation service. */
    virtual void TranslateText(const V2TIMStringVector &sourceTextList,
                               const V2TIMString &sourceLanguage, const V2TIMString &targetLanguage,
                               V2TIMValueCallback<V2TIMStringToV2TIMStringMap> *callback) = 0;
    /** Marks the C2C conversation with userID read; an empty ID marks every C2C conversation. */
    virtual void MarkC2CMessageAsRead(const V2TIMString &userID, V2TIMCallback *callback) = 0;
    /** Marks the group conversation read; an empty ID marks every group conversation. */
    virtual void MarkGroupMessageAsRead(const V2TIMString &groupID, V2TIMCallback *callback) = 0;
    /** Marks every conversation read. */
    virtual void MarkAllMessageAsRead(V2TIMCallback *callback) = 0;
};

#endif /* TIMCONV_V2TIMMESSAGEMANAGER_H */
