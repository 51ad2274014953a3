//! T3: catching up after N messages arrived while the device was offline. A device logs in
//! once (its data directory is kept as a snapshot), then N messages are sent to it; each run
//! logs in from a copy of the snapshot and times until the N messages reached the new-message
//! listener. Of that time, timconv's own part (reading the answers, applying and committing
//! them, as its debug log reports them) as messages per second is set against raw rusqlite
//! inserting the same messages; the same requests made by a bare client are shown beside.

use std::ffi::{c_char, c_void, CStr, CString};
use std::path::Path;
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use timconv::ffi::account::{TIMSetConfig, TIMSetLogCallback};
use timconv::ffi::manager::*;
use timconv::ffi::message::{TIMAddRecvNewMsgCallback, TIMRemoveRecvNewMsgCallback};

use super::bare::{enc, Bare};
use super::common::{call, copy_dir};
use super::report::{Figure, Report};
use super::t1::device;
use super::Server;

static RECEIVED: (Mutex<usize>, Condvar) = (Mutex::new(0), Condvar::new());

/// What the library's log says it spent of its own: reading sync answers and applying them (ms).
static OWN_MS: Mutex<f64> = Mutex::new(0.0);

/// The number before `unit` after `label` in a log line ("read 3.2 ms" → 3.2).
fn figure(line: &str, label: &str) -> f64 {
    line.split(label)
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0.0)
}

unsafe extern "C" fn on_log(_: i32, line: *const c_char, _: *const c_void) {
    // SAFETY: valid during the call.
    let line = unsafe { CStr::from_ptr(line) }.to_string_lossy();
    let own = if line.contains("[sync]") && line.contains("answer of") {
        figure(&line, "read ")
    } else if line.contains("[sync]") && line.contains("timeline events in") {
        figure(&line, "timeline events in ")
    } else {
        0.0
    };
    *OWN_MS.lock().unwrap() += own;
}

unsafe extern "C" fn count(json: *const c_char, _: *const c_void) {
    // SAFETY: valid during the call.
    let text = unsafe { CStr::from_ptr(json) }.to_bytes();
    let n = serde_json::from_slice::<Value>(text).ok().and_then(|v| v.as_array().map(Vec::len)).unwrap_or(0);
    *RECEIVED.0.lock().unwrap() += n;
    RECEIVED.1.notify_all();
}

/// The receiver's snapshot directory and user, made once with `n` messages waiting.
fn prepare(server: &Server, n: usize) -> (std::path::PathBuf, String) {
    let (receiver, sender) = (format!("t3r-{n}"), format!("t3s-{n}"));
    let snapshot = server.cache.join(format!("t3-{n}-device"));
    let step = format!("t3-{n}");
    if server.done(&step) {
        return (snapshot, receiver);
    }
    let _ = std::fs::remove_dir_all(&snapshot);
    let s = Bare::login(&server.url, &server.jwt(&sender));
    let room = s.create_room("t3", &[&format!("@{receiver}:{}", s.user_id.split(':').nth(1).unwrap())], true);
    device(&server.url, &snapshot, &receiver, &server.jwt(&receiver));
    let joined = |s: &Bare| {
        s.request("GET", &format!("/rooms/{}/joined_members", enc(&room)), None)["joined"]
            .as_object()
            .map_or(0, |m| m.len())
    };
    while joined(&s) < 2 {
        std::thread::sleep(Duration::from_millis(200));
    }
    std::thread::sleep(Duration::from_secs(3)); // the join's sync applied
    TIMUninit();
    let started = Instant::now();
    std::thread::scope(|scope| {
        for t in 0..4 {
            let s = s.clone();
            let room = room.clone();
            scope.spawn(move || {
                for i in (t..n).step_by(4) {
                    s.send(&room, &format!("m{i}"), &format!("catch-up message number {i}"));
                }
            });
        }
    });
    println!("T3 setup: {n} messages sent in {:.0} s", started.elapsed().as_secs_f64());
    server.mark_done(&step);
    (snapshot, receiver)
}

