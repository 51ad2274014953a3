/*
 * Callbacks on the UI thread (Windows GUI apps): TIMInit on the process's main thread, which
 * has a window and runs a message loop, delivers every callback and listener on that thread,
 * from its message loop, in the order the worker delivers them, each exactly once.
 *
 * The same scripted session (login, server pushes, pins, drafts, groups, marks, receipts,
 * revokes, edits, clean-unread, connection state, delete, kicked offline; every conversation,
 * unread, group, message, revoke, receipt, update, network, kick and log listener) runs twice
 * on the main thread: with sdk_config_main_thread_id -1 (callbacks on the worker, as before)
 * and without (callbacks on the main thread). Both runs must record the same events in the
 * same order. Then the rules for other threads: a GUI thread that is not the main thread gets
 * worker callbacks, unless sdk_config_main_thread_id names it.
 */
#include "gui_kit.h"

typedef struct Event {
    char what[16];
    long long arg;
    char ids[192]; /* conversation IDs named in the JSON, in order */
    DWORD thread;
} Event;

#define MAX_EVENTS 512
static Event events[MAX_EVENTS];
static volatile LONG n_events;
static volatile LONG results;      /* result callbacks so far */
static volatile LONG log_lines;    /* log callback calls (not compared: they carry times) */
static volatile LONG log_off_main; /* log lines not on the main thread */
static volatile LONG inside_call;  /* callbacks that ran inside an API call */
static volatile DWORD calling;     /* the thread inside an API call, or 0 */
static DWORD main_thread;

static int compare_ids(const void *a, const void *b) {
    return strcmp((const char *)a, (const char *)b);
}

/* The values of every "...conv_id":"<value>" in json, sorted (the order of conversations inside
 * one array is not part of the contract), comma-separated into out. */
static void conv_ids(const char *json, char *out, size_t size) {
    char ids[16][40];
    int count = 0;
    for (const char *p = json ? strstr(json, "conv_id\":\"") : NULL; p && count < 16; p = strstr(p, "conv_id\":\"")) {
        p += strlen("conv_id\":\"");
        size_t n = 0;
        while (*p && *p != '"' && n + 1 < sizeof ids[0]) ids[count][n++] = *p++;
        ids[count++][n] = '\0';
    }
    qsort(ids, (size_t)count, sizeof ids[0], compare_ids);
    size_t n = 0;
    out[0] = '\0';
    for (int i = 0; i < count && n + 1 < size; i++) {
        int w = snprintf(out + n, size - n, "%s,", ids[i]);
        if (w < 0 || (size_t)w >= size - n) break; /* truncated: the rest does not fit */
        n += (size_t)w;
    }
}

static void record(const char *what, long long arg, const char *json) {
    if (calling == GetCurrentThreadId()) InterlockedIncrement(&inside_call);
    LONG i = InterlockedIncrement(&n_events) - 1;
    if (i >= MAX_EVENTS) return;
    Event *e = &events[i];
    snprintf(e->what, sizeof e->what, "%s", what);
    e->arg = arg;
    conv_ids(json, e->ids, sizeof e->ids);
    e->thread = GetCurrentThreadId();
}

