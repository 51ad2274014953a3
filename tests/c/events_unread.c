/*
 * Conversation events and unread accounting: one Add / Update / Del per change, the
 * total-unread listener (silent until asked once, then only on changes), what does and does
 * not count as unread or as the last message, delete and re-create, list order, sending, and
 * the new-message listener.
 */
#include "harness.h"
#include "jscan.h"

static EventLog events;
static Waiter totals;   /* total-unread listener: code = the new total */
static Waiter received; /* new-message listener: json = the last batch */

static void on_total_unread(int total, const void *user_data) {
    waiter_on_result(total, "", "", user_data);
}

static void on_new_messages(const char *json, const void *user_data) {
    waiter_on_result(0, "", json, user_data);
}

/* ---- helpers ------------------------------------------------------------------------------- */

/* How many events of this kind name conv_id (an event may carry several conversations). */
static int events_naming(int event, const char *conv_id) {
    int n = 0;
    pthread_mutex_lock(&events.mu);
    for (int i = 0; i < events.count; i++) {
        JSpan conv;
        if (events.items[i].event == event &&
            jscan_find_conv(jscan_root(events.items[i].json), conv_id, &conv)) {
            n++;
        }
    }
    pthread_mutex_unlock(&events.mu);
    return n;
}

/* After a barrier: exactly these events happened since the last call, and only about conv_id.
 * Clears the log. */
#define EXPECT_EVENTS(conv_id, adds, updates, dels) \
    expect_events(__FILE__, __LINE__, (conv_id), (adds), (updates), (dels))

static void expect_events(const char *file, int line, const char *conv_id, int adds, int updates,
                          int dels) {
    harness_sync();
    int got[3] = {event_log_count_of(&events, kTIMConvEvent_Add),
                  event_log_count_of(&events, kTIMConvEvent_Update),
                  event_log_count_of(&events, kTIMConvEvent_Del)};
    int want[3] = {adds, updates, dels};
    bool ok = memcmp(got, want, sizeof got) == 0 && event_log_size(&events) == adds + updates + dels;
    if (conv_id != NULL) {
        ok = ok && events_naming(kTIMConvEvent_Add, conv_id) == adds &&
             events_naming(kTIMConvEvent_Update, conv_id) == updates &&
             events_naming(kTIMConvEvent_Del, conv_id) == dels;
    }
    harness_check(ok, file, line, "expected events");
    if (!ok) {
        fprintf(stderr, "    %s: want add/update/del %d/%d/%d, got %d/%d/%d:\n",
                conv_id ? conv_id : "*", adds, updates, dels, got[0], got[1], got[2]);
        pthread_mutex_lock(&events.mu);
        for (int i = 0; i < events.count; i++) {
            fprintf(stderr, "    event %d: %.120s\n", events.items[i].event, events.items[i].json);
        }
        pthread_mutex_unlock(&events.mu);
    }
    event_log_clear(&events);
}

/* The conversation's current ConvInfo; `*list` holds the text (freed on the next call). */
static JSpan conv_now(char **list, const char *conv_id) {
    free(*list);
    *list = harness_conv_list();
    JSpan conv = {NULL, 0};
    jscan_find_conv(jscan_root(*list), conv_id, &conv);
    return conv;
}

static long long unread_of(const char *conv_id) {
    char *list = NULL;
    long long n = jscan_get_int(conv_now(&list, conv_id), kTIMConvUnReadNum);
    free(list);
    return n;
}

static bool last_text_is(const char *conv_id, const char *expected) {
    char *list = NULL, text[256] = "";
    JSpan last = {NULL, 0};
    bool ok = jscan_member(conv_now(&list, conv_id), kTIMConvLastMsg, &last) &&
              jscan_message_text(last, text, sizeof text) && strcmp(text, expected) == 0;
    if (!ok) fprintf(stderr, "    last message of %s: \"%s\", want \"%s\"\n", conv_id, text, expected);
    free(list);
    return ok;
}

