//! Conversation, message and conversation-group rows.

use rusqlite::types::ValueRef;
use rusqlite::{params, CachedStatement, Connection, Row};

use crate::engine::conversation::{GroupAt, MAX_ORDER_KEY};
use crate::engine::source::{StoredConversation, StoredForm};
use crate::engine::{ConvInfo, ConvKey, ConvType, Conversation, Draft, Message};
use crate::wire::conversation::{conv_info_json, draft_json, DraftParam};
use crate::wire::message::{stored_message_json, MessageJson};

// SQLite integers are i64; u64 values are stored bit-for-bit.
fn to_sql(v: u64) -> i64 {
    v as i64
}

fn from_sql(v: i64) -> u64 {
    v as u64
}

/// Writes a conversation's row. (An upsert on the key, not `OR REPLACE`: a clash on another
/// unique index, such as two conversations in one list place, is an error, never a silent
/// deletion of the other row.)
pub const UPSERT_CONVERSATION: &str = "INSERT INTO conversation (
        conv_type, conv_id, order_key, pinned, unread, max_seq, recv_opt, group_type, show_name,
        face_url, c2c_read_timestamp, group_read_sequence, last_msg, draft, read_seq, marks,
        custom_data, groups, at_info, hidden, peer_read_time, holds_messages, list_pos, rendered)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21,
        ?22, ?23, ?24)
    ON CONFLICT (conv_type, conv_id) DO UPDATE SET
        order_key = excluded.order_key, pinned = excluded.pinned, unread = excluded.unread,
        max_seq = excluded.max_seq, recv_opt = excluded.recv_opt, group_type = excluded.group_type,
        show_name = excluded.show_name, face_url = excluded.face_url,
        c2c_read_timestamp = excluded.c2c_read_timestamp,
        group_read_sequence = excluded.group_read_sequence, last_msg = excluded.last_msg,
        draft = excluded.draft, read_seq = excluded.read_seq, marks = excluded.marks,
        custom_data = excluded.custom_data, groups = excluded.groups, at_info = excluded.at_info,
        hidden = excluded.hidden, peer_read_time = excluded.peer_read_time,
        holds_messages = excluded.holds_messages, list_pos = excluded.list_pos,
        rendered = excluded.rendered";

pub fn upsert_conversation(stmt: &mut CachedStatement<'_>, c: &Conversation) -> rusqlite::Result<()> {
    let at_info: Vec<(u64, u32)> = c.at_info.iter().map(|a| (a.seq, a.at_type)).collect();
    let list_pos = c.is_listed().then(|| to_sql(c.active_time()));
    stmt.execute(params![
        c.key.conv_type.code(),
        c.key.id,
        to_sql(c.order_key),
        c.pinned,
        to_sql(c.unread),
        to_sql(c.max_seq),
        c.recv_opt,
        c.group_type,
        c.show_name,
        c.face_url,
        to_sql(c.c2c_read_timestamp),
        to_sql(c.group_read_sequence),
        c.last_msg.as_ref().map(stored_message_json),
        c.draft.as_ref().map(draft_json),
        to_sql(c.read_seq),
        to_sql(c.marks),
        c.custom_data,
        serde_json::to_string(&c.groups).expect("serialises"),
        serde_json::to_string(&at_info).expect("serialises"),
        c.hidden,
        to_sql(c.peer_read_time),
        c.holds_messages,
        list_pos,
        list_pos.is_some(),
    ])?;
    Ok(())
}

pub const UPSERT_VIEW: &str =
    "INSERT OR REPLACE INTO conversation_view (list_pos, conv_type, conv_id, conv_info) VALUES (?1, ?2, ?3, ?4)";

/// Writes a listed conversation's ConvInfo into `conversation_view` at its place (triggers
/// remove the entry of its old place), so a whole-list reply is a concatenation.
pub fn upsert_view(stmt: &mut CachedStatement<'_>, c: &Conversation) -> rusqlite::Result<()> {
    if c.is_listed() {
        stmt.execute(params![to_sql(c.active_time()), c.key.conv_type.code(), c.key.id, conv_info_json(c)])?;
    }
    Ok(())
}

