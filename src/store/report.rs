//! Reports written beside a session file, never over an existing file.

use std::path::{Path, PathBuf};

/// Writes `text` to `NAME.md` beside the session file `NAME.ron`, or to
/// `NAME-2.md`, `NAME-3.md`… when that name is taken (by a file or a
/// link, which is never followed), readable by its owner only. The report
/// is written whole to a temporary file first and then linked into place
/// without replacing anything, so no one sees half a report, and a name
/// appearing meanwhile is not overwritten either. Returns the file written.
pub fn write_beside(session: &Path, text: &str) -> std::io::Result<PathBuf> {
    write_beside_as(session, "md", text.as_bytes())
}

/// [`write_beside`] for any file type: `NAME.EXT`, else `NAME-2.EXT`…
pub fn write_beside_as(session: &Path, ext: &str, bytes: &[u8]) -> std::io::Result<PathBuf> {
    let stem = session.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let dir = session.parent().unwrap_or(Path::new(""));
    super::atomic::create_numbered(&super::atomic::dir_of(session), bytes, super::unique::TRIES, |n| {
        dir.join(if n == 1 { format!("{stem}.{ext}") } else { format!("{stem}-{n}.{ext}") })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::ErrorKind;

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
