//! The reference model: the state the documented rules (README, SDK reference) predict, kept in
//! plain vectors. It shares no code or data structure with the engine: unread counts and @
//! entries are derived from per-message read flags, the order from an activation counter.
//! What each request does to it is in `rules.rs`.

use std::collections::BTreeSet;

use super::ops::{C, CONV_COUNT};

/// SDK error codes the model predicts.
pub mod code {
    pub const INVALID_CONVERSATION: i32 = 6004;
    pub const INVALID_PARAMETERS: i32 = 6017;
    pub const REVOKE_TIME_LIMIT: i32 = 6223;
    pub const NOT_FOUND: i32 = 7011;
    pub const INVALID_OPERATION: i32 = 7014;
    pub const GROUP_NOT_EXIST: i32 = 51009;
    pub const GROUP_COUNT_LIMIT: i32 = 51010;
    pub const GROUP_NAME_TOO_LONG: i32 = 51011;
}

/// What a request answers, as far as the model predicts it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Ok,
    Code(i32),
    /// One code per entry of a `conversation_id_array`.
    Results(Vec<i32>),
}

/// Message status values.
pub const SENT: u32 = 2;
pub const IMPORTED: u32 = 5;
pub const REVOKED: u32 = 6;
/// Receive options that keep a conversation out of the totals.
pub const MUTED: [u32; 3] = [1, 2, 3];

#[derive(Clone, Debug)]
pub struct Msg {
    pub id: String,
    pub seq: u64,
    pub time: u64,
    pub sender: String,
    pub mine: bool,
    /// Counted as unread when it arrived.
    pub counted: bool,
    /// Read: on arrival, or by a later read report.
    pub read: bool,
    pub status: u32,
    /// `TIMGroupAtType` of an @ of the user recorded on arrival.
    pub at: Option<u32>,
    pub excluded_from_last: bool,
}

/// When a conversation was last activated: an ever-growing ordinal, and the time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Activation {
    pub ordinal: u64,
    pub time: u64,
}

#[derive(Clone, Debug, Default)]
pub struct Conv {
    /// False: deleted with its messages kept.
    pub visible: bool,
    /// Stored messages, in arrival order (kept while hidden).
    pub msgs: Vec<Msg>,
    /// Highest seq handed out.
    pub max_seq: u64,
    /// Group messages arriving at or below this seq are read.
    pub read_upto: u64,
    pub c2c_read_ts: u64,
    pub group_read_seq: u64,
    pub activation: Option<Activation>,
    pub pinned: bool,
    pub draft: Option<u64>,
    pub marks: u64,
    pub custom: String,
    pub groups: BTreeSet<String>,
    pub last: Option<String>,
    /// An AVChatRoom keeps no history: its last message is only here.
    pub unkept_last: Option<Msg>,
    /// It has held a message since it was created or brought back, and some remain.
    pub holds: bool,
}

impl Conv {
    pub fn unread(&self) -> u64 {
        self.msgs.iter().filter(|m| m.counted && !m.read).count() as u64
    }

    /// Unread @ entries `(seq, type)` in arrival order.
    pub fn ats(&self) -> Vec<(u64, u32)> {
        self.msgs.iter().filter(|m| !m.read).filter_map(|m| m.at.map(|a| (m.seq, a))).collect()
    }

    pub fn last_msg(&self) -> Option<&Msg> {
        let id = self.last.as_ref()?;
        self.msgs.iter().chain(&self.unkept_last).find(|m| &m.id == id)
    }

    pub fn listed(&self) -> bool {
        self.visible
            && self.activation.is_some()
            && (self.last.is_some() || self.holds || self.draft.is_some() || self.pinned)
    }

    /// The newest stored message that can be the last message.
    pub fn newest(&self) -> Option<&Msg> {
        self.msgs.iter().filter(|m| !m.excluded_from_last).max_by_key(|m| (m.time, m.seq))
    }
}

/// A list filter, as the model reads `TIMConversationListFilter`.
#[derive(Clone, Debug, Default)]
pub struct ModelFilter {
    pub c2c: Option<bool>,
    pub group: Option<&'static str>,
    pub mark: Option<u64>,
    pub has_unread: Option<bool>,
    pub has_at: Option<bool>,
}

