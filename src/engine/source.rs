//! Where the engine reads the conversations it does not hold in memory: the committed state of
//! the database. The engine keeps only what it changed since the last commit and a bounded set of
//! recently used conversations; everything else is read through this on demand.

use super::conversation::Conversation;
use super::filter::Filter;
use super::ids::{ConvKey, ConvType};
use super::Failure;

/// The committed conversations, as the store has them.
pub trait Source {
    /// Whether anything is behind this source: an engine over an empty source must keep every
    /// conversation in memory.
    fn is_backed(&self) -> bool;

    /// The stored conversation `key`, hidden ones included.
    fn load(&self, key: &ConvKey) -> Result<Option<Conversation>, Failure>;

    /// Every listed conversation, in display order.
    fn listed(&self) -> Result<Vec<Conversation>, Failure>;

    /// Every listed conversation, in display order, read only as far as a whole-list reply
    /// renders it (see `StoredConversation`).
    fn listed_for_reply(&self) -> Result<StoredList, Failure>;

    /// The keys and places of listed conversations placed below `below` (`conv_active_time`),
    /// in display order, at most `limit` of them. Every one that passes `filter` is included;
    /// some that do not may be.
    fn listed_keys(&self, filter: &Filter, below: u64, limit: usize) -> Result<Vec<(ConvKey, u64)>, Failure>;

    /// Stored conversations (of one type, or all) with unread messages or unread @s.
    fn with_unread(&self, conv_type: Option<ConvType>) -> Result<Vec<Conversation>, Failure>;

    /// Calls `f` with each stored conversation (of one type, or all) that has unread messages or
    /// unread @s, read in part: key, unread, marks, conversation groups, @s, receive option,
    /// group type and hidden are set, the rest is left empty.
    fn for_each_unread_summary(
        &self,
        conv_type: Option<ConvType>,
        f: &mut dyn FnMut(&Conversation),
    ) -> Result<(), Failure>;

    /// Stored conversations in the conversation group `name`.
    fn in_group(&self, name: &str) -> Result<Vec<Conversation>, Failure>;
}

/// Every committed listed conversation, read for a whole-list reply only: `text` is
/// `[` + the rendered ConvInfo objects of `items`, comma-separated, in order + `]`, so when
/// nothing else joins them it is the reply as it is.
#[derive(Debug, Default, PartialEq)]
pub struct StoredList {
    pub text: String,
    pub items: Vec<StoredConversation>,
}

/// A committed listed conversation in the cheapest form the database has it.
#[derive(Debug, PartialEq)]
pub struct StoredConversation {
    pub key: ConvKey,
    /// Its place in the list (`conv_active_time`).
    pub place: u64,
    pub form: StoredForm,
}

/// How a `StoredConversation` is rendered.
#[derive(Debug, PartialEq)]
pub enum StoredForm {
    /// Its ConvInfo JSON, as written with its last change: this range of `StoredList::text`.
    Rendered(std::ops::Range<usize>),
    /// Its fields, with the last message as the Message JSON text it was stored as
    /// (`conv.last_msg` is empty): rows a migration left without a rendered ConvInfo.
    Parts { conv: Box<Conversation>, last_msg_json: Option<String> },
}

/// No database: the engine holds every conversation (tests, and engines built from a list).
#[derive(Debug, Default)]
pub struct Nothing;

impl Source for Nothing {
    fn is_backed(&self) -> bool {
        false
    }

    fn load(&self, _: &ConvKey) -> Result<Option<Conversation>, Failure> {
        Ok(None)
    }

    fn listed(&self) -> Result<Vec<Conversation>, Failure> {
        Ok(Vec::new())
    }

    fn listed_for_reply(&self) -> Result<StoredList, Failure> {
        Ok(StoredList { text: "[]".into(), items: Vec::new() })
    }

    fn listed_keys(&self, _: &Filter, _: u64, _: usize) -> Result<Vec<(ConvKey, u64)>, Failure> {
        Ok(Vec::new())
    }

    fn with_unread(&self, _: Option<ConvType>) -> Result<Vec<Conversation>, Failure> {
        Ok(Vec::new())
    }

    fn for_each_unread_summary(
        &self,
        _: Option<ConvType>,
        _: &mut dyn FnMut(&Conversation),
    ) -> Result<(), Failure> {
        Ok(())
    }

    fn in_group(&self, _: &str) -> Result<Vec<Conversation>, Failure> {
        Ok(Vec::new())
    }
}

/// What the engine keeps between sessions besides conversations: the order clock, the total
/// unread and the unread-by-filter counters (filter, total), oldest first.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Totals {
    pub clock: u64,
    pub total_unread: u64,
    pub counters: Vec<(Filter, u64)>,
}
