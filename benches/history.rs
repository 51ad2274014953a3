//! `TIMMsgGetMsgList` of 20 messages from one conversation holding N messages (default 100k):
//! the newest page, and a page from the middle (after a given message), median over repeated
//! calls, next to the cost of reading the whole conversation's history once, per 20 messages.
//! `cargo bench --bench history [-- --messages 100000]`.

mod common;

use std::ffi::CString;

use common::*;
use serde_json::json;
use timconv::ffi::ext::TIMExtReceiveMessages;
use timconv::ffi::manager::TIMUninit;
use timconv::ffi::message_history::TIMMsgGetMsgList;

fn main() {
    let n = arg("--messages", 100_000);
    let dir = data_dir("history");
    init_login(&dir, "bench");
    for chunk in (0..n).collect::<Vec<_>>().chunks(1000) {
        let msgs: Vec<_> = chunk
            .iter()
            .map(|i| {
                json!({"message_conv_id": "big", "message_conv_type": 2, "message_sender": "peer",
                       "message_server_time": 1_600_000_000 + *i as u64,
                       "message_elem_array": [{"elem_type": 0, "text_elem_content": format!("message {i} of an ordinary length")}]})
            })
            .collect();
        let text = CString::new(serde_json::Value::from(msgs).to_string()).unwrap();
        assert_eq!(call(|cb, ud| TIMExtReceiveMessages(text.as_ptr(), cb, ud)).0, 0);
    }
    let conv = CString::new("big").unwrap();
    let get = |param: &serde_json::Value| {
        let p = CString::new(param.to_string()).unwrap();
        let (code, json, t) = call(|cb, ud| TIMMsgGetMsgList(conv.as_ptr(), 2, p.as_ptr(), cb, ud));
        assert_eq!(code, 0);
        (json, t)
    };
    let (newest, _) = get(&json!({"msg_getmsglist_param_count": 20}));
    let first: serde_json::Value = serde_json::from_str(&newest).unwrap();
    assert_eq!(first.as_array().unwrap().len(), 20);
    let mid_seq = (n / 2) as u64;
    let top = median((0..200).map(|_| get(&json!({"msg_getmsglist_param_count": 20})).1).collect());
    let middle = median(
        (0..200)
            .map(|_| {
                get(&json!({"msg_getmsglist_param_count": 20, "msg_getmsglist_param_last_msg_seq": mid_seq}))
                    .1
            })
            .collect(),
    );
    let whole = median((0..3).map(|_| get(&json!({"msg_getmsglist_param_count": 100})).1).collect());
    println!("history: one conversation with {n} messages, pages of 20, median of 200 calls");
    println!("| page | median |");
    println!("|---|---|");
    println!("| newest 20 | {:.0} µs |", top.as_secs_f64() * 1e6);
    println!("| 20 from the middle (last_msg_seq) | {:.0} µs |", middle.as_secs_f64() * 1e6);
    println!("| largest page (100), for scale | {:.0} µs |", whole.as_secs_f64() * 1e6);
    TIMUninit();
    let _ = std::fs::remove_dir_all(&dir);
}
