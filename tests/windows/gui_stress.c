/*
 * Stress: callbacks marshalled to the UI thread lose nothing and never deadlock.
 *
 *   1. 8 background threads make 100,000 calls (reads, server pushes, pins, drafts) while the
 *      main thread runs its message loop: every callback arrives once, on the main thread, and
 *      each thread's calls are answered in the order it made them.
 *   2. The main thread makes 10,000 calls and at once calls TIMUninit, while 4 background
 *      threads keep calling: every call the SDK accepted before the shutdown is answered on the
 *      main thread before TIMUninit returns (inside it, for those still queued); later calls
 *      get 6013 from the SDK's pre-init thread, as before TIMInit. Nothing is lost or doubled.
 *
 * A watchdog ends the program (exit 3) if anything hangs.
 */
#include "gui_kit.h"

#define THREADS 8
#define PER_THREAD 12500
#define UI_CALLS 10000
#define LATE_THREADS 4
#define LATE_MAX 20000

static DWORD main_thread;

/* user_data: thread index << 24 | sequence number. */
#define UD(t, i) ((const void *)(intptr_t)(((intptr_t)(t) << 24) | (i)))

static volatile LONG got, off_main, twice, out_of_order, after_uninit, uninit_returned;
static volatile LONG not_6013_off_main;
static volatile LONG on_main_n; /* callbacks on the main thread */
static LONG last_seq[THREADS + LATE_THREADS + 1];
static unsigned char *seen[THREADS + LATE_THREADS + 1];

static void TIM_CALL on_result(int32_t code, const char *desc, const char *json, const void *ud) {
    (void)desc;
    (void)json;
    intptr_t v = (intptr_t)ud;
    int t = (int)(v >> 24);
    LONG i = (LONG)(v & 0xffffff);
    bool on_main = GetCurrentThreadId() == main_thread;
    if (!on_main) {
        InterlockedIncrement(&off_main);
        if (code != 6013) InterlockedIncrement(&not_6013_off_main);
    } else {
        /* Only the main thread touches these. */
        if (i <= last_seq[t]) out_of_order++;
        last_seq[t] = i;
        if (uninit_returned) after_uninit++;
        on_main_n++;
    }
    if (seen[t][i]++) InterlockedIncrement(&twice);
    InterlockedIncrement(&got);
}

static const char *push_json =
    "[{\"message_conv_id\":\"peer\",\"message_conv_type\":1,\"message_sender\":\"peer\","
    "\"message_elem_array\":[{\"elem_type\":0,\"text_elem_content\":\"load\"}]}]";

/* One call of thread t, number i; its TIMResult. */
static int call(int t, LONG i) {
    const void *ud = UD(t, i);
    switch (i % 8) {
        case 0: return TIMExtReceiveMessages(push_json, on_result, ud);
        case 1: return TIMConvPinConversation("peer", kTIMConv_C2C, (i / 8) % 2, on_result, ud);
        case 2: return TIMConvGetConvList(on_result, ud);
        default: return TIMConvGetTotalUnreadMessageCount(on_result, ud);
    }
}

static volatile LONG accepted;
static volatile LONG stop_late;
static volatile LONG late_made[LATE_THREADS];

static DWORD WINAPI load_main(LPVOID arg) {
    int t = (int)(intptr_t)arg;
    for (LONG i = 0; i < PER_THREAD; i++) {
        if (call(t, i) == TIM_SUCC) InterlockedIncrement(&accepted);
        if (i % 64 == 0) TIMConvSetDraft("peer", kTIMConv_C2C, "{}"); /* synchronous, no callback */
    }
    return 0;
}

static DWORD WINAPI late_main(LPVOID arg) {
    int t = (int)(intptr_t)arg;
    LONG i = 0;
    while (!stop_late && i < LATE_MAX) {
        if (call(THREADS + 1 + t, i) == TIM_SUCC) InterlockedIncrement(&accepted);
        i++;
    }
    late_made[t] = i;
    return 0;
}

