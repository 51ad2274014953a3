//! The rules the model applies: what each request does to the state, written from the
//! README and the SDK reference (not from the engine's code).

use super::act::{Act, Incoming, Limit};
use super::ops::{Scope, Target, C, ME};
use super::reference::{code, Conv, Model, Msg, Outcome, IMPORTED, REVOKED, SENT};

const NOT_RECEIVE: u32 = 1;
const NOT_RECEIVE_EXCEPT_AT: u32 = 4;
/// How long the user may revoke their own message.
const REVOKE_WINDOW: u64 = 120;
const MAX_GROUPS: usize = 20;

impl Model {
    /// Applies one concrete step; returns what the request answers.
    pub fn apply(&mut self, act: &Act) -> Outcome {
        match act {
            Act::Receive(msgs) => {
                for m in msgs {
                    self.receive(m);
                }
                Outcome::Ok
            }
            Act::Send { conv, id } => {
                self.store(*conv, id, ME, 0, SENT, None, false, false);
                Outcome::Ok
            }
            Act::Import { conv, id, sender } => {
                self.store(*conv, id, sender.as_deref().unwrap_or(ME), 0, IMPORTED, None, false, false);
                Outcome::Ok
            }
            Act::Create(c) => {
                self.ensure(*c);
                Outcome::Ok
            }
            Act::SetDraft(c, token) => {
                self.ensure(*c);
                self.conv_mut(*c).expect("ensured").draft = Some(*token);
                self.activate(*c);
                Outcome::Ok
            }
            Act::CancelDraft(c) => {
                if let Some(conv) = self.conv_mut(*c) {
                    conv.draft = None;
                }
                Outcome::Ok
            }
            Act::Pin(c, pinned) => {
                let Some(conv) = self.conv_mut(*c) else { return Outcome::Code(code::INVALID_CONVERSATION) };
                if conv.pinned != *pinned {
                    conv.pinned = *pinned;
                    if *pinned {
                        self.activate(*c);
                    }
                }
                Outcome::Ok
            }
            Act::Mark { targets, bits, enable } => self.each(targets, |conv| {
                if *enable {
                    conv.marks |= bits;
                } else {
                    conv.marks &= !bits;
                }
            }),
            Act::CustomData { targets, data } => self.each(targets, |conv| conv.custom.clone_from(data)),
            Act::CreateGroup(name, targets) => {
                if let Err(code) = check_name(name) {
                    return Outcome::Code(code);
                }
                if self.groups.contains(name) {
                    return Outcome::Code(code::INVALID_PARAMETERS);
                }
                if self.groups.len() >= MAX_GROUPS {
                    return Outcome::Code(code::GROUP_COUNT_LIMIT);
                }
                if targets.is_empty() {
                    return Outcome::Code(code::INVALID_PARAMETERS);
                }
                self.groups.push(name.clone());
                self.each(targets, |conv| {
                    conv.groups.insert(name.clone());
                })
            }
            Act::AddToGroup(name, targets) | Act::RemoveFromGroup(name, targets) => {
                if let Err(code) = self.existing_group(name) {
                    return Outcome::Code(code);
                }
                if targets.is_empty() {
                    return Outcome::Code(code::INVALID_PARAMETERS);
                }
                let add = matches!(act, Act::AddToGroup(..));
                self.each(targets, |conv| {
                    if add {
                        conv.groups.insert(name.clone());
                    } else {
                        conv.groups.remove(name);
                    }
                })
            }
            Act::DeleteGroup(name) => {
                if let Err(code) = self.existing_group(name) {
                    return Outcome::Code(code);
                }
                self.groups.retain(|g| g != name);
                for conv in self.convs.iter_mut().flatten() {
                    conv.groups.remove(name);
                }
                Outcome::Ok
            }
            Act::RenameGroup(old, new) => {
                if let Err(code) = self.existing_group(old).and_then(|_| check_name(new)) {
                    return Outcome::Code(code);
                }
                if old == new {
                    return Outcome::Ok;
                }
                if self.groups.contains(new) {
                    return Outcome::Code(code::INVALID_PARAMETERS);
                }
                for g in self.groups.iter_mut().filter(|g| *g == old) {
                    g.clone_from(new);
                }
                for conv in self.convs.iter_mut().flatten() {
                    if conv.groups.remove(old) {
                        conv.groups.insert(new.clone());
                    }
                }
                Outcome::Ok
            }
            Act::Delete(c) => {
                if self.conv(*c).is_none() {
                    return Outcome::Code(code::INVALID_CONVERSATION);
                }
                self.convs[c.0 as usize] = None;
                Outcome::Ok
            }
            Act::DeleteList { targets, clear } => {
                if targets.is_empty() {
                    return Outcome::Code(code::INVALID_PARAMETERS);
                }
                let results = targets
                    .iter()
                    .map(|t| match t {
                        Target::Malformed => code::INVALID_PARAMETERS,
                        Target::Conv(c) if self.conv(*c).is_none() => code::INVALID_CONVERSATION,
                        Target::Conv(c) if *clear => {
                            self.convs[c.0 as usize] = None;
                            0
                        }
                        Target::Conv(c) => {
                            self.hide(*c);
                            0
                        }
                    })
                    .collect();
                Outcome::Results(results)
            }
            Act::Clean { scope, c2c, group } => self.clean(*scope, *c2c, *group),
            Act::RecvOpt(c, opt) => {
                self.opts[c.0 as usize] = *opt;
                Outcome::Ok
            }
            Act::Name(c, name) => {
                self.names[c.0 as usize].clone_from(name);
                Outcome::Ok
            }
            Act::AvChatRoom(c) => {
                self.avchatroom[c.0 as usize] = true;
                Outcome::Ok
            }
            Act::Revoke(c, id) => self.revoke(*c, id, false),
            Act::RevokeByOther(c, id) => self.revoke(*c, id, true),
            Act::DeleteMessages(c, ids) => self.delete_messages(*c, ids),
            Act::ClearHistory(c) => {
                let Some(conv) = self.conv_mut(*c) else { return Outcome::Code(code::INVALID_CONVERSATION) };
                conv.msgs.clear();
                conv.last = None;
                conv.unkept_last = None;
                conv.holds = false;
                conv.read_upto = conv.max_seq;
                Outcome::Ok
            }
            Act::Advance(s) => {
                self.now += s;
                Outcome::Ok
            }
            Act::Flush | Act::Reload => Outcome::Ok,
        }
    }

