//! The command queue between API callers and the worker.

use std::collections::VecDeque;

use parking_lot::{Condvar, Mutex};

use super::job::Job;

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
}

impl Queue {
    pub fn push(&self, job: Job) {
        self.state.lock().jobs.push_back(job);
        self.ready.notify_one();
    }

    /// Asks the worker to finish what is queued and stop.
    pub fn close(&self) {
        self.state.lock().closing = true;
        self.ready.notify_one();
    }

    /// Waits for work and takes everything queued. `None` once closing and empty.
    pub fn take_batch(&self) -> Option<Vec<Job>> {
        let mut state = self.state.lock();
        while state.jobs.is_empty() {
            if state.closing {
                return None;
            }
            self.ready.wait(&mut state);
        }
        Some(state.jobs.drain(..).collect())
    }
}
