//! The deliveries waiting for the app's UI thread, in order. The worker appends a committed
//! batch and wakes the UI thread (one wake-up in flight at a time); the UI thread runs them.
//! Platform-independent: how the UI thread is woken is the [`Wake`] given to each call.
//!
//! Exactly one thread runs deliveries at a time (the "drainer"; nested runs on that thread, from
//! a modal loop inside a callback, are allowed), always from the front, so they keep their
//! order whoever runs them. Once the UI thread cannot be reached any more ("detached": its
//! window was destroyed or its thread ended), the worker runs them instead, as without a UI
//! thread; nothing queued is lost.

use std::cell::Cell;
use std::collections::VecDeque;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::thread::{self, ThreadId};
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex, MutexGuard};

use crate::runtime::delivery::Delivery;

/// How an inbox reaches its UI thread.
pub trait Wake: Send + Sync {
    /// Asks the UI thread to call [`Inbox::run_due`] soon; false if it cannot be reached.
    fn wake(&self) -> bool;
    /// Whether the UI thread can still be reached.
    fn alive(&self) -> bool;
}

/// What the UI thread does after [`Inbox::run_due`].
#[derive(Debug, PartialEq, Eq)]
pub enum Next {
    /// Wait for the next wake-up.
    Wait,
    /// Everything was delivered and the runtime is gone: the window can go.
    Close,
}

thread_local! {
    /// Deliveries this thread is running from an inbox (nested ones included).
    static DEPTH: Cell<u32> = const { Cell::new(0) };
}

/// Whether the calling thread is inside a callback run from an inbox.
pub fn delivering_here() -> bool {
    DEPTH.with(Cell::get) > 0
}

struct State {
    items: VecDeque<Delivery>,
    /// A wake-up is on its way to the UI thread.
    wake_pending: bool,
    /// The UI thread can be reached; once false, the worker delivers.
    attached: bool,
    /// The thread running deliveries and how deeply (nested runs on that thread).
    drainer: Option<(ThreadId, u32)>,
    /// The worker has exited: nothing more will be appended.
    worker_done: bool,
    /// The runtime was shut down: no time budget any more, and the window can go once done.
    retired: bool,
}

/// The deliveries of one runtime waiting for its UI thread.
pub struct Inbox {
    state: Mutex<State>,
    /// Signalled after each delivery and when the worker finishes.
    changed: Condvar,
    /// Wakes the worker, which then delivers what the UI thread left (after a detach).
    kick: Box<dyn Fn() + Send + Sync>,
}

impl Inbox {
    pub fn new(kick: Box<dyn Fn() + Send + Sync>) -> Inbox {
        Inbox {
            state: Mutex::new(State {
                items: VecDeque::new(),
                wake_pending: false,
                attached: true,
                drainer: None,
                worker_done: false,
                retired: false,
            }),
            changed: Condvar::new(),
            kick,
        }
    }

    /// Worker: appends a committed batch's deliveries and makes sure the UI thread will run them.
    pub fn post(&self, items: Vec<Delivery>, wake: &dyn Wake) {
        let mut st = self.state.lock();
        st.items.extend(items);
        self.ensure_woken(&mut st, wake);
        if !st.attached {
            self.run_all(&mut st);
        }
    }

    /// Worker: it has left its loop; nothing more will be posted.
    pub fn worker_finished(&self, wake: &dyn Wake) {
        let mut st = self.state.lock();
        st.worker_done = true;
        // Woken even with nothing queued: the UI thread then sees that it may close the window.
        self.ensure_woken(&mut st, wake);
        if !st.attached {
            self.run_all(&mut st);
        }
        self.changed.notify_all();
    }

    fn ensure_woken(&self, st: &mut State, wake: &dyn Wake) {
        if !st.attached {
            return;
        }
        if !st.wake_pending {
            st.wake_pending = wake.wake();
            st.attached = st.wake_pending;
        } else if !wake.alive() {
            // The wake-up in flight went with the window (its thread ended).
            st.attached = false;
        }
    }

