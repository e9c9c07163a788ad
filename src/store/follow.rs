//! Following a session file read-only as its writer appends (`cjm join`):
//! no lock; only what was appended is read, and only whole actions (a
//! batch whose events are not all there yet waits, as does a line without
//! its newline). A file cut shorter or replaced is read again from the
//! start.

use std::fs::{self, File};
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use super::format::{self, MAX_LINE_BYTES, Parsed};
use crate::domain::{Event, Stamped};

/// Most bytes read per look.
const CHUNK_BYTES: u64 = 4 * 1024 * 1024;

/// What changed in the followed file.
#[derive(Debug)]
pub enum Update {
    /// Nothing was appended.
    Nothing,
    /// These whole actions were appended.
    Events(Vec<Stamped>),
    /// The file was cut or replaced: here it is again, whole.
    Reloaded(Box<Parsed>),
}

/// A session file followed from where it was last read.
#[derive(Debug)]
pub struct Follower {
    path: PathBuf,
    offset: u64,
    identity: Option<(u64, u64)>,
}

fn identity(meta: &fs::Metadata) -> Option<(u64, u64)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some((meta.dev(), meta.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        None
    }
}

impl Follower {
    /// Loads the file as [`super::load`] does (a torn tail tolerated) and
    /// follows it from there.
    pub fn open(path: &Path) -> anyhow::Result<(Follower, Parsed)> {
        let meta = fs::metadata(path)?;
        let bytes = super::file::read_limited(path)?;
        let parsed = format::parse(path, &bytes)?;
        let offset = parsed.torn.as_ref().map_or(bytes.len(), |t| t.offset) as u64;
        Ok((Follower { path: path.to_path_buf(), offset, identity: identity(&meta) }, parsed))
    }

    /// Reads what was appended since the last look.
    pub fn poll(&mut self) -> anyhow::Result<Update> {
        let meta = fs::metadata(&self.path)?;
        if identity(&meta) != self.identity || meta.len() < self.offset {
            let (follower, parsed) = Follower::open(&self.path)?;
            *self = follower;
            return Ok(Update::Reloaded(Box::new(parsed)));
        }
        if meta.len() == self.offset {
            return Ok(Update::Nothing);
        }
        let mut file = File::open(&self.path)?;
        file.seek(SeekFrom::Start(self.offset))?;
        let mut bytes = Vec::new();
        file.take(CHUNK_BYTES).read_to_end(&mut bytes)?;
        let (events, used) = whole_actions(&bytes);
        self.offset += used as u64;
        Ok(if events.is_empty() { Update::Nothing } else { Update::Events(events) })
    }

    /// The file followed.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// The whole actions at the start of `bytes` (appended lines) and how
/// many bytes they take: lines with their newline, a batch only with all
/// its events. A line that is not an event is passed over.
pub fn whole_actions(bytes: &[u8]) -> (Vec<Stamped>, usize) {
    let mut events = Vec::new();
    let (mut safe_len, mut safe_bytes) = (0, 0);
    let mut left = 0usize;
    let mut start = 0;
    while let Some(i) = bytes[start..].iter().position(|b| *b == b'\n') {
        let line = &bytes[start..start + i];
        start += i + 1;
        let text = std::str::from_utf8(line).unwrap_or_default().trim();
        if text.is_empty() || text.starts_with("//") || line.len() > MAX_LINE_BYTES {
            if left == 0 {
                (safe_len, safe_bytes) = (events.len(), start);
            }
            continue;
        }
        let Ok(stamped) = ron::from_str::<Stamped>(text) else { continue };
        left = match stamped.event {
            Event::Batch { len } => len,
            Event::Undo | Event::Redo | Event::Created => 0,
            _ => left.saturating_sub(1),
        };
        events.push(stamped);
        if left == 0 {
            (safe_len, safe_bytes) = (events.len(), start);
        }
    }
    events.truncate(safe_len);
    (events, safe_bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(event: Event) -> String {
        format::encode_event(&Stamped { at: 1, event }).unwrap()
    }

    #[test]
    fn only_whole_lines_and_whole_batches_are_taken() {
        let mut text = line(Event::TimerPaused);
        let first = text.len();
        text += &line(Event::Batch { len: 2 });
        text += &line(Event::TimerResumed);
        assert_eq!(
            whole_actions(text.as_bytes()),
            (vec![Stamped { at: 1, event: Event::TimerPaused }], first)
        );
        text += &line(Event::TimerPaused);
        let (events, used) = whole_actions(text.as_bytes());
        assert_eq!((events.len(), used), (4, text.len()));
        let cut = format!("{}(at:1,event:Tim", line(Event::Refocused));
        assert_eq!(whole_actions(cut.as_bytes()).1, line(Event::Refocused).len());
    }
}
