package com.tencent.imsdk.v2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** The registered listeners, and the fan-out of the library's listener calls to them. Internal. */
final class Listeners {
    static final List<V2TIMConversationListener> CONVERSATION = new CopyOnWriteArrayList<>();
    static final List<V2TIMAdvancedMsgListener> MESSAGE = new CopyOnWriteArrayList<>();

    private static final int CONV_ADD = 0;
    private static final int CONV_DEL = 1;
    private static final int CONV_UPDATE = 2;
    private static final int CONV_SYNC_START = 3;
    private static final int CONV_SYNC_FINISH = 4;

    private Listeners() {}

    static void dispatch(int kind, int code, String a, String b) {
        switch (kind) {
            case TIMNative.EVENT_CONV: conversationEvent(code, a); break;
            case TIMNative.EVENT_TOTAL_UNREAD:
                each(l -> l.onTotalUnreadMessageCountChanged(code));
                break;
            case TIMNative.EVENT_UNREAD_BY_FILTER: {
                V2TIMConversationListFilter filter = V2TIMConversationListFilter.fromJson(a);
                each(l -> l.onUnreadMessageCountChangedByFilter(filter, code));
                break;
            }
            case TIMNative.EVENT_GROUP_CREATED: {
                List<V2TIMConversation> list = Results.conversations(b);
                each(l -> l.onConversationGroupCreated(a, list));
                break;
            }
            case TIMNative.EVENT_GROUP_DELETED: each(l -> l.onConversationGroupDeleted(a)); break;
            case TIMNative.EVENT_GROUP_RENAMED: each(l -> l.onConversationGroupNameChanged(a, b)); break;
            case TIMNative.EVENT_GROUP_ADDED: {
                List<V2TIMConversation> list = Results.conversations(b);
                each(l -> l.onConversationsAddedToGroup(a, list));
                break;
            }
            case TIMNative.EVENT_GROUP_REMOVED: {
                List<V2TIMConversation> list = Results.conversations(b);
                each(l -> l.onConversationsDeletedFromGroup(a, list, code));
                break;
            }
            case TIMNative.EVENT_NEW_MESSAGES:
                for (V2TIMMessage m : messagesFor(a)) eachMessage(l -> l.onRecvNewMessage(m));
                break;
            case TIMNative.EVENT_MESSAGES_UPDATED:
                for (V2TIMMessage m : messagesFor(a)) eachMessage(l -> l.onRecvMessageModified(m));
                break;
            default:
                break;
        }
    }

    private static void conversationEvent(int event, String json) {
        if (CONVERSATION.isEmpty()) return;
        switch (event) {
            case CONV_SYNC_START: each(V2TIMConversationListener::onSyncServerStart); break;
            case CONV_SYNC_FINISH: each(V2TIMConversationListener::onSyncServerFinish); break;
            case CONV_ADD: {
                List<V2TIMConversation> list = Results.conversations(json);
                each(l -> l.onNewConversation(list));
                break;
            }
            case CONV_UPDATE: {
                List<V2TIMConversation> list = Results.conversations(json);
                each(l -> l.onConversationChanged(list));
                break;
            }
            case CONV_DEL: {
                List<String> ids = new ArrayList<>();
                for (Object o : Json.array(Json.parse(json))) {
                    Map<String, Object> c = Json.object(o);
                    ids.add(ConversationKey.conversationID(Json.string(c, "conv_id"), (int) Json.number(c, "conv_type")));
                }
                each(l -> l.onConversationDeleted(ids));
                break;
            }
            default:
                break;
        }
    }

    private static List<V2TIMMessage> messagesFor(String json) {
        return MESSAGE.isEmpty() ? new ArrayList<>() : Results.messages(json);
    }

    private interface Call<L> {
        void on(L listener);
    }

    private static void each(Call<V2TIMConversationListener> call) {
        for (V2TIMConversationListener l : CONVERSATION) Results.guard(() -> call.on(l));
    }

    private static void eachMessage(Call<V2TIMAdvancedMsgListener> call) {
        for (V2TIMAdvancedMsgListener l : MESSAGE) Results.guard(() -> call.on(l));
    }
}
