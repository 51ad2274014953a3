/*
 * The newer conversation APIs from C, part 2: conversation groups and their five listeners,
 * unread by filter (count, subscriptions and their listener) and
 * TIMConvCleanConversationUnreadMessageCount. Part 1 is conversation_api.c.
 *
 * Each scenario logs in its own user, so it starts from an empty conversation list.
 */
#include "harness.h"
#include "jscan.h"

#include <stdarg.h>

static EventLog events;
static Waiter reply;  /* the callback of the last CALL */
static Waiter totals; /* total-unread listener: code = the new total */

static int finish_call(int rc) {
    if (rc != TIM_SUCC) return rc;
    return waiter_wait(&reply) ? reply.code : -1000;
}

/* Runs an asynchronous API call that reports to `reply`; evaluates to its callback code (or the
 * TIMResult if it was rejected). The callback JSON is then in reply.json. */
#define CALL(call) (waiter_reset(&reply), finish_call(call))

/* The last callback JSON, rendered by jscan_list_text (e.g. "c2c_a:0,c2c_zz:6004"). */
static const char *reply_list(void) {
    static char text[8192];
    return jscan_list_text(jscan_root(reply.json), text, sizeof text);
}

static char *snapshot;

/* The current ConvInfo of conv_id (an empty span if it is not listed); valid until the next
 * call. */
static JSpan conv(const char *conv_id) {
    free(snapshot);
    snapshot = harness_conv_list();
    JSpan found = {NULL, 0};
    jscan_find_conv(jscan_root(snapshot), conv_id, &found);
    return found;
}

static const char *groups_of(const char *conv_id) {
    static char text[1024];
    return jscan_member_list_text(conv(conv_id), kTIMConvConversationGroupArray, text,
                                  sizeof text);
}

static long long unread_of(const char *conv_id) {
    return jscan_get_int(conv(conv_id), kTIMConvUnReadNum);
}

static int total_unread(void) {
    if (CALL(TIMConvGetTotalUnreadMessageCount(waiter_on_result, &reply)) != 0) return -1;
    return (int)jscan_get_int(jscan_root(reply.json),
                              kTIMConvGetTotalUnreadMessageCountResultUnreadCount);
}

static int unread_by_filter(const char *filter) {
    if (CALL(TIMConvGetUnreadMessageCountByFilter(filter, waiter_on_result, &reply)) != 0) {
        return -1;
    }
    return (int)jscan_get_int(jscan_root(reply.json),
                              kTIMConvGetTotalUnreadMessageCountResultUnreadCount);
}

/* The IDs on the first page passing filter. */
static const char *filtered(const char *filter) {
    static char text[4096];
    snprintf(text, sizeof text, "(error)");
    if (CALL(TIMConvGetConversationListByFilter(filter, 0, 100, waiter_on_result, &reply)) == 0) {
        JSpan list = {NULL, 0};
        jscan_member(jscan_root(reply.json), TIMConversationListResultConvList, &list);
        jscan_list_text(list, text, sizeof text);
    }
    return text;
}

/* Switches to a user of its own (empty list) and forgets the events so far. */
static void fresh_user(const char *user_id) {
    if (TIMGetLoginStatus() != kTIMLoginStatus_UnLogined) REQUIRE(harness_logout() == 0);
    REQUIRE(harness_login(user_id) == 0);
    harness_sync();
    event_log_clear(&events);
}

/* ---- Lines: what the listeners reported, one line per call --------------------------------- */

typedef struct Lines {
    pthread_mutex_t mu;
    char *items[256];
    int count;
} Lines;

static Lines heard = {PTHREAD_MUTEX_INITIALIZER, {NULL}, 0};

static void heard_add(const char *format, ...) {
    char line[1024];
    va_list args;
    va_start(args, format);
    vsnprintf(line, sizeof line, format, args);
    va_end(args);
    pthread_mutex_lock(&heard.mu);
    if (heard.count < (int)(sizeof heard.items / sizeof heard.items[0])) {
        heard.items[heard.count++] = harness_strdup(line);
    }
    pthread_mutex_unlock(&heard.mu);
}

static void heard_clear(void) {
    pthread_mutex_lock(&heard.mu);
    for (int i = 0; i < heard.count; i++) free(heard.items[i]);
    heard.count = 0;
    pthread_mutex_unlock(&heard.mu);
}

/* The lines so far joined by " | "; then forgets them. */
static const char *heard_take(void) {
    static char text[8192];
    size_t used = 0;
    text[0] = '\0';
    pthread_mutex_lock(&heard.mu);
    for (int i = 0; i < heard.count && used < sizeof text; i++) {
        used += (size_t)snprintf(text + used, sizeof text - used, "%s%s", i ? " | " : "",
                                 heard.items[i]);
    }
    pthread_mutex_unlock(&heard.mu);
    heard_clear();
    return text;
}

/* ---- listeners ----------------------------------------------------------------------------- */

static int listener_cookie; /* the user_data every listener is registered with */

static void on_total_unread(int total, const void *user_data) {
    waiter_on_result(total, "", "", user_data);
}

