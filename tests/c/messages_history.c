/*
 * Messages under the conversations, from C, part 2: history pages (TIMMsgGetMsgList), read
 * reports (TIMMsgReportReaded, TIMMsgMarkAllMessageAsRead, TIMExtSyncReadState), read receipts,
 * show names and faces from profiles and group infos, server-side message updates, and JSON of
 * the wrong shape. Part 1 is messages.c.
 *
 * Each scenario logs in its own user, so it starts from an empty conversation list.
 */
#include "message_kit.h"

/* ---- history ------------------------------------------------------------------------------- */

/* {"msg_getmsglist_param_count":count,"msg_getmsglist_param_last_msg":<message>,...more} */
static const char *after(int count, const char *message, const char *more) {
    return jsonf("{\"%s\":%d,\"%s\":%s%s}", kTIMMsgGetMsgListParamCount, count,
                 kTIMMsgGetMsgListParamLastMsg, message, more);
}

/* {"msg_getmsglist_param_count":count,"msg_getmsglist_param_last_msg_seq":seq,...more} */
static const char *from_seq(int count, int seq, const char *more) {
    return jsonf("{\"%s\":%d,\"%s\":%d%s}", kTIMMsgGetMsgListParamCount, count,
                 kTIMMsgGetMsgListParamLastMsgSeq, seq, more);
}

#define FORWARD ",\"" kTIMMsgGetMsgListParamIsForward "\":true"

/* Element i of the last history() page, kept. */
static const char *page_item(JSpan page, int i) {
    JSpan item = {NULL, 0};
    jscan_index(page, i, &item);
    return keep_span(item);
}

