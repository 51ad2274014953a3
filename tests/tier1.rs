//! The functions answered from local state beyond conversations, through the `extern "C"`
//! functions: log and configuration, experimental operations, connection-state feeds, message
//! lookups and local edits, batch send, read receipts, profile and group reads.

mod common;

use std::ffi::CStr;
use std::os::raw::{c_char, c_int, c_void};
use std::sync::Mutex;

use common::*;
use serde_json::{json, Value};
use timconv::ffi::account::*;
use timconv::ffi::experimental::*;
use timconv::ffi::ext::*;
use timconv::ffi::group::*;
use timconv::ffi::manager::*;
use timconv::ffi::message::*;
use timconv::ffi::message_features::*;
use timconv::ffi::message_history::*;

static LOG_LINES: Mutex<Vec<(i32, String, std::thread::ThreadId)>> = Mutex::new(Vec::new());

unsafe extern "C" fn on_log(level: c_int, line: *const c_char, _: *const c_void) {
    // SAFETY: a valid string for the call.
    let line = unsafe { CStr::from_ptr(line) }.to_string_lossy().into_owned();
    LOG_LINES.lock().unwrap().push((level, line, std::thread::current().id()));
}

fn log_lines_with(text: &str) -> Vec<(i32, String)> {
    LOG_LINES
        .lock()
        .unwrap()
        .iter()
        .filter(|(_, l, _)| l.contains(text))
        .map(|(lv, l, _)| (*lv, l.clone()))
        .collect()
}

fn set_config(config: Value) -> Reply {
    let text = cs(&config.to_string());
    call(|cb, ud| TIMSetConfig(text.as_ptr(), cb, ud))
}

fn experimental(param: Value) -> Reply {
    let text = cs(&param.to_string());
    call(|cb, ud| callExperimentalAPI(text.as_ptr(), cb, ud))
}

fn init_with_log(dir: &std::path::Path, log_dir: &std::path::Path) {
    let config =
        json!({ "sdk_config_config_file_path": dir, "sdk_config_log_file_path": log_dir }).to_string();
    assert_eq!(TIMInit(1400000000, cs(&config).as_ptr()), 0);
}

