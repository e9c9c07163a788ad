//! Session files on disk: create, load, append durably.
//!
//! All disk IO of sessions goes through here. An append is one `write` of
//! one user action's lines (one event, or a batch of them) followed by one
//! `fsync`, so an action is on disk before the app shows it, and a power
//! cut can at worst tear the last action, which [`super::format::parse`]
//! recovers from (an incomplete batch is dropped whole).

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use super::atomic::{dir_of, sync_dir};
use super::error::{FileError, Problem};
use super::format::{self, MAX_FILE_BYTES, MAX_LINE_BYTES, Parsed};
use super::lock::{Held, HeldReplace, Lock};
use crate::domain::{Header, Stamped};

/// Reads and parses a session file without locking it.
pub fn load(path: &Path) -> Result<Parsed, FileError> {
    let bytes = read_limited(path)?;
    format::parse(path, &bytes)
}

/// Takes the session's lock, then loads it, so what is loaded is all a
/// writer under that lock appends to, and no other writer's record is
/// half-read or cut. A missing file is reported as such, not as a lock
/// failure.
pub fn load_locked(path: &Path) -> anyhow::Result<(Parsed, Lock)> {
    fs::metadata(path).map_err(|e| FileError::whole(path, io_problem(&e)))?;
    let lock = Lock::acquire(path)?;
    Ok((load(path)?, lock))
}

/// Whether `path` is an existing cjm session file (it has the events
/// marker line): a file nothing but the session's writer may replace.
pub fn is_session(path: &Path) -> bool {
    use std::io::BufRead;
    let Ok(file) = File::open(path) else { return false };
    let mut reader = std::io::BufReader::new(file.take(MAX_FILE_BYTES));
    let mut line = Vec::new();
    while let Ok(n) = reader.read_until(b'\n', &mut line) {
        if n == 0 {
            return false;
        }
        if line.strip_suffix(b"\n").map(|l| l.strip_suffix(b"\r").unwrap_or(l))
            == Some(format::EVENTS_MARKER.as_bytes())
        {
            return true;
        }
        line.clear();
    }
    false
}

/// Reads a file, refusing directories and anything over the size limit.
pub fn read_limited(path: &Path) -> Result<Vec<u8>, FileError> {
    let io = |e: std::io::Error| FileError::whole(path, io_problem(&e));
    let meta = fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return Err(FileError::whole(path, Problem::IsDirectory));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(FileError::whole(path, Problem::TooLarge { size: meta.len(), limit: MAX_FILE_BYTES }));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    File::open(path).map_err(io)?.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(io)?;
    Ok(bytes)
}

/// What an IO error reading a file means, as data.
pub fn io_problem(e: &std::io::Error) -> Problem {
    match e.kind() {
        std::io::ErrorKind::NotFound => Problem::NotFound,
        std::io::ErrorKind::PermissionDenied => Problem::PermissionDenied,
        _ => Problem::Io(e.to_string()),
    }
}

/// A short, human message for an IO error.
pub fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Writes a new session file: header and seed events, owner-only, synced,
/// then renamed into place and the directory synced. Refuses an existing
/// file unless `overwrite`.
///
/// The session's lock is held throughout, as a [`Writer`] holds it: a
/// session open in another `cjm` is never replaced under it (the error is
/// [`HeldReplace`] when replacing, [`super::lock::Held`] otherwise).
pub fn create(path: &Path, header: &Header, seed: &[Stamped], overwrite: bool) -> anyhow::Result<()> {
    use super::error::WriteStep;
    let dir = dir_of(path);
    fs::create_dir_all(&dir).map_err(failed(WriteStep::CreateDir, &dir))?;
    let _lock = Lock::acquire(path).map_err(|e| match e.downcast::<Held>() {
        Ok(Held { path, pid }) if overwrite => HeldReplace { path, pid }.into(),
        Ok(held) => held.into(),
        Err(e) => e,
    })?;
    let mut text = format::encode_header(header)?;
    for stamped in seed {
        text.push_str(&format::encode_event(stamped)?);
    }
    let mut builder = tempfile::Builder::new();
    builder.prefix(".cjm-new-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o600));
    }
    let mut tmp = builder.tempfile_in(&dir).map_err(failed(WriteStep::WriteIn, &dir))?;
    tmp.write_all(text.as_bytes())?;
    tmp.as_file().sync_all()?;
    if overwrite {
        tmp.persist(path).map_err(|e| e.error)
    } else {
        tmp.persist_noclobber(path).map_err(|e| e.error)
    }
    .map_err(failed(WriteStep::Create, path))?;
    sync_dir(&dir);
    Ok(())
}

