//! The conversation domain as a deterministic state machine: `apply(command) -> reply + effects`.
//! No threads, no I/O, no FFI. Time comes in as an argument.

pub mod codes;
pub mod conversation;
pub mod ids;
pub mod message;
pub mod order;

use std::collections::HashMap;

pub use conversation::Conversation;
pub use ids::{ConvKey, ConvType};
pub use message::{Draft, Message};

use order::ConversationList;

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
    /// `TIMConvSetDraft`: set the draft, creating the conversation if needed.
    SetDraft(ConvKey, Draft),
    /// `TIMConvCancelDraft`.
    CancelDraft(ConvKey),
    /// `TIMConvPinConversation`.
    Pin(ConvKey, bool),
    /// `TIMConvGetTotalUnreadMessageCount`.
    GetTotalUnread,
    /// `TIMMsgSendMessage`: an own message, IDs already assigned.
    Send(Message),
    /// Messages pushed by the server.
    Receive(Vec<Message>),
}

/// What a command answers, rendered to JSON by the caller.
#[derive(Debug, PartialEq)]
pub enum Reply {
    Empty,
    Conversation(ConvKey),
    Conversations(Vec<ConvKey>),
    TotalUnread(u64),
    Message(Message),
    Messages(Vec<Message>),
}

/// A failed command: an SDK error code and a description. Nothing was changed.
#[derive(Debug, PartialEq)]
pub struct Failure {
    pub code: i32,
    pub desc: String,
}

impl Failure {
    pub fn new(code: i32, desc: impl Into<String>) -> Failure {
        Failure {
            code,
            desc: desc.into(),
        }
    }
}

/// Side effects of one command: conversation events and messages to deliver or store.
#[derive(Debug, Default)]
pub struct Effects {
    /// New conversations (one Add each).
    pub added: Vec<ConvKey>,
    /// Changed conversations (one Update each, never also Added in the same command).
    pub updated: Vec<ConvKey>,
    /// Deleted conversations, as they were.
    pub deleted: Vec<Conversation>,
    /// Messages for the new-message listeners.
    pub received: Vec<Message>,
    /// Messages to persist.
    pub stored: Vec<Message>,
}

impl Effects {
    fn touch(&mut self, key: &ConvKey) {
        if !self.added.contains(key) && !self.updated.contains(key) {
            self.updated.push(key.clone());
        }
    }

    fn add(&mut self, key: &ConvKey) {
        self.updated.retain(|k| k != key);
        if !self.added.contains(key) {
            self.added.push(key.clone());
        }
    }

    /// Whether the command changed any conversation.
    pub fn changed_conversations(&self) -> bool {
        !(self.added.is_empty() && self.updated.is_empty() && self.deleted.is_empty())
    }
}

/// Hands out order keys: Unix seconds of the activation, bumped so each key is unique.
#[derive(Debug, Default)]
struct OrderClock {
    last: u64,
}

impl OrderClock {
    fn next(&mut self, now: u64) -> u64 {
        self.last = (self.last + 1).max(now);
        self.last
    }
}

/// One logged-in user's conversations.
#[derive(Debug)]
pub struct Engine {
    user_id: String,
    convs: HashMap<ConvKey, Conversation>,
    list: ConversationList,
    clock: OrderClock,
    total_unread: u64,
}

impl Engine {
    /// An engine for `user_id` with no conversations.
    pub fn new(user_id: impl Into<String>) -> Engine {
        Engine::with_conversations(user_id, Vec::new())
    }

    /// An engine for `user_id` holding previously stored conversations.
    pub fn with_conversations(user_id: impl Into<String>, convs: Vec<Conversation>) -> Engine {
        let mut engine = Engine {
            user_id: user_id.into(),
            convs: HashMap::with_capacity(convs.len()),
            list: ConversationList::default(),
            clock: OrderClock::default(),
            total_unread: 0,
        };
        for conv in convs {
            engine.clock.last = engine.clock.last.max(conv.order_key);
            engine.insert(conv);
        }
        engine
    }

    pub fn user_id(&self) -> &str {
        &self.user_id
    }

    pub fn conversation(&self, key: &ConvKey) -> Option<&Conversation> {
        self.convs.get(key)
    }

