//! Local message search (`TIMMsgSearchLocalMessages`) through the C API: keywords in any
//! script, AND/OR, filters, paging, grouping by conversation, and an index that stays exact
//! through deletes, revokes, edits and restarts — checked against a plain substring scan.

mod common;

use common::*;
use serde_json::{json, Value};
use timconv::ffi::{ext::*, manager::TIMUninit, message_history::*};

fn search(param: Value) -> Value {
    let p = cs(&param.to_string());
    let r = call(|cb, ud| TIMMsgSearchLocalMessages(p.as_ptr(), cb, ud));
    assert_eq!(r.code, 0, "{}", r.desc);
    r.value()
}

fn texts_of(item: &Value) -> Vec<String> {
    item["msg_search_result_item_message_array"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["message_elem_array"][0]["text_elem_content"].as_str().unwrap_or("").to_owned())
        .collect()
}

/// One conversation's matches, newest first.
fn found_in(conv: &str, conv_type: u32, keywords: &[&str], all: bool) -> Vec<String> {
    let r = search(json!({"msg_search_param_keyword_array": keywords, "msg_search_param_conv_id": conv,
        "msg_search_param_conv_type": conv_type, "msg_search_param_keyword_list_match_type": all as u32}));
    r["msg_search_result_item_array"].as_array().unwrap().first().map(texts_of).unwrap_or_default()
}

fn timed(conv: &str, conv_type: u32, sender: &str, body: &str, time: u64) -> Value {
    let mut m = text(conv, conv_type, sender, body);
    m["message_server_time"] = json!(time);
    m
}

#[test]
fn keywords_match_substrings_in_any_script_with_and_or() {
    let _g = lock();
    init_login(&temp_dir("search"), "me");
    receive(json!([
        timed("bob", 1, "bob", "Meeting at ten", 100),
        timed("bob", 1, "bob", "明天开会讨论预算", 101),
        timed("bob", 1, "bob", "the budget meeting moved", 102),
        timed("bob", 1, "bob", "100% sure_thing", 103),
        timed("bob", 1, "bob", "say \"hi\" AND* NEAR(x)", 104),
        timed("bob", 1, "bob", "Grande ÉCOLE", 105),
    ]));
    assert_eq!(found_in("bob", 1, &["meeting"], false), ["the budget meeting moved", "Meeting at ten"]);
    assert_eq!(found_in("bob", 1, &["MEET", "budget"], true), ["the budget meeting moved"]);
    assert_eq!(found_in("bob", 1, &["ten", "预算"], false), ["明天开会讨论预算", "Meeting at ten"]);
    assert_eq!(found_in("bob", 1, &["开会"], false), ["明天开会讨论预算"], "two CJK characters");
    assert_eq!(found_in("bob", 1, &["会"], false), ["明天开会讨论预算"], "one character");
    assert_eq!(found_in("bob", 1, &["0%"], false), ["100% sure_thing"], "LIKE wildcards are literal");
    assert_eq!(found_in("bob", 1, &["e_t"], false), ["100% sure_thing"]);
    assert_eq!(found_in("bob", 1, &["\"hi\""], false), ["say \"hi\" AND* NEAR(x)"], "quotes are literal");
    assert_eq!(
        found_in("bob", 1, &["AND*", "NEAR("], true),
        ["say \"hi\" AND* NEAR(x)"],
        "so is query syntax"
    );
    assert_eq!(found_in("bob", 1, &["0% s"], false), ["100% sure_thing"]);
    assert_eq!(found_in("bob", 1, &["école"], false), ["Grande ÉCOLE"], "case folds beyond ASCII");
    assert!(found_in("bob", 1, &["nothing like this"], false).is_empty());
    TIMUninit();
}

