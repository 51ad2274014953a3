//! Conversation, message and conversation-group rows.

use rusqlite::{params, CachedStatement, Connection, Row};

use crate::engine::conversation::GroupAt;
use crate::engine::{ConvInfo, ConvKey, ConvType, Conversation, Draft, Message};
use crate::wire::conversation::{draft_json, DraftParam};
use crate::wire::message::{message_json, MessageJson};

// SQLite integers are i64; u64 values are stored bit-for-bit.
fn to_sql(v: u64) -> i64 {
    v as i64
}

fn from_sql(v: i64) -> u64 {
    v as u64
}

pub const UPSERT_CONVERSATION: &str = "INSERT OR REPLACE INTO conversation (
        conv_type, conv_id, order_key, pinned, unread, max_seq, recv_opt, group_type, show_name,
        face_url, c2c_read_timestamp, group_read_sequence, last_msg, draft, read_seq, marks,
        custom_data, groups, at_info, hidden, peer_read_time, holds_messages)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21,
        ?22)";

pub fn upsert_conversation(stmt: &mut CachedStatement<'_>, c: &Conversation) -> rusqlite::Result<()> {
    let at_info: Vec<(u64, u32)> = c.at_info.iter().map(|a| (a.seq, a.at_type)).collect();
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
        c.last_msg.as_ref().map(message_json),
        c.draft.as_ref().map(draft_json),
        to_sql(c.read_seq),
        to_sql(c.marks),
        c.custom_data,
        serde_json::to_string(&c.groups).expect("serialises"),
        serde_json::to_string(&at_info).expect("serialises"),
        c.hidden,
        to_sql(c.peer_read_time),
        c.holds_messages,
    ])?;
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
        message_json(m),
        m.excluded_from_last,
    ])?;
    Ok(())
}

pub fn load_conversations(conn: &Connection) -> rusqlite::Result<Vec<Conversation>> {
    let mut stmt = conn.prepare(
        "SELECT conv_type, conv_id, order_key, pinned, unread, max_seq, recv_opt, group_type,
                show_name, face_url, c2c_read_timestamp, group_read_sequence, last_msg, draft,
                read_seq, marks, custom_data, groups, at_info, hidden, peer_read_time, holds_messages
         FROM conversation",
    )?;
    let rows = stmt.query_map([], conversation_from_row)?;
    rows.collect()
}

pub fn load_groups(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT name FROM conversation_group ORDER BY position")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    rows.collect()
}

fn conversation_from_row(r: &Row<'_>) -> rusqlite::Result<Conversation> {
    let conv_type = ConvType::from_code(r.get(0)?).ok_or_else(|| invalid(0, "conv_type"))?;
    let key = ConvKey::new(conv_type, r.get::<_, String>(1)?);
    let last_msg = match r.get::<_, Option<String>>(12)? {
        Some(text) => Some(parse_message(&text, key.clone()).ok_or_else(|| invalid(12, "last_msg"))?),
        None => None,
    };
    let draft = match r.get::<_, Option<String>>(13)? {
        Some(text) => Some(parse_draft(&text).ok_or_else(|| invalid(13, "draft"))?),
        None => None,
    };
    let groups = serde_json::from_str(&r.get::<_, String>(17)?).map_err(|_| invalid(17, "groups"))?;
    let at_info: Vec<(u64, u32)> =
        serde_json::from_str(&r.get::<_, String>(18)?).map_err(|_| invalid(18, "at_info"))?;
    Ok(Conversation {
        order_key: from_sql(r.get(2)?),
        pinned: r.get(3)?,
        unread: from_sql(r.get(4)?),
        max_seq: from_sql(r.get(5)?),
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

fn invalid(column: usize, what: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        column,
        rusqlite::types::Type::Text,
        format!("stored {what} is not valid").into(),
    )
}

/// Highest seq of the conversation's messages sent at or before `time`.
pub fn max_seq_until(conn: &Connection, key: &ConvKey, time: u64) -> rusqlite::Result<u64> {
    conn.query_row(
        "SELECT coalesce(max(seq), 0) FROM message WHERE conv_type = ?1 AND conv_id = ?2 AND server_time <= ?3",
        params![key.conv_type.code(), key.id, to_sql(time)],
        |r| r.get::<_, i64>(0).map(from_sql),
    )
}

/// Messages of the conversation that count as unread and come after `seq`.
pub fn unread_after(conn: &Connection, key: &ConvKey, seq: u64) -> rusqlite::Result<u64> {
    conn.query_row(
        "SELECT count(*) FROM message WHERE conv_type = ?1 AND conv_id = ?2 AND counts_unread AND seq > ?3",
        params![key.conv_type.code(), key.id, to_sql(seq)],
        |r| r.get::<_, i64>(0).map(from_sql),
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
