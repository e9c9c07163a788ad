//! The session file format: a RON header, a `// events` line, then one
//! event per line. Pure: bytes in, values or positioned errors out.
//!
//! ```text
//! // cjm session file …
//! (
//!     format: 1,
//!     created_at: 1764046519000,
//!     goal: "…",
//!     …
//! )
//! // events
//! (at:1764046519000,event:GoalSet(goal:"…",done_when:"…"))
//! (at:1764046533000,event:GoalConfirmed)
//! ```

use std::path::Path;

use serde::Deserialize;

use super::error::{FileError, Pos, Problem};
use crate::domain::{Event, FORMAT_VERSION, Header, Stamped};

/// The line that ends the header.
pub const EVENTS_MARKER: &str = "// events";

/// Largest session file read, in bytes (about 100,000 notes).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Largest single event line, in bytes.
pub const MAX_LINE_BYTES: usize = 1024 * 1024;

const PREAMBLE: &str = "// cjm session file: a header, then one event per line, appended as they happen.\n\
// Times are milliseconds since 1970-01-01 UTC. See README.md, \"The session file\".\n";

/// The text a new session file starts with: preamble, header, marker.
pub fn encode_header(header: &Header) -> Result<String, ron::Error> {
    let pretty = ron::ser::PrettyConfig::new().struct_names(false);
    let body = ron::ser::to_string_pretty(header, pretty)?;
    Ok(format!("{PREAMBLE}{body}\n{EVENTS_MARKER}\n"))
}

/// One event as a line, newline included.
pub fn encode_event(stamped: &Stamped) -> Result<String, ron::Error> {
    let mut line = ron::ser::to_string(stamped)?;
    line.push('\n');
    Ok(line)
}

/// What a session file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    /// The header.
    pub header: Header,
    /// Every complete event, in order.
    pub events: Vec<Stamped>,
    /// A cut-off last record, if any: where it is, and its byte offset.
    pub torn: Option<Torn>,
}

/// A last record cut off mid-write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Torn {
    /// The problem, with its position.
    pub error: FileError,
    /// Byte offset where the torn record starts; everything before is whole.
    pub offset: usize,
}

#[derive(Deserialize)]
struct VersionProbe {
    format: u32,
}

fn ron_pos(err: &ron::error::SpannedError, first_line: usize) -> Pos {
    let start = &err.span.start;
    Pos { line: first_line + start.line.saturating_sub(1), col: start.col.max(1) }
}

