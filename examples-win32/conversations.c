/*
 * conversations: a native Win32 app showing the conversation list (name, last message, unread
 * badge, pinned first) while a simulated backend pushes traffic through the server feed.
 *
 *   conversations.exe              runs until closed; double-click a row to read it, P pins
 *   conversations.exe --test DIR   the scripted session the Windows CI photographs: two phases
 *                                  of traffic, each ending with DIR\ready<N> (and the window's
 *                                  layout in DIR\layout<N>); it goes on when DIR\go<N> appears,
 *                                  then shuts down with calls in flight and writes DIR\result
 *
 * TIMInit runs on the main thread, which has a window and a message loop: every callback and
 * listener then runs on this thread, from the loop, so they update the window directly, with no
 * locks. The list is the app's own copy, kept current only by the conversation-event and
 * total-unread listeners. Every callback checks it runs on the main thread.
 */
#ifndef UNICODE
#define UNICODE /* the W functions and messages of windows.h and commctrl.h */
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#include <commctrl.h>

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "TIMCloud.h"
#include "TIMExtension.h"
#include "jscan.h"

#define MAX_CONVS 32
#define WM_BACKEND_DONE (WM_APP + 1)
#define TIMER_FILES 1
#define TIMER_TRAFFIC 2

typedef struct Conv {
    char id[64];
    int type;
    char name[64];
    long long unread;
    unsigned long long order;
    bool pinned;
    char last[160];
} Conv;

static struct {
    Conv convs[MAX_CONVS];
    int count;
    long long total;
    DWORD ui_thread;
    long callbacks, off_thread; /* every callback counts; off_thread must stay 0 */
    HWND window, list, status;
    const char *test_dir; /* --test */
    int phase;            /* test: the phase whose traffic is running or shown */
    bool waiting_go;
    long shutdown_calls, shutdown_answers;
} app;

static void on_callback_thread(void) {
    app.callbacks++;
    if (GetCurrentThreadId() != app.ui_thread) app.off_thread++;
}

/* ---- the model ------------------------------------------------------------------------------ */

static void json_text(JSpan v, char *out, size_t size) {
    if (!jscan_str_copy(v, out, size)) out[0] = '\0';
}

static void conv_from_json(JSpan info, Conv *c) {
    JSpan v, msg;
    memset(c, 0, sizeof *c);
    if (jscan_member(info, kTIMConvId, &v)) json_text(v, c->id, sizeof c->id);
    c->type = (int)jscan_get_int(info, kTIMConvType);
    if (jscan_member(info, kTIMConvShowName, &v)) json_text(v, c->name, sizeof c->name);
    if (c->name[0] == '\0') snprintf(c->name, sizeof c->name, "%s", c->id);
    c->unread = jscan_get_int(info, kTIMConvUnReadNum);
    if (jscan_member(info, kTIMConvActiveTime, &v)) c->order = jscan_uint(v);
    c->pinned = jscan_get_true(info, kTIMConvIsPinned);
    if (jscan_get_true(info, kTIMConvIsHasLastMsg) && jscan_member(info, kTIMConvLastMsg, &msg)) {
        char sender[48] = "", text[112] = "";
        if (jscan_member(msg, kTIMMsgSender, &v)) json_text(v, sender, sizeof sender);
        jscan_message_text(msg, text, sizeof text);
        snprintf(c->last, sizeof c->last, "%s: %s", sender, text);
    }
}

static int compare_convs(const void *a, const void *b) {
    const Conv *x = a, *y = b;
    if (x->pinned != y->pinned) return x->pinned ? -1 : 1;
    if (x->order != y->order) return x->order > y->order ? -1 : 1;
    return strcmp(x->id, y->id);
}

static void widen(const char *utf8, wchar_t *out, int count) {
    if (MultiByteToWideChar(CP_UTF8, 0, utf8, -1, out, count) == 0) out[0] = L'\0';
}

