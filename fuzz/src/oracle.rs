//! Consistency checks over the conversation list: `TIMConvGetConvList` is ordered by
//! `conv_active_time`, unique, descending and below 2^53 (pinned ones carry bit 52, so they come first),
//! and paging through `TIMConvGetConversationListByFilter` with an empty filter, a type filter
//! or a conversation-group filter yields exactly the matching part of that list, in order.

use std::ffi::CString;

use serde_json::{json, Value};
use timconv::ffi::conversation::*;

use crate::ledger::{call, fail};

/// Page size of the walks: small, so walks cross several pages.
const PAGE: u32 = 3;
/// Conversation groups checked per run.
const GROUPS_CHECKED: usize = 3;

type Key = (i64, String);

fn key_of(conv: &Value) -> Key {
    match (conv["conv_type"].as_i64(), conv["conv_id"].as_str()) {
        (Some(t), Some(id)) => (t, id.to_owned()),
        _ => fail(&format!("conversation without conv_type / conv_id: {conv}")),
    }
}

fn parse(json: &str, what: &str) -> Value {
    serde_json::from_str(json).unwrap_or_else(|_| fail(&format!("{what}: not JSON: {json:?}")))
}

/// The full list, checked for order.
fn full_list() -> Vec<Value> {
    let reply =
        call(|cb, ud| TIMConvGetConvList(cb, ud)).unwrap_or_else(|| fail("conversation list refused"));
    if reply.code != 0 {
        fail(&format!("conversation list failed: {} {}", reply.code, reply.desc));
    }
    let Value::Array(list) = parse(&reply.json, "conversation list") else {
        fail("the conversation list is not an array");
    };
    let times: Vec<u64> = list
        .iter()
        .map(|c| {
            c["conv_active_time"].as_u64().unwrap_or_else(|| fail("conversation without conv_active_time"))
        })
        .collect();
    if times.windows(2).any(|w| w[0] <= w[1]) {
        fail(&format!("conversation list not strictly ordered by conv_active_time: {times:?}"));
    }
    if times.first().is_some_and(|&t| t >= 1 << 53) {
        fail(&format!("conv_active_time above 2^53 - 1, not exact in JavaScript: {times:?}"));
    }
    list
}

/// Every conversation passing `filter`, page by page.
fn walk(filter: &Value) -> Vec<Key> {
    let text = CString::new(filter.to_string()).unwrap();
    let mut out = Vec::new();
    let mut next = 0u64;
    for _ in 0..10_000 {
        let reply = call(|cb, ud| TIMConvGetConversationListByFilter(text.as_ptr(), next, PAGE, cb, ud))
            .unwrap_or_else(|| fail(&format!("filter {filter} refused")));
        if reply.code != 0 {
            fail(&format!("filter {filter} failed: {} {}", reply.code, reply.desc));
        }
        let page = parse(&reply.json, "filter page");
        let convs = page["conversation_list_result_conv_list"].as_array().cloned().unwrap_or_default();
        if convs.len() > PAGE as usize {
            fail(&format!("filter {filter}: {} conversations on a page of {PAGE}", convs.len()));
        }
        out.extend(convs.iter().map(key_of));
        if page["conversation_list_result_is_finished"].as_bool() == Some(true) {
            return out;
        }
        let cursor = page["conversation_list_result_next_seq"].as_u64().unwrap_or(0);
        if cursor == next {
            fail(&format!("filter {filter}: paging does not advance past {next}"));
        }
        next = cursor;
    }
    fail(&format!("filter {filter}: paging never finishes"))
}

fn expect(filter: Value, full: &[Value], keep: impl Fn(&Value) -> bool) {
    let expected: Vec<Key> = full.iter().filter(|c| keep(c)).map(key_of).collect();
    let walked = walk(&filter);
    if walked != expected {
        fail(&format!("filter {filter}: pages give {walked:?}, the list gives {expected:?}"));
    }
}

/// Runs every check.
pub fn check_lists() {
    let full = full_list();
    expect(json!({}), &full, |_| true);
    for t in [1, 2] {
        expect(json!({ "conversation_list_filter_conv_type": t }), &full, |c| c["conv_type"] == t);
    }
    let mut groups: Vec<String> = full
        .iter()
        .filter_map(|c| c["conv_conversation_group_array"].as_array())
        .flatten()
        .filter_map(|g| g.as_str().map(str::to_owned))
        .collect();
    groups.sort();
    groups.dedup();
    for g in groups.into_iter().take(GROUPS_CHECKED) {
        let in_group = |c: &Value| {
            c["conv_conversation_group_array"].as_array().is_some_and(|a| a.iter().any(|x| x == g.as_str()))
        };
        expect(json!({ "conversation_list_filter_conversation_group": g }), &full, in_group);
    }
}
