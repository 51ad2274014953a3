//! The C boundary: the only place with `extern "C"`, raw pointers and `CStr`.
//! Each export checks and copies its arguments, submits a typed request and returns a
//! `TIMResult`; results arrive later through the callback, on the worker thread.
//!
//! Exports are declared as safe `extern "C"` functions taking raw pointers: their callers are C
//! programs bound by the header's contract, and each pointer is checked and read only through
//! the helpers below.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

pub mod account;
pub mod community;
pub mod conversation;
pub mod conversation_group;
pub mod defs;
pub mod error_code;
pub mod experimental;
pub mod ext;
pub mod friendship;
pub mod group;
pub mod manager;
pub mod message;
pub mod message_features;
pub mod message_history;
pub mod offline_push;
pub mod signaling;
pub mod unsupported;

use std::ffi::CStr;
use std::os::raw::{c_char, c_int};

use serde::de::DeserializeOwned;

use crate::engine::message::status;
use crate::engine::{ids, CleanScope, ConvKey, ConvRef, ConvType, Filter, Message, MessageIdentity};
use crate::runtime::job::{ReadLimit, UpTo};
use crate::runtime::{self, clock, NotReady, Request};
use crate::wire::conversation::FilterJson;
use crate::wire::message::{check_elems, MessageJson};
use crate::wire::{self, Invalid};

// Argument types that reach Rust as plain integers, declared in C as the SDK declares them
// (the header generator renames them; see build.rs). Never transmuted into Rust enums.

/// `enum TIMConvType` parameter.
pub type ConvTypeArg = c_int;
/// `enum TIMConvEvent` parameter.
pub type ConvEventArg = c_int;
/// `enum TIMLoginStatus` return value.
pub type LoginStatusRet = c_int;
/// `enum TIMReceiveMessageOpt` parameter.
pub type RecvOptArg = c_int;
/// `bool` parameter: one byte, any non-zero value is true.
pub type CBool = u8;
/// `enum TIMNetworkStatus` listener argument.
pub type NetworkStatusArg = c_int;
/// `enum TIMLogLevel` argument.
pub type LogLevelArg = c_int;
/// `enum TIMGroupMessageReadMembersFilter` parameter.
pub type ReadMembersFilterArg = c_int;

/// `TIMResult` values as returned.
pub mod result {
    pub const SUCC: i32 = 0;
    pub const ERR_SDKUNINIT: i32 = -1;
    pub const ERR_NOTLOGIN: i32 = -2;
    pub const ERR_JSON: i32 = -3;
    pub const ERR_PARAM: i32 = -4;
    pub const ERR_CONV: i32 = -5;
}

/// Runs an export's body; a panic becomes `$on_panic` instead of unwinding into C.
macro_rules! boundary {
    ($on_panic:expr, $body:block) => {
        match ::std::panic::catch_unwind(::std::panic::AssertUnwindSafe(|| $body)) {
            Ok(value) => value,
            Err(_) => $on_panic,
        }
    };
}
pub(crate) use boundary;

/// Like `?` for argument checks inside a `boundary!` body: returns the `TIMResult`.
macro_rules! try_arg {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(invalid) => return $crate::ffi::rejected(invalid),
        }
    };
}
pub(crate) use try_arg;

/// The `TIMResult` for a rejected argument.
pub(crate) fn rejected(invalid: Invalid) -> c_int {
    crate::runtime::log::log!(
        crate::runtime::log::level::WARN,
        "api",
        "call refused ({}): {}",
        invalid.result,
        invalid.desc
    );
    invalid.result
}

/// A required C string argument: NULL and invalid UTF-8 are `TIM_ERR_PARAM`.
///
/// # Safety
/// `ptr` is NULL or points to a NUL-terminated string valid for the call.
pub(crate) unsafe fn c_str<'a>(ptr: *const c_char, what: &str) -> Result<&'a str, Invalid> {
    if ptr.is_null() {
        return Err(Invalid::param(format!("{what} is NULL")));
    }
    // SAFETY: non-NULL and NUL-terminated per the caller's contract.
    unsafe { CStr::from_ptr(ptr) }.to_str().map_err(|_| Invalid::param(format!("{what} is not valid UTF-8")))
}

/// An optional C string argument: NULL is `None`.
///
/// # Safety
/// As [`c_str`].
pub(crate) unsafe fn opt_c_str<'a>(ptr: *const c_char, what: &str) -> Result<Option<&'a str>, Invalid> {
    if ptr.is_null() {
        Ok(None)
    } else {
        // SAFETY: forwarded contract.
        unsafe { c_str(ptr, what) }.map(Some)
    }
}

