/*
 * Concurrency stress: 8 threads make random API calls and server-feed pushes for a bounded
 * time, while listeners and callbacks make calls of their own (operations: stress_ops.h;
 * accounting, listeners and watchdog: stress_kit.h).
 *
 *   phase 0  a 6013 callback of a call made before TIMInit calls the API while TIMInit runs.
 *   phase 1  one instance; users switch now and then. Checked: every call that returned TIM_SUCC
 *            got exactly one callback and every other return none; each thread's callbacks in
 *            the order it made the calls; callback and listener JSON well-formed; no internal
 *            or database errors. At quiescence: the total unread equals the sum of the counted
 *            per-conversation unread of the full list (and the by-type totals), paging the list
 *            gives the same conversations, and after TIMUninit + TIMInit + login the list, the
 *            groups and the totals are identical.
 *   phase 2  the same callers while the main thread cycles TIMUninit / TIMInit / TIMLogin with
 *            calls in flight. Checked: every call accepted before TIMUninit was entered got its
 *            callback when TIMUninit returns; no listener or worker callback runs while the SDK
 *            is uninitialised; exactly-once accounting over the whole phase; the state
 *            invariants again.
 *
 * A watchdog aborts with a description of what every thread is doing if a call stays blocked,
 * or no callback arrives while some are owed, for TIMCONV_STRESS_STALL_SECONDS (default 20).
 *
 * Environment: TIMCONV_STRESS_SECONDS (default 5: 60% phase 1, 40% phase 2) for longer runs;
 * TIMCONV_STRESS_SEED (default: from the clock; printed) to replay a run's random choices
 * (thread interleaving still varies).
 */
#include "stress_ops.h"

/* ---- quiescence and the checks -------------------------------------------------------------- */

static void wait_quiescent(void) {
    while (atomic_load(&unfinished) > 0) harness_sleep_ms(5);
}

/* Every ticket: accepted ones called back exactly once, rejected ones never. */
static void check_exactly_once(const char *when) {
    pthread_mutex_lock(&tk.mu);
    long missing = 0, duplicated = 0, rejected_called = 0, unreturned = 0;
    for (size_t i = 0; i < tk.count; i++) {
        const Ticket *t = &tk.items[i];
        if (t->state == ACCEPTED) {
            missing += t->callbacks == 0;
            duplicated += t->callbacks > 1;
        } else if (t->state == REJECTED) {
            rejected_called += t->callbacks > 0;
        } else {
            unreturned++;
        }
    }
    size_t count = tk.count;
    pthread_mutex_unlock(&tk.mu);
    printf("%s: %zu calls with a callback argument accounted\n", when, count);
    CHECK_EQ(missing, 0);
    CHECK_EQ(duplicated, 0);
    CHECK_EQ(rejected_called, 0);
    CHECK_EQ(unreturned, 0);
    CHECK_EQ(atomic_load(&v.foreign), 0);
    CHECK_EQ(atomic_load(&v.out_of_order), 0);
    CHECK_EQ(atomic_load(&v.bad_code), 0);
    CHECK_EQ(atomic_load(&v.malformed_json), 0);
    CHECK_EQ(atomic_load(&v.null_strings), 0);
    CHECK_EQ(atomic_load(&v.after_uninit), 0);
    CHECK_EQ(atomic_load(&v.listener_after_uninit), 0);
}

/* A result through a Waiter (the main thread's own calls, outside the accounting). */
typedef struct Reply {
    int code;
    char *json;
} Reply;

static Reply wait_reply(Waiter *w, int rc) {
    Reply r = {rc, NULL};
    if (rc == TIM_SUCC) {
        r.code = waiter_wait(w) ? w->code : -1000;
        r.json = w->json;
        w->json = NULL;
    }
    waiter_destroy(w);
    return r;
}

static long long unread_result(Reply r) {
    long long n = r.code == 0 ? jscan_get_int(jscan_root(r.json),
                                              kTIMConvGetTotalUnreadMessageCountResultUnreadCount)
                              : -1;
    free(r.json);
    return n;
}

static long long total_by_filter(const char *filter) {
    Waiter w;
    waiter_init(&w);
    return unread_result(wait_reply(&w, TIMConvGetUnreadMessageCountByFilter(filter, waiter_on_result, &w)));
}

