//! What the store derives from the conversation rows, which are the truth: each listed
//! conversation's place (`list_pos`) and stored ConvInfo (`conversation_view`, `rendered`), the
//! conversation-group memberships, the unread totals and counters, the order clock, and the
//! indexes and triggers that keep them. Login checks what it can check cheaply and rebuilds
//! from the rows whatever is in doubt; the verifier (`verify.rs`) walks the rest after login.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension};

use super::rows::{conversation_from_row, stored_value, CONVERSATION_COLUMNS, SUMMARY_COLUMNS};
use super::schema;
use super::source::{filter_from_key, store_totals};
use crate::engine::conversation::PINNED_BIT;
use crate::engine::source::Totals;
use crate::engine::{ConvType, Conversation, Filter};

/// Tables that hold only what the rows imply (recreated and refilled when missing or altered).
const DERIVED_TABLES: &[&str] =
    &["conversation_view", "conversation_membership", "engine_state", "unread_counter"];

/// Unread totals and the largest order key, counted from conversation rows as the engine keeps
/// them (hidden conversations count nothing). Arithmetic wraps, so a tally can hold a change.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Tally {
    pub total_unread: u64,
    pub counters: Vec<(Filter, u64)>,
    pub max_order_key: u64,
}

impl Tally {
    /// An empty tally of the total and these filters.
    pub fn of(filters: impl IntoIterator<Item = Filter>) -> Tally {
        Tally { counters: filters.into_iter().map(|f| (f, 0)).collect(), ..Tally::default() }
    }

    /// Adds one conversation (or, with `add` false, takes it away).
    pub fn count(&mut self, c: &Conversation, add: bool) {
        if add {
            self.max_order_key = self.max_order_key.max(c.order_key);
        }
        let n = if c.hidden { 0 } else { c.counted_unread() };
        if n == 0 {
            return;
        }
        let apply = |t: &mut u64| *t = if add { t.wrapping_add(n) } else { t.wrapping_sub(n) };
        apply(&mut self.total_unread);
        for (filter, total) in &mut self.counters {
            if filter.matches(c) {
                apply(total);
            }
        }
    }

    /// Adds a change counted with the same filters.
    pub fn absorb(&mut self, change: &Tally) {
        self.total_unread = self.total_unread.wrapping_add(change.total_unread);
        for ((_, total), (_, delta)) in self.counters.iter_mut().zip(&change.counters) {
            *total = total.wrapping_add(*delta);
        }
        self.max_order_key = self.max_order_key.max(change.max_order_key);
    }
}

/// Login's checks: the schema objects that hold or keep derived data exist as this version
/// creates them, the totals are present and agree with each other, and the clock is ahead of
/// the listed conversations. Whatever fails is rebuilt from the rows; says what was rebuilt.
pub(super) fn check_at_login(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let tx = conn.unchecked_transaction()?;
    let mut found = Vec::new();
    let recount = check_schema(&tx, &mut found)?;
    check_totals(&tx, recount, &mut found)?;
    tx.commit()?;
    Ok(found)
}

/// One schema object: kind, name, SQL.
type Object = (String, String, String);

/// The indexes, triggers and derived tables a database of this version has, as a fresh one
/// lists them (made once, in memory, by the migrations themselves).
fn expected_objects() -> &'static [Object] {
    static EXPECTED: OnceLock<Vec<Object>> = OnceLock::new();
    EXPECTED.get_or_init(|| {
        let mut conn = Connection::open_in_memory().expect("an in-memory database");
        schema::migrate(&mut conn).expect("the migrations apply to an empty database");
        let objects = schema_objects(&conn).expect("a fresh schema is readable");
        objects.into_iter().filter(|(kind, name, _)| is_derived(kind, name)).collect()
    })
}

/// Whether the object holds or keeps derived data: every index and trigger, and the derived
/// tables.
fn is_derived(kind: &str, name: &str) -> bool {
    kind == "index" || kind == "trigger" || (kind == "table" && DERIVED_TABLES.contains(&name))
}

