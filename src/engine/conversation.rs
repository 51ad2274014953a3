//! One conversation's state.

use std::collections::BTreeSet;

use super::ids::{ConvKey, ConvType};
use super::message::{Draft, Message};

/// Bit 52 of `conv_active_time` marks a pinned conversation, so it sorts above all others.
/// Order keys stay below it, so every `conv_active_time` (and paging cursor) is at most
/// 2^53 − 1: a JavaScript number holds it exactly.
pub const PINNED_BIT: u64 = 1 << 52;

/// The largest order key (activation time) a conversation can hold.
pub const MAX_ORDER_KEY: u64 = PINNED_BIT - 1;

/// The `conv_active_time` (and list position) of a conversation with this order key: the
/// key, plus [`PINNED_BIT`] when pinned.
pub const fn active_time(order_key: u64, pinned: bool) -> u64 {
    if pinned {
        order_key | PINNED_BIT
    } else {
        order_key
    }
}

/// `TIMReceiveMessageOpt` values.
pub mod recv_opt {
    pub const RECEIVE: u32 = 0;
    pub const NOT_RECEIVE: u32 = 1;
    pub const NOT_NOTIFY: u32 = 2;
    pub const NOT_NOTIFY_EXCEPT_AT: u32 = 3;
    pub const NOT_RECEIVE_EXCEPT_AT: u32 = 4;
}

/// `TIMGroupType` value of AVChatRoom groups, which never count unread.
pub const GROUP_TYPE_AVCHATROOM: u32 = 4;

/// An @ of the user in a group conversation (`conv_group_at_info_array` entry).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupAt {
    pub seq: u64,
    /// `TIMGroupAtType`: 1 = @me, 2 = @all, 3 = @all and @me.
    pub at_type: u32,
}

/// A conversation as the engine keeps it.
#[derive(Clone, Debug, PartialEq)]
pub struct Conversation {
    pub key: ConvKey,
    /// Order key without the pinned bit; 0 = never activated (not listed).
    pub order_key: u64,
    pub pinned: bool,
    pub unread: u64,
    pub max_seq: u64,
    pub last_msg: Option<Message>,
    pub draft: Option<Draft>,
    pub recv_opt: u32,
    pub group_type: u32,
    pub show_name: String,
    pub face_url: String,
    pub c2c_read_timestamp: u64,
    pub group_read_sequence: u64,
    /// Messages with a seq up to this one are read (for C2C too: timestamps are too coarse).
    pub read_seq: u64,
    /// Mark bits (`TIMConversationMarkType` and app-defined `1 << 32..64`).
    pub marks: u64,
    pub custom_data: String,
    /// Conversation groups it belongs to.
    pub groups: BTreeSet<String>,
    /// Unread @s of the user.
    pub at_info: Vec<GroupAt>,
    /// C2C: the peer has read the user's messages up to this time.
    pub peer_read_time: u64,
    /// Deleted with its messages kept: invisible until a new message brings it back.
    pub hidden: bool,
    /// It holds stored messages (some may be excluded from the last message, so this is not
    /// the same as having a last message).
    pub holds_messages: bool,
}

impl Conversation {
    /// A fresh, not yet activated conversation.
    pub fn new(key: ConvKey) -> Conversation {
        Conversation {
            key,
            order_key: 0,
            pinned: false,
            unread: 0,
            max_seq: 0,
            last_msg: None,
            draft: None,
            recv_opt: recv_opt::RECEIVE,
            group_type: 0,
            show_name: String::new(),
            face_url: String::new(),
            c2c_read_timestamp: 0,
            group_read_sequence: 0,
            read_seq: 0,
            marks: 0,
            custom_data: String::new(),
            groups: BTreeSet::new(),
            at_info: Vec::new(),
            peer_read_time: 0,
            hidden: false,
            holds_messages: false,
        }
    }

    /// Brings the last message's read flags up to the conversation's read state (a copy read
    /// back from the store carries the flags it was stored with).
    pub fn refresh_read_state_of_last(&mut self) {
        let (read_seq, peer_read_time, c2c) =
            (self.read_seq, self.peer_read_time, self.key.conv_type == ConvType::C2C);
        if let Some(m) = self.last_msg.as_mut() {
            m.is_read |= m.seq <= read_seq;
            m.is_peer_read |= c2c && m.is_from_self && m.server_time <= peer_read_time;
        }
    }

    /// Mark bits as `conv_mark_array` lists them: one value per bit, lowest first.
    pub fn mark_list(&self) -> Vec<u64> {
        (0..64).map(|bit| 1u64 << bit).filter(|b| self.marks & b != 0).collect()
    }

    /// The `conv_active_time` value (see [`active_time`]).
    pub fn active_time(&self) -> u64 {
        active_time(self.order_key, self.pinned)
    }

    /// Whether the conversation appears in conversation lists: it holds messages (a last
    /// message, or only ones excluded from being the last message), a draft or a pin. A
    /// conversation with none of them is not listed, as in the SDK.
    pub fn is_listed(&self) -> bool {
        self.order_key > 0
            && !self.hidden
            && (self.last_msg.is_some() || self.holds_messages || self.draft.is_some() || self.pinned)
    }

    /// Whether its unread count is part of the totals (muted and AVChatRoom ones are not).
    pub fn counts_in_total(&self) -> bool {
        let muted = matches!(
            self.recv_opt,
            recv_opt::NOT_RECEIVE | recv_opt::NOT_NOTIFY | recv_opt::NOT_NOTIFY_EXCEPT_AT
        );
        !muted && !self.is_avchatroom()
    }

    /// Its unread count's contribution to the totals.
    pub fn counted_unread(&self) -> u64 {
        if self.counts_in_total() {
            self.unread
        } else {
            0
        }
    }

    pub fn is_avchatroom(&self) -> bool {
        self.key.conv_type == ConvType::Group && self.group_type == GROUP_TYPE_AVCHATROOM
    }

    /// The name to show: the explicit one if known, else the ID.
    pub fn display_name(&self) -> &str {
        if self.show_name.is_empty() {
            &self.key.id
        } else {
            &self.show_name
        }
    }
}
