//! What of the committed state the engine holds in memory: conversations are brought in from
//! the `Source` when a command needs them and let go when unchanged ones exceed the cache limit;
//! pages and whole-list replies merge what memory holds with what the database has.

use std::borrow::Cow;

use super::source::{Source, StoredConversation, StoredList, Totals};
use super::MAX_IDS_PER_REQUEST;
use super::{order, Command, ConvKey, ConvRef, Conversation, Engine, Failure, Filter, ListReply, Listed};

impl Engine {
    /// What is to be kept between sessions besides conversations.
    pub fn totals(&self) -> Totals {
        Totals {
            clock: self.clock.last,
            total_unread: self.total_unread,
            counters: self.counters.iter().map(|c| (c.filter.clone(), c.total)).collect(),
        }
    }

    /// Takes totals counted from the committed conversations in place of wrong ones the store
    /// handed over at login: the total unread, the counters of `found`'s filters that are
    /// kept, and the clock when it is behind `found.clock`. Whether anything changed.
    pub fn correct_totals(&mut self, found: &Totals) -> bool {
        let mut changed = false;
        let mut set = |kept: &mut u64, right: u64| {
            changed |= *kept != right;
            *kept = right;
        };
        set(&mut self.total_unread, found.total_unread);
        for (filter, total) in &found.counters {
            if let Some(c) = self.counters.iter_mut().find(|c| c.filter == *filter) {
                set(&mut c.total, *total);
            }
        }
        let clock = self.clock.last.max(found.clock);
        set(&mut self.clock.last, clock);
        changed
    }

