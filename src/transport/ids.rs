//! Names on both sides: SDK user IDs and Matrix user IDs, rooms and group IDs.
//!
//! - A user ID `alice` is `@alice:<server>`; a Matrix user of another server keeps its full ID
//!   (`@bob:other.org`) as its SDK user ID, so the mapping is reversible both ways.
//! - A room that is not a direct chat is a group. Its group ID is fixed when the room is first
//!   seen and recorded with it: the local part of its canonical alias when the alias is on the
//!   user's server (`#dev:server` → `dev`), else the room ID itself (`!…`), else, for a room ID
//!   longer than a group ID may be, `!` plus a hash of it. A group ID starting with `!` names a
//!   room; any other names an alias.

use crate::engine::ids::{is_valid_id, MAX_GROUP_ID_LEN, MAX_USER_ID_LEN};

/// The Matrix user ID of SDK user `user_id` on `server`.
pub fn mxid(user_id: &str, server: &str) -> String {
    if user_id.starts_with('@') && user_id.contains(':') {
        user_id.to_owned()
    } else {
        format!("@{user_id}:{server}")
    }
}

/// The SDK user ID of Matrix user `mxid` (`None` when it cannot be one: too long, malformed).
pub fn user_id(mxid: &str, server: &str) -> Option<String> {
    let rest = mxid.strip_prefix('@')?;
    let (local, host) = rest.split_once(':')?;
    if local.is_empty() || host.is_empty() {
        return None;
    }
    let id = if host == server { local } else { mxid };
    is_valid_id(id, MAX_USER_ID_LEN).then(|| id.to_owned())
}

/// The server name of a Matrix user ID (`@alice:example.org` → `example.org`).
pub fn server_of(mxid: &str) -> Option<&str> {
    mxid.strip_prefix('@')?.split_once(':').map(|(_, host)| host).filter(|h| !h.is_empty())
}

/// The group ID a room gets when first seen (see the module docs); `taken` says whether a
/// candidate already names another room.
pub fn group_id_for(
    room_id: &str,
    canonical_alias: Option<&str>,
    server: &str,
    taken: impl Fn(&str) -> bool,
) -> String {
    let from_alias = canonical_alias
        .and_then(|a| a.strip_prefix('#'))
        .and_then(|a| a.rsplit_once(':'))
        .filter(|(local, host)| *host == server && !local.starts_with('!'))
        .map(|(local, _)| local)
        .filter(|local| is_valid_id(local, MAX_GROUP_ID_LEN) && !taken(local));
    if let Some(local) = from_alias {
        return local.to_owned();
    }
    if is_valid_id(room_id, MAX_GROUP_ID_LEN) {
        return room_id.to_owned();
    }
    // Too long: a hash keeps it unique (checked against `taken`, with a counter if needed).
    let mut n = 0u32;
    loop {
        let candidate = format!("!{:016x}{:08x}", fnv1a(room_id.as_bytes()), n);
        if !taken(&candidate) {
            return candidate;
        }
        n += 1;
    }
}

/// What a group ID names when no room is recorded for it: a room ID (`!…`) or an alias on
/// the user's server (`#id:server`).
pub fn room_or_alias(group_id: &str, server: &str) -> String {
    if group_id.starts_with('!') {
        group_id.to_owned()
    } else {
        format!("#{group_id}:{server}")
    }
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_ids_map_both_ways() {
        assert_eq!(mxid("alice", "hs.local"), "@alice:hs.local");
        assert_eq!(user_id("@alice:hs.local", "hs.local").as_deref(), Some("alice"));
        assert_eq!(user_id("@bob:other.org", "hs.local").as_deref(), Some("@bob:other.org"));
        assert_eq!(mxid("@bob:other.org", "hs.local"), "@bob:other.org");
        assert_eq!(user_id("@a-very-long-name-on-another-server:example.org", "hs"), None);
        assert_eq!(user_id("alice", "hs"), None);
        assert_eq!(user_id("@:hs", "hs"), None);
        assert_eq!(server_of("@alice:hs.local:8448"), Some("hs.local:8448"));
    }

    #[test]
    fn group_ids_come_from_aliases_then_room_ids() {
        let none = |_: &str| false;
        assert_eq!(group_id_for("!abc:hs", Some("#dev:hs"), "hs", none), "dev");
        assert_eq!(group_id_for("!abc:hs", Some("#dev:other"), "hs", none), "!abc:hs");
        assert_eq!(group_id_for("!abc:hs", Some("#dev:hs"), "hs", |c| c == "dev"), "!abc:hs");
        assert_eq!(group_id_for("!abc:hs", None, "hs", none), "!abc:hs");
        let long = format!("!{}:{}", "x".repeat(30), "a-long-server-name.example.org");
        let id = group_id_for(&long, None, "hs", none);
        assert!(id.starts_with('!') && id.len() <= MAX_GROUP_ID_LEN, "{id}");
        let other = group_id_for(&long, None, "hs", |c| c == id);
        assert_ne!(other, id, "a clash moves on");
        assert_eq!(room_or_alias("dev", "hs"), "#dev:hs");
        assert_eq!(room_or_alias("!abc:hs", "hs"), "!abc:hs");
    }
}
