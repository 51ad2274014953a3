package com.tencent.imsdk.v2;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@link V2TIMMessageManager} over the C API. Internal. */
final class V2TIMMessageManagerImpl extends V2TIMMessageManager {
    static final V2TIMMessageManagerImpl INSTANCE = new V2TIMMessageManagerImpl();

    private V2TIMMessageManagerImpl() {}

    private static byte[] utf8(String s) {
        return TIMNative.utf8(s);
    }

    @Override
    public void addAdvancedMsgListener(V2TIMAdvancedMsgListener listener) {
        if (listener != null && !Listeners.MESSAGE.contains(listener)) Listeners.MESSAGE.add(listener);
    }

    @Override
    public void removeAdvancedMsgListener(V2TIMAdvancedMsgListener listener) {
        Listeners.MESSAGE.remove(listener);
    }

    @Override
    public V2TIMMessage createTextMessage(String text) {
        return new V2TIMMessage(new V2TIMTextElem(text == null ? "" : text));
    }

    @Override
    public V2TIMMessage createTextAtMessage(String text, List<String> atUserList) {
        V2TIMMessage message = createTextMessage(text);
        if (atUserList != null) message.setGroupAtUserList(atUserList);
        return message;
    }

    @Override
    public V2TIMMessage createCustomMessage(byte[] data) {
        return createCustomMessage(data, "", null);
    }

    @Override
    public V2TIMMessage createCustomMessage(byte[] data, String description, byte[] extension) {
        return new V2TIMMessage(new V2TIMCustomElem(data, description, extension));
    }

    @Override
    public String sendMessage(V2TIMMessage message, String receiver, String groupID, int priority,
            boolean onlineUserOnly, V2TIMOfflinePushInfo offlinePushInfo, V2TIMSendCallback<V2TIMMessage> callback) {
        TIMNative.Result r = Results.of(callback, json -> {
            message.apply(Json.object(Json.parse(json)));
            return message;
        });
        boolean toUser = receiver != null && !receiver.isEmpty();
        if (message == null || toUser == (groupID != null && !groupID.isEmpty())) {
            Results.fail(r, "a message and exactly one of receiver / groupID are required");
            return null;
        }
        String conv = toUser ? receiver : groupID;
        int type = toUser ? ConversationKey.C2C : ConversationKey.GROUP;
        byte[] id = new byte[128];
        int[] code = {-1}; // stays -1 when an argument cannot be passed
        TIMNative.Result sent = new TIMNative.Result() {
            @Override
            void complete(int c, String desc, String json) {
                if (c != 0) message.setStatus(V2TIMMessage.V2TIM_MSG_STATUS_SEND_FAIL);
                r.complete(c, desc, json);
            }
        };
        Results.submit(sent, () -> code[0] = TIMNative.msgSend(utf8(conv), type,
                utf8(message.toSendJson(priority, onlineUserOnly)), id, sent));
        if (code[0] != 0) return null;
        int n = 0;
        while (n < id.length && id[n] != 0) n++;
        String msgID = new String(id, 0, n, StandardCharsets.UTF_8);
        message.setMsgID(msgID);
        return msgID;
    }

    @Override
    public void getC2CHistoryMessageList(String userID, int count, V2TIMMessage lastMsg,
            V2TIMValueCallback<List<V2TIMMessage>> callback) {
        history(userID, ConversationKey.C2C, count, lastMsg, callback);
    }

    @Override
    public void getGroupHistoryMessageList(String groupID, int count, V2TIMMessage lastMsg,
            V2TIMValueCallback<List<V2TIMMessage>> callback) {
        history(groupID, ConversationKey.GROUP, count, lastMsg, callback);
    }

    private void history(String conv, int type, int count, V2TIMMessage lastMsg,
            V2TIMValueCallback<List<V2TIMMessage>> callback) {
        TIMNative.Result r = Results.of(callback, Results::messages);
        StringBuilder params = new StringBuilder("{\"msg_getmsglist_param_count\":").append(Math.max(0, count));
        if (lastMsg != null) {
            params.append(",\"msg_getmsglist_param_last_msg\":{\"message_msg_id\":")
                    .append(Json.quote(lastMsg.getMsgID())).append('}');
        }
        params.append('}');
        Results.submit(r, () -> TIMNative.msgGetMsgList(utf8(conv), type, utf8(params.toString()), r));
    }

    private static void clean(String target, V2TIMCallback callback) {
        TIMNative.Result r = Results.of(callback);
        Results.submit(r, () -> TIMNative.convCleanUnread(utf8(target), 0, 0, r));
    }

    @Override
    public void markC2CMessageAsRead(String userID, V2TIMCallback callback) {
        clean(userID == null || userID.isEmpty() ? "c2c" : "c2c_" + userID, callback);
    }

    @Override
    public void markGroupMessageAsRead(String groupID, V2TIMCallback callback) {
        clean(groupID == null || groupID.isEmpty() ? "group" : "group_" + groupID, callback);
    }

    @Override
    public void markAllMessageAsRead(V2TIMCallback callback) {
        clean("", callback);
    }

    @Override
    public void clearC2CHistoryMessage(String userID, V2TIMCallback callback) {
        TIMNative.Result r = Results.of(callback);
        Results.submit(r, () -> TIMNative.msgClearHistory(utf8(userID), ConversationKey.C2C, r));
    }

    @Override
    public void clearGroupHistoryMessage(String groupID, V2TIMCallback callback) {
        TIMNative.Result r = Results.of(callback);
        Results.submit(r, () -> TIMNative.msgClearHistory(utf8(groupID), ConversationKey.GROUP, r));
    }

    @Override
    public void setC2CReceiveMessageOpt(List<String> userIDList, int opt, V2TIMCallback callback) {
        TIMNative.Result r = Results.of(callback);
        String users = userIDList == null ? null : Json.strings(userIDList);
        Results.submit(r, () -> TIMNative.msgSetC2CRecvOpt(utf8(users), opt, r));
    }

    @Override
    public void setGroupReceiveMessageOpt(String groupID, int opt, V2TIMCallback callback) {
        TIMNative.Result r = Results.of(callback);
        Results.submit(r, () -> TIMNative.msgSetGroupRecvOpt(utf8(groupID), opt, r));
    }
}