/* Puts the model on screen: the list (pinned first, then newest) and the status line. */
static void show(void) {
    qsort(app.convs, (size_t)app.count, sizeof(Conv), compare_convs);
    SendMessageW(app.list, WM_SETREDRAW, FALSE, 0);
    ListView_DeleteAllItems(app.list);
    for (int i = 0; i < app.count; i++) {
        const Conv *c = &app.convs[i];
        wchar_t name[96], last[192];
        char label[96];
        snprintf(label, sizeof label, "%s%s", c->pinned ? "[pinned] " : "", c->name);
        widen(label, name, 96);
        widen(c->last, last, 192);
        LVITEMW item;
        memset(&item, 0, sizeof item);
        item.mask = LVIF_TEXT | LVIF_PARAM;
        item.iItem = i;
        item.pszText = name;
        item.lParam = (LPARAM)c->unread;
        ListView_InsertItem(app.list, &item);
        ListView_SetItemText(app.list, i, 2, last);
    }
    SendMessageW(app.list, WM_SETREDRAW, TRUE, 0);
    InvalidateRect(app.list, NULL, TRUE);
    wchar_t status[160];
    _snwprintf(status, 160, L"  %d conversations, %lld unread  |  %ld callbacks, all on the UI thread: %ls",
               app.count, app.total, app.callbacks, app.off_thread == 0 ? L"yes" : L"NO");
    SetWindowTextW(app.status, status);
}

/* ---- listeners and callbacks (all on this, the UI thread) ---------------------------------- */

static void TIM_CALL on_conv_event(enum TIMConvEvent event, const char *json, const void *ud) {
    (void)ud;
    on_callback_thread();
    if (event != kTIMConvEvent_Add && event != kTIMConvEvent_Update && event != kTIMConvEvent_Del) return;
    JSpan list = jscan_root(json), info;
    for (int i = 0; jscan_index(list, i, &info); i++) {
        Conv c;
        conv_from_json(info, &c);
        int at = -1;
        for (int k = 0; k < app.count; k++) {
            if (app.convs[k].type == c.type && strcmp(app.convs[k].id, c.id) == 0) at = k;
        }
        if (event == kTIMConvEvent_Del) {
            if (at >= 0) app.convs[at] = app.convs[--app.count];
        } else if (at >= 0) {
            app.convs[at] = c;
        } else if (app.count < MAX_CONVS) {
            app.convs[app.count++] = c;
        }
    }
    show();
}

static void TIM_CALL on_total_unread(int total, const void *ud) {
    (void)ud;
    on_callback_thread();
    app.total = total;
    show();
}

static void write_file(const char *name, const char *text);

/* A result that ends a phase (test mode): everything pushed before it is on screen. */
static void TIM_CALL on_settled(int32_t code, const char *desc, const char *json, const void *ud) {
    (void)desc;
    (void)ud;
    on_callback_thread();
    if (code == 0 && json) app.total = jscan_get_int(jscan_root(json), kTIMConvGetTotalUnreadMessageCountResultUnreadCount);
    show();
    UpdateWindow(app.window);
    if (!app.test_dir) return;
    /* The layout the screenshot check needs, in screen pixels. */
    RECT win, list, cell;
    GetWindowRect(app.window, &win);
    GetWindowRect(app.list, &list);
    char layout[2048];
    int n = snprintf(layout, sizeof layout, "window %ld %ld %ld %ld\nlist %ld %ld %ld %ld\n", win.left, win.top,
                     win.right, win.bottom, list.left, list.top, list.right, list.bottom);
    for (int i = 0; i < app.count && n < (int)sizeof layout - 100; i++) {
        ListView_GetSubItemRect(app.list, i, 1, LVIR_BOUNDS, &cell);
        POINT p = {cell.left, cell.top};
        ClientToScreen(app.list, &p);
        n += snprintf(layout + n, sizeof layout - (size_t)n, "badge %s %lld %ld %ld %ld %ld\n", app.convs[i].id,
                      app.convs[i].unread, p.x, p.y, p.x + (cell.right - cell.left), p.y + (cell.bottom - cell.top));
    }
    char name[32];
    snprintf(name, sizeof name, "layout%d", app.phase);
    write_file(name, layout);
    snprintf(name, sizeof name, "ready%d", app.phase);
    write_file(name, "");
    app.waiting_go = true;
}

