/*
 * The promises the library makes to C callers (DESIGN §2): return code or callback, never both;
 * callbacks never inside the call, all on one worker thread, in submission order; re-entrant
 * calls from callbacks; the not-initialised and not-logged-in states; argument errors with no
 * state change; user_data passed back bit-for-bit; TIMUninit completing every accepted call.
 */
#include "harness.h"
#include "jscan.h"

#include <stdatomic.h>
#include <stdint.h>

/* ---- a recorder for callbacks whose user_data is an opaque value, never dereferenced ------- */

#define MAX_RECORDS 4096

typedef struct Record {
    const void *user_data;
    int32_t code;
    pthread_t thread;
} Record;

static struct {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    Record items[MAX_RECORDS];
    int count;
} rec = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, {{0}}, 0};

static void record_cb(int32_t code, const char *desc, const char *json, const void *user_data) {
    (void)desc;
    (void)json;
    pthread_mutex_lock(&rec.mu);
    if (rec.count < MAX_RECORDS) {
        rec.items[rec.count].user_data = user_data;
        rec.items[rec.count].code = code;
        rec.items[rec.count].thread = pthread_self();
    }
    rec.count++;
    pthread_cond_broadcast(&rec.cv);
    pthread_mutex_unlock(&rec.mu);
}

static int recorded(void) {
    pthread_mutex_lock(&rec.mu);
    int n = rec.count;
    pthread_mutex_unlock(&rec.mu);
    return n;
}

static bool wait_recorded(int n) {
    struct timespec deadline = harness_deadline(HARNESS_TIMEOUT_MS);
    pthread_mutex_lock(&rec.mu);
    while (rec.count < n) {
        if (pthread_cond_timedwait(&rec.cv, &rec.mu, &deadline) == ETIMEDOUT) break;
    }
    bool ok = rec.count >= n;
    pthread_mutex_unlock(&rec.mu);
    return ok;
}

static void reset_records(void) {
    pthread_mutex_lock(&rec.mu);
    rec.count = 0;
    pthread_mutex_unlock(&rec.mu);
}

/* Records carrying this user_data. */
static int records_with(const void *user_data) {
    pthread_mutex_lock(&rec.mu);
    int n = 0;
    for (int i = 0; i < rec.count && i < MAX_RECORDS; i++) n += rec.items[i].user_data == user_data;
    pthread_mutex_unlock(&rec.mu);
    return n;
}

#define TAG(n) ((const void *)(uintptr_t)(n))

static pthread_t main_thread;
static EventLog conv_events;
static char data_dir[256];

static const char *const DRAFT =
    "{\"draft_msg\":{\"message_elem_array\":[{\"elem_type\":0,\"text_elem_content\":\"d\"}]}}";
static const char *const TEXT_MESSAGE =
    "{\"message_elem_array\":[{\"elem_type\":0,\"text_elem_content\":\"hello\"}]}";
static const char *const ID_32 = "abcdefghijklmnopqrstuvwxyz012345";  /* 32 bytes: valid */
static const char *const ID_33 = "abcdefghijklmnopqrstuvwxyz0123456"; /* 33 bytes: too long */
/* Group IDs may have up to 48 bytes. */
static const char *const GROUP_ID_48 = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKL";
static const char *const GROUP_ID_49 = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLM";

/* One valid call of every asynchronous API except TIMLogin, in this order, with user_data
 * TAG(tag + i) for the i-th call; each must return `expected_rc`. Returns how many were made. */
static int call_every_async_api(uintptr_t tag, int expected_rc) {
    char push[512];
    harness_text_message(push, sizeof push, "bob", kTIMConv_C2C, "bob", "hi", "");
    char info[256];
    snprintf(info, sizeof info, "[{\"%s\":\"bob\",\"%s\":1}]", kTIMGetConversationListParamConvId,
             kTIMGetConversationListParamConvType);
    int rc[9]; /* one statement each: the submission order matters */
    rc[0] = TIMConvGetConvList(record_cb, TAG(tag + 0));
    rc[1] = TIMConvGetTotalUnreadMessageCount(record_cb, TAG(tag + 1));
    rc[2] = TIMConvCreate("bob", kTIMConv_C2C, record_cb, TAG(tag + 2));
    rc[3] = TIMConvGetConvInfo(info, record_cb, TAG(tag + 3));
    rc[4] = TIMConvPinConversation("bob", kTIMConv_C2C, true, record_cb, TAG(tag + 4));
    rc[5] = TIMConvDelete("bob", kTIMConv_C2C, record_cb, TAG(tag + 5));
    rc[6] = TIMMsgSendMessage("bob", kTIMConv_C2C, TEXT_MESSAGE, NULL, record_cb, TAG(tag + 6));
    rc[7] = TIMExtReceiveMessages(push, record_cb, TAG(tag + 7));
    rc[8] = TIMLogout(record_cb, TAG(tag + 8));
    int n = (int)(sizeof rc / sizeof rc[0]);
    for (int i = 0; i < n; i++) {
        if (!CHECK_EQ(rc[i], expected_rc)) fprintf(stderr, "    (call #%d)\n", i);
    }
    return n;
}

