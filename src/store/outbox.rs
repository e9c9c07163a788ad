//! Participants' outboxes (`cjm join`): `SESSION.join/NAME.ron`, one per
//! participant, written only by that participant's process and read only
//! by the facilitator's.
//!
//! ```text
//! (format:1,participant:"佐藤",session:1764046519000,group:Some("B"))
//! (n:1,at:1764046530000,proposal:AddNote(phase:7,kind:Pain,text:"…"))
//! ```
//!
//! The first line is the header (written whole: staged and renamed into
//! place), then one proposal per line, each appended in one write and
//! fsynced before the participant's screen shows it as sent. As in the
//! session file, a last line without its newline is torn: the reader
//! waits for it, and the writer reopening the outbox sets it aside into a
//! backup ([`super::file::set_torn_tail_aside`]) — it was never shown as
//! sent. The folder is owner-only (0700), the files too (0600); nothing
//! is followed through a link. One process per name: the outbox is
//! locked like a session file ([`super::lock::Lock`]), and the lock held
//! is what "connected" means.
//!
//! A hostile outbox is bounded: lines of at most [`MAX_LINE_BYTES`],
//! nesting of at most [`MAX_DEPTH`], at most [`MAX_PROPOSALS`] proposals
//! and [`MAX_OUTBOX_BYTES`] bytes, read at most [`CHUNK_BYTES`] at a time.

use std::fs::{self, File};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use super::lock::{Held, Lock};
use crate::domain::FORMAT_VERSION;
use crate::domain::clock::Millis;
use crate::domain::proposal::{Numbered, OutboxHeader, Proposal, valid_name};

/// Longest outbox line, in bytes (a note is at most a few kilobytes).
pub const MAX_LINE_BYTES: usize = 64 * 1024;

/// Deepest nesting a line may have.
pub const MAX_DEPTH: usize = 16;

/// Most proposals taken from one outbox.
pub const MAX_PROPOSALS: u64 = 100_000;

/// Largest outbox read, in bytes.
pub const MAX_OUTBOX_BYTES: u64 = 16 * 1024 * 1024;

/// Most bytes read from one outbox in one go.
pub const CHUNK_BYTES: usize = 256 * 1024;

/// Why an outbox cannot be written or read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OutboxError {
    /// Another `cjm join` has this name.
    #[error("{name} has already joined from another cjm (process {pid})")]
    Held {
        /// The participant's name.
        name: String,
        /// The other process's id.
        pid: String,
    },
    /// The name cannot be a participant's (nor a file's) name.
    #[error(
        "{0:?} cannot be a participant's name (1 to 40 characters, no / \\ or control characters, not starting with a dot)"
    )]
    BadName(String),
    /// The outbox's first line is not an outbox header.
    #[error("{0}: not a cjm outbox")]
    NotAnOutbox(PathBuf),
    /// The outbox is for another session (or another participant).
    #[error("{0}: this outbox belongs to another session or participant")]
    Foreign(PathBuf),
    /// The outbox, or the folder, is not cjm's own regular file or folder.
    #[error("{0}: not a regular file or folder of cjm's own (a link?); left alone")]
    NotOwn(PathBuf),
    /// The outbox is over its size or proposal limit.
    #[error("{0}: the outbox is full")]
    Full(PathBuf),
    /// A proposal too long to write.
    #[error("the note is too long to send")]
    TooLong,
}

/// The folder of a session's outboxes: `SESSION.join` beside it.
pub fn join_dir(session: &Path) -> PathBuf {
    let mut p = session.as_os_str().to_owned();
    p.push(".join");
    PathBuf::from(p)
}

/// The outbox of `name` for `session`.
pub fn outbox_path(session: &Path, name: &str) -> PathBuf {
    join_dir(session).join(format!("{name}.ron"))
}

