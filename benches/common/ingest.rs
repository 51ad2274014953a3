//! Durable ingest: timconv receiving messages in batches, and raw rusqlite inserting the same
//! rows in the same batches (WAL + synchronous=FULL for both).

use std::ffi::{c_char, c_void, CString};
use std::sync::{Condvar, Mutex};
use std::time::Instant;

use serde_json::json;
use timconv::ffi::ext::TIMExtReceiveMessages;
use timconv::ffi::manager::*;

/// What to ingest.
pub struct Ingest {
    pub messages: usize,
    pub convs: usize,
    pub batch: usize,
}

impl Ingest {
    /// The batches as `TIMExtReceiveMessages` takes them.
    pub fn batches(&self) -> Vec<String> {
        (0..self.messages)
            .collect::<Vec<_>>()
            .chunks(self.batch)
            .map(|chunk| {
                let msgs: Vec<_> = chunk
                    .iter()
                    .map(|i| {
                        let conv = i % self.convs;
                        json!({"message_conv_id": format!("user{conv}"), "message_conv_type": 1,
                               "message_sender": format!("user{conv}"), "message_msg_id": format!("m{i}"),
                               "message_elem_array": [{"elem_type": 0, "text_elem_content": format!("message number {i}")}]})
                    })
                    .collect();
                serde_json::Value::from(msgs).to_string()
            })
            .collect()
    }

    /// Seconds for raw rusqlite to insert the same rows, one transaction per batch.
    pub fn raw_rusqlite(&self) -> f64 {
        let path = std::env::temp_dir().join(format!("timconv-bench-raw-{}.db", std::process::id()));
        let mut conn = raw_message_db(&path);
        let start = Instant::now();
        for chunk in (0..self.messages).collect::<Vec<_>>().chunks(self.batch) {
            let tx = conn.transaction().unwrap();
            {
                let mut stmt = tx
                    .prepare_cached(
                        "INSERT INTO message (conv_type, conv_id, seq, server_time, msg_id, sender, status,
                         counts_unread, body) VALUES (1, ?1, ?2, ?3, ?4, ?1, 2, 1, ?5)",
                    )
                    .unwrap();
                for i in chunk {
                    let conv = format!("user{}", i % self.convs);
                    let body = json!({"message_conv_id": conv, "message_msg_id": format!("m{i}"),
                        "message_elem_array": [{"elem_type": 0, "text_elem_content": format!("message number {i}")}]})
                    .to_string();
                    let seq = (*i / self.convs) as i64 + 1;
                    stmt.execute(rusqlite::params![conv, seq, 1_700_000_000i64, format!("m{i}"), body])
                        .unwrap();
                }
            }
            tx.commit().unwrap();
        }
        let secs = start.elapsed().as_secs_f64();
        drop(conn);
        let _ = std::fs::remove_file(&path);
        secs
    }
}

/// A fresh database at `path` with a message table and indexes like timconv's (WAL,
/// synchronous=FULL): what the raw baselines insert into.
pub fn raw_message_db(path: &std::path::Path) -> rusqlite::Connection {
    let _ = std::fs::remove_file(path);
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(())).unwrap();
    conn.pragma_update(None, "synchronous", "FULL").unwrap();
    conn.execute_batch(
        "CREATE TABLE message (id INTEGER PRIMARY KEY, conv_type INTEGER NOT NULL, conv_id TEXT NOT NULL,
            seq INTEGER NOT NULL, server_time INTEGER NOT NULL, msg_id TEXT NOT NULL, sender TEXT NOT NULL,
            status INTEGER NOT NULL, counts_unread INTEGER NOT NULL, body TEXT NOT NULL,
            excluded_from_last INTEGER NOT NULL DEFAULT 0);
         CREATE INDEX message_timeline ON message (conv_type, conv_id, server_time, seq);
         CREATE INDEX message_by_msg_id ON message (msg_id);
         CREATE INDEX message_seq ON message (conv_type, conv_id, seq);",
    )
    .unwrap();
    conn
}

static DONE: (Mutex<usize>, Condvar) = (Mutex::new(0), Condvar::new());

unsafe extern "C" fn on_done(code: i32, _: *const c_char, _: *const c_char, _: *const c_void) {
    assert_eq!(code, 0);
    *DONE.0.lock().unwrap() += 1;
    DONE.1.notify_all();
}

fn wait_for(n: usize) {
    let mut done = DONE.0.lock().unwrap();
    while *done < n {
        done = DONE.1.wait(done).unwrap();
    }
}

/// Seconds for timconv to receive every batch through `TIMExtReceiveMessages`, durably.
/// `pipelined` submits without waiting (the worker group-commits what is queued); otherwise
/// each call waits for its callback (one commit per call).
pub fn timconv_ingest(batches: &[String], pipelined: bool) -> f64 {
    let dir = std::env::temp_dir().join(format!("timconv-bench-ingest-{}-{pipelined}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let config = CString::new(json!({"sdk_config_config_file_path": dir}).to_string()).unwrap();
    assert_eq!(TIMInit(1, config.as_ptr()), 0);
    let user = CString::new("bench").unwrap();
    *DONE.0.lock().unwrap() = 0;
    assert_eq!(TIMLogin(user.as_ptr(), user.as_ptr(), Some(on_done), std::ptr::null()), 0);
    wait_for(1);
    let texts: Vec<CString> = batches.iter().map(|b| CString::new(b.as_str()).unwrap()).collect();
    let start = Instant::now();
    for (i, t) in texts.iter().enumerate() {
        assert_eq!(TIMExtReceiveMessages(t.as_ptr(), Some(on_done), std::ptr::null()), 0);
        if !pipelined {
            wait_for(i + 2);
        }
    }
    wait_for(texts.len() + 1);
    let secs = start.elapsed().as_secs_f64();
    TIMUninit();
    let _ = std::fs::remove_dir_all(&dir);
    secs
}
