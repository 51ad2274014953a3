/*
 * Many threads calling at once: 8 threads x 200 calls (total unread, server pushes,
 * conversation list), each call with its own user_data. Every callback must arrive exactly
 * once, with its own user_data, on the one worker thread, and each thread's calls in the order
 * that thread made them. The resulting unread counts must add up.
 */
#include "harness.h"
#include "jscan.h"

#include <stdint.h>

enum { THREADS = 8, CALLS = 200 };

static struct {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int hits[THREADS][CALLS];
    int last_index[THREADS]; /* per thread: index of the latest callback seen */
    int out_of_order;
    int failed;
    int foreign;             /* user_data that was never submitted */
    int total;
    bool have_worker;
    pthread_t worker;
    int other_threads;
} seen = {.mu = PTHREAD_MUTEX_INITIALIZER, .cv = PTHREAD_COND_INITIALIZER};

static pthread_barrier_t start_line;

/* user_data encodes (thread, index) as an odd integer; it is never dereferenced. */
static const void *encode(int thread, int index) {
    return (const void *)(uintptr_t)(((uintptr_t)(thread + 1) << 20) | ((uintptr_t)index << 1) | 1u);
}

static void on_result(int32_t code, const char *desc, const char *json, const void *user_data) {
    (void)desc;
    (void)json;
    uintptr_t v = (uintptr_t)user_data;
    int thread = (int)(v >> 20) - 1, index = (int)((v >> 1) & 0x7ffff);
    pthread_mutex_lock(&seen.mu);
    if ((v & 1u) == 0 || thread < 0 || thread >= THREADS || index >= CALLS) {
        seen.foreign++;
    } else {
        seen.hits[thread][index]++;
        if (index <= seen.last_index[thread]) seen.out_of_order++;
        seen.last_index[thread] = index;
    }
    seen.failed += code != 0;
    if (!seen.have_worker) {
        seen.worker = pthread_self();
        seen.have_worker = true;
    }
    seen.other_threads += !pthread_equal(seen.worker, pthread_self());
    seen.total++;
    pthread_cond_broadcast(&seen.cv);
    pthread_mutex_unlock(&seen.mu);
}

static bool is_push(int index) {
    return index % 3 == 1;
}

static int pushes_per_thread(void) {
    int n = 0;
    for (int i = 0; i < CALLS; i++) n += is_push(i);
    return n;
}

static void *caller(void *arg) {
    int thread = (int)(intptr_t)arg;
    char peer[16], push[512];
    snprintf(peer, sizeof peer, "peer%d", thread);
    harness_text_message(push, sizeof push, peer, kTIMConv_C2C, peer, "hello", "");
    pthread_barrier_wait(&start_line);

    int rejected = 0;
    for (int i = 0; i < CALLS; i++) {
        const void *user_data = encode(thread, i);
        int rc = i % 3 == 0 ? TIMConvGetTotalUnreadMessageCount(on_result, user_data)
                 : is_push(i) ? TIMExtReceiveMessages(push, on_result, user_data)
                              : TIMConvGetConvList(on_result, user_data);
        rejected += rc != TIM_SUCC;
        if (TIMGetLoginStatus() != kTIMLoginStatus_Logined) rejected++;
    }
    return (void *)(intptr_t)rejected;
}

/* Total-unread listener: the totals only grow here, one change at a time. */
static struct {
    pthread_mutex_t mu;
    int calls;
    int last;
    int not_increasing;
} unread = {.mu = PTHREAD_MUTEX_INITIALIZER};

static void on_total_unread(int total, const void *user_data) {
    (void)user_data;
    pthread_mutex_lock(&unread.mu);
    unread.not_increasing += total <= unread.last;
    unread.last = total;
    unread.calls++;
    pthread_mutex_unlock(&unread.mu);
}

int main(void) {
    char dir[256];
    REQUIRE(harness_make_temp_dir(dir, sizeof dir));
    EventLog events;
    event_log_init(&events);
    TIMSetConvEventCallback(event_log_on_conv_event, &events);
    TIMSetConvTotalUnreadMessageCountChangedCallback(on_total_unread, NULL);
    REQUIRE(harness_init(dir) == TIM_SUCC);
    REQUIRE(harness_login("alice") == 0);
    for (int t = 0; t < THREADS; t++) seen.last_index[t] = -1;

    pthread_barrier_init(&start_line, NULL, THREADS);
    pthread_t threads[THREADS];
    for (int t = 0; t < THREADS; t++) {
        REQUIRE(pthread_create(&threads[t], NULL, caller, (void *)(intptr_t)t) == 0);
    }
    int rejected = 0;
    for (int t = 0; t < THREADS; t++) {
        void *result = NULL;
        pthread_join(threads[t], &result);
        rejected += (int)(intptr_t)result;
    }
    pthread_barrier_destroy(&start_line);
    CHECK_EQ(rejected, 0);

    /* Every callback, exactly once. */
    struct timespec deadline = harness_deadline(30000);
    pthread_mutex_lock(&seen.mu);
    while (seen.total < THREADS * CALLS) {
        if (pthread_cond_timedwait(&seen.cv, &seen.mu, &deadline) == ETIMEDOUT) break;
    }
    pthread_mutex_unlock(&seen.mu);
    harness_sync();
    harness_sleep_ms(100);

    pthread_mutex_lock(&seen.mu);
    CHECK_EQ(seen.total, THREADS * CALLS);
    int missing = 0, duplicated = 0;
    for (int t = 0; t < THREADS; t++) {
        for (int i = 0; i < CALLS; i++) {
            missing += seen.hits[t][i] == 0;
            duplicated += seen.hits[t][i] > 1;
        }
    }
    CHECK_EQ(missing, 0);
    CHECK_EQ(duplicated, 0);
    CHECK_EQ(seen.foreign, 0);
    CHECK_EQ(seen.failed, 0);
    CHECK_EQ(seen.out_of_order, 0);
    CHECK_EQ(seen.other_threads, 0);
    CHECK(!pthread_equal(seen.worker, pthread_self()));
    pthread_mutex_unlock(&seen.mu);

    /* The pushes add up. */
    int per_peer = pushes_per_thread();
    char *list = harness_conv_list();
    JSpan convs = jscan_root(list);
    CHECK_EQ(jscan_length(convs), THREADS);
    for (int t = 0; t < THREADS; t++) {
        char peer[16];
        snprintf(peer, sizeof peer, "peer%d", t);
        JSpan conv = {NULL, 0};
        CHECK(jscan_find_conv(convs, peer, &conv));
        CHECK_EQ(jscan_get_int(conv, kTIMConvUnReadNum), per_peer);
    }
    free(list);
    CHECK_EQ(event_log_count_of(&events, kTIMConvEvent_Del), 0);
    CHECK_EQ(event_log_count_of(&events, kTIMConvEvent_Add), THREADS); /* one per peer */

    pthread_mutex_lock(&unread.mu);
    CHECK(unread.calls > 0);
    CHECK_EQ(unread.not_increasing, 0);
    CHECK_EQ(unread.last, THREADS * per_peer);
    pthread_mutex_unlock(&unread.mu);

    CHECK_EQ(TIMUninit(), TIM_SUCC);
    TIMSetConvEventCallback(NULL, NULL);
    TIMSetConvTotalUnreadMessageCountChangedCallback(NULL, NULL);
    event_log_destroy(&events);
    harness_remove_tree(dir);
    return harness_finish();
}
