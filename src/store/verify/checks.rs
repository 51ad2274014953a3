//! The checks of one step: each view row, conversation row and membership against what the
//! rows imply, repaired in the step's transaction.

use std::cmp::Ordering;

use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{CheckReport, Repairs, Trust};
use crate::engine::source::Totals;
use crate::engine::{ConvKey, ConvType, Conversation, Engine};
use crate::store::derived::Tally;
use crate::store::rows::{conversation_from_row, stored_value, CONVERSATION_COLUMNS, UPSERT_VIEW};
use crate::store::source::filter_key;
use crate::wire::conversation::{conv_info_json, is_conv_info_of, write_conv_info_with, LastMessage};

/// Rows read per query; a step reads queries until its budget is spent.
const CHUNK: usize = 16;
/// The view walk's condition: the next rows from a place (?1), at most ?2.
pub(super) const VIEW_FROM: &str = "v.list_pos >= ?1 ORDER BY v.list_pos LIMIT ?2";
/// Findings listed in reports and the log (all are counted).
const MAX_LISTED: usize = 100;

/// What the checks of a session found.
#[derive(Debug, Default)]
pub(super) struct Found {
    pub repairs: u64,
    pub rendered: u64,
    /// One line per finding, the first `MAX_LISTED`.
    pub lines: Vec<String>,
}

/// One step's work: the transaction, what it reports, what the pass walked and what the
/// session found.
pub(super) struct Ctx<'a> {
    tx: &'a Connection,
    out: &'a mut Repairs,
    report: &'a mut CheckReport,
    found: &'a mut Found,
    trust: &'a Trust,
    displaced: &'a mut Vec<(Value, Value)>,
    /// Scratch space for ConvInfo heads.
    head: Vec<u8>,
}

/// A conversation row as the pass reads it (`CONVERSATION_COLUMNS`, then `ROW_COLUMNS`).
struct RowState {
    conv: Conversation,
    last_msg: Option<String>,
    place: Value,
    rendered: Value,
}

const ROW_COLUMNS: &str = "list_pos, rendered";

fn row_state(r: &Row<'_>) -> rusqlite::Result<RowState> {
    Ok(RowState {
        conv: conversation_from_row(r)?,
        last_msg: r.get(12)?,
        place: stored_value(r, 22)?,
        rendered: stored_value(r, 23)?,
    })
}

/// The row `(conv_type, conv_id)`: none if absent, an error if it cannot be read.
fn read_row(tx: &Connection, t: &Value, id: &Value) -> rusqlite::Result<Option<rusqlite::Result<RowState>>> {
    let sql = format!("SELECT {CONVERSATION_COLUMNS}, {ROW_COLUMNS} FROM conversation WHERE conv_type = ?1 AND conv_id IN (?2, CAST(?2 AS TEXT))");
    tx.prepare_cached(&sql)?.query_row(params![t, id], |r| Ok(row_state(r))).optional()
}

fn key_values(key: &ConvKey) -> (Value, Value) {
    (Value::Integer(key.conv_type.code().into()), Value::Text(key.id.clone()))
}

fn key_of(t: &Value, id: &Value) -> Option<ConvKey> {
    match (t, id) {
        (Value::Integer(t), Value::Text(id)) => Some(ConvKey::new(ConvType::from_code(*t)?, id.clone())),
        _ => None,
    }
}

fn show(v: &Value) -> String {
    match v {
        Value::Null => "none".into(),
        Value::Integer(n) => n.to_string(),
        Value::Real(x) => x.to_string(),
        Value::Text(t) => format!("{t:?}"),
        Value::Blob(b) => format!("a blob of {} bytes", b.len()),
    }
}

fn describe(t: &Value, id: &Value) -> String {
    key_of(t, id).map_or_else(|| format!("({}, {})", show(t), show(id)), |k| k.to_string())
}

