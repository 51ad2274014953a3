//! Messages that move conversations, through the C API: receive options, @-mentions, revoke,
//! delete, clear, import/save, history, read reports, and the server feed.

mod common;

use std::os::raw::{c_char, c_void};
use std::sync::Mutex;

use common::*;
use serde_json::{json, Value};
use timconv::ffi::{conversation::*, ext::*, manager::*, message::*, message_history::*};

fn conv(id: &str) -> Value {
    let t = if id.starts_with('g') || id == "live" { 2 } else { 1 };
    let p =
        cs(&json!([{"get_conversation_list_param_conv_id": id, "get_conversation_list_param_conv_type": t}])
            .to_string());
    let r = call(|cb, ud| TIMConvGetConvInfo(p.as_ptr(), cb, ud));
    r.value().as_array().unwrap().first().cloned().unwrap_or(Value::Null)
}

fn history(id: &str, t: i32, param: Value) -> Vec<Value> {
    let p = cs(&param.to_string());
    let r = call(|cb, ud| TIMMsgGetMsgList(cs(id).as_ptr(), t, p.as_ptr(), cb, ud));
    assert_eq!(r.code, 0, "{}", r.desc);
    r.value().as_array().unwrap().clone()
}

fn texts(msgs: &[Value]) -> Vec<String> {
    msgs.iter()
        .map(|m| m["message_elem_array"][0]["text_elem_content"].as_str().unwrap().to_owned())
        .collect()
}

fn at(conv: &str, sender: &str, body: &str, at_users: &[&str]) -> Value {
    let mut m = text(conv, 2, sender, body);
    m["message_group_at_user_array"] = json!(at_users);
    m
}

fn ok(r: Reply) -> Reply {
    assert_eq!(r.code, 0, "{}", r.desc);
    r
}