/// A `map_err` for an IO error at one step of writing `path`.
fn failed(
    step: super::error::WriteStep,
    path: &Path,
) -> impl FnOnce(std::io::Error) -> super::error::WriteError {
    let path = path.to_path_buf();
    move |source| super::error::WriteError { step, path, source }
}

/// A session file opened for appending, held under its lock.
#[derive(Debug)]
pub struct Writer {
    path: PathBuf,
    file: File,
    /// Length of the file up to its last whole record.
    len: u64,
    /// Set when a failed append could not be taken back: appending more
    /// would bury a partial record mid-file.
    broken: bool,
    /// The file's last record lacks its newline (kept as whole by the
    /// reader): the next append puts it back first.
    unterminated: bool,
    /// The file's lines end in CRLF (an editor or git made them so): the
    /// lines appended do too, so the file keeps one line ending.
    crlf: bool,
    _lock: Lock,
}

impl Writer {
    /// Opens `path` for appending after taking its lock. Call only on a
    /// file that parsed without a torn tail: appending after a torn record
    /// would bury it mid-file.
    pub fn open(path: &Path) -> anyhow::Result<Self> {
        Self::open_locked(path, Lock::acquire(path)?)
    }

    /// Opens `path` for appending under a lock already taken (to load or
    /// repair the file before writing, with no other writer meanwhile).
    /// The file is opened once, to read its last byte and to append.
    pub fn open_locked(path: &Path, lock: Lock) -> anyhow::Result<Self> {
        let io = |e: std::io::Error| anyhow::anyhow!("{}: {}", path.display(), io_message(&e));
        let mut file = OpenOptions::new().read(true).append(true).open(path).map_err(io)?;
        // The file opened is the one locked, not one put at its path since.
        if !lock.holds(&file) {
            return Err(super::lock::Churn { path: path.display().to_string() }.into());
        }
        let len = file.metadata().map_err(io)?.len();
        let unterminated = len > 0 && last_byte(&mut file, len).map_err(io)? != b'\n';
        let crlf = first_line_ends_in_crlf(&mut file).map_err(io)?;
        Ok(Self { path: path.to_path_buf(), file, len, broken: false, unterminated, crlf, _lock: lock })
    }

    /// Appends one event and waits until it is on disk (see
    /// [`Writer::append_all`]).
    pub fn append(&mut self, stamped: &Stamped) -> anyhow::Result<()> {
        self.append_all(std::slice::from_ref(stamped))
    }

