//! Conversation behaviour through the C API: events, unread, drafts, pins, ordering, ConvInfo.

mod common;

use std::os::raw::{c_char, c_int, c_void};
use std::sync::Mutex;

use common::*;
use serde_json::{json, Value};
use timconv::ffi::{conversation::*, manager::TIMUninit, message::*};

/// Everything the listeners saw, in order.
static EVENTS: Mutex<Vec<(String, Value)>> = Mutex::new(Vec::new());

unsafe extern "C" fn on_conv_event(event: c_int, json: *const c_char, _: *const c_void) {
    // SAFETY: the SDK passes a valid string for the call's duration.
    let text = unsafe { std::ffi::CStr::from_ptr(json) }.to_str().unwrap();
    let value = if text.is_empty() { Value::Null } else { serde_json::from_str(text).unwrap() };
    EVENTS.lock().unwrap().push((["add", "del", "update", "start", "finish"][event as usize].into(), value));
}

unsafe extern "C" fn on_total(total: c_int, _: *const c_void) {
    EVENTS.lock().unwrap().push(("total".into(), json!(total)));
}

unsafe extern "C" fn on_new_msgs(json: *const c_char, _: *const c_void) {
    // SAFETY: as above.
    let text = unsafe { std::ffi::CStr::from_ptr(json) }.to_str().unwrap();
    EVENTS.lock().unwrap().push(("recv".into(), serde_json::from_str(text).unwrap()));
}

fn listen() {
    EVENTS.lock().unwrap().clear();
    TIMSetConvEventCallback(Some(on_conv_event), std::ptr::null());
    TIMSetConvTotalUnreadMessageCountChangedCallback(Some(on_total), std::ptr::null());
}

fn unlisten() {
    TIMSetConvEventCallback(None, std::ptr::null());
    TIMSetConvTotalUnreadMessageCountChangedCallback(None, std::ptr::null());
    TIMRemoveRecvNewMsgCallback(Some(on_new_msgs));
}

/// Events seen since the last call, as (kind, conv_ids).
fn take_events() -> Vec<(String, Vec<String>)> {
    // A round trip through the worker makes sure earlier events were delivered.
    call(|cb, ud| TIMConvGetConvList(cb, ud));
    std::mem::take(&mut *EVENTS.lock().unwrap())
        .into_iter()
        .map(|(kind, v)| {
            let ids = match &v {
                Value::Array(items) => items
                    .iter()
                    .map(|c| {
                        c.get("conv_id")
                            .or(c.get("message_conv_id"))
                            .and_then(Value::as_str)
                            .unwrap_or("")
                            .to_owned()
                    })
                    .collect(),
                Value::Number(n) => vec![n.to_string()],
                _ => vec![],
            };
            (kind, ids)
        })
        .collect()
}

fn ev(kind: &str, ids: &[&str]) -> (String, Vec<String>) {
    (kind.into(), ids.iter().map(|s| s.to_string()).collect())
}

fn draft_json(text: &str) -> std::ffi::CString {
    cs(&json!({"draft_msg": {"message_elem_array": [{"elem_type": 0, "text_elem_content": text}]},
               "draft_user_define": "ud", "draft_edit_time": 123})
    .to_string())
}

#[test]
fn events_fire_once_per_change() {
    let _g = lock();
    let dir = temp_dir("events");
    listen();
    init_login(&dir, "alice");
    assert_eq!(take_events(), vec![ev("start", &[]), ev("finish", &[])]);

    receive(json!([text("bob", 1, "bob", "1"), text("bob", 1, "bob", "2"), text("g1", 2, "carol", "3")]));
    assert_eq!(take_events(), vec![ev("add", &["bob", "g1"])], "one Add per new conversation, no Update");

    receive(json!([text("bob", 1, "bob", "4")]));
    assert_eq!(take_events(), vec![ev("update", &["bob"])]);

    assert_eq!(TIMConvSetDraft(cs("bob").as_ptr(), 1, draft_json("typing").as_ptr()), 0);
    assert_eq!(take_events(), vec![ev("update", &["bob"])]);
    assert_eq!(TIMConvCancelDraft(cs("bob").as_ptr(), 1), 0);
    assert_eq!(take_events(), vec![ev("update", &["bob"])]);
    assert_eq!(TIMConvCancelDraft(cs("bob").as_ptr(), 1), 0);
    assert_eq!(take_events(), vec![], "no change, no event");

    assert_eq!(call(|cb, ud| TIMConvPinConversation(cs("g1").as_ptr(), 2, 1, cb, ud)).code, 0);
    assert_eq!(take_events(), vec![ev("update", &["g1"])]);

    assert_eq!(call(|cb, ud| TIMConvDelete(cs("bob").as_ptr(), 1, cb, ud)).code, 0);
    assert_eq!(take_events(), vec![ev("del", &["bob"])]);
    let r = call(|cb, ud| TIMConvDelete(cs("bob").as_ptr(), 1, cb, ud));
    assert_eq!(r.code, 6004);
    assert!(r.desc.contains("bob"));

    let created = call(|cb, ud| TIMConvCreate(cs("dave").as_ptr(), 1, cb, ud));
    assert_eq!(created.value()["conv_id"], "dave");
    assert_eq!(take_events(), vec![ev("add", &["dave"])]);
    call(|cb, ud| TIMConvCreate(cs("dave").as_ptr(), 1, cb, ud));
    assert_eq!(take_events(), vec![]);
    assert!(!list_ids().contains(&"dave".to_string()), "created but never active: not listed");

    unlisten();
    common::call(|cb, ud| timconv::ffi::manager::TIMLogout(cb, ud));
    TIMUninit();
}

