//! Listeners of server-side features timconv has no feed for yet (groups, friends, signaling,
//! …). Like the other listeners they live outside `TIMInit`/`TIMUninit`: a setter works in any
//! state and a NULL callback unregisters. Each is kept under its setter's name, type-erased; a
//! feed that calls one casts it back to the setter's callback type.

use std::collections::HashMap;
use std::os::raw::c_void;

use once_cell::sync::Lazy;
use parking_lot::Mutex;

use super::completion::UserData;

/// A registered listener: the function (type-erased) and its user data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Registered {
    pub function: *const (),
    pub user_data: *const c_void,
}

// SAFETY: both pointers are the app's, never dereferenced here: the function is only called
// (on the thread callbacks run on) with the user data handed back. Thread-safety of that call
// is the C side's responsibility, as for every callback.
unsafe impl Send for Registered {}

static REGISTRY: Lazy<Mutex<HashMap<&'static str, (usize, UserData)>>> = Lazy::new(Mutex::default);

/// Registers (or, with `None`, removes) the listener of `setter`.
pub fn set(setter: &'static str, function: Option<*const ()>, user_data: *const c_void) {
    let mut registry = REGISTRY.lock();
    match function {
        Some(f) => {
            registry.insert(setter, (f as usize, UserData(user_data)));
        }
        None => {
            registry.remove(setter);
        }
    }
}

/// The listener registered with `setter`, if any.
pub fn get(setter: &str) -> Option<Registered> {
    REGISTRY.lock().get(setter).map(|(f, ud)| Registered { function: *f as *const (), user_data: ud.0 })
}

#[cfg(test)]
mod tests {
    use super::*;

    unsafe extern "C" fn a(_: *const std::os::raw::c_char, _: *const c_void) {}
    unsafe extern "C" fn b(_: *const c_void) {}

    #[test]
    fn a_setter_replaces_its_listener_and_null_removes_it() {
        let ud = 7usize as *const c_void;
        set("TestSetA", Some(a as *const ()), ud);
        set("TestSetB", Some(b as *const ()), std::ptr::null());
        assert_eq!(get("TestSetA"), Some(Registered { function: a as *const (), user_data: ud }));
        set("TestSetA", Some(b as *const ()), std::ptr::null());
        assert_eq!(get("TestSetA").map(|r| r.function), Some(b as *const ()));
        set("TestSetA", None, ud);
        assert_eq!(get("TestSetA"), None);
        assert!(get("TestSetB").is_some(), "other setters keep theirs");
    }
}
