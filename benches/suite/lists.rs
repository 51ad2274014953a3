//! P2, P4, P5, P6: the conversation list at scale.

use std::ffi::CString;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::common::{call, call_len, data_dir, init_login, median, populate};
use timconv::ffi::conversation::*;
use timconv::ffi::manager::*;

/// A data directory holding `n` conversations (one text message each) for user "bench".
pub fn prepared(n: usize) -> PathBuf {
    let dir = data_dir(&format!("suite-{n}"));
    init_login(&dir, "bench");
    populate(n);
    TIMUninit();
    dir
}

/// P2: `TIMConvGetConvList` until its callback returns, against serde_json serialising the same
/// ConvInfo list (parsed into values beforehand). Both medians, in seconds. Expects to be
/// logged in.
pub fn whole_list(samples: usize) -> (f64, f64) {
    let (_, json, _) = call(|cb, ud| TIMConvGetConvList(cb, ud));
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let ours = median((0..samples).map(|_| call_len(|cb, ud| TIMConvGetConvList(cb, ud)).2).collect());
    let baseline = median(
        (0..samples)
            .map(|_| {
                let start = Instant::now();
                let text = serde_json::to_string(&value).unwrap();
                let t = start.elapsed();
                assert_eq!(text.len(), json.len());
                t
            })
            .collect(),
    );
    (ours.as_secs_f64(), baseline.as_secs_f64())
}

/// P4: login until the first `TIMConvGetConvList` callback, with the conversations on disk;
/// against reading the same rows with rusqlite and parsing their JSON with serde. Seconds.
pub fn login_to_list(dir: &Path) -> (f64, f64) {
    let config = CString::new(serde_json::json!({"sdk_config_config_file_path": dir}).to_string()).unwrap();
    let user = CString::new("bench").unwrap();
    let ours = median(
        (0..3)
            .map(|_| {
                assert_eq!(TIMInit(1, config.as_ptr()), 0);
                let start = Instant::now();
                let (code, _, _) = call(|cb, ud| TIMLogin(user.as_ptr(), user.as_ptr(), cb, ud));
                assert_eq!(code, 0);
                let (code, _, _) = call_len(|cb, ud| TIMConvGetConvList(cb, ud));
                assert_eq!(code, 0);
                let t = start.elapsed();
                TIMUninit();
                t
            })
            .collect(),
    );
    let db = timconv::store::path::database_path(dir, 1, "bench");
    let baseline = median((0..3).map(|_| raw_read(&db)).collect());
    (ours.as_secs_f64(), baseline.as_secs_f64())
}

fn raw_read(db: &Path) -> Duration {
    let start = Instant::now();
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn.prepare("SELECT * FROM conversation").unwrap();
    let columns = stmt.column_count();
    let mut rows = stmt.query([]).unwrap();
    let mut parsed = Vec::new();
    while let Some(row) = rows.next().unwrap() {
        let mut values = Vec::with_capacity(columns);
        for i in 0..columns {
            match row.get_ref(i).unwrap() {
                rusqlite::types::ValueRef::Text(t) => {
                    let text = std::str::from_utf8(t).unwrap();
                    values.push(serde_json::from_str(text).unwrap_or(serde_json::Value::String(text.into())));
                }
                rusqlite::types::ValueRef::Integer(n) => values.push(n.into()),
                _ => values.push(serde_json::Value::Null),
            }
        }
        parsed.push(values);
    }
    assert!(!parsed.is_empty());
    start.elapsed()
}

/// P5 (in a child process): resident memory added by logging in with the conversations in
/// `dir`, per conversation, in bytes.
pub fn rss_per_conversation(dir: &Path, n: usize) -> f64 {
    let config = CString::new(serde_json::json!({"sdk_config_config_file_path": dir}).to_string()).unwrap();
    let user = CString::new("bench").unwrap();
    assert_eq!(TIMInit(1, config.as_ptr()), 0);
    let before = rss_bytes();
    let (code, _, _) = call(|cb, ud| TIMLogin(user.as_ptr(), user.as_ptr(), cb, ud));
    assert_eq!(code, 0);
    let after = rss_bytes();
    TIMUninit();
    (after.saturating_sub(before)) as f64 / n as f64
}

/// VmRSS of this process.
pub fn rss_bytes() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

/// P6: median of one 100-item page by type and by a mark on 1% of the conversations, in
/// seconds. Expects to be logged in with `n` conversations.
pub fn filtered_pages(n: usize) -> (f64, f64) {
    let marked: Vec<String> =
        (0..n).step_by(100).filter(|i| i % 3 != 0).map(|i| format!("c2c_user{i}")).collect();
    for chunk in marked.chunks(100) {
        let ids = CString::new(serde_json::to_string(chunk).unwrap()).unwrap();
        assert_eq!(call(|cb, ud| TIMConvMarkConversation(ids.as_ptr(), 1, 1, cb, ud)).0, 0);
    }
    let page = |filter: &str| {
        let filter = CString::new(filter).unwrap();
        median(
            (0..200)
                .map(|_| call(|cb, ud| TIMConvGetConversationListByFilter(filter.as_ptr(), 0, 100, cb, ud)).2)
                .collect(),
        )
        .as_secs_f64()
    };
    (page(r#"{"conversation_list_filter_conv_type":1}"#), page(r#"{"conversation_list_filter_mark_type":1}"#))
}
