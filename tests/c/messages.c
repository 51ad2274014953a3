/*
 * Messages under the conversations, from C, part 1: receive options (C2C and group),
 * @-mentions, revoke (own and by others), delete / list delete / clear history, and what never
 * counts as unread (import, save, AVChatRoom, online-only). Part 2 is messages_history.c.
 *
 * Each scenario logs in its own user, so it starts from an empty conversation list; the last
 * one restarts the SDK and checks what the others left behind.
 */
#include "message_kit.h"

/* "id:opt,id:opt" of the last TIMMsgGetC2CReceiveMessageOpt callback. */
static const char *reply_opts(void) {
    char buf[2048] = "", id[64];
    size_t used = 0;
    JSpan item, v;
    for (int i = 0; jscan_index(jscan_root(reply.json), i, &item); i++) {
        id[0] = '\0';
        if (jscan_member(item, kTIMMsgGetC2CRecvMsgOptResultIdentifier, &v)) {
            jscan_str_copy(v, id, sizeof id);
        }
        kit_append(buf, sizeof buf, &used, "%s%s:%lld", i ? "," : "", id,
                   jscan_get_int(item, kTIMMsgGetC2CRecvMsgOptResultOpt));
    }
    return jsonf("%s", buf);
}

static const char *c2c_opts(const char *ids) {
    int code = CALL(TIMMsgGetC2CReceiveMessageOpt(ids, waiter_on_result, &reply));
    if (code != 0) return jsonf("(error %d)", code);
    return reply_opts();
}

/* A JSON array of n user IDs "u0".."u<n-1>" (kept). */
static const char *user_array(int n) {
    char buf[1024];
    size_t used = 0;
    kit_append(buf, sizeof buf, &used, "[");
    for (int i = 0; i < n; i++) kit_append(buf, sizeof buf, &used, "%s\"u%d\"", i ? "," : "", i);
    kit_append(buf, sizeof buf, &used, "]");
    return jsonf("%s", buf);
}

/* ---- receive options ----------------------------------------------------------------------- */

