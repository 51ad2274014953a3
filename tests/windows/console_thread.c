/*
 * A console program (no window, no message loop) calling TIMInit on its main thread keeps
 * today's behaviour: every callback and listener runs on the SDK's worker thread, while the
 * main thread just waits, in call order. It loads shell32, as many console programs do, which
 * loads user32 and so makes the main thread a "GUI thread" to IsGUIThread (on Wine every thread
 * is one): that alone must not send callbacks to a thread that never runs a message loop.
 */
#include "platform.h"

#include <stdint.h>

#include "TIMCloud.h"
#include "TIMExtension.h"

static int passed, failed;

#define CHECK(cond)                                                                      \
    ((cond) ? (void)passed++                                                             \
            : (void)(failed++, fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond)))

#define CALLS 200

static DWORD main_thread;
static DWORD threads[CALLS + 16];
static volatile LONG results, events, order_errors, last = -1;
static HANDLE all_done;

static void TIM_CALL on_result(int32_t code, const char *desc, const char *json, const void *ud) {
    (void)desc;
    (void)json;
    LONG i = (LONG)(intptr_t)ud;
    if (i <= last || code != 0) InterlockedIncrement(&order_errors);
    last = i;
    threads[i] = GetCurrentThreadId();
    if (InterlockedIncrement(&results) == CALLS + 1) SetEvent(all_done);
}

static volatile DWORD event_thread;
static void TIM_CALL on_conv(enum TIMConvEvent ev, const char *json, const void *ud) {
    (void)ev;
    (void)json;
    (void)ud;
    event_thread = GetCurrentThreadId();
    InterlockedIncrement(&events);
}

int main(void) {
    main_thread = GetCurrentThreadId();
    all_done = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(LoadLibraryW(L"shell32.dll") != NULL);
    CHECK(GetModuleHandleW(L"user32.dll") != NULL);
    char dir[512], path[1100], config[1200];
    if (!platform_make_temp_dir(dir, sizeof dir, "timconv-console")) return 1;
    size_t n = 0;
    for (const char *c = dir; *c && n + 2 < sizeof path; c++) {
        if (*c == '\\') path[n++] = '\\';
        path[n++] = *c;
    }
    path[n] = '\0';
    snprintf(config, sizeof config, "{\"%s\":\"%s\"}", kTIMSdkConfigConfigFilePath, path);
    TIMSetConvEventCallback(on_conv, NULL);
    CHECK(TIMInit(1400000001, config) == TIM_SUCC);
    CHECK(TIMLogin("alice", "sig", on_result, (const void *)0) == TIM_SUCC);
    for (int i = 1; i <= CALLS; i++) {
        int rc = i % 2 ? TIMConvGetTotalUnreadMessageCount(on_result, (const void *)(intptr_t)i)
                       : TIMExtReceiveMessages("[{\"message_conv_id\":\"bob\",\"message_conv_type\":1,"
                                               "\"message_sender\":\"bob\",\"message_elem_array\":"
                                               "[{\"elem_type\":0,\"text_elem_content\":\"x\"}]}]",
                                               on_result, (const void *)(intptr_t)i);
        CHECK(rc == TIM_SUCC);
    }
    /* No message loop: the main thread only waits, and the callbacks still come. */
    CHECK(WaitForSingleObject(all_done, 20000) == WAIT_OBJECT_0);
    TIMUninit();
    CHECK(results == CALLS + 1);
    CHECK(order_errors == 0);
    int on_main = 0, differ = 0;
    for (int i = 0; i <= CALLS; i++) {
        on_main += threads[i] == main_thread;
        differ += threads[i] != threads[0];
    }
    CHECK(on_main == 0);
    CHECK(differ == 0);
    CHECK(events > 0 && event_thread == threads[0]);
    platform_remove_tree(dir);
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
