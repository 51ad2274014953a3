//! Turns fuzzer input into a damaged copy of the base database.
//!
//! Byte 0 picks the mode. Even: the rest is 5-byte byte patches `[op, off0, off1, off2, value]`
//! (offset = 24-bit little-endian modulo the file size; op 0 sets, 1 xors, 2 adds, 3 truncates
//! the file at the offset). Odd: the rest is SQL-level edits run on the valid file, which keep
//! it a well-formed database but put odd values in its rows (see [`apply_edits`]).

use std::path::Path;

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};

/// Tables the loader reads, with their key columns (`rowid` where there is one).
const TABLES: [(&str, &[&str]); 4] = [
    ("conversation", &["conv_type", "conv_id"]),
    ("message", &["rowid"]),
    ("conversation_group", &["rowid"]),
    ("conv_info", &["conv_type", "conv_id"]),
];

/// Integers that tend to matter: signs, limits, the pin bit (52, before schema 7 62), bit 63,
/// small enum values.
const INTERESTING: [i64; 18] = [
    -1,
    0,
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    100,
    1 << 31,
    1 << 32,
    1 << 52,
    (1 << 53) - 1,
    1 << 62,
    i64::MAX,
    i64::MIN,
    -2,
];

/// Whether `data` asks for SQL-level edits.
pub fn is_sql_mode(data: &[u8]) -> bool {
    data.first().is_some_and(|b| b & 1 == 1)
}

/// Applies the byte patches of `data` to `db`.
pub fn apply_patches(db: &mut Vec<u8>, data: &[u8]) {
    for p in data.get(1..).unwrap_or(&[]).chunks_exact(5) {
        if db.is_empty() {
            return;
        }
        let offset = (usize::from(p[1]) | usize::from(p[2]) << 8 | usize::from(p[3]) << 16) % db.len();
        match p[0] % 4 {
            0 => db[offset] = p[4],
            1 => db[offset] ^= p[4],
            2 => db[offset] = db[offset].wrapping_add(p[4]),
            _ => db.truncate(offset),
        }
    }
}

/// A reader over the edit bytes; reads past the end give zeros.
struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn byte(&mut self) -> u8 {
        let (first, rest) = self.0.split_first().map_or((0, &[][..]), |(f, r)| (*f, r));
        self.0 = rest;
        first
    }

    fn take(&mut self, n: usize) -> &[u8] {
        let (head, tail) = self.0.split_at(n.min(self.0.len()));
        self.0 = tail;
        head
    }
}

/// Runs the SQL-level edits of `data` on the database at `path`. Each edit is
/// `[what, column, row, kind, len, bytes...]`: `what` 0-3 updates one cell of a table (kind:
/// 0 NULL, 1 integer from the bytes, 2 text, 3 blob, 4 real, else an interesting integer),
/// 4 deletes a row, 5 duplicates a row into a fresh key, 6 sets `user_version`, 7 drops an index.
/// Edits the database rejects (constraints, types) are skipped.
pub fn apply_edits(path: &Path, data: &[u8]) -> rusqlite::Result<()> {
    let conn = Connection::open(path)?;
    let mut input = Bytes(data.get(1..).unwrap_or(&[]));
    while !input.0.is_empty() {
        let (what, column, row, kind) = (input.byte(), input.byte(), input.byte(), input.byte());
        let len = usize::from(input.byte() % 64);
        let bytes = input.take(len).to_vec();
        let (table, keys) = TABLES[usize::from(column >> 6)];
        let _ = match what % 8 {
            0..=3 => {
                let columns = columns_of(&conn, table)?;
                let col = &columns[usize::from(column) % columns.len()];
                let value = value_of(kind, &bytes);
                with_row(&conn, table, keys, row, |cond, key| {
                    let key = std::iter::once(value).chain(key);
                    conn.execute(
                        &format!("UPDATE {table} SET {col} = ?1 WHERE {cond}"),
                        params_from_iter(key),
                    )
                })
            }
            4 => with_row(&conn, table, keys, row, |cond, key| {
                let key = std::iter::once(Value::Null).chain(key);
                conn.execute(&format!("DELETE FROM {table} WHERE {cond}"), params_from_iter(key))
            }),
            5 => {
                let names = columns_of(&conn, table)?;
                // Same row under a new key, so the copy is an extra row.
                let select: Vec<String> = names
                    .iter()
                    .map(|n| match n.as_str() {
                        "id" => "NULL".to_owned(),
                        "conv_id" | "name" => format!("{n} || 'x'"),
                        _ => n.clone(),
                    })
                    .collect();
                let (columns, select) = (names.join(", "), select.join(", "));
                with_row(&conn, table, keys, row, |cond, key| {
                    let sql =
                        format!("INSERT INTO {table} ({columns}) SELECT {select} FROM {table} WHERE {cond}");
                    conn.execute(&sql, params_from_iter(std::iter::once(Value::Null).chain(key)))
                })
            }
            6 => conn.pragma_update(None, "user_version", i64::from(row as i8)).map(|_| 0),
            _ => {
                let index = ["message_timeline", "message_by_msg_id", "message_seq"][usize::from(row) % 3];
                conn.execute(&format!("DROP INDEX IF EXISTS {index}"), [])
            }
        };
    }
    Ok(())
}

fn columns_of(conn: &Connection, table: &str) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))?;
    let names = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<Vec<String>>>()?;
    if names.is_empty() {
        Err(rusqlite::Error::QueryReturnedNoRows)
    } else {
        Ok(names)
    }
}

/// Runs `f` with a WHERE clause naming row number `row` (modulo the count) and the key values
/// for its parameters 2.. .
fn with_row(
    conn: &Connection,
    table: &str,
    keys: &[&str],
    row: u8,
    f: impl FnOnce(&str, Vec<Value>) -> rusqlite::Result<usize>,
) -> rusqlite::Result<usize> {
    let count: i64 = conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
    if count == 0 {
        return Ok(0);
    }
    let offset = i64::from(row) % count;
    let list = keys.join(", ");
    let key: Vec<Value> = conn.query_row(
        &format!("SELECT {list} FROM {table} ORDER BY {list} LIMIT 1 OFFSET ?1"),
        [offset],
        |r| (0..keys.len()).map(|i| r.get::<_, Value>(i)).collect(),
    )?;
    // The key takes parameters 2.. ; parameter 1 is the caller's (NULL if unused).
    let cond: Vec<String> = keys.iter().enumerate().map(|(i, k)| format!("{k} IS ?{}", i + 2)).collect();
    f(&cond.join(" AND "), key)
}

fn value_of(kind: u8, bytes: &[u8]) -> Value {
    match kind % 8 {
        0 => Value::Null,
        1 => {
            let mut b = [0u8; 8];
            b[..bytes.len().min(8)].copy_from_slice(&bytes[..bytes.len().min(8)]);
            Value::Integer(i64::from_le_bytes(b))
        }
        2 => Value::Text(String::from_utf8_lossy(bytes).into_owned()),
        3 => Value::Blob(bytes.to_vec()),
        4 => Value::Real(f64::from(bytes.first().copied().unwrap_or(0)) - 100.5),
        _ => Value::Integer(
            INTERESTING[usize::from(bytes.first().copied().unwrap_or(kind)) % INTERESTING.len()],
        ),
    }
}
