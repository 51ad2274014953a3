package com.tencent.imsdk.v2;

import java.util.ArrayList;
import java.util.List;

/** {@link V2TIMConversationManager} over the C API. Internal. */
final class V2TIMConversationManagerImpl extends V2TIMConversationManager {
    static final V2TIMConversationManagerImpl INSTANCE = new V2TIMConversationManagerImpl();

    private V2TIMConversationManagerImpl() {}

    private static byte[] utf8(String s) {
        return TIMNative.utf8(s);
    }

    // The C API's GetConversationListParam array for these IDs, or null if one is not an ID.
    private static String infoParams(List<String> conversationIDList) {
        StringBuilder out = new StringBuilder("[");
        for (String conversationID : conversationIDList) {
            ConversationKey key = ConversationKey.parse(conversationID);
            if (key == null) return null;
            if (out.length() > 1) out.append(',');
            out.append("{\"get_conversation_list_param_conv_id\":").append(Json.quote(key.id))
                    .append(",\"get_conversation_list_param_conv_type\":").append(key.type).append('}');
        }
        return out.append(']').toString();
    }

    @Override
    public void addConversationListener(V2TIMConversationListener listener) {
        if (listener != null && !Listeners.CONVERSATION.contains(listener)) Listeners.CONVERSATION.add(listener);
    }

    @Override
    public void removeConversationListener(V2TIMConversationListener listener) {
        Listeners.CONVERSATION.remove(listener);
    }

    @Override
    public void getConversationList(long nextSeq, int count, V2TIMValueCallback<V2TIMConversationResult> callback) {
        getConversationListByFilter(new V2TIMConversationListFilter(), nextSeq, count, callback);
    }

    @Override
    public void getConversation(String conversationID, V2TIMValueCallback<V2TIMConversation> callback) {
        List<String> one = new ArrayList<>();
        one.add(conversationID);
        getConversationList(one, new V2TIMValueCallback<List<V2TIMConversation>>() {
            @Override
            public void onSuccess(List<V2TIMConversation> list) {
                if (callback == null) return;
                if (list.isEmpty()) callback.onError(Results.ERR_INVALID_CONVERSATION, "no conversation " + conversationID);
                else callback.onSuccess(list.get(0));
            }

            @Override
            public void onError(int code, String desc) {
                if (callback != null) callback.onError(code, desc);
            }
        });
    }

    @Override
    public void getConversationList(List<String> conversationIDList,
            V2TIMValueCallback<List<V2TIMConversation>> callback) {
        TIMNative.Result r = Results.of(callback, Results::conversations);
        String params = conversationIDList == null || conversationIDList.isEmpty() ? null : infoParams(conversationIDList);
        if (params == null) {
            Results.fail(r, "conversationIDList must be a non-empty list of c2c_/group_ IDs");
            return;
        }
        Results.submit(r, () -> TIMNative.convGetConvInfo(utf8(params), r));
    }

    @Override
    public void getConversationListByFilter(V2TIMConversationListFilter filter, long nextSeq, int count,
            V2TIMValueCallback<V2TIMConversationResult> callback) {
        TIMNative.Result r = Results.of(callback, json -> new V2TIMConversationResult(Json.object(Json.parse(json))));
        if (filter == null || count < 0) {
            Results.fail(r, "a filter and a count >= 0 are required");
            return;
        }
        Results.submit(r, () -> TIMNative.convGetListByFilter(utf8(filter.toJson()), nextSeq, count, r));
    }

    @Override
    public void getConversationListByFilter(V2TIMConversationListFilter filter,
            V2TIMValueCallback<V2TIMConversationResult> callback) {
        getConversationListByFilter(filter, filter == null ? 0 : filter.getNextSeq(),
                filter == null ? 0 : filter.getCount(), callback);
    }

    @Override
    public void deleteConversation(String conversationID, V2TIMCallback callback) {
        TIMNative.Result r = Results.of(callback);
        ConversationKey key = ConversationKey.parse(conversationID);
        if (key == null) {
            Results.fail(r, "invalid conversationID");
            return;
        }
        Results.submit(r, () -> TIMNative.convDelete(utf8(key.id), key.type, r));
    }

    @Override
    public void deleteConversationList(List<String> conversationIDList, boolean clearMessage,
            V2TIMValueCallback<List<V2TIMConversationOperationResult>> callback) {
        TIMNative.Result r = Results.of(callback, Results::operations);
        String ids = ConversationKey.idArray(conversationIDList);
        Results.submit(r, () -> TIMNative.convDeleteList(utf8(ids), clearMessage, r));
    }

    @Override
    public void setConversationDraft(String conversationID, String draftText, V2TIMCallback callback) {
        TIMNative.Result r = Results.of(callback);
        ConversationKey key = ConversationKey.parse(conversationID);
        if (key == null) {
            Results.fail(r, "invalid conversationID");
            return;
        }
        int code;
        try {
            if (draftText == null || draftText.isEmpty()) {
                code = TIMNative.convCancelDraft(utf8(key.id), key.type);
            } else {
                String draft = "{\"draft_msg\":{\"message_elem_array\":[{\"elem_type\":0,\"text_elem_content\":"
                        + Json.quote(draftText) + "}]},\"draft_edit_time\":" + (System.currentTimeMillis() / 1000) + "}";
                code = TIMNative.convSetDraft(utf8(key.id), key.type, utf8(draft));
            }
        } catch (IllegalArgumentException e) {
            Results.fail(r, e.getMessage());
            return;
        }
        if (code != 0) {
            r.complete(Results.refused(code), "refused by the SDK (TIMResult " + code + ")", "");
            return;
        }
        // The C call is synchronous and applied in order; a query queued behind it completes once
        // it is applied, on the callback thread like every other completion.
        Results.submit(r, () -> TIMNative.convGetTotalUnread(r));
    }

