//! Local message search over a trigram full-text index (SQLite FTS5), so keywords match as
//! case-insensitive substrings in any script, CJK included (keywords of three characters or
//! more fold case in every script; shorter ones only ASCII letters, as `LIKE` does). Keywords
//! of two characters, which trigrams cannot answer, are found through a second index holding
//! each message's pairs of consecutive characters; one-character keywords scan the text.
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
    let mut rows = select.query([upto])?;
    let (mut last, mut count) = (upto, 0);
    while let Some(r) = rows.next()? {
        let (id, body): (i64, String) = (r.get(0)?, r.get(1)?);
        index(conn, id, &body)?;
        (last, count) = (id, count + 1);
    }
    if count > 0 {
        conn.execute("UPDATE search_state SET indexed_upto = ?1", [last])?;
    }
    Ok(count)
}

/// Adds a message's pair tokens to the pair index.
const INSERT_PAIRS: &str = "INSERT INTO message_pairs (rowid, pairs) VALUES (?1, ?2)";

/// Adds message `id` with stored JSON `body` to both indexes.
fn index(conn: &Connection, id: i64, body: &str) -> rusqlite::Result<()> {
    let (text, types) = searchable(body);
    conn.prepare_cached(INSERT_PAIRS)?.execute(params![id, pair_tokens(&text)])?;
    conn.prepare_cached("INSERT INTO message_fts (rowid, text, types) VALUES (?1, ?2, ?3)")?
        .execute(params![id, text, types])?;
    Ok(())
}

/// Fills the pair index for every message the trigram index holds (once, when the schema
/// gains the pair index).
pub fn index_pairs_of_indexed(conn: &Connection) -> rusqlite::Result<()> {
    let mut select = conn.prepare("SELECT rowid, text FROM message_fts")?;
    let mut insert = conn.prepare(INSERT_PAIRS)?;
    let mut rows = select.query([])?;
    while let Some(r) = rows.next()? {
        let (id, text): (i64, String) = (r.get(0)?, r.get(1)?);
        insert.execute(params![id, pair_tokens(&text)])?;
    }
    Ok(())
}

/// Removes the index entries of the messages `ids_sql` selects (with `args`), from both
/// indexes, before the messages themselves are deleted.
fn forget(conn: &Connection, ids_sql: &str, args: impl rusqlite::Params + Copy) -> rusqlite::Result<()> {
    for index in ["message_fts", "message_pairs"] {
        conn.prepare_cached(&format!("DELETE FROM {index} WHERE rowid IN ({ids_sql})"))?.execute(args)?;
    }
    Ok(())
}

/// Removes the index entries of the conversation's messages with these IDs (before the
/// messages themselves are deleted).
pub fn forget_messages(conn: &Connection, key: &ConvKey, msg_ids: &[String]) -> rusqlite::Result<()> {
    for id in msg_ids {
        forget(
            conn,
            "SELECT id FROM message WHERE msg_id = ?3 AND +conv_type = ?1 AND +conv_id = ?2",
            params![key.conv_type.code(), key.id, id],
        )?;
    }
    Ok(())
}

/// Removes the index entries of every message of the conversation.
pub fn forget_conversation(conn: &Connection, key: &ConvKey) -> rusqlite::Result<()> {
    forget(
        conn,
        "SELECT id FROM message WHERE conv_type = ?1 AND conv_id = ?2",
        params![key.conv_type.code(), key.id],
    )
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
    for id in ids {
        forget(conn, "SELECT ?1", [id])?;
        index(conn, id, body)?;
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
    // stored text. Two characters: their pair, looked up in the pair index. One character:
    // `LIKE`, which scans the index's text. All keywords (or at most one): one query per
    // index, joined so each match is looked up once by its rowid; any of several: the union
    // of one query per keyword.
    let (tables, index_test) = if q.match_all || q.keywords.len() <= 1 {
        let of = |kind: Keyword| q.keywords.iter().filter(move |k| keyword_kind(k) == kind);
        let (phrases, pairs): (Vec<String>, Vec<String>) = (
            of(Keyword::Phrase).map(|k| phrase(k)).collect(),
            of(Keyword::Pair).map(|k| pair_query(k)).collect(),
        );
        let mut tests = vec!["1"];
        if !phrases.is_empty() {
            tests.push("message_fts MATCH ?");
            args.push(phrases.join(" AND ").into());
        }
        // Without a phrase, the pair index finds the matches; the trigram index is joined only
        // for what it alone holds (the text for LIKE, the element types).
        let by_pairs = phrases.is_empty() && !pairs.is_empty();
        if !pairs.is_empty() {
            tests.push(if by_pairs {
                "message_pairs MATCH ?"
            } else {
                "message_fts.rowid IN (SELECT rowid FROM message_pairs WHERE message_pairs MATCH ?)"
            });
            args.push(pairs.join(" AND ").into());
        }
        for k in of(Keyword::Short) {
            tests.push(keyword_test(k, &mut args));
        }
        let reads_text = of(Keyword::Short).next().is_some();
        let tables = match (by_pairs, reads_text || !types.is_empty()) {
            (false, _) => "message_fts JOIN message m ON m.id = message_fts.rowid",
            (true, false) => "message_pairs JOIN message m ON m.id = message_pairs.rowid",
            (true, true) => {
                "message_pairs JOIN message_fts ON message_fts.rowid = message_pairs.rowid
                 JOIN message m ON m.id = message_pairs.rowid"
            }
        };
        (tables, format!("{}{types}", tests.join(" AND ")))
    } else {
        let mut one = |k: &String| {
            let from = match keyword_kind(k) {
                Keyword::Pair => "message_pairs JOIN message_fts ON message_fts.rowid = message_pairs.rowid",
                _ => "message_fts",
            };
            format!("SELECT message_fts.rowid FROM {from} WHERE {}{types}", keyword_test(k, &mut args))
        };
        let union = q.keywords.iter().map(&mut one).collect::<Vec<_>>().join(" UNION ");
        ("message m", format!("m.id IN ({union})"))
    };
    clauses.push(index_test);
    (tables.into(), clauses.join(" AND "), args)
}

/// How a keyword is looked up: by its length in characters.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Keyword {
    /// Three or more: a phrase of the trigram index.
    Phrase,
    /// Two: a token of the pair index.
    Pair,
    /// One (or none): `LIKE` over the text.
    Short,
}

