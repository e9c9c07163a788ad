//! One writer per session: an OS file lock on `PATH.lock`, which holds the
//! writer's process id so a second `cjm` can say who has the session.
//! The OS drops the lock when the process dies, so a crash leaves no
//! stale lock behind.

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

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

/// A held lock; released on drop.
#[derive(Debug)]
pub struct Lock {
    file: File,
    path: PathBuf,
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
        // lock guards nothing. Check and try again with a fresh file.
        for _ in 0..ATTEMPTS {
            let mut file =
                OpenOptions::new().read(true).write(true).create(true).truncate(false).open(&path)?;
            match file.try_lock() {
                Ok(()) => {
                    if !is_current(&file, &path) {
                        continue;
                    }
                    file.set_len(0)?;
                    file.seek(SeekFrom::Start(0))?;
                    write!(file, "{}", std::process::id())?;
                    file.sync_all()?;
                    return Ok(Lock { file, path });
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
}

/// How often to retry when the lock file is removed under us.
const ATTEMPTS: usize = 16;

/// Whether `file` is still the file at `path` (not removed or replaced).
#[cfg(unix)]
fn is_current(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::metadata(path)) {
        (Ok(open), Ok(named)) => open.dev() == named.dev() && open.ino() == named.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn is_current(_file: &File, path: &Path) -> bool {
    path.exists()
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