fn schema_objects(conn: &Connection) -> rusqlite::Result<Vec<Object>> {
    let mut stmt = conn.prepare(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'
         ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, name",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    rows.collect()
}

/// Recreates missing or altered derived objects and refills recreated tables. Returns whether
/// the totals must be counted again.
fn check_schema(tx: &Connection, found: &mut Vec<String>) -> rusqlite::Result<bool> {
    let present: HashMap<String, (String, String)> =
        schema_objects(tx)?.into_iter().map(|(kind, name, sql)| (name, (kind, sql))).collect();
    // Nearly always: every derived object the migrations create is there, as they write it.
    // (A fresh schema to compare with is made only otherwise.)
    let as_written =
        schema::created_objects().iter().filter(|(kind, name)| is_derived(kind, name)).all(|(kind, name)| {
            present.get(name).is_some_and(|(k, sql)| k == kind && schema::is_migration_text(sql))
        });
    if as_written {
        return Ok(false);
    }
    let mut recount = false;
    for (kind, name, sql) in expected_objects() {
        match present.get(name) {
            Some((k, s)) if k == kind && s == sql => continue,
            Some((k, _)) => {
                found.push(format!("{kind} {name} differs from this version's; rebuilt"));
                tx.execute_batch(&format!("DROP {k} \"{name}\""))?;
            }
            None => found.push(format!("{kind} {name} is missing; rebuilt")),
        }
        if let Err(e) = tx.execute_batch(sql) {
            if name != "conversation_list" {
                return Err(e);
            }
            // Two rows share a place: every place is set again from the rows, then indexed.
            found.push(format!("list places shared by two conversations ({e}); set again from the rows"));
            place_every_row(tx)?;
            tx.execute_batch(sql)?;
        }
        match name.as_str() {
            // Every listed row is rendered from its fields until the verifier renders it again.
            "conversation_view" => {
                tx.execute("UPDATE conversation SET rendered = 0 WHERE rendered != 0", [])?;
            }
            "conversation_membership" => {
                tx.execute(
                    "INSERT OR IGNORE INTO conversation_membership (name, conv_type, conv_id)
                         SELECT g.value, c.conv_type, c.conv_id FROM conversation c, json_each(c.groups) g
                         WHERE json_valid(c.groups) AND json_type(c.groups) = 'array' AND g.type = 'text'",
                    [],
                )?;
            }
            "engine_state" | "unread_counter" => recount = true,
            _ => {}
        }
    }
    Ok(recount)
}

/// Sets every row's list place (and clears `rendered` where it moves) from its fields; of
/// two rows that claim one place, the first keeps it. Only while the unique index is missing.
fn place_every_row(tx: &Connection) -> rusqlite::Result<()> {
    let mut moves = Vec::new();
    let mut taken = HashSet::new();
    {
        let mut stmt = tx.prepare(&format!("SELECT {CONVERSATION_COLUMNS}, list_pos FROM conversation"))?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            // Rows that cannot be read keep what they have.
            let Ok(conv) = conversation_from_row(r) else { continue };
            let stored: Option<i64> = stored_value(r, 22).ok().and_then(|v| match v {
                Value::Integer(p) => Some(p),
                _ => None,
            });
            let place = conv.is_listed().then(|| conv.active_time() as i64).filter(|p| taken.insert(*p));
            if place != stored {
                moves.push((conv.key.conv_type.code(), conv.key.id, place));
            }
        }
    }
    let mut update = tx.prepare(
        "UPDATE conversation SET list_pos = ?3, rendered = 0 WHERE conv_type = ?1 AND conv_id = ?2",
    )?;
    for (conv_type, id, place) in moves {
        update.execute(params![conv_type, id, place])?;
    }
    Ok(())
}

/// A stored total, if it is there and holds a count.
fn count_of(v: Option<Value>) -> Option<u64> {
    match v {
        Some(Value::Integer(n)) if n >= 0 => Some(n as u64),
        _ => None,
    }
}

/// The per-type counters every store keeps from the start.
fn per_type_filters() -> [Filter; 2] {
    [ConvType::C2C, ConvType::Group].map(|t| Filter { conv_type: Some(t), ..Filter::default() })
}

