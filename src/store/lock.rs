//! One writer per session: an OS file lock (`flock`) on the session file
//! itself, so the lock follows the file's identity and every alias of it
//! (a symbolic link, a hard link, `sub/../s.ron`) finds it taken; and one
//! on `PATH.lock`, which holds the writer's process id so a second `cjm`
//! can say who has the session (and guards a session not created yet).
//! The OS drops both when the process dies, so a crash leaves no stale
//! lock behind. The lock file is cjm's own: a link, directory or fifo
//! in its place is refused ([`Unexpected`]), never followed or written.

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

pub use super::own::Found;

/// The session is being written by another process.
#[derive(Debug, thiserror::Error)]
#[error(
    "{path} is open in another cjm (process {pid}); close it there first, or open it read-only with `cjm replay`"
)]
pub struct Held {
    /// The session file.
    pub path: String,
    /// The holder's process id, as it wrote it.
    pub pid: String,
}

/// Replacing the session was refused: another process is writing it.
#[derive(Debug, thiserror::Error)]
#[error("cannot replace {path}: it is open in another cjm (process {pid}); close it there first")]
pub struct HeldReplace {
    /// The session file.
    pub path: String,
    /// The holder's process id, as it wrote it.
    pub pid: String,
}

/// The lock file kept being removed or replaced while taking the lock.
#[derive(Debug, thiserror::Error)]
#[error("could not lock {path}: its lock file keeps being replaced")]
pub struct Churn {
    /// The session file.
    pub path: String,
}

/// The lock file's path holds something cjm did not make: it is left
/// alone, and nothing is written through it.
#[derive(Debug, thiserror::Error)]
#[error("{lock}: the lock file {} (remove it if no cjm has the session open)", found_words(*found))]
pub struct Unexpected {
    /// The lock file's path.
    pub lock: String,
    /// What is there.
    pub found: Found,
}

fn found_words(found: Found) -> &'static str {
    match found {
        Found::Symlink => "is a symbolic link; cjm does not write through it",
        Found::Directory => "is a directory; cjm needs a file of its own there",
        Found::Special => "is not a regular file; cjm does not write to it",
        Found::HardLinked => "has other names (hard links); cjm does not write to another file",
    }
}

/// A held lock; released on drop.
#[derive(Debug)]
pub struct Lock {
    file: File,
    path: PathBuf,
    /// The session file, locked too, when it existed at the time.
    session: Option<File>,
}

/// The lock file that goes with a session file.
pub fn lock_path(session: &Path) -> PathBuf {
    let mut p = session.as_os_str().to_owned();
    p.push(".lock");
    PathBuf::from(p)
}

impl Lock {
    /// Takes the lock for `session`, or says who holds it.
    ///
    /// The lock is an OS file lock (`flock` on Unix), which belongs to one
    /// open file description: a second open of the same file conflicts even
    /// in the same process.
    pub fn acquire(session: &Path) -> anyhow::Result<Lock> {
        let path = lock_path(session);
        // A holder removes the lock file as it lets go, so the file opened
        // here may already be unlinked by the time it is locked; such a
        // lock guards nothing. Check and try again with a fresh file. The
        // same holds for a session file replaced while it is locked.
        for _ in 0..ATTEMPTS {
            let mut file = open_lock_file(&path)?;
            match file.try_lock() {
                Ok(()) => {
                    if !is_current(&file, &path) {
                        continue;
                    }
                    // Dropped on every way out: the lock file goes again.
                    let mut lock = Lock { file, path: path.clone(), session: None };
                    match lock_session(session)? {
                        Session::Locked(file) => lock.session = file,
                        Session::Moved => continue,
                        Session::Held(identity) => {
                            let pid = super::holder::pid(session, &identity, &lock.path);
                            return Err(Held { path: session.display().to_string(), pid }.into());
                        }
                    }
                    // On a full disk this fails; the lock is dropped, and
                    // its file removed, on the way out.
                    let mut write_pid = || -> std::io::Result<()> {
                        lock.file.set_len(0)?;
                        lock.file.seek(SeekFrom::Start(0))?;
                        write!(lock.file, "{}", std::process::id())?;
                        lock.file.sync_all()
                    };
                    if let Err(source) = write_pid() {
                        let step = super::error::WriteStep::Create;
                        return Err(super::error::WriteError { step, path: lock.path.clone(), source }.into());
                    }
                    return Ok(lock);
                }
                Err(std::fs::TryLockError::WouldBlock) => {
                    let mut pid = String::new();
                    let _ = file.read_to_string(&mut pid);
                    let pid = if pid.trim().is_empty() { "unknown".into() } else { pid.trim().to_string() };
                    return Err(Held { path: session.display().to_string(), pid }.into());
                }
                Err(std::fs::TryLockError::Error(e)) => return Err(e.into()),
            }
        }
        Err(Churn { path: session.display().to_string() }.into())
    }

