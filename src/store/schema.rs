//! Schema and forward migrations, versioned with `PRAGMA user_version`.

use rusqlite::{Connection, TransactionBehavior};

/// Migrations in order; migration `i` takes the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: conversations and the messages they depend on.
    "CREATE TABLE conversation (
        conv_type INTEGER NOT NULL,
        conv_id TEXT NOT NULL,
        order_key INTEGER NOT NULL,
        pinned INTEGER NOT NULL,
        unread INTEGER NOT NULL,
        max_seq INTEGER NOT NULL,
        recv_opt INTEGER NOT NULL,
        group_type INTEGER NOT NULL,
        show_name TEXT NOT NULL,
        face_url TEXT NOT NULL,
        c2c_read_timestamp INTEGER NOT NULL,
        group_read_sequence INTEGER NOT NULL,
        last_msg TEXT,
        draft TEXT,
        PRIMARY KEY (conv_type, conv_id)
    ) WITHOUT ROWID;
    CREATE TABLE message (
        id INTEGER PRIMARY KEY,
        conv_type INTEGER NOT NULL,
        conv_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        server_time INTEGER NOT NULL,
        msg_id TEXT NOT NULL,
        sender TEXT NOT NULL,
        status INTEGER NOT NULL,
        counts_unread INTEGER NOT NULL,
        body TEXT NOT NULL
    );
    CREATE INDEX message_timeline ON message (conv_type, conv_id, server_time, seq);
    CREATE INDEX message_by_msg_id ON message (msg_id);",
    // 2: marks, custom data, conversation groups, @ info, read position, deleted-but-kept.
    "ALTER TABLE conversation ADD COLUMN read_seq INTEGER NOT NULL DEFAULT 0;
    UPDATE conversation SET read_seq = max_seq WHERE unread = 0;
    ALTER TABLE conversation ADD COLUMN marks INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE conversation ADD COLUMN custom_data TEXT NOT NULL DEFAULT '';
    ALTER TABLE conversation ADD COLUMN groups TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE conversation ADD COLUMN at_info TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE conversation ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE conversation_group (name TEXT PRIMARY KEY, position INTEGER NOT NULL);",
    // 3: profiles / group infos / receive options, peer read receipts, history by seq.
    "ALTER TABLE conversation ADD COLUMN peer_read_time INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE message ADD COLUMN excluded_from_last INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX message_seq ON message (conv_type, conv_id, seq);
    CREATE TABLE conv_info (
        conv_type INTEGER NOT NULL,
        conv_id TEXT NOT NULL,
        name TEXT NOT NULL,
        remark TEXT NOT NULL,
        face_url TEXT NOT NULL,
        group_type INTEGER NOT NULL,
        recv_opt INTEGER NOT NULL,
        PRIMARY KEY (conv_type, conv_id)
    ) WITHOUT ROWID;",
    // 4: conversations holding only messages excluded from the last message are listed.
    "ALTER TABLE conversation ADD COLUMN holds_messages INTEGER NOT NULL DEFAULT 0;
    UPDATE conversation SET holds_messages = EXISTS (
        SELECT 1 FROM message m WHERE m.conv_type = conversation.conv_type AND m.conv_id = conversation.conv_id);",
    // 5: local message search: a trigram full-text index, filled up to `indexed_upto` lazily.
    "CREATE VIRTUAL TABLE message_fts USING fts5(text, types UNINDEXED, tokenize = 'trigram');
    CREATE TABLE search_state (indexed_upto INTEGER NOT NULL);
    INSERT INTO search_state (indexed_upto) VALUES (0);
    CREATE INDEX message_sender ON message (sender);",
    // 6: the conversation list is read from the database instead of being loaded at login.
    // `list_pos` is `conv_active_time` for listed conversations (NULL otherwise); partial
    // indexes serve pages by type and by mark, `conversation_membership` (kept by triggers when
    // `groups` changes) serves pages by conversation group, and the totals the engine keeps (unread, order clock, unread by
    // filter) are stored with every commit.
    "ALTER TABLE conversation ADD COLUMN list_pos INTEGER;
    ALTER TABLE conversation ADD COLUMN rendered INTEGER NOT NULL DEFAULT 0;
    UPDATE conversation SET list_pos = CASE
        WHEN order_key > 0 AND NOT hidden
            AND (last_msg IS NOT NULL OR holds_messages OR draft IS NOT NULL OR pinned)
        THEN order_key | (CASE WHEN pinned THEN 4611686018427387904 ELSE 0 END) END;
    CREATE UNIQUE INDEX conversation_list ON conversation (list_pos) WHERE list_pos IS NOT NULL;
    CREATE INDEX conversation_list_by_type ON conversation (conv_type, list_pos)
        WHERE list_pos IS NOT NULL;
    CREATE INDEX conversation_list_marked ON conversation (list_pos, marks)
        WHERE list_pos IS NOT NULL AND marks != 0;
    CREATE INDEX conversation_unread ON conversation (conv_type) WHERE unread != 0 OR at_info != '[]';
    CREATE TABLE conversation_membership (
        name TEXT NOT NULL,
        conv_type INTEGER NOT NULL,
        conv_id TEXT NOT NULL,
        PRIMARY KEY (name, conv_type, conv_id)
    ) WITHOUT ROWID;
    INSERT OR IGNORE INTO conversation_membership (name, conv_type, conv_id)
        SELECT g.value, c.conv_type, c.conv_id FROM conversation c, json_each(c.groups) g
        WHERE json_valid(c.groups) AND json_type(c.groups) = 'array' AND g.type = 'text';
    CREATE TABLE engine_state (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
    INSERT INTO engine_state (name, value) VALUES
        ('clock', (SELECT coalesce(max(order_key), 0) FROM conversation)),
        ('total_unread', (SELECT coalesce(sum(unread), 0) FROM conversation
            WHERE recv_opt NOT IN (1, 2, 3) AND NOT (conv_type = 2 AND group_type = 4)));
    CREATE TABLE unread_counter (
        filter TEXT PRIMARY KEY,
        total INTEGER NOT NULL,
        position INTEGER NOT NULL
    ) WITHOUT ROWID;
    INSERT INTO unread_counter (filter, total, position)
        SELECT '[' || conv_type || ',null,null,null,null]', coalesce(sum(CASE
                WHEN hidden OR recv_opt IN (1, 2, 3) OR (conv_type = 2 AND group_type = 4) THEN 0
                ELSE unread END), 0), conv_type
        FROM (SELECT 1 AS conv_type, 0 AS hidden, 0 AS recv_opt, 0 AS group_type, 0 AS unread
              UNION ALL SELECT 2, 0, 0, 0, 0
              UNION ALL SELECT conv_type, hidden, recv_opt, group_type, unread FROM conversation)
        GROUP BY conv_type;
    CREATE TRIGGER conversation_groups_added AFTER INSERT ON conversation
    WHEN new.groups != '[]' BEGIN
        INSERT OR IGNORE INTO conversation_membership (name, conv_type, conv_id)
            SELECT value, new.conv_type, new.conv_id FROM json_each(new.groups) WHERE type = 'text';
    END;
    CREATE TRIGGER conversation_groups_changed AFTER UPDATE OF groups ON conversation
    WHEN old.groups IS NOT new.groups BEGIN
        DELETE FROM conversation_membership WHERE conv_type = old.conv_type AND conv_id = old.conv_id;
        INSERT OR IGNORE INTO conversation_membership (name, conv_type, conv_id)
            SELECT value, new.conv_type, new.conv_id FROM json_each(new.groups) WHERE type = 'text';
    END;
    CREATE TABLE conversation_view (
        list_pos INTEGER PRIMARY KEY,
        conv_type INTEGER NOT NULL,
        conv_id TEXT NOT NULL,
        conv_info TEXT NOT NULL
    );
    CREATE INDEX conversation_unrendered ON conversation (list_pos)
        WHERE list_pos IS NOT NULL AND NOT rendered;
    CREATE TRIGGER conversation_view_moved AFTER UPDATE OF list_pos ON conversation
    WHEN old.list_pos IS NOT NULL AND old.list_pos IS NOT new.list_pos BEGIN
        DELETE FROM conversation_view WHERE list_pos = old.list_pos;
    END;
    CREATE TRIGGER conversation_view_removed AFTER DELETE ON conversation
    WHEN old.list_pos IS NOT NULL BEGIN
        DELETE FROM conversation_view WHERE list_pos = old.list_pos;
    END;
    CREATE TRIGGER conversation_groups_removed AFTER DELETE ON conversation
    WHEN old.groups != '[]' BEGIN
        DELETE FROM conversation_membership WHERE conv_type = old.conv_type AND conv_id = old.conv_id;
    END;",
    // 7: every `conv_active_time` and paging cursor stays at most 2^53 - 1, exact in JavaScript:
    // the pin moves from bit 62 to bit 52 (`PINNED_BIT`). Only places at or above 2^52 change,
    // found through the list index: pinned ones, and listed order keys at or above 2^52 (only a
    // damaged store holds them), which move just below it in their order (the clock with
    // them). A place that changes drops its view entry (trigger `conversation_view_moved`): its
    // stored ConvInfo names the old time, so the row is rendered again when the list is read.
    "UPDATE conversation SET order_key = 4503599627370496 - moved.n
        FROM (SELECT conv_type, conv_id, row_number() OVER (ORDER BY order_key DESC) AS n
              FROM conversation WHERE list_pos IS NOT NULL AND list_pos >= 4503599627370496
                  AND order_key >= 4503599627370496) AS moved
        WHERE conversation.conv_type = moved.conv_type AND conversation.conv_id = moved.conv_id;
    UPDATE conversation SET list_pos = order_key, rendered = 0
        WHERE list_pos IS NOT NULL AND list_pos >= 4503599627370496 AND NOT pinned;
    UPDATE conversation SET list_pos = order_key + 4503599627370496, rendered = 0
        WHERE list_pos IS NOT NULL AND list_pos >= 4503599627370496 AND pinned AND order_key >= 0;
    UPDATE engine_state SET value = (SELECT coalesce(max(order_key), 0) FROM conversation)
        WHERE name = 'clock' AND (value >= 4503599627370496 OR value < 0);",
    // 8: a homeserver's side: named values (sync position, device, token), the room of each
    // conversation with where its older history continues, the outbox of writes the server
    // has yet to take, and an index to find sends that never finished.
    "CREATE TABLE server_state (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE server_room (
        room_id TEXT PRIMARY KEY,
        conv_type INTEGER NOT NULL,
        conv_id TEXT NOT NULL,
        history_token TEXT
    ) WITHOUT ROWID;
    CREATE INDEX server_room_by_conversation ON server_room (conv_type, conv_id);
    CREATE TABLE server_outbox (id INTEGER PRIMARY KEY, item TEXT NOT NULL);
    CREATE INDEX message_sending ON message (status) WHERE status = 1;",
    // 9: keywords of two characters are found through an index of each message's pairs of
    // consecutive characters (no content kept, no positions) instead of a scan of the text.
    // `migrate` fills it for the messages indexed so far (`search::index_pairs_of_indexed`).
    "CREATE VIRTUAL TABLE message_pairs USING fts5(pairs, content = '', contentless_delete = 1,
        detail = none, tokenize = 'ascii');",
];