    /// UI thread, on a wake-up: runs what is due, for at most `budget` while the runtime is
    /// live (then `reschedule` asks for another wake-up, so input and painting get their turn).
    pub fn run_due(&self, budget: Duration, reschedule: impl FnOnce() -> bool) -> Next {
        let mut st = self.state.lock();
        st.wake_pending = false;
        let start = Instant::now();
        while st.attached && !st.items.is_empty() {
            if !st.retired && start.elapsed() >= budget {
                st.wake_pending = reschedule();
                if !st.wake_pending {
                    st.attached = false;
                    (self.kick)();
                }
                return Next::Wait;
            }
            self.deliver_one(&mut st);
        }
        let done = st.retired && st.worker_done && st.items.is_empty() && st.drainer.is_none();
        if done && st.attached {
            Next::Close
        } else {
            Next::Wait
        }
    }

    /// UI thread, waiting inside `TIMInit`/`TIMUninit`: runs everything due now.
    pub fn run_pending(&self) {
        let mut st = self.state.lock();
        while st.attached && !st.items.is_empty() {
            self.deliver_one(&mut st);
        }
    }

    /// UI thread, in `TIMUninit` (the worker was told to stop): runs deliveries as they come
    /// until the worker has exited and everything was delivered.
    pub fn run_until_finished(&self) {
        let mut st = self.state.lock();
        loop {
            if st.attached && !st.items.is_empty() {
                self.deliver_one(&mut st);
            } else if st.worker_done && st.items.is_empty() && st.drainer.is_none() {
                return;
            } else {
                self.changed.wait(&mut st);
            }
        }
    }

    /// Another thread, in `TIMUninit` (the worker has exited): waits until the UI thread has
    /// run everything. If the UI thread is gone, runs the rest itself.
    pub fn wait_delivered(&self, wake: &dyn Wake) {
        let mut st = self.state.lock();
        loop {
            if st.items.is_empty() && st.drainer.is_none() {
                return;
            }
            if !st.attached {
                self.run_all(&mut st);
                continue;
            }
            if self.changed.wait_for(&mut st, Duration::from_millis(50)).timed_out() && !wake.alive() {
                st.attached = false;
            }
        }
    }

    /// The runtime was shut down: deliveries run without a time budget from now on.
    pub fn retire(&self) {
        self.state.lock().retired = true;
    }

    /// UI thread: its window is gone. What is queued, and everything later, is delivered by
    /// the worker (or here, if the worker has already exited).
    pub fn detach(&self) {
        let mut st = self.state.lock();
        if !st.attached {
            return;
        }
        st.attached = false;
        if !st.items.is_empty() {
            if st.worker_done {
                self.run_all(&mut st);
            } else {
                (self.kick)();
            }
        }
        self.changed.notify_all();
    }

    fn run_all(&self, st: &mut MutexGuard<'_, State>) {
        while !st.items.is_empty() {
            self.deliver_one(st);
        }
    }

