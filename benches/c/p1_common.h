/*
 * What the P1 programs share: the callback slot a caller waits on, the clock, the percentile
 * line they print, and the option of running every thread on one core.
 */
#ifndef TIMCONV_BENCH_P1_COMMON_H
#define TIMCONV_BENCH_P1_COMMON_H

#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Where a caller waits for its answer: set by the answering thread, waited on with a condvar,
 * the way an app waits for a TIMCommCallback. */
typedef struct {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int done;
    int code;
} Slot;

static void slot_init(Slot *s) {
    memset(s, 0, sizeof *s);
    pthread_mutex_init(&s->mu, NULL);
    pthread_cond_init(&s->cv, NULL);
}

static void slot_post(Slot *s, int code) {
    pthread_mutex_lock(&s->mu);
    s->code = code;
    s->done = 1;
    pthread_cond_signal(&s->cv);
    pthread_mutex_unlock(&s->mu);
}

static void slot_wait(Slot *s) {
    pthread_mutex_lock(&s->mu);
    while (!s->done) pthread_cond_wait(&s->cv, &s->mu);
    s->done = 0;
    pthread_mutex_unlock(&s->mu);
}

static double now_us(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e6 + (double)t.tv_nsec / 1e3;
}

static int compare_doubles(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Sorts the samples and prints "<name> n=<calls> p50_us=<median> p99_us=<99th percentile>". */
static void print_percentiles(const char *name, double *samples, int calls) {
    qsort(samples, (size_t)calls, sizeof(double), compare_doubles);
    printf("%s n=%d p50_us=%.2f p99_us=%.2f\n", name, calls, samples[calls / 2],
           samples[(calls * 99) / 100]);
}

/* With P1_ONE_CORE=1 in the environment, this thread and every thread it starts later run on
 * the first core it may use: hand-offs then never wait for another core to wake up. Returns 0
 * on success (or when not asked). */
static int apply_core_choice(void) {
    const char *one = getenv("P1_ONE_CORE");
    if (!one || strcmp(one, "1") != 0) return 0;
    cpu_set_t allowed;
    if (sched_getaffinity(0, sizeof allowed, &allowed) != 0) return -1;
    for (int cpu = 0; cpu < CPU_SETSIZE; cpu++) {
        if (CPU_ISSET(cpu, &allowed)) {
            cpu_set_t only;
            CPU_ZERO(&only);
            CPU_SET(cpu, &only);
            return sched_setaffinity(0, sizeof only, &only);
        }
    }
    return -1;
}

#endif
