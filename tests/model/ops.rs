//! The steps a test case is made of, and the strategies that generate them.
//!
//! Steps name conversations, names and messages by small indexes resolved when the step runs,
//! so a shrunk sequence (steps removed or simplified) stays meaningful.

use std::fmt;

use proptest::prelude::*;
use timconv::engine::ConvKey;

/// The user under test.
pub const ME: &str = "me";
/// C2C peers; conversation `C(i)` for i < 3 is with `PEERS[i]`.
pub const PEERS: [&str; 3] = ["ann", "bob", "cat"];
/// Groups; conversation `C(3 + i)` is `GROUPS[i]`.
pub const GROUPS: [&str; 3] = ["g1", "g2", "g3"];
/// Every conversation a case can touch.
pub const CONV_COUNT: u8 = 6;
/// Conversation group names: three valid, one empty (6017), one too long (51011).
pub const GROUP_NAMES: [&str; 5] = ["A", "B", "C", "", "a-name-that-is-longer-than-32-bytes"];

/// Message shapes that can be switched on or off (environment variables set to 1 or 0; see
/// `tests/model.rs`).
#[derive(Clone, Copy, Debug, Default)]
pub struct Shapes {
    /// Pushed messages with `message_excluded_from_last_message` (default on).
    pub excluded_from_last: bool,
    /// Pushed messages repeating a stored message ID (default on).
    pub duplicate_ids: bool,
}

impl Shapes {
    pub fn from_env() -> Shapes {
        let flag = |name: &str, default: bool| std::env::var(name).map_or(default, |v| v == "1");
        Shapes {
            excluded_from_last: flag("TIMCONV_MODEL_EXCLUDED_FROM_LAST", true),
            duplicate_ids: flag("TIMCONV_MODEL_DUPLICATE_IDS", true),
        }
    }
}

/// A conversation of the universe, by index.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct C(pub u8);

impl C {
    pub fn key(self) -> ConvKey {
        if self.0 < 3 {
            ConvKey::c2c(PEERS[self.0 as usize])
        } else {
            ConvKey::group(GROUPS[(self.0 - 3) as usize])
        }
    }

    pub fn is_c2c(self) -> bool {
        self.0 < 3
    }

    pub fn all() -> impl Iterator<Item = C> {
        (0..CONV_COUNT).map(C)
    }

    pub fn of(key: &ConvKey) -> C {
        C::all().find(|c| &c.key() == key).expect("a conversation of the universe")
    }
}

impl fmt::Debug for C {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.key())
    }
}

/// An entry of a `conversation_id_array`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Conv(C),
    /// Not a prefixed conversation ID (6017 for this entry).
    Malformed,
}

/// A conversation-group name, by index into `GROUP_NAMES`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Name(pub u8);

impl Name {
    pub fn as_str(self) -> &'static str {
        GROUP_NAMES[self.0 as usize]
    }
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

/// A stored message of a conversation, by index into its history (oldest first, modulo its
/// length); `Unknown` is an ID that was never stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    Nth(u8),
    Unknown,
}

/// Who sent a pushed message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sender {
    /// The C2C peer, or in a group the peer with this index.
    Peer(u8),
    /// The user (sent from another device).
    Me,
}

/// `message_group_at_user_array` of a pushed group message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    None,
    Me,
    All,
    /// The old spelling of the at-all marker.
    AllOld,
    Both,
    /// Someone else.
    Other,
}

/// One pushed message.
#[derive(Clone, Debug)]
pub struct Push {
    pub conv: C,
    pub from: Sender,
    pub at: At,
    pub excluded_from_unread: bool,
    pub online: bool,
    /// Seconds the server time lies in the past (0 = now).
    pub late: u8,
    pub excluded_from_last: bool,
    /// Repeat the ID of this stored message.
    pub duplicate_of: Option<Pick>,
}

/// `clean_timestamp` of a clean-unread: 0, or an offset from now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stamp {
    All,
    Rel(i8),
}

/// `clean_sequence` of a clean-unread: 0, or a sequence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sequence {
    All,
    Upto(u8),
}

/// What a clean-unread names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    One(C),
    AllC2C,
    AllGroups,
    All,
}

