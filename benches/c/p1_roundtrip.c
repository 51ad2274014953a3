/*
 * P1: call-to-callback round trip of TIMConvGetTotalUnreadMessageCount, from C, through
 * libImSDK.so. Prints one line: "p1 n=<calls> p50_us=<median> p99_us=<99th percentile>".
 *
 *   bench_p1_roundtrip [calls] [data-dir]     (defaults: 20000 calls, a fresh temp dir that is
 *                                             removed afterwards; P1_ONE_CORE=1 runs the
 *                                             caller and the library's threads on one core)
 */
#define _GNU_SOURCE
#include <ftw.h>
#include <unistd.h>

#include "TIMCloud.h"
#include "p1_common.h"

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

static void on_result(int32_t code, const char *desc, const char *json, const void *user_data) {
    (void)desc;
    (void)json;
    slot_post((Slot *)user_data, code);
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
    if (apply_core_choice() != 0) return 2;
    char config[512];
    snprintf(config, sizeof config, "{\"sdk_config_config_file_path\":\"%s\"}", dir);
    Slot s;
    slot_init(&s);
    if (TIMInit(1400000000, config) != TIM_SUCC) return 2;
    if (TIMLogin("p1", "sig", on_result, &s) != TIM_SUCC) return 2;
    slot_wait(&s);
    if (s.code != 0) return 2;

    double *lat = malloc(sizeof(double) * (size_t)calls);
    if (!lat) return 2;
    for (int i = 0; i < calls / 10; i++) { /* warm up */
        TIMConvGetTotalUnreadMessageCount(on_result, &s);
        slot_wait(&s);
    }
    for (int i = 0; i < calls; i++) {
        double t0 = now_us();
        if (TIMConvGetTotalUnreadMessageCount(on_result, &s) != TIM_SUCC) return 2;
        slot_wait(&s);
        lat[i] = now_us() - t0;
    }
    print_percentiles("p1", lat, calls);
    free(lat);
    TIMUninit();
    if (own_dir) nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    return 0;
}