/// The version whose migration creates `message_pairs`, which `migrate` then fills.
const PAIRS_VERSION: usize = 9;

/// The schema version this build writes.
pub const VERSION: i64 = MIGRATIONS.len() as i64;

/// The objects the migrations create, as (`sqlite_master` type, name), in order.
pub fn created_objects() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for sql in MIGRATIONS {
        let mut words = sql.split_whitespace().peekable();
        while let Some(word) = words.next() {
            if word != "CREATE" {
                continue;
            }
            let mut kind = words.next().unwrap_or_default();
            while matches!(kind, "UNIQUE" | "VIRTUAL" | "TEMP") {
                kind = words.next().unwrap_or_default();
            }
            let mut name = words.next().unwrap_or_default();
            if name == "IF" {
                name = words.nth(2).unwrap_or_default();
            }
            let name = name.split(|c: char| !(c.is_alphanumeric() || c == '_')).next().unwrap_or_default();
            out.push((kind.to_ascii_lowercase(), name.to_owned()));
        }
    }
    out
}

/// Whether `sql` (an object's text as `sqlite_master` keeps it) is written as the migrations
/// write it.
pub fn is_migration_text(sql: &str) -> bool {
    MIGRATIONS.iter().any(|m| m.contains(sql))
}

/// Reads the schema version without writing: fails for files that are not SQLite databases and
/// for databases written by a newer build.
pub fn check_version(conn: &Connection) -> Result<i64, String> {
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| format!("not a readable SQLite database: {e}"))?;
    if version > VERSION {
        return Err(format!(
            "schema version {version} is newer than this library supports ({VERSION}); refusing to touch it"
        ));
    }
    Ok(version)
}

