//! Drives the engine and the store the way the worker does, without threads or FFI: commands
//! are applied to the engine and their writes gathered into a batch; requests that depend on
//! stored messages (clean unread, delete, revoke) first commit the batch and are resolved
//! against the store, exactly as the worker resolves them; "logout/login" rebuilds the engine
//! from the database.

use std::borrow::Cow;
use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::OnceLock;

use serde_json::json;
use timconv::engine::message::Payload;
use timconv::engine::{
    Arrival, CleanScope, CleanTarget, Command, ConvKey, ConvRef, ConvType, Conversation, Draft, Effects,
    Engine, Failure, Filter, Message, MessageIdentity, RemovedMessage, Reply, UpTo,
};
use timconv::store::path::database_path;
use timconv::store::{Batch, HistoryQuery, Store};
use timconv::wire::message::MessageJson;

use super::act::{Act, Incoming, Limit};
use super::ops::{Scope, Target, C, ME};
use super::reference::Outcome;

const APP_ID: u64 = 1_400_000_001;
/// Unchanged conversations the engine keeps in memory: fewer than the model has, so most reads
/// go through the database.
const CACHE_LIMIT: usize = 2;
/// How long after sending the user may revoke (the worker's rule).
const REVOKE_LIMIT_SECS: u64 = 120;

pub struct Driver {
    dir: PathBuf,
    store: Option<Store>,
    pub engine: Engine,
    batch: Batch,
    /// Unread-by-filter subscriptions, registered again after each login.
    subscriptions: Vec<Filter>,
    /// Conversation events of the last command that succeeded in the current step.
    pub events: Option<Events>,
}

/// Conversation events one command fires: Add, Update and Del.
#[derive(Debug, Default)]
pub struct Events {
    pub added: Vec<ConvKey>,
    pub updated: Vec<ConvKey>,
    pub deleted: Vec<ConvKey>,
}

impl Driver {
    /// Logs in as the test user with a fresh database under `dir` (a copy of an empty one made
    /// once, which is cheaper than creating the schema for every case).
    pub fn new(dir: PathBuf, subscriptions: Vec<Filter>) -> Driver {
        static TEMPLATE: OnceLock<Vec<u8>> = OnceLock::new();
        let template = TEMPLATE.get_or_init(|| {
            let tdir = dir.with_extension("template");
            drop(Store::open(&tdir, APP_ID, ME).expect("create the store"));
            let bytes = std::fs::read(database_path(&tdir, APP_ID, ME)).expect("read the empty database");
            let _ = std::fs::remove_dir_all(&tdir);
            bytes
        });
        let db = database_path(&dir, APP_ID, ME);
        std::fs::create_dir_all(db.parent().expect("a directory")).expect("create the directory");
        std::fs::write(&db, template).expect("write the empty database");
        let store = Store::open(&dir, APP_ID, ME).expect("open the store");
        let engine = lazy_engine(&store);
        let mut d =
            Driver { dir, store: Some(store), engine, batch: Batch::default(), subscriptions, events: None };
        for f in &d.subscriptions {
            d.engine.subscribe(f.clone()).expect("subscribe");
        }
        d
    }

    fn store(&self) -> &Store {
        self.store.as_ref().expect("logged in")
    }

    /// Commits the pending writes (the worker does at the end of each queue batch).
    pub fn flush(&mut self) {
        let batch = std::mem::take(&mut self.batch);
        if !batch.is_empty() {
            self.store.as_mut().expect("logged in").commit(&batch, &mut self.engine).expect("commit");
        }
    }

    /// Logout then login: commit, close the database, open it again and load the engine.
    pub fn reload(&mut self) {
        self.flush();
        // Both hold the connection: dropping them releases the exclusive lock.
        self.store = None;
        self.engine = Engine::new(ME);
        let mut store = Store::open(&self.dir, APP_ID, ME).expect("reopen the store");
        assert!(
            store.rebuilt_at_login().is_empty(),
            "login doubted a sound store: {:?}",
            store.rebuilt_at_login()
        );
        self.engine = lazy_engine(&store);
        for f in &self.subscriptions {
            self.engine.subscribe(f.clone()).expect("subscribe");
        }
        // The store's check, as after every login: nothing this library wrote needs repair.
        while store.check_pending() {
            let step = store.verify_step(&mut self.engine, std::time::Duration::from_secs(1)).expect("check");
            assert!(
                step.lines.is_empty() && !step.totals,
                "the check repaired a sound store: {:?}",
                step.lines
            );
        }
        self.store = Some(store);
    }

