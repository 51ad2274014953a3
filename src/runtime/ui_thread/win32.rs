//! Win32: whether `TIMInit`'s thread is the app's UI thread, and the message-only window through
//! which the worker wakes it.
//!
//! user32 is never loaded by the library: its functions are looked up in the user32 the app has
//! already loaded (a process without it has no GUI thread). Loading it ourselves would make a
//! console app's thread a GUI thread, and the DLL would import more than kernel32's family.

use std::os::raw::c_void;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr::{null, null_mut};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use parking_lot::Mutex;
use windows_sys::core::{BOOL, PCWSTR};
use windows_sys::Win32::Foundation::{CloseHandle, FILETIME, HINSTANCE, HMODULE, HWND, INVALID_HANDLE_VALUE};
use windows_sys::Win32::Foundation::{LPARAM, LRESULT, WPARAM};
use windows_sys::Win32::System::Diagnostics::ToolHelp::{
    CreateToolhelp32Snapshot, Thread32First, Thread32Next, TH32CS_SNAPTHREAD, THREADENTRY32,
};
use windows_sys::Win32::System::LibraryLoader::{
    GetModuleHandleExW, GetProcAddress, GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS,
    GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
};
use windows_sys::Win32::System::Threading::{
    GetCurrentProcessId, GetCurrentThreadId, GetThreadTimes, OpenThread, THREAD_QUERY_LIMITED_INFORMATION,
};
use windows_sys::Win32::UI::WindowsAndMessaging::{
    HWND_MESSAGE, QS_INPUT, QS_PAINT, TIMERPROC, WM_NCDESTROY, WM_TIMER, WM_USER, WNDCLASSEXW,
};

use super::inbox::{Inbox, Next, Wake};

/// The wake-up the worker posts (private to our window class).
const WM_WAKE: u32 = WM_USER + 0x54;
/// The timer that continues a run when input or painting is waiting.
const TIMER_ID: usize = 0x7443;
/// How long one wake-up runs callbacks before letting the message loop go on.
const BUDGET: Duration = Duration::from_millis(10);

/// `s` as a NUL-terminated UTF-16 array (ASCII only).
const fn wide<const N: usize>(s: &str) -> [u16; N] {
    let bytes = s.as_bytes();
    let mut out = [0u16; N];
    let mut i = 0;
    while i < bytes.len() {
        out[i] = bytes[i] as u16;
        i += 1;
    }
    out
}

static USER32_DLL: [u16; 11] = wide("user32.dll");
static CLASS_NAME: [u16; 18] = wide("timconv-callbacks");

/// The user32 functions used, from the user32 the process has loaded.
struct User32 {
    is_gui_thread: unsafe extern "system" fn(BOOL) -> BOOL,
    register_class: unsafe extern "system" fn(*const WNDCLASSEXW) -> u16,
    #[allow(clippy::type_complexity)]
    create_window: unsafe extern "system" fn(
        u32,
        PCWSTR,
        PCWSTR,
        u32,
        i32,
        i32,
        i32,
        i32,
        HWND,
        *mut c_void,
        HINSTANCE,
        *const c_void,
    ) -> HWND,
    destroy_window: unsafe extern "system" fn(HWND) -> BOOL,
    def_window_proc: unsafe extern "system" fn(HWND, u32, WPARAM, LPARAM) -> LRESULT,
    post_message: unsafe extern "system" fn(HWND, u32, WPARAM, LPARAM) -> BOOL,
    window_thread: unsafe extern "system" fn(HWND, *mut u32) -> u32,
    find_window: unsafe extern "system" fn(HWND, HWND, PCWSTR, PCWSTR) -> HWND,
    set_timer: unsafe extern "system" fn(HWND, usize, u32, TIMERPROC) -> usize,
    kill_timer: unsafe extern "system" fn(HWND, usize) -> BOOL,
    queue_status: unsafe extern "system" fn(u32) -> u32,
}

static USER32: OnceLock<User32> = OnceLock::new();