pub const INSERT_MESSAGE: &str = "INSERT INTO message (
        conv_type, conv_id, seq, server_time, msg_id, sender, status, counts_unread, body,
        excluded_from_last)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";

pub fn insert_message(stmt: &mut CachedStatement<'_>, m: &Message) -> rusqlite::Result<()> {
    let counts_unread = !m.is_from_self && !m.is_read && !m.excluded_from_unread;
    stmt.execute(params![
        m.conv.conv_type.code(),
        m.conv.id,
        to_sql(m.seq),
        to_sql(m.server_time),
        m.msg_id,
        m.sender,
        m.status,
        counts_unread,
        stored_message_json(m),
        m.excluded_from_last,
    ])?;
    Ok(())
}

/// The columns `conversation_from_row` reads, in order.
pub const CONVERSATION_COLUMNS: &str = "conv_type, conv_id, order_key, pinned, unread, max_seq, recv_opt,
    group_type, show_name, face_url, c2c_read_timestamp, group_read_sequence, last_msg, draft, read_seq,
    marks, custom_data, groups, at_info, hidden, peer_read_time, holds_messages";

/// `CONVERSATION_COLUMNS` as far as filters and totals read them; the rest stays empty (no
/// message is parsed).
pub const SUMMARY_COLUMNS: &str = "conv_type, conv_id, order_key, pinned, unread, max_seq, recv_opt,
    group_type, '', '', 0, 0, NULL, NULL, read_seq, marks, '', groups, at_info, hidden, 0, holds_messages";

/// Every stored conversation, refusing rows the engine cannot hold (the row checks, in tests).
#[cfg(test)]
fn load_conversations(conn: &Connection) -> rusqlite::Result<Vec<Conversation>> {
    use std::collections::HashSet;
    let mut stmt = conn.prepare(&format!("SELECT {CONVERSATION_COLUMNS} FROM conversation"))?;
    let convs = stmt.query_map([], conversation_from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
    // Listed conversations need distinct places in the list, as the engine hands them out.
    let mut places = HashSet::with_capacity(convs.len());
    if !convs.iter().filter(|c| c.is_listed()).all(|c| places.insert(c.active_time())) {
        return Err(invalid(2, "order_key (shared by two conversations)"));
    }
    Ok(convs)
}

/// Most unread messages a stored conversation may claim: far above any real count, and far
/// enough below `u64::MAX` that the totals cannot overflow.
const MAX_STORED_UNREAD: u64 = u32::MAX as u64;

pub fn load_groups(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT name FROM conversation_group ORDER BY position")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    rows.collect()
}

/// A conversation from a row of `CONVERSATION_COLUMNS`; rows the engine cannot hold are errors.
pub fn conversation_from_row(r: &Row<'_>) -> rusqlite::Result<Conversation> {
    let key = key_from_row(r)?;
    let last_msg = match r.get::<_, Option<String>>(12)? {
        Some(text) => Some(parse_message(&text, key.clone()).ok_or_else(|| invalid(12, "last_msg"))?),
        None => None,
    };
    conversation_with_last(r, key, last_msg)
}

/// A `conversation_view` row (`list_pos, conv_type, conv_id, conv_info`): its place and, if its
/// columns can name a conversation and hold text, that conversation and its stored ConvInfo.
pub fn view_from_row<'r>(r: &'r Row<'_>) -> rusqlite::Result<(i64, Option<(ConvKey, &'r str)>)> {
    let place: i64 = r.get(0)?;
    let key = match (r.get_ref(1)?, r.get_ref(2)?) {
        (ValueRef::Integer(t), ValueRef::Text(id)) => ConvType::from_code(t)
            .zip(std::str::from_utf8(id).ok())
            .map(|(t, id)| ConvKey::new(t, id.to_owned())),
        _ => None,
    };
    let json = match r.get_ref(3)? {
        ValueRef::Text(text) => std::str::from_utf8(text).ok(),
        _ => None,
    };
    Ok((place, key.zip(json)))
}

