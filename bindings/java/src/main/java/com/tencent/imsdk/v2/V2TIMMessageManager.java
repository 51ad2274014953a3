package com.tencent.imsdk.v2;

import java.util.List;

/** The message calls a conversation list needs. Callbacks run as described in {@link V2TIMManager}. */
public abstract class V2TIMMessageManager {
    public abstract void addAdvancedMsgListener(V2TIMAdvancedMsgListener listener);

    public abstract void removeAdvancedMsgListener(V2TIMAdvancedMsgListener listener);

    public abstract V2TIMMessage createTextMessage(String text);

    public abstract V2TIMMessage createTextAtMessage(String text, List<String> atUserList);

    public abstract V2TIMMessage createCustomMessage(byte[] data);

    public abstract V2TIMMessage createCustomMessage(byte[] data, String description, byte[] extension);

    /**
     * Sends to {@code receiver} (one-to-one) or {@code groupID}; returns the message ID (null if
     * refused). On success the same message object holds the sent values (ID, seq, time, status).
     * {@code offlinePushInfo} is accepted and not used.
     */
    public abstract String sendMessage(V2TIMMessage message, String receiver, String groupID, int priority,
            boolean onlineUserOnly, V2TIMOfflinePushInfo offlinePushInfo, V2TIMSendCallback<V2TIMMessage> callback);

    /** Local history, newest first, starting before {@code lastMsg} (null: the newest). */
    public abstract void getC2CHistoryMessageList(String userID, int count, V2TIMMessage lastMsg,
            V2TIMValueCallback<List<V2TIMMessage>> callback);

    public abstract void getGroupHistoryMessageList(String groupID, int count, V2TIMMessage lastMsg,
            V2TIMValueCallback<List<V2TIMMessage>> callback);

    /** Marks the conversation read (all one-to-one conversations when {@code userID} is null or ""). */
    public abstract void markC2CMessageAsRead(String userID, V2TIMCallback callback);

    /** Marks the conversation read (all group conversations when {@code groupID} is null or ""). */
    public abstract void markGroupMessageAsRead(String groupID, V2TIMCallback callback);

    public abstract void markAllMessageAsRead(V2TIMCallback callback);

    public abstract void clearC2CHistoryMessage(String userID, V2TIMCallback callback);

    public abstract void clearGroupHistoryMessage(String groupID, V2TIMCallback callback);

    /** Receive option ({@code V2TIMMessage.V2TIM_RECEIVE_MESSAGE} …) for these users (at most 30). */
    public abstract void setC2CReceiveMessageOpt(List<String> userIDList, int opt, V2TIMCallback callback);

    public abstract void setGroupReceiveMessageOpt(String groupID, int opt, V2TIMCallback callback);
}
