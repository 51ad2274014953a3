//! Local message search over a trigram full-text index (SQLite FTS5), so keywords match as
//! case-insensitive substrings in any script, CJK included (keywords of three characters or
//! more fold case in every script; shorter ones, matched by `LIKE`, only ASCII letters).
//!
//! Ingest pays nothing for the index: messages are indexed in the transaction of the next
//! search, past a stored high-water mark. Deleting and rewriting messages keeps the index
//! exact; after deletions the mark is lowered to the highest remaining message ID, because
//! SQLite may hand a deleted highest ID to the next message.

use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, Row};

use super::messages::{self, StoredMessage};
use crate::engine::{ConvKey, ConvType, Message};
use crate::wire::search::{searchable, ResultItem, SearchQuery};

/// `TIMMsgStatus` of revoked messages, which search leaves out (as the SDK does).
const REVOKED: i64 = 6;

/// Indexes every message stored since the last search; returns how many.
pub fn catch_up(conn: &Connection) -> rusqlite::Result<usize> {
    let upto: i64 = conn.query_row("SELECT indexed_upto FROM search_state", [], |r| r.get(0))?;
    let mut select = conn.prepare_cached("SELECT id, body FROM message WHERE id > ?1 ORDER BY id")?;
    let mut insert =
        conn.prepare_cached("INSERT INTO message_fts (rowid, text, types) VALUES (?1, ?2, ?3)")?;
    let mut rows = select.query([upto])?;
    let (mut last, mut count) = (upto, 0);
    while let Some(r) = rows.next()? {
        let (id, body): (i64, String) = (r.get(0)?, r.get(1)?);
        let (text, types) = searchable(&body);
        insert.execute(params![id, text, types])?;
        (last, count) = (id, count + 1);
    }
    if count > 0 {
        conn.execute("UPDATE search_state SET indexed_upto = ?1", [last])?;
    }
    Ok(count)
}

/// Removes the index entries of the conversation's messages with these IDs (before the
/// messages themselves are deleted).
pub fn forget_messages(conn: &Connection, key: &ConvKey, msg_ids: &[String]) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare_cached(
        "DELETE FROM message_fts WHERE rowid IN
            (SELECT id FROM message WHERE msg_id = ?3 AND +conv_type = ?1 AND +conv_id = ?2)",
    )?;
    for id in msg_ids {
        stmt.execute(params![key.conv_type.code(), key.id, id])?;
    }
    Ok(())
}

/// Removes the index entries of every message of the conversation.
pub fn forget_conversation(conn: &Connection, key: &ConvKey) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "DELETE FROM message_fts WHERE rowid IN (SELECT id FROM message WHERE conv_type = ?1 AND conv_id = ?2)",
    )?
    .execute(params![key.conv_type.code(), key.id])?;
    Ok(())
}

/// After deletions: no message ID above the mark may be reused for a new message.
pub fn after_deletions(conn: &Connection) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "UPDATE search_state SET indexed_upto = min(indexed_upto, (SELECT coalesce(max(id), 0) FROM message))",
    )?
    .execute([])?;
    Ok(())
}

