/*
 * The newer conversation APIs from C, part 1: paging and filters
 * (TIMConvGetConversationListByFilter), marks (TIMConvMarkConversation), custom data
 * (TIMConvSetConversationCustomData) and batch delete (TIMConvDeleteConversationList).
 * Conversation groups, unread by filter and clean unread are in conversation_groups_unread.c.
 *
 * Each scenario logs in its own user, so it starts from an empty conversation list.
 */
#include "harness.h"
#include "jscan.h"

static EventLog events;
static Waiter reply; /* the callback of the last CALL */

/* Waits for the callback of an accepted call; the TIMResult of a rejected one. */
static int finish_call(int rc) {
    if (rc != TIM_SUCC) return rc;
    return waiter_wait(&reply) ? reply.code : -1000;
}

/* Runs an asynchronous API call that reports to `reply`; evaluates to its callback code (or the
 * TIMResult if it was rejected). The callback JSON is then in reply.json. */
#define CALL(call) (waiter_reset(&reply), finish_call(call))

/* The last callback JSON, rendered by jscan_list_text (e.g. "c2c_a:0,c2c_ghost:6004"). */
static const char *reply_list(void) {
    static char text[8192];
    return jscan_list_text(jscan_root(reply.json), text, sizeof text);
}

static char *snapshot; /* the list conv() last fetched */

/* The current ConvInfo of conv_id (an empty span if it is not listed); valid until the next
 * call. */
static JSpan conv(const char *conv_id) {
    free(snapshot);
    snapshot = harness_conv_list();
    JSpan found = {NULL, 0};
    jscan_find_conv(jscan_root(snapshot), conv_id, &found);
    return found;
}

/* IDs of every listed conversation, in list order. */
static const char *listed_ids(void) {
    static char text[8192];
    char *list = harness_conv_list();
    jscan_list_text(jscan_root(list), text, sizeof text);
    free(list);
    return text;
}

static const char *mark_array(const char *conv_id) {
    static char text[256];
    return jscan_member_list_text(conv(conv_id), kTIMConvMarkArray, text, sizeof text);
}

static int total_unread(void) {
    if (CALL(TIMConvGetTotalUnreadMessageCount(waiter_on_result, &reply)) != 0) return -1;
    return (int)jscan_get_int(jscan_root(reply.json),
                              kTIMConvGetTotalUnreadMessageCountResultUnreadCount);
}

/* The conv_ids named by the recorded events, "Add:a,b Update:c Del:" style, in order. */
static const char *event_summary(void) {
    static char text[4096];
    static const char *const names[] = {"Add", "Del", "Update"};
    size_t used = 0;
    text[0] = '\0';
    pthread_mutex_lock(&events.mu);
    for (int kind = 0; kind < 3; kind++) {
        used += (size_t)snprintf(text + used, sizeof text - used, "%s%s:", kind ? " " : "",
                                 names[kind]);
        bool first = true;
        for (int i = 0; i < events.count && used < sizeof text; i++) {
            if (events.items[i].event != kind) continue;
            char ids[2048];
            jscan_list_text(jscan_root(events.items[i].json), ids, sizeof ids);
            used += (size_t)snprintf(text + used, sizeof text - used, "%s%s", first ? "" : ",",
                                     ids);
            first = false;
        }
    }
    pthread_mutex_unlock(&events.mu);
    return text;
}

/* The ConvInfo of conv_id in the last recorded event of this kind naming it. */
static bool last_event_conv(int event, const char *conv_id, char *buf, size_t size) {
    bool found_any = false;
    pthread_mutex_lock(&events.mu);
    for (int i = events.count - 1; i >= 0 && !found_any; i--) {
        JSpan found;
        if (events.items[i].event == event &&
            jscan_find_conv(jscan_root(events.items[i].json), conv_id, &found) &&
            found.n < size) {
            memcpy(buf, found.p, found.n);
            buf[found.n] = '\0';
            found_any = true;
        }
    }
    pthread_mutex_unlock(&events.mu);
    return found_any;
}

/* Switches to a user of its own (empty list) and forgets the events so far. */
static void fresh_user(const char *user_id) {
    REQUIRE(harness_logout() == 0);
    REQUIRE(harness_login(user_id) == 0);
    harness_sync();
    event_log_clear(&events);
}

/* ---- one page ------------------------------------------------------------------------------ */