    /// Conversations changed since the last commit (removed ones included).
    pub fn changed(&self) -> impl Iterator<Item = &ConvKey> + '_ {
        self.changed.iter()
    }

    /// Whether `key` changed since the last commit.
    pub fn is_changed(&self, key: &ConvKey) -> bool {
        self.changed.contains(key)
    }

    /// The store wrote every change: they may leave memory from now on.
    pub fn committed(&mut self) {
        if self.source.is_backed() {
            self.changed.clear();
        }
    }

    /// Sets how many unchanged conversations stay in memory (tests use tiny limits so every
    /// read goes through the database).
    #[doc(hidden)]
    pub fn set_cache_limit(&mut self, limit: usize) {
        self.cache_limit = limit;
    }

    /// Brings the committed conversation `key` into memory if it exists and is not there yet.
    pub fn fault_in(&mut self, key: &ConvKey) -> Result<(), Failure> {
        if self.convs.contains_key(key) || self.changed.contains(key) {
            return Ok(());
        }
        if let Some(conv) = self.source.load(key)? {
            self.admit(conv);
        }
        Ok(())
    }

    /// Brings these committed conversations into memory (those changed since are not replaced).
    pub(super) fn admit_all(&mut self, convs: Vec<Conversation>) {
        for conv in convs {
            if !self.convs.contains_key(&conv.key) && !self.changed.contains(&conv.key) {
                self.admit(conv);
            }
        }
    }

    /// A committed conversation enters memory; it is already part of the totals.
    fn admit(&mut self, conv: Conversation) {
        if conv.is_listed() {
            self.list.insert(&conv);
        }
        self.convs.insert(conv.key.clone(), conv);
    }

    /// Lets unchanged conversations go once there are more than the cache limit.
    pub(super) fn trim(&mut self) {
        if !self.source.is_backed() || self.convs.len() <= self.cache_limit {
            return;
        }
        let keep = self.cache_limit / 2;
        let excess = self.convs.len() - keep;
        let leaving: Vec<ConvKey> =
            self.convs.keys().filter(|k| !self.changed.contains(*k)).take(excess).cloned().collect();
        for key in leaving {
            if let Some(conv) = self.convs.remove(&key) {
                if conv.is_listed() {
                    self.list.remove(&conv);
                }
            }
        }
    }

    /// A conversation as it is now, in memory or committed, without bringing it into memory
    /// (hidden ones included).
    pub fn peek(&self, key: &ConvKey) -> Result<Option<Cow<'_, Conversation>>, Failure> {
        if let Some(conv) = self.convs.get(key) {
            return Ok(Some(Cow::Borrowed(conv)));
        }
        if self.changed.contains(key) {
            return Ok(None);
        }
        Ok(self.source.load(key)?.map(Cow::Owned))
    }

    /// Every listed conversation in display order, without bringing them into memory.
    pub fn peek_listed(&self) -> Result<Vec<Cow<'_, Conversation>>, Failure> {
        let stored = self.stored_listed(|s| s.listed(), |c| &c.key)?;
        Ok(self.merge_listed(stored, self.list.iter(), Conversation::active_time, Cow::Owned, |key| {
            Cow::Borrowed(&self.convs[key])
        }))
    }

    /// Every listed conversation in display order: those changed since the last commit by key
    /// (rendered from memory), the others as read for rendering. A conversation memory holds
    /// unchanged since its commit is taken as stored too: its stored ConvInfo is current, and
    /// rendering it again is what made a whole list right after a busy session slow.
    pub(super) fn all_listed(&self) -> Result<ListReply, Failure> {
        if !self.source.is_backed() {
            let items = self.list.iter().map(|k| Listed::Held(k.clone())).collect();
            return Ok(ListReply { stored: String::new(), rendered: 0, items });
        }
        let StoredList { text, items } = self.source.listed_for_reply()?;
        let rendered =
            items.iter().filter(|c| matches!(c.form, super::source::StoredForm::Rendered(_))).count();
        let stored: Vec<StoredConversation> =
            items.into_iter().filter(|c| !self.changed.contains(&c.key)).collect();
        let changed = self.list.iter().filter(|k| self.changed.contains(*k));
        let items =
            self.merge_listed(stored, changed, |s| s.place, Listed::Stored, |key| Listed::Held(key.clone()));
        Ok(ListReply { stored: text, rendered, items })
    }

    /// The committed listed conversations `read` returns, less those memory holds or removed.
    fn stored_listed<T>(
        &self,
        read: impl FnOnce(&dyn Source) -> Result<Vec<T>, Failure>,
        key_of: impl Fn(&T) -> &ConvKey,
    ) -> Result<Vec<T>, Failure> {
        if !self.source.is_backed() {
            return Ok(Vec::new());
        }
        let mut stored = read(self.source.as_ref())?;
        stored.retain(|c| {
            let key = key_of(c);
            !self.convs.contains_key(key) && !self.changed.contains(key)
        });
        Ok(stored)
    }

    /// Merges committed conversations (in display order) with `held`, listed ones in memory
    /// (in display order too).
    fn merge_listed<'a, T, O>(
        &'a self,
        stored: Vec<T>,
        held: impl Iterator<Item = &'a ConvKey>,
        time: impl Fn(&T) -> u64,
        from_stored: impl Fn(T) -> O,
        from_held: impl Fn(&'a ConvKey) -> O,
    ) -> Vec<O> {
        let mut out = Vec::with_capacity(stored.len() + self.list.len());
        let mut stored = stored.into_iter().peekable();
        for key in held {
            let t = self.convs[key].active_time();
            while let Some(c) = stored.next_if(|c| time(c) > t) {
                out.push(from_stored(c));
            }
            out.push(from_held(key));
        }
        out.extend(stored.map(from_stored));
        out
    }

    /// One page of a filtered walk. Committed conversations are read down to where the page is
    /// known to be complete: its next match after `count` lies at or above what was read.
    pub(super) fn page(
        &mut self,
        filter: &Filter,
        cursor: u64,
        count: usize,
    ) -> Result<order::Page, Failure> {
        if self.source.is_backed() {
            let chunk = count.saturating_add(1).min(1024);
            let mut below = if cursor == 0 { u64::MAX } else { cursor };
            loop {
                // Places first: rows already in memory are not read again.
                let places = self.source.listed_keys(filter, below, chunk)?;
                let exhausted = places.len() < chunk;
                let floor = places.last().map_or(0, |(_, t)| *t);
                for (key, _) in &places {
                    self.fault_in(key)?;
                }
                if exhausted {
                    break;
                }
                let convs = &self.convs;
                let probe = self.list.page(filter, cursor, count.saturating_add(1), |k| &convs[k]);
                if probe.keys.get(count).is_some_and(|k| convs[k].active_time() >= floor) {
                    break;
                }
                below = floor;
            }
        }
        let convs = &self.convs;
        Ok(self.list.page(filter, cursor, count, |k| &convs[k]))
    }

    /// Brings into memory what a command reads or changes, so it runs over memory alone.
    pub(super) fn prepare<'a>(&mut self, cmd: &'a Command) -> Result<(), Failure> {
        if !self.source.is_backed() {
            return Ok(());
        }
        let refs = |convs: &'a [ConvRef]| -> Vec<&'a ConvKey> {
            // Requests over the limit fail before reading anything.
            if convs.len() > MAX_IDS_PER_REQUEST {
                return Vec::new();
            }
            convs.iter().filter_map(|r| r.key.as_ref()).collect()
        };
        let keys: Vec<&ConvKey> = match cmd {
            Command::Create(k)
            | Command::Delete(k)
            | Command::SetDraft(k, _)
            | Command::CancelDraft(k)
            | Command::Pin(k, _)
            | Command::ClearHistory(k)
            | Command::RemoveMessages { key: k, .. } => vec![k],
            Command::GetInfo(keys) => keys.iter().collect(),
            Command::DeleteList { convs, .. }
            | Command::SetCustomData { convs, .. }
            | Command::Mark { convs, .. }
            | Command::CreateGroup { convs, .. }
            | Command::AddToGroup { convs, .. }
            | Command::RemoveFromGroup { convs, .. } => refs(convs),
            Command::CleanUnread(targets) => targets.iter().map(|t| &t.key).collect(),
            Command::DeleteGroup(name) | Command::RenameGroup { old: name, .. } => {
                let members = self.source.in_group(name)?;
                self.admit_all(members);
                Vec::new()
            }
            Command::Send(m) | Command::Save(m) | Command::Reidentify { msg: m, .. } => vec![&m.conv],
            Command::Receive(msgs) | Command::Store(msgs, _) | Command::Rewrite(msgs) => {
                msgs.iter().map(|m| &m.conv).collect()
            }
            Command::UpdateInfo(patches) => patches.iter().map(|(k, _)| k).collect(),
            Command::PeerRead(reads) => reads.iter().map(|(k, _)| k).collect(),
            Command::GetList
            | Command::GetPage { .. }
            | Command::GetTotalUnread
            | Command::GetUnreadByFilter(_)
            | Command::GetGroups
            | Command::GetRecvOpts(_) => Vec::new(),
        };
        keys.into_iter().try_for_each(|k| self.fault_in(k))
    }
}
