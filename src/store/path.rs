//! Where a user's database lives. The file name is the hex encoding of the user ID's bytes, so
//! no ID (`../x`, `a/b`, `C:\x`, non-ASCII, differing only in case) can escape the data
//! directory or collide with another.

use std::path::{Path, PathBuf};

/// `<data_dir>/timconv-<sdk_app_id>/u-<hex(user_id)>.db`.
pub fn database_path(data_dir: &Path, sdk_app_id: u64, user_id: &str) -> PathBuf {
    data_dir.join(format!("timconv-{sdk_app_id}")).join(format!("u-{}.db", hex(user_id.as_bytes())))
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[usize::from(b >> 4)] as char);
        s.push(DIGITS[usize::from(b & 0xf)] as char);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_ids_stay_inside_and_do_not_collide() {
        let dir = Path::new("data");
        let ids = ["../x", "a/b", "C:\\x", "..", "/", "Alice", "alice", "élan", &"z".repeat(32)];
        let mut seen = std::collections::HashSet::new();
        for id in ids {
            let p = database_path(dir, 7, id);
            assert_eq!(p.parent().unwrap(), dir.join("timconv-7"), "{id}");
            let name = p.file_name().unwrap().to_str().unwrap();
            assert!(name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.'), "{name}");
            assert!(seen.insert(p.clone()), "{id} collides");
        }
        assert_eq!(database_path(dir, 1, "ab").file_name().unwrap(), "u-6162.db");
    }
}