/* Exactly n callbacks arrive, one for each of TAG(tag) .. TAG(tag + n - 1), all with this code
 * and none on the main thread. */
static void check_records(uintptr_t tag, int n, int32_t code) {
    CHECK(wait_recorded(n));
    harness_sleep_ms(100); /* a duplicate would show up here */
    CHECK_EQ(recorded(), n);
    for (int i = 0; i < n; i++) {
        CHECK_EQ(records_with(TAG(tag + (uintptr_t)i)), 1);
        CHECK_EQ(rec.items[i].code, code);
        CHECK(!pthread_equal(rec.items[i].thread, main_thread));
    }
}

static void check_not_initialised(const char *when) {
    printf("-- not initialised (%s)\n", when);
    reset_records();
    int n = call_every_async_api(0x100, TIM_SUCC);
    CHECK_EQ(TIMLogin("alice", "sig", record_cb, TAG(0x100 + n)), TIM_SUCC);
    check_records(0x100, n + 1, ERR_SDK_NOT_INITIALIZED);

    CHECK_EQ(TIMConvSetDraft("bob", kTIMConv_C2C, DRAFT), TIM_ERR_SDKUNINIT);
    CHECK_EQ(TIMConvCancelDraft("bob", kTIMConv_C2C), TIM_ERR_SDKUNINIT);
    char user_id[128] = "x";
    CHECK_EQ(TIMGetLoginUserID(user_id), TIM_ERR_SDKUNINIT);
    CHECK_EQ(TIMGetLoginStatus(), kTIMLoginStatus_UnLogined);

    /* Rejected arguments are still rejected, without a callback. */
    reset_records();
    CHECK(TIMConvCreate(NULL, kTIMConv_C2C, record_cb, TAG(0xBAD)) != TIM_SUCC);
    CHECK(TIMConvGetConvInfo("{not json", record_cb, TAG(0xBAD)) != TIM_SUCC);
    harness_sleep_ms(100);
    CHECK_EQ(recorded(), 0);
}

static void check_not_logged_in(void) {
    printf("-- initialised, not logged in\n");
    reset_records();
    int n = call_every_async_api(0x200, TIM_SUCC);
    check_records(0x200, n, ERR_SDK_NOT_LOGGED_IN);
    for (int i = 1; i < n; i++) CHECK(pthread_equal(rec.items[i].thread, rec.items[0].thread));
    for (int i = 0; i < n; i++) CHECK(rec.items[i].user_data == TAG(0x200 + (uintptr_t)i));

    CHECK_EQ(TIMConvSetDraft("bob", kTIMConv_C2C, DRAFT), TIM_ERR_NOTLOGIN);
    CHECK_EQ(TIMConvCancelDraft("bob", kTIMConv_C2C), TIM_ERR_NOTLOGIN);
    char user_id[128] = "x";
    CHECK_EQ(TIMGetLoginUserID(user_id), TIM_ERR_NOTLOGIN);
    CHECK_STR_EQ(user_id, "");
    CHECK_EQ(TIMGetLoginStatus(), kTIMLoginStatus_UnLogined);
}

/* ---- argument errors ----------------------------------------------------------------------- */

