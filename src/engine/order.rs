//! The ordered indexes of listed conversations: pinned first, then most recently active.
//! Besides the full list there is one index per type, one of marked conversations and one per
//! conversation group, so a filtered page walks only the conversations that can match.

use std::collections::{BTreeMap, HashMap};

use super::conversation::Conversation;
use super::filter::Filter;
use super::ids::{ConvKey, ConvType};

type Index = BTreeMap<u64, ConvKey>;

/// Listed conversations keyed by `conv_active_time`, which is unique per conversation.
#[derive(Default, Debug)]
pub struct ConversationList {
    all: Index,
    c2c: Index,
    group: Index,
    marked: Index,
    by_group: HashMap<String, Index>,
}

/// One page of a filtered walk.
#[derive(Debug, PartialEq)]
pub struct Page {
    pub keys: Vec<ConvKey>,
    /// Cursor for the next page (the last returned `conv_active_time`).
    pub next: u64,
    pub finished: bool,
}

impl ConversationList {
    /// Adds a listed conversation to every index it belongs in.
    pub fn insert(&mut self, c: &Conversation) {
        let t = c.active_time();
        for index in self.indexes_of(c) {
            let previous = index.insert(t, c.key.clone());
            debug_assert!(previous.is_none(), "order keys are unique");
        }
    }

    /// Removes a listed conversation (as it was when inserted) from its indexes.
    pub fn remove(&mut self, c: &Conversation) {
        let t = c.active_time();
        for index in self.indexes_of(c) {
            index.remove(&t);
        }
        for g in &c.groups {
            if self.by_group.get(g).is_some_and(BTreeMap::is_empty) {
                self.by_group.remove(g);
            }
        }
    }

    fn indexes_of(&mut self, c: &Conversation) -> Vec<&mut Index> {
        let ConversationList { all, c2c, group, marked, by_group } = self;
        let mut out = vec![all];
        out.push(match c.key.conv_type {
            ConvType::C2C => c2c,
            ConvType::Group => group,
        });
        if c.marks != 0 {
            out.push(marked);
        }
        // Groups are distinct, so these borrows are disjoint; collect them through the map.
        let wanted: Vec<&String> = c.groups.iter().collect();
        for g in &wanted {
            by_group.entry((*g).clone()).or_default();
        }
        out.extend(by_group.iter_mut().filter(|(name, _)| c.groups.contains(*name)).map(|(_, index)| index));
        out
    }

    pub fn len(&self) -> usize {
        self.all.len()
    }

    pub fn is_empty(&self) -> bool {
        self.all.is_empty()
    }

    /// Listed conversations in display order (largest key first).
    pub fn iter(&self) -> impl Iterator<Item = &ConvKey> + '_ {
        self.all.values().rev()
    }

    /// The smallest index that holds every conversation `filter` can match.
    fn candidates(&self, filter: &Filter) -> Option<&Index> {
        if let Some(g) = filter.group.as_deref().filter(|g| !g.is_empty()) {
            return self.by_group.get(g);
        }
        if filter.mark.is_some_and(|m| m != 0) {
            return Some(&self.marked);
        }
        Some(match filter.conv_type {
            Some(ConvType::C2C) => &self.c2c,
            Some(ConvType::Group) => &self.group,
            None => &self.all,
        })
    }

    /// Up to `count` conversations passing `filter` that come after `cursor` (0 = the top).
    pub fn page<'a>(
        &self,
        filter: &Filter,
        cursor: u64,
        count: usize,
        lookup: impl Fn(&ConvKey) -> &'a Conversation,
    ) -> Page {
        let mut page = Page { keys: Vec::new(), next: cursor, finished: true };
        let Some(index) = self.candidates(filter) else {
            return page;
        };
        let range = if cursor == 0 { index.range(..) } else { index.range(..cursor) };
        for (t, key) in range.rev() {
            if !filter.matches(lookup(key)) {
                continue;
            }
            if page.keys.len() == count {
                page.finished = false;
                break;
            }
            page.keys.push(key.clone());
            page.next = *t;
        }
        page
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conv(id: &str, t: u64, marks: u64, groups: &[&str]) -> Conversation {
        Conversation {
            order_key: t,
            marks,
            groups: groups.iter().map(|g| g.to_string()).collect(),
            ..Conversation::new(ConvKey::c2c(id))
        }
    }

    #[test]
    fn pages_walk_the_right_index_in_order() {
        let convs = [conv("a", 5, 0, &[]), conv("b", 9, 1, &["work"]), conv("c", 7, 0, &["work"])];
        let mut list = ConversationList::default();
        convs.iter().for_each(|c| list.insert(c));
        let lookup = |k: &ConvKey| convs.iter().find(|c| &c.key == k).unwrap();
        let ids = |p: &Page| p.keys.iter().map(|k| k.id.clone()).collect::<Vec<_>>();

        let all = list.page(&Filter::default(), 0, 2, lookup);
        assert_eq!((ids(&all), all.next, all.finished), (vec!["b".to_string(), "c".into()], 7, false));
        let rest = list.page(&Filter::default(), all.next, 2, lookup);
        assert_eq!((ids(&rest), rest.finished), (vec!["a".to_string()], true));

        let work = Filter { group: Some("work".into()), ..Filter::default() };
        assert_eq!(ids(&list.page(&work, 0, 10, lookup)), ["b", "c"]);
        let ungrouped = Filter { group: Some(String::new()), ..Filter::default() };
        assert_eq!(ids(&list.page(&ungrouped, 0, 10, lookup)), ["a"]);
        let starred = Filter { mark: Some(1), ..Filter::default() };
        assert_eq!(ids(&list.page(&starred, 0, 10, lookup)), ["b"]);
        let unmarked = Filter { mark: Some(0), ..Filter::default() };
        assert_eq!(ids(&list.page(&unmarked, 0, 10, lookup)), ["c", "a"]);

        list.remove(&convs[1]);
        assert_eq!(ids(&list.page(&work, 0, 10, lookup)), ["c"]);
        assert_eq!(list.len(), 2);
    }
}