    /// The stored messages of a conversation, newest first: (ID, status).
    pub fn history(&self, key: &ConvKey) -> Vec<(String, u32)> {
        let query = HistoryQuery { count: 10_000, ..HistoryQuery::default() };
        self.store().history(key, &query).expect("read").into_iter().map(|m| (m.msg_id, m.status)).collect()
    }

    /// Applies one engine command at `now`, keeping its writes for the next commit.
    pub fn command(&mut self, cmd: Command, now: u64) -> Result<Reply, Failure> {
        let mut fx = Effects::default();
        let result = self.engine.apply(cmd, now, &mut fx);
        if result.is_ok() {
            self.events = Some(Events {
                added: fx.added.clone(),
                updated: fx.updated.clone(),
                deleted: fx.deleted.iter().map(|c| c.key.clone()).collect(),
            });
            self.batch.absorb(fx);
        }
        result
    }

    /// Whether a pushed message is new, as the worker's ingest decides: not stored, not stored
    /// by the pending batch, not earlier in the same call (`this_call`). Online-only and
    /// AVChatRoom messages are never stored, so never recognised.
    fn is_new(&mut self, m: &Message, this_call: &mut HashSet<(ConvKey, String)>) -> bool {
        self.engine.fault_in(&m.conv).expect("read");
        if m.is_online || self.engine.is_avchatroom(&m.conv) {
            return true;
        }
        let identity = MessageIdentity::Id(m.msg_id.clone());
        !self.batch.holds_message(&m.conv, &identity)
            && !self.store().contains_message(&m.conv, &identity).expect("lookup")
            && this_call.insert((m.conv.clone(), m.msg_id.clone()))
    }

