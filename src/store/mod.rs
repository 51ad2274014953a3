//! SQLite persistence: one database per (SDKAppID, user), read as the engine needs it, written in one
//! transaction per worker batch.

mod derived;
mod identity;
mod lookup;
mod messages;
pub mod path;
mod reading;
mod rows;
mod schema;
mod search;
mod server;
mod source;
mod verify;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::Duration;

use rusqlite::{params, Connection, OpenFlags};

use crate::engine::source::Totals;
use crate::engine::{codes, ConvKey, Effects, Engine, Message, MessageIdentity};
use crate::wire::search::{ResultItem, SearchQuery};
pub use messages::{Anchor, HistoryQuery, StoredMessage};
pub use server::{RoomRecord, ServerWrites};
pub use verify::{CheckReport, Repairs};

/// A store failure: the SDK error code to report and a description naming the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreError {
    pub code: i32,
    pub desc: String,
}

/// One message write to make, in order.
#[derive(Debug)]
enum Op {
    /// Remove a conversation's messages.
    PurgeMessages(ConvKey),
    /// Add a message.
    InsertMessage(Message),
    /// Remove some of a conversation's messages.
    RemoveMessages(ConvKey, Vec<String>),
    /// Rewrite a stored message (revoked).
    Rewrite(Message),
    /// Rewrite a stored message under a new ID (a send the server answered).
    Reidentify(String, Message),
    /// Mark some of a conversation's messages read (out of seq order).
    MarkRead(ConvKey, Vec<String>),
}

/// The writes of one worker batch.
#[derive(Debug, Default)]
pub struct Batch {
    ops: Vec<Op>,
    /// Conversations whose row is rewritten from the engine's final state at commit (or
    /// deleted if the engine no longer has them).
    dirty: BTreeSet<ConvKey>,
    /// Whether the conversation-group list changed.
    groups_changed: bool,
    /// Peer / group information rewritten from the engine at commit.
    infos: BTreeSet<ConvKey>,
    /// The messages this batch stores, by conversation, so repeated deliveries are recognised
    /// before the commit makes them visible in the store.
    messages: HashMap<ConvKey, Held>,
    /// Conversations some of whose stored messages this batch removes.
    removes_from: BTreeSet<ConvKey>,
    /// The homeserver's side, committed with the changes it goes with.
    pub server: ServerWrites,
}

/// The messages a batch stores in one conversation: their IDs (with seqs) and seqs.
#[derive(Debug, Default)]
struct Held {
    ids: HashMap<String, u64>,
    seqs: HashSet<u64>,
}

impl Batch {
    /// Records the writes one applied command implies.
    pub fn absorb(&mut self, fx: Effects) {
        for key in &fx.purged {
            self.messages.remove(key);
            self.removes_from.insert(key.clone());
        }
        for (key, ids) in &fx.removed_messages {
            if let Some(held) = self.messages.get_mut(key) {
                for id in ids {
                    held.ids.remove(id);
                }
                held.seqs = held.ids.values().copied().collect();
            }
            self.removes_from.insert(key.clone());
        }
        for m in &fx.stored {
            let held = self.messages.entry(m.conv.clone()).or_default();
            held.ids.insert(m.msg_id.clone(), m.seq);
            held.seqs.insert(m.seq);
        }
        self.dirty.extend(fx.dirty().cloned());
        self.groups_changed |= !fx.group_events.is_empty();
        self.ops.extend(fx.purged.into_iter().map(Op::PurgeMessages));
        self.ops.extend(fx.stored.into_iter().map(Op::InsertMessage));
        self.ops.extend(fx.removed_messages.into_iter().map(|(key, ids)| Op::RemoveMessages(key, ids)));
        self.ops.extend(fx.rewritten.into_iter().map(Op::Rewrite));
        for (old_id, msg) in fx.reidentified {
            if let Some(held) = self.messages.get_mut(&msg.conv) {
                if let Some(seq) = held.ids.remove(&old_id) {
                    held.ids.insert(msg.msg_id.clone(), seq);
                }
            }
            self.ops.push(Op::Reidentify(old_id, msg));
        }
        self.ops.extend(fx.read_late.into_iter().map(|(key, ids)| Op::MarkRead(key, ids)));
        self.infos.extend(fx.infos);
    }

