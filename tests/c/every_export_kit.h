/*
 * The checks behind every_export.c (generated): each export that answers "not supported" is
 * called in three states with each of its argument variants, and each kept listener setter is
 * set and cleared in every state.
 *
 * A variant expected to be rejected must return its TIMResult and never call back. An accepted
 * call must return TIM_SUCC and call back exactly once, on another thread (so never inside the
 * call): 6013 before TIMInit, 6014 before login (functions that need a user), otherwise 7013
 * with a desc naming the function. Functions without an error callback return TIM_ERR_SDKUNINIT,
 * TIM_ERR_NOTLOGIN or 7013 instead. Kept listeners are never called (there is no feed).
 */
#ifndef TIMCONV_EVERY_EXPORT_KIT_H
#define TIMCONV_EVERY_EXPORT_KIT_H

#include "harness.h"

#define NOT_SUPPORTED 7013

typedef struct Variant {
    int expect; /* TIMResult of this variant while the state allows the call */
    const char *label;
} Variant;

typedef struct Case {
    const char *name;
    int (*invoke)(int variant, TIMCommCallback cb, const void *ud);
    int needs_login;
    int sync; /* no error callback: the answer is the return value */
    const Variant *variants;
    int n_variants;
} Case;

typedef struct Setter {
    const char *name;
    void (*set)(int on);
} Setter;

enum State { BEFORE_INIT, BEFORE_LOGIN, LOGGED_IN };
static const char *const state_names[] = {"before TIMInit", "before login", "logged in"};

static char out_buffer[128];
static pthread_mutex_t stray_mu = PTHREAD_MUTEX_INITIALIZER;
static int stray_calls;

static void listener_called(const char *what) {
    pthread_mutex_lock(&stray_mu);
    stray_calls++;
    pthread_mutex_unlock(&stray_mu);
    fprintf(stderr, "%s was called\n", what);
}

/* A second TIMCommCallback argument of an unsupported function: never called (inline: unused
 * while no such function is left). */
static inline void other_callback(int32_t code, const char *desc, const char *json, const void *ud) {
    (void)code;
    (void)desc;
    (void)json;
    (void)ud;
    listener_called("a second TIMCommCallback");
}

static void expect_eq(long long got, long long want, const Case *c, int v, enum State s,
                      const char *what) {
    if (got == want) {
        harness_passed++;
        return;
    }
    harness_failed++;
    fprintf(stderr, "%s (%s, %s): %s is %lld, expected %lld\n", c->name, c->variants[v].label,
            state_names[s], what, got, want);
}

/* The return value a variant should get in state s. */
static int expected_return(const Case *c, int v, enum State s) {
    int rejected = c->variants[v].expect;
    if (rejected != TIM_SUCC) return rejected; /* arguments are checked first */
    if (!c->sync) return TIM_SUCC;
    if (s == BEFORE_INIT) return TIM_ERR_SDKUNINIT;
    if (s == BEFORE_LOGIN && c->needs_login) return TIM_ERR_NOTLOGIN;
    return NOT_SUPPORTED;
}

static int expected_code(const Case *c, enum State s) {
    if (s == BEFORE_INIT) return ERR_SDK_NOT_INITIALIZED;
    if (s == BEFORE_LOGIN && c->needs_login) return ERR_SDK_NOT_LOGGED_IN;
    return ERR_SDK_INTERFACE_NOT_SUPPORT;
}

