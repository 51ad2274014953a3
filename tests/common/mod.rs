//! Helpers for tests that call the C API from Rust. The SDK is process-global, so every test
//! holds `lock()` while it runs.
#![allow(dead_code)]

use std::ffi::{CStr, CString};
use std::os::raw::{c_char, c_int, c_void};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::ThreadId;
use std::time::Duration;

use serde_json::Value;
use timconv::ffi::{conversation::*, ext::*, manager::*};

static LOCK: Mutex<()> = Mutex::new(());

/// Serialises tests that use the global SDK, and leaves it uninitialised afterwards.
pub fn lock() -> MutexGuard<'static, ()> {
    let guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    TIMUninit();
    guard
}

/// A fresh data directory, inside this test process's own directory under the system's
/// temporary directory. That directory is removed when the process exits, whatever the outcome;
/// set `TIMCONV_KEEP_TEST_DIRS=1` to keep it for a look after a failure.
pub fn temp_dir(tag: &str) -> PathBuf {
    static N: AtomicU64 = AtomicU64::new(0);
    let dir = process_dir().join(format!("{tag}-{}", N.fetch_add(1, Ordering::Relaxed)));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `<temp>/timconv-test-<pid>`, created on first use with its removal registered for exit.
fn process_dir() -> &'static std::path::Path {
    static DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        extern "C" {
            fn atexit(f: extern "C" fn()) -> c_int;
        }
        extern "C" fn remove_process_dir() {
            if std::env::var_os("TIMCONV_KEEP_TEST_DIRS").is_none() {
                if let Some(dir) = DIR.get() {
                    let _ = std::fs::remove_dir_all(dir);
                }
            }
        }
        let dir = std::env::temp_dir().join(format!("timconv-test-{}", std::process::id()));
        // SAFETY: registers a plain function with the C library; it runs once at exit.
        unsafe { atexit(remove_process_dir) };
        dir
    })
}

pub fn cs(s: &str) -> CString {
    CString::new(s).unwrap()
}

/// One callback as received.
#[derive(Clone, Debug)]
pub struct Reply {
    pub code: i32,
    pub desc: String,
    pub json: String,
    pub thread: ThreadId,
}

impl Reply {
    pub fn value(&self) -> Value {
        serde_json::from_str(&self.json).unwrap_or_else(|e| panic!("bad JSON {:?}: {e}", self.json))
    }
}

/// Collects callbacks; pass `Waiter::user_data` as `user_data` and `Waiter::CB` as `cb`.
#[derive(Default)]
pub struct Waiter {
    replies: Mutex<Vec<Reply>>,
    arrived: Condvar,
}

pub const CB: timconv::ffi::defs::TIMCommCallback = Some(on_reply);

unsafe extern "C" fn on_reply(code: i32, desc: *const c_char, json: *const c_char, ud: *const c_void) {
    // SAFETY: tests pass a live `Waiter` as user_data and valid strings arrive.
    let waiter = unsafe { &*(ud as *const Waiter) };
    let text = |p: *const c_char| unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned();
    let reply = Reply { code, desc: text(desc), json: text(json), thread: std::thread::current().id() };
    waiter.replies.lock().unwrap().push(reply);
    waiter.arrived.notify_all();
}

impl Waiter {
    pub fn new() -> Arc<Waiter> {
        Arc::new(Waiter::default())
    }

    pub fn ud(self: &Arc<Waiter>) -> *const c_void {
        Arc::as_ptr(self) as *const c_void
    }

    /// Waits until `n` callbacks arrived (panics after 10 s).
    pub fn wait_for(&self, n: usize) -> Vec<Reply> {
        let guard = self.replies.lock().unwrap();
        let (guard, timeout) =
            self.arrived.wait_timeout_while(guard, Duration::from_secs(10), |r| r.len() < n).unwrap();
        assert!(!timeout.timed_out(), "waited for {n} callbacks, got {}", guard.len());
        guard.clone()
    }

    /// The single next reply (waits for one more than already seen).
    pub fn next(&self) -> Reply {
        let seen = self.count();
        self.wait_for(seen + 1)[seen].clone()
    }

    pub fn count(&self) -> usize {
        self.replies.lock().unwrap().len()
    }
}

/// Calls `f(cb, user_data)` and returns its one callback.
pub fn call(f: impl FnOnce(timconv::ffi::defs::TIMCommCallback, *const c_void) -> c_int) -> Reply {
    let w = Waiter::new();
    assert_eq!(f(CB, w.ud()), 0, "call accepted");
    w.wait_for(1).remove(0)
}

/// Initialises with `dir` and logs in as `user`.
pub fn init_login(dir: &std::path::Path, user: &str) {
    let config = serde_json::json!({ "sdk_config_config_file_path": dir }).to_string();
    assert_eq!(TIMInit(1400000000, cs(&config).as_ptr()), 0);
    login(user);
}

pub fn login(user: &str) {
    let r = call(|cb, ud| TIMLogin(cs(user).as_ptr(), cs("sig").as_ptr(), cb, ud));
    assert_eq!(r.code, 0, "login failed: {}", r.desc);
}

/// Pushes messages from the "server".
pub fn receive(msgs: Value) -> Reply {
    let text = cs(&msgs.to_string());
    let r = call(|cb, ud| TIMExtReceiveMessages(text.as_ptr(), cb, ud));
    assert_eq!(r.code, 0, "{}", r.desc);
    r
}

/// A text message from `sender` in conversation `conv` (type 1 or 2).
pub fn text(conv: &str, conv_type: u32, sender: &str, body: &str) -> Value {
    serde_json::json!({
        "message_conv_id": conv, "message_conv_type": conv_type, "message_sender": sender,
        "message_elem_array": [{"elem_type": 0, "text_elem_content": body}]
    })
}

/// The conversation list.
pub fn conv_list() -> Vec<Value> {
    let r = call(|cb, ud| TIMConvGetConvList(cb, ud));
    assert_eq!(r.code, 0);
    r.value().as_array().unwrap().clone()
}

pub fn list_ids() -> Vec<String> {
    conv_list().iter().map(|c| c["conv_id"].as_str().unwrap().to_owned()).collect()
}

pub fn total_unread() -> i64 {
    let r = call(|cb, ud| TIMConvGetTotalUnreadMessageCount(cb, ud));
    r.value()["conv_get_total_unread_message_count_result_unread_count"].as_i64().unwrap()
}
