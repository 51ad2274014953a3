//! T2: a fresh device's first login for a user in N rooms, until the first sync is applied
//! (the Finish event) and the whole conversation list has been read, against a bare login plus
//! the same `/sync` (same filter) parsed by serde_json. Alternated, three times each, medians.

use std::ffi::{c_char, c_void};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use timconv::ffi::conversation::{TIMConvGetConvList, TIMSetConvEventCallback};
use timconv::ffi::manager::*;

use super::bare::Bare;
use super::common::call_len;
use super::report::{Figure, Report};
use super::t1::device;
use super::Server;

static FINISHED: (Mutex<bool>, Condvar) = (Mutex::new(false), Condvar::new());

unsafe extern "C" fn on_event(event: i32, json: *const c_char, _: *const c_void) {
    // SAFETY: valid during the call. A Finish carrying JSON reports a failed sync (retried).
    let failed = !json.is_null() && unsafe { *json } != 0;
    if event == 4 && !failed {
        *FINISHED.0.lock().unwrap() = true;
        FINISHED.1.notify_all();
    }
}

/// The rooms of user `t2-<n>`, made once (each with one message).
fn prepare(server: &Server, n: usize) -> String {
    let user = format!("t2-{n}");
    let step = format!("t2-{n}");
    if !server.done(&step) {
        let maker = Bare::login(&server.url, &server.jwt(&user));
        let started = Instant::now();
        std::thread::scope(|s| {
            for t in 0..8 {
                let maker = maker.clone();
                s.spawn(move || {
                    for i in (t..n).step_by(8) {
                        let room = maker.create_room(&format!("room {i}"), &[], false);
                        maker.send(&room, &format!("m{i}"), &format!("last in {i}"));
                    }
                });
            }
        });
        println!("T2 setup: {n} rooms in {:.0} s", started.elapsed().as_secs_f64());
        server.mark_done(&step);
    }
    user
}

fn timconv_first_login(server: &Server, user: &str, n: usize) -> f64 {
    let dir = std::env::temp_dir().join(format!("timconv-bench-t2-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    *FINISHED.0.lock().unwrap() = false;
    TIMSetConvEventCallback(Some(on_event), std::ptr::null());
    let jwt = server.jwt(user);
    let started = Instant::now();
    device(&server.url, &dir, user, &jwt);
    let mut finished = FINISHED.0.lock().unwrap();
    while !*finished {
        finished = FINISHED.1.wait_timeout(finished, Duration::from_secs(600)).unwrap().0;
    }
    drop(finished);
    let (code, len, _) = call_len(|cb, ud| TIMConvGetConvList(cb, ud));
    let secs = started.elapsed().as_secs_f64();
    assert_eq!(code, 0);
    assert!(len > n * 100, "every conversation is listed");
    TIMSetConvEventCallback(None, std::ptr::null());
    TIMUninit();
    let _ = std::fs::remove_dir_all(&dir);
    secs
}

fn bare_first_login(server: &Server, user: &str, n: usize) -> f64 {
    let filter = json!({"room": {"timeline": {"limit": 20}, "state": {"lazy_load_members": true}},
                        "presence": {"not_types": ["*"]}})
    .to_string();
    let jwt = server.jwt(user);
    let started = Instant::now();
    let client = Bare::login(&server.url, &jwt);
    let bytes = client.sync_raw(None, &filter, 0);
    let answer: Value = serde_json::from_slice(&bytes).unwrap();
    let secs = started.elapsed().as_secs_f64();
    assert_eq!(answer["rooms"]["join"].as_object().map_or(0, |r| r.len()), n);
    secs
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

pub fn run(server: &Server, report: &mut Report, n: usize) {
    let user = prepare(server, n);
    let (mut ours, mut base) = (Vec::new(), Vec::new());
    for _ in 0..3 {
        base.push(bare_first_login(server, &user, n));
        ours.push(timconv_first_login(server, &user, n));
    }
    let what = format!("fresh device, {n} rooms: whole list");
    report.add(Figure::ms("T2", &what, median(ours), Some(median(base)), "≤ 1.5× baseline", |r| r <= 1.5));
}