/// Makes the outboxes' folder (owner-only) unless it is there; refuses a
/// link or anything else in its place.
pub fn ensure_dir(session: &Path) -> anyhow::Result<PathBuf> {
    let dir = join_dir(session);
    let mut builder = fs::DirBuilder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    match builder.create(&dir) {
        Ok(()) => super::atomic::sync_dir(&super::atomic::dir_of(&dir)),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(anyhow::anyhow!("{}: {}", dir.display(), super::file::io_message(&e))),
    }
    if !fs::symlink_metadata(&dir).is_ok_and(|m| m.is_dir()) {
        return Err(OutboxError::NotOwn(dir).into());
    }
    Ok(dir)
}

/// The header line (without its newline) parsed, or why not.
pub fn parse_header(line: &[u8]) -> Option<OutboxHeader> {
    let text = std::str::from_utf8(line).ok()?;
    if text.len() > MAX_LINE_BYTES {
        return None;
    }
    options().from_str::<OutboxHeader>(text.trim_end_matches('\r')).ok()
}

/// One proposal line (without its newline) parsed; none when it is not one.
pub fn parse_line(line: &[u8]) -> Option<Numbered> {
    if line.len() > MAX_LINE_BYTES {
        return None;
    }
    let text = std::str::from_utf8(line).ok()?;
    options().from_str::<Numbered>(text.trim_end_matches('\r')).ok()
}

fn options() -> ron::Options {
    ron::Options::default().with_recursion_limit(MAX_DEPTH)
}

/// The complete lines in `bytes` (read from byte `base` of an outbox):
/// per line the offset just after it and its bytes, without the newline.
/// A last line without its newline is not one yet. Blank and `//` lines
/// are skipped but still move the offset (returned as the second value:
/// where the next read starts).
pub fn lines(bytes: &[u8], base: u64) -> (Vec<(u64, &[u8])>, u64) {
    let mut out = Vec::new();
    let mut start = 0;
    while let Some(i) = bytes[start..].iter().position(|b| *b == b'\n') {
        let line = &bytes[start..start + i];
        start += i + 1;
        let trimmed = line.trim_ascii();
        if trimmed.is_empty() || trimmed.starts_with(b"//") {
            continue;
        }
        out.push((base + start as u64, line));
    }
    (out, base + start as u64)
}

/// Where the header line ends (just after its newline), when it is whole.
pub fn header_end(bytes: &[u8]) -> Option<usize> {
    bytes.iter().take(MAX_LINE_BYTES + 1).position(|b| *b == b'\n').map(|i| i + 1)
}