    /// Deleted without clearing: messages kept and read, everything else fresh.
    fn hide(&mut self, c: C) {
        let conv = self.convs[c.0 as usize].as_mut().expect("visible");
        let mut msgs = std::mem::take(&mut conv.msgs);
        for m in &mut msgs {
            m.read = true;
        }
        let max_seq = conv.max_seq;
        *conv = Conv { visible: false, msgs, max_seq, read_upto: max_seq, ..Conv::default() };
    }

    /// Applies `f` to each named visible conversation; one result code per entry.
    fn each(&mut self, targets: &[Target], mut f: impl FnMut(&mut Conv)) -> Outcome {
        if targets.is_empty() {
            return Outcome::Code(code::INVALID_PARAMETERS);
        }
        Outcome::Results(
            targets
                .iter()
                .map(|t| match t {
                    Target::Malformed => code::INVALID_PARAMETERS,
                    Target::Conv(c) => match self.conv_mut(*c) {
                        None => code::INVALID_CONVERSATION,
                        Some(conv) => {
                            f(conv);
                            0
                        }
                    },
                })
                .collect(),
        )
    }

    fn existing_group(&self, name: &str) -> Result<(), i32> {
        check_name(name)?;
        if self.groups.iter().any(|g| g == name) {
            Ok(())
        } else {
            Err(code::GROUP_NOT_EXIST)
        }
    }

    fn receive(&mut self, m: &Incoming) {
        if m.online {
            return;
        }
        let opt = self.opts[m.conv.0 as usize];
        let ats_me = m.at_users.iter().any(|u| u == ME || u.starts_with("__kImSDK_Mes"));
        if opt == NOT_RECEIVE || (opt == NOT_RECEIVE_EXCEPT_AT && !ats_me) {
            return;
        }
        if self.history(m.conv).iter().any(|s| s.id == m.id) {
            return; // a message pushed again is the same message
        }
        self.store(
            m.conv,
            &m.id,
            &m.sender,
            m.server_time,
            SENT,
            Some(&m.at_users),
            m.excluded_from_unread,
            m.excluded_from_last,
        );
    }

    /// Stores a message: pushed ones (`at_users` given) may count as unread, the others never.
    #[allow(clippy::too_many_arguments)]
    fn store(
        &mut self,
        c: C,
        id: &str,
        sender: &str,
        server_time: u64,
        status: u32,
        at_users: Option<&[String]>,
        excluded_from_unread: bool,
        excluded_from_last: bool,
    ) {
        self.ensure(c);
        let now = self.now;
        let unkept = self.avchatroom[c.0 as usize];
        let conv = self.conv_mut(c).expect("ensured");
        let time = if server_time == 0 { now } else { server_time };
        conv.max_seq += 1;
        let seq = conv.max_seq;
        let mine = sender == ME;
        let pushed = at_users.is_some();
        let read =
            mine || !pushed || if c.is_c2c() { time < conv.c2c_read_ts } else { seq <= conv.read_upto };
        let at = match at_users {
            Some(users) if !read && !c.is_c2c() && !unkept => {
                let me = users.iter().any(|u| u == ME);
                let all = users.iter().any(|u| u.starts_with("__kImSDK_Mes"));
                match (me, all) {
                    (true, true) => Some(3),
                    (false, true) => Some(2),
                    (true, false) => Some(1),
                    (false, false) => None,
                }
            }
            _ => None,
        };
        let newest = conv.last_msg().is_none_or(|l| (time, seq) >= (l.time, l.seq));
        let msg = Msg {
            id: id.to_owned(),
            seq,
            time,
            sender: sender.to_owned(),
            mine,
            counted: !read && !excluded_from_unread && !unkept,
            read,
            status,
            at,
            excluded_from_last,
        };
        if unkept {
            if !excluded_from_last && newest {
                conv.unkept_last = Some(msg);
            }
        } else {
            conv.msgs.push(msg);
            conv.holds = true;
        }
        if !excluded_from_last && newest {
            conv.last = Some(id.to_owned());
            self.activate(c);
        } else if conv.activation.is_none() {
            self.activate(c);
        }
    }