static int run_state(const Case *cases, size_t n, enum State s) {
    int total = 0;
    for (size_t i = 0; i < n; i++) total += cases[i].n_variants;
    Waiter *ws = (Waiter *)calloc((size_t)total, sizeof *ws);
    int *want = (int *)calloc((size_t)total, sizeof *want);
    REQUIRE(ws != NULL && want != NULL);
    int k = 0, calls = 0;
    for (size_t i = 0; i < n; i++) {
        const Case *c = &cases[i];
        for (int v = 0; v < c->n_variants; v++, k++) {
            waiter_init(&ws[k]);
            int expect = expected_return(c, v, s);
            int rc = c->invoke(v, waiter_on_result, &ws[k]);
            calls++;
            expect_eq(rc, expect, c, v, s, "the return value");
            want[k] = (!c->sync && expect == TIM_SUCC) ? 1 : 0;
        }
    }
    if (s == BEFORE_INIT) {
        /* Answered off the worker, in no particular order: wait for each, then a little more. */
        for (int j = 0; j < total; j++) {
            if (want[j]) waiter_wait(&ws[j]);
        }
        harness_sleep_ms(100);
    } else {
        /* Callbacks come in call order: once this one is back, every earlier one is too. */
        Waiter barrier;
        waiter_init(&barrier);
        REQUIRE(TIMConvGetConvList(waiter_on_result, &barrier) == TIM_SUCC);
        REQUIRE(waiter_wait(&barrier));
        waiter_destroy(&barrier);
    }
    k = 0;
    for (size_t i = 0; i < n; i++) {
        const Case *c = &cases[i];
        for (int v = 0; v < c->n_variants; v++, k++) {
            Waiter *w = &ws[k];
            expect_eq(waiter_count(w), want[k], c, v, s, "the number of callbacks");
            if (want[k] && waiter_count(w) == 1) {
                expect_eq(w->code, expected_code(c, s), c, v, s, "the callback code");
                expect_eq(pthread_equal(w->thread, pthread_self()) != 0, 0, c, v, s,
                          "a callback on the calling thread");
                if (w->code == ERR_SDK_INTERFACE_NOT_SUPPORT) {
                    char needle[200];
                    snprintf(needle, sizeof needle, "%s is not supported by timconv", c->name);
                    expect_eq(strstr(w->desc, needle) != NULL, 1, c, v, s, "a desc naming it");
                }
            }
            waiter_destroy(w);
        }
    }
    free(ws);
    free(want);
    return calls;
}

/* Functions exported without a header declaration (see TIMManager.h): same answer in any state. */
static void check_headerless(void) {
    int token = 0;
    CHECK_EQ(TIMRegisterSocketDelegate(NULL), TIM_ERR_PARAM);
    CHECK_EQ(TIMRegisterSocketDelegate(&token), NOT_SUPPORTED);
    CHECK_EQ(TIMUnregisterSocketDelegate(), NOT_SUPPORTED);
    CHECK_EQ(TIMNotifySocketEvent(NULL), TIM_ERR_PARAM);
    CHECK_EQ(TIMNotifySocketEvent(&token), NOT_SUPPORTED);
    CHECK_EQ(TIMRegisterEncryptionDelegate(NULL), TIM_ERR_PARAM);
    CHECK_EQ(TIMRegisterEncryptionDelegate(&token), NOT_SUPPORTED);
    CHECK_EQ(TIMUnregisterEncryptionDelegate(), NOT_SUPPORTED);
    REQUIRE(TIMGetVersion() != NULL);
    CHECK_STR_EQ(TIMGetVersion(), TIMGetSDKVersion());
    TIMWriteLog(kTIMLog_Info, __FILE__, __func__, __LINE__, "a line");
    TIMWriteLog(kTIMLog_Error, NULL, NULL, 0, NULL);
}

static void toggle_setters(const Setter *setters, size_t n) {
    for (size_t i = 0; i < n; i++) setters[i].set(1);
    for (size_t i = 0; i < n; i++) setters[i].set(0);
    for (size_t i = 0; i < n; i++) setters[i].set(1);
}

static int run_all(const Case *cases, size_t n, const Setter *setters, size_t n_setters) {
    char dir[512];
    REQUIRE(harness_make_temp_dir(dir, sizeof dir));
    int calls = 0;
    for (int s = BEFORE_INIT; s <= LOGGED_IN; s++) {
        if (s == BEFORE_LOGIN) REQUIRE(harness_init(dir) == TIM_SUCC);
        if (s == LOGGED_IN) REQUIRE(harness_login("alice") == ERR_SUCC);
        toggle_setters(setters, n_setters);
        check_headerless();
        calls += run_state(cases, n, (enum State)s);
    }
    REQUIRE(harness_logout() == ERR_SUCC);
    TIMUninit();
    toggle_setters(setters, n_setters);
    for (size_t i = 0; i < n_setters; i++) setters[i].set(0);
    CHECK_EQ(stray_calls, 0);
    harness_remove_tree(dir);
    printf("%zu functions and %zu setters; %d calls in 3 states\n", n, n_setters, calls);
    return harness_finish();
}

#endif /* TIMCONV_EVERY_EXPORT_KIT_H */
