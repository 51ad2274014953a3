//! Loading a damaged database: the base database (fuzz/store/base.db, written by the library)
//! is mutated as `timconv_fuzz::db_mutation` describes and put in a fresh data directory; then
//! `TIMInit` + `TIMLogin`. The login must succeed or fail with a database / IO error code in its
//! callback; after a successful login, reads and writes over the loaded state must keep the
//! callback contract. Then `TIMUninit`. Never a crash, panic or hang.
#![no_main]

use std::ffi::CString;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use serde_json::{json, Value};
use timconv::ffi::conversation::*;
use timconv::ffi::conversation_group::*;
use timconv::ffi::ext::*;
use timconv::ffi::manager::*;
use timconv::ffi::message_history::*;
use timconv_fuzz::db_mutation::{apply_edits, apply_patches, is_sql_mode};
use timconv_fuzz::ledger::{call, fail, start};
use timconv_fuzz::session::{restart, scratch_dir, APP_ID, USER};

static BASE: &[u8] = include_bytes!("../store/base.db");
static DIR: OnceLock<std::path::PathBuf> = OnceLock::new();

/// Login results the header allows for a database that cannot be used.
const LOGIN_CODES: [i32; 3] = [0, 6019, 6022];

fn c(v: Value) -> CString {
    CString::new(v.to_string()).unwrap()
}

/// Reads and writes over whatever was loaded; any result code is fine, the contract is not.
fn exercise() {
    let list = call(|cb, ud| TIMConvGetConvList(cb, ud));
    let convs: Vec<Value> =
        list.and_then(|r| serde_json::from_str::<Vec<Value>>(&r.json).ok()).unwrap_or_default();
    // Everything else is queued at once, as an app would, and handled in one worker batch.
    let mut pending = Vec::new();
    let mut strings = Vec::new();
    let mut keep = |s: CString| {
        strings.push(s);
        strings.last().unwrap().as_ptr()
    };
    let page =
        keep(c(json!({"msg_getmsglist_param_last_msg_seq": 1, "msg_getmsglist_param_is_forward": true})));
    for conv in convs.iter().take(8) {
        let (Some(id), Some(t)) = (conv["conv_id"].as_str(), conv["conv_type"].as_i64()) else { continue };
        let Ok(id) = CString::new(id) else { continue };
        let (id, t) = (keep(id), t as i32);
        pending.push(start(|cb, ud| TIMMsgGetMsgList(id, t, c"{}".as_ptr(), cb, ud)));
        pending.push(start(|cb, ud| TIMMsgGetMsgList(id, t, page, cb, ud)));
    }
    let grouped = keep(c(json!({
        "conversation_list_filter_conversation_group": "friends", "conversation_list_filter_mark_type": 1
    })));
    let keys = keep(c(json!([
        {"get_conversation_list_param_conv_id": "alice", "get_conversation_list_param_conv_type": 1},
        {"get_conversation_list_param_conv_id": "carol", "get_conversation_list_param_conv_type": 1}
    ])));
    let pushed = keep(c(json!([
        {"message_conv_id": "alice", "message_conv_type": 1, "message_sender": "alice",
         "message_elem_array": [{"elem_type": 0, "text_elem_content": "new"}]},
        {"message_conv_id": "carol", "message_conv_type": 1, "message_sender": "carol",
         "message_elem_array": [{"elem_type": 0, "text_elem_content": "back"}]},
        {"message_conv_id": "g1", "message_conv_type": 2, "message_sender": "bob", "message_group_at_user_array": [USER],
         "message_elem_array": [{"elem_type": 0, "text_elem_content": "@"}]}
    ])));
    let del = keep(c(json!({"msg_delete_param_msg": {"message_msg_id": "base-alice-1"}})));
    let revoke =
        keep(c(json!([{"message_conv_id": "bob", "message_conv_type": 1, "message_msg_id": "base-bob-1"}])));
    let bob = keep(c(json!(["c2c_bob"])));
    let all = keep(c(json!(["c2c_alice", "group_g1", "group_g2", "c2c_bob"])));
    pending.extend([
        start(|cb, ud| TIMConvGetConversationListByFilter(c"{}".as_ptr(), 0, 3, cb, ud)),
        start(|cb, ud| TIMConvGetConversationListByFilter(grouped, 0, 0, cb, ud)),
        start(|cb, ud| TIMConvGetTotalUnreadMessageCount(cb, ud)),
        start(|cb, ud| TIMConvGetConversationGroupList(cb, ud)),
        start(|cb, ud| TIMConvGetConvInfo(keys, cb, ud)),
        start(|cb, ud| TIMExtReceiveMessages(pushed, cb, ud)),
        start(|cb, ud| TIMMsgDelete(c"alice".as_ptr(), 1, del, cb, ud)),
        start(|cb, ud| TIMExtRevokeMessages(revoke, cb, ud)),
        start(|cb, ud| TIMConvAddConversationsToGroup(c"friends".as_ptr(), bob, cb, ud)),
        start(|cb, ud| TIMConvRenameConversationGroup(c"work".as_ptr(), c"job".as_ptr(), cb, ud)),
        start(|cb, ud| TIMConvCleanConversationUnreadMessageCount(c"".as_ptr(), 0, 0, cb, ud)),
        start(|cb, ud| TIMConvDeleteConversationList(all, 1, cb, ud)),
        start(|cb, ud| TIMConvGetConvList(cb, ud)),
    ]);
    for p in pending {
        p.finish();
    }
}

fuzz_target!(|data: &[u8]| {
    let dir = DIR.get_or_init(|| scratch_dir("store"));
    restart(dir);
    let path = timconv::store::path::database_path(dir, APP_ID, USER);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let mut db = BASE.to_vec();
    if !is_sql_mode(data) {
        apply_patches(&mut db, data);
    }
    std::fs::write(&path, &db).unwrap();
    if is_sql_mode(data) {
        let _ = apply_edits(&path, data);
    }
    let user = CString::new(USER).unwrap();
    match call(|cb, ud| TIMLogin(user.as_ptr(), c"sig".as_ptr(), cb, ud)) {
        None => fail("TIMLogin refused a valid user ID"),
        Some(r) if !LOGIN_CODES.contains(&r.code) => {
            fail(&format!("login failed with {}: {}", r.code, r.desc))
        }
        Some(r) if r.code == 0 => exercise(),
        Some(_) => {}
    }
    if TIMUninit() != 0 {
        fail("TIMUninit failed");
    }
});
