/*
 * Shared helpers of the message tests (messages.c, messages_history.c). Include it instead of
 * harness.h / jscan.h; one test program per translation unit.
 *
 *   kit_start(dir) / kit_stop()   TIMInit with every listener registered; TIMUninit and cleanup.
 *   fresh_user(id)                logs in a user of its own, arms the total-unread listener and
 *                                 forgets the events and listener calls so far.
 *   CALL(call)                    runs an API call reporting to `reply`; its callback code.
 *   jsonf(fmt, ...)               printf into a string kept until kit_stop (for JSON arguments).
 *   conv_info(id, type)           the ConvInfo from TIMConvGetConvInfo (listed or not).
 *   history_texts(id, type, p)    TIMMsgGetMsgList rendered as "m3,m2,m1".
 *   event_summary()               "Add:a Del: Update:b,c" of the recorded conversation events.
 */
#ifndef TIMCONV_TEST_MESSAGE_KIT_H
#define TIMCONV_TEST_MESSAGE_KIT_H

#include "harness.h"
#include "jscan.h"

#include <stdarg.h>

static EventLog events;
static Waiter reply;    /* the callback of the last CALL */
static Waiter totals;   /* total-unread listener: code = the new total */
static Waiter received; /* new-message listener: json = the last batch */
static Waiter revoked;  /* revoke listener: json = the last MsgLocator array */
static Waiter receipts; /* read-receipt listener: json = the last receipt array */
static Waiter updated;  /* message-update listener: json = the last message array */

static inline void kit_on_total(int total, const void *user_data) {
    waiter_on_result(total, "", "", user_data);
}

/* The JSON-array listeners all record into a Waiter. */
static inline void kit_on_json(const char *json, const void *user_data) {
    waiter_on_result(0, "", json, user_data);
}

static inline int kit_finish_call(int rc) {
    if (rc != TIM_SUCC) return rc;
    return waiter_wait(&reply) ? reply.code : -1000;
}

/* Runs an asynchronous API call that reports to `reply`; evaluates to its callback code (or the
 * TIMResult if it was rejected). The callback JSON is then in reply.json. */
#define CALL(call) (waiter_reset(&reply), kit_finish_call(call))

/* ---- strings kept until kit_stop ----------------------------------------------------------- */

static char **kit_kept;
static int kit_kept_count, kit_kept_capacity;

static inline const char *kit_keep_owned(char *s) {
    if (kit_kept_count == kit_kept_capacity) {
        int capacity = kit_kept_capacity ? kit_kept_capacity * 2 : 64;
        char **items = realloc(kit_kept, (size_t)capacity * sizeof *items);
        if (items == NULL) abort();
        kit_kept = items;
        kit_kept_capacity = capacity;
    }
    kit_kept[kit_kept_count++] = s;
    return s;
}

/* A copy of a span's text ("" for an absent span). */
static inline const char *keep_span(JSpan v) {
    size_t n = v.p ? v.n : 0;
    char *s = malloc(n + 1);
    if (s == NULL) abort();
    if (n) memcpy(s, v.p, n);
    s[n] = '\0';
    return kit_keep_owned(s);
}

/* printf into a fresh kept string. */
static inline const char *jsonf(const char *fmt, ...) {
    va_list args;
    va_start(args, fmt);
    int n = vsnprintf(NULL, 0, fmt, args);
    va_end(args);
    if (n < 0) abort();
    char *s = malloc((size_t)n + 1);
    if (s == NULL) abort();
    va_start(args, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, args);
    va_end(args);
    return kit_keep_owned(s);
}

/* printf appended at buf + *used; stops (truncating) at the end of buf. */
static inline void kit_append(char *buf, size_t size, size_t *used, const char *fmt, ...) {
    if (*used + 1 >= size) return;
    va_list args;
    va_start(args, fmt);
    int n = vsnprintf(buf + *used, size - *used, fmt, args);
    va_end(args);
    if (n > 0) *used = *used + (size_t)n < size ? *used + (size_t)n : size - 1;
}

/* Element i of the last callback's JSON array, kept ("" if absent). */
static inline const char *reply_item(int i) {
    JSpan item = {NULL, 0};
    jscan_index(jscan_root(reply.json), i, &item);
    return keep_span(item);
}

/* ---- messages ------------------------------------------------------------------------------ */