/// Re-indexes a rewritten message (if it was indexed already).
pub fn reindex(conn: &Connection, key: &ConvKey, msg_id: &str, body: &str) -> rusqlite::Result<()> {
    let mut find = conn.prepare_cached(
        "SELECT id FROM message WHERE msg_id = ?3 AND +conv_type = ?1 AND +conv_id = ?2
           AND id <= (SELECT indexed_upto FROM search_state)",
    )?;
    let ids: Vec<i64> = find
        .query_map(params![key.conv_type.code(), key.id, msg_id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let (text, types) = searchable(body);
    for id in ids {
        conn.prepare_cached("DELETE FROM message_fts WHERE rowid = ?1")?.execute([id])?;
        conn.prepare_cached("INSERT INTO message_fts (rowid, text, types) VALUES (?1, ?2, ?3)")?
            .execute(params![id, text, types])?;
    }
    Ok(())
}

/// Messages matching `q` (the index must be caught up), as the SDK returns them: for one
/// conversation, the total and one item holding the page of messages, newest first; for all
/// conversations, the number of conversations with matches and a page of items, most recent
/// match first, each with its count and, when it is exactly one, that message.
pub fn search(conn: &Connection, q: &SearchQuery) -> rusqlite::Result<(u64, Vec<ResultItem>)> {
    let (tables, filter, args) = filter_sql(q);
    let (offset, limit) = match q.page {
        Some((index, size)) => (i64::from(index) * i64::from(size), i64::from(size)),
        None => (0, -1),
    };
    if let Some(key) = &q.conv {
        let total: i64 = conn.query_row(
            &format!("SELECT count(*) FROM {tables} WHERE {filter}"),
            params_from_iter(&args),
            |r| r.get(0),
        )?;
        let sql = format!(
            "SELECT m.body, m.status, m.counts_unread FROM {tables} WHERE {filter}
             ORDER BY m.server_time DESC, m.seq DESC LIMIT {limit} OFFSET {offset}"
        );
        let mut stmt = conn.prepare_cached(&sql)?;
        let msgs = stmt
            .query_map(params_from_iter(&args), |r| messages::stored(key, r).map(|s| s.msg))?
            .collect::<rusqlite::Result<Vec<Message>>>()?;
        let items = if total > 0 {
            vec![ResultItem { conv: key.clone(), total: total as u64, messages: msgs }]
        } else {
            Vec::new()
        };
        return Ok((total as u64, items));
    }
    let sql = format!(
        "SELECT m.conv_type, m.conv_id, count(*), max(m.server_time) AS newest, min(m.id)
         FROM {tables} WHERE {filter} GROUP BY m.conv_type, m.conv_id ORDER BY newest DESC, m.conv_type, m.conv_id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let groups = stmt
        .query_map(params_from_iter(&args), |r| {
            let conv_type = ConvType::from_code(r.get(0)?).unwrap_or(ConvType::C2C);
            Ok((
                ConvKey::new(conv_type, r.get::<_, String>(1)?),
                r.get::<_, i64>(2)? as u64,
                r.get::<_, i64>(4)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let total = groups.len() as u64;
    let page =
        groups.into_iter().skip(offset as usize).take(if limit < 0 { usize::MAX } else { limit as usize });
    let mut by_id = conn.prepare_cached("SELECT body, status, counts_unread FROM message WHERE id = ?1")?;
    let mut items = Vec::new();
    for (conv, count, first_id) in page {
        let messages = if count == 1 {
            by_id.query_map([first_id], |r| one(&conv, r))?.collect::<rusqlite::Result<Vec<_>>>()?
        } else {
            Vec::new()
        };
        items.push(ResultItem { conv, total: count, messages });
    }
    Ok((total, items))
}

fn one(conv: &ConvKey, r: &Row<'_>) -> rusqlite::Result<Message> {
    messages::stored(conv, r).map(|s: StoredMessage| s.msg)
}

/// The tables and WHERE clause for `q` (over `message m`, joined to `message_fts` when one
/// index query finds the matches), and its arguments.
fn filter_sql(q: &SearchQuery) -> (String, String, Vec<Value>) {
    let mut args: Vec<Value> = Vec::new();
    let mut clauses = vec![format!("m.status != {REVOKED}")];
    if let Some(key) = &q.conv {
        clauses.push("m.conv_type = ? AND m.conv_id = ?".into());
        args.push(i64::from(key.conv_type.code()).into());
        args.push(key.id.clone().into());
    }
    if let Some((from, to)) = q.time_range {
        clauses.push("m.server_time BETWEEN ? AND ?".into());
        args.push((from as i64).into());
        args.push((to as i64).into());
    }
    if !q.senders.is_empty() {
        clauses.push(format!("m.sender IN ({})", vec!["?"; q.senders.len()].join(",")));
        args.extend(q.senders.iter().map(|s| Value::from(s.clone())));
    }
    // Element types: the index keeps them as ",t1,t2,".
    let types = if q.elem_types.is_empty() {
        String::new()
    } else {
        let any: Vec<String> = q.elem_types.iter().map(|t| format!("instr(types, ',{t},') > 0")).collect();
        format!(" AND ({})", any.join(" OR "))
    };
    // Keywords of three characters or more: an FTS5 phrase query, which the trigram index
    // answers exactly (a phrase of consecutive trigrams is the substring) without reading any
    // stored text. Shorter ones: `LIKE`, which scans the index's text. All keywords (or at most
    // one): one index query, joined so each match is looked up once by its rowid; any of
    // several: the union of one query per keyword.
    let (tables, index_test) = if q.match_all || q.keywords.len() <= 1 {
        let (phrases, short): (Vec<&String>, Vec<&String>) = q.keywords.iter().partition(|k| is_phrase(k));
        let mut tests = vec!["1"];
        if !phrases.is_empty() {
            tests.push("message_fts MATCH ?");
            let all: Vec<String> = phrases.iter().map(|k| phrase(k)).collect();
            args.push(all.join(" AND ").into());
        }
        for k in short {
            tests.push(keyword_test(k, &mut args));
        }
        ("message_fts JOIN message m ON m.id = message_fts.rowid", format!("{}{types}", tests.join(" AND ")))
    } else {
        let one =
            |k: &String| format!("SELECT rowid FROM message_fts WHERE {}{types}", keyword_test(k, &mut args));
        let union = q.keywords.iter().map(one).collect::<Vec<_>>().join(" UNION ");
        ("message m", format!("m.id IN ({union})"))
    };
    clauses.push(index_test);
    (tables.into(), clauses.join(" AND "), args)
}

/// The index's test for keyword `k` (a phrase query or `LIKE`); pushes its argument.
fn keyword_test(k: &str, args: &mut Vec<Value>) -> &'static str {
    if is_phrase(k) {
        args.push(phrase(k).into());
        "message_fts MATCH ?"
    } else {
        args.push(format!("%{}%", escape_like(k)).into());
        like_clause(k)
    }
}

/// Whether keyword `k` is long enough for a trigram phrase query.
fn is_phrase(k: &str) -> bool {
    k.chars().count() >= 3
}

/// Keyword `k` as an FTS5 phrase (quoted, inner quotes doubled): every character is literal.
fn phrase(k: &str) -> String {
    format!("\"{}\"", k.replace('"', "\"\""))
}

/// Whether `k` holds a character LIKE would read as a wildcard or escape.
fn needs_escape(k: &str) -> bool {
    k.contains(['%', '_', '\\'])
}

/// The LIKE test for keyword `k`. FTS5 answers a plain `LIKE` from the trigram index but
/// scans for one with an `ESCAPE` clause, so that is used only when `k` needs it.
fn like_clause(k: &str) -> &'static str {
    if needs_escape(k) {
        "text LIKE ? ESCAPE '\\'"
    } else {
        "text LIKE ?"
    }
}

/// `k` with LIKE's wildcards taken literally (see [`like_clause`]).
fn escape_like(k: &str) -> String {
    if !needs_escape(k) {
        return k.to_owned();
    }
    k.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}
