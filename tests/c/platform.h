/*
 * What the C tests and examples need from the operating system, spelled once for POSIX and
 * once for Windows. Header-only; include it before any other header (it sets feature macros).
 * Paths are UTF-8 on both (the library takes UTF-8 paths; on Windows this file converts them
 * to UTF-16 for the wide APIs).
 *
 *   platform_make_temp_dir(buf, size, prefix)  a fresh directory under the platform's temp dir
 *   platform_make_dir(path)                    creates one directory
 *   platform_remove_tree(path)                 deletes a directory and everything in it
 *   platform_exists(path)                      whether a file or directory is there
 *   platform_count_entries(dir, first, size)   number of names in dir (first one copied)
 *   platform_run_self(self, arg1, arg2)        runs this program again with two arguments,
 *                                              waits; its exit code, PLATFORM_KILLED if it
 *                                              ended by platform_die_now(), -1 on error
 *   platform_self_path(argv0, buf, size)       this program's path, for platform_run_self
 *   platform_die_now()                         ends the process at once: no cleanup, no atexit,
 *                                              no DLL detach (kill -9 / TerminateProcess)
 *
 * Threads are POSIX threads: <pthread.h> (MinGW has winpthreads), or on MSVC the subset in
 * win32_pthread.h.
 */
#ifndef TIMCONV_TEST_PLATFORM_H
#define TIMCONV_TEST_PLATFORM_H

#if !defined(_WIN32) && !defined(_XOPEN_SOURCE)
#define _XOPEN_SOURCE 700 /* mkdtemp, nftw, strdup, nanosleep, posix_spawn */
#endif
#if defined(_WIN32) && !defined(_WIN32_WINNT)
#define _WIN32_WINNT 0x0601 /* Windows 7: condition variables, SRW locks */
#endif
#ifdef _MSC_VER
#define _CRT_SECURE_NO_WARNINGS   /* snprintf, fopen as the tests use them */
#define _CRT_NONSTDC_NO_DEPRECATE /* strdup */
#endif

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What platform_run_self returns for a child that ended by platform_die_now(). */
#define PLATFORM_KILLED 137

#ifdef _WIN32
/* ---- Windows ------------------------------------------------------------------------------- */
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

/* UTF-8 -> UTF-16 into a fixed buffer; false if it does not fit. */
static inline bool platform_wide(const char *utf8, wchar_t *out, int count) {
    return MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, utf8, -1, out, count) > 0;
}

static inline bool platform_utf8(const wchar_t *wide, char *out, size_t size) {
    return WideCharToMultiByte(CP_UTF8, 0, wide, -1, out, (int)size, NULL, NULL) > 0;
}

static inline bool platform_make_dir(const char *path) {
    wchar_t w[MAX_PATH];
    return platform_wide(path, w, MAX_PATH) && CreateDirectoryW(w, NULL);
}

static inline bool platform_make_temp_dir(char *buf, size_t size, const char *prefix) {
    static LONG counter;
    wchar_t base[MAX_PATH];
    char base8[3 * MAX_PATH];
    DWORD n = GetTempPathW(MAX_PATH, base); /* ends with a backslash */
    if (n == 0 || n >= MAX_PATH || !platform_utf8(base, base8, sizeof base8)) return false;
    for (int attempt = 0; attempt < 100; attempt++) {
        unsigned long tag = (unsigned long)GetTickCount() ^ ((unsigned long)GetCurrentProcessId() << 12);
        int len = snprintf(buf, size, "%s%s-%lx-%ld", base8, prefix, tag,
                           (long)InterlockedIncrement(&counter));
        if (len <= 0 || (size_t)len >= size) return false;
        if (platform_make_dir(buf)) return true;
        if (GetLastError() != ERROR_ALREADY_EXISTS) return false;
    }
    return false;
}

static inline bool platform_remove_tree_w(const wchar_t *dir) {
    wchar_t pattern[MAX_PATH];
    if (_snwprintf(pattern, MAX_PATH, L"%ls\\*", dir) < 0) return false;
    WIN32_FIND_DATAW found;
    HANDLE h = FindFirstFileW(pattern, &found);
    if (h != INVALID_HANDLE_VALUE) {
        do {
            if (wcscmp(found.cFileName, L".") == 0 || wcscmp(found.cFileName, L"..") == 0) continue;
            wchar_t child[MAX_PATH];
            if (_snwprintf(child, MAX_PATH, L"%ls\\%ls", dir, found.cFileName) < 0) continue;
            if (found.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) {
                platform_remove_tree_w(child);
            } else {
                DeleteFileW(child);
            }
        } while (FindNextFileW(h, &found));
        FindClose(h);
    }
    return RemoveDirectoryW(dir) != 0;
}

static inline void platform_remove_tree(const char *path) {
    wchar_t w[MAX_PATH];
    if (platform_wide(path, w, MAX_PATH)) platform_remove_tree_w(w);
}