static void check_bad_arguments(void) {
    printf("-- bad arguments\n");
    CHECK_EQ(harness_receive_text("bob", kTIMConv_C2C, "bob", "hi", ""), 0);
    CHECK_EQ(TIMConvSetDraft("carol", kTIMConv_C2C, DRAFT), TIM_SUCC);
    char *before = harness_conv_list();
    REQUIRE(before != NULL);
    event_log_clear(&conv_events);
    reset_records();

    const void *bad = TAG(0xBAD);
    char bad_utf8[] = {(char)0xff, (char)0xfe, 0};
    char push_bad_utf8[256], push_long_id[256], push_no_sender[256];
    harness_text_message(push_bad_utf8, sizeof push_bad_utf8, bad_utf8, 1, "bob", "x", "");
    harness_text_message(push_long_id, sizeof push_long_id, ID_33, 1, "bob", "x", "");
    harness_text_message(push_no_sender, sizeof push_no_sender, "bob", 1, "", "x", "");
    /* A valid message followed by an invalid one: nothing may be applied. */
    static const char push_mixed[] =
        "[{\"message_conv_id\":\"dave\",\"message_conv_type\":1,\"message_sender\":\"dave\","
        "\"message_elem_array\":[{\"elem_type\":0,\"text_elem_content\":\"x\"}]},"
        "{\"message_conv_id\":\"dave\",\"message_conv_type\":1,\"message_sender\":\"dave\","
        "\"message_elem_array\":[]}]";

    CHECK_EQ(TIMConvCreate(NULL, kTIMConv_C2C, record_cb, bad), TIM_ERR_PARAM);
    CHECK_EQ(TIMConvCreate(bad_utf8, kTIMConv_C2C, record_cb, bad), TIM_ERR_PARAM);
    CHECK_EQ(TIMConvCreate(ID_33, kTIMConv_C2C, record_cb, bad), TIM_ERR_PARAM);
    CHECK_EQ(TIMConvCreate("", kTIMConv_C2C, record_cb, bad), TIM_ERR_PARAM);
    CHECK_EQ(TIMConvCreate(GROUP_ID_49, kTIMConv_Group, record_cb, bad), TIM_ERR_PARAM);
    CHECK_EQ(TIMConvCreate(GROUP_ID_48, kTIMConv_C2C, record_cb, bad), TIM_ERR_PARAM);
    CHECK_EQ(TIMConvCreate("bob", (enum TIMConvType)7, record_cb, bad), TIM_ERR_PARAM);
    CHECK_EQ(TIMConvCreate("bob", (enum TIMConvType)-1, record_cb, bad), TIM_ERR_PARAM);
    CHECK_EQ(TIMConvCreate("bob", kTIMConv_Invalid, record_cb, bad), TIM_ERR_CONV);
    CHECK_EQ(TIMConvCreate("bob", kTIMConv_System, record_cb, bad), TIM_ERR_CONV);
    CHECK_EQ(TIMConvDelete(NULL, kTIMConv_C2C, record_cb, bad), TIM_ERR_PARAM);
    CHECK_EQ(TIMConvDelete("bob", (enum TIMConvType)7, record_cb, bad), TIM_ERR_PARAM);
    CHECK_EQ(TIMConvPinConversation(bad_utf8, kTIMConv_C2C, true, record_cb, bad), TIM_ERR_PARAM);
    CHECK_EQ(TIMConvPinConversation("bob", kTIMConv_Invalid, true, record_cb, bad), TIM_ERR_CONV);
    CHECK_EQ(TIMConvGetConvInfo(NULL, record_cb, bad), TIM_ERR_PARAM);
    CHECK_EQ(TIMConvGetConvInfo("{not json", record_cb, bad), TIM_ERR_JSON);
    CHECK_EQ(TIMConvSetDraft(NULL, kTIMConv_C2C, DRAFT), TIM_ERR_PARAM);
    CHECK_EQ(TIMConvSetDraft(ID_33, kTIMConv_C2C, DRAFT), TIM_ERR_PARAM);
    CHECK_EQ(TIMConvSetDraft("bob", (enum TIMConvType)7, DRAFT), TIM_ERR_PARAM);
    CHECK_EQ(TIMConvSetDraft("bob", kTIMConv_C2C, NULL), TIM_ERR_JSON); /* as the SDK answers */
    CHECK_EQ(TIMConvSetDraft("bob", kTIMConv_C2C, "{not json"), TIM_ERR_JSON);
    CHECK_EQ(TIMConvCancelDraft(NULL, kTIMConv_C2C), TIM_ERR_PARAM);
    CHECK_EQ(TIMConvCancelDraft(bad_utf8, kTIMConv_C2C), TIM_ERR_PARAM);
    CHECK_EQ(TIMMsgSendMessage(NULL, kTIMConv_C2C, TEXT_MESSAGE, NULL, record_cb, bad),
             TIM_ERR_PARAM);
    CHECK_EQ(TIMMsgSendMessage("bob", (enum TIMConvType)7, TEXT_MESSAGE, NULL, record_cb, bad),
             TIM_ERR_PARAM);
    CHECK_EQ(TIMMsgSendMessage("bob", kTIMConv_C2C, NULL, NULL, record_cb, bad), TIM_ERR_PARAM);
    CHECK_EQ(TIMMsgSendMessage("bob", kTIMConv_C2C, "{not json", NULL, record_cb, bad),
             TIM_ERR_JSON);
    CHECK_EQ(TIMExtReceiveMessages(NULL, record_cb, bad), TIM_ERR_PARAM);
    CHECK_EQ(TIMExtReceiveMessages("{not json", record_cb, bad), TIM_ERR_JSON);
    CHECK_EQ(TIMExtReceiveMessages(push_bad_utf8, record_cb, bad), TIM_ERR_PARAM);
    CHECK_EQ(TIMExtReceiveMessages(push_long_id, record_cb, bad), TIM_ERR_PARAM);
    CHECK_EQ(TIMExtReceiveMessages(push_no_sender, record_cb, bad), TIM_ERR_PARAM);
    CHECK_EQ(TIMExtReceiveMessages(push_mixed, record_cb, bad), TIM_ERR_PARAM);
    /* The functions that keep the SDK's older convention: malformed JSON is TIM_ERR_PARAM. */
    CHECK_EQ(TIMMsgGetMessageReadReceipts("{not json", record_cb, bad), TIM_ERR_PARAM);
    CHECK_EQ(TIMMsgSendMessageReadReceipts("{not json", record_cb, bad), TIM_ERR_PARAM);
    CHECK_EQ(TIMFriendshipAddToBlackList("{not json", record_cb, bad), TIM_ERR_PARAM);
    CHECK_EQ(TIMFriendshipSearchFriends("{not json", record_cb, bad), TIM_ERR_JSON); /* not one */
    CHECK_EQ(TIMLogin(NULL, "sig", record_cb, bad), TIM_ERR_PARAM);
    CHECK_EQ(TIMLogin(ID_33, "sig", record_cb, bad), TIM_ERR_PARAM);
    CHECK_EQ(TIMLogin("tab\tuser", "sig", record_cb, bad), TIM_ERR_PARAM);
    CHECK_EQ(TIMGetLoginUserID(NULL), TIM_ERR_PARAM);

    /* No callback ever, and no state change. */
    char *after = harness_conv_list();
    harness_sleep_ms(100);
    CHECK_EQ(records_with(bad), 0);
    CHECK_EQ(event_log_size(&conv_events), 0);
    CHECK_STR_EQ(after, before);
    CHECK_EQ(TIMGetLoginStatus(), kTIMLoginStatus_Logined);
    char user_id[128] = "";
    CHECK_EQ(TIMGetLoginUserID(user_id), TIM_SUCC);
    CHECK_STR_EQ(user_id, "alice");
    free(before);
    free(after);

    /* The limits themselves are accepted, and a NULL callback is fine. */
    reset_records();
    CHECK_EQ(TIMConvCreate(ID_32, kTIMConv_C2C, record_cb, TAG(0x32)), TIM_SUCC);
    CHECK_EQ(TIMConvCreate(GROUP_ID_48, kTIMConv_Group, record_cb, TAG(0x48)), TIM_SUCC);
    CHECK_EQ(TIMConvGetConvList(NULL, NULL), TIM_SUCC);
    CHECK_EQ(TIMConvPinConversation("bob", kTIMConv_C2C, false, NULL, NULL), TIM_SUCC);
    CHECK_EQ(TIMMsgSendMessage("bob", kTIMConv_C2C, TEXT_MESSAGE, NULL, NULL, NULL), TIM_SUCC);
    harness_sync();
    CHECK_EQ(recorded(), 2);
    CHECK_EQ(rec.items[0].code, 0);
    CHECK_EQ(rec.items[1].code, 0);
}