static int total_unread(void) {
    Waiter w;
    waiter_init(&w);
    int total = -1;
    if (TIMConvGetTotalUnreadMessageCount(waiter_on_result, &w) == TIM_SUCC && waiter_wait(&w) &&
        w.code == 0) {
        total = (int)jscan_get_int(jscan_root(w.json), kTIMConvGetTotalUnreadMessageCountResultUnreadCount);
    }
    waiter_destroy(&w);
    return total;
}

static int pin(const char *conv_id, enum TIMConvType type, bool pinned) {
    Waiter w;
    waiter_init(&w);
    int rc = TIMConvPinConversation(conv_id, type, pinned, waiter_on_result, &w);
    if (rc == TIM_SUCC) rc = waiter_wait(&w) ? w.code : -1000;
    waiter_destroy(&w);
    return rc;
}

static int set_draft(const char *conv_id, const char *text) {
    char json[512];
    snprintf(json, sizeof json, "{\"%s\":{\"%s\":[{\"%s\":0,\"%s\":\"%s\"}]}}", kTIMDraftMsg,
             kTIMMsgElemArray, kTIMElemType, kTIMTextElemContent, text);
    return TIMConvSetDraft(conv_id, kTIMConv_C2C, json);
}

#define RECEIVE(conv_id, sender, text) \
    CHECK_EQ(harness_receive_text((conv_id), kTIMConv_C2C, (sender), (text), ""), 0)

/* ---- scenarios ----------------------------------------------------------------------------- */

static void check_events_and_total_unread(void) {
    printf("-- events per change; total-unread listener\n");
    RECEIVE("bob", "bob", "one");
    EXPECT_EVENTS("bob", 1, 0, 0);
    RECEIVE("bob", "bob", "two");
    EXPECT_EVENTS("bob", 0, 1, 0);
    CHECK_EQ(unread_of("bob"), 2);
    CHECK_EQ(waiter_count(&totals), 0); /* not armed yet */

    CHECK_EQ(total_unread(), 2);
    harness_sync();
    CHECK_EQ(waiter_count(&totals), 0); /* asking does not fire it */

    RECEIVE("carol", "carol", "hey");
    EXPECT_EVENTS("carol", 1, 0, 0);
    CHECK_EQ(waiter_count(&totals), 1);
    CHECK_EQ(totals.code, 3);

    CHECK_EQ(set_draft("bob", "draft"), TIM_SUCC);
    EXPECT_EVENTS("bob", 0, 1, 0);
    char *list = NULL;
    CHECK(jscan_get_true(conv_now(&list, "bob"), kTIMConvIsHasDraft));
    CHECK_EQ(TIMConvCancelDraft("bob", kTIMConv_C2C), TIM_SUCC);
    EXPECT_EVENTS("bob", 0, 1, 0);
    CHECK(!jscan_get_true(conv_now(&list, "bob"), kTIMConvIsHasDraft));
    CHECK_EQ(TIMConvCancelDraft("bob", kTIMConv_C2C), TIM_SUCC); /* no draft: no change */
    EXPECT_EVENTS(NULL, 0, 0, 0);

    CHECK_EQ(pin("bob", kTIMConv_C2C, true), 0);
    EXPECT_EVENTS("bob", 0, 1, 0);
    CHECK_EQ(pin("bob", kTIMConv_C2C, true), 0); /* already pinned: no change */
    EXPECT_EVENTS(NULL, 0, 0, 0);
    CHECK_EQ(pin("bob", kTIMConv_C2C, false), 0);
    EXPECT_EVENTS("bob", 0, 1, 0);
    CHECK(!jscan_get_true(conv_now(&list, "bob"), kTIMConvIsPinned));
    CHECK_EQ(pin("nobody", kTIMConv_C2C, true), ERR_INVALID_CONVERSATION);
    EXPECT_EVENTS(NULL, 0, 0, 0);
    free(list);

    /* Drafts and pins never change the total. */
    CHECK_EQ(waiter_count(&totals), 1);
    CHECK_EQ(total_unread(), 3);
}

