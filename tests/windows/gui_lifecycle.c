/*
 * Shutting down with callbacks on the UI thread (Windows GUI apps), each call with calls in
 * flight; every accepted call gets exactly one callback, in order, none after TIMUninit returns
 * (except from inside a callback, as documented), and nothing deadlocks or crashes:
 *
 *   1. the app's window is destroyed and its message loop has ended: TIMUninit on the main
 *      thread runs the remaining callbacks inside the call, on the main thread;
 *   2. TIMUninit from inside a callback on the UI thread: the rest follow right after that
 *      callback returns, still on the UI thread; TIMInit works again afterwards;
 *   3. TIMUninit from another thread while the UI thread runs its loop: it returns once the UI
 *      thread ran them all;
 *   4. the library's own message-only window destroyed by the app: the remaining and later
 *      callbacks come from the worker, none lost, in order.
 */
#include "gui_kit.h"

#define CALLS 2000

static DWORD main_thread;
static volatile LONG got;      /* callbacks so far */
static volatile LONG off_main; /* callbacks not on the main thread */
static volatile LONG out_of_order;
static volatile LONG last_seen = -1;
static volatile LONG after_uninit; /* callbacks after TIMUninit returned */
static volatile LONG uninit_returned;
static unsigned char seen[CALLS + 100];
static volatile LONG twice;

static void reset(void) {
    got = off_main = out_of_order = after_uninit = uninit_returned = twice = 0;
    last_seen = -1;
    memset(seen, 0, sizeof seen);
}

static void note(const void *ud) {
    LONG i = (LONG)(intptr_t)ud;
    if (i >= 0 && i < (LONG)sizeof seen && seen[i]++) InterlockedIncrement(&twice);
    if (i <= last_seen) InterlockedIncrement(&out_of_order);
    last_seen = i;
    if (GetCurrentThreadId() != main_thread) InterlockedIncrement(&off_main);
    if (uninit_returned) InterlockedIncrement(&after_uninit);
    InterlockedIncrement(&got);
}

static void TIM_CALL on_result(int32_t code, const char *desc, const char *json, const void *ud) {
    (void)code;
    (void)desc;
    (void)json;
    note(ud);
}

static char dir[512];

static void init(void) {
    char config[1400];
    gui_config(config, sizeof config, dir, NULL);
    CHECK(TIMInit(1400000001, config) == TIM_SUCC);
}

static volatile LONG logged_in;
static void TIM_CALL on_login(int32_t code, const char *desc, const char *json, const void *ud) {
    (void)desc;
    (void)json;
    (void)ud;
    CHECK(code == 0);
    InterlockedIncrement(&logged_in);
}

static void login(void) {
    logged_in = 0;
    CHECK(TIMLogin("alice", "sig", on_login, NULL) == TIM_SUCC);
    CHECK(gui_pump_until(&logged_in, 1, 10000));
}

/* Calls base..base+n-1, alternating a read and a server push (so the worker commits batches). */
static int submit_from(int base, int n) {
    int accepted = 0;
    for (int i = base; i < base + n; i++) {
        const void *ud = (const void *)(intptr_t)i;
        int rc = i % 2 ? TIMConvGetTotalUnreadMessageCount(on_result, ud)
                       : TIMExtReceiveMessages("[{\"message_conv_id\":\"bob\",\"message_conv_type\":1,"
                                               "\"message_sender\":\"bob\",\"message_elem_array\":"
                                               "[{\"elem_type\":0,\"text_elem_content\":\"x\"}]}]",
                                               on_result, ud);
        accepted += rc == TIM_SUCC;
    }
    return accepted;
}

static int submit(int n) {
    return submit_from(0, n);
}

/* ---- 1 --------------------------------------------------------------------------------------- */

static LRESULT CALLBACK app_proc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam) {
    if (msg == WM_DESTROY) PostQuitMessage(0);
    return DefWindowProcW(hwnd, msg, wparam, lparam);
}

