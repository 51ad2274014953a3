package com.tencent.imsdk.v2;

import static com.tencent.imsdk.v2.Sdk.all;
import static com.tencent.imsdk.v2.Sdk.allIds;
import static com.tencent.imsdk.v2.Sdk.c2c;
import static com.tencent.imsdk.v2.Sdk.conversation;
import static com.tencent.imsdk.v2.Sdk.conversations;
import static com.tencent.imsdk.v2.Sdk.freshUser;
import static com.tencent.imsdk.v2.Sdk.group;
import static com.tencent.imsdk.v2.Sdk.ids;
import static com.tencent.imsdk.v2.Sdk.list;
import static com.tencent.imsdk.v2.Sdk.receive;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** V2TIMConversationManager over data pushed through the server feed. */
class ConversationManagerTest {
    @Test
    void newUserHasNoConversations() {
        freshUser();
        Await<V2TIMConversationResult> page = new Await<>();
        conversations().getConversationList(0, 100, page);
        V2TIMConversationResult result = page.value();
        assertTrue(result.getConversationList().isEmpty());
        assertTrue(result.isFinished());
    }

    @Test
    void gettersReflectTheConversation() {
        String me = freshUser();
        Sdk.feed(TIMExtension::updateGroupInfos, "[{\"group_base_info_group_id\":\"team\","
                + "\"group_base_info_group_name\":\"The Team\",\"group_base_info_face_url\":\"https://x/t.png\","
                + "\"group_base_info_group_type\":1}]");
        Sdk.feed(TIMExtension::updateUserProfiles,
                "[{\"user_profile_identifier\":\"bob\",\"user_profile_nick_name\":\"Bobby\"}]");
        receive(c2c("bob", "hello"));
        receive(group("team", "carol", "hi"), Sdk.message("team", 2, "dave", "@you", ",\"message_group_at_user_array\":[\"" + me + "\"]"));

        Await<V2TIMConversationResult> page = new Await<>();
        conversations().getConversationList(0, 10, page);
        List<V2TIMConversation> list = page.value().getConversationList();
        assertEquals(list("group_team", "c2c_bob"), ids(list));

        V2TIMConversation team = list.get(0);
        assertEquals(V2TIMConversation.V2TIM_GROUP, team.getType());
        assertEquals("team", team.getGroupID());
        assertNull(team.getUserID());
        assertEquals(V2TIMManager.GROUP_TYPE_WORK, team.getGroupType());
        assertEquals("The Team", team.getShowName());
        assertEquals("https://x/t.png", team.getFaceUrl());
        assertEquals(2, team.getUnreadCount());
        assertEquals(V2TIMMessage.V2TIM_RECEIVE_MESSAGE, team.getRecvOpt());
        assertEquals(1, team.getGroupAtInfoList().size());
        assertEquals(V2TIMGroupAtInfo.TIM_AT_ME, team.getGroupAtInfoList().get(0).getAtType());
        assertEquals(2, team.getGroupAtInfoList().get(0).getSeq());
        V2TIMMessage last = team.getLastMessage();
        assertEquals("dave", last.getSender());
        assertEquals("team", last.getGroupID());
        assertEquals(V2TIMMessage.V2TIM_ELEM_TYPE_TEXT, last.getElemType());
        assertEquals("@you", last.getTextElem().getText());
        assertEquals(2, last.getSeq());
        assertFalse(last.isSelf());

        V2TIMConversation bob = list.get(1);
        assertEquals(V2TIMConversation.V2TIM_C2C, bob.getType());
        assertEquals("bob", bob.getUserID());
        assertNull(bob.getGroupID());
        assertNull(bob.getGroupType());
        assertEquals("Bobby", bob.getShowName());
        assertEquals(1, bob.getUnreadCount());
        assertNull(bob.getDraftText());
        assertFalse(bob.isPinned());
        assertTrue(bob.getMarkList().isEmpty());
        assertTrue(team.getOrderKey() > bob.getOrderKey());
    }

    @Test
    void getConversationAndNamedLists() {
        freshUser();
        receive(c2c("ann", "a"), c2c("ben", "b"), group("g1", "ann", "c"));
        assertEquals("c2c_ann", conversation("c2c_ann").getConversationID());

        Await<V2TIMConversation> unknown = new Await<>();
        conversations().getConversation("c2c_nobody", unknown);
        assertEquals(6004, unknown.error());

        Await<List<V2TIMConversation>> some = new Await<>();
        conversations().getConversationList(list("c2c_ben", "group_g1", "c2c_nobody"), some);
        assertEquals(new HashSet<>(list("c2c_ben", "group_g1")), new HashSet<>(ids(some.value())));
    }

