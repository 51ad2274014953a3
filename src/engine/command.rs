//! What the engine is asked, what it answers, and the side effects of one command.

use super::{order, Arrival};
use super::{CleanTarget, ConvKey, Conversation, Draft, Filter, InfoPatch, Message, RemovedMessage};

/// A conversation named in a `conversation_id_array`: the string as given, and the
/// conversation it names if it is a valid prefixed ID.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConvRef {
    pub raw: String,
    pub key: Option<ConvKey>,
}

impl ConvRef {
    pub fn parse(raw: &str) -> ConvRef {
        ConvRef { raw: raw.to_owned(), key: ConvKey::from_prefixed(raw) }
    }
}

/// One entry of a per-conversation result (`TIMConversationOperationResult`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpResult {
    /// The conversation ID as the caller gave it.
    pub id: String,
    pub code: i32,
    pub desc: String,
}

/// A request to the engine.
#[derive(Debug)]
pub enum Command {
    /// `TIMConvCreate`: create (unlisted until activated) or fetch a conversation.
    Create(ConvKey),
    /// `TIMConvDelete`: remove a conversation and its messages.
    Delete(ConvKey),
    /// `TIMConvGetConvList`: every listed conversation, in order.
    GetList,
    /// `TIMConvGetConvInfo`: the named conversations that exist.
    GetInfo(Vec<ConvKey>),
    /// `TIMConvGetConversationListByFilter`.
    GetPage { filter: Filter, cursor: u64, count: usize },
    /// `TIMConvSetDraft`: set the draft, creating the conversation if needed.
    SetDraft(ConvKey, Draft),
    /// `TIMConvCancelDraft`.
    CancelDraft(ConvKey),
    /// `TIMConvPinConversation`.
    Pin(ConvKey, bool),
    /// `TIMConvGetTotalUnreadMessageCount`.
    GetTotalUnread,
    /// `TIMConvGetUnreadMessageCountByFilter`.
    GetUnreadByFilter(Filter),
    /// `TIMConvDeleteConversationList`.
    DeleteList { convs: Vec<ConvRef>, clear_messages: bool },
    /// `TIMConvSetConversationCustomData`.
    SetCustomData { convs: Vec<ConvRef>, data: String },
    /// `TIMConvMarkConversation`.
    Mark { convs: Vec<ConvRef>, bits: u64, enable: bool },
    /// `TIMConvCleanConversationUnreadMessageCount`, resolved against the store.
    CleanUnread(Vec<CleanTarget>),
    /// `TIMConvCreateConversationGroup`.
    CreateGroup { name: String, convs: Vec<ConvRef> },
    /// `TIMConvGetConversationGroupList`.
    GetGroups,
    /// `TIMConvDeleteConversationGroup`.
    DeleteGroup(String),
    /// `TIMConvRenameConversationGroup`.
    RenameGroup { old: String, new: String },
    /// `TIMConvAddConversationsToGroup`.
    AddToGroup { name: String, convs: Vec<ConvRef> },
    /// `TIMConvDeleteConversationsFromGroup`.
    RemoveFromGroup { name: String, convs: Vec<ConvRef> },
    /// `TIMMsgSendMessage`: an own message, IDs already assigned.
    Send(Message),
    /// Messages pushed by the server.
    Receive(Vec<Message>),
    /// `TIMMsgImportMsgList`: history stored without counting unread.
    Store(Vec<Message>, Arrival),
    /// `TIMMsgSaveMsg`: one message stored without counting unread; answers it.
    Save(Message),
    /// Profiles, group infos and receive options: (conversation, what changed).
    UpdateInfo(Vec<(ConvKey, InfoPatch)>),
    /// `TIMMsgGetC2CReceiveMessageOpt`: receive options of these users.
    GetRecvOpts(Vec<String>),
    /// Messages removed from a conversation, resolved against the store; `new_last` is the
    /// newest remaining message if the last one was removed; `messages_left` whether any
    /// message remains at all.
    RemoveMessages {
        key: ConvKey,
        removed: Vec<RemovedMessage>,
        new_last: Option<Option<Message>>,
        messages_left: bool,
    },
    /// Stored messages changed in place (revoked, or modified by the server), given whole.
    Rewrite(Vec<Message>),
    /// A stored message under a new identity: a send the server answered (its ID, time and
    /// status), named by the ID it had.
    Reidentify { old_id: String, msg: Message },
    /// `TIMMsgClearHistoryMessage`.
    ClearHistory(ConvKey),
    /// Read receipts: the C2C peer read the user's messages up to this time.
    PeerRead(Vec<(ConvKey, u64)>),
}