/* Extra members of a message (for harness_batch_add / harness_text_message). */
#define AT(users) ",\"" kTIMMsgGroupAtUserArray "\":[" users "]"
#define AT_ALL "\"" kImSDK_MessageAtALL "\""
#define AT_ALL_OLD "\"__kImSDK_MesssageAtALL__\""  /* the pre-7.0 string */

/* Pushes the batch (TIMExtReceiveMessages) and empties it; the stored messages are then in
 * reply.json. Returns the callback code (or the TIMResult). */
static inline int receive_batch(MessageBatch *batch) {
    int rc = CALL(TIMExtReceiveMessages(batch->count ? batch->json : "[]", waiter_on_result,
                                        &reply));
    free(batch->json);
    memset(batch, 0, sizeof *batch);
    return rc;
}

/* Pushes one text message; the stored copy, kept ("" if the call failed or it was dropped). */
static inline const char *receive_one(const char *conv_id, int conv_type, const char *sender,
                                      const char *text, const char *extra) {
    MessageBatch batch = {0};
    harness_batch_add(&batch, conv_id, conv_type, sender, text, extra);
    if (receive_batch(&batch) != 0) return "";
    return reply_item(0);
}

/* A Message object with one text element (plus `extra` members, "" for none). */
static inline const char *text_body(const char *text, const char *extra) {
    return jsonf("{\"%s\":[{\"%s\":%d,\"%s\":\"%s\"}]%s}", kTIMMsgElemArray, kTIMElemType,
                 (int)kTIMElem_Text, kTIMTextElemContent, text, extra);
}

/* TIMMsgSendMessage of a text; the sent message, kept ("" on failure). */
static inline const char *send_text(const char *conv_id, enum TIMConvType conv_type,
                                    const char *text) {
    if (CALL(TIMMsgSendMessage(conv_id, conv_type, text_body(text, ""), NULL, waiter_on_result,
                               &reply)) != 0) {
        return "";
    }
    return keep_span(jscan_root(reply.json));
}

/* The text of a message (kept; "(none)" if it has none). */
static inline const char *text_of(JSpan message) {
    char buf[512];
    if (!jscan_message_text(message, buf, sizeof buf)) return "(none)";
    return jsonf("%s", buf);
}

static inline long long msg_int(const char *message_json, const char *key) {
    return jscan_get_int(jscan_root(message_json), key);
}

/* Copies member `key` of the message into a kept string (the raw JSON text). */
static inline const char *msg_member(const char *message_json, const char *key) {
    JSpan v = {NULL, 0};
    jscan_member(jscan_root(message_json), key, &v);
    return keep_span(v);
}

/* ---- conversations ------------------------------------------------------------------------- */

static char *kit_conv_snapshot;

/* The ConvInfo of a conversation through TIMConvGetConvInfo (also one that is not listed); an
 * empty span if there is none. Valid until the next call. */
static inline JSpan conv_info(const char *conv_id, enum TIMConvType conv_type) {
    free(kit_conv_snapshot);
    kit_conv_snapshot = NULL;
    JSpan found = {NULL, 0};
    char param[256];
    snprintf(param, sizeof param, "[{\"%s\":\"%s\",\"%s\":%d}]",
             kTIMGetConversationListParamConvId, conv_id, kTIMGetConversationListParamConvType,
             (int)conv_type);
    Waiter w;
    waiter_init(&w);
    if (TIMConvGetConvInfo(param, waiter_on_result, &w) == TIM_SUCC && waiter_wait(&w) &&
        w.code == 0) {
        kit_conv_snapshot = w.json;
        w.json = NULL;
        jscan_index(jscan_root(kit_conv_snapshot), 0, &found);
    }
    waiter_destroy(&w);
    return found;
}

static inline JSpan c2c(const char *conv_id) {
    return conv_info(conv_id, kTIMConv_C2C);
}

static inline JSpan group(const char *conv_id) {
    return conv_info(conv_id, kTIMConv_Group);
}

/* conv_last_msg of a ConvInfo (empty span if absent). */
static inline JSpan last_msg(JSpan conv) {
    JSpan last = {NULL, 0};
    jscan_member(conv, kTIMConvLastMsg, &last);
    return last;
}

/* Text of the conversation's last message ("(none)" without one). */
static inline const char *last_text(JSpan conv) {
    return text_of(last_msg(conv));
}

