//! The damage the repair test makes to a closed store's derived data, with SQL.

use proptest::prelude::*;
use rusqlite::Connection;

use super::{key, CONVS, GROUPS, T0};

/// One damage to derived data, made with SQL while the store is closed. Indexes pick rows
/// (modulo their number).
#[derive(Clone, Debug)]
pub enum Damage {
    Total(i64),
    TotalGone,
    TotalText,
    Counter(u8, i64),
    PerTypeCounterGone(u8),
    ClockBack(u8),
    ViewText(u8, u8),
    ViewGone(u8),
    ViewMoved(u8, i64),
    ViewPhantom(i64, u8),
    Rendered(u8),
    PlaceGone(u8),
    PlaceShifted(u8, i64),
    MemberGone(u8),
    MemberPhantom(u8, u8),
    Drop(u8),
}

/// Derived schema objects a damage may drop.
const DROPPABLE: &[&str] = &[
    "TABLE conversation_view",
    "TABLE conversation_membership",
    "TABLE engine_state",
    "TABLE unread_counter",
    "INDEX conversation_list",
    "INDEX conversation_list_by_type",
    "INDEX conversation_list_marked",
    "INDEX conversation_unread",
    "INDEX conversation_unrendered",
    "TRIGGER conversation_groups_added",
    "TRIGGER conversation_groups_changed",
    "TRIGGER conversation_groups_removed",
    "TRIGGER conversation_view_moved",
    "TRIGGER conversation_view_removed",
];

pub fn damage() -> impl Strategy<Value = Damage> {
    let i = any::<u8>();
    prop_oneof![
        (-50i64..1000).prop_map(Damage::Total),
        Just(Damage::TotalGone),
        Just(Damage::TotalText),
        (i, -20i64..100).prop_map(|(i, d)| Damage::Counter(i, d)),
        i.prop_map(Damage::PerTypeCounterGone),
        i.prop_map(Damage::ClockBack),
        (i, 0u8..6).prop_map(|(i, k)| Damage::ViewText(i, k)),
        i.prop_map(Damage::ViewGone),
        (i, -3i64..3).prop_map(|(i, d)| Damage::ViewMoved(i, d)),
        (prop_oneof![Just(0i64), 1..T0 as i64 + 100, Just(i64::MAX)], i)
            .prop_map(|(p, c)| Damage::ViewPhantom(p, c)),
        i.prop_map(Damage::Rendered),
        i.prop_map(Damage::PlaceGone),
        (i, -3i64..3).prop_map(|(i, d)| Damage::PlaceShifted(i, d)),
        i.prop_map(Damage::MemberGone),
        (0..GROUPS.len() as u8 + 1, 0..CONVS + 2).prop_map(|(g, c)| Damage::MemberPhantom(g, c)),
        (0..DROPPABLE.len() as u8).prop_map(Damage::Drop),
    ]
}

/// Applies one damage (a statement the database refuses, such as a second row in one list
/// place, is no damage).
pub fn apply(conn: &Connection, d: &Damage) {
    let count = |table: &str| -> i64 {
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0)).unwrap_or(0).max(1)
    };
    let nth = |table: &str, i: u8| i64::from(i) % count(table);
    let view_row = |i: u8| {
        format!(
            "(SELECT list_pos FROM conversation_view ORDER BY list_pos LIMIT 1 OFFSET {})",
            nth("conversation_view", i)
        )
    };
    let conv_row = |i: u8| {
        format!(
            "(conv_type, conv_id) = (SELECT conv_type, conv_id FROM conversation ORDER BY conv_type, conv_id LIMIT 1 OFFSET {})",
            nth("conversation", i)
        )
    };
    let sql = match d {
        Damage::Total(n) => format!("UPDATE engine_state SET value = max(0, value + {n}) WHERE name = 'total_unread'"),
        Damage::TotalGone => "DELETE FROM engine_state WHERE name = 'total_unread'".into(),
        Damage::TotalText => "UPDATE engine_state SET value = 'lots' WHERE name = 'total_unread'".into(),
        Damage::Counter(i, n) => format!(
            "UPDATE unread_counter SET total = max(0, total + {n})
             WHERE filter = (SELECT filter FROM unread_counter ORDER BY position LIMIT 1 OFFSET {})",
            nth("unread_counter", *i)
        ),
        Damage::PerTypeCounterGone(i) => {
            format!("DELETE FROM unread_counter WHERE filter = '[{},null,null,null,null]'", 1 + i % 2)
        }
        Damage::ClockBack(n) => format!("UPDATE engine_state SET value = max(0, value - {n} * 3) WHERE name = 'clock'"),
        Damage::ViewText(i, kind) => {
            let text = match kind {
                0 => "substr(conv_info, 1, length(conv_info) / 2)".to_owned(),
                1 => "'not json'".into(),
                2 => format!("(SELECT conv_info FROM conversation_view WHERE list_pos != {0} ORDER BY list_pos LIMIT 1)", view_row(*i)),
                3 => r#"'{"conv_id":"zz","conv_type":1}'"#.into(),
                4 => r#"replace(conv_info, '"conv_unread_num":', '"conv_unread_num":1')"#.into(),
                _ => "x'7b7d'".into(), // a blob
            };
            format!("UPDATE conversation_view SET conv_info = {text} WHERE list_pos = {}", view_row(*i))
        }
        Damage::ViewGone(i) => format!("DELETE FROM conversation_view WHERE list_pos = {}", view_row(*i)),
        Damage::ViewMoved(i, d) => {
            format!("UPDATE conversation_view SET list_pos = list_pos + {d} WHERE list_pos = {}", view_row(*i))
        }
        Damage::ViewPhantom(p, c) => format!(
            r#"INSERT INTO conversation_view (list_pos, conv_type, conv_id, conv_info)
               VALUES ({p}, {}, 'x{c}', '{{"conv_id":"x{c}","conv_type":1}}')"#,
            1 + c % 3
        ),
        Damage::Rendered(i) => format!("UPDATE conversation SET rendered = NOT rendered WHERE {}", conv_row(*i)),
        Damage::PlaceGone(i) => format!("UPDATE conversation SET list_pos = NULL WHERE {}", conv_row(*i)),
        Damage::PlaceShifted(i, d) => {
            format!("UPDATE conversation SET list_pos = coalesce(list_pos, {T0}) + {d} WHERE {}", conv_row(*i))
        }
        Damage::MemberGone(i) => format!(
            "DELETE FROM conversation_membership WHERE (name, conv_type, conv_id) = (SELECT name, conv_type, conv_id FROM conversation_membership
                 ORDER BY name, conv_type, conv_id LIMIT 1 OFFSET {})",
            nth("conversation_membership", *i)
        ),
        Damage::MemberPhantom(g, c) => {
            let name = GROUPS.get(*g as usize).copied().unwrap_or("zz");
            let k = key(*c);
            format!(
                "INSERT OR IGNORE INTO conversation_membership (name, conv_type, conv_id) VALUES ('{name}', {}, '{}')",
                k.conv_type.code(),
                k.id
            )
        }
        Damage::Drop(i) => format!("DROP {}", DROPPABLE[*i as usize]),
    };
    let _ = conn.execute_batch(&sql);
}