/// user32's functions, if the process has loaded user32.
fn user32() -> Option<&'static User32> {
    if let Some(api) = USER32.get() {
        return Some(api);
    }
    let mut module: HMODULE = null_mut();
    // Flags 0: takes a reference, so user32 stays loaded while we keep its functions. It never
    // loads user32: a process without it has no GUI thread.
    // SAFETY: a NUL-terminated name and a writable out-pointer.
    if unsafe { GetModuleHandleExW(0, USER32_DLL.as_ptr(), &mut module) } == 0 {
        return None;
    }
    macro_rules! function {
        ($name:literal) => {{
            // SAFETY: a NUL-terminated name; the pointer is cast to the function's documented
            // signature (the field's type).
            let f = unsafe { GetProcAddress(module, concat!($name, "\0").as_ptr()) }?;
            unsafe { std::mem::transmute::<unsafe extern "system" fn() -> isize, _>(f) }
        }};
    }
    let api = User32 {
        is_gui_thread: function!("IsGUIThread"),
        register_class: function!("RegisterClassExW"),
        create_window: function!("CreateWindowExW"),
        destroy_window: function!("DestroyWindow"),
        def_window_proc: function!("DefWindowProcW"),
        post_message: function!("PostMessageW"),
        window_thread: function!("GetWindowThreadProcessId"),
        find_window: function!("FindWindowExW"),
        set_timer: function!("SetTimer"),
        kill_timer: function!("KillTimer"),
        queue_status: function!("GetQueueStatus"),
    };
    Some(USER32.get_or_init(|| api))
}

/// Whether callbacks of a `TIMInit` called on this thread go to this thread: it is the app's
/// main thread, which is `main_thread_id` when given and non-zero (-1, which no thread has,
/// turns delivery on the UI thread off), else the process's first thread; it is a GUI thread
/// (`IsGUIThread(FALSE)`); and the app is a GUI app: a Windows-subsystem program, or one whose
/// thread already has a window. (A console program becomes a "GUI thread" merely by loading
/// user32, as shell32 does, without ever running a message loop; Wine answers TRUE for every
/// thread.)
pub fn is_ui_thread(main_thread_id: Option<i64>) -> bool {
    let Some(api) = user32() else { return false };
    // SAFETY: no arguments.
    let me = unsafe { GetCurrentThreadId() };
    let main = match main_thread_id.filter(|&id| id != 0) {
        Some(id) => id == i64::from(me),
        None => first_thread() == Some(me),
    };
    // SAFETY: FALSE only asks; it does not make the thread a GUI thread.
    main && unsafe { (api.is_gui_thread)(0) } != 0 && (windows_subsystem() || has_window(api, me))
}

/// Whether the program (the process's .exe) is built for the Windows subsystem, not the console.
fn windows_subsystem() -> bool {
    const IMAGE_SUBSYSTEM_WINDOWS_GUI: u16 = 2;
    let mut exe: HMODULE = null_mut();
    // SAFETY: NULL names the .exe (no reference taken); its headers are mapped while it runs.
    // The PE offsets: e_lfanew at 0x3C; Subsystem 68 bytes into the optional header, which
    // follows the 4-byte signature and the 20-byte file header (the same in PE32 and PE32+).
    unsafe {
        if GetModuleHandleExW(GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT, null(), &mut exe) == 0 {
            return false;
        }
        let base = exe as *const u8;
        let nt = base.add(std::ptr::read_unaligned(base.add(0x3C) as *const u32) as usize);
        std::ptr::read_unaligned(nt.add(4 + 20 + 68) as *const u16) == IMAGE_SUBSYSTEM_WINDOWS_GUI
    }
}

/// Whether thread `me` has a top-level or message-only window.
fn has_window(api: &User32, me: u32) -> bool {
    for parent in [null_mut(), HWND_MESSAGE] {
        let mut after: HWND = null_mut();
        for _ in 0..100_000 {
            // SAFETY: enumerates children of the desktop or of the message-only root.
            after = unsafe { (api.find_window)(parent, after, null(), null()) };
            if after.is_null() {
                break;
            }
            // SAFETY: a window handle just returned.
            if unsafe { (api.window_thread)(after, null_mut()) } == me {
                return true;
            }
        }
    }
    false
}