static inline bool platform_exists(const char *path) {
    wchar_t w[MAX_PATH];
    return platform_wide(path, w, MAX_PATH) && GetFileAttributesW(w) != INVALID_FILE_ATTRIBUTES;
}

static inline int platform_count_entries(const char *dir, char *first, size_t size) {
    wchar_t pattern[MAX_PATH], w[MAX_PATH];
    if (!platform_wide(dir, w, MAX_PATH) || _snwprintf(pattern, MAX_PATH, L"%ls\\*", w) < 0) return -1;
    WIN32_FIND_DATAW found;
    HANDLE h = FindFirstFileW(pattern, &found);
    if (h == INVALID_HANDLE_VALUE) return -1;
    int n = 0;
    do {
        if (wcscmp(found.cFileName, L".") == 0 || wcscmp(found.cFileName, L"..") == 0) continue;
        if (n++ == 0) platform_utf8(found.cFileName, first, size);
    } while (FindNextFileW(h, &found));
    FindClose(h);
    return n;
}

static inline bool platform_self_path(const char *argv0, char *buf, size_t size) {
    (void)argv0;
    wchar_t w[MAX_PATH];
    DWORD n = GetModuleFileNameW(NULL, w, MAX_PATH);
    return n > 0 && n < MAX_PATH && platform_utf8(w, buf, size);
}

/* Arguments are quoted as they are; they must not contain double quotes. */
static inline int platform_run_self(const char *self, const char *arg1, const char *arg2) {
    char line8[3 * MAX_PATH];
    wchar_t self_w[MAX_PATH], line[3 * MAX_PATH];
    int n = snprintf(line8, sizeof line8, "\"%s\" \"%s\" \"%s\"", self, arg1, arg2);
    if (n <= 0 || (size_t)n >= sizeof line8 || !platform_wide(self, self_w, MAX_PATH) ||
        !platform_wide(line8, line, 3 * MAX_PATH)) {
        return -1;
    }
    STARTUPINFOW si;
    PROCESS_INFORMATION pi;
    memset(&si, 0, sizeof si);
    si.cb = sizeof si;
    fflush(NULL);
    if (!CreateProcessW(self_w, line, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi)) return -1;
    DWORD code = (DWORD)-1;
    WaitForSingleObject(pi.hProcess, INFINITE);
    GetExitCodeProcess(pi.hProcess, &code);
    CloseHandle(pi.hThread);
    CloseHandle(pi.hProcess);
    return (int)code;
}

static inline void platform_die_now(void) {
    fflush(NULL);
    TerminateProcess(GetCurrentProcess(), PLATFORM_KILLED);
    abort();
}

#else
/* ---- POSIX --------------------------------------------------------------------------------- */
#include <dirent.h>
#include <ftw.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static inline bool platform_make_dir(const char *path) {
    return mkdir(path, 0700) == 0;
}

static inline bool platform_make_temp_dir(char *buf, size_t size, const char *prefix) {
    const char *base = getenv("TMPDIR");
    if (base == NULL || base[0] == '\0') base = "/tmp";
    int n = snprintf(buf, size, "%s/%s-XXXXXX", base, prefix);
    return n > 0 && (size_t)n < size && mkdtemp(buf) != NULL;
}

static inline int platform_remove_entry(const char *path, const struct stat *st, int flag,
                                        struct FTW *ftw) {
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

static inline void platform_remove_tree(const char *path) {
    nftw(path, platform_remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static inline bool platform_exists(const char *path) {
    struct stat st;
    return stat(path, &st) == 0;
}

static inline int platform_count_entries(const char *dir, char *first, size_t size) {
    DIR *d = opendir(dir);
    if (d == NULL) return -1;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        if (n++ == 0) snprintf(first, size, "%s", e->d_name);
    }
    closedir(d);
    return n;
}

static inline bool platform_self_path(const char *argv0, char *buf, size_t size) {
    int n = snprintf(buf, size, "%s", argv0);
    return n > 0 && (size_t)n < size;
}

static inline int platform_run_self(const char *self, const char *arg1, const char *arg2) {
    char *argv[] = {(char *)self, (char *)arg1, (char *)arg2, NULL};
    pid_t child;
    fflush(NULL);
    if (posix_spawn(&child, self, NULL, NULL, argv, environ) != 0) return -1;
    int status = 0;
    if (waitpid(child, &status, 0) != child) return -1;
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status); /* SIGKILL: PLATFORM_KILLED */
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static inline void platform_die_now(void) {
    fflush(NULL);
    kill(getpid(), SIGKILL);
    abort();
}
#endif

/* ---- threads ------------------------------------------------------------------------------ */
#if defined(_WIN32) && (defined(_MSC_VER) || defined(TIMCONV_TEST_WIN32_THREADS))
#include "win32_pthread.h"
#else
#include <pthread.h>
#endif

#endif /* TIMCONV_TEST_PLATFORM_H */
