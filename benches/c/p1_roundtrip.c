/*
 * P1: call-to-callback round trip of TIMConvGetTotalUnreadMessageCount, from C, through
 * libImSDK.so. Prints one line: "p1 n=<calls> p50_us=<median> p99_us=<99th percentile>".
 *
 *   bench_p1_roundtrip [calls] [data-dir]     (defaults: 20000 calls, a fresh temp dir that is
 *                                             removed afterwards)
 */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "TIMCloud.h"

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

typedef struct {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int done;
    int code;
} Slot;

static void on_result(int32_t code, const char *desc, const char *json, const void *user_data) {
    (void)desc;
    (void)json;
    Slot *s = (Slot *)user_data;
    pthread_mutex_lock(&s->mu);
    s->code = code;
    s->done = 1;
    pthread_cond_signal(&s->cv);
    pthread_mutex_unlock(&s->mu);
}

static void wait_done(Slot *s) {
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

static int cmp(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    int calls = argc > 1 ? atoi(argv[1]) : 20000;
    if (calls < 10) calls = 10;
    char dir[256];
    int own_dir = argc <= 2;
    if (!own_dir) {
        snprintf(dir, sizeof dir, "%s", argv[2]);
    } else {
        snprintf(dir, sizeof dir, "/tmp/timconv-p1-XXXXXX");
        if (!mkdtemp(dir)) return 2;
    }
    char config[512];
    snprintf(config, sizeof config, "{\"sdk_config_config_file_path\":\"%s\"}", dir);
    Slot s;
    memset(&s, 0, sizeof s);
    pthread_mutex_init(&s.mu, NULL);
    pthread_cond_init(&s.cv, NULL);
    if (TIMInit(1400000000, config) != TIM_SUCC) return 2;
    if (TIMLogin("p1", "sig", on_result, &s) != TIM_SUCC) return 2;
    wait_done(&s);
    if (s.code != 0) return 2;

    double *lat = malloc(sizeof(double) * (size_t)calls);
    if (!lat) return 2;
    for (int i = 0; i < calls / 10; i++) { /* warm up */
        TIMConvGetTotalUnreadMessageCount(on_result, &s);
        wait_done(&s);
    }
    for (int i = 0; i < calls; i++) {
        double t0 = now_us();
        if (TIMConvGetTotalUnreadMessageCount(on_result, &s) != TIM_SUCC) return 2;
        wait_done(&s);
        lat[i] = now_us() - t0;
    }
    qsort(lat, (size_t)calls, sizeof(double), cmp);
    printf("p1 n=%d p50_us=%.2f p99_us=%.2f\n", calls, lat[calls / 2], lat[(calls * 99) / 100]);
    free(lat);
    TIMUninit();
    if (own_dir) nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    return 0;
}
