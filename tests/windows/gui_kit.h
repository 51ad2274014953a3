/*
 * Helpers for the UI-thread tests (Windows only, header-only).
 *
 *   CHECK(cond)                      counts a pass or reports file:line
 *   gui_finish()                     prints "N passed, M failed"; the exit status
 *   gui_make_window(title)           a window of the calling thread, which becomes a GUI thread
 *                                    with a message queue, as an app's main thread is. It is
 *                                    message-only (never shown), so the tests need no display
 *   gui_pump_until(counter, n, ms)   runs the message loop until *counter >= n (false on timeout)
 *   gui_pump_for(ms)                 runs the message loop for a while
 *   gui_config(buf, size, dir, extra) TIMInit's JSON for data directory dir, plus extra members
 *   gui_watchdog(seconds, what)      ends the process with a message if it is still running then
 */
#ifndef TIMCONV_GUI_KIT_H
#define TIMCONV_GUI_KIT_H

#include "platform.h"

#include <stdint.h>

#include "TIMCloud.h"
#include "TIMExtension.h"

static int passed, failed;

#define CHECK(cond)                                                                      \
    ((cond) ? (void)passed++                                                             \
            : (void)(failed++, fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond)))

static inline int gui_finish(void) {
    printf("%d passed, %d failed\n", passed, failed);
    fflush(stdout);
    return failed == 0 ? 0 : 1;
}

static inline LRESULT CALLBACK gui_window_proc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam) {
    return DefWindowProcW(hwnd, msg, wparam, lparam);
}

static inline HWND gui_make_window(const wchar_t *title) {
    static bool registered;
    if (!registered) {
        WNDCLASSW wc;
        memset(&wc, 0, sizeof wc);
        wc.lpfnWndProc = gui_window_proc;
        wc.hInstance = GetModuleHandleW(NULL);
        wc.lpszClassName = L"timconv-test-window";
        registered = RegisterClassW(&wc) != 0;
    }
    return CreateWindowExW(0, L"timconv-test-window", title, 0, 0, 0, 0, 0, HWND_MESSAGE, NULL,
                           GetModuleHandleW(NULL), NULL);
}

/* Dispatches every message waiting on this thread's queue. */
static inline void gui_pump_once(void) {
    MSG msg;
    while (PeekMessageW(&msg, NULL, 0, 0, PM_REMOVE)) {
        TranslateMessage(&msg);
        DispatchMessageW(&msg);
    }
}

static inline bool gui_pump_until(volatile LONG *counter, LONG target, DWORD timeout_ms) {
    DWORD start = GetTickCount();
    for (;;) {
        gui_pump_once();
        if (InterlockedCompareExchange(counter, 0, 0) >= target) return true;
        if (GetTickCount() - start > timeout_ms) return false;
        MsgWaitForMultipleObjects(0, NULL, FALSE, 5, QS_ALLINPUT);
    }
}

static inline void gui_pump_for(DWORD ms) {
    volatile LONG never = 0;
    gui_pump_until(&never, 1, ms);
}

/* The data directory as a JSON string member value (backslashes doubled). */
static inline void gui_config(char *buf, size_t size, const char *dir, const char *extra) {
    char path[1024];
    size_t n = 0;
    for (const char *c = dir; *c && n + 2 < sizeof path; c++) {
        if (*c == '\\') path[n++] = '\\';
        path[n++] = *c;
    }
    path[n] = '\0';
    snprintf(buf, size, "{\"%s\":\"%s\"%s%s}", kTIMSdkConfigConfigFilePath, path,
             extra && *extra ? "," : "", extra ? extra : "");
}

static unsigned gui_watchdog_seconds;

static inline DWORD WINAPI gui_watchdog_main(LPVOID arg) {
    const char *what = (const char *)arg;
    Sleep(gui_watchdog_seconds * 1000);
    fprintf(stderr, "watchdog: %s still running after %u s: deadlock?\n", what, gui_watchdog_seconds);
    fflush(stderr);
    ExitProcess(3);
    return 0;
}

static inline void gui_watchdog(unsigned seconds, const char *what) {
    gui_watchdog_seconds = seconds;
    CloseHandle(CreateThread(NULL, 0, gui_watchdog_main, (LPVOID)what, 0, NULL));
}

#endif