static void check_c2c_receive_options(void) {
    printf("-- TIMMsgSetC2CReceiveMessageOpt / TIMMsgGetC2CReceiveMessageOpt\n");
    fresh_user("opt");
    MessageBatch batch = {0};
    harness_batch_add(&batch, "a", kTIMConv_C2C, "a", "a1", "");
    harness_batch_add(&batch, "b", kTIMConv_C2C, "b", "b1", "");
    harness_batch_add(&batch, "g1", kTIMConv_Group, "x", "g1", "");
    REQUIRE(receive_batch(&batch) == 0);
    CHECK_EQ(total_unread(), 3);
    forget_all();

    /* Not_Notify, for an existing conversation and a user without one. */
    CHECK_EQ(CALL(TIMMsgSetC2CReceiveMessageOpt("[\"a\",\"z\"]", kTIMRecvMsgOpt_Not_Notify,
                                                waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(reply.json, "");
    /* Events and listeners run before the command's callback: no barrier needed. */
    CHECK_EQ(event_log_count_of(&events, kTIMConvEvent_Update), 1);
    CHECK_EQ(waiter_count(&totals), 1);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:a");
    CHECK_EQ(jscan_get_int(c2c("a"), kTIMConvRecvOpt), kTIMRecvMsgOpt_Not_Notify);
    CHECK_EQ(jscan_get_int(c2c("a"), kTIMConvUnReadNum), 1); /* its own count stays */
    CHECK(c2c("z").p == NULL);                                 /* not created */
    CHECK_EQ(waiter_count(&totals), 1);                        /* the total left it */
    CHECK_EQ(totals.code, 2);
    CHECK_EQ(total_unread(), 2);
    CHECK_STR_EQ(c2c_opts("[\"a\",\"z\",\"b\",\"nobody\"]"), "a:2,z:2,b:0,nobody:0");
    CHECK_STR_EQ(c2c_opts("[]"), "");

    /* The same option again changes nothing. */
    forget_all();
    CHECK_EQ(CALL(TIMMsgSetC2CReceiveMessageOpt("[\"a\"]", kTIMRecvMsgOpt_Not_Notify,
                                                waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:");
    CHECK_EQ(waiter_count(&totals), 0);

    /* A Not_Notify conversation still receives and counts its own unread, not the total. */
    CHECK_STR_EQ(msg_member(receive_one("a", kTIMConv_C2C, "a", "a2", ""), kTIMMsgConvId),
                 "\"a\"");
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:a");
    CHECK_EQ(jscan_get_int(c2c("a"), kTIMConvUnReadNum), 2);
    CHECK_STR_EQ(last_text(c2c("a")), "a2");
    CHECK_EQ(waiter_count(&received), 1);
    CHECK_EQ(waiter_count(&totals), 0);
    CHECK_EQ(total_unread(), 2);
    /* So does a conversation that is created muted (z). */
    CHECK_STR_EQ(msg_member(receive_one("z", kTIMConv_C2C, "z", "z1", ""), kTIMMsgConvId),
                 "\"z\"");
    CHECK_STR_EQ(event_summary(), "Add:z Del: Update:");
    CHECK_EQ(jscan_get_int(c2c("z"), kTIMConvRecvOpt), kTIMRecvMsgOpt_Not_Notify);
    CHECK_EQ(jscan_get_int(c2c("z"), kTIMConvUnReadNum), 1);
    CHECK_EQ(total_unread(), 2);
    CHECK_EQ(waiter_count(&totals), 0);

    /* Not_Receive drops incoming messages: for b (existing) and y (no conversation yet). */
    forget_all();
    CHECK_EQ(CALL(TIMMsgSetC2CReceiveMessageOpt("[\"b\",\"y\"]", kTIMRecvMsgOpt_Not_Receive,
                                                waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:b");
    CHECK_EQ(waiter_count(&totals), 1);
    CHECK_EQ(totals.code, 1);
    forget_all();
    batch = (MessageBatch){0};
    harness_batch_add(&batch, "b", kTIMConv_C2C, "b", "dropped", "");
    harness_batch_add(&batch, "y", kTIMConv_C2C, "y", "dropped", "");
    CHECK_EQ(receive_batch(&batch), 0);
    CHECK_STR_EQ(reply.json, "[]");
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:");
    CHECK_EQ(waiter_count(&received), 0);
    CHECK_EQ(waiter_count(&totals), 0);
    CHECK(c2c("y").p == NULL);
    CHECK_EQ(jscan_get_int(c2c("b"), kTIMConvUnReadNum), 1);
    CHECK_STR_EQ(last_text(c2c("b")), "b1");
    CHECK_STR_EQ(history_texts("b", kTIMConv_C2C, NULL), "b1");
    CHECK_STR_EQ(history_texts("y", kTIMConv_C2C, NULL), "");

    /* In a mixed push only the dropped ones go. */
    batch = (MessageBatch){0};
    harness_batch_add(&batch, "b", kTIMConv_C2C, "b", "dropped", "");
    harness_batch_add(&batch, "c", kTIMConv_C2C, "c", "c1", "");
    CHECK_EQ(receive_batch(&batch), 0);
    CHECK_EQ(jscan_length(jscan_root(reply.json)), 1);
    CHECK_STR_EQ(texts_of(jscan_root(reply.json)), "c1");
    CHECK_STR_EQ(event_summary(), "Add:c Del: Update:");
    CHECK_EQ(waiter_count(&received), 1);
    CHECK_STR_EQ(texts_of(jscan_root(received.json)), "c1");
    CHECK_EQ(waiter_count(&totals), 1);
    CHECK_EQ(totals.code, 2);
    CHECK_STR_EQ(c2c_opts("[\"a\",\"b\",\"c\",\"y\",\"z\"]"), "a:2,b:1,c:0,y:1,z:2");

    /* Back to Receive: b counts again, and y's messages arrive. */
    forget_all();
    CHECK_EQ(CALL(TIMMsgSetC2CReceiveMessageOpt("[\"b\",\"y\"]", kTIMRecvMsgOpt_Receive,
                                                waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:b");
    CHECK_EQ(waiter_count(&totals), 1);
    CHECK_EQ(totals.code, 3);
    CHECK_EQ(jscan_get_int(c2c("b"), kTIMConvRecvOpt), kTIMRecvMsgOpt_Receive);
    CHECK_STR_EQ(msg_member(receive_one("y", kTIMConv_C2C, "y", "y1", ""), kTIMMsgConvId),
                 "\"y\"");
    CHECK_STR_EQ(event_summary(), "Add:y Del: Update:");
    CHECK_EQ(total_unread(), 4);

    /* Not_Notify_Except_At and Not_Receive_Except_At on a C2C conversation: it leaves the total
     * (3), or stays in it (4). */
    forget_all();
    CHECK_EQ(CALL(TIMMsgSetC2CReceiveMessageOpt("[\"y\"]", kTIMRecvMsgOpt_Not_Notify_Except_At,
                                                waiter_on_result, &reply)),
             0);
    CHECK_EQ(jscan_get_int(c2c("y"), kTIMConvRecvOpt), kTIMRecvMsgOpt_Not_Notify_Except_At);
    CHECK_EQ(total_unread(), 3);
    CHECK_EQ(CALL(TIMMsgSetC2CReceiveMessageOpt("[\"y\"]", kTIMRecvMsgOpt_Receive,
                                                waiter_on_result, &reply)),
             0);
    CHECK_EQ(total_unread(), 4);
    CHECK_EQ(waiter_count(&totals), 2);

    /* At most 30 users; the option 0..4. */
    CHECK_EQ(CALL(TIMMsgSetC2CReceiveMessageOpt(user_array(30), kTIMRecvMsgOpt_Not_Notify,
                                                waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(c2c_opts("[\"u0\",\"u29\",\"u30\"]"), "u0:2,u29:2,u30:0");
    CHECK_EQ(CALL(TIMMsgGetC2CReceiveMessageOpt(user_array(30), waiter_on_result, &reply)), 0);
    CHECK_EQ(jscan_length(jscan_root(reply.json)), 30);
    waiter_reset(&reply);
    CHECK_EQ(TIMMsgSetC2CReceiveMessageOpt(user_array(31), kTIMRecvMsgOpt_Not_Notify,
                                           waiter_on_result, &reply),
             TIM_ERR_PARAM);
    CHECK_EQ(TIMMsgSetC2CReceiveMessageOpt("[]", kTIMRecvMsgOpt_Not_Receive, waiter_on_result,
                                           &reply),
             TIM_ERR_PARAM);
    CHECK_EQ(TIMMsgSetC2CReceiveMessageOpt("[\"a\"]", (enum TIMReceiveMessageOpt)5,
                                           waiter_on_result, &reply),
             TIM_ERR_PARAM);
    CHECK_EQ(TIMMsgSetC2CReceiveMessageOpt("[\"a\"]", (enum TIMReceiveMessageOpt)-1,
                                           waiter_on_result, &reply),
             TIM_ERR_PARAM);
    CHECK_EQ(TIMMsgSetC2CReceiveMessageOpt("[\"\"]", kTIMRecvMsgOpt_Not_Receive,
                                           waiter_on_result, &reply),
             TIM_ERR_PARAM);
    CHECK_EQ(TIMMsgSetC2CReceiveMessageOpt(NULL, kTIMRecvMsgOpt_Not_Receive, waiter_on_result,
                                           &reply),
             TIM_ERR_PARAM);
    CHECK_EQ(TIMMsgSetC2CReceiveMessageOpt("[\"a\"", kTIMRecvMsgOpt_Not_Receive,
                                           waiter_on_result, &reply),
             TIM_ERR_JSON);
    CHECK_EQ(TIMMsgSetC2CReceiveMessageOpt("[1]", kTIMRecvMsgOpt_Not_Receive, waiter_on_result,
                                           &reply),
             TIM_ERR_JSON);
    CHECK_EQ(TIMMsgSetC2CReceiveMessageOpt("{\"a\":1}", kTIMRecvMsgOpt_Not_Receive,
                                           waiter_on_result, &reply),
             TIM_ERR_JSON);
    CHECK_EQ(TIMMsgGetC2CReceiveMessageOpt(NULL, waiter_on_result, &reply), TIM_ERR_PARAM);
    CHECK_EQ(TIMMsgGetC2CReceiveMessageOpt("{}", waiter_on_result, &reply), TIM_ERR_JSON);
    harness_sync();
    CHECK_EQ(waiter_count(&reply), 0); /* rejected calls never call back */
    CHECK_STR_EQ(c2c_opts("[\"a\",\"u0\"]"), "a:2,u0:2");
}

static void check_group_receive_options(void) {
    printf("-- TIMMsgSetGroupReceiveMessageOpt\n");
    fresh_user("gopt");
    MessageBatch batch = {0};
    harness_batch_add(&batch, "g1", kTIMConv_Group, "x", "g1", "");
    harness_batch_add(&batch, "g2", kTIMConv_Group, "x", "g2", "");
    harness_batch_add(&batch, "c", kTIMConv_C2C, "c", "c1", "");
    REQUIRE(receive_batch(&batch) == 0);
    CHECK_EQ(total_unread(), 3);
    forget_all();

    /* 3: not notify except @ — still receives, leaves the total. */
    CHECK_EQ(CALL(TIMMsgSetGroupReceiveMessageOpt("g1", kTIMRecvMsgOpt_Not_Notify_Except_At,
                                                  waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(reply.json, "");
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:g1");
    CHECK_EQ(jscan_get_int(group("g1"), kTIMConvRecvOpt), kTIMRecvMsgOpt_Not_Notify_Except_At);
    CHECK_EQ(waiter_count(&totals), 1);
    CHECK_EQ(totals.code, 2);
    batch = (MessageBatch){0};
    harness_batch_add(&batch, "g1", kTIMConv_Group, "x", "plain", "");
    harness_batch_add(&batch, "g1", kTIMConv_Group, "x", "at me", AT("\"gopt\""));
    CHECK_EQ(receive_batch(&batch), 0);
    CHECK_EQ(jscan_length(jscan_root(reply.json)), 2);
    CHECK_EQ(jscan_get_int(group("g1"), kTIMConvUnReadNum), 3);
    CHECK_STR_EQ(at_infos(group("g1")), "3:1");
    CHECK_EQ(total_unread(), 2);
    CHECK_EQ(waiter_count(&totals), 1);

    /* 4: receive only @s of the user — other messages are dropped; it counts in the total. */
    forget_all();
    CHECK_EQ(CALL(TIMMsgSetGroupReceiveMessageOpt("g1", kTIMRecvMsgOpt_Not_Receive_Except_At,
                                                  waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:g1");
    CHECK_EQ(jscan_get_int(group("g1"), kTIMConvRecvOpt), kTIMRecvMsgOpt_Not_Receive_Except_At);
    CHECK_EQ(total_unread(), 5);
    CHECK_EQ(waiter_count(&totals), 1);
    forget_all();
    batch = (MessageBatch){0};
    harness_batch_add(&batch, "g1", kTIMConv_Group, "x", "dropped", "");
    harness_batch_add(&batch, "g1", kTIMConv_Group, "x", "for me", AT("\"gopt\""));
    harness_batch_add(&batch, "g1", kTIMConv_Group, "x", "for someone", AT("\"someone\""));
    CHECK_EQ(receive_batch(&batch), 0);
    CHECK_STR_EQ(texts_of(jscan_root(reply.json)), "for me");
    CHECK_STR_EQ(texts_of(jscan_root(received.json)), "for me");
    CHECK_EQ(jscan_get_int(group("g1"), kTIMConvUnReadNum), 4);
    CHECK_STR_EQ(last_text(group("g1")), "for me");
    CHECK_STR_EQ(history_texts("g1", kTIMConv_Group, NULL), "for me,at me,plain,g1");
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:g1");
    CHECK_EQ(total_unread(), 6);
    /* A dropped message is never stored, so a later copy of it (same ID) that @s the user in
     * the same push is no repeat: it arrives. */
    batch = (MessageBatch){0};
    harness_batch_add(&batch, "g1", kTIMConv_Group, "x", "copy dropped",
                      ",\"" kTIMMsgMsgId "\":\"twice\"");
    harness_batch_add(&batch, "g1", kTIMConv_Group, "x", "copy for me",
                      ",\"" kTIMMsgMsgId "\":\"twice\"" AT("\"gopt\""));
    CHECK_EQ(receive_batch(&batch), 0);
    CHECK_STR_EQ(texts_of(jscan_root(reply.json)), "copy for me");
    CHECK_EQ(total_unread(), 7);
    forget_all();

    /* 1: nothing arrives. */
    CHECK_EQ(CALL(TIMMsgSetGroupReceiveMessageOpt("g2", kTIMRecvMsgOpt_Not_Receive,
                                                  waiter_on_result, &reply)),
             0);
    CHECK_EQ(total_unread(), 6);
    forget_all();
    CHECK_STR_EQ(receive_one("g2", kTIMConv_Group, "x", "dropped", AT("\"gopt\"")), "");
    CHECK_STR_EQ(reply.json, "[]");
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:");
    CHECK_STR_EQ(history_texts("g2", kTIMConv_Group, NULL), "g2");

    /* A group the user has no conversation with yet. */
    CHECK_EQ(CALL(TIMMsgSetGroupReceiveMessageOpt("g3", kTIMRecvMsgOpt_Not_Receive,
                                                  waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(receive_one("g3", kTIMConv_Group, "x", "dropped", ""), "");
    CHECK(group("g3").p == NULL);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:");

    /* Back to Receive. */
    CHECK_EQ(CALL(TIMMsgSetGroupReceiveMessageOpt("g2", kTIMRecvMsgOpt_Receive, waiter_on_result,
                                                  &reply)),
             0);
    CHECK_EQ(jscan_get_int(group("g2"), kTIMConvRecvOpt), kTIMRecvMsgOpt_Receive);
    CHECK_EQ(total_unread(), 7);

    waiter_reset(&reply);
    CHECK_EQ(TIMMsgSetGroupReceiveMessageOpt("g1", (enum TIMReceiveMessageOpt)5, waiter_on_result,
                                             &reply),
             TIM_ERR_PARAM);
    CHECK_EQ(TIMMsgSetGroupReceiveMessageOpt("", kTIMRecvMsgOpt_Receive, waiter_on_result,
                                             &reply),
             TIM_ERR_PARAM);
    CHECK_EQ(TIMMsgSetGroupReceiveMessageOpt(NULL, kTIMRecvMsgOpt_Receive, waiter_on_result,
                                             &reply),
             TIM_ERR_PARAM);
    harness_sync();
    CHECK_EQ(waiter_count(&reply), 0);
    CHECK_EQ(jscan_get_int(group("g1"), kTIMConvRecvOpt), kTIMRecvMsgOpt_Not_Receive_Except_At);
}

/* ---- @-mentions ---------------------------------------------------------------------------- */

static void check_at_mentions(void) {
    printf("-- @-mentions: conv_group_at_info_array\n");
    fresh_user("mia");
    MessageBatch batch = {0};
    harness_batch_add(&batch, "g1", kTIMConv_Group, "x", "hey", AT("\"mia\""));
    harness_batch_add(&batch, "g1", kTIMConv_Group, "x", "all", AT(AT_ALL));
    harness_batch_add(&batch, "g1", kTIMConv_Group, "x", "old all", AT(AT_ALL_OLD));
    harness_batch_add(&batch, "g1", kTIMConv_Group, "x", "both", AT(AT_ALL ",\"mia\""));
    harness_batch_add(&batch, "g1", kTIMConv_Group, "x", "not me", AT("\"someone\""));
    harness_batch_add(&batch, "g1", kTIMConv_Group, "mia", "mine", AT("\"mia\""));
    harness_batch_add(&batch, "g1", kTIMConv_Group, "mia", "mine all", AT(AT_ALL));
    harness_batch_add(&batch, "g2", kTIMConv_Group, "x", "quiet", "");
    harness_batch_add(&batch, "bob", kTIMConv_C2C, "bob", "c2c", AT("\"mia\""));
    REQUIRE(receive_batch(&batch) == 0);
    CHECK_STR_EQ(at_infos(group("g1")), "1:1,2:2,3:2,4:3");
    CHECK_EQ(jscan_get_int(group("g1"), kTIMConvUnReadNum), 5);
    CHECK_STR_EQ(at_infos(group("g2")), "");
    CHECK_STR_EQ(at_infos(c2c("bob")), "");
    CHECK_STR_EQ(event_summary(), "Add:bob,g1,g2 Del: Update:");

    /* The old spelling is stored as the new one. */
    CHECK_STR_EQ(msg_member(message_with_seq("g1", kTIMConv_Group, 3), kTIMMsgGroupAtUserArray),
                 "[\"__kImSDK_MessageAtALL__\"]");
    CHECK_STR_EQ(msg_member(message_with_seq("g1", kTIMConv_Group, 4), kTIMMsgGroupAtUserArray),
                 "[\"__kImSDK_MessageAtALL__\",\"mia\"]");

    /* The list filter sees it. */
    CHECK_EQ(CALL(TIMConvGetConversationListByFilter(
                 "{\"conversation_list_filter_has_group_at_info\":true}", 0, 10, waiter_on_result,
                 &reply)),
             0);
    char ids[256];
    CHECK_STR_EQ(jscan_member_list_text(jscan_root(reply.json), TIMConversationListResultConvList,
                                        ids, sizeof ids),
                 "g1");

    /* Clean unread up to seq 2 removes the entries read. */
    CHECK_EQ(CALL(TIMConvCleanConversationUnreadMessageCount("group_g1", 0, 2, waiter_on_result,
                                                             &reply)),
             0);
    CHECK_STR_EQ(at_infos(group("g1")), "3:2,4:3");
    CHECK_EQ(jscan_get_int(group("g1"), kTIMConvUnReadNum), 3);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:g1");

    /* So does a read report up to a message (seq 3). */
    const char *third = message_with_seq("g1", kTIMConv_Group, 3);
    CHECK_EQ(CALL(TIMMsgReportReaded("g1", kTIMConv_Group, third, waiter_on_result, &reply)), 0);
    CHECK_STR_EQ(at_infos(group("g1")), "4:3");
    CHECK_EQ(jscan_get_int(group("g1"), kTIMConvUnReadNum), 2);

    /* A new @ comes after; read state from another device clears everything. */
    CHECK_STR_EQ(msg_member(receive_one("g1", kTIMConv_Group, "x", "again", AT("\"mia\"")),
                            kTIMMsgSeq),
                 "8");
    CHECK_STR_EQ(at_infos(group("g1")), "4:3,8:1");
    CHECK_EQ(CALL(TIMExtSyncReadState("group_g1", 0, 4, waiter_on_result, &reply)), 0);
    CHECK_STR_EQ(at_infos(group("g1")), "8:1");
    CHECK_EQ(CALL(TIMExtSyncReadState("group_g1", 0, 0, waiter_on_result, &reply)), 0);
    CHECK_STR_EQ(at_infos(group("g1")), "");
    CHECK_EQ(jscan_get_int(group("g1"), kTIMConvUnReadNum), 0);

    /* One more, left unread for the restart check. */
    CHECK_STR_EQ(msg_member(receive_one("g1", kTIMConv_Group, "x", "later", AT(AT_ALL)),
                            kTIMMsgSeq),
                 "9");
    CHECK_STR_EQ(at_infos(group("g1")), "9:2");
}

/* ---- revoke -------------------------------------------------------------------------------- */

/* The MsgLocator fields of `locator` match the stored message. */
static bool locator_matches(JSpan locator, const char *message, const char *conv_id,
                            int conv_type, bool self) {
    return jscan_get_str_eq(locator, kTIMMsgLocatorConvId, conv_id) &&
           jscan_get_int(locator, kTIMMsgLocatorConvType) == conv_type &&
           jscan_get_true(locator, kTIMMsgLocatorIsRevoked) &&
           jscan_get_true(locator, kTIMMsgLocatorIsSelf) == self &&
           jscan_get_int(locator, kTIMMsgLocatorSeq) == msg_int(message, kTIMMsgSeq) &&
           jscan_get_int(locator, kTIMMsgLocatorTime) == msg_int(message, kTIMMsgServerTime) &&
           jscan_get_int(locator, kTIMMsgLocatorRand) == msg_int(message, kTIMMsgRand) &&
           strcmp(msg_member(keep_span(locator), kTIMMsgLocatorUniqueId),
                  msg_member(message, kTIMMsgUniqueId)) == 0;
}

static void check_revoke(void) {
    printf("-- TIMMsgRevoke, TIMExtRevokeMessages and the revoke listener\n");
    fresh_user("rev");
    const char *one = send_text("bob", kTIMConv_C2C, "one");
    const char *two = send_text("bob", kTIMConv_C2C, "two");
    REQUIRE(one[0] != '\0' && two[0] != '\0');
    forget_all();

    /* The last message: status 6 on conv_last_msg, an Update. */
    CHECK_EQ(CALL(TIMMsgRevoke("bob", kTIMConv_C2C, two, waiter_on_result, &reply)), 0);
    CHECK_STR_EQ(reply.json, "");
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:bob");
    JSpan last = last_msg(c2c("bob"));
    CHECK_EQ(jscan_get_int(last, kTIMMsgStatus), kTIMMsg_Revoked);
    CHECK_STR_EQ(msg_member(keep_span(last), kTIMMsgMsgId), msg_member(two, kTIMMsgMsgId));
    CHECK_EQ(waiter_count(&revoked), 0); /* the user's own revoke is its callback */

    /* An older message: history changes, the conversation does not. */
    CHECK_EQ(CALL(TIMMsgRevoke("bob", kTIMConv_C2C, one, waiter_on_result, &reply)), 0);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:");
    CHECK_STR_EQ(ints_of(history("bob", kTIMConv_C2C, NULL), kTIMMsgStatus), "6,6");
    CHECK_EQ(waiter_count(&revoked), 0);

    /* Not stored: 7011; no message ID: TIM_ERR_PARAM. */
    CHECK_EQ(CALL(TIMMsgRevoke("bob", kTIMConv_C2C, "{\"message_msg_id\":\"nope\"}",
                               waiter_on_result, &reply)),
             ERR_SDK_COMM_DATABASE_NOTFOUND);
    CHECK_EQ(CALL(TIMMsgRevoke("carol", kTIMConv_C2C, two, waiter_on_result, &reply)),
             ERR_SDK_COMM_DATABASE_NOTFOUND); /* the right ID in another conversation */
    CHECK_EQ(TIMMsgRevoke("bob", kTIMConv_C2C, "{}", waiter_on_result, &reply), TIM_ERR_PARAM);
    CHECK_EQ(TIMMsgRevoke("bob", kTIMConv_C2C, NULL, waiter_on_result, &reply), TIM_ERR_PARAM);

    /* Too late: an own message from long ago (imported with an old server time). */
    const char *ancient_in =
        jsonf("[{\"%s\":\"rev\",\"%s\":1000000,\"%s\":[{\"%s\":0,\"%s\":\"ancient\"}]}]",
              kTIMMsgSender, kTIMMsgServerTime, kTIMMsgElemArray, kTIMElemType,
              kTIMTextElemContent);
    CHECK_EQ(CALL(TIMMsgImportMsgList("bob", kTIMConv_C2C, ancient_in, waiter_on_result, &reply)),
             0);
    const char *ancient = reply_item(0);
    CHECK_EQ(msg_int(ancient, kTIMMsgServerTime), 1000000);
    CHECK_STR_EQ(last_text(c2c("bob")), "two"); /* older than the last message */
    CHECK_EQ(CALL(TIMMsgRevoke("bob", kTIMConv_C2C, ancient, waiter_on_result, &reply)),
             ERR_REVOKE_TIME_LIMIT_EXCEED);
    CHECK_EQ(msg_int(message_with_seq("bob", kTIMConv_C2C,
                                      (unsigned long long)msg_int(ancient, kTIMMsgSeq)),
                     kTIMMsgStatus),
             kTIMMsg_LocalImported);
    forget_all();

    /* Revoked by others: the listener gets MsgLocators; the last message shows status 6. */
    const char *oops = receive_one("carol", kTIMConv_C2C, "carol", "oops", "");
    const char *fine = receive_one("team", kTIMConv_Group, "x", "fine", "");
    const char *gone = receive_one("team", kTIMConv_Group, "x", "gone", "");
    REQUIRE(oops[0] && fine[0] && gone[0]);
    forget_all();
    const char *revoke_in = jsonf(
        "[{\"%s\":\"carol\",\"%s\":1,\"%s\":%s},{\"%s\":\"team\",\"%s\":2,\"%s\":%s},"
        "{\"%s\":\"team\",\"%s\":2,\"%s\":\"unknown\"}]",
        kTIMMsgConvId, kTIMMsgConvType, kTIMMsgMsgId, msg_member(oops, kTIMMsgMsgId),
        kTIMMsgConvId, kTIMMsgConvType, kTIMMsgMsgId, msg_member(fine, kTIMMsgMsgId),
        kTIMMsgConvId, kTIMMsgConvType, kTIMMsgMsgId);
    CHECK_EQ(CALL(TIMExtRevokeMessages(revoke_in, waiter_on_result, &reply)), 0);
    CHECK_STR_EQ(reply.json, "");
    CHECK_EQ(waiter_count(&revoked), 1); /* before the callback */
    CHECK_EQ(event_log_count_of(&events, kTIMConvEvent_Update), 1);
    JSpan locators = jscan_root(revoked.json), locator = {NULL, 0};
    CHECK_EQ(jscan_length(locators), 2); /* the unknown one is skipped */
    CHECK(jscan_index(locators, 0, &locator) &&
          locator_matches(locator, oops, "carol", kTIMConv_C2C, false));
    CHECK(jscan_index(locators, 1, &locator) &&
          locator_matches(locator, fine, "team", kTIMConv_Group, false));
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:carol");
    CHECK_EQ(jscan_get_int(last_msg(c2c("carol")), kTIMMsgStatus), kTIMMsg_Revoked);
    CHECK_EQ(jscan_get_int(last_msg(group("team")), kTIMMsgStatus), kTIMMsg_SendSucc);
    CHECK_STR_EQ(ints_of(history("team", kTIMConv_Group, NULL), kTIMMsgStatus), "2,6");

    /* The user's own message revoked by someone else (a group admin): is_self. */
    const char *own = send_text("team", kTIMConv_Group, "mine");
    REQUIRE(own[0] != '\0');
    forget_all();
    CHECK_EQ(CALL(TIMExtRevokeMessages(jsonf("[{\"%s\":\"team\",\"%s\":2,\"%s\":%s}]",
                                             kTIMMsgConvId, kTIMMsgConvType, kTIMMsgMsgId,
                                             msg_member(own, kTIMMsgMsgId)),
                                       waiter_on_result, &reply)),
             0);
    CHECK_EQ(waiter_count(&revoked), 1);
    CHECK(jscan_index(jscan_root(revoked.json), 0, &locator) &&
          locator_matches(locator, own, "team", kTIMConv_Group, true));
    CHECK_EQ(jscan_get_int(last_msg(group("team")), kTIMMsgStatus), kTIMMsg_Revoked);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:team");

    /* Nothing known: nothing revoked, the listener stays silent. */
    forget_all();
    CHECK_EQ(CALL(TIMExtRevokeMessages(jsonf("[{\"%s\":\"team\",\"%s\":2,\"%s\":\"unknown\"}]",
                                             kTIMMsgConvId, kTIMMsgConvType, kTIMMsgMsgId),
                                       waiter_on_result, &reply)),
             0);
    CHECK_EQ(CALL(TIMExtRevokeMessages("[]", waiter_on_result, &reply)), 0);
    CHECK_EQ(waiter_count(&revoked), 0);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:");
    CHECK_EQ(TIMExtRevokeMessages(NULL, waiter_on_result, &reply), TIM_ERR_PARAM);
    CHECK_EQ(TIMExtRevokeMessages("[", waiter_on_result, &reply), TIM_ERR_JSON);
}

/* ---- delete and clear ---------------------------------------------------------------------- */

/* A MsgDeleteParam naming the message. */
static const char *del_param(const char *message) {
    return jsonf("{\"%s\":%s}", kTIMMsgDeleteParamMsg, message);
}

static void check_delete_and_clear(void) {
    printf("-- TIMMsgDelete, TIMMsgListDelete, TIMMsgClearHistoryMessage\n");
    fresh_user("del");
    MessageBatch batch = {0};
    for (int i = 1; i <= 4; i++) {
        char text[8];
        snprintf(text, sizeof text, "%d", i);
        harness_batch_add(&batch, "bob", kTIMConv_C2C, "bob", text, "");
    }
    REQUIRE(receive_batch(&batch) == 0);
    const char *m[5] = {"", reply_item(0), reply_item(1), reply_item(2), reply_item(3)};
    const char *mine = send_text("bob", kTIMConv_C2C, "mine");
    CHECK_EQ(jscan_get_int(c2c("bob"), kTIMConvUnReadNum), 4);
    CHECK_EQ(total_unread(), 4);
    forget_all();

    /* The last message (own, read): falls back to 4, unread unchanged. */
    CHECK_EQ(CALL(TIMMsgDelete("bob", kTIMConv_C2C, del_param(mine), waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(reply.json, "");
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:bob");
    CHECK_STR_EQ(last_text(c2c("bob")), "4");
    CHECK_EQ(jscan_get_int(c2c("bob"), kTIMConvUnReadNum), 4);
    CHECK_EQ(waiter_count(&totals), 0);

    /* The last unread message: falls back to 3, unread drops by one. */
    CHECK_EQ(CALL(TIMMsgDelete("bob", kTIMConv_C2C, del_param(m[4]), waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:bob");
    CHECK_STR_EQ(last_text(c2c("bob")), "3");
    CHECK_EQ(jscan_get_int(c2c("bob"), kTIMConvUnReadNum), 3);
    CHECK_EQ(waiter_count(&totals), 1);
    CHECK_EQ(totals.code, 3);
    CHECK_EQ(CALL(TIMMsgDelete("bob", kTIMConv_C2C, del_param(m[4]), waiter_on_result, &reply)),
             ERR_SDK_COMM_DATABASE_NOTFOUND);

    /* An older one: the last message stays, unread drops. */
    CHECK_EQ(CALL(TIMMsgDelete("bob", kTIMConv_C2C,
                               jsonf("{\"%s\":%s,\"%s\":true}", kTIMMsgDeleteParamMsg, m[1],
                                     kTIMMsgDeleteParamIsRamble),
                               waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(last_text(c2c("bob")), "3");
    CHECK_EQ(jscan_get_int(c2c("bob"), kTIMConvUnReadNum), 2);
    CHECK_STR_EQ(history_texts("bob", kTIMConv_C2C, NULL), "3,2");
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:bob");

    /* The rest in one list (with one already gone): no last message, no unread, not listed. */
    forget_all();
    CHECK_EQ(CALL(TIMMsgListDelete("bob", kTIMConv_C2C, jsonf("[%s,%s,%s]", m[2], m[3], m[4]),
                                   waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(reply.json, "");
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:bob");
    JSpan bob = c2c("bob");
    CHECK(bob.p != NULL);
    CHECK(!jscan_get_true(bob, kTIMConvIsHasLastMsg));
    CHECK(last_msg(bob).p == NULL);
    CHECK_EQ(jscan_get_int(bob, kTIMConvUnReadNum), 0);
    CHECK_STR_EQ(listed_ids(), "");
    CHECK_STR_EQ(history_texts("bob", kTIMConv_C2C, NULL), "");
    CHECK_EQ(waiter_count(&totals), 1);
    CHECK_EQ(totals.code, 0);
    CHECK_EQ(CALL(TIMMsgListDelete("bob", kTIMConv_C2C, jsonf("[%s,%s]", m[2], m[3]),
                                   waiter_on_result, &reply)),
             ERR_SDK_COMM_DATABASE_NOTFOUND);

    /* A new message brings it back, its seq after the deleted ones. */
    const char *five = receive_one("bob", kTIMConv_C2C, "bob", "5", "");
    CHECK_EQ(msg_int(five, kTIMMsgSeq), 6);
    CHECK_STR_EQ(listed_ids(), "bob");

    /* At most 50 messages; not empty. */
    char *many = malloc(60 * (strlen(five) + 1) + 2);
    REQUIRE(many != NULL);
    strcpy(many, "[");
    for (int i = 0; i < 50; i++) {
        if (i) strcat(many, ",");
        strcat(many, five);
    }
    strcat(many, "]");
    CHECK_EQ(CALL(TIMMsgListDelete("bob", kTIMConv_C2C, many, waiter_on_result, &reply)), 0);
    CHECK_STR_EQ(history_texts("bob", kTIMConv_C2C, NULL), "");
    char *end = strrchr(many, ']');
    *end = '\0';
    strcat(many, ",");
    strcat(many, five);
    strcat(many, "]");
    waiter_reset(&reply);
    CHECK_EQ(TIMMsgListDelete("bob", kTIMConv_C2C, many, waiter_on_result, &reply),
             TIM_ERR_PARAM);
    free(many);
    CHECK_EQ(TIMMsgListDelete("bob", kTIMConv_C2C, "[]", waiter_on_result, &reply),
             TIM_ERR_PARAM);
    CHECK_EQ(TIMMsgListDelete("bob", kTIMConv_C2C, NULL, waiter_on_result, &reply),
             TIM_ERR_PARAM);
    CHECK_EQ(TIMMsgDelete("bob", kTIMConv_C2C, NULL, waiter_on_result, &reply), TIM_ERR_PARAM);
    CHECK_EQ(TIMMsgDelete("bob", kTIMConv_C2C, "{", waiter_on_result, &reply), TIM_ERR_JSON);
    harness_sync();
    CHECK_EQ(waiter_count(&reply), 0);

    /* Deleting in a conversation that does not exist fails (an unknown conversation, or a
     * message not stored) and creates nothing. */
    int code =
        CALL(TIMMsgDelete("nobody", kTIMConv_C2C, del_param(m[2]), waiter_on_result, &reply));
    CHECK(code == ERR_INVALID_CONVERSATION || code == ERR_SDK_COMM_DATABASE_NOTFOUND);
    CHECK(c2c("nobody").p == NULL);

    /* Clear history: the conversation stays, without a last message or unread; seqs go on. */
    batch = (MessageBatch){0};
    harness_batch_add(&batch, "g1", kTIMConv_Group, "x", "1", "");
    harness_batch_add(&batch, "g1", kTIMConv_Group, "x", "2", "");
    REQUIRE(receive_batch(&batch) == 0);
    CHECK_EQ(CALL(TIMConvPinConversation("g1", kTIMConv_Group, true, waiter_on_result, &reply)), 0);
    forget_all();
    CHECK_EQ(CALL(TIMMsgClearHistoryMessage("g1", kTIMConv_Group, waiter_on_result, &reply)), 0);
    CHECK_STR_EQ(reply.json, "");
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:g1");
    JSpan g1 = group("g1");
    CHECK(!jscan_get_true(g1, kTIMConvIsHasLastMsg));
    CHECK_EQ(jscan_get_int(g1, kTIMConvUnReadNum), 0);
    CHECK_STR_EQ(listed_ids(), "g1"); /* pinned, so still listed */
    CHECK_STR_EQ(history_texts("g1", kTIMConv_Group, NULL), "");
    CHECK_EQ(waiter_count(&totals), 1);
    CHECK_EQ(totals.code, 0);
    CHECK_EQ(msg_int(receive_one("g1", kTIMConv_Group, "x", "3", ""), kTIMMsgSeq), 3);
    CHECK_STR_EQ(last_text(group("g1")), "3");
    CHECK_EQ(CALL(TIMMsgClearHistoryMessage("nobody", kTIMConv_C2C, waiter_on_result, &reply)),
             ERR_INVALID_CONVERSATION);
    CHECK_EQ(TIMMsgClearHistoryMessage("g1", kTIMConv_Invalid, waiter_on_result, &reply),
             TIM_ERR_CONV);
    CHECK_EQ(TIMMsgClearHistoryMessage(NULL, kTIMConv_Group, waiter_on_result, &reply),
             TIM_ERR_PARAM);

    /* Deleting a read message leaves unread alone; deleting an unread @ removes its entry. */
    batch = (MessageBatch){0};
    harness_batch_add(&batch, "g2", kTIMConv_Group, "x", "r1", AT("\"del\""));
    harness_batch_add(&batch, "g2", kTIMConv_Group, "x", "r2", AT("\"del\""));
    harness_batch_add(&batch, "g2", kTIMConv_Group, "x", "r3", AT("\"del\""));
    REQUIRE(receive_batch(&batch) == 0);
    const char *r[3] = {reply_item(0), reply_item(1), reply_item(2)};
    CHECK_EQ(CALL(TIMConvCleanConversationUnreadMessageCount("group_g2", 0, 1, waiter_on_result,
                                                             &reply)),
             0);
    CHECK_EQ(jscan_get_int(group("g2"), kTIMConvUnReadNum), 2);
    CHECK_STR_EQ(at_infos(group("g2")), "2:1,3:1");
    CHECK_EQ(CALL(TIMMsgDelete("g2", kTIMConv_Group, del_param(r[0]), waiter_on_result, &reply)),
             0);
    CHECK_EQ(jscan_get_int(group("g2"), kTIMConvUnReadNum), 2);
    CHECK_EQ(CALL(TIMMsgDelete("g2", kTIMConv_Group, del_param(r[1]), waiter_on_result, &reply)),
             0);
    CHECK_EQ(jscan_get_int(group("g2"), kTIMConvUnReadNum), 1);
    CHECK_STR_EQ(at_infos(group("g2")), "3:1");
    CHECK_STR_EQ(last_text(group("g2")), "r3");
    CHECK_EQ(CALL(TIMMsgClearHistoryMessage("g2", kTIMConv_Group, waiter_on_result, &reply)), 0);
    CHECK_STR_EQ(at_infos(group("g2")), "");
}

/* ---- what never counts as unread ----------------------------------------------------------- */

static void check_import_save_avchatroom_online(void) {
    printf("-- import, save, AVChatRoom and online-only messages\n");
    fresh_user("imp");

    /* Import: status 5, no unread, Add; the newest imported becomes the last message. */
    const char *imported =
        jsonf("[{\"%s\":\"bob\",\"%s\":[{\"%s\":0,\"%s\":\"old 1\"}]},"
              "{\"%s\":\"bob\",\"%s\":[{\"%s\":0,\"%s\":\"old 2\"}]}]",
              kTIMMsgSender, kTIMMsgElemArray, kTIMElemType, kTIMTextElemContent, kTIMMsgSender,
              kTIMMsgElemArray, kTIMElemType, kTIMTextElemContent);
    CHECK_EQ(CALL(TIMMsgImportMsgList("bob", kTIMConv_C2C, imported, waiter_on_result, &reply)),
             0);
    JSpan stored = jscan_root(reply.json);
    CHECK_EQ(jscan_length(stored), 2);
    CHECK_STR_EQ(ints_of(stored, kTIMMsgStatus), "5,5");
    CHECK(msg_member(reply_item(0), kTIMMsgMsgId)[0] == '"'); /* IDs assigned */
    CHECK_STR_EQ(event_summary(), "Add:bob Del: Update:");
    JSpan bob = c2c("bob");
    CHECK_EQ(jscan_get_int(bob, kTIMConvUnReadNum), 0);
    CHECK_EQ(jscan_get_int(last_msg(bob), kTIMMsgStatus), kTIMMsg_LocalImported);
    CHECK_STR_EQ(last_text(bob), "old 2");
    CHECK_STR_EQ(history_texts("bob", kTIMConv_C2C, NULL), "old 2,old 1");

    /* An older import goes into history only. */
    CHECK_EQ(CALL(TIMMsgImportMsgList(
                 "bob", kTIMConv_C2C,
                 jsonf("[{\"%s\":\"bob\",\"%s\":1000,\"%s\":[{\"%s\":0,\"%s\":\"older\"}]}]",
                       kTIMMsgSender, kTIMMsgServerTime, kTIMMsgElemArray, kTIMElemType,
                       kTIMTextElemContent),
                 waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(last_text(c2c("bob")), "old 2");
    CHECK_STR_EQ(history_texts("bob", kTIMConv_C2C, NULL), "old 2,old 1,older");
    CHECK_EQ(TIMMsgImportMsgList("bob", kTIMConv_C2C, "[{\"message_elem_array\":[]}]",
                                 waiter_on_result, &reply),
             TIM_ERR_PARAM);
    CHECK_EQ(TIMMsgImportMsgList("bob", kTIMConv_C2C, NULL, waiter_on_result, &reply),
             TIM_ERR_PARAM);

    /* Save: no unread; sender as given, or the user. */
    forget_all();
    CHECK_EQ(CALL(TIMMsgSaveMsg("carol", kTIMConv_C2C,
                                text_body("note", ",\"" kTIMMsgSender "\":\"carol\""),
                                waiter_on_result, &reply)),
             0);
    CHECK(jscan_root(reply.json).p[0] == '{'); /* the saved Message object, as a send's */
    const char *note = keep_span(jscan_root(reply.json));
    CHECK_STR_EQ(msg_member(note, kTIMMsgSender), "\"carol\"");
    CHECK_STR_EQ(event_summary(), "Add:carol Del: Update:");
    CHECK_EQ(jscan_get_int(c2c("carol"), kTIMConvUnReadNum), 0);
    CHECK_STR_EQ(last_text(c2c("carol")), "note");
    CHECK_EQ(CALL(TIMMsgSaveMsg("carol", kTIMConv_C2C,
                                text_body("memo", ",\"" kTIMMsgSender "\":\"imp\""),
                                waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(msg_member(keep_span(jscan_root(reply.json)), kTIMMsgSender), "\"imp\"");
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:carol");
    /* Saving a stored message again stores nothing and answers the stored copy. */
    CHECK_EQ(CALL(TIMMsgSaveMsg("carol", kTIMConv_C2C, note, waiter_on_result, &reply)), 0);
    CHECK_STR_EQ(keep_span(jscan_root(reply.json)), note);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:");
    CHECK_STR_EQ(history_texts("carol", kTIMConv_C2C, NULL), "memo,note");
    CHECK_EQ(total_unread(), 0);
    CHECK_EQ(waiter_count(&totals), 0);
    CHECK_EQ(waiter_count(&received), 0); /* neither is "received" */
    CHECK_EQ(TIMMsgSaveMsg("carol", kTIMConv_C2C, "{\"message_elem_array\":[]}", waiter_on_result,
                           &reply),
             TIM_ERR_PARAM);

    /* AVChatRoom: no unread, no history. */
    CHECK_EQ(CALL(TIMExtUpdateGroupInfos(
                 jsonf("[{\"%s\":\"live\",\"%s\":%d}]", kTIMGroupBaseInfoGroupId,
                       kTIMGroupBaseInfoGroupType, (int)kTIMGroup_AVChatRoom),
                 waiter_on_result, &reply)),
             0);
    MessageBatch batch = {0};
    harness_batch_add(&batch, "live", kTIMConv_Group, "x", "hi", "");
    harness_batch_add(&batch, "live", kTIMConv_Group, "x", "there", AT("\"imp\""));
    CHECK_EQ(receive_batch(&batch), 0);
    JSpan live = group("live");
    CHECK(live.p != NULL);
    CHECK_EQ(jscan_get_int(live, kTIMConvUnReadNum), 0);
    CHECK_EQ(jscan_get_int(live, kTIMConvGroupType), kTIMGroup_AVChatRoom);
    CHECK_STR_EQ(history_texts("live", kTIMConv_Group, NULL), "");
    CHECK_EQ(waiter_count(&received), 1);
    CHECK_EQ(jscan_length(jscan_root(received.json)), 2);
    CHECK_EQ(total_unread(), 0);
    CHECK_EQ(waiter_count(&totals), 0);

    /* An ordinary group turned AVChatRoom leaves the total. */
    CHECK_STR_EQ(msg_member(receive_one("team", kTIMConv_Group, "x", "t1", ""), kTIMMsgConvId),
                 "\"team\"");
    CHECK_EQ(total_unread(), 1);
    CHECK_EQ(CALL(TIMExtUpdateGroupInfos(
                 jsonf("[{\"%s\":\"team\",\"%s\":%d}]", kTIMGroupBaseInfoGroupId,
                       kTIMGroupBaseInfoGroupType, (int)kTIMGroup_AVChatRoom),
                 waiter_on_result, &reply)),
             0);
    CHECK_EQ(total_unread(), 0);
    CHECK_EQ(waiter_count(&totals), 2);
    CHECK_EQ(totals.code, 0);

    /* Online-only: the listeners get it; nothing is stored or counted. */
    forget_all();
    char *before = harness_conv_list();
    CHECK_EQ(harness_receive_text("bob", kTIMConv_C2C, "bob", "typing",
                                  ",\"" kTIMMsgIsOnlineMsg "\":true"),
             0);
    CHECK_EQ(harness_receive_text("dave", kTIMConv_C2C, "dave", "typing",
                                  ",\"" kTIMMsgIsOnlineMsg "\":true"),
             0);
    char *after = harness_conv_list();
    CHECK_STR_EQ(after, before);
    free(before);
    free(after);
    CHECK_EQ(waiter_count(&received), 2);
    CHECK_STR_EQ(history_texts("bob", kTIMConv_C2C, NULL), "old 2,old 1,older");
    CHECK(c2c("dave").p == NULL);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:");
}

/* ---- after a restart ----------------------------------------------------------------------- */

static void check_persisted(const char *dir) {
    printf("-- receive options, @s, revokes and deletes after a restart\n");
    kit_restart(dir, "opt");
    CHECK_STR_EQ(c2c_opts("[\"a\",\"b\",\"y\",\"z\",\"u29\"]"), "a:2,b:0,y:0,z:2,u29:2");
    CHECK_EQ(jscan_get_int(c2c("a"), kTIMConvRecvOpt), kTIMRecvMsgOpt_Not_Notify);
    CHECK_EQ(total_unread(), 4);

    REQUIRE(harness_login("gopt") == 0);
    CHECK_EQ(jscan_get_int(group("g1"), kTIMConvRecvOpt), kTIMRecvMsgOpt_Not_Receive_Except_At);
    CHECK_STR_EQ(receive_one("g1", kTIMConv_Group, "x", "still dropped", ""), "");

    REQUIRE(harness_login("mia") == 0);
    CHECK_STR_EQ(at_infos(group("g1")), "9:2");

    REQUIRE(harness_login("rev") == 0);
    JSpan hist = history("bob", kTIMConv_C2C, NULL);
    CHECK_STR_EQ(texts_of(hist), "two,one,ancient");
    CHECK_STR_EQ(ints_of(hist, kTIMMsgStatus), "6,6,5");
    CHECK_EQ(jscan_get_int(last_msg(c2c("bob")), kTIMMsgStatus), kTIMMsg_Revoked);
    CHECK_EQ(jscan_get_int(last_msg(c2c("carol")), kTIMMsgStatus), kTIMMsg_Revoked);

    REQUIRE(harness_login("del") == 0);
    CHECK_STR_EQ(history_texts("bob", kTIMConv_C2C, NULL), "");
    CHECK(!jscan_get_true(c2c("bob"), kTIMConvIsHasLastMsg));
    CHECK_STR_EQ(history_texts("g1", kTIMConv_Group, NULL), "3");
}

int main(void) {
    char dir[256];
    REQUIRE(harness_make_temp_dir(dir, sizeof dir));
    kit_start(dir);

    check_c2c_receive_options();
    check_group_receive_options();
    check_at_mentions();
    check_revoke();
    check_delete_and_clear();
    check_import_save_avchatroom_online();
    check_persisted(dir);

    kit_stop();
    harness_remove_tree(dir);
    return harness_finish();
}
