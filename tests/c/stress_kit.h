/*
 * The machinery of stress.c: configuration, what each thread is calling (for the watchdog),
 * exactly-once accounting of callbacks by user_data ("tickets"), listeners that check what they
 * are given, and the watchdog. Header-only, for stress.c alone.
 */
#ifndef TIMCONV_TEST_STRESS_KIT_H
#define TIMCONV_TEST_STRESS_KIT_H

#include "harness.h"
#include "jscan.h"

#include <inttypes.h>
#include <stdatomic.h>
#include <stdint.h>
#include <unistd.h>

enum {
    THREADS = 8,
    NESTED = THREADS,         /* owner of calls made from inside callbacks */
    CONTROL = THREADS + 1,    /* owner of the main thread's calls */
    OWNERS = THREADS + 2,
    MAX_IN_FLIGHT = 64,       /* per calling thread: keeps the queue bounded */
    C2C_PEERS = 16,
    GROUPS = 10,
    FOLDERS = 4,
    RING = 256,
};

static const char *const MAIN_USER = "alice";

/* ---- configuration and time ----------------------------------------------------------------- */

static double cfg_seconds = 5;
static int cfg_stall_seconds = 20;
static uint64_t cfg_seed;
static char data_dir[256];

static int64_t now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static uint64_t rng_next(uint64_t *s) {
    uint64_t x = *s;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *s = x;
    return x * 0x2545F4914F6CDD1DULL;
}

/* ---- operations and their statistics -------------------------------------------------------- */

typedef struct Caller Caller;
typedef void (*OpFn)(Caller *c);

/* What an operation is expected to achieve over a run (checked when it ran often enough). */
enum Expect { SOME_SUCCESS, ALL_REJECTED, ANYTHING };

typedef struct Op {
    const char *name;
    int weight;
    OpFn fn;
    enum Expect expect;
} Op;

typedef struct OpStats {
    atomic_long calls, rejected, cb_ok, cb_err;
} OpStats;

#define MAX_OPS 64
static OpStats stats[MAX_OPS];
static int op_count;
static const Op *ops;

/* ---- callers and the watchdog's view of them ------------------------------------------------ */

struct Caller {
    int id;
    uint64_t rng;
    long calls;
    _Atomic(const char *) in_call; /* name of the call in progress, NULL when none */
    atomic_llong in_call_since;   /* now_ms() when it started */
};

static Caller callers[OWNERS];
static atomic_int in_flight[OWNERS];
static atomic_long unfinished;     /* calls issued, neither rejected nor called back */
static atomic_llong last_progress; /* now_ms() of the last return or callback */
static atomic_int stop_callers;
static atomic_int phase;

static int rnd(Caller *c, int n) {
    return (int)(rng_next(&c->rng) % (uint64_t)n);
}

static void enter(Caller *c, const char *name) {
    atomic_store(&c->in_call_since, now_ms());
    atomic_store(&c->in_call, name);
}

static void leave(Caller *c) {
    atomic_store(&c->in_call, NULL);
    atomic_store(&last_progress, now_ms());
}

/* ---- tickets: exactly-once accounting ------------------------------------------------------- */

enum { ISSUED = 1, ACCEPTED, REJECTED };

typedef struct Ticket {
    uint8_t state, callbacks, owner, op, must_be_done;
} Ticket;

static struct {
    pthread_mutex_t mu;
    Ticket *items;
    size_t count, capacity;
    size_t done_below;            /* every ticket below this one is finished */
    size_t last_of_owner[OWNERS]; /* order check: latest ticket called back, + 1 */
} tk = {.mu = PTHREAD_MUTEX_INITIALIZER};

static struct {
    atomic_long foreign, out_of_order, bad_code, malformed_json, null_strings;
    atomic_long after_uninit, listener_after_uninit, nested_calls;
} v; /* violations and counters */

static atomic_int uninitialised; /* set by the main thread between TIMUninit and TIMInit */

/* user_data encodes the ticket index as an odd integer; the library never dereferences it. */
static const void *encode(size_t index) {
    return (const void *)(uintptr_t)((index << 1) | 1u);
}

static bool decode(const void *user_data, size_t *index) {
    uintptr_t u = (uintptr_t)user_data;
    *index = u >> 1;
    return (u & 1u) != 0;
}

static bool finished(const Ticket *t) {
    return (t->state == ACCEPTED && t->callbacks > 0) || (t->state == REJECTED && t->callbacks == 0);
}

static const void *ticket_begin(Caller *c, int op) {
    if (c->id < THREADS) {
        while (atomic_load(&in_flight[c->id]) >= MAX_IN_FLIGHT) harness_sleep_ms(1);
    }
    pthread_mutex_lock(&tk.mu);
    if (tk.count == tk.capacity) {
        size_t capacity = tk.capacity ? tk.capacity * 2 : 65536;
        Ticket *items = realloc(tk.items, capacity * sizeof *items);
        if (items == NULL) abort();
        tk.items = items;
        tk.capacity = capacity;
    }
    size_t index = tk.count++;
    tk.items[index] = (Ticket){.state = ISSUED, .owner = (uint8_t)c->id, .op = (uint8_t)op};
    pthread_mutex_unlock(&tk.mu);
    atomic_fetch_add(&in_flight[c->id], 1);
    atomic_fetch_add(&unfinished, 1);
    atomic_fetch_add(&stats[op].calls, 1);
    c->calls++;
    enter(c, ops[op].name);
    return encode(index);
}