    /// Whether this batch removes stored messages of `key`: until it is committed, the store
    /// still shows them.
    pub fn removes_messages_of(&self, key: &ConvKey) -> bool {
        self.removes_from.contains(key)
    }

    /// Whether this batch stores a message of `key` with this identity.
    pub fn holds_message(&self, key: &ConvKey, identity: &MessageIdentity) -> bool {
        self.messages.get(key).is_some_and(|held| match identity {
            MessageIdentity::Id(wanted) => held.ids.contains_key(wanted),
            MessageIdentity::Seq(wanted) => held.seqs.contains(wanted),
        })
    }

    pub fn is_empty(&self) -> bool {
        self.ops.is_empty()
            && self.dirty.is_empty()
            && !self.groups_changed
            && self.infos.is_empty()
            && self.server.is_empty()
    }
}

/// An open per-user database.
pub struct Store {
    /// Shared with the engine's `StoreSource`, which reads through it on the same thread.
    conn: Rc<Connection>,
    path: PathBuf,
    /// The file opened; a different (or no) file at `path` later means it was deleted or
    /// replaced, and nothing more may be acknowledged.
    identity: Option<identity::FileIdentity>,
    /// The totals the last commit stored (none yet: the next commit stores them).
    written_totals: Option<Totals>,
    /// Checks the derived data against the rows while the worker is idle.
    verifier: verify::Verifier,
}

impl Store {
    /// Opens (creating if absent) the user's database and brings its schema up to date.
    /// Unreadable, corrupt, locked or too-new databases are errors; nothing is overwritten.
    pub fn open(data_dir: &Path, sdk_app_id: u64, user_id: &str) -> Result<Store, StoreError> {
        let path = path::database_path(data_dir, sdk_app_id, user_id);
        let dir = path.parent().expect("database path has a directory");
        std::fs::create_dir_all(dir).map_err(|e| StoreError {
            code: codes::ERR_IO_OPERATION_FAILED,
            desc: format!("cannot create the data directory {}: {e}", dir.display()),
        })?;
        let fail = |what: &str, e: &dyn std::fmt::Display| StoreError {
            code: codes::ERR_DATABASE_OPERATE_FAILED,
            desc: format!("database {}: {what}: {e}", path.display()),
        };
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(&path, flags).map_err(|e| fail("cannot open", &e))?;
        conn.busy_timeout(Duration::from_millis(200)).map_err(|e| fail("cannot configure", &e))?;
        // One process owns a user's database: a second one gets a clear "locked" error.
        conn.pragma_update(None, "locking_mode", "EXCLUSIVE").map_err(|e| fail("cannot configure", &e))?;
        // Read-only checks first: nothing is written to a file we cannot use.
        schema::check_version(&conn).map_err(|e| fail("cannot use it", &e))?;
        let mode: String = conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
            .map_err(|e| fail("cannot enable WAL", &e))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(fail("cannot enable WAL", &mode));
        }
        conn.pragma_update(None, "synchronous", "FULL").map_err(|e| fail("cannot configure", &e))?;
        // Sorts and temporary indexes in memory: a commit's statements never touch a temp file.
        conn.pragma_update(None, "temp_store", "MEMORY").map_err(|e| fail("cannot configure", &e))?;
        // An 8 MiB page cache (SQLite's default is 2 MiB): a search's matches, scattered over a
        // large history, stay cached between searches. It fills only as pages are read.
        conn.pragma_update(None, "cache_size", -8192).map_err(|e| fail("cannot configure", &e))?;
        schema::migrate(&mut conn).map_err(|e| fail("cannot prepare", &e))?;
        let rebuilt =
            derived::check_at_login(&conn).map_err(|e| fail("cannot check its derived data", &e))?;
        let identity = identity::FileIdentity::of(&path);
        let verifier = verify::Verifier::new(rebuilt);
        Ok(Store { conn: Rc::new(conn), path, identity, written_totals: None, verifier })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What the login's checks found in doubt and rebuilt from the conversation rows.
    pub fn rebuilt_at_login(&self) -> &[String] {
        self.verifier.rebuilt_at_login()
    }