/// Parses a session file's bytes. `path` is only used in errors.
///
/// Every record the writer appends ends with a newline, so a last line
/// without one was cut off mid-write, or its newline was (an editor that
/// strips the final newline does the same). A record ends in its closing
/// `)`, so no part of one parses: a last line that parses is whole and
/// kept (the [`super::Writer`] puts the newline back before appending);
/// one that does not is reported as [`Parsed::torn`], also when the cut
/// fell inside a multi-byte character or the line holds bytes that are not
/// UTF-8 at all (garbage after a cut). Such bytes before the last line are
/// a located [`Problem::NotText`].
pub fn parse(path: &Path, bytes: &[u8]) -> Result<Parsed, FileError> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        // Bytes that are not UTF-8 only in the last line, with no newline
        // after them (a cut inside a character, garbage after a cut):
        // that line is torn. Parse the text before them.
        Err(e) if !bytes[e.valid_up_to()..].contains(&b'\n') => {
            std::str::from_utf8(&bytes[..e.valid_up_to()]).map_err(|_| not_text(path, bytes, e))?
        }
        Err(e) => return Err(not_text(path, bytes, e)),
    };
    let cut_mid_char = text.len() < bytes.len();

    let (header_text, header_lines, rest) =
        split_header(text).ok_or_else(|| match std::str::from_utf8(bytes) {
            // A header cut off by bytes that are not text: those are named.
            Err(e) => not_text(path, bytes, e),
            Ok(_) => FileError::at(path, end_pos(text), Problem::NoHeader),
        })?;
    let header = parse_header(path, header_text)?;
    let events_start = text.len() - rest.len();

    let mut events = Vec::new();
    // The latest batch marker: its index in `events`, byte offset, line.
    let mut marker: Option<(usize, usize, usize)> = None;
    let mut torn_at: Option<Torn> = None;
    let mut offset = events_start;
    let raws: Vec<&str> = rest.split_inclusive('\n').collect();
    let mut parsed = parse_records(&raws);
    let mut lines = raws.iter().copied().enumerate().peekable();
    let mut line_no = header_lines + 1;
    while let Some((index, raw)) = lines.next() {
        line_no += 1;
        let mut record_of =
            |line: &str| parsed[index].take().unwrap_or_else(|| ron::from_str::<Stamped>(line));
        let start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let unterminated = lines.peek().is_none() && !raw.ends_with('\n');
        let trimmed = line.trim();
        let torn = |pos: Pos, kept: usize| {
            let error = FileError::at(path, pos, Problem::TornTail { kept });
            Some(Torn { error, offset: start })
        };
        let record = if unterminated && (cut_mid_char || !(trimmed.is_empty() || trimmed.starts_with("//"))) {
            // Whole but for its newline: kept. Anything else is torn,
            // pointed at where it stops parsing.
            match record_of(line) {
                Ok(stamped) if !cut_mid_char && line.len() <= MAX_LINE_BYTES => stamped,
                Ok(_) => {
                    let pos = Pos { line: line_no, col: line.chars().count() + 1 };
                    torn_at = torn(pos, events.len());
                    break;
                }
                Err(err) => {
                    torn_at = torn(ron_pos(&err, line_no), events.len());
                    break;
                }
            }
        } else {
            if trimmed.is_empty() || trimmed.starts_with("//") {
                continue;
            }
            if line.len() > MAX_LINE_BYTES {
                let problem = Problem::LineTooLong { limit: MAX_LINE_BYTES };
                return Err(FileError::at(path, Pos { line: line_no, col: 1 }, problem));
            }
            match record_of(line) {
                Ok(stamped) => stamped,
                Err(err) => {
                    let problem = Problem::Event(super::Syntax::from(&err));
                    return Err(FileError::at(path, ron_pos(&err, line_no), problem));
                }
            }
        };
        if matches!(record.event, Event::Batch { .. }) {
            marker = Some((events.len(), start, line_no));
        }
        events.push(record);
    }
    if torn_at.is_none() && cut_mid_char {
        // The text ended with a newline and only part of a character
        // follows it: a record torn within its first character.
        let error =
            FileError::at(path, Pos { line: line_no + 1, col: 1 }, Problem::TornTail { kept: events.len() });
        torn_at = Some(Torn { error, offset: text.len() });
    }
    // A batch is written in one write: one cut short at the end of the
    // file is torn as a whole, and none of it is kept.
    if let Some((index, start, line)) = marker.filter(|(i, ..)| incomplete(&events[*i..])) {
        events.truncate(index);
        let error = FileError::at(path, Pos { line, col: 1 }, Problem::TornTail { kept: index });
        torn_at = Some(Torn { error, offset: start });
    }
    Ok(Parsed { header, events, torn: torn_at })
}

/// One event line parsed, or where it stops parsing.
type Record = Result<Stamped, ron::error::SpannedError>;

/// Fewer lines than this are parsed on the calling thread alone.
const PARALLEL_FROM: usize = 1024;

/// Parses every line that [`parse`] will read as an event, spread over
/// the machine's cores (RON parsing is nine tenths of opening a long
/// session). `None` where a line is blank, a comment, too long, or its
/// thread failed: [`parse`] then decides, and parses it itself if need be.
fn parse_records(raws: &[&str]) -> Vec<Option<Record>> {
    let one = |raw: &&str| {
        let line = raw.trim_end_matches(['\n', '\r']);
        let trimmed = line.trim();
        let skip = trimmed.is_empty() || trimmed.starts_with("//") || line.len() > MAX_LINE_BYTES;
        (!skip).then(|| ron::from_str::<Stamped>(line))
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
    if raws.len() < PARALLEL_FROM || threads < 2 {
        return raws.iter().map(one).collect();
    }
    // Small pieces taken in turn, so a thread that drew long lines does
    // not leave the others waiting; this thread works too.
    let pieces: Vec<&[&str]> = raws.chunks(256).collect();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(piece) = pieces.get(i) else { return done };
            done.push((i, piece.iter().map(one).collect::<Vec<_>>()));
        }
    };
    let mut parts: Vec<Option<Vec<Option<Record>>>> = (0..pieces.len()).map(|_| None).collect();
    std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
        let mine = work();
        for (i, part) in
            mine.into_iter().chain(helpers.into_iter().flat_map(|h| h.join().unwrap_or_default()))
        {
            parts[i] = Some(part);
        }
    });
    // A piece whose thread failed is left to `parse`, line by line.
    parts
        .into_iter()
        .zip(&pieces)
        .flat_map(|(part, piece)| part.unwrap_or_else(|| piece.iter().map(|_| None).collect()))
        .collect()
}

