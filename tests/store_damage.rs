//! Derived data damaged while logged out (issue 21): each row of the issue's table is made with
//! SQL on the database file between two logins, and the app must see the data of the
//! undamaged store after login (what login checks) or once the store's check has run
//! (`TIMExtVerifyStore`, the same pass that runs after every login), with the repairs
//! reported through the conversation and unread listeners.

mod common;

use std::ffi::CString;
use std::os::raw::{c_char, c_int, c_void};
use std::path::PathBuf;
use std::sync::Mutex;

use common::*;
use serde_json::{json, Value};
use timconv::ffi::conversation::*;
use timconv::ffi::conversation_group::TIMConvCreateConversationGroup;
use timconv::ffi::ext::TIMExtVerifyStore;
use timconv::ffi::manager::TIMUninit;

const APP_ID: u64 = 1400000000;
const C2C: &str = r#"{"conversation_list_filter_conv_type": 1}"#;
const MARKED: &str = r#"{"conversation_list_filter_mark_type": 1}"#;
const WORK: &str = r#"{"conversation_list_filter_conversation_group": "work"}"#;

static EVENTS: Mutex<Vec<(c_int, Value)>> = Mutex::new(Vec::new());

unsafe extern "C" fn on_conv_event(event: c_int, json: *const c_char, _: *const c_void) {
    // SAFETY: the library passes a valid string for the call's duration.
    let text = unsafe { std::ffi::CStr::from_ptr(json) }.to_str().unwrap();
    let value =
        if text.is_empty() { Value::Null } else { serde_json::from_str(text).expect("event JSON parses") };
    EVENTS.lock().unwrap().push((event, value));
}

unsafe extern "C" fn on_filter_total(filter: *const c_char, total: c_int, _: *const c_void) {
    // SAFETY: as above.
    let filter = unsafe { std::ffi::CStr::from_ptr(filter) }.to_str().unwrap();
    EVENTS.lock().unwrap().push((100, json!([filter, total])));
}

/// Conversation IDs of the events of one kind (0 Add, 1 Del, 2 Update) since the last call.
fn take_events(kind: c_int) -> Vec<String> {
    call(|cb, ud| TIMConvGetConvList(cb, ud)); // earlier events were delivered before this
    let mut events = EVENTS.lock().unwrap();
    let ids = events
        .iter()
        .filter(|(k, _)| *k == kind)
        .flat_map(|(_, v)| v.as_array().cloned().unwrap_or_default())
        .map(|c| c["conv_id"].as_str().unwrap_or_default().to_owned())
        .collect();
    events.clear();
    ids
}

/// A store written by one session: five conversations (bob with two unread, a mark and the
/// group "work"; carol; g1 in "work"; g2 pinned), a counter of marked conversations kept.
struct Fixture {
    dir: PathBuf,
    db: PathBuf,
    /// The whole list as that session last answered it.
    list: Value,
}

