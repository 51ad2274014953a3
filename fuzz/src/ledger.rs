//! Exactly-once accounting of completion callbacks.
//!
//! Every call gets a fresh ticket as its `user_data`. A call returning `TIM_SUCC` must get
//! exactly one callback; a call returning anything else must never get one. Any breach (a
//! second callback, a callback for a refused call, no callback in time, a result that is not
//! JSON) aborts the process, so the fuzzer keeps the input.

use std::collections::BTreeMap;
use std::ffi::CStr;
use std::os::raw::{c_char, c_int, c_void};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::Duration;

use timconv::ffi::defs::TIMCommCallback;

/// How long a callback may take before the call counts as hung.
const TIMEOUT: Duration = Duration::from_secs(10);

/// One completion callback as received.
#[derive(Clone, Debug)]
pub struct Reply {
    pub code: i32,
    pub desc: String,
    pub json: String,
}

/// Tickets in flight: `None` until their callback arrives.
static PENDING: Mutex<BTreeMap<usize, Option<Reply>>> = Mutex::new(BTreeMap::new());
static ARRIVED: Condvar = Condvar::new();
static NEXT: AtomicUsize = AtomicUsize::new(1);

/// Reports a broken contract and aborts (the fuzzer records the input as a crash).
pub fn fail(what: &str) -> ! {
    eprintln!("timconv contract violated: {what}");
    crate::history::dump();
    std::process::abort()
}

/// The callback every fuzzed call is given.
pub const CB: TIMCommCallback = Some(on_reply);

/// Reads a callback string argument; NULL or invalid UTF-8 breaks the contract.
///
/// # Safety
/// `ptr` is NULL or a NUL-terminated string valid for the call.
pub unsafe fn arg_text(ptr: *const c_char, what: &str) -> String {
    if ptr.is_null() {
        fail(&format!("{what} is NULL"));
    }
    // SAFETY: non-NULL and NUL-terminated per the library's contract.
    match unsafe { CStr::from_ptr(ptr) }.to_str() {
        Ok(s) => s.to_owned(),
        Err(_) => fail(&format!("{what} is not UTF-8")),
    }
}

/// Checks that a result or listener argument is "" or well-formed JSON.
pub fn check_json(text: &str, what: &str) {
    if !text.is_empty() && serde_json::from_str::<serde::de::IgnoredAny>(text).is_err() {
        fail(&format!("{what} is not JSON: {text:?}"));
    }
}

unsafe extern "C" fn on_reply(code: i32, desc: *const c_char, json: *const c_char, user_data: *const c_void) {
    // SAFETY: the library passes valid strings for the duration of the call.
    let (desc, json) = unsafe { (arg_text(desc, "desc"), arg_text(json, "json_params")) };
    check_json(&json, "json_params");
    let mut pending = PENDING.lock().unwrap_or_else(|e| e.into_inner());
    match pending.get_mut(&(user_data as usize)) {
        Some(slot @ None) => *slot = Some(Reply { code, desc, json }),
        Some(Some(_)) => fail(&format!("second callback (code {code}) for one call")),
        None => fail(&format!("callback (code {code}, {desc:?}) for a refused or finished call")),
    }
    ARRIVED.notify_all();
}

/// A fresh ticket, registered as in flight.
fn ticket() -> usize {
    let t = NEXT.fetch_add(1, Ordering::Relaxed);
    PENDING.lock().unwrap_or_else(|e| e.into_inner()).insert(t, None);
    t
}

/// Settles a call made with ticket `t` that returned `ret`: its reply if accepted, else `None`
/// (and the ticket is retired: a callback for it later aborts).
fn settle(ret: c_int, t: usize) -> Option<Reply> {
    if !(-6..=0).contains(&ret) {
        fail(&format!("returned {ret}, not a TIMResult"));
    }
    let mut pending = PENDING.lock().unwrap_or_else(|e| e.into_inner());
    if ret != 0 {
        if let Some(Some(r)) = pending.remove(&t) {
            fail(&format!("refused call (returned {ret}) got a callback (code {})", r.code));
        }
        return None;
    }
    let (mut pending, waited) = ARRIVED
        .wait_timeout_while(pending, TIMEOUT, |p| matches!(p.get(&t), Some(None)))
        .unwrap_or_else(|e| e.into_inner());
    if waited.timed_out() {
        fail("no callback within the timeout for an accepted call");
    }
    pending.remove(&t).flatten()
}

/// A call whose callback has not been waited for yet.
#[must_use = "a started call must be finished"]
pub struct Pending {
    ticket: usize,
    ret: c_int,
}

impl Pending {
    /// Waits for the callback if the call was accepted; `None` if it was refused.
    pub fn finish(self) -> Option<Reply> {
        settle(self.ret, self.ticket)
    }
}

/// Starts one call: `f` gets the callback and a fresh `user_data`.
pub fn start(f: impl FnOnce(TIMCommCallback, *const c_void) -> c_int) -> Pending {
    let ticket = ticket();
    let ret = f(CB, ticket as *const c_void);
    Pending { ticket, ret }
}

/// Makes one call: returns the reply if the call was accepted (having waited for it), `None`
/// if refused.
pub fn call(f: impl FnOnce(TIMCommCallback, *const c_void) -> c_int) -> Option<Reply> {
    start(f).finish()
}

/// Like [`call`], for calls that must be accepted and succeed (fixture setup).
pub fn call_ok(what: &str, f: impl FnOnce(TIMCommCallback, *const c_void) -> c_int) -> Reply {
    match call(f) {
        Some(r) if r.code == 0 => r,
        Some(r) => fail(&format!("{what}: callback code {} ({})", r.code, r.desc)),
        None => fail(&format!("{what}: refused")),
    }
}

/// Checks the return value of a call without a callback.
pub fn check_sync(ret: c_int) {
    if !(-6..=0).contains(&ret) {
        fail(&format!("returned {ret}, not a TIMResult"));
    }
}