    fn clean(&mut self, scope: Scope, c2c: Limit, group: Limit) -> Outcome {
        let targets: Vec<C> = match scope {
            Scope::One(c) => {
                if self.conv(c).is_none() {
                    return Outcome::Code(code::INVALID_CONVERSATION);
                }
                vec![c]
            }
            _ => C::all()
                .filter(|c| match scope {
                    Scope::AllC2C => c.is_c2c(),
                    Scope::AllGroups => !c.is_c2c(),
                    _ => true,
                })
                .filter(|c| self.conv(*c).is_some_and(|v| v.unread() > 0 || !v.ats().is_empty()))
                .collect(),
        };
        let now = self.now;
        for c in targets {
            let conv = self.conv_mut(c).expect("visible");
            if c.is_c2c() {
                // Up to now only when something is left to read.
                let left = conv.unread() > 0 || !conv.ats().is_empty();
                let (read_if, ts) = match c2c {
                    Limit::Everything => (Reads::All, if left { now } else { conv.c2c_read_ts }),
                    Limit::Time(t) => (Reads::SentBy(t), t),
                    Limit::Message { seq, time } => (Reads::UpToSeq(seq), time),
                    Limit::Seq(_) => unreachable!("C2C reads by time"),
                };
                conv.msgs
                    .iter_mut()
                    .chain(&mut conv.unkept_last)
                    .filter(|m| read_if.covers(m))
                    .for_each(|m| m.read = true);
                conv.c2c_read_ts = conv.c2c_read_ts.max(ts);
            } else {
                let upto = match group {
                    Limit::Everything => conv.max_seq,
                    Limit::Seq(s) | Limit::Message { seq: s, .. } => s,
                    Limit::Time(_) => unreachable!("groups read by sequence"),
                };
                conv.msgs
                    .iter_mut()
                    .chain(&mut conv.unkept_last)
                    .filter(|m| m.seq <= upto)
                    .for_each(|m| m.read = true);
                conv.read_upto = conv.read_upto.max(upto);
                conv.group_read_seq = conv.group_read_seq.max(upto);
            }
        }
        Outcome::Ok
    }

    fn revoke(&mut self, c: C, id: &str, by_other: bool) -> Outcome {
        let now = self.now;
        let Some(m) = self.convs[c.0 as usize].as_mut().and_then(|v| v.msgs.iter_mut().find(|m| m.id == id))
        else {
            return if by_other { Outcome::Ok } else { Outcome::Code(code::NOT_FOUND) };
        };
        if m.status == REVOKED {
            return Outcome::Ok;
        }
        if !by_other && c.is_c2c() && !m.mine {
            return Outcome::Code(code::INVALID_OPERATION);
        }
        if !by_other && m.mine && now.saturating_sub(m.time) > REVOKE_WINDOW {
            return Outcome::Code(code::REVOKE_TIME_LIMIT);
        }
        m.status = REVOKED;
        Outcome::Ok
    }

    fn delete_messages(&mut self, c: C, ids: &[String]) -> Outcome {
        let Some(conv) = self.conv_mut(c) else { return Outcome::Code(code::INVALID_CONVERSATION) };
        let before = conv.msgs.len();
        conv.msgs.retain(|m| !ids.contains(&m.id));
        if conv.msgs.len() == before {
            return Outcome::Code(code::NOT_FOUND);
        }
        if conv.last.as_ref().is_some_and(|l| ids.contains(l)) {
            conv.last = conv.newest().map(|m| m.id.clone());
        }
        conv.holds = !conv.msgs.is_empty();
        Outcome::Ok
    }
}

fn check_name(name: &str) -> Result<(), i32> {
    if name.is_empty() {
        Err(code::INVALID_PARAMETERS)
    } else if name.len() > 32 {
        Err(code::GROUP_NAME_TOO_LONG)
    } else {
        Ok(())
    }
}

/// Which messages of a C2C conversation a read report covers.
enum Reads {
    All,
    SentBy(u64),
    UpToSeq(u64),
}

impl Reads {
    fn covers(&self, m: &Msg) -> bool {
        match *self {
            Reads::All => true,
            Reads::SentBy(t) => m.time <= t,
            Reads::UpToSeq(s) => m.seq <= s,
        }
    }
}
