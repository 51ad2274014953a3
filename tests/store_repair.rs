//! Property test of the store's repairs (issue 21). A store is written through the engine (messages,
//! drafts, pins, marks, conversation groups, reads, deletes, muted conversations, counters by
//! filter); while it is closed, random damage hits what it derives from its conversation rows:
//! list places, `rendered` flags, stored ConvInfo (malformed, another conversation's, edited,
//! moved, missing, phantom), memberships, the total, the counters, the clock, and the tables,
//! indexes and triggers that hold and keep them. Then it is opened as a login does: every
//! whole-list reply must parse, and once the verifier's pass has run the store must equal the
//! undamaged one, replies included, and a second pass must find nothing.
//!
//! ```sh
//! cargo test --release --test store_repair                         # 128 cases each
//! PROPTEST_CASES=5000 cargo test --release --test store_repair
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use proptest::prelude::*;
use proptest::test_runner::Config;
use rusqlite::types::Value;
use rusqlite::Connection;
use serde_json::json;
use timconv::engine::{
    CleanTarget, Command, ConvKey, ConvRef, Draft, Effects, Engine, Filter, InfoPatch, Reply,
};
use timconv::store::path::database_path;
use timconv::store::{Batch, Store};
use timconv::wire::conversation::listed_json;
use timconv::wire::message::MessageJson;

#[path = "store_repair/damage.rs"]
mod damage;
use damage::{apply, damage, Damage};

const APP_ID: u64 = 1_400_000_001;
const ME: &str = "me";
const T0: u64 = 1_700_000_000;
const CONVS: u8 = 8;
/// Enough conversations for a check to take several slices.
const MANY_CONVS: u8 = 64;
const GROUPS: [&str; 2] = ["a", "b"];

/// One change to the store before the damage.
#[derive(Clone, Debug)]
enum Op {
    Receive { conv: u8, at_me: bool },
    Send(u8),
    Draft(u8),
    Pin(u8),
    Mark(u8, u64),
    Group(u8, u8),
    Read(u8),
    Hide(u8),
    Mute(u8),
}

/// An op on one of `convs` conversations.
fn op(convs: u8) -> impl Strategy<Value = Op> {
    let conv = 0..convs;
    prop_oneof![
        6 => (conv.clone(), any::<bool>()).prop_map(|(conv, at_me)| Op::Receive { conv, at_me }),
        1 => conv.clone().prop_map(Op::Send),
        1 => conv.clone().prop_map(Op::Draft),
        1 => conv.clone().prop_map(Op::Pin),
        1 => (conv.clone(), prop_oneof![Just(1u64), Just(2), Just(1 << 40)]).prop_map(|(c, b)| Op::Mark(c, b)),
        2 => (conv.clone(), 0..GROUPS.len() as u8).prop_map(|(c, g)| Op::Group(c, g)),
        1 => conv.clone().prop_map(Op::Read),
        1 => conv.clone().prop_map(Op::Hide),
        1 => conv.prop_map(Op::Mute),
    ]
}

fn key(i: u8) -> ConvKey {
    if i % 2 == 0 {
        ConvKey::c2c(format!("u{i}"))
    } else {
        ConvKey::group(format!("g{i}"))
    }
}

fn refs(i: u8) -> Vec<ConvRef> {
    vec![ConvRef::parse(&key(i).prefixed())]
}

fn case_dir() -> PathBuf {
    static N: AtomicU64 = AtomicU64::new(0);
    let shm = PathBuf::from("/dev/shm");
    let base = if shm.is_dir() { shm } else { std::env::temp_dir() };
    base.join(format!("timconv-repair-{}-{}", std::process::id(), N.fetch_add(1, Ordering::Relaxed)))
}

/// The filters whose counters the store keeps (asked once, before any change).
fn filters() -> Vec<Filter> {
    vec![
        Filter { mark: Some(1), ..Filter::default() },
        Filter { group: Some("a".into()), ..Filter::default() },
        Filter { has_unread: Some(true), ..Filter::default() },
        Filter { conv_type: Some(timconv::engine::ConvType::Group), mark: Some(2), ..Filter::default() },
    ]
}