    /// Runs one concrete step.
    pub fn apply(&mut self, act: &Act, now: u64) -> Outcome {
        self.events = None;
        let result = match act {
            Act::Receive(msgs) => {
                if msgs.iter().any(|m| self.batch.removes_messages_of(&m.conv.key())) {
                    self.flush();
                }
                let mut this_call = HashSet::new();
                // Messages the receive option drops are left out first: never stored, they are
                // no repeat of anything.
                let fresh = msgs
                    .iter()
                    .map(pushed)
                    .filter(|m| {
                        self.engine.fault_in(&m.conv).expect("read");
                        !self.engine.drops(m) && self.is_new(m, &mut this_call)
                    })
                    .collect();
                self.command(Command::Receive(fresh), now)
            }
            Act::Send { conv, id } => self.command(Command::Send(sent(*conv, id, now)), now),
            Act::Import { conv, id, sender } => {
                let msg = message(
                    conv.key(),
                    json!({
                        "message_sender": sender.clone().unwrap_or_default(),
                        "message_msg_id": id,
                        "message_unique_id": unique_of(id),
                        "message_status": 2,
                    }),
                );
                if self.batch.removes_messages_of(&msg.conv) {
                    self.flush();
                }
                let fresh = if self.is_new(&msg, &mut HashSet::new()) { vec![msg] } else { Vec::new() };
                self.command(Command::Store(fresh, Arrival::Imported), now)
            }
            Act::Create(c) => self.command(Command::Create(c.key()), now),
            Act::SetDraft(c, token) => {
                let draft = Draft {
                    msg: Payload::from_object_text(format!(
                        r#"{{"message_elem_array":[{{"elem_type":0,"text_elem_content":"draft {token}"}}]}}"#
                    )),
                    user_define: format!("d{token}"),
                    edit_time: now,
                };
                self.command(Command::SetDraft(c.key(), draft), now)
            }
            Act::CancelDraft(c) => self.command(Command::CancelDraft(c.key()), now),
            Act::Pin(c, p) => self.command(Command::Pin(c.key(), *p), now),
            Act::Mark { targets, bits, enable } => {
                self.command(Command::Mark { convs: refs(targets), bits: *bits, enable: *enable }, now)
            }
            Act::CustomData { targets, data } => {
                self.command(Command::SetCustomData { convs: refs(targets), data: data.clone() }, now)
            }
            Act::CreateGroup(name, t) => {
                self.command(Command::CreateGroup { name: name.clone(), convs: refs(t) }, now)
            }
            Act::AddToGroup(name, t) => {
                self.command(Command::AddToGroup { name: name.clone(), convs: refs(t) }, now)
            }
            Act::RemoveFromGroup(name, t) => {
                self.command(Command::RemoveFromGroup { name: name.clone(), convs: refs(t) }, now)
            }
            Act::DeleteGroup(name) => self.command(Command::DeleteGroup(name.clone()), now),
            Act::RenameGroup(old, new) => {
                self.command(Command::RenameGroup { old: old.clone(), new: new.clone() }, now)
            }
            Act::Delete(c) => self.command(Command::Delete(c.key()), now),
            Act::DeleteList { targets, clear } => {
                self.command(Command::DeleteList { convs: refs(targets), clear_messages: *clear }, now)
            }
            Act::Clean { scope, c2c, group } => self.clean(*scope, *c2c, *group, now),
            Act::RecvOpt(c, opt) => {
                let patch = timconv::engine::InfoPatch { recv_opt: Some(*opt), ..Default::default() };
                self.command(Command::UpdateInfo(vec![(c.key(), patch)]), now)
            }
            Act::Name(c, name) => {
                let patch = timconv::engine::InfoPatch { name: Some(name.clone()), ..Default::default() };
                self.command(Command::UpdateInfo(vec![(c.key(), patch)]), now)
            }
            Act::AvChatRoom(c) => {
                let patch = timconv::engine::InfoPatch { group_type: Some(4), ..Default::default() };
                self.command(Command::UpdateInfo(vec![(c.key(), patch)]), now)
            }
            Act::Revoke(c, id) => self.revoke(c.key(), id, false, now),
            Act::RevokeByOther(c, id) => self.revoke(c.key(), id, true, now),
            Act::DeleteMessages(c, ids) => self.delete_messages(c.key(), ids, now),
            Act::ClearHistory(c) => self.command(Command::ClearHistory(c.key()), now),
            Act::Advance(_) => Ok(Reply::Empty),
            Act::Flush => {
                self.flush();
                Ok(Reply::Empty)
            }
            Act::Reload => {
                self.reload();
                Ok(Reply::Empty)
            }
        };
        match result {
            Ok(Reply::Results(r)) => Outcome::Results(r.iter().map(|r| r.code).collect()),
            Ok(_) => Outcome::Ok,
            Err(f) => Outcome::Code(f.code),
        }
    }

    /// As the worker's clean-unread: commit, resolve each conversation against the store, apply.
    fn clean(&mut self, scope: Scope, c2c: Limit, group: Limit, now: u64) -> Result<Reply, Failure> {
        self.flush();
        let scope = match scope {
            Scope::One(c) => CleanScope::One(c.key()),
            Scope::AllC2C => CleanScope::AllOf(ConvType::C2C),
            Scope::AllGroups => CleanScope::AllOf(ConvType::Group),
            Scope::All => CleanScope::All,
        };
        let convs: Vec<Conversation> = self.engine.clean_candidates(&scope)?.into_iter().cloned().collect();
        let targets = convs
            .iter()
            .map(|c| {
                let limit = if c.key.conv_type == ConvType::C2C { c2c } else { group };
                clean_target(c, limit, now, self.store())
            })
            .collect();
        self.command(Command::CleanUnread(targets), now)
    }

    /// As the worker's message deletion.
    fn delete_messages(&mut self, key: ConvKey, ids: &[String], now: u64) -> Result<Reply, Failure> {
        self.flush();
        let Some(conv) = self.engine.peek(&key).expect("read").filter(|c| !c.hidden).map(Cow::into_owned)
        else {
            return Err(Failure::new(6004, "no such conversation"));
        };
        let store = self.store();
        let found = store.find_messages(&key, ids).expect("read");
        let removed: Vec<RemovedMessage> = found
            .into_iter()
            .map(|s| RemovedMessage {
                msg_id: s.msg.msg_id,
                seq: s.msg.seq,
                counted_unread: s.counted_unread,
            })
            .collect();
        if removed.is_empty() {
            return Err(Failure::new(7011, "no such message"));
        }
        let ids: Vec<String> = removed.iter().map(|m| m.msg_id.clone()).collect();
        let last_removed = conv.last_msg.as_ref().is_some_and(|l| ids.contains(&l.msg_id));
        let new_last =
            if last_removed { Some(store.newest_message_except(&key, &ids).expect("read")) } else { None };
        let keeps_last = new_last.as_ref().map_or(conv.last_msg.is_some(), Option::is_some);
        let messages_left = keeps_last || store.has_messages_except(&key, &ids).expect("read");
        self.command(Command::RemoveMessages { key, removed, new_last, messages_left }, now)
    }

