//! The ordered index of listed conversations: pinned first, then most recently active.

use std::collections::BTreeMap;

use super::ids::ConvKey;

/// Listed conversations keyed by `conv_active_time`, which is unique per conversation.
#[derive(Default, Debug)]
pub struct ConversationList {
    by_active_time: BTreeMap<u64, ConvKey>,
}

impl ConversationList {
    pub fn insert(&mut self, active_time: u64, key: ConvKey) {
        let previous = self.by_active_time.insert(active_time, key);
        debug_assert!(previous.is_none(), "order keys are unique");
    }

    pub fn remove(&mut self, active_time: u64) {
        self.by_active_time.remove(&active_time);
    }

    pub fn len(&self) -> usize {
        self.by_active_time.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_active_time.is_empty()
    }

    /// Listed conversations in display order (largest key first).
    pub fn iter(&self) -> impl Iterator<Item = (u64, &ConvKey)> + '_ {
        self.by_active_time.iter().rev().map(|(k, v)| (*k, v))
    }

    /// Conversations strictly after `cursor` in display order (cursor 0 = from the top).
    pub fn after(&self, cursor: u64) -> impl Iterator<Item = (u64, &ConvKey)> + '_ {
        let upper = if cursor == 0 { u64::MAX } else { cursor };
        let range = if cursor == 0 {
            self.by_active_time.range(..=upper)
        } else {
            self.by_active_time.range(..upper)
        };
        range.rev().map(|(k, v)| (*k, v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_descending_and_pages_by_cursor() {
        let mut list = ConversationList::default();
        for (t, id) in [(5, "a"), (9, "b"), (7, "c")] {
            list.insert(t, ConvKey::c2c(id));
        }
        let ids: Vec<_> = list.iter().map(|(_, k)| k.id.as_str()).collect();
        assert_eq!(ids, ["b", "c", "a"]);
        let after: Vec<_> = list.after(9).map(|(_, k)| k.id.as_str()).collect();
        assert_eq!(after, ["c", "a"]);
        list.remove(7);
        assert_eq!(list.len(), 2);
    }
}
