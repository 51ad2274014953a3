//! Lifecycle under pressure, through the C API: concurrent `TIMUninit` calls and floods of
//! calls made before `TIMInit`.

mod common;

use std::collections::HashSet;
use std::os::raw::{c_char, c_void};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex};
use std::thread::{self, ThreadId};
use std::time::Duration;

use common::*;
use timconv::ffi::{conversation::*, manager::*};

static DONE: AtomicUsize = AtomicUsize::new(0);

unsafe extern "C" fn slow_count(_: i32, _: *const c_char, _: *const c_char, _: *const c_void) {
    thread::sleep(Duration::from_micros(20));
    DONE.fetch_add(1, Ordering::SeqCst);
}

#[test]
fn every_concurrent_uninit_returns_only_after_the_worker_finished() {
    let _g = lock();
    for round in 0..3 {
        init_login(&temp_dir("uninit-race"), "me");
        DONE.store(0, Ordering::SeqCst);
        const CALLS: usize = 5_000;
        for _ in 0..CALLS {
            assert_eq!(TIMConvGetTotalUnreadMessageCount(Some(slow_count), std::ptr::null()), 0);
        }
        let seen_at_return: Vec<usize> = (0..2)
            .map(|_| {
                thread::spawn(|| {
                    TIMUninit();
                    DONE.load(Ordering::SeqCst)
                })
            })
            .collect::<Vec<_>>()
            .into_iter()
            .map(|h| h.join().unwrap())
            .collect();
        assert_eq!(
            seen_at_return,
            [CALLS, CALLS],
            "round {round}: a TIMUninit returned with callbacks pending"
        );
    }
}

/// Pre-init callbacks wait here until the test opens the gate.
static GATE: Mutex<bool> = Mutex::new(false);
static OPENED: Condvar = Condvar::new();
static SEEN: Mutex<Vec<(usize, i32, ThreadId)>> = Mutex::new(Vec::new());

unsafe extern "C" fn gated(code: i32, _: *const c_char, _: *const c_char, ud: *const c_void) {
    let mut open = GATE.lock().unwrap();
    while !*open {
        open = OPENED.wait(open).unwrap();
    }
    drop(open);
    SEEN.lock().unwrap().push((ud as usize, code, thread::current().id()));
}

fn thread_count() -> usize {
    std::fs::read_dir("/proc/self/task").map(|d| d.count()).unwrap_or(0)
}

#[test]
fn a_flood_of_calls_before_init_is_answered_by_one_thread_never_inside_the_call() {
    let _g = lock();
    *GATE.lock().unwrap() = false;
    SEEN.lock().unwrap().clear();
    let before = thread_count();
    const CALLS: usize = 2_000;
    for i in 1..=CALLS {
        assert_eq!(TIMConvGetConvList(Some(gated), i as *const c_void), 0);
    }
    assert!(SEEN.lock().unwrap().is_empty(), "no callback inside a call");
    let during = thread_count();
    assert!(during <= before + 2, "{before} threads before the flood, {during} during it");

    *GATE.lock().unwrap() = true;
    OPENED.notify_all();
    TIMUninit(); // waits for every pre-init callback
    let seen = SEEN.lock().unwrap().clone();
    assert_eq!(seen.len(), CALLS);
    let ids: HashSet<usize> = seen.iter().map(|s| s.0).collect();
    assert_eq!(ids.len(), CALLS, "each call answered exactly once");
    assert!(seen.iter().all(|s| s.1 == 6013 && s.2 != thread::current().id()));
    let order: Vec<usize> = seen.iter().map(|s| s.0).collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "answered in submission order");
}

static API_CALLED_FROM_DRAIN: AtomicUsize = AtomicUsize::new(0);

unsafe extern "C" fn slow_then_call_api(_: i32, _: *const c_char, _: *const c_char, _: *const c_void) {
    thread::sleep(Duration::from_millis(150)); // TIMUninit starts meanwhile
    TIMConvGetTotalUnreadMessageCount(None, std::ptr::null());
    API_CALLED_FROM_DRAIN.fetch_add(1, Ordering::SeqCst);
}

#[test]
fn uninit_does_not_deadlock_when_a_drained_callback_calls_the_api() {
    let _g = lock();
    init_login(&temp_dir("uninit-drain-call"), "me");
    assert_eq!(TIMConvGetConvList(Some(slow_then_call_api), std::ptr::null()), 0);
    thread::sleep(Duration::from_millis(30));
    let (done_tx, done_rx) = std::sync::mpsc::channel();
    thread::spawn(move || {
        TIMUninit();
        let _ = done_tx.send(());
    });
    assert!(done_rx.recv_timeout(Duration::from_secs(10)).is_ok(), "TIMUninit deadlocked");
    assert_eq!(API_CALLED_FROM_DRAIN.load(Ordering::SeqCst), 1);
}
