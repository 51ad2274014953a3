//! `TIMInit` with a fuzzed SdkConfig and SDKAppID, and `TIMLogin` with a fuzzed user ID.
//!
//! Knob bit 2 set: `TIMInit(app_id, part 0)` then `TIMUninit` (no login: the configuration
//! may name any directory; relative ones and the default one land in a scratch directory, the
//! working directory and data home meanwhile). Clear: `TIMInit` on a scratch directory,
//! then `TIMLogin(part 0, part 1)`; a successful login must report that user and keep its files
//! inside the directory.
#![no_main]

use std::os::raw::c_char;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use serde_json::json;
use timconv::ffi::manager::*;
use timconv_fuzz::input::Input;
use timconv_fuzz::ledger::{call, fail};
use timconv_fuzz::session::{scratch_dir, APP_ID};

static DIR: OnceLock<std::path::PathBuf> = OnceLock::new();

fn login_user_id() -> (i32, Vec<u8>) {
    let mut buf = [0 as c_char; 128];
    let ret = TIMGetLoginUserID(buf.as_mut_ptr());
    let id = buf.iter().take_while(|c| **c != 0).map(|c| *c as u8).collect();
    (ret, id)
}

/// Every file under `dir` must sit in `dir/timconv-<app_id>/` (or be the SDK's log directory,
/// `dir/log`).
fn check_contained(dir: &Path, app_id: u64) {
    let app_dir = dir.join(format!("timconv-{app_id}"));
    let log_dir = dir.join("log");
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        if entry.path() != app_dir && entry.path() != log_dir {
            fail(&format!("login created {} outside the app directory", entry.path().display()));
        }
    }
    let Ok(files) = std::fs::read_dir(&app_dir) else { return };
    for file in files.flatten() {
        let name = file.file_name().to_string_lossy().into_owned();
        if !name.starts_with("u-") || !file.file_type().is_ok_and(|t| t.is_file()) {
            fail(&format!("unexpected entry {name} in the app directory"));
        }
    }
}

/// Where a fuzzed configuration's relative directories and the default data directory land:
/// the data home (set once) and, while a fuzzed `TIMInit` runs, the working directory. So the
/// log files and databases it creates never reach the real working directory or the user's home.
static ELSEWHERE: OnceLock<PathBuf> = OnceLock::new();

/// The working directory is `ELSEWHERE` (emptied afterwards) while this lives. It is given back
/// before libFuzzer, which names its corpus relative to it, writes anything.
struct InScratch(PathBuf);

impl InScratch {
    fn enter() -> InScratch {
        let back = std::env::current_dir().expect("the working directory");
        let scratch = ELSEWHERE.get().expect("set up");
        std::env::set_current_dir(scratch).expect("enter the scratch directory");
        InScratch(back)
    }
}

impl Drop for InScratch {
    fn drop(&mut self) {
        std::env::set_current_dir(&self.0).expect("leave the scratch directory");
        let scratch = ELSEWHERE.get().expect("set up");
        let _ = std::fs::remove_dir_all(scratch);
        let _ = std::fs::create_dir_all(scratch);
    }
}

fuzz_target!(|data: &[u8]| {
    let dir = DIR.get_or_init(|| {
        let elsewhere = ELSEWHERE.get_or_init(|| scratch_dir("init-elsewhere"));
        for var in ["XDG_DATA_HOME", "APPDATA"] {
            std::env::set_var(var, elsewhere);
        }
        scratch_dir("init")
    });
    let i = Input::parse(data);
    // Until TIMUninit below has closed the log file.
    let _in_scratch = i.flag(2).then(InScratch::enter);
    if i.flag(2) {
        let app_id = [0, 1, APP_ID, u64::MAX][usize::from(i.small() & 3)];
        let ret = TIMInit(app_id, i.text_or_null(0));
        if ![0, -3, -4].contains(&ret) || (app_id == 0 && ret != -4) {
            fail(&format!("TIMInit returned {ret}"));
        }
        let (status, (id_ret, id)) = (TIMGetLoginStatus(), login_user_id());
        let expect_id_ret = if ret == 0 { -2 } else { -1 };
        if status != 3 || id_ret != expect_id_ret || !id.is_empty() {
            fail(&format!("after TIMInit -> {ret}: status {status}, user ID call {id_ret}"));
        }
    } else {
        let app_id = if i.flag(4) { u64::MAX } else { APP_ID };
        let config =
            std::ffi::CString::new(json!({ "sdk_config_config_file_path": dir }).to_string()).unwrap();
        if TIMInit(app_id, config.as_ptr()) != 0 {
            fail("TIMInit refused a valid configuration");
        }
        let user = i.text_or_null(0);
        let reply = call(|cb, ud| TIMLogin(user, i.text(1), cb, ud));
        if let Some(r) = reply.filter(|r| r.code == 0) {
            let (status, (id_ret, id)) = (TIMGetLoginStatus(), login_user_id());
            // SAFETY: a login can only succeed with a non-NULL user ID.
            let given = unsafe { std::ffi::CStr::from_ptr(user) }.to_bytes();
            if status != 1 || id_ret != 0 || id != given {
                fail(&format!("after login ({r:?}): status {status}, user ID call {id_ret}, {id:?}"));
            }
            check_contained(dir, app_id);
        }
    }
    if TIMUninit() != 0 {
        fail("TIMUninit failed");
    }
    let _ = std::fs::remove_dir_all(dir);
});
