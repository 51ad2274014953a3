//! The full conversation API through the C functions: paging, filters, marks, custom data,
//! conversation groups, unread by filter, clean unread, batch delete — and their persistence.

mod common;

use std::os::raw::{c_char, c_int, c_void};
use std::sync::Mutex;

use common::*;
use serde_json::{json, Value};
use timconv::ffi::{conversation::*, conversation_group::*, manager::*};

fn page(filter: &Value, next_seq: u64, count: u32) -> Value {
    let f = cs(&filter.to_string());
    let r = call(|cb, ud| TIMConvGetConversationListByFilter(f.as_ptr(), next_seq, count, cb, ud));
    assert_eq!(r.code, 0, "{}", r.desc);
    r.value()
}

fn page_ids(v: &Value) -> Vec<String> {
    v["conversation_list_result_conv_list"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["conv_id"].as_str().unwrap().to_owned())
        .collect()
}

fn ids_json(ids: &[&str]) -> std::ffi::CString {
    cs(&json!(ids).to_string())
}

fn results(r: &Reply) -> Vec<(String, i64)> {
    r.value()
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["conversation_operation_result_conversation_id"].as_str().unwrap().to_owned(),
                e["conversation_operation_result_result_code"].as_i64().unwrap(),
            )
        })
        .collect()
}

fn conv(id: &str) -> Value {
    conv_list().into_iter().find(|c| c["conv_id"] == id).unwrap_or_else(|| panic!("{id} not listed"))
}

fn unread_by(filter: &Value) -> i64 {
    let f = cs(&filter.to_string());
    let r = call(|cb, ud| TIMConvGetUnreadMessageCountByFilter(f.as_ptr(), cb, ud));
    r.value()["conv_get_total_unread_message_count_result_unread_count"].as_i64().unwrap()
}

#[test]
fn paging_walks_every_unmoved_conversation_exactly_once() {
    let _g = lock();
    init_login(&temp_dir("paging"), "me");
    let msgs: Vec<Value> = (0..250).map(|i| text(&format!("u{i:03}"), 1, "x", "hi")).collect();
    receive(Value::from(msgs));
    let mut seen = Vec::new();
    let mut moved = Vec::new();
    let mut next = 0;
    let mut pages = 0;
    loop {
        let p = page(&json!({}), next, 100);
        pages += 1;
        seen.extend(page_ids(&p));
        if p["conversation_list_result_is_finished"].as_bool().unwrap() {
            break;
        }
        next = p["conversation_list_result_next_seq"].as_u64().unwrap();
        // Conversations move to the top between pages; one from the unseen part, one seen.
        let unseen = format!("u{:03}", 10 + pages);
        receive(json!([text(&unseen, 1, "x", "bump"), text(&seen[0].clone(), 1, "x", "bump")]));
        moved.push(unseen);
        moved.push(seen[0].clone());
    }
    assert_eq!(pages, 3);
    for i in 0..250 {
        let id = format!("u{i:03}");
        let n = seen.iter().filter(|s| **s == id).count();
        if moved.contains(&id) {
            assert!(n <= 1, "{id} repeated");
        } else {
            assert_eq!(n, 1, "{id} skipped or repeated");
        }
    }
    let first = page(&json!({}), 0, 0);
    assert_eq!(page_ids(&first).len(), 100, "count 0 = default page of 100");
    let old_style =
        page(&json!({"conversation_list_filter_count": 7, "conversation_list_filter_next_seq": 0}), 0, 0);
    assert_eq!(page_ids(&old_style).len(), 7, "6.5-era count key accepted");
    TIMUninit();
}