typedef struct Page {
    int code;        /* callback code (or the TIMResult) */
    char ids[8192];  /* conv_ids, comma-separated */
    int size;        /* number of conversations */
    unsigned long long next_seq;
    bool finished;
    unsigned long long last_active; /* conv_active_time of the last conversation, 0 if none */
    bool all_of_type[3];            /* [t]: every conversation has conv_type t */
} Page;

static void get_page(Page *page, const char *filter, uint64_t next_seq, uint32_t count) {
    memset(page, 0, sizeof *page);
    page->code = CALL(TIMConvGetConversationListByFilter(filter, next_seq, count,
                                                         waiter_on_result, &reply));
    if (page->code != 0) return;
    JSpan result = jscan_root(reply.json), list = {NULL, 0}, v = {NULL, 0}, item;
    jscan_member(result, TIMConversationListResultConvList, &list);
    jscan_list_text(list, page->ids, sizeof page->ids);
    page->size = jscan_length(list);
    if (jscan_member(result, TIMConversationListResultNextSeq, &v)) page->next_seq = jscan_uint(v);
    page->finished = jscan_get_true(result, TIMConversationListResultIsFinished);
    page->all_of_type[1] = page->all_of_type[2] = true;
    for (int i = 0; jscan_index(list, i, &item); i++) {
        long long type = jscan_get_int(item, kTIMConvType);
        page->all_of_type[1] = page->all_of_type[1] && type == kTIMConv_C2C;
        page->all_of_type[2] = page->all_of_type[2] && type == kTIMConv_Group;
        if (jscan_member(item, kTIMConvActiveTime, &v)) page->last_active = jscan_uint(v);
    }
}

/* The IDs on the first page (of 100) passing filter; "(error N)" if the call failed. */
static const char *filtered(const char *filter) {
    static Page page;
    get_page(&page, filter, 0, 100);
    if (page.code != 0) snprintf(page.ids, sizeof page.ids, "(error %d)", page.code);
    return page.ids;
}

/* Appends one page's IDs to a comma-separated walk (nothing if it would not fit). */
static void append_ids(char *walk, size_t size, const Page *page) {
    size_t len = strlen(walk), add = strlen(page->ids);
    if (page->size == 0 || len + 1 + add >= size) return;
    if (len > 0) walk[len++] = ',';
    memcpy(walk + len, page->ids, add + 1);
}

/* ---- scenarios ----------------------------------------------------------------------------- */

/* The 250 conversations of the paging scenario: every fifth is a group. */
static void paging_conv_id(int i, char *buf, size_t size, int *type) {
    *type = i % 5 == 4 ? kTIMConv_Group : kTIMConv_C2C;
    snprintf(buf, size, "%c%03d", *type == kTIMConv_Group ? 'g' : 'u', i);
}

