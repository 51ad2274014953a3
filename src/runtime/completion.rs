//! The caller's callback plus `user_data`, completed exactly once.

use std::ffi::CString;
use std::os::raw::{c_char, c_void};

use crate::engine::codes;

/// `TIMCommCallback` (same type as the C header's).
pub type CommCallback = Option<unsafe extern "C" fn(i32, *const c_char, *const c_char, *const c_void)>;

/// The app's `user_data`, passed back bit-for-bit and never dereferenced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UserData(pub *const c_void);

// SAFETY: the pointer is never dereferenced here; it is only handed back to the app's own
// callback. Whether that is thread-safe is the C side's responsibility (documented in the header).
unsafe impl Send for UserData {}

/// One accepted call's callback. Completing consumes it; dropping it uncompleted reports an
/// internal error, so every accepted call gets exactly one callback whatever happens.
pub struct Completion {
    cb: CommCallback,
    user_data: UserData,
    armed: bool,
}

impl Completion {
    pub fn new(cb: CommCallback, user_data: *const c_void) -> Completion {
        Completion { cb, user_data: UserData(user_data), armed: true }
    }

    /// A completion with no callback (for APIs without `cb`).
    pub fn none() -> Completion {
        Completion::new(None, std::ptr::null())
    }

    /// Calls the callback (if any) with the result.
    pub fn complete(mut self, code: i32, desc: &str, json: &str) {
        self.armed = false;
        call(self.cb, self.user_data, code, desc, json);
    }

    /// Calls the callback (if any) with an owned result, without copying it.
    pub fn complete_owned(mut self, code: i32, desc: &str, json: String) {
        self.armed = false;
        let Some(f) = self.cb else { return };
        let desc = c_string(desc);
        let json = nul_terminated(json);
        // SAFETY: as in `call`.
        unsafe { f(code, desc.as_ptr(), json.as_ptr().cast(), self.user_data.0) };
    }

    /// Drops the completion without calling back (the call was rejected synchronously).
    pub fn disarm(mut self) {
        self.armed = false;
    }
}

impl Drop for Completion {
    fn drop(&mut self) {
        if self.armed {
            call(self.cb, self.user_data, codes::ERR_SDK_INTERNAL_ERROR, "request was dropped", "");
        }
    }
}

fn call(cb: CommCallback, user_data: UserData, code: i32, desc: &str, json: &str) {
    let Some(f) = cb else { return };
    let desc = c_string(desc);
    let json = c_string(json);
    // SAFETY: the app registered `f` for exactly this signature; both strings live until it returns.
    unsafe { f(code, desc.as_ptr(), json.as_ptr(), user_data.0) };
}

/// `s` with a terminating NUL, reusing its buffer. JSON text never holds a raw NUL (serde
/// escapes it), and neither do strings that came in as C strings.
pub fn nul_terminated(s: String) -> Vec<u8> {
    debug_assert!(!s.as_bytes().contains(&0), "no interior NUL");
    let mut bytes = s.into_bytes();
    bytes.push(0);
    bytes
}

/// A C copy of `s` (interior NULs, which valid JSON cannot contain unescaped, are dropped).
pub fn c_string(s: &str) -> CString {
    CString::new(s).unwrap_or_else(|_| CString::new(s.replace('\0', "")).expect("NULs removed"))
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::ffi::CStr;

    use super::*;

    thread_local! {
        /// (code, desc, json, user_data) of each callback made on this thread.
        static CALLS: RefCell<Vec<(i32, String, String, usize)>> = const { RefCell::new(Vec::new()) };
    }

    unsafe extern "C" fn record(code: i32, desc: *const c_char, json: *const c_char, ud: *const c_void) {
        // SAFETY: the completion passes NUL-terminated strings valid for the call.
        let text = |p| unsafe { CStr::from_ptr(p) }.to_str().unwrap().to_owned();
        CALLS.with(|c| c.borrow_mut().push((code, text(desc), text(json), ud as usize)));
    }

    fn calls() -> Vec<(i32, String, String, usize)> {
        CALLS.with(|c| std::mem::take(&mut *c.borrow_mut()))
    }

    #[test]
    fn each_completion_calls_back_once_with_c_copies_and_the_same_user_data() {
        let ud = 0x5eed_usize as *const c_void;
        Completion::new(Some(record), ud).complete(0, "ok", "[1]");
        Completion::new(Some(record), ud).complete_owned(6004, "no such conversation", "{}".to_owned());
        assert_eq!(
            calls(),
            vec![
                (0, "ok".into(), "[1]".into(), 0x5eed),
                (6004, "no such conversation".into(), "{}".into(), 0x5eed)
            ]
        );
    }

    #[test]
    fn a_dropped_completion_reports_an_internal_error_and_a_disarmed_one_nothing() {
        drop(Completion::new(Some(record), std::ptr::null()));
        Completion::new(Some(record), std::ptr::null()).disarm();
        Completion::none().complete(0, "", "");
        let got = calls();
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, codes::ERR_SDK_INTERNAL_ERROR);
    }

    #[test]
    fn strings_with_interior_nuls_are_still_terminated_once() {
        assert_eq!(c_string("a\0b").as_bytes(), b"ab");
        assert_eq!(nul_terminated("json".to_owned()), b"json\0");
    }
}