    /// Runs the front delivery on this thread, once no other thread is running one.
    fn deliver_one(&self, st: &mut MutexGuard<'_, State>) {
        let me = thread::current().id();
        while matches!(st.drainer, Some((t, _)) if t != me) {
            self.changed.wait(st);
        }
        let Some(delivery) = st.items.pop_front() else { return };
        st.drainer = Some((me, st.drainer.map_or(0, |(_, depth)| depth) + 1));
        MutexGuard::unlocked(st, || {
            DEPTH.with(|d| d.set(d.get() + 1));
            let _ = catch_unwind(AssertUnwindSafe(|| delivery.deliver()));
            DEPTH.with(|d| d.set(d.get() - 1));
        });
        st.drainer = match st.drainer {
            Some((t, depth)) if depth > 1 => Some((t, depth - 1)),
            _ => None,
        };
        self.changed.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::mpsc;
    use std::sync::{Arc, Mutex as StdMutex};

    use super::*;

    /// A stand-in UI thread: wake-ups are messages on a channel it reads.
    struct Channel {
        tx: StdMutex<mpsc::Sender<()>>,
        alive: AtomicBool,
    }

    impl Wake for Channel {
        fn wake(&self) -> bool {
            self.alive.load(Ordering::SeqCst) && self.tx.lock().unwrap().send(()).is_ok()
        }
        fn alive(&self) -> bool {
            self.alive.load(Ordering::SeqCst)
        }
    }

    type Log = Arc<StdMutex<Vec<(usize, ThreadId)>>>;

    fn record(log: &Log, n: usize) -> Delivery {
        let log = Arc::clone(log);
        Delivery::Listener(Box::new(move || log.lock().unwrap().push((n, thread::current().id()))))
    }

    #[test]
    fn the_ui_thread_runs_every_delivery_once_in_order() {
        let (tx, rx) = mpsc::channel();
        let wake = Arc::new(Channel { tx: StdMutex::new(tx), alive: AtomicBool::new(true) });
        let inbox = Arc::new(Inbox::new(Box::new(|| {})));
        let log: Log = Arc::default();
        let ui = {
            let (inbox, wake) = (Arc::clone(&inbox), Arc::clone(&wake));
            thread::spawn(move || {
                while rx.recv().is_ok() {
                    // A tiny budget: the reschedule path runs too.
                    if inbox.run_due(Duration::from_micros(50), || wake.wake()) == Next::Close {
                        return thread::current().id();
                    }
                }
                unreachable!("closed before everything ran")
            })
        };
        for batch in 0..200 {
            inbox.post((0..10).map(|i| record(&log, batch * 10 + i)).collect(), &*wake);
        }
        inbox.retire();
        inbox.worker_finished(&*wake);
        inbox.wait_delivered(&*wake);
        let ui_id = ui.join().unwrap();
        let log = log.lock().unwrap();
        assert_eq!(log.iter().map(|e| e.0).collect::<Vec<_>>(), (0..2000).collect::<Vec<_>>());
        assert!(log.iter().all(|e| e.1 == ui_id), "all on the UI thread");
    }

    #[test]
    fn once_the_ui_thread_is_gone_the_worker_delivers_what_was_left() {
        let (tx, rx) = mpsc::channel();
        let wake = Channel { tx: StdMutex::new(tx), alive: AtomicBool::new(true) };
        let kicked = Arc::new(AtomicBool::new(false));
        let inbox = {
            let kicked = Arc::clone(&kicked);
            Inbox::new(Box::new(move || kicked.store(true, Ordering::SeqCst)))
        };
        let log: Log = Arc::default();
        inbox.post(vec![record(&log, 0), record(&log, 1)], &wake);
        assert!(rx.try_recv().is_ok(), "woken once");
        assert!(log.lock().unwrap().is_empty(), "nothing runs on the worker while attached");
        // The window goes while a wake-up is in flight: the next post notices.
        wake.alive.store(false, Ordering::SeqCst);
        inbox.post(vec![record(&log, 2)], &wake);
        let me = thread::current().id();
        assert_eq!(*log.lock().unwrap(), vec![(0, me), (1, me), (2, me)]);
        inbox.detach();
        assert!(!kicked.load(Ordering::SeqCst), "nothing left to kick for");
    }

    #[test]
    fn a_detach_with_deliveries_queued_kicks_the_worker() {
        let (tx, _rx) = mpsc::channel();
        let wake = Channel { tx: StdMutex::new(tx), alive: AtomicBool::new(true) };
        let kicked = Arc::new(AtomicBool::new(false));
        let inbox = {
            let kicked = Arc::clone(&kicked);
            Inbox::new(Box::new(move || kicked.store(true, Ordering::SeqCst)))
        };
        let log: Log = Arc::default();
        inbox.post(vec![record(&log, 0)], &wake);
        inbox.detach();
        assert!(kicked.load(Ordering::SeqCst));
        inbox.post(Vec::new(), &wake); // what the kicked worker's next flush does
        assert_eq!(log.lock().unwrap().len(), 1);
    }

    #[test]
    fn uninit_on_the_ui_thread_runs_the_rest_itself() {
        let (tx, _rx) = mpsc::channel();
        let wake = Arc::new(Channel { tx: StdMutex::new(tx), alive: AtomicBool::new(true) });
        let inbox = Arc::new(Inbox::new(Box::new(|| {})));
        let log: Log = Arc::default();
        let worker = {
            let (inbox, wake, log) = (Arc::clone(&inbox), Arc::clone(&wake), Arc::clone(&log));
            thread::spawn(move || {
                for n in 0..1000 {
                    inbox.post(vec![record(&log, n)], &*wake);
                }
                inbox.worker_finished(&*wake);
            })
        };
        inbox.retire();
        inbox.run_until_finished();
        worker.join().unwrap();
        let me = thread::current().id();
        let log = log.lock().unwrap();
        assert_eq!(log.iter().map(|e| e.0).collect::<Vec<_>>(), (0..1000).collect::<Vec<_>>());
        assert!(log.iter().all(|e| e.1 == me));
        assert!(!delivering_here());
    }
}
