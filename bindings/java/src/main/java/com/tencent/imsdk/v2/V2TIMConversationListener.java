package com.tencent.imsdk.v2;

import java.util.List;

/**
 * Conversation events; override the ones you need. They run on the SDK's callback thread (see
 * {@link V2TIMManager}), in the order the changes happened.
 */
public abstract class V2TIMConversationListener {
    /** After login, before the local data is loaded. */
    public void onSyncServerStart() {}

    /** After login, once the local data is loaded. */
    public void onSyncServerFinish() {}

    /** Never called: there is no server sync that could fail. */
    public void onSyncServerFailed() {}

    public void onNewConversation(List<V2TIMConversation> conversationList) {}

    public void onConversationChanged(List<V2TIMConversation> conversationList) {}

    public void onConversationDeleted(List<String> conversationIDList) {}

    /** Called once {@code getTotalUnreadMessageCount} was called, when the total changes. */
    public void onTotalUnreadMessageCountChanged(long totalUnreadCount) {}

    /** For filters subscribed with {@code subscribeUnreadMessageCountByFilter}. */
    public void onUnreadMessageCountChangedByFilter(V2TIMConversationListFilter filter, long totalUnreadCount) {}

    public void onConversationGroupCreated(String groupName, List<V2TIMConversation> conversationList) {}

    public void onConversationGroupDeleted(String groupName) {}

    public void onConversationGroupNameChanged(String oldName, String newName) {}

    public void onConversationsAddedToGroup(String groupName, List<V2TIMConversation> conversationList) {}

    /** The SDK calls this form; by default it calls the two-argument one. */
    public void onConversationsDeletedFromGroup(String groupName, List<V2TIMConversation> conversationList, int reason) {
        onConversationsDeletedFromGroup(groupName, conversationList);
    }

    public void onConversationsDeletedFromGroup(String groupName, List<V2TIMConversation> conversationList) {}
}