static void ticket_end(Caller *c, const void *user_data, int rc) {
    leave(c);
    size_t index;
    decode(user_data, &index);
    pthread_mutex_lock(&tk.mu);
    Ticket *t = &tk.items[index];
    t->state = rc == TIM_SUCC ? ACCEPTED : REJECTED;
    bool done_now = rc != TIM_SUCC && t->callbacks == 0;
    int op = t->op;
    pthread_mutex_unlock(&tk.mu);
    if (rc != TIM_SUCC) atomic_fetch_add(&stats[op].rejected, 1);
    if (done_now) {
        atomic_fetch_sub(&unfinished, 1);
        atomic_fetch_sub(&in_flight[c->id], 1);
    }
}

/* Runs `call`, an API call that takes (on_result, UD), as one accounted ticket. */
#define TICKET(c, op, call)                                                                     \
    do {                                                                                        \
        const void *UD = ticket_begin((c), (op));                                              \
        int rc_ = (call);                                                                       \
        ticket_end((c), UD, rc_);                                                               \
    } while (0)

static void nested_call(size_t seed);

/* Callback codes seen, per phase (for the report). */
static struct {
    pthread_mutex_t mu;
    int32_t code[32];
    long count[4][32];
    int used;
} codes = {.mu = PTHREAD_MUTEX_INITIALIZER};

static void count_code(int32_t code) {
    int p = atomic_load(&phase) & 3;
    pthread_mutex_lock(&codes.mu);
    int i = 0;
    while (i < codes.used && codes.code[i] != code) i++;
    if (i == codes.used && codes.used < 32) codes.code[codes.used++] = code;
    if (i < 32) codes.count[p][i]++;
    pthread_mutex_unlock(&codes.mu);
}

static void on_result(int32_t code, const char *desc, const char *json, const void *user_data) {
    atomic_store(&last_progress, now_ms());
    size_t index;
    pthread_mutex_lock(&tk.mu);
    if (!decode(user_data, &index) || index >= tk.count) {
        pthread_mutex_unlock(&tk.mu);
        atomic_fetch_add(&v.foreign, 1);
        return;
    }
    Ticket *t = &tk.items[index];
    if (t->callbacks < UINT8_MAX) t->callbacks++;
    bool first = t->callbacks == 1 && t->state != REJECTED;
    int op = t->op, owner = t->owner;
    if (atomic_load(&phase) == 1 && owner < THREADS) {
        if (index + 1 < tk.last_of_owner[owner]) atomic_fetch_add(&v.out_of_order, 1);
        tk.last_of_owner[owner] = index + 1;
    }
    pthread_mutex_unlock(&tk.mu);
    if (first) {
        atomic_fetch_sub(&unfinished, 1);
        atomic_fetch_sub(&in_flight[owner], 1);
    }
    atomic_fetch_add(code == 0 ? &stats[op].cb_ok : &stats[op].cb_err, 1);
    count_code(code);

    if (desc == NULL || json == NULL) atomic_fetch_add(&v.null_strings, 1);
    if (code == 7012 || code == 6019 || code == 6022) {
        if (atomic_fetch_add(&v.bad_code, 1) < 5) {
            fprintf(stderr, "stress: %s called back %d: %s\n", ops[op].name, code, desc ? desc : "");
        }
    }
    if (code != 6013 && atomic_load(&uninitialised)) atomic_fetch_add(&v.after_uninit, 1);
    if (code == 0 && json != NULL && json[0] != '\0' && jscan_root(json).p == NULL) {
        if (atomic_fetch_add(&v.malformed_json, 1) < 3) {
            fprintf(stderr, "stress: %s: malformed JSON: %.200s\n", ops[op].name, json);
        }
    }
    /* Now and then a call from inside the callback (not from nested ones: no chains). */
    if (owner != NESTED && (index * 2654435761u) % 61 == 0) nested_call(index);
}

/* ---- listeners ------------------------------------------------------------------------------ */

static atomic_long listener_calls;
static int listener_marker; /* listeners' user_data */

static void listener_seen(const char *json, bool may_be_empty) {
    atomic_fetch_add(&listener_calls, 1);
    if (atomic_load(&uninitialised)) atomic_fetch_add(&v.listener_after_uninit, 1);
    if (json == NULL) {
        atomic_fetch_add(&v.null_strings, 1);
    } else if (!(may_be_empty && json[0] == '\0') && jscan_root(json).p == NULL) {
        if (atomic_fetch_add(&v.malformed_json, 1) < 3) {
            fprintf(stderr, "stress: listener: malformed JSON: %.200s\n", json);
        }
    }
}

