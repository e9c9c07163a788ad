//! Reports written beside a session file, never over an existing file.

use std::fs::OpenOptions;
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

/// How many numbered names are tried before giving up.
const TRIES: u32 = 1000;

/// Writes `text` to `NAME.md` beside the session file `NAME.ron`, or to
/// `NAME-2.md`, `NAME-3.md`… when that exists (checked and created in one
/// step, so a file appearing meanwhile is not overwritten either),
/// readable by its owner only. Returns the file written.
pub fn write_beside(session: &Path, text: &str) -> std::io::Result<PathBuf> {
    let stem = session.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let dir = session.parent().unwrap_or(Path::new(""));
    for n in 1..=TRIES {
        let name = if n == 1 { format!("{stem}.md") } else { format!("{stem}-{n}.md") };
        let path = dir.join(name);
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            // Owner-only, like the session whose notes it holds.
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        match options.open(&path) {
            Ok(mut file) => {
                file.write_all(text.as_bytes())?;
                file.sync_all()?;
                return Ok(path);
            }
            Err(e) if e.kind() == ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::new(
        ErrorKind::AlreadyExists,
        dir.join(format!("{stem}-{TRIES}.md")).display().to_string(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_name_md_then_numbered_names_and_never_overwrites() {
        let dir = tempfile::tempdir().expect("tempdir");
        let session = dir.path().join("team.ron");
        let first = write_beside(&session, "one").expect("written");
        assert_eq!(first, dir.path().join("team.md"));
        let second = write_beside(&session, "two").expect("written");
        assert_eq!(second, dir.path().join("team-2.md"));
        std::fs::write(dir.path().join("team-3.md"), "mine").expect("write");
        let fourth = write_beside(&session, "four").expect("written");
        assert_eq!(fourth, dir.path().join("team-4.md"));
        let read = |p: &Path| std::fs::read_to_string(p).expect("read");
        assert_eq!(read(&first), "one");
        assert_eq!(read(&second), "two");
        assert_eq!(read(&dir.path().join("team-3.md")), "mine");
        assert_eq!(read(&fourth), "four");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&fourth).expect("meta").permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "as private as the session");
        }
    }

    #[test]
    fn a_missing_directory_is_an_error() {
        let dir = tempfile::tempdir().expect("tempdir");
        let err = write_beside(&dir.path().join("gone/team.ron"), "x").expect_err("no directory");
        assert_eq!(err.kind(), ErrorKind::NotFound);
    }
}