static void check_history(void) {
    printf("-- TIMMsgGetMsgList\n");
    fresh_user("hist");
    MessageBatch batch = {0};
    for (int i = 1; i <= 30; i++) {
        char text[8], extra[64];
        snprintf(text, sizeof text, "m%d", i);
        snprintf(extra, sizeof extra, ",\"%s\":%d", kTIMMsgServerTime, 1000 + i);
        harness_batch_add(&batch, "g1", kTIMConv_Group, "x", text, extra);
    }
    REQUIRE(receive_batch(&batch) == 0);
    CHECK_EQ(msg_int(reply_item(29), kTIMMsgSeq), 30);
    CHECK_EQ(msg_int(reply_item(29), kTIMMsgServerTime), 1030);

    /* Newest first; pages continue after (excluding) a message. */
    JSpan page = history("g1", kTIMConv_Group, jsonf("{\"%s\":5}", kTIMMsgGetMsgListParamCount));
    CHECK_STR_EQ(texts_of(page), "m30,m29,m28,m27,m26");
    CHECK_STR_EQ(ints_of(page, kTIMMsgSeq), "30,29,28,27,26");
    const char *m26 = page_item(page, 4);
    page = history("g1", kTIMConv_Group, after(5, m26, ""));
    CHECK_STR_EQ(texts_of(page), "m25,m24,m23,m22,m21");
    const char *m21 = page_item(page, 4);
    CHECK_STR_EQ(history_texts("g1", kTIMConv_Group, after(3, m21, FORWARD)), "m22,m23,m24");
    const char *m1 = message_with_seq("g1", kTIMConv_Group, 1);
    const char *m30 = message_with_seq("g1", kTIMConv_Group, 30);
    CHECK_STR_EQ(history_texts("g1", kTIMConv_Group, after(5, m1, "")), "");
    CHECK_STR_EQ(history_texts("g1", kTIMConv_Group, after(5, m30, FORWARD)), "");
    CHECK_STR_EQ(history_texts("g1", kTIMConv_Group, after(2, m30, "")), "m29,m28");

    /* From (including) a seq, either way. */
    CHECK_STR_EQ(history_texts("g1", kTIMConv_Group, from_seq(2, 10, "")), "m10,m9");
    CHECK_STR_EQ(history_texts("g1", kTIMConv_Group, from_seq(2, 10, FORWARD)), "m10,m11");
    CHECK_STR_EQ(history_texts("g1", kTIMConv_Group, from_seq(3, 1, FORWARD)), "m1,m2,m3");
    CHECK_STR_EQ(history_texts("g1", kTIMConv_Group, from_seq(3, 2, "")), "m2,m1");

    /* A time range: [begin, begin + period]; without a period, everything from begin. */
    CHECK_STR_EQ(history_texts("g1", kTIMConv_Group,
                               jsonf("{\"%s\":1005,\"%s\":2}", kTIMMsgGetMsgListParamTimeBegin,
                                     kTIMMsgGetMsgListParamTimePeriod)),
                 "m7,m6,m5");
    CHECK_STR_EQ(history_texts("g1", kTIMConv_Group,
                               jsonf("{\"%s\":1028}", kTIMMsgGetMsgListParamTimeBegin)),
                 "m30,m29,m28");
    CHECK_STR_EQ(history_texts("g1", kTIMConv_Group,
                               jsonf("{\"%s\":1005,\"%s\":2%s}", kTIMMsgGetMsgListParamTimeBegin,
                                     kTIMMsgGetMsgListParamTimePeriod, FORWARD)),
                 "m5,m6,m7");
    CHECK_STR_EQ(history_texts("g1", kTIMConv_Group,
                               jsonf("{\"%s\":5000}", kTIMMsgGetMsgListParamTimeBegin)),
                 "");

    /* Only some seqs (newest first). */
    CHECK_STR_EQ(history_texts("g1", kTIMConv_Group,
                               jsonf("{\"%s\":[3,1]}", kTIMMsgGetMsgListParamMessageSeqArray)),
                 "m3,m1");
    CHECK_STR_EQ(history_texts("g1", kTIMConv_Group,
                               jsonf("{\"%s\":[1,3,99]}", kTIMMsgGetMsgListParamMessageSeqArray)),
                 "m3,m1");
    CHECK_STR_EQ(history_texts("g1", kTIMConv_Group,
                               jsonf("{\"%s\":[99]}", kTIMMsgGetMsgListParamMessageSeqArray)),
                 "");

    /* Page sizes: 0 and absent mean 20, at most 100. */
    CHECK_EQ(jscan_length(history("g1", kTIMConv_Group, NULL)), 20);
    CHECK_EQ(TIMMsgGetMsgList("g1", kTIMConv_Group, "", waiter_on_result, NULL), TIM_ERR_JSON);
    CHECK_EQ(TIMMsgGetMsgList("g1", kTIMConv_Group, NULL, waiter_on_result, NULL), TIM_ERR_PARAM);
    CHECK_EQ(jscan_length(history("g1", kTIMConv_Group,
                                  jsonf("{\"%s\":0}", kTIMMsgGetMsgListParamCount))),
             20);
    CHECK_EQ(jscan_length(history("g1", kTIMConv_Group,
                                  jsonf("{\"%s\":50}", kTIMMsgGetMsgListParamCount))),
             30);
    batch = (MessageBatch){0};
    for (int i = 0; i < 120; i++) harness_batch_add(&batch, "big", kTIMConv_Group, "x", "b", "");
    REQUIRE(receive_batch(&batch) == 0);
    page = history("big", kTIMConv_Group, jsonf("{\"%s\":200}", kTIMMsgGetMsgListParamCount));
    CHECK_EQ(jscan_length(page), 100);
    CHECK_EQ(msg_int(page_item(page, 0), kTIMMsgSeq), 120);
    CHECK_EQ(msg_int(page_item(page, 99), kTIMMsgSeq), 21);
    page = history("big", kTIMConv_Group, jsonf("{\"%s\":100}", kTIMMsgGetMsgListParamCount));
    CHECK_EQ(jscan_length(page), 100);

    /* Roaming is accepted and not applied; type filters keep messages with such an element. */
    CHECK_STR_EQ(history_texts("g1", kTIMConv_Group,
                               jsonf("{\"%s\":2,\"%s\":true,\"%s\":[%d]}",
                                     kTIMMsgGetMsgListParamCount, kTIMMsgGetMsgListParamIsRamble,
                                     kTIMMsgGetMsgListParamMessageTypeArray, (int)kTIMElem_Text)),
                 "m30,m29");
    CHECK_STR_EQ(history_texts("g1", kTIMConv_Group,
                               jsonf("{\"%s\":[%d]}", kTIMMsgGetMsgListParamMessageTypeArray,
                                     (int)kTIMElem_Image)),
                 "");

    /* Unknown conversations have no history; the same ID as C2C is another conversation. */
    CHECK_STR_EQ(history_texts("nobody", kTIMConv_C2C, NULL), "");
    CHECK_STR_EQ(history_texts("g1", kTIMConv_C2C, NULL), "");

    /* message_is_read reflects the read state now. */
    CHECK_STR_EQ(ints_of(history("g1", kTIMConv_Group, from_seq(3, 29, "")), kTIMMsgIsRead),
                 "false,false,false");
    CHECK_EQ(CALL(TIMConvCleanConversationUnreadMessageCount("group_g1", 0, 28, waiter_on_result,
                                                             &reply)),
             0);
    CHECK_STR_EQ(ints_of(history("g1", kTIMConv_Group, from_seq(3, 29, "")), kTIMMsgIsRead),
                 "false,true,true");

    /* Bad arguments. */
    waiter_reset(&reply);
    CHECK_EQ(TIMMsgGetMsgList("g1", kTIMConv_Group, "{", waiter_on_result, &reply), TIM_ERR_JSON);
    CHECK_EQ(TIMMsgGetMsgList("g1", kTIMConv_Group, "[]", waiter_on_result, &reply), TIM_ERR_JSON);
    CHECK_EQ(TIMMsgGetMsgList("g1", kTIMConv_Group,
                              jsonf("{\"%s\":\"5\"}", kTIMMsgGetMsgListParamCount),
                              waiter_on_result, &reply),
             TIM_ERR_JSON);
    CHECK_EQ(TIMMsgGetMsgList("g1", kTIMConv_Group,
                              jsonf("{\"%s\":{\"3\":1}}", kTIMMsgGetMsgListParamMessageSeqArray),
                              waiter_on_result, &reply),
             TIM_ERR_JSON);
    CHECK_EQ(TIMMsgGetMsgList("g1", kTIMConv_Group,
                              jsonf("{\"%s\":{}}", kTIMMsgGetMsgListParamLastMsg), waiter_on_result,
                              &reply),
             TIM_ERR_PARAM); /* a message without its ID */
    CHECK_EQ(TIMMsgGetMsgList(NULL, kTIMConv_Group, "{}", waiter_on_result, &reply),
             TIM_ERR_PARAM);
    CHECK_EQ(TIMMsgGetMsgList("g1", kTIMConv_Invalid, "{}", waiter_on_result, &reply),
             TIM_ERR_CONV);
    harness_sync();
    CHECK_EQ(waiter_count(&reply), 0);
}

/* ---- read reports, read state, receipts ---------------------------------------------------- */

