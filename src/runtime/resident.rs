//! Keeps the library loaded once it has started a thread of its own.
//!
//! A thread that runs library code must not outlive the library's code. An app that unloads
//! the library (`FreeLibrary`, `dlclose`) without `TIMUninit` would otherwise pull the code
//! from under the worker, which then crashes the process. Joining the worker while unloading is
//! not possible on Windows (`DLL_PROCESS_DETACH` runs under the loader lock, which a thread
//! needs to exit), so the library pins itself instead: an unload then only drops the app's
//! reference, the SDK keeps running, and loading the library again finds it as it was.

/// Pins the module this code is in, once; later calls do nothing. Never fails the caller: if
/// pinning is refused, the library behaves as before (unloading it while it runs is unsafe).
pub fn stay_loaded() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(pin);
}

#[cfg(windows)]
fn pin() {
    use std::os::raw::c_void;
    const GET_MODULE_HANDLE_EX_FLAG_PIN: u32 = 0x1;
    const GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS: u32 = 0x4;
    #[link(name = "kernel32")]
    extern "system" {
        fn GetModuleHandleExW(flags: u32, name: *const u16, module: *mut *mut c_void) -> i32;
    }
    let mut module = std::ptr::null_mut();
    let this_module = stay_loaded as *const () as *const u16;
    // SAFETY: FROM_ADDRESS makes `name` an address inside this module; `module` is writable.
    unsafe {
        GetModuleHandleExW(
            GET_MODULE_HANDLE_EX_FLAG_PIN | GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS,
            this_module,
            &mut module,
        );
    }
}

#[cfg(unix)]
fn pin() {
    let this_module = stay_loaded as *const () as *const libc::c_void;
    // SAFETY: dladdr fills `info` for an address inside a loaded object; dlopen with NOLOAD
    // only takes another reference to that already loaded object (and NODELETE keeps it).
    unsafe {
        let mut info: libc::Dl_info = std::mem::zeroed();
        if libc::dladdr(this_module, &mut info) != 0 && !info.dli_fname.is_null() {
            libc::dlopen(info.dli_fname, libc::RTLD_NOW | libc::RTLD_NOLOAD | libc::RTLD_NODELETE);
        }
    }
}

#[cfg(not(any(windows, unix)))]
fn pin() {}
