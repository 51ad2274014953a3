//! The valid database the store target mutates: written by the library itself, through the C
//! API, with something in every table and column family (hidden, pinned, marked, drafted,
//! grouped, revoked, peer-read and @ conversations; imported, saved and received messages).
//! The committed copy (`fuzz/store/base.db`) is made by `examples/store_base.rs`.

use std::ffi::CString;
use std::path::Path;

use serde_json::{json, Value};
use timconv::ffi::conversation::*;
use timconv::ffi::conversation_group::*;
use timconv::ffi::ext::*;
use timconv::ffi::manager::*;
use timconv::ffi::message::*;
use timconv::ffi::message_history::*;

use crate::ledger::{call_ok, fail};
use crate::session::{APP_ID, USER};

fn c(v: Value) -> CString {
    CString::new(v.to_string()).unwrap()
}

/// A text message with every ID and time given, so nothing depends on the clock.
fn msg(conv: &str, conv_type: u32, sender: &str, n: u64) -> Value {
    json!({
        "message_conv_id": conv, "message_conv_type": conv_type, "message_sender": sender,
        "message_msg_id": format!("base-{conv}-{n}"), "message_seq": n,
        "message_server_time": 1_700_000_000 + n, "message_client_time": 1_700_000_000 + n,
        "message_unique_id": 1000 + n, "message_rand": 7 + n,
        "message_elem_array": [{"elem_type": 0, "text_elem_content": format!("message {n}")}]
    })
}

/// Writes the base database for [`USER`] under `dir` (which must be empty) and returns its bytes.
pub fn generate(dir: &Path) -> Vec<u8> {
    let config = c(json!({ "sdk_config_config_file_path": dir }));
    if TIMInit(APP_ID, config.as_ptr()) != 0 {
        fail("TIMInit refused the base configuration");
    }
    let user = CString::new(USER).unwrap();
    call_ok("login", |cb, ud| TIMLogin(user.as_ptr(), c"sig".as_ptr(), cb, ud));
    let infos = c(json!([
        {"group_base_info_group_id": "g1", "group_base_info_group_name": "Group one", "group_base_info_group_type": 0},
        {"group_base_info_group_id": "g2", "group_base_info_group_type": 1, "group_base_info_msg_flag": 2},
        {"group_base_info_group_id": "live", "group_base_info_group_type": 4}
    ]));
    call_ok("group infos", |cb, ud| TIMExtUpdateGroupInfos(infos.as_ptr(), cb, ud));
    let profiles = c(json!([
        {"user_profile_identifier": "alice", "user_profile_nick_name": "Alice", "user_profile_face_url": "http://a"},
        {"user_profile_identifier": "zed", "user_profile_friend_remark": "Zed (no conversation)"}
    ]));
    call_ok("profiles", |cb, ud| TIMExtUpdateUserProfiles(profiles.as_ptr(), cb, ud));
    let mut at = msg("g1", 2, "bob", 3);
    at["message_group_at_user_array"] = json!([USER]);
    let pushed = c(json!([
        msg("alice", 1, "alice", 1),
        msg("alice", 1, "alice", 2),
        msg("g1", 2, "bob", 1),
        msg("g1", 2, "alice", 2),
        at,
        msg("g2", 2, "carol", 1),
        msg("live", 2, "dave", 1),
        msg("carol", 1, "carol", 1),
    ]));
    call_ok("receive", |cb, ud| TIMExtReceiveMessages(pushed.as_ptr(), cb, ud));
    let imported = c(json!([msg("bob", 1, "bob", 1), msg("bob", 1, USER, 2)]));
    call_ok("import", |cb, ud| TIMMsgImportMsgList(c"bob".as_ptr(), 1, imported.as_ptr(), cb, ud));
    let saved = c(msg("bob", 1, USER, 3));
    call_ok("save", |cb, ud| TIMMsgSaveMsg(c"bob".as_ptr(), 1, saved.as_ptr(), cb, ud));
    let grouped = c(json!(["c2c_alice", "group_g1"]));
    call_ok("group", |cb, ud| TIMConvCreateConversationGroup(c"friends".as_ptr(), grouped.as_ptr(), cb, ud));
    let empty_group = c(json!(["c2c_bob"]));
    call_ok("group 2", |cb, ud| {
        TIMConvCreateConversationGroup(c"work".as_ptr(), empty_group.as_ptr(), cb, ud)
    });
    let marked = c(json!(["c2c_alice", "group_g2"]));
    call_ok("mark", |cb, ud| TIMConvMarkConversation(marked.as_ptr(), 1 | (1 << 40), 1, cb, ud));
    let custom = c(json!(["group_g1"]));
    call_ok("custom", |cb, ud| TIMConvSetConversationCustomData(custom.as_ptr(), c"custom".as_ptr(), cb, ud));
    call_ok("pin", |cb, ud| TIMConvPinConversation(c"g1".as_ptr(), 2, 1, cb, ud));
    let draft = c(json!({
        "draft_msg": {"message_elem_array": [{"elem_type": 0, "text_elem_content": "draft"}]},
        "draft_user_define": "ud", "draft_edit_time": 1_700_000_100
    }));
    if TIMConvSetDraft(c"g2".as_ptr(), 2, draft.as_ptr()) != 0 {
        fail("base draft refused");
    }
    let revoked =
        c(json!([{"message_conv_id": "g1", "message_conv_type": 2, "message_msg_id": "base-g1-2"}]));
    call_ok("revoke", |cb, ud| TIMExtRevokeMessages(revoked.as_ptr(), cb, ud));
    let receipts = c(
        json!([{"msg_receipt_conv_id": "bob", "msg_receipt_conv_type": 1, "msg_receipt_time_stamp": 1_700_000_002u64}]),
    );
    call_ok("receipts", |cb, ud| TIMExtReceiveReadReceipts(receipts.as_ptr(), cb, ud));
    call_ok("read", |cb, ud| {
        TIMConvCleanConversationUnreadMessageCount(c"c2c_alice".as_ptr(), 1_700_000_001, 0, cb, ud)
    });
    let opts = c(json!(["dave", "alice"]));
    call_ok("recv opt", |cb, ud| TIMMsgSetC2CReceiveMessageOpt(opts.as_ptr(), 2, cb, ud));
    let hidden = c(json!(["c2c_carol"]));
    call_ok("hide", |cb, ud| TIMConvDeleteConversationList(hidden.as_ptr(), 0, cb, ud));
    if TIMUninit() != 0 {
        fail("TIMUninit failed");
    }
    let path = timconv::store::path::database_path(dir, APP_ID, USER);
    std::fs::read(&path).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", path.display())))
}
