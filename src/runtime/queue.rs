//! The command queue between API callers and the worker.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

use super::job::Job;

/// How long the worker keeps polling for more work after a batch before it sleeps. An app that
/// waits for a callback usually sends its next call within microseconds; catching it without a
/// sleep/wake saves a thread wakeup per call (the worker polls at most this long).
const POLL: Duration = Duration::from_micros(100);

/// How much of `POLL` is a busy spin. After it the worker yields the core between polls: on a
/// machine with few cores a spinning worker can hold the very core the caller needs to run its
/// callback and make its next call, which showed as a fixed ~100 µs tail on every round trip.
const SPIN: Duration = Duration::from_micros(2);

#[derive(Default)]
struct State {
    jobs: VecDeque<Job>,
    closing: bool,
}

/// A multi-producer queue the single worker drains in batches.
#[derive(Default)]
pub struct Queue {
    state: Mutex<State>,
    ready: Condvar,
    /// Jobs queued, readable without the lock (for the worker's spin).
    queued: AtomicUsize,
}

impl Queue {
    pub fn push(&self, job: Job) {
        self.state.lock().jobs.push_back(job);
        self.queued.fetch_add(1, Ordering::Release);
        self.ready.notify_one();
    }

    /// Asks the worker to finish what is queued and stop.
    pub fn close(&self) {
        self.state.lock().closing = true;
        self.ready.notify_one();
    }

    /// Whether `close` was called.
    pub fn is_closing(&self) -> bool {
        self.state.lock().closing
    }

    /// Waits for work and takes everything queued. `None` once closing and empty. With
    /// `idle_after` (the worker has work of its own), an empty batch once the queue has stayed
    /// empty that long.
    pub fn take_batch(&self, idle_after: Option<Duration>) -> Option<Vec<Job>> {
        let start = Instant::now();
        while !self.has_jobs() {
            let waited = start.elapsed();
            if waited >= POLL {
                break;
            }
            if waited < SPIN {
                std::hint::spin_loop();
            } else {
                std::thread::yield_now();
            }
        }
        let mut state = self.state.lock();
        while state.jobs.is_empty() {
            if state.closing {
                return None;
            }
            match idle_after {
                None => self.ready.wait(&mut state),
                Some(wait) => {
                    if self.ready.wait_for(&mut state, wait).timed_out()
                        && state.jobs.is_empty()
                        && !state.closing
                    {
                        return Some(Vec::new());
                    }
                }
            }
        }
        self.queued.fetch_sub(state.jobs.len(), Ordering::Release);
        Some(state.jobs.drain(..).collect())
    }

    /// Whether a job is waiting (one atomic load, no lock).
    fn has_jobs(&self) -> bool {
        self.queued.load(Ordering::Acquire) != 0
    }

    /// Whether the worker should stop its own work: a job is waiting, or the queue is closing.
    pub fn wants_worker(&self) -> bool {
        self.has_jobs() || self.state.lock().closing
    }
}