    /// Whether `file` is the session file this lock holds (the same
    /// device and inode), so a writer appends to the file it locked.
    pub fn holds(&self, file: &File) -> bool {
        match (&self.session, file.metadata()) {
            (Some(locked), Ok(meta)) => locked.metadata().is_ok_and(|l| same(&l, &meta)),
            // Only a regular file is locked itself; a device (`/dev/full`
            // in a test) is written as it is, and fails as it does.
            (None, Ok(meta)) => !meta.is_file(),
            _ => false,
        }
    }
}

/// Opens (or creates, owner-only) the lock file, refusing anything at its
/// path that is not a regular file.
fn open_lock_file(path: &Path) -> anyhow::Result<File> {
    let mut options = super::own::options();
    options.read(true).write(true).create(true).truncate(false);
    match super::own::open(path, &options)? {
        Ok(file) => Ok(file),
        Err(found) => Err(Unexpected { lock: path.display().to_string(), found }.into()),
    }
}

/// The session file's own lock, taken or not.
enum Session {
    /// Taken (`None`: there is no session file yet, or it is not a
    /// regular file, which loading it reports).
    Locked(Option<File>),
    /// The file was replaced while it was being locked.
    Moved,
    /// Another open of the file holds it; its metadata.
    Held(fs::Metadata),
}

fn lock_session(session: &Path) -> std::io::Result<Session> {
    let none = |e: std::io::Error| {
        if e.kind() == std::io::ErrorKind::NotFound { Ok(Session::Locked(None)) } else { Err(e) }
    };
    match fs::metadata(session) {
        Ok(meta) if meta.is_file() => {}
        Ok(_) => return Ok(Session::Locked(None)),
        Err(e) => return none(e),
    }
    // Read and write where allowed: over NFS an exclusive lock needs a
    // file open for writing. Nothing is written through this handle.
    let mut options = OpenOptions::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = match options.read(true).write(true).open(session) {
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => options.write(false).open(session),
        other => other,
    };
    let file = match file {
        Ok(file) => file,
        Err(e) => return none(e),
    };
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Ok(Session::Moved);
    }
    match file.try_lock() {
        Ok(()) if fs::metadata(session).is_ok_and(|now| same(&now, &meta)) => Ok(Session::Locked(Some(file))),
        Ok(()) => Ok(Session::Moved),
        Err(std::fs::TryLockError::WouldBlock) => Ok(Session::Held(meta)),
        Err(std::fs::TryLockError::Error(e)) => Err(e),
    }
}

/// Whether two metadata are of one file (device and inode).
#[cfg(unix)]
pub(super) fn same(a: &fs::Metadata, b: &fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
pub(super) fn same(_: &fs::Metadata, _: &fs::Metadata) -> bool {
    true
}

/// How often to retry when the lock file is removed under us.
const ATTEMPTS: usize = 16;

/// Whether `file` is still the file at `path` (not removed or replaced).
fn is_current(file: &File, path: &Path) -> bool {
    match (file.metadata(), fs::symlink_metadata(path)) {
        (Ok(open), Ok(named)) => same(&open, &named),
        _ => false,
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lock_won_on_a_removed_lock_file_is_not_trusted() {
        let dir = tempfile::tempdir().unwrap();
        let session = dir.path().join("s.ron");
        let first = Lock::acquire(&session).unwrap();
        // A second process opened the lock file while the first held it...
        let late = File::open(lock_path(&session)).unwrap();
        // ...the first lets go (removing the file)...
        drop(first);
        // ...and the late opener now wins a lock on the removed file.
        late.try_lock().unwrap();
        assert!(!is_current(&late, &lock_path(&session)));
        // A new writer must not be shut out by it, and the late one must
        // see that its lock is worthless (acquire retries in that case).
        let second = Lock::acquire(&session).unwrap();
        assert!(is_current(&second.file, &second.path));
        assert!(!is_current(&late, &lock_path(&session)));
    }

    #[test]
    fn two_opens_in_one_process_conflict() {
        let dir = tempfile::tempdir().unwrap();
        let session = dir.path().join("s.ron");
        let _held = Lock::acquire(&session).unwrap();
        let err = Lock::acquire(&session).unwrap_err();
        let held = err.downcast_ref::<Held>().expect("a Held error");
        assert_eq!(held.pid, std::process::id().to_string());
    }
}