    /// Listed conversations in display order.
    pub fn listed(&self) -> impl Iterator<Item = &Conversation> + '_ {
        self.list.iter().map(move |(_, key)| &self.convs[key])
    }

    /// Total unread over conversations that count (not muted, not AVChatRoom).
    pub fn total_unread(&self) -> u64 {
        self.total_unread
    }

    /// Applies one command at time `now` (Unix seconds). On failure nothing changed.
    pub fn apply(&mut self, cmd: Command, now: u64, fx: &mut Effects) -> Result<Reply, Failure> {
        match cmd {
            Command::Create(key) => {
                if !self.convs.contains_key(&key) {
                    self.insert(Conversation::new(key.clone()));
                    fx.add(&key);
                }
                Ok(Reply::Conversation(key))
            }
            Command::Delete(key) => {
                let conv = self.remove(&key).ok_or_else(|| unknown(&key))?;
                fx.added.retain(|k| k != &key);
                fx.updated.retain(|k| k != &key);
                fx.deleted.push(conv);
                Ok(Reply::Empty)
            }
            Command::GetList => Ok(Reply::Conversations(
                self.list.iter().map(|(_, k)| k.clone()).collect(),
            )),
            Command::GetInfo(keys) => Ok(Reply::Conversations(
                keys.into_iter()
                    .filter(|k| self.convs.contains_key(k))
                    .collect(),
            )),
            Command::SetDraft(key, draft) => {
                self.ensure(&key, fx);
                self.update(&key, |conv, clock| {
                    conv.draft = Some(draft);
                    conv.order_key = clock.next(now);
                });
                fx.touch(&key);
                Ok(Reply::Empty)
            }
            Command::CancelDraft(key) => {
                let had = self.update(&key, |conv, _| conv.draft.take().is_some());
                if had == Some(true) {
                    fx.touch(&key);
                }
                Ok(Reply::Empty)
            }
            Command::Pin(key, pinned) => {
                let changed = self
                    .update(&key, |conv, clock| {
                        let changed = conv.pinned != pinned;
                        if changed {
                            conv.pinned = pinned;
                            if pinned {
                                conv.order_key = clock.next(now);
                            }
                        }
                        changed
                    })
                    .ok_or_else(|| unknown(&key))?;
                if changed {
                    fx.touch(&key);
                }
                Ok(Reply::Empty)
            }
            Command::GetTotalUnread => Ok(Reply::TotalUnread(self.total_unread)),
            Command::Send(mut msg) => {
                msg.sender = self.user_id.clone();
                msg.is_from_self = true;
                let msg = self.store_message(msg, now, fx);
                Ok(Reply::Message(msg))
            }
            Command::Receive(msgs) => {
                let mut stored = Vec::with_capacity(msgs.len());
                for msg in msgs {
                    if msg.is_online {
                        fx.received.push(msg.clone());
                        stored.push(msg);
                        continue;
                    }
                    let msg = self.store_message(msg, now, fx);
                    fx.received.push(msg.clone());
                    stored.push(msg);
                }
                Ok(Reply::Messages(stored))
            }
        }
    }

    /// Adds a message to its conversation (creating it if needed): seq and time assigned when
    /// absent, unread counted, last message replaced, conversation activated.
    fn store_message(&mut self, mut msg: Message, now: u64, fx: &mut Effects) -> Message {
        let key = msg.conv.clone();
        self.ensure(&key, fx);
        msg.is_from_self = msg.is_from_self || msg.sender == self.user_id;
        if msg.is_from_self {
            msg.is_read = true;
        }
        if msg.server_time == 0 {
            msg.server_time = now;
        }
        if msg.client_time == 0 {
            msg.client_time = msg.server_time;
        }
        let stored = self
            .update(&key, |conv, clock| {
                if msg.seq == 0 {
                    msg.seq = conv.max_seq + 1;
                }
                conv.max_seq = conv.max_seq.max(msg.seq);
                let counts_unread = !msg.is_from_self
                    && !msg.is_read
                    && !msg.excluded_from_unread
                    && !conv.is_avchatroom();
                if counts_unread {
                    conv.unread += 1;
                }
                let newer = conv
                    .last_msg
                    .as_ref()
                    .is_none_or(|last| msg.timeline_pos() >= last.timeline_pos());
                if !msg.excluded_from_last && newer {
                    conv.last_msg = Some(msg.clone());
                    conv.order_key = clock.next(now);
                }
                msg
            })
            .expect("conversation ensured above");
        fx.touch(&key);
        fx.stored.push(stored.clone());
        stored
    }

    /// Creates the conversation if it does not exist, reporting it as added.
    fn ensure(&mut self, key: &ConvKey, fx: &mut Effects) {
        if !self.convs.contains_key(key) {
            self.insert(Conversation::new(key.clone()));
            fx.add(key);
        }
    }

    fn insert(&mut self, conv: Conversation) {
        self.total_unread += conv.counted_unread();
        if conv.is_listed() {
            self.list.insert(conv.active_time(), conv.key.clone());
        }
        self.convs.insert(conv.key.clone(), conv);
    }

    fn remove(&mut self, key: &ConvKey) -> Option<Conversation> {
        let conv = self.convs.remove(key)?;
        self.total_unread -= conv.counted_unread();
        if conv.is_listed() {
            self.list.remove(conv.active_time());
        }
        Some(conv)
    }

    /// Mutates one conversation while keeping the order index and the unread total in step.
    fn update<R>(
        &mut self,
        key: &ConvKey,
        f: impl FnOnce(&mut Conversation, &mut OrderClock) -> R,
    ) -> Option<R> {
        let Engine {
            convs,
            list,
            clock,
            total_unread,
            ..
        } = self;
        let conv = convs.get_mut(key)?;
        *total_unread -= conv.counted_unread();
        if conv.is_listed() {
            list.remove(conv.active_time());
        }
        let result = f(conv, clock);
        *total_unread += conv.counted_unread();
        if conv.is_listed() {
            list.insert(conv.active_time(), key.clone());
        }
        Some(result)
    }
}

fn unknown(key: &ConvKey) -> Failure {
    Failure::new(
        codes::ERR_INVALID_CONVERSATION,
        format!("conversation {key} does not exist"),
    )
}

#[cfg(test)]
mod tests;