/* ---- user_data ----------------------------------------------------------------------------- */

static _Atomic(const void *) listener_user_data[3];

static void odd_conv_listener(enum TIMConvEvent event, const char *json, const void *user_data) {
    (void)event;
    (void)json;
    atomic_store(&listener_user_data[0], user_data);
}

static void odd_unread_listener(int total, const void *user_data) {
    (void)total;
    atomic_store(&listener_user_data[1], user_data);
}

static void odd_message_listener(const char *json, const void *user_data) {
    (void)json;
    atomic_store(&listener_user_data[2], user_data);
}

static void check_user_data(void) {
    printf("-- user_data\n");
    static const uintptr_t values[] = {
        1, 0x1234, 0xfff, (uintptr_t)-1, (uintptr_t)-2, (uintptr_t)0xdeadbeefcafebabfULL, 0};
    int n = (int)(sizeof values / sizeof values[0]);
    reset_records();
    for (int i = 0; i < n; i++) {
        CHECK_EQ(TIMConvGetConvList(record_cb, TAG(values[i])), TIM_SUCC);
        CHECK_EQ(TIMConvPinConversation("bob", kTIMConv_C2C, i % 2, record_cb, TAG(values[i])),
                 TIM_SUCC);
    }
    CHECK(wait_recorded(2 * n));
    for (int i = 0; i < 2 * n; i++) CHECK(rec.items[i].user_data == TAG(values[i / 2]));

    TIMSetConvEventCallback(odd_conv_listener, TAG(0x4321));
    TIMSetConvTotalUnreadMessageCountChangedCallback(odd_unread_listener, TAG(0x7777));
    TIMAddRecvNewMsgCallback(odd_message_listener, TAG((uintptr_t)-3));
    CHECK_EQ(TIMConvGetTotalUnreadMessageCount(NULL, NULL), TIM_SUCC); /* arms the listener */
    CHECK_EQ(harness_receive_text("bob", kTIMConv_C2C, "bob", "odd", ""), 0);
    harness_sync();
    CHECK(atomic_load(&listener_user_data[0]) == TAG(0x4321));
    CHECK(atomic_load(&listener_user_data[1]) == TAG(0x7777));
    CHECK(atomic_load(&listener_user_data[2]) == TAG((uintptr_t)-3));
    TIMRemoveRecvNewMsgCallback(odd_message_listener);
    TIMSetConvTotalUnreadMessageCountChangedCallback(NULL, NULL);
    TIMSetConvEventCallback(event_log_on_conv_event, &conv_events);
}

