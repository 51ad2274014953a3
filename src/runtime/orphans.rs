//! Callbacks for calls accepted while the SDK is not initialised (the real SDK reports 6013
//! through the callback). Each runs on a short-lived thread that `TIMInit`/`TIMUninit` join,
//! so none outlives `TIMUninit`.

use std::thread::{self, JoinHandle};

use once_cell::sync::Lazy;
use parking_lot::Mutex;

use super::completion::Completion;

static PENDING: Lazy<Mutex<Vec<JoinHandle<()>>>> = Lazy::new(|| Mutex::new(Vec::new()));

/// Reports `code` to the completion from another thread, after the API call has returned.
pub fn reject(completion: Completion, code: i32, desc: &'static str) {
    let mut pending = PENDING.lock();
    pending.retain(|h| !h.is_finished());
    // If no thread can be had, the completion was moved into the failed closure and dropped,
    // which reports an internal error on this thread: nothing better is possible.
    if let Ok(handle) = thread::Builder::new()
        .name("timconv-reject".into())
        .spawn(move || completion.complete(code, desc, ""))
    {
        pending.push(handle);
    }
}

/// Waits for every pending rejection callback.
pub fn join_all() {
    loop {
        let handles: Vec<_> = std::mem::take(&mut *PENDING.lock());
        if handles.is_empty() {
            return;
        }
        for h in handles {
            if h.thread().id() != thread::current().id() {
                let _ = h.join();
            }
        }
    }
}

/// Whether no rejection callback is running or waiting to run.
pub fn all_done() -> bool {
    PENDING.lock().iter().all(|h| h.is_finished())
}