/* conv_group_at_info_array as "seq:type,seq:type" ("(absent)" without a ConvInfo). */
static inline const char *at_infos(JSpan conv) {
    JSpan array = {NULL, 0}, item;
    if (!jscan_member(conv, kTIMConvGroupAtInfoArray, &array)) return "(absent)";
    char buf[1024] = "";
    size_t used = 0;
    for (int i = 0; jscan_index(array, i, &item); i++) {
        kit_append(buf, sizeof buf, &used, "%s%lld:%lld", i ? "," : "",
                   jscan_get_int(item, kTIMGroupAtInfoSeq),
                   jscan_get_int(item, kTIMGroupAtInfoAtType));
    }
    return jsonf("%s", buf);
}

/* IDs of the listed conversations (TIMConvGetConvList), in order. */
static inline const char *listed_ids(void) {
    char buf[4096];
    char *list = harness_conv_list();
    jscan_list_text(jscan_root(list), buf, sizeof buf);
    free(list);
    return jsonf("%s", buf);
}

static inline int total_unread(void) {
    Waiter w;
    waiter_init(&w);
    int total = -1;
    if (TIMConvGetTotalUnreadMessageCount(waiter_on_result, &w) == TIM_SUCC && waiter_wait(&w) &&
        w.code == 0) {
        total = (int)jscan_get_int(jscan_root(w.json),
                                   kTIMConvGetTotalUnreadMessageCountResultUnreadCount);
    }
    waiter_destroy(&w);
    return total;
}

/* ---- history ------------------------------------------------------------------------------- */

static char *kit_history_snapshot;
static int history_code; /* callback code of the last history() */

/* TIMMsgGetMsgList (param NULL = "{}"); the array (empty span on failure, code in
 * history_code). Valid until the next call. */
static inline JSpan history(const char *conv_id, enum TIMConvType conv_type, const char *param) {
    free(kit_history_snapshot);
    kit_history_snapshot = NULL;
    JSpan array = {NULL, 0};
    Waiter w;
    waiter_init(&w);
    history_code = TIMMsgGetMsgList(conv_id, conv_type, param ? param : "{}", waiter_on_result, &w);
    if (history_code == TIM_SUCC) history_code = waiter_wait(&w) ? w.code : -1000;
    if (history_code == 0) {
        kit_history_snapshot = w.json;
        w.json = NULL;
        array = jscan_root(kit_history_snapshot);
    }
    waiter_destroy(&w);
    return array;
}

/* The texts of an array of messages, "m3,m2,m1" (kept). */
static inline const char *texts_of(JSpan array) {
    if (array.p == NULL || array.p[0] != '[') return "(not an array)";
    size_t size = array.n + 16, used = 0;
    char *buf = malloc(size);
    if (buf == NULL) abort();
    buf[0] = '\0';
    JSpan item;
    for (int i = 0; jscan_index(array, i, &item); i++) {
        kit_append(buf, size, &used, "%s%s", i ? "," : "", text_of(item));
    }
    return kit_keep_owned(buf);
}

/* An integer member of every message of an array, "6,2,5" (kept). */
static inline const char *ints_of(JSpan array, const char *key) {
    if (array.p == NULL || array.p[0] != '[') return "(not an array)";
    char buf[4096] = "";
    size_t used = 0;
    JSpan item, v;
    for (int i = 0; jscan_index(array, i, &item); i++) {
        bool has = jscan_member(item, key, &v);
        kit_append(buf, sizeof buf, &used, "%s%.*s", i ? "," : "", has ? (int)v.n : 1,
                   has ? v.p : "-");
    }
    return jsonf("%s", buf);
}

static inline const char *history_texts(const char *conv_id, enum TIMConvType conv_type,
                                        const char *param) {
    JSpan array = history(conv_id, conv_type, param);
    if (history_code != 0) return jsonf("(error %d)", history_code);
    return texts_of(array);
}

/* The message of the conversation with this seq (kept; "" if there is none). */
static inline const char *message_with_seq(const char *conv_id, enum TIMConvType conv_type,
                                           unsigned long long seq) {
    JSpan item = {NULL, 0};
    jscan_index(history(conv_id, conv_type,
                        jsonf("{\"%s\":[%llu]}", kTIMMsgGetMsgListParamMessageSeqArray, seq)),
                0, &item);
    return keep_span(item);
}

/* ---- events -------------------------------------------------------------------------------- */

