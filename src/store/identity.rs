//! Which file a path names, so the store notices when its database file was deleted or
//! replaced while open (writes would then go to an unlinked file and be lost).

use std::path::Path;

/// The identity of the file at a path when it was opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileIdentity {
    #[cfg(unix)]
    dev_ino: (u64, u64),
}

impl FileIdentity {
    /// The identity of the file now at `path`, if one is there.
    pub fn of(path: &Path) -> Option<FileIdentity> {
        let meta = std::fs::metadata(path).ok()?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Some(FileIdentity { dev_ino: (meta.dev(), meta.ino()) })
        }
        #[cfg(not(unix))]
        {
            // Windows refuses to delete or replace a file SQLite holds open, so presence is
            // the check that remains meaningful there.
            let _ = meta;
            Some(FileIdentity {})
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_replaced_or_deleted_file_has_another_identity() {
        let dir = std::env::temp_dir().join(format!("timconv-identity-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("f");
        std::fs::write(&path, b"1").unwrap();
        let first = FileIdentity::of(&path).unwrap();
        // Keep the old file alive so its inode cannot be reused for the replacement.
        let _old = std::fs::File::open(&path).unwrap();
        assert_eq!(FileIdentity::of(&path), Some(first));
        std::fs::remove_file(&path).unwrap();
        assert_eq!(FileIdentity::of(&path), None);
        std::fs::write(&path, b"2").unwrap();
        #[cfg(unix)]
        assert_ne!(FileIdentity::of(&path), Some(first));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