#[test]
fn filters_paging_and_grouping_by_conversation() {
    let _g = lock();
    init_login(&temp_dir("search-filters"), "me");
    receive(json!([
        timed("bob", 1, "bob", "lunch one", 100),
        timed("bob", 1, "bob", "lunch two", 101),
        timed("g1", 2, "carol", "lunch three", 102),
        timed("g1", 2, "dave", "lunch four", 103),
        timed("g1", 2, "dave", "dinner", 104),
        timed("eve", 1, "eve", "lunch five", 105),
    ]));
    let mut custom = text("eve", 1, "eve", "");
    custom["message_elem_array"] =
        json!([{"elem_type": 3, "custom_elem_data": "{\"kind\":\"lunch-order\"}"}]);
    custom["message_server_time"] = json!(106);
    receive(json!([custom]));

    // All conversations: grouped, most recent match first; one-match groups carry the message.
    let all = search(json!({"msg_search_param_keyword_array": ["lunch"]}));
    assert_eq!(all["msg_search_result_total_count"], 3);
    let items = all["msg_search_result_item_array"].as_array().unwrap();
    let summary: Vec<(String, u64, usize)> = items
        .iter()
        .map(|i| {
            (
                i["msg_search_result_item_conv_id"].as_str().unwrap().to_owned(),
                i["msg_search_result_item_total_message_count"].as_u64().unwrap(),
                i["msg_search_result_item_message_array"].as_array().unwrap().len(),
            )
        })
        .collect();
    assert_eq!(summary, [("eve".into(), 2, 0), ("g1".into(), 2, 0), ("bob".into(), 2, 0)]);
    let paged = search(json!({"msg_search_param_keyword_array": ["lunch"], "msg_search_param_page_size": 2,
        "msg_search_param_page_index": 1}));
    assert_eq!(paged["msg_search_result_total_count"], 3);
    assert_eq!(paged["msg_search_result_item_array"][0]["msg_search_result_item_conv_id"], "bob");
    let single = search(json!({"msg_search_param_keyword_array": ["dinner"]}));
    assert_eq!(texts_of(&single["msg_search_result_item_array"][0]), ["dinner"]);

    // Senders, types, time window, one conversation with pages.
    let by_dave = search(
        json!({"msg_search_param_keyword_array": ["lunch"], "msg_search_param_send_identifier_array": ["dave"],
        "msg_search_param_conv_id": "g1", "msg_search_param_conv_type": 2}),
    );
    assert_eq!(texts_of(&by_dave["msg_search_result_item_array"][0]), ["lunch four"]);
    let customs = search(json!({"msg_search_param_message_type_array": [3]}));
    assert_eq!(customs["msg_search_result_total_count"], 1);
    assert_eq!(customs["msg_search_result_item_array"][0]["msg_search_result_item_conv_id"], "eve");
    let window = search(
        json!({"msg_search_param_keyword_array": ["lunch"], "msg_search_param_search_time_position": 102,
        "msg_search_param_search_time_period": 1}),
    );
    let convs: Vec<&str> = window["msg_search_result_item_array"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["msg_search_result_item_conv_id"].as_str().unwrap())
        .collect();
    assert_eq!(convs, ["g1", "bob"], "server times 101..=102");
    let page = search(json!({"msg_search_param_keyword_array": ["lunch"], "msg_search_param_conv_id": "g1",
        "msg_search_param_conv_type": 2, "msg_search_param_page_size": 1, "msg_search_param_page_index": 1}));
    assert_eq!(page["msg_search_result_total_count"], 2);
    assert_eq!(texts_of(&page["msg_search_result_item_array"][0]), ["lunch three"]);

    // Bad parameters.
    let bad = |p: &str| TIMMsgSearchLocalMessages(cs(p).as_ptr(), None, std::ptr::null());
    assert_eq!(bad("{}"), -4, "nothing to search for");
    assert_eq!(bad(r#"{"msg_search_param_keyword_array":["a","b","c","d","e","f"]}"#), -4);
    assert_eq!(bad("[]"), -3);
    assert_eq!(TIMMsgSearchLocalMessages(std::ptr::null(), None, std::ptr::null()), -4);
    TIMUninit();
}

#[test]
fn the_index_follows_deletes_revokes_edits_and_restarts() {
    let _g = lock();
    let dir = temp_dir("search-index");
    init_login(&dir, "me");
    let pushed =
        receive(json!([timed("g1", 2, "x", "alpha one", 100), timed("g1", 2, "x", "alpha two", 101)]))
            .value();
    assert_eq!(found_in("g1", 2, &["alpha"], false).len(), 2, "indexed by this search");
    // Delete the newest message: SQLite may give its row ID to the next message.
    let del = cs(&json!({"msg_delete_param_msg": pushed[1]}).to_string());
    assert_eq!(call(|cb, ud| TIMMsgDelete(cs("g1").as_ptr(), 2, del.as_ptr(), cb, ud)).code, 0);
    receive(json!([timed("g1", 2, "x", "alpha three", 102)]));
    assert_eq!(found_in("g1", 2, &["alpha"], false), ["alpha three", "alpha one"]);
    // The pair index too: the deleted message's pairs went with it.
    assert!(found_in("g1", 2, &["tw"], false).is_empty(), "a deleted message is not found by a pair");
    assert_eq!(found_in("g1", 2, &["Th"], false), ["alpha three"]);
    // Server-side edit and revoke.
    let mut edited = pushed[0].clone();
    edited["message_elem_array"] = json!([{"elem_type": 0, "text_elem_content": "omega one"}]);
    let e = cs(&json!([edited]).to_string());
    assert_eq!(call(|cb, ud| TIMExtUpdateMessages(e.as_ptr(), cb, ud)).code, 0);
    assert_eq!(found_in("g1", 2, &["alpha"], false), ["alpha three"]);
    assert_eq!(found_in("g1", 2, &["omega"], false), ["omega one"]);
    assert_eq!(found_in("g1", 2, &["al"], false), ["alpha three"], "an edit replaces the pairs");
    assert_eq!(found_in("g1", 2, &["om", "a "], true), ["omega one"]);
    let third = search(json!({"msg_search_param_keyword_array": ["three"], "msg_search_param_conv_id": "g1",
        "msg_search_param_conv_type": 2}))["msg_search_result_item_array"][0]
        ["msg_search_result_item_message_array"][0]
        .clone();
    let r = cs(&json!([third]).to_string());
    assert_eq!(call(|cb, ud| TIMExtRevokeMessages(r.as_ptr(), cb, ud)).code, 0);
    assert!(found_in("g1", 2, &["three"], false).is_empty(), "revoked messages are left out");
    // Clearing the history empties the index for it; a restart keeps the rest.
    receive(json!([timed("bob", 1, "bob", "omega two", 103)]));
    assert_eq!(call(|cb, ud| TIMMsgClearHistoryMessage(cs("g1").as_ptr(), 2, cb, ud)).code, 0);
    TIMUninit();
    init_login(&dir, "me");
    for keyword in ["omega", "om"] {
        let left = search(json!({"msg_search_param_keyword_array": [keyword]}));
        assert_eq!(left["msg_search_result_total_count"], 1, "{keyword}");
        assert_eq!(left["msg_search_result_item_array"][0]["msg_search_result_item_conv_id"], "bob");
    }
    TIMUninit();
}

/// A tiny deterministic generator (no extra dependency needed for this check).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

#[test]
fn search_agrees_with_a_plain_substring_scan() {
    let _g = lock();
    init_login(&temp_dir("search-model"), "me");
    const WORDS: [&str; 10] =
        ["Apple", "apricot", "会议", "预算表", "zeta", "ZETA9", "né", "x_y", "50%", "be"];
    let mut rng = Lcg(7);
    let mut stored: Vec<(String, String)> = Vec::new();
    for batch in 0..20 {
        let msgs: Vec<Value> = (0..10)
            .map(|i| {
                let conv = format!("c{}", rng.next(4));
                let body: Vec<&str> = (0..1 + rng.next(3)).map(|_| WORDS[rng.next(10) as usize]).collect();
                let body = body.join(" ");
                stored.push((conv.clone(), body.clone()));
                timed(&conv, 1, &conv, &body, 1000 + batch * 10 + i)
            })
            .collect();
        receive(Value::Array(msgs));
        for _ in 0..5 {
            // Whole words, or one to three characters cut from a stored text (across words too),
            // ASCII letters in either case: each way a keyword is looked up.
            let mut keyword = || -> String {
                if rng.next(2) == 0 {
                    return WORDS[rng.next(10) as usize].to_owned();
                }
                let text: Vec<char> = stored[rng.next(stored.len() as u64) as usize].1.chars().collect();
                let len = (1 + rng.next(3) as usize).min(text.len());
                let start = rng.next((text.len() - len + 1) as u64) as usize;
                let upper = rng.next(2) == 1;
                let cut: String = text[start..start + len]
                    .iter()
                    .map(|c| if upper { c.to_ascii_uppercase() } else { *c })
                    .collect();
                // The API ignores blank keywords.
                if cut.trim().is_empty() {
                    WORDS[0].to_owned()
                } else {
                    cut
                }
            };
            let k: Vec<String> = vec![keyword(), keyword()];
            let count = 1 + rng.next(2) as usize;
            let k: Vec<&str> = k[..count].iter().map(String::as_str).collect();
            let all = rng.next(2) == 1;
            let conv = format!("c{}", rng.next(4));
            let hit = |body: &str| {
                let b = body.to_lowercase();
                let one = |w: &&str| b.contains(&w.to_lowercase());
                if all {
                    k.iter().all(one)
                } else {
                    k.iter().any(one)
                }
            };
            let mut want: Vec<String> =
                stored.iter().filter(|(c, b)| *c == conv && hit(b)).map(|(_, b)| b.clone()).collect();
            want.reverse();
            assert_eq!(found_in(&conv, 1, &k, all), want, "keywords {k:?} all={all} in {conv}");
        }
    }
    TIMUninit();
}