static inline int kit_compare_strings(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The conv_ids named by the recorded Add / Del / Update events, "Add:a,b Del: Update:c" (each
 * kind sorted by ID, one entry per event naming it), after a barrier; then forgets them. */
static inline const char *event_summary(void) {
    static const char *const names[] = {"Add", "Del", "Update"};
    char text[4096];
    size_t used = 0;
    harness_sync();
    text[0] = '\0';
    pthread_mutex_lock(&events.mu);
    for (int kind = 0; kind < 3; kind++) {
        kit_append(text, sizeof text, &used, "%s%s:", kind ? " " : "", names[kind]);
        const char *ids[256];
        int n = 0;
        for (int i = 0; i < events.count; i++) {
            JSpan list = jscan_root(events.items[i].json), conv, id;
            if (events.items[i].event != kind) continue;
            for (int k = 0; jscan_index(list, k, &conv) && n < 256; k++) {
                char buf[128] = "?";
                if (jscan_member(conv, kTIMConvId, &id)) jscan_str_copy(id, buf, sizeof buf);
                ids[n++] = jsonf("%s", buf);
            }
        }
        qsort(ids, (size_t)n, sizeof ids[0], kit_compare_strings);
        for (int i = 0; i < n; i++) {
            kit_append(text, sizeof text, &used, "%s%s", i ? "," : "", ids[i]);
        }
    }
    pthread_mutex_unlock(&events.mu);
    event_log_clear(&events);
    return jsonf("%s", text);
}

/* Forgets the events and listener calls recorded so far (after a barrier). */
static inline void forget_all(void) {
    harness_sync();
    event_log_clear(&events);
    waiter_reset(&totals);
    waiter_reset(&received);
    waiter_reset(&revoked);
    waiter_reset(&receipts);
    waiter_reset(&updated);
}

/* ---- lifecycle ----------------------------------------------------------------------------- */

/* Logs in a user of its own (so an empty list), arms the total-unread listener (it stays
 * silent until the total was asked for once) and forgets everything recorded so far. */
static inline void fresh_user(const char *user_id) {
    REQUIRE(harness_login(user_id) == 0);
    REQUIRE(total_unread() >= 0);
    forget_all();
}

static inline void kit_start(const char *dir) {
    event_log_init(&events);
    waiter_init(&reply);
    waiter_init(&totals);
    waiter_init(&received);
    waiter_init(&revoked);
    waiter_init(&receipts);
    waiter_init(&updated);
    TIMSetConvEventCallback(event_log_on_conv_event, &events);
    TIMSetConvTotalUnreadMessageCountChangedCallback(kit_on_total, &totals);
    TIMAddRecvNewMsgCallback(kit_on_json, &received);
    TIMSetMsgRevokeCallback(kit_on_json, &revoked);
    TIMSetMsgReadedReceiptCallback(kit_on_json, &receipts);
    TIMSetMsgUpdateCallback(kit_on_json, &updated);
    REQUIRE(harness_init(dir) == TIM_SUCC);
}

/* TIMUninit + TIMInit on the same directory, then logs user_id in again. */
static inline void kit_restart(const char *dir, const char *user_id) {
    CHECK_EQ(TIMUninit(), TIM_SUCC);
    REQUIRE(harness_init(dir) == TIM_SUCC);
    REQUIRE(harness_login(user_id) == 0);
    forget_all();
}

static inline void kit_stop(void) {
    CHECK_EQ(harness_logout(), 0);
    CHECK_EQ(TIMUninit(), TIM_SUCC);
    TIMSetConvEventCallback(NULL, NULL);
    TIMSetConvTotalUnreadMessageCountChangedCallback(NULL, NULL);
    TIMRemoveRecvNewMsgCallback(kit_on_json);
    TIMSetMsgRevokeCallback(NULL, NULL);
    TIMSetMsgReadedReceiptCallback(NULL, NULL);
    TIMSetMsgUpdateCallback(NULL, NULL);
    for (int i = 0; i < kit_kept_count; i++) free(kit_kept[i]);
    free(kit_kept);
    kit_kept = NULL;
    kit_kept_count = kit_kept_capacity = 0;
    free(kit_conv_snapshot);
    free(kit_history_snapshot);
    kit_conv_snapshot = kit_history_snapshot = NULL;
    waiter_destroy(&updated);
    waiter_destroy(&receipts);
    waiter_destroy(&revoked);
    waiter_destroy(&received);
    waiter_destroy(&totals);
    waiter_destroy(&reply);
    event_log_destroy(&events);
}

#endif /* TIMCONV_TEST_MESSAGE_KIT_H */
