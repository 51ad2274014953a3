//! Callbacks on a Windows GUI app's UI thread, as the SDK promises on Windows: when `TIMInit`
//! runs on the app's main thread and that thread is a GUI thread, every callback and listener
//! runs on that thread, from its message loop, in the order they would run on the worker.
//!
//! The worker hands each committed batch to an [`inbox`] and wakes the UI thread by posting to a
//! message-only window there ([`win32`]); the window procedure runs the deliveries. Elsewhere
//! (Linux, or no GUI main thread) [`UiThread::attach`] finds no UI thread and the worker calls
//! back itself, as it always has.

#[cfg(any(windows, test))]
#[cfg_attr(not(windows), allow(dead_code))] // unit-tested everywhere, used on Windows
mod inbox;
#[cfg(windows)]
mod win32;

use super::delivery::Delivery;

/// Wakes the worker (see [`inbox::Inbox`]).
pub type Kick = Box<dyn Fn() + Send + Sync>;

/// The app's UI thread, as `TIMInit` found it, and the deliveries waiting for it.
#[cfg(windows)]
pub struct UiThread {
    inbox: std::sync::Arc<inbox::Inbox>,
    window: win32::Window,
}

#[cfg(windows)]
impl UiThread {
    /// The calling thread, if `TIMInit` called here delivers callbacks here (see
    /// [`win32::is_ui_thread`]); `None` means the worker calls back itself.
    pub fn attach(main_thread_id: Option<i64>, kick: Kick) -> Option<UiThread> {
        if !win32::is_ui_thread(main_thread_id) {
            return None;
        }
        let inbox = std::sync::Arc::new(inbox::Inbox::new(kick));
        let window = win32::Window::create(std::sync::Arc::clone(&inbox))?;
        Some(UiThread { inbox, window })
    }

    /// Worker: hands over a committed batch's deliveries.
    pub fn post(&self, deliveries: Vec<Delivery>) {
        self.inbox.post(deliveries, &self.window);
    }

    /// Worker: it has left its loop.
    pub fn worker_finished(&self) {
        self.inbox.worker_finished(&self.window);
    }

    /// The runtime is shutting down (its queue is closed).
    pub fn retire(&self) {
        self.inbox.retire();
    }

    /// Finishes a shut-down runtime (not from inside a callback): on the UI thread, runs its
    /// remaining callbacks here while `join_worker` waits for the worker, then removes the
    /// window; on another thread, joins the worker and waits until the UI thread ran them.
    pub fn finish(&self, join_worker: impl FnOnce()) {
        self.retire();
        if self.window.on_this_thread() {
            self.inbox.run_until_finished();
            join_worker();
            self.window.destroy();
        } else {
            join_worker();
            self.inbox.wait_delivered(&self.window);
        }
    }

    /// Removes the window of a runtime whose worker never started.
    pub fn discard(&self) {
        self.window.destroy();
    }
}

/// No UI-thread delivery on this platform: the worker calls back itself.
#[cfg(not(windows))]
pub enum UiThread {}

#[cfg(not(windows))]
impl UiThread {
    pub fn attach(_main_thread_id: Option<i64>, _kick: Kick) -> Option<UiThread> {
        None
    }
    pub fn post(&self, _deliveries: Vec<Delivery>) {
        match *self {}
    }
    pub fn worker_finished(&self) {
        match *self {}
    }
    pub fn retire(&self) {
        match *self {}
    }
    pub fn finish(&self, _join_worker: impl FnOnce()) {
        match *self {}
    }
    pub fn discard(&self) {
        match *self {}
    }
}

/// Whether the calling thread is running a callback handed to a UI thread (a call to
/// `TIMInit`/`TIMUninit` there must not wait for deliveries, itself included).
pub fn delivering_here() -> bool {
    #[cfg(windows)]
    return inbox::delivering_here();
    #[cfg(not(windows))]
    false
}

/// Whether the calling thread is the UI thread of some runtime (then it must keep running its
/// callbacks while it waits for another thread's `TIMUninit`).
pub fn is_ui_thread_here() -> bool {
    #[cfg(windows)]
    return win32::has_window_here();
    #[cfg(not(windows))]
    false
}

/// Runs the callbacks due on the calling (UI) thread.
pub fn run_due_here() {
    #[cfg(windows)]
    win32::run_due_here();
}