impl<'a> Ctx<'a> {
    pub fn new(
        tx: &'a Connection,
        out: &'a mut Repairs,
        report: &'a mut CheckReport,
        found: &'a mut Found,
        trust: &'a Trust,
        displaced: &'a mut Vec<(Value, Value)>,
    ) -> Ctx<'a> {
        Ctx { tx, out, report, found, trust, displaced, head: Vec::new() }
    }

    /// A derived copy that disagreed with its row, repaired.
    fn found(&mut self, line: String) {
        self.found.repairs += 1;
        self.note(line);
    }

    fn note(&mut self, line: String) {
        if self.found.lines.len() < MAX_LISTED {
            self.found.lines.push(line.clone());
            self.out.lines.push(line);
        }
    }

    /// Reports a repaired conversation: an Update if it is visible, else a Del.
    fn shown_changed(&mut self, conv: &Conversation) {
        if conv.hidden {
            self.out.removed.push(conv_info_json(conv));
        } else if !self.out.updated.contains(&conv.key) {
            self.out.updated.push(conv.key.clone());
        }
    }

    /// View rows from `from` up; the next place to read from, or none when all were read.
    pub fn view_slice(&mut self, from: i64) -> rusqlite::Result<Option<i64>> {
        let rows = self.view_rows(VIEW_FROM, params![from, CHUNK as i64])?;
        let next = rows.last().and_then(|r| r.place.checked_add(1));
        let full = rows.len() == CHUNK;
        for row in rows {
            self.check_view_row(row, false)?;
        }
        self.trust.checked_below.set(self.trust.checked_below().max(next.unwrap_or(i64::MAX)));
        Ok(next.filter(|_| full))
    }

    fn view_rows(&self, condition: &str, args: impl rusqlite::Params) -> rusqlite::Result<Vec<ViewRow>> {
        let mut stmt = self.tx.prepare_cached(&view_sql(condition))?;
        let rows = stmt.query_map(args, |r| {
            Ok(ViewRow {
                place: r.get(0)?,
                conv_type: stored_value(r, 1)?,
                conv_id: stored_value(r, 2)?,
                text: stored_value(r, 3)?,
                here: r.get(4)?,
            })
        })?;
        rows.collect()
    }

    /// The view row at `place`, which a reply could not use: checked with its row in full.
    pub fn check_place(&mut self, place: i64) -> rusqlite::Result<()> {
        for row in self.view_rows("v.list_pos = ?1", params![place])? {
            self.check_view_row(row, true)?;
        }
        Ok(())
    }

    /// A view row must name the conversation placed there and be one well-formed ConvInfo of
    /// it (the rest of its text is the row walk's to compare); `thorough` checks that row too.
    fn check_view_row(&mut self, v: ViewRow, thorough: bool) -> rusqlite::Result<()> {
        self.report.view_rows += 1;
        let key = key_of(&v.conv_type, &v.conv_id);
        if v.here {
            let well_formed = v.place < self.trust.checked_below()
                || matches!((&v.text, &key), (Value::Text(t), Some(k)) if is_conv_info_of(t, k, &mut self.head));
            if !well_formed || thorough {
                // The row's own check renders it again, and says so.
                if let Some(Ok(row)) = read_row(self.tx, &v.conv_type, &v.conv_id)? {
                    return self.check_row(row);
                }
            }
            return Ok(());
        }
        self.tx.execute("DELETE FROM conversation_view WHERE list_pos = ?1", [v.place])?;
        self.found(format!(
            "view row at place {} shows {}, which is not listed there; removed",
            v.place,
            describe(&v.conv_type, &v.conv_id)
        ));
        let visible = read_row(self.tx, &v.conv_type, &v.conv_id)?
            .and_then(Result::ok)
            .filter(|r| !r.conv.hidden)
            .and(key);
        match (visible, v.text) {
            (Some(k), _) if !self.out.updated.contains(&k) => self.out.updated.push(k),
            (None, Value::Text(t)) if crate::wire::is_json_object(&t) => self.out.removed.push(t),
            _ => {}
        }
        Ok(())
    }

    /// Conversation rows after `after`, counted into `tally`; true when all were read.
    pub fn rows_slice(
        &mut self,
        after: &mut Option<(Value, Value)>,
        tally: &mut Tally,
    ) -> rusqlite::Result<bool> {
        // The key as stored (the cursor), then the row as the pass reads it.
        let read = |r: &Row<'_>| Ok((stored_value(r, 0)?, stored_value(r, 1)?, row_state(r)));
        let rows: Vec<(Value, Value, rusqlite::Result<RowState>)> = match after {
            None => self
                .tx
                .prepare_cached(&rows_sql(false))?
                .query_map([], read)?
                .collect::<rusqlite::Result<Vec<_>>>(),
            Some((t, id)) => self
                .tx
                .prepare_cached(&rows_sql(true))?
                .query_map(params![&*t, &*id], read)?
                .collect::<rusqlite::Result<Vec<_>>>(),
        }?;
        let done = rows.len() < CHUNK;
        for (t, id, row) in rows {
            self.report.conversations += 1;
            match row {
                Ok(row) => {
                    tally.count(&row.conv, true);
                    self.check_row(row)?;
                }
                Err(e) => {
                    self.report.unreadable += 1;
                    self.note(format!(
                        "conversation {} cannot be read ({e}); left as it is",
                        describe(&t, &id)
                    ));
                }
            }
            *after = Some((t, id));
        }
        Ok(done)
    }

    /// Checks what one row implies: its place, its `rendered` flag, its view row's text and its
    /// memberships; repairs what differs.
    fn check_row(&mut self, row: RowState) -> rusqlite::Result<()> {
        let RowState { conv, last_msg, place, rendered } = row;
        let key = &conv.key;
        let want = conv.is_listed().then(|| conv.active_time() as i64);
        let flag_clear = rendered == Value::Integer(0);
        let mut rendered = rendered == Value::Integer(1);
        let mut shown = false;
        if place != want.map_or(Value::Null, Value::Integer) {
            let want_text = want.map_or_else(|| "none".into(), |p| p.to_string());
            self.found(format!("{key}: list place {} where its fields say {want_text}; moved", show(&place)));
            if !self.place(key, want)? {
                return Ok(());
            }
            (rendered, shown) = (false, true);
        }
        let (code, id) = key_values(key);
        if let Some(p) = want {
            let mut text = Vec::with_capacity(1024);
            write_conv_info_with(&mut text, &conv, last_msg.as_deref().map(LastMessage::Stored));
            let have: Option<(Value, Value, Value)> = self
                .tx
                .prepare_cached(
                    "SELECT conv_type, conv_id, conv_info FROM conversation_view WHERE list_pos = ?1",
                )?
                .query_row([p], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .optional()?;
            let same = have.as_ref().is_some_and(|(t, i, info)| {
                *t == code && *i == id && matches!(info, Value::Text(info) if info.as_bytes() == text)
            });
            if !same {
                self.tx.prepare_cached(UPSERT_VIEW)?.execute(params![
                    p,
                    code,
                    id,
                    crate::wire::into_string(text)
                ])?;
            }
            if !rendered {
                self.tx.execute(
                    "UPDATE conversation SET rendered = 1 WHERE conv_type = ?1 AND conv_id = ?2",
                    params![code, id],
                )?;
            }
            if have.is_none() && !rendered {
                // Left without one by a migration or a rebuild (replies rendered it from its
                // fields meanwhile), or moved just now.
                if !shown {
                    self.found.rendered += 1;
                }
            } else if !(same && rendered) {
                self.found(format!("{key}: stored ConvInfo differs from its row; rendered again"));
                shown = true;
            }
        } else if !flag_clear && !shown {
            self.found(format!("{key}: not listed, yet marked as having a list entry; cleared"));
            self.tx.execute(
                "UPDATE conversation SET rendered = 0 WHERE conv_type = ?1 AND conv_id = ?2",
                params![code, id],
            )?;
        }
        for name in &conv.groups {
            let added = self
                .tx
                .prepare_cached(
                    "INSERT OR IGNORE INTO conversation_membership (name, conv_type, conv_id) VALUES (?1, ?2, ?3)",
                )?
                .execute(params![name, code, id])?;
            if added > 0 {
                self.found(format!("{key}: membership of group {name:?} missing; added"));
            }
        }
        if shown {
            self.shown_changed(&conv);
        }
        Ok(())
    }

    /// Moves `key` to place `to`. A row holding that place moves out (and is checked at the
    /// next step); false, changing nothing, if that row belongs there too.
    fn place(&mut self, key: &ConvKey, to: Option<i64>) -> rusqlite::Result<bool> {
        let (code, id) = key_values(key);
        if let Some(p) = to {
            let holder: Option<(Value, Value)> = self
                .tx
                .query_row("SELECT conv_type, conv_id FROM conversation WHERE list_pos = ?1", [p], |r| {
                    Ok((stored_value(r, 0)?, stored_value(r, 1)?))
                })
                .optional()?;
            if let Some((t, i)) = holder.filter(|(t, i)| (t, i) != (&code, &id)) {
                let belongs = read_row(self.tx, &t, &i)?
                    .and_then(Result::ok)
                    .is_some_and(|r| r.conv.is_listed() && r.conv.active_time() as i64 == p);
                if belongs {
                    let other = describe(&t, &i);
                    self.found(format!("{key} and {other} both belong at place {p}; left as they are"));
                    return Ok(false);
                }
                self.tx.execute(
                    "UPDATE conversation SET list_pos = NULL, rendered = 0 WHERE conv_type = ?1 AND conv_id IN (?2, CAST(?2 AS TEXT))",
                    params![t, i],
                )?;
                self.displaced.push((t, i));
            }
        }
        self.tx.execute(
            "UPDATE conversation SET list_pos = ?3, rendered = 0 WHERE conv_type = ?1 AND conv_id = ?2",
            params![code, id, to],
        )?;
        Ok(true)
    }

    pub fn check_displaced(&mut self) -> rusqlite::Result<()> {
        while let Some((t, i)) = self.displaced.pop() {
            if let Some(Ok(row)) = read_row(self.tx, &t, &i)? {
                self.check_row(row)?;
            }
        }
        Ok(())
    }

    /// Memberships after `after`; true when all were read. Each must name a conversation whose
    /// groups hold that name.
    pub fn members_slice(&mut self, after: &mut Option<(Value, Value, Value)>) -> rusqlite::Result<bool> {
        let read = |r: &Row<'_>| {
            Ok((stored_value(r, 0)?, stored_value(r, 1)?, stored_value(r, 2)?, stored_value(r, 3)?))
        };
        let rows: Vec<(Value, Value, Value, Value)> = match after {
            None => self
                .tx
                .prepare_cached(&members_sql(false))?
                .query_map([], read)?
                .collect::<rusqlite::Result<Vec<_>>>(),
            Some((n, t, i)) => self
                .tx
                .prepare_cached(&members_sql(true))?
                .query_map(params![&*n, &*t, &*i], read)?
                .collect::<rusqlite::Result<Vec<_>>>(),
        }?;
        let done = rows.len() < CHUNK;
        for (name, t, i, groups) in rows {
            self.report.memberships += 1;
            let held = match (&name, &groups) {
                (Value::Text(name), Value::Text(groups)) => {
                    // Groups that cannot be read are the row's damage, not the membership's.
                    serde_json::from_str::<std::collections::BTreeSet<String>>(groups)
                        .map_or(true, |g| g.contains(name))
                }
                _ => false,
            };
            if !held {
                self.tx.execute(
                    "DELETE FROM conversation_membership WHERE name = ?1 AND conv_type = ?2 AND conv_id = ?3",
                    params![name, t, i],
                )?;
                self.found(format!(
                    "membership of {} in group {} not in its row; removed",
                    describe(&t, &i),
                    show(&name)
                ));
            }
            *after = Some((name, t, i));
        }
        Ok(done)
    }

    /// Compares the totals counted from the rows with the engine's and corrects the engine's.
    pub fn correct_totals(&mut self, tally: Tally, engine: &mut Engine) {
        let kept = engine.totals();
        if kept.total_unread != tally.total_unread {
            self.found(format!(
                "total unread {} where the rows say {}; corrected",
                kept.total_unread, tally.total_unread
            ));
        }
        let mut counters = Vec::new();
        for (filter, total) in tally.counters {
            let Some((_, was)) = kept.counters.iter().find(|(f, _)| *f == filter) else { continue };
            if *was != total {
                self.found(format!(
                    "unread counter {} {was} where the rows say {total}; corrected",
                    filter_key(&filter)
                ));
            }
            counters.push((filter, total));
        }
        if kept.clock < tally.max_order_key {
            self.found(format!(
                "order clock {} behind order key {}; moved on",
                kept.clock, tally.max_order_key
            ));
        }
        let found = Totals { clock: tally.max_order_key, total_unread: tally.total_unread, counters };
        self.out.totals |= engine.correct_totals(&found);
    }
}

