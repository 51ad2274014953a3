//! Q1, local message search: `TIMMsgSearchLocalMessages` over N stored messages (keyword
//! search across all conversations, grouped, first page of 20), next to a plain `LIKE` scan of
//! the same database giving the same grouped answer, in the same run.

use std::ffi::CString;
use std::time::{Duration, Instant};

use super::{call, data_dir, init_login, median};
use serde_json::json;
use timconv::ffi::ext::TIMExtReceiveMessages;
use timconv::ffi::manager::TIMUninit;
use timconv::ffi::message_history::TIMMsgSearchLocalMessages;

const WORDS: [&str; 12] = [
    "budget",
    "lunch",
    "invoice",
    "holiday",
    "deploy",
    "review",
    "会议",
    "预算表",
    "周末",
    "报告",
    "rare",
    "zebra",
];

fn text_of(i: usize) -> String {
    // "rare" and "罕见" are in 1 message of 1000 (not the same ones), "zebra" in 1 of 100 000;
    // the others in about 1 of 10.
    let word = |n: usize| WORDS[n % 10];
    let mut s = format!("message {i} about {} and {}", word(i / 7), word(i / 13));
    if i % 1000 == 999 {
        s.push_str(" rare");
    }
    if i % 1000 == 499 {
        s.push_str(" 罕见");
    }
    if i % 100_000 == 99_999 {
        s.push_str(" zebra");
    }
    s
}

/// One keyword's figures.
pub struct KeywordTimes {
    pub keyword: &'static str,
    /// Conversations with matches (both answers agree on it).
    pub conversations: u64,
    /// Median of timconv's search, and of the plain `LIKE` scan.
    pub ours: Duration,
    pub scan: Duration,
}

/// What a run measured.
pub struct SearchRun {
    /// Storing the messages (through `TIMExtReceiveMessages`, batches of 1,000).
    pub ingest: Duration,
    /// The first search after ingest (it also indexes every message).
    pub first: Duration,
    pub keywords: Vec<KeywordTimes>,
}

/// The keywords measured: a word in 1 message of 100,000, two in 1 of 1,000 (one of them two
/// characters long), and common ones.
pub const KEYWORDS: [&str; 6] = ["zebra", "rare", "罕见", "budget", "会议", "预算表"];

/// Whether `keyword` is one of the rare ones (judged by time, not against the scan).
pub fn is_rare(keyword: &str) -> bool {
    matches!(keyword, "zebra" | "rare" | "罕见")
}

/// Stores `messages` messages over `convs` conversations, then times each keyword (`runs`
/// samples; the scan at most 5).
pub fn measure(messages: usize, convs: usize, runs: usize) -> SearchRun {
    let dir = data_dir("search");
    init_login(&dir, "bench");
    let start = Instant::now();
    for chunk in (0..messages).collect::<Vec<_>>().chunks(1000) {
        let msgs: Vec<_> = chunk
            .iter()
            .map(|&i| {
                let conv = i % convs;
                json!({"message_conv_id": format!("user{conv}"), "message_conv_type": 1,
                       "message_sender": format!("user{conv}"), "message_msg_id": format!("m{i}"),
                       "message_server_time": 1_600_000_000 + i as u64,
                       "message_elem_array": [{"elem_type": 0, "text_elem_content": text_of(i)}]})
            })
            .collect();
        let text = CString::new(serde_json::Value::from(msgs).to_string()).unwrap();
        assert_eq!(call(|cb, ud| TIMExtReceiveMessages(text.as_ptr(), cb, ud)).0, 0);
    }
    let ingest = start.elapsed();

    let search = |keyword: &str| {
        let p = CString::new(
            json!({"msg_search_param_keyword_array": [keyword], "msg_search_param_page_size": 20})
                .to_string(),
        )
        .unwrap();
        let (code, json, elapsed) = call(|cb, ud| TIMMsgSearchLocalMessages(p.as_ptr(), cb, ud));
        assert_eq!(code, 0, "{json}");
        let total = serde_json::from_str::<serde_json::Value>(&json).unwrap()
            ["msg_search_result_total_count"]
            .as_u64()
            .unwrap();
        (total, elapsed)
    };
    let (_, first) = search("budget");
    let timed: Vec<(u64, Duration)> = KEYWORDS
        .iter()
        .map(|k| {
            let samples: Vec<(u64, Duration)> = (0..runs).map(|_| search(k)).collect();
            (samples[0].0, median(samples.into_iter().map(|s| s.1).collect()))
        })
        .collect();
    TIMUninit();

    let db = timconv::store::path::database_path(&dir, 1, "bench");
    let conn = rusqlite::Connection::open(&db).unwrap();
    let mut scan = conn
        .prepare(
            "SELECT conv_type, conv_id, count(*), max(server_time) AS newest FROM message
             WHERE body LIKE ?1 AND status != 6 GROUP BY conv_type, conv_id ORDER BY newest DESC",
        )
        .unwrap();
    let scan_runs = runs.clamp(1, 5);
    let mut keywords = Vec::new();
    for (keyword, (conversations, ours)) in KEYWORDS.into_iter().zip(timed) {
        let samples: Vec<Duration> = (0..scan_runs)
            .map(|_| {
                let start = Instant::now();
                let groups = scan.query_map([format!("%{keyword}%")], |_| Ok(())).unwrap().count();
                assert_eq!(
                    groups as u64, conversations,
                    "the scan finds the same conversations for {keyword}"
                );
                start.elapsed()
            })
            .collect();
        keywords.push(KeywordTimes { keyword, conversations, ours, scan: median(samples) });
    }
    drop(scan);
    drop(conn);
    let _ = std::fs::remove_dir_all(dir);
    SearchRun { ingest, first, keywords }
}
