package com.tencent.imsdk.v2;

import static com.tencent.imsdk.v2.Sdk.c2c;
import static com.tencent.imsdk.v2.Sdk.conversation;
import static com.tencent.imsdk.v2.Sdk.freshUser;
import static com.tencent.imsdk.v2.Sdk.group;
import static com.tencent.imsdk.v2.Sdk.list;
import static com.tencent.imsdk.v2.Sdk.messages;
import static com.tencent.imsdk.v2.Sdk.receive;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** V2TIMMessageManager: sending, history, read marks, receive options. */
class MessageManagerTest {
    @Test
    void sendC2CTextMessage() {
        String me = freshUser();
        Await<V2TIMMessage> sent = new Await<>();
        String id = V2TIMManager.getInstance().sendC2CTextMessage("hello", "peer", sent);
        assertNotNull(id);
        assertFalse(id.isEmpty());
        V2TIMMessage message = sent.value();
        assertEquals(id, message.getMsgID());
        assertEquals(V2TIMMessage.V2TIM_MSG_STATUS_SEND_SUCC, message.getStatus());
        assertTrue(message.isSelf());
        assertEquals(me, message.getSender());
        assertEquals("peer", message.getUserID());
        assertEquals(1, message.getSeq());
        assertTrue(message.getTimestamp() > 0);

        V2TIMConversation c = conversation("c2c_peer");
        assertEquals(0, c.getUnreadCount());
        assertEquals(id, c.getLastMessage().getMsgID());
        assertEquals("hello", c.getLastMessage().getTextElem().getText());
    }

    @Test
    void sendMessageUpdatesTheMessageObject() throws InterruptedException {
        freshUser();
        V2TIMMessage message = messages().createTextAtMessage("hi @bob", list("bob"));
        message.setCloudCustomData("cc");
        assertEquals(V2TIMMessage.V2TIM_MSG_STATUS_SENDING, message.getStatus());
        Await<V2TIMMessage> sent = new Await<>();
        String id = messages().sendMessage(message, null, "crew", V2TIMMessage.V2TIM_PRIORITY_HIGH, false,
                new V2TIMOfflinePushInfo(), sent);
        assertEquals(id, message.getMsgID());
        assertSame(message, sent.value());
        sent.assertOnce();
        assertEquals(V2TIMMessage.V2TIM_MSG_STATUS_SEND_SUCC, message.getStatus());
        assertEquals("crew", message.getGroupID());
        assertNull(message.getUserID());
        assertEquals(V2TIMMessage.V2TIM_PRIORITY_HIGH, message.getPriority());
        assertEquals("cc", message.getCloudCustomData());
        assertEquals(list("bob"), message.getGroupAtUserList());

        byte[] data = "{\"k\":\"ü\"}".getBytes(StandardCharsets.UTF_8);
        V2TIMMessage custom = messages().createCustomMessage(data, "desc", "ext".getBytes(StandardCharsets.UTF_8));
        Await<V2TIMMessage> sentCustom = new Await<>();
        messages().sendMessage(custom, "peer", null, V2TIMMessage.V2TIM_PRIORITY_DEFAULT, false, null, sentCustom);
        V2TIMMessage back = sentCustom.value();
        assertEquals(V2TIMMessage.V2TIM_ELEM_TYPE_CUSTOM, back.getElemType());
        assertArrayEquals(data, back.getCustomElem().getData());
        assertEquals("desc", back.getCustomElem().getDescription());
        assertEquals(V2TIMMessage.V2TIM_ELEM_TYPE_CUSTOM, conversation("c2c_peer").getLastMessage().getElemType());
    }