/// A logged-in store written through the engine, one commit per op.
struct Writer {
    store: Store,
    engine: Engine,
    /// Ops applied (their clock and message IDs follow from it).
    n: u64,
}

impl Writer {
    fn open(dir: &Path, n: u64) -> Writer {
        let store = Store::open(dir, APP_ID, ME).expect("open");
        let engine = store.engine(ME).expect("engine");
        Writer { store, engine, n }
    }

    fn commit(&mut self, fx: Effects) {
        let mut batch = Batch::default();
        batch.absorb(fx);
        self.store.commit(&batch, &mut self.engine).expect("commit");
    }

    fn apply(&mut self, op: &Op) {
        let n = self.n;
        self.n += 1;
        let now = T0 + n;
        let id = format!("m{n}");
        let engine = &mut self.engine;
        let cmd = match *op {
            Op::Receive { conv, at_me } => {
                let k = key(conv);
                let at: Vec<&str> = if at_me { vec![ME] } else { vec![] };
                let msg = json!({"message_conv_id": k.id, "message_conv_type": k.conv_type.code(),
                    "message_sender": "peer", "message_msg_id": id, "message_seq": n + 1,
                    "message_server_time": now, "message_group_at_user_array": at,
                    "message_elem_array": [{"elem_type": 0, "text_elem_content": format!("hi \"{n}\" é")}]});
                let m = serde_json::from_value::<MessageJson>(msg).expect("message").into_message(k);
                Command::Receive(vec![m])
            }
            Op::Send(conv) => {
                let k = key(conv);
                let msg = json!({"message_conv_id": k.id, "message_conv_type": k.conv_type.code(),
                    "message_msg_id": id, "message_seq": n + 1, "message_server_time": now,
                    "message_is_from_self": true, "message_sender": ME,
                    "message_elem_array": [{"elem_type": 0, "text_elem_content": "mine"}]});
                Command::Send(serde_json::from_value::<MessageJson>(msg).expect("message").into_message(k))
            }
            Op::Draft(conv) => {
                let msg = timconv::engine::message::Payload::from_object_text(
                    r#"{"message_elem_array":[{"elem_type":0,"text_elem_content":"draft"}]}"#.into(),
                );
                Command::SetDraft(key(conv), Draft { msg, user_define: "d".into(), edit_time: now })
            }
            Op::Pin(conv) => Command::Pin(key(conv), true),
            Op::Mark(conv, bits) => Command::Mark { convs: refs(conv), bits, enable: true },
            Op::Group(conv, g) => {
                let name = GROUPS[g as usize].to_owned();
                if engine.group_names().contains(&name) {
                    Command::AddToGroup { name, convs: refs(conv) }
                } else {
                    Command::CreateGroup { name, convs: refs(conv) }
                }
            }
            Op::Read(conv) => {
                let Some(c) = engine.peek(&key(conv)).expect("read").map(|c| c.into_owned()) else { return };
                let target = CleanTarget {
                    key: c.key.clone(),
                    read_seq: c.max_seq,
                    read_late: Vec::new(),
                    unread: 0,
                    read_mark: c.max_seq,
                };
                Command::CleanUnread(vec![target])
            }
            Op::Hide(conv) => Command::DeleteList { convs: refs(conv), clear_messages: false },
            Op::Mute(conv) => {
                let patch = InfoPatch { recv_opt: Some(2), ..InfoPatch::default() };
                Command::UpdateInfo(vec![(key(conv), patch)])
            }
        };
        let mut fx = Effects::default();
        if engine.apply(cmd, now, &mut fx).is_ok() {
            self.commit(fx);
        }
    }
}

/// Writes a store: the counters of `filters` first, then each op, committed.
fn write(dir: &Path, ops: &[Op]) {
    let mut w = Writer::open(dir, 0);
    let mut fx = Effects::default();
    for f in filters() {
        w.engine.apply(Command::GetUnreadByFilter(f), T0, &mut fx).expect("count");
    }
    w.commit(fx); // stores the counters
    for op in ops {
        w.apply(op);
    }
}

