//! The event log in memory, with undo and redo, and the fold that turns it
//! into a [`Session`].

use super::event::{Event, Stamped};
use super::header::Header;
use super::session::Session;

/// Which events are in effect, and how many changes can be undone and redone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Effect {
    /// Per event: `false` for an event that a later `Undo` took back (and no
    /// `Redo` restored), and for `Undo`/`Redo` themselves.
    pub in_effect: Vec<bool>,
    /// Changes an `Undo` would take back.
    pub undoable: usize,
    /// Changes a `Redo` would restore.
    pub redoable: usize,
}

/// Works out which events are in effect after undo and redo.
pub fn effect(events: &[Stamped]) -> Effect {
    let mut effect = vec![true; events.len()];
    let mut applied: Vec<usize> = Vec::new();
    let mut undone: Vec<usize> = Vec::new();
    for (i, stamped) in events.iter().enumerate() {
        match stamped.event {
            Event::Undo => {
                effect[i] = false;
                if let Some(j) = applied.pop() {
                    effect[j] = false;
                    undone.push(j);
                }
            }
            Event::Redo => {
                effect[i] = false;
                if let Some(j) = undone.pop() {
                    effect[j] = true;
                    applied.push(j);
                }
            }
            ref e if e.is_undoable() => {
                applied.push(i);
                undone.clear();
            }
            _ => {}
        }
    }
    Effect { in_effect: effect, undoable: applied.len(), redoable: undone.len() }
}

/// Folds events into the state they describe.
pub fn fold(header: Header, events: &[Stamped]) -> Session {
    let mut session = Session::new(header);
    for (stamped, effect) in events.iter().zip(effect(events).in_effect) {
        if effect {
            session.apply(stamped);
        }
        session.count(stamped);
    }
    session
}

/// A session's events and the state they fold to, kept in step.
#[derive(Debug, Clone)]
pub struct Journal {
    events: Vec<Stamped>,
    session: Session,
    undoable: usize,
    redoable: usize,
}

impl Journal {
    /// A journal of a session with the given events.
    pub fn new(header: Header, events: Vec<Stamped>) -> Self {
        let session = fold(header, &events);
        let mut journal = Self { events, session, undoable: 0, redoable: 0 };
        journal.recount();
        journal
    }

    /// The state now.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// Every event, in order.
    pub fn events(&self) -> &[Stamped] {
        &self.events
    }

    /// Whether there is a change to undo.
    pub fn can_undo(&self) -> bool {
        self.undoable > 0
    }

    /// Whether there is an undone change to redo.
    pub fn can_redo(&self) -> bool {
        self.redoable > 0
    }

    /// Adds an event and updates the state. Undo and redo fold again from
    /// the start; every other event applies in constant time.
    pub fn push(&mut self, stamped: Stamped) {
        let refold = matches!(stamped.event, Event::Undo | Event::Redo);
        if refold {
            self.events.push(stamped);
            self.session = fold(self.session.header.clone(), &self.events);
            self.recount();
        } else {
            if stamped.event.is_undoable() {
                self.undoable += 1;
                self.redoable = 0;
            }
            self.session.apply(&stamped);
            self.session.count(&stamped);
            self.events.push(stamped);
        }
    }

    fn recount(&mut self) {
        let effect = effect(&self.events);
        self.undoable = effect.undoable;
        self.redoable = effect.redoable;
    }
}
