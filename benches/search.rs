//! Local message search: `TIMMsgSearchLocalMessages` over N stored messages (keyword search
//! across all conversations, grouped, first page of 20), next to a plain `LIKE` scan of the
//! same database giving the same grouped answer, in the same run.
//!
//! `cargo bench --bench search` (1M messages over 1k conversations; the first search also
//! indexes them, and is reported apart); `-- --messages 100000` for a quicker run.

mod common;

use std::ffi::CString;
use std::time::{Duration, Instant};

use common::{arg, call, data_dir, init_login, median};
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
    // "rare" is in 1 message of 1000, "zebra" in 1 of 100 000; the others in about 1 of 10.
    let word = |n: usize| WORDS[n % 10];
    let mut s = format!("message {i} about {} and {}", word(i / 7), word(i / 13));
    if i % 1000 == 999 {
        s.push_str(" rare");
    }
    if i % 100_000 == 99_999 {
        s.push_str(" zebra");
    }
    s
}

fn main() {
    let messages = arg("--messages", 1_000_000);
    let convs = arg("--convs", 1_000);
    let runs = arg("--runs", 20);
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
    println!(
        "stored {messages} messages over {convs} conversations in {:.1} s",
        start.elapsed().as_secs_f64()
    );

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
    println!("first search (indexes every message): {:.2} s", first.as_secs_f64());
    let keywords = ["zebra", "rare", "budget", "会议", "预算表"];
    let timed: Vec<(u64, Duration)> = keywords
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
    println!("| keyword | conversations with matches | timconv search, median of {runs} | plain LIKE scan, median of {scan_runs} | ratio |");
    println!("|---|---|---|---|---|");
    for (k, (total, ours)) in keywords.iter().zip(timed) {
        let samples: Vec<Duration> = (0..scan_runs)
            .map(|_| {
                let start = Instant::now();
                let groups = scan.query_map([format!("%{k}%")], |_| Ok(())).unwrap().count();
                assert_eq!(groups as u64, total, "the scan finds the same conversations for {k}");
                start.elapsed()
            })
            .collect();
        let base = median(samples);
        println!(
            "| {k} | {total} | {:.2} ms | {:.1} ms | {:.3}x |",
            ours.as_secs_f64() * 1e3,
            base.as_secs_f64() * 1e3,
            ours.as_secs_f64() / base.as_secs_f64()
        );
    }
    drop(scan);
    drop(conn);
    let _ = std::fs::remove_dir_all(dir);
}
