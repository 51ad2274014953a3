//! Steps made concrete: message IDs, times and picked messages resolved against the model, so
//! the model and the engine are given exactly the same thing.

use super::ops::{At, Name, Op, Pick, Scope, Sender, Sequence, Stamp, Target, C, GROUPS, ME, PEERS};
use super::reference::Model;

/// How far a clean-unread reads (as the SDK's arguments say it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    Everything,
    /// C2C: messages sent at or before this time.
    Time(u64),
    /// Groups: messages up to this sequence.
    Seq(u64),
    /// Up to this message (`TIMMsgReportReaded`).
    Message {
        seq: u64,
        time: u64,
    },
}

/// A pushed message, concrete.
#[derive(Clone, Debug)]
pub struct Incoming {
    pub conv: C,
    pub sender: String,
    pub id: String,
    pub at_users: Vec<String>,
    pub excluded_from_unread: bool,
    pub excluded_from_last: bool,
    pub online: bool,
    /// 0 = assigned on arrival (now).
    pub server_time: u64,
}

#[derive(Clone, Debug)]
pub enum Act {
    Receive(Vec<Incoming>),
    Send {
        conv: C,
        id: String,
    },
    Import {
        conv: C,
        id: String,
        sender: Option<String>,
    },
    Create(C),
    SetDraft(C, u64),
    CancelDraft(C),
    Pin(C, bool),
    Mark {
        targets: Vec<Target>,
        bits: u64,
        enable: bool,
    },
    CustomData {
        targets: Vec<Target>,
        data: String,
    },
    CreateGroup(String, Vec<Target>),
    AddToGroup(String, Vec<Target>),
    RemoveFromGroup(String, Vec<Target>),
    DeleteGroup(String),
    RenameGroup(String, String),
    Delete(C),
    DeleteList {
        targets: Vec<Target>,
        clear: bool,
    },
    Clean {
        scope: Scope,
        c2c: Limit,
        group: Limit,
    },
    RecvOpt(C, u32),
    /// Nickname (C2C) or group name from the server.
    Name(C, String),
    /// The server says the group is an AVChatRoom.
    AvChatRoom(C),
    Revoke(C, String),
    RevokeByOther(C, String),
    DeleteMessages(C, Vec<String>),
    ClearHistory(C),
    Advance(u64),
    Flush,
    Reload,
}

/// An ID no message ever has.
pub const UNKNOWN_ID: &str = "never-stored";

fn name(n: Name) -> String {
    n.as_str().to_owned()
}