    /// Appends the records of one user action (one event, or a batch
    /// marker and its events) in one write, then waits until they are on
    /// disk: one `fsync` per action. A record longer than a line may be,
    /// or records that would take the file past the size [`load`] reads,
    /// are refused with nothing written.
    ///
    /// If the write or the sync fails (disk full, IO error), what was
    /// written is cut off again so that the file stays whole, none of the
    /// action in it, and a later append can succeed. If even that fails,
    /// the writer refuses every further append rather than write after a
    /// partial record.
    pub fn append_all(&mut self, records: &[Stamped]) -> anyhow::Result<()> {
        if self.broken {
            return Err(super::SaveError::Broken { path: self.path.clone() }.into());
        }
        let newline = if self.crlf { "\r\n" } else { "\n" };
        // The newline put back after an unterminated last record counts too.
        let mut text = if self.unterminated { String::from(newline) } else { String::new() };
        for stamped in records {
            let mut line = format::encode_event(stamped)?;
            // A record the reader would refuse would make the whole session
            // unopenable: it is refused here instead, and nothing is written.
            if line.len() - 1 > MAX_LINE_BYTES {
                return Err(
                    super::SaveError::LineTooLong { path: self.path.clone(), max: MAX_LINE_BYTES }.into()
                );
            }
            if self.crlf {
                line.insert(line.len() - 1, '\r');
            }
            text.push_str(&line);
        }
        if self.len + text.len() as u64 > MAX_FILE_BYTES {
            return Err(super::SaveError::FileTooBig { path: self.path.clone(), max: MAX_FILE_BYTES }.into());
        }
        match self.file.write_all(text.as_bytes()).and_then(|()| self.file.sync_data()) {
            Ok(()) => {
                self.len += text.len() as u64;
                self.unterminated = false;
                Ok(())
            }
            Err(e) => {
                if self.file.set_len(self.len).and_then(|()| self.file.sync_all()).is_err() {
                    self.broken = true;
                }
                Err(super::SaveError::Io { path: self.path.clone(), source: e }.into())
            }
        }
    }

    /// The file being written.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Whether the file's first line ends in CRLF (read from the start; the
/// writer appends at the end whatever the position).
fn first_line_ends_in_crlf(file: &mut File) -> std::io::Result<bool> {
    use std::io::{BufRead, Seek, SeekFrom};
    file.seek(SeekFrom::Start(0))?;
    let mut line = Vec::new();
    std::io::BufReader::new(Read::by_ref(file).take(64 * 1024)).read_until(b'\n', &mut line)?;
    Ok(line.ends_with(b"\r\n"))
}

/// The byte at `len - 1`. Appends go to the end whatever the position,
/// so moving it to read does not move where the writer writes.
fn last_byte(file: &mut File, len: u64) -> std::io::Result<u8> {
    use std::io::{Seek, SeekFrom};
    file.seek(SeekFrom::Start(len - 1))?;
    let mut byte = [0u8];
    file.read_exact(&mut byte)?;
    Ok(byte[0])
}

/// Sets a torn last record aside: the whole file is first copied to a
/// backup it alone names, `PATH.torn-<millis>` (or `…-2`, `…-3`… when that
/// exists), then the torn bytes are cut off so appending can go on.
/// Returns the backup's path. Nothing complete is lost, and the torn bytes
/// survive in the backup; no earlier backup or other file is overwritten.
pub fn set_torn_tail_aside(path: &Path, offset: usize, now_ms: u64) -> anyhow::Result<PathBuf> {
    use anyhow::Context;
    let context = || format!("could not back up {}", path.display());
    let mut source = File::open(path).with_context(context)?;
    let (backup, mut copy) = new_backup(path, now_ms).with_context(context)?;
    if let Err(e) = std::io::copy(&mut source, &mut copy).and_then(|_| copy.sync_all()) {
        // Only the half-made backup goes; the session is not touched.
        let _ = fs::remove_file(&backup);
        return Err(e).with_context(context);
    }
    let file = OpenOptions::new().write(true).open(path)?;
    file.set_len(offset as u64)?;
    file.sync_all()?;
    sync_dir(&dir_of(path));
    Ok(backup)
}

/// Creates a backup file no other file has the name of, owner-only, like
/// the session file it copies (see [`super::unique::create_numbered`]).
fn new_backup(path: &Path, now_ms: u64) -> std::io::Result<(PathBuf, File)> {
    super::unique::create_numbered(|n| {
        let mut name = path.as_os_str().to_owned();
        name.push(if n == 1 { format!(".torn-{now_ms}") } else { format!(".torn-{now_ms}-{n}") });
        PathBuf::from(name)
    })
}
