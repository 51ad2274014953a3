//! Message history queries: lookups by ID, the newest remaining message, pages of history.

use rusqlite::{params, params_from_iter, Connection, Row};

use crate::engine::{ConvKey, Message, MessageIdentity};
use crate::wire::message::MessageJson;

/// A stored message and whether it counted as unread when it arrived.
pub struct StoredMessage {
    pub msg: Message,
    pub counted_unread: bool,
}

/// Where a history page starts: a timeline position `(server_time, seq)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Anchor {
    pub server_time: u64,
    pub seq: u64,
    /// Whether the anchor message itself is part of the page.
    pub inclusive: bool,
}

/// What one history page asks for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HistoryQuery {
    pub anchor: Option<Anchor>,
    /// Towards newer messages (else older).
    pub forward: bool,
    pub count: usize,
    /// Only messages with `server_time` in this closed range.
    pub time_range: Option<(u64, u64)>,
    /// Only these seqs.
    pub seqs: Vec<u64>,
    /// Only messages with an element of one of these `TIMElemType`s (empty = any).
    pub elem_types: Vec<u32>,
}

fn parse(key: &ConvKey, body: &str) -> rusqlite::Result<Message> {
    serde_json::from_str::<MessageJson>(body)
        .map(|m| m.into_message(key.clone()))
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e)))
}

pub(super) fn stored(key: &ConvKey, r: &Row<'_>) -> rusqlite::Result<StoredMessage> {
    let mut msg = parse(key, &r.get::<_, String>(0)?)?;
    msg.status = r.get(1)?;
    Ok(StoredMessage { msg, counted_unread: r.get(2)? })
}

/// A conversation's message by ID. Every lookup by message ID is written this way: the `+`
/// keeps SQLite's planner from choosing a conversation index (the whole history, row by row)
/// over the message-ID index.
const FIND_SQL: &str =
    "SELECT body, status, counts_unread FROM message WHERE msg_id = ?3 AND +conv_type = ?1 AND +conv_id = ?2";

/// The conversation's messages with these IDs (those that exist), each once however often
/// its ID is named.
pub fn find(conn: &Connection, key: &ConvKey, ids: &[String]) -> rusqlite::Result<Vec<StoredMessage>> {
    let mut stmt = conn.prepare_cached(FIND_SQL)?;
    let mut out = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        if ids[..i].contains(id) {
            continue;
        }
        let mut rows = stmt.query(params![key.conv_type.code(), key.id, id])?;
        if let Some(r) = rows.next()? {
            out.push(stored(key, r)?);
        }
    }
    Ok(out)
}

/// The newest message that can be the last message, other than those with `except` IDs.
pub fn newest_except(
    conn: &Connection,
    key: &ConvKey,
    except: &[String],
) -> rusqlite::Result<Option<Message>> {
    let mut stmt = conn.prepare_cached(
        "SELECT body, status, counts_unread, msg_id FROM message
         WHERE conv_type = ?1 AND conv_id = ?2 AND NOT excluded_from_last
         ORDER BY server_time DESC, seq DESC",
    )?;
    let mut rows = stmt.query(params![key.conv_type.code(), key.id])?;
    while let Some(r) = rows.next()? {
        if !except.contains(&r.get::<_, String>(3)?) {
            return Ok(Some(stored(key, r)?.msg));
        }
    }
    Ok(None)
}

/// Whether the conversation holds a message with this identity (both lookups use an index).
pub fn contains(conn: &Connection, key: &ConvKey, identity: &MessageIdentity) -> rusqlite::Result<bool> {
    let (sql, value): (&str, rusqlite::types::Value) = match identity {
        MessageIdentity::Id(id) => (
            "SELECT 1 FROM message WHERE msg_id = ?3 AND +conv_type = ?1 AND +conv_id = ?2",
            id.clone().into(),
        ),
        MessageIdentity::Seq(seq) => {
            ("SELECT 1 FROM message WHERE conv_type = ?1 AND conv_id = ?2 AND seq = ?3", (*seq as i64).into())
        }
    };
    let mut stmt = conn.prepare_cached(sql)?;
    stmt.exists(params![key.conv_type.code(), key.id, value])
}