/* ---- never inside the call; one thread ----------------------------------------------------- */

typedef struct Gate {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    bool entered;
    bool open;
    pthread_t worker;
} Gate;

/* Blocks the worker inside a callback until the gate opens. */
static void gate_cb(int32_t code, const char *desc, const char *json, const void *user_data) {
    (void)code;
    (void)desc;
    (void)json;
    Gate *gate = (Gate *)user_data;
    pthread_mutex_lock(&gate->mu);
    gate->worker = pthread_self();
    gate->entered = true;
    pthread_cond_broadcast(&gate->cv);
    while (!gate->open) pthread_cond_wait(&gate->cv, &gate->mu);
    pthread_mutex_unlock(&gate->mu);
}

static void check_never_inside_the_call(void) {
    printf("-- callbacks never run inside the call\n");
    Gate gate = {.mu = PTHREAD_MUTEX_INITIALIZER, .cv = PTHREAD_COND_INITIALIZER};
    CHECK_EQ(TIMConvGetConvList(gate_cb, &gate), TIM_SUCC);
    pthread_mutex_lock(&gate.mu);
    while (!gate.entered) pthread_cond_wait(&gate.cv, &gate.mu);
    pthread_mutex_unlock(&gate.mu);
    CHECK(!pthread_equal(gate.worker, main_thread));

    /* The worker is held inside gate_cb: nothing submitted now can have run yet. */
    reset_records();
    event_log_clear(&conv_events);
    CHECK_EQ(TIMConvSetDraft("erin", kTIMConv_C2C, DRAFT), TIM_SUCC);
    CHECK_EQ(event_log_size(&conv_events), 0); /* the draft's Add comes later, from the worker */
    int n = call_every_async_api(0x300, TIM_SUCC);
    CHECK_EQ(recorded(), 0);

    pthread_mutex_lock(&gate.mu);
    gate.open = true;
    pthread_cond_broadcast(&gate.cv);
    pthread_mutex_unlock(&gate.mu);

    CHECK(wait_recorded(n));
    harness_sync();
    for (int i = 0; i < n; i++) {
        CHECK(rec.items[i].user_data == TAG(0x300 + (uintptr_t)i));
        CHECK(pthread_equal(rec.items[i].thread, gate.worker));
    }
    CHECK(event_log_count_of(&conv_events, kTIMConvEvent_Add) >= 1);
    CHECK(pthread_equal(conv_events.thread, gate.worker));
    /* The logout in call_every_async_api ended the session. */
    CHECK_EQ(TIMGetLoginStatus(), kTIMLoginStatus_UnLogined);
    REQUIRE(harness_login("alice") == 0);
}

/* ---- synchronous calls while a logout is queued ------------------------------------------- */

/* A draft set after TIMLogout was called must not be silently lost: either it is refused, or
 * it is saved for the user who was logged in. */