static void TIM_CALL on_result(int32_t code, const char *desc, const char *json, const void *ud) {
    (void)desc;
    record("result", (long long)(intptr_t)ud * 100000 + code, json);
    InterlockedIncrement(&results);
}
static void TIM_CALL on_conv(enum TIMConvEvent ev, const char *json, const void *ud) {
    (void)ud;
    record("conv", ev, json);
}
static void TIM_CALL on_total(int total, const void *ud) {
    (void)ud;
    record("total", total, NULL);
}
static void TIM_CALL on_filter(const char *filter, int total, const void *ud) {
    (void)ud;
    (void)filter;
    record("filter", total, NULL);
}
static void TIM_CALL on_new(const char *json, const void *ud) {
    (void)ud;
    record("new", 0, json);
}
static void TIM_CALL on_group_convs(const char *name, const char *json, const void *ud) {
    record("group", (long long)(intptr_t)ud, json);
    (void)name;
}
static void TIM_CALL on_group_deleted(const char *name, const void *ud) {
    (void)ud;
    record("group-del", 0, name);
}
static void TIM_CALL on_group_renamed(const char *old_name, const char *new_name, const void *ud) {
    (void)ud;
    (void)old_name;
    (void)new_name;
    record("group-ren", 0, NULL);
}
static void TIM_CALL on_group_removed(const char *name, const char *json, uint32_t reason, const void *ud) {
    (void)ud;
    (void)name;
    record("group-rm", reason, json);
}
static void TIM_CALL on_json(const char *json, const void *ud) {
    record((const char *)ud, 0, json);
}
static void TIM_CALL on_network(enum TIMNetworkStatus status, int32_t code, const char *desc, const void *ud) {
    (void)ud;
    (void)desc;
    record("network", status * 1000 + code, NULL);
}
static void TIM_CALL on_kicked(const void *ud) {
    (void)ud;
    record("kicked", 0, NULL);
}
static void TIM_CALL on_log(enum TIMLogLevel level, const char *line, const void *ud) {
    (void)level;
    (void)line;
    (void)ud;
    InterlockedIncrement(&log_lines);
    if (GetCurrentThreadId() != main_thread) InterlockedIncrement(&log_off_main);
}

static void set_listeners(void) {
    TIMSetConvEventCallback(on_conv, NULL);
    TIMSetConvTotalUnreadMessageCountChangedCallback(on_total, NULL);
    TIMSetConvUnreadMessageCountChangedByFilterCallback(on_filter, NULL);
    TIMAddRecvNewMsgCallback(on_new, NULL);
    TIMSetConvConversationGroupCreatedCallback(on_group_convs, (const void *)1);
    TIMSetConvConversationGroupDeletedCallback(on_group_deleted, NULL);
    TIMSetConvConversationGroupNameChangedCallback(on_group_renamed, NULL);
    TIMSetConvConversationsAddedToGroupCallback(on_group_convs, (const void *)2);
    TIMSetConvConversationsDeletedFromGroupCallback(on_group_removed, NULL);
    TIMSetMsgRevokeCallback(on_json, "revoke");
    TIMSetMsgReadedReceiptCallback(on_json, "receipt");
    TIMSetMsgUpdateCallback(on_json, "update");
    TIMSetNetworkStatusListenerCallback(on_network, NULL);
    TIMSetKickedOfflineCallback(on_kicked, NULL);
    TIMSetLogCallback(on_log, NULL);
}

#define MSG1(conv, type, sender, id, text)                                                         \
    "{\"message_conv_id\":\"" conv "\",\"message_conv_type\":" #type ",\"message_sender\":\"" sender \
    "\",\"message_msg_id\":\"" id "\",\"message_elem_array\":[{\"elem_type\":0,\"text_elem_content\":\"" text "\"}]}"