static volatile LONG logged_in;
static void TIM_CALL on_login(int32_t code, const char *desc, const char *json, const void *ud) {
    (void)desc;
    (void)json;
    (void)ud;
    CHECK(code == 0);
    InterlockedIncrement(&logged_in);
}

int main(void) {
    gui_watchdog(240, "gui_stress");
    main_thread = GetCurrentThreadId();
    for (int t = 0; t <= THREADS + LATE_THREADS; t++) {
        seen[t] = calloc(LATE_MAX > PER_THREAD ? LATE_MAX : PER_THREAD, 1);
        last_seq[t] = -1;
    }
    HWND window = gui_make_window(L"timconv gui_stress");
    char dir[512], config[1400];
    if (!platform_make_temp_dir(dir, sizeof dir, "timconv-gui-stress")) return 1;
    gui_config(config, sizeof config, dir, NULL);
    CHECK(TIMInit(1400000001, config) == TIM_SUCC);
    CHECK(TIMLogin("alice", "sig", on_login, NULL) == TIM_SUCC);
    CHECK(gui_pump_until(&logged_in, 1, 10000));

    /* 1. 100,000 calls from background threads. */
    DWORD start = GetTickCount();
    HANDLE threads[THREADS];
    for (int t = 0; t < THREADS; t++) threads[t] = CreateThread(NULL, 0, load_main, (LPVOID)(intptr_t)t, 0, NULL);
    for (int t = 0; t < THREADS; t++) {
        while (MsgWaitForMultipleObjects(1, &threads[t], FALSE, INFINITE, QS_ALLINPUT) != WAIT_OBJECT_0) {
            gui_pump_once();
        }
        CloseHandle(threads[t]);
    }
    CHECK(accepted == THREADS * PER_THREAD);
    CHECK(gui_pump_until(&got, accepted, 180000));
    DWORD phase1 = GetTickCount() - start;
    CHECK(got == THREADS * PER_THREAD);
    CHECK(off_main == 0 && twice == 0 && out_of_order == 0);
    printf("1: %ld calls from %d threads, %ld callbacks on the main thread in %lu ms\n", (long)accepted, THREADS,
           (long)got, (unsigned long)phase1);

    /* 2. TIMUninit on the main thread with 10,000 of its own calls in flight, others calling. */
    got = accepted = 0;
    HANDLE late[LATE_THREADS];
    for (int t = 0; t < LATE_THREADS; t++) late[t] = CreateThread(NULL, 0, late_main, (LPVOID)(intptr_t)t, 0, NULL);
    Sleep(5);
    for (LONG i = 0; i < UI_CALLS; i++) {
        if (call(THREADS, i) == TIM_SUCC) InterlockedIncrement(&accepted);
    }
    LONG before = on_main_n;
    start = GetTickCount();
    TIMUninit();
    DWORD uninit_ms = GetTickCount() - start;
    uninit_returned = 1;
    LONG inside = on_main_n - before;
    stop_late = 1;
    WaitForMultipleObjects(LATE_THREADS, late, TRUE, INFINITE);
    for (int t = 0; t < LATE_THREADS; t++) CloseHandle(late[t]);
    TIMUninit(); /* nothing to stop: waits for the 6013 answers of calls made after the first */
    gui_pump_for(100);
    CHECK(got == accepted);
    CHECK(twice == 0 && out_of_order == 0 && after_uninit == 0);
    CHECK(not_6013_off_main == 0);
    CHECK(inside >= UI_CALLS); /* the main thread did not pump meanwhile: all ran inside TIMUninit */
    printf("2: TIMUninit with the main thread's %d calls (and 4 threads' calls) in flight took %lu ms and ran "
           "%ld callbacks inside, on the main thread; %ld calls accepted in all, %ld of them after the shutdown "
           "(answered 6013 by the pre-init thread); none lost\n",
           UI_CALLS, (unsigned long)uninit_ms, (long)inside, (long)accepted, (long)off_main);
    DestroyWindow(window);
    platform_remove_tree(dir);
    return gui_finish();
}