#[test]
fn filters_by_type_group_mark_and_unread() {
    let _g = lock();
    init_login(&temp_dir("filters"), "me");
    receive(json!([
        text("a", 1, "a", "1"),
        text("b", 1, "b", "2"),
        text("g1", 2, "x", "3"),
        text("g2", 2, "me", "mine")
    ]));
    let star =
        call(|cb, ud| TIMConvMarkConversation(ids_json(&["c2c_a", "group_g1"]).as_ptr(), 1, 1, cb, ud));
    assert_eq!(results(&star), vec![("c2c_a".into(), 0), ("group_g1".into(), 0)]);
    let r = call(|cb, ud| {
        TIMConvCreateConversationGroup(cs("work").as_ptr(), ids_json(&["c2c_b", "group_g1"]).as_ptr(), cb, ud)
    });
    assert_eq!(r.code, 0);

    let ids = |f: Value| page_ids(&page(&f, 0, 100));
    assert_eq!(ids(json!({"conversation_list_filter_conv_type": 1})), ["b", "a"]);
    assert_eq!(ids(json!({"conversation_list_filter_conv_type": 2})), ["g2", "g1"]);
    assert_eq!(ids(json!({"conversation_list_filter_conversation_group": "work"})), ["g1", "b"]);
    assert_eq!(ids(json!({"conversation_list_filter_group_name": "work"})), ["g1", "b"], "6.5-era key");
    assert_eq!(ids(json!({"conversation_list_filter_conversation_group": ""})), ["g2", "a"]);
    assert_eq!(ids(json!({"conversation_list_filter_mark_type": 1})), ["g1", "a"]);
    assert_eq!(ids(json!({"conversation_list_filter_mark_type": 0})), ["g2", "b"]);
    assert_eq!(ids(json!({"conversation_list_filter_has_unread_count": false})), ["g2"]);
    assert_eq!(
        ids(
            json!({"conversation_list_filter_has_unread_count": true, "conversation_list_filter_conv_type": 2})
        ),
        ["g1"]
    );
    assert_eq!(ids(json!({"conversation_list_filter_has_group_at_info": true})), Vec::<String>::new());
    assert_eq!(ids(json!({"conversation_list_filter_conversation_group": "nope"})), Vec::<String>::new());
    assert_eq!(unread_by(&json!({"conversation_list_filter_conversation_group": "work"})), 2);
    assert_eq!(
        unread_by(&json!({"conversation_list_filter_mark_type": 1, "conversation_list_filter_conv_type": 1})),
        1
    );

    let bad = cs(r#"{"conversation_list_filter_conv_type": 9}"#);
    assert_eq!(TIMConvGetConversationListByFilter(bad.as_ptr(), 0, 10, None, std::ptr::null()), -4);
    assert_eq!(TIMConvGetConversationListByFilter(cs("{").as_ptr(), 0, 10, None, std::ptr::null()), -3);
    assert_eq!(TIMConvGetConversationListByFilter(std::ptr::null(), 0, 10, None, std::ptr::null()), -4);
    TIMUninit();
}

#[test]
fn marks_and_custom_data_report_per_conversation_and_persist() {
    let _g = lock();
    let dir = temp_dir("marks");
    init_login(&dir, "me");
    receive(json!([text("a", 1, "a", "1"), text("b", 1, "b", "2")]));
    let ext = 1u64 << 40;
    let r = call(|cb, ud| {
        TIMConvMarkConversation(ids_json(&["c2c_a", "c2c_ghost", "bogus"]).as_ptr(), 2 | ext, 1, cb, ud)
    });
    assert_eq!(results(&r), vec![("c2c_a".into(), 0), ("c2c_ghost".into(), 6004), ("bogus".into(), 6017)]);
    assert_eq!(conv("a")["conv_mark_array"], json!([2, ext]));
    call(|cb, ud| TIMConvMarkConversation(ids_json(&["c2c_a"]).as_ptr(), 2, 0, cb, ud));
    assert_eq!(conv("a")["conv_mark_array"], json!([ext]));
    for bad in [0, 1 << 20, 1 << 4] {
        assert_eq!(
            TIMConvMarkConversation(ids_json(&["c2c_a"]).as_ptr(), bad, 1, None, std::ptr::null()),
            -4,
            "{bad:#x}"
        );
    }

    let data = cs("{\"tag\":\"vip\"}");
    let r = call(|cb, ud| {
        TIMConvSetConversationCustomData(ids_json(&["c2c_a", "c2c_b"]).as_ptr(), data.as_ptr(), cb, ud)
    });
    assert_eq!(results(&r), vec![("c2c_a".into(), 0), ("c2c_b".into(), 0)]);
    let long = cs(&"x".repeat(257));
    assert_eq!(
        TIMConvSetConversationCustomData(
            ids_json(&["c2c_a"]).as_ptr(),
            long.as_ptr(),
            None,
            std::ptr::null()
        ),
        -4
    );
    let max = cs(&"y".repeat(256));
    call(|cb, ud| TIMConvSetConversationCustomData(ids_json(&["c2c_b"]).as_ptr(), max.as_ptr(), cb, ud));

    let many: Vec<String> = (0..101).map(|i| format!("c2c_u{i}")).collect();
    let many = cs(&json!(many).to_string());
    assert_eq!(call(|cb, ud| TIMConvMarkConversation(many.as_ptr(), 1, 1, cb, ud)).code, 51006);
    assert_eq!(call(|cb, ud| TIMConvMarkConversation(ids_json(&[]).as_ptr(), 1, 1, cb, ud)).code, 6017);

    // Restart: everything is still there.
    TIMUninit();
    init_login(&dir, "me");
    assert_eq!(conv("a")["conv_mark_array"], json!([ext]));
    assert_eq!(conv("a")["conv_custom_data"], "{\"tag\":\"vip\"}");
    assert_eq!(conv("b")["conv_custom_data"], "y".repeat(256));
    TIMUninit();
}

static GROUP_EVENTS: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn convs_of(array: *const c_char) -> String {
    // SAFETY: valid during the listener call.
    let text = unsafe { std::ffi::CStr::from_ptr(array) }.to_str().unwrap();
    let v: Value = serde_json::from_str(text).unwrap();
    v.as_array().unwrap().iter().map(|c| c["conv_id"].as_str().unwrap()).collect::<Vec<_>>().join(",")
}

fn s(p: *const c_char) -> String {
    // SAFETY: valid during the listener call.
    unsafe { std::ffi::CStr::from_ptr(p) }.to_str().unwrap().to_owned()
}

unsafe extern "C" fn g_created(name: *const c_char, convs: *const c_char, _: *const c_void) {
    GROUP_EVENTS.lock().unwrap().push(format!("created {} [{}]", s(name), convs_of(convs)));
}
unsafe extern "C" fn g_deleted(name: *const c_char, _: *const c_void) {
    GROUP_EVENTS.lock().unwrap().push(format!("deleted {}", s(name)));
}
unsafe extern "C" fn g_renamed(old: *const c_char, new: *const c_char, _: *const c_void) {
    GROUP_EVENTS.lock().unwrap().push(format!("renamed {} {}", s(old), s(new)));
}
unsafe extern "C" fn g_added(name: *const c_char, convs: *const c_char, _: *const c_void) {
    GROUP_EVENTS.lock().unwrap().push(format!("added {} [{}]", s(name), convs_of(convs)));
}
unsafe extern "C" fn g_removed(name: *const c_char, convs: *const c_char, reason: u32, _: *const c_void) {
    GROUP_EVENTS.lock().unwrap().push(format!("removed {} [{}] {reason}", s(name), convs_of(convs)));
}

#[test]
fn conversation_groups_with_limits_listeners_and_persistence() {
    let _g = lock();
    let dir = temp_dir("groups");
    GROUP_EVENTS.lock().unwrap().clear();
    TIMSetConvConversationGroupCreatedCallback(Some(g_created), std::ptr::null());
    TIMSetConvConversationGroupDeletedCallback(Some(g_deleted), std::ptr::null());
    TIMSetConvConversationGroupNameChangedCallback(Some(g_renamed), std::ptr::null());
    TIMSetConvConversationsAddedToGroupCallback(Some(g_added), std::ptr::null());
    TIMSetConvConversationsDeletedFromGroupCallback(Some(g_removed), std::ptr::null());
    init_login(&dir, "me");
    receive(json!([text("a", 1, "a", "1"), text("b", 1, "b", "2"), text("g", 2, "x", "3")]));
    let group_call = |f: &dyn Fn(timconv::ffi::defs::TIMCommCallback, *const c_void) -> c_int| call(f);

    let r = group_call(&|cb, ud| {
        TIMConvCreateConversationGroup(
            cs("friends").as_ptr(),
            ids_json(&["c2c_a", "c2c_zz"]).as_ptr(),
            cb,
            ud,
        )
    });
    assert_eq!(results(&r), vec![("c2c_a".into(), 0), ("c2c_zz".into(), 6004)]);
    assert_eq!(
        group_call(&|cb, ud| TIMConvCreateConversationGroup(
            cs("friends").as_ptr(),
            ids_json(&["c2c_b"]).as_ptr(),
            cb,
            ud
        ))
        .code,
        6017
    );
    assert_eq!(
        group_call(&|cb, ud| TIMConvCreateConversationGroup(
            cs(&"n".repeat(33)).as_ptr(),
            ids_json(&["c2c_b"]).as_ptr(),
            cb,
            ud
        ))
        .code,
        51011
    );
    assert_eq!(
        TIMConvCreateConversationGroup(
            cs("").as_ptr(),
            ids_json(&["c2c_b"]).as_ptr(),
            None,
            std::ptr::null()
        ),
        -4,
        "an empty name is refused at once, as the SDK does"
    );
    assert_eq!(
        group_call(&|cb, ud| TIMConvCreateConversationGroup(
            cs("x").as_ptr(),
            ids_json(&[]).as_ptr(),
            cb,
            ud
        ))
        .code,
        6017
    );
    assert_eq!(
        TIMConvCreateConversationGroup(
            std::ptr::null(),
            ids_json(&["c2c_b"]).as_ptr(),
            None,
            std::ptr::null()
        ),
        -4
    );
    assert_eq!(
        TIMConvCreateConversationGroup(cs("x").as_ptr(), cs("[1,2]").as_ptr(), None, std::ptr::null()),
        -3
    );

    let r = group_call(&|cb, ud| {
        TIMConvAddConversationsToGroup(
            cs("friends").as_ptr(),
            ids_json(&["c2c_b", "group_g", "c2c_a"]).as_ptr(),
            cb,
            ud,
        )
    });
    assert_eq!(results(&r).len(), 3);
    assert_eq!(conv("b")["conv_conversation_group_array"], json!(["friends"]));
    let r = group_call(&|cb, ud| {
        TIMConvDeleteConversationsFromGroup(cs("friends").as_ptr(), ids_json(&["group_g"]).as_ptr(), cb, ud)
    });
    assert_eq!(results(&r), vec![("group_g".into(), 0)]);
    assert_eq!(
        group_call(&|cb, ud| TIMConvAddConversationsToGroup(
            cs("nope").as_ptr(),
            ids_json(&["c2c_b"]).as_ptr(),
            cb,
            ud
        ))
        .code,
        51009
    );
    assert_eq!(
        group_call(&|cb, ud| TIMConvRenameConversationGroup(
            cs("friends").as_ptr(),
            cs("pals").as_ptr(),
            cb,
            ud
        ))
        .code,
        0
    );
    assert_eq!(conv("a")["conv_conversation_group_array"], json!(["pals"]));
    assert_eq!(
        group_call(&|cb, ud| TIMConvRenameConversationGroup(cs("ghost").as_ptr(), cs("x").as_ptr(), cb, ud))
            .code,
        51009
    );

    for i in 0..19 {
        let name = cs(&format!("g{i:02}"));
        assert_eq!(
            group_call(&|cb, ud| TIMConvCreateConversationGroup(
                name.as_ptr(),
                ids_json(&["group_g"]).as_ptr(),
                cb,
                ud
            ))
            .code,
            0
        );
    }
    assert_eq!(
        group_call(&|cb, ud| TIMConvCreateConversationGroup(
            cs("one-too-many").as_ptr(),
            ids_json(&["c2c_a"]).as_ptr(),
            cb,
            ud
        ))
        .code,
        51010
    );
    let names = group_call(&|cb, ud| TIMConvGetConversationGroupList(cb, ud)).value();
    assert_eq!(names.as_array().unwrap().len(), 20);
    assert_eq!(names[0], "pals");

    // Restart: groups and membership are still there.
    TIMUninit();
    init_login(&dir, "me");
    let names = group_call(&|cb, ud| TIMConvGetConversationGroupList(cb, ud)).value();
    assert_eq!(names.as_array().unwrap().len(), 20);
    assert_eq!(conv("b")["conv_conversation_group_array"], json!(["pals"]));
    assert_eq!(group_call(&|cb, ud| TIMConvDeleteConversationGroup(cs("pals").as_ptr(), cb, ud)).code, 0);
    assert_eq!(conv("b")["conv_conversation_group_array"], json!([]));
    assert_eq!(group_call(&|cb, ud| TIMConvDeleteConversationGroup(cs("pals").as_ptr(), cb, ud)).code, 51009);

    let events = GROUP_EVENTS.lock().unwrap().clone();
    assert_eq!(
        &events[..5],
        [
            "created friends [a]",
            "added friends [b,g]",
            "removed friends [g] 0",
            "renamed friends pals",
            "created g00 [g]"
        ]
    );
    assert_eq!(events.last().unwrap(), "deleted pals");
    TIMSetConvConversationGroupCreatedCallback(None, std::ptr::null());
    TIMSetConvConversationGroupDeletedCallback(None, std::ptr::null());
    TIMSetConvConversationGroupNameChangedCallback(None, std::ptr::null());
    TIMSetConvConversationsAddedToGroupCallback(None, std::ptr::null());
    TIMSetConvConversationsDeletedFromGroupCallback(None, std::ptr::null());
    TIMUninit();
}

static FILTER_EVENTS: Mutex<Vec<(String, i32)>> = Mutex::new(Vec::new());

unsafe extern "C" fn on_filter(filter: *const c_char, total: c_int, _: *const c_void) {
    FILTER_EVENTS.lock().unwrap().push((s(filter), total));
}

#[test]
fn subscriptions_fire_with_the_filter_as_registered_when_their_total_changes() {
    let _g = lock();
    FILTER_EVENTS.lock().unwrap().clear();
    TIMSetConvUnreadMessageCountChangedByFilterCallback(Some(on_filter), std::ptr::null());
    let config = cs(&json!({"sdk_config_config_file_path": temp_dir("subs")}).to_string());
    let groups_only = r#"{"conversation_list_filter_conv_type":2}"#;
    assert_eq!(TIMConvSubscribeUnreadMessageCountByFilter(cs(groups_only).as_ptr()), -1, "needs TIMInit");
    assert_eq!(TIMInit(1, config.as_ptr()), 0);
    assert_eq!(
        TIMConvSubscribeUnreadMessageCountByFilter(cs(groups_only).as_ptr()),
        0,
        "before login is fine"
    );
    let c2c =
        r#"{"conversation_list_filter_conv_type":1, "conversation_list_filter_has_unread_count": true}"#;
    assert_eq!(TIMConvSubscribeUnreadMessageCountByFilter(cs(c2c).as_ptr()), 0);
    assert_eq!(TIMConvSubscribeUnreadMessageCountByFilter(cs("{").as_ptr()), -3);
    login("me");
    receive(json!([text("g", 2, "x", "1"), text("g", 2, "x", "2")]));
    receive(json!([text("a", 1, "a", "1")]));
    receive(json!([text("a", 1, "me", "mine")]));
    call(|cb, ud| TIMConvCleanConversationUnreadMessageCount(cs("group_g").as_ptr(), 0, 0, cb, ud));
    assert_eq!(
        *FILTER_EVENTS.lock().unwrap(),
        vec![(groups_only.to_string(), 2), (c2c.to_string(), 1), (groups_only.to_string(), 0)]
    );
    FILTER_EVENTS.lock().unwrap().clear();
    assert_eq!(
        TIMConvUnsubscribeUnreadMessageCountByFilter(
            cs(r#"{"conversation_list_filter_conv_type":2}"#).as_ptr()
        ),
        0
    );
    receive(json!([text("g", 2, "x", "3"), text("a", 1, "a", "2")]));
    assert_eq!(*FILTER_EVENTS.lock().unwrap(), vec![(c2c.to_string(), 2)], "unsubscribed filter is silent");
    TIMSetConvUnreadMessageCountChangedByFilterCallback(None, std::ptr::null());
    TIMUninit();
}

#[test]
fn clean_unread_by_conversation_type_timestamp_and_sequence() {
    let _g = lock();
    let dir = temp_dir("clean");
    init_login(&dir, "me");
    let at = |conv: &str, t: u32, time: u64, seq: u64| {
        let mut m = text(conv, t, "peer", "m");
        m["message_server_time"] = json!(time);
        m["message_seq"] = json!(seq);
        m
    };
    receive(json!([at("a", 1, 100, 1), at("a", 1, 200, 2), at("a", 1, 300, 3), at("b", 1, 100, 1)]));
    receive(json!([at("g", 2, 100, 10), at("g", 2, 100, 11), at("g", 2, 100, 12), at("h", 2, 100, 5)]));
    assert_eq!(total_unread(), 8);

    assert_eq!(
        call(|cb, ud| TIMConvCleanConversationUnreadMessageCount(cs("c2c_a").as_ptr(), 200, 0, cb, ud)).code,
        0
    );
    assert_eq!(
        (conv("a")["conv_unread_num"].as_u64(), conv("a")["conv_c2c_read_timestamp"].as_u64()),
        (Some(1), Some(200))
    );
    assert_eq!(
        call(|cb, ud| TIMConvCleanConversationUnreadMessageCount(cs("group_g").as_ptr(), 0, 11, cb, ud)).code,
        0
    );
    assert_eq!(
        (conv("g")["conv_unread_num"].as_u64(), conv("g")["conv_group_read_sequence"].as_u64()),
        (Some(1), Some(11))
    );
    assert_eq!(total_unread(), 4);
    // A message older than the read position does not count: by seq for groups, by time for C2C.
    receive(json!([at("g", 2, 100, 9)]));
    assert_eq!(conv("g")["conv_unread_num"], 1);
    let mut late = text("a", 1, "peer", "late");
    late["message_server_time"] = json!(150);
    receive(json!([late]));
    assert_eq!(conv("a")["conv_unread_num"], 1, "sent before the read timestamp: already read");

    assert_eq!(
        call(|cb, ud| TIMConvCleanConversationUnreadMessageCount(cs("c2c").as_ptr(), 0, 0, cb, ud)).code,
        0
    );
    assert_eq!(
        (
            conv("a")["conv_unread_num"].as_u64(),
            conv("b")["conv_unread_num"].as_u64(),
            conv("g")["conv_unread_num"].as_u64()
        ),
        (Some(0), Some(0), Some(1))
    );
    assert_eq!(
        call(|cb, ud| TIMConvCleanConversationUnreadMessageCount(cs("group").as_ptr(), 0, 0, cb, ud)).code,
        0
    );
    assert_eq!(total_unread(), 0);
    assert_eq!(conv("g")["conv_group_read_sequence"], 12);
    assert_eq!(conv("g")["conv_last_msg"]["message_is_read"], true);
    receive(json!([text("a", 1, "a", "new")]));
    assert_eq!(conv("a")["conv_unread_num"], 1, "later messages count again");
    assert_eq!(
        call(|cb, ud| TIMConvCleanConversationUnreadMessageCount(std::ptr::null(), 0, 0, cb, ud)).code,
        0
    );
    assert_eq!(total_unread(), 0);

    assert_eq!(
        call(|cb, ud| TIMConvCleanConversationUnreadMessageCount(cs("c2c_ghost").as_ptr(), 0, 0, cb, ud))
            .code,
        6004
    );
    assert_eq!(
        TIMConvCleanConversationUnreadMessageCount(cs("everything").as_ptr(), 0, 0, None, std::ptr::null()),
        -4
    );
    TIMUninit();
    init_login(&dir, "me");
    assert_eq!(total_unread(), 0, "read state persisted");
    assert_eq!(conv("a")["conv_c2c_read_timestamp"].as_u64().map(|t| t > 300), Some(true));
    TIMUninit();
}

#[test]
fn delete_list_with_and_without_messages() {
    let _g = lock();
    init_login(&temp_dir("dellist"), "me");
    receive(json!([
        text("keep", 1, "keep", "1"),
        text("keep", 1, "keep", "2"),
        text("wipe", 1, "wipe", "1"),
        text("wipe", 1, "wipe", "2")
    ]));
    call(|cb, ud| TIMConvPinConversation(cs("keep").as_ptr(), 1, 1, cb, ud));
    let r = call(|cb, ud| TIMConvDeleteConversationList(ids_json(&["c2c_keep"]).as_ptr(), 0, cb, ud));
    assert_eq!(results(&r), vec![("c2c_keep".into(), 0)]);
    let r =
        call(|cb, ud| TIMConvDeleteConversationList(ids_json(&["c2c_wipe", "c2c_wipe"]).as_ptr(), 1, cb, ud));
    assert_eq!(results(&r), vec![("c2c_wipe".into(), 0), ("c2c_wipe".into(), 6004)]);
    assert!(list_ids().is_empty());
    assert_eq!(total_unread(), 0);
    let info =
        cs(r#"[{"get_conversation_list_param_conv_id":"keep","get_conversation_list_param_conv_type":1}]"#);
    assert_eq!(
        call(|cb, ud| TIMConvGetConvInfo(info.as_ptr(), cb, ud)).value(),
        json!([]),
        "deleted means gone"
    );

    receive(json!([text("keep", 1, "keep", "3"), text("wipe", 1, "wipe", "3")]));
    let keep = conv("keep");
    assert_eq!(
        (keep["conv_unread_num"].as_u64(), keep["conv_is_pinned"].as_bool()),
        (Some(1), Some(false)),
        "back, fresh"
    );
    assert_eq!(keep["conv_last_msg"]["message_seq"], 3, "after its old history");
    assert_eq!(conv("wipe")["conv_last_msg"]["message_seq"], 1, "history cleared");
    TIMUninit();
}