/// What the store holds, derived data included.
#[derive(Debug, PartialEq)]
struct Dump {
    /// Conversation rows without their derived columns; the derived ones apart.
    truth: Vec<Vec<Value>>,
    places: Vec<Vec<Value>>,
    view: Vec<Vec<Value>>,
    members: Vec<Vec<Value>>,
    total: Option<Value>,
    objects: BTreeSet<(String, String, String)>,
}

fn rows(conn: &Connection, sql: &str) -> Vec<Vec<Value>> {
    let mut stmt = conn.prepare(sql).unwrap();
    let n = stmt.column_count();
    let rows = stmt.query_map([], |r| (0..n).map(|i| r.get::<_, Value>(i)).collect()).unwrap();
    rows.collect::<rusqlite::Result<_>>().unwrap()
}

/// The dump, the counters (filter → total), the clock and the largest order key.
fn dump(db: &Path) -> (Dump, BTreeMap<String, i64>, i64, i64) {
    let conn = Connection::open(db).unwrap();
    let columns = "conv_type, conv_id, order_key, pinned, unread, max_seq, recv_opt, group_type, show_name, face_url,
        c2c_read_timestamp, group_read_sequence, last_msg, draft, read_seq, marks, custom_data, groups, at_info,
        hidden, peer_read_time, holds_messages";
    let d = Dump {
        truth: rows(&conn, &format!("SELECT {columns} FROM conversation ORDER BY conv_type, conv_id")),
        places: rows(
            &conn,
            "SELECT conv_type, conv_id, list_pos, rendered FROM conversation ORDER BY conv_type, conv_id",
        ),
        view: rows(&conn, "SELECT * FROM conversation_view ORDER BY list_pos"),
        members: rows(&conn, "SELECT * FROM conversation_membership ORDER BY name, conv_type, conv_id"),
        total: conn
            .query_row("SELECT value FROM engine_state WHERE name = 'total_unread'", [], |r| r.get(0))
            .ok(),
        objects: rows(&conn, "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL")
            .into_iter()
            .map(|r| match (&r[0], &r[1], &r[2]) {
                (Value::Text(a), Value::Text(b), Value::Text(c)) => (a.clone(), b.clone(), c.clone()),
                other => panic!("{other:?}"),
            })
            .collect(),
    };
    let counters = rows(&conn, "SELECT filter, total FROM unread_counter")
        .into_iter()
        .map(|r| match (&r[0], &r[1]) {
            (Value::Text(f), Value::Integer(t)) => (f.clone(), *t),
            other => panic!("{other:?}"),
        })
        .collect();
    let clock =
        conn.query_row("SELECT value FROM engine_state WHERE name = 'clock'", [], |r| r.get(0)).unwrap();
    let max_key =
        conn.query_row("SELECT coalesce(max(order_key), 0) FROM conversation", [], |r| r.get(0)).unwrap();
    (d, counters, clock, max_key)
}

/// The whole-list reply and the total, as a logged-in engine answers them.
fn answers(engine: &mut Engine) -> (String, u64) {
    let Ok(Reply::List(list)) = engine.apply(Command::GetList, T0, &mut Effects::default()) else {
        panic!("the whole list is read");
    };
    (listed_json(engine, list), engine.total_unread())
}

