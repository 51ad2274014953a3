//! Messages as far as conversations need them.

use super::ids::ConvKey;

/// Fields of a message the engine carries but never interprets (elements, profiles, …): the
/// text of a JSON object, kept as text so copying and re-emitting it is a memcpy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Payload(Box<str>);

impl Payload {
    /// Wraps the text of a JSON object (the caller guarantees it is one).
    pub fn from_object_text(text: String) -> Payload {
        debug_assert!(text.starts_with('{') && text.ends_with('}'));
        Payload(text.into_boxed_str())
    }

    /// The JSON object text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The object's members without the braces ("" for an empty object).
    pub fn members(&self) -> &str {
        self.0[1..self.0.len() - 1].trim()
    }
}

impl Default for Payload {
    fn default() -> Payload {
        Payload("{}".into())
    }
}

/// `TIMMsgStatus` values.
pub mod status {
    pub const SENDING: u32 = 1;
    pub const SEND_SUCC: u32 = 2;
    pub const SEND_FAIL: u32 = 3;
    pub const DELETED: u32 = 4;
    pub const LOCAL_IMPORTED: u32 = 5;
    pub const REVOKED: u32 = 6;
}

/// A stored (or about to be stored) message.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub conv: ConvKey,
    pub sender: String,
    pub seq: u64,
    pub server_time: u64,
    pub client_time: u64,
    pub msg_id: String,
    pub unique_id: u64,
    pub rand: u64,
    pub status: u32,
    pub is_from_self: bool,
    pub is_read: bool,
    pub is_online: bool,
    pub excluded_from_unread: bool,
    pub excluded_from_last: bool,
    /// C2C: the peer has read this (own) message.
    pub is_peer_read: bool,
    /// `message_group_at_user_array` (the at-all marker normalised to its current spelling).
    pub at_users: Vec<String>,
    /// Everything else the app or server put in the message.
    pub payload: Payload,
}

/// How an incoming message is recognised if it arrives again: by its message ID, or by its
/// seq within the conversation when it came without an ID.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum MessageIdentity {
    Id(String),
    Seq(u64),
}

/// The at-all marker in `message_group_at_user_array`.
pub const AT_ALL: &str = "__kImSDK_MessageAtALL__";

/// How a message reached its conversation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arrival {
    /// Sent by the user (`TIMMsgSendMessage`).
    Sent,
    /// Pushed by the server.
    Received,
    /// `TIMMsgImportMsgList`: history, never unread, status LocalImported.
    Imported,
    /// `TIMMsgSaveMsg`: stored locally, never unread.
    Saved,
    /// Older history fetched from the server: stored as sent, never unread.
    History,
}

impl Message {
    /// The `TIMGroupAtType` for `user` (1 @me, 2 @all, 3 both), if the message mentions them.
    pub fn at_type_for(&self, user: &str) -> Option<u32> {
        let me = self.at_users.iter().any(|u| u == user);
        let all = self.at_users.iter().any(|u| u == AT_ALL);
        match (me, all) {
            (true, true) => Some(3),
            (false, true) => Some(2),
            (true, false) => Some(1),
            (false, false) => None,
        }
    }

    /// Position in the conversation's timeline; later messages compare greater.
    pub fn timeline_pos(&self) -> (u64, u64) {
        (self.server_time, self.seq)
    }
}

/// A conversation draft.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// The draft message as the app wrote it.
    pub msg: Payload,
    pub user_define: String,
    pub edit_time: u64,
}