fn keyword_kind(k: &str) -> Keyword {
    match k.chars().count() {
        0 | 1 => Keyword::Short,
        2 => Keyword::Pair,
        _ => Keyword::Phrase,
    }
}

/// The test for keyword `k` inside a query over its index (`message_fts`, or `message_pairs`
/// for a pair); pushes its argument.
fn keyword_test(k: &str, args: &mut Vec<Value>) -> &'static str {
    match keyword_kind(k) {
        Keyword::Phrase => {
            args.push(phrase(k).into());
            "message_fts MATCH ?"
        }
        Keyword::Pair => {
            args.push(pair_query(k).into());
            "message_pairs MATCH ?"
        }
        Keyword::Short => {
            args.push(format!("%{}%", escape_like(k)).into());
            like_clause(k)
        }
    }
}

/// Two characters as one number, ASCII letters lowercased: the pair index is then exactly as
/// case-blind as `LIKE`.
fn pair_code(a: char, b: char) -> u64 {
    (u64::from(a.to_ascii_lowercase()) << 21) | u64::from(b.to_ascii_lowercase())
}

/// Appends the pair index's token for `code` ("p" and the number in hexadecimal).
fn push_token(out: &mut String, code: u64) {
    use std::fmt::Write;
    let _ = write!(out, "p{code:x}");
}

/// What the pair index holds for a message's searchable `text`: each distinct pair of
/// consecutive characters, as tokens separated by spaces.
pub fn pair_tokens(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut codes: Vec<u64> = chars.windows(2).map(|w| pair_code(w[0], w[1])).collect();
    codes.sort_unstable();
    codes.dedup();
    let mut out = String::with_capacity(codes.len() * 12);
    for code in codes {
        if !out.is_empty() {
            out.push(' ');
        }
        push_token(&mut out, code);
    }
    out
}

/// The pair index's query for a two-character keyword.
fn pair_query(k: &str) -> String {
    let mut chars = k.chars();
    let mut out = String::new();
    push_token(&mut out, pair_code(chars.next().unwrap_or_default(), chars.next().unwrap_or_default()));
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The plan of the grouped all-conversation search for `keywords`, one line per step.
    fn plan(keywords: &[&str], match_all: bool, elem_types: Vec<u32>) -> Vec<String> {
        let mut conn = Connection::open_in_memory().unwrap();
        super::super::schema::migrate(&mut conn).unwrap();
        let q = SearchQuery {
            keywords: keywords.iter().map(|k| k.to_string()).collect(),
            match_all,
            elem_types,
            conv: None,
            senders: Vec::new(),
            time_range: None,
            page: None,
        };
        let (tables, filter, args) = filter_sql(&q);
        let sql = format!("EXPLAIN QUERY PLAN SELECT m.id FROM {tables} WHERE {filter}");
        let mut stmt = conn.prepare(&sql).unwrap();
        let rows = stmt.query_map(params_from_iter(&args), |r| r.get::<_, String>(3)).unwrap();
        rows.map(Result::unwrap).collect()
    }

    /// Whether a plan step reads a whole FTS5 table: its index string (after the colon) holds
    /// neither a MATCH ("M") nor a rowid lookup ("="); a LIKE alone ("L") is a filtered scan.
    fn scans(step: &str, table: &str) -> bool {
        step.strip_prefix(&format!("SCAN {table} VIRTUAL TABLE INDEX "))
            .and_then(|rest| rest.split_once(':'))
            .is_some_and(|(_, index)| !index.contains(['M', '=']))
    }

    #[test]
    fn keywords_of_two_characters_or_more_never_scan_an_index() {
        for (keywords, all, types) in [
            (&["会议"][..], true, vec![]),
            (&["会议"][..], true, vec![0]),
            (&["会议", "ab"][..], true, vec![]),
            (&["会议", "budget"][..], true, vec![]),
            (&["会议", "budget"][..], false, vec![0]),
            (&["budget"][..], true, vec![]),
        ] {
            let plan = plan(keywords, all, types.clone());
            assert!(
                !plan.iter().any(|s| scans(s, "message_fts") || scans(s, "message_pairs")),
                "{keywords:?} all={all} types={types:?}: {plan:?}"
            );
        }
        // One character: the trigram index's text is scanned (by design).
        assert!(plan(&["a"], true, vec![]).iter().any(|s| scans(s, "message_fts")));
    }

    #[test]
    fn pair_tokens_are_distinct_and_fold_ascii_case_only() {
        assert_eq!(pair_tokens("abAB"), pair_tokens("aba"), "ab, ba");
        assert_eq!(pair_tokens("aaaa").split(' ').count(), 1);
        assert_ne!(pair_tokens("éa"), pair_tokens("Éa"), "only ASCII letters fold");
        assert_eq!(pair_tokens("x"), "");
        assert_eq!(pair_query("Ab"), pair_tokens("ab"));
    }
}