    /// Starts a full check of the derived data (after login one runs anyway); `verify_step`
    /// runs it.
    pub fn start_check(&mut self) {
        self.verifier.start();
    }

    /// Whether checking work is waiting for `verify_step`.
    pub fn check_pending(&self) -> bool {
        self.verifier.is_pending()
    }

    /// Checks and repairs derived data for about `budget` (one transaction; derived data is
    /// written without waiting for the disk, as it can always be derived again). Call it only
    /// when every change of `engine` is committed. A failure drops the check under way.
    pub fn verify_step(&mut self, engine: &mut Engine, budget: Duration) -> Result<Repairs, StoreError> {
        self.check_still_there()?;
        let start = std::time::Instant::now();
        let mut out = Repairs::default();
        let result = self.try_verify_step(engine, budget, &mut out);
        // Back to durable commits whatever happened.
        let restored = self.conn.pragma_update(None, "synchronous", "FULL");
        match result.and(restored) {
            Ok(()) => {
                self.verifier.stepped(start.elapsed(), &mut out);
                if out.totals {
                    self.written_totals = Some(engine.totals());
                }
                Ok(out)
            }
            Err(e) => {
                self.verifier.abandon();
                Err(self.error("cannot check the stored conversation list", &e))
            }
        }
    }

    fn try_verify_step(
        &mut self,
        engine: &mut Engine,
        budget: Duration,
        out: &mut Repairs,
    ) -> rusqlite::Result<()> {
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        let tx = self.conn.unchecked_transaction()?;
        self.verifier.step(&tx, engine, budget, out)?;
        if out.totals {
            source::store_totals(&tx, &engine.totals(), None)?;
        }
        tx.commit()
    }

    /// The user's engine over this database: groups, peer information and the stored totals
    /// are read now; conversations are read when they are needed.
    pub fn engine(&self, user_id: &str) -> Result<Engine, StoreError> {
        self.check_still_there()?;
        let load = |what: &str, e: &rusqlite::Error| self.error(&format!("cannot load {what}"), e);
        let groups = rows::load_groups(&self.conn).map_err(|e| load("conversation groups", &e))?;
        let infos = rows::load_infos(&self.conn).map_err(|e| load("profiles and group infos", &e))?;
        let totals = source::load_totals(&self.conn).map_err(|e| load("unread totals", &e))?;
        let source =
            source::StoreSource::new(Rc::clone(&self.conn), self.path.clone(), self.verifier.trust());
        Ok(Engine::open(user_id, Box::new(source), groups, infos.into_iter().collect(), totals))
    }

    fn read<T>(&self, result: rusqlite::Result<T>) -> Result<T, StoreError> {
        result.map_err(|e| self.error("cannot read messages", &e))
    }

    /// The conversation's stored messages with these IDs.
    pub fn find_messages(&self, key: &ConvKey, ids: &[String]) -> Result<Vec<StoredMessage>, StoreError> {
        self.read(messages::find(&self.conn, key, ids))
    }

    /// The newest message that can be the last one, other than those with `except` IDs.
    pub fn newest_message_except(
        &self,
        key: &ConvKey,
        except: &[String],
    ) -> Result<Option<Message>, StoreError> {
        self.read(messages::newest_except(&self.conn, key, except))
    }

    /// Local message search (`TIMMsgSearchLocalMessages`): first indexes what was stored since
    /// the last search, in its own transaction, then queries. Returns the total and the items.
    pub fn search_messages(&mut self, query: &SearchQuery) -> Result<(u64, Vec<ResultItem>), StoreError> {
        self.check_still_there()?;
        let indexed = (|| {
            let tx = self.conn.unchecked_transaction()?;
            search::catch_up(&tx)?;
            tx.commit()
        })();
        indexed.map_err(|e| self.error("cannot index messages for search", &e))?;
        search::search(&self.conn, query).map_err(|e| self.error("cannot search messages", &e))
    }

    /// Whether the conversation holds a message with this identity.
    pub fn contains_message(&self, key: &ConvKey, identity: &MessageIdentity) -> Result<bool, StoreError> {
        self.read(messages::contains(&self.conn, key, identity))
    }

