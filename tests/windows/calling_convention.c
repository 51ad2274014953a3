/*
 * An app compiled with another default calling convention (MSVC /Gz, GCC -mrtd: stdcall) still
 * calls ImSDK.dll and is called back correctly, because the header names the convention
 * (TIM_CALL, __cdecl on 32-bit Windows). The Win32 build compiles this file with -mrtd, and
 * it spells __cdecl itself (the convention ImSDK.dll uses): had the header not named it, the
 * functions and callback types would be stdcall here and this file would not compile.
 * Uses only the SDK and the C runtime (whose headers name their conventions); waiting is a
 * spin on a flag, bounded by TIMGetServerTime.
 */
#include <direct.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "TIMCloud.h"
#include "TIMExtension.h"

static int passed, failed;

#define CHECK(cond)                                                                      \
    ((cond) ? (void)passed++                                                             \
            : (void)(failed++, fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond)))

typedef struct Result {
    volatile int done;
    int32_t code;
    char json[4096];
    const void *self;
} Result;

static void __cdecl on_result(int32_t code, const char *desc, const char *json, const void *user_data) {
    Result *r = (Result *)user_data;
    (void)desc;
    r->code = code;
    r->self = user_data;
    snprintf(r->json, sizeof r->json, "%s", json ? json : "");
    r->done = 1;
}

static volatile int events;
static void __cdecl on_conv_event(enum TIMConvEvent event, const char *json, const void *user_data) {
    (void)event;
    (void)json;
    (void)user_data;
    events++;
}

/* Waits for the call's callback; its code, the TIMResult if the call was refused, -1000 after
 * 10 seconds. */
static int wait_result(int rc, Result *r) {
    if (rc != TIM_SUCC) return rc;
    uint64_t until = TIMGetServerTime() + 10;
    while (!r->done && TIMGetServerTime() < until) {
    }
    int code = r->done ? r->code : -1000;
    r->done = 0;
    return code;
}

/* The library's functions, as the app sees them, are __cdecl. */
static int(__cdecl *const init_fn)(uint64_t, const char *) = TIMInit;
static int(__cdecl *const login_fn)(const char *, const char *, TIMCommCallback, const void *) = TIMLogin;

int main(void) {
    const char *temp = getenv("TEMP");
    char dir[512], config[1200], db[700], app_dir[600];
    snprintf(dir, sizeof dir, "%s/timconv-cc-%llu", temp ? temp : ".",
             (unsigned long long)TIMGetServerTime());
    for (char *c = dir; *c; c++) {
        if (*c == '\\') *c = '/'; /* forward slashes need no escaping in JSON */
    }
    snprintf(config, sizeof config, "{\"%s\":\"%s\"}", kTIMSdkConfigConfigFilePath, dir);

    static Result r;
    TIMSetConvEventCallback(on_conv_event, NULL);
    CHECK(init_fn(1400000001ULL, config) == TIM_SUCC);
    CHECK(wait_result(login_fn("alice", "sig", on_result, &r), &r) == 0);
    CHECK(r.self == &r);
    static const char push[] =
        "[{\"message_conv_id\":\"bob\",\"message_conv_type\":1,\"message_sender\":\"bob\","
        "\"message_elem_array\":[{\"elem_type\":0,\"text_elem_content\":\"hi\"}]}]";
    CHECK(wait_result(TIMExtReceiveMessages(push, on_result, &r), &r) == 0);
    CHECK(wait_result(TIMConvGetConvList(on_result, &r), &r) == 0);
    CHECK(strstr(r.json, "\"conv_id\":\"bob\"") != NULL);
    CHECK(wait_result(TIMConvPinConversation("bob", kTIMConv_C2C, true, on_result, &r), &r) == 0);
    CHECK(TIMUninit() == TIM_SUCC);
    CHECK(events > 0);
    char user[128];
    CHECK(TIMGetLoginUserID(user) == TIM_ERR_SDKUNINIT);

    /* <dir>/timconv-1400000001/u-616c696365.db (alice), <dir>/log/timconv.log (the SDK's log),
     * then the directories. */
    snprintf(app_dir, sizeof app_dir, "%s/timconv-1400000001", dir);
    snprintf(db, sizeof db, "%s/u-616c696365.db", app_dir);
    CHECK(remove(db) == 0);
    char log_dir[600], log_file[700];
    snprintf(log_dir, sizeof log_dir, "%s/log", dir);
    snprintf(log_file, sizeof log_file, "%s/timconv.log", log_dir);
    remove(log_file);
    CHECK(_rmdir(log_dir) == 0 || errno == ENOENT);
    CHECK(_rmdir(app_dir) == 0 && _rmdir(dir) == 0);
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
