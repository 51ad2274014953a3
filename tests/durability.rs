//! Durability: restarts, `kill -9`, hostile user IDs, and databases that cannot be used.
//!
//! Child processes re-run this test binary with `TIMCONV_CHILD` set (see `child_entry`).
//! `TIMCONV_CRASH_ITERATIONS=1000 cargo test --release --test durability crash -- --nocapture`
//! runs the crash test 1000 times (CI runs a few dozen).

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Write};
use std::os::raw::{c_char, c_void};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Condvar, Mutex};

use common::*;
use serde_json::{json, Value};
use timconv::ffi::{conversation::*, ext::*, manager::*};

const APP_ID: u64 = 1400000000;

fn child(mode: &str, dir: &Path, seed: u64) -> Command {
    let mut cmd = Command::new(std::env::current_exe().unwrap());
    cmd.args(["--exact", "child_entry", "--include-ignored", "--nocapture", "--test-threads=1"])
        .env("TIMCONV_CHILD", mode)
        .env("TIMCONV_DIR", dir)
        .env("TIMCONV_SEED", seed.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    cmd
}

/// Entry point of child processes; does nothing in a normal test run.
#[test]
#[ignore = "runs only as a child process of the durability tests"]
fn child_entry() {
    let Ok(mode) = std::env::var("TIMCONV_CHILD") else {
        return;
    };
    let dir = std::path::PathBuf::from(std::env::var("TIMCONV_DIR").unwrap());
    let seed: u64 = std::env::var("TIMCONV_SEED").unwrap().parse().unwrap();
    println!(); // the test harness has printed "test child_entry ... " without a newline
    match mode.as_str() {
        "script" => script_child(&dir),
        "storm" => storm_child(&dir, seed),
        other => panic!("unknown child mode {other}"),
    }
}

fn raw_list() -> String {
    let r = call(|cb, ud| TIMConvGetConvList(cb, ud));
    assert_eq!(r.code, 0);
    r.json
}

fn draft(text: &str) -> std::ffi::CString {
    cs(&json!({"draft_msg": {"message_elem_array": [{"elem_type": 0, "text_elem_content": text}]}, "draft_edit_time": 7}).to_string())
}

/// Process A of the restart test: changes of every kind, then a clean exit.
fn script_child(dir: &Path) {
    init_login(dir, "alice");
    receive(json!([
        text("bob", 1, "bob", "hi"),
        text("bob", 1, "bob", "there"),
        text("g1", 2, "carol", "yo")
    ]));
    receive(json!([text("dave", 1, "dave", "x"), text("g2", 2, "erin", "y")]));
    TIMConvSetDraft(cs("g1").as_ptr(), 2, draft("draft!").as_ptr());
    call(|cb, ud| TIMConvPinConversation(cs("dave").as_ptr(), 1, 1, cb, ud));
    call(|cb, ud| TIMConvDelete(cs("g2").as_ptr(), 2, cb, ud));
    let msg = cs(r#"{"message_elem_array":[{"elem_type":0,"text_elem_content":"mine"}]}"#);
    call(|cb, ud| {
        timconv::ffi::message::TIMMsgSendMessage(
            cs("bob").as_ptr(),
            1,
            msg.as_ptr(),
            std::ptr::null_mut(),
            cb,
            ud,
        )
    });
    println!("LIST {}", raw_list());
    TIMUninit();
}

#[test]
fn a_restart_shows_a_byte_identical_conversation_list() {
    let _g = lock();
    let dir = temp_dir("restart").join("données-数据");
    let out = child("script", &dir, 0).output().unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let before =
        stdout.lines().find_map(|l| l.strip_prefix("LIST ")).expect("child printed its list").to_owned();
    assert!(before.contains("draft!") && before.contains("mine"));

    init_login(&dir, "alice");
    assert_eq!(raw_list(), before);
    let list = conv_list();
    assert_eq!(list.len(), 3);
    assert_eq!(list[0]["conv_id"], "dave");
    TIMUninit();
}

// ---- crash test -------------------------------------------------------------------------

/// One step of the write storm.
#[derive(Clone, Debug)]
enum Op {
    Receive { conv: usize, ids: Vec<String> },
    SetDraft { conv: usize, text: String },
    CancelDraft { conv: usize },
    Pin { conv: usize, pinned: bool },
    Delete { conv: usize },
}

const CONVS: [(&str, u32); 6] = [("c0", 1), ("c1", 1), ("c2", 1), ("g0", 2), ("g1", 2), ("g2", 2)];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn storm_ops(seed: u64) -> Vec<Op> {
    let mut rng = Rng(seed | 1);
    (0..600)
        .map(|i| {
            let conv = rng.below(CONVS.len() as u64) as usize;
            match rng.below(20) {
                0..=10 => Op::Receive {
                    conv,
                    ids: (0..=rng.below(3)).map(|j| format!("s{seed}-{i}-{j}")).collect(),
                },
                11..=13 => Op::SetDraft { conv, text: format!("d{i}") },
                14 => Op::CancelDraft { conv },
                15..=17 => Op::Pin { conv, pinned: rng.below(2) == 0 },
                _ => Op::Delete { conv },
            }
        })
        .collect()
}

/// What the conversation list should hold after a prefix of the ops.
#[derive(Clone, Debug, Default, PartialEq)]
struct ModelConv {
    unread: u64,
    pinned: bool,
    draft: Option<String>,
    last: Option<String>,
    messages: BTreeSet<String>,
}

fn apply_op(model: &mut BTreeMap<usize, ModelConv>, op: &Op) {
    match op {
        Op::Receive { conv, ids } => {
            let c = model.entry(*conv).or_default();
            c.unread += ids.len() as u64;
            c.last = ids.last().cloned();
            c.messages.extend(ids.iter().cloned());
        }
        Op::SetDraft { conv, text } => model.entry(*conv).or_default().draft = Some(text.clone()),
        Op::CancelDraft { conv } => {
            if let Some(c) = model.get_mut(conv) {
                c.draft = None;
            }
        }
        Op::Pin { conv, pinned } => {
            if let Some(c) = model.get_mut(conv) {
                c.pinned = *pinned;
            }
        }
        Op::Delete { conv } => {
            model.remove(conv);
        }
    }
}

/// The conversations of `model` that a conversation list shows (a message, a draft or a pin).
fn listed(model: &BTreeMap<usize, ModelConv>) -> BTreeMap<usize, ModelConv> {
    model
        .iter()
        .filter(|(_, c)| c.last.is_some() || c.draft.is_some() || c.pinned)
        .map(|(k, c)| (*k, c.clone()))
        .collect()
}

/// Whether an op reports through a callback (the others are acknowledged by a later callback).
fn has_callback(op: &Op) -> bool {
    !matches!(op, Op::SetDraft { .. } | Op::CancelDraft { .. })
}

struct Outstanding {
    count: Mutex<usize>,
    changed: Condvar,
}

static OUTSTANDING: Outstanding = Outstanding { count: Mutex::new(0), changed: Condvar::new() };

unsafe extern "C" fn storm_ack(_: i32, _: *const c_char, _: *const c_char, ud: *const c_void) {
    let mut out = std::io::stdout().lock();
    writeln!(out, "ACK {}", ud as usize).unwrap();
    out.flush().unwrap();
    *OUTSTANDING.count.lock().unwrap() -= 1;
    OUTSTANDING.changed.notify_all();
}

/// Child process: runs the storm, printing each acknowledged op index as its callback arrives.
fn storm_child(dir: &Path, seed: u64) {
    init_login(dir, "storm");
    let cb = Some(storm_ack as unsafe extern "C" fn(i32, *const c_char, *const c_char, *const c_void));
    for (i, op) in storm_ops(seed).iter().enumerate() {
        if has_callback(op) {
            let mut n = OUTSTANDING.count.lock().unwrap();
            while *n >= 16 {
                n = OUTSTANDING.changed.wait(n).unwrap();
            }
            *n += 1;
        }
        let ud = i as *const c_void;
        let rc = match op {
            Op::Receive { conv, ids } => {
                let (id, t) = CONVS[*conv];
                let msgs: Vec<Value> = ids
                    .iter()
                    .map(|m| {
                        let mut v = text(id, t, "peer", m);
                        v["message_msg_id"] = json!(m);
                        v
                    })
                    .collect();
                TIMExtReceiveMessages(cs(&Value::from(msgs).to_string()).as_ptr(), cb, ud)
            }
            Op::SetDraft { conv, text } => {
                TIMConvSetDraft(cs(CONVS[*conv].0).as_ptr(), CONVS[*conv].1 as i32, draft(text).as_ptr())
            }
            Op::CancelDraft { conv } => {
                TIMConvCancelDraft(cs(CONVS[*conv].0).as_ptr(), CONVS[*conv].1 as i32)
            }
            Op::Pin { conv, pinned } => TIMConvPinConversation(
                cs(CONVS[*conv].0).as_ptr(),
                CONVS[*conv].1 as i32,
                u8::from(*pinned),
                cb,
                ud,
            ),
            Op::Delete { conv } => TIMConvDelete(cs(CONVS[*conv].0).as_ptr(), CONVS[*conv].1 as i32, cb, ud),
        };
        assert_eq!(rc, 0);
    }
    TIMUninit();
    println!("DONE");
}

/// What is on disk, in the model's terms.
fn observed_state(dir: &Path) -> BTreeMap<usize, ModelConv> {
    init_login(dir, "storm");
    let list = conv_list();
    // The totals and the list index are stored, not recomputed: they must agree with the list.
    let unread: i64 = list.iter().map(|c| c["conv_unread_num"].as_i64().unwrap()).sum();
    assert_eq!(total_unread(), unread, "the stored total unread agrees with the conversations");
    let filter = cs(r#"{"conversation_list_filter_conv_type": 1}"#);
    let page = call(|cb, ud| TIMConvGetConversationListByFilter(filter.as_ptr(), 0, 1000, cb, ud));
    let page_ids: Vec<Value> = page.value()["conversation_list_result_conv_list"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["conv_id"].clone())
        .collect();
    let c2c_ids: Vec<Value> =
        list.iter().filter(|c| c["conv_type"] == 1).map(|c| c["conv_id"].clone()).collect();
    assert_eq!(page_ids, c2c_ids, "the C2C page agrees with the list");
    TIMUninit();
    let db = rusqlite::Connection::open(timconv::store::path::database_path(dir, APP_ID, "storm")).unwrap();
    let check: String = db.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    let mut state = BTreeMap::new();
    for c in list {
        let conv = CONVS.iter().position(|(id, _)| c["conv_id"] == *id).unwrap();
        let mut stmt =
            db.prepare("SELECT msg_id FROM message WHERE conv_id = ?1 AND conv_type = ?2").unwrap();
        let messages = stmt
            .query_map(rusqlite::params![CONVS[conv].0, CONVS[conv].1], |r| r.get(0))
            .unwrap()
            .collect::<Result<BTreeSet<String>, _>>()
            .unwrap();
        let draft_text = c["conv_draft"]["draft_msg"]["message_elem_array"][0]["text_elem_content"]
            .as_str()
            .map(str::to_owned);
        state.insert(
            conv,
            ModelConv {
                unread: c["conv_unread_num"].as_u64().unwrap(),
                pinned: c["conv_is_pinned"].as_bool().unwrap(),
                draft: draft_text,
                last: c["conv_last_msg"]["message_msg_id"].as_str().map(str::to_owned),
                messages,
            },
        );
    }
    state
}

#[test]
fn crash_at_a_random_moment_loses_no_acknowledged_change() {
    let _g = lock();
    let iterations: u64 =
        std::env::var("TIMCONV_CRASH_ITERATIONS").ok().and_then(|v| v.parse().ok()).unwrap_or(24);
    // TIMCONV_CRASH_SEED reproduces a failing run (its seed is in the failure message).
    let base_seed =
        std::env::var("TIMCONV_CRASH_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or_else(|| {
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64
        });
    let mut total_acks = 0;
    for iteration in 0..iterations {
        let seed = base_seed.wrapping_add(iteration * 7919);
        let dir = temp_dir("crash");
        let ops = storm_ops(seed);
        let mut rng = Rng(seed ^ 0x5eed);
        let kill_after = rng.below(ops.iter().filter(|o| has_callback(o)).count() as u64 + 20);
        let mut proc = child("storm", &dir, seed).spawn().unwrap();
        let mut acked: Option<usize> = None;
        let mut acks = 0;
        let mut done = false;
        for line in BufReader::new(proc.stdout.take().unwrap()).lines() {
            let line = line.unwrap();
            done |= line == "DONE";
            if let Some(i) = line.strip_prefix("ACK ") {
                let i: usize = i.parse().unwrap();
                assert!(acked.is_none_or(|a| i > a), "acks in submission order");
                acked = Some(i);
                acks += 1;
                if acks >= kill_after {
                    proc.kill().unwrap(); // SIGKILL
                    break;
                }
            }
        }
        let _ = proc.wait();
        assert!(acks > 0 || done, "seed {seed}: the child did no work");
        total_acks += acks;

        // Disk must equal the model after some prefix that includes every acknowledged op.
        let observed = observed_state(&dir);
        let mut model = BTreeMap::new();
        let first = acked.map_or(0, |a| a + 1);
        for op in &ops[..first] {
            apply_op(&mut model, op);
        }
        let mut matched = listed(&model) == observed;
        for op in &ops[first..] {
            if matched {
                break;
            }
            apply_op(&mut model, op);
            matched = listed(&model) == observed;
        }
        assert!(matched, "seed {seed}: disk state is not a prefix including op {first}: {observed:#?}");
        let _ = std::fs::remove_dir_all(&dir);
    }
    println!("crash test: {iterations} kills, {total_acks} acknowledged operations verified");
}

// ---- paths, isolation, unusable databases -------------------------------------------------

fn all_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            out.extend(all_files(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn hostile_user_ids_stay_inside_the_data_dir_and_users_are_isolated() {
    let _g = lock();
    let root = temp_dir("hostile");
    let dir = root.join("data");
    let config = cs(&json!({ "sdk_config_config_file_path": dir }).to_string());
    assert_eq!(TIMInit(APP_ID, config.as_ptr()), 0);
    let ids =
        ["../x", "a/b", "C:\\x", "..", "/etc/passwd", "Alice", "alice", "ünïcødé-用户", &"z".repeat(32)];
    for id in ids {
        login(id);
        receive(json!([text(&format!("peer-of-{}", id.len()), 1, "p", id)]));
    }
    for id in ids {
        login(id);
        let list = conv_list();
        assert_eq!(list.len(), 1, "{id} sees only its own conversation");
        assert_eq!(list[0]["conv_last_msg"]["message_elem_array"][0]["text_elem_content"], id);
    }
    // Everything but the SDK log (`log/` in the data directory) is under the app's directory.
    let files: Vec<_> = all_files(&root).into_iter().filter(|f| !f.starts_with(dir.join("log"))).collect();
    assert!(files.iter().all(|f| f.starts_with(dir.join(format!("timconv-{APP_ID}")))), "{files:?}");
    assert_eq!(files.iter().filter(|f| f.extension().is_some_and(|e| e == "db")).count(), ids.len());
    assert_eq!(
        TIMLogin(cs("x\u{7f}").as_ptr(), cs("").as_ptr(), None, std::ptr::null()),
        -4,
        "control characters are refused"
    );
    TIMUninit();
}

fn login_result(dir: &Path, user: &str) -> Reply {
    let config = cs(&json!({ "sdk_config_config_file_path": dir }).to_string());
    assert_eq!(TIMInit(APP_ID, config.as_ptr()), 0);
    let r = call(|cb, ud| TIMLogin(cs(user).as_ptr(), cs("").as_ptr(), cb, ud));
    if r.code != 0 {
        assert_eq!(TIMGetLoginStatus(), 3, "failed login leaves the user logged out");
        assert_eq!(call(|cb, ud| TIMConvGetConvList(cb, ud)).code, 6014);
    }
    TIMUninit();
    r
}

#[test]
fn a_corrupt_database_fails_login_clearly_and_is_not_overwritten() {
    let _g = lock();
    let dir = temp_dir("corrupt");
    let path = timconv::store::path::database_path(&dir, APP_ID, "alice");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let garbage: Vec<u8> = (0..8192u32).map(|i| (i * 31 % 251) as u8).collect();
    std::fs::write(&path, &garbage).unwrap();
    let r = login_result(&dir, "alice");
    assert_eq!(r.code, 6019);
    assert!(r.desc.contains(&path.display().to_string()), "desc names the file: {}", r.desc);
    assert!(std::fs::read(&path).unwrap() == garbage, "never overwritten");
}

#[test]
fn a_database_from_a_newer_version_is_refused_untouched() {
    let _g = lock();
    let dir = temp_dir("newer");
    let path = timconv::store::path::database_path(&dir, APP_ID, "alice");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    rusqlite::Connection::open(&path).unwrap().pragma_update(None, "user_version", 99).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let r = login_result(&dir, "alice");
    assert_eq!(r.code, 6019);
    assert!(r.desc.contains("newer"), "{}", r.desc);
    assert!(std::fs::read(&path).unwrap() == bytes, "never touched");
}

#[test]
fn a_locked_database_fails_login_clearly() {
    let _g = lock();
    let dir = temp_dir("locked");
    assert_eq!(login_result(&dir, "alice").code, 0);
    let path = timconv::store::path::database_path(&dir, APP_ID, "alice");
    let holder = rusqlite::Connection::open(&path).unwrap();
    holder.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let r = login_result(&dir, "alice");
    assert_eq!(r.code, 6019);
    assert!(r.desc.contains("lock"), "{}", r.desc);
    holder.execute_batch("COMMIT").unwrap();
    drop(holder);
    assert_eq!(login_result(&dir, "alice").code, 0, "usable again once released");
}

#[test]
fn an_unusable_data_dir_fails_login_with_an_io_error() {
    let _g = lock();
    let root = temp_dir("notadir");
    let file = root.join("plain-file");
    std::fs::write(&file, b"x").unwrap();
    let r = login_result(&file, "alice");
    assert_eq!(r.code, 6022);
    assert!(r.desc.contains("plain-file"), "{}", r.desc);
}

#[test]
fn writes_after_the_database_file_was_deleted_or_replaced_are_not_acknowledged() {
    let _g = lock();
    for replace in [false, true] {
        let dir = temp_dir("unlinked");
        let path = timconv::store::path::database_path(&dir, APP_ID, "alice");
        let config = cs(&json!({ "sdk_config_config_file_path": dir }).to_string());
        assert_eq!(TIMInit(APP_ID, config.as_ptr()), 0);
        login("alice");
        receive(json!([text("bob", 1, "bob", "kept")]));
        std::fs::remove_file(&path).unwrap();
        if replace {
            std::fs::write(&path, b"another file now").unwrap();
        }
        let pushed = cs(&json!([text("carol", 1, "carol", "lost")]).to_string());
        let r = call(|cb, ud| TIMExtReceiveMessages(pushed.as_ptr(), cb, ud));
        assert_eq!(r.code, 6019, "replace={replace}: not acknowledged");
        assert!(r.desc.contains("deleted or replaced") && r.desc.contains(&path.display().to_string()));
        assert_eq!(
            call(|cb, ud| TIMExtReceiveMessages(pushed.as_ptr(), cb, ud)).code,
            6014,
            "the user is logged out: memory no longer matches any file"
        );
        assert_eq!(TIMGetLoginStatus(), 3);
        TIMUninit();
    }
}
