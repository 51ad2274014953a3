//! The conversation domain as a deterministic state machine: `apply(command) -> reply + effects`.
//! No threads, no FFI, no I/O of its own: committed conversations are read through a `Source`
//! (the store's, or none). Time comes in as an argument.

mod batch;
pub mod codes;
mod command;
pub mod conversation;
pub mod directory;
pub mod filter;
mod groups;
mod history;
pub mod ids;
mod memory;
pub mod message;
pub mod order;
mod receive;
pub mod source;
mod unread;

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

pub use batch::MAX_CUSTOM_DATA_BYTES;
pub use command::{Command, ConvRef, Effects, Failure, GroupEvent, ListReply, Listed, OpResult, Reply};
pub use conversation::Conversation;
pub use directory::{ConvInfo, InfoPatch};
pub use filter::Filter;
pub use groups::{MAX_GROUPS, MAX_GROUP_NAME_BYTES};
pub use history::RemovedMessage;
pub use ids::{ConvKey, ConvType};
pub use message::{Arrival, Draft, Message, MessageIdentity};
pub use unread::{CleanScope, CleanTarget, UpTo};

use order::ConversationList;
use source::{Nothing, Source, Totals};

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

/// The unread total of one filter, kept up to date with every change: a registered
/// unread-by-filter subscription, or a filter the app asked the total of before.
#[derive(Debug)]
struct Counter {
    filter: Filter,
    total: u64,
    /// Registered with `TIMConvSubscribeUnreadMessageCountByFilter`.
    subscribed: bool,
}

/// One logged-in user's conversations.
pub struct Engine {
    user_id: String,
    /// Conversations in memory: every one changed since the last commit, and recently used
    /// ones (the others are read from `source` when needed).
    convs: HashMap<ConvKey, Conversation>,
    /// Conversations changed since the last commit; those not in `convs` were removed.
    changed: HashSet<ConvKey>,
    /// The listed conversations of `convs`, in order.
    list: ConversationList,
    clock: OrderClock,
    total_unread: u64,
    /// Conversation group names, in creation order.
    groups: Vec<String>,
    /// Unread totals by filter, oldest first.
    counters: Vec<Counter>,
    /// What the server said about peers and groups, by conversation.
    infos: HashMap<ConvKey, ConvInfo>,
    /// The committed conversations.
    source: Box<dyn Source>,
    /// How many unchanged conversations stay in memory.
    cache_limit: usize,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("user_id", &self.user_id)
            .field("in_memory", &self.convs.len())
            .field("changed", &self.changed.len())
            .field("total_unread", &self.total_unread)
            .finish_non_exhaustive()
    }
}

/// Most conversations one batch request may name.
pub const MAX_IDS_PER_REQUEST: usize = 100;

/// Unchanged conversations kept in memory by default (about 1.5 KB each).
pub const DEFAULT_CACHE_LIMIT: usize = 20_000;

/// Most unread-by-filter counters kept (subscribed ones are never dropped).
const MAX_COUNTERS: usize = 32;

impl Engine {
    /// An engine for `user_id` with no conversations.
    pub fn new(user_id: impl Into<String>) -> Engine {
        Engine::with_conversations(user_id, Vec::new())
    }

    /// An engine for `user_id` holding these conversations.
    pub fn with_conversations(user_id: impl Into<String>, convs: Vec<Conversation>) -> Engine {
        Engine::restore(user_id, convs, Vec::new(), HashMap::new())
    }

    /// An engine holding every conversation in memory, with no database behind it.
    pub fn restore(
        user_id: impl Into<String>,
        convs: Vec<Conversation>,
        groups: Vec<String>,
        infos: HashMap<ConvKey, ConvInfo>,
    ) -> Engine {
        let mut engine = Engine::open(user_id, Box::new(Nothing), groups, infos, Totals::default());
        engine.convs.reserve(convs.len());
        for conv in convs {
            engine.clock.last = engine.clock.last.max(conv.order_key);
            engine.insert(conv);
        }
        engine.changed.clear();
        engine
    }

    /// An engine over committed conversations: nothing is read until it is needed.
    pub fn open(
        user_id: impl Into<String>,
        source: Box<dyn Source>,
        groups: Vec<String>,
        infos: HashMap<ConvKey, ConvInfo>,
        totals: Totals,
    ) -> Engine {
        Engine {
            user_id: user_id.into(),
            convs: HashMap::new(),
            changed: HashSet::new(),
            list: ConversationList::default(),
            clock: OrderClock { last: totals.clock },
            total_unread: totals.total_unread,
            groups,
            counters: totals
                .counters
                .into_iter()
                .map(|(filter, total)| Counter { filter, total, subscribed: false })
                .collect(),
            infos,
            source,
            cache_limit: DEFAULT_CACHE_LIMIT,
        }
    }

    pub fn user_id(&self) -> &str {
        &self.user_id
    }

    /// A visible conversation (deleted-but-kept ones are not).
    pub fn conversation(&self, key: &ConvKey) -> Option<&Conversation> {
        self.convs.get(key).filter(|c| !c.hidden)
    }

