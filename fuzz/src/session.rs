//! The logged-in process the call targets share: initialised with a private data directory (on
//! tmpfs when there is one), logged in, and given a small fixture (C2C and group conversations
//! with messages, a draft, a pin, a conversation group, a subscription). Every `RESET_EVERY`
//! inputs, or whenever the user is no longer logged in, it starts over (`TIMUninit`, wiped
//! directory, `TIMInit`, login, fixture) so state stays bounded. Every `CHECK_EVERY` inputs the
//! conversation list is checked for consistency (`oracle`).

use std::ffi::{CStr, CString};
use std::os::raw::c_void;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde_json::json;
use timconv::ffi::conversation::*;
use timconv::ffi::conversation_group::*;
use timconv::ffi::defs::TIMCommCallback;
use timconv::ffi::ext::*;
use timconv::ffi::manager::*;
use timconv::ffi::message::*;
use timconv::ffi::message_history::*;

use crate::ledger::{self, call, call_ok, check_sync};
use crate::{history, listeners, oracle};

/// The SDKAppID every target uses.
pub const APP_ID: u64 = 1_400_000_001;
/// The fuzzing user.
pub const USER: &str = "fuzzer";
/// Inputs between two resets.
const RESET_EVERY: u32 = 200;
/// Inputs between two list consistency checks.
const CHECK_EVERY: u32 = 16;

/// Fixture conversations, by type: C2C peers and group IDs.
pub const C2C_PEERS: [&CStr; 3] = [c"alice", c"bob", c"carol"];
pub const GROUPS: [&CStr; 2] = [c"g1", c"g2"];

struct State {
    dir: PathBuf,
    /// Inputs since the last reset.
    inputs: u32,
}

static STATE: Mutex<Option<State>> = Mutex::new(None);

/// Prepares the session for input `data`: logged in, fixture in place, input remembered.
pub fn begin_input(data: &[u8]) {
    let mut state = STATE.lock().unwrap_or_else(|e| e.into_inner());
    let state = state.get_or_insert_with(|| {
        history::install_panic_hook();
        State { dir: scratch_dir("calls"), inputs: RESET_EVERY }
    });
    let logged_in = TIMGetLoginStatus() == 1;
    if state.inputs >= RESET_EVERY || !logged_in {
        history::clear();
        restart(&state.dir);
        login(USER);
        seed_fixture();
        state.inputs = 0;
    }
    history::record(data);
    state.inputs += 1;
}

/// Finishes an input: waits for the worker, and now and then checks the conversation list.
pub fn end_input() {
    barrier();
    let inputs = STATE.lock().unwrap_or_else(|e| e.into_inner()).as_ref().map_or(0, |s| s.inputs);
    if inputs.is_multiple_of(CHECK_EVERY) {
        oracle::check_lists();
    }
}

/// A fixture conversation ID for `conv_type` (C2C for anything but 2), chosen by `n`.
pub fn fixture_conv(conv_type: i32, n: u8) -> &'static CStr {
    if conv_type == 2 {
        GROUPS[usize::from(n) % GROUPS.len()]
    } else {
        C2C_PEERS[usize::from(n) % C2C_PEERS.len()]
    }
}

/// Waits until the worker has handled everything submitted so far (for calls without a
/// callback), through a callback call that is always accepted.
pub fn barrier() {
    let reply = call(|cb, ud| TIMConvGetTotalUnreadMessageCount(cb, ud));
    if reply.is_none() {
        ledger::fail("the barrier call was refused");
    }
}

/// `TIMUninit`, then `TIMInit` on a wiped `dir`, with every listener registered.
pub fn restart(dir: &Path) {
    check_sync(TIMUninit());
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).expect("create the data directory");
    let config = CString::new(json!({ "sdk_config_config_file_path": dir }).to_string()).unwrap();
    if TIMInit(APP_ID, config.as_ptr()) != 0 {
        ledger::fail("TIMInit refused a valid configuration");
    }
    listeners::register_all();
}

/// Logs in `user`; it must succeed.
pub fn login(user: &str) {
    let id = CString::new(user).unwrap();
    call_ok("login", |cb, ud| TIMLogin(id.as_ptr(), c"sig".as_ptr(), cb, ud));
}

fn text_msg(conv: &str, conv_type: u32, sender: &str, id: &str, seq: u64, body: &str) -> serde_json::Value {
    json!({
        "message_conv_id": conv, "message_conv_type": conv_type, "message_sender": sender,
        "message_msg_id": id, "message_seq": seq, "message_server_time": 1_700_000_000 + seq,
        "message_elem_array": [{"elem_type": 0, "text_elem_content": body}]
    })
}

