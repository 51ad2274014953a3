//! The promises of the C boundary, checked through the `extern "C"` functions.

mod common;

use std::os::raw::{c_char, c_void};
use std::sync::atomic::{AtomicUsize, Ordering};

use common::*;
use timconv::ffi::{conversation::*, conversation_group::*, manager::*, message::*, message_history::*};

#[test]
fn before_init_callback_apis_report_6013_and_sync_apis_fail() {
    let _g = lock();
    let r = call(|cb, ud| TIMConvGetConvList(cb, ud));
    assert_eq!(r.code, 6013);
    assert_ne!(r.thread, std::thread::current().id(), "never inside the call");
    let draft = cs(r#"{"draft_msg":{"message_elem_array":[{"elem_type":0,"text_elem_content":"x"}]}}"#);
    assert_eq!(TIMConvSetDraft(cs("a").as_ptr(), 1, draft.as_ptr()), -1);
    assert_eq!(TIMConvCancelDraft(cs("a").as_ptr(), 1), -1);
    assert_eq!(TIMGetLoginStatus(), 3);
    let mut buf = [1 as c_char; 128];
    assert_eq!(TIMGetLoginUserID(buf.as_mut_ptr()), -1);
    assert_eq!(buf[0], 0);
}

#[test]
fn before_login_callback_apis_report_6014_and_sync_apis_fail() {
    let _g = lock();
    let dir = temp_dir("nologin");
    let config = cs(&serde_json::json!({ "sdk_config_config_file_path": dir }).to_string());
    assert_eq!(TIMInit(1, config.as_ptr()), 0);
    assert_eq!(call(|cb, ud| TIMConvGetTotalUnreadMessageCount(cb, ud)).code, 6014);
    assert_eq!(call(|cb, ud| TIMLogout(cb, ud)).code, 6014);
    assert_eq!(TIMConvCancelDraft(cs("a").as_ptr(), 1), -2);
    let mut buf = [0 as c_char; 128];
    assert_eq!(TIMGetLoginUserID(buf.as_mut_ptr()), -2);
    TIMUninit();
}

#[test]
fn init_rejects_bad_arguments() {
    let _g = lock();
    assert_eq!(TIMInit(0, std::ptr::null()), -4);
    assert_eq!(TIMInit(1, cs("{not json").as_ptr()), -3);
    assert_eq!(TIMInit(1, [0xffu8, 0].as_ptr().cast()), -4);
    // The default data directory is under the data home: a temporary one here, not the user's.
    let home = temp_dir("data-home");
    std::env::set_var(if cfg!(windows) { "APPDATA" } else { "XDG_DATA_HOME" }, &home);
    assert_eq!(TIMInit(1, cs("").as_ptr()), 0, "empty config = defaults");
    assert_eq!(TIMInit(1, cs("").as_ptr()), 0, "second init keeps the running instance");
    TIMUninit();
    TIMUninit();
    assert!(home.join("timconv").join("log").join("timconv.log").is_file(), "the default log file");
}

#[test]
fn bad_arguments_are_rejected_with_no_callback_and_no_change() {
    let _g = lock();
    init_login(&temp_dir("badargs"), "alice");
    receive(serde_json::json!([text("bob", 1, "bob", "hi")]));
    let before = conv_list();

    let fired = std::sync::Arc::new(AtomicUsize::new(0));
    unsafe extern "C" fn count(_: i32, _: *const c_char, _: *const c_char, ud: *const c_void) {
        // SAFETY: user_data is the test's live counter.
        unsafe { &*(ud as *const AtomicUsize) }.fetch_add(1, Ordering::SeqCst);
    }
    let ud = std::sync::Arc::as_ptr(&fired) as *const c_void;
    let cb = Some(count as unsafe extern "C" fn(i32, *const c_char, *const c_char, *const c_void));
    let bad_utf8 = [0xffu8, 0xfe, 0];
    let long_id = cs(&"x".repeat(33));
    let good = cs("bob");
    let cases: Vec<(i32, i32)> = vec![
        (TIMConvDelete(std::ptr::null(), 1, cb, ud), -4),
        (TIMConvDelete(bad_utf8.as_ptr().cast(), 1, cb, ud), -4),
        (TIMConvDelete(long_id.as_ptr(), 1, cb, ud), -4),
        (TIMConvDelete(cs("").as_ptr(), 1, cb, ud), -4),
        (TIMConvDelete(good.as_ptr(), 7, cb, ud), -4),
        (TIMConvDelete(good.as_ptr(), -1, cb, ud), -4),
        (TIMConvDelete(good.as_ptr(), 0, cb, ud), -5),
        (TIMConvPinConversation(good.as_ptr(), 3, 1, cb, ud), -5),
        (TIMConvGetConvInfo(cs("{not json").as_ptr(), cb, ud), -3),
        (TIMConvGetConvInfo(cs(r#"{"a":1}"#).as_ptr(), cb, ud), -3),
        (TIMConvGetConvInfo(std::ptr::null(), cb, ud), -4),
        (TIMConvGetConvInfo(cs(r#"[{"get_conversation_list_param_conv_id":"bob","get_conversation_list_param_conv_type":9}]"#).as_ptr(), cb, ud), -4),
        (TIMConvSetDraft(good.as_ptr(), 1, cs("[").as_ptr()), -3),
        (TIMConvSetDraft(good.as_ptr(), 1, cs(r#"[{"message_elem_array":[{"elem_type":0}]}]"#).as_ptr()), -3),
        (TIMConvGetConvInfo(cs(r#"[["bob", 1]]"#).as_ptr(), cb, ud), -3),
        (timconv::ffi::ext::TIMExtReceiveMessages(cs(r#"[["bob", 1, "bob"]]"#).as_ptr(), cb, ud), -3),
        (TIMConvGetConversationListByFilter(cs("[2]").as_ptr(), 0, 10, cb, ud), -3),
        (TIMConvGetConversationListByFilter(cs("[]").as_ptr(), 0, 10, cb, ud), -3),
        (TIMConvSetDraft(good.as_ptr(), 1, cs(r#"{"draft_msg":{}}"#).as_ptr()), -4),
        (TIMConvSetDraft(good.as_ptr(), 1, std::ptr::null()), -3),
        (TIMMsgSendMessage(good.as_ptr(), 1, cs(r#"{"message_elem_array":[]}"#).as_ptr(), std::ptr::null_mut(), cb, ud), -4),
        (TIMMsgSendMessage(good.as_ptr(), 1, cs(r#"{"message_elem_array":[{"elem_type":5}]}"#).as_ptr(), std::ptr::null_mut(), cb, ud), -4),
        (TIMMsgSendMessage(good.as_ptr(), 1, cs("nope").as_ptr(), std::ptr::null_mut(), cb, ud), -3),
        (TIMLogin(std::ptr::null(), std::ptr::null(), cb, ud), -4),
        (TIMLogin(long_id.as_ptr(), std::ptr::null(), cb, ud), -4),
        (TIMLogin(cs("a\tb").as_ptr(), std::ptr::null(), cb, ud), -4),
        (TIMGetLoginUserID(std::ptr::null_mut()), -4),
    ];
    for (i, (got, want)) in cases.iter().enumerate() {
        assert_eq!(got, want, "case {i}");
    }
    assert_eq!(conv_list(), before, "nothing changed");
    assert_eq!(fired.load(Ordering::SeqCst), 0, "rejected calls never call back");
    TIMUninit();
}

#[test]
fn user_data_comes_back_bit_for_bit_and_null_cb_is_fine() {
    let _g = lock();
    init_login(&temp_dir("ud"), "alice");
    static SEEN: std::sync::Mutex<Vec<usize>> = std::sync::Mutex::new(Vec::new());
    unsafe extern "C" fn rec(_: i32, _: *const c_char, _: *const c_char, ud: *const c_void) {
        SEEN.lock().unwrap().push(ud as usize);
    }
    let cb = Some(rec as unsafe extern "C" fn(i32, *const c_char, *const c_char, *const c_void));
    for p in [0x1usize, 0x1234, usize::MAX, 0] {
        assert_eq!(TIMConvGetConvList(cb, p as *const c_void), 0);
    }
    assert_eq!(TIMConvGetConvList(None, std::ptr::null()), 0);
    TIMUninit();
    assert_eq!(*SEEN.lock().unwrap(), vec![0x1, 0x1234, usize::MAX, 0]);
}

#[test]
fn callbacks_run_on_one_worker_thread_in_submission_order() {
    let _g = lock();
    init_login(&temp_dir("order"), "alice");
    let w = Waiter::new();
    for i in 0..200 {
        let body = text("bob", 1, "bob", &format!("m{i}"));
        let json = cs(&serde_json::json!([body]).to_string());
        assert_eq!(timconv::ffi::ext::TIMExtReceiveMessages(json.as_ptr(), CB, w.ud()), 0);
    }
    let replies = w.wait_for(200);
    let thread = replies[0].thread;
    assert_ne!(thread, std::thread::current().id());
    for (i, r) in replies.iter().enumerate() {
        assert_eq!(r.thread, thread);
        assert_eq!(r.value()[0]["message_elem_array"][0]["text_elem_content"], format!("m{i}"));
        assert_eq!(r.value()[0]["message_seq"], i as u64 + 1);
    }
    TIMUninit();
}

#[test]
fn uninit_completes_every_accepted_call_and_nothing_runs_after() {
    let _g = lock();
    init_login(&temp_dir("uninit"), "alice");
    let w = Waiter::new();
    for _ in 0..100 {
        assert_eq!(TIMConvGetTotalUnreadMessageCount(CB, w.ud()), 0);
    }
    TIMUninit();
    assert_eq!(w.count(), 100, "all completed before TIMUninit returned");
    std::thread::sleep(std::time::Duration::from_millis(50));
    assert_eq!(w.count(), 100);
    // After TIMUninit the SDK behaves as before TIMInit.
    assert_eq!(call(|cb, ud| TIMConvGetConvList(cb, ud)).code, 6013);
    assert_eq!(TIMConvCancelDraft(cs("a").as_ptr(), 1), -1);
    assert_eq!(TIMGetLoginStatus(), 3);
}

#[test]
fn api_calls_work_from_inside_callbacks() {
    let _g = lock();
    init_login(&temp_dir("reentry"), "alice");
    static INNER: std::sync::OnceLock<std::sync::Arc<Waiter>> = std::sync::OnceLock::new();
    let inner = INNER.get_or_init(Waiter::new).clone();
    unsafe extern "C" fn on_event(event: i32, _: *const c_char, _: *const c_void) {
        if event == 0 {
            let w = INNER.get().unwrap();
            assert_eq!(TIMConvGetTotalUnreadMessageCount(CB, w.ud()), 0);
        }
    }
    TIMSetConvEventCallback(Some(on_event), std::ptr::null());
    receive(serde_json::json!([text("bob", 1, "bob", "hi")]));
    let r = inner.wait_for(1).remove(0);
    assert_eq!(r.code, 0);
    assert_eq!(r.value()["conv_get_total_unread_message_count_result_unread_count"], 1);
    TIMSetConvEventCallback(None, std::ptr::null());
    TIMUninit();
}

#[test]
fn uninit_from_inside_a_callback_is_safe() {
    let _g = lock();
    init_login(&temp_dir("uninit-cb"), "alice");
    unsafe extern "C" fn stop(_: i32, _: *const c_char, _: *const c_char, _: *const c_void) {
        TIMUninit();
    }
    let cb = Some(stop as unsafe extern "C" fn(i32, *const c_char, *const c_char, *const c_void));
    let w = Waiter::new();
    assert_eq!(TIMConvGetConvList(cb, std::ptr::null()), 0);
    assert_eq!(TIMConvGetConvList(CB, w.ud()), 0);
    assert_eq!(w.wait_for(1)[0].code, 0, "a call accepted before the uninit still completes");
    assert_eq!(TIMConvCancelDraft(cs("a").as_ptr(), 1), -1);
}

#[test]
fn sync_calls_are_refused_once_a_logout_is_queued() {
    let _g = lock();
    init_login(&temp_dir("logout-queued"), "alice");
    let w = Waiter::new();
    assert_eq!(TIMLogout(CB, w.ud()), 0);
    let draft = cs(r#"{"draft_msg":{"message_elem_array":[{"elem_type":0,"text_elem_content":"x"}]}}"#);
    assert_eq!(TIMConvSetDraft(cs("erin").as_ptr(), 1, draft.as_ptr()), -2, "refused, not dropped");
    assert_eq!(w.wait_for(1)[0].code, 0);
    TIMUninit();
}

#[test]
fn login_state_and_user_id() {
    let _g = lock();
    init_login(&temp_dir("login"), "alice");
    assert_eq!(TIMGetLoginStatus(), 1);
    let mut buf = [0 as c_char; 128];
    assert_eq!(TIMGetLoginUserID(buf.as_mut_ptr()), 0);
    assert_eq!(unsafe { std::ffi::CStr::from_ptr(buf.as_ptr()) }.to_str().unwrap(), "alice");
    login("alice");
    assert_eq!(call(|cb, ud| TIMLogout(cb, ud)).code, 0);
    assert_eq!(TIMGetLoginStatus(), 3);
    assert_eq!(call(|cb, ud| TIMConvGetConvList(cb, ud)).code, 6014);
    let version = unsafe { std::ffi::CStr::from_ptr(TIMGetSDKVersion()) }.to_str().unwrap();
    assert!(version.starts_with("8.6."));
    assert!(TIMGetServerTime() > 1_600_000_000);
    TIMUninit();
}

#[test]
fn many_threads_each_get_their_own_callbacks_exactly_once() {
    let _g = lock();
    init_login(&temp_dir("threads"), "alice");
    let waiters: Vec<_> = (0..8).map(|_| Waiter::new()).collect();
    std::thread::scope(|s| {
        for (t, w) in waiters.iter().enumerate() {
            s.spawn(move || {
                for i in 0..200 {
                    let rc = match i % 3 {
                        0 => TIMConvGetTotalUnreadMessageCount(CB, w.ud()),
                        1 => TIMConvGetConvList(CB, w.ud()),
                        _ => {
                            let json =
                                cs(&serde_json::json!([text(&format!("u{t}"), 1, "x", "m")]).to_string());
                            timconv::ffi::ext::TIMExtReceiveMessages(json.as_ptr(), CB, w.ud())
                        }
                    };
                    assert_eq!(rc, 0);
                }
            });
        }
    });
    for w in &waiters {
        assert_eq!(w.wait_for(200).len(), 200);
    }
    std::thread::sleep(std::time::Duration::from_millis(20));
    assert!(waiters.iter().all(|w| w.count() == 200), "exactly once");
    TIMUninit();
}

#[test]
fn fidelity_answers_come_first_in_every_state() {
    let _g = lock();
    let dir = temp_dir("fidelity");
    let config = cs(&serde_json::json!({ "sdk_config_config_file_path": dir }).to_string());
    let w = Waiter::new();
    let check = |state: &str| {
        let ids = cs(r#"["c2c_bob"]"#);
        let empty_group = TIMConvCreateConversationGroup(cs("").as_ptr(), ids.as_ptr(), CB, w.ud());
        assert_eq!(empty_group, -4, "{state}: empty group name");
        assert_eq!(TIMConvSetDraft(cs("bob").as_ptr(), 1, std::ptr::null()), -3, "{state}: NULL draft");
        let no_param = TIMMsgGetMsgList(cs("bob").as_ptr(), 1, std::ptr::null(), CB, w.ud());
        assert_eq!(no_param, -4, "{state}: NULL history param");
        let empty_param = TIMMsgGetMsgList(cs("bob").as_ptr(), 1, cs("").as_ptr(), CB, w.ud());
        assert_eq!(empty_param, -3, "{state}: empty history param");
    };
    check("before TIMInit");
    assert_eq!(TIMInit(1400000000, config.as_ptr()), 0);
    check("before login");
    login("me");
    check("logged in");
    TIMUninit();
    assert_eq!(w.count(), 0, "refused calls never call back");
}

/// NULL where the header allows it, and the functions that keep the SDK's older convention
/// (malformed JSON is `TIM_ERR_PARAM`, as the real library answers), in every state.
#[test]
fn allowed_nulls_are_accepted_and_older_functions_answer_param_for_bad_json() {
    use timconv::ffi::{account, friendship, message_features, offline_push, signaling};
    let _g = lock();
    let dir = temp_dir("older-convention");
    let config = cs(&serde_json::json!({ "sdk_config_config_file_path": dir }).to_string());
    let accepted = Waiter::new();
    let refused = Waiter::new();
    let null = std::ptr::null::<c_char>();
    let check = |state: &str, code: i32| {
        let ud = accepted.ud();
        let before = accepted.count();
        let nulls = [
            ("TIMUnsubscribeUserInfo", account::TIMUnsubscribeUserInfo(null, CB, ud)),
            ("TIMUnsubscribeUserStatus", account::TIMUnsubscribeUserStatus(null, CB, ud)),
            ("TIMMsgSetOfflinePushToken", offline_push::TIMMsgSetOfflinePushToken(null, CB, ud)),
            ("TIMGetOfficialAccountsInfo", friendship::TIMGetOfficialAccountsInfo(null, CB, ud)),
        ];
        for (name, got) in nulls {
            assert_eq!(got, 0, "{state}: {name}(NULL) is accepted");
        }
        let answers: Vec<i32> = accepted.wait_for(before + 4)[before..].iter().map(|r| r.code).collect();
        assert_eq!(answers, [code; 4], "{state}: the NULL calls answer");
        let bad = cs("[1,");
        let (b, ud) = (bad.as_ptr(), refused.ud());
        let x = cs("x");
        let json_bad: [(&str, i32); 13] = [
            ("TIMFriendshipGetFriendsInfo", friendship::TIMFriendshipGetFriendsInfo(b, CB, ud)),
            ("TIMFriendshipAddToBlackList", friendship::TIMFriendshipAddToBlackList(b, CB, ud)),
            ("TIMFriendshipDeleteFromBlackList", friendship::TIMFriendshipDeleteFromBlackList(b, CB, ud)),
            ("TIMFriendshipCreateFriendGroup", friendship::TIMFriendshipCreateFriendGroup(b, CB, ud)),
            ("TIMFriendshipGetFriendGroupList", friendship::TIMFriendshipGetFriendGroupList(b, CB, ud)),
            ("TIMFriendshipDeleteFriendGroup", friendship::TIMFriendshipDeleteFriendGroup(b, CB, ud)),
            ("TIMFriendshipModifyFriendGroup", friendship::TIMFriendshipModifyFriendGroup(b, CB, ud)),
            ("TIMGetOfficialAccountsInfo", friendship::TIMGetOfficialAccountsInfo(b, CB, ud)),
            ("TIMMsgGetMessageReadReceipts", message_features::TIMMsgGetMessageReadReceipts(b, CB, ud)),
            ("TIMMsgSendMessageReadReceipts", message_features::TIMMsgSendMessageReadReceipts(b, CB, ud)),
            ("TIMMsgTranslateText", message_features::TIMMsgTranslateText(b, null, x.as_ptr(), CB, ud)),
            ("TIMProfileModifySelfUserProfile", account::TIMProfileModifySelfUserProfile(b, CB, ud)),
            (
                "TIMSignalingInviteInGroup",
                signaling::TIMSignalingInviteInGroup(
                    x.as_ptr(),
                    b,
                    null,
                    0,
                    30,
                    std::ptr::null_mut(),
                    CB,
                    ud,
                ),
            ),
        ];
        for (name, got) in json_bad {
            assert_eq!(got, -4, "{state}: {name} with malformed JSON");
        }
        // The general rule still holds elsewhere.
        assert_eq!(account::TIMSubscribeUserInfo(b, CB, ud), -3, "{state}: TIMSubscribeUserInfo");
        assert_eq!(account::TIMUnsubscribeUserInfo(b, CB, ud), -3, "{state}: TIMUnsubscribeUserInfo");
    };
    check("before TIMInit", 6013);
    assert_eq!(TIMInit(1400000000, config.as_ptr()), 0);
    check("before login", 6014);
    login("me");
    check("logged in", 7013);
    TIMUninit();
    assert_eq!(refused.count(), 0, "refused calls never call back");
}
