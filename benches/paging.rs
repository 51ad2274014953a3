//! One filtered 100-item page out of N conversations, median over repeated calls, against
//! `TIMConvGetConvList` of the whole list divided by N/100 (the cost of a page if the list had
//! to be produced whole). `cargo bench --bench paging [-- --convs 100000]`.

mod common;

use std::ffi::CString;
use std::time::Duration;

use common::*;
use timconv::ffi::conversation::*;
use timconv::ffi::manager::TIMUninit;

fn page_median(filter: &str, pages: usize) -> Duration {
    let filter = CString::new(filter).unwrap();
    let samples = (0..pages)
        .map(|_| {
            let (code, json, t) =
                call(|cb, ud| TIMConvGetConversationListByFilter(filter.as_ptr(), 0, 100, cb, ud));
            assert_eq!(code, 0);
            assert!(json.contains("conversation_list_result_next_seq"));
            t
        })
        .collect();
    median(samples)
}

fn main() {
    let n = arg("--convs", 100_000);
    let dir = data_dir("paging");
    init_login(&dir, "bench");
    populate(n);
    // Mark 1% of the conversations.
    let marked: Vec<String> =
        (0..n).step_by(100).filter(|i| i % 3 != 0).map(|i| format!("c2c_user{i}")).collect();
    for chunk in marked.chunks(100) {
        let ids = CString::new(serde_json::to_string(chunk).unwrap()).unwrap();
        let (code, _, _) = call(|cb, ud| TIMConvMarkConversation(ids.as_ptr(), 1, 1, cb, ud));
        assert_eq!(code, 0);
    }
    let whole = median((0..5).map(|_| call(|cb, ud| TIMConvGetConvList(cb, ud)).2).collect());
    let baseline = whole / (n as u32 / 100).max(1);
    println!("paging: {n} conversations, pages of 100, median of 200 calls");
    println!("| filter | median page | whole list / (N/100) | ratio |");
    println!("|---|---|---|---|");
    for (name, filter) in [
        ("none", "{}"),
        ("by type (C2C)", r#"{"conversation_list_filter_conv_type":1}"#),
        ("by type (group)", r#"{"conversation_list_filter_conv_type":2}"#),
        ("by mark (star, 1%)", r#"{"conversation_list_filter_mark_type":1}"#),
    ] {
        let m = page_median(filter, 200);
        println!(
            "| {name} | {:.0} µs | {:.0} µs | {:.2}x |",
            m.as_secs_f64() * 1e6,
            baseline.as_secs_f64() * 1e6,
            m.as_secs_f64() / baseline.as_secs_f64()
        );
    }
    println!("whole TIMConvGetConvList: {:.1} ms", whole.as_secs_f64() * 1e3);
    TIMUninit();
    let _ = std::fs::remove_dir_all(&dir);
}
