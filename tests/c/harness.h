/*
 * Tiny helpers for the C tests. Header-only; include it before any other header.
 *
 *   CHECK(cond), CHECK_EQ(a, b), CHECK_STR_EQ(a, b), CHECK_CONTAINS(haystack, needle)
 *       count a pass or print file:line and count a failure (the test goes on).
 *   REQUIRE(cond)           like CHECK, but a failure ends the process at once.
 *   harness_finish()        prints "N passed, M failed"; returns the process exit status.
 *   Waiter                  records TIMCommCallback results (code, desc/json copies, thread)
 *                           and lets the test block until they arrive, with a timeout.
 *   EventLog                records conversation events the same way.
 *   MessageBatch            builds one server push of several text messages.
 *   harness_make_temp_dir() a fresh data directory; harness_remove_tree() deletes it.
 *   harness_json_string()   a string as a JSON string literal (paths with backslashes).
 */
#ifndef TIMCONV_TEST_HARNESS_H
#define TIMCONV_TEST_HARNESS_H

#include "platform.h" /* first: it sets the feature macros */

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "TIMCloud.h"
#include "TIMExtension.h"

/* Generous: a callback that has not arrived after this long never will. */
#define HARNESS_TIMEOUT_MS 10000

/* ---- checks -------------------------------------------------------------------------------- */

static int harness_passed;
static int harness_failed;

static inline bool harness_check(bool ok, const char *file, int line, const char *what) {
    if (ok) {
        harness_passed++;
    } else {
        harness_failed++;
        fprintf(stderr, "%s:%d: CHECK failed: %s\n", file, line, what);
    }
    return ok;
}

static inline bool harness_check_eq(long long a, long long b, const char *file, int line,
                                    const char *a_text, const char *b_text) {
    if (a == b) {
        harness_passed++;
        return true;
    }
    harness_failed++;
    fprintf(stderr, "%s:%d: CHECK_EQ failed: %s == %s (%lld vs %lld)\n", file, line, a_text,
            b_text, a, b);
    return false;
}

static inline bool harness_check_str(bool contains, const char *a, const char *b,
                                     const char *file, int line, const char *a_text,
                                     const char *b_text) {
    bool ok = a != NULL && b != NULL && (contains ? strstr(a, b) != NULL : strcmp(a, b) == 0);
    if (ok) {
        harness_passed++;
        return true;
    }
    harness_failed++;
    fprintf(stderr, "%s:%d: %s failed: %s, %s\n    got:  %s\n    want: %s\n", file, line,
            contains ? "CHECK_CONTAINS" : "CHECK_STR_EQ", a_text, b_text, a ? a : "(null)",
            b ? b : "(null)");
    return false;
}

static inline int harness_finish(void) {
    printf("%d passed, %d failed\n", harness_passed, harness_failed);
    fflush(stdout);
    return harness_failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

#define CHECK(cond) harness_check((cond) != 0, __FILE__, __LINE__, #cond)
#define CHECK_EQ(a, b) harness_check_eq((long long)(a), (long long)(b), __FILE__, __LINE__, #a, #b)
#define CHECK_STR_EQ(a, b) harness_check_str(false, (a), (b), __FILE__, __LINE__, #a, #b)
#define CHECK_CONTAINS(a, b) harness_check_str(true, (a), (b), __FILE__, __LINE__, #a, #b)
#define REQUIRE(cond)                                                                           \
    do {                                                                                        \
        if (!CHECK(cond)) {                                                                     \
            harness_finish();                                                                   \
            exit(EXIT_FAILURE);                                                                 \
        }                                                                                       \
    } while (0)

/* ---- time ---------------------------------------------------------------------------------- */

static inline void harness_sleep_ms(int ms) {
    struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

/* Absolute CLOCK_REALTIME deadline for pthread_cond_timedwait. */
static inline struct timespec harness_deadline(int timeout_ms) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += timeout_ms / 1000;
    ts.tv_nsec += (long)(timeout_ms % 1000) * 1000000L;
    if (ts.tv_nsec >= 1000000000L) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000L;
    }
    return ts;
}