static void check_paging(void) {
    printf("-- paging with next_seq / is_finished\n");
    fresh_user("pager");
    MessageBatch batch = {0};
    for (int i = 0; i < 250; i++) {
        char id[16];
        int type;
        paging_conv_id(i, id, sizeof id, &type);
        harness_batch_add(&batch, id, type, "peer", "hi", "");
    }
    REQUIRE(harness_batch_receive(&batch) == 0);

    static char all[8192], walk[8192];
    snprintf(all, sizeof all, "%s", listed_ids());
    static Page page;

    /* Everything, 100 at a time: 100 + 100 + 50, in list order; next_seq is the
     * conv_active_time of the last conversation returned. */
    const int want_sizes[] = {100, 100, 50};
    walk[0] = '\0';
    uint64_t next = 0;
    for (int p = 0; p < 3; p++) {
        get_page(&page, "{}", next, 100);
        CHECK_EQ(page.code, 0);
        CHECK_EQ(page.size, want_sizes[p]);
        CHECK_EQ(page.finished, p == 2);
        CHECK_EQ(page.next_seq, page.last_active);
        append_ids(walk, sizeof walk, &page);
        next = page.next_seq;
    }
    CHECK_STR_EQ(walk, all);

    /* count 0 means 100. */
    get_page(&page, "{}", 0, 0);
    CHECK_EQ(page.size, 100);
    CHECK(!page.finished);

    /* Groups only, 20 at a time: 20 + 20 + 10. */
    int pages = 0, groups = 0;
    walk[0] = '\0';
    next = 0;
    do {
        get_page(&page, "{\"conversation_list_filter_conv_type\":2}", next, 20);
        CHECK_EQ(page.code, 0);
        CHECK(page.all_of_type[2]);
        append_ids(walk, sizeof walk, &page);
        groups += page.size;
        next = page.next_seq;
        pages++;
    } while (!page.finished && pages < 10);
    CHECK_EQ(pages, 3);
    CHECK_EQ(groups, 50);
    CHECK_EQ(page.size, 10);
    CHECK_STR_EQ(walk, "g249,g244,g239,g234,g229,g224,g219,g214,g209,g204,g199,g194,g189,g184,"
                       "g179,g174,g169,g164,g159,g154,g149,g144,g139,g134,g129,g124,g119,g114,"
                       "g109,g104,g099,g094,g089,g084,g079,g074,g069,g064,g059,g054,g049,g044,"
                       "g039,g034,g029,g024,g019,g014,g009,g004");

    /* C2C only: exactly two full pages, the second is the last. */
    get_page(&page, "{\"conversation_list_filter_conv_type\":1}", 0, 100);
    CHECK(page.size == 100 && !page.finished && page.all_of_type[1]);
    get_page(&page, "{\"conversation_list_filter_conv_type\":1}", page.next_seq, 100);
    CHECK(page.size == 100 && page.finished && page.all_of_type[1]);
    CHECK(strncmp(page.ids + strlen(page.ids) - 4, "u000", 4) == 0);

    /* Past the end: an empty, finished page. */
    get_page(&page, "{}", page.next_seq, 100);
    CHECK(page.code == 0 && page.size == 0 && page.finished);

    /* The 6.5-era count and next_seq keys in the filter stand in for the arguments. */
    get_page(&page, "{\"conversation_list_filter_count\":7}", 0, 0);
    CHECK_EQ(page.size, 7);
    CHECK(strncmp(page.ids, "g249,u248,u247,u246,u245,g244,u243", 34) == 0);
    char filter[256];
    snprintf(filter, sizeof filter,
             "{\"conversation_list_filter_next_seq\":%llu,\"conversation_list_filter_count\":3}",
             page.next_seq);
    get_page(&page, filter, 0, 0);
    CHECK_STR_EQ(page.ids, "u242,u241,u240");
}

/* Walking pages while conversations move to the top: a conversation that did not move is seen
 * exactly once; a moved one at most once. */
static void check_paging_while_moving(void) {
    printf("-- paging while conversations move\n");
    int seen[250] = {0};
    bool moved[250] = {false};
    static Page page;
    uint64_t next = 0;
    int pages = 0;
    for (;;) {
        get_page(&page, "{}", next, 100);
        REQUIRE(page.code == 0);
        pages++;
        char *save = NULL;
        int first_seen = -1;
        for (char *id = strtok_r(page.ids, ",", &save); id != NULL;
             id = strtok_r(NULL, ",", &save)) {
            int i = atoi(id + 1);
            if (i >= 0 && i < 250) seen[i]++;
            if (first_seen < 0) first_seen = i;
        }
        if (page.finished || pages > 5) break;
        next = page.next_seq;
        /* One conversation from the part not walked yet (the oldest ones, at the bottom) and
         * the first one of this page jump to the top. */
        int unseen = 10 + pages;
        MessageBatch batch = {0};
        char id[16];
        int type;
        paging_conv_id(unseen, id, sizeof id, &type);
        harness_batch_add(&batch, id, type, "peer", "bump", "");
        paging_conv_id(first_seen, id, sizeof id, &type);
        harness_batch_add(&batch, id, type, "peer", "bump", "");
        CHECK_EQ(harness_batch_receive(&batch), 0);
        moved[unseen] = moved[first_seen] = true;
    }
    CHECK_EQ(pages, 3);
    int skipped_or_repeated = 0;
    for (int i = 0; i < 250; i++) {
        bool ok = moved[i] ? seen[i] <= 1 : seen[i] == 1;
        if (!ok) {
            fprintf(stderr, "    conversation #%d seen %d times (moved: %d)\n", i, seen[i],
                    moved[i]);
            skipped_or_repeated++;
        }
    }
    CHECK_EQ(skipped_or_repeated, 0);
}