/// The process's first thread (its main thread): the one created earliest; among equal times,
/// the one listed first.
fn first_thread() -> Option<u32> {
    // SAFETY: plain Toolhelp and thread-query calls on handles opened and closed here; the
    // entry's size is set as the API requires.
    unsafe {
        let snapshot = CreateToolhelp32Snapshot(TH32CS_SNAPTHREAD, 0);
        if snapshot == INVALID_HANDLE_VALUE {
            return None;
        }
        let pid = GetCurrentProcessId();
        let mut entry: THREADENTRY32 = std::mem::zeroed();
        entry.dwSize = std::mem::size_of::<THREADENTRY32>() as u32;
        let mut best: Option<(u64, u32)> = None;
        let mut more = Thread32First(snapshot, &mut entry) != 0;
        while more {
            if entry.th32OwnerProcessID == pid {
                if let Some(created) = creation_time(entry.th32ThreadID) {
                    if best.is_none_or(|(t, _)| created < t) {
                        best = Some((created, entry.th32ThreadID));
                    }
                }
            }
            more = Thread32Next(snapshot, &mut entry) != 0;
        }
        CloseHandle(snapshot);
        best.map(|(_, id)| id)
    }
}

fn creation_time(thread_id: u32) -> Option<u64> {
    // SAFETY: the handle is checked and closed here; the FILETIMEs are writable.
    unsafe {
        let handle = OpenThread(THREAD_QUERY_LIMITED_INFORMATION, 0, thread_id);
        if handle.is_null() {
            return None;
        }
        let zero = FILETIME { dwLowDateTime: 0, dwHighDateTime: 0 };
        let (mut created, mut exited, mut kernel, mut user) = (zero, zero, zero, zero);
        let ok = GetThreadTimes(handle, &mut created, &mut exited, &mut kernel, &mut user) != 0;
        CloseHandle(handle);
        ok.then(|| u64::from(created.dwHighDateTime) << 32 | u64::from(created.dwLowDateTime))
    }
}

/// Live windows and their inboxes (the window procedure finds its inbox here).
static WINDOWS: Mutex<Vec<(usize, u32, Arc<Inbox>)>> = parking_lot::const_mutex(Vec::new());

fn inbox_of(hwnd: usize) -> Option<Arc<Inbox>> {
    WINDOWS.lock().iter().find(|w| w.0 == hwnd).map(|w| Arc::clone(&w.2))
}

/// Runs what is due in every inbox whose window lives on this thread.
pub fn run_due_here() {
    // SAFETY: no arguments.
    let me = unsafe { GetCurrentThreadId() };
    let here: Vec<Arc<Inbox>> =
        WINDOWS.lock().iter().filter(|w| w.1 == me).map(|w| Arc::clone(&w.2)).collect();
    for inbox in here {
        inbox.run_pending();
    }
}

/// Whether a window of ours lives on this thread.
pub fn has_window_here() -> bool {
    // SAFETY: no arguments.
    let me = unsafe { GetCurrentThreadId() };
    WINDOWS.lock().iter().any(|w| w.1 == me)
}

/// A message-only window on the UI thread; the worker posts to it.
pub struct Window {
    hwnd: usize,
    thread: u32,
}

impl Window {
    /// Creates the window on the calling thread, bound to `inbox`.
    pub fn create(inbox: Arc<Inbox>) -> Option<Window> {
        let api = user32()?;
        let instance = this_module();
        if !register_class(api, instance) {
            return None;
        }
        // SAFETY: a registered class name; HWND_MESSAGE makes a message-only window.
        let hwnd = unsafe {
            (api.create_window)(
                0,
                CLASS_NAME.as_ptr(),
                null(),
                0,
                0,
                0,
                0,
                0,
                HWND_MESSAGE,
                null_mut(),
                instance,
                null(),
            )
        };
        if hwnd.is_null() {
            return None;
        }
        // SAFETY: no arguments.
        let thread = unsafe { GetCurrentThreadId() };
        WINDOWS.lock().push((hwnd as usize, thread, inbox));
        Some(Window { hwnd: hwnd as usize, thread })
    }

    /// Whether the calling thread is the window's.
    pub fn on_this_thread(&self) -> bool {
        // SAFETY: no arguments.
        unsafe { GetCurrentThreadId() == self.thread }
    }

