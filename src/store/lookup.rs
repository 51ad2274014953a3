//! Lookups beyond one conversation's history: messages by ID in any conversation, messages by
//! locator, and the directory of peers and groups.

use rusqlite::params;

use super::messages::{self, StoredMessage};
use super::{rows, Store, StoreError};
use crate::engine::{ConvInfo, ConvKey, ConvType, Message};

impl Store {
    /// Stored messages with these IDs, in any conversation, in the order of `ids` (unknown IDs
    /// left out; an ID stored in several conversations yields each).
    pub fn find_messages_anywhere(&self, ids: &[String]) -> Result<Vec<StoredMessage>, StoreError> {
        self.read((|| {
            let mut stmt = self.conn.prepare_cached(
                "SELECT body, status, counts_unread, conv_type, conv_id FROM message WHERE msg_id = ?1 ORDER BY id",
            )?;
            let mut out = Vec::new();
            for id in ids {
                let mut rows = stmt.query([id])?;
                while let Some(r) = rows.next()? {
                    let conv_type = ConvType::from_code(r.get::<_, i64>(3)?).unwrap_or(ConvType::C2C);
                    let key = ConvKey::new(conv_type, r.get::<_, String>(4)?);
                    out.push(messages::stored(&key, r)?);
                }
            }
            Ok(out)
        })())
    }

    /// The conversation's stored messages at this seq, or this server time (the candidates a
    /// locator is matched against); with neither, all of them.
    pub fn messages_at(
        &self,
        key: &ConvKey,
        seq: Option<u64>,
        time: Option<u64>,
    ) -> Result<Vec<Message>, StoreError> {
        let (sql, value) = match (seq, time) {
            (Some(seq), _) => ("AND seq = ?3", seq as i64),
            (None, Some(time)) => ("AND server_time = ?3", time as i64),
            (None, None) => ("AND ?3 = ?3", 0),
        };
        self.read((|| {
            let mut stmt = self.conn.prepare_cached(&format!(
                "SELECT body, status, counts_unread FROM message WHERE conv_type = ?1 AND conv_id = ?2 {sql}"
            ))?;
            let rows = stmt.query_map(params![key.conv_type.code(), key.id, value], |r| {
                messages::stored(key, r).map(|s| s.msg)
            })?;
            rows.collect()
        })())
    }

    /// Everything the server feed said about peers and groups.
    pub fn directory(&self) -> Result<Vec<(ConvKey, ConvInfo)>, StoreError> {
        self.read(rows::load_infos(&self.conn))
    }
}