/// A row of `CONVERSATION_COLUMNS, list_pos` (one a migration left without a rendered ConvInfo)
/// as a whole-list reply renders it: the fields, with the last message left as its stored
/// text (checked to be a JSON object; rendering reads it back and writes it whole).
pub fn unrendered_from_row(r: &Row<'_>) -> rusqlite::Result<StoredConversation> {
    let key = key_from_row(r)?;
    let place = from_sql(r.get(22)?);
    let last_msg_json = r.get::<_, Option<String>>(12)?;
    if let Some(text) = &last_msg_json {
        let raw: &serde_json::value::RawValue =
            serde_json::from_str(text).map_err(|_| invalid(12, "last_msg"))?;
        if !raw.get().starts_with('{') {
            return Err(invalid(12, "last_msg"));
        }
    }
    let conv = Box::new(conversation_with_last(r, key.clone(), None)?);
    Ok(StoredConversation { key, place, form: StoredForm::Parts { conv, last_msg_json } })
}

fn key_from_row(r: &Row<'_>) -> rusqlite::Result<ConvKey> {
    let conv_type = ConvType::from_code(r.get(0)?).ok_or_else(|| invalid(0, "conv_type"))?;
    Ok(ConvKey::new(conv_type, r.get::<_, String>(1)?))
}

fn conversation_with_last(
    r: &Row<'_>,
    key: ConvKey,
    last_msg: Option<Message>,
) -> rusqlite::Result<Conversation> {
    let draft = match r.get::<_, Option<String>>(13)? {
        Some(text) => Some(parse_draft(&text).ok_or_else(|| invalid(13, "draft"))?),
        None => None,
    };
    let groups = serde_json::from_str(&r.get::<_, String>(17)?).map_err(|_| invalid(17, "groups"))?;
    let at_info: Vec<(u64, u32)> =
        serde_json::from_str(&r.get::<_, String>(18)?).map_err(|_| invalid(18, "at_info"))?;
    // Order keys are activation times; the pin bit and up would clash with pinned places.
    let order_key = from_sql(r.get(2)?);
    if order_key > MAX_ORDER_KEY {
        return Err(invalid(2, "order_key"));
    }
    let unread = from_sql(r.get(4)?);
    if unread > MAX_STORED_UNREAD {
        return Err(invalid(4, "unread"));
    }
    // Seqs are at most i64::MAX (as messages enter), so the next one cannot overflow.
    let max_seq: i64 = r.get(5)?;
    if max_seq < 0 {
        return Err(invalid(5, "max_seq"));
    }
    Ok(Conversation {
        order_key,
        pinned: r.get(3)?,
        unread,
        max_seq: max_seq as u64,
        recv_opt: r.get(6)?,
        group_type: r.get(7)?,
        show_name: r.get(8)?,
        face_url: r.get(9)?,
        c2c_read_timestamp: from_sql(r.get(10)?),
        group_read_sequence: from_sql(r.get(11)?),
        last_msg,
        draft,
        read_seq: from_sql(r.get(14)?),
        marks: from_sql(r.get(15)?),
        custom_data: r.get(16)?,
        groups,
        at_info: at_info.into_iter().map(|(seq, at_type)| GroupAt { seq, at_type }).collect(),
        hidden: r.get(19)?,
        peer_read_time: from_sql(r.get(20)?),
        holds_messages: r.get(21)?,
        ..Conversation::new(key)
    })
}

fn parse_message(text: &str, key: ConvKey) -> Option<Message> {
    serde_json::from_str::<MessageJson>(text).ok().map(|m| m.into_message(key))
}

fn parse_draft(text: &str) -> Option<Draft> {
    let p: DraftParam = serde_json::from_str(text).ok()?;
    let edit_time = p.draft_edit_time;
    Some(p.into_draft(edit_time))
}

