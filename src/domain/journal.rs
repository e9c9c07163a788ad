//! The event log in memory, with undo and redo, and the fold that turns it
//! into a [`Session`].

use super::event::{Event, Stamped};
use super::header::Header;
use super::session::Session;

/// Whether a session holds nothing anyone did: no goal, and no change
/// after its creation (what a bare `cjm` quit at the goal field leaves;
/// `cjm list` does not show it).
pub fn nothing_kept(session: &Session, events: &[Stamped]) -> bool {
    let after = events.iter().rposition(|s| s.event == Event::Created).map_or(0, |i| i + 1);
    session.goal.trim().is_empty() && !events[after..].iter().any(|s| s.event.is_undoable())
}

/// Which events are in effect, and how many changes can be undone and redone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Effect {
    /// Per event: `false` for an event that a later `Undo` took back (and no
    /// `Redo` restored), and for `Undo`/`Redo` and batch markers themselves.
    pub in_effect: Vec<bool>,
    /// Changes an `Undo` would take back.
    pub undoable: usize,
    /// Changes a `Redo` would restore.
    pub redoable: usize,
}

/// Where the log is in an [`Event::Batch`]: how many of its events are
/// still to come, and whether one of them already was a change (the
/// batch's undo unit, which later changes of the batch join).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Batching {
    left: usize,
    unit: bool,
}

impl Batching {
    /// Moves past `event`; returns whether it is a change that joins the
    /// unit of an earlier change of the same batch (undone with it).
    fn joins(&mut self, event: &Event) -> bool {
        if let Event::Batch { len } = event {
            *self = Batching { left: *len, unit: false };
            return false;
        }
        if self.left == 0 {
            return false;
        }
        if matches!(event, Event::Undo | Event::Redo | Event::Created) {
            *self = Batching::default();
            return false;
        }
        self.left -= 1;
        let joins = self.unit;
        self.unit |= event.is_undoable();
        joins && event.is_undoable()
    }
}

/// Works out which events are in effect after undo and redo. An
/// [`Event::Created`] is a barrier: nothing before it can be undone, and
/// nothing undone before it redone (files without one: all of it can).
/// The changes of one [`Event::Batch`] are undone and redone together.
pub fn effect(events: &[Stamped]) -> Effect {
    effect_and_batching(events).0
}

fn effect_and_batching(events: &[Stamped]) -> (Effect, Batching) {
    let mut effect = vec![true; events.len()];
    // Undo units: the changes one undo takes back, in order.
    let mut applied: Vec<Vec<usize>> = Vec::new();
    let mut undone: Vec<Vec<usize>> = Vec::new();
    let mut batching = Batching::default();
    for (i, stamped) in events.iter().enumerate() {
        let joins = batching.joins(&stamped.event);
        match stamped.event {
            Event::Undo => {
                effect[i] = false;
                if let Some(unit) = applied.pop() {
                    for &j in &unit {
                        effect[j] = false;
                    }
                    undone.push(unit);
                }
            }
            Event::Redo => {
                effect[i] = false;
                if let Some(unit) = undone.pop() {
                    for &j in &unit {
                        effect[j] = true;
                    }
                    applied.push(unit);
                }
            }
            Event::Created => {
                applied.clear();
                undone.clear();
            }
            Event::Batch { .. } => effect[i] = false,
            ref e if e.is_undoable() => {
                match applied.last_mut() {
                    Some(unit) if joins => unit.push(i),
                    _ => applied.push(vec![i]),
                }
                undone.clear();
            }
            _ => {}
        }
    }
    (Effect { in_effect: effect, undoable: applied.len(), redoable: undone.len() }, batching)
}

/// One user action's events as they are written and journaled: a single
/// event as it is, several behind an [`Event::Batch`] marker stamped like
/// the first, none as nothing.
pub fn batch(events: Vec<Stamped>) -> Vec<Stamped> {
    match events.first() {
        Some(first) if events.len() > 1 => {
            let marker = Stamped { at: first.at, event: Event::Batch { len: events.len() } };
            std::iter::once(marker).chain(events).collect()
        }
        _ => events,
    }
}