static inline char *harness_strdup(const char *s) {
    return strdup(s ? s : "(null)");
}

/* ---- Waiter: one callback result at a time ------------------------------------------------- */

typedef struct Waiter {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int count;         /* callbacks received so far */
    int32_t code;      /* of the last callback */
    char *desc;        /* copy, of the last callback */
    char *json;        /* copy, of the last callback */
    pthread_t thread;  /* that ran the last callback */
} Waiter;

static inline void waiter_init(Waiter *w) {
    memset(w, 0, sizeof *w);
    pthread_mutex_init(&w->mu, NULL);
    pthread_cond_init(&w->cv, NULL);
}

static inline void waiter_destroy(Waiter *w) {
    free(w->desc);
    free(w->json);
    pthread_cond_destroy(&w->cv);
    pthread_mutex_destroy(&w->mu);
}

/* Forgets what was recorded (for reuse). */
static inline void waiter_reset(Waiter *w) {
    pthread_mutex_lock(&w->mu);
    w->count = 0;
    w->code = 0;
    free(w->desc);
    free(w->json);
    w->desc = w->json = NULL;
    pthread_mutex_unlock(&w->mu);
}

/* A TIMCommCallback: pass the Waiter as user_data. */
static inline void waiter_on_result(int32_t code, const char *desc, const char *json,
                                    const void *user_data) {
    Waiter *w = (Waiter *)user_data;
    pthread_mutex_lock(&w->mu);
    w->code = code;
    free(w->desc);
    free(w->json);
    w->desc = harness_strdup(desc);
    w->json = harness_strdup(json);
    w->thread = pthread_self();
    w->count++;
    pthread_cond_broadcast(&w->cv);
    pthread_mutex_unlock(&w->mu);
}

/* Blocks until at least n callbacks were recorded; false on timeout. */
static inline bool waiter_wait_n(Waiter *w, int n, int timeout_ms) {
    struct timespec deadline = harness_deadline(timeout_ms);
    pthread_mutex_lock(&w->mu);
    while (w->count < n) {
        if (pthread_cond_timedwait(&w->cv, &w->mu, &deadline) == ETIMEDOUT) break;
    }
    bool ok = w->count >= n;
    pthread_mutex_unlock(&w->mu);
    return ok;
}

static inline bool waiter_wait(Waiter *w) {
    return waiter_wait_n(w, 1, HARNESS_TIMEOUT_MS);
}

static inline int waiter_count(Waiter *w) {
    pthread_mutex_lock(&w->mu);
    int n = w->count;
    pthread_mutex_unlock(&w->mu);
    return n;
}

/* ---- EventLog: conversation events --------------------------------------------------------- */

typedef struct ConvEventRecord {
    int event;  /* TIMConvEvent */
    char *json; /* copy */
} ConvEventRecord;

typedef struct EventLog {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    ConvEventRecord *items;
    int count;
    int capacity;
    pthread_t thread; /* that delivered the last event */
} EventLog;

static inline void event_log_init(EventLog *log) {
    memset(log, 0, sizeof *log);
    pthread_mutex_init(&log->mu, NULL);
    pthread_cond_init(&log->cv, NULL);
}

static inline void event_log_clear(EventLog *log) {
    pthread_mutex_lock(&log->mu);
    for (int i = 0; i < log->count; i++) free(log->items[i].json);
    log->count = 0;
    pthread_mutex_unlock(&log->mu);
}

static inline void event_log_destroy(EventLog *log) {
    event_log_clear(log);
    free(log->items);
    pthread_cond_destroy(&log->cv);
    pthread_mutex_destroy(&log->mu);
}

/* A TIMConvEventCallback: pass the EventLog as user_data. */
static inline void event_log_on_conv_event(enum TIMConvEvent event, const char *json,
                                           const void *user_data) {
    EventLog *log = (EventLog *)user_data;
    pthread_mutex_lock(&log->mu);
    if (log->count == log->capacity) {
        int capacity = log->capacity ? log->capacity * 2 : 32;
        ConvEventRecord *items = realloc(log->items, (size_t)capacity * sizeof *items);
        if (items == NULL) abort();
        log->items = items;
        log->capacity = capacity;
    }
    log->items[log->count].event = (int)event;
    log->items[log->count].json = harness_strdup(json);
    log->count++;
    log->thread = pthread_self();
    pthread_cond_broadcast(&log->cv);
    pthread_mutex_unlock(&log->mu);
}