/// Whether a batch marker and the events after it (the file's last
/// marker, to the end) lack some of the batch: fewer follow than it
/// counts, and nothing that ends a batch early came (see [`Event::Batch`]).
fn incomplete(batch: &[Stamped]) -> bool {
    let Some((Stamped { event: Event::Batch { len }, .. }, rest)) = batch.split_first() else { return false };
    let ends = rest.iter().any(|s| matches!(s.event, Event::Undo | Event::Redo | Event::Created));
    rest.len() < *len && !ends
}

/// The bytes as text, or where the first byte that is not UTF-8 sits.
pub fn utf8<'a>(path: &Path, bytes: &'a [u8]) -> Result<&'a str, FileError> {
    std::str::from_utf8(bytes).map_err(|e| not_text(path, bytes, e))
}

fn not_text(path: &Path, bytes: &[u8], e: std::str::Utf8Error) -> FileError {
    let good = &bytes[..e.valid_up_to()];
    let line = good.iter().filter(|b| **b == b'\n').count() + 1;
    let line_start = good.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
    let col = String::from_utf8_lossy(&good[line_start..]).chars().count() + 1;
    FileError::at(path, Pos { line, col }, Problem::NotText)
}

/// Splits at the marker line: (header text, its line count, the rest).
fn split_header(text: &str) -> Option<(&str, usize, &str)> {
    let mut offset = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        if line.trim_end_matches(['\n', '\r']) == EVENTS_MARKER && line.ends_with('\n') {
            return Some((&text[..offset], i, &text[offset + line.len()..]));
        }
        offset += line.len();
    }
    None
}

fn end_pos(text: &str) -> Pos {
    let line = text.lines().count().max(1);
    let col = text.lines().last().map_or(0, |l| l.chars().count()) + 1;
    Pos { line, col }
}

/// Parses a header: the version first, so a newer file is named as such
/// even when its header has fields this build does not know, and a format
/// that never existed (0) is named as such too. Both point at the value.
fn parse_header(path: &Path, text: &str) -> Result<Header, FileError> {
    if let Ok(probe) = ron::from_str::<VersionProbe>(text) {
        let problem = match probe.format {
            0 => Some(Problem::UnknownVersion { found: 0, supported: FORMAT_VERSION }),
            n if n > FORMAT_VERSION => Some(Problem::NewerVersion { found: n, supported: FORMAT_VERSION }),
            _ => None,
        };
        if let Some(problem) = problem {
            return Err(FileError::at(path, format_pos(text), problem));
        }
    }
    ron::from_str::<Header>(text)
        .map_err(|err| FileError::at(path, ron_pos(&err, 1), Problem::Header(super::Syntax::from(&err))))
}

/// Where the `format` value sits in a header that parsed as a
/// [`VersionProbe`]: ron reports the span of a value its field's
/// deserializer rejects, so a probe that rejects every value finds it
/// (past comments and strings that merely look like it).
fn format_pos(text: &str) -> Pos {
    #[derive(Deserialize)]
    struct Locate {
        #[serde(rename = "format", deserialize_with = "reject")]
        _format: (),
    }
    fn reject<'de, D: serde::Deserializer<'de>>(d: D) -> Result<(), D::Error> {
        u32::deserialize(d)?;
        Err(serde::de::Error::custom("located"))
    }
    match ron::from_str::<Locate>(text) {
        Err(err) => ron_pos(&err, 1),
        Ok(_) => Pos { line: 1, col: 1 },
    }
}
