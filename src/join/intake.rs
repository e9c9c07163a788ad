//! The facilitator's side: taking participants' proposals in from their
//! outboxes, incrementally (from the offset the session records for each
//! outbox, so nothing is read or applied twice, across restarts too), one
//! batch per proposal. Outboxes that are not this session's, or not cjm
//! outboxes, are set aside with a notice; nothing of theirs reaches the
//! session.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::domain::proposal::{self, OutboxHeader};
use crate::domain::{Event, FORMAT_VERSION, Session};
use crate::store::outbox::{self, CHUNK_BYTES, MAX_PROPOSALS};

/// Most outboxes looked at (a folder of millions of files is not read).
pub const MAX_OUTBOXES: usize = 256;

/// Most chunks read from one outbox per look; the rest waits for the next.
const CHUNKS_PER_LOOK: usize = 8;

/// Where proposals are applied: the facilitator's app, or a test's room.
pub trait Room {
    /// The session as it stands.
    fn session(&self) -> &Session;
    /// Appends one batch durably and applies it; false when it could not
    /// be saved (nothing of it applied).
    fn commit(&mut self, events: Vec<Event>) -> bool;
}

/// What happened in one look.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Taken {
    /// Batches committed.
    pub batches: usize,
    /// Participants who joined a group: (name, group id).
    pub joined: Vec<(String, crate::domain::GroupId)>,
    /// Outboxes newly set aside (not read), by path.
    pub ignored: Vec<PathBuf>,
    /// Whether some outbox has more to read than one look takes.
    pub more: bool,
}

/// The outboxes of one session as the facilitator's process knows them.
#[derive(Debug)]
pub struct Intake {
    session: PathBuf,
    /// Outboxes whose header was checked: where their proposals start.
    good: BTreeMap<String, u64>,
    /// Outboxes not read (another session's, not an outbox, a link…).
    bad: BTreeSet<String>,
}

impl Intake {
    /// The intake of the session at `path`.
    pub fn new(session: &Path) -> Intake {
        Intake { session: session.to_path_buf(), good: BTreeMap::new(), bad: BTreeSet::new() }
    }

    /// The outboxes' folder.
    pub fn dir(&self) -> PathBuf {
        outbox::join_dir(&self.session)
    }

    /// The participants with an outbox that is read.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.good.keys().map(String::as_str)
    }

    /// Reads every outbox from where the session says it was read to,
    /// and commits each proposal's batch in turn, checked against the
    /// session as it stands after the one before.
    pub fn take_in(&mut self, room: &mut dyn Room) -> Taken {
        let mut taken = Taken::default();
        let Ok(entries) = std::fs::read_dir(self.dir()) else { return taken };
        let mut names: Vec<String> = entries
            .flatten()
            .take(MAX_OUTBOXES * 4)
            .filter_map(|e| e.file_name().to_str().and_then(|n| n.strip_suffix(".ron")).map(String::from))
            .filter(|n| proposal::valid_name(n))
            .collect();
        names.sort();
        names.truncate(MAX_OUTBOXES);
        for name in names {
            if self.bad.contains(&name) {
                continue;
            }
            if !self.read(&name, room, &mut taken) {
                break;
            }
        }
        taken
    }

    /// Reads one outbox; false when a commit failed (stop for now).
    fn read(&mut self, name: &str, room: &mut dyn Room, taken: &mut Taken) -> bool {
        let path = outbox::outbox_path(&self.session, name);
        let start = match self.good.get(name) {
            Some(start) => *start,
            None => match self.check_header(name, &path, room.session()) {
                Some((start, header)) => {
                    self.good.insert(name.to_string(), start);
                    if let Some(event) = proposal::joining(room.session(), &header) {
                        if let Event::ParticipantJoined { group, .. } = &event {
                            taken.joined.push((name.to_string(), *group));
                        }
                        if !room.commit(vec![event]) {
                            return false;
                        }
                        taken.batches += 1;
                    }
                    start
                }
                None => {
                    // Not yet whole (a header being renamed into place is
                    // whole at once, so this is not cjm's) or foreign.
                    self.bad.insert(name.to_string());
                    taken.ignored.push(path);
                    return true;
                }
            },
        };
        for _ in 0..CHUNKS_PER_LOOK {
            let progress = room.session().outboxes.get(name).copied().unwrap_or_default();
            if progress.number >= MAX_PROPOSALS {
                self.set_aside(name, path, taken);
                return true;
            }
            let offset = progress.offset.max(start);
            let Ok(bytes) = outbox::read_from(&path, offset, CHUNK_BYTES) else {
                self.set_aside(name, path, taken);
                return true;
            };
            let (lines, next) = outbox::lines(&bytes, offset);
            if lines.is_empty() && next == offset && bytes.len() >= CHUNK_BYTES {
                // A chunk without one line end: a line no proposal is.
                self.set_aside(name, path, taken);
                return true;
            }
            for (end, line) in lines {
                let parsed = outbox::parse_line(line);
                let events = proposal::take(room.session(), name, parsed.as_ref(), end);
                if events.is_empty() {
                    continue;
                }
                if !room.commit(events) {
                    return false;
                }
                taken.batches += 1;
            }
            if bytes.len() < CHUNK_BYTES {
                return true;
            }
        }
        taken.more = true;
        true
    }

    fn set_aside(&mut self, name: &str, path: PathBuf, taken: &mut Taken) {
        self.bad.insert(name.to_string());
        self.good.remove(name);
        taken.ignored.push(path);
    }

    /// The outbox's header, when it is `name`'s for this session: where
    /// its proposals start, and the header.
    fn check_header(&self, name: &str, path: &Path, session: &Session) -> Option<(u64, OutboxHeader)> {
        let bytes = outbox::read_from(path, 0, outbox::MAX_LINE_BYTES + 1).ok()?;
        let end = outbox::header_end(&bytes)?;
        let header = outbox::parse_header(&bytes[..end - 1])?;
        let ours = header.participant == name
            && header.session == session.header.created_at
            && header.format == FORMAT_VERSION;
        ours.then_some((end as u64, header))
    }
}
