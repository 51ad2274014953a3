/*
 * V2 C++ API: the conversation list (every method of the 8.x class). Conversation IDs are
 * "c2c_<userID>" and "group_<groupID>". Each call answers its callback once, later, on the
 * SDK's worker thread; a malformed conversation ID answers ERR_INVALID_PARAMETERS (6017).
 */
#ifndef TIMCONV_V2TIMCONVERSATIONMANAGER_H
#define TIMCONV_V2TIMCONVERSATIONMANAGER_H

#include "V2TIMCallback.h"
#include "V2TIMConversation.h"
#include "V2TIMDefine.h"
#include "V2TIMListener.h"

class V2TIMConversationManager {
public:
    virtual ~V2TIMConversationManager() {}

    virtual void AddConversationListener(V2TIMConversationListener *listener) = 0;
    virtual void RemoveConversationListener(V2TIMConversationListener *listener) = 0;

    /* One page, newest first (pinned first): nextSeq 0 for the first page, then the previous
     * result's nextSeq until isFinished; count 0 means 100. */
    virtual void GetConversationList(uint64_t nextSeq, uint32_t count,
                                     V2TIMValueCallback<V2TIMConversationResult> *callback) = 0;
    /* ERR_INVALID_CONVERSATION (6004) when the conversation does not exist. */
    virtual void GetConversation(const V2TIMString &conversationID,
                                 V2TIMValueCallback<V2TIMConversation> *callback) = 0;
    /* Unknown conversations are left out of the result. */
    virtual void GetConversationList(const V2TIMStringVector &conversationIDList,
                                     V2TIMValueCallback<V2TIMConversationVector> *callback) = 0;
    virtual void GetConversationListByFilter(const V2TIMConversationListFilter &filter,
                                             uint64_t nextSeq, uint32_t count,
                                             V2TIMValueCallback<V2TIMConversationResult> *callback) = 0;
    /* Deletes the conversation and its messages. */
    virtual void DeleteConversation(const V2TIMString &conversationID, V2TIMCallback *callback) = 0;
    virtual void DeleteConversationList(
        const V2TIMStringVector &conversationIDList, bool clearMessage,
        V2TIMValueCallback<V2TIMConversationOperationResultVector> *callback) = 0;
    /* An empty draftText removes the draft. */
    virtual void SetConversationDraft(const V2TIMString &conversationID,
                                      const V2TIMString &draftText, V2TIMCallback *callback) = 0;
    /* customData: at most 256 bytes of UTF-8 text without NUL (else 6017). */
    virtual void SetConversationCustomData(
        const V2TIMStringVector &conversationIDList, const V2TIMBuffer &customData,
        V2TIMValueCallback<V2TIMConversationOperationResultVector> *callback) = 0;
    virtual void PinConversation(const V2TIMString &conversationID, bool isPinned,
                                 V2TIMCallback *callback) = 0;
    virtual void MarkConversation(
        const V2TIMStringVector &conversationIDList, uint64_t markType, bool enableMark,
        V2TIMValueCallback<V2TIMConversationOperationResultVector> *callback) = 0;
    /* Also arms OnTotalUnreadMessageCountChanged. */
    virtual void GetTotalUnreadMessageCount(V2TIMValueCallback<uint64_t> *callback) = 0;
    virtual void GetUnreadMessageCountByFilter(const V2TIMConversationListFilter &filter,
                                               V2TIMValueCallback<uint64_t> *callback) = 0;
    virtual void SubscribeUnreadMessageCountByFilter(const V2TIMConversationListFilter &filter) = 0;
    virtual void UnsubscribeUnreadMessageCountByFilter(const V2TIMConversationListFilter &filter) = 0;
    /* conversationID: one conversation, "c2c", "group" or "" (all). */
    virtual void CleanConversationUnreadMessageCount(const V2TIMString &conversationID,
                                                     uint64_t cleanTimestamp,
                                                     uint64_t cleanSequence,
                                                     V2TIMCallback *callback) = 0;

    virtual void CreateConversationGroup(
        const V2TIMString &groupName, const V2TIMStringVector &conversationIDList,
        V2TIMValueCallback<V2TIMConversationOperationResultVector> *callback) = 0;
    virtual void GetConversationGroupList(V2TIMValueCallback<V2TIMStringVector> *callback) = 0;
    virtual void DeleteConversationGroup(const V2TIMString &groupName, V2TIMCallback *callback) = 0;
    virtual void RenameConversationGroup(const V2TIMString &oldName, const V2TIMString &newName,
                                         V2TIMCallback *callback) = 0;
    virtual void AddConversationsToGroup(
        const V2TIMString &groupName, const V2TIMStringVector &conversationIDList,
        V2TIMValueCallback<V2TIMConversationOperationResultVector> *callback) = 0;
    virtual void DeleteConversationsFromGroup(
        const V2TIMString &groupName, const V2TIMStringVector &conversationIDList,
        V2TIMValueCallback<V2TIMConversationOperationResultVector> *callback) = 0;
};

#endif /* TIMCONV_V2TIMCONVERSATIONMANAGER_H */