/* Every accepted call of the session; returns how many callbacks to expect. */
static int script(void) {
    int n = 0, rc;
    calling = GetCurrentThreadId();
#define CALL(expr)                         \
    do {                                   \
        rc = (expr);                       \
        CHECK(rc == TIM_SUCC);             \
        if (rc == TIM_SUCC) n++;           \
    } while (0)
#define UD (const void *)(intptr_t)(n + 1)
    CALL(TIMLogin("alice", "sig", on_result, UD));
    CALL(TIMConvGetTotalUnreadMessageCount(on_result, UD));
    CHECK(TIMConvSubscribeUnreadMessageCountByFilter("{\"conversation_list_filter_conv_type\":1}") == TIM_SUCC);
    CALL(TIMExtUpdateUserProfiles("[{\"user_profile_identifier\":\"bob\",\"user_profile_nick_name\":\"Bob\"}]",
                                  on_result, UD));
    CALL(TIMExtReceiveMessages("[" MSG1("bob", 1, "bob", "m1", "hi") "," MSG1("team", 2, "carol", "m2", "yo") ","
                               MSG1("bob", 1, "bob", "m3", "there") "]",
                               on_result, UD));
    CALL(TIMConvPinConversation("team", kTIMConv_Group, true, on_result, UD));
    CHECK(TIMConvSetDraft("bob", kTIMConv_C2C,
                          "{\"draft_msg\":{\"message_elem_array\":[{\"elem_type\":0,\"text_elem_content\":\"d\"}]}}") ==
          TIM_SUCC);
    CALL(TIMConvCreateConversationGroup("work", "[\"c2c_bob\"]", on_result, UD));
    CALL(TIMConvAddConversationsToGroup("work", "[\"group_team\"]", on_result, UD));
    CALL(TIMConvRenameConversationGroup("work", "job", on_result, UD));
    CALL(TIMConvDeleteConversationsFromGroup("job", "[\"c2c_bob\"]", on_result, UD));
    CALL(TIMConvMarkConversation("[\"c2c_bob\"]", 1, true, on_result, UD));
    CALL(TIMExtReceiveReadReceipts("[{\"msg_receipt_conv_id\":\"bob\",\"msg_receipt_conv_type\":1,"
                                   "\"msg_receipt_time_stamp\":4000000000}]",
                                   on_result, UD));
    CALL(TIMExtRevokeMessages("[{\"message_conv_id\":\"bob\",\"message_conv_type\":1,\"message_msg_id\":\"m3\"}]",
                              on_result, UD));
    CALL(TIMExtUpdateMessages("[" MSG1("team", 2, "carol", "m2", "edited") "]", on_result, UD));
    CALL(TIMConvCleanConversationUnreadMessageCount("c2c_bob", 0, 0, on_result, UD));
    CALL(TIMExtSetNetworkStatus(kTIMConnected, 0, "ok", on_result, UD));
    CALL(TIMConvGetConvList(on_result, UD));
    CALL(TIMConvDelete("team", kTIMConv_Group, on_result, UD));
    CALL(TIMConvDeleteConversationGroup("job", on_result, UD));
    CALL(TIMExtKickedOffline(on_result, UD));
    calling = 0;
    return n;
#undef CALL
#undef UD
}

/* Runs the session with TIMInit(config) on this thread; copies its events to out. */
static int run_session(const char *extra, Event *out) {
    char dir[512], config[1400];
    if (!platform_make_temp_dir(dir, sizeof dir, "timconv-gui")) return -1;
    gui_config(config, sizeof config, dir, extra);
    n_events = results = log_lines = log_off_main = inside_call = 0;
    CHECK(TIMInit(1400000001, config) == TIM_SUCC);
    int expected = script();
    CHECK(gui_pump_until(&results, expected, 20000));
    TIMUninit();
    LONG n = n_events;
    CHECK(results == expected);
    CHECK(inside_call == 0);
    CHECK(log_lines > 0);
    memcpy(out, events, sizeof(Event) * (size_t)(n < MAX_EVENTS ? n : MAX_EVENTS));
    platform_remove_tree(dir);
    return (int)n;
}

static Event worker_run[MAX_EVENTS], ui_run[MAX_EVENTS];

/* ---- other threads: a second GUI thread with its own message loop ------------------------- */

typedef struct Other {
    const char *extra; /* TIMInit's extra config (may name this thread) */
    bool delivered_here; /* every callback ran on this thread */
    bool delivered_elsewhere; /* every callback ran on another thread */
} Other;

static volatile LONG other_results;
static volatile DWORD other_threads[8];

static void TIM_CALL on_other(int32_t code, const char *desc, const char *json, const void *ud) {
    (void)code;
    (void)desc;
    (void)json;
    LONG i = InterlockedIncrement(&other_results) - 1;
    if (i < 8) other_threads[i] = GetCurrentThreadId();
    (void)ud;
}