static void check_what_counts(void) {
    printf("-- own, excluded and online-only messages\n");
    int totals_before = waiter_count(&totals);

    RECEIVE("bob", "alice", "from my other device");
    EXPECT_EVENTS("bob", 0, 1, 0);
    CHECK_EQ(unread_of("bob"), 2);
    CHECK(last_text_is("bob", "from my other device"));

    CHECK_EQ(harness_receive_text("bob", kTIMConv_C2C, "bob", "silent",
                                  ",\"message_is_excluded_from_unread_count\":true"),
             0);
    EXPECT_EVENTS("bob", 0, 1, 0);
    CHECK_EQ(unread_of("bob"), 2);
    CHECK(last_text_is("bob", "silent"));
    CHECK_EQ(waiter_count(&totals), totals_before);

    CHECK_EQ(harness_receive_text("bob", kTIMConv_C2C, "bob", "typing...",
                                  ",\"message_excluded_from_last_message\":true"),
             0);
    EXPECT_EVENTS("bob", 0, 1, 0);
    CHECK_EQ(unread_of("bob"), 3);
    CHECK(last_text_is("bob", "silent"));
    CHECK_EQ(waiter_count(&totals), totals_before + 1);
    CHECK_EQ(totals.code, 4);

    /* Online-only: the listener gets it, the conversations do not change. */
    char *before = harness_conv_list();
    int received_before = waiter_count(&received);
    CHECK_EQ(harness_receive_text("bob", kTIMConv_C2C, "bob", "is typing",
                                  ",\"message_is_online_msg\":true"),
             0);
    CHECK_EQ(harness_receive_text("ghost", kTIMConv_C2C, "ghost", "boo",
                                  ",\"message_is_online_msg\":true"),
             0);
    EXPECT_EVENTS(NULL, 0, 0, 0);
    char *after = harness_conv_list();
    CHECK_STR_EQ(after, before);
    CHECK_EQ(waiter_count(&received), received_before + 2);
    CHECK_CONTAINS(received.json, "boo");
    CHECK_EQ(waiter_count(&totals), totals_before + 1);
    free(before);
    free(after);

    /* A group: unread counts the same way. */
    CHECK_EQ(harness_receive_text("team", kTIMConv_Group, "carol", "standup", ""), 0);
    CHECK_EQ(harness_receive_text("team", kTIMConv_Group, "alice", "coming", ""), 0);
    CHECK_EQ(unread_of("team"), 1);
    CHECK_EQ(total_unread(), 5);
    EXPECT_EVENTS("team", 1, 1, 0);
}

static void check_batch(void) {
    printf("-- one push, several messages\n");
    static const char batch[] =
        "[{\"message_conv_id\":\"dave\",\"message_conv_type\":1,\"message_sender\":\"dave\","
        "\"message_elem_array\":[{\"elem_type\":0,\"text_elem_content\":\"d1\"}]},"
        "{\"message_conv_id\":\"bob\",\"message_conv_type\":1,\"message_sender\":\"bob\","
        "\"message_elem_array\":[{\"elem_type\":0,\"text_elem_content\":\"b1\"}]},"
        "{\"message_conv_id\":\"dave\",\"message_conv_type\":1,\"message_sender\":\"dave\","
        "\"message_elem_array\":[{\"elem_type\":0,\"text_elem_content\":\"d2\"}]}]";
    int totals_before = waiter_count(&totals);
    Waiter w;
    waiter_init(&w);
    CHECK_EQ(TIMExtReceiveMessages(batch, waiter_on_result, &w), TIM_SUCC);
    CHECK(waiter_wait(&w) && w.code == 0);
    waiter_destroy(&w);
    harness_sync();
    /* Each conversation changes once: dave is new (Add), bob changed (Update). */
    CHECK_EQ(events_naming(kTIMConvEvent_Add, "dave"), 1);
    CHECK_EQ(events_naming(kTIMConvEvent_Update, "dave"), 0);
    CHECK_EQ(events_naming(kTIMConvEvent_Update, "bob"), 1);
    CHECK_EQ(events_naming(kTIMConvEvent_Add, "bob"), 0);
    event_log_clear(&events);
    CHECK_EQ(unread_of("dave"), 2);
    CHECK(last_text_is("dave", "d2"));
    CHECK_EQ(jscan_length(jscan_root(received.json)), 3);
    /* One change of the total, not one per message. */
    CHECK_EQ(waiter_count(&totals), totals_before + 1);
    CHECK_EQ(totals.code, 8);
}

