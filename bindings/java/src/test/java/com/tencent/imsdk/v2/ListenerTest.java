package com.tencent.imsdk.v2;

import static com.tencent.imsdk.v2.Sdk.c2c;
import static com.tencent.imsdk.v2.Sdk.conversations;
import static com.tencent.imsdk.v2.Sdk.freshUser;
import static com.tencent.imsdk.v2.Sdk.group;
import static com.tencent.imsdk.v2.Sdk.ids;
import static com.tencent.imsdk.v2.Sdk.list;
import static com.tencent.imsdk.v2.Sdk.messages;
import static com.tencent.imsdk.v2.Sdk.receive;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V2TIMConversationListener and V2TIMAdvancedMsgListener. A call's listener events run before
 * its completion, so they are all recorded once the call's callback has run.
 */
class ListenerTest {
    /** Records every listener call as text, and the threads they ran on. */
    static final class Recorder extends V2TIMConversationListener {
        final List<String> events = Collections.synchronizedList(new ArrayList<>());
        final Set<Thread> threads = Collections.synchronizedSet(new HashSet<>());

        private void add(String event) {
            threads.add(Thread.currentThread());
            events.add(event);
        }

        /** The events so far, cleared. */
        List<String> takeAll() {
            synchronized (events) {
                List<String> out = new ArrayList<>(events);
                events.clear();
                return out;
            }
        }

        /** The events so far without the total-unread ones (armed once per init, they come and go). */
        List<String> take() {
            List<String> out = takeAll();
            out.removeIf(e -> e.startsWith("total:"));
            return out;
        }

        @Override public void onSyncServerStart() { add("syncStart"); }
        @Override public void onSyncServerFinish() { add("syncFinish"); }
        @Override public void onNewConversation(List<V2TIMConversation> l) { add("new:" + ids(l)); }
        @Override public void onConversationChanged(List<V2TIMConversation> l) {
            List<String> out = new ArrayList<>();
            for (V2TIMConversation c : l) out.add(c.getConversationID() + "=" + c.getUnreadCount());
            add("changed:" + out);
        }
        @Override public void onConversationDeleted(List<String> l) { add("deleted:" + l); }
        @Override public void onTotalUnreadMessageCountChanged(long n) { add("total:" + n); }
        @Override public void onUnreadMessageCountChangedByFilter(V2TIMConversationListFilter f, long n) {
            add("byFilter:" + f.getConversationType() + ":" + n);
        }
        @Override public void onConversationGroupCreated(String g, List<V2TIMConversation> l) { add("groupCreated:" + g + ids(l)); }
        @Override public void onConversationGroupDeleted(String g) { add("groupDeleted:" + g); }
        @Override public void onConversationGroupNameChanged(String a, String b) { add("groupRenamed:" + a + ">" + b); }
        @Override public void onConversationsAddedToGroup(String g, List<V2TIMConversation> l) { add("added:" + g + ids(l)); }
        @Override public void onConversationsDeletedFromGroup(String g, List<V2TIMConversation> l) { add("removed:" + g + ids(l)); }
    }

    private final Recorder recorder = new Recorder();

    @BeforeEach
    void listen() {
        Sdk.init();
        conversations().addConversationListener(recorder);
    }

    @AfterEach
    void stop() {
        conversations().removeConversationListener(recorder);
    }

    private static void ok(java.util.function.Consumer<V2TIMCallback> call) {
        Await<Void> done = new Await<>();
        call.accept(done);
        done.ok();
    }

    @Test
    void conversationEventsInOrder() {
        freshUser();
        assertEquals(list("syncStart", "syncFinish"), recorder.take());
        receive(c2c("a", "1"));
        assertEquals(list("new:[c2c_a]"), recorder.take());
        receive(c2c("a", "2"), group("g", "x", "3"));
        assertEquals(list("changed:[c2c_a=2]", "new:[group_g]"), sorted(recorder.take()));
        ok(cb -> conversations().cleanConversationUnreadMessageCount("c2c_a", 0, 0, cb));
        assertEquals(list("changed:[c2c_a=0]"), recorder.take());
        ok(cb -> conversations().deleteConversation("c2c_a", cb));
        assertEquals(list("deleted:[c2c_a]"), recorder.take());
    }

    private static List<String> totals(List<String> events) {
        List<String> out = new ArrayList<>(events);
        out.removeIf(e -> !e.startsWith("total:"));
        return out;
    }

    private static List<String> sorted(List<String> items) {
        List<String> out = new ArrayList<>(items);
        Collections.sort(out);
        return out;
    }

    @Test
    void totalUnreadAfterTheFirstQuery() {
        freshUser();
        recorder.take();
        receive(c2c("t", "1"));
        Await<Long> total = new Await<>();
        conversations().getTotalUnreadMessageCount(total);
        assertEquals(1L, total.value());
        recorder.take();
        receive(c2c("t", "2"));
        assertEquals(list("total:2"), totals(recorder.takeAll()));
        ok(cb -> messages().markC2CMessageAsRead("t", cb));
        assertEquals(list("total:0"), totals(recorder.takeAll()));
        receive(Sdk.message("t", 1, "t", "3", ",\"message_is_excluded_from_unread_count\":true"));
        assertEquals(list(), totals(recorder.takeAll()), "no change, no call");
    }