/// Checks the stored totals: both state rows and the per-type counters present and readable,
/// the total equal to the per-type counters' sum, the clock at or above the order keys of the
/// first listed conversations (pinned and not). Counts them again from the rows when not.
fn check_totals(tx: &Connection, mut recount: bool, found: &mut Vec<String>) -> rusqlite::Result<()> {
    let state = |name: &str| -> rusqlite::Result<Option<u64>> {
        let value = tx
            .query_row("SELECT value FROM engine_state WHERE name = ?1", [name], |r| stored_value(r, 0))
            .optional()?;
        Ok(count_of(value))
    };
    let (total, clock) = (state("total_unread")?, state("clock")?);
    let mut counters: Vec<(Filter, u64)> = Vec::new();
    {
        let mut stmt = tx.prepare("SELECT filter, total FROM unread_counter ORDER BY position")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let filter = match stored_value(r, 0)? {
                Value::Text(key) => filter_from_key(&key),
                _ => None,
            };
            match (filter, count_of(Some(stored_value(r, 1)?))) {
                (Some(f), Some(n)) if !counters.iter().any(|(g, _)| *g == f) => counters.push((f, n)),
                _ => recount = true,
            }
        }
    }
    let per_type: Vec<Option<u64>> =
        per_type_filters().iter().map(|f| counters.iter().find(|(g, _)| g == f).map(|(_, n)| *n)).collect();
    let summed = per_type.iter().try_fold(0u64, |sum, n| n.and_then(|n| sum.checked_add(n)));
    let shown = |n: Option<u64>| n.map_or_else(|| "missing".to_owned(), |n| n.to_string());
    if recount || total.is_none() || summed != total {
        found.push(format!(
            "unread totals in doubt (total {}, C2C {}, groups {}); counted again from the rows",
            shown(total),
            shown(per_type[0]),
            shown(per_type[1])
        ));
        recount = true;
    }
    // The clock must be ahead of every order key; the first listed rows are a cheap sample.
    let mut top = 0u64;
    for range in ["list_pos < ?1", "list_pos >= ?1"] {
        let sql = format!(
            "SELECT order_key FROM conversation WHERE list_pos IS NOT NULL AND {range} ORDER BY list_pos DESC LIMIT 1"
        );
        let key: Option<i64> = tx.query_row(&sql, [PINNED_BIT as i64], |r| r.get(0)).optional()?;
        top = top.max(key.unwrap_or(0).max(0) as u64);
    }
    let clock = match clock {
        Some(c) if c >= top => c,
        other => {
            let max: i64 =
                tx.query_row("SELECT coalesce(max(order_key), 0) FROM conversation", [], |r| r.get(0))?;
            let right = max.max(0) as u64;
            found.push(format!("order clock {} behind the stored order keys; set to {right}", shown(other)));
            recount = true;
            right
        }
    };
    if !recount {
        return Ok(());
    }
    let mut filters: Vec<Filter> = counters.into_iter().map(|(f, _)| f).collect();
    for f in per_type_filters() {
        if !filters.contains(&f) {
            filters.push(f);
        }
    }
    let tally = count_rows(tx, filters)?;
    let totals = Totals { clock, total_unread: tally.total_unread, counters: tally.counters };
    store_totals(tx, &totals, None)
}

/// The totals of every conversation with something unread (rows that cannot be read count
/// nothing).
fn count_rows(tx: &Connection, filters: Vec<Filter>) -> rusqlite::Result<Tally> {
    let mut tally = Tally::of(filters);
    let mut stmt = tx.prepare(&format!(
        "SELECT {SUMMARY_COLUMNS} FROM conversation WHERE (unread != 0 OR at_info != '[]')"
    ))?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        if let Ok(conv) = conversation_from_row(r) {
            tally.count(&conv, true);
        }
    }
    Ok(tally)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_schema_check_knows_every_derived_object() {
        let from_text: Vec<(String, String)> =
            schema::created_objects().into_iter().filter(|(kind, name)| is_derived(kind, name)).collect();
        let fresh: Vec<(String, String)> =
            expected_objects().iter().map(|(k, n, _)| (k.clone(), n.clone())).collect();
        let (mut a, mut b) = (from_text, fresh);
        a.sort();
        a.dedup();
        b.sort();
        assert_eq!(a, b, "names read from the migrations = objects of a fresh schema");
        assert!(expected_objects().iter().all(|(_, _, sql)| schema::is_migration_text(sql)));
    }
}