    /// Destroys the window, if it still exists (on its own thread only).
    pub fn destroy(&self) {
        let exists = WINDOWS.lock().iter().any(|w| w.0 == self.hwnd);
        if let (true, true, Some(api)) = (exists, self.on_this_thread(), user32()) {
            // SAFETY: our window, on its thread.
            unsafe { (api.destroy_window)(self.hwnd as HWND) };
        }
    }
}

impl Wake for Window {
    fn wake(&self) -> bool {
        let Some(api) = user32() else { return false };
        // SAFETY: posting to a window handle is safe even if it no longer exists (it fails).
        unsafe { (api.post_message)(self.hwnd as HWND, WM_WAKE, 0, 0) != 0 }
    }

    fn alive(&self) -> bool {
        let Some(api) = user32() else { return false };
        // SAFETY: returns 0 for a handle that is no longer a window.
        unsafe { (api.window_thread)(self.hwnd as HWND, null_mut()) == self.thread }
    }
}

/// This DLL's module handle (the window class belongs to it).
fn this_module() -> HINSTANCE {
    let mut module: HMODULE = null_mut();
    let address = this_module as *const () as PCWSTR;
    // SAFETY: FROM_ADDRESS takes an address inside this module; no reference is taken.
    unsafe {
        GetModuleHandleExW(
            GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
            address,
            &mut module,
        );
    }
    module
}

fn register_class(api: &User32, instance: HINSTANCE) -> bool {
    static REGISTERED: OnceLock<bool> = OnceLock::new();
    *REGISTERED.get_or_init(|| {
        // SAFETY: WNDCLASSEXW is plain data; zero is a valid value for every field.
        let mut class: WNDCLASSEXW = unsafe { std::mem::zeroed() };
        class.cbSize = std::mem::size_of::<WNDCLASSEXW>() as u32;
        class.lpfnWndProc = Some(window_proc);
        class.hInstance = instance;
        class.lpszClassName = CLASS_NAME.as_ptr();
        // SAFETY: a filled-in class whose name and procedure live as long as the (pinned) DLL.
        unsafe { (api.register_class)(&class) != 0 }
    })
}

unsafe extern "system" fn window_proc(hwnd: HWND, msg: u32, wparam: WPARAM, lparam: LPARAM) -> LRESULT {
    let handled = catch_unwind(AssertUnwindSafe(|| match msg {
        WM_WAKE => on_wake(hwnd, false),
        WM_TIMER if wparam == TIMER_ID => on_wake(hwnd, true),
        WM_NCDESTROY => {
            let mut windows = WINDOWS.lock();
            let gone = windows.iter().position(|w| w.0 == hwnd as usize).map(|i| windows.remove(i));
            drop(windows);
            if let Some((_, _, inbox)) = gone {
                inbox.detach();
            }
            false
        }
        _ => false,
    }));
    if handled.unwrap_or(false) {
        return 0;
    }
    match user32() {
        // SAFETY: the default handling of a message to our window.
        Some(api) => unsafe { (api.def_window_proc)(hwnd, msg, wparam, lparam) },
        None => 0,
    }
}

fn on_wake(hwnd: HWND, from_timer: bool) -> bool {
    let (Some(api), Some(inbox)) = (user32(), inbox_of(hwnd as usize)) else { return true };
    if from_timer {
        // SAFETY: our timer on our window.
        unsafe { (api.kill_timer)(hwnd, TIMER_ID) };
    }
    let reschedule = || {
        // SAFETY: queue status of this thread; timer and post target our own window.
        unsafe {
            if (api.queue_status)(QS_INPUT | QS_PAINT) >> 16 != 0 {
                // Input or painting is waiting: the timer comes after them.
                (api.set_timer)(hwnd, TIMER_ID, 0, None) != 0
            } else {
                (api.post_message)(hwnd, WM_WAKE, 0, 0) != 0
            }
        }
    };
    if inbox.run_due(BUDGET, reschedule) == Next::Close {
        // SAFETY: our window, on its thread (we are in its procedure).
        unsafe { (api.destroy_window)(hwnd) };
    }
    true
}