#[derive(Clone, Debug)]
pub enum Op {
    Receive(Vec<Push>),
    Send(C),
    /// `TIMMsgImportMsgList` of one message; `own` = without a sender (the user's).
    Import {
        conv: C,
        own: bool,
    },
    Create(C),
    SetDraft(C),
    CancelDraft(C),
    Pin(C, bool),
    Mark {
        targets: Vec<Target>,
        bits: u64,
        enable: bool,
    },
    CustomData {
        targets: Vec<Target>,
        data: u8,
    },
    CreateGroup(Name, Vec<Target>),
    AddToGroup(Name, Vec<Target>),
    RemoveFromGroup(Name, Vec<Target>),
    DeleteGroup(Name),
    RenameGroup(Name, Name),
    /// `TIMConvDelete`.
    Delete(C),
    /// `TIMConvDeleteConversationList`.
    DeleteList {
        targets: Vec<Target>,
        clear: bool,
    },
    /// `TIMConvCleanConversationUnreadMessageCount`.
    Clean {
        scope: Scope,
        stamp: Stamp,
        seq: Sequence,
    },
    /// `TIMMsgReportReaded` for one conversation, up to a message or (None) everything.
    ReportRead(C, Option<Pick>),
    /// `TIMMsgMarkAllMessageAsRead`.
    MarkAllRead,
    /// `TIMMsgSetC2CReceiveMessageOpt` / `TIMMsgSetGroupReceiveMessageOpt`.
    RecvOpt(C, u32),
    /// `TIMExtUpdateUserProfiles` (nickname) / `TIMExtUpdateGroupInfos` (group name).
    Name(C, u8),
    /// `TIMExtUpdateGroupInfos` with the AVChatRoom group type (only as a case's first step:
    /// a group's type does not change).
    AvChatRoom(C),
    /// `TIMMsgRevoke`.
    Revoke(C, Pick),
    /// A revoke pushed by the server.
    RevokeByOther(C, Pick),
    /// `TIMMsgListDelete`.
    DeleteMessages(C, Vec<Pick>),
    /// `TIMMsgClearHistoryMessage`.
    ClearHistory(C),
    /// Time passes (seconds).
    Advance(u16),
    /// The worker commits what it has applied.
    Flush,
    /// Logout and login: the engine is rebuilt from the store.
    Reload,
}

/// One step: an operation, and the page size used to walk the filtered lists afterwards.
#[derive(Clone, Debug)]
pub struct Step {
    pub op: Op,
    pub page: usize,
}

fn conv() -> impl Strategy<Value = C> {
    (0..CONV_COUNT).prop_map(C)
}

fn target() -> impl Strategy<Value = Target> {
    prop_oneof![12 => conv().prop_map(Target::Conv), 1 => Just(Target::Malformed)]
}

fn targets() -> impl Strategy<Value = Vec<Target>> {
    prop_oneof![1 => Just(Vec::new()), 12 => prop::collection::vec(target(), 1..4)]
}

fn name() -> impl Strategy<Value = Name> {
    prop_oneof![8 => Just(Name(0)), 3 => Just(Name(1)), 2 => Just(Name(2)), 1 => (3u8..5).prop_map(Name)]
}

fn pick() -> impl Strategy<Value = Pick> {
    prop_oneof![8 => any::<u8>().prop_map(Pick::Nth), 1 => Just(Pick::Unknown)]
}

/// Mark bits: the four built-in ones and app-defined bits 32..64, sometimes combined.
fn mark_bits() -> impl Strategy<Value = u64> {
    let bit = prop::sample::select(vec![1u64, 2, 4, 8, 1 << 32, 1 << 45, 1 << 63]);
    prop_oneof![4 => bit.clone(), 1 => (bit.clone(), bit).prop_map(|(a, b)| a | b)]
}

fn push(shapes: Shapes) -> impl Strategy<Value = Push> {
    let at = prop_oneof![
        6 => Just(At::None),
        2 => Just(At::Me),
        1 => Just(At::All),
        1 => Just(At::AllOld),
        1 => Just(At::Both),
        1 => Just(At::Other),
    ];
    let from = prop_oneof![6 => (0u8..3).prop_map(Sender::Peer), 1 => Just(Sender::Me)];
    let late = prop_oneof![6 => Just(0u8), 1 => 1u8..4];
    let flag = |on: bool, weight: u32| {
        if on {
            prop::bool::weighted(f64::from(weight) / 100.0).boxed()
        } else {
            Just(false).boxed()
        }
    };
    let dup = if shapes.duplicate_ids {
        prop_oneof![9 => Just(None), 1 => pick().prop_map(Some)].boxed()
    } else {
        Just(None).boxed()
    };
    (
        conv(),
        from,
        at,
        prop::bool::weighted(0.1),
        prop::bool::weighted(0.05),
        late,
        flag(shapes.excluded_from_last, 10),
        dup,
    )
        .prop_map(
            move |(conv, from, at, excluded_from_unread, online, late, excluded_from_last, duplicate_of)| {
                Push {
                    conv,
                    from,
                    at: if conv.is_c2c() { At::None } else { at },
                    excluded_from_unread,
                    online,
                    late,
                    excluded_from_last,
                    duplicate_of,
                }
            },
        )
}