static void TIM_CALL on_result(int32_t code, const char *desc, const char *json, const void *ud) {
    (void)code;
    (void)desc;
    (void)json;
    (void)ud;
    on_callback_thread();
}

static void TIM_CALL on_shutdown_call(int32_t code, const char *desc, const char *json, const void *ud) {
    (void)code;
    (void)desc;
    (void)json;
    (void)ud;
    on_callback_thread();
    app.shutdown_answers++;
}

/* ---- the simulated backend (another thread, as a network layer is) ------------------------ */

static void push(const char *conv, int type, const char *sender, const char *text) {
    char json[512];
    snprintf(json, sizeof json,
             "[{\"%s\":\"%s\",\"%s\":%d,\"%s\":\"%s\",\"%s\":[{\"%s\":%d,\"%s\":\"%s\"}]}]", kTIMMsgConvId, conv,
             kTIMMsgConvType, type, kTIMMsgSender, sender, kTIMMsgElemArray, kTIMElemType, (int)kTIMElem_Text,
             kTIMTextElemContent, text);
    TIMExtReceiveMessages(json, NULL, NULL);
}

typedef struct Push {
    const char *conv;
    int type;
    const char *sender;
    const char *text;
} Push;

static const Push phase1[] = {
    {"team", 2, "carol", "The build is green again"}, {"bob", 1, "bob", "Are we still on for lunch?"},
    {"family", 2, "mom", "Dinner on Sunday?"},        {"carol", 1, "carol", "Can you take a look?"},
    {"bob", 1, "bob", "Running 5 minutes late"},      {"books", 2, "erin", "Chapter 7 was a surprise"},
    {"team", 2, "dave", "Who has the slides?"},       {"dave", 1, "dave", "Coffee?"},
};
static const Push phase2[] = {
    {"erin", 1, "erin", "Photos from the weekend"}, {"team", 2, "bob", "Merged, thanks!"},
    {"team", 2, "carol", "New version is out"},     {"books", 2, "dave", "Next book?"},
    {"dave", 1, "dave", "Ping me when you are free"}, {"team", 2, "erin", "Release notes are up"},
};

static DWORD WINAPI backend(LPVOID arg) {
    int phase = (int)(intptr_t)arg;
    if (phase == 1) {
        TIMExtUpdateUserProfiles("[{\"user_profile_identifier\":\"bob\",\"user_profile_nick_name\":\"Bob Li\"},"
                                 "{\"user_profile_identifier\":\"carol\",\"user_profile_nick_name\":\"Carol Wu\"},"
                                 "{\"user_profile_identifier\":\"erin\",\"user_profile_friend_remark\":\"Erin (gym)\"}]",
                                 NULL, NULL);
        TIMExtUpdateGroupInfos("[{\"group_base_info_group_id\":\"team\",\"group_base_info_group_name\":\"Release team\"},"
                               "{\"group_base_info_group_id\":\"family\",\"group_base_info_group_name\":\"Family\"},"
                               "{\"group_base_info_group_id\":\"books\",\"group_base_info_group_name\":\"Book club\"}]",
                               NULL, NULL);
        for (size_t i = 0; i < sizeof phase1 / sizeof *phase1; i++) {
            push(phase1[i].conv, phase1[i].type, phase1[i].sender, phase1[i].text);
            Sleep(20);
        }
        TIMConvPinConversation("family", kTIMConv_Group, true, NULL, NULL);
    } else if (phase == 2) {
        for (size_t i = 0; i < sizeof phase2 / sizeof *phase2; i++) {
            push(phase2[i].conv, phase2[i].type, phase2[i].sender, phase2[i].text);
            Sleep(20);
        }
        /* Read on another device: the server syncs the read state. */
        TIMExtSyncReadState("c2c_bob", 0, 0, NULL, NULL);
    } else {
        static const Push random[] = {
            {"bob", 1, "bob", "Are you there?"},   {"team", 2, "carol", "Standup in 5"},
            {"carol", 1, "carol", "Thanks!"},      {"family", 2, "dad", "Photos?"},
            {"books", 2, "erin", "Loved it"},      {"dave", 1, "dave", "See you"},
        };
        push(random[GetTickCount() / 7 % 6].conv, random[GetTickCount() / 7 % 6].type,
             random[GetTickCount() / 7 % 6].sender, random[GetTickCount() / 7 % 6].text);
    }
    PostMessageW(app.window, WM_BACKEND_DONE, (WPARAM)phase, 0);
    return 0;
}

