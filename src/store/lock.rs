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
    pub fn acquire(session: &Path) -> anyhow::Result<Lock> {
        let path = lock_path(session);
        let mut file = OpenOptions::new().read(true).write(true).create(true).truncate(false).open(&path)?;
        match file.try_lock() {
            Ok(()) => {
                file.set_len(0)?;
                file.seek(SeekFrom::Start(0))?;
                write!(file, "{}", std::process::id())?;
                file.sync_all()?;
                Ok(Lock { file, path })
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                let mut pid = String::new();
                let _ = file.read_to_string(&mut pid);
                let pid = if pid.trim().is_empty() { "unknown".into() } else { pid.trim().to_string() };
                Err(Held { path: session.display().to_string(), pid }.into())
            }
            Err(std::fs::TryLockError::Error(e)) => Err(e.into()),
        }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}
