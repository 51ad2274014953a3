//! What callers put on the queue.

use super::completion::Completion;
use crate::engine::{CleanScope, Command, Filter};

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
    /// `TIMConvSubscribeUnreadMessageCountByFilter`; `json` is the filter as registered.
    Subscribe {
        json: String,
        filter: Filter,
    },
    /// `TIMConvUnsubscribeUnreadMessageCountByFilter`.
    Unsubscribe {
        filter: Filter,
    },
    /// `TIMConvCleanConversationUnreadMessageCount`, resolved against the store on the worker.
    CleanUnread {
        scope: CleanScope,
        timestamp: u64,
        sequence: u64,
    },
    Engine(Command),
}

/// A request plus the callback that reports its result.
pub struct Job {
    pub request: Request,
    pub completion: Completion,
}