static void check_draft_during_logout(void) {
    printf("-- TIMConvSetDraft while a logout is queued\n");
    Waiter logout;
    waiter_init(&logout);
    CHECK_EQ(TIMLogout(waiter_on_result, &logout), TIM_SUCC);
    int rc = TIMConvSetDraft("ivan", kTIMConv_C2C, DRAFT);
    CHECK(waiter_wait(&logout));
    waiter_destroy(&logout);
    REQUIRE(harness_login("alice") == 0);
    char *list = harness_conv_list();
    JSpan ivan;
    bool saved = jscan_find_conv(jscan_root(list), "ivan", &ivan);
    if (!CHECK(rc == TIM_ERR_NOTLOGIN || (rc == TIM_SUCC && saved))) {
        fprintf(stderr, "    TIMConvSetDraft returned %d; the list afterwards: %.300s\n", rc, list);
    }
    free(list);
}

/* ---- submission order ---------------------------------------------------------------------- */

static void check_submission_order(void) {
    printf("-- callbacks in submission order\n");
    enum { CALLS = 200 };
    char push[512], info[256];
    harness_text_message(push, sizeof push, "frank", kTIMConv_C2C, "frank", "ping", "");
    snprintf(info, sizeof info, "[{\"%s\":\"frank\",\"%s\":1}]", kTIMGetConversationListParamConvId,
             kTIMGetConversationListParamConvType);
    reset_records();
    for (int i = 0; i < CALLS; i++) {
        const void *tag = TAG(0x1000 + i);
        int rc = TIM_SUCC;
        switch (i % 6) {
        case 0: rc = TIMConvGetConvList(record_cb, tag); break;
        case 1: rc = TIMExtReceiveMessages(push, record_cb, tag); break;
        case 2: rc = TIMConvGetTotalUnreadMessageCount(record_cb, tag); break;
        case 3: rc = TIMConvGetConvInfo(info, record_cb, tag); break;
        case 4: rc = TIMConvPinConversation("frank", kTIMConv_C2C, i % 4 == 0, record_cb, tag); break;
        default:
            CHECK_EQ(TIMConvSetDraft("frank", kTIMConv_C2C, DRAFT), TIM_SUCC);
            rc = TIMMsgSendMessage("frank", kTIMConv_C2C, TEXT_MESSAGE, NULL, record_cb, tag);
        }
        CHECK_EQ(rc, TIM_SUCC);
    }
    CHECK(wait_recorded(CALLS));
    int out_of_order = 0, failed = 0, other_thread = 0;
    for (int i = 0; i < CALLS; i++) {
        out_of_order += rec.items[i].user_data != TAG(0x1000 + i);
        failed += rec.items[i].code != 0;
        other_thread += !pthread_equal(rec.items[i].thread, rec.items[0].thread);
    }
    CHECK_EQ(out_of_order, 0);
    CHECK_EQ(failed, 0);
    CHECK_EQ(other_thread, 0);
    CHECK(!pthread_equal(rec.items[0].thread, main_thread));
}

/* ---- calls from inside callbacks ----------------------------------------------------------- */

static atomic_int in_listener;      /* set while reentrant_listener runs */
static atomic_int nested_too_early; /* a nested callback ran inside the listener */
static atomic_int nested_draft_rc = 1;
static atomic_int nested_user_rc = 1;

static void nested_cb(int32_t code, const char *desc, const char *json, const void *user_data) {
    if (atomic_load(&in_listener)) atomic_fetch_add(&nested_too_early, 1);
    record_cb(code, desc, json, user_data);
}

static void reentrant_listener(enum TIMConvEvent event, const char *json, const void *user_data) {
    event_log_on_conv_event(event, json, user_data);
    if (event != kTIMConvEvent_Add || strstr(json, "\"conv_id\":\"reentry\"") == NULL) return;
    atomic_store(&in_listener, 1);
    TIMConvGetTotalUnreadMessageCount(nested_cb, TAG(0x501));
    TIMConvGetConvList(nested_cb, TAG(0x502));
    atomic_store(&nested_draft_rc, TIMConvSetDraft("reentry", kTIMConv_C2C, DRAFT));
    char user_id[128] = "";
    atomic_store(&nested_user_rc,
                 TIMGetLoginUserID(user_id) == TIM_SUCC && strcmp(user_id, "alice") == 0 ? 0 : 1);
    atomic_store(&in_listener, 0);
}

/* A result callback that makes another call (and checks that one arrives later). */
static void chaining_cb(int32_t code, const char *desc, const char *json, const void *user_data) {
    record_cb(code, desc, json, user_data);
    atomic_store(&in_listener, 1);
    TIMConvPinConversation("reentry", kTIMConv_C2C, true, nested_cb, TAG(0x504));
    atomic_store(&in_listener, 0);
}