#[derive(Debug)]
pub struct Model {
    pub now: u64,
    pub convs: Vec<Option<Conv>>,
    /// The user's receive option per conversation (kept whether or not it exists).
    pub opts: Vec<u32>,
    /// Nickname / group name per conversation ("" = none known).
    pub names: Vec<String>,
    /// Which groups are AVChatRooms.
    pub avchatroom: Vec<bool>,
    /// Conversation group names in creation order.
    pub groups: Vec<String>,
    activations: u64,
    messages: u64,
    drafts: u64,
}

impl Model {
    pub fn new(now: u64) -> Model {
        Model {
            now,
            convs: vec![None; CONV_COUNT as usize],
            opts: vec![0; CONV_COUNT as usize],
            names: vec![String::new(); CONV_COUNT as usize],
            avchatroom: vec![false; CONV_COUNT as usize],
            groups: Vec::new(),
            activations: 0,
            messages: 0,
            drafts: 0,
        }
    }

    pub fn new_message_id(&mut self) -> String {
        self.messages += 1;
        format!("m{}", self.messages)
    }

    pub fn new_draft_token(&mut self) -> u64 {
        self.drafts += 1;
        self.drafts
    }

    pub fn activations(&self) -> u64 {
        self.activations
    }

    /// A visible conversation.
    pub fn conv(&self, c: C) -> Option<&Conv> {
        self.convs[c.0 as usize].as_ref().filter(|c| c.visible)
    }

    /// Stored messages of a conversation, visible or not.
    pub fn history(&self, c: C) -> &[Msg] {
        self.convs[c.0 as usize].as_ref().map_or(&[], |c| &c.msgs)
    }

    pub fn conv_mut(&mut self, c: C) -> Option<&mut Conv> {
        self.convs[c.0 as usize].as_mut().filter(|c| c.visible)
    }

    /// Whether its unread count is part of the totals.
    pub fn counts(&self, c: C) -> bool {
        !MUTED.contains(&self.opts[c.0 as usize]) && !self.avchatroom[c.0 as usize]
    }

    /// `conv_show_name`: the nickname or group name, else the ID.
    pub fn show_name(&self, c: C) -> String {
        let name = &self.names[c.0 as usize];
        if name.is_empty() {
            c.key().id
        } else {
            name.clone()
        }
    }

    /// Listed conversations in display order: pinned first, then the latest activated.
    pub fn listed(&self) -> Vec<C> {
        let mut out: Vec<C> = C::all().filter(|c| self.conv(*c).is_some_and(Conv::listed)).collect();
        out.sort_by_key(|c| {
            let conv = self.conv(*c).expect("listed");
            std::cmp::Reverse((conv.pinned, conv.activation.expect("listed").ordinal))
        });
        out
    }

    pub fn matches(&self, c: C, f: &ModelFilter) -> bool {
        let conv = self.conv(c).expect("visible");
        let has_at = !conv.ats().is_empty();
        f.c2c.is_none_or(|x| x == c.is_c2c())
            && f.group
                .is_none_or(|g| if g.is_empty() { conv.groups.is_empty() } else { conv.groups.contains(g) })
            && f.mark.is_none_or(|m| if m == 0 { conv.marks == 0 } else { conv.marks & m == m })
            && f.has_unread.is_none_or(|u| u == (conv.unread() > 0))
            && f.has_at.is_none_or(|a| a == has_at)
    }

    /// Unread over visible conversations passing `f`, muted ones left out.
    pub fn unread_matching(&self, f: &ModelFilter) -> u64 {
        C::all()
            .filter(|c| self.conv(*c).is_some() && self.counts(*c) && self.matches(*c, f))
            .map(|c| self.conv(c).expect("visible").unread())
            .sum()
    }

    pub fn total_unread(&self) -> u64 {
        self.unread_matching(&ModelFilter::default())
    }

    pub fn activate(&mut self, c: C) {
        self.activations += 1;
        let a = Activation { ordinal: self.activations, time: self.now };
        self.convs[c.0 as usize].as_mut().expect("exists").activation = Some(a);
    }

    /// Makes the conversation exist and be visible.
    pub fn ensure(&mut self, c: C) {
        let slot = &mut self.convs[c.0 as usize];
        match slot {
            Some(conv) => conv.visible = true,
            None => *slot = Some(Conv { visible: true, ..Conv::default() }),
        }
    }
}
