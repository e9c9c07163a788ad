//! Replaying a saved session: state at any event (from checkpoints), the
//! playback clock, and the per-step summary. Pure: no terminal, no disk.

pub mod bar;
pub mod playback;
pub mod player;
pub mod summary;

use crate::domain::{Event, Header, Session, Stamped, fold};

/// How many events lie between two checkpoints.
pub const CHECKPOINT_EVERY: usize = 1024;

/// A session's events with periodic snapshots of the state, so the state
/// at any point is a snapshot plus at most [`CHECKPOINT_EVERY`] events.
#[derive(Debug, Clone)]
pub struct Timeline {
    header: Header,
    events: Vec<Stamped>,
    /// `checkpoints[k]` is the state after the first `k * CHECKPOINT_EVERY` events.
    checkpoints: Vec<Session>,
}

impl Timeline {
    /// Builds the checkpoints in one pass.
    pub fn new(header: Header, events: Vec<Stamped>) -> Self {
        let mut checkpoints = vec![Session::new(header.clone())];
        let mut journal = crate::domain::Journal::new(header.clone(), Vec::new());
        for (i, stamped) in events.into_iter().enumerate() {
            journal.push(stamped);
            if (i + 1) % CHECKPOINT_EVERY == 0 {
                checkpoints.push(journal.session().clone());
            }
        }
        Self { header, events: journal.into_events(), checkpoints }
    }

    /// The session's header.
    pub fn header(&self) -> &Header {
        &self.header
    }

    /// Every event.
    pub fn events(&self) -> &[Stamped] {
        &self.events
    }

    /// Number of events.
    pub fn len(&self) -> usize {
        self.events.len()
    }

    /// Whether there are no events.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// The state after the first `n` events (clamped to the end).
    ///
    /// From the nearest checkpoint the remaining events apply one by one;
    /// only when an undo or redo lies in between (rare) is the prefix
    /// folded from the start, since undo reaches back past the checkpoint.
    pub fn state_at(&self, n: usize) -> Session {
        let n = n.min(self.events.len());
        let k = n / CHECKPOINT_EVERY;
        let from = k * CHECKPOINT_EVERY;
        let tail = &self.events[from..n];
        if tail.iter().any(|s| matches!(s.event, Event::Undo | Event::Redo)) {
            return fold(self.header.clone(), &self.events[..n]);
        }
        let mut session = self.checkpoints[k].clone();
        for stamped in tail {
            session.apply(stamped);
            session.count(stamped);
        }
        session
    }

    /// The number of events that happened at or before `at`.
    pub fn position_at(&self, at: u64) -> usize {
        self.events.partition_point(|s| s.at <= at)
    }

    /// Start and end time of the session (creation to last event).
    pub fn span(&self) -> (u64, u64) {
        let start = self.header.created_at.min(self.events.first().map_or(u64::MAX, |s| s.at));
        let end = self.events.last().map_or(start, |s| s.at).max(start);
        (start, end)
    }
}

/// Which step each event happened in: the step current before it, except
/// that entering a step counts for the step entered. `steps` is the
/// agenda's length (entering a step outside it changes nothing, as in the
/// fold).
pub fn steps_of(events: &[Stamped], steps: usize) -> Vec<usize> {
    let mut current = 0;
    events
        .iter()
        .map(|s| {
            if let Event::StepEntered { step } = s.event
                && step < steps
            {
                current = step;
            }
            current
        })
        .collect()
}

#[cfg(test)]
mod tests;