static void check_read_reports(void) {
    printf("-- TIMMsgReportReaded, TIMMsgMarkAllMessageAsRead\n");
    fresh_user("rd");
    MessageBatch batch = {0};
    harness_batch_add(&batch, "a", kTIMConv_C2C, "a", "a1", "");
    harness_batch_add(&batch, "a", kTIMConv_C2C, "a", "a2", "");
    harness_batch_add(&batch, "a", kTIMConv_C2C, "a", "a3", "");
    harness_batch_add(&batch, "b", kTIMConv_C2C, "b", "b1", "");
    harness_batch_add(&batch, "g1", kTIMConv_Group, "x", "g1", "");
    REQUIRE(receive_batch(&batch) == 0);
    const char *a2 = reply_item(1);
    forget_all();

    /* One conversation, up to a message. */
    CHECK_EQ(CALL(TIMMsgReportReaded("a", kTIMConv_C2C, a2, waiter_on_result, &reply)), 0);
    CHECK_STR_EQ(reply.json, "");
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:a");
    CHECK_EQ(jscan_get_int(c2c("a"), kTIMConvUnReadNum), 1);
    CHECK_STR_EQ(ints_of(history("a", kTIMConv_C2C, NULL), kTIMMsgIsRead), "false,true,true");
    CHECK_EQ(waiter_count(&totals), 1);
    CHECK_EQ(totals.code, 3);

    /* NULL conv_id: every conversation of the type; NULL message: everything. */
    CHECK_EQ(CALL(TIMMsgReportReaded(NULL, kTIMConv_C2C, NULL, waiter_on_result, &reply)), 0);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:a,b");
    CHECK_EQ(jscan_get_int(c2c("a"), kTIMConvUnReadNum), 0);
    CHECK_EQ(jscan_get_int(c2c("b"), kTIMConvUnReadNum), 0);
    CHECK_EQ(jscan_get_int(group("g1"), kTIMConvUnReadNum), 1);
    CHECK_EQ(total_unread(), 1);
    CHECK_EQ(CALL(TIMMsgReportReaded("", kTIMConv_Group, "", waiter_on_result, &reply)), 0);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:g1");
    CHECK_EQ(jscan_get_int(group("g1"), kTIMConvUnReadNum), 0);
    CHECK_EQ(totals.code, 0);

    /* Nothing left to read: no events. */
    CHECK_EQ(CALL(TIMMsgReportReaded("a", kTIMConv_C2C, NULL, waiter_on_result, &reply)), 0);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:");

    /* Everything, of every type. */
    batch = (MessageBatch){0};
    harness_batch_add(&batch, "a", kTIMConv_C2C, "a", "a4", "");
    harness_batch_add(&batch, "b", kTIMConv_C2C, "b", "b2", "");
    harness_batch_add(&batch, "g1", kTIMConv_Group, "x", "g2", "");
    REQUIRE(receive_batch(&batch) == 0);
    CHECK_EQ(total_unread(), 3);
    forget_all();
    CHECK_EQ(CALL(TIMMsgMarkAllMessageAsRead(waiter_on_result, &reply)), 0);
    CHECK_STR_EQ(reply.json, "");
    CHECK_EQ(total_unread(), 0);
    CHECK_EQ(waiter_count(&totals), 1);
    CHECK_EQ(totals.code, 0);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:a,b,g1");

    /* Errors. */
    CHECK_EQ(CALL(TIMMsgReportReaded("ghost", kTIMConv_C2C, NULL, waiter_on_result, &reply)),
             ERR_INVALID_CONVERSATION);
    CHECK_EQ(TIMMsgReportReaded("a", kTIMConv_System, NULL, waiter_on_result, &reply),
             TIM_ERR_CONV);
    CHECK_EQ(TIMMsgReportReaded("a", kTIMConv_C2C, "{", waiter_on_result, &reply), TIM_ERR_JSON);
}

static void check_sync_read_state(void) {
    printf("-- TIMExtSyncReadState\n");
    fresh_user("sync");
    MessageBatch batch = {0};
    harness_batch_add(&batch, "g1", kTIMConv_Group, "x", "1", "");
    harness_batch_add(&batch, "g1", kTIMConv_Group, "x", "2", "");
    harness_batch_add(&batch, "g1", kTIMConv_Group, "x", "3", "");
    harness_batch_add(&batch, "c", kTIMConv_C2C, "c", "c1", ",\"" kTIMMsgServerTime "\":2000");
    harness_batch_add(&batch, "c", kTIMConv_C2C, "c", "c2", ",\"" kTIMMsgServerTime "\":3000");
    harness_batch_add(&batch, "d", kTIMConv_C2C, "d", "d1", "");
    REQUIRE(receive_batch(&batch) == 0);
    CHECK_EQ(total_unread(), 6);
    forget_all();

    /* A group up to a seq. */
    CHECK_EQ(CALL(TIMExtSyncReadState("group_g1", 0, 2, waiter_on_result, &reply)), 0);
    CHECK_STR_EQ(reply.json, "");
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:g1");
    CHECK_EQ(jscan_get_int(group("g1"), kTIMConvUnReadNum), 1);
    CHECK_EQ(jscan_get_int(group("g1"), kTIMConvGroupReadSequence), 2);
    CHECK_EQ(waiter_count(&totals), 1);
    CHECK_EQ(totals.code, 4);

    /* A C2C conversation up to a time. */
    CHECK_EQ(CALL(TIMExtSyncReadState("c2c_c", 2000, 0, waiter_on_result, &reply)), 0);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:c");
    CHECK_EQ(jscan_get_int(c2c("c"), kTIMConvUnReadNum), 1);
    CHECK_STR_EQ(ints_of(history("c", kTIMConv_C2C, NULL), kTIMMsgIsRead), "false,true");
    CHECK_EQ(totals.code, 3);

    /* Another device read further than this one has messages: a late message at or below
     * that seq does not count. */
    CHECK_EQ(CALL(TIMExtSyncReadState("group_g1", 0, 5, waiter_on_result, &reply)), 0);
    CHECK_EQ(jscan_get_int(group("g1"), kTIMConvUnReadNum), 0);
    CHECK_EQ(msg_int(receive_one("g1", kTIMConv_Group, "x", "4", ""), kTIMMsgSeq), 4);
    CHECK_EQ(msg_int(receive_one("g1", kTIMConv_Group, "x", "5", ""), kTIMMsgSeq), 5);
    CHECK_EQ(jscan_get_int(group("g1"), kTIMConvUnReadNum), 0);
    CHECK_EQ(msg_int(receive_one("g1", kTIMConv_Group, "x", "6", ""), kTIMMsgSeq), 6);
    CHECK_EQ(jscan_get_int(group("g1"), kTIMConvUnReadNum), 1);

    /* Every C2C conversation; then everything. */
    forget_all();
    CHECK_EQ(CALL(TIMExtSyncReadState("c2c", 0, 0, waiter_on_result, &reply)), 0);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:c,d");
    CHECK_EQ(total_unread(), 1);
    CHECK_EQ(CALL(TIMExtSyncReadState("", 0, 0, waiter_on_result, &reply)), 0);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:g1");
    CHECK_EQ(total_unread(), 0);
    CHECK_EQ(waiter_count(&totals), 2);
    CHECK_EQ(totals.code, 0);

    /* Nothing left to read, unknown or malformed IDs: no change. */
    CHECK_EQ(CALL(TIMExtSyncReadState(NULL, 0, 0, waiter_on_result, &reply)), 0);
    CHECK_EQ(CALL(TIMExtSyncReadState("c2c_ghost", 0, 0, waiter_on_result, &reply)),
             ERR_INVALID_CONVERSATION);
    CHECK_EQ(TIMExtSyncReadState("nonsense", 0, 0, waiter_on_result, &reply), TIM_ERR_PARAM);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:");
    CHECK_EQ(waiter_count(&totals), 2);
}