static void start_backend(int phase) {
    HANDLE t = CreateThread(NULL, 0, backend, (LPVOID)(intptr_t)phase, 0, NULL);
    if (t) CloseHandle(t);
}

/* ---- test-mode files ------------------------------------------------------------------------ */

static void path_of(const char *name, char *out, size_t size) {
    snprintf(out, size, "%s\\%s", app.test_dir, name);
}

static void write_file(const char *name, const char *text) {
    char path[MAX_PATH];
    path_of(name, path, sizeof path);
    FILE *f = fopen(path, "wb");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

static bool file_exists(const char *name) {
    char path[MAX_PATH];
    path_of(name, path, sizeof path);
    return GetFileAttributesA(path) != INVALID_FILE_ATTRIBUTES;
}

/* Test mode, after the last photo: shut down on this thread with calls in flight. */
static void finish_test(void) {
    for (int i = 0; i < 2000; i++) {
        if (TIMConvGetTotalUnreadMessageCount(on_shutdown_call, NULL) == TIM_SUCC) app.shutdown_calls++;
    }
    TIMUninit(); /* the answers still queued run inside it, on this thread */
    char result[256];
    bool ok = app.off_thread == 0 && app.shutdown_answers == app.shutdown_calls && app.callbacks > 50;
    snprintf(result, sizeof result, "%s: %ld callbacks, %ld not on the UI thread; %ld of %ld answered at shutdown\n",
             ok ? "ok" : "FAILED", app.callbacks, app.off_thread, app.shutdown_answers, app.shutdown_calls);
    write_file("result", result);
    DestroyWindow(app.window);
}

/* ---- the window ----------------------------------------------------------------------------- */

/* Draws the unread column as a red badge with the count (nothing when 0). */
static LRESULT custom_draw(NMLVCUSTOMDRAW *cd) {
    switch (cd->nmcd.dwDrawStage) {
        case CDDS_PREPAINT: return CDRF_NOTIFYITEMDRAW;
        case CDDS_ITEMPREPAINT: return CDRF_NOTIFYSUBITEMDRAW;
        case CDDS_ITEMPREPAINT | CDDS_SUBITEM: {
            if (cd->iSubItem != 1) return CDRF_DODEFAULT;
            int row = (int)cd->nmcd.dwItemSpec;
            RECT cell;
            ListView_GetSubItemRect(app.list, row, 1, LVIR_BOUNDS, &cell);
            FillRect(cd->nmcd.hdc, &cell, GetSysColorBrush(COLOR_WINDOW));
            long long unread = row < app.count ? app.convs[row].unread : 0;
            if (unread > 0) {
                wchar_t text[16];
                _snwprintf(text, 16, L"%lld", unread > 99 ? 99 : unread);
                int h = cell.bottom - cell.top - 2, w = h + 8 * ((int)wcslen(text) - 1);
                RECT badge = {cell.left + 8, cell.top + 1, cell.left + 8 + w, cell.top + 1 + h};
                HBRUSH red = CreateSolidBrush(RGB(230, 40, 40));
                HGDIOBJ old_brush = SelectObject(cd->nmcd.hdc, red);
                HGDIOBJ old_pen = SelectObject(cd->nmcd.hdc, GetStockObject(NULL_PEN));
                RoundRect(cd->nmcd.hdc, badge.left, badge.top, badge.right, badge.bottom, h, h);
                SelectObject(cd->nmcd.hdc, old_pen);
                SelectObject(cd->nmcd.hdc, old_brush);
                DeleteObject(red);
                SetBkMode(cd->nmcd.hdc, TRANSPARENT);
                SetTextColor(cd->nmcd.hdc, RGB(255, 255, 255));
                DrawTextW(cd->nmcd.hdc, text, -1, &badge, DT_CENTER | DT_VCENTER | DT_SINGLELINE);
            }
            return CDRF_SKIPDEFAULT;
        }
        default: return CDRF_DODEFAULT;
    }
}

static void add_column(int index, const wchar_t *title, int width) {
    LVCOLUMNW col;
    memset(&col, 0, sizeof col);
    col.mask = LVCF_TEXT | LVCF_WIDTH;
    col.pszText = (wchar_t *)title;
    col.cx = width;
    ListView_InsertColumn(app.list, index, &col);
}

static LRESULT CALLBACK window_proc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam) {
    switch (msg) {
        case WM_CREATE: {
            HINSTANCE inst = ((CREATESTRUCTW *)lparam)->hInstance;
            app.list = CreateWindowExW(0, WC_LISTVIEWW, L"", WS_CHILD | WS_VISIBLE | LVS_REPORT | LVS_SINGLESEL, 0, 0,
                                       0, 0, hwnd, NULL, inst, NULL);
            ListView_SetExtendedListViewStyle(app.list, LVS_EX_FULLROWSELECT | LVS_EX_GRIDLINES);
            add_column(0, L"Conversation", 170);
            add_column(1, L"Unread", 70);
            add_column(2, L"Last message", 330);
            app.status = CreateWindowExW(0, L"STATIC", L"", WS_CHILD | WS_VISIBLE | SS_LEFTNOWORDWRAP, 0, 0, 0, 0, hwnd,
                                         NULL, inst, NULL);
            return 0;
        }
        case WM_SIZE: {
            int w = LOWORD(lparam), h = HIWORD(lparam);
            MoveWindow(app.list, 0, 0, w, h - 24, TRUE);
            MoveWindow(app.status, 0, h - 22, w, 22, TRUE);
            return 0;
        }
        case WM_NOTIFY: {
            NMHDR *hdr = (NMHDR *)lparam;
            if (hdr->hwndFrom == app.list && hdr->code == NM_CUSTOMDRAW) return custom_draw((NMLVCUSTOMDRAW *)lparam);
            if (hdr->hwndFrom == app.list && hdr->code == NM_DBLCLK) {
                int row = ((NMITEMACTIVATE *)lparam)->iItem;
                if (row >= 0 && row < app.count) {
                    char id[80];
                    snprintf(id, sizeof id, "%s%s", app.convs[row].type == 2 ? "group_" : "c2c_", app.convs[row].id);
                    TIMConvCleanConversationUnreadMessageCount(id, 0, 0, on_result, NULL);
                }
            }
            if (hdr->hwndFrom == app.list && hdr->code == LVN_KEYDOWN && ((NMLVKEYDOWN *)lparam)->wVKey == 'P') {
                int row = ListView_GetNextItem(app.list, -1, LVNI_SELECTED);
                if (row >= 0 && row < app.count) {
                    TIMConvPinConversation(app.convs[row].id, (enum TIMConvType)app.convs[row].type,
                                           !app.convs[row].pinned, on_result, NULL);
                }
            }
            return 0;
        }
        case WM_BACKEND_DONE:
            /* Callbacks run in call order: once this one's answer is here, the pushes are shown. */
            if ((int)wparam > 0) TIMConvGetTotalUnreadMessageCount(on_settled, NULL);
            return 0;
        case WM_TIMER:
            if (wparam == TIMER_TRAFFIC) start_backend(0);
            if (wparam == TIMER_FILES && app.waiting_go) {
                char go[16];
                snprintf(go, sizeof go, "go%d", app.phase);
                if (file_exists(go)) {
                    app.waiting_go = false;
                    if (app.phase == 1) {
                        app.phase = 2;
                        start_backend(2);
                    } else {
                        KillTimer(hwnd, TIMER_FILES);
                        finish_test();
                    }
                }
            }
            return 0;
        case WM_DESTROY:
            PostQuitMessage(0);
            return 0;
        default: return DefWindowProcW(hwnd, msg, wparam, lparam);
    }
}

