//! `TIMManager.h`: initialisation, login and the synchronous state queries.
#![allow(non_snake_case, non_camel_case_types)]

use std::os::raw::{c_char, c_int, c_void};
use std::path::PathBuf;

use super::defs::TIMCommCallback;
use super::{boundary, c_str, opt_c_str, result, try_arg, LoginStatusRet};
use crate::engine::ids;
use crate::runtime::log::{self, log};
use crate::runtime::{self, clock, login_status, Completion, InitConfig, Request};
use crate::wire::{self, config::SdkConfig, Invalid};

/// Login state, as `TIMGetLoginStatus` returns it.
#[repr(C)]
pub enum TIMLoginStatus {
    /// Logged in.
    kTIMLoginStatus_Logined = 1,
    /// Login in progress.
    kTIMLoginStatus_Logining = 2,
    /// Not logged in.
    kTIMLoginStatus_UnLogined = 3,
    /// Logout in progress.
    kTIMLoginStatus_Logouting = 4,
}

/// Version string; starts with the SDK version whose API this library implements.
static SDK_VERSION: &[u8] = concat!("8.6.7021 (timconv ", env!("CARGO_PKG_VERSION"), ")\0").as_bytes();

/// Initialises the SDK: starts the worker thread.
///
/// Callbacks and listeners run on the worker thread, except on Windows when this is called on
/// the app's main thread and that thread is a GUI thread of a GUI app (a Windows-subsystem
/// program, or a thread that already has a window): then every callback and listener runs on
/// this thread, dispatched by its message loop, which must not filter by window.
/// `sdk_config_main_thread_id` (Windows) names that thread instead of the process's main
/// thread; -1 keeps callbacks on the worker. It is ignored elsewhere.
///
/// `sdk_app_id` must be non-zero. `json_sdk_config` may be NULL or "" (defaults) or an SdkConfig
/// object; `sdk_config_config_file_path` is the directory where each user's database is kept
/// (default: `$XDG_DATA_HOME/timconv`, else `~/.local/share/timconv`; `%APPDATA%\timconv` on
/// Windows). It is UTF-8; in JSON a Windows path needs its backslashes escaped (`"C:\\im"`) or
/// written as forward slashes (`"C:/im"`): a path containing control characters (such as the
/// TAB that `"C:\tim"` decodes to) is refused with `TIM_ERR_PARAM`. `sdk_config_log_file_path`
/// is the directory of the log file `timconv.log` (default: `log` inside the data directory;
/// rotated at 8 MB, three old files kept as `.1` to `.3`). `timconv_homeserver`
/// (`kTIMSdkConfigHomeserver`, `TIMExtension.h`) names a Matrix homeserver to sync with
/// (`http://…` or `https://…`, else `TIM_ERR_PARAM`); without it everything is local.
/// `timconv_user_sig_is_access_token` (bool) says `TIMLogin`'s signature is an access token.
/// Synchronous. Calling it again while initialised returns `TIM_SUCC` and keeps the running
/// instance. Returns `TIM_ERR_PARAM` / `TIM_ERR_JSON` for bad arguments.
#[no_mangle]
pub extern "C" fn TIMInit(sdk_app_id: u64, json_sdk_config: *const c_char) -> c_int {
    boundary!(result::ERR_PARAM, {
        if sdk_app_id == 0 {
            return result::ERR_PARAM;
        }
        // SAFETY: the caller passes NULL or a NUL-terminated string.
        let text = try_arg!(unsafe { opt_c_str(json_sdk_config, "json_sdk_config") });
        let config: SdkConfig = match text.map(str::trim).filter(|t| !t.is_empty()) {
            Some(t) => try_arg!(wire::parse_object(t)),
            None => SdkConfig::default(),
        };
        let data_dir = match try_arg!(config.data_dir()) {
            Some(p) => PathBuf::from(p),
            None => runtime::default_data_dir(),
        };
        let server = try_arg!(config.server());
        let main_thread_id = config.main_thread_id();
        let log_dir = match config.sdk_config_log_file_path.filter(|p| !p.is_empty()) {
            Some(p) => PathBuf::from(p),
            None => data_dir.join("log"),
        };
        match runtime::init(InitConfig { sdk_app_id, data_dir: data_dir.clone(), server, main_thread_id }) {
            Ok(true) => {
                let opened = log::open_file(&log_dir);
                log!(log::level::INFO, "manager", "TIMInit {sdk_app_id}: data in {}", data_dir.display());
                if let Err(why) = opened {
                    log!(log::level::WARN, "manager", "{why}");
                }
                result::SUCC
            }
            Ok(false) => result::SUCC,
            Err(e) => {
                log!(log::level::ERROR, "manager", "TIMInit: cannot start the worker thread: {e}");
                result::ERR_SDKUNINIT
            }
        }
    })
}

