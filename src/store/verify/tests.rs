use std::path::PathBuf;

use super::checks::{members_sql, rows_sql, view_sql, VIEW_FROM};
use super::*;
use crate::engine::{Command, Effects, Reply};
use crate::store::{Batch, Store};
use crate::wire::conversation::{conv_array_json, listed_json};
use crate::wire::message::MessageJson;

/// A store with conversations `c0`, `c1`, … each holding one message, committed.
fn store(tag: &str, n: usize) -> (PathBuf, Store) {
    let dir = std::env::temp_dir().join(format!("timconv-verify-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let mut store = Store::open(&dir, 1, "me").unwrap();
    let mut engine = store.engine("me").unwrap();
    let mut fx = Effects::default();
    for i in 0..n {
        let key = ConvKey::c2c(format!("c{i}"));
        let json = serde_json::json!({"message_sender": key.id, "message_msg_id": format!("m{i}"),
            "message_elem_array": [{"elem_type": 0, "text_elem_content": format!("hi {i}")}]});
        let msg = serde_json::from_value::<MessageJson>(json).unwrap().into_message(key);
        engine.apply(Command::Receive(vec![msg]), 100 + i as u64, &mut fx).unwrap();
    }
    let mut batch = Batch::default();
    batch.absorb(fx);
    store.commit(&batch, &mut engine).unwrap();
    (dir, store)
}

/// The whole-list reply, and the list rendered afresh from the conversations.
fn whole_list(engine: &mut Engine) -> (String, String) {
    let want = conv_array_json(engine.peek_listed().unwrap().iter().map(|c| &**c));
    let Ok(Reply::List(listed)) = engine.apply(Command::GetList, 1000, &mut Effects::default()) else {
        panic!("GetList answers a list");
    };
    (listed_json(engine, listed), want)
}

/// Runs the checking work there is.
fn settle(store: &mut Store, engine: &mut Engine) -> Repairs {
    let mut all = Repairs::default();
    while store.check_pending() {
        let r = store.verify_step(engine, Duration::from_secs(1)).unwrap();
        all.updated.extend(r.updated);
        all.removed.extend(r.removed);
        all.lines.extend(r.lines);
        all.finished = r.finished.or(all.finished);
    }
    all
}

#[test]
fn replies_leave_out_unusable_stored_convinfo_and_render_the_rows() {
    let (dir, mut store) = store("replies", 5);
    let mut engine = store.engine("me").unwrap();
    settle(&mut store, &mut engine);
    store.verifier = Verifier::new(Vec::new()); // as at the next login: nothing vouched for
    store
        .conn
        .execute_batch(
            r#"UPDATE conversation_view SET conv_info = substr(conv_info, 1, 30) WHERE conv_id = 'c0';
               UPDATE conversation_view SET conv_info = (SELECT conv_info FROM conversation_view WHERE conv_id = 'c2')
                   WHERE conv_id = 'c1';
               UPDATE conversation SET rendered = 0 WHERE conv_id = 'c3';
               INSERT INTO conversation_view VALUES (7, 9, 'x', '{}');"#,
        )
        .unwrap();
    let mut engine = store.engine("me").unwrap();
    let (got, want) = whole_list(&mut engine);
    assert_eq!(got, want, "every conversation once, as its row says");
    assert_eq!(store.verifier.trust.suspects.borrow().len(), 4, "each unusable place is reported");
    assert_eq!(store.verifier.trust.checked_below(), i64::MIN, "nothing vouched for yet");

    store.verifier.pass = None; // only the places replies reported
    let repairs = settle(&mut store, &mut engine);
    assert_eq!(repairs.updated.len(), 3, "{:?}", repairs.lines);
    let (got, want) = whole_list(&mut engine);
    assert_eq!(got, want);
    assert_eq!(store.verifier.trust.checked_below(), i64::MAX, "a clean reply vouches for the view");
    drop((engine, store));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn the_walks_read_by_the_indexes() {
    let (dir, store) = store("plans", 3);
    let plan = |sql: &str| -> String {
        let mut stmt = store.conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
        let args = vec![Value::Integer(1); stmt.parameter_count()];
        let rows = stmt.query_map(rusqlite::params_from_iter(args), |r| r.get::<_, String>(3)).unwrap();
        rows.collect::<rusqlite::Result<Vec<_>>>().unwrap().join("; ")
    };
    for sql in [rows_sql(true), members_sql(true), view_sql(VIEW_FROM)] {
        let p = plan(&sql);
        assert!(!p.contains("TEMP B-TREE"), "no sort: {p}");
        assert!(p.contains("USING") || p.contains("PRIMARY KEY"), "an index: {p}");
        assert!(!p.contains("SCAN"), "ranges, not whole scans: {p}");
    }
    drop(store);
    let _ = std::fs::remove_dir_all(dir);
}
