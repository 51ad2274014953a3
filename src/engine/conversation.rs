//! One conversation's state.

use super::ids::{ConvKey, ConvType};
use super::message::{Draft, Message};

/// Bit 62 of `conv_active_time` marks a pinned conversation, so it sorts above all others.
pub const PINNED_BIT: u64 = 1 << 62;

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
        }
    }

    /// The `conv_active_time` value: the order key, plus bit 62 when pinned.
    pub fn active_time(&self) -> u64 {
        if self.pinned {
            self.order_key | PINNED_BIT
        } else {
            self.order_key
        }
    }

    /// Whether the conversation appears in conversation lists.
    pub fn is_listed(&self) -> bool {
        self.order_key > 0
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
