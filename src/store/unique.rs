//! Files created under a name no other file has: backups of a torn
//! session and reports beside it, never written over anything.

use std::fs::{File, OpenOptions};
use std::io::ErrorKind;
use std::path::PathBuf;

/// How many numbered names are tried before giving up.
pub const TRIES: u32 = 1000;

/// Creates the first of `name(1)`, `name(2)`, … `name(TRIES)` that does
/// not exist yet, checked and created in one step (`create_new`), so a
/// file appearing meanwhile is not overwritten either. Owner-only (0o600),
/// like the session whose notes it holds. Returns the name taken and the
/// file, open for writing; when every name is taken, an
/// [`ErrorKind::AlreadyExists`] error naming the last one tried.
pub fn create_numbered(name: impl Fn(u32) -> PathBuf) -> std::io::Result<(PathBuf, File)> {
    for n in 1..=TRIES {
        let path = name(n);
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        match options.open(&path) {
            Ok(file) => return Ok((path, file)),
            Err(e) if e.kind() == ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::new(ErrorKind::AlreadyExists, name(TRIES).display().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_the_first_free_name_owner_only_and_gives_up_after_the_last() {
        let dir = tempfile::tempdir().expect("tempdir");
        let name = |n: u32| dir.path().join(format!("f-{n}"));
        std::fs::write(name(1), "mine").expect("write");
        let (taken, _) = create_numbered(name).expect("created");
        assert_eq!(taken, name(2));
        assert_eq!(std::fs::read_to_string(name(1)).expect("read"), "mine", "not overwritten");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&taken).expect("meta").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let one = dir.path().join("only");
        std::fs::write(&one, "x").expect("write");
        let err = create_numbered(|_| one.clone()).expect_err("every name taken");
        assert_eq!(err.kind(), ErrorKind::AlreadyExists);
        assert!(err.to_string().contains("only"), "{err}");
        let missing = create_numbered(|n| dir.path().join("gone").join(n.to_string())).expect_err("no dir");
        assert_eq!(missing.kind(), ErrorKind::NotFound);
    }
}
