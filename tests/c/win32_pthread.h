/*
 * The part of POSIX threads the C tests use, over Win32 (SRW locks, condition variables,
 * _beginthreadex), for compilers without pthreads (MSVC). platform.h includes it on MSVC, or
 * with MinGW when TIMCONV_TEST_WIN32_THREADS is defined (that is how .ci/windows runs it
 * under Wine). Names are macros over w32_* so that they never clash with a system pthread.h.
 *
 * Covered: pthread_create/join/self/equal, mutexes and condition variables (static
 * initialisers, timed waits on CLOCK_REALTIME deadlines), barriers, clock_gettime
 * (CLOCK_REALTIME, CLOCK_MONOTONIC) and nanosleep. Attributes are not supported (pass NULL).
 */
#ifndef TIMCONV_TEST_WIN32_PTHREAD_H
#define TIMCONV_TEST_WIN32_PTHREAD_H

#include <windows.h>
#include <errno.h>
#include <process.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>

#ifndef ETIMEDOUT
#define ETIMEDOUT 138
#endif

typedef struct w32_thread_start {
    void *(*fn)(void *);
    void *arg;
    void *result;
} w32_thread_start;

typedef struct w32_thread {
    HANDLE handle;
    DWORD id;
    w32_thread_start *start;
} w32_thread;

typedef struct w32_barrier {
    SRWLOCK lock;
    CONDITION_VARIABLE all_here;
    unsigned count, waiting, generation;
} w32_barrier;

#define pthread_t w32_thread
#define pthread_mutex_t SRWLOCK
#define pthread_cond_t CONDITION_VARIABLE
#define pthread_barrier_t w32_barrier
#define PTHREAD_MUTEX_INITIALIZER SRWLOCK_INIT
#define PTHREAD_COND_INITIALIZER CONDITION_VARIABLE_INIT
#define PTHREAD_BARRIER_SERIAL_THREAD (-1)

#define pthread_create w32_thread_create
#define pthread_join w32_thread_join
#define pthread_self w32_thread_self
#define pthread_equal w32_thread_equal
#define pthread_mutex_init w32_mutex_init
#define pthread_mutex_lock w32_mutex_lock
#define pthread_mutex_unlock w32_mutex_unlock
#define pthread_mutex_destroy w32_mutex_destroy
#define pthread_cond_init w32_cond_init
#define pthread_cond_wait w32_cond_wait
#define pthread_cond_timedwait w32_cond_timedwait
#define pthread_cond_signal w32_cond_signal
#define pthread_cond_broadcast w32_cond_broadcast
#define pthread_cond_destroy w32_cond_destroy
#define pthread_barrier_init w32_barrier_init
#define pthread_barrier_wait w32_barrier_wait
#define pthread_barrier_destroy w32_barrier_destroy
#define clock_gettime w32_clock_gettime
#define nanosleep w32_nanosleep
#ifndef CLOCK_REALTIME
#define CLOCK_REALTIME 0
#endif
#ifndef CLOCK_MONOTONIC
#define CLOCK_MONOTONIC 1
#endif

static unsigned __stdcall w32_thread_main(void *p) {
    w32_thread_start *start = (w32_thread_start *)p;
    start->result = start->fn(start->arg);
    return 0;
}

static inline int w32_thread_create(w32_thread *t, const void *attr, void *(*fn)(void *), void *arg) {
    (void)attr;
    w32_thread_start *start = (w32_thread_start *)malloc(sizeof *start);
    if (start == NULL) return EAGAIN;
    start->fn = fn;
    start->arg = arg;
    start->result = NULL;
    unsigned id = 0;
    uintptr_t h = _beginthreadex(NULL, 0, w32_thread_main, start, 0, &id);
    if (h == 0) {
        free(start);
        return EAGAIN;
    }
    t->handle = (HANDLE)h;
    t->id = id;
    t->start = start;
    return 0;
}

static inline int w32_thread_join(w32_thread t, void **result) {
    if (WaitForSingleObject(t.handle, INFINITE) != WAIT_OBJECT_0) return EINVAL;
    if (result != NULL) *result = t.start->result;
    CloseHandle(t.handle);
    free(t.start);
    return 0;
}

static inline w32_thread w32_thread_self(void) {
    w32_thread t = {NULL, GetCurrentThreadId(), NULL};
    return t;
}

static inline int w32_thread_equal(w32_thread a, w32_thread b) {
    return a.id == b.id;
}

