//! Conversation list filters (`TIMConversationListFilter`).

use super::conversation::Conversation;
use super::ids::ConvType;

/// A filter; `None` fields do not filter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub conv_type: Option<ConvType>,
    /// Conversation group; `Some("")` = conversations in no group.
    pub group: Option<String>,
    /// Mark bits the conversation must all carry; `Some(0)` = conversations with no mark.
    pub mark: Option<u64>,
    pub has_unread: Option<bool>,
    pub has_at: Option<bool>,
}

impl Filter {
    /// Whether `c` passes the filter.
    pub fn matches(&self, c: &Conversation) -> bool {
        self.conv_type.is_none_or(|t| c.key.conv_type == t)
            && self.group.as_deref().is_none_or(|g| {
                if g.is_empty() {
                    c.groups.is_empty()
                } else {
                    c.groups.contains(g)
                }
            })
            && self.mark.is_none_or(|m| if m == 0 { c.marks == 0 } else { c.marks & m == m })
            && self.has_unread.is_none_or(|u| (c.unread > 0) == u)
            && self.has_at.is_none_or(|a| c.at_info.is_empty() != a)
    }

    /// Whether two subscriptions are the same: the SDK tells them apart by conversation type,
    /// mark and conversation group.
    pub fn same_subscription(&self, other: &Filter) -> bool {
        self.conv_type == other.conv_type && self.mark == other.mark && self.group == other.group
    }
}
