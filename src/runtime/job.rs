//! What callers put on the queue.

use super::completion::Completion;
use crate::engine::{Arrival, CleanScope, Command, ConvKey, Filter, Message, MessageIdentity};

/// A request for the worker.
#[derive(Debug)]
pub enum Request {
    Login {
        user_id: String,
        /// The user signature (a JWT or access token when a homeserver is configured).
        user_sig: String,
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
    /// Marking read (`TIMConvCleanConversationUnreadMessageCount`, `TIMMsgReportReaded`, …),
    /// resolved against the store on the worker.
    CleanUnread {
        scope: CleanScope,
        limit: ReadLimit,
    },
    /// `TIMMsgGetMsgList`: a page of history, read from the store.
    GetMessages {
        key: ConvKey,
        query: HistoryRequest,
    },
    /// `TIMMsgDelete` / `TIMMsgListDelete`.
    DeleteMessages {
        key: ConvKey,
        msg_ids: Vec<String>,
    },
    /// `TIMMsgRevoke` (by the user) or revokes pushed by the server (`by_other`).
    Revoke {
        messages: Vec<(ConvKey, String)>,
        by_other: bool,
    },
    /// Messages changed by the server.
    UpdateMessages(Vec<crate::engine::Message>),
    /// Read receipts pushed by the server; `json` is what the receipt listener gets.
    ReadReceipts {
        reads: Vec<(ConvKey, u64)>,
        json: String,
    },
    /// Messages arriving from the server or stored by the app: each one already stored (same
    /// identity in the same conversation) is dropped, so a repeated delivery changes nothing.
    Ingest {
        msgs: Vec<(Message, Option<MessageIdentity>)>,
        arrival: Arrival,
    },
    /// `TIMExtVerifyStore`: a full check of the store's derived data, answered when it ends.
    CheckStore,
    /// `TIMMsgSearchLocalMessages`.
    Search(crate::wire::search::SearchQuery),
    Engine(Command),
    /// Test hook: the worker panics while handling it (outside the engine).
    #[cfg(test)]
    PanicForTest,
    /// A call answered without a user or the store (its work was done when it was accepted).
    Answer {
        code: i32,
        desc: String,
        json: String,
    },
    /// A line for the app's log callback, logged on another thread.
    Log {
        level: u8,
        line: String,
    },
    /// A report of the homeserver transport of login number `generation`.
    Server {
        generation: u64,
        event: crate::transport::ServerEvent,
    },
    /// Work on local state beyond conversations (`worker::local`).
    Local(super::local::LocalRequest),
    /// A group, profile or block-list call of `function`: carried out on the homeserver, or
    /// without one answered from the feed's directory or 7013 (`worker::server::calls`).
    Remote {
        function: &'static str,
        request: super::remote::RemoteRequest,
    },
    /// A function only the vendor's server could serve: answered 7013 (6014 first if it
    /// `needs_login` and nobody is logged in).
    Unsupported {
        function: &'static str,
        needs_login: bool,
    },
}

/// A request plus the callback that reports its result.
pub struct Job {
    pub request: Request,
    pub completion: Completion,
}

pub use crate::engine::UpTo;

/// How far C2C and group conversations are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReadLimit {
    pub c2c: UpTo,
    pub group: UpTo,
}

/// A history page as `TIMMsgGetMsgList` asks for it, before it is resolved against the store.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HistoryRequest {
    /// `msg_getmsglist_param_last_msg`: start after this message (ID, and its position as given).
    pub after_msg: Option<(String, u64, u64)>,
    /// `msg_getmsglist_param_last_msg_seq`: start at this seq (inclusive).
    pub from_seq: Option<u64>,
    pub forward: bool,
    pub count: usize,
    pub time_range: Option<(u64, u64)>,
    pub seqs: Vec<u64>,
    /// `msg_getmsglist_param_message_type_array`: only messages with an element of these types.
    pub elem_types: Vec<u32>,
}