/// The lowest seq of the conversation's stored messages (0 without any).
pub fn min_seq(conn: &Connection, key: &ConvKey) -> rusqlite::Result<u64> {
    let seq: Option<i64> = conn
        .prepare_cached("SELECT min(seq) FROM message WHERE conv_type = ?1 AND conv_id = ?2")?
        .query_row(params![key.conv_type.code(), key.id], |r| r.get(0))?;
    Ok(seq.unwrap_or(0).max(0) as u64)
}

/// The query of `existing_ids` for `n` IDs (by the message-ID index, as `FIND_SQL`).
fn existing_sql(n: usize) -> String {
    let marks = vec!["?"; n].join(",");
    format!("SELECT msg_id FROM message WHERE +conv_type = ? AND +conv_id = ? AND msg_id IN ({marks})")
}

/// Which of `ids` the conversation holds (one query per 500 IDs).
pub fn existing_ids(
    conn: &Connection,
    key: &ConvKey,
    ids: &[&str],
) -> rusqlite::Result<std::collections::HashSet<String>> {
    let mut found = std::collections::HashSet::new();
    for chunk in ids.chunks(500) {
        let mut stmt = conn.prepare_cached(&existing_sql(chunk.len()))?;
        let conv_type = rusqlite::types::Value::from(i64::from(key.conv_type.code()));
        let conv_id = rusqlite::types::Value::from(key.id.clone());
        let values = [conv_type, conv_id]
            .into_iter()
            .chain(chunk.iter().map(|id| rusqlite::types::Value::from(id.to_string())));
        let rows = stmt.query_map(params_from_iter(values), |r| r.get::<_, String>(0))?;
        for id in rows {
            found.insert(id?);
        }
    }
    Ok(found)
}

/// Whether the conversation holds any message other than those with `except` IDs.
pub fn any_except(conn: &Connection, key: &ConvKey, except: &[String]) -> rusqlite::Result<bool> {
    let mut stmt = conn.prepare_cached(
        "SELECT msg_id FROM message WHERE conv_type = ?1 AND conv_id = ?2 ORDER BY server_time DESC, seq DESC",
    )?;
    let mut rows = stmt.query(params![key.conv_type.code(), key.id])?;
    while let Some(r) = rows.next()? {
        if !except.contains(&r.get::<_, String>(0)?) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The message with `seq`, if stored.
pub fn by_seq(conn: &Connection, key: &ConvKey, seq: u64) -> rusqlite::Result<Option<Message>> {
    let mut stmt = conn.prepare_cached(
        "SELECT body, status, counts_unread FROM message WHERE conv_type = ?1 AND conv_id = ?2 AND seq = ?3",
    )?;
    let mut rows = stmt.query(params![key.conv_type.code(), key.id, seq as i64])?;
    rows.next()?.map(|r| stored(key, r).map(|s| s.msg)).transpose()
}

/// One page of history, walking the `(conv, server_time, seq)` index: newest first when going
/// back in time, oldest first when going forward.
pub fn page(conn: &Connection, key: &ConvKey, q: &HistoryQuery) -> rusqlite::Result<Vec<Message>> {
    let (sql, args) = page_sql(key, q);
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params_from_iter(args), |r| stored(key, r).map(|s| s.msg))?;
    rows.collect()
}

/// `EXPLAIN QUERY PLAN` of a history page, one line per step.
pub fn explain_page(conn: &Connection, key: &ConvKey, q: &HistoryQuery) -> rusqlite::Result<String> {
    let (sql, args) = page_sql(key, q);
    let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
    let rows = stmt.query_map(params_from_iter(args), |r| r.get::<_, String>(3))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?.join("\n"))
}

