//! Helpers shared by the benchmarks: a synchronous call wrapper over the C API, data setup.
#![allow(dead_code)]

pub mod ingest;
pub mod search;

use std::ffi::{c_char, c_void, CStr, CString};
use std::path::PathBuf;
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

use serde_json::json;
use timconv::ffi::defs::TIMCommCallback;
use timconv::ffi::ext::TIMExtReceiveMessages;
use timconv::ffi::manager::*;

struct Slot {
    done: Mutex<Option<(i32, String)>>,
    ready: Condvar,
}

unsafe extern "C" fn on_reply(code: i32, _: *const c_char, json: *const c_char, ud: *const c_void) {
    // SAFETY: `ud` is the caller's live Slot; `json` is valid during the call.
    let slot = unsafe { &*(ud as *const Slot) };
    let text = unsafe { CStr::from_ptr(json) }.to_string_lossy().into_owned();
    *slot.done.lock().unwrap() = Some((code, text));
    slot.ready.notify_all();
}

/// Calls `f(cb, user_data)` and waits for its callback: (code, json, elapsed).
pub fn call(f: impl FnOnce(TIMCommCallback, *const c_void) -> i32) -> (i32, String, Duration) {
    let slot = Slot { done: Mutex::new(None), ready: Condvar::new() };
    let start = Instant::now();
    assert_eq!(f(Some(on_reply), &slot as *const Slot as *const c_void), 0);
    let mut done = slot.done.lock().unwrap();
    while done.is_none() {
        done = slot.ready.wait(done).unwrap();
    }
    let elapsed = start.elapsed();
    let (code, json) = done.take().unwrap();
    (code, json, elapsed)
}

unsafe extern "C" fn on_reply_len(code: i32, _: *const c_char, json: *const c_char, ud: *const c_void) {
    // SAFETY: `ud` is the caller's live Slot; `json` is valid during the call.
    let slot = unsafe { &*(ud as *const Slot) };
    let len = unsafe { CStr::from_ptr(json) }.to_bytes().len();
    *slot.done.lock().unwrap() = Some((code, len.to_string()));
    slot.ready.notify_all();
}

/// Like [`call`], but the callback only notes the result's length (as a string), so timing a
/// large result does not include copying it.
pub fn call_len(f: impl FnOnce(TIMCommCallback, *const c_void) -> i32) -> (i32, usize, Duration) {
    let slot = Slot { done: Mutex::new(None), ready: Condvar::new() };
    let start = Instant::now();
    assert_eq!(f(Some(on_reply_len), &slot as *const Slot as *const c_void), 0);
    let mut done = slot.done.lock().unwrap();
    while done.is_none() {
        done = slot.ready.wait(done).unwrap();
    }
    let elapsed = start.elapsed();
    let (code, len) = done.take().unwrap();
    (code, len.parse().unwrap(), elapsed)
}

/// Copies a directory tree.
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A fresh data directory for this benchmark run.
pub fn data_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("timconv-bench-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

pub fn init_login(dir: &PathBuf, user: &str) {
    let config = CString::new(json!({"sdk_config_config_file_path": dir}).to_string()).unwrap();
    assert_eq!(TIMInit(1, config.as_ptr()), 0);
    let user = CString::new(user).unwrap();
    let (code, _, _) = call(|cb, ud| TIMLogin(user.as_ptr(), user.as_ptr(), cb, ud));
    assert_eq!(code, 0);
}

/// Creates `n` conversations with one text message each (every third is a group), in batches.
pub fn populate(n: usize) {
    for chunk in (0..n).collect::<Vec<_>>().chunks(500) {
        let msgs: Vec<_> = chunk
            .iter()
            .map(|i| {
                let (id, t) = if i % 3 == 0 { (format!("group{i}"), 2) } else { (format!("user{i}"), 1) };
                json!({"message_conv_id": id, "message_conv_type": t, "message_sender": format!("user{i}"),
                       "message_elem_array": [{"elem_type": 0, "text_elem_content": format!("hello from {i}, a message of ordinary length")}]})
            })
            .collect();
        let text = CString::new(serde_json::Value::from(msgs).to_string()).unwrap();
        let (code, _, _) = call(|cb, ud| TIMExtReceiveMessages(text.as_ptr(), cb, ud));
        assert_eq!(code, 0);
    }
}

/// Median of `samples`.
pub fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort_unstable();
    samples[samples.len() / 2]
}

/// `--name value` from the command line.
pub fn arg(name: &str, default: usize) -> usize {
    let argv: Vec<String> = std::env::args().collect();
    argv.windows(2).find(|w| w[0] == name).map_or(default, |w| w[1].parse().expect("a number"))
}