/* Number of recorded events. */
static inline int event_log_size(EventLog *log) {
    pthread_mutex_lock(&log->mu);
    int n = log->count;
    pthread_mutex_unlock(&log->mu);
    return n;
}

/* Number of recorded events of this kind. */
static inline int event_log_count_of(EventLog *log, int event) {
    pthread_mutex_lock(&log->mu);
    int n = 0;
    for (int i = 0; i < log->count; i++) n += log->items[i].event == event;
    pthread_mutex_unlock(&log->mu);
    return n;
}

/* Blocks until at least n events were recorded; false on timeout. */
static inline bool event_log_wait_n(EventLog *log, int n, int timeout_ms) {
    struct timespec deadline = harness_deadline(timeout_ms);
    pthread_mutex_lock(&log->mu);
    while (log->count < n) {
        if (pthread_cond_timedwait(&log->cv, &log->mu, &deadline) == ETIMEDOUT) break;
    }
    bool ok = log->count >= n;
    pthread_mutex_unlock(&log->mu);
    return ok;
}

/* ---- data directories ---------------------------------------------------------------------- */

/* Creates a fresh, empty directory in the platform's temp directory; writes its path into buf. */
static inline bool harness_make_temp_dir(char *buf, size_t size) {
    return platform_make_temp_dir(buf, size, "timconv-test");
}

/* Deletes a directory created by harness_make_temp_dir and everything in it. */
static inline void harness_remove_tree(const char *path) {
    platform_remove_tree(path);
}

/* Writes s as a JSON string literal, quotes included (backslashes, quotes and control
 * characters escaped); false if it does not fit. */
static inline bool harness_json_string(char *buf, size_t size, const char *s) {
    size_t n = 0;
    if (size < 3) return false;
    buf[n++] = '"';
    for (; *s != '\0'; s++) {
        unsigned char c = (unsigned char)*s;
        char esc[8];
        int len;
        if (c == '"' || c == '\\') {
            len = snprintf(esc, sizeof esc, "\\%c", c);
        } else if (c < 0x20) {
            len = snprintf(esc, sizeof esc, "\\u%04x", c);
        } else {
            esc[0] = (char)c;
            len = 1;
        }
        if (n + (size_t)len + 2 > size) return false;
        memcpy(buf + n, esc, (size_t)len);
        n += (size_t)len;
    }
    buf[n++] = '"';
    buf[n] = '\0';
    return true;
}

/* ---- SDK shortcuts ------------------------------------------------------------------------- */

#define HARNESS_SDK_APP_ID 1400000001ULL

/* TIMInit with dir as the data directory; returns its result. */
static inline int harness_init(const char *dir) {
    char path[1024], config[1200];
    if (!harness_json_string(path, sizeof path, dir)) return TIM_ERR_PARAM;
    snprintf(config, sizeof config, "{\"%s\":%s}", kTIMSdkConfigConfigFilePath, path);
    return TIMInit(HARNESS_SDK_APP_ID, config);
}

/* TIMLogin and wait for its callback; returns the callback code (or -1000 on a timeout,
 * the TIMResult if the call was rejected). */
static inline int harness_login(const char *user_id) {
    Waiter w;
    waiter_init(&w);
    int rc = TIMLogin(user_id, "user_sig", waiter_on_result, &w);
    if (rc == TIM_SUCC) rc = waiter_wait(&w) ? w.code : -1000;
    waiter_destroy(&w);
    return rc;
}

/* Writes a one-message JSON array (a text message; `extra` adds members, e.g.
 * ",\"message_is_online_msg\":true", or ""). Text and IDs must not need escaping. */