static void TIM_CALL on_login(int32_t code, const char *desc, const char *json, const void *ud) {
    (void)json;
    (void)ud;
    on_callback_thread();
    if (code != 0) {
        wchar_t text[256];
        _snwprintf(text, 256, L"login failed: %d", code);
        SetWindowTextW(app.status, text);
        (void)desc;
        return;
    }
    app.phase = 1;
    start_backend(1);
    if (!app.test_dir) SetTimer(app.window, TIMER_TRAFFIC, 1500, NULL);
}

int WINAPI WinMain(HINSTANCE inst, HINSTANCE prev, LPSTR cmd, int show_cmd) {
    (void)prev;
    (void)cmd;
    app.ui_thread = GetCurrentThreadId();
    for (int i = 1; i + 1 < __argc; i++) {
        if (strcmp(__argv[i], "--test") == 0) app.test_dir = __argv[i + 1];
    }
    INITCOMMONCONTROLSEX icc = {sizeof icc, ICC_LISTVIEW_CLASSES};
    InitCommonControlsEx(&icc);
    WNDCLASSW wc;
    memset(&wc, 0, sizeof wc);
    wc.lpfnWndProc = window_proc;
    wc.hInstance = inst;
    wc.hCursor = LoadCursor(NULL, IDC_ARROW);
    wc.hbrBackground = (HBRUSH)(COLOR_BTNFACE + 1);
    wc.lpszClassName = L"timconv-conversations";
    RegisterClassW(&wc);
    app.window = CreateWindowExW(0, wc.lpszClassName, L"timconv - Conversations", WS_OVERLAPPEDWINDOW, 40, 30, 600,
                                 330, NULL, NULL, inst, NULL);
    ShowWindow(app.window, show_cmd);
    UpdateWindow(app.window);

    /* The data lives next to the test files, or in a fresh temp folder. */
    char dir[MAX_PATH], config[2 * MAX_PATH + 64], escaped[2 * MAX_PATH];
    if (app.test_dir) {
        snprintf(dir, sizeof dir, "%s\\data", app.test_dir);
    } else {
        GetTempPathA(MAX_PATH, dir);
        strncat(dir, "timconv-win32-example", sizeof dir - strlen(dir) - 1);
    }
    size_t n = 0;
    for (const char *c = dir; *c && n + 2 < sizeof escaped; c++) escaped[n++] = *c == '\\' ? '/' : *c;
    escaped[n] = '\0';
    snprintf(config, sizeof config, "{\"%s\":\"%s\"}", kTIMSdkConfigConfigFilePath, escaped);

    TIMSetConvEventCallback(on_conv_event, NULL);
    TIMSetConvTotalUnreadMessageCountChangedCallback(on_total_unread, NULL);
    if (TIMInit(1400000001, config) != TIM_SUCC) return 1;
    TIMLogin(app.test_dir ? "alice" : "alice-demo", "sig", on_login, NULL);
    if (app.test_dir) SetTimer(app.window, TIMER_FILES, 50, NULL);

    MSG msg;
    while (GetMessageW(&msg, NULL, 0, 0) > 0) {
        TranslateMessage(&msg);
        DispatchMessageW(&msg);
    }
    TIMUninit();
    return app.off_thread == 0 ? 0 : 2;
}
