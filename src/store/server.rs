//! What the store keeps for a homeserver, written in the same transaction as the changes it
//! goes with: named values (the sync position, the device, the access token), which server
//! room each conversation is and where its older history continues, and the outbox of writes
//! the server has not taken yet. The store does not interpret any of it.

use std::collections::BTreeMap;

use rusqlite::{params, Connection};

use super::messages;
use crate::engine::message::status;
use crate::engine::{ConvKey, ConvType, Message};

/// A server room as recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoomRecord {
    pub room_id: String,
    pub key: ConvKey,
    /// Where older history continues on the server (`None`: nothing older, or not known).
    pub history_token: Option<String>,
}

/// The server writes of one batch.
#[derive(Debug, Default)]
pub struct ServerWrites {
    /// Named values to set (`None`: remove).
    pub state: BTreeMap<String, Option<String>>,
    /// Rooms to record or update.
    pub rooms: BTreeMap<String, RoomRecord>,
    /// Outbox items to add, by ID.
    pub outbox_add: Vec<(u64, String)>,
    /// Outbox items done.
    pub outbox_done: Vec<u64>,
}

impl ServerWrites {
    pub fn is_empty(&self) -> bool {
        self.state.is_empty()
            && self.rooms.is_empty()
            && self.outbox_add.is_empty()
            && self.outbox_done.is_empty()
    }

    /// Writes them inside the batch's transaction.
    pub fn write(&self, tx: &Connection) -> rusqlite::Result<()> {
        for (name, value) in &self.state {
            match value {
                Some(v) => tx
                    .prepare_cached("INSERT OR REPLACE INTO server_state (name, value) VALUES (?1, ?2)")?
                    .execute(params![name, v])?,
                None => tx.prepare_cached("DELETE FROM server_state WHERE name = ?1")?.execute([name])?,
            };
        }
        let mut room = tx.prepare_cached(
            "INSERT OR REPLACE INTO server_room (room_id, conv_type, conv_id, history_token) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for r in self.rooms.values() {
            room.execute(params![r.room_id, r.key.conv_type.code(), r.key.id, r.history_token])?;
        }
        let mut add = tx.prepare_cached("INSERT OR REPLACE INTO server_outbox (id, item) VALUES (?1, ?2)")?;
        for (id, item) in &self.outbox_add {
            add.execute(params![*id as i64, item])?;
        }
        let mut done = tx.prepare_cached("DELETE FROM server_outbox WHERE id = ?1")?;
        for id in &self.outbox_done {
            done.execute([*id as i64])?;
        }
        Ok(())
    }
}

/// Every named value.
pub fn load_state(conn: &Connection) -> rusqlite::Result<BTreeMap<String, String>> {
    let mut stmt = conn.prepare("SELECT name, value FROM server_state")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

/// Every recorded room (rows naming no valid conversation type are skipped).
pub fn load_rooms(conn: &Connection) -> rusqlite::Result<Vec<RoomRecord>> {
    let mut stmt = conn.prepare("SELECT room_id, conv_type, conv_id, history_token FROM server_room")?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let Some(conv_type) = ConvType::from_code(r.get(1)?) else { continue };
        let key = ConvKey::new(conv_type, r.get::<_, String>(2)?);
        out.push(RoomRecord { room_id: r.get(0)?, key, history_token: r.get(3)? });
    }
    Ok(out)
}

/// The outbox, oldest first.
pub fn load_outbox(conn: &Connection) -> rusqlite::Result<Vec<(u64, String)>> {
    let mut stmt = conn.prepare("SELECT id, item FROM server_outbox ORDER BY id")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)? as u64, r.get(1)?)))?;
    rows.collect()
}

/// Messages still being sent (a send the process did not see finish).
pub fn sending_messages(conn: &Connection) -> rusqlite::Result<Vec<Message>> {
    let mut stmt = conn.prepare(
        "SELECT body, status, counts_unread, conv_type, conv_id FROM message WHERE status = ?1 ORDER BY id",
    )?;
    let mut rows = stmt.query([status::SENDING])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let Some(conv_type) = ConvType::from_code(r.get(3)?) else { continue };
        let key = ConvKey::new(conv_type, r.get::<_, String>(4)?);
        out.push(messages::stored(&key, r)?.msg);
    }
    Ok(out)
}

/// Rewrites a stored message under a new identity (a send the server accepted or refused:
/// its ID, time and status change).
pub fn reidentify(tx: &Connection, old_id: &str, msg: &Message) -> rusqlite::Result<()> {
    let body = crate::wire::message::stored_message_json(msg);
    let k = &msg.conv;
    tx.prepare_cached(
        "UPDATE message SET msg_id = ?4, server_time = ?5, status = ?6, body = ?7
         WHERE msg_id = ?3 AND +conv_type = ?1 AND +conv_id = ?2",
    )?
    .execute(params![
        k.conv_type.code(),
        k.id,
        old_id,
        msg.msg_id,
        msg.server_time as i64,
        msg.status,
        body
    ])?;
    super::search::reindex(tx, k, &msg.msg_id, &body)
}
