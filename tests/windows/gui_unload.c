/*
 * FreeLibrary with callbacks on the UI thread (Windows GUI apps): the app loads ImSDK.dll at run
 * time, initialises on its GUI main thread, makes calls, and unloads the library without
 * TIMUninit while they are in flight. Its message loop goes on: every callback still arrives,
 * once, on the main thread (the library stays in memory once it runs), and nothing crashes.
 *
 * Does not link ImSDK.dll: every function comes from GetProcAddress.
 */
#include "gui_kit.h"

typedef int(TIM_CALL *InitFn)(uint64_t, const char *);
typedef int(TIM_CALL *LoginFn)(const char *, const char *, TIMCommCallback, const void *);
typedef int(TIM_CALL *TotalFn)(TIMCommCallback, const void *);
typedef int(TIM_CALL *UninitFn)(void);

static DWORD main_thread;
static volatile LONG got, off_main;

static void TIM_CALL on_result(int32_t code, const char *desc, const char *json, const void *ud) {
    (void)code;
    (void)desc;
    (void)json;
    (void)ud;
    if (GetCurrentThreadId() != main_thread) InterlockedIncrement(&off_main);
    InterlockedIncrement(&got);
}

#define PROC(dll, type, name) ((type)(void (*)(void))GetProcAddress((dll), (name)))

int main(void) {
    gui_watchdog(60, "gui_unload");
    main_thread = GetCurrentThreadId();
    HWND window = gui_make_window(L"timconv gui_unload");
    CHECK(GetModuleHandleW(L"ImSDK.dll") == NULL);
    HMODULE dll = LoadLibraryW(L"ImSDK.dll");
    CHECK(dll != NULL);
    if (dll == NULL) return gui_finish();
    InitFn init = PROC(dll, InitFn, "TIMInit");
    LoginFn login = PROC(dll, LoginFn, "TIMLogin");
    TotalFn total = PROC(dll, TotalFn, "TIMConvGetTotalUnreadMessageCount");
    CHECK(init && login && total);
    char dir[512], config[1400];
    if (!platform_make_temp_dir(dir, sizeof dir, "timconv-gui-unload")) return 1;
    gui_config(config, sizeof config, dir, NULL);
    CHECK(init(1400000001, config) == TIM_SUCC);
    CHECK(login("alice", "sig", on_result, NULL) == TIM_SUCC);
    int accepted = 1;
    for (int i = 0; i < 1000; i++) accepted += total(on_result, NULL) == TIM_SUCC;
    CHECK(FreeLibrary(dll));
    CHECK(gui_pump_until(&got, accepted, 20000));
    gui_pump_for(50);
    CHECK(got == accepted);
    CHECK(off_main == 0);
    /* Loading it again finds the same running SDK, which shuts down cleanly. */
    dll = LoadLibraryW(L"ImSDK.dll");
    CHECK(dll != NULL);
    UninitFn uninit = PROC(dll, UninitFn, "TIMUninit");
    CHECK(uninit != NULL && uninit() == TIM_SUCC);
    DestroyWindow(window);
    platform_remove_tree(dir);
    printf("%ld callbacks on the main thread after FreeLibrary\n", (long)got);
    return gui_finish();
}
