//! Requests on local state beyond the conversation list: connection-state events from the
//! app's backend, message lookups and local edits, and reads of the directory the server feed
//! fills. The worker handles them in `worker::local`.

use crate::engine::{ConvKey, Message};

/// A request for `worker::local`.
#[derive(Debug)]
pub enum LocalRequest {
    /// The network-status listener gets `(status, code, desc)`.
    NetworkStatus { status: i32, code: i32, desc: String },
    /// The user was logged out by the server: kicked offline (another device logged in) or
    /// their user signature expired. The session closes, then the listener runs.
    ForcedLogout(ForcedLogout),
    /// `TIMMsgFindMessages`: stored messages by ID, in any conversation.
    FindMessages(Vec<String>),
    /// `TIMMsgFindByMsgLocatorList`.
    FindByLocators { key: ConvKey, locators: Vec<Locator> },
    /// `TIMMsgSetLocalCustomData`: `message_custom_str` / `message_custom_int` of one message.
    SetLocalCustomData { key: ConvKey, msg_id: String, custom_str: Option<String>, custom_int: Option<i64> },
    /// `TIMMsgModifyMessage`: new content for one of the user's stored messages.
    Modify(Message),
    /// `TIMMsgBatchSend`: one own message per C2C conversation, IDs assigned.
    BatchSend(Vec<Message>),
    /// `TIMMsgCancelSend`.
    CancelSend { key: ConvKey, msg_id: String },
    /// `TIMMsgSendMessageReadReceipts`.
    SendReceipts(Vec<(ConvKey, String)>),
    /// `TIMMsgGetMessageReadReceipts`.
    GetReceipts(Vec<(ConvKey, String)>),
    /// `TIMProfileGetUserProfileList`.
    UserProfiles(Vec<String>),
    /// `TIMGroupGetJoinedGroupList`.
    JoinedGroups,
    /// `TIMGroupGetGroupInfoList`.
    GroupInfos(Vec<String>),
}

/// Why the server ended a login.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ForcedLogout {
    KickedOffline,
    UserSigExpired,
}

/// A MsgLocator: fields absent in the JSON are `None` and do not narrow the match.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Locator {
    pub seq: Option<u64>,
    pub rand: Option<u64>,
    pub time: Option<u64>,
    pub unique_id: Option<u64>,
    pub is_self: Option<bool>,
}

impl Locator {
    /// Whether `m` is the message this locator names (it must name something).
    pub fn matches(&self, m: &Message) -> bool {
        let named = self.seq.is_some() || self.rand.is_some() || self.unique_id.is_some();
        named
            && self.seq.is_none_or(|s| s == m.seq)
            && self.rand.is_none_or(|r| r == m.rand)
            && self.time.is_none_or(|t| t == m.server_time)
            && self.unique_id.is_none_or(|u| u == m.unique_id)
            && self.is_self.is_none_or(|s| s == m.is_from_self)
    }
}