    /// A conversation in memory, hidden ones included (what a commit writes for a changed one).
    pub fn held(&self, key: &ConvKey) -> Option<&Conversation> {
        self.convs.get(key)
    }

    /// A conversation as it is now (hidden ones included), in memory or read from the database
    /// for this call; a database that cannot be read shows none.
    pub fn stored_conversation(&self, key: &ConvKey) -> Option<Cow<'_, Conversation>> {
        self.peek(key).ok().flatten()
    }

    /// Listed conversations in memory, in display order (all of them when no database is
    /// behind the engine; see `peek_listed` otherwise).
    pub fn listed(&self) -> impl Iterator<Item = &Conversation> + '_ {
        self.list.iter().map(move |key| &self.convs[key])
    }

    /// Total unread over conversations that count (not muted, not AVChatRoom).
    pub fn total_unread(&self) -> u64 {
        self.total_unread
    }

    /// Conversation group names, in creation order.
    pub fn group_names(&self) -> &[String] {
        &self.groups
    }

    /// What is known about a peer or group.
    pub fn info(&self, key: &ConvKey) -> Option<&ConvInfo> {
        self.infos.get(key)
    }

    /// Applies one command at time `now` (Unix seconds). On failure nothing changed.
    pub fn apply(&mut self, cmd: Command, now: u64, fx: &mut Effects) -> Result<Reply, Failure> {
        self.trim();
        self.prepare(&cmd)?;
        match cmd {
            Command::Create(key) => {
                self.ensure(&key, fx);
                Ok(Reply::Conversation(key))
            }
            Command::Delete(key) => {
                self.visible(&key)?;
                let conv = self.remove(&key).expect("checked above");
                fx.purged.push(key);
                fx.delete(conv);
                Ok(Reply::Empty)
            }
            Command::GetList => Ok(Reply::List(self.all_listed()?)),
            Command::GetInfo(keys) => Ok(Reply::Conversations(
                keys.into_iter().filter(|k| self.conversation(k).is_some()).collect(),
            )),
            Command::GetPage { filter, cursor, count } => Ok(Reply::Page(self.page(&filter, cursor, count)?)),
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
                if self.conversation(&key).is_some_and(|c| c.draft.is_some()) {
                    self.update(&key, |conv, _| conv.draft = None);
                    fx.touch(&key);
                }
                Ok(Reply::Empty)
            }
            Command::Pin(key, pinned) => {
                if self.visible(&key)?.pinned != pinned {
                    self.update(&key, |conv, clock| {
                        conv.pinned = pinned;
                        if pinned {
                            conv.order_key = clock.next(now);
                        }
                    });
                    fx.touch(&key);
                }
                Ok(Reply::Empty)
            }
            Command::GetTotalUnread => Ok(Reply::TotalUnread(self.total_unread)),
            Command::GetUnreadByFilter(filter) => Ok(Reply::TotalUnread(self.unread_by_filter(filter)?)),
            Command::DeleteList { convs, clear_messages } => self.delete_list(convs, clear_messages, fx),
            Command::SetCustomData { convs, data } => self.set_custom_data(convs, data, fx),
            Command::Mark { convs, bits, enable } => self.mark(convs, bits, enable, fx),
            Command::CleanUnread(targets) => Ok(self.clean_unread(targets, fx)),
            Command::CreateGroup { name, convs } => self.create_group(name, convs, fx),
            Command::GetGroups => Ok(Reply::GroupNames(self.groups.clone())),
            Command::DeleteGroup(name) => self.delete_group(name, fx),
            Command::RenameGroup { old, new } => self.rename_group(old, new, fx),
            Command::AddToGroup { name, convs } => self.change_membership(name, convs, true, fx),
            Command::RemoveFromGroup { name, convs } => self.change_membership(name, convs, false, fx),
            Command::Send(msg) => Ok(Reply::Message(self.store_message(msg, Arrival::Sent, now, fx))),
            Command::Save(msg) => Ok(Reply::Message(self.store_message(msg, Arrival::Saved, now, fx))),
            Command::Receive(msgs) => Ok(Reply::Messages(self.receive(msgs, now, fx))),
            Command::Store(msgs, arrival) => Ok(Reply::Messages(
                msgs.into_iter().map(|m| self.store_message(m, arrival, now, fx)).collect(),
            )),
            Command::UpdateInfo(patches) => {
                self.update_info(patches, fx);
                Ok(Reply::Empty)
            }
            Command::GetRecvOpts(users) => Ok(Reply::RecvOpts(
                users
                    .into_iter()
                    .map(|u| {
                        let opt = self.infos.get(&ConvKey::c2c(u.clone())).map_or(0, |i| i.recv_opt);
                        (u, opt)
                    })
                    .collect(),
            )),
            Command::RemoveMessages { key, removed, new_last, messages_left } => {
                self.remove_messages(key, removed, new_last, messages_left, fx)
            }
            Command::Rewrite(msgs) => self.rewrite(msgs, fx),
            Command::Reidentify { old_id, msg } => Ok(self.reidentify(old_id, msg, fx)),
            Command::ClearHistory(key) => self.clear_history(key, fx),
            Command::PeerRead(reads) => {
                self.peer_read(reads, fx);
                Ok(Reply::Empty)
            }
        }
    }

    /// The visible conversation `key`, or the "does not exist" failure.
    fn visible(&self, key: &ConvKey) -> Result<&Conversation, Failure> {
        self.conversation(key).ok_or_else(|| unknown(key))
    }

    /// Creates the conversation if it does not exist (or brings back a deleted one, fresh but
    /// keeping its message positions), reporting it as added.
    fn ensure(&mut self, key: &ConvKey, fx: &mut Effects) {
        match self.convs.get(key) {
            Some(c) if !c.hidden => {}
            Some(_) => {
                self.update(key, |conv, _| conv.hidden = false);
                fx.add(key);
            }
            None => {
                let mut conv = Conversation::new(key.clone());
                if let Some(info) = self.infos.get(key) {
                    info.apply_to(&mut conv);
                }
                self.insert(conv);
                fx.add(key);
            }
        }
    }

    fn insert(&mut self, conv: Conversation) {
        account(&mut self.total_unread, &mut self.counters, &conv, true);
        self.changed.insert(conv.key.clone());
        if conv.is_listed() {
            self.list.insert(&conv);
        }
        self.convs.insert(conv.key.clone(), conv);
    }

    fn remove(&mut self, key: &ConvKey) -> Option<Conversation> {
        let conv = self.convs.remove(key)?;
        account(&mut self.total_unread, &mut self.counters, &conv, false);
        self.changed.insert(key.clone());
        if conv.is_listed() {
            self.list.remove(&conv);
        }
        Some(conv)
    }

    /// Mutates one conversation in place while keeping the indexes and unread totals in step.
    fn update<R>(
        &mut self,
        key: &ConvKey,
        f: impl FnOnce(&mut Conversation, &mut OrderClock) -> R,
    ) -> Option<R> {
        let Engine { convs, list, clock, total_unread, counters, changed, .. } = self;
        let conv = convs.get_mut(key)?;
        changed.insert(key.clone());
        account(total_unread, counters, conv, false);
        if conv.is_listed() {
            list.remove(conv);
        }
        let result = f(conv, clock);
        account(total_unread, counters, conv, true);
        if conv.is_listed() {
            list.insert(conv);
        }
        Some(result)
    }

    /// Applies `f` to each visible conversation named in `convs`, collecting per-ID results.
    /// `f` returns whether it changed the conversation.
    fn for_each_ref(
        &mut self,
        convs: &[ConvRef],
        fx: &mut Effects,
        mut f: impl FnMut(&mut Engine, &ConvKey, &mut Effects) -> bool,
    ) -> Vec<OpResult> {
        convs
            .iter()
            .map(|r| {
                let outcome = match &r.key {
                    None => Err(Failure::new(
                        codes::ERR_INVALID_PARAMETERS,
                        "not a conversation ID (c2c_<userID> or group_<groupID>)",
                    )),
                    Some(key) => self.visible(key).map(|_| key.clone()),
                };
                match outcome {
                    Ok(key) => {
                        if f(self, &key, fx) {
                            fx.touch(&key);
                        }
                        OpResult { id: r.raw.clone(), code: 0, desc: String::new() }
                    }
                    Err(e) => OpResult { id: r.raw.clone(), code: e.code, desc: e.desc },
                }
            })
            .collect()
    }
}