fn page_sql(key: &ConvKey, q: &HistoryQuery) -> (String, Vec<rusqlite::types::Value>) {
    let mut sql =
        String::from("SELECT body, status, counts_unread FROM message WHERE conv_type = ? AND conv_id = ?");
    let mut args: Vec<rusqlite::types::Value> =
        vec![i64::from(key.conv_type.code()).into(), key.id.clone().into()];
    if let Some(a) = q.anchor {
        let op = match (q.forward, a.inclusive) {
            (false, false) => "<",
            (false, true) => "<=",
            (true, false) => ">",
            (true, true) => ">=",
        };
        sql.push_str(&format!(" AND (server_time, seq) {op} (?, ?)"));
        args.push((a.server_time as i64).into());
        args.push((a.seq as i64).into());
    }
    if let Some((from, to)) = q.time_range {
        sql.push_str(" AND server_time BETWEEN ? AND ?");
        args.push((from as i64).into());
        args.push((to as i64).into());
    }
    if !q.seqs.is_empty() {
        sql.push_str(&format!(" AND seq IN ({})", vec!["?"; q.seqs.len()].join(",")));
        args.extend(q.seqs.iter().map(|s| rusqlite::types::Value::from(*s as i64)));
    }
    if !q.elem_types.is_empty() {
        sql.push_str(&format!(
            " AND EXISTS (SELECT 1 FROM json_each(body, '$.message_elem_array') e
                 WHERE json_extract(e.value, '$.elem_type') IN ({}))",
            vec!["?"; q.elem_types.len()].join(",")
        ));
        args.extend(q.elem_types.iter().map(|t| rusqlite::types::Value::from(i64::from(*t))));
    }
    let dir = if q.forward { "ASC" } else { "DESC" };
    sql.push_str(&format!(" ORDER BY server_time {dir}, seq {dir} LIMIT ?"));
    args.push((q.count as i64).into());
    (sql, args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::ConvKey;

    /// The query plan of a history page walks the timeline index, never the table.
    #[test]
    fn history_pages_use_the_timeline_index() {
        let dir = std::env::temp_dir().join(format!("timconv-plan-{}", std::process::id()));
        let store = crate::store::Store::open(&dir, 1, "plan").unwrap();
        let key = ConvKey::group("g");
        for anchor in [None, Some(Anchor { server_time: 5, seq: 5, inclusive: false })] {
            for forward in [false, true] {
                let q = HistoryQuery { anchor, forward, count: 20, ..HistoryQuery::default() };
                let plan = store.explain_history(&key, &q);
                assert!(plan.contains("USING INDEX message_timeline"), "{plan}");
                assert!(!plan.contains("USE TEMP B-TREE"), "sorts instead of walking the index: {plan}");
            }
        }
        let _ = std::fs::remove_dir_all(dir);
    }

    /// Lookups by message ID use the message-ID index, not a conversation's whole history.
    #[test]
    fn message_id_lookups_use_the_id_index() {
        let dir = std::env::temp_dir().join(format!("timconv-id-plan-{}", std::process::id()));
        let store = crate::store::Store::open(&dir, 1, "plan").unwrap();
        for sql in [FIND_SQL.to_owned(), existing_sql(3)] {
            let mut stmt = store.conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
            let args = vec![rusqlite::types::Value::Integer(1); stmt.parameter_count()];
            let rows = stmt.query_map(params_from_iter(args), |r| r.get::<_, String>(3)).unwrap();
            let plan = rows.collect::<rusqlite::Result<Vec<_>>>().unwrap().join("; ");
            assert!(plan.contains("USING INDEX message_by_msg_id"), "{sql}: {plan}");
        }
        let _ = std::fs::remove_dir_all(dir);
    }

    /// A message named twice (e.g. twice in one `TIMMsgListDelete`) is found once, so it is
    /// not removed, or its unread subtracted, twice.
    #[test]
    fn a_message_named_twice_is_found_once() {
        let dir = std::env::temp_dir().join(format!("timconv-find-{}", std::process::id()));
        let mut store = crate::store::Store::open(&dir, 1, "me").unwrap();
        let key = ConvKey::group("g");
        let msg = serde_json::from_value::<MessageJson>(
            serde_json::json!({"message_sender": "bob", "message_msg_id": "m1"}),
        )
        .unwrap()
        .into_message(key.clone());
        let mut engine = crate::engine::Engine::new("me");
        let mut fx = crate::engine::Effects::default();
        engine.apply(crate::engine::Command::Receive(vec![msg]), 100, &mut fx).unwrap();
        let mut batch = crate::store::Batch::default();
        batch.absorb(fx);
        store.commit(&batch, &mut engine).unwrap();
        let ids = ["m1", "m1", "none"].map(String::from);
        assert_eq!(store.find_messages(&key, &ids).unwrap().len(), 1);
        drop(store);
        let _ = std::fs::remove_dir_all(dir);
    }
}