    @Test
    void unreadByFilterSubscriptions() {
        freshUser();
        V2TIMConversationListFilter groups = new V2TIMConversationListFilter();
        groups.setConversationType(V2TIMConversation.V2TIM_GROUP);
        conversations().subscribeUnreadMessageCountByFilter(groups);
        try {
            recorder.take();
            receive(group("s", "x", "1"));
            assertTrue(recorder.take().contains("byFilter:2:1"));
            receive(c2c("c", "1"));
            assertTrue(recorder.take().stream().noneMatch(e -> e.startsWith("byFilter:")));
        } finally {
            conversations().unsubscribeUnreadMessageCountByFilter(groups);
        }
        receive(group("s", "x", "2"));
        assertTrue(recorder.take().stream().noneMatch(e -> e.startsWith("byFilter:")));
    }

    @Test
    void conversationGroupEvents() {
        freshUser();
        receive(c2c("a", "1"), c2c("b", "2"));
        recorder.take();
        Await<List<V2TIMConversationOperationResult>> created = new Await<>();
        conversations().createConversationGroup("fav", list("c2c_a"), created);
        created.value();
        assertTrue(recorder.take().contains("groupCreated:fav[c2c_a]"));
        Await<List<V2TIMConversationOperationResult>> added = new Await<>();
        conversations().addConversationsToGroup("fav", list("c2c_b"), added);
        added.value();
        assertTrue(recorder.take().contains("added:fav[c2c_b]"));
        Await<List<V2TIMConversationOperationResult>> removed = new Await<>();
        conversations().deleteConversationsFromGroup("fav", list("c2c_a"), removed);
        removed.value();
        assertTrue(recorder.take().contains("removed:fav[c2c_a]"), "the 3-argument form reaches the 2-argument one");
        ok(cb -> conversations().renameConversationGroup("fav", "best", cb));
        assertTrue(recorder.take().contains("groupRenamed:fav>best"));
        ok(cb -> conversations().deleteConversationGroup("best", cb));
        assertTrue(recorder.take().contains("groupDeleted:best"));
    }

    @Test
    void everyCallbackRunsOnOneSdkThread() {
        freshUser();
        Await<Long> total = new Await<>();
        conversations().getTotalUnreadMessageCount(total);
        Thread sdkThread = total.thread();
        assertNotEquals(Thread.currentThread(), sdkThread);
        assertTrue(sdkThread.isDaemon(), "attached as a daemon, so the JVM can exit");
        receive(c2c("th", "1"));
        assertEquals(Collections.singleton(sdkThread), recorder.threads);
        Await<V2TIMConversation> got = new Await<>();
        conversations().getConversation("c2c_th", got);
        assertEquals(sdkThread, got.thread());
    }

    @Test
    void advancedMessageListener() {
        String me = freshUser();
        List<V2TIMMessage> received = Collections.synchronizedList(new ArrayList<>());
        List<V2TIMMessage> modified = Collections.synchronizedList(new ArrayList<>());
        V2TIMAdvancedMsgListener listener = new V2TIMAdvancedMsgListener() {
            @Override public void onRecvNewMessage(V2TIMMessage msg) { received.add(msg); }
            @Override public void onRecvMessageModified(V2TIMMessage msg) { modified.add(msg); }
        };
        messages().addAdvancedMsgListener(listener);
        try {
            List<V2TIMMessage> stored = receive(c2c("m", "one"),
                    Sdk.message("mg", 2, "x", "two", ",\"message_sender_profile\":{\"user_profile_nick_name\":\"Ex\"}"));
            assertEquals(2, received.size());
            assertEquals("one", received.get(0).getTextElem().getText());
            assertEquals("m", received.get(0).getUserID());
            assertEquals("Ex", received.get(1).getNickName());
            assertEquals("mg", received.get(1).getGroupID());
            String id = stored.get(0).getMsgID();
            Sdk.feed(TIMExtension::updateMessages, "[{\"message_conv_id\":\"m\",\"message_conv_type\":1,"
                    + "\"message_msg_id\":" + Json.quote(id) + ",\"message_elem_array\":[{\"elem_type\":0,"
                    + "\"text_elem_content\":\"edited\"}]}]");
            assertEquals(1, modified.size());
            assertEquals(id, modified.get(0).getMsgID());
            assertEquals("edited", modified.get(0).getTextElem().getText());
            assertNotEquals(me, received.get(0).getSender());
        } finally {
            messages().removeAdvancedMsgListener(listener);
        }
        receive(c2c("m", "three"));
        assertEquals(2, received.size());
    }

    @Test
    void aThrowingListenerGoesToTheUncaughtHandlerAndDeliveryGoesOn() {
        freshUser();
        List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        V2TIMConversationListener thrower = new V2TIMConversationListener() {
            @Override public void onNewConversation(List<V2TIMConversation> l) {
                throw new IllegalStateException("listener failed");
            }
        };
        // The throwing listener comes first: the recorder after it still gets every event.
        conversations().removeConversationListener(recorder);
        conversations().addConversationListener(thrower);
        conversations().addConversationListener(recorder);
        try {
            recorder.take();
            receive(c2c("boom", "1"));
            receive(c2c("boom2", "1"));
            assertEquals(2, uncaught.size());
            assertEquals("listener failed", uncaught.get(0).getMessage());
            assertEquals(list("new:[c2c_boom]", "new:[c2c_boom2]"), recorder.take());
        } finally {
            conversations().removeConversationListener(thrower);
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
    }
}
