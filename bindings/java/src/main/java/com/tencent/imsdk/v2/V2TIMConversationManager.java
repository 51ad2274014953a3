package com.tencent.imsdk.v2;

import java.util.List;

/**
 * Conversations. IDs are {@code c2c_<userID>} and {@code group_<groupID>}. Callbacks run as
 * described in {@link V2TIMManager}.
 */
public abstract class V2TIMConversationManager {
    public abstract void addConversationListener(V2TIMConversationListener listener);

    public abstract void removeConversationListener(V2TIMConversationListener listener);

    /** One page: pass 0 first, then the previous result's next seq, until it is finished. */
    public abstract void getConversationList(long nextSeq, int count,
            V2TIMValueCallback<V2TIMConversationResult> callback);

    /** One conversation; 6004 if it does not exist. */
    public abstract void getConversation(String conversationID, V2TIMValueCallback<V2TIMConversation> callback);

    /** The named conversations that exist (a non-empty list of valid IDs). */
    public abstract void getConversationList(List<String> conversationIDList,
            V2TIMValueCallback<List<V2TIMConversation>> callback);

    public abstract void getConversationListByFilter(V2TIMConversationListFilter filter, long nextSeq, int count,
            V2TIMValueCallback<V2TIMConversationResult> callback);

    /** The 6.5-era form: the page is the filter's next seq and count. */
    public abstract void getConversationListByFilter(V2TIMConversationListFilter filter,
            V2TIMValueCallback<V2TIMConversationResult> callback);

    /** Deletes the conversation and its messages. */
    public abstract void deleteConversation(String conversationID, V2TIMCallback callback);

    public abstract void deleteConversationList(List<String> conversationIDList, boolean clearMessage,
            V2TIMValueCallback<List<V2TIMConversationOperationResult>> callback);

    /** Sets the draft text; null or "" removes the draft. */
    public abstract void setConversationDraft(String conversationID, String draftText, V2TIMCallback callback);

    public abstract void setConversationCustomData(List<String> conversationIDList, String customData,
            V2TIMValueCallback<List<V2TIMConversationOperationResult>> callback);

    public abstract void pinConversation(String conversationID, boolean isPinned, V2TIMCallback callback);

    public abstract void markConversation(List<String> conversationIDList, long markType, boolean enableMark,
            V2TIMValueCallback<List<V2TIMConversationOperationResult>> callback);

    /** The total; afterwards {@code onTotalUnreadMessageCountChanged} reports changes. */
    public abstract void getTotalUnreadMessageCount(V2TIMValueCallback<Long> callback);

    public abstract void getUnreadMessageCountByFilter(V2TIMConversationListFilter filter,
            V2TIMValueCallback<Long> callback);

    public abstract void subscribeUnreadMessageCountByFilter(V2TIMConversationListFilter filter);

    public abstract void unsubscribeUnreadMessageCountByFilter(V2TIMConversationListFilter filter);

    /**
     * Marks messages read: one conversation, {@code "c2c"} (all one-to-one), {@code "group"} (all
     * groups) or {@code ""} (all), up to the timestamp (one-to-one) or sequence (groups); 0 = all.
     */
    public abstract void cleanConversationUnreadMessageCount(String conversationID, long cleanTimestamp,
            long cleanSequence, V2TIMCallback callback);

    public abstract void createConversationGroup(String groupName, List<String> conversationIDList,
            V2TIMValueCallback<List<V2TIMConversationOperationResult>> callback);

    public abstract void getConversationGroupList(V2TIMValueCallback<List<String>> callback);

    public abstract void deleteConversationGroup(String groupName, V2TIMCallback callback);

    public abstract void renameConversationGroup(String oldName, String newName, V2TIMCallback callback);

    public abstract void addConversationsToGroup(String groupName, List<String> conversationIDList,
            V2TIMValueCallback<List<V2TIMConversationOperationResult>> callback);

    public abstract void deleteConversationsFromGroup(String groupName, List<String> conversationIDList,
            V2TIMValueCallback<List<V2TIMConversationOperationResult>> callback);
}