/// View rows meeting `condition`, each with whether the row placed there (found by the list
/// index alone) is the conversation it names: `ViewRow`s.
pub(super) fn view_sql(condition: &str) -> String {
    format!(
        "SELECT v.list_pos, v.conv_type, v.conv_id, v.conv_info, coalesce((SELECT c.conv_type IS v.conv_type
             AND c.conv_id IS v.conv_id FROM conversation c WHERE c.list_pos = v.list_pos), 0)
         FROM conversation_view v WHERE {condition}"
    )
}

/// The next `CHUNK` conversation rows in key order (`after` a key given as ?1, ?2). A key
/// whose text is not UTF-8 is read as a blob (`stored_value`), which sorts after all text: a
/// pass then goes on with the next type, never around in a loop.
pub(super) fn rows_sql(after: bool) -> String {
    let from = if after { "WHERE (conv_type, conv_id) > (?1, ?2)" } else { "" };
    format!("SELECT {CONVERSATION_COLUMNS}, {ROW_COLUMNS} FROM conversation {from} ORDER BY conv_type, conv_id LIMIT {CHUNK}")
}

/// The next `CHUNK` memberships in key order (`after` one given as ?1, ?2, ?3), with the
/// groups of the conversation each names.
pub(super) fn members_sql(after: bool) -> String {
    let from = if after { "WHERE (g.name, g.conv_type, g.conv_id) > (?1, ?2, ?3)" } else { "" };
    format!(
        "SELECT g.name, g.conv_type, g.conv_id, c.groups FROM conversation_membership g
         LEFT JOIN conversation c ON c.conv_type = g.conv_type AND c.conv_id = g.conv_id
         {from} ORDER BY g.name, g.conv_type, g.conv_id LIMIT {CHUNK}"
    )
}

/// A `conversation_view` row, and whether the conversation placed there is the one it names.
struct ViewRow {
    place: i64,
    conv_type: Value,
    conv_id: Value,
    text: Value,
    here: bool,
}

/// Whether `key` sorts at or before the stored key `(conv_type, conv_id)` in the table's order
/// (SQLite's: numbers before text before blobs; text by bytes).
pub(super) fn at_or_before(key: &ConvKey, (t, id): &(Value, Value)) -> bool {
    let rank = |v: &Value| match v {
        Value::Null => 0,
        Value::Integer(_) | Value::Real(_) => 1,
        Value::Text(_) => 2,
        Value::Blob(_) => 3,
    };
    let by_type = match t {
        Value::Integer(t) => i64::from(key.conv_type.code()).cmp(t),
        Value::Real(t) => f64::from(key.conv_type.code()).partial_cmp(t).unwrap_or(Ordering::Equal),
        other => 1.cmp(&rank(other)),
    };
    let by_id = || match id {
        Value::Text(id) => key.id.as_bytes().cmp(id.as_bytes()),
        other => 2.cmp(&rank(other)),
    };
    by_type.then_with(by_id) != Ordering::Greater
}