#[test]
fn total_unread_listener_is_armed_by_the_first_query_and_fires_on_change_only() {
    let _g = lock();
    listen();
    init_login(&temp_dir("total"), "alice");
    receive(json!([text("bob", 1, "bob", "1")]));
    assert!(take_events().iter().all(|(k, _)| k != "total"), "not armed yet");

    assert_eq!(total_unread(), 1);
    receive(json!([text("bob", 1, "bob", "2"), text("carol", 1, "carol", "3")]));
    let totals: Vec<_> = take_events().into_iter().filter(|(k, _)| k == "total").collect();
    assert_eq!(totals, vec![ev("total", &["3"])], "one notification per change, with the new total");

    TIMConvSetDraft(cs("bob").as_ptr(), 1, draft_json("x").as_ptr());
    receive(json!([text("bob", 1, "alice", "mine")]));
    assert!(take_events().iter().all(|(k, _)| k != "total"), "drafts and own messages leave the total");

    call(|cb, ud| TIMConvDelete(cs("carol").as_ptr(), 1, cb, ud));
    let totals: Vec<_> = take_events().into_iter().filter(|(k, _)| k == "total").collect();
    assert_eq!(totals, vec![ev("total", &["2"])]);
    assert_eq!(total_unread(), 2);
    unlisten();
    TIMUninit();
}

#[test]
fn conv_info_has_every_key_with_defaults() {
    let _g = lock();
    init_login(&temp_dir("keys"), "alice");
    receive(json!([text("g1", 2, "bob", "hello")]));
    TIMConvSetDraft(cs("g1").as_ptr(), 2, draft_json("later").as_ptr());
    let param = cs(&json!([{"get_conversation_list_param_conv_id": "g1", "get_conversation_list_param_conv_type": 2},
                            {"get_conversation_list_param_conv_id": "nobody", "get_conversation_list_param_conv_type": 1}]).to_string());
    let r = call(|cb, ud| TIMConvGetConvInfo(param.as_ptr(), cb, ud));
    let infos = r.value();
    assert_eq!(infos.as_array().unwrap().len(), 1, "unknown conversations are left out");
    let c = &infos[0];
    let expected = [
        "conv_id",
        "conv_type",
        "conv_owner",
        "conv_face_url",
        "conv_unread_num",
        "conv_active_time",
        "conv_is_has_lastmsg",
        "conv_last_msg",
        "conv_is_has_draft",
        "conv_draft",
        "conv_recv_opt",
        "conv_group_type",
        "conv_group_at_info_array",
        "conv_is_pinned",
        "conv_show_name",
        "conv_mark_array",
        "conv_custom_data",
        "conv_conversation_group_array",
        "conv_c2c_read_timestamp",
        "conv_group_read_sequence",
    ];
    let mut keys: Vec<_> = c.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    let mut want = expected.to_vec();
    want.sort_unstable();
    assert_eq!(keys, want);
    assert_eq!(c["conv_type"], 2);
    assert_eq!(c["conv_show_name"], "g1");
    assert_eq!(c["conv_unread_num"], 1);
    assert_eq!(c["conv_draft"]["draft_msg"]["message_elem_array"][0]["text_elem_content"], "later");
    assert_eq!(c["conv_draft"]["draft_user_define"], "ud");
    assert_eq!(c["conv_draft"]["draft_edit_time"], 123);
    let last = &c["conv_last_msg"];
    for key in [
        "message_conv_id",
        "message_sender",
        "message_seq",
        "message_msg_id",
        "message_unique_id",
        "message_status",
        "message_server_time",
        "message_elem_array",
        "message_priority",
        "message_is_from_self",
    ] {
        assert!(last.get(key).is_some(), "conv_last_msg lacks {key}");
    }
    assert!(last["message_unique_id"].is_u64());
    for key in c.as_object().unwrap().keys().chain(last.as_object().unwrap().keys()) {
        assert!(timconv::wire::keys::ALL.iter().any(|(_, _, k)| k == key), "{key} has no constant");
    }
    TIMUninit();
}