/// Shuts the SDK down: stops accepting calls, completes every accepted call (each still gets its
/// callback), closes the database and joins the worker. No callback runs after it returns
/// (except, when called from inside a callback, the remaining queued ones, right after that
/// callback returns). On a Windows UI thread that receives the callbacks, the remaining ones
/// run inside this call; from another thread it returns once that thread's message loop ran
/// them. Safe to call twice or without `TIMInit`.
#[no_mangle]
pub extern "C" fn TIMUninit() -> c_int {
    boundary!(result::SUCC, {
        let was = runtime::is_initialized();
        runtime::uninit();
        if was {
            log!(log::level::INFO, "manager", "TIMUninit");
            log::close_file();
        }
        result::SUCC
    })
}

/// The SDK version: a static NUL-terminated string, never freed.
#[no_mangle]
pub extern "C" fn TIMGetSDKVersion() -> *const c_char {
    SDK_VERSION.as_ptr().cast()
}

/// Server time in seconds (this library's clock, which a homeserver's own times follow closely).
#[no_mangle]
pub extern "C" fn TIMGetServerTime() -> u64 {
    clock::now_secs()
}

/// Logs in `user_id` (1..32 bytes of UTF-8 without control characters) and opens that user's
/// local data. Logging in as the current user succeeds at once; logging in as another user
/// logs the current one out first.
///
/// Without a homeserver, `user_sig` is accepted and not checked. With one (`timconv_homeserver`),
/// `user_sig` is a JWT from the app's backend (`org.matrix.login.jwt`; or an access token, see
/// `timconv_user_sig_is_access_token`), and the callback reports the server's verdict: 6206 for
/// an expired signature, 70003 for one the server cannot verify, 70013 for a signature of
/// another user. The data directory is one device of the user on the server (its ID is kept
/// and reused). If the server cannot be reached and this device was logged in as this user
/// before, the login succeeds offline and syncing starts when the server answers; otherwise
/// it fails with a network code (9508, 9520).
///
/// Callback: code 0 and `""`, then conversation events Start and Finish (with a homeserver,
/// they bracket the first sync; a failed sync ends with Finish carrying `{"code","desc"}`).
/// A database that cannot be used (unreadable, corrupt, locked by another process, from a
/// newer version) fails with 6019, a data directory that cannot be created with 6022; the
/// `desc` names the problem and the path. Nothing is overwritten.
#[no_mangle]
pub extern "C" fn TIMLogin(
    user_id: *const c_char,
    user_sig: *const c_char,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    boundary!(result::ERR_PARAM, {
        // SAFETY: the caller passes NUL-terminated strings (or NULL).
        let id = try_arg!(unsafe { c_str(user_id, "user_id") });
        // SAFETY: as above.
        let sig = try_arg!(unsafe { opt_c_str(user_sig, "user_sig") }).unwrap_or("").to_owned();
        if !ids::is_valid_id(id, ids::MAX_USER_ID_LEN) {
            return super::rejected(Invalid::param("user_id must be 1..32 bytes without control characters"));
        }
        let request = Request::Login { user_id: id.to_owned(), user_sig: sig };
        runtime::submit(request, Completion::new(cb, user_data))
    })
}

/// Logs out and closes the user's database (with a homeserver, its sync stops; the device stays
/// registered, so the next login continues where this one ended). Callback: 0, or 6014 if
/// nobody is logged in.
#[no_mangle]
pub extern "C" fn TIMLogout(cb: TIMCommCallback, user_data: *const c_void) -> c_int {
    boundary!(result::ERR_PARAM, { runtime::submit(Request::Logout, Completion::new(cb, user_data)) })
}

/// Copies the logged-in user ID, NUL-terminated, into `user_id_buffer` (at least 128 bytes).
/// Returns `TIM_ERR_PARAM` for NULL, `TIM_ERR_SDKUNINIT` before `TIMInit`, `TIM_ERR_NOTLOGIN`
/// (and writes "") when nobody is logged in.
#[no_mangle]
pub extern "C" fn TIMGetLoginUserID(user_id_buffer: *mut c_char) -> c_int {
    boundary!(result::ERR_PARAM, {
        if user_id_buffer.is_null() {
            return result::ERR_PARAM;
        }
        let snap = runtime::login_snapshot();
        let logged_in = snap.status == login_status::LOGINED && !snap.user_id.is_empty();
        let id = if logged_in { snap.user_id.as_bytes() } else { b"" };
        // SAFETY: the caller provides at least 128 writable bytes; IDs are at most 32 bytes.
        unsafe {
            std::ptr::copy_nonoverlapping(id.as_ptr(), user_id_buffer.cast::<u8>(), id.len());
            *user_id_buffer.add(id.len()) = 0;
        }
        if !runtime::is_initialized() {
            result::ERR_SDKUNINIT
        } else if logged_in {
            result::SUCC
        } else {
            result::ERR_NOTLOGIN
        }
    })
}

/// The login state (`TIMLoginStatus`), read without waiting for the worker.
#[no_mangle]
pub extern "C" fn TIMGetLoginStatus() -> LoginStatusRet {
    boundary!(login_status::UNLOGINED, { runtime::login_snapshot().status })
}