/// What a command answers, rendered to JSON by the caller.
#[derive(Debug, PartialEq)]
pub enum Reply {
    Empty,
    Conversation(ConvKey),
    Conversations(Vec<ConvKey>),
    /// Every listed conversation, in display order.
    List(ListReply),
    Page(order::Page),
    TotalUnread(u64),
    Results(Vec<OpResult>),
    GroupNames(Vec<String>),
    RecvOpts(Vec<(String, u32)>),
    Message(Message),
    Messages(Vec<Message>),
}

/// A whole-list reply: `items` in display order; `stored` holds the text of the committed ones
/// (see `StoredList`), and is the whole answer when `items` are exactly its `rendered` ones.
#[derive(Debug, PartialEq)]
pub struct ListReply {
    pub stored: String,
    /// How many rendered conversations `stored` holds.
    pub rendered: usize,
    pub items: Vec<Listed>,
}

/// One conversation of a whole-list reply: one in the engine's memory, or one read from the
/// database for this reply only.
#[derive(Debug, PartialEq)]
pub enum Listed {
    Held(ConvKey),
    Stored(super::source::StoredConversation),
}

/// A failed command: an SDK error code and a description. Nothing was changed.
#[derive(Debug, PartialEq)]
pub struct Failure {
    pub code: i32,
    pub desc: String,
}

impl Failure {
    pub fn new(code: i32, desc: impl Into<String>) -> Failure {
        Failure { code, desc: desc.into() }
    }
}

/// A change to the conversation groups, for the group listeners.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GroupEvent {
    Created { name: String, convs: Vec<ConvKey> },
    Deleted { name: String },
    Renamed { old: String, new: String },
    Added { name: String, convs: Vec<ConvKey> },
    Removed { name: String, convs: Vec<ConvKey> },
}

/// Side effects of one command: events to deliver and what to persist.
#[derive(Debug, Default)]
pub struct Effects {
    /// New conversations (one Add each).
    pub added: Vec<ConvKey>,
    /// Changed conversations (one Update each, never also Added in the same command).
    pub updated: Vec<ConvKey>,
    /// Deleted conversations, as they were (one Del each).
    pub deleted: Vec<Conversation>,
    /// Conversations whose stored messages are to be removed.
    pub purged: Vec<ConvKey>,
    /// Conversation-group changes.
    pub group_events: Vec<GroupEvent>,
    /// How many messages of the reply are new for the new-message listeners (pushed ones;
    /// the reply carries them, so they are not copied here).
    pub received: usize,
    /// Messages to persist.
    pub stored: Vec<Message>,
    /// Stored messages to remove: (conversation, message IDs).
    pub removed_messages: Vec<(ConvKey, Vec<String>)>,
    /// Stored messages rewritten in place (revoked).
    pub rewritten: Vec<Message>,
    /// Stored messages rewritten under a new ID: (old ID, message).
    pub reidentified: Vec<(String, Message)>,
    /// Stored messages that became read out of seq order: (conversation, message IDs).
    pub read_late: Vec<(ConvKey, Vec<String>)>,
    /// Conversation infos (profiles, group infos, receive options) to persist.
    pub infos: Vec<ConvKey>,
    /// Conversations whose stored row changed in a way no event shows (e.g. peer read time).
    pub quiet: Vec<ConvKey>,
}

impl Effects {
    pub(super) fn touch(&mut self, key: &ConvKey) {
        if !self.added.contains(key) && !self.updated.contains(key) {
            self.updated.push(key.clone());
        }
    }

    pub(super) fn add(&mut self, key: &ConvKey) {
        self.updated.retain(|k| k != key);
        if !self.added.contains(key) {
            self.added.push(key.clone());
        }
    }

    pub(super) fn delete(&mut self, conv: Conversation) {
        self.added.retain(|k| k != &conv.key);
        self.updated.retain(|k| k != &conv.key);
        self.deleted.push(conv);
    }

    /// Whether the command changed any conversation.
    pub fn changed_conversations(&self) -> bool {
        !(self.added.is_empty() && self.updated.is_empty() && self.deleted.is_empty())
    }

    /// Conversations whose stored row must be rewritten.
    pub fn dirty(&self) -> impl Iterator<Item = &ConvKey> + '_ {
        self.added.iter().chain(&self.updated).chain(&self.quiet).chain(self.deleted.iter().map(|c| &c.key))
    }
}