/* Receipt i of the listener's array carries every MessageReceipt key: the feed's conversation
 * and time, no message ID, no counts, and is-peer-read as given. */
static void check_full_receipt(const char *json, int i, const char *conv_id, int conv_type,
                               long long time, bool peer_read) {
    JSpan r = {NULL, 0}, v = {NULL, 0};
    REQUIRE(jscan_index(jscan_root(json), i, &r));
    CHECK(jscan_get_str_eq(r, kTIMMsgReceiptConvId, conv_id));
    CHECK_EQ(jscan_get_int(r, kTIMMsgReceiptConvType), conv_type);
    CHECK_EQ(jscan_get_int(r, kTIMMsgReceiptTimeStamp), time);
    CHECK(jscan_get_str_eq(r, kTIMMsgReceiptMsgId, ""));
    CHECK(jscan_member(r, kTIMMsgReceiptIsPeerRead, &v));
    CHECK_EQ(jscan_is_true(v), peer_read);
    CHECK(jscan_member(r, kTIMMsgReceiptReadCount, &v) && jscan_int(v) == 0);
    CHECK(jscan_member(r, kTIMMsgReceiptUnreadCount, &v) && jscan_int(v) == 0);
}

static void check_read_receipts(void) {
    printf("-- TIMExtReceiveReadReceipts and the read-receipt listener\n");
    fresh_user("rr");
    CHECK_STR_EQ(msg_member(receive_one("a", kTIMConv_C2C, "a", "theirs", ""), kTIMMsgSeq), "1");
    const char *sent = send_text("a", kTIMConv_C2C, "mine");
    const char *in_group = send_text("team", kTIMConv_Group, "mine too");
    REQUIRE(sent[0] != '\0' && in_group[0] != '\0');
    CHECK(!jscan_get_true(last_msg(c2c("a")), kTIMMsgIsPeerRead));
    long long sent_time = msg_int(sent, kTIMMsgServerTime);
    forget_all();

    /* Read up to just before it: nothing changes, the listener gets the array. */
    const char *early = jsonf("[{\"%s\":\"a\",\"%s\":1,\"%s\":%lld}]", kTIMMsgReceiptConvId,
                              kTIMMsgReceiptConvType, kTIMMsgReceiptTimeStamp, sent_time - 1);
    CHECK_EQ(CALL(TIMExtReceiveReadReceipts(early, waiter_on_result, &reply)), 0);
    CHECK_STR_EQ(reply.json, "");
    CHECK_EQ(waiter_count(&receipts), 1);
    check_full_receipt(receipts.json, 0, "a", 1, sent_time - 1, true);
    CHECK(!jscan_get_true(last_msg(c2c("a")), kTIMMsgIsPeerRead));
    forget_all();

    /* Up to its time: the own last message becomes peer-read, in history too. */
    const char *both =
        jsonf("[{\"%s\":\"a\",\"%s\":1,\"%s\":%lld},{\"%s\":\"team\",\"%s\":2,\"%s\":%lld}]",
              kTIMMsgReceiptConvId, kTIMMsgReceiptConvType, kTIMMsgReceiptTimeStamp, sent_time,
              kTIMMsgReceiptConvId, kTIMMsgReceiptConvType, kTIMMsgReceiptTimeStamp,
              sent_time + 10);
    CHECK_EQ(CALL(TIMExtReceiveReadReceipts(both, waiter_on_result, &reply)), 0);
    CHECK_EQ(waiter_count(&receipts), 1);
    CHECK_EQ(jscan_length(jscan_root(receipts.json)), 2);
    check_full_receipt(receipts.json, 0, "a", 1, sent_time, true);
    check_full_receipt(receipts.json, 1, "team", 2, sent_time + 10, false);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:a");
    CHECK(jscan_get_true(last_msg(c2c("a")), kTIMMsgIsPeerRead));
    /* The peer's own message is not "peer-read"; groups are not marked. */
    CHECK_STR_EQ(ints_of(history("a", kTIMConv_C2C, NULL), kTIMMsgIsPeerRead), "true,false");
    CHECK(!jscan_get_true(last_msg(group("team")), kTIMMsgIsPeerRead));

    /* A receipt for a conversation that does not exist still reaches the listener. */
    const char *ghost = jsonf("[{\"%s\":\"ghost\",\"%s\":1,\"%s\":1}]", kTIMMsgReceiptConvId,
                              kTIMMsgReceiptConvType, kTIMMsgReceiptTimeStamp);
    CHECK_EQ(CALL(TIMExtReceiveReadReceipts(ghost, waiter_on_result, &reply)), 0);
    CHECK_EQ(waiter_count(&receipts), 2);
    CHECK(c2c("ghost").p == NULL);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:");

    CHECK_EQ(TIMExtReceiveReadReceipts(NULL, waiter_on_result, &reply), TIM_ERR_PARAM);
    CHECK_EQ(TIMExtReceiveReadReceipts("[", waiter_on_result, &reply), TIM_ERR_JSON);
}

