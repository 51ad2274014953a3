//! How far a clean-unread reads a conversation, resolved against its stored messages.
//!
//! Groups read by seq. C2C conversations read by time ("everything sent up to then"), and a C2C
//! message can arrive after one sent later (seqs follow arrival, server times need not): the
//! read part is then not a seq prefix. It is resolved into the longest prefix of seqs that is
//! read (`read_seq`) plus the messages after it that are read too (`read_late`, marked one by
//! one in the store), so no message is counted read or unread by the wrong rule.

use rusqlite::{params, Connection};

use super::{Store, StoreError};
use crate::engine::{CleanTarget, ConvKey, ConvType, Conversation, UpTo};

/// A stored message shows itself read (its body's `message_is_read`); messages at or below the
/// conversation's `read_seq` are read whatever their body says.
const NOT_READ: &str = "json_extract(body, '$.message_is_read') IS NOT 1";

/// Marks one stored message read (out of seq order): it no longer counts as unread.
pub(super) const MARK_READ: &str = "UPDATE message SET counts_unread = 0,
        body = json_set(body, '$.message_is_read', json('true'))
    WHERE msg_id = ?3 AND +conv_type = ?1 AND +conv_id = ?2";

impl Store {
    /// How far `up_to` reads conversation `c` (committed: the store holds all its messages).
    pub fn clean_target(&self, c: &Conversation, up_to: UpTo, now: u64) -> Result<CleanTarget, StoreError> {
        let key = c.key.clone();
        let is_c2c = key.conv_type == ConvType::C2C;
        let target = |read_seq: u64, read_late, unread, read_mark| CleanTarget {
            key: key.clone(),
            read_seq,
            read_late,
            unread,
            read_mark,
        };
        let (read_seq, read_mark) = match up_to {
            UpTo::Everything => {
                // A C2C conversation is read up to now only when something is left to read:
                // reading an already-read one changes nothing (no Update), whenever it is asked.
                let nothing_left = c.unread == 0 && c.at_info.is_empty();
                let mark = match (is_c2c, nothing_left) {
                    (false, _) => c.max_seq,
                    (true, true) => c.c2c_read_timestamp,
                    (true, false) => now,
                };
                return Ok(target(c.max_seq, Vec::new(), 0, mark));
            }
            UpTo::Time(time) => {
                let read = self.read(read_by_time(&self.conn, &key, c.read_seq, time));
                let (read_seq, read_late, unread) = read?;
                return Ok(target(read_seq, read_late, unread, time));
            }
            UpTo::Seq(seq) => (seq, seq),
            UpTo::Message { seq, time } => (seq, if is_c2c { time } else { seq }),
        };
        let read_seq = c.read_seq.max(read_seq);
        let unread = self.read(unread_after(&self.conn, &key, read_seq))?;
        Ok(target(read_seq, Vec::new(), unread, read_mark))
    }
}

fn sql(v: u64) -> i64 {
    v.min(i64::MAX as u64) as i64
}

/// Messages after `seq` that count as unread.
fn unread_after(conn: &Connection, key: &ConvKey, seq: u64) -> rusqlite::Result<u64> {
    let mut stmt = conn.prepare_cached(
        "SELECT count(*) FROM message WHERE conv_type = ?1 AND conv_id = ?2 AND seq > ?3 AND counts_unread",
    )?;
    stmt.query_row(params![key.conv_type.code(), key.id, sql(seq)], |r| r.get::<_, i64>(0)).map(|n| n as u64)
}

/// Reading everything sent up to `time`, past `read_seq`: the new read seq (just below the
/// first message after `read_seq` that stays unread), the later messages that become read, and
/// how many stay unread.
fn read_by_time(
    conn: &Connection,
    key: &ConvKey,
    read_seq: u64,
    time: u64,
) -> rusqlite::Result<(u64, Vec<String>, u64)> {
    let args = params![key.conv_type.code(), key.id, sql(read_seq), sql(time)];
    let mut stays_unread = conn.prepare_cached(&format!(
        "SELECT min(seq) FROM message
         WHERE conv_type = ?1 AND conv_id = ?2 AND seq > ?3 AND server_time > ?4 AND {NOT_READ}"
    ))?;
    let new_read_seq = match stays_unread.query_row(args, |r| r.get::<_, Option<i64>>(0))? {
        Some(first) => (first as u64 - 1).max(read_seq),
        None => {
            let mut max = conn.prepare_cached(
                "SELECT coalesce(max(seq), 0) FROM message WHERE conv_type = ?1 AND conv_id = ?2",
            )?;
            (max.query_row(params![key.conv_type.code(), key.id], |r| r.get::<_, i64>(0))? as u64)
                .max(read_seq)
        }
    };
    let later = params![key.conv_type.code(), key.id, sql(new_read_seq), sql(time)];
    let mut late = conn.prepare_cached(&format!(
        "SELECT msg_id FROM message
         WHERE conv_type = ?1 AND conv_id = ?2 AND seq > ?3 AND server_time <= ?4 AND {NOT_READ}"
    ))?;
    let read_late =
        late.query_map(later, |r| r.get::<_, String>(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
    let mut unread = conn.prepare_cached(
        "SELECT count(*) FROM message
         WHERE conv_type = ?1 AND conv_id = ?2 AND seq > ?3 AND server_time > ?4 AND counts_unread",
    )?;
    let unread = unread.query_row(later, |r| r.get::<_, i64>(0))? as u64;
    Ok((new_read_seq, read_late, unread))
}
