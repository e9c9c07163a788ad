//! Files cjm writes for the user to keep (exports, reports): owner-only
//! whatever the umask, since they hold customer names, and atomic, so a
//! reader or a crash sees the old file or the whole new one, never half.
//! The text goes to a temporary file in the same directory, is synced,
//! and is then renamed into place; a rename replaces a name and never
//! follows a symbolic link there.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

/// A synced, owner-only temporary file in `dir` holding `bytes`.
pub fn staged(dir: &Path, bytes: &[u8]) -> std::io::Result<NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".cjm-write-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o600));
    }
    let mut tmp = builder.tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    Ok(tmp)
}

/// Writes `bytes` to `path`, replacing what is there (the caller checks
/// it may): staged beside it, then renamed over it.
pub fn replace(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = dir_of(path);
    staged(&dir, bytes)?.persist(path).map_err(|e| e.error)?;
    sync_dir(&dir);
    Ok(())
}

/// Puts `bytes` under the first of `names(1)`, `names(2)`, … `names(tries)`
/// that no file (nor link) has, staged once and linked into place without
/// replacing anything. Returns the name taken; when every name is taken,
/// an [`std::io::ErrorKind::AlreadyExists`] error naming the last one.
pub fn create_numbered(
    dir: &Path,
    bytes: &[u8],
    tries: u32,
    names: impl Fn(u32) -> PathBuf,
) -> std::io::Result<PathBuf> {
    let mut tmp = staged(dir, bytes)?;
    for n in 1..=tries {
        let path = names(n);
        match tmp.persist_noclobber(&path) {
            Ok(_) => {
                sync_dir(dir);
                return Ok(path);
            }
            Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => tmp = e.file,
            Err(e) => return Err(e.error),
        }
    }
    Err(std::io::Error::new(std::io::ErrorKind::AlreadyExists, names(tries).display().to_string()))
}

/// The directory a file is in (`.` for a bare name).
pub fn dir_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Syncs a directory so a rename in it survives a crash (best effort:
/// not every platform can open a directory).
pub fn sync_dir(dir: &Path) {
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
}