/* "[a,b]" for a conversation_array of ConvInfo objects; flags anything else. */
static const char *conv_array_text(const char *json, char *buf, size_t size) {
    JSpan array = jscan_root(json), item;
    bool conv_infos = jscan_length(array) >= 0;
    for (int i = 0; jscan_index(array, i, &item); i++) {
        conv_infos = conv_infos && item.p[0] == '{' && jscan_get_int(item, kTIMConvType) > 0;
    }
    char ids[900];
    jscan_list_text(array, ids, sizeof ids);
    snprintf(buf, size, "[%s]%s", ids, conv_infos ? "" : " (not ConvInfo objects)");
    return buf;
}

static const char *cookie_text(const void *user_data) {
    return user_data == &listener_cookie ? "" : " (wrong user_data)";
}

static void on_group_created(const char *name, const char *convs, const void *user_data) {
    char text[1024];
    heard_add("created %s %s%s", name, conv_array_text(convs, text, sizeof text),
              cookie_text(user_data));
}

static void on_group_deleted(const char *name, const void *user_data) {
    heard_add("deleted %s%s", name, cookie_text(user_data));
}

static void on_group_renamed(const char *old_name, const char *new_name, const void *user_data) {
    heard_add("renamed %s %s%s", old_name, new_name, cookie_text(user_data));
}

static void on_added_to_group(const char *name, const char *convs, const void *user_data) {
    char text[1024];
    heard_add("added %s %s%s", name, conv_array_text(convs, text, sizeof text),
              cookie_text(user_data));
}

static void on_deleted_from_group(const char *name, const char *convs, uint32_t reason,
                                  const void *user_data) {
    char text[1024];
    heard_add("removed %s %s %u%s", name, conv_array_text(convs, text, sizeof text),
              (unsigned)reason, cookie_text(user_data));
}

/* Subscribed filters, exactly as passed to TIMConvSubscribeUnreadMessageCountByFilter. */
static const char GROUPS[] = "{\"conversation_list_filter_conv_type\":2}";
static const char C2C_UNREAD[] = "{\"conversation_list_filter_conv_type\":1, "
                                 "\"conversation_list_filter_has_unread_count\": true}";
static const char C2C[] = "{ \"conversation_list_filter_conv_type\" : 1 }";
static const char STARRED[] = "{\"conversation_list_filter_mark_type\":1}";
static const char VIP[] = "{\"conversation_list_filter_conversation_group\":\"vip\"}";

/* Lines "name=total": the filter must be one of the above, byte for byte. */
static void on_unread_by_filter(const char *filter, int total, const void *user_data) {
    static const struct {
        const char *name;
        const char *filter;
    } known[] = {{"groups", GROUPS}, {"c2c-unread", C2C_UNREAD}, {"c2c", C2C},
                 {"starred", STARRED}, {"vip", VIP}};
    const char *name = NULL;
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
        if (filter != NULL && strcmp(filter, known[i].filter) == 0) name = known[i].name;
    }
    if (name != NULL) {
        heard_add("%s=%d%s", name, total, cookie_text(user_data));
    } else {
        heard_add("unknown filter %s=%d", filter ? filter : "(null)", total);
    }
}

/* ---- scenarios ----------------------------------------------------------------------------- */

