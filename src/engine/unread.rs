//! Reading: clean-unread, unread totals by filter, and by-filter subscriptions.

use super::{
    ConvKey, ConvType, Conversation, Counter, Effects, Engine, Failure, Filter, Reply, MAX_COUNTERS,
};

/// Which conversations a clean-unread names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CleanScope {
    One(ConvKey),
    AllOf(ConvType),
    All,
}

/// How far a conversation of one type is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UpTo {
    Everything,
    /// Messages sent at or before this time (seconds; C2C).
    Time(u64),
    /// Messages up to this seq (groups).
    Seq(u64),
    /// Messages up to this one (by seq).
    Message {
        seq: u64,
        time: u64,
    },
}

/// How far one conversation becomes read, resolved against its stored messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CleanTarget {
    pub key: ConvKey,
    /// Messages up to this seq are read.
    pub read_seq: u64,
    /// Messages after `read_seq` that are read too (IDs): a C2C message sent up to the read
    /// time that arrived after one sent later (seqs follow arrival, times need not).
    pub read_late: Vec<String>,
    /// Unread messages after `read_seq`, not counting `read_late`.
    pub unread: u64,
    /// The new `conv_c2c_read_timestamp` (C2C) or `conv_group_read_sequence` (group).
    pub read_mark: u64,
}

impl Engine {
    /// The conversations a clean-unread applies to: the named one (which must exist), or every
    /// conversation of the scope that has something unread.
    pub fn clean_candidates(&mut self, scope: &CleanScope) -> Result<Vec<&Conversation>, Failure> {
        match scope {
            CleanScope::One(key) => self.fault_in(key)?,
            CleanScope::AllOf(t) => {
                let convs = self.source.with_unread(Some(*t))?;
                self.admit_all(convs);
            }
            CleanScope::All => {
                let convs = self.source.with_unread(None)?;
                self.admit_all(convs);
            }
        }
        let unread = |c: &&Conversation| !c.hidden && (c.unread > 0 || !c.at_info.is_empty());
        Ok(match scope {
            CleanScope::One(key) => vec![self.visible(key)?],
            CleanScope::AllOf(t) => {
                self.convs.values().filter(|c| c.key.conv_type == *t).filter(unread).collect()
            }
            CleanScope::All => self.convs.values().filter(unread).collect(),
        })
    }

    pub(super) fn clean_unread(&mut self, targets: Vec<CleanTarget>, fx: &mut Effects) -> Reply {
        for t in targets {
            let changed = self.update(&t.key, |c, _| {
                let before =
                    (c.unread, c.read_seq, c.c2c_read_timestamp, c.group_read_sequence, c.at_info.len());
                c.read_seq = c.read_seq.max(t.read_seq);
                c.unread = t.unread;
                match c.key.conv_type {
                    ConvType::C2C => c.c2c_read_timestamp = c.c2c_read_timestamp.max(t.read_mark),
                    ConvType::Group => c.group_read_sequence = c.group_read_sequence.max(t.read_mark),
                }
                let read_seq = c.read_seq;
                if let Some(last) =
                    c.last_msg.as_mut().filter(|m| m.seq <= read_seq || t.read_late.contains(&m.msg_id))
                {
                    last.is_read = true;
                }
                c.at_info.retain(|a| a.seq > read_seq);
                before != (c.unread, c.read_seq, c.c2c_read_timestamp, c.group_read_sequence, c.at_info.len())
            });
            if changed == Some(true) {
                fx.touch(&t.key);
            }
            if !t.read_late.is_empty() {
                fx.read_late.push((t.key, t.read_late));
            }
        }
        Reply::Empty
    }

    /// Unread over visible conversations passing `filter` (muted ones excluded), counted over
    /// memory and the committed conversations with something unread.
    pub(super) fn unread_matching(&self, filter: &Filter) -> Result<u64, Failure> {
        let counts = |c: &Conversation| !c.hidden && filter.matches(c);
        let mut total: u64 =
            self.convs.values().filter(|c| counts(c)).map(Conversation::counted_unread).sum();
        self.source.for_each_unread_summary(filter.conv_type, &mut |c| {
            if !self.convs.contains_key(&c.key) && !self.changed.contains(&c.key) && counts(c) {
                total = total.saturating_add(c.counted_unread());
            }
        })?;
        Ok(total)
    }

    /// `TIMConvGetUnreadMessageCountByFilter`: the filter's counter if there is one; otherwise
    /// counted once, and kept up to date from then on.
    pub(super) fn unread_by_filter(&mut self, filter: Filter) -> Result<u64, Failure> {
        if let Some(c) = self.counters.iter().find(|c| c.filter == filter) {
            return Ok(c.total);
        }
        let total = self.unread_matching(&filter)?;
        self.track(Counter { filter, total, subscribed: false });
        Ok(total)
    }

    /// Adds a counter, dropping the oldest unsubscribed ones beyond the limit.
    fn track(&mut self, counter: Counter) {
        self.counters.push(counter);
        while self.counters.len() > MAX_COUNTERS {
            match self.counters.iter().position(|c| !c.subscribed) {
                Some(oldest) => self.counters.remove(oldest),
                None => break,
            };
        }
    }

    /// Registers (or replaces the same) unread-by-filter subscription. Its total comes from the
    /// filter's counter when there is one (kept across logins), else it is counted now.
    pub fn subscribe(&mut self, filter: Filter) -> Result<(), Failure> {
        self.unsubscribe(&filter);
        if let Some(c) = self.counters.iter_mut().find(|c| c.filter == filter) {
            c.subscribed = true;
            return Ok(());
        }
        let total = self.unread_matching(&filter)?;
        self.track(Counter { filter, total, subscribed: true });
        Ok(())
    }

    /// Removes the subscription that is the same as `filter`; false if there was none. (Its
    /// counter is kept, so subscribing again costs nothing.)
    pub fn unsubscribe(&mut self, filter: &Filter) -> bool {
        let mut found = false;
        for c in self.counters.iter_mut().filter(|c| c.subscribed && c.filter.same_subscription(filter)) {
            c.subscribed = false;
            found = true;
        }
        found
    }

    /// Current total of the subscription that is the same as `filter`.
    pub fn subscription_total(&self, filter: &Filter) -> Option<u64> {
        self.counters.iter().find(|c| c.subscribed && c.filter.same_subscription(filter)).map(|c| c.total)
    }
}