    @Test
    void malformedIdsFailAtOnceOnTheCallingThread() {
        freshUser();
        for (String bad : list("bob", "C2Cbob", "c2c_", "group_", "")) {
            Await<V2TIMConversation> got = new Await<>();
            conversations().getConversation(bad, got);
            assertTrue(got.isDone(), "reported before returning: " + bad);
            assertEquals(6017, got.error());
            assertEquals(Thread.currentThread(), got.thread());
        }
        Await<List<V2TIMConversation>> empty = new Await<>();
        conversations().getConversationList(new ArrayList<>(), empty);
        assertEquals(6017, empty.error());
        Await<Void> nul = new Await<>();
        conversations().pinConversation("c2c_a\0b", true, nul);
        assertEquals(6017, nul.error());
    }

    @Test
    void anyCharactersSurviveTheRoundTrip() {
        freshUser();
        List<String> odd = list("名字", "a b", "quote\"s", "back\\slash", "emoji😀", "dash-dot.x");
        List<String> expected = new ArrayList<>();
        for (String id : odd) {
            receive(c2c(id, "from " + id));
            expected.add("c2c_" + id);
        }
        assertEquals(new HashSet<>(expected), new HashSet<>(allIds()));
        for (String id : odd) {
            V2TIMConversation c = conversation("c2c_" + id);
            assertEquals(id, c.getUserID());
            assertEquals("from " + id, c.getLastMessage().getTextElem().getText());
        }
    }

    @Test
    void pagesWalkTheWholeListThroughPinnedConversations() {
        freshUser();
        List<String> msgs = new ArrayList<>();
        for (int i = 0; i < 25; i++) msgs.add(c2c("p" + i, "x"));
        receive(msgs.toArray(new String[0]));
        for (int i = 0; i < 8; i++) {
            Await<Void> pin = new Await<>();
            conversations().pinConversation("c2c_p" + i, true, pin);
            pin.ok();
        }
        List<String> whole = allIds();
        assertEquals(25, whole.size());
        List<String> paged = ids(all(new V2TIMConversationListFilter(), 3));
        assertEquals(whole, paged);
        assertEquals(25, new HashSet<>(paged).size());
        for (int i = 0; i < 8; i++) assertTrue(whole.indexOf("c2c_p" + i) < 8);

        // The 6.5-era form takes the page from the filter.
        V2TIMConversationListFilter filter = new V2TIMConversationListFilter();
        filter.setCount(5);
        Await<V2TIMConversationResult> first = new Await<>();
        conversations().getConversationListByFilter(filter, first);
        assertEquals(whole.subList(0, 5), ids(first.value().getConversationList()));
    }

    @Test
    void filtersByTypeMarkGroupUnreadAndAt() {
        String me = freshUser();
        receive(c2c("f1", "a"), c2c("f2", "b"), group("fg", "x", "c"),
                Sdk.message("fh", 2, "x", "d", ",\"message_group_at_user_array\":[\"" + me + "\"]"));
        V2TIMConversationListFilter c2cOnly = new V2TIMConversationListFilter();
        c2cOnly.setConversationType(V2TIMConversation.V2TIM_C2C);
        assertEquals(new HashSet<>(list("c2c_f1", "c2c_f2")), new HashSet<>(ids(all(c2cOnly, 100))));

        Await<List<V2TIMConversationOperationResult>> marked = new Await<>();
        long custom = 1L << 63;
        conversations().markConversation(list("c2c_f2", "group_fg"),
                V2TIMConversation.V2TIM_CONVERSATION_MARK_TYPE_STAR | custom, true, marked);
        assertEquals(2, marked.value().size());
        assertEquals(0, marked.value().get(0).getResultCode());
        V2TIMConversation f2 = conversation("c2c_f2");
        assertEquals(new HashSet<>(java.util.Arrays.asList(1L, custom)), new HashSet<>(f2.getMarkList()));

        V2TIMConversationListFilter starred = new V2TIMConversationListFilter();
        starred.setMarkType(custom);
        assertEquals(new HashSet<>(list("c2c_f2", "group_fg")), new HashSet<>(ids(all(starred, 100))));
        V2TIMConversationListFilter noMark = new V2TIMConversationListFilter();
        noMark.setMarkType(0);
        assertEquals(new HashSet<>(list("c2c_f1", "group_fh")), new HashSet<>(ids(all(noMark, 100))));

        Await<Void> read = new Await<>();
        conversations().cleanConversationUnreadMessageCount("c2c_f1", 0, 0, read);
        read.ok();
        V2TIMConversationListFilter unread = new V2TIMConversationListFilter();
        unread.setHasUnreadCount(true);
        assertEquals(new HashSet<>(list("c2c_f2", "group_fg", "group_fh")), new HashSet<>(ids(all(unread, 100))));
        V2TIMConversationListFilter at = new V2TIMConversationListFilter();
        at.setHasGroupAtInfo(true);
        assertEquals(list("group_fh"), ids(all(at, 100)));

        Await<List<V2TIMConversationOperationResult>> grouped = new Await<>();
        conversations().createConversationGroup("work", list("c2c_f1", "c2c_ghost"), grouped);
        List<V2TIMConversationOperationResult> results = grouped.value();
        assertEquals(0, results.get(0).getResultCode());
        assertEquals("c2c_ghost", results.get(1).getConversationID());
        assertEquals(6004, results.get(1).getResultCode());
        V2TIMConversationListFilter work = new V2TIMConversationListFilter();
        work.setConversationGroup("work");
        assertEquals(list("c2c_f1"), ids(all(work, 100)));
        V2TIMConversationListFilter legacy = new V2TIMConversationListFilter();
        legacy.setGroupName("work");
        assertEquals(list("c2c_f1"), ids(all(legacy, 100)));
    }