static long long total_unread(void) {
    Waiter w;
    waiter_init(&w);
    return unread_result(wait_reply(&w, TIMConvGetTotalUnreadMessageCount(waiter_on_result, &w)));
}

/* Whether a listed conversation's unread counts in the totals (README: muted receive options
 * and AVChatRooms do not). */
static bool counts_in_total(JSpan conv) {
    long long opt = jscan_get_int(conv, kTIMConvRecvOpt);
    bool muted = opt == kTIMRecvMsgOpt_Not_Receive || opt == kTIMRecvMsgOpt_Not_Notify ||
                 opt == kTIMRecvMsgOpt_Not_Notify_Except_At;
    bool avchatroom = jscan_get_int(conv, kTIMConvType) == kTIMConv_Group &&
                      jscan_get_int(conv, kTIMConvGroupType) == kTIMGroup_AVChatRoom;
    return !muted && !avchatroom;
}

/* The list walked page by page (page size 7) as "id|id|..." of conv objects' raw text. */
static char *paged_list_text(void) {
    size_t cap = 1 << 16, used = 0;
    char *out = malloc(cap);
    if (out == NULL) abort();
    out[0] = '\0';
    uint64_t next = 0;
    for (int pages = 0; pages < 1000; pages++) {
        Waiter w;
        waiter_init(&w);
        Reply r = wait_reply(&w, TIMConvGetConversationListByFilter("{}", next, 7, waiter_on_result, &w));
        if (!CHECK_EQ(r.code, 0)) {
            free(r.json);
            break;
        }
        JSpan root = jscan_root(r.json), list = {NULL, 0}, item, v2;
        jscan_member(root, TIMConversationListResultConvList, &list);
        for (int i = 0; jscan_index(list, i, &item); i++) {
            while (used + item.n + 2 > cap) {
                cap *= 2;
                out = realloc(out, cap);
                if (out == NULL) abort();
            }
            memcpy(out + used, item.p, item.n);
            used += item.n;
            out[used++] = '\n';
            out[used] = '\0';
        }
        bool finished_paging = jscan_get_true(root, TIMConversationListResultIsFinished);
        next = jscan_member(root, TIMConversationListResultNextSeq, &v2) ? jscan_uint(v2) : 0;
        free(r.json);
        if (finished_paging) break;
    }
    return out;
}

/* The same "obj\nobj\n" rendering of a ConvInfo array. */
static char *list_text(JSpan list) {
    size_t cap = list.n + 64, used = 0;
    char *out = malloc(cap);
    if (out == NULL) abort();
    JSpan item;
    for (int i = 0; jscan_index(list, i, &item); i++) {
        memcpy(out + used, item.p, item.n);
        used += item.n;
        out[used++] = '\n';
    }
    out[used] = '\0';
    return out;
}

typedef struct Snapshot {
    char *list;   /* the full conversation list, one ConvInfo per line */
    char *groups; /* TIMConvGetConversationGroupList */
    long long total, c2c, group;
    int convs;
} Snapshot;

static void snapshot_free(Snapshot *s) {
    free(s->list);
    free(s->groups);
}

/* At quiescence, logged in: the totals add up and paging agrees with the list. */
static Snapshot check_state(const char *when) {
    Snapshot s = {0};
    char *json = harness_conv_list();
    JSpan list = jscan_root(json);
    REQUIRE(json != NULL && list.p != NULL);
    long long sum = 0, uncounted = 0;
    JSpan conv;
    for (int i = 0; jscan_index(list, i, &conv); i++) {
        long long unread = jscan_get_int(conv, kTIMConvUnReadNum);
        CHECK(unread >= 0);
        if (counts_in_total(conv)) {
            sum += unread;
        } else {
            uncounted += unread;
        }
        s.convs++;
    }
    s.total = total_unread();
    s.c2c = total_by_filter("{\"conversation_list_filter_conv_type\":1}");
    s.group = total_by_filter("{\"conversation_list_filter_conv_type\":2}");
    printf("%s: %d conversations listed, total unread %lld (sum %lld; %lld in muted or "
           "AVChatRoom conversations), c2c %lld + group %lld\n",
           when, s.convs, s.total, sum, uncounted, s.c2c, s.group);
    CHECK_EQ(s.total, sum);
    CHECK_EQ(s.c2c + s.group, s.total);
    CHECK_EQ(total_by_filter("{}"), s.total);

    s.list = list_text(list);
    char *paged = paged_list_text();
    CHECK_STR_EQ(paged, s.list);
    free(paged);
    free(json);

    Waiter w;
    waiter_init(&w);
    Reply groups = wait_reply(&w, TIMConvGetConversationGroupList(waiter_on_result, &w));
    CHECK_EQ(groups.code, 0);
    s.groups = groups.json;
    return s;
}