/// Resolves `op` against the model's current state.
pub fn resolve(op: &Op, model: &mut Model) -> Act {
    let now = model.now;
    match op {
        Op::Receive(pushes) => Act::Receive(
            pushes
                .iter()
                .map(|p| {
                    let sender = match p.from {
                        Sender::Me => ME.to_owned(),
                        Sender::Peer(_) if p.conv.is_c2c() => PEERS[p.conv.0 as usize].to_owned(),
                        Sender::Peer(i) => PEERS[i as usize % PEERS.len()].to_owned(),
                    };
                    let id = match p.duplicate_of {
                        Some(pick) => model.pick(p.conv, pick),
                        None => model.new_message_id(),
                    };
                    let at_users = match p.at {
                        At::None => vec![],
                        At::Me => vec![ME.to_owned()],
                        At::All => vec!["__kImSDK_MessageAtALL__".to_owned()],
                        At::AllOld => vec!["__kImSDK_MesssageAtALL__".to_owned()],
                        At::Both => vec![ME.to_owned(), "__kImSDK_MessageAtALL__".to_owned()],
                        At::Other => vec![GROUPS[0].to_owned(), PEERS[1].to_owned()],
                    };
                    Incoming {
                        conv: p.conv,
                        sender,
                        id,
                        at_users,
                        excluded_from_unread: p.excluded_from_unread,
                        excluded_from_last: p.excluded_from_last,
                        online: p.online,
                        server_time: if p.late == 0 { 0 } else { now - u64::from(p.late) },
                    }
                })
                .collect(),
        ),
        Op::Send(c) => Act::Send { conv: *c, id: model.new_message_id() },
        Op::Import { conv, own } => Act::Import {
            conv: *conv,
            id: model.new_message_id(),
            sender: if *own {
                None
            } else if conv.is_c2c() {
                Some(PEERS[conv.0 as usize].to_owned())
            } else {
                Some(PEERS[2].to_owned())
            },
        },
        Op::Create(c) => Act::Create(*c),
        Op::SetDraft(c) => Act::SetDraft(*c, model.new_draft_token()),
        Op::CancelDraft(c) => Act::CancelDraft(*c),
        Op::Pin(c, p) => Act::Pin(*c, *p),
        Op::Mark { targets, bits, enable } => {
            Act::Mark { targets: targets.clone(), bits: *bits, enable: *enable }
        }
        Op::CustomData { targets, data } => {
            let data = ["", "x", "custom data"][*data as usize % 3].to_owned();
            Act::CustomData { targets: targets.clone(), data }
        }
        Op::CreateGroup(n, t) => Act::CreateGroup(name(*n), t.clone()),
        Op::AddToGroup(n, t) => Act::AddToGroup(name(*n), t.clone()),
        Op::RemoveFromGroup(n, t) => Act::RemoveFromGroup(name(*n), t.clone()),
        Op::DeleteGroup(n) => Act::DeleteGroup(name(*n)),
        Op::RenameGroup(a, b) => Act::RenameGroup(name(*a), name(*b)),
        Op::Delete(c) => Act::Delete(*c),
        Op::DeleteList { targets, clear } => Act::DeleteList { targets: targets.clone(), clear: *clear },
        Op::Clean { scope, stamp, seq } => Act::Clean {
            scope: *scope,
            c2c: match stamp {
                Stamp::All => Limit::Everything,
                Stamp::Rel(d) => Limit::Time(now.saturating_add_signed(i64::from(*d))),
            },
            group: match seq {
                Sequence::All | Sequence::Upto(0) => Limit::Everything,
                Sequence::Upto(s) => Limit::Seq(u64::from(*s)),
            },
        },
        Op::ReportRead(c, pick) => {
            let limit = match pick {
                None => Limit::Everything,
                Some(p) => {
                    let (seq, time) = model.position_of(*c, &model.pick(*c, *p));
                    Limit::Message { seq, time }
                }
            };
            Act::Clean { scope: Scope::One(*c), c2c: limit, group: limit }
        }
        Op::MarkAllRead => Act::Clean { scope: Scope::All, c2c: Limit::Everything, group: Limit::Everything },
        Op::RecvOpt(c, o) => Act::RecvOpt(*c, *o),
        Op::Name(c, n) => Act::Name(*c, ["", "Alice", "Bob"][*n as usize % 3].to_owned()),
        Op::AvChatRoom(c) => Act::AvChatRoom(*c),
        Op::Revoke(c, p) => Act::Revoke(*c, model.pick(*c, *p)),
        Op::RevokeByOther(c, p) => Act::RevokeByOther(*c, model.pick(*c, *p)),
        Op::DeleteMessages(c, picks) => {
            Act::DeleteMessages(*c, picks.iter().map(|p| model.pick(*c, *p)).collect())
        }
        Op::ClearHistory(c) => Act::ClearHistory(*c),
        Op::Advance(s) => Act::Advance(u64::from(*s)),
        Op::Flush => Act::Flush,
        Op::Reload => Act::Reload,
    }
}

impl Model {
    /// The ID of the picked stored message (or one never stored).
    pub fn pick(&self, c: C, pick: Pick) -> String {
        let msgs = self.history(c);
        match pick {
            Pick::Nth(i) if !msgs.is_empty() => msgs[i as usize % msgs.len()].id.clone(),
            _ => UNKNOWN_ID.to_owned(),
        }
    }

    /// `(seq, server time)` of a stored message, `(0, 0)` if it is not stored.
    pub fn position_of(&self, c: C, id: &str) -> (u64, u64) {
        self.history(c).iter().find(|m| m.id == id).map_or((0, 0), |m| (m.seq, m.time))
    }
}