static DWORD WINAPI other_main(LPVOID arg) {
    Other *o = (Other *)arg;
    HWND w = gui_make_window(L"other");
    char dir[512], config[1400], extra[128];
    if (!platform_make_temp_dir(dir, sizeof dir, "timconv-gui-other")) return 1;
    snprintf(extra, sizeof extra, o->extra, (unsigned long)GetCurrentThreadId());
    gui_config(config, sizeof config, dir, extra);
    other_results = 0;
    CHECK(TIMInit(1400000001, config) == TIM_SUCC);
    for (int i = 0; i < 8; i++) CHECK(TIMConvGetTotalUnreadMessageCount(on_other, NULL) == TIM_SUCC);
    CHECK(gui_pump_until(&other_results, 8, 10000));
    TIMUninit();
    o->delivered_here = o->delivered_elsewhere = true;
    for (int i = 0; i < 8; i++) {
        if (other_threads[i] != GetCurrentThreadId()) o->delivered_here = false;
        if (other_threads[i] == GetCurrentThreadId() || other_threads[i] == main_thread) o->delivered_elsewhere = false;
    }
    DestroyWindow(w);
    platform_remove_tree(dir);
    return 0;
}

static Other run_other(const char *extra) {
    Other o = {extra, false, false};
    HANDLE t = CreateThread(NULL, 0, other_main, &o, 0, NULL);
    /* The main thread keeps its own loop running meanwhile (it must not receive anything). */
    while (MsgWaitForMultipleObjects(1, &t, FALSE, INFINITE, QS_ALLINPUT) != WAIT_OBJECT_0) gui_pump_once();
    CloseHandle(t);
    return o;
}

int main(void) {
    gui_watchdog(120, "gui_thread");
    main_thread = GetCurrentThreadId();
    HWND window = gui_make_window(L"timconv gui_thread");
    CHECK(window != NULL);
    set_listeners();

    /* 1. The reference: callbacks on the worker (no thread is named -1). */
    int nw = run_session("\"sdk_config_main_thread_id\":-1", worker_run);
    DWORD worker = nw > 0 ? worker_run[0].thread : 0;
    int off_worker = 0;
    for (int i = 0; i < nw; i++) off_worker += worker_run[i].thread != worker;
    CHECK(worker != main_thread);
    CHECK(off_worker == 0);
    CHECK(log_off_main > 0);

    /* 2. The same session on the UI thread. */
    int nu = run_session(NULL, ui_run);
    int off_main = 0;
    for (int i = 0; i < nu; i++) off_main += ui_run[i].thread != main_thread;
    CHECK(off_main == 0);
    CHECK(log_off_main == 0);
    CHECK(nu == nw);
    CHECK(nu > 40); /* results and listeners of every kind */
    int differ = 0;
    for (int i = 0; i < nu && i < nw; i++) {
        Event *a = &worker_run[i], *b = &ui_run[i];
        if (strcmp(a->what, b->what) != 0 || a->arg != b->arg || strcmp(a->ids, b->ids) != 0) {
            if (differ++ < 5) {
                fprintf(stderr, "event %d: worker %s %lld [%s], UI thread %s %lld [%s]\n", i, a->what, a->arg,
                        a->ids, b->what, b->arg, b->ids);
            }
        }
    }
    CHECK(differ == 0);
    const char *kinds[] = {"result", "conv", "total", "filter", "new", "group", "group-del", "group-ren",
                           "group-rm", "revoke", "receipt", "update", "network", "kicked"};
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
        bool seen = false;
        for (int i = 0; i < nu; i++) seen = seen || strcmp(ui_run[i].what, kinds[k]) == 0;
        if (!seen) fprintf(stderr, "no %s event\n", kinds[k]);
        CHECK(seen);
    }

    /* 3. A GUI thread that is not the main thread: the worker calls back, as before ... */
    Other o = run_other("\"sdk_config_ignored\":%lu");
    CHECK(o.delivered_elsewhere);
    /* ... unless sdk_config_main_thread_id names it. */
    o = run_other("\"sdk_config_main_thread_id\":%lu");
    CHECK(o.delivered_here);

    DestroyWindow(window);
    printf("%d events on the main thread, in the worker's order\n", nu);
    return gui_finish();
}