fn cjson(v: serde_json::Value) -> CString {
    CString::new(v.to_string()).unwrap()
}

/// Runs a fixture call that must succeed.
fn must(what: &str, f: impl FnOnce(TIMCommCallback, *const c_void) -> i32) {
    call_ok(what, f);
}

/// Conversations, messages, a draft, a pin, a conversation group, infos and a subscription.
pub fn seed_fixture() {
    let infos = cjson(json!([
        {"group_base_info_group_id": "g1", "group_base_info_group_name": "Group one", "group_base_info_group_type": 0},
        {"group_base_info_group_id": "g2", "group_base_info_group_type": 1, "group_base_info_msg_flag": 2}
    ]));
    must("group infos", |cb, ud| TIMExtUpdateGroupInfos(infos.as_ptr(), cb, ud));
    let profiles = cjson(json!([{"user_profile_identifier": "alice", "user_profile_nick_name": "Alice"}]));
    must("profiles", |cb, ud| TIMExtUpdateUserProfiles(profiles.as_ptr(), cb, ud));
    let pushed = cjson(json!([
        text_msg("alice", 1, "alice", "fx-a1", 1, "hi"),
        text_msg("alice", 1, "alice", "fx-a2", 2, "there"),
        text_msg("g1", 2, "bob", "fx-g1", 1, "hello group"),
        text_msg("g1", 2, "alice", "fx-g2", 2, "@fuzzer"),
        text_msg("g2", 2, "carol", "fx-g3", 1, "muted group"),
    ]));
    must("receive", |cb, ud| TIMExtReceiveMessages(pushed.as_ptr(), cb, ud));
    let sent = cjson(json!({"message_elem_array": [{"elem_type": 0, "text_elem_content": "to bob"}]}));
    let mut id_buf = [0 as std::os::raw::c_char; 128];
    must("send", |cb, ud| TIMMsgSendMessage(c"bob".as_ptr(), 1, sent.as_ptr(), id_buf.as_mut_ptr(), cb, ud));
    let imported = cjson(json!([text_msg("carol", 1, "carol", "fx-c1", 1, "old news")]));
    must("import", |cb, ud| TIMMsgImportMsgList(c"carol".as_ptr(), 1, imported.as_ptr(), cb, ud));
    let convs = cjson(json!(["c2c_alice", "group_g1"]));
    must("conversation group", |cb, ud| {
        TIMConvCreateConversationGroup(c"fx".as_ptr(), convs.as_ptr(), cb, ud)
    });
    must("pin", |cb, ud| TIMConvPinConversation(c"alice".as_ptr(), 1, 1, cb, ud));
    let draft =
        cjson(json!({"draft_msg": {"message_elem_array": [{"elem_type": 0, "text_elem_content": "draft"}]}}));
    if TIMConvSetDraft(c"g2".as_ptr(), 2, draft.as_ptr()) != 0 {
        ledger::fail("fixture draft refused");
    }
    let filter = cjson(json!({"conversation_list_filter_conv_type": 2}));
    if TIMConvSubscribeUnreadMessageCountByFilter(filter.as_ptr()) != 0 {
        ledger::fail("fixture subscription refused");
    }
    barrier();
}

/// A private scratch directory for this process: under /dev/shm when it exists (database
/// syncs are then cheap), else the temp directory. Directories left by dead fuzzer processes
/// are removed; this one is removed at exit.
pub fn scratch_dir(tag: &str) -> PathBuf {
    let shm = Path::new("/dev/shm");
    let base = if shm.is_dir() { shm.to_path_buf() } else { std::env::temp_dir() };
    remove_stale(&base);
    let dir = base.join(format!("timconv-fuzz-{}-{tag}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create the scratch directory");
    register_cleanup();
    dir
}

fn remove_stale(base: &Path) {
    let Ok(entries) = std::fs::read_dir(base) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = name.strip_prefix("timconv-fuzz-").and_then(|r| r.split('-').next()) else {
            continue;
        };
        if pid.parse::<u32>().is_ok() && !Path::new("/proc").join(pid).exists() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

extern "C" fn cleanup() {
    let base = if Path::new("/dev/shm").is_dir() { PathBuf::from("/dev/shm") } else { std::env::temp_dir() };
    let prefix = format!("timconv-fuzz-{}-", std::process::id());
    if let Ok(entries) = std::fs::read_dir(base) {
        for entry in entries.flatten() {
            if entry.file_name().to_string_lossy().starts_with(&prefix) {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }
}

fn register_cleanup() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    // SAFETY: `cleanup` is a plain extern "C" function without arguments.
    ONCE.call_once(|| unsafe {
        libc::atexit(cleanup);
    });
}