static void check_delete_and_recreate(void) {
    printf("-- delete, then a message re-creates the conversation fresh\n");
    CHECK_EQ(set_draft("bob", "unsent"), TIM_SUCC);
    CHECK_EQ(pin("bob", kTIMConv_C2C, true), 0);
    EXPECT_EVENTS("bob", 0, 2, 0);
    long long bob_unread = unread_of("bob");
    int total_before = total_unread();
    int totals_before = waiter_count(&totals);

    Waiter w;
    waiter_init(&w);
    CHECK_EQ(TIMConvDelete("bob", kTIMConv_C2C, waiter_on_result, &w), TIM_SUCC);
    CHECK(waiter_wait(&w) && w.code == 0);
    EXPECT_EVENTS("bob", 0, 0, 1);
    CHECK_EQ(waiter_count(&totals), totals_before + 1);
    CHECK_EQ(totals.code, total_before - bob_unread);
    char *list = NULL;
    CHECK(conv_now(&list, "bob").p == NULL);

    waiter_reset(&w);
    CHECK_EQ(TIMConvDelete("bob", kTIMConv_C2C, waiter_on_result, &w), TIM_SUCC);
    CHECK(waiter_wait(&w) && w.code == ERR_INVALID_CONVERSATION);
    EXPECT_EVENTS(NULL, 0, 0, 0);

    waiter_reset(&w);
    char param[256];
    snprintf(param, sizeof param, "[{\"%s\":\"bob\",\"%s\":1}]",
             kTIMGetConversationListParamConvId, kTIMGetConversationListParamConvType);
    CHECK_EQ(TIMConvGetConvInfo(param, waiter_on_result, &w), TIM_SUCC);
    CHECK(waiter_wait(&w) && w.code == 0);
    CHECK_EQ(jscan_length(jscan_root(w.json)), 0);
    waiter_destroy(&w);

    RECEIVE("bob", "bob", "me again");
    EXPECT_EVENTS("bob", 1, 0, 0);
    JSpan bob = conv_now(&list, "bob");
    CHECK_EQ(jscan_get_int(bob, kTIMConvUnReadNum), 1);
    CHECK(!jscan_get_true(bob, kTIMConvIsPinned));
    CHECK(!jscan_get_true(bob, kTIMConvIsHasDraft));
    CHECK_EQ(jscan_get_int(bob, kTIMConvActiveTime) & (1LL << 52), 0);
    CHECK(last_text_is("bob", "me again"));
    free(list);
}

static void check_create(void) {
    printf("-- TIMConvCreate\n");
    Waiter w;
    waiter_init(&w);
    CHECK_EQ(TIMConvCreate("zoe", kTIMConv_C2C, waiter_on_result, &w), TIM_SUCC);
    CHECK(waiter_wait(&w) && w.code == 0);
    CHECK(jscan_get_str_eq(jscan_root(w.json), kTIMConvId, "zoe"));
    EXPECT_EVENTS("zoe", 1, 0, 0);
    char *list = NULL;
    CHECK(conv_now(&list, "zoe").p == NULL); /* no message, draft or pin: not listed */

    waiter_reset(&w);
    CHECK_EQ(TIMConvCreate("bob", kTIMConv_C2C, waiter_on_result, &w), TIM_SUCC);
    CHECK(waiter_wait(&w) && w.code == 0);
    CHECK_EQ(jscan_get_int(jscan_root(w.json), kTIMConvUnReadNum), 1);
    EXPECT_EVENTS(NULL, 0, 0, 0); /* already there */
    waiter_destroy(&w);

    RECEIVE("zoe", "zoe", "now I exist");
    EXPECT_EVENTS("zoe", 0, 1, 0);
    CHECK(conv_now(&list, "zoe").p != NULL);
    free(list);
}

