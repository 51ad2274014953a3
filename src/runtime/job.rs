//! What callers put on the queue.

use super::completion::Completion;
use crate::engine::Command;

/// A request for the worker.
#[derive(Debug)]
pub enum Request {
    Login {
        user_id: String,
    },
    Logout,
    /// A call rejected after acceptance (its callback gets `code`), kept in order.
    Fail {
        code: i32,
        desc: String,
    },
    Engine(Command),
}

/// A request plus the callback that reports its result.
pub struct Job {
    pub request: Request,
    pub completion: Completion,
}