    /// The lowest seq of the conversation's stored messages (0 without any).
    pub fn min_seq(&self, key: &ConvKey) -> Result<u64, StoreError> {
        self.read(messages::min_seq(&self.conn, key))
    }

    /// Which of these message IDs the conversation holds.
    pub fn existing_message_ids(&self, key: &ConvKey, ids: &[&str]) -> Result<HashSet<String>, StoreError> {
        self.read(messages::existing_ids(&self.conn, key, ids))
    }

    /// Whether the conversation holds any message other than those with `except` IDs.
    pub fn has_messages_except(&self, key: &ConvKey, except: &[String]) -> Result<bool, StoreError> {
        self.read(messages::any_except(&self.conn, key, except))
    }

    /// The stored message with `seq`.
    pub fn message_by_seq(&self, key: &ConvKey, seq: u64) -> Result<Option<Message>, StoreError> {
        self.read(messages::by_seq(&self.conn, key, seq))
    }

    /// The query plan of a history page (to check it uses an index).
    #[doc(hidden)]
    pub fn explain_history(&self, key: &ConvKey, query: &HistoryQuery) -> String {
        messages::explain_page(&self.conn, key, query).unwrap_or_else(|e| e.to_string())
    }

    /// One page of history.
    pub fn history(&self, key: &ConvKey, query: &HistoryQuery) -> Result<Vec<Message>, StoreError> {
        self.read(messages::page(&self.conn, key, query))
    }

    /// The homeserver's named values.
    pub fn server_state(&self) -> Result<BTreeMap<String, String>, StoreError> {
        server::load_state(&self.conn).map_err(|e| self.error("cannot read the server state", &e))
    }

    /// The recorded server rooms.
    pub fn server_rooms(&self) -> Result<Vec<RoomRecord>, StoreError> {
        server::load_rooms(&self.conn).map_err(|e| self.error("cannot read the server rooms", &e))
    }

    /// The outbox, oldest first: (ID, item text).
    pub fn server_outbox(&self) -> Result<Vec<(u64, String)>, StoreError> {
        server::load_outbox(&self.conn).map_err(|e| self.error("cannot read the outbox", &e))
    }

    /// Messages whose send did not finish.
    pub fn sending_messages(&self) -> Result<Vec<Message>, StoreError> {
        self.read(server::sending_messages(&self.conn))
    }

    /// Writes a batch in one transaction; conversation rows come from `engine`'s current state.
    /// Fails (6019) if the database file was deleted or replaced since it was opened: such
    /// writes would land in a file nobody can open again.
    /// On success the engine is told its changes are committed (it may then let them go).
    pub fn commit(&mut self, batch: &Batch, engine: &mut Engine) -> Result<(), StoreError> {
        self.check_still_there()?;
        let result = self.try_commit(batch, engine);
        self.verifier.committed(result.is_ok());
        result.map_err(|e| self.error("commit failed", &e))?;
        // Checked again after writing: a file removed during the commit took the batch with it.
        self.check_still_there()?;
        engine.committed();
        Ok(())
    }

    fn check_still_there(&self) -> Result<(), StoreError> {
        if self.identity.is_some() && identity::FileIdentity::of(&self.path) == self.identity {
            return Ok(());
        }
        Err(self.error(
            "the database file was deleted or replaced while open",
            &"nothing more is written; log in again to start from the file now at that path",
        ))
    }

