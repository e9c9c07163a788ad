//! Opening only cjm's own files: a lock, backup, report or export path
//! is never followed when it is a symbolic link (`O_NOFOLLOW`), and
//! anything there but a regular file (a directory, a fifo, a device) is
//! refused before a byte is written to it.

use std::fs::{File, OpenOptions};
use std::path::Path;

/// What was found where cjm expected its own regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// A symbolic link (perhaps dangling).
    Symlink,
    /// A directory.
    Directory,
    /// A fifo, socket or device.
    Special,
    /// A regular file with other names too (a hard link to another file).
    HardLinked,
}

/// Options that never follow a symbolic link at the last component, and
/// never wait on a fifo, for a file only its owner may read (0o600).
pub fn options() -> OpenOptions {
    let mut options = OpenOptions::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600).custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    options
}

/// Opens `path` with `options` (from [`options`]); returns what was found
/// instead when it is not a regular file.
pub fn open(path: &Path, options: &OpenOptions) -> std::io::Result<Result<File, Found>> {
    match options.open(path) {
        Ok(file) => {
            let meta = file.metadata()?;
            Ok(if meta.is_file() && links(&meta) > 1 {
                Err(Found::HardLinked)
            } else if meta.is_file() {
                Ok(file)
            } else if meta.is_dir() {
                Err(Found::Directory)
            } else {
                Err(Found::Special)
            })
        }
        Err(e) => match found_at(path) {
            Some(found) if is_refusal(&e) => Ok(Err(found)),
            _ => Err(e),
        },
    }
}

/// Whether `e` is how the system refuses to open a link or a directory
/// (`ELOOP` under `O_NOFOLLOW`, `EISDIR` for writing).
fn is_refusal(e: &std::io::Error) -> bool {
    #[cfg(unix)]
    if e.raw_os_error() == Some(libc::ELOOP) {
        return true;
    }
    e.kind() == std::io::ErrorKind::IsADirectory || e.kind() == std::io::ErrorKind::AlreadyExists
}

/// What is at `path` when it is not a regular file (not following links).
pub fn found_at(path: &Path) -> Option<Found> {
    let kind = std::fs::symlink_metadata(path).ok()?.file_type();
    if kind.is_symlink() {
        Some(Found::Symlink)
    } else if kind.is_dir() {
        Some(Found::Directory)
    } else if kind.is_file() {
        None
    } else {
        Some(Found::Special)
    }
}

/// How many names the file has.
#[cfg(unix)]
fn links(meta: &std::fs::Metadata) -> u64 {
    use std::os::unix::fs::MetadataExt;
    meta.nlink()
}

#[cfg(not(unix))]
fn links(_: &std::fs::Metadata) -> u64 {
    1
}