/// (end to end, timconv's own part) in seconds.
fn timconv_catch_up(server: &Server, snapshot: &Path, user: &str, n: usize) -> (f64, f64) {
    let dir = std::env::temp_dir().join(format!("timconv-bench-t3-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(snapshot, &dir);
    *RECEIVED.0.lock().unwrap() = 0;
    *OWN_MS.lock().unwrap() = 0.0;
    TIMAddRecvNewMsgCallback(Some(count), std::ptr::null());
    TIMSetLogCallback(Some(on_log), std::ptr::null());
    let debug = CString::new(r#"{"set_config_callback_log_level": 3}"#).unwrap();
    call(|cb, ud| TIMSetConfig(debug.as_ptr(), cb, ud));
    let jwt = server.jwt(user);
    let started = Instant::now();
    device(&server.url, &dir, user, &jwt);
    let mut got = RECEIVED.0.lock().unwrap();
    while *got < n {
        let (g, timeout) = RECEIVED.1.wait_timeout(got, Duration::from_secs(600)).unwrap();
        got = g;
        assert!(!timeout.timed_out(), "caught up {} of {n}", *got);
    }
    drop(got);
    let secs = started.elapsed().as_secs_f64();
    TIMRemoveRecvNewMsgCallback(Some(count));
    TIMUninit();
    TIMSetLogCallback(None, std::ptr::null());
    let _ = std::fs::remove_dir_all(&dir);
    let own = *OWN_MS.lock().unwrap() / 1e3;
    (secs, own)
}

/// The same requests by a bare client: login, the sync from the snapshot's position, and the
/// history pages that fill the gap, each parsed.
fn bare_catch_up(server: &Server, snapshot: &Path, user: &str, n: usize) -> f64 {
    let db = std::fs::read_dir(snapshot.join("timconv-1")).unwrap().next().unwrap().unwrap().path();
    let conn = rusqlite::Connection::open(&db).unwrap();
    let since: String =
        conn.query_row("SELECT value FROM server_state WHERE name = 'since'", [], |r| r.get(0)).unwrap();
    drop(conn);
    let filter = json!({"room": {"timeline": {"limit": 100}, "state": {"lazy_load_members": true}},
                        "presence": {"not_types": ["*"]}})
    .to_string();
    let jwt = server.jwt(user);
    let started = Instant::now();
    let client = Bare::login(&server.url, &jwt);
    let answer: Value = serde_json::from_slice(&client.sync_raw(Some(&since), &filter, 0)).unwrap();
    let mut events = 0;
    for (room, data) in answer["rooms"]["join"].as_object().into_iter().flatten() {
        events += data["timeline"]["events"].as_array().map_or(0, Vec::len);
        let mut from = data["timeline"]["prev_batch"].as_str().map(str::to_owned);
        while let (true, Some(token)) = (data["timeline"]["limited"] == true, from.clone()) {
            let path = format!(
                "/rooms/{}/messages?dir=b&limit=500&from={}&to={}",
                enc(room),
                enc(&token),
                enc(&since)
            );
            let page = client.request("GET", &path, None);
            let chunk = page["chunk"].as_array().map_or(0, Vec::len);
            events += chunk;
            from = page["end"].as_str().map(str::to_owned).filter(|e| chunk > 0 && *e != token);
        }
    }
    let secs = started.elapsed().as_secs_f64();
    assert!(events >= n, "the bare client fetched {events} of {n}");
    secs
}

/// Raw rusqlite inserting the same messages in one transaction (WAL, synchronous=FULL).
fn raw_inserts(n: usize) -> f64 {
    let path = std::env::temp_dir().join(format!("timconv-bench-t3-raw-{}.db", std::process::id()));
    let mut conn = crate::common::ingest::raw_message_db(&path);
    let started = Instant::now();
    let tx = conn.transaction().unwrap();
    {
        let mut stmt = tx
            .prepare("INSERT INTO message (conv_type, conv_id, seq, server_time, msg_id, sender, status, counts_unread, body)
                      VALUES (1, 't3s', ?1, 1700000000, ?2, 't3s', 2, 1, ?3)")
            .unwrap();
        for i in 0..n {
            let id = format!("$event{i:040}");
            let body = json!({"message_msg_id": id, "message_sender": "t3s",
                "message_elem_array": [{"elem_type": 0, "text_elem_content": format!("catch-up message number {i}")}]});
            stmt.execute(rusqlite::params![i as i64, id, body.to_string()]).unwrap();
        }
    }
    tx.commit().unwrap();
    let secs = started.elapsed().as_secs_f64();
    drop(conn); // closing checkpoints and removes the -wal and -shm files
    let _ = std::fs::remove_file(&path);
    secs
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

pub fn run(server: &Server, report: &mut Report, n: usize) {
    let (snapshot, user) = prepare(server, n);
    let (mut ours, mut own, mut fetch, mut raw) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for _ in 0..3 {
        fetch.push(bare_catch_up(server, &snapshot, &user, n));
        let (total, mine) = timconv_catch_up(server, &snapshot, &user, n);
        ours.push(total);
        own.push(mine);
        raw.push(raw_inserts(n));
    }
    let (ours, own, fetch, raw) = (median(ours), median(own), median(fetch), median(raw));
    report.add(Figure::recorded("T3", &format!("catch-up of {n} messages, end to end"), ours * 1e3, "ms"));
    report.add(Figure::recorded("T3", "the same requests by a bare client", fetch * 1e3, "ms"));
    report.add(Figure::recorded(
        "T3",
        "of which timconv's own (reading answers, applying, committing)",
        own * 1e3,
        "ms",
    ));
    report.add(Figure::plain(
        "T3",
        "catch-up: timconv's own work (msg/s)",
        n as f64 / own,
        "msg/s",
        Some(n as f64 / raw),
        "≥ 0.5× raw rusqlite",
        |r| r >= 0.5,
    ));
}