/* ---- show names and faces ------------------------------------------------------------------ */

static int update_profiles(const char *json) {
    return CALL(TIMExtUpdateUserProfiles(json, waiter_on_result, &reply));
}

static int update_groups(const char *json) {
    return CALL(TIMExtUpdateGroupInfos(json, waiter_on_result, &reply));
}

static bool shows(JSpan conv, const char *name, const char *face) {
    bool ok = jscan_get_str_eq(conv, kTIMConvShowName, name) &&
              jscan_get_str_eq(conv, kTIMConvFaceUrl, face);
    if (!ok) {
        fprintf(stderr, "    want show name \"%s\", face \"%s\"; got %s / %s\n", name, face,
                msg_member(keep_span(conv), kTIMConvShowName),
                msg_member(keep_span(conv), kTIMConvFaceUrl));
    }
    return ok;
}

static void check_profiles_and_group_infos(void) {
    printf("-- TIMExtUpdateUserProfiles / TIMExtUpdateGroupInfos: names, faces, group types\n");
    fresh_user("prof");
    MessageBatch batch = {0};
    harness_batch_add(&batch, "bob", kTIMConv_C2C, "bob", "hi", "");
    harness_batch_add(&batch, "g1", kTIMConv_Group, "x", "hi", "");
    REQUIRE(receive_batch(&batch) == 0);
    CHECK(shows(c2c("bob"), "bob", ""));
    CHECK(shows(group("g1"), "g1", ""));
    forget_all();

    /* Nickname → face. */
    CHECK_EQ(update_profiles(jsonf("[{\"%s\":\"bob\",\"%s\":\"Bobby\",\"%s\":\"https://x/b.png\"}]",
                                   kTIMUserProfileIdentifier, kTIMUserProfileNickName,
                                   kTIMUserProfileFaceUrl)),
             0);
    CHECK_STR_EQ(reply.json, "");
    CHECK(shows(c2c("bob"), "Bobby", "https://x/b.png"));
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:bob");

    /* A friend remark wins over the nickname; the same values again change nothing. */
    const char *remark = jsonf("[{\"%s\":\"bob\",\"%s\":\"Uncle Bob\"}]",
                               kTIMUserProfileIdentifier, kTIMUserProfileFriendRemark);
    CHECK_EQ(update_profiles(remark), 0);
    CHECK(shows(c2c("bob"), "Uncle Bob", "https://x/b.png"));
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:bob");
    CHECK_EQ(update_profiles(remark), 0);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:");

    /* A new nickname does not beat the remark; removing the remark shows it. */
    CHECK_EQ(update_profiles(jsonf("[{\"%s\":\"bob\",\"%s\":\"Robert\"}]",
                                   kTIMUserProfileIdentifier, kTIMUserProfileNickName)),
             0);
    CHECK(shows(c2c("bob"), "Uncle Bob", "https://x/b.png"));
    CHECK_EQ(update_profiles(jsonf("[{\"%s\":\"bob\",\"%s\":\"\"}]", kTIMUserProfileIdentifier,
                                   kTIMUserProfileFriendRemark)),
             0);
    CHECK(shows(c2c("bob"), "Robert", "https://x/b.png"));
    CHECK_EQ(update_profiles(jsonf("[{\"%s\":\"bob\",\"%s\":\"\"}]", kTIMUserProfileIdentifier,
                                   kTIMUserProfileNickName)),
             0);
    CHECK(shows(c2c("bob"), "bob", "https://x/b.png"));
    CHECK_EQ(update_profiles(jsonf("[{\"%s\":\"bob\",\"%s\":\"Bobby\"}]",
                                   kTIMUserProfileIdentifier, kTIMUserProfileNickName)),
             0);
    CHECK(shows(c2c("bob"), "Bobby", "https://x/b.png"));
    event_summary();

    /* Known before the conversation exists: remembered, no event until it does. */
    CHECK_EQ(update_profiles(jsonf("[{\"%s\":\"dave\",\"%s\":\"Dave\",\"%s\":\"https://x/d.png\"}]",
                                   kTIMUserProfileIdentifier, kTIMUserProfileNickName,
                                   kTIMUserProfileFaceUrl)),
             0);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:");
    CHECK(c2c("dave").p == NULL);
    CHECK_STR_EQ(msg_member(receive_one("dave", kTIMConv_C2C, "dave", "yo", ""), kTIMMsgConvId),
                 "\"dave\"");
    CHECK(shows(c2c("dave"), "Dave", "https://x/d.png"));
    CHECK_STR_EQ(event_summary(), "Add:dave Del: Update:");

    /* Groups: name → ID, face, type, the user's receive option. */
    CHECK_EQ(update_groups(jsonf("[{\"%s\":\"g1\",\"%s\":\"Team\",\"%s\":\"https://x/g.png\","
                                 "\"%s\":%d}]",
                                 kTIMGroupBaseInfoGroupId, kTIMGroupBaseInfoGroupName,
                                 kTIMGroupBaseInfoFaceUrl, kTIMGroupBaseInfoGroupType,
                                 (int)kTIMGroup_Private)),
             0);
    CHECK_STR_EQ(reply.json, "");
    CHECK(shows(group("g1"), "Team", "https://x/g.png"));
    CHECK_EQ(jscan_get_int(group("g1"), kTIMConvGroupType), kTIMGroup_Private);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:g1");
    CHECK_EQ(update_groups(jsonf("[{\"%s\":\"g1\",\"%s\":\"Team\"}]", kTIMGroupBaseInfoGroupId,
                                 kTIMGroupBaseInfoGroupName)),
             0);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:");
    CHECK_EQ(total_unread(), 3);
    forget_all();
    CHECK_EQ(update_groups(jsonf("[{\"%s\":\"g1\",\"%s\":%d}]", kTIMGroupBaseInfoGroupId,
                                 kTIMGroupBaseInfoMsgFlag, (int)kTIMRecvMsgOpt_Not_Notify)),
             0);
    CHECK_EQ(jscan_get_int(group("g1"), kTIMConvRecvOpt), kTIMRecvMsgOpt_Not_Notify);
    CHECK_EQ(waiter_count(&totals), 1);
    CHECK_EQ(totals.code, 2);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:g1");
    CHECK(shows(group("g1"), "Team", "https://x/g.png")); /* untouched fields stay */
    CHECK_EQ(update_groups(jsonf("[{\"%s\":\"g1\",\"%s\":\"\"}]", kTIMGroupBaseInfoGroupId,
                                 kTIMGroupBaseInfoGroupName)),
             0);
    CHECK(shows(group("g1"), "g1", "https://x/g.png"));
    CHECK_EQ(update_groups(jsonf("[{\"%s\":\"g1\",\"%s\":\"Team\"}]", kTIMGroupBaseInfoGroupId,
                                 kTIMGroupBaseInfoGroupName)),
             0);
    /* A group known before its conversation. */
    CHECK_EQ(update_groups(jsonf("[{\"%s\":\"g9\",\"%s\":\"Nine\",\"%s\":%d}]",
                                 kTIMGroupBaseInfoGroupId, kTIMGroupBaseInfoGroupName,
                                 kTIMGroupBaseInfoGroupType, (int)kTIMGroup_Community)),
             0);
    CHECK(group("g9").p == NULL);
    CHECK_STR_EQ(msg_member(receive_one("g9", kTIMConv_Group, "x", "hi", ""), kTIMMsgConvId),
                 "\"g9\"");
    CHECK(shows(group("g9"), "Nine", ""));
    CHECK_EQ(jscan_get_int(group("g9"), kTIMConvGroupType), kTIMGroup_Community);
    /* A profile never names a group, nor a group info a C2C conversation. */
    CHECK_EQ(update_profiles(jsonf("[{\"%s\":\"g1\",\"%s\":\"Not a group\"}]",
                                   kTIMUserProfileIdentifier, kTIMUserProfileNickName)),
             0);
    CHECK(shows(group("g1"), "Team", "https://x/g.png"));
    CHECK_EQ(update_groups(jsonf("[{\"%s\":\"bob\",\"%s\":\"Not a user\"}]",
                                 kTIMGroupBaseInfoGroupId, kTIMGroupBaseInfoGroupName)),
             0);
    CHECK(shows(c2c("bob"), "Bobby", "https://x/b.png"));

    /* The required IDs. */
    waiter_reset(&reply);
    CHECK_EQ(TIMExtUpdateUserProfiles(jsonf("[{\"%s\":\"x\"}]", kTIMUserProfileNickName),
                                      waiter_on_result, &reply),
             TIM_ERR_JSON);
    CHECK_EQ(TIMExtUpdateGroupInfos(jsonf("[{\"%s\":\"x\"}]", kTIMGroupBaseInfoGroupName),
                                    waiter_on_result, &reply),
             TIM_ERR_JSON);
    CHECK_EQ(TIMExtUpdateUserProfiles(NULL, waiter_on_result, &reply), TIM_ERR_PARAM);
    CHECK_EQ(TIMExtUpdateGroupInfos(NULL, waiter_on_result, &reply), TIM_ERR_PARAM);
    harness_sync();
    CHECK_EQ(waiter_count(&reply), 0);
}