/// Adds (or takes away) a conversation's contribution to the unread totals. (Saturating: totals
/// read from a damaged database must not bring the worker down.)
fn account(total: &mut u64, counters: &mut [Counter], conv: &Conversation, add: bool) {
    let counted = conv.counted_unread();
    if counted == 0 {
        return;
    }
    let apply = |t: &mut u64| *t = if add { t.saturating_add(counted) } else { t.saturating_sub(counted) };
    apply(total);
    for counter in counters.iter_mut().filter(|c| c.filter.matches(conv)) {
        apply(&mut counter.total);
    }
}

/// Checks a `conversation_id_array`'s size.
fn check_batch(convs: &[ConvRef]) -> Result<(), Failure> {
    if convs.is_empty() {
        return Err(Failure::new(codes::ERR_INVALID_PARAMETERS, "conversation_id_array is empty"));
    }
    if convs.len() > MAX_IDS_PER_REQUEST {
        return Err(Failure::new(
            codes::ERR_SVR_CONV_CONV_MARK_REQ_COUNT_EXCEED_LIMIT,
            format!("at most {MAX_IDS_PER_REQUEST} conversations per request"),
        ));
    }
    Ok(())
}

fn unknown(key: &ConvKey) -> Failure {
    Failure::new(codes::ERR_INVALID_CONVERSATION, format!("conversation {key} does not exist"))
}

#[cfg(test)]
mod tests;