fn wait_until(what: &str, f: impl Fn() -> bool) {
    for _ in 0..2000 {
        if f() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    panic!("timed out waiting for {what}");
}

#[test]
fn the_log_goes_to_its_file_and_listener_at_the_configured_levels() {
    let _g = lock();
    let dir = temp_dir("log");
    let log_dir = dir.join("logs");
    TIMSetLogCallback(Some(on_log), std::ptr::null());
    // Before TIMInit: the configuration works and answers from another thread.
    let r = set_config(json!({ "set_config_log_level": 3, "set_config_callback_log_level": 5 }));
    assert_eq!(r.code, 0);
    assert_eq!(r.value()["set_config_log_level"], 3);
    assert_eq!(r.value()["set_config_callback_log_level"], 5);
    assert_eq!(r.value()["set_config_is_log_output_console"], false);

    init_with_log(&dir, &log_dir);
    login("loggy");
    TIMWriteLog(4, cs("app.c").as_ptr(), cs("main").as_ptr(), 12, cs("info-line-from-app").as_ptr());
    TIMWriteLog(6, cs("app.c").as_ptr(), cs("main").as_ptr(), 13, cs("error-line-from-app").as_ptr());
    TIMWriteLog(2, std::ptr::null(), std::ptr::null(), 0, cs("verbose-line").as_ptr());
    TIMWriteLog(99, std::ptr::null(), std::ptr::null(), 0, cs("bad-level-line").as_ptr());
    let r = experimental(json!({
        "request_internal_operation": "internal_operation_write_log",
        "request_write_log_log_level_param": 5,
        "request_write_log_log_content_param": "warn-line-from-electron",
        "request_write_log_func_name_param": "ElectronParse",
    }));
    assert_eq!(r.code, 0);
    assert_eq!(r.value()["response_internal_operation"], "internal_operation_write_log");
    // A refused call is logged at warn.
    assert_eq!(TIMMsgFindMessages(std::ptr::null(), CB, std::ptr::null()), -4);

    wait_until("the error line at the listener", || !log_lines_with("error-line-from-app").is_empty());
    let file = std::fs::read_to_string(log_dir.join("timconv.log")).unwrap();
    for expected in [
        "info-line-from-app",
        "error-line-from-app",
        "warn-line-from-electron",
        "loggy logged in",
        "call refused",
    ] {
        assert!(file.contains(expected), "{expected} in the file:\n{file}");
    }
    assert!(file.contains("app.c:12 main | info-line-from-app"), "{file}");
    assert!(!file.contains("verbose-line"), "below the file level");
    assert!(!file.contains("bad-level-line"));
    // The listener level is Warn: errors and warnings only, each once, with its level.
    assert_eq!(log_lines_with("error-line-from-app").len(), 1);
    assert_eq!(log_lines_with("error-line-from-app")[0].0, 6);
    assert_eq!(log_lines_with("warn-line-from-electron")[0].0, 5);
    assert!(log_lines_with("info-line-from-app").is_empty(), "below the listener level");
    wait_until("the refusal at the listener", || !log_lines_with("call refused").is_empty());
    let worker_threads: Vec<_> = LOG_LINES.lock().unwrap().iter().map(|(_, _, t)| *t).collect();
    assert!(worker_threads.iter().all(|t| *t != std::thread::current().id()), "never on the caller's thread");

    // Off turns a sink off; NULL unregisters the listener.
    set_config(json!({ "set_config_log_level": 0, "set_config_callback_log_level": 0 }));
    TIMWriteLog(7, std::ptr::null(), std::ptr::null(), 0, cs("silenced-line").as_ptr());
    TIMSetLogCallback(None, std::ptr::null());
    set_config(json!({ "set_config_log_level": 4, "set_config_callback_log_level": 4 }));
    TIMWriteLog(7, std::ptr::null(), std::ptr::null(), 0, cs("after-unregister").as_ptr());
    call(TIMGetLoginStatus_cb);
    let file = std::fs::read_to_string(log_dir.join("timconv.log")).unwrap();
    assert!(!file.contains("silenced-line"));
    assert!(file.contains("after-unregister"));
    assert!(log_lines_with("after-unregister").is_empty() && log_lines_with("silenced-line").is_empty());
    TIMUninit();
    let _ = std::fs::remove_dir_all(dir);
}

/// A call that goes through the queue (so earlier log lines were delivered).
#[allow(non_snake_case)]
fn TIMGetLoginStatus_cb(cb: timconv::ffi::defs::TIMCommCallback, ud: *const c_void) -> c_int {
    timconv::ffi::conversation::TIMConvGetTotalUnreadMessageCount(cb, ud)
}

#[test]
fn the_log_file_rotates_and_keeps_three_old_files() {
    let _g = lock();
    let dir = temp_dir("rotate");
    let log_dir = dir.join("logs");
    timconv::runtime::log::set_rotate_bytes(4096);
    set_config(json!({ "set_config_log_level": 4 }));
    init_with_log(&dir, &log_dir);
    let line = "x".repeat(200);
    for i in 0..200 {
        TIMWriteLog(4, std::ptr::null(), std::ptr::null(), i, cs(&line).as_ptr());
    }
    timconv::runtime::log::set_rotate_bytes(8 * 1024 * 1024);
    TIMUninit();
    let mut names: Vec<String> =
        std::fs::read_dir(&log_dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    assert_eq!(names, ["timconv.log", "timconv.log.1", "timconv.log.2", "timconv.log.3"]);
    for name in &names {
        let size = std::fs::metadata(log_dir.join(name)).unwrap().len();
        assert!(size <= 4096, "{name} is {size} bytes");
    }
    let newest = std::fs::read_to_string(log_dir.join("timconv.log")).unwrap();
    assert!(newest.contains(":199 "), "the last line is in the current file");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn set_config_checks_its_keys_and_keeps_the_others() {
    let _g = lock();
    assert_eq!(TIMSetConfig(std::ptr::null(), CB, std::ptr::null()), -4);
    assert_eq!(TIMSetConfig(cs("[1]").as_ptr(), CB, std::ptr::null()), -3);
    for bad in [
        json!({"set_config_log_level": 9}),
        json!({"set_config_log_level": "4"}),
        json!({"set_config_is_log_output_console": 1}),
        json!({"set_config_http_proxy_info": "x"}),
    ] {
        assert_eq!(TIMSetConfig(cs(&bad.to_string()).as_ptr(), CB, std::ptr::null()), -4, "{bad}");
    }
    let proxy = json!({"http_proxy_info_ip": "127.0.0.1", "http_proxy_info_port": 8888});
    let r = set_config(json!({ "set_config_http_proxy_info": proxy, "unknown_key": 1 }));
    assert_eq!(r.value()["set_config_http_proxy_info"], proxy);
    assert!(r.value().get("unknown_key").is_none());
    let r = set_config(json!({ "set_config_user_define_data": "d" }));
    assert_eq!(r.value()["set_config_http_proxy_info"], proxy, "kept across calls");
    assert_eq!(r.value()["set_config_user_define_data"], "d");
}

#[test]
fn experimental_operations_answer_once_each() {
    let _g = lock();
    // Before TIMInit, as the Electron SDK calls it.
    let r = experimental(
        json!({"request_internal_operation": "internal_operation_set_ui_platform", "request_set_ui_platform_param": 7}),
    );
    assert_eq!(
        (r.code, r.value()["response_internal_operation"].as_str()),
        (0, Some("internal_operation_set_ui_platform"))
    );
    assert_eq!(callExperimentalAPI(cs("{}").as_ptr(), CB, std::ptr::null()), -4, "no operation");
    assert_eq!(
        callExperimentalAPI(cs("{\"request_internal_operation\":1}").as_ptr(), CB, std::ptr::null()),
        -4
    );
    let dir = temp_dir("experimental");
    init_login(&dir, "exp");
    let unknown = experimental(json!({"request_internal_operation": "internal_operation_no_such_thing"}));
    assert_eq!(unknown.code, 6017);
    assert!(unknown.desc.contains("internal_operation_no_such_thing"), "{}", unknown.desc);
    let server = experimental(json!({"request_internal_operation": "internal_operation_sso_data"}));
    assert_eq!(server.code, 7013);
    assert!(server.desc.contains("internal_operation_sso_data"));
    TIMUninit();
    let pre_init = experimental(json!({"request_internal_operation": "internal_operation_set_env"}));
    assert_eq!(pre_init.code, 6013);
    let _ = std::fs::remove_dir_all(dir);
}

static EVENTS: Mutex<Vec<String>> = Mutex::new(Vec::new());

unsafe extern "C" fn on_network(status: c_int, code: i32, desc: *const c_char, _: *const c_void) {
    // SAFETY: a valid string for the call.
    let desc = unsafe { CStr::from_ptr(desc) }.to_string_lossy();
    EVENTS.lock().unwrap().push(format!("network {status} {code} {desc}"));
}

unsafe extern "C" fn on_kicked(ud: *const c_void) {
    EVENTS.lock().unwrap().push(format!("kicked {} status {}", ud as usize, TIMGetLoginStatus()));
}

unsafe extern "C" fn on_sig_expired(ud: *const c_void) {
    EVENTS.lock().unwrap().push(format!("sig expired {}", ud as usize));
}

#[test]
fn connection_feeds_fire_the_manager_listeners_in_order() {
    let _g = lock();
    EVENTS.lock().unwrap().clear();
    TIMSetNetworkStatusListenerCallback(Some(on_network), std::ptr::null());
    TIMSetKickedOfflineCallback(Some(on_kicked), 7 as *const c_void);
    TIMSetUserSigExpiredCallback(Some(on_sig_expired), 9 as *const c_void);
    let r = call(|cb, ud| TIMExtSetNetworkStatus(0, 0, std::ptr::null(), cb, ud));
    assert_eq!(r.code, 6013, "needs TIMInit");
    let dir = temp_dir("connection");
    init_login(&dir, "conn");
    assert_eq!(TIMExtSetNetworkStatus(4, 0, std::ptr::null(), CB, std::ptr::null()), -4);
    assert_eq!(call(|cb, ud| TIMExtSetNetworkStatus(1, 12, cs("lost").as_ptr(), cb, ud)).code, 0);
    assert_eq!(call(|cb, ud| TIMExtSetNetworkStatus(0, 0, std::ptr::null(), cb, ud)).code, 0);
    let r = call(|cb, ud| TIMExtKickedOffline(cb, ud));
    assert_eq!(r.code, 0);
    assert_eq!(TIMGetLoginStatus(), 3, "logged out");
    assert_eq!(call(|cb, ud| TIMExtKickedOffline(cb, ud)).code, 6014, "nobody to kick");
    login("conn");
    assert_eq!(call(|cb, ud| TIMExtUserSigExpired(cb, ud)).code, 0);
    assert_eq!(TIMGetLoginStatus(), 3);
    // NULL unregisters.
    TIMSetNetworkStatusListenerCallback(None, std::ptr::null());
    assert_eq!(call(|cb, ud| TIMExtSetNetworkStatus(2, 0, std::ptr::null(), cb, ud)).code, 0);
    assert_eq!(
        *EVENTS.lock().unwrap(),
        ["network 1 12 lost", "network 0 0 ", "kicked 7 status 3", "sig expired 9"]
    );
    TIMSetKickedOfflineCallback(None, std::ptr::null());
    TIMSetUserSigExpiredCallback(None, std::ptr::null());
    TIMUninit();
    let _ = std::fs::remove_dir_all(dir);
}

fn send(conv: &str, conv_type: i32, body: &str) -> Value {
    let msg = cs(&json!({"message_elem_array": [{"elem_type": 0, "text_elem_content": body}]}).to_string());
    let r = call(|cb, ud| {
        TIMMsgSendMessage(cs(conv).as_ptr(), conv_type, msg.as_ptr(), std::ptr::null_mut(), cb, ud)
    });
    assert_eq!(r.code, 0, "{}", r.desc);
    r.value()
}

fn json_call(
    f: unsafe extern "C" fn(*const c_char, timconv::ffi::defs::TIMCommCallback, *const c_void) -> c_int,
    arg: &Value,
) -> Reply {
    let text = cs(&arg.to_string());
    // SAFETY: a valid string and callback.
    call(|cb, ud| unsafe { f(text.as_ptr(), cb, ud) })
}

#[test]
fn messages_are_found_by_id_and_by_locator() {
    let _g = lock();
    let dir = temp_dir("find");
    init_login(&dir, "finder");
    let a = send("bob", 1, "to bob");
    receive(json!([text("team", 2, "carol", "in team")]));
    let pushed = json_call(TIMMsgFindMessages, &json!([])).value();
    assert_eq!(pushed, json!([]));
    let history = call(|cb, ud| TIMMsgGetMsgList(cs("team").as_ptr(), 2, cs("{}").as_ptr(), cb, ud)).value();
    let b = history[0].clone();
    let found =
        json_call(TIMMsgFindMessages, &json!([b["message_msg_id"], "nope", a["message_msg_id"]])).value();
    let bodies: Vec<_> = found
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["message_elem_array"][0]["text_elem_content"].clone())
        .collect();
    assert_eq!(bodies, [json!("in team"), json!("to bob")], "in the order asked, unknown left out");
    assert_eq!(found[0]["message_conv_id"], "team");
    assert_eq!(TIMMsgFindMessages(cs("{").as_ptr(), CB, std::ptr::null()), -3);

    let loc = json!([{"message_locator_seq": b["message_seq"], "message_locator_rand": b["message_rand"]},
                     {"message_locator_seq": 999}]);
    let text_loc = cs(&loc.to_string());
    let r = call(|cb, ud| TIMMsgFindByMsgLocatorList(cs("team").as_ptr(), 2, text_loc.as_ptr(), cb, ud));
    assert_eq!(r.value().as_array().unwrap().len(), 1);
    assert_eq!(r.value()[0]["message_msg_id"], b["message_msg_id"]);
    let wrong_rand =
        cs(&json!([{"message_locator_seq": b["message_seq"], "message_locator_rand": 1}]).to_string());
    let r = call(|cb, ud| TIMMsgFindByMsgLocatorList(cs("team").as_ptr(), 2, wrong_rand.as_ptr(), cb, ud));
    assert_eq!(r.value(), json!([]), "every given field must match");
    let nothing = cs("[{\"message_locator_is_self\": true}]");
    assert_eq!(
        TIMMsgFindByMsgLocatorList(cs("team").as_ptr(), 2, nothing.as_ptr(), CB, std::ptr::null()),
        -4
    );
    TIMUninit();
    let _ = std::fs::remove_dir_all(dir);
}

static UPDATES: Mutex<Vec<Value>> = Mutex::new(Vec::new());

unsafe extern "C" fn on_update(json: *const c_char, _: *const c_void) {
    // SAFETY: a valid string for the call.
    let text = unsafe { CStr::from_ptr(json) }.to_string_lossy();
    UPDATES.lock().unwrap().extend(serde_json::from_str::<Vec<Value>>(&text).unwrap());
}

#[test]
fn local_custom_data_and_modification_persist() {
    let _g = lock();
    let dir = temp_dir("modify");
    init_login(&dir, "editor");
    UPDATES.lock().unwrap().clear();
    TIMSetMsgUpdateCallback(Some(on_update), std::ptr::null());
    let mine = send("bob", 1, "first draft");
    receive(json!([text("bob", 1, "bob", "bob says")]));
    let theirs =
        call(|cb, ud| TIMMsgGetMsgList(cs("bob").as_ptr(), 1, cs("{}").as_ptr(), cb, ud)).value()[0].clone();

    let mut custom = mine.clone();
    custom["message_custom_str"] = json!("played");
    custom["message_custom_int"] = json!(3);
    assert_eq!(json_call(TIMMsgSetLocalCustomData, &custom).code, 0);
    let bad = json!({"message_conv_id": "bob", "message_conv_type": 1, "message_msg_id": mine["message_msg_id"], "message_custom_int": "x"});
    assert_eq!(TIMMsgSetLocalCustomData(cs(&bad.to_string()).as_ptr(), CB, std::ptr::null()), -4);
    let missing = json!({"message_conv_id": "bob", "message_conv_type": 1, "message_msg_id": "nope", "message_custom_int": 1});
    assert_eq!(json_call(TIMMsgSetLocalCustomData, &missing).code, 7011);

    let mut edit = mine.clone();
    edit["message_elem_array"] = json!([{"elem_type": 0, "text_elem_content": "final text"}]);
    edit["message_seq"] = json!(12345);
    let r = json_call(TIMMsgModifyMessage, &edit);
    assert_eq!(r.code, 0, "{}", r.desc);
    assert_eq!(r.value()["message_elem_array"][0]["text_elem_content"], "final text");
    assert_eq!(r.value()["message_seq"], mine["message_seq"], "the server's seq is kept");
    assert_eq!(r.value()["message_custom_str"], "played", "local fields are kept");
    wait_until("the update listener", || UPDATES.lock().unwrap().len() == 1);
    assert_eq!(UPDATES.lock().unwrap()[0]["message_msg_id"], mine["message_msg_id"]);

    let mut others = theirs.clone();
    others["message_elem_array"] = json!([{"elem_type": 0, "text_elem_content": "hijack"}]);
    let r = json_call(TIMMsgModifyMessage, &others);
    assert_eq!(r.code, 7014);
    assert_eq!(
        r.value()["message_elem_array"][0]["text_elem_content"],
        "bob says",
        "the stored message comes back"
    );

    // After a restart both changes are there.
    TIMUninit();
    init_login(&dir, "editor");
    let found = json_call(TIMMsgFindMessages, &json!([mine["message_msg_id"]])).value();
    assert_eq!(found[0]["message_elem_array"][0]["text_elem_content"], "final text");
    assert_eq!(found[0]["message_custom_str"], "played");
    assert_eq!(found[0]["message_custom_int"], 3);
    TIMSetMsgUpdateCallback(None, std::ptr::null());
    TIMUninit();
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn batch_send_cancel_and_send_variants() {
    let _g = lock();
    let dir = temp_dir("batch");
    init_login(&dir, "sender");
    let param = json!({
        "msg_batch_send_param_identifier_array": ["u1", "u2", "u3"],
        "msg_batch_send_param_msg": {"message_elem_array": [{"elem_type": 0, "text_elem_content": "hi all"}]},
    });
    let r = json_call(TIMMsgBatchSend, &param);
    assert_eq!(r.code, 0);
    let results = r.value();
    let users: Vec<_> =
        results.as_array().unwrap().iter().map(|x| x["msg_batch_send_result_identifier"].clone()).collect();
    assert_eq!(users, [json!("u1"), json!("u2"), json!("u3")]);
    assert!(results.as_array().unwrap().iter().all(|x| x["msg_batch_send_result_code"] == 0));
    let ids: std::collections::HashSet<_> = results
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["msg_batch_send_result_msg"]["message_msg_id"].to_string())
        .collect();
    assert_eq!(ids.len(), 3, "each user's message has its own ID");
    let mut listed = list_ids();
    listed.sort();
    assert_eq!(listed, ["u1", "u2", "u3"]);
    for bad in [
        json!({"msg_batch_send_param_identifier_array": [], "msg_batch_send_param_msg": {"message_elem_array": [{"elem_type": 0}]}}),
        json!({"msg_batch_send_param_identifier_array": ["ok"], "msg_batch_send_param_msg": {}}),
    ] {
        assert_eq!(TIMMsgBatchSend(cs(&bad.to_string()).as_ptr(), CB, std::ptr::null()), -4, "{bad}");
    }

    let sent = results[0]["msg_batch_send_result_msg"].clone();
    let r = call(|cb, ud| {
        TIMMsgCancelSend(cs("u1").as_ptr(), 1, cs(sent["message_msg_id"].as_str().unwrap()).as_ptr(), cb, ud)
    });
    assert_eq!((r.code, r.desc.as_str()), (8020, "the message was already sent"));
    let r = call(|cb, ud| TIMMsgCancelSend(cs("u1").as_ptr(), 1, cs("nope").as_ptr(), cb, ud));
    assert_eq!(r.code, 8020);

    let msg = cs(&json!({"message_elem_array": [{"elem_type": 0, "text_elem_content": "new"}]}).to_string());
    let r = call(|cb, ud| TIMMsgSendNewMsg(cs("u4").as_ptr(), 1, msg.as_ptr(), cb, ud));
    assert_eq!(r.value()["message_status"], 2);
    let w = Waiter::new();
    assert_eq!(TIMMsgSendNewMsgEx(cs("u5").as_ptr(), 1, msg.as_ptr(), CB, CB, w.ud()), 0);
    let replies = w.wait_for(2);
    assert_eq!(
        replies[1].value()["message_msg_id"].as_str(),
        Some(replies[0].json.as_str()),
        "the ID first, then the message"
    );
    TIMUninit();
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn read_receipts_from_local_state() {
    let _g = lock();
    let dir = temp_dir("receipts");
    init_login(&dir, "reader");
    let mine = send("bob", 1, "read me");
    receive(json!([text("bob", 1, "bob", "from bob")]));
    let theirs =
        call(|cb, ud| TIMMsgGetMsgList(cs("bob").as_ptr(), 1, cs("{}").as_ptr(), cb, ud)).value()[0].clone();
    let r = json_call(TIMMsgGetMessageReadReceipts, &json!([mine]));
    assert_eq!(r.value()[0]["msg_receipt_is_peer_read"], false);
    let receipt = json!([{"msg_receipt_conv_id": "bob", "msg_receipt_conv_type": 1, "msg_receipt_time_stamp": mine["message_server_time"]}]);
    assert_eq!(json_call(TIMExtReceiveReadReceipts, &receipt).code, 0);
    let r = json_call(TIMMsgGetMessageReadReceipts, &json!([mine]));
    assert_eq!(r.value()[0]["msg_receipt_is_peer_read"], true);
    assert_eq!(r.value()[0]["msg_receipt_msg_id"], mine["message_msg_id"]);

    assert_eq!(json_call(TIMMsgSendMessageReadReceipts, &json!([mine])).code, 7014, "own message");
    assert_eq!(json_call(TIMMsgSendMessageReadReceipts, &json!([theirs])).code, 0);
    let found = json_call(TIMMsgFindMessages, &json!([theirs["message_msg_id"]])).value();
    assert_eq!(found[0]["message_has_sent_receipt"], true);
    assert_eq!(total_unread(), 1, "unread does not change");
    TIMUninit();
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn profiles_and_groups_come_from_the_directory() {
    let _g = lock();
    let dir = temp_dir("directory");
    init_login(&dir, "dir");
    let profiles = json!([{"user_profile_identifier": "bob", "user_profile_nick_name": "Bobby", "user_profile_face_url": "f"}]);
    assert_eq!(json_call(TIMExtUpdateUserProfiles, &profiles).code, 0);
    let groups = json!([{"group_base_info_group_id": "g1", "group_base_info_group_name": "Team", "group_base_info_group_type": 1},
                        {"group_base_info_group_id": "g2", "group_base_info_face_url": "u2"}]);
    assert_eq!(json_call(TIMExtUpdateGroupInfos, &groups).code, 0);

    let r = json_call(
        TIMProfileGetUserProfileList,
        &json!({"friendship_getprofilelist_param_identifier_array": ["bob", "zed"]}),
    );
    assert_eq!(r.value()[0]["user_profile_nick_name"], "Bobby");
    assert_eq!(r.value()[0]["user_profile_face_url"], "f");
    assert_eq!(r.value()[1]["user_profile_identifier"], "zed");
    assert_eq!(r.value()[1]["user_profile_nick_name"], "");
    let bad = cs("{\"friendship_getprofilelist_param_identifier_array\": [\"\"]}");
    assert_eq!(TIMProfileGetUserProfileList(bad.as_ptr(), CB, std::ptr::null()), -4);

    let joined = call(|cb, ud| TIMGroupGetJoinedGroupList(cb, ud)).value();
    let mut ids: Vec<_> = joined
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["group_base_info_group_id"].as_str().unwrap().to_owned())
        .collect();
    ids.sort();
    assert_eq!(ids, ["g1", "g2"]);
    let info = json_call(TIMGroupGetGroupInfoList, &json!(["g1", "nope"])).value();
    assert_eq!(info[0]["get_groups_info_result_code"], 0);
    assert_eq!(info[0]["get_groups_info_result_info"]["group_detail_info_group_name"], "Team");
    assert_eq!(info[0]["get_groups_info_result_info"]["group_detail_info_group_type"], 1);
    assert_eq!(info[1]["get_groups_info_result_code"], 10010);
    TIMLogout(None, std::ptr::null());
    assert_eq!(call(|cb, ud| TIMGroupGetJoinedGroupList(cb, ud)).code, 6014);
    TIMUninit();
    assert_eq!(call(|cb, ud| TIMGroupGetJoinedGroupList(cb, ud)).code, 6013);
    let _ = std::fs::remove_dir_all(dir);
}