/* After TIMUninit + TIMInit + login: what check_profiles_and_group_infos (and
 * check_read_receipts) set. */
static void check_profiles_persist(const char *dir) {
    printf("-- names, faces and group types after a restart\n");
    kit_restart(dir, "prof");
    CHECK(shows(c2c("bob"), "Bobby", "https://x/b.png"));
    CHECK(shows(c2c("dave"), "Dave", "https://x/d.png"));
    CHECK(shows(group("g1"), "Team", "https://x/g.png"));
    CHECK_EQ(jscan_get_int(group("g1"), kTIMConvGroupType), kTIMGroup_Private);
    CHECK_EQ(jscan_get_int(group("g1"), kTIMConvRecvOpt), kTIMRecvMsgOpt_Not_Notify);
    CHECK(shows(group("g9"), "Nine", ""));
    CHECK_EQ(total_unread(), 3);
    /* Profiles of users without a conversation are remembered too. */
    REQUIRE(update_profiles(jsonf("[{\"%s\":\"erin\",\"%s\":\"Erin\"}]",
                                  kTIMUserProfileIdentifier, kTIMUserProfileNickName)) == 0);
    kit_restart(dir, "prof");
    CHECK_STR_EQ(msg_member(receive_one("erin", kTIMConv_C2C, "erin", "hello", ""), kTIMMsgConvId),
                 "\"erin\"");
    CHECK(shows(c2c("erin"), "Erin", ""));

    /* Peer-read state of check_read_receipts survived too. */
    REQUIRE(harness_login("rr") == 0);
    CHECK(jscan_get_true(last_msg(c2c("a")), kTIMMsgIsPeerRead));
    CHECK_STR_EQ(ints_of(history("a", kTIMConv_C2C, NULL), kTIMMsgIsPeerRead), "true,false");
}

/* ---- server-side updates ------------------------------------------------------------------- */

/* A Message naming `stored` (conversation and ID) with new text. */
static const char *edited(const char *stored, const char *conv_id, int conv_type,
                          const char *text) {
    return jsonf("{\"%s\":\"%s\",\"%s\":%d,\"%s\":%s,\"%s\":\"%s\","
                 "\"%s\":[{\"%s\":0,\"%s\":\"%s\"}]}",
                 kTIMMsgConvId, conv_id, kTIMMsgConvType, conv_type, kTIMMsgMsgId,
                 msg_member(stored, kTIMMsgMsgId), kTIMMsgSender, conv_id, kTIMMsgElemArray,
                 kTIMElemType, kTIMTextElemContent, text);
}