/* Pinned first, then by conv_active_time, newest first; bit 52 exactly on the pinned ones, and
 * every time below 2^53 (exact in JavaScript). */
static void check_sorted(const char *list_json) {
    JSpan list = jscan_root(list_json), conv;
    bool prev_pinned = true;
    unsigned long long prev_time = ~0ULL;
    for (int i = 0; jscan_index(list, i, &conv); i++) {
        bool pinned = jscan_get_true(conv, kTIMConvIsPinned);
        JSpan time_span = {NULL, 0};
        jscan_member(conv, kTIMConvActiveTime, &time_span);
        unsigned long long active = jscan_uint(time_span);
        CHECK_EQ(pinned, (active >> 52) & 1);
        CHECK(active < (1ULL << 53));
        CHECK(!pinned || prev_pinned);
        CHECK(active < prev_time);
        prev_pinned = pinned;
        prev_time = active;
    }
}

static void check_order(void) {
    printf("-- list order\n");
    CHECK_EQ(pin("carol", kTIMConv_C2C, true), 0);
    RECEIVE("dave", "dave", "newest message");
    CHECK_EQ(set_draft("erin", "newest draft"), TIM_SUCC);

    char *list = harness_conv_list();
    JSpan convs = jscan_root(list);
    CHECK_EQ(jscan_conv_position(convs, "carol"), 0);
    CHECK_EQ(jscan_conv_position(convs, "erin"), 1);
    CHECK_EQ(jscan_conv_position(convs, "dave"), 2);
    check_sorted(list);
    free(list);

    RECEIVE("bob", "bob", "bump");
    CHECK_EQ(pin("team", kTIMConv_Group, true), 0);
    list = harness_conv_list();
    convs = jscan_root(list);
    CHECK_EQ(jscan_conv_position(convs, "team"), 0); /* pinned last: the newest pinned */
    CHECK_EQ(jscan_conv_position(convs, "carol"), 1);
    CHECK_EQ(jscan_conv_position(convs, "bob"), 2);
    check_sorted(list);
    free(list);

    CHECK_EQ(pin("carol", kTIMConv_C2C, false), 0);
    list = harness_conv_list();
    CHECK(jscan_conv_position(jscan_root(list), "carol") > 0);
    check_sorted(list);
    free(list);
    event_log_clear(&events);
}

