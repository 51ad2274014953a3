/**
 * @file
 * @brief V2 C++ API: the conversation list (every method of the 8.x class).
 *
 * Conversation IDs are "c2c_<userID>" and "group_<groupID>". Each call answers its callback
 * once, later, on the SDK's worker thread; a malformed conversation ID answers
 * ERR_INVALID_PARAMETERS (6017).
 */
#ifndef TIMCONV_V2TIMCONVERSATIONMANAGER_H
#define TIMCONV_V2TIMCONVERSATIONMANAGER_H

#include "V2TIMCallback.h"
#include "V2TIMConversation.h"
#include "V2TIMDefine.h"
#include "V2TIMListener.h"

/**
 * The conversation list: pages, filters, drafts, pins, marks, custom data, unread counts and
 * conversation groups, all backed by the library's C conversation API (nothing answers 7013).
 * Get it from V2TIMManager::GetConversationManager(); never delete it.
 */
class V2TIMConversationManager {
public:
    /** The manager belongs to the SDK: never delete it. */
    virtual ~V2TIMConversationManager() {}

    /**
     * Adds a listener for conversation events (adding it twice keeps it once). The first call
     * registers the V2 layer's C conversation listeners, which it keeps from then on.
     */
    virtual void AddConversationListener(V2TIMConversationListener *listener) = 0;
    /** Removes a listener; once this returns it is not called again and may be deleted. */
    virtual void RemoveConversationListener(V2TIMConversationListener *listener) = 0;

    /**
     * One page, newest first (pinned first): nextSeq 0 for the first page, then the previous
     * result's nextSeq until isFinished; count 0 means 100.
     */
    virtual void GetConversationList(uint64_t nextSeq, uint32_t count,
                                     V2TIMValueCallback<V2TIMConversationResult> *callback) = 0;
    /** One conversation; ERR_INVALID_CONVERSATION (6004) when it does not exist. */
    virtual void GetConversation(const V2TIMString &conversationID,
                                 V2TIMValueCallback<V2TIMConversation> *callback) = 0;
    /**
     * The named conversations. Unknown conversations are left out of the result; one
     * malformed ID fails the whole call (6017).
     */
    virtual void GetConversationList(const V2TIMStringVector &conversationIDList,
                                     V2TIMValueCallback<V2TIMConversationVector> *callback) = 0;
    /** One page of the conversations that pass filter, paged as GetConversationList. */
    virtual void GetConversationListByFilter(const V2TIMConversationListFilter &filter,
                                             uint64_t nextSeq, uint32_t count,
                                             V2TIMValueCallback<V2TIMConversationResult> *callback) = 0;
    /**
     * Deletes the conversation and its messages (6004 when it does not exist); listeners get
     * OnConversationDeleted.
     */
    virtual void DeleteConversation(const V2TIMString &conversationID, V2TIMCallback *callback) = 0;
    /**
     * Deletes at most 100 conversations, and their messages when clearMessage is true (else a
     * conversation that comes back shows its old history). One result per ID: unknown ones
     * get 6004, malformed ones 6017; the others are still deleted.
     */
    virtual void DeleteConversationList(
        const V2TIMStringVector &conversationIDList, bool clearMessage,
        V2TIMValueCallback<V2TIMConversationOperationResultVector> *callback) = 0;
    /**
     * Sets the draft to draftText (a one-text-element draft stamped with the current time);
     * an empty draftText removes the draft. Setting a draft creates the conversation if
     * needed and moves it to the top.
     */
    virtual void SetConversationDraft(const V2TIMString &conversationID,
                                      const V2TIMString &draftText, V2TIMCallback *callback) = 0;
    /**
     * Sets the custom data of at most 100 conversations; empty customData clears it.
     * customData: at most 256 bytes of UTF-8 text without NUL (else 6017). One result per ID.
     */
    virtual void SetConversationCustomData(
        const V2TIMStringVector &conversationIDList, const V2TIMBuffer &customData,
        V2TIMValueCallback<V2TIMConversationOperationResultVector> *callback) = 0;
    /** Pins the conversation above every unpinned one, or unpins it (6004 when unknown). */
    virtual void PinConversation(const V2TIMString &conversationID, bool isPinned,
                                 V2TIMCallback *callback) = 0;
    /**
     * Sets (enableMark true) or clears the mark bits markType on at most 100 conversations.
     * markType: V2TIMConversationMarkType bits and custom bits 32 to 63, not 0. One result per
     * ID.
     */
    virtual void MarkConversation(
        const V2TIMStringVector &conversationIDList, uint64_t markType, bool enableMark,
        V2TIMValueCallback<V2TIMConversationOperationResultVector> *callback) = 0;
    /**
     * The unread total of every conversation except muted ones (receive options 1 to 3) and
     * AVChatRooms. Also arms OnTotalUnreadMessageCountChanged.
     */
    virtual void GetTotalUnreadMessageCount(V2TIMValueCallback<uint64_t> *callback) = 0;
    /** The unread total of the conversations that pass filter (muted ones excluded). */
    virtual void GetUnreadMessageCountByFilter(const V2TIMConversationListFilter &filter,
                                               V2TIMValueCallback<uint64_t> *callback) = 0;
    /**
     * From now on, OnUnreadMessageCountChangedByFilter reports changes of the unread total
     * under filter (with the filter passed here). Lasts until unsubscribed or UnInitSDK.
     */
    virtual void SubscribeUnreadMessageCountByFilter(const V2TIMConversationListFilter &filter) = 0;
    /** Ends a subscription made with the same filter. */
    virtual void UnsubscribeUnreadMessageCountByFilter(const V2TIMConversationListFilter &filter) = 0;
    /**
     * Marks messages read. conversationID: one conversation, "c2c", "group" or "" (all).
     * C2C conversations are read up to cleanTimestamp (seconds), groups up to cleanSequence;
     * 0 means everything. Listeners get OnConversationChanged with the new counts.
     */
    virtual void CleanConversationUnreadMessageCount(const V2TIMString &conversationID,
                                                     uint64_t cleanTimestamp,
                                                     uint64_t cleanSequence,
                                                     V2TIMCallback *callback) = 0;

    /**
     * Creates the conversation group groupName holding the listed conversations (at least
     * one); an empty name answers 6017. One result per ID.
     */
    virtual void CreateConversationGroup(
        const V2TIMString &groupName, const V2TIMStringVector &conversationIDList,
        V2TIMValueCallback<V2TIMConversationOperationResultVector> *callback) = 0;
    /** The names of the user's conversation groups. */
    virtual void GetConversationGroupList(V2TIMValueCallback<V2TIMStringVector> *callback) = 0;
    /** Deletes a conversation group (its conversations stay). */
    virtual void DeleteConversationGroup(const V2TIMString &groupName, V2TIMCallback *callback) = 0;
    /** Renames a conversation group (newName must not exist yet). */
    virtual void RenameConversationGroup(const V2TIMString &oldName, const V2TIMString &newName,
                                         V2TIMCallback *callback) = 0;
    /** Adds conversations to an existing conversation group. One result per ID. */
    virtual void AddConversationsToGroup(
        const V2TIMString &groupName, const V2TIMStringVector &conversationIDList,
        V2TIMValueCallback<V2TIMConversationOperationResultVector> *callback) = 0;
    /** Removes conversations from a conversation group. One result per ID. */
    virtual void DeleteConversationsFromGroup(
        const V2TIMString &groupName, const V2TIMStringVector &conversationIDList,
        V2TIMValueCallback<V2TIMConversationOperationResultVector> *callback) = 0;
};

#endif /* TIMCONV_V2TIMCONVERSATIONMANAGER_H */