static void check_message_updates(void) {
    printf("-- TIMExtUpdateMessages and the message-update listener\n");
    fresh_user("upd");
    MessageBatch batch = {0};
    harness_batch_add(&batch, "a", kTIMConv_C2C, "a", "typo", "");
    harness_batch_add(&batch, "a", kTIMConv_C2C, "a", "later", "");
    REQUIRE(receive_batch(&batch) == 0);
    const char *typo = reply_item(0), *later = reply_item(1);
    forget_all();

    /* An older message: history changes in place, the conversation does not. */
    CHECK_EQ(CALL(TIMExtUpdateMessages(jsonf("[%s]", edited(typo, "a", 1, "fixed")),
                                       waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(reply.json, "");
    CHECK_EQ(waiter_count(&updated), 1);
    JSpan changed = jscan_root(updated.json), first = {NULL, 0};
    CHECK_EQ(jscan_length(changed), 1);
    CHECK(jscan_index(changed, 0, &first));
    CHECK_STR_EQ(text_of(first), "fixed");
    CHECK_STR_EQ(msg_member(keep_span(first), kTIMMsgMsgId), msg_member(typo, kTIMMsgMsgId));
    CHECK_EQ(jscan_get_int(first, kTIMMsgSeq), msg_int(typo, kTIMMsgSeq));
    JSpan hist = history("a", kTIMConv_C2C, NULL);
    CHECK_STR_EQ(texts_of(hist), "later,fixed");
    CHECK_STR_EQ(ints_of(hist, kTIMMsgSeq), "2,1");
    CHECK_STR_EQ(msg_member(message_with_seq("a", kTIMConv_C2C, 1), kTIMMsgMsgId),
                 msg_member(typo, kTIMMsgMsgId));
    CHECK_EQ(msg_int(message_with_seq("a", kTIMConv_C2C, 1), kTIMMsgServerTime),
             msg_int(typo, kTIMMsgServerTime));
    CHECK_EQ(jscan_get_int(c2c("a"), kTIMConvUnReadNum), 2); /* read state kept */
    CHECK_STR_EQ(last_text(c2c("a")), "later");
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:");

    /* The last message: the conversation shows the new content (Update). Read state kept. */
    CHECK_EQ(CALL(TIMConvCleanConversationUnreadMessageCount("c2c_a", 0, 0, waiter_on_result,
                                                             &reply)),
             0);
    forget_all();
    CHECK_EQ(CALL(TIMExtUpdateMessages(jsonf("[%s]", edited(later, "a", 1, "later!")),
                                       waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:a");
    CHECK_STR_EQ(last_text(c2c("a")), "later!");
    CHECK_EQ(jscan_get_int(last_msg(c2c("a")), kTIMMsgSeq), 2);
    CHECK_EQ(jscan_get_int(c2c("a"), kTIMConvUnReadNum), 0);
    CHECK_STR_EQ(ints_of(history("a", kTIMConv_C2C, NULL), kTIMMsgIsRead), "true,true");
    CHECK_EQ(waiter_count(&updated), 1);
    CHECK_EQ(waiter_count(&totals), 0);

    /* Unknown messages are skipped; nothing known, nothing reported. */
    forget_all();
    const char *unknown =
        jsonf("{\"%s\":\"a\",\"%s\":1,\"%s\":\"nope\",\"%s\":\"a\","
              "\"%s\":[{\"%s\":0,\"%s\":\"x\"}]}",
              kTIMMsgConvId, kTIMMsgConvType, kTIMMsgMsgId, kTIMMsgSender, kTIMMsgElemArray,
              kTIMElemType, kTIMTextElemContent);
    CHECK_EQ(CALL(TIMExtUpdateMessages(jsonf("[%s,%s]", unknown, edited(typo, "a", 1, "fixed 2")),
                                       waiter_on_result, &reply)),
             0);
    CHECK_EQ(waiter_count(&updated), 1);
    CHECK_EQ(jscan_length(jscan_root(updated.json)), 1);
    CHECK_STR_EQ(history_texts("a", kTIMConv_C2C, NULL), "later!,fixed 2");
    forget_all();
    CHECK_EQ(CALL(TIMExtUpdateMessages(jsonf("[%s]", unknown), waiter_on_result, &reply)), 0);
    CHECK_EQ(waiter_count(&updated), 0);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:");
    /* The same ID in another conversation is another message. */
    CHECK_EQ(CALL(TIMExtUpdateMessages(jsonf("[%s]", edited(typo, "b", 1, "elsewhere")),
                                       waiter_on_result, &reply)),
             0);
    CHECK_EQ(waiter_count(&updated), 0);
    CHECK_STR_EQ(history_texts("a", kTIMConv_C2C, NULL), "later!,fixed 2");
    CHECK_EQ(TIMExtUpdateMessages(NULL, waiter_on_result, &reply), TIM_ERR_PARAM);
    CHECK_EQ(TIMExtUpdateMessages("[", waiter_on_result, &reply), TIM_ERR_JSON);
}

/* ---- JSON of the wrong shape --------------------------------------------------------------- */

static void check_wrong_shapes(void) {
    printf("-- objects given as arrays (and arrays as objects) are TIM_ERR_JSON\n");
    fresh_user("shape");
    const char *stored = receive_one("a", kTIMConv_C2C, "a", "keep me", "");
    REQUIRE(stored[0] != '\0');
    const char *as_array = jsonf("[%s]", stored);
    char *before = harness_conv_list();
    forget_all();
    waiter_reset(&reply);

    /* An object parameter given as a JSON array. */
    CHECK_EQ(TIMMsgGetMsgList("a", kTIMConv_C2C, "[]", waiter_on_result, &reply), TIM_ERR_JSON);
    CHECK_EQ(TIMMsgGetMsgList("a", kTIMConv_C2C, jsonf("[{\"%s\":5}]", kTIMMsgGetMsgListParamCount),
                              waiter_on_result, &reply),
             TIM_ERR_JSON);
    CHECK_EQ(TIMMsgDelete("a", kTIMConv_C2C, jsonf("[{\"%s\":%s}]", kTIMMsgDeleteParamMsg, stored),
                          waiter_on_result, &reply),
             TIM_ERR_JSON);
    CHECK_EQ(TIMMsgRevoke("a", kTIMConv_C2C, as_array, waiter_on_result, &reply), TIM_ERR_JSON);
    CHECK_EQ(TIMMsgReportReaded("a", kTIMConv_C2C, as_array, waiter_on_result, &reply),
             TIM_ERR_JSON);
    CHECK_EQ(TIMMsgSaveMsg("a", kTIMConv_C2C, jsonf("[%s]", text_body("x", "")), waiter_on_result,
                           &reply),
             TIM_ERR_JSON);
    CHECK_EQ(TIMMsgSendMessage("a", kTIMConv_C2C, jsonf("[%s]", text_body("x", "")), NULL,
                               waiter_on_result, &reply),
             TIM_ERR_JSON);
    /* ... or nested in one. */
    CHECK_EQ(TIMMsgGetMsgList("a", kTIMConv_C2C,
                              jsonf("{\"%s\":%s}", kTIMMsgGetMsgListParamLastMsg, as_array),
                              waiter_on_result, &reply),
             TIM_ERR_JSON);
    CHECK_EQ(TIMMsgDelete("a", kTIMConv_C2C,
                          jsonf("{\"%s\":%s}", kTIMMsgDeleteParamMsg, as_array), waiter_on_result,
                          &reply),
             TIM_ERR_JSON);
    /* Array elements that should be objects. */
    CHECK_EQ(TIMMsgListDelete("a", kTIMConv_C2C, jsonf("[%s]", as_array), waiter_on_result,
                              &reply),
             TIM_ERR_JSON);
    CHECK_EQ(TIMMsgImportMsgList("a", kTIMConv_C2C, jsonf("[[%s]]", text_body("x", "")),
                                 waiter_on_result, &reply),
             TIM_ERR_JSON);
    CHECK_EQ(TIMExtRevokeMessages(jsonf("[%s]", as_array), waiter_on_result, &reply),
             TIM_ERR_JSON);
    CHECK_EQ(TIMExtUpdateMessages(jsonf("[%s]", as_array), waiter_on_result, &reply),
             TIM_ERR_JSON);
    CHECK_EQ(TIMExtUpdateUserProfiles("[[\"a\",\"A\"]]", waiter_on_result, &reply), TIM_ERR_JSON);
    CHECK_EQ(TIMExtUpdateGroupInfos("[[\"g\",\"G\"]]", waiter_on_result, &reply), TIM_ERR_JSON);
    CHECK_EQ(TIMExtReceiveReadReceipts("[[\"a\",1,1]]", waiter_on_result, &reply), TIM_ERR_JSON);

    /* An array parameter given as an object. */
    CHECK_EQ(TIMMsgListDelete("a", kTIMConv_C2C, stored, waiter_on_result, &reply), TIM_ERR_JSON);
    CHECK_EQ(TIMMsgImportMsgList("a", kTIMConv_C2C, text_body("x", ""), waiter_on_result, &reply),
             TIM_ERR_JSON);
    CHECK_EQ(TIMExtReceiveMessages(stored, waiter_on_result, &reply), TIM_ERR_JSON);
    CHECK_EQ(TIMExtRevokeMessages(stored, waiter_on_result, &reply), TIM_ERR_JSON);
    CHECK_EQ(TIMExtUpdateMessages(stored, waiter_on_result, &reply), TIM_ERR_JSON);
    CHECK_EQ(TIMExtUpdateUserProfiles(jsonf("{\"%s\":\"a\"}", kTIMUserProfileIdentifier),
                                      waiter_on_result, &reply),
             TIM_ERR_JSON);
    CHECK_EQ(TIMExtUpdateGroupInfos(jsonf("{\"%s\":\"g\"}", kTIMGroupBaseInfoGroupId),
                                    waiter_on_result, &reply),
             TIM_ERR_JSON);
    CHECK_EQ(TIMExtReceiveReadReceipts(jsonf("{\"%s\":\"a\",\"%s\":1}", kTIMMsgReceiptConvId,
                                             kTIMMsgReceiptConvType),
                                       waiter_on_result, &reply),
             TIM_ERR_JSON);
    CHECK_EQ(TIMMsgSetC2CReceiveMessageOpt("{\"a\":1}", kTIMRecvMsgOpt_Not_Receive,
                                           waiter_on_result, &reply),
             TIM_ERR_JSON);
    CHECK_EQ(TIMMsgGetC2CReceiveMessageOpt("{\"a\":1}", waiter_on_result, &reply), TIM_ERR_JSON);

    /* Rejected: no callback, no listener, no change. */
    char *after = harness_conv_list();
    CHECK_EQ(waiter_count(&reply), 0);
    CHECK_STR_EQ(after, before);
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:");
    CHECK_EQ(waiter_count(&revoked) + waiter_count(&updated) + waiter_count(&receipts) +
                 waiter_count(&received),
             0);
    CHECK_STR_EQ(history_texts("a", kTIMConv_C2C, NULL), "keep me");
    free(before);
    free(after);
}

int main(void) {
    char dir[256];
    REQUIRE(harness_make_temp_dir(dir, sizeof dir));
    kit_start(dir);

    check_history();
    check_read_reports();
    check_sync_read_state();
    check_read_receipts();
    check_profiles_and_group_infos();
    check_profiles_persist(dir);
    check_message_updates();
    check_wrong_shapes();

    kit_stop();
    harness_remove_tree(dir);
    return harness_finish();
}