/// A required JSON argument parsed into `T`.
///
/// # Safety
/// As [`c_str`].
pub(crate) unsafe fn json_arg<T: DeserializeOwned>(ptr: *const c_char, what: &str) -> Result<T, Invalid> {
    // SAFETY: forwarded contract.
    wire::parse(unsafe { c_str(ptr, what) }?)
}

/// A required JSON object argument parsed into `T`.
///
/// # Safety
/// As [`c_str`].
pub(crate) unsafe fn json_object_arg<T: DeserializeOwned>(
    ptr: *const c_char,
    what: &str,
) -> Result<T, Invalid> {
    // SAFETY: forwarded contract.
    wire::parse_object(unsafe { c_str(ptr, what) }?)
}

/// A required JSON array of objects, each parsed into `T`.
///
/// # Safety
/// As [`c_str`].
pub(crate) unsafe fn json_objects_arg<T: DeserializeOwned>(
    ptr: *const c_char,
    what: &str,
) -> Result<Vec<T>, Invalid> {
    // SAFETY: forwarded contract.
    wire::parse_objects(unsafe { c_str(ptr, what) }?)
}

/// A conversation type argument: only C2C and group conversations exist.
pub(crate) fn conv_type_arg(value: ConvTypeArg) -> Result<ConvType, Invalid> {
    match value {
        1 => Ok(ConvType::C2C),
        2 => Ok(ConvType::Group),
        0 | 3 => {
            Err(Invalid { result: result::ERR_CONV, desc: "conv_type must be C2C (1) or group (2)".into() })
        }
        _ => Err(Invalid::param(format!("conv_type {value} is not a TIMConvType"))),
    }
}

/// A bare conversation ID plus type.
///
/// # Safety
/// As [`c_str`].
pub(crate) unsafe fn conv_key_arg(
    conv_id: *const c_char,
    conv_type: ConvTypeArg,
) -> Result<ConvKey, Invalid> {
    let conv_type = conv_type_arg(conv_type)?;
    // SAFETY: forwarded contract.
    let id = unsafe { c_str(conv_id, "conv_id") }?;
    if !ids::is_valid_id(id, conv_type.max_id_len()) {
        return Err(Invalid::param(format!(
            "conv_id must be 1..{} bytes without control characters",
            conv_type.max_id_len()
        )));
    }
    Ok(ConvKey::new(conv_type, id))
}

/// A `conversation_id_array`: a JSON array of prefixed conversation IDs. Each is kept as given;
/// invalid ones get their own error in the result. Size limits are checked on the worker.
///
/// # Safety
/// As [`c_str`].
pub(crate) unsafe fn conv_refs_arg(ptr: *const c_char) -> Result<Vec<ConvRef>, Invalid> {
    // SAFETY: forwarded contract.
    let ids: Vec<String> = unsafe { json_arg(ptr, "conversation_id_array") }?;
    Ok(ids.iter().map(|id| ConvRef::parse(id)).collect())
}

/// A `TIMConversationListFilter` argument: the filter, its JSON text as given, and the parsed
/// JSON (for the 6.5-era paging keys).
///
/// # Safety
/// As [`c_str`].
pub(crate) unsafe fn filter_arg(ptr: *const c_char) -> Result<(Filter, String, FilterJson), Invalid> {
    // SAFETY: forwarded contract.
    let text = unsafe { c_str(ptr, "filter") }?;
    let json: FilterJson = wire::parse_object(text)?;
    Ok((json.to_filter()?, text.to_owned(), json))
}

/// Fills in what a server assigns to a message when absent: message ID, unique ID, rand,
/// status (sent).
pub(crate) fn assign_ids(m: &mut MessageJson, now: u64) {
    if m.message_msg_id.is_empty() || m.message_unique_id == 0 {
        let time = if m.message_server_time == 0 { now } else { m.message_server_time };
        let (unique_id, msg_id, rand) = clock::new_message_ids(time);
        if m.message_msg_id.is_empty() {
            m.message_msg_id = msg_id;
        }
        if m.message_unique_id == 0 {
            m.message_unique_id = unique_id;
        }
        if m.message_rand == 0 {
            m.message_rand = rand;
        }
    }
    if m.message_status == 0 {
        m.message_status = status::SEND_SUCC;
    }
}

/// How a message coming in from outside is recognised if it comes again: the ID it came
/// with, else its seq (before `assign_ids` fills in what is absent). Online-only messages are
/// never stored, so they have none.
/// Refuses a seq or server time above `i64::MAX` (they are stored as SQLite integers, and the
/// next seq must not overflow).
pub(crate) fn check_positions(m: &MessageJson) -> Result<(), Invalid> {
    if m.message_seq > i64::MAX as u64 || m.message_server_time > i64::MAX as u64 {
        return Err(Invalid::param("message_seq and message_server_time must be at most 2^63 - 1"));
    }
    Ok(())
}