static inline int w32_mutex_init(SRWLOCK *m, const void *attr) {
    (void)attr;
    InitializeSRWLock(m);
    return 0;
}

static inline int w32_mutex_lock(SRWLOCK *m) {
    AcquireSRWLockExclusive(m);
    return 0;
}

static inline int w32_mutex_unlock(SRWLOCK *m) {
    ReleaseSRWLockExclusive(m);
    return 0;
}

static inline int w32_mutex_destroy(SRWLOCK *m) {
    (void)m;
    return 0;
}

static inline int w32_cond_init(CONDITION_VARIABLE *c, const void *attr) {
    (void)attr;
    InitializeConditionVariable(c);
    return 0;
}

static inline int w32_cond_wait(CONDITION_VARIABLE *c, SRWLOCK *m) {
    return SleepConditionVariableSRW(c, m, INFINITE, 0) ? 0 : EINVAL;
}

/* 100 ns units since 1601 -> timespec since 1970. */
static inline int w32_clock_gettime(int clock, struct timespec *ts) {
    if (clock == CLOCK_MONOTONIC) {
        LARGE_INTEGER now, freq;
        QueryPerformanceCounter(&now);
        QueryPerformanceFrequency(&freq);
        ts->tv_sec = (time_t)(now.QuadPart / freq.QuadPart);
        ts->tv_nsec = (long)((now.QuadPart % freq.QuadPart) * 1000000000LL / freq.QuadPart);
        return 0;
    }
    FILETIME ft;
    GetSystemTimeAsFileTime(&ft);
    long long t = (long long)(((unsigned long long)ft.dwHighDateTime << 32) | ft.dwLowDateTime);
    t -= 116444736000000000LL;
    ts->tv_sec = (time_t)(t / 10000000);
    ts->tv_nsec = (long)(t % 10000000) * 100;
    return 0;
}

static inline int w32_cond_timedwait(CONDITION_VARIABLE *c, SRWLOCK *m, const struct timespec *deadline) {
    struct timespec now;
    w32_clock_gettime(CLOCK_REALTIME, &now);
    long long ms = ((long long)deadline->tv_sec - (long long)now.tv_sec) * 1000 +
                   (deadline->tv_nsec - now.tv_nsec) / 1000000;
    if (ms <= 0) return ETIMEDOUT;
    if (SleepConditionVariableSRW(c, m, (DWORD)(ms > 0x7fffffff ? 0x7fffffff : ms), 0)) return 0;
    return GetLastError() == ERROR_TIMEOUT ? ETIMEDOUT : EINVAL;
}

static inline int w32_cond_signal(CONDITION_VARIABLE *c) {
    WakeConditionVariable(c);
    return 0;
}

static inline int w32_cond_broadcast(CONDITION_VARIABLE *c) {
    WakeAllConditionVariable(c);
    return 0;
}

static inline int w32_cond_destroy(CONDITION_VARIABLE *c) {
    (void)c;
    return 0;
}

static inline int w32_barrier_init(w32_barrier *b, const void *attr, unsigned count) {
    (void)attr;
    InitializeSRWLock(&b->lock);
    InitializeConditionVariable(&b->all_here);
    b->count = count;
    b->waiting = 0;
    b->generation = 0;
    return count == 0 ? EINVAL : 0;
}

static inline int w32_barrier_wait(w32_barrier *b) {
    AcquireSRWLockExclusive(&b->lock);
    unsigned generation = b->generation;
    if (++b->waiting == b->count) {
        b->waiting = 0;
        b->generation++;
        ReleaseSRWLockExclusive(&b->lock);
        WakeAllConditionVariable(&b->all_here);
        return PTHREAD_BARRIER_SERIAL_THREAD;
    }
    while (generation == b->generation) SleepConditionVariableSRW(&b->all_here, &b->lock, INFINITE, 0);
    ReleaseSRWLockExclusive(&b->lock);
    return 0;
}

static inline int w32_barrier_destroy(w32_barrier *b) {
    (void)b;
    return 0;
}

/* Rounds up to whole milliseconds. req and rem may be the same. */
static inline int w32_nanosleep(const struct timespec *req, struct timespec *rem) {
    DWORD ms = (DWORD)(req->tv_sec * 1000 + (req->tv_nsec + 999999) / 1000000);
    if (rem != NULL) rem->tv_sec = 0, rem->tv_nsec = 0;
    Sleep(ms);
    return 0;
}

#endif /* TIMCONV_TEST_WIN32_PTHREAD_H */
