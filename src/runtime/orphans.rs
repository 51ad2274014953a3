//! Callbacks for calls accepted while the SDK is not initialised (the real SDK reports 6013
//! through the callback). One short-lived thread at a time drains them in order, so a flood of
//! such calls never creates more than one thread, and `TIMInit`/`TIMUninit` wait until every
//! one was delivered, so none outlives `TIMUninit`.
//!
//! A callback never runs inside the API call: if no thread can be started, or too many
//! rejections are already waiting, the call is refused synchronously instead (no callback).

use std::cell::Cell;
use std::collections::VecDeque;
use std::thread;

use once_cell::sync::Lazy;
use parking_lot::{Condvar, Mutex};

use super::completion::Completion;

/// Most rejections waiting for delivery; beyond this, calls are refused synchronously.
pub const MAX_PENDING: usize = 65_536;

struct Rejection {
    completion: Completion,
    code: i32,
    desc: std::borrow::Cow<'static, str>,
    json: String,
}

#[derive(Default)]
struct State {
    pending: VecDeque<Rejection>,
    /// Whether the delivering thread is running (it exits when nothing is pending).
    delivering: bool,
}

#[derive(Default)]
struct Rejections {
    state: Mutex<State>,
    /// Signalled when the delivering thread stops.
    idle: Condvar,
}

static REJECTIONS: Lazy<Rejections> = Lazy::new(Rejections::default);

thread_local! {
    /// Set on the delivering thread, whose callbacks may call `TIMInit`/`TIMUninit`.
    static ON_DELIVERY_THREAD: Cell<bool> = const { Cell::new(false) };
}

/// Queues `code` for the completion, to be reported after the API call returned. Returns the
/// completion back if it cannot be queued (the caller then refuses the call synchronously).
pub fn reject(completion: Completion, code: i32, desc: &'static str) -> Result<(), Completion> {
    queue(Rejection { completion, code, desc: desc.into(), json: String::new() })
}

/// As [`reject`], for an answer with its own description and result JSON (a call that works
/// before `TIMInit`).
pub fn answer(completion: Completion, code: i32, desc: String, json: String) -> Result<(), Completion> {
    queue(Rejection { completion, code, desc: desc.into(), json })
}

fn queue(rejection: Rejection) -> Result<(), Completion> {
    let r = &*REJECTIONS;
    let mut state = r.state.lock();
    if state.pending.len() >= MAX_PENDING {
        return Err(rejection.completion);
    }
    state.pending.push_back(rejection);
    if state.delivering {
        return Ok(());
    }
    match spawn_delivery() {
        Ok(()) => {
            state.delivering = true;
            Ok(())
        }
        Err(()) => Err(state.pending.pop_back().expect("just queued").completion),
    }
}

fn spawn_delivery() -> Result<(), ()> {
    #[cfg(test)]
    if tests::FAIL_SPAWN.load(std::sync::atomic::Ordering::Relaxed) {
        return Err(());
    }
    super::resident::stay_loaded();
    thread::Builder::new().name("timconv-reject".into()).spawn(deliver).map(drop).map_err(drop)
}

/// The delivering thread: reports each queued rejection in order, then exits.
fn deliver() {
    ON_DELIVERY_THREAD.with(|f| f.set(true));
    let r = &*REJECTIONS;
    loop {
        let next = {
            let mut state = r.state.lock();
            match state.pending.pop_front() {
                Some(next) => next,
                None => {
                    state.delivering = false;
                    r.idle.notify_all();
                    return;
                }
            }
        };
        next.completion.complete_owned(next.code, &next.desc, next.json);
    }
}

/// Waits until every queued rejection was delivered. From the delivering thread itself (a
/// callback calling `TIMInit`/`TIMUninit`) it cannot wait; the rest follow right after.
pub fn join_all() {
    if ON_DELIVERY_THREAD.with(Cell::get) {
        return;
    }
    let r = &*REJECTIONS;
    let mut state = r.state.lock();
    while state.delivering {
        r.idle.wait(&mut state);
    }
}

/// Whether no rejection callback is running or waiting to run.
pub fn all_done() -> bool {
    !REJECTIONS.state.lock().delivering
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

    use super::*;

    pub static FAIL_SPAWN: AtomicBool = AtomicBool::new(false);
    static CALLS: AtomicUsize = AtomicUsize::new(0);

    unsafe extern "C" fn count(
        _: i32,
        _: *const std::os::raw::c_char,
        _: *const std::os::raw::c_char,
        _: *const std::os::raw::c_void,
    ) {
        CALLS.fetch_add(1, Ordering::SeqCst);
    }

    #[test]
    fn without_a_thread_the_call_is_refused_and_nothing_calls_back_inside_it() {
        FAIL_SPAWN.store(true, Ordering::Relaxed);
        let refused = reject(Completion::new(Some(count), std::ptr::null()), 6013, "x");
        FAIL_SPAWN.store(false, Ordering::Relaxed);
        refused.expect_err("no thread, no queueing").disarm();
        assert_eq!(CALLS.load(Ordering::SeqCst), 0, "no callback on the caller's thread");

        for _ in 0..100 {
            assert!(reject(Completion::new(Some(count), std::ptr::null()), 6013, "x").is_ok());
        }
        join_all();
        assert_eq!(CALLS.load(Ordering::SeqCst), 100);
    }
}