static void check_groups(const char *dir) {
    printf("-- conversation groups and their listeners\n");
    fresh_user("grouper");
    MessageBatch batch = {0};
    harness_batch_add(&batch, "a", kTIMConv_C2C, "a", "1", "");
    harness_batch_add(&batch, "b", kTIMConv_C2C, "b", "2", "");
    harness_batch_add(&batch, "g", kTIMConv_Group, "x", "3", "");
    REQUIRE(harness_batch_receive(&batch) == 0);
    harness_sync();
    event_log_clear(&events);
    heard_clear();

    /* Create: one result per ID; the listener gets the conversations added. */
    CHECK_EQ(CALL(TIMConvCreateConversationGroup("friends", "[\"c2c_a\",\"c2c_zz\"]",
                                                 waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(reply_list(), "c2c_a:0,c2c_zz:6004");
    CHECK_STR_EQ(heard_take(), "created friends [a]");
    CHECK_EQ(event_log_count_of(&events, kTIMConvEvent_Update), 1);
    CHECK_EQ(event_log_size(&events), 1);
    CHECK_STR_EQ(groups_of("a"), "friends");
    CHECK_STR_EQ(groups_of("b"), "");

    /* Names: 1..32 bytes, not taken. */
    CHECK_EQ(CALL(TIMConvCreateConversationGroup("friends", "[\"c2c_b\"]", waiter_on_result,
                                                 &reply)),
             ERR_INVALID_PARAMETERS);
    CHECK_EQ(TIMConvCreateConversationGroup("", "[\"c2c_b\"]", waiter_on_result, &reply),
             TIM_ERR_PARAM); /* an empty name is refused at once, as the SDK does */
    char long_name[40];
    memset(long_name, 'n', 33);
    long_name[33] = '\0';
    CHECK_EQ(CALL(TIMConvCreateConversationGroup(long_name, "[\"c2c_b\"]", waiter_on_result,
                                                 &reply)),
             ERR_SVR_CONV_CONV_GROUP_NAME_EXCEED_LENGTH);
    CHECK_EQ(CALL(TIMConvCreateConversationGroup("x", "[]", waiter_on_result, &reply)),
             ERR_INVALID_PARAMETERS);
    CHECK_EQ(TIMConvCreateConversationGroup(NULL, "[\"c2c_b\"]", waiter_on_result, &reply),
             TIM_ERR_PARAM);
    CHECK_EQ(TIMConvCreateConversationGroup("x", "[1,2]", waiter_on_result, &reply),
             TIM_ERR_JSON);
    CHECK_EQ(TIMConvCreateConversationGroup("x", NULL, waiter_on_result, &reply), TIM_ERR_PARAM);
    long_name[32] = '\0'; /* 32 bytes: fine */
    CHECK_EQ(CALL(TIMConvCreateConversationGroup(long_name, "[\"c2c_b\"]", waiter_on_result,
                                                 &reply)),
             0);
    CHECK_EQ(CALL(TIMConvDeleteConversationGroup(long_name, waiter_on_result, &reply)), 0);
    char expected[256];
    snprintf(expected, sizeof expected, "created %s [b] | deleted %s", long_name, long_name);
    CHECK_STR_EQ(heard_take(), expected);
    CHECK_STR_EQ(groups_of("b"), "");

    /* Add: the listener names only the conversations that joined. */
    event_log_clear(&events);
    CHECK_EQ(CALL(TIMConvAddConversationsToGroup("friends", "[\"c2c_b\",\"group_g\",\"c2c_a\"]",
                                                 waiter_on_result, &reply)),
             0);
    CHECK_EQ(jscan_length(jscan_root(reply.json)), 3);
    CHECK_CONTAINS(reply_list(), "c2c_b:0,group_g:0,c2c_a:");
    CHECK_STR_EQ(heard_take(), "added friends [b,g]");
    CHECK_EQ(event_log_count_of(&events, kTIMConvEvent_Update), event_log_size(&events));
    CHECK_STR_EQ(groups_of("b"), "friends");
    CHECK_STR_EQ(groups_of("g"), "friends");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_conversation_group\":\"friends\"}"),
                 "g,b,a");

    /* Delete from: reason 0. */
    CHECK_EQ(CALL(TIMConvDeleteConversationsFromGroup("friends", "[\"group_g\",\"c2c_zz\"]",
                                                      waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(reply_list(), "group_g:0,c2c_zz:6004");
    CHECK_STR_EQ(heard_take(), "removed friends [g] 0");
    CHECK_STR_EQ(groups_of("g"), "");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_conversation_group\":\"\"}"), "g");

    /* Unknown groups: 51009. */
    CHECK_EQ(CALL(TIMConvAddConversationsToGroup("nope", "[\"c2c_b\"]", waiter_on_result, &reply)),
             ERR_SVR_CONV_CONV_GROUP_NOT_EXIST);
    CHECK_EQ(CALL(TIMConvDeleteConversationsFromGroup("nope", "[\"c2c_b\"]", waiter_on_result,
                                                      &reply)),
             ERR_SVR_CONV_CONV_GROUP_NOT_EXIST);
    CHECK_EQ(CALL(TIMConvRenameConversationGroup("ghost", "x", waiter_on_result, &reply)),
             ERR_SVR_CONV_CONV_GROUP_NOT_EXIST);
    CHECK_EQ(CALL(TIMConvDeleteConversationGroup("ghost", waiter_on_result, &reply)),
             ERR_SVR_CONV_CONV_GROUP_NOT_EXIST);
    CHECK_STR_EQ(heard_take(), "");

    /* Rename: members follow. */
    event_log_clear(&events);
    CHECK_EQ(CALL(TIMConvRenameConversationGroup("friends", "pals", waiter_on_result, &reply)), 0);
    CHECK_STR_EQ(heard_take(), "renamed friends pals");
    CHECK_EQ(event_log_count_of(&events, kTIMConvEvent_Update), event_log_size(&events));
    CHECK(event_log_size(&events) >= 1);
    CHECK_STR_EQ(groups_of("a"), "pals");
    CHECK_STR_EQ(groups_of("b"), "pals");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_conversation_group\":\"pals\"}"), "b,a");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_group_name\":\"pals\"}"), "b,a");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_conversation_group\":\"friends\"}"), "");

    /* At most 20 groups: 19 more, then the 21st is refused. */
    for (int i = 0; i < 19; i++) {
        char name[16];
        snprintf(name, sizeof name, "g%02d", i);
        CHECK_EQ(CALL(TIMConvCreateConversationGroup(name, "[\"group_g\"]", waiter_on_result,
                                                     &reply)),
                 0);
    }
    CHECK_EQ(CALL(TIMConvCreateConversationGroup("one-too-many", "[\"c2c_a\"]", waiter_on_result,
                                                 &reply)),
             ERR_SVR_CONV_CONV_GROUP_TOTAL_COUNT_EXCEED_LIMIT);
    /* Renaming onto a taken name, or to an empty or long one. */
    CHECK_EQ(CALL(TIMConvRenameConversationGroup("pals", "g00", waiter_on_result, &reply)),
             ERR_INVALID_PARAMETERS);
    CHECK_EQ(CALL(TIMConvRenameConversationGroup("pals", "", waiter_on_result, &reply)),
             ERR_INVALID_PARAMETERS);
    long_name[32] = 'n';
    CHECK_EQ(CALL(TIMConvRenameConversationGroup("pals", long_name, waiter_on_result, &reply)),
             ERR_SVR_CONV_CONV_GROUP_NAME_EXCEED_LENGTH);
    const char *lines = heard_take();
    CHECK(strncmp(lines, "created g00 [g] | created g01 [g] | ", 36) == 0);
    CHECK_CONTAINS(lines, "| created g18 [g]");
    CHECK(strstr(lines, "one-too-many") == NULL && strstr(lines, "renamed") == NULL);

    CHECK_EQ(CALL(TIMConvGetConversationGroupList(waiter_on_result, &reply)), 0);
    CHECK_STR_EQ(reply_list(), "pals,g00,g01,g02,g03,g04,g05,g06,g07,g08,g09,g10,g11,g12,g13,g14,"
                               "g15,g16,g17,g18");
    CHECK_EQ(jscan_length(jscan_root(reply.json)), 20);
    CHECK_STR_EQ(groups_of("g"),
                 "g00,g01,g02,g03,g04,g05,g06,g07,g08,g09,g10,g11,g12,g13,g14,g15,g16,g17,g18");

    /* Restart with the same data directory: groups and membership are still there. */
    CHECK_EQ(TIMUninit(), TIM_SUCC);
    REQUIRE(harness_init(dir) == TIM_SUCC);
    REQUIRE(harness_login("grouper") == 0);
    harness_sync();
    event_log_clear(&events);
    CHECK_EQ(CALL(TIMConvGetConversationGroupList(waiter_on_result, &reply)), 0);
    CHECK_EQ(jscan_length(jscan_root(reply.json)), 20);
    CHECK(strncmp(reply_list(), "pals,g00,g01,", 13) == 0);
    CHECK_STR_EQ(groups_of("a"), "pals");
    CHECK_STR_EQ(groups_of("b"), "pals");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_conversation_group\":\"pals\"}"), "b,a");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_conversation_group\":\"g05\"}"), "g");
    CHECK_EQ(harness_receive_text("a", kTIMConv_C2C, "a", "up", ""), 0); /* a moves up */
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_conversation_group\":\"pals\"}"), "a,b");
    event_log_clear(&events);

    /* Delete: the conversations stay, outside the group. */
    CHECK_EQ(CALL(TIMConvDeleteConversationGroup("pals", waiter_on_result, &reply)), 0);
    CHECK_STR_EQ(heard_take(), "deleted pals");
    CHECK_EQ(event_log_count_of(&events, kTIMConvEvent_Update), event_log_size(&events));
    CHECK(event_log_size(&events) >= 1);
    CHECK_STR_EQ(groups_of("a"), "");
    CHECK_STR_EQ(groups_of("b"), "");
    CHECK(conv("a").p != NULL);
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_conversation_group\":\"pals\"}"), "");
    CHECK_EQ(CALL(TIMConvDeleteConversationGroup("pals", waiter_on_result, &reply)),
             ERR_SVR_CONV_CONV_GROUP_NOT_EXIST);
    CHECK_EQ(CALL(TIMConvCreateConversationGroup("again", "[\"c2c_a\"]", waiter_on_result,
                                                 &reply)),
             0); /* room for one more now */
    CHECK_EQ(CALL(TIMConvGetConversationGroupList(waiter_on_result, &reply)), 0);
    CHECK(strncmp(reply_list(), "g00,g01,", 8) == 0);
    CHECK_CONTAINS(reply_list(), ",g18,again");
    CHECK_STR_EQ(heard_take(), "created again [a]");
}