static void check_filters(void) {
    printf("-- filters: type, conversation group, mark, unread\n");
    fresh_user("filterer");
    MessageBatch batch = {0};
    harness_batch_add(&batch, "a", kTIMConv_C2C, "a", "1", "");
    harness_batch_add(&batch, "b", kTIMConv_C2C, "b", "2", "");
    harness_batch_add(&batch, "g1", kTIMConv_Group, "x", "3", "");
    harness_batch_add(&batch, "g2", kTIMConv_Group, "filterer", "mine", "");
    REQUIRE(harness_batch_receive(&batch) == 0);
    CHECK_STR_EQ(listed_ids(), "g2,g1,b,a");

    CHECK_EQ(CALL(TIMConvMarkConversation("[\"c2c_a\",\"group_g1\"]", kTIMConversationMarkTypeStar,
                                          true, waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(reply_list(), "c2c_a:0,group_g1:0");
    CHECK_EQ(CALL(TIMConvCreateConversationGroup("work", "[\"c2c_b\",\"group_g1\"]",
                                                 waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(reply_list(), "c2c_b:0,group_g1:0");
    CHECK_STR_EQ(listed_ids(), "g2,g1,b,a"); /* marks and groups do not reorder */

    CHECK_STR_EQ(filtered("{}"), "g2,g1,b,a");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_conv_type\":0}"), "g2,g1,b,a");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_conv_type\":1}"), "b,a");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_conv_type\":2}"), "g2,g1");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_conversation_group\":\"work\"}"), "g1,b");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_group_name\":\"work\"}"), "g1,b");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_conversation_group\":\"\"}"), "g2,a");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_group_name\":\"\"}"), "g2,a");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_conversation_group\":\"nope\"}"), "");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_mark_type\":1}"), "g1,a");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_mark_type\":0}"), "g2,b");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_mark_type\":2}"), "");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_has_unread_count\":true}"), "g1,b,a");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_has_unread_count\":false}"), "g2");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_has_unread_count\":true,"
                          "\"conversation_list_filter_conv_type\":2}"),
                 "g1");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_has_group_at_info\":true}"), "");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_has_group_at_info\":false}"), "g2,g1,b,a");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_mark_type\":1,"
                          "\"conversation_list_filter_conversation_group\":\"work\"}"),
                 "g1");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_mark_type\":0,"
                          "\"conversation_list_filter_conversation_group\":\"\"}"),
                 "g2");

    /* A mark filter wants all its bits. */
    CHECK_EQ(CALL(TIMConvMarkConversation("[\"c2c_a\"]", kTIMConversationMarkTypeUnread, true,
                                          waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_mark_type\":3}"), "a");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_mark_type\":2}"), "a");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_mark_type\":1}"), "g1,a");

    /* A conversation that changes moves in and out of the filters. */
    CHECK_EQ(harness_receive_text("g2", kTIMConv_Group, "x", "now unread", ""), 0);
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_has_unread_count\":false}"), "");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_has_unread_count\":true}"), "g2,g1,b,a");
    CHECK_EQ(CALL(TIMConvMarkConversation("[\"group_g1\"]", kTIMConversationMarkTypeStar, false,
                                          waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_mark_type\":1}"), "a");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_mark_type\":0}"), "g2,g1,b");

    /* Bad filters are rejected by the call; nothing is called back. */
    waiter_reset(&reply);
    CHECK_EQ(TIMConvGetConversationListByFilter("{", 0, 10, waiter_on_result, &reply),
             TIM_ERR_JSON);
    CHECK_EQ(TIMConvGetConversationListByFilter("\"x\"", 0, 10, waiter_on_result, &reply),
             TIM_ERR_JSON);
    CHECK_EQ(TIMConvGetConversationListByFilter("{\"conversation_list_filter_conv_type\":\"1\"}",
                                                0, 10, waiter_on_result, &reply),
             TIM_ERR_JSON);
    CHECK_EQ(TIMConvGetConversationListByFilter("{\"conversation_list_filter_conv_type\":9}", 0,
                                                10, waiter_on_result, &reply),
             TIM_ERR_PARAM);
    CHECK_EQ(TIMConvGetConversationListByFilter("{\"conversation_list_filter_conv_type\":3}", 0,
                                                10, waiter_on_result, &reply),
             TIM_ERR_PARAM);
    CHECK_EQ(TIMConvGetConversationListByFilter("{\"conversation_list_filter_conv_type\":-1}", 0,
                                                10, waiter_on_result, &reply),
             TIM_ERR_PARAM);
    CHECK_EQ(TIMConvGetConversationListByFilter(NULL, 0, 10, waiter_on_result, &reply),
             TIM_ERR_PARAM);
    harness_sync();
    CHECK_EQ(waiter_count(&reply), 0);
}