static void check_reentrancy(void) {
    printf("-- API calls from inside callbacks\n");
    reset_records();
    TIMSetConvEventCallback(reentrant_listener, &conv_events);
    CHECK_EQ(harness_receive_text("reentry", kTIMConv_C2C, "reentry", "hello", ""), 0);
    CHECK_EQ(TIMConvGetConvList(chaining_cb, TAG(0x503)), TIM_SUCC);
    CHECK(wait_recorded(4));
    harness_sync();
    CHECK_EQ(records_with(TAG(0x501)), 1);
    CHECK_EQ(records_with(TAG(0x502)), 1);
    CHECK_EQ(records_with(TAG(0x503)), 1);
    CHECK_EQ(records_with(TAG(0x504)), 1);
    CHECK_EQ(atomic_load(&nested_too_early), 0);
    CHECK_EQ(atomic_load(&nested_draft_rc), TIM_SUCC);
    CHECK_EQ(atomic_load(&nested_user_rc), 0);
    TIMSetConvEventCallback(event_log_on_conv_event, &conv_events);

    char *list = harness_conv_list();
    JSpan conv = {NULL, 0};
    CHECK(jscan_find_conv(jscan_root(list), "reentry", &conv));
    CHECK(jscan_get_true(conv, kTIMConvIsHasDraft));
    CHECK(jscan_get_true(conv, kTIMConvIsPinned));
    free(list);
}

/* ---- TIMUninit ----------------------------------------------------------------------------- */

static void check_uninit_completes_accepted_calls(void) {
    printf("-- TIMUninit completes every accepted call\n");
    enum { CALLS = 100 };
    char push[512];
    harness_text_message(push, sizeof push, "gina", kTIMConv_C2C, "gina", "bye", "");
    reset_records();
    for (int i = 0; i < CALLS; i++) {
        const void *tag = TAG(0x2000 + i);
        int rc = i % 3 == 0   ? TIMExtReceiveMessages(push, record_cb, tag)
                 : i % 3 == 1 ? TIMConvGetConvList(record_cb, tag)
                              : TIMConvGetTotalUnreadMessageCount(record_cb, tag);
        CHECK_EQ(rc, TIM_SUCC);
    }
    CHECK_EQ(TIMUninit(), TIM_SUCC);
    int at_return = recorded();
    int events_at_return = event_log_size(&conv_events);
    CHECK_EQ(at_return, CALLS);
    int failed = 0;
    for (int i = 0; i < at_return && i < CALLS; i++) {
        failed += rec.items[i].code != 0 || rec.items[i].user_data != TAG(0x2000 + i);
    }
    CHECK_EQ(failed, 0);

    harness_sleep_ms(300);
    CHECK_EQ(recorded(), CALLS);
    CHECK_EQ(event_log_size(&conv_events), events_at_return);

    /* Uninitialised again: as before TIMInit. */
    check_not_initialised("after TIMUninit");
    CHECK_EQ(TIMUninit(), TIM_SUCC);
    CHECK_EQ(TIMUninit(), TIM_SUCC);
}

/* Calls keep coming from another thread while TIMUninit runs: a call's success callback either
 * ran before TIMUninit returned or the call was refused like before TIMInit (6013). */
static atomic_int uninit_returned;
static atomic_int late_callbacks;
static atomic_int callbacks_seen;
static atomic_int stop_spamming;

static void race_cb(int32_t code, const char *desc, const char *json, const void *user_data) {
    (void)desc;
    (void)json;
    (void)user_data;
    if (atomic_load(&uninit_returned) && code != ERR_SDK_NOT_INITIALIZED) {
        atomic_fetch_add(&late_callbacks, 1);
    }
    atomic_fetch_add(&callbacks_seen, 1);
}

static void *spam_calls(void *arg) {
    (void)arg;
    int calls = 0;
    while (!atomic_load(&stop_spamming) && calls < 5000) {
        if (TIMConvGetConvList(race_cb, NULL) == TIM_SUCC) calls++;
        struct timespec pause = {0, 50000};
        nanosleep(&pause, NULL);
    }
    return (void *)(intptr_t)calls;
}

static void uninit_from_callback(int32_t code, const char *desc, const char *json,
                                 const void *user_data) {
    record_cb(code, desc, json, user_data);
    TIMUninit(); /* must not deadlock on the worker it runs on */
    record_cb(TIMGetLoginStatus(), "", "", TAG(0x4001));
}