    @Override
    public void setConversationCustomData(List<String> conversationIDList, String customData,
            V2TIMValueCallback<List<V2TIMConversationOperationResult>> callback) {
        TIMNative.Result r = Results.of(callback, Results::operations);
        String ids = ConversationKey.idArray(conversationIDList);
        Results.submit(r, () -> TIMNative.convSetCustomData(utf8(ids), utf8(customData == null ? "" : customData), r));
    }

    @Override
    public void pinConversation(String conversationID, boolean isPinned, V2TIMCallback callback) {
        TIMNative.Result r = Results.of(callback);
        ConversationKey key = ConversationKey.parse(conversationID);
        if (key == null) {
            Results.fail(r, "invalid conversationID");
            return;
        }
        Results.submit(r, () -> TIMNative.convPin(utf8(key.id), key.type, isPinned, r));
    }

    @Override
    public void markConversation(List<String> conversationIDList, long markType, boolean enableMark,
            V2TIMValueCallback<List<V2TIMConversationOperationResult>> callback) {
        TIMNative.Result r = Results.of(callback, Results::operations);
        String ids = ConversationKey.idArray(conversationIDList);
        Results.submit(r, () -> TIMNative.convMark(utf8(ids), markType, enableMark, r));
    }

    @Override
    public void getTotalUnreadMessageCount(V2TIMValueCallback<Long> callback) {
        TIMNative.Result r = Results.of(callback, Results::unreadCount);
        Results.submit(r, () -> TIMNative.convGetTotalUnread(r));
    }

    @Override
    public void getUnreadMessageCountByFilter(V2TIMConversationListFilter filter, V2TIMValueCallback<Long> callback) {
        TIMNative.Result r = Results.of(callback, Results::unreadCount);
        if (filter == null) {
            Results.fail(r, "a filter is required");
            return;
        }
        Results.submit(r, () -> TIMNative.convGetUnreadByFilter(utf8(filter.toJson()), r));
    }

    @Override
    public void subscribeUnreadMessageCountByFilter(V2TIMConversationListFilter filter) {
        if (filter != null) TIMNative.convSubscribeUnreadByFilter(utf8(filter.toJson()));
    }

    @Override
    public void unsubscribeUnreadMessageCountByFilter(V2TIMConversationListFilter filter) {
        if (filter != null) TIMNative.convUnsubscribeUnreadByFilter(utf8(filter.toJson()));
    }

    @Override
    public void cleanConversationUnreadMessageCount(String conversationID, long cleanTimestamp, long cleanSequence,
            V2TIMCallback callback) {
        TIMNative.Result r = Results.of(callback);
        Results.submit(r, () -> TIMNative.convCleanUnread(utf8(conversationID == null ? "" : conversationID),
                cleanTimestamp, cleanSequence, r));
    }

    @Override
    public void createConversationGroup(String groupName, List<String> conversationIDList,
            V2TIMValueCallback<List<V2TIMConversationOperationResult>> callback) {
        TIMNative.Result r = Results.of(callback, Results::operations);
        String ids = ConversationKey.idArray(conversationIDList);
        Results.submit(r, () -> TIMNative.convGroupCreate(utf8(groupName), utf8(ids), r));
    }

    @Override
    public void getConversationGroupList(V2TIMValueCallback<List<String>> callback) {
        TIMNative.Result r = Results.of(callback, json -> {
            List<String> names = new ArrayList<>();
            for (Object o : Json.array(Json.parse(json))) names.add((String) o);
            return names;
        });
        Results.submit(r, () -> TIMNative.convGroupList(r));
    }

    @Override
    public void deleteConversationGroup(String groupName, V2TIMCallback callback) {
        TIMNative.Result r = Results.of(callback);
        Results.submit(r, () -> TIMNative.convGroupDelete(utf8(groupName), r));
    }

    @Override
    public void renameConversationGroup(String oldName, String newName, V2TIMCallback callback) {
        TIMNative.Result r = Results.of(callback);
        Results.submit(r, () -> TIMNative.convGroupRename(utf8(oldName), utf8(newName), r));
    }

    @Override
    public void addConversationsToGroup(String groupName, List<String> conversationIDList,
            V2TIMValueCallback<List<V2TIMConversationOperationResult>> callback) {
        TIMNative.Result r = Results.of(callback, Results::operations);
        String ids = ConversationKey.idArray(conversationIDList);
        Results.submit(r, () -> TIMNative.convGroupAdd(utf8(groupName), utf8(ids), r));
    }

    @Override
    public void deleteConversationsFromGroup(String groupName, List<String> conversationIDList,
            V2TIMValueCallback<List<V2TIMConversationOperationResult>> callback) {
        TIMNative.Result r = Results.of(callback, Results::operations);
        String ids = ConversationKey.idArray(conversationIDList);
        Results.submit(r, () -> TIMNative.convGroupRemove(utf8(groupName), utf8(ids), r));
    }
}