/// A column's value as stored, owned. Text that is not UTF-8 (a damaged file) comes back as a
/// blob of its bytes instead of failing or panicking (matched again with
/// `IN (?, CAST(? AS TEXT))`).
pub fn stored_value(r: &Row<'_>, column: usize) -> rusqlite::Result<rusqlite::types::Value> {
    use rusqlite::types::Value;
    Ok(match r.get_ref(column)? {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(n) => Value::Integer(n),
        ValueRef::Real(x) => Value::Real(x),
        ValueRef::Text(b) => match std::str::from_utf8(b) {
            Ok(t) => Value::Text(t.to_owned()),
            Err(_) => Value::Blob(b.to_vec()),
        },
        ValueRef::Blob(b) => Value::Blob(b.to_vec()),
    })
}

fn invalid(column: usize, what: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        column,
        rusqlite::types::Type::Text,
        format!("stored {what} is not valid").into(),
    )
}

pub const UPSERT_INFO: &str = "INSERT OR REPLACE INTO conv_info
        (conv_type, conv_id, name, remark, face_url, group_type, recv_opt)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

pub fn upsert_info(stmt: &mut CachedStatement<'_>, key: &ConvKey, i: &ConvInfo) -> rusqlite::Result<()> {
    stmt.execute(params![
        key.conv_type.code(),
        key.id,
        i.name,
        i.remark,
        i.face_url,
        i.group_type,
        i.recv_opt
    ])?;
    Ok(())
}

pub fn load_infos(conn: &Connection) -> rusqlite::Result<Vec<(ConvKey, ConvInfo)>> {
    let mut stmt = conn
        .prepare("SELECT conv_type, conv_id, name, remark, face_url, group_type, recv_opt FROM conv_info")?;
    let rows = stmt.query_map([], |r| {
        let conv_type = ConvType::from_code(r.get(0)?).ok_or_else(|| invalid(0, "conv_type"))?;
        let info = ConvInfo {
            name: r.get(2)?,
            remark: r.get(3)?,
            face_url: r.get(4)?,
            group_type: r.get(5)?,
            recv_opt: r.get(6)?,
        };
        Ok((ConvKey::new(conv_type, r.get::<_, String>(1)?), info))
    })?;
    rows.collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(convs: &[Conversation]) -> rusqlite::Result<Vec<Conversation>> {
        let mut conn = Connection::open_in_memory().unwrap();
        super::super::schema::migrate(&mut conn).unwrap();
        let mut stmt = conn.prepare_cached(UPSERT_CONVERSATION).unwrap();
        for c in convs {
            upsert_conversation(&mut stmt, c)?;
        }
        drop(stmt);
        load_conversations(&conn)
    }

    /// A listed (pinned) conversation with this order key.
    fn pinned(id: &str, order_key: u64) -> Conversation {
        Conversation { order_key, pinned: true, ..Conversation::new(ConvKey::c2c(id)) }
    }

    #[test]
    fn rows_the_engine_cannot_hold_are_refused() {
        assert_eq!(load(&[pinned("a", 5), pinned("b", 6)]).unwrap().len(), 2);
        // The database itself refuses two conversations in one place (a unique index).
        assert!(load(&[pinned("a", 5), pinned("b", 5)]).is_err(), "two conversations in one place");
        let hidden = Conversation { hidden: true, ..pinned("b", 5) };
        assert_eq!(load(&[pinned("a", 5), hidden]).unwrap().len(), 2, "unlisted ones take no place");
        assert_eq!(load(&[pinned("a", MAX_ORDER_KEY)]).unwrap()[0].active_time(), (1 << 53) - 1);
        assert!(load(&[pinned("a", MAX_ORDER_KEY + 1)]).is_err(), "order key clashing with the pin bit");
        assert!(load(&[pinned("a", u64::MAX - 1)]).is_err(), "order key at the clock's end");
        let unread = |n| Conversation { unread: n, ..pinned("a", 5) };
        assert_eq!(load(&[unread(MAX_STORED_UNREAD)]).unwrap()[0].unread, MAX_STORED_UNREAD);
        assert!(load(&[unread(u64::MAX)]).is_err(), "unread that would overflow the totals");
    }
}