static int login_main_user(void) {
    Caller *c = &callers[CONTROL];
    enter(c, "TIMLogin (main thread)");
    int rc = harness_login(MAIN_USER);
    leave(c);
    return rc;
}

/* Prints the first line where two snapshots' lists differ. */
static void report_difference(const char *a, const char *b) {
    size_t i = 0, line = 0;
    while (a[i] != '\0' && a[i] == b[i]) {
        if (a[i] == '\n') line = i + 1;
        i++;
    }
    fprintf(stderr, "    first difference in conversation at offset %zu:\n    before: %.400s\n"
                    "    after:  %.400s\n", line, a + line, b + line);
}

/* TIMUninit + TIMInit + login: everything listed before is there, the same. */
static void check_restart(const char *when, Snapshot *before) {
    Caller *c = &callers[CONTROL];
    enter(c, "TIMUninit (restart)");
    CHECK_EQ(TIMUninit(), TIM_SUCC);
    leave(c);
    REQUIRE(harness_init(data_dir) == TIM_SUCC);
    REQUIRE(login_main_user() == 0);
    Snapshot after = check_state(when);
    if (!CHECK_STR_EQ(after.list, before->list)) report_difference(before->list, after.list);
    CHECK_STR_EQ(after.groups, before->groups);
    CHECK_EQ(after.total, before->total);
    CHECK_EQ(after.c2c, before->c2c);
    CHECK_EQ(after.group, before->group);
    snapshot_free(&after);
}

/* ---- phase 2: TIMUninit / TIMInit cycles with calls in flight ------------------------------- */

/* Marks every ticket that returned TIM_SUCC and is still owed its callback. */
static size_t mark_owed(void) {
    pthread_mutex_lock(&tk.mu);
    while (tk.done_below < tk.count && finished(&tk.items[tk.done_below])) tk.done_below++;
    size_t marked = 0;
    for (size_t i = tk.done_below; i < tk.count; i++) {
        Ticket *t = &tk.items[i];
        t->must_be_done = t->state == ACCEPTED && t->callbacks == 0;
        marked += t->must_be_done;
    }
    pthread_mutex_unlock(&tk.mu);
    return marked;
}

/* How many marked tickets still have no callback (and clears the marks). */
static long owed_still(void) {
    long owed = 0;
    pthread_mutex_lock(&tk.mu);
    for (size_t i = tk.done_below; i < tk.count; i++) {
        Ticket *t = &tk.items[i];
        owed += t->must_be_done && t->callbacks == 0;
        t->must_be_done = 0;
    }
    pthread_mutex_unlock(&tk.mu);
    return owed;
}