/// Brings the database to `VERSION`, taking the write lock (an error if another process holds
/// it). A database from a newer build is left untouched.
pub fn migrate(conn: &mut Connection) -> Result<(), String> {
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Exclusive)
        .map_err(|e| format!("cannot lock the database (is another process using it?): {e}"))?;
    let version = check_version(&tx)?;
    if version == VERSION {
        // Nothing to write: no commit to wait for at every login.
        return tx.rollback().map_err(|e| format!("cannot release the database: {e}"));
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version.max(0) as usize) {
        let failed = |e: rusqlite::Error| format!("migration to version {} failed: {e}", i + 1);
        tx.execute_batch(sql).map_err(failed)?;
        if i + 1 == PAIRS_VERSION {
            super::search::index_pairs_of_indexed(&tx).map_err(failed)?;
        }
    }
    tx.pragma_update(None, "user_version", VERSION)
        .map_err(|e| format!("cannot set the schema version: {e}"))?;
    tx.commit().map_err(|e| format!("cannot commit the schema: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An in-memory database as version `version` of the schema left it.
    fn at_version(version: usize) -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        for sql in &MIGRATIONS[..version] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", version as i64).unwrap();
        conn
    }

    #[test]
    fn version_4_marks_conversations_that_hold_messages() {
        let mut conn = at_version(3);
        conn.execute_batch(
            "INSERT INTO conversation (conv_type, conv_id, order_key, pinned, unread, max_seq, recv_opt,
                 group_type, show_name, face_url, c2c_read_timestamp, group_read_sequence)
             VALUES (1, 'with', 5, 0, 1, 1, 0, 0, '', '', 0, 0), (1, 'without', 6, 0, 0, 0, 0, 0, '', '', 0, 0);
             INSERT INTO message (conv_type, conv_id, seq, server_time, msg_id, sender, status, counts_unread,
                 body, excluded_from_last)
             VALUES (1, 'with', 1, 9, 'm1', 'with', 2, 1, '{}', 1);",
        )
        .unwrap();
        migrate(&mut conn).unwrap();
        let holds = |id: &str| -> bool {
            conn.query_row("SELECT holds_messages FROM conversation WHERE conv_id = ?1", [id], |r| r.get(0))
                .unwrap()
        };
        assert!(holds("with"));
        assert!(!holds("without"));
        assert_eq!(check_version(&conn), Ok(VERSION));
    }

    #[test]
    fn version_9_indexes_the_pairs_of_the_messages_indexed_so_far() {
        let mut conn = at_version(8);
        conn.execute_batch(
            "INSERT INTO message_fts (rowid, text, types) VALUES (3, '明天开会议', ',0,'), (9, 'Re: OK', ',0,');",
        )
        .unwrap();
        migrate(&mut conn).unwrap();
        let found = |pair: &str| -> Vec<i64> {
            let token = super::super::search::pair_tokens(pair);
            let mut stmt =
                conn.prepare("SELECT rowid FROM message_pairs WHERE message_pairs MATCH ?1").unwrap();
            stmt.query_map([format!("\"{token}\"")], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
        };
        assert_eq!(found("会议"), [3]);
        assert_eq!(found("ok"), [9], "ASCII letters in either case");
        assert_eq!(found(": "), [9]);
        assert!(found("议明").is_empty());
        assert_eq!(check_version(&conn), Ok(VERSION));
    }

    #[test]
    fn version_6_indexes_the_list_and_stores_the_totals() {
        let conn = Connection::open_in_memory().unwrap();
        for sql in &MIGRATIONS[..5] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 5).unwrap();
        // (id, order_key, pinned, unread, recv_opt, last_msg, hidden, groups)
        let rows = [
            ("plain", 5, 0, 4, 0, Some("{}"), 0, "[\"work\",\"home\"]"),
            ("pinned", 6, 1, 0, 0, None, 0, "[]"),
            ("deleted", 7, 0, 0, 0, Some("{}"), 1, "[\"work\"]"),
            ("never_active", 0, 0, 0, 0, None, 0, "[]"),
            ("muted", 3, 0, 3, 2, Some("{}"), 0, "not json"),
        ];
        for (id, order_key, pinned, unread, recv_opt, last_msg, hidden, groups) in rows {
            conn.execute(
                "INSERT INTO conversation (conv_type, conv_id, order_key, pinned, unread, max_seq, recv_opt,
                     group_type, show_name, face_url, c2c_read_timestamp, group_read_sequence, last_msg,
                     hidden, groups)
                 VALUES (1, ?1, ?2, ?3, ?4, 0, ?5, 0, '', '', 0, 0, ?6, ?7, ?8)",
                rusqlite::params![id, order_key, pinned, unread, recv_opt, last_msg, hidden, groups],
            )
            .unwrap();
        }
        conn.execute_batch(MIGRATIONS[5]).unwrap(); // as version 6 left it (7 moves the pin bit)
        let list_pos = |id: &str| -> Option<i64> {
            conn.query_row("SELECT list_pos FROM conversation WHERE conv_id = ?1", [id], |r| r.get(0))
                .unwrap()
        };
        assert_eq!(list_pos("plain"), Some(5));
        assert_eq!(list_pos("pinned"), Some(6 | 1 << 62), "pinned ones sort above the others");
        assert_eq!(list_pos("deleted"), None);
        assert_eq!(list_pos("never_active"), None);
        assert_eq!(list_pos("muted"), Some(3));
        let members: Vec<(String, String)> = conn
            .prepare("SELECT name, conv_id FROM conversation_membership ORDER BY name, conv_id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let want = [("home", "plain"), ("work", "deleted"), ("work", "plain")];
        assert_eq!(members, want.map(|(n, c)| (n.to_owned(), c.to_owned())), "unreadable groups are skipped");
        let state = |name: &str| -> i64 {
            conn.query_row("SELECT value FROM engine_state WHERE name = ?1", [name], |r| r.get(0)).unwrap()
        };
        assert_eq!(state("total_unread"), 4, "muted conversations do not count");
        assert_eq!(state("clock"), 7, "the clock starts above every order key");
        let counter = |filter: &str| -> i64 {
            conn.query_row("SELECT total FROM unread_counter WHERE filter = ?1", [filter], |r| r.get(0))
                .unwrap()
        };
        assert_eq!(counter("[1,null,null,null,null]"), 4, "C2C total, kept from the start");
        assert_eq!(counter("[2,null,null,null,null]"), 0, "group total, kept from the start");
    }

    #[test]
    fn version_7_keeps_every_place_within_2_to_the_53() {
        use crate::engine::conversation::{active_time, MAX_ORDER_KEY, PINNED_BIT};
        assert!(MIGRATIONS[6].contains(&PINNED_BIT.to_string()), "the migration writes PINNED_BIT");
        let mut conn = Connection::open_in_memory().unwrap();
        for sql in &MIGRATIONS[..6] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 6).unwrap();
        const OLD_PIN: u64 = 1 << 62;
        // (id, order_key, pinned, list_pos as version 6 wrote it)
        let rows: [(&str, u64, bool, Option<u64>); 6] = [
            ("plain", 5, false, Some(5)),
            ("pinned", 6, true, Some(6 | OLD_PIN)),
            ("pinned_later", 9, true, Some(9 | OLD_PIN)),
            ("hidden_pin", 7, true, None),
            ("damaged", 1 << 55, false, Some(1 << 55)),
            ("damaged_pin", (1 << 60) + 3, true, Some(((1 << 60) + 3) | OLD_PIN)),
        ];
        for (id, order_key, pinned, list_pos) in rows {
            conn.execute(
                "INSERT INTO conversation (conv_type, conv_id, order_key, pinned, unread, max_seq, recv_opt,
                     group_type, show_name, face_url, c2c_read_timestamp, group_read_sequence, last_msg,
                     list_pos, rendered)
                 VALUES (1, ?1, ?2, ?3, 0, 0, 0, 0, '', '', 0, 0, '{}', ?4, ?5)",
                rusqlite::params![
                    id,
                    order_key as i64,
                    pinned,
                    list_pos.map(|p| p as i64),
                    list_pos.is_some()
                ],
            )
            .unwrap();
            if let Some(pos) = list_pos {
                let info = format!("{{\"conv_id\":\"{id}\",\"conv_active_time\":{pos}}}");
                conn.execute(
                    "INSERT INTO conversation_view (list_pos, conv_type, conv_id, conv_info) VALUES (?1, 1, ?2, ?3)",
                    rusqlite::params![pos as i64, id, info],
                )
                .unwrap();
            }
        }
        conn.execute("UPDATE engine_state SET value = ?1 WHERE name = 'clock'", [((1u64 << 60) + 3) as i64])
            .unwrap();
        migrate(&mut conn).unwrap();

        let row = |id: &str| -> (u64, Option<u64>, bool) {
            conn.query_row(
                "SELECT order_key, list_pos, rendered FROM conversation WHERE conv_id = ?1",
                [id],
                |r| {
                    Ok((r.get::<_, i64>(0)? as u64, r.get::<_, Option<i64>>(1)?.map(|p| p as u64), r.get(2)?))
                },
            )
            .unwrap()
        };
        assert_eq!(row("plain"), (5, Some(5), true), "unpinned places stay, with their view entry");
        assert_eq!(row("pinned"), (6, Some(active_time(6, true)), false));
        assert_eq!(row("pinned_later"), (9, Some(active_time(9, true)), false));
        assert_eq!(row("hidden_pin"), (7, None, false), "unlisted rows keep no place");
        assert_eq!(row("damaged_pin"), (MAX_ORDER_KEY, Some(active_time(MAX_ORDER_KEY, true)), false));
        assert_eq!(row("damaged"), (MAX_ORDER_KEY - 1, Some(MAX_ORDER_KEY - 1), false), "in their order");
        let places: Vec<(i64, String)> = conn
            .prepare("SELECT list_pos, conv_id FROM conversation WHERE list_pos IS NOT NULL ORDER BY list_pos DESC")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let order: Vec<&str> = places.iter().map(|(_, id)| id.as_str()).collect();
        assert_eq!(order, ["damaged_pin", "pinned_later", "pinned", "damaged", "plain"], "pinned first");
        assert!(places.iter().all(|(p, _)| (0..=(1i64 << 53) - 1).contains(p)), "{places:?}");
        let view: Vec<i64> = conn
            .prepare("SELECT list_pos FROM conversation_view")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(view, [5], "moved places drop their view entry, to be rendered from the row");
        let clock: i64 =
            conn.query_row("SELECT value FROM engine_state WHERE name = 'clock'", [], |r| r.get(0)).unwrap();
        assert_eq!(clock as u64, MAX_ORDER_KEY, "the clock follows the moved keys");
        assert_eq!(check_version(&conn), Ok(VERSION));
    }
}