static void check_send(void) {
    printf("-- TIMMsgSendMessage\n");
    int totals_before = waiter_count(&totals);
    int received_before = waiter_count(&received);
    long long unread_before = unread_of("dave");

    static const char message[] =
        "{\"message_elem_array\":[{\"elem_type\":0,\"text_elem_content\":\"on my way\"}]}";
    char message_id[128];
    memset(message_id, 0, sizeof message_id);
    Waiter w;
    waiter_init(&w);
    CHECK_EQ(TIMMsgSendMessage("dave", kTIMConv_C2C, message, message_id, waiter_on_result, &w),
             TIM_SUCC);
    CHECK(message_id[0] != '\0'); /* filled before returning */
    CHECK(memchr(message_id, '\0', sizeof message_id) != NULL);
    CHECK(waiter_wait(&w) && w.code == 0);
    JSpan sent = jscan_root(w.json);
    CHECK(jscan_get_str_eq(sent, kTIMMsgMsgId, message_id));
    CHECK_EQ(jscan_get_int(sent, kTIMMsgStatus), kTIMMsg_SendSucc);
    CHECK(jscan_get_str_eq(sent, kTIMMsgSender, "alice"));
    CHECK(jscan_get_true(sent, kTIMMsgIsFormSelf));
    CHECK(jscan_get_int(sent, kTIMMsgSeq) > 0);
    CHECK(jscan_get_str_eq(sent, kTIMMsgConvId, "dave"));

    EXPECT_EVENTS("dave", 0, 1, 0);
    CHECK_EQ(unread_of("dave"), unread_before);
    CHECK(last_text_is("dave", "on my way"));
    char *list = NULL;
    JSpan last = {NULL, 0};
    CHECK(jscan_member(conv_now(&list, "dave"), kTIMConvLastMsg, &last) &&
          jscan_get_str_eq(last, kTIMMsgMsgId, message_id));
    free(list);
    CHECK_EQ(waiter_count(&totals), totals_before);
    CHECK_EQ(waiter_count(&received), received_before); /* own messages are not "received" */

    /* To a new conversation: Add; two sends get different IDs. */
    char second_id[128] = "";
    waiter_reset(&w);
    CHECK_EQ(TIMMsgSendMessage("newgroup", kTIMConv_Group, message, second_id, waiter_on_result, &w),
             TIM_SUCC);
    CHECK(waiter_wait(&w) && w.code == 0);
    CHECK(strcmp(second_id, message_id) != 0);
    EXPECT_EVENTS("newgroup", 1, 0, 0);
    CHECK_EQ(unread_of("newgroup"), 0);
    waiter_destroy(&w);
}

static void check_new_message_listener(void) {
    printf("-- new-message listener\n");
    int before = waiter_count(&received);
    RECEIVE("bob", "bob", "listen");
    harness_sync();
    CHECK_EQ(waiter_count(&received), before + 1);
    JSpan batch = jscan_root(received.json), message = {NULL, 0};
    CHECK_EQ(jscan_length(batch), 1);
    CHECK(jscan_index(batch, 0, &message) && jscan_get_str_eq(message, kTIMMsgSender, "bob"));
    char text[64] = "";
    CHECK(jscan_message_text(message, text, sizeof text));
    CHECK_STR_EQ(text, "listen");

    /* Added twice: kept once. */
    TIMAddRecvNewMsgCallback(on_new_messages, &received);
    RECEIVE("bob", "bob", "once");
    harness_sync();
    CHECK_EQ(waiter_count(&received), before + 2);

    TIMRemoveRecvNewMsgCallback(on_new_messages);
    RECEIVE("bob", "bob", "nobody listens");
    harness_sync();
    CHECK_EQ(waiter_count(&received), before + 2);
    EXPECT_EVENTS("bob", 0, 3, 0);
}

int main(void) {
    char dir[256];
    REQUIRE(harness_make_temp_dir(dir, sizeof dir));
    event_log_init(&events);
    waiter_init(&totals);
    waiter_init(&received);
    TIMSetConvTotalUnreadMessageCountChangedCallback(on_total_unread, &totals);
    TIMAddRecvNewMsgCallback(on_new_messages, &received);

    TIMSetConvEventCallback(event_log_on_conv_event, &events);

    REQUIRE(harness_init(dir) == TIM_SUCC);
    REQUIRE(harness_login("alice") == 0);
    harness_sync();
    CHECK_EQ(event_log_count_of(&events, kTIMConvEvent_Start), 1);
    CHECK_EQ(event_log_count_of(&events, kTIMConvEvent_Finish), 1);
    event_log_clear(&events);

    check_events_and_total_unread();
    check_what_counts();
    check_batch();
    check_delete_and_recreate();
    check_create();
    check_order();
    check_send();
    check_new_message_listener();

    CHECK_EQ(harness_logout(), 0);
    CHECK_EQ(TIMUninit(), TIM_SUCC);
    TIMSetConvEventCallback(NULL, NULL);
    TIMSetConvTotalUnreadMessageCountChangedCallback(NULL, NULL);
    waiter_destroy(&received);
    waiter_destroy(&totals);
    event_log_destroy(&events);
    harness_remove_tree(dir);
    return harness_finish();
}
