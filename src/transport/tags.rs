//! Pins, marks and conversation groups as room tags, so every device of the user sees them:
//! a pinned conversation has `m.favourite`; mark bit n is `u.timconv.mark.<n>`; membership of
//! conversation group G is `u.timconv.group.<G>`. Other tags are left alone.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The tag of a pinned conversation.
pub const FAVOURITE: &str = "m.favourite";
const MARK_PREFIX: &str = "u.timconv.mark.";
const GROUP_PREFIX: &str = "u.timconv.group.";

/// What a room's tags say about its conversation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagState {
    pub pinned: bool,
    pub marks: u64,
    /// Conversation groups, sorted.
    pub groups: Vec<String>,
}

impl TagState {
    /// A state with `groups` sorted, as states are compared.
    pub fn new(pinned: bool, marks: u64, mut groups: Vec<String>) -> TagState {
        groups.sort();
        groups.dedup();
        TagState { pinned, marks, groups }
    }

    /// Reads `m.tag` content (`{"tags": {name: {...}}}`) or a tags answer's map.
    pub fn from_tags(tags: &Map<String, Value>) -> TagState {
        let mut marks = 0u64;
        let mut groups = Vec::new();
        for name in tags.keys() {
            if let Some(bit) = name.strip_prefix(MARK_PREFIX).and_then(|n| n.parse::<u32>().ok()) {
                if bit < 64 {
                    marks |= 1 << bit;
                }
            } else if let Some(group) = name.strip_prefix(GROUP_PREFIX).filter(|g| !g.is_empty()) {
                groups.push(group.to_owned());
            }
        }
        TagState::new(tags.contains_key(FAVOURITE), marks, groups)
    }

    /// The tags this state needs.
    pub fn tag_names(&self) -> BTreeSet<String> {
        let mut names = BTreeSet::new();
        if self.pinned {
            names.insert(FAVOURITE.to_owned());
        }
        for bit in 0..64 {
            if self.marks & (1 << bit) != 0 {
                names.insert(format!("{MARK_PREFIX}{bit}"));
            }
        }
        names.extend(self.groups.iter().map(|g| format!("{GROUP_PREFIX}{g}")));
        names
    }
}

/// Whether timconv manages a tag of this name (others belong to other clients).
pub fn is_managed(tag: &str) -> bool {
    tag == FAVOURITE || tag.starts_with(MARK_PREFIX) || tag.starts_with(GROUP_PREFIX)
}

/// The tags to add and to remove to go from the room's `current` tags to `wanted`.
pub fn changes(current: &Map<String, Value>, wanted: &TagState) -> (Vec<String>, Vec<String>) {
    let want = wanted.tag_names();
    let add = want.iter().filter(|t| !current.contains_key(*t)).cloned().collect();
    let remove = current.keys().filter(|t| is_managed(t) && !want.contains(*t)).cloned().collect();
    (add, remove)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn tags_round_trip() {
        let state = TagState::new(true, 1 | 4 | 1 << 40, vec!["work".into(), "家".into()]);
        let tags: Map<String, Value> = state.tag_names().into_iter().map(|t| (t, json!({}))).collect();
        assert_eq!(TagState::from_tags(&tags), state);
        assert!(tags.contains_key("m.favourite") && tags.contains_key("u.timconv.mark.40"));
    }

    #[test]
    fn only_managed_tags_change() {
        let current =
            json!({"m.lowpriority": {}, "u.other": {}, "m.favourite": {}, "u.timconv.group.old": {}});
        let wanted = TagState::new(false, 2, vec!["new".into()]);
        let (add, remove) = changes(current.as_object().unwrap(), &wanted);
        assert_eq!(add, ["u.timconv.group.new", "u.timconv.mark.1"]);
        assert_eq!(remove, ["m.favourite", "u.timconv.group.old"]);
        let junk = json!({"u.timconv.mark.x": {}, "u.timconv.mark.99": {}, "u.timconv.group.": {}});
        assert_eq!(TagState::from_tags(junk.as_object().unwrap()), TagState::default());
    }
}