static void run_restart_cycles(double seconds) {
    Caller *c = &callers[CONTROL];
    int64_t end = now_ms() + (int64_t)(seconds * 1000);
    int cycles = 0;
    long owed_total = 0, marked_total = 0;
    int64_t uninit_ms_max = 0, init_ms_max = 0;
    while (now_ms() < end) {
        harness_sleep_ms(5 + rnd(c, 60));
        marked_total += (long)mark_owed();
        enter(c, "TIMUninit (cycle)");
        int64_t t0 = now_ms();
        int rc = TIMUninit();
        int64_t t1 = now_ms();
        uninit_ms_max = t1 - t0 > uninit_ms_max ? t1 - t0 : uninit_ms_max;
        leave(c);
        atomic_store(&uninitialised, 1);
        CHECK_EQ(rc, TIM_SUCC);
        long owed = owed_still();
        owed_total += owed;
        if (owed > 0) fprintf(stderr, "stress: TIMUninit returned with %ld accepted calls owed\n", owed);
        harness_sleep_ms(rnd(c, 10));
        atomic_store(&uninitialised, 0);
        enter(c, "TIMInit (cycle)");
        t0 = now_ms();
        REQUIRE(harness_init(data_dir) == TIM_SUCC);
        t1 = now_ms();
        init_ms_max = t1 - t0 > init_ms_max ? t1 - t0 : init_ms_max;
        leave(c);
        if (rnd(c, 4) != 0) { /* sometimes stay logged out for a while */
            TICKET(c, OP_RELOGIN, TIMLogin(MAIN_USER, "sig", on_result, UD));
        }
        cycles++;
    }
    printf("phase 2: %d TIMUninit/TIMInit cycles; %ld calls were owed a callback at TIMUninit, "
           "%ld still owed when it returned; longest TIMUninit %lld ms, TIMInit %lld ms\n",
           cycles, marked_total, owed_total, (long long)uninit_ms_max, (long long)init_ms_max);
    CHECK(cycles > 0);
    CHECK_EQ(owed_total, 0);
}

/* ---- phase 0: a rejection callback that calls the API while TIMInit runs ------------------ */

static atomic_int reentry_rc = 1;
static Waiter reentry_done;

/* The 6013 callback of a call made before TIMInit: waits until TIMInit is (very likely)
 * running, then calls the API, as callbacks may. */
static void reentry_cb(int32_t code, const char *desc, const char *json, const void *ud) {
    (void)desc;
    (void)json;
    (void)ud;
    harness_sleep_ms(300);
    atomic_store(&reentry_rc, TIMConvGetTotalUnreadMessageCount(waiter_on_result, &reentry_done));
    (void)code;
}

static void *init_main(void *arg) {
    (void)arg;
    return (void *)(intptr_t)harness_init(data_dir);
}

static void check_rejection_callback_during_init(void) {
    printf("phase 0: a rejection callback calls the API while TIMInit runs\n");
    waiter_init(&reentry_done);
    Waiter first;
    waiter_init(&first);
    REQUIRE(TIMConvGetConvList(reentry_cb, &first) == TIM_SUCC);
    harness_sleep_ms(50);
    pthread_t init_thread;
    REQUIRE(pthread_create(&init_thread, NULL, init_main, NULL) == 0);
    /* TIMInit must not wait for a callback that waits for TIMInit. */
    int64_t deadline = now_ms() + 5000;
    while (atomic_load(&reentry_rc) == 1 && now_ms() < deadline) harness_sleep_ms(10);
    if (!CHECK_EQ(atomic_load(&reentry_rc), TIM_SUCC)) {
        fprintf(stderr, "    the callback's API call did not return: TIMInit deadlocked\n");
        harness_finish();
        _exit(EXIT_FAILURE);
    }
    void *init_rc = NULL;
    pthread_join(init_thread, &init_rc);
    CHECK_EQ((int)(intptr_t)init_rc, TIM_SUCC);
    CHECK(waiter_wait(&reentry_done)); /* 6013 or 6014, depending on who won the race */
    CHECK_EQ(TIMUninit(), TIM_SUCC);
    waiter_destroy(&first);
    waiter_destroy(&reentry_done);
}

/* ---- main ----------------------------------------------------------------------------------- */

static void read_config(void) {
    const char *s = getenv("TIMCONV_STRESS_SECONDS");
    if (s != NULL && atof(s) > 0) cfg_seconds = atof(s);
    s = getenv("TIMCONV_STRESS_STALL_SECONDS");
    if (s != NULL && atoi(s) > 0) cfg_stall_seconds = atoi(s);
    s = getenv("TIMCONV_STRESS_SEED");
    cfg_seed = s != NULL && s[0] != '\0' ? strtoull(s, NULL, 10) : (uint64_t)time(NULL) ^ (uint64_t)now_ms();
    if (cfg_seed == 0) cfg_seed = 1;
}

