/*
 * Unloading ImSDK.dll (FreeLibrary) without TIMUninit does not crash the process: the app
 * loads the DLL at run time, initialises, logs in, makes calls (some still queued), frees the
 * library and keeps running. Loading it again finds the same running SDK.
 *
 * Does not link ImSDK.dll: every function comes from GetProcAddress.
 */
#include "platform.h"

#include "TIMCloud.h"
#include "TIMExtension.h"

static int passed, failed;

#define CHECK(cond)                                                                      \
    ((cond) ? (void)passed++                                                             \
            : (void)(failed++, fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond)))

typedef int(TIM_CALL *InitFn)(uint64_t, const char *);
typedef int(TIM_CALL *LoginFn)(const char *, const char *, TIMCommCallback, const void *);
typedef int(TIM_CALL *ListFn)(TIMCommCallback, const void *);
typedef int(TIM_CALL *ReceiveFn)(const char *, TIMCommCallback, const void *);
typedef int(TIM_CALL *UserIdFn)(char *);

typedef struct Api {
    HMODULE dll;
    InitFn init;
    LoginFn login;
    ListFn list;
    ReceiveFn receive;
    UserIdFn user_id;
} Api;

static bool load(Api *api) {
    api->dll = LoadLibraryW(L"ImSDK.dll");
    if (api->dll == NULL) return false;
    /* Casting through void (*)(void) keeps -Wcast-function-type quiet about FARPROC. */
    api->init = (InitFn)(void (*)(void))GetProcAddress(api->dll, "TIMInit");
    api->login = (LoginFn)(void (*)(void))GetProcAddress(api->dll, "TIMLogin");
    api->list = (ListFn)(void (*)(void))GetProcAddress(api->dll, "TIMConvGetConvList");
    api->receive = (ReceiveFn)(void (*)(void))GetProcAddress(api->dll, "TIMExtReceiveMessages");
    api->user_id = (UserIdFn)(void (*)(void))GetProcAddress(api->dll, "TIMGetLoginUserID");
    return api->init && api->login && api->list && api->receive && api->user_id;
}

/* Callbacks count into this; an event is set at each. */
static volatile LONG callbacks;
static HANDLE callback_event;
static volatile LONG last_code = -1;

static void TIM_CALL on_result(int32_t code, const char *desc, const char *json, const void *user_data) {
    (void)desc;
    (void)json;
    (void)user_data;
    InterlockedExchange(&last_code, code);
    InterlockedIncrement(&callbacks);
    SetEvent(callback_event);
}

static bool wait_callbacks(LONG n) {
    for (int i = 0; i < 200 && callbacks < n; i++) WaitForSingleObject(callback_event, 50);
    return callbacks >= n;
}

static DWORD WINAPI still_running(LPVOID arg) {
    return (DWORD)(uintptr_t)arg + 1;
}

int main(void) {
    CHECK(GetModuleHandleW(L"ImSDK.dll") == NULL); /* not linked: only LoadLibrary brings it */
    callback_event = CreateEventW(NULL, FALSE, FALSE, NULL);
    char dir[512], path[1100], config[1200];
    if (!platform_make_temp_dir(dir, sizeof dir, "timconv-unload")) return 1;
    /* The path as a JSON string: backslashes doubled. */
    size_t n = 0;
    for (const char *c = dir; *c && n + 2 < sizeof path; c++) {
        if (*c == '\\') path[n++] = '\\';
        path[n++] = *c;
    }
    path[n] = '\0';
    snprintf(config, sizeof config, "{\"%s\":\"%s\"}", kTIMSdkConfigConfigFilePath, path);

    Api api;
    if (!load(&api)) {
        fprintf(stderr, "cannot load ImSDK.dll (%lu)\n", (unsigned long)GetLastError());
        return 1;
    }
    CHECK(api.init(1400000001, config) == TIM_SUCC);
    CHECK(api.login("alice", "sig", on_result, NULL) == TIM_SUCC);
    CHECK(wait_callbacks(1) && last_code == 0);

    /* Some calls that have completed, then a burst still queued when the library goes away. */
    static const char push[] =
        "[{\"message_conv_id\":\"bob\",\"message_conv_type\":1,\"message_sender\":\"bob\","
        "\"message_elem_array\":[{\"elem_type\":0,\"text_elem_content\":\"hi\"}]}]";
    CHECK(api.receive(push, on_result, NULL) == TIM_SUCC);
    CHECK(api.list(on_result, NULL) == TIM_SUCC);
    CHECK(wait_callbacks(3));
    for (int i = 0; i < 200; i++) api.list(on_result, NULL);

    printf("-- FreeLibrary without TIMUninit\n");
    fflush(stdout);
    CHECK(FreeLibrary(api.dll));

    /* The process goes on: threads start and end, memory comes and goes, time passes. */
    for (int round = 0; round < 5; round++) {
        HANDLE t = CreateThread(NULL, 0, still_running, (LPVOID)(uintptr_t)round, 0, NULL);
        CHECK(t != NULL && WaitForSingleObject(t, 5000) == WAIT_OBJECT_0);
        DWORD code = 0;
        CHECK(GetExitCodeThread(t, &code) && code == (DWORD)round + 1);
        CloseHandle(t);
        free(malloc(1 << 20));
        Sleep(100);
    }
    printf("   still running; %ld callbacks so far\n", (long)callbacks);

    /* Loaded again, it is the same SDK, still logged in (the library stays resident once
     * initialised, so unloading never pulls code from under its worker thread). */
    printf("-- LoadLibrary again\n");
    Api again;
    CHECK(load(&again));
    char user[128] = "";
    CHECK(again.user_id != NULL && again.user_id(user) == TIM_SUCC && strcmp(user, "alice") == 0);
    LONG before = callbacks;
    CHECK(again.list(on_result, NULL) == TIM_SUCC);
    CHECK(wait_callbacks(before + 1));
    typedef int(TIM_CALL * UninitFn)(void);
    UninitFn uninit = (UninitFn)(void (*)(void))GetProcAddress(again.dll, "TIMUninit");
    CHECK(uninit != NULL && uninit() == TIM_SUCC);
    CHECK(FreeLibrary(again.dll));
    platform_remove_tree(dir);
    CHECK(!platform_exists(dir));

    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
