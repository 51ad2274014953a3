//! The one answer of every export that only the vendor's server could serve (groups, friends,
//! communities, signaling, offline push, …), and the listener setters of those features.
//!
//! Such an export checks its arguments like any other (NULL or invalid UTF-8: `TIM_ERR_PARAM`;
//! malformed JSON: `TIM_ERR_JSON`, or `TIM_ERR_PARAM` in the functions that keep the SDK's
//! older convention; an enum out of range: `TIM_ERR_PARAM`), then returns
//! `TIM_SUCC` and its callback runs once, later, on the worker thread: 6013 before `TIMInit`,
//! 6014 before login, otherwise
//! `ERR_SDK_INTERFACE_NOT_SUPPORT` (7013) with a `desc` naming the function. Functions without
//! a way to report an error through a callback return 7013 themselves, after the same checks.
//!
//! Listener setters keep `(cb, user_data)` (NULL unregisters), in any state; the listener is
//! called only when a feed for that feature exists (the connection-state ones of
//! `TIMManager.h` have one in `TIMExtension.h`).

use std::os::raw::{c_char, c_int, c_void};

use super::defs::TIMCommCallback;
use super::{c_str, opt_c_str, result};
use crate::runtime::{self, login_status, Request};
use crate::wire::{self, Invalid};

/// Whether a function needs a logged-in user before it would reach the server (every one left
/// does; the macros keep the `login` word so each call site says so).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Login {
    /// Answers 6014 while nobody is logged in.
    Needed,
}

/// The `TIMResult`-typed return of a function that cannot report "not supported" through a
/// callback: `ERR_SDK_INTERFACE_NOT_SUPPORT`.
pub const NOT_SUPPORTED: c_int = crate::engine::codes::ERR_SDK_INTERFACE_NOT_SUPPORT;

/// Checks the listed arguments, then submits the "not supported" answer to `cb`.
///
/// `unsupported!(Name, login, <cb>, user_data; <kind> <arg>, …)`; the kinds are the functions of this
/// module (`text`, `opt_text`, `json`, `opt_json`, `json_param`, `opt_json_param`, `recv_opt`,
/// `read_filter`).
macro_rules! unsupported {
    ($function:ident, $login:ident, $cb:expr, $user_data:expr $(; $($kind:ident $arg:ident),+)?) => {
        $crate::ffi::boundary!($crate::ffi::result::ERR_PARAM, {
            $($(
                // SAFETY: the caller passes NULL or a NUL-terminated string for each pointer.
                $crate::ffi::try_arg!(unsafe { $crate::ffi::unsupported::$kind($arg, stringify!($arg)) });
            )+)?
            $crate::ffi::unsupported::answer(
                stringify!($function),
                $crate::ffi::unsupported::login!($login),
                $cb,
                $user_data,
            )
        })
    };
}
pub(crate) use unsupported;

/// As [`unsupported!`] for a function without an error-reporting callback: after the argument
/// and state checks it returns [`NOT_SUPPORTED`].
macro_rules! unsupported_sync {
    ($function:ident, $login:ident $(; $($kind:ident $arg:ident),+)?) => {
        $crate::ffi::boundary!($crate::ffi::result::ERR_PARAM, {
            $($(
                // SAFETY: the caller passes NULL or a NUL-terminated string for each pointer.
                $crate::ffi::try_arg!(unsafe { $crate::ffi::unsupported::$kind($arg, stringify!($arg)) });
            )+)?
            $crate::ffi::unsupported::answer_sync($crate::ffi::unsupported::login!($login))
        })
    };
}
pub(crate) use unsupported_sync;

/// Keeps a listener of a server-side feature under the setter's name.
macro_rules! keep_listener {
    ($setter:ident, $cb:expr, $user_data:expr) => {
        $crate::ffi::boundary!((), {
            $crate::runtime::feature_listeners::set(
                stringify!($setter),
                $cb.map(|f| f as *const ()),
                $user_data,
            )
        })
    };
}
pub(crate) use keep_listener;