static void on_conv_event(enum TIMConvEvent event, const char *json, const void *ud) {
    (void)ud;
    listener_seen(json, event == kTIMConvEvent_Start || event == kTIMConvEvent_Finish);
}

static void on_total(int total, const void *ud) {
    (void)ud;
    (void)total;
    listener_seen("[]", false);
}

static void on_filter_total(const char *filter, int total, const void *ud) {
    (void)ud;
    (void)total;
    listener_seen(filter, false);
}

static void on_json(const char *json, const void *ud) {
    (void)ud;
    listener_seen(json, false);
}

static void on_group_pair(const char *name, const char *json, const void *ud) {
    (void)ud;
    (void)name;
    listener_seen(json, true);
}

static void on_group_name(const char *name, const void *ud) {
    (void)ud;
    listener_seen(name ? "[]" : NULL, false);
}

static void on_group_removed(const char *name, const char *json, uint32_t reason, const void *ud) {
    (void)ud;
    (void)name;
    (void)reason;
    listener_seen(json, true);
}

static void on_new_msgs_extra(const char *json, const void *ud) {
    on_json(json, ud);
}

static void register_listeners(void) {
    void *ud = &listener_marker;
    TIMSetConvEventCallback(on_conv_event, ud);
    TIMSetConvTotalUnreadMessageCountChangedCallback(on_total, ud);
    TIMSetConvUnreadMessageCountChangedByFilterCallback(on_filter_total, ud);
    TIMSetConvConversationGroupCreatedCallback(on_group_pair, ud);
    TIMSetConvConversationGroupDeletedCallback(on_group_name, ud);
    TIMSetConvConversationGroupNameChangedCallback(on_group_pair, ud);
    TIMSetConvConversationsAddedToGroupCallback(on_group_pair, ud);
    TIMSetConvConversationsDeletedFromGroupCallback(on_group_removed, ud);
    TIMAddRecvNewMsgCallback(on_json, ud);
    TIMSetMsgRevokeCallback(on_json, ud);
    TIMSetMsgReadedReceiptCallback(on_json, ud);
    TIMSetMsgUpdateCallback(on_json, ud);
}

static void unregister_listeners(void) {
    TIMSetConvEventCallback(NULL, NULL);
    TIMSetConvTotalUnreadMessageCountChangedCallback(NULL, NULL);
    TIMSetConvUnreadMessageCountChangedByFilterCallback(NULL, NULL);
    TIMSetConvConversationGroupCreatedCallback(NULL, NULL);
    TIMSetConvConversationGroupDeletedCallback(NULL, NULL);
    TIMSetConvConversationGroupNameChangedCallback(NULL, NULL);
    TIMSetConvConversationsAddedToGroupCallback(NULL, NULL);
    TIMSetConvConversationsDeletedFromGroupCallback(NULL, NULL);
    TIMRemoveRecvNewMsgCallback(on_json);
    TIMRemoveRecvNewMsgCallback(on_new_msgs_extra);
    TIMSetMsgRevokeCallback(NULL, NULL);
    TIMSetMsgReadedReceiptCallback(NULL, NULL);
    TIMSetMsgUpdateCallback(NULL, NULL);
}

/* ---- the watchdog --------------------------------------------------------------------------- */

static atomic_int watchdog_stop;

static void dump_and_abort(const char *why) {
    fprintf(stderr, "\nstress: WATCHDOG: %s (no progress for %d s); seed %" PRIu64 "\n", why,
            cfg_stall_seconds, cfg_seed);
    int64_t now = now_ms();
    for (int t = 0; t < OWNERS; t++) {
        const char *call = atomic_load(&callers[t].in_call);
        fprintf(stderr, "  thread %d: %ld calls, %d in flight, %s%s", t, callers[t].calls,
                atomic_load(&in_flight[t]), call ? "blocked in " : "idle", call ? call : "");
        if (call) fprintf(stderr, " for %lld ms", (long long)(now - atomic_load(&callers[t].in_call_since)));
        fprintf(stderr, "\n");
    }
    fprintf(stderr, "  calls owed a callback: %ld; phase %d; login status %d\n",
            atomic_load(&unfinished), atomic_load(&phase), (int)TIMGetLoginStatus());
    fflush(stderr);
    abort();
}

static void *watchdog_main(void *arg) {
    (void)arg;
    int64_t limit = (int64_t)cfg_stall_seconds * 1000;
    while (!atomic_load(&watchdog_stop)) {
        harness_sleep_ms(200);
        int64_t now = now_ms();
        for (int t = 0; t < OWNERS; t++) {
            const char *call = atomic_load(&callers[t].in_call);
            if (call != NULL && now - atomic_load(&callers[t].in_call_since) > limit) {
                char why[256];
                snprintf(why, sizeof why, "thread %d is stuck in %s", t, call);
                dump_and_abort(why);
            }
        }
        if (atomic_load(&unfinished) > 0 && now - atomic_load(&last_progress) > limit) {
            dump_and_abort("callbacks are owed but none arrives");
        }
    }
    return NULL;
}

#endif /* TIMCONV_TEST_STRESS_KIT_H */