static void check_uninit_races(void) {
    printf("-- TIMUninit while other threads call, and from a callback\n");
    REQUIRE(harness_init(data_dir) == TIM_SUCC);
    REQUIRE(harness_login("alice") == 0);
    pthread_t spammer;
    REQUIRE(pthread_create(&spammer, NULL, spam_calls, NULL) == 0);
    harness_sleep_ms(50);
    CHECK_EQ(TIMUninit(), TIM_SUCC);
    atomic_store(&uninit_returned, 1);
    harness_sleep_ms(50);
    atomic_store(&stop_spamming, 1);
    void *calls = NULL;
    pthread_join(spammer, &calls);
    /* Let the refused calls' 6013 callbacks arrive. */
    for (int waited = 0; atomic_load(&callbacks_seen) < (int)(intptr_t)calls && waited < 10000;
         waited += 10) {
        harness_sleep_ms(10);
    }
    CHECK((intptr_t)calls > 0);
    CHECK_EQ(atomic_load(&callbacks_seen), (int)(intptr_t)calls);
    CHECK_EQ(atomic_load(&late_callbacks), 0);

    REQUIRE(harness_init(data_dir) == TIM_SUCC);
    REQUIRE(harness_login("alice") == 0);
    reset_records();
    CHECK_EQ(TIMConvGetConvList(uninit_from_callback, TAG(0x4000)), TIM_SUCC);
    CHECK_EQ(TIMConvGetTotalUnreadMessageCount(record_cb, TAG(0x4002)), TIM_SUCC);
    CHECK(wait_recorded(3));
    harness_sleep_ms(100);
    CHECK_EQ(records_with(TAG(0x4000)), 1);
    CHECK_EQ(records_with(TAG(0x4001)), 1);
    CHECK_EQ(records_with(TAG(0x4002)), 1); /* queued before the uninit: still completed */
    CHECK_EQ(TIMUninit(), TIM_SUCC);
    CHECK_EQ(TIMGetLoginStatus(), kTIMLoginStatus_UnLogined);
    char user_id[128];
    CHECK_EQ(TIMGetLoginUserID(user_id), TIM_ERR_SDKUNINIT);
}

/* ---- a login that cannot open the user's data ---------------------------------------------- */

static void check_login_failure(void) {
    printf("-- login fails when the data directory is unusable\n");
    char not_a_dir[320];
    snprintf(not_a_dir, sizeof not_a_dir, "%s/not-a-directory", data_dir);
    FILE *file = fopen(not_a_dir, "w");
    REQUIRE(file != NULL);
    fclose(file);

    REQUIRE(harness_init(not_a_dir) == TIM_SUCC);
    Waiter login;
    waiter_init(&login);
    CHECK_EQ(TIMLogin("alice", "sig", waiter_on_result, &login), TIM_SUCC);
    REQUIRE(waiter_wait(&login));
    CHECK(login.code != 0);
    CHECK_CONTAINS(login.desc, not_a_dir); /* names the path */
    waiter_destroy(&login);
    CHECK_EQ(TIMGetLoginStatus(), kTIMLoginStatus_UnLogined);
    char user_id[128] = "x";
    CHECK_EQ(TIMGetLoginUserID(user_id), TIM_ERR_NOTLOGIN);
    CHECK_EQ(TIMConvSetDraft("bob", kTIMConv_C2C, DRAFT), TIM_ERR_NOTLOGIN);
    reset_records();
    CHECK_EQ(TIMConvGetConvList(record_cb, TAG(0x6000)), TIM_SUCC);
    CHECK(wait_recorded(1));
    CHECK_EQ(rec.items[0].code, ERR_SDK_NOT_LOGGED_IN);
    CHECK_EQ(TIMUninit(), TIM_SUCC);
    remove(not_a_dir);
}

int main(void) {
    main_thread = pthread_self();
    REQUIRE(harness_make_temp_dir(data_dir, sizeof data_dir));
    event_log_init(&conv_events);
    TIMSetConvEventCallback(event_log_on_conv_event, &conv_events);

    CHECK_EQ(TIMUninit(), TIM_SUCC); /* without TIMInit: harmless */
    check_not_initialised("before TIMInit");

    REQUIRE(harness_init(data_dir) == TIM_SUCC);
    CHECK_EQ(harness_init(data_dir), TIM_SUCC); /* again: keeps the running instance */
    check_not_logged_in();
    REQUIRE(harness_login("alice") == 0);

    check_bad_arguments();
    check_user_data();
    check_never_inside_the_call();
    check_draft_during_logout();
    check_submission_order();
    check_reentrancy();
    check_uninit_completes_accepted_calls();
    check_uninit_races();
    check_login_failure();

    TIMSetConvEventCallback(NULL, NULL);
    event_log_destroy(&conv_events);
    harness_remove_tree(data_dir);
    return harness_finish();
}
