//! Reading: clean-unread, unread totals by filter, and by-filter subscriptions.

use super::{ConvKey, ConvType, Conversation, Effects, Engine, Failure, Filter, Reply, Subscription};

/// Which conversations a clean-unread names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CleanScope {
    One(ConvKey),
    AllOf(ConvType),
    All,
}

/// How far one conversation becomes read, resolved against its stored messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CleanTarget {
    pub key: ConvKey,
    /// Messages up to this seq are read.
    pub read_seq: u64,
    /// Unread messages after `read_seq`.
    pub unread: u64,
    /// The new `conv_c2c_read_timestamp` (C2C) or `conv_group_read_sequence` (group).
    pub read_mark: u64,
}

impl Engine {
    /// The conversations a clean-unread applies to: the named one (which must exist), or every
    /// conversation of the scope that has something unread.
    pub fn clean_candidates(&self, scope: &CleanScope) -> Result<Vec<&Conversation>, Failure> {
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
                if let Some(last) = c.last_msg.as_mut().filter(|m| m.seq <= read_seq) {
                    last.is_read = true;
                }
                c.at_info.retain(|a| a.seq > read_seq);
                before != (c.unread, c.read_seq, c.c2c_read_timestamp, c.group_read_sequence, c.at_info.len())
            });
            if changed == Some(true) {
                fx.touch(&t.key);
            }
        }
        Reply::Empty
    }

    /// Unread over visible conversations passing `filter` (muted ones excluded).
    pub(super) fn unread_matching(&self, filter: &Filter) -> u64 {
        self.convs.values().filter(|c| !c.hidden && filter.matches(c)).map(Conversation::counted_unread).sum()
    }

    /// Registers (or replaces the same) unread-by-filter subscription.
    pub fn subscribe(&mut self, filter: Filter) {
        self.unsubscribe(&filter);
        let total = self.unread_matching(&filter);
        self.subscriptions.push(Subscription { filter, total });
    }

    /// Removes the subscription that is the same as `filter`; false if there was none.
    pub fn unsubscribe(&mut self, filter: &Filter) -> bool {
        let before = self.subscriptions.len();
        self.subscriptions.retain(|s| !s.filter.same_subscription(filter));
        before != self.subscriptions.len()
    }

    /// Current total of the subscription that is the same as `filter`.
    pub fn subscription_total(&self, filter: &Filter) -> Option<u64> {
        self.subscriptions.iter().find(|s| s.filter.same_subscription(filter)).map(|s| s.total)
    }
}