static inline void harness_text_message(char *buf, size_t size, const char *conv_id,
                                        int conv_type, const char *sender, const char *text,
                                        const char *extra) {
    snprintf(buf, size,
             "[{\"%s\":\"%s\",\"%s\":%d,\"%s\":\"%s\",\"%s\":[{\"%s\":%d,\"%s\":\"%s\"}]%s}]",
             kTIMMsgConvId, conv_id, kTIMMsgConvType, conv_type, kTIMMsgSender, sender,
             kTIMMsgElemArray, kTIMElemType, (int)kTIMElem_Text, kTIMTextElemContent, text,
             extra ? extra : "");
}

/* A server push of one text message (TIMExtReceiveMessages); waits for the callback and
 * returns its code, or the TIMResult if the call was rejected (-1000 on a timeout). */
static inline int harness_receive_text(const char *conv_id, int conv_type, const char *sender,
                                       const char *text, const char *extra) {
    char json[1024];
    harness_text_message(json, sizeof json, conv_id, conv_type, sender, text, extra);
    Waiter w;
    waiter_init(&w);
    int rc = TIMExtReceiveMessages(json, waiter_on_result, &w);
    if (rc == TIM_SUCC) rc = waiter_wait(&w) ? w.code : -1000;
    waiter_destroy(&w);
    return rc;
}

/* ---- MessageBatch: one push of several messages ------------------------------------------- */

typedef struct MessageBatch {
    char *json; /* the JSON array built so far (malloc'd) */
    size_t len;
    size_t capacity;
    int count;
} MessageBatch;

/* Appends a text message to the batch (arguments as harness_text_message). */
static inline void harness_batch_add(MessageBatch *batch, const char *conv_id, int conv_type,
                                     const char *sender, const char *text, const char *extra) {
    char one[1024];
    harness_text_message(one, sizeof one, conv_id, conv_type, sender, text, extra);
    size_t object_len = strlen(one) - 2; /* without the enclosing [ ] */
    size_t need = batch->len + object_len + 3;
    if (need > batch->capacity) {
        size_t capacity = batch->capacity ? batch->capacity : 1024;
        while (capacity < need) capacity *= 2;
        char *json = realloc(batch->json, capacity);
        if (json == NULL) abort();
        batch->json = json;
        batch->capacity = capacity;
    }
    batch->json[batch->len++] = batch->count == 0 ? '[' : ',';
    memcpy(batch->json + batch->len, one + 1, object_len);
    batch->len += object_len;
    memcpy(batch->json + batch->len, "]", 2); /* kept closed; overwritten by the next add */
    batch->count++;
}

/* Pushes the batch (TIMExtReceiveMessages), waits for the callback and empties the batch.
 * Returns the callback code, the TIMResult if the call was rejected, -1000 on a timeout. */
static inline int harness_batch_receive(MessageBatch *batch) {
    Waiter w;
    waiter_init(&w);
    int rc = TIMExtReceiveMessages(batch->count ? batch->json : "[]", waiter_on_result, &w);
    if (rc == TIM_SUCC) rc = waiter_wait(&w) ? w.code : -1000;
    waiter_destroy(&w);
    free(batch->json);
    memset(batch, 0, sizeof *batch);
    return rc;
}

/* TIMLogout and wait for its callback; returns the callback code as harness_login does. */
static inline int harness_logout(void) {
    Waiter w;
    waiter_init(&w);
    int rc = TIMLogout(waiter_on_result, &w);
    if (rc == TIM_SUCC) rc = waiter_wait(&w) ? w.code : -1000;
    waiter_destroy(&w);
    return rc;
}

/*
 * The conversation list (TIMConvGetConvList), as a malloc'd JSON copy the caller frees; NULL if
 * the call failed. Because callbacks run in submission order, it is also a barrier: every
 * callback and event of the calls made before it has run when it returns.
 */
static inline char *harness_conv_list(void) {
    Waiter w;
    waiter_init(&w);
    char *json = NULL;
    if (TIMConvGetConvList(waiter_on_result, &w) == TIM_SUCC && waiter_wait(&w) && w.code == 0) {
        json = w.json;
        w.json = NULL;
    }
    waiter_destroy(&w);
    return json;
}

/* Like harness_conv_list, discarding the list. */
static inline void harness_sync(void) {
    free(harness_conv_list());
}

#endif /* TIMCONV_TEST_HARNESS_H */