#[test]
fn list_order_pinned_first_then_most_recent_with_bit_62() {
    let _g = lock();
    init_login(&temp_dir("order"), "alice");
    for id in ["a", "b", "c"] {
        receive(json!([text(id, 1, id, "hi")]));
    }
    assert_eq!(list_ids(), ["c", "b", "a"]);
    call(|cb, ud| TIMConvPinConversation(cs("a").as_ptr(), 1, 1, cb, ud));
    receive(json!([text("b", 1, "b", "again")]));
    assert_eq!(list_ids(), ["a", "b", "c"]);
    let list = conv_list();
    let pinned_time = list[0]["conv_active_time"].as_u64().unwrap();
    assert_ne!(pinned_time & (1 << 52), 0, "the pin bit");
    assert!(list.iter().all(|c| c["conv_active_time"].as_u64().unwrap() < 1 << 53), "exact in JavaScript");
    assert_eq!(list[0]["conv_is_pinned"], true);
    assert!(list.windows(2).all(|w| w[0]["conv_active_time"].as_u64() > w[1]["conv_active_time"].as_u64()));
    TIMConvSetDraft(cs("c").as_ptr(), 1, draft_json("d").as_ptr());
    assert_eq!(list_ids(), ["a", "c", "b"], "a draft activates");
    // The pin flag is a bool byte: any non-zero value pins.
    call(|cb, ud| TIMConvPinConversation(cs("b").as_ptr(), 1, 0x80, cb, ud));
    assert_eq!(list_ids(), ["b", "a", "c"]);
    TIMUninit();
}

#[test]
fn delete_then_a_message_recreates_fresh() {
    let _g = lock();
    init_login(&temp_dir("recreate"), "alice");
    receive(json!([text("bob", 1, "bob", "1"), text("bob", 1, "bob", "2")]));
    call(|cb, ud| TIMConvPinConversation(cs("bob").as_ptr(), 1, 1, cb, ud));
    TIMConvSetDraft(cs("bob").as_ptr(), 1, draft_json("d").as_ptr());
    assert_eq!(call(|cb, ud| TIMConvDelete(cs("bob").as_ptr(), 1, cb, ud)).code, 0);
    assert!(list_ids().is_empty());
    receive(json!([text("bob", 1, "bob", "3")]));
    let c = &conv_list()[0];
    assert_eq!(
        (c["conv_unread_num"].as_u64(), c["conv_is_pinned"].as_bool(), c["conv_is_has_draft"].as_bool()),
        (Some(1), Some(false), Some(false))
    );
    assert_eq!(c["conv_last_msg"]["message_seq"], 1, "history is gone");
    TIMUninit();
}

#[test]
fn send_fills_the_id_buffer_before_returning_and_never_adds_unread() {
    let _g = lock();
    init_login(&temp_dir("send"), "alice");
    let mut buf = [0 as c_char; 128];
    let w = Waiter::new();
    let msg = cs(
        r#"{"message_elem_array":[{"elem_type":0,"text_elem_content":"yo"}],"message_custom_str":"keep"}"#,
    );
    assert_eq!(TIMMsgSendMessage(cs("bob").as_ptr(), 1, msg.as_ptr(), buf.as_mut_ptr(), CB, w.ud()), 0);
    let id = unsafe { std::ffi::CStr::from_ptr(buf.as_ptr()) }.to_str().unwrap().to_owned();
    assert!(!id.is_empty());
    let sent = w.wait_for(1)[0].value();
    assert_eq!(sent["message_msg_id"], id);
    assert_eq!(sent["message_status"], 2);
    assert_eq!(sent["message_sender"], "alice");
    assert_eq!(sent["message_is_from_self"], true);
    assert_eq!(sent["message_seq"], 1);
    assert_eq!(sent["message_custom_str"], "keep");
    assert!(sent["message_server_time"].as_u64().unwrap() > 0);
    let c = &conv_list()[0];
    assert_eq!(c["conv_unread_num"], 0);
    assert_eq!(c["conv_last_msg"]["message_msg_id"], id);

    let big = cs(&json!({"message_elem_array": [{"elem_type": 0, "text_elem_content": "x".repeat(13_000)}]})
        .to_string());
    let r =
        call(|cb, ud| TIMMsgSendMessage(cs("bob").as_ptr(), 1, big.as_ptr(), std::ptr::null_mut(), cb, ud));
    assert_eq!(r.code, 8001);
    assert_eq!(conv_list()[0]["conv_last_msg"]["message_msg_id"], id, "oversized message not stored");
    TIMUninit();
}

