/*
 * The platform-specific pieces of the live demo, behind a few small functions: terminal mode,
 * keys, the window size, sleeping and a temporary directory. POSIX is the tested branch; the
 * Windows branch (console VT mode, _getch) shows where a port goes and is untested.
 *
 * Everything the demo draws is plain text with ANSI escape sequences, which both support.
 */
#ifndef TIMCONV_EXAMPLE_LIVE_PLATFORM_H
#define TIMCONV_EXAMPLE_LIVE_PLATFORM_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Keys read by term_read_key (other keys are their character code). */
enum {
    KEY_NONE = -1,
    KEY_UP = 1000,
    KEY_DOWN,
    KEY_ENTER,
    KEY_ESCAPE,
    KEY_BACKSPACE,
    KEY_DELETE,
};

#ifndef _WIN32 /* ---- POSIX --------------------------------------------------------------- */

#include <ftw.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static struct termios term_saved;
static bool term_raw_on = false;

/* Both standard input and output are a terminal: a person is watching and typing. */
static inline bool term_is_interactive(void) { return isatty(0) && isatty(1); }

/* Keys arrive one at a time without echo; Ctrl-C still interrupts. */
static inline bool term_raw_begin(void) {
    if (tcgetattr(0, &term_saved) != 0) return false;
    struct termios raw = term_saved;
    raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
    raw.c_iflag &= ~(tcflag_t)(IXON | ICRNL);
    raw.c_cc[VMIN] = 0;
    raw.c_cc[VTIME] = 0;
    if (tcsetattr(0, TCSAFLUSH, &raw) != 0) return false;
    term_raw_on = true;
    return true;
}

static inline void term_raw_end(void) {
    if (term_raw_on) tcsetattr(0, TCSAFLUSH, &term_saved);
    term_raw_on = false;
}

static inline int term_getc(int timeout_ms) {
    struct pollfd fd = {0, POLLIN, 0};
    if (poll(&fd, 1, timeout_ms) <= 0) return -1;
    unsigned char c;
    return read(0, &c, 1) == 1 ? c : -1;
}

/* The next key, or KEY_NONE after timeout_ms. Arrow keys arrive as ESC [ A / ESC O A. */
static inline int term_read_key(int timeout_ms) {
    int c = term_getc(timeout_ms);
    if (c < 0) return KEY_NONE;
    if (c == 27) {
        int c1 = term_getc(30);
        if (c1 != '[' && c1 != 'O') return KEY_ESCAPE;
        int c2 = term_getc(30);
        if (c2 == 'A') return KEY_UP;
        if (c2 == 'B') return KEY_DOWN;
        if (c2 == '3' && term_getc(30) == '~') return KEY_DELETE;
        return KEY_NONE;
    }
    if (c == '\r' || c == '\n') return KEY_ENTER;
    if (c == 127 || c == 8) return KEY_BACKSPACE;
    return c;
}

/* The window size; 24 x 80 when it cannot be known (a pipe). */
static inline void term_size(int *rows, int *cols) {
    struct winsize ws;
    *rows = 24;
    *cols = 80;
    if (ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 && ws.ws_col > 0) {
        *rows = ws.ws_row;
        *cols = ws.ws_col;
    }
}

static inline void sleep_ms(int ms) {
    struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

/* A new private directory for the demo's data; false if none could be made. */
static inline bool temp_dir_create(char *path, size_t size) {
    const char *base = getenv("TMPDIR");
    snprintf(path, size, "%s/timconv-live-XXXXXX", base && *base ? base : "/tmp");
    return mkdtemp(path) != NULL;
}

static inline int temp_dir_remove_entry(const char *path, const struct stat *st, int flag,
                                        struct FTW *ftw) {
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

static inline void temp_dir_remove(const char *path) {
    nftw(path, temp_dir_remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

#else /* ---- Windows (untested) -------------------------------------------------------------- */

#include <conio.h>
#include <direct.h>
#include <io.h>
#include <windows.h>
#include <shellapi.h>

static DWORD term_saved_mode;

static inline bool term_is_interactive(void) { return _isatty(0) && _isatty(1); }

static inline bool term_raw_begin(void) {
    HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE);
    if (!GetConsoleMode(out, &term_saved_mode)) return false;
    return SetConsoleMode(out, term_saved_mode | ENABLE_VIRTUAL_TERMINAL_PROCESSING) != 0;
}

static inline void term_raw_end(void) {
    SetConsoleMode(GetStdHandle(STD_OUTPUT_HANDLE), term_saved_mode);
}

static inline int term_read_key(int timeout_ms) {
    for (int waited = 0; !_kbhit(); waited += 10) {
        if (waited >= timeout_ms) return KEY_NONE;
        Sleep(10);
    }
    int c = _getch();
    if (c == 0 || c == 0xE0) {
        int c2 = _getch();
        return c2 == 72 ? KEY_UP : c2 == 80 ? KEY_DOWN : c2 == 83 ? KEY_DELETE : KEY_NONE;
    }
    if (c == '\r') return KEY_ENTER;
    if (c == 27) return KEY_ESCAPE;
    if (c == 8) return KEY_BACKSPACE;
    return c;
}

static inline void term_size(int *rows, int *cols) {
    CONSOLE_SCREEN_BUFFER_INFO info;
    *rows = 24;
    *cols = 80;
    if (GetConsoleScreenBufferInfo(GetStdHandle(STD_OUTPUT_HANDLE), &info)) {
        *rows = info.srWindow.Bottom - info.srWindow.Top + 1;
        *cols = info.srWindow.Right - info.srWindow.Left + 1;
    }
}

static inline void sleep_ms(int ms) { Sleep((DWORD)ms); }

static inline bool temp_dir_create(char *path, size_t size) {
    char base[MAX_PATH];
    if (GetTempPathA(sizeof base, base) == 0) return false;
    snprintf(path, size, "%stimconv-live-%lu", base, (unsigned long)GetCurrentProcessId());
    return _mkdir(path) == 0;
}

static inline void temp_dir_remove(const char *path) {
    char from[MAX_PATH + 2] = {0};
    snprintf(from, MAX_PATH, "%s", path); /* double NUL-terminated */
    SHFILEOPSTRUCTA op = {0};
    op.wFunc = FO_DELETE;
    op.pFrom = from;
    op.fFlags = FOF_NO_UI;
    SHFileOperationA(&op);
}

#endif

#endif /* TIMCONV_EXAMPLE_LIVE_PLATFORM_H */