pub(crate) fn identity_of(m: &MessageJson) -> Option<MessageIdentity> {
    if m.message_is_online_msg {
        None
    } else if !m.message_msg_id.is_empty() {
        Some(MessageIdentity::Id(m.message_msg_id.clone()))
    } else if m.message_seq != 0 {
        Some(MessageIdentity::Seq(m.message_seq))
    } else {
        None
    }
}

/// A message stored into conversation `key` by the app (import / save): elements checked,
/// IDs assigned when absent; with its identity.
pub(crate) fn local_message(
    mut m: MessageJson,
    key: &ConvKey,
    now: u64,
) -> Result<(Message, Option<MessageIdentity>), Invalid> {
    check_elems(&m.rest, false)?;
    check_positions(&m)?;
    let identity = identity_of(&m);
    assign_ids(&mut m, now);
    Ok((m.into_message(key.clone()), identity))
}

/// Submits a request whose result goes to `cb` and returns its `TIMResult` (see
/// `runtime::submit`: accepted even before `TIMInit`, which reports 6013 through `cb`).
pub(crate) fn submit(
    request: Request,
    cb: defs::TIMCommCallback,
    user_data: *const std::os::raw::c_void,
) -> c_int {
    runtime::submit(request, runtime::Completion::new(cb, user_data))
}

/// The `conversation_id` of clean-unread style calls: `c2c_…` / `group_…` for one
/// conversation, `"c2c"` / `"group"` for all of a type, `""` or NULL for all.
///
/// # Safety
/// As [`c_str`].
pub(crate) unsafe fn clean_scope_arg(ptr: *const c_char) -> Result<CleanScope, Invalid> {
    // SAFETY: forwarded contract.
    Ok(match unsafe { opt_c_str(ptr, "conversation_id") }?.unwrap_or("") {
        "" => CleanScope::All,
        "c2c" => CleanScope::AllOf(ConvType::C2C),
        "group" => CleanScope::AllOf(ConvType::Group),
        prefixed => CleanScope::One(ConvKey::from_prefixed(prefixed).ok_or_else(|| {
            Invalid::param("conversation_id must be c2c_<id>, group_<id>, \"c2c\", \"group\" or \"\"")
        })?),
    })
}

/// C2C conversations read up to `timestamp`, groups up to `sequence`; 0 means everything.
pub(crate) fn read_limit(timestamp: u64, sequence: u64) -> ReadLimit {
    ReadLimit {
        c2c: if timestamp == 0 { UpTo::Everything } else { UpTo::Time(timestamp) },
        group: if sequence == 0 { UpTo::Everything } else { UpTo::Seq(sequence) },
    }
}

/// Submits a request for an API without a callback that needs a logged-in user, mapping "not
/// ready" to its `TIMResult`.
pub(crate) fn submit_sync(request: Request) -> c_int {
    not_ready_result(runtime::submit_sync(request, true))
}

/// Submits a request for an API without a callback that needs only `TIMInit`.
pub(crate) fn submit_initialized(request: Request) -> c_int {
    not_ready_result(runtime::submit_sync(request, false))
}

fn not_ready_result(submitted: Result<(), NotReady>) -> c_int {
    match submitted {
        Ok(()) => result::SUCC,
        Err(NotReady::Uninitialized) => result::ERR_SDKUNINIT,
        Err(NotReady::NotLoggedIn) => result::ERR_NOTLOGIN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guarded(fail: bool) -> c_int {
        boundary!(result::ERR_PARAM, {
            if fail {
                panic!("a bug inside an export");
            }
            result::SUCC
        })
    }

    #[test]
    fn a_panic_becomes_the_documented_code_instead_of_unwinding_into_c() {
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        assert_eq!(guarded(true), result::ERR_PARAM);
        std::panic::set_hook(hook);
        assert_eq!(guarded(false), result::SUCC);
    }

    #[test]
    fn argument_helpers_classify_bad_input() {
        assert_eq!(conv_type_arg(1), Ok(ConvType::C2C));
        assert_eq!(conv_type_arg(0).unwrap_err().result, result::ERR_CONV);
        assert_eq!(conv_type_arg(9).unwrap_err().result, result::ERR_PARAM);
        // SAFETY: NULL and a valid C string.
        unsafe {
            assert_eq!(c_str(std::ptr::null(), "x").unwrap_err().result, result::ERR_PARAM);
            assert_eq!(opt_c_str(std::ptr::null(), "x"), Ok(None));
            let bad = [0xc3u8, 0x28, 0];
            assert_eq!(c_str(bad.as_ptr().cast(), "x").unwrap_err().result, result::ERR_PARAM);
        }
    }
}