    @Test
    void refusedAndFailedSends() {
        freshUser();
        Await<V2TIMMessage> both = new Await<>();
        assertNull(messages().sendMessage(messages().createTextMessage("x"), "a", "b", 0, false, null, both));
        assertEquals(6017, both.error());
        assertEquals(Thread.currentThread(), both.thread());

        char[] big = new char[13 * 1024];
        java.util.Arrays.fill(big, 'x');
        V2TIMMessage tooBig = messages().createTextMessage(new String(big));
        Await<V2TIMMessage> failed = new Await<>();
        messages().sendMessage(tooBig, "a", null, 0, false, null, failed);
        assertEquals(8001, failed.error());
        assertEquals(V2TIMMessage.V2TIM_MSG_STATUS_SEND_FAIL, tooBig.getStatus());
    }

    @Test
    void historyPagesNewestFirst() {
        freshUser();
        List<String> texts = new ArrayList<>();
        for (int i = 1; i <= 5; i++) texts.add(c2c("h", "m" + i));
        receive(texts.toArray(new String[0]));
        Await<List<V2TIMMessage>> first = new Await<>();
        messages().getC2CHistoryMessageList("h", 3, null, first);
        List<V2TIMMessage> page = first.value();
        assertEquals(list("m5", "m4", "m3"), texts(page));
        Await<List<V2TIMMessage>> second = new Await<>();
        messages().getC2CHistoryMessageList("h", 3, page.get(2), second);
        assertEquals(list("m2", "m1"), texts(second.value()));

        receive(group("hg", "x", "g1"), group("hg", "y", "g2"));
        Await<List<V2TIMMessage>> groupPage = new Await<>();
        messages().getGroupHistoryMessageList("hg", 10, null, groupPage);
        assertEquals(list("g2", "g1"), texts(groupPage.value()));
    }

    private static List<String> texts(List<V2TIMMessage> messages) {
        List<String> out = new ArrayList<>();
        for (V2TIMMessage m : messages) out.add(m.getTextElem().getText());
        return out;
    }

    @Test
    void readMarksAndClearingHistory() {
        freshUser();
        receive(c2c("r1", "a"), c2c("r2", "b"), group("rg1", "x", "c"), group("rg2", "x", "d"));
        Await<Void> one = new Await<>();
        messages().markC2CMessageAsRead("r1", one);
        one.ok();
        assertEquals(0, conversation("c2c_r1").getUnreadCount());
        assertEquals(1, conversation("c2c_r2").getUnreadCount());
        Await<Void> groups = new Await<>();
        messages().markGroupMessageAsRead(null, groups);
        groups.ok();
        assertEquals(0, conversation("group_rg2").getUnreadCount());
        assertEquals(1, conversation("c2c_r2").getUnreadCount());
        Await<Void> all = new Await<>();
        messages().markAllMessageAsRead(all);
        all.ok();
        Await<Long> total = new Await<>();
        V2TIMManager.getConversationManager().getTotalUnreadMessageCount(total);
        assertEquals(0L, total.value());

        Await<Void> cleared = new Await<>();
        messages().clearC2CHistoryMessage("r1", cleared);
        cleared.ok();
        Await<List<V2TIMMessage>> history = new Await<>();
        messages().getC2CHistoryMessageList("r1", 10, null, history);
        assertTrue(history.value().isEmpty());
    }

    @Test
    void receiveOptions() {
        freshUser();
        Await<Void> mute = new Await<>();
        messages().setC2CReceiveMessageOpt(list("spam"), V2TIMMessage.V2TIM_NOT_RECEIVE_MESSAGE, mute);
        mute.ok();
        receive(c2c("spam", "buy now"), c2c("friend", "hi"));
        assertEquals(list("c2c_friend"), Sdk.allIds());

        receive(group("loud", "x", "a"));
        Await<Void> quiet = new Await<>();
        messages().setGroupReceiveMessageOpt("loud", V2TIMMessage.V2TIM_RECEIVE_NOT_NOTIFY_MESSAGE, quiet);
        quiet.ok();
        assertEquals(V2TIMMessage.V2TIM_RECEIVE_NOT_NOTIFY_MESSAGE, conversation("group_loud").getRecvOpt());
        Await<Long> total = new Await<>();
        V2TIMManager.getConversationManager().getTotalUnreadMessageCount(total);
        assertEquals(1L, total.value(), "muted groups leave the total");
    }
}