fn op(shapes: Shapes) -> impl Strategy<Value = Op> {
    let stamp = prop_oneof![2 => Just(Stamp::All), 3 => any::<i8>().prop_map(|d| Stamp::Rel(d % 5))];
    let seq = prop_oneof![2 => Just(Sequence::All), 3 => (0u8..12).prop_map(Sequence::Upto)];
    let scope = prop_oneof![
        6 => conv().prop_map(Scope::One),
        1 => Just(Scope::AllC2C),
        1 => Just(Scope::AllGroups),
        1 => Just(Scope::All),
    ];
    let recv_opt = prop_oneof![3 => Just(0u32), 4 => 1u32..5];
    let advance = prop_oneof![5 => 0u16..3, 2 => 100u16..200];
    prop_oneof![
        30 => prop::collection::vec(push(shapes), 1..4).prop_map(Op::Receive),
        6 => conv().prop_map(Op::Send),
        2 => (conv(), any::<bool>()).prop_map(|(conv, own)| Op::Import { conv, own }),
        2 => conv().prop_map(Op::Create),
        4 => conv().prop_map(Op::SetDraft),
        3 => conv().prop_map(Op::CancelDraft),
        5 => (conv(), any::<bool>()).prop_map(|(c, p)| Op::Pin(c, p)),
        4 => (targets(), mark_bits(), any::<bool>())
            .prop_map(|(targets, bits, enable)| Op::Mark { targets, bits, enable }),
        2 => (targets(), 0u8..3).prop_map(|(targets, data)| Op::CustomData { targets, data }),
        8 => (name(), targets()).prop_map(|(n, t)| Op::CreateGroup(n, t)),
        5 => (name(), targets()).prop_map(|(n, t)| Op::AddToGroup(n, t)),
        4 => (name(), targets()).prop_map(|(n, t)| Op::RemoveFromGroup(n, t)),
        2 => name().prop_map(Op::DeleteGroup),
        2 => (name(), name()).prop_map(|(a, b)| Op::RenameGroup(a, b)),
        1 => conv().prop_map(Op::Delete),
        3 => (targets(), any::<bool>()).prop_map(|(targets, clear)| Op::DeleteList { targets, clear }),
        6 => (scope, stamp, seq).prop_map(|(scope, stamp, seq)| Op::Clean { scope, stamp, seq }),
        2 => (conv(), prop::option::weighted(0.7, pick())).prop_map(|(c, p)| Op::ReportRead(c, p)),
        1 => Just(Op::MarkAllRead),
        4 => (conv(), recv_opt).prop_map(|(c, o)| Op::RecvOpt(c, o)),
        2 => (conv(), 0u8..3).prop_map(|(c, n)| Op::Name(c, n)),
        4 => (conv(), pick()).prop_map(|(c, p)| Op::Revoke(c, p)),
        1 => (conv(), pick()).prop_map(|(c, p)| Op::RevokeByOther(c, p)),
        4 => (conv(), prop::collection::vec(pick(), 1..4)).prop_map(|(c, p)| Op::DeleteMessages(c, p)),
        1 => conv().prop_map(Op::ClearHistory),
        6 => advance.prop_map(Op::Advance),
        3 => Just(Op::Flush),
        2 => Just(Op::Reload),
    ]
}

/// A test case: a sequence of steps, in one case out of four starting with the last group
/// declared an AVChatRoom.
pub fn steps(shapes: Shapes, max_len: usize) -> impl Strategy<Value = Vec<Step>> {
    let steps =
        prop::collection::vec((op(shapes), 1usize..5).prop_map(|(op, page)| Step { op, page }), 1..max_len);
    (prop::bool::weighted(0.25), steps).prop_map(|(av, mut steps)| {
        if av {
            steps.insert(0, Step { op: Op::AvChatRoom(C(CONV_COUNT - 1)), page: 1 });
        }
        steps
    })
}
