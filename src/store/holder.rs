//! Who holds a session file's lock, for the message refusing a second
//! writer: the system's lock table names the process holding the `flock`
//! on the file itself (Linux: `/proc/locks`, which sees every alias, a
//! hard link in another directory too); failing that, the lock file of
//! another name of the same file holds the id its writer wrote.

use std::fs;
use std::io::Read;
use std::path::Path;

use super::atomic::dir_of;
use super::lock::same;

/// The id of the process holding the lock on the session file whose
/// metadata is `identity` (opened as `session`; `own` is this process's
/// lock file, not looked at), or "unknown".
pub fn pid(session: &Path, identity: &fs::Metadata, own: &Path) -> String {
    from_lock_table(identity)
        .or_else(|| from_lock_files(session, identity, own))
        .unwrap_or_else(|| "unknown".into())
}

#[cfg(target_os = "linux")]
fn from_lock_table(identity: &fs::Metadata) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let table = fs::read_to_string("/proc/locks").ok()?;
    table.lines().find_map(|line| flock_holder(line, identity.dev(), identity.ino()))
}

#[cfg(not(target_os = "linux"))]
fn from_lock_table(_: &fs::Metadata) -> Option<String> {
    None
}

/// The pid of a line of `/proc/locks` such as
/// `1: FLOCK  ADVISORY  WRITE 1234 fe:00:5324836 0 EOF` when it is an
/// `flock` on the file (`dev`, `ino`); a waiter's line (`1: -> FLOCK …`)
/// and other kinds of lock are not.
pub fn flock_holder(line: &str, dev: u64, ino: u64) -> Option<String> {
    let fields: Vec<&str> = line.split_whitespace().collect();
    let [_, "FLOCK", _, _, pid, id, ..] = fields.as_slice() else { return None };
    let mut parts = id.split(':');
    let major = u64::from_str_radix(parts.next()?, 16).ok()?;
    let minor = u64::from_str_radix(parts.next()?, 16).ok()?;
    let inode: u64 = parts.next()?.parse().ok()?;
    // The kernel prints the device as major:minor; `st_dev` encodes them
    // as glibc's `makedev` does.
    let encoded =
        (minor & 0xff) | ((major & 0xfff) << 8) | ((minor & !0xff) << 12) | ((major & !0xfff) << 32);
    (inode == ino && encoded == dev && pid.bytes().all(|b| b.is_ascii_digit())).then(|| pid.to_string())
}

/// The process id in the lock file of another name of the same session
/// (`LINK.lock` beside a link or hard link, in the session's directory or
/// the one it resolves to).
fn from_lock_files(session: &Path, identity: &fs::Metadata, own: &Path) -> Option<String> {
    let mut dirs = vec![dir_of(session)];
    if let Ok(real) = fs::canonicalize(session) {
        dirs.push(dir_of(&real));
    }
    for dir in dirs {
        let Ok(entries) = fs::read_dir(&dir) else { continue };
        for entry in entries.flatten().take(MAX_SCAN) {
            let name = entry.file_name();
            let Some(stem) = name.to_str().and_then(|n| n.strip_suffix(".lock")) else { continue };
            let lock = entry.path();
            if fs::metadata(dir.join(stem)).is_ok_and(|m| same(&m, identity))
                && !fs::symlink_metadata(&lock).is_ok_and(|l| fs::metadata(own).is_ok_and(|o| same(&l, &o)))
                && let Some(pid) = read_pid(&lock)
            {
                return Some(pid);
            }
        }
    }
    None
}

/// At most this many directory entries are looked at for a holder's id.
const MAX_SCAN: usize = 10_000;

fn read_pid(lock: &Path) -> Option<String> {
    let mut options = super::own::options();
    options.read(true);
    let mut file = super::own::open(lock, &options).ok()?.ok()?;
    let mut pid = String::new();
    Read::by_ref(&mut file).take(64).read_to_string(&mut pid).ok()?;
    let pid = pid.trim();
    (!pid.is_empty()).then(|| pid.to_string())
}

/// Whether some process holds an `flock` on the file whose metadata is
/// `identity`, as the system's lock table says; none where there is no
/// such table to read.
pub fn holds_flock(identity: &fs::Metadata) -> Option<bool> {
    #[cfg(target_os = "linux")]
    {
        Some(from_lock_table(identity).is_some())
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = identity;
        None
    }
}