static void window_destroyed_early(void) {
    WNDCLASSW wc;
    memset(&wc, 0, sizeof wc);
    wc.lpfnWndProc = app_proc;
    wc.hInstance = GetModuleHandleW(NULL);
    wc.lpszClassName = L"timconv-app";
    RegisterClassW(&wc);
    HWND app = CreateWindowExW(0, L"timconv-app", L"app", 0, 0, 0, 0, 0, HWND_MESSAGE, NULL, wc.hInstance, NULL);
    init();
    login();
    reset();
    int accepted = submit(CALLS);
    CHECK(accepted == CALLS);
    DestroyWindow(app); /* the user closed the app: its loop ends at WM_QUIT */
    MSG msg;
    while (GetMessageW(&msg, NULL, 0, 0) > 0) DispatchMessageW(&msg);
    LONG before = got;
    TIMUninit();
    uninit_returned = 1;
    printf("1: %ld callbacks in the loop, %ld inside TIMUninit\n", (long)before, (long)(got - before));
    gui_pump_for(100);
    CHECK(got == accepted);
    CHECK(off_main == 0 && out_of_order == 0 && twice == 0 && after_uninit == 0);
}

/* ---- 2 --------------------------------------------------------------------------------------- */

static volatile LONG uninit_in_callback;

static void TIM_CALL on_result_uninit(int32_t code, const char *desc, const char *json, const void *ud) {
    note(ud);
    (void)code;
    (void)desc;
    (void)json;
    if ((intptr_t)ud == 10) {
        TIMUninit(); /* cannot wait for itself: the rest follow after this returns */
        InterlockedExchange(&uninit_in_callback, got);
    }
}

static void uninit_from_a_callback(void) {
    init();
    login();
    reset();
    int accepted = 0;
    for (int i = 0; i < 500; i++) {
        accepted += TIMConvGetTotalUnreadMessageCount(on_result_uninit, (const void *)(intptr_t)i) == TIM_SUCC;
    }
    CHECK(gui_pump_until(&got, accepted, 10000));
    CHECK(uninit_in_callback == 11);
    CHECK(off_main == 0 && out_of_order == 0 && twice == 0);
    CHECK(TIMGetLoginStatus() == kTIMLoginStatus_UnLogined);
    /* Initialising again (it finishes the retired worker first) works as usual. */
    init();
    login();
    reset();
    CHECK(submit(100) == 100);
    CHECK(gui_pump_until(&got, 100, 10000));
    TIMUninit();
    CHECK(got == 100 && off_main == 0);
}

/* ---- 3 --------------------------------------------------------------------------------------- */

static volatile LONG other_done;

static DWORD WINAPI uninit_thread(LPVOID arg) {
    (void)arg;
    Sleep(5);
    TIMUninit();
    uninit_returned = 1;
    InterlockedExchange(&other_done, 1);
    return 0;
}

static void uninit_from_another_thread(void) {
    init();
    login();
    reset();
    int accepted = submit(CALLS);
    HANDLE t = CreateThread(NULL, 0, uninit_thread, NULL, 0, NULL);
    CHECK(gui_pump_until(&other_done, 1, 20000));
    LONG at_return = got;
    gui_pump_for(100);
    WaitForSingleObject(t, INFINITE);
    CloseHandle(t);
    CHECK(at_return == accepted);
    CHECK(got == accepted);
    CHECK(off_main == 0 && out_of_order == 0 && twice == 0 && after_uninit == 0);
}

/* ---- 4 --------------------------------------------------------------------------------------- */

static void library_window_destroyed(void) {
    init();
    login();
    reset();
    int accepted = submit(CALLS);
    HWND ours = FindWindowExW(HWND_MESSAGE, NULL, L"timconv-callbacks", NULL);
    CHECK(ours != NULL);
    CHECK(DestroyWindow(ours));
    int more = submit_from(CALLS, 100); /* after it: from the worker */
    for (int i = 0; i < 1000 && got < accepted + more; i++) Sleep(10);
    CHECK(got == accepted + more);
    CHECK(twice == 0);
    printf("4: %ld of %d callbacks from the worker after the window went\n", (long)off_main, accepted + more);
    CHECK(off_main >= more);
    TIMUninit();
}

int main(void) {
    gui_watchdog(120, "gui_lifecycle");
    main_thread = GetCurrentThreadId();
    if (!platform_make_temp_dir(dir, sizeof dir, "timconv-gui-life")) return 1;
    HWND window = gui_make_window(L"timconv gui_lifecycle");
    window_destroyed_early();
    uninit_from_a_callback();
    uninit_from_another_thread();
    library_window_destroyed();
    DestroyWindow(window);
    platform_remove_tree(dir);
    return gui_finish();
}