fn run(ops: &[Op], damages: &[Damage]) -> Result<(), TestCaseError> {
    let (good, bad) = (case_dir(), case_dir());
    write(&good, ops);
    let (good_db, bad_db) = (database_path(&good, APP_ID, ME), database_path(&bad, APP_ID, ME));
    std::fs::create_dir_all(bad_db.parent().unwrap()).unwrap();
    std::fs::copy(&good_db, &bad_db).unwrap();
    {
        let conn = Connection::open(&bad_db).unwrap();
        for d in damages {
            apply(&conn, d);
        }
    }
    let good_answers = {
        let store = Store::open(&good, APP_ID, ME).unwrap();
        let mut engine = store.engine(ME).unwrap();
        prop_assert!(store.rebuilt_at_login().is_empty(), "{:?}", store.rebuilt_at_login());
        answers(&mut engine)
    };
    {
        let mut store = Store::open(&bad, APP_ID, ME).map_err(|e| TestCaseError::fail(e.desc))?;
        let mut engine = store.engine(ME).map_err(|e| TestCaseError::fail(e.desc))?;
        let (before, _) = answers(&mut engine);
        prop_assert!(
            serde_json::from_str::<serde_json::Value>(&before).is_ok(),
            "a reply that does not parse: {before}"
        );
        let mut report = None;
        while store.check_pending() {
            report =
                store.verify_step(&mut engine, Duration::from_millis(1)).expect("step").finished.or(report);
        }
        let first = report.expect("the pass ended");
        prop_assert_eq!(answers(&mut engine), good_answers.clone(), "replies once repaired");
        store.start_check();
        let mut again = None;
        while store.check_pending() {
            again = store.verify_step(&mut engine, Duration::from_secs(1)).expect("step").finished.or(again);
        }
        let again = again.expect("the second pass ended");
        prop_assert_eq!(again.repairs, first.repairs, "a second pass repairs nothing: {:?}", again.findings);
    }
    let (want, want_counters, want_clock, _) = dump(&good_db);
    let (got, got_counters, got_clock, max_key) = dump(&bad_db);
    prop_assert_eq!(got, want);
    for (filter, total) in &got_counters {
        prop_assert_eq!(want_counters.get(filter), Some(total), "counter {}", filter);
    }
    for per_type in ["[1,null,null,null,null]", "[2,null,null,null,null]"] {
        prop_assert!(got_counters.contains_key(per_type), "{} kept", per_type);
    }
    prop_assert!(got_clock >= max_key && got_clock <= want_clock.max(max_key), "clock {got_clock}");
    let _ = std::fs::remove_dir_all(&good);
    let _ = std::fs::remove_dir_all(&bad);
    Ok(())
}

/// A check walks one slice per step while changes are committed between its steps: it must
/// find nothing in an undamaged store, and with a counter raised while logged out, correct it
/// to what an undamaged store running the same changes holds, wherever the commits fall.
fn run_interleaved(before: &[Op], during: &[Op], damaged: bool) -> Result<(), TestCaseError> {
    let (good, bad) = (case_dir(), case_dir());
    write(&good, before);
    let bad_db = database_path(&bad, APP_ID, ME);
    std::fs::create_dir_all(bad_db.parent().unwrap()).unwrap();
    std::fs::copy(database_path(&good, APP_ID, ME), &bad_db).unwrap();
    if damaged {
        let conn = Connection::open(&bad_db).unwrap();
        let sql = "UPDATE unread_counter SET total = total + 7 WHERE filter = '[null,\"a\",null,null,null]'";
        assert_eq!(conn.execute(sql, []).unwrap(), 1, "the counter is stored");
    }
    let n = before.len() as u64;
    let (mut g, mut b) = (Writer::open(&good, n), Writer::open(&bad, n));
    let mut ops = during.iter();
    let mut report = None;
    while b.store.check_pending() {
        report = b.store.verify_step(&mut b.engine, Duration::ZERO).expect("step").finished.or(report);
        if let Some(op) = ops.next() {
            g.apply(op);
            b.apply(op);
        }
    }
    for op in ops {
        g.apply(op);
        b.apply(op);
    }
    let report = report.expect("the pass ended");
    prop_assert_eq!(report.repairs, u64::from(damaged), "{:?}", report.findings);
    prop_assert_eq!(b.engine.totals(), g.engine.totals());
    drop((g, b));
    let _ = std::fs::remove_dir_all(&good);
    let _ = std::fs::remove_dir_all(&bad);
    Ok(())
}

proptest! {
    #![proptest_config(Config {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(128),
        ..Config::default()
    })]

    #[test]
    fn repaired_stores_equal_undamaged_ones(
        ops in prop::collection::vec(op(CONVS), 1..40),
        damages in prop::collection::vec(damage(), 1..6),
    ) {
        run(&ops, &damages)?;
    }

    #[test]
    fn checks_between_commits_count_right(
        before in prop::collection::vec(op(MANY_CONVS), 20..120),
        during in prop::collection::vec(op(MANY_CONVS), 0..60),
        damaged in any::<bool>(),
    ) {
        run_interleaved(&before, &during, damaged)?;
    }
}