static void print_stats(void) {
    printf("%-46s %9s %9s %9s %9s\n", "operation", "calls", "rejected", "cb ok", "cb error");
    for (int i = 0; i < op_count; i++) {
        printf("%-46s %9ld %9ld %9ld %9ld\n", ops[i].name, atomic_load(&stats[i].calls),
               atomic_load(&stats[i].rejected), atomic_load(&stats[i].cb_ok),
               atomic_load(&stats[i].cb_err));
    }
    printf("listener calls: %ld; calls from callbacks: %ld\ncallback codes (phase 1 / 2 / "
           "end):", atomic_load(&listener_calls), atomic_load(&v.nested_calls));
    for (int i = 0; i < codes.used; i++) {
        printf(" %d: %ld/%ld/%ld", codes.code[i], codes.count[1][i], codes.count[2][i],
               codes.count[3][i]);
    }
    printf("\n");
}

/* Each operation did what it is there for (vacuous operations would hide behind the rest). */
static void check_operations(void) {
    for (int i = 0; i < op_count; i++) {
        long calls = atomic_load(&stats[i].calls);
        if (calls < 30) continue;
        if (ops[i].expect == SOME_SUCCESS && !CHECK(atomic_load(&stats[i].cb_ok) > 0)) {
            fprintf(stderr, "    %s never succeeded\n", ops[i].name);
        }
        if (ops[i].expect == ALL_REJECTED) CHECK_EQ(atomic_load(&stats[i].rejected), calls);
    }
}

int main(void) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    read_config();
    ops = OPS;
    op_count = (int)(sizeof OPS / sizeof OPS[0]);
    REQUIRE(op_count <= MAX_OPS);
    for (int i = 0; i < op_count; i++) total_weight += OPS[i].weight;
    for (int t = 0; t < OWNERS; t++) {
        callers[t].id = t;
        callers[t].rng = cfg_seed * 0x9E3779B97F4A7C15ULL + (uint64_t)t + 1;
    }
    printf("stress: %d threads, %.1f s, seed %" PRIu64 " (TIMCONV_STRESS_SECONDS, "
           "TIMCONV_STRESS_SEED)\n", THREADS, cfg_seconds, cfg_seed);

    REQUIRE(harness_make_temp_dir(data_dir, sizeof data_dir));
    register_listeners();
    atomic_store(&last_progress, now_ms());
    pthread_t watchdog;
    REQUIRE(pthread_create(&watchdog, NULL, watchdog_main, NULL) == 0);

    check_rejection_callback_during_init();

    /* Phase 1. */
    atomic_store(&phase, 1);
    REQUIRE(harness_init(data_dir) == TIM_SUCC);
    REQUIRE(login_main_user() == 0);
    pthread_t threads[THREADS];
    int64_t start = now_ms();
    run_callers(THREADS, threads);
    harness_sleep_ms((int)(cfg_seconds * 600));
    stop_and_join(THREADS, threads);
    wait_quiescent();
    printf("phase 1: %.1f s\n", (double)(now_ms() - start) / 1000);
    check_exactly_once("phase 1");
    REQUIRE(login_main_user() == 0);
    Snapshot before = check_state("phase 1, quiescent");
    check_restart("phase 1, after restart", &before);
    snapshot_free(&before);

    /* Phase 2: the callers keep going while the main thread restarts the SDK. */
    atomic_store(&phase, 2);
    start = now_ms();
    run_callers(THREADS - 1, threads);
    run_restart_cycles(cfg_seconds * 0.4);
    stop_and_join(THREADS - 1, threads);
    wait_quiescent();
    printf("phase 2: %.1f s\n", (double)(now_ms() - start) / 1000);
    check_exactly_once("phase 2");
    REQUIRE(login_main_user() == 0);
    before = check_state("phase 2, quiescent");
    check_restart("phase 2, after restart", &before);
    snapshot_free(&before);

    atomic_store(&phase, 3);
    CHECK_EQ(TIMUninit(), TIM_SUCC);
    wait_quiescent();
    check_exactly_once("end");
    atomic_store(&watchdog_stop, 1);
    pthread_join(watchdog, NULL);
    unregister_listeners();
    print_stats();
    check_operations();
    free(tk.items);
    harness_remove_tree(data_dir);
    return harness_finish();
}