static void check_subscriptions(void) {
    printf("-- unread by filter: count, subscriptions, listener\n");
    /* Subscribed before login (in main): GROUPS and C2C_UNREAD. */
    fresh_user("subscriber");
    heard_clear();

    MessageBatch batch = {0};
    harness_batch_add(&batch, "g", kTIMConv_Group, "x", "1", "");
    harness_batch_add(&batch, "g", kTIMConv_Group, "x", "2", "");
    REQUIRE(harness_batch_receive(&batch) == 0);
    CHECK_STR_EQ(heard_take(), "groups=2");
    CHECK_EQ(harness_receive_text("a", kTIMConv_C2C, "a", "1", ""), 0);
    CHECK_STR_EQ(heard_take(), "c2c-unread=1");

    /* No change of a subscribed total, no call. */
    CHECK_EQ(harness_receive_text("a", kTIMConv_C2C, "subscriber", "mine", ""), 0);
    CHECK_EQ(harness_receive_text("a", kTIMConv_C2C, "a", "quiet",
                                  ",\"message_is_excluded_from_unread_count\":true"),
             0);
    CHECK_EQ(harness_receive_text("h", kTIMConv_Group, "subscriber", "mine", ""), 0);
    CHECK_STR_EQ(heard_take(), "");

    CHECK_EQ(unread_by_filter(GROUPS), 2);
    CHECK_EQ(unread_by_filter(C2C_UNREAD), 1);
    CHECK_EQ(unread_by_filter("{}"), 3);
    CHECK_EQ(unread_by_filter("{\"conversation_list_filter_has_unread_count\":false}"), 0);
    CHECK_EQ(TIMConvGetUnreadMessageCountByFilter("{", waiter_on_result, &reply), TIM_ERR_JSON);
    CHECK_EQ(TIMConvGetUnreadMessageCountByFilter("{\"conversation_list_filter_conv_type\":9}",
                                                  waiter_on_result, &reply),
             TIM_ERR_PARAM);
    CHECK_EQ(TIMConvGetUnreadMessageCountByFilter(NULL, waiter_on_result, &reply), TIM_ERR_PARAM);

    CHECK_EQ(CALL(TIMConvCleanConversationUnreadMessageCount("group_g", 0, 0, waiter_on_result,
                                                             &reply)),
             0);
    CHECK_STR_EQ(heard_take(), "groups=0");

    /* Mark and conversation-group subscriptions follow marks and membership, not only
     * messages. */
    CHECK_EQ(TIMConvSubscribeUnreadMessageCountByFilter(STARRED), TIM_SUCC);
    CHECK_EQ(TIMConvSubscribeUnreadMessageCountByFilter(VIP), TIM_SUCC);
    CHECK_EQ(CALL(TIMConvMarkConversation("[\"c2c_a\"]", kTIMConversationMarkTypeStar, true,
                                          waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(heard_take(), "starred=1");
    CHECK_EQ(CALL(TIMConvCreateConversationGroup("vip", "[\"c2c_a\",\"group_g\"]",
                                                 waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(heard_take(), "created vip [a,g] | vip=1");
    CHECK_EQ(harness_receive_text("g", kTIMConv_Group, "x", "3", ""), 0);
    CHECK_STR_EQ(heard_take(), "groups=1 | vip=2");
    CHECK_EQ(unread_by_filter(VIP), 2);
    CHECK_EQ(unread_by_filter(STARRED), 1);
    CHECK_EQ(CALL(TIMConvMarkConversation("[\"c2c_a\"]", kTIMConversationMarkTypeStar, false,
                                          waiter_on_result, &reply)),
             0);
    CHECK_STR_EQ(heard_take(), "starred=0");
    CHECK_EQ(CALL(TIMConvRenameConversationGroup("vip", "vip2", waiter_on_result, &reply)), 0);
    CHECK_STR_EQ(heard_take(), "renamed vip vip2 | vip=0");
    CHECK_EQ(CALL(TIMConvRenameConversationGroup("vip2", "vip", waiter_on_result, &reply)), 0);
    CHECK_STR_EQ(heard_take(), "renamed vip2 vip | vip=2");
    CHECK_EQ(CALL(TIMConvDeleteConversationGroup("vip", waiter_on_result, &reply)), 0);
    CHECK_STR_EQ(heard_take(), "deleted vip | vip=0");
    CHECK_EQ(TIMConvUnsubscribeUnreadMessageCountByFilter(STARRED), TIM_SUCC);
    CHECK_EQ(TIMConvUnsubscribeUnreadMessageCountByFilter(VIP), TIM_SUCC);
    CHECK_EQ(CALL(TIMConvCreateConversationGroup("vip", "[\"c2c_a\"]", waiter_on_result,
                                                 &reply)),
             0);
    CHECK_STR_EQ(heard_take(), "created vip [a]"); /* unsubscribed: no vip=1 */

    /* Same type, mark and group: replaces the subscription, and the listener gets the new
     * text. */
    CHECK_EQ(TIMConvSubscribeUnreadMessageCountByFilter(C2C), TIM_SUCC);
    CHECK_EQ(harness_receive_text("a", kTIMConv_C2C, "a", "2", ""), 0);
    CHECK_STR_EQ(heard_take(), "c2c=2");

    /* Unsubscribing matches by type, mark and group too. */
    CHECK_EQ(TIMConvUnsubscribeUnreadMessageCountByFilter(
                 "{\"conversation_list_filter_has_unread_count\":false,"
                 "\"conversation_list_filter_conv_type\":2}"),
             TIM_SUCC);
    batch = (MessageBatch){0};
    harness_batch_add(&batch, "g", kTIMConv_Group, "x", "4", "");
    harness_batch_add(&batch, "a", kTIMConv_C2C, "a", "3", "");
    REQUIRE(harness_batch_receive(&batch) == 0);
    CHECK_STR_EQ(heard_take(), "c2c=3");

    /* Deleting a conversation changes totals too. */
    CHECK_EQ(CALL(TIMConvDelete("a", kTIMConv_C2C, waiter_on_result, &reply)), 0);
    CHECK_STR_EQ(heard_take(), "c2c=0");
    CHECK_EQ(TIMConvUnsubscribeUnreadMessageCountByFilter("{"), TIM_ERR_JSON);
    CHECK_EQ(
        TIMConvSubscribeUnreadMessageCountByFilter("{\"conversation_list_filter_conv_type\":9}"),
        TIM_ERR_PARAM);

    /* Across logins: still subscribed for the next user. */
    fresh_user("subscriber2");
    heard_clear();
    CHECK_EQ(harness_receive_text("z", kTIMConv_C2C, "z", "hello", ""), 0);
    CHECK_STR_EQ(heard_take(), "c2c=1");
    CHECK_EQ(harness_logout(), 0);
    heard_clear();
}

static void check_subscriptions_end_with_uninit(const char *dir) {
    printf("-- subscriptions end with TIMUninit\n");
    CHECK_EQ(TIMUninit(), TIM_SUCC);
    CHECK_EQ(TIMConvSubscribeUnreadMessageCountByFilter(C2C), TIM_ERR_SDKUNINIT);
    REQUIRE(harness_init(dir) == TIM_SUCC);
    REQUIRE(harness_login("subscriber2") == 0);
    CHECK_EQ(harness_receive_text("z", kTIMConv_C2C, "z", "again", ""), 0);
    harness_sync();
    CHECK_STR_EQ(heard_take(), "");
    CHECK_EQ(TIMConvSubscribeUnreadMessageCountByFilter(C2C), TIM_SUCC); /* logged in: fine */
    CHECK_EQ(harness_receive_text("z", kTIMConv_C2C, "z", "and again", ""), 0);
    CHECK_STR_EQ(heard_take(), "c2c=3");
    CHECK_EQ(TIMConvUnsubscribeUnreadMessageCountByFilter(C2C), TIM_SUCC);
    CHECK_EQ(harness_receive_text("z", kTIMConv_C2C, "z", "unheard", ""), 0);
    CHECK_STR_EQ(heard_take(), "");
}

/* A text message with an explicit server time and sequence. */
static void add_at(MessageBatch *batch, const char *conv_id, int conv_type, unsigned time,
                   unsigned seq) {
    char extra[128];
    snprintf(extra, sizeof extra, ",\"%s\":%u,\"%s\":%u", kTIMMsgServerTime, time, kTIMMsgSeq,
             seq);
    harness_batch_add(batch, conv_id, conv_type, "peer", "m", extra);
}

/* conv_group_at_info_array of conv_id as "seq:type,..." */
static const char *at_info(const char *conv_id) {
    static char text[512];
    JSpan array = {NULL, 0}, item;
    size_t used = 0;
    snprintf(text, sizeof text, "(absent)");
    if (!jscan_member(conv(conv_id), kTIMConvGroupAtInfoArray, &array)) return text;
    text[0] = '\0';
    for (int i = 0; jscan_index(array, i, &item) && used < sizeof text; i++) {
        used += (size_t)snprintf(text + used, sizeof text - used, "%s%lld:%lld", i ? "," : "",
                                 jscan_get_int(item, kTIMGroupAtInfoSeq),
                                 jscan_get_int(item, kTIMGroupAtInfoAtType));
    }
    return text;
}

/* The conv_unread_num of conv_id in the last Update event naming it (-1 if none). */
static long long updated_unread(const char *conv_id) {
    long long n = -1;
    pthread_mutex_lock(&events.mu);
    for (int i = 0; i < events.count; i++) {
        JSpan found;
        if (events.items[i].event == kTIMConvEvent_Update &&
            jscan_find_conv(jscan_root(events.items[i].json), conv_id, &found)) {
            n = jscan_get_int(found, kTIMConvUnReadNum);
        }
    }
    pthread_mutex_unlock(&events.mu);
    return n;
}

#define CLEAN(conv_id, timestamp, sequence)                                                \
    CALL(TIMConvCleanConversationUnreadMessageCount((conv_id), (timestamp), (sequence), \
                                                    waiter_on_result, &reply))

static void check_clean_unread(const char *dir) {
    printf("-- TIMConvCleanConversationUnreadMessageCount\n");
    fresh_user("cleaner");
    MessageBatch batch = {0};
    add_at(&batch, "a", kTIMConv_C2C, 100, 1);
    add_at(&batch, "a", kTIMConv_C2C, 200, 2);
    add_at(&batch, "a", kTIMConv_C2C, 300, 3);
    add_at(&batch, "b", kTIMConv_C2C, 100, 1);
    add_at(&batch, "g", kTIMConv_Group, 100, 10);
    add_at(&batch, "g", kTIMConv_Group, 100, 11);
    add_at(&batch, "g", kTIMConv_Group, 100, 12);
    add_at(&batch, "h", kTIMConv_Group, 100, 5);
    REQUIRE(harness_batch_receive(&batch) == 0);
    CHECK_EQ(total_unread(), 8); /* arms the total-unread listener */
    harness_sync();
    event_log_clear(&events);
    waiter_reset(&totals);

    /* One C2C conversation, up to a timestamp. */
    CHECK_EQ(CLEAN("c2c_a", 200, 0), 0);
    CHECK_STR_EQ(reply.json, "");
    CHECK_EQ(updated_unread("a"), 1);
    CHECK_EQ(event_log_size(&events), 1);
    CHECK_EQ(waiter_count(&totals), 1);
    CHECK_EQ(totals.code, 6);
    JSpan a = conv("a");
    CHECK_EQ(jscan_get_int(a, kTIMConvUnReadNum), 1);
    CHECK_EQ(jscan_get_int(a, kTIMConvC2CReadTimestamp), 200);

    /* One group, up to a sequence. */
    event_log_clear(&events);
    CHECK_EQ(CLEAN("group_g", 0, 11), 0);
    CHECK_EQ(updated_unread("g"), 1);
    CHECK_EQ(event_log_size(&events), 1);
    CHECK_EQ(waiter_count(&totals), 2);
    CHECK_EQ(totals.code, 4);
    JSpan g = conv("g");
    CHECK_EQ(jscan_get_int(g, kTIMConvUnReadNum), 1);
    CHECK_EQ(jscan_get_int(g, kTIMConvGroupReadSequence), 11);
    CHECK_EQ(total_unread(), 4);

    /* A message at or below the read position does not count. */
    batch = (MessageBatch){0};
    add_at(&batch, "g", kTIMConv_Group, 100, 9);
    REQUIRE(harness_batch_receive(&batch) == 0);
    CHECK_EQ(unread_of("g"), 1);

    /* Nothing left to read up to there: no change, no event. */
    event_log_clear(&events);
    CHECK_EQ(CLEAN("c2c_a", 150, 0), 0);
    harness_sync();
    CHECK_EQ(unread_of("a"), 1);
    CHECK_EQ(event_log_size(&events), 0);
    CHECK_EQ(waiter_count(&totals), 2);

    /* All C2C: groups untouched. */
    event_log_clear(&events);
    CHECK_EQ(CLEAN("c2c", 0, 0), 0);
    CHECK_EQ(updated_unread("a"), 0);
    CHECK_EQ(updated_unread("b"), 0);
    CHECK_EQ(updated_unread("g"), -1);
    CHECK_EQ(unread_of("a"), 0);
    CHECK_EQ(unread_of("b"), 0);
    CHECK_EQ(unread_of("g"), 1);
    CHECK_EQ(unread_of("h"), 1);
    CHECK(jscan_get_int(conv("a"), kTIMConvC2CReadTimestamp) >= 300);
    CHECK_EQ(waiter_count(&totals), 3);
    CHECK_EQ(totals.code, 2);

    /* All groups. */
    event_log_clear(&events);
    CHECK_EQ(CLEAN("group", 0, 0), 0);
    CHECK_EQ(updated_unread("g"), 0);
    CHECK_EQ(updated_unread("h"), 0);
    CHECK_EQ(updated_unread("a"), -1);
    CHECK_EQ(total_unread(), 0);
    CHECK_EQ(totals.code, 0);
    g = conv("g");
    CHECK_EQ(jscan_get_int(g, kTIMConvGroupReadSequence), 12);
    JSpan last = {NULL, 0};
    CHECK(jscan_member(g, kTIMConvLastMsg, &last) && jscan_get_true(last, kTIMMsgIsRead));
    CHECK_EQ(jscan_get_int(conv("h"), kTIMConvGroupReadSequence), 5);

    /* "" and NULL: everything. */
    batch = (MessageBatch){0};
    harness_batch_add(&batch, "a", kTIMConv_C2C, "a", "new", "");
    harness_batch_add(&batch, "h", kTIMConv_Group, "x", "new", "");
    REQUIRE(harness_batch_receive(&batch) == 0);
    CHECK_EQ(unread_of("a"), 1); /* later messages count again */
    CHECK_EQ(total_unread(), 2);
    event_log_clear(&events);
    CHECK_EQ(CLEAN("", 0, 0), 0);
    CHECK_EQ(updated_unread("a"), 0);
    CHECK_EQ(updated_unread("h"), 0);
    CHECK_EQ(total_unread(), 0);
    CHECK_EQ(harness_receive_text("b", kTIMConv_C2C, "b", "newer", ""), 0);
    CHECK_EQ(harness_receive_text("g", kTIMConv_Group, "x", "newer", ""), 0);
    CHECK_EQ(total_unread(), 2);
    event_log_clear(&events);
    CHECK_EQ(CLEAN(NULL, 0, 0), 0);
    CHECK_EQ(updated_unread("b"), 0);
    CHECK_EQ(updated_unread("g"), 0);
    CHECK_EQ(total_unread(), 0);
    CHECK_EQ(totals.code, 0);

    /* @ info goes as far as it was read. */
    batch = (MessageBatch){0};
    harness_batch_add(&batch, "t", kTIMConv_Group, "x", "@me",
                      ",\"message_seq\":20,\"message_group_at_user_array\":[\"cleaner\"]");
    harness_batch_add(&batch, "t", kTIMConv_Group, "x", "@all",
                      ",\"message_seq\":21,\"message_group_at_user_array\":[\"" kImSDK_MessageAtALL
                      "\"]");
    harness_batch_add(&batch, "t", kTIMConv_Group, "x", "@all+me",
                      ",\"message_seq\":22,\"message_group_at_user_array\":[\"" kImSDK_MessageAtALL
                      "\",\"cleaner\"]");
    harness_batch_add(&batch, "t", kTIMConv_Group, "x", "@other",
                      ",\"message_seq\":23,\"message_group_at_user_array\":[\"other\"]");
    REQUIRE(harness_batch_receive(&batch) == 0);
    CHECK_STR_EQ(at_info("t"), "20:1,21:2,22:3");
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_has_group_at_info\":true}"), "t");
    CHECK_EQ(CLEAN("group_t", 0, 21), 0);
    CHECK_STR_EQ(at_info("t"), "22:3");
    CHECK_EQ(unread_of("t"), 2);
    CHECK_EQ(CLEAN("group", 0, 0), 0);
    CHECK_STR_EQ(at_info("t"), "");
    CHECK_EQ(unread_of("t"), 0);
    CHECK_STR_EQ(filtered("{\"conversation_list_filter_has_group_at_info\":true}"), "");

    /* Errors. */
    CHECK_EQ(CLEAN("c2c_ghost", 0, 0), ERR_INVALID_CONVERSATION);
    CHECK_EQ(CLEAN("group_ghost", 0, 0), ERR_INVALID_CONVERSATION);
    CHECK_EQ(TIMConvCleanConversationUnreadMessageCount("everything", 0, 0, waiter_on_result,
                                                        &reply),
             TIM_ERR_PARAM);

    /* The read state survives a restart. */
    CHECK_EQ(TIMUninit(), TIM_SUCC);
    REQUIRE(harness_init(dir) == TIM_SUCC);
    REQUIRE(harness_login("cleaner") == 0);
    CHECK_EQ(total_unread(), 0);
    CHECK(jscan_get_int(conv("a"), kTIMConvC2CReadTimestamp) > 300);
    CHECK_EQ(jscan_get_int(conv("h"), kTIMConvGroupReadSequence), 6);
}

int main(void) {
    char dir[256];
    REQUIRE(harness_make_temp_dir(dir, sizeof dir));
    event_log_init(&events);
    waiter_init(&reply);
    waiter_init(&totals);

    /* Every listener can be registered before TIMInit. */
    TIMSetConvEventCallback(event_log_on_conv_event, &events);
    TIMSetConvTotalUnreadMessageCountChangedCallback(on_total_unread, &totals);
    TIMSetConvUnreadMessageCountChangedByFilterCallback(on_unread_by_filter, &listener_cookie);
    TIMSetConvConversationGroupCreatedCallback(on_group_created, &listener_cookie);
    TIMSetConvConversationGroupDeletedCallback(on_group_deleted, &listener_cookie);
    TIMSetConvConversationGroupNameChangedCallback(on_group_renamed, &listener_cookie);
    TIMSetConvConversationsAddedToGroupCallback(on_added_to_group, &listener_cookie);
    TIMSetConvConversationsDeletedFromGroupCallback(on_deleted_from_group, &listener_cookie);

    /* Subscriptions need TIMInit, not a login. */
    CHECK_EQ(TIMConvSubscribeUnreadMessageCountByFilter(GROUPS), TIM_ERR_SDKUNINIT);
    CHECK_EQ(TIMConvUnsubscribeUnreadMessageCountByFilter(GROUPS), TIM_ERR_SDKUNINIT);
    REQUIRE(harness_init(dir) == TIM_SUCC);
    CHECK_EQ(TIMConvSubscribeUnreadMessageCountByFilter(GROUPS), TIM_SUCC);
    CHECK_EQ(TIMConvSubscribeUnreadMessageCountByFilter(C2C_UNREAD), TIM_SUCC);
    CHECK_EQ(TIMConvSubscribeUnreadMessageCountByFilter("{"), TIM_ERR_JSON);
    CHECK_EQ(TIMConvSubscribeUnreadMessageCountByFilter(NULL), TIM_ERR_PARAM);

    check_subscriptions();
    check_subscriptions_end_with_uninit(dir);
    check_groups(dir);
    check_clean_unread(dir);

    CHECK_EQ(harness_logout(), 0);
    CHECK_EQ(TIMUninit(), TIM_SUCC);
    TIMSetConvEventCallback(NULL, NULL);
    TIMSetConvTotalUnreadMessageCountChangedCallback(NULL, NULL);
    TIMSetConvUnreadMessageCountChangedByFilterCallback(NULL, NULL);
    TIMSetConvConversationGroupCreatedCallback(NULL, NULL);
    TIMSetConvConversationGroupDeletedCallback(NULL, NULL);
    TIMSetConvConversationGroupNameChangedCallback(NULL, NULL);
    TIMSetConvConversationsAddedToGroupCallback(NULL, NULL);
    TIMSetConvConversationsDeletedFromGroupCallback(NULL, NULL);
    free(snapshot);
    heard_clear();
    waiter_destroy(&totals);
    waiter_destroy(&reply);
    event_log_destroy(&events);
    harness_remove_tree(dir);
    return harness_finish();
}