    fn try_commit(&mut self, batch: &Batch, engine: &Engine) -> rusqlite::Result<()> {
        let tx = self.conn.unchecked_transaction()?;
        let mut deleted = false;
        let mut written = None;
        {
            let mut delete_conv =
                tx.prepare_cached("DELETE FROM conversation WHERE conv_type = ?1 AND conv_id = ?2")?;
            let mut delete_msgs =
                tx.prepare_cached("DELETE FROM message WHERE conv_type = ?1 AND conv_id = ?2")?;
            let mut insert_msg = tx.prepare_cached(rows::INSERT_MESSAGE)?;
            for op in &batch.ops {
                match op {
                    Op::PurgeMessages(key) => {
                        search::forget_conversation(&tx, key)?;
                        delete_msgs.execute(params![key.conv_type.code(), key.id])?;
                        deleted = true;
                    }
                    Op::InsertMessage(msg) => rows::insert_message(&mut insert_msg, msg)?,
                    Op::RemoveMessages(key, ids) => {
                        search::forget_messages(&tx, key, ids)?;
                        deleted = true;
                        let mut delete = tx.prepare_cached(
                            "DELETE FROM message WHERE msg_id = ?3 AND +conv_type = ?1 AND +conv_id = ?2",
                        )?;
                        for id in ids {
                            delete.execute(params![key.conv_type.code(), key.id, id])?;
                        }
                    }
                    Op::Rewrite(msg) => {
                        let mut rewrite = tx.prepare_cached(
                            "UPDATE message SET body = ?4, status = ?5
                             WHERE msg_id = ?3 AND +conv_type = ?1 AND +conv_id = ?2",
                        )?;
                        let body = crate::wire::message::stored_message_json(msg);
                        let k = &msg.conv;
                        rewrite.execute(params![k.conv_type.code(), k.id, msg.msg_id, body, msg.status])?;
                        search::reindex(&tx, k, &msg.msg_id, &body)?;
                    }
                    Op::Reidentify(old_id, msg) => server::reidentify(&tx, old_id, msg)?,
                    Op::MarkRead(key, ids) => {
                        let mut mark = tx.prepare_cached(reading::MARK_READ)?;
                        for id in ids {
                            mark.execute(params![key.conv_type.code(), key.id, id])?;
                        }
                    }
                }
            }
            if deleted {
                search::after_deletions(&tx)?;
            }
            let mut upsert = tx.prepare_cached(rows::UPSERT_CONVERSATION)?;
            let mut upsert_view = tx.prepare_cached(rows::UPSERT_VIEW)?;
            for key in batch.dirty.iter().chain(engine.changed().filter(|k| !batch.dirty.contains(*k))) {
                // A check under way has counted this row already: it learns of the change.
                let counted =
                    self.verifier.counts(key) && (engine.is_changed(key) || engine.held(key).is_some());
                if counted {
                    self.verifier.before_write(&tx, key)?;
                }
                match engine.held(key) {
                    Some(conv) => {
                        rows::upsert_conversation(&mut upsert, conv)?;
                        rows::upsert_view(&mut upsert_view, conv)?;
                        if counted {
                            self.verifier.after_write(conv);
                        }
                    }
                    // Removed since the last commit.
                    None if engine.is_changed(key) => {
                        delete_conv.execute(params![key.conv_type.code(), key.id])?;
                    }
                    // Named by an event but unchanged (and no longer in memory): the row is right.
                    None => {}
                }
            }
            let totals = engine.totals();
            if self.written_totals.as_ref() != Some(&totals) {
                source::store_totals(&tx, &totals, self.written_totals.as_ref())?;
                written = Some(totals);
            }
            let mut upsert_info = tx.prepare_cached(rows::UPSERT_INFO)?;
            for key in &batch.infos {
                if let Some(info) = engine.info(key) {
                    rows::upsert_info(&mut upsert_info, key, info)?;
                }
            }
            batch.server.write(&tx)?;
            if batch.groups_changed {
                tx.execute("DELETE FROM conversation_group", [])?;
                let mut insert =
                    tx.prepare_cached("INSERT INTO conversation_group (name, position) VALUES (?1, ?2)")?;
                for (position, name) in engine.group_names().iter().enumerate() {
                    insert.execute(params![name, position as i64])?;
                }
            }
        }
        tx.commit()?;
        if written.is_some() {
            self.written_totals = written;
        }
        Ok(())
    }

    fn error(&self, what: &str, e: &dyn std::fmt::Display) -> StoreError {
        StoreError {
            code: codes::ERR_DATABASE_OPERATE_FAILED,
            desc: format!("database {}: {what}: {e}", self.path.display()),
        }
    }

    /// Test hook: caps the database size so the next growing commit fails.
    #[doc(hidden)]
    pub fn limit_pages_for_test(&self, pages: u32) {
        let _ = self.conn.query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(()));
    }
}