    /// As the worker's revoke.
    fn revoke(&mut self, key: ConvKey, id: &str, by_other: bool, now: u64) -> Result<Reply, Failure> {
        self.flush();
        let found = self.store().find_messages(&key, &[id.to_owned()]).expect("read");
        let mut revoked = Vec::new();
        match found.into_iter().next().map(|s| s.msg) {
            None if by_other => {}
            None => return Err(Failure::new(7011, "no such message")),
            Some(m) if m.status == 6 => {}
            Some(m) if !by_other && !m.is_from_self && key.conv_type == ConvType::C2C => {
                return Err(Failure::new(7014, "not your message"))
            }
            Some(m)
                if !by_other && m.is_from_self && now.saturating_sub(m.server_time) > REVOKE_LIMIT_SECS =>
            {
                return Err(Failure::new(6223, "too late"))
            }
            Some(mut m) => {
                m.status = 6;
                revoked.push(m);
            }
        }
        self.command(Command::Rewrite(revoked), now)
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        self.store = None;
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// As the worker: how far `c` becomes read under `limit`.
fn clean_target(c: &Conversation, limit: Limit, now: u64, store: &Store) -> CleanTarget {
    let up_to = match limit {
        Limit::Everything => UpTo::Everything,
        Limit::Time(time) => UpTo::Time(time),
        Limit::Seq(seq) => UpTo::Seq(seq),
        Limit::Message { seq, time } => UpTo::Message { seq, time },
    };
    store.clean_target(c, up_to, now).expect("read")
}

fn refs(targets: &[Target]) -> Vec<ConvRef> {
    targets
        .iter()
        .map(|t| match t {
            Target::Conv(c) => ConvRef::parse(&c.key().prefixed()),
            Target::Malformed => ConvRef::parse("user_nobody"),
        })
        .collect()
}

/// A numeric unique ID derived from a message ID.
fn unique_of(id: &str) -> u64 {
    id.trim_start_matches('m').parse::<u64>().map_or(1, |n| n + 1)
}

/// A message built from its JSON, as the C API builds them.
fn message(key: ConvKey, mut fields: serde_json::Value) -> Message {
    let obj = fields.as_object_mut().expect("object");
    obj.insert("message_conv_id".into(), json!(key.id));
    obj.insert("message_conv_type".into(), json!(key.conv_type.code()));
    obj.entry("message_elem_array").or_insert(json!([{"elem_type": 0, "text_elem_content": "hello"}]));
    serde_json::from_value::<MessageJson>(fields).expect("message JSON").into_message(key)
}

fn pushed(m: &Incoming) -> Message {
    message(
        m.conv.key(),
        json!({
            "message_sender": m.sender,
            "message_msg_id": m.id,
            "message_unique_id": unique_of(&m.id),
            "message_rand": 7,
            "message_status": 2,
            "message_server_time": m.server_time,
            "message_group_at_user_array": m.at_users,
            "message_is_excluded_from_unread_count": m.excluded_from_unread,
            "message_excluded_from_last_message": m.excluded_from_last,
            "message_is_online_msg": m.online,
        }),
    )
}

/// The engine a login builds over the database, keeping almost nothing in memory between
/// commits so every step reads through the database as a large account would.
fn lazy_engine(store: &Store) -> Engine {
    let mut engine = store.engine(ME).expect("open the engine");
    engine.set_cache_limit(CACHE_LIMIT);
    engine
}

/// An own message as `TIMMsgSendMessage` hands it to the engine.
fn sent(c: C, id: &str, now: u64) -> Message {
    message(
        c.key(),
        json!({
            "message_msg_id": id,
            "message_unique_id": unique_of(id),
            "message_rand": 9,
            "message_status": 2,
            "message_client_time": now,
        }),
    )
}