#[test]
fn receive_options_mute_drop_and_leave_the_totals() {
    let _g = lock();
    init_login(&temp_dir("recvopt"), "me");
    receive(json!([text("a", 1, "a", "1"), text("b", 1, "b", "1"), text("g1", 2, "x", "1")]));
    assert_eq!(total_unread(), 3);
    let ids = cs(r#"["a", "z"]"#);
    ok(call(|cb, ud| TIMMsgSetC2CReceiveMessageOpt(ids.as_ptr(), 2, cb, ud)));
    assert_eq!(conv("a")["conv_recv_opt"], 2);
    assert_eq!(total_unread(), 2, "not-notify leaves the total");
    let opts = call(|cb, ud| TIMMsgGetC2CReceiveMessageOpt(ids.as_ptr(), cb, ud)).value();
    assert_eq!(
        opts,
        json!([{"msg_recv_msg_opt_result_identifier": "a", "msg_recv_msg_opt_result_opt": 2},
                            {"msg_recv_msg_opt_result_identifier": "z", "msg_recv_msg_opt_result_opt": 2}])
    );
    // Not receive: messages are dropped, even for a conversation that does not exist yet.
    ok(call(|cb, ud| TIMMsgSetC2CReceiveMessageOpt(cs(r#"["b","z"]"#).as_ptr(), 1, cb, ud)));
    let r = receive(json!([text("b", 1, "b", "dropped"), text("z", 1, "z", "dropped")]));
    assert_eq!(r.value(), json!([]));
    assert!(conv("z").is_null());
    assert_eq!(conv("b")["conv_unread_num"], 1);
    // Group: not notify except @, then not receive except @.
    ok(call(|cb, ud| TIMMsgSetGroupReceiveMessageOpt(cs("g1").as_ptr(), 3, cb, ud)));
    assert_eq!(total_unread(), 0);
    ok(call(|cb, ud| TIMMsgSetGroupReceiveMessageOpt(cs("g1").as_ptr(), 4, cb, ud)));
    receive(json!([text("g1", 2, "x", "dropped"), at("g1", "x", "for me", &["me"])]));
    assert_eq!(conv("g1")["conv_unread_num"], 2);
    assert_eq!(conv("g1")["conv_last_msg"]["message_elem_array"][0]["text_elem_content"], "for me");
    assert_eq!(TIMMsgSetGroupReceiveMessageOpt(cs("g1").as_ptr(), 5, None, std::ptr::null()), -4);
    assert_eq!(TIMMsgSetC2CReceiveMessageOpt(cs("[]").as_ptr(), 1, None, std::ptr::null()), -4);
    let many = cs(&json!((0..31).map(|i| format!("u{i}")).collect::<Vec<_>>()).to_string());
    assert_eq!(TIMMsgSetC2CReceiveMessageOpt(many.as_ptr(), 1, None, std::ptr::null()), -4);
    TIMUninit();
}

#[test]
fn at_mentions_fill_group_at_info_until_read() {
    let _g = lock();
    init_login(&temp_dir("at"), "me");
    receive(json!([
        at("g1", "x", "hey", &["me"]),
        at("g1", "x", "all", &["__kImSDK_MessageAtALL__"]),
        at("g1", "x", "old all", &["__kImSDK_MesssageAtALL__"]),
        at("g1", "x", "both", &["__kImSDK_MessageAtALL__", "me"]),
        at("g1", "x", "not me", &["someone"]),
        at("g1", "me", "mine", &["me"]),
    ]));
    let info = conv("g1")["conv_group_at_info_array"].clone();
    assert_eq!(
        info,
        json!([
            {"conv_group_at_info_seq": 1, "conv_group_at_info_at_type": 1},
            {"conv_group_at_info_seq": 2, "conv_group_at_info_at_type": 2},
            {"conv_group_at_info_seq": 3, "conv_group_at_info_at_type": 2},
            {"conv_group_at_info_seq": 4, "conv_group_at_info_at_type": 3},
        ])
    );
    let hist = history("g1", 2, json!({"msg_getmsglist_param_count": 10}));
    assert_eq!(
        hist[3]["message_group_at_user_array"],
        json!(["__kImSDK_MessageAtALL__"]),
        "old spelling normalised"
    );
    let f = cs(r#"{"conversation_list_filter_has_group_at_info": true}"#);
    let page = call(|cb, ud| TIMConvGetConversationListByFilter(f.as_ptr(), 0, 10, cb, ud)).value();
    assert_eq!(page["conversation_list_result_conv_list"].as_array().unwrap().len(), 1);
    ok(call(|cb, ud| TIMConvCleanConversationUnreadMessageCount(cs("group_g1").as_ptr(), 0, 2, cb, ud)));
    assert_eq!(conv("g1")["conv_group_at_info_array"].as_array().unwrap().len(), 2, "read @s are cleared");
    ok(call(|cb, ud| TIMConvCleanConversationUnreadMessageCount(cs("group_g1").as_ptr(), 0, 0, cb, ud)));
    assert_eq!(conv("g1")["conv_group_at_info_array"], json!([]));
    TIMUninit();
}

static REVOKED: Mutex<Vec<Value>> = Mutex::new(Vec::new());

unsafe extern "C" fn on_revoke(json: *const c_char, _: *const c_void) {
    // SAFETY: valid during the call.
    let text = unsafe { std::ffi::CStr::from_ptr(json) }.to_str().unwrap();
    REVOKED.lock().unwrap().push(serde_json::from_str(text).unwrap());
}

#[test]
fn revoke_marks_status_6_on_history_and_the_last_message() {
    let _g = lock();
    REVOKED.lock().unwrap().clear();
    TIMSetMsgRevokeCallback(Some(on_revoke), std::ptr::null());
    let dir = temp_dir("revoke");
    init_login(&dir, "me");
    let send = |body: &str| {
        let m = cs(&json!({"message_elem_array": [{"elem_type": 0, "text_elem_content": body}]}).to_string());
        ok(call(|cb, ud| TIMMsgSendMessage(cs("bob").as_ptr(), 1, m.as_ptr(), std::ptr::null_mut(), cb, ud)))
            .value()
    };
    let first = send("one");
    let second = send("two");
    let p = cs(&second.to_string());
    ok(call(|cb, ud| TIMMsgRevoke(cs("bob").as_ptr(), 1, p.as_ptr(), cb, ud)));
    assert_eq!(conv("bob")["conv_last_msg"]["message_status"], 6);
    assert!(REVOKED.lock().unwrap().is_empty(), "the sender's own revoke is its callback");
    let unknown = cs(r#"{"message_msg_id": "nope"}"#);
    assert_eq!(call(|cb, ud| TIMMsgRevoke(cs("bob").as_ptr(), 1, unknown.as_ptr(), cb, ud)).code, 7011);
    assert_eq!(TIMMsgRevoke(cs("bob").as_ptr(), 1, cs("{}").as_ptr(), None, std::ptr::null()), -4);

    // Too late to revoke: an own message sent long ago.
    let mut old = text("bob", 1, "me", "ancient");
    old["message_server_time"] = json!(1_000_000);
    let imported = ok(call(|cb, ud| {
        TIMMsgImportMsgList(cs("bob").as_ptr(), 1, cs(&json!([old]).to_string()).as_ptr(), cb, ud)
    }));
    let p = cs(&imported.value()[0].to_string());
    assert_eq!(call(|cb, ud| TIMMsgRevoke(cs("bob").as_ptr(), 1, p.as_ptr(), cb, ud)).code, 6223);

    // Revoked by others: the revoke listener gets MsgLocators.
    let pushed = receive(json!([text("carol", 1, "carol", "oops")])).value();
    let id = pushed[0]["message_msg_id"].clone();
    let r =
        cs(&json!([{"message_conv_id": "carol", "message_conv_type": 1, "message_msg_id": id}]).to_string());
    ok(call(|cb, ud| TIMExtRevokeMessages(r.as_ptr(), cb, ud)));
    let revoked = REVOKED.lock().unwrap().clone();
    assert_eq!(revoked.len(), 1);
    assert_eq!(revoked[0][0]["message_locator_conv_id"], "carol");
    assert_eq!(revoked[0][0]["message_locator_is_revoked"], true);
    assert_eq!(conv("carol")["conv_last_msg"]["message_status"], 6);

    TIMUninit();
    init_login(&dir, "me");
    let hist = history("bob", 1, json!({}));
    let statuses: Vec<_> = hist.iter().map(|m| m["message_status"].as_u64().unwrap()).collect();
    assert_eq!(statuses, [6, 2, 5], "newest first; revoke persisted; import is LocalImported");
    assert_eq!(hist[1]["message_msg_id"], first["message_msg_id"]);
    TIMSetMsgRevokeCallback(None, std::ptr::null());
    TIMUninit();
}

#[test]
fn delete_and_clear_move_the_last_message_and_unread() {
    let _g = lock();
    init_login(&temp_dir("delete"), "me");
    let pushed =
        receive(json!([text("bob", 1, "bob", "1"), text("bob", 1, "bob", "2"), text("bob", 1, "bob", "3")]))
            .value();
    assert_eq!(conv("bob")["conv_unread_num"], 3);
    let del = cs(&json!({"msg_delete_param_msg": pushed[2]}).to_string());
    ok(call(|cb, ud| TIMMsgDelete(cs("bob").as_ptr(), 1, del.as_ptr(), cb, ud)));
    let c = conv("bob");
    assert_eq!(
        c["conv_last_msg"]["message_elem_array"][0]["text_elem_content"], "2",
        "falls back to the newest remaining"
    );
    assert_eq!(c["conv_unread_num"], 2, "an unread message vanished");
    assert_eq!(call(|cb, ud| TIMMsgDelete(cs("bob").as_ptr(), 1, del.as_ptr(), cb, ud)).code, 7011);

    let both = cs(&json!([pushed[0], pushed[1]]).to_string());
    ok(call(|cb, ud| TIMMsgListDelete(cs("bob").as_ptr(), 1, both.as_ptr(), cb, ud)));
    let c = conv("bob");
    assert_eq!((c["conv_is_has_lastmsg"].as_bool(), c["conv_unread_num"].as_u64()), (Some(false), Some(0)));
    assert!(c.get("conv_last_msg").is_none());
    assert!(!list_ids().contains(&"bob".to_string()), "no message, draft or pin: not listed");
    let many = cs(&json!(vec![pushed[0].clone(); 51]).to_string());
    assert_eq!(TIMMsgListDelete(cs("bob").as_ptr(), 1, many.as_ptr(), None, std::ptr::null()), -4);

    receive(json!([text("g1", 2, "x", "1"), text("g1", 2, "x", "2")]));
    ok(call(|cb, ud| TIMMsgClearHistoryMessage(cs("g1").as_ptr(), 2, cb, ud)));
    let c = conv("g1");
    assert_eq!((c["conv_is_has_lastmsg"].as_bool(), c["conv_unread_num"].as_u64()), (Some(false), Some(0)));
    assert!(history("g1", 2, json!({})).is_empty());
    receive(json!([text("g1", 2, "x", "3")]));
    assert_eq!(conv("g1")["conv_last_msg"]["message_seq"], 3, "seq continues after a clear");
    assert_eq!(call(|cb, ud| TIMMsgClearHistoryMessage(cs("nobody").as_ptr(), 1, cb, ud)).code, 6004);
    TIMUninit();
}

#[test]
fn import_save_avchatroom_and_online_messages_do_not_count() {
    let _g = lock();
    init_login(&temp_dir("import"), "me");
    let msgs = json!([text("bob", 1, "bob", "old 1"), text("bob", 1, "bob", "old 2")]);
    let r =
        ok(call(|cb, ud| TIMMsgImportMsgList(cs("bob").as_ptr(), 1, cs(&msgs.to_string()).as_ptr(), cb, ud)));
    assert_eq!(r.value()[0]["message_status"], 5);
    let c = conv("bob");
    assert_eq!(
        (c["conv_unread_num"].as_u64(), c["conv_last_msg"]["message_status"].as_u64()),
        (Some(0), Some(5))
    );
    let saved = cs(&text("carol", 1, "carol", "note").to_string());
    ok(call(|cb, ud| TIMMsgSaveMsg(cs("carol").as_ptr(), 1, saved.as_ptr(), cb, ud)));
    assert_eq!(conv("carol")["conv_unread_num"], 0);
    assert_eq!(total_unread(), 0);
    assert_eq!(
        TIMMsgImportMsgList(
            cs("bob").as_ptr(),
            1,
            cs(r#"[{"message_elem_array":[]}]"#).as_ptr(),
            None,
            std::ptr::null()
        ),
        -4
    );

    let live = cs(r#"[{"group_base_info_group_id": "live", "group_base_info_group_type": 4}]"#);
    ok(call(|cb, ud| TIMExtUpdateGroupInfos(live.as_ptr(), cb, ud)));
    receive(json!([text("live", 2, "x", "hi"), text("live", 2, "x", "there")]));
    let c = conv("live");
    assert_eq!((c["conv_unread_num"].as_u64(), c["conv_group_type"].as_u64()), (Some(0), Some(4)));
    assert!(history("live", 2, json!({})).is_empty(), "AVChatRoom keeps no history");

    let mut online = text("bob", 1, "bob", "typing");
    online["message_is_online_msg"] = json!(true);
    receive(json!([online]));
    assert_eq!(history("bob", 1, json!({})).len(), 2, "online messages are not stored");
    TIMUninit();
}

#[test]
fn show_name_and_face_follow_profiles_and_group_infos() {
    let _g = lock();
    let dir = temp_dir("names");
    init_login(&dir, "me");
    receive(json!([text("bob", 1, "bob", "hi"), text("g1", 2, "x", "hi")]));
    assert_eq!(conv("bob")["conv_show_name"], "bob");
    let p = cs(
        r#"[{"user_profile_identifier": "bob", "user_profile_nick_name": "Bobby", "user_profile_face_url": "https://x/b.png"}]"#,
    );
    ok(call(|cb, ud| TIMExtUpdateUserProfiles(p.as_ptr(), cb, ud)));
    assert_eq!(
        (conv("bob")["conv_show_name"].as_str(), conv("bob")["conv_face_url"].as_str()),
        (Some("Bobby"), Some("https://x/b.png"))
    );
    let p = cs(r#"[{"user_profile_identifier": "bob", "user_profile_friend_remark": "Uncle Bob"}]"#);
    ok(call(|cb, ud| TIMExtUpdateUserProfiles(p.as_ptr(), cb, ud)));
    assert_eq!(conv("bob")["conv_show_name"], "Uncle Bob", "remark wins over nickname");
    let g = cs(
        r#"[{"group_base_info_group_id": "g1", "group_base_info_group_name": "Team", "group_base_info_group_type": 1}]"#,
    );
    ok(call(|cb, ud| TIMExtUpdateGroupInfos(g.as_ptr(), cb, ud)));
    assert_eq!(
        (conv("g1")["conv_show_name"].as_str(), conv("g1")["conv_group_type"].as_u64()),
        (Some("Team"), Some(1))
    );
    // Known before the conversation exists.
    let p = cs(r#"[{"user_profile_identifier": "dave", "user_profile_nick_name": "Dave"}]"#);
    ok(call(|cb, ud| TIMExtUpdateUserProfiles(p.as_ptr(), cb, ud)));
    receive(json!([text("dave", 1, "dave", "yo")]));
    assert_eq!(conv("dave")["conv_show_name"], "Dave");
    assert_eq!(
        TIMExtUpdateUserProfiles(cs(r#"[{"user_profile_nick_name": "x"}]"#).as_ptr(), None, std::ptr::null()),
        -3
    );
    TIMUninit();
    init_login(&dir, "me");
    assert_eq!(conv("bob")["conv_show_name"], "Uncle Bob", "persisted");
    TIMUninit();
}

#[test]
fn history_pages_by_position_direction_time_and_seq() {
    let _g = lock();
    init_login(&temp_dir("history"), "me");
    let msgs: Vec<Value> = (1..=30)
        .map(|i| {
            let mut m = text("g1", 2, "x", &format!("m{i}"));
            m["message_server_time"] = json!(1000 + i);
            m
        })
        .collect();
    receive(Value::from(msgs));
    let page1 = history("g1", 2, json!({"msg_getmsglist_param_count": 5}));
    assert_eq!(texts(&page1), ["m30", "m29", "m28", "m27", "m26"]);
    let page2 =
        history("g1", 2, json!({"msg_getmsglist_param_count": 5, "msg_getmsglist_param_last_msg": page1[4]}));
    assert_eq!(texts(&page2), ["m25", "m24", "m23", "m22", "m21"]);
    let fwd = history(
        "g1",
        2,
        json!({"msg_getmsglist_param_count": 3, "msg_getmsglist_param_last_msg": page2[4], "msg_getmsglist_param_is_forward": true}),
    );
    assert_eq!(texts(&fwd), ["m22", "m23", "m24"]);
    let by_seq =
        history("g1", 2, json!({"msg_getmsglist_param_count": 2, "msg_getmsglist_param_last_msg_seq": 10}));
    assert_eq!(texts(&by_seq), ["m10", "m9"], "last_msg_seq is inclusive");
    let by_time = history(
        "g1",
        2,
        json!({"msg_getmsglist_param_time_begin": 1005, "msg_getmsglist_param_time_period": 2}),
    );
    assert_eq!(texts(&by_time), ["m7", "m6", "m5"]);
    let seqs = history("g1", 2, json!({"msg_getmsglist_param_message_seq_array": [3, 1]}));
    assert_eq!(texts(&seqs), ["m3", "m1"]);
    assert_eq!(history("g1", 2, json!({})).len(), 20, "default page");
    assert!(history("nobody", 1, json!({})).is_empty());
    assert_eq!(TIMMsgGetMsgList(cs("g1").as_ptr(), 2, cs("{").as_ptr(), None, std::ptr::null()), -3);
    assert_eq!(TIMMsgGetMsgList(cs("g1").as_ptr(), 2, cs("").as_ptr(), None, std::ptr::null()), -3);
    assert_eq!(TIMMsgGetMsgList(cs("g1").as_ptr(), 2, std::ptr::null(), None, std::ptr::null()), -4);
    assert_eq!(history("g1", 2, json!({}))[0]["message_is_read"], false);
    TIMUninit();
}

static RECEIPTS: Mutex<Vec<Value>> = Mutex::new(Vec::new());

unsafe extern "C" fn on_receipt(json: *const c_char, _: *const c_void) {
    // SAFETY: valid during the call.
    let text = unsafe { std::ffi::CStr::from_ptr(json) }.to_str().unwrap();
    RECEIPTS.lock().unwrap().push(serde_json::from_str(text).unwrap());
}

#[test]
fn read_reports_receipts_and_read_state_from_other_devices() {
    let _g = lock();
    RECEIPTS.lock().unwrap().clear();
    TIMSetMsgReadedReceiptCallback(Some(on_receipt), std::ptr::null());
    init_login(&temp_dir("reads"), "me");
    let pushed = receive(json!([
        text("a", 1, "a", "1"),
        text("a", 1, "a", "2"),
        text("a", 1, "a", "3"),
        text("b", 1, "b", "1"),
        text("g1", 2, "x", "1")
    ]))
    .value();
    let upto = cs(&pushed[1].to_string());
    ok(call(|cb, ud| TIMMsgReportReaded(cs("a").as_ptr(), 1, upto.as_ptr(), cb, ud)));
    assert_eq!(conv("a")["conv_unread_num"], 1);
    ok(call(|cb, ud| TIMMsgReportReaded(std::ptr::null(), 1, std::ptr::null(), cb, ud)));
    assert_eq!(
        (
            conv("a")["conv_unread_num"].as_u64(),
            conv("b")["conv_unread_num"].as_u64(),
            conv("g1")["conv_unread_num"].as_u64()
        ),
        (Some(0), Some(0), Some(1))
    );
    receive(json!([text("a", 1, "a", "4")]));
    ok(call(|cb, ud| TIMMsgMarkAllMessageAsRead(cb, ud)));
    assert_eq!(total_unread(), 0);

    receive(json!([text("g1", 2, "x", "2"), text("g1", 2, "x", "3")]));
    ok(call(|cb, ud| TIMExtSyncReadState(cs("group_g1").as_ptr(), 0, 2, cb, ud)));
    assert_eq!(conv("g1")["conv_unread_num"], 1, "read on another device up to seq 2");

    let m = cs(r#"{"message_elem_array":[{"elem_type":0,"text_elem_content":"mine"}]}"#);
    let sent =
        ok(call(|cb, ud| TIMMsgSendMessage(cs("a").as_ptr(), 1, m.as_ptr(), std::ptr::null_mut(), cb, ud)))
            .value();
    assert_eq!(conv("a")["conv_last_msg"]["message_is_peer_read"], false);
    let receipts = json!([{"msg_receipt_conv_id": "a", "msg_receipt_conv_type": 1, "msg_receipt_time_stamp": sent["message_server_time"]}]);
    ok(call(|cb, ud| TIMExtReceiveReadReceipts(cs(&receipts.to_string()).as_ptr(), cb, ud)));
    assert_eq!(conv("a")["conv_last_msg"]["message_is_peer_read"], true);
    assert_eq!(history("a", 1, json!({"msg_getmsglist_param_count": 1}))[0]["message_is_peer_read"], true);
    let full = json!([{"msg_receipt_conv_id": "a", "msg_receipt_conv_type": 1, "msg_receipt_time_stamp": sent["message_server_time"],
        "msg_receipt_msg_id": "", "msg_receipt_is_peer_read": true, "msg_receipt_read_count": 0, "msg_receipt_unread_count": 0}]);
    assert_eq!(*RECEIPTS.lock().unwrap(), vec![full], "every MessageReceipt key, defaults filled in");

    // Values the feed gives are kept, and so are keys beyond the SDK's.
    RECEIPTS.lock().unwrap().clear();
    let group = json!([{"msg_receipt_conv_id": "g1", "msg_receipt_conv_type": 2, "msg_receipt_msg_id": "m1",
        "msg_receipt_read_count": 3, "msg_receipt_unread_count": 4, "extra": "x"}]);
    ok(call(|cb, ud| TIMExtReceiveReadReceipts(cs(&group.to_string()).as_ptr(), cb, ud)));
    let mut expected = group.clone();
    expected[0]["msg_receipt_time_stamp"] = json!(0);
    expected[0]["msg_receipt_is_peer_read"] = json!(false);
    assert_eq!(*RECEIPTS.lock().unwrap(), vec![expected]);
    let wrong = cs(r#"[{"msg_receipt_conv_id":"a","msg_receipt_conv_type":1,"msg_receipt_read_count":"3"}]"#);
    assert_ne!(
        TIMExtReceiveReadReceipts(wrong.as_ptr(), None, std::ptr::null()),
        0,
        "a key of the wrong type"
    );
    TIMSetMsgReadedReceiptCallback(None, std::ptr::null());
    TIMUninit();
}

static UPDATED: Mutex<Vec<Value>> = Mutex::new(Vec::new());

unsafe extern "C" fn on_update(json: *const c_char, _: *const c_void) {
    // SAFETY: valid during the call.
    let text = unsafe { std::ffi::CStr::from_ptr(json) }.to_str().unwrap();
    UPDATED.lock().unwrap().push(serde_json::from_str(text).unwrap());
}

#[test]
fn server_side_message_updates_replace_content_in_place() {
    let _g = lock();
    UPDATED.lock().unwrap().clear();
    TIMSetMsgUpdateCallback(Some(on_update), std::ptr::null());
    init_login(&temp_dir("update"), "me");
    let pushed = receive(json!([text("a", 1, "a", "typo"), text("a", 1, "a", "later")])).value();
    let mut edited = text("a", 1, "a", "fixed");
    edited["message_msg_id"] = pushed[0]["message_msg_id"].clone();
    ok(call(|cb, ud| TIMExtUpdateMessages(cs(&json!([edited]).to_string()).as_ptr(), cb, ud)));
    let hist = history("a", 1, json!({}));
    assert_eq!(texts(&hist), ["later", "fixed"]);
    assert_eq!(hist[1]["message_seq"], pushed[0]["message_seq"], "position kept");
    assert_eq!(UPDATED.lock().unwrap().len(), 1);
    assert_eq!(conv("a")["conv_unread_num"], 2, "read state kept");
    TIMSetMsgUpdateCallback(None, std::ptr::null());
    TIMUninit();
}

static UPDATES: Mutex<u32> = Mutex::new(0);

unsafe extern "C" fn count_updates(event: std::os::raw::c_int, _: *const c_char, _: *const c_void) {
    if event == 2 {
        *UPDATES.lock().unwrap() += 1;
    }
}

fn updates_during(f: impl FnOnce()) -> u32 {
    *UPDATES.lock().unwrap() = 0;
    f();
    call(|cb, ud| timconv::ffi::conversation::TIMConvGetConvList(cb, ud));
    *UPDATES.lock().unwrap()
}

#[test]
fn no_op_changes_fire_nothing_and_senders_and_revokes_follow_the_rules() {
    let _g = lock();
    REVOKED.lock().unwrap().clear();
    TIMSetConvEventCallback(Some(count_updates), std::ptr::null());
    TIMSetMsgRevokeCallback(Some(on_revoke), std::ptr::null());
    init_login(&temp_dir("rules"), "me");

    // A saved message without a sender is the user's own.
    let memo = cs(r#"{"message_elem_array":[{"elem_type":0,"text_elem_content":"memo"}]}"#);
    let saved = ok(call(|cb, ud| TIMMsgSaveMsg(cs("d").as_ptr(), 1, memo.as_ptr(), cb, ud))).value();
    assert_eq!(
        (saved["message_sender"].as_str(), saved["message_is_from_self"].as_bool()),
        (Some("me"), Some(true))
    );

    // A read receipt that changes nothing visible fires no Update.
    let m = cs(r#"{"message_elem_array":[{"elem_type":0,"text_elem_content":"hi"}]}"#);
    let sent =
        ok(call(|cb, ud| TIMMsgSendMessage(cs("a").as_ptr(), 1, m.as_ptr(), std::ptr::null_mut(), cb, ud)))
            .value();
    let t = sent["message_server_time"].as_u64().unwrap();
    let receipt = |time: u64| {
        let r =
            json!([{"msg_receipt_conv_id": "a", "msg_receipt_conv_type": 1, "msg_receipt_time_stamp": time}]);
        ok(call(|cb, ud| TIMExtReceiveReadReceipts(cs(&r.to_string()).as_ptr(), cb, ud)));
    };
    assert_eq!(updates_during(|| receipt(t - 1)), 0);
    assert_eq!(updates_during(|| receipt(t)), 1);

    // Others' C2C messages cannot be revoked; others' group messages can (as an admin may).
    let theirs = receive(json!([text("carol", 1, "carol", "mine!"), text("g1", 2, "carol", "spam")])).value();
    let p = cs(&theirs[0].to_string());
    assert_eq!(call(|cb, ud| TIMMsgRevoke(cs("carol").as_ptr(), 1, p.as_ptr(), cb, ud)).code, 7014);
    let p = cs(&theirs[1].to_string());
    ok(call(|cb, ud| TIMMsgRevoke(cs("g1").as_ptr(), 2, p.as_ptr(), cb, ud)));
    // Revoking again changes nothing and tells nobody.
    assert_eq!(
        updates_during(|| {
            ok(call(|cb, ud| TIMMsgRevoke(cs("g1").as_ptr(), 2, p.as_ptr(), cb, ud)));
        }),
        0
    );
    let by_other = cs(&json!([{"message_conv_id": "g1", "message_conv_type": 2, "message_msg_id": theirs[1]["message_msg_id"]}]).to_string());
    assert_eq!(
        updates_during(|| {
            ok(call(|cb, ud| TIMExtRevokeMessages(by_other.as_ptr(), cb, ud)));
        }),
        0
    );
    assert!(REVOKED.lock().unwrap().is_empty());

    // No @ entries in an AVChatRoom.
    let live = cs(r#"[{"group_base_info_group_id": "live", "group_base_info_group_type": 4}]"#);
    ok(call(|cb, ud| TIMExtUpdateGroupInfos(live.as_ptr(), cb, ud)));
    receive(json!([at("live", "x", "hey", &["me"])]));
    assert_eq!(conv("live")["conv_group_at_info_array"], json!([]));

    TIMSetConvEventCallback(None, std::ptr::null());
    TIMSetMsgRevokeCallback(None, std::ptr::null());
    TIMUninit();
}

#[test]
fn repeated_deliveries_are_stored_and_counted_once() {
    let _g = lock();
    let dir = temp_dir("dedup");
    init_login(&dir, "me");
    let with_id = |conv: &str, id: &str| {
        let mut m = text(conv, 1, conv, id);
        m["message_msg_id"] = json!(id);
        m
    };
    let stored = receive(json!([with_id("bob", "m1"), with_id("bob", "m1")])).value();
    assert_eq!(stored.as_array().unwrap().len(), 1, "a repeat inside one push is left out");
    receive(json!([with_id("bob", "m1")]));
    receive(json!([with_id("bob", "m2"), with_id("carol", "m1")]));
    assert_eq!(texts(&history("bob", 1, json!({}))), ["m2", "m1"]);
    assert_eq!(conv("bob")["conv_unread_num"], 2);
    assert_eq!(conv("carol")["conv_unread_num"], 1, "IDs are per conversation");

    // Without an ID, the seq recognises a group message.
    let mut by_seq = text("g1", 2, "x", "s7");
    by_seq["message_seq"] = json!(7);
    receive(json!([by_seq]));
    receive(json!([by_seq]));
    assert_eq!(history("g1", 2, json!({})).len(), 1);
    assert_eq!(conv("g1")["conv_unread_num"], 1);

    // Import and save are idempotent too, and so is everything after a restart.
    let imported = cs(&json!([with_id("dave", "old1"), with_id("dave", "old1")]).to_string());
    ok(call(|cb, ud| TIMMsgImportMsgList(cs("dave").as_ptr(), 1, imported.as_ptr(), cb, ud)));
    let mut again = with_id("dave", "old1");
    again["message_elem_array"][0]["text_elem_content"] = json!("other text");
    let saved = cs(&again.to_string());
    let stored = ok(call(|cb, ud| TIMMsgSaveMsg(cs("dave").as_ptr(), 1, saved.as_ptr(), cb, ud))).value();
    assert_eq!(history("dave", 1, json!({})).len(), 1);
    assert_eq!(stored, history("dave", 1, json!({}))[0], "a repeated save answers the stored copy");
    TIMUninit();
    init_login(&dir, "me");
    receive(json!([with_id("bob", "m1"), by_seq]));
    assert_eq!(history("bob", 1, json!({})).len(), 2);
    assert_eq!(history("g1", 2, json!({})).len(), 1);
    assert_eq!(total_unread(), 4);
    TIMUninit();
}

#[test]
fn history_can_be_narrowed_to_message_types() {
    let _g = lock();
    init_login(&temp_dir("history-types"), "me");
    let mut custom = text("bob", 1, "bob", "");
    custom["message_elem_array"] = json!([{"elem_type": 3, "custom_elem_data": "c"}]);
    let mut mixed = text("bob", 1, "bob", "caption");
    mixed["message_elem_array"].as_array_mut().unwrap().push(json!({"elem_type": 1}));
    receive(json!([text("bob", 1, "bob", "t1"), custom, mixed, text("bob", 1, "bob", "t2")]));
    let seqs = |types: Value| -> Vec<u64> {
        history("bob", 1, json!({"msg_getmsglist_param_message_type_array": types}))
            .iter()
            .map(|m| m["message_seq"].as_u64().unwrap())
            .collect()
    };
    assert_eq!(seqs(json!([3])), [2]);
    assert_eq!(seqs(json!([1])), [3], "any element of the type");
    assert_eq!(seqs(json!([0])), [4, 3, 1]);
    assert_eq!(seqs(json!([])), [4, 3, 2, 1], "empty = every type");
    TIMUninit();
}

#[test]
fn seqs_and_times_beyond_the_store_s_range_are_refused() {
    let _g = lock();
    let dir = temp_dir("seq-range");
    init_login(&dir, "me");
    for key in ["message_seq", "message_server_time"] {
        let mut m = text("g1", 2, "x", "huge");
        m[key] = json!(u64::MAX);
        let p = cs(&json!([m]).to_string());
        assert_eq!(TIMExtReceiveMessages(p.as_ptr(), None, std::ptr::null()), -4, "{key}");
        let one = cs(&m.to_string());
        assert_eq!(TIMMsgSaveMsg(cs("g1").as_ptr(), 2, one.as_ptr(), None, std::ptr::null()), -4, "{key}");
    }
    let mut top = text("g1", 2, "x", "top");
    top["message_seq"] = json!(i64::MAX);
    receive(json!([top]));
    receive(json!([text("g1", 2, "x", "next")]));
    assert_eq!(conv("g1")["conv_unread_num"], 2);
    assert_eq!(conv("g1")["conv_last_msg"]["message_seq"], i64::MAX, "capped, not wrapped");
    TIMUninit();
    login_again_keeps(&dir);
}

fn login_again_keeps(dir: &std::path::Path) {
    init_login(dir, "me");
    assert_eq!(conv("g1")["conv_unread_num"], 2, "the store loads again");
    TIMUninit();
}

/// C2C reads "everything sent up to a time". A message that arrives after one sent later (seqs
/// follow arrival, times need not) is read by such a time, the later one not: neither counts
/// by the other's rule, in unread, history, deletes and after a restart.
#[test]
fn c2c_read_up_to_a_time_counts_messages_that_arrived_out_of_order() {
    let _g = lock();
    let dir = temp_dir("late-c2c");
    init_login(&dir, "me");
    let at = |body: &str, time: u64| {
        let mut m = text("bob", 1, "bob", body);
        m["message_server_time"] = json!(time);
        m["message_msg_id"] = json!(body);
        m
    };
    // Arrival order: seq 1 sent at 1000, seq 2 (late) at 900, seq 3 at 1100, seq 4 (late) at 950.
    receive(json!([at("new", 1000), at("late", 900), at("newer", 1100), at("later", 950)]));
    assert_eq!(conv("bob")["conv_unread_num"], 4);
    let clean = |time: u64| {
        ok(call(|cb, ud| {
            TIMConvCleanConversationUnreadMessageCount(cs("c2c_bob").as_ptr(), time, 0, cb, ud)
        }));
    };
    clean(960);
    let c = conv("bob");
    assert_eq!(c["conv_unread_num"], 2, "sent at 1000 and 1100 stay unread");
    assert_eq!(c["conv_c2c_read_timestamp"], 960);
    assert_eq!(c["conv_last_msg"]["message_is_read"], false);
    assert_eq!(total_unread(), 2);
    let read: Vec<(String, bool)> = history("bob", 1, json!({}))
        .iter()
        .map(|m| (m["message_msg_id"].as_str().unwrap().to_owned(), m["message_is_read"].as_bool().unwrap()))
        .collect();
    let want = [("newer", false), ("new", false), ("later", true), ("late", true)];
    assert_eq!(read, want.map(|(id, r)| (id.to_owned(), r)));

    // Deleting a message read out of order leaves the count alone; an unread one lowers it.
    let msg = |id: &str| json!({"message_conv_id": "bob", "message_conv_type": 1, "message_msg_id": id});
    let delete = |id: &str| {
        let p = cs(&json!({"msg_delete_param_msg": msg(id)}).to_string());
        ok(call(|cb, ud| TIMMsgDelete(cs("bob").as_ptr(), 1, p.as_ptr(), cb, ud)));
    };
    delete("later");
    assert_eq!(conv("bob")["conv_unread_num"], 2);
    TIMUninit();
    init_login(&dir, "me");
    assert_eq!(conv("bob")["conv_unread_num"], 2, "after a restart");
    delete("new");
    assert_eq!(conv("bob")["conv_unread_num"], 1);
    clean(1100);
    assert_eq!(conv("bob")["conv_unread_num"], 0);
    assert_eq!(conv("bob")["conv_last_msg"]["message_is_read"], true);
    TIMUninit();
}