fn prepare(tag: &str) -> Fixture {
    let dir = temp_dir(tag);
    init_login(&dir, "alice");
    receive(json!([text("bob", 1, "bob", "1"), text("bob", 1, "bob", "2"), text("carol", 1, "carol", "3")]));
    receive(json!([text("g1", 2, "dave", "4"), text("g2", 2, "erin", "5")]));
    let ids = cs(r#"["c2c_bob"]"#);
    assert_eq!(call(|cb, ud| TIMConvMarkConversation(ids.as_ptr(), 1, 1, cb, ud)).code, 0);
    assert_eq!(unread_by(MARKED), 2, "now a kept counter (stored by the next commit)");
    assert_eq!(call(|cb, ud| TIMConvPinConversation(cs("g2").as_ptr(), 2, 1, cb, ud)).code, 0);
    let members = cs(r#"["c2c_bob", "group_g1"]"#);
    let r = call(|cb, ud| TIMConvCreateConversationGroup(cs("work").as_ptr(), members.as_ptr(), cb, ud));
    assert_eq!(r.code, 0);
    let list = whole_list();
    TIMUninit();
    let db = timconv::store::path::database_path(&dir, APP_ID, "alice");
    Fixture { dir, db, list }
}

fn damage(f: &Fixture, sql: &str) {
    let conn = rusqlite::Connection::open(&f.db).unwrap();
    conn.execute_batch(sql).unwrap();
    assert!(conn.changes() > 0 || sql.starts_with("DROP"), "the damage changed something: {sql}");
}

/// Logs in again with the listeners set.
fn relogin(f: &Fixture) {
    EVENTS.lock().unwrap().clear();
    TIMSetConvEventCallback(Some(on_conv_event), std::ptr::null());
    TIMSetConvUnreadMessageCountChangedByFilterCallback(Some(on_filter_total), std::ptr::null());
    init_login(&f.dir, "alice");
}

fn done() {
    TIMSetConvEventCallback(None, std::ptr::null());
    TIMSetConvUnreadMessageCountChangedByFilterCallback(None, std::ptr::null());
    TIMUninit();
}

fn whole_list() -> Value {
    let r = call(|cb, ud| TIMConvGetConvList(cb, ud));
    assert_eq!(r.code, 0, "{}", r.desc);
    r.value()
}

fn unread_by(filter: &str) -> i64 {
    let filter = CString::new(filter).unwrap();
    let r = call(|cb, ud| TIMConvGetUnreadMessageCountByFilter(filter.as_ptr(), cb, ud));
    assert_eq!(r.code, 0, "{}", r.desc);
    r.value()["conv_get_total_unread_message_count_result_unread_count"].as_i64().unwrap()
}

fn page_ids(filter: &str) -> Vec<String> {
    let filter = CString::new(filter).unwrap();
    let r = call(|cb, ud| TIMConvGetConversationListByFilter(filter.as_ptr(), 0, 100, cb, ud));
    assert_eq!(r.code, 0, "{}", r.desc);
    let convs = r.value()["conversation_list_result_conv_list"].as_array().cloned().unwrap_or_default();
    convs.iter().map(|c| c["conv_id"].as_str().unwrap().to_owned()).collect()
}

/// Runs the store's full check and returns its report.
fn check_store() -> Value {
    let r = call(|cb, ud| TIMExtVerifyStore(cb, ud));
    assert_eq!(r.code, 0, "{}", r.desc);
    r.value()
}

/// What the app must see once repaired: the list, the totals and the pages of the fixture.
fn assert_as_written(f: &Fixture) {
    assert_eq!(whole_list(), f.list, "the whole list");
    assert_eq!(total_unread(), 5);
    assert_eq!(unread_by(C2C), 3);
    assert_eq!(unread_by(MARKED), 2);
    assert_eq!(page_ids("{}"), ["g2", "g1", "carol", "bob"]);
    assert_eq!(page_ids(WORK), ["g1", "bob"]);
    let (once, again) = (check_store(), check_store());
    assert_eq!(once["store_check_repairs"], again["store_check_repairs"], "nothing left to repair: {again}");
}

#[test]
fn an_undamaged_store_checks_clean() {
    let _g = lock();
    let f = prepare("clean");
    relogin(&f);
    let report = check_store();
    assert_eq!(report["store_check_repairs"], 0, "{report}");
    assert_eq!(report["store_check_conversations"], 4);
    assert_eq!(report["store_check_list_entries"], 4);
    assert_eq!(report["store_check_memberships"], 2);
    assert_eq!(report["store_check_login_rebuilt"], json!([]));
    assert_as_written(&f);
    assert!(take_events(2).is_empty() && take_events(1).is_empty(), "no repair, no event");
    done();
}

#[test]
fn a_total_raised_while_logged_out_is_counted_again_at_login() {
    let _g = lock();
    let f = prepare("total");
    damage(&f, "UPDATE engine_state SET value = value + 1000 WHERE name = 'total_unread'");
    relogin(&f);
    assert_eq!(total_unread(), 5, "right from login");
    let report = check_store();
    assert_eq!(report["store_check_login_rebuilt"].as_array().unwrap().len(), 1, "{report}");
    assert_as_written(&f);
    let all = cs("");
    assert_eq!(call(|cb, ud| TIMConvCleanConversationUnreadMessageCount(all.as_ptr(), 0, 0, cb, ud)).code, 0);
    assert_eq!(total_unread(), 0, "clean-all leaves nothing");
    done();
}

#[test]
fn a_deleted_total_row_does_not_refuse_login() {
    let _g = lock();
    let f = prepare("total-row");
    damage(&f, "DELETE FROM engine_state WHERE name = 'total_unread'");
    relogin(&f);
    assert_eq!(total_unread(), 5);
    assert_as_written(&f);
    done();
}

#[test]
fn a_raised_per_type_counter_is_counted_again_at_login() {
    let _g = lock();
    let f = prepare("c2c-counter");
    damage(&f, "UPDATE unread_counter SET total = total + 77 WHERE filter = '[1,null,null,null,null]'");
    relogin(&f);
    assert_eq!(unread_by(C2C), 3, "the total and the per-type counters disagree: counted at login");
    assert_as_written(&f);
    done();
}

#[test]
fn text_that_is_not_utf8_is_damage_never_a_crash() {
    let _g = lock();
    let f = prepare("not-utf8");
    // A counter key, a view row and a stored ConvInfo whose bytes are not UTF-8.
    damage(&f, "UPDATE unread_counter SET filter = CAST(X'5b31ff2c' AS TEXT) WHERE filter = '[1,null,null,null,null]'");
    damage(&f, "UPDATE conversation_view SET conv_id = CAST(X'67ff31' AS TEXT) WHERE conv_id = 'g1'");
    relogin(&f);
    assert_eq!(unread_by(C2C), 3, "the counter whose key cannot be read is counted again");
    let report = check_store();
    assert!(report["store_check_repairs"].as_i64().unwrap() > 0, "{report}");
    assert_as_written(&f);
    done();
}

#[test]
fn a_raised_counter_is_corrected_by_the_check_and_told_to_its_subscription() {
    let _g = lock();
    let f = prepare("mark-counter");
    damage(&f, "UPDATE unread_counter SET total = total + 5 WHERE filter = '[null,null,1,null,null]'");
    relogin(&f);
    // Nothing cheap disagrees with it: the check corrects it, and a subscription hears it.
    assert_eq!(TIMConvSubscribeUnreadMessageCountByFilter(cs(MARKED).as_ptr()), 0);
    let report = check_store();
    assert!(report["store_check_login_rebuilt"].as_array().unwrap().is_empty(), "{report}");
    assert_eq!(report["store_check_repairs"], 1, "{report}");
    assert_eq!(unread_by(MARKED), 2);
    let told: Vec<Value> =
        EVENTS.lock().unwrap().iter().filter(|(k, _)| *k == 100).map(|(_, v)| v.clone()).collect();
    assert_eq!(told.last().map(|v| v[1].clone()), Some(json!(2)), "{told:?}");
    assert_as_written(&f);
    done();
}

#[test]
fn a_view_row_that_is_not_json_is_rendered_from_its_row() {
    let _g = lock();
    let f = prepare("bad-json");
    damage(&f, "UPDATE conversation_view SET conv_info = substr(conv_info, 1, 40) WHERE conv_id = 'bob'");
    relogin(&f);
    assert_eq!(whole_list(), f.list, "every reply parses and is right, before any repair");
    check_store();
    assert_eq!(take_events(2), ["bob"], "Update for the repaired entry");
    assert_as_written(&f);
    done();
}

#[test]
fn a_view_row_of_no_conversation_is_removed() {
    let _g = lock();
    let f = prepare("phantom");
    damage(
        &f,
        r#"INSERT INTO conversation_view (list_pos, conv_type, conv_id, conv_info)
           VALUES (5, 1, 'ghost', '{"conv_id":"ghost","conv_type":1,"conv_unread_num":9}')"#,
    );
    relogin(&f);
    let report = check_store();
    assert_eq!(report["store_check_repairs"], 1, "{report}");
    assert_eq!(take_events(1), ["ghost"], "Del for the entry the list showed");
    assert_as_written(&f);
    done();
}

#[test]
fn a_view_row_with_another_conversations_json_or_a_cleared_flag_shows_each_once() {
    let _g = lock();
    let f = prepare("swapped");
    damage(
        &f,
        "UPDATE conversation_view SET conv_info = (SELECT conv_info FROM conversation_view WHERE conv_id = 'carol')
             WHERE conv_id = 'bob';
         UPDATE conversation SET rendered = 0 WHERE conv_id = 'g1';",
    );
    relogin(&f);
    assert_eq!(whole_list(), f.list, "each conversation once, before any repair");
    check_store();
    let mut updated = take_events(2);
    updated.sort();
    assert_eq!(updated, ["bob", "g1"]);
    assert_as_written(&f);
    done();
}

#[test]
fn an_unlisted_conversation_with_unread_is_listed_again() {
    let _g = lock();
    let f = prepare("list-pos");
    damage(&f, "UPDATE conversation SET list_pos = NULL WHERE conv_id = 'carol'");
    relogin(&f);
    check_store();
    assert_eq!(take_events(2), ["carol"], "Update: the conversation is back");
    assert_as_written(&f);
    done();
}

#[test]
fn a_clock_set_back_does_not_break_moving_conversations() {
    let _g = lock();
    let f = prepare("clock");
    damage(&f, "UPDATE engine_state SET value = 1 WHERE name = 'clock'");
    relogin(&f);
    assert_as_written(&f);
    receive(json!([text("bob", 1, "bob", "6")]));
    assert_eq!(call(|cb, ud| TIMConvPinConversation(cs("carol").as_ptr(), 1, 1, cb, ud)).code, 0);
    assert_eq!(page_ids("{}"), ["carol", "g2", "bob", "g1"]);
    done();
}

#[test]
fn a_dropped_view_is_rebuilt() {
    let _g = lock();
    let f = prepare("dropped");
    damage(
        &f,
        "DROP TABLE conversation_view; DROP INDEX conversation_list_marked; DROP TABLE unread_counter;",
    );
    relogin(&f);
    assert_eq!(whole_list(), f.list, "rendered from the rows until the check stores it again");
    let report = check_store();
    assert_eq!(report["store_check_rendered"], 4, "{report}");
    assert_eq!(report["store_check_login_rebuilt"].as_array().unwrap().len(), 4, "{report}");
    assert_as_written(&f);
    done();
}

#[test]
fn memberships_follow_the_rows() {
    let _g = lock();
    let f = prepare("members");
    damage(
        &f,
        "DELETE FROM conversation_membership WHERE conv_id = 'g1';
         INSERT INTO conversation_membership (name, conv_type, conv_id) VALUES ('work', 1, 'carol'), ('gone', 1, 'nobody');",
    );
    relogin(&f);
    let report = check_store();
    assert_eq!(report["store_check_repairs"], 3, "{report}");
    assert_as_written(&f);
    done();
}

#[test]
fn the_check_needs_a_login() {
    let _g = lock();
    let dir = temp_dir("check-logged-out");
    let config = json!({ "sdk_config_config_file_path": dir }).to_string();
    assert_eq!(timconv::ffi::manager::TIMInit(APP_ID, cs(&config).as_ptr()), 0);
    assert_eq!(call(|cb, ud| TIMExtVerifyStore(cb, ud)).code, 6014);
    TIMUninit();
}

#[test]
fn a_check_asked_for_is_answered_before_the_session_ends() {
    let _g = lock();
    let f = prepare("check-then-logout");
    relogin(&f);
    let w = Waiter::new();
    assert_eq!(TIMExtVerifyStore(CB, w.ud()), 0);
    assert_eq!(timconv::ffi::manager::TIMLogout(CB, w.ud()), 0);
    let replies = w.wait_for(2);
    assert_eq!(replies[0].code, 0, "the check's report: {}", replies[0].desc);
    assert_eq!(replies[0].value()["store_check_conversations"], 4);
    assert_eq!(replies[1].code, 0, "then the logout");
    // And a check under way does not hold TIMUninit: the next login checks again.
    login("alice");
    assert_eq!(TIMExtVerifyStore(CB, w.ud()), 0);
    done();
    assert_eq!(w.wait_for(3)[2].code, 0, "answered before TIMUninit returned");
}