macro_rules! login {
    (login) => {
        $crate::ffi::unsupported::Login::Needed
    };
}
pub(crate) use login;

/// Submits the answer; always accepted (before `TIMInit` the callback gets 6013).
pub(crate) fn answer(
    function: &'static str,
    login: Login,
    cb: TIMCommCallback,
    user_data: *const c_void,
) -> c_int {
    super::submit(Request::Unsupported { function, needs_login: login == Login::Needed }, cb, user_data)
}

/// The return value of a function answered without a callback.
pub(crate) fn answer_sync(login: Login) -> c_int {
    if !runtime::is_initialized() {
        return result::ERR_SDKUNINIT;
    }
    let status = runtime::login_snapshot().status;
    let nobody = status == login_status::UNLOGINED || status == login_status::LOGOUTING;
    if login == Login::Needed && nobody {
        return result::ERR_NOTLOGIN;
    }
    NOT_SUPPORTED
}

/// A required string.
///
/// # Safety
/// `ptr` is NULL or a NUL-terminated string.
pub(crate) unsafe fn text(ptr: *const c_char, what: &str) -> Result<(), Invalid> {
    // SAFETY: forwarded contract.
    unsafe { c_str(ptr, what) }.map(drop)
}

/// A string that may be NULL.
///
/// # Safety
/// As [`text`].
pub(crate) unsafe fn opt_text(ptr: *const c_char, what: &str) -> Result<(), Invalid> {
    // SAFETY: forwarded contract.
    unsafe { opt_c_str(ptr, what) }.map(drop)
}

/// A required JSON text (any JSON value).
///
/// # Safety
/// As [`text`].
pub(crate) unsafe fn json(ptr: *const c_char, what: &str) -> Result<(), Invalid> {
    // SAFETY: forwarded contract.
    let text = unsafe { c_str(ptr, what) }?;
    wire::parse::<serde::de::IgnoredAny>(text).map(drop)
}

/// A JSON text that may be NULL or "".
///
/// # Safety
/// As [`text`].
pub(crate) unsafe fn opt_json(ptr: *const c_char, what: &str) -> Result<(), Invalid> {
    // SAFETY: forwarded contract.
    match unsafe { opt_c_str(ptr, what) }? {
        None | Some("") => Ok(()),
        Some(text) => wire::parse::<serde::de::IgnoredAny>(text).map(drop),
    }
}

/// A required JSON text of a function that follows the SDK's older convention: malformed JSON
/// is `TIM_ERR_PARAM` (see [`Invalid::as_param`]).
///
/// # Safety
/// As [`text`].
pub(crate) unsafe fn json_param(ptr: *const c_char, what: &str) -> Result<(), Invalid> {
    // SAFETY: forwarded contract.
    unsafe { json(ptr, what) }.map_err(Invalid::as_param)
}

/// As [`json_param`], and NULL or "" is allowed.
///
/// # Safety
/// As [`text`].
pub(crate) unsafe fn opt_json_param(ptr: *const c_char, what: &str) -> Result<(), Invalid> {
    // SAFETY: forwarded contract.
    unsafe { opt_json(ptr, what) }.map_err(Invalid::as_param)
}

/// A `TIMReceiveMessageOpt`.
///
/// # Safety
/// As [`conv`].
pub(crate) unsafe fn recv_opt(value: c_int, what: &str) -> Result<(), Invalid> {
    in_range(value, 0..=4, what)
}

/// A `TIMGroupMessageReadMembersFilter`.
///
/// # Safety
/// As [`conv`].
pub(crate) unsafe fn read_filter(value: c_int, what: &str) -> Result<(), Invalid> {
    in_range(value, 0..=1, what)
}

fn in_range(value: c_int, range: std::ops::RangeInclusive<c_int>, what: &str) -> Result<(), Invalid> {
    if range.contains(&value) {
        Ok(())
    } else {
        Err(Invalid::param(format!("{what} {value} is out of range")))
    }
}