    @Test
    void pinDraftCustomDataAndDelete() {
        freshUser();
        receive(c2c("d1", "a"));
        receive(c2c("d2", "b"));
        assertEquals(list("c2c_d2", "c2c_d1"), allIds());

        Await<Void> pin = new Await<>();
        conversations().pinConversation("c2c_d1", true, pin);
        pin.ok();
        assertEquals(list("c2c_d1", "c2c_d2"), allIds());
        assertTrue(conversation("c2c_d1").isPinned());
        Await<Void> pinUnknown = new Await<>();
        conversations().pinConversation("c2c_ghost", true, pinUnknown);
        assertEquals(6004, pinUnknown.error());

        Await<Void> draft = new Await<>();
        conversations().setConversationDraft("c2c_d2", "half a thought", draft);
        draft.ok();
        V2TIMConversation d2 = conversation("c2c_d2");
        assertEquals("half a thought", d2.getDraftText());
        assertTrue(d2.getDraftTimestamp() > 0);
        Await<Void> undraft = new Await<>();
        conversations().setConversationDraft("c2c_d2", null, undraft);
        undraft.ok();
        assertNull(conversation("c2c_d2").getDraftText());

        Await<List<V2TIMConversationOperationResult>> custom = new Await<>();
        conversations().setConversationCustomData(list("c2c_d2"), "blob", custom);
        assertEquals(0, custom.value().get(0).getResultCode());
        assertEquals("blob", conversation("c2c_d2").getCustomData());

        Await<Void> deleted = new Await<>();
        conversations().deleteConversation("c2c_d1", deleted);
        deleted.ok();
        assertEquals(list("c2c_d2"), allIds());
        Await<Void> again = new Await<>();
        conversations().deleteConversation("c2c_d1", again);
        assertEquals(6004, again.error());

        Await<List<V2TIMConversationOperationResult>> many = new Await<>();
        conversations().deleteConversationList(list("c2c_d2", "c2c_ghost"), true, many);
        assertEquals(0, many.value().get(0).getResultCode());
        assertEquals(6004, many.value().get(1).getResultCode());
        assertTrue(allIds().isEmpty());
    }

    @Test
    void unreadCountsAndConversationGroups() {
        freshUser();
        receive(c2c("u1", "a"), c2c("u1", "b"), group("ug", "x", "c"));
        Await<Long> total = new Await<>();
        conversations().getTotalUnreadMessageCount(total);
        assertEquals(3L, total.value());

        V2TIMConversationListFilter groups = new V2TIMConversationListFilter();
        groups.setConversationType(V2TIMConversation.V2TIM_GROUP);
        Await<Long> groupTotal = new Await<>();
        conversations().getUnreadMessageCountByFilter(groups, groupTotal);
        assertEquals(1L, groupTotal.value());

        Await<Void> clean = new Await<>();
        conversations().cleanConversationUnreadMessageCount("c2c", 0, 0, clean);
        clean.ok();
        Await<Long> after = new Await<>();
        conversations().getTotalUnreadMessageCount(after);
        assertEquals(1L, after.value());
        assertEquals(0, conversation("c2c_u1").getUnreadCount());
        assertTrue(conversation("c2c_u1").getC2CReadTimestamp() > 0);

        Await<List<V2TIMConversationOperationResult>> created = new Await<>();
        conversations().createConversationGroup("g", list("c2c_u1"), created);
        created.value();
        Await<List<V2TIMConversationOperationResult>> added = new Await<>();
        conversations().addConversationsToGroup("g", list("group_ug"), added);
        assertEquals(0, added.value().get(0).getResultCode());
        assertEquals(list("g"), conversation("group_ug").getConversationGroupList());
        Await<List<V2TIMConversationOperationResult>> removed = new Await<>();
        conversations().deleteConversationsFromGroup("g", list("c2c_u1"), removed);
        removed.value();
        Await<Void> renamed = new Await<>();
        conversations().renameConversationGroup("g", "h", renamed);
        renamed.ok();
        Await<List<String>> names = new Await<>();
        conversations().getConversationGroupList(names);
        assertEquals(list("h"), names.value());
        Await<Void> dropped = new Await<>();
        conversations().deleteConversationGroup("h", dropped);
        dropped.ok();
        Await<Void> missing = new Await<>();
        conversations().deleteConversationGroup("h", missing);
        assertEquals(51009, missing.error());
        assertNotNull(conversation("group_ug"));
    }
}
