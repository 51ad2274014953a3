/*
 * P1's baseline: the bare hand-off a call → callback round trip cannot beat. The caller queues
 * a request for a second thread under a mutex and signals it; that thread takes it and posts
 * the answer to the caller's slot, which the caller waits on with a condvar, as an app waits
 * for a TIMCommCallback. Prints "pingpong n=<calls> p50_us=… p99_us=…".
 *
 *   bench_p1_pingpong [calls]        (default 20000; P1_ONE_CORE=1 runs both threads on one core)
 */
#define _GNU_SOURCE
#include "p1_common.h"

static pthread_mutex_t queue_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t queue_cv = PTHREAD_COND_INITIALIZER;
static int queued; /* requests waiting; -1 asks the answering thread to stop */
static Slot answer;

static void *answer_requests(void *unused) {
    (void)unused;
    for (;;) {
        pthread_mutex_lock(&queue_mu);
        while (queued == 0) pthread_cond_wait(&queue_cv, &queue_mu);
        int stop = queued < 0;
        if (!stop) queued--;
        pthread_mutex_unlock(&queue_mu);
        if (stop) return NULL;
        slot_post(&answer, 0);
    }
}

static void request(int value) {
    pthread_mutex_lock(&queue_mu);
    queued = value < 0 ? -1 : queued + 1;
    pthread_cond_signal(&queue_cv);
    pthread_mutex_unlock(&queue_mu);
}

int main(int argc, char **argv) {
    int calls = argc > 1 ? atoi(argv[1]) : 20000;
    if (calls < 10) calls = 10;
    if (apply_core_choice() != 0) return 2;
    slot_init(&answer);
    pthread_t thread;
    if (pthread_create(&thread, NULL, answer_requests, NULL) != 0) return 2;
    double *lat = malloc(sizeof(double) * (size_t)calls);
    if (!lat) return 2;
    for (int i = 0; i < calls / 10; i++) { /* warm up */
        request(1);
        slot_wait(&answer);
    }
    for (int i = 0; i < calls; i++) {
        double t0 = now_us();
        request(1);
        slot_wait(&answer);
        lat[i] = now_us() - t0;
    }
    print_percentiles("pingpong", lat, calls);
    request(-1);
    pthread_join(thread, NULL);
    free(lat);
    return 0;
}