#[test]
fn new_message_listeners_get_pushes_until_removed() {
    let _g = lock();
    listen();
    TIMAddRecvNewMsgCallback(Some(on_new_msgs), std::ptr::null());
    init_login(&temp_dir("recv"), "alice");
    receive(
        json!([text("bob", 1, "bob", "1"), {"message_conv_id": "bob", "message_conv_type": 1, "message_sender": "bob",
        "message_is_online_msg": true, "message_elem_array": [{"elem_type": 3, "custom_elem_data": "typing"}]}]),
    );
    let recv: Vec<_> = take_events().into_iter().filter(|(k, _)| k == "recv").collect();
    assert_eq!(recv, vec![ev("recv", &["bob", "bob"])], "online messages reach listeners too");
    assert_eq!(conv_list()[0]["conv_unread_num"], 1, "online messages are not counted");
    assert_eq!(conv_list()[0]["conv_last_msg"]["message_elem_array"][0]["text_elem_content"], "1");
    TIMRemoveRecvNewMsgCallback(Some(on_new_msgs));
    receive(json!([text("bob", 1, "bob", "2")]));
    assert!(take_events().iter().all(|(k, _)| k != "recv"));
    unlisten();
    TIMUninit();
}

fn filtered_ids(filter: Value) -> Vec<String> {
    let f = cs(&filter.to_string());
    let r = call(|cb, ud| TIMConvGetConversationListByFilter(f.as_ptr(), 0, 100, cb, ud));
    assert_eq!(r.code, 0, "{}", r.desc);
    r.value()["conversation_list_result_conv_list"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["conv_id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_conversation_holding_only_messages_excluded_from_the_last_message_is_listed() {
    let _g = lock();
    let dir = temp_dir("excluded");
    listen();
    init_login(&dir, "me");
    take_events();
    receive(json!([text("bob", 1, "bob", "old")]));
    let mut excluded = text("peerX", 1, "peerX", "y");
    excluded["message_excluded_from_last_message"] = json!(true);
    receive(json!([excluded]));
    let events = take_events();
    assert_eq!(events, vec![ev("add", &["bob"]), ev("add", &["peerX"])]);

    let list = conv_list();
    let x = list.iter().find(|c| c["conv_id"] == "peerX").expect("the conversation with unread is listed");
    assert_eq!(x["conv_unread_num"], 1);
    assert!(x["conv_active_time"].as_u64().unwrap() > 0);
    assert_eq!(x["conv_is_has_lastmsg"], false, "the excluded message is not the last message");
    assert_eq!(total_unread(), 2);
    let with_unread = filtered_ids(json!({"conversation_list_filter_has_unread_count": true}));
    assert_eq!(with_unread.len(), 2, "{with_unread:?}");
    assert!(with_unread.contains(&"peerX".to_string()));

    // It does not move when more excluded messages arrive; a normal one becomes the last.
    receive(json!([text("carol", 1, "carol", "c")]));
    receive(json!([excluded]));
    assert_eq!(list_ids(), ["carol", "peerX", "bob"]);
    receive(json!([text("peerX", 1, "peerX", "z")]));
    assert_eq!(list_ids()[0], "peerX");

    // Listed the same way after a restart.
    unlisten();
    TIMUninit();
    init_login(&dir, "me");
    assert_eq!(list_ids(), ["peerX", "carol", "bob"]);
    assert_eq!(total_unread(), 5);
    TIMUninit();
}

#[test]
fn deleting_every_message_of_a_conversation_unlists_it_even_with_excluded_ones_first() {
    let _g = lock();
    init_login(&temp_dir("excluded-delete"), "me");
    let mut excluded = text("x", 1, "x", "hidden");
    excluded["message_excluded_from_last_message"] = json!(true);
    let pushed = receive(json!([excluded, text("x", 1, "x", "shown")])).value();
    let one = |m: &Value| cs(&json!({"msg_delete_param_msg": m}).to_string());
    let del = one(&pushed[1]);
    call(|cb, ud| timconv::ffi::message_history::TIMMsgDelete(cs("x").as_ptr(), 1, del.as_ptr(), cb, ud));
    assert_eq!(list_ids(), ["x"], "the excluded message is still there");
    let del = one(&pushed[0]);
    call(|cb, ud| timconv::ffi::message_history::TIMMsgDelete(cs("x").as_ptr(), 1, del.as_ptr(), cb, ud));
    assert!(list_ids().is_empty(), "no message left: not listed");
    assert_eq!(total_unread(), 0);
    TIMUninit();
}