/// Reads at most `max` bytes of `path` from `offset`, never following a
/// link and refusing anything but a regular file.
pub fn read_from(path: &Path, offset: u64, max: usize) -> anyhow::Result<Vec<u8>> {
    let mut options = super::own::options();
    options.read(true);
    let mut file = match super::own::open(path, &options)? {
        Ok(file) => file,
        Err(_) => return Err(OutboxError::NotOwn(path.to_path_buf()).into()),
    };
    if file.metadata()?.len() > MAX_OUTBOX_BYTES {
        return Err(OutboxError::Full(path.to_path_buf()).into());
    }
    file.seek(SeekFrom::Start(offset))?;
    let mut bytes = Vec::new();
    file.take(max as u64).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// An outbox open for appending, under its lock: one per participant name.
#[derive(Debug)]
pub struct Outbox {
    path: PathBuf,
    file: File,
    len: u64,
    next: u64,
    _lock: Lock,
}

impl Outbox {
    /// Opens (or creates) `header.participant`'s outbox for `session`.
    /// Refused when another process has that name (naming it), when the
    /// outbox there is another session's, or is no file of cjm's own. A
    /// torn last line is set aside first (stamped `now`).
    pub fn open(session: &Path, header: &OutboxHeader, now: Millis) -> anyhow::Result<Outbox> {
        let name = &header.participant;
        if !valid_name(name) {
            return Err(OutboxError::BadName(name.clone()).into());
        }
        let dir = ensure_dir(session)?;
        let path = outbox_path(session, name);
        let lock = Lock::acquire(&path).map_err(|e| match e.downcast::<Held>() {
            Ok(held) => OutboxError::Held { name: name.clone(), pid: held.pid }.into(),
            Err(e) => e,
        })?;
        if super::own::found_at(&path).is_some() {
            return Err(OutboxError::NotOwn(path).into());
        }
        if !path.exists() {
            let mut line = ron::to_string(header)?;
            line.push('\n');
            match super::atomic::staged(&dir, line.as_bytes())?.persist_noclobber(&path) {
                Ok(_) => super::atomic::sync_dir(&dir),
                Err(e) => return Err(anyhow::anyhow!("{}: {}", path.display(), e.error)),
            }
        }
        // The lock was taken before the file existed: take it again, now
        // on the file itself too.
        drop(lock);
        let lock = Lock::acquire(&path).map_err(|e| match e.downcast::<Held>() {
            Ok(held) => OutboxError::Held { name: name.clone(), pid: held.pid }.into(),
            Err(e) => e,
        })?;
        let bytes = super::file::read_limited(&path)?;
        if bytes.len() as u64 > MAX_OUTBOX_BYTES {
            return Err(OutboxError::Full(path).into());
        }
        let end = header_end(&bytes).ok_or_else(|| OutboxError::NotAnOutbox(path.clone()))?;
        let found = parse_header(&bytes[..end - 1]).ok_or_else(|| OutboxError::NotAnOutbox(path.clone()))?;
        if found.participant != *name || found.session != header.session || found.format != FORMAT_VERSION {
            return Err(OutboxError::Foreign(path).into());
        }
        let (lines, whole) = lines(&bytes[end..], end as u64);
        if whole < bytes.len() as u64 {
            super::file::set_torn_tail_aside(&path, whole as usize, now)?;
        }
        let last = lines.iter().filter_map(|(_, l)| parse_line(l)).map(|n| n.n).max().unwrap_or(0);
        let mut options = super::own::options();
        options.read(true).append(true);
        let file = match super::own::open(&path, &options)? {
            Ok(file) if lock.holds(&file) => file,
            _ => return Err(OutboxError::NotOwn(path).into()),
        };
        Ok(Outbox { path, file, len: whole, next: last + 1, _lock: lock })
    }

    /// Appends one proposal and waits until it is on disk; returns its
    /// number. On a failed write nothing of it stays in the outbox.
    pub fn send(&mut self, proposal: Proposal, at: Millis) -> anyhow::Result<u64> {
        let n = self.next;
        if n > MAX_PROPOSALS {
            return Err(OutboxError::Full(self.path.clone()).into());
        }
        let mut line = ron::to_string(&Numbered { n, at, proposal })?;
        if line.len() > MAX_LINE_BYTES {
            return Err(OutboxError::TooLong.into());
        }
        line.push('\n');
        if self.len + line.len() as u64 > MAX_OUTBOX_BYTES {
            return Err(OutboxError::Full(self.path.clone()).into());
        }
        match self.file.write_all(line.as_bytes()).and_then(|()| self.file.sync_data()) {
            Ok(()) => {
                self.len += line.len() as u64;
                self.next += 1;
                Ok(n)
            }
            Err(e) => {
                let _ = self.file.set_len(self.len).and_then(|()| self.file.sync_all());
                Err(anyhow::anyhow!("{}: {e}", self.path.display()))
            }
        }
    }

    /// The outbox file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The number the next proposal gets.
    pub fn next_number(&self) -> u64 {
        self.next
    }
}

/// Whether `name`'s outbox is open in a `cjm join` now (its lock held):
/// the process id holding it, as the system's lock table says (Linux),
/// else as its lock file says.
pub fn connected(session: &Path, name: &str) -> bool {
    let path = outbox_path(session, name);
    let Ok(meta) = fs::metadata(&path) else { return false };
    super::holder::holds_flock(&meta)
        .unwrap_or_else(|| fs::symlink_metadata(super::lock::lock_path(&path)).is_ok_and(|m| m.is_file()))
}

#[cfg(test)]
#[path = "outbox_tests.rs"]
mod tests;