static void check_marks(void) {
    printf("-- TIMConvMarkConversation\n");
    fresh_user("marker");
    MessageBatch batch = {0};
    harness_batch_add(&batch, "a", kTIMConv_C2C, "a", "1", "");
    harness_batch_add(&batch, "b", kTIMConv_C2C, "b", "2", "");
    harness_batch_add(&batch, "g", kTIMConv_Group, "x", "3", "");
    REQUIRE(harness_batch_receive(&batch) == 0);
    harness_sync();
    event_log_clear(&events);
    const uint64_t ext = 1ULL << 40;

    /* One result per ID, in order; the valid ones are applied. */
    CHECK_EQ(CALL(TIMConvMarkConversation("[\"c2c_a\",\"c2c_ghost\",\"bogus\",\"group_g\"]",
                                          kTIMConversationMarkTypeUnread | ext, true,
                                          waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(reply_list(), "c2c_a:0,c2c_ghost:6004,bogus:6017,group_g:0");
    JSpan ghost = {NULL, 0}, ghost_info = {NULL, 0};
    CHECK(jscan_index(jscan_root(reply.json), 1, &ghost) &&
          jscan_member(ghost, kTIMConversationOperationResultResultInfo, &ghost_info) &&
          ghost_info.p[0] == '"' && ghost_info.n > 2); /* a description of the error */
    harness_sync();
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:a,g");
    char info[4096] = "", text[256];
    CHECK(last_event_conv(kTIMConvEvent_Update, "a", info, sizeof info));
    CHECK_STR_EQ(jscan_member_list_text(jscan_root(info), kTIMConvMarkArray, text, sizeof text),
                 "2,1099511627776");
    CHECK_STR_EQ(mark_array("a"), "2,1099511627776");
    CHECK_STR_EQ(mark_array("g"), "2,1099511627776");
    CHECK_STR_EQ(mark_array("b"), "");

    /* Setting bits that are all set already changes nothing. */
    event_log_clear(&events);
    CHECK_EQ(CALL(TIMConvMarkConversation("[\"c2c_a\"]", kTIMConversationMarkTypeUnread, true,
                                          waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(reply_list(), "c2c_a:0");
    harness_sync();
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:");

    /* Clearing removes only the given bits. */
    CHECK_EQ(CALL(TIMConvMarkConversation("[\"c2c_a\"]", kTIMConversationMarkTypeUnread, false,
                                          waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(mark_array("a"), "1099511627776");
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:a");

    /* Every built-in mark and the edges of the extension range; one value per bit, ascending. */
    CHECK_EQ(CALL(TIMConvMarkConversation("[\"c2c_b\"]",
                                          kTIMConversationMarkTypeStar |
                                              kTIMConversationMarkTypeUnread |
                                              kTIMConversationMarkTypeFold |
                                              kTIMConversationMarkTypeHide | (1ULL << 32) |
                                              (1ULL << 63),
                                          true, waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(reply_list(), "c2c_b:0");
    CHECK_STR_EQ(mark_array("b"), "1,2,4,8,4294967296,9223372036854775808");
    CHECK_EQ(CALL(TIMConvMarkConversation("[\"c2c_b\"]", ~0ULL & ~0xFFFFFFF0ULL, false,
                                          waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(mark_array("b"), "");

    /* Bits outside the built-in marks and 32..63, or none: rejected, nothing called back. */
    event_log_clear(&events);
    waiter_reset(&reply);
    const uint64_t bad_marks[] = {0, 1ULL << 4, 1ULL << 20, 1ULL << 31, (1ULL << 40) | (1ULL << 5)};
    for (size_t i = 0; i < sizeof bad_marks / sizeof bad_marks[0]; i++) {
        if (!CHECK_EQ(TIMConvMarkConversation("[\"c2c_a\"]", bad_marks[i], true, waiter_on_result,
                                              &reply),
                      TIM_ERR_PARAM)) {
            fprintf(stderr, "    mark 0x%llx\n", (unsigned long long)bad_marks[i]);
        }
    }
    harness_sync();
    CHECK_EQ(waiter_count(&reply), 0);
    /* Clearing a bit that is not set: accepted, no change. */
    CHECK_EQ(CALL(TIMConvMarkConversation("[\"c2c_a\"]", ext << 4, false, waiter_on_result,
                                          &reply)),
             0);
    CHECK_STR_EQ(reply_list(), "c2c_a:0");
    CHECK_STR_EQ(mark_array("a"), "1099511627776");
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:");

    /* The ID array: at most 100 (51006 beyond), not empty (6017), JSON strings. */
    static char many[4096];
    int len = snprintf(many, sizeof many, "[");
    for (int i = 0; i < 101; i++) {
        len += snprintf(many + len, sizeof many - (size_t)len, "%s\"c2c_u%d\"", i ? "," : "", i);
    }
    snprintf(many + len, sizeof many - (size_t)len, "]");
    CHECK_EQ(CALL(TIMConvMarkConversation(many, kTIMConversationMarkTypeStar, true,
                                          waiter_on_result, &reply)),
             ERR_SVR_CONV_CONV_MARK_REQ_COUNT_EXCEED_LIMIT);
    /* Exactly 100 is fine: c2c_u0..u98 and c2c_a. */
    char *cut = strstr(many, ",\"c2c_u99\"");
    REQUIRE(cut != NULL);
    snprintf(cut, sizeof many - (size_t)(cut - many), ",\"c2c_a\"]");
    CHECK_EQ(CALL(TIMConvMarkConversation(many, kTIMConversationMarkTypeStar, true,
                                          waiter_on_result, &reply)),
             0);
    CHECK_EQ(jscan_length(jscan_root(reply.json)), 100);
    CHECK_CONTAINS(reply_list(), "c2c_u0:6004,c2c_u1:6004,");
    CHECK_CONTAINS(reply_list(), ",c2c_u98:6004,c2c_a:0");
    CHECK_STR_EQ(mark_array("a"), "1,1099511627776");

    CHECK_EQ(CALL(TIMConvMarkConversation("[]", kTIMConversationMarkTypeStar, true,
                                          waiter_on_result, &reply)),
             ERR_INVALID_PARAMETERS);
    CHECK_EQ(TIMConvMarkConversation("[", 1, true, waiter_on_result, &reply), TIM_ERR_JSON);
    CHECK_EQ(TIMConvMarkConversation("[1,2]", 1, true, waiter_on_result, &reply), TIM_ERR_JSON);
    CHECK_EQ(TIMConvMarkConversation(NULL, 1, true, waiter_on_result, &reply), TIM_ERR_PARAM);
}

static void check_custom_data(void) {
    printf("-- TIMConvSetConversationCustomData\n");
    /* Same user as check_marks: a, b, g. */
    event_log_clear(&events);
    CHECK_EQ(CALL(TIMConvSetConversationCustomData("[\"c2c_a\",\"c2c_b\",\"c2c_ghost\"]",
                                                   "{\"tag\":\"vip\"}", waiter_on_result,
                                                   &reply)),
             0);
    CHECK_STR_EQ(reply_list(), "c2c_a:0,c2c_b:0,c2c_ghost:6004");
    CHECK(jscan_get_str_eq(conv("a"), kTIMConvCustomData, "{\\\"tag\\\":\\\"vip\\\"}"));
    CHECK(jscan_get_str_eq(conv("b"), kTIMConvCustomData, "{\\\"tag\\\":\\\"vip\\\"}"));
    CHECK(jscan_get_str_eq(conv("g"), kTIMConvCustomData, ""));
    harness_sync();
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:a,b");

    /* 256 bytes is the limit, counted in bytes. */
    char data[400];
    memset(data, 'y', 256);
    data[256] = '\0';
    CHECK_EQ(CALL(TIMConvSetConversationCustomData("[\"c2c_b\"]", data, waiter_on_result, &reply)),
             0);
    CHECK(jscan_get_str_eq(conv("b"), kTIMConvCustomData, data));
    data[256] = 'y';
    data[257] = '\0';
    CHECK_EQ(TIMConvSetConversationCustomData("[\"c2c_b\"]", data, waiter_on_result, &reply),
             TIM_ERR_PARAM);
    data[0] = '\0';
    for (int i = 0; i < 128; i++) strcat(data, "\xc3\xa9"); /* 128 x U+00E9: 256 bytes */
    CHECK_EQ(CALL(TIMConvSetConversationCustomData("[\"group_g\"]", data, waiter_on_result,
                                                   &reply)),
             0);
    CHECK(jscan_get_str_eq(conv("g"), kTIMConvCustomData, data));
    strcat(data, "x");
    CHECK_EQ(TIMConvSetConversationCustomData("[\"group_g\"]", data, waiter_on_result, &reply),
             TIM_ERR_PARAM);
    CHECK_EQ(TIMConvSetConversationCustomData("[\"c2c_b\"]", NULL, waiter_on_result, &reply),
             TIM_ERR_PARAM);

    /* The same value again changes nothing; "" clears. */
    event_log_clear(&events);
    CHECK_EQ(CALL(TIMConvSetConversationCustomData("[\"c2c_a\"]", "{\"tag\":\"vip\"}",
                                                   waiter_on_result, &reply)),
             0);
    harness_sync();
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:");
    CHECK_EQ(CALL(TIMConvSetConversationCustomData("[\"c2c_a\"]", "", waiter_on_result, &reply)),
             0);
    CHECK(jscan_get_str_eq(conv("a"), kTIMConvCustomData, ""));
    CHECK_STR_EQ(event_summary(), "Add: Del: Update:a");
    CHECK_EQ(CALL(TIMConvSetConversationCustomData("[\"c2c_a\"]", "{\"tag\":\"vip\"}",
                                                   waiter_on_result, &reply)),
             0);

    CHECK_EQ(CALL(TIMConvSetConversationCustomData("[]", "x", waiter_on_result, &reply)),
             ERR_INVALID_PARAMETERS);
}

/* Marks and custom data of check_marks / check_custom_data after TIMUninit + TIMInit. */
static void check_marks_persist(const char *dir) {
    printf("-- marks and custom data after a restart\n");
    CHECK_EQ(TIMUninit(), TIM_SUCC);
    REQUIRE(harness_init(dir) == TIM_SUCC);
    REQUIRE(harness_login("marker") == 0);
    CHECK_STR_EQ(mark_array("a"), "1,1099511627776");
    CHECK_STR_EQ(mark_array("g"), "2,1099511627776");
    CHECK_STR_EQ(mark_array("b"), "");
    CHECK(jscan_get_str_eq(conv("a"), kTIMConvCustomData, "{\\\"tag\\\":\\\"vip\\\"}"));
    char data[300];
    memset(data, 'y', 256);
    data[256] = '\0';
    CHECK(jscan_get_str_eq(conv("b"), kTIMConvCustomData, data));
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_mark_type\":1099511627776}"), "g,a");
}

static void check_delete_list(void) {
    printf("-- TIMConvDeleteConversationList\n");
    fresh_user("deleter");
    MessageBatch batch = {0};
    harness_batch_add(&batch, "keep", kTIMConv_C2C, "keep", "1", "");
    harness_batch_add(&batch, "keep", kTIMConv_C2C, "keep", "2", "");
    harness_batch_add(&batch, "wipe", kTIMConv_C2C, "wipe", "1", "");
    harness_batch_add(&batch, "wipe", kTIMConv_C2C, "wipe", "2", "");
    harness_batch_add(&batch, "team", kTIMConv_Group, "x", "1", "");
    harness_batch_add(&batch, "stay", kTIMConv_C2C, "stay", "1", "");
    REQUIRE(harness_batch_receive(&batch) == 0);
    CHECK_EQ(CALL(TIMConvPinConversation("keep", kTIMConv_C2C, true, waiter_on_result, &reply)),
             0);
    CHECK_EQ(CALL(TIMConvMarkConversation("[\"c2c_keep\"]", kTIMConversationMarkTypeStar, true,
                                          waiter_on_result, &reply)),
             0);
    CHECK_EQ(CALL(TIMConvCreateConversationGroup("kept", "[\"c2c_keep\"]", waiter_on_result,
                                                 &reply)),
             0);
    CHECK_EQ(TIMConvSetDraft("keep", kTIMConv_C2C,
                             "{\"draft_msg\":{\"message_elem_array\":[{\"elem_type\":0,"
                             "\"text_elem_content\":\"d\"}]}}"),
             TIM_SUCC);
    CHECK_EQ(total_unread(), 6);
    harness_sync();
    event_log_clear(&events);

    /* Without clearing messages. */
    CHECK_EQ(CALL(TIMConvDeleteConversationList("[\"c2c_keep\"]", false, waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(reply_list(), "c2c_keep:0");
    CHECK_STR_EQ(event_summary(), "Add: Del:keep Update:");

    /* With clearing; one result per ID, a repeated ID is unknown by then. */
    event_log_clear(&events);
    CHECK_EQ(CALL(TIMConvDeleteConversationList(
                 "[\"c2c_wipe\",\"c2c_wipe\",\"group_team\",\"c2c_ghost\",\"nope\"]", true,
                 waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(reply_list(), "c2c_wipe:0,c2c_wipe:6004,group_team:0,c2c_ghost:6004,nope:6017");
    CHECK_STR_EQ(event_summary(), "Add: Del:wipe,team Update:");
    CHECK_STR_EQ(listed_ids(), "stay");
    CHECK_EQ(total_unread(), 1);
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_conversation_group\":\"kept\"}"), "");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_mark_type\":1}"), "");
    CHECK_EQ(CALL(TIMConvGetConvInfo("[{\"get_conversation_list_param_conv_id\":\"keep\","
                                     "\"get_conversation_list_param_conv_type\":1}]",
                                     waiter_on_result, &reply)),
             0);
    CHECK_EQ(jscan_length(jscan_root(reply.json)), 0);

    /* Back again: fresh (no pin, mark, group, draft); the kept history goes on, the wiped one
     * restarts. */
    event_log_clear(&events);
    batch = (MessageBatch){0};
    harness_batch_add(&batch, "keep", kTIMConv_C2C, "keep", "3", "");
    harness_batch_add(&batch, "wipe", kTIMConv_C2C, "wipe", "3", "");
    REQUIRE(harness_batch_receive(&batch) == 0);
    harness_sync();
    CHECK_STR_EQ(event_summary(), "Add:keep,wipe Del: Update:");
    JSpan keep = conv("keep"), last = {NULL, 0};
    CHECK_EQ(jscan_get_int(keep, kTIMConvUnReadNum), 1);
    CHECK(!jscan_get_true(keep, kTIMConvIsPinned));
    CHECK(!jscan_get_true(keep, kTIMConvIsHasDraft));
    char text[256];
    CHECK_STR_EQ(jscan_member_list_text(keep, kTIMConvMarkArray, text, sizeof text), "");
    CHECK_STR_EQ(jscan_member_list_text(keep, kTIMConvConversationGroupArray, text, sizeof text),
                 "");
    CHECK(jscan_member(keep, kTIMConvLastMsg, &last));
    CHECK_EQ(jscan_get_int(last, kTIMMsgSeq), 3);
    CHECK(jscan_member(conv("wipe"), kTIMConvLastMsg, &last));
    CHECK_EQ(jscan_get_int(last, kTIMMsgSeq), 1);
    CHECK_EQ(total_unread(), 3);

    /* The ID array limits. */
    static char many[4096];
    int len = snprintf(many, sizeof many, "[");
    for (int i = 0; i < 101; i++) {
        len += snprintf(many + len, sizeof many - (size_t)len, "%s\"c2c_stay\"", i ? "," : "");
    }
    snprintf(many + len, sizeof many - (size_t)len, "]");
    CHECK_EQ(CALL(TIMConvDeleteConversationList(many, false, waiter_on_result, &reply)),
             ERR_SVR_CONV_CONV_MARK_REQ_COUNT_EXCEED_LIMIT);
    CHECK_EQ(CALL(TIMConvDeleteConversationList("[]", false, waiter_on_result, &reply)),
             ERR_INVALID_PARAMETERS);
    CHECK_EQ(TIMConvDeleteConversationList("{", false, waiter_on_result, &reply), TIM_ERR_JSON);
    CHECK_EQ(TIMConvDeleteConversationList(NULL, false, waiter_on_result, &reply), TIM_ERR_PARAM);
    CHECK(conv("stay").p != NULL);
}

int main(void) {
    char dir[256];
    REQUIRE(harness_make_temp_dir(dir, sizeof dir));
    event_log_init(&events);
    waiter_init(&reply);
    TIMSetConvEventCallback(event_log_on_conv_event, &events);
    REQUIRE(harness_init(dir) == TIM_SUCC);
    REQUIRE(harness_login("start") == 0);

    check_paging();
    check_paging_while_moving();
    check_filters();
    check_marks();
    check_custom_data();
    check_delete_list();
    check_marks_persist(dir);

    CHECK_EQ(harness_logout(), 0);
    CHECK_EQ(TIMUninit(), TIM_SUCC);
    TIMSetConvEventCallback(NULL, NULL);
    free(snapshot);
    waiter_destroy(&reply);
    event_log_destroy(&events);
    harness_remove_tree(dir);
    return harness_finish();
}