/// Folds events into the state they describe.
pub fn fold(header: Header, events: &[Stamped]) -> Session {
    fold_in_effect(header, events, &effect(events).in_effect)
}

/// [`fold`], with which events are in effect already worked out.
fn fold_in_effect(header: Header, events: &[Stamped], in_effect: &[bool]) -> Session {
    let mut session = Session::new(header);
    for (stamped, &effect) in events.iter().zip(in_effect) {
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
    batching: Batching,
}

impl Journal {
    /// A journal of a session with the given events.
    pub fn new(header: Header, events: Vec<Stamped>) -> Self {
        // One pass works out both the state's events and the undo counts.
        let (effect, batching) = effect_and_batching(&events);
        let session = fold_in_effect(header, &events, &effect.in_effect);
        Self { events, session, undoable: effect.undoable, redoable: effect.redoable, batching }
    }

    /// A journal of events whose state is already known (a replay
    /// checkpoint), so nothing is folded again.
    pub fn with_state(events: Vec<Stamped>, session: Session) -> Self {
        let mut journal = Self { events, session, undoable: 0, redoable: 0, batching: Batching::default() };
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

    /// Every event, given back (a replay timeline is built by pushing them).
    pub fn into_events(self) -> Vec<Stamped> {
        self.events
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
            let joins = self.batching.joins(&stamped.event);
            if stamped.event == Event::Created {
                self.undoable = 0;
                self.redoable = 0;
            } else if stamped.event.is_undoable() && !joins {
                self.undoable += 1;
                self.redoable = 0;
            }
            self.session.apply(&stamped);
            self.session.count(&stamped);
            self.events.push(stamped);
        }
    }

    /// Adds the records of one user action as [`batch`] makes them (a
    /// marker first when there are several), so undo takes them back as one.
    pub fn push_all(&mut self, batch: Vec<Stamped>) {
        for stamped in batch {
            self.push(stamped);
        }
    }

    fn recount(&mut self) {
        let (effect, batching) = effect_and_batching(&self.events);
        self.undoable = effect.undoable;
        self.redoable = effect.redoable;
        self.batching = batching;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::agenda::{Lang, Template, VoteRules};
    use crate::domain::event::View;

    fn header() -> Header {
        let template = Template {
            name: "t".into(),
            lang: Lang::En,
            done_when: String::new(),
            discussion_done_when: None,
            steps: Vec::new(),
            voting: VoteRules { audiences: Vec::new(), allow_repeat: false, top_n: 5 },
            personas: Vec::new(),
            schemes: Vec::new(),
            default_scheme: None,
            review: None,
        };
        Header::new(0, "start".into(), "done".into(), template)
    }

    fn goal(text: &str) -> Event {
        Event::GoalSet { goal: text.into(), done_when: "done".into() }
    }

    fn journal_with(events: &[Event]) -> Journal {
        let mut journal = Journal::new(header(), Vec::new());
        for (i, event) in events.iter().enumerate() {
            journal.push(Stamped { at: i as u64 + 1, event: event.clone() });
        }
        journal
    }

    fn counts(j: &Journal) -> (usize, usize) {
        (j.undoable, j.redoable)
    }

    #[test]
    fn undo_takes_back_the_latest_change_and_redo_restores_it() {
        let mut j = journal_with(&[goal("a"), goal("b")]);
        assert_eq!(j.session().goal, "b");
        j.push(Stamped { at: 10, event: Event::Undo });
        assert_eq!(j.session().goal, "a");
        j.push(Stamped { at: 11, event: Event::Undo });
        assert_eq!(j.session().goal, "start");
        assert!(!j.can_undo() && j.can_redo());
        j.push(Stamped { at: 12, event: Event::Redo });
        assert_eq!(j.session().goal, "a");
        j.push(Stamped { at: 13, event: Event::Redo });
        assert_eq!(j.session().goal, "b");
        assert!(j.can_undo() && !j.can_redo());
        // Undo and redo are events of their own: nothing is forgotten.
        assert_eq!(j.events().len(), 6);
        assert_eq!(j.session().event_count, 6);
    }

    #[test]
    fn a_new_change_after_undo_clears_redo() {
        let mut j = journal_with(&[goal("a"), goal("b"), Event::Undo]);
        assert!(j.can_redo());
        j.push(Stamped { at: 10, event: goal("c") });
        assert!(!j.can_redo());
        assert_eq!(counts(&j), (2, 0));
        j.push(Stamped { at: 11, event: Event::Redo });
        assert_eq!(j.session().goal, "c", "redo with nothing undone changes nothing");
        j.push(Stamped { at: 12, event: Event::Undo });
        assert_eq!(j.session().goal, "a", "undo skips the change that was undone before");
    }

    #[test]
    fn navigation_and_timer_events_are_not_undone() {
        let view = View { group: None, column: 2, row: 1, item: 0, overview: false, ..View::default() };
        let mut j = journal_with(&[
            goal("a"),
            Event::GoalConfirmed,
            Event::StepEntered { step: 0 },
            Event::TimerPaused,
            Event::TimerResumed,
            Event::Viewed(view.clone()),
        ]);
        assert_eq!(counts(&j), (1, 0));
        j.push(Stamped { at: 20, event: Event::Undo });
        let s = j.session();
        assert_eq!(s.goal, "start", "the undo skipped past navigation to the goal");
        assert!(s.goal_confirmed);
        assert!(s.clock.started && !s.clock.paused);
        assert_eq!(s.view, view);
        // Nothing else to undo: another undo changes nothing.
        let before = j.session().clone();
        j.push(Stamped { at: 21, event: Event::Undo });
        assert_eq!(j.session().goal, before.goal);
        assert_eq!(j.session().view, before.view);
        assert_eq!(counts(&j), (0, 1));
    }

    #[test]
    fn can_undo_and_can_redo_count_changes() {
        let mut j = journal_with(&[]);
        assert!(!j.can_undo() && !j.can_redo());
        assert_eq!(counts(&j), (0, 0));
        for (i, text) in ["a", "b", "c"].iter().enumerate() {
            j.push(Stamped { at: i as u64, event: goal(text) });
        }
        assert_eq!(counts(&j), (3, 0));
        j.push(Stamped { at: 5, event: Event::Undo });
        j.push(Stamped { at: 6, event: Event::Undo });
        assert_eq!(counts(&j), (1, 2));
        j.push(Stamped { at: 7, event: Event::Redo });
        assert_eq!(counts(&j), (2, 1));
        j.push(Stamped { at: 8, event: Event::Undo });
        j.push(Stamped { at: 9, event: Event::Undo });
        j.push(Stamped { at: 10, event: Event::Undo });
        j.push(Stamped { at: 11, event: Event::Undo });
        assert_eq!(counts(&j), (0, 3));
        assert!(!j.can_undo() && j.can_redo());
        // A journal reopened from the same events agrees.
        let reopened = Journal::new(header(), j.events().to_vec());
        assert_eq!(counts(&reopened), counts(&j));
        assert_eq!(reopened.session(), j.session());
    }

    #[test]
    fn undo_stops_at_the_creation_barrier_and_older_files_keep_their_undo() {
        let mut j = journal_with(&[goal("seeded"), Event::Created, goal("a")]);
        assert_eq!(counts(&j), (1, 0));
        for at in 10..14 {
            j.push(Stamped { at, event: Event::Undo });
        }
        assert_eq!(j.session().goal, "seeded", "the creation events stay");
        assert_eq!(counts(&j), (0, 1));
        assert_eq!(Journal::new(header(), j.events().to_vec()).session(), j.session(), "the fold agrees");
        // Redo crosses no barrier either: an undo before it stays undone.
        let j = journal_with(&[goal("a"), Event::Undo, Event::Created, Event::Redo]);
        assert_eq!((j.session().goal.as_str(), counts(&j)), ("start", (0, 0)));
        // Without the marker (files written before it), all of it can be undone.
        let mut old = journal_with(&[goal("seeded"), goal("a")]);
        old.push(Stamped { at: 10, event: Event::Undo });
        old.push(Stamped { at: 11, event: Event::Undo });
        assert_eq!(old.session().goal, "start");
        assert!(!Event::Created.is_undoable());
    }
}
