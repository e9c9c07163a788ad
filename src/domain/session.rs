//! The session state: a pure fold of its events.
//!
//! Nothing mutates a [`Session`] but its `apply`, and nothing calls that
//! but the fold in [`super::journal`], replay's checkpoints, and
//! [`super::discuss::prepare`] on a copy (to give new events fresh ids).
//! Events that refer to things that do not exist are ignored, so any
//! sequence of events folds to a state. Its time queries (timeboxes,
//! countdown, parts) are in `session_time.rs`.

use std::collections::{BTreeMap, BTreeSet};

use super::clock::Millis;
use super::decision::Decision;
use super::event::{Event, Stamped, View};
use super::group::{Group, Participant};
use super::header::Header;
use super::ids::{GroupId, NoteId, ParkId, ParticipantId, PersonaId, PhaseId, SchemeId};
use super::note::{Cell, Note};
use super::parking::ParkItem;
use super::persona::Persona;
use super::phase::{Choice, Phase, PhaseScheme};
use super::proposal::Progress;
use super::review::{CarriedMeasure, Review};
use super::timer::AgendaClock;
use super::vote;

/// Everything a session holds at one moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// What the session was created with.
    pub header: Header,
    /// The goal.
    pub goal: String,
    /// What the room must have produced.
    pub done_when: String,
    /// Whether the room confirmed the goal.
    pub goal_confirmed: bool,
    /// People in the room.
    pub participants: BTreeMap<ParticipantId, Participant>,
    /// Personas.
    pub personas: BTreeMap<PersonaId, Persona>,
    /// Candidate phase schemes.
    pub schemes: BTreeMap<SchemeId, PhaseScheme>,
    /// The chosen scheme.
    pub choice: Option<Choice>,
    /// Discussion groups.
    pub groups: BTreeMap<GroupId, Group>,
    /// Sticky notes.
    pub notes: BTreeMap<NoteId, Note>,
    /// Notes by board cell, in the order written (an index over `notes`).
    pub cells: BTreeMap<Cell, Vec<NoteId>>,
    /// (group, phase) cells marked "no As-Is measure today".
    pub no_as_is: BTreeSet<(GroupId, PhaseId)>,
    /// Notes kept from the room: the presenter view does not show them.
    pub private: BTreeSet<NoteId>,
    /// The group sharing out now, and since when.
    pub sharing: Option<(GroupId, Millis)>,
    /// Groups that have shared out.
    pub shared_out: BTreeSet<GroupId>,
    /// Picks per (voter, audience key).
    pub ballots: BTreeMap<(ParticipantId, String), Vec<NoteId>>,
    /// Voters whose ballot in this round came from their own terminal
    /// ([`Event::BallotSent`]): their picks are theirs alone until the
    /// round closes.
    pub own_ballots: BTreeSet<ParticipantId>,
    /// Whether voting has opened (measures fixed).
    pub voting_open: bool,
    /// Whether the voting round is closed (ranking revealed).
    pub voting_closed: bool,
    /// Measures merged into another: merged → kept.
    pub merged_into: BTreeMap<NoteId, NoteId>,
    /// Earlier rounds' ballots, oldest first.
    pub past_rounds: Vec<BTreeMap<(ParticipantId, String), Vec<NoteId>>>,
    /// The measures of the current round, when it is limited to some.
    pub round_measures: Option<Vec<NoteId>>,
    /// Decisions per measure.
    pub decisions: BTreeMap<NoteId, Decision>,
    /// The parking lot.
    pub parking: BTreeMap<ParkId, ParkItem>,
    /// Moves past unmet exit criteria: (step, reason), in order.
    pub forced: Vec<(usize, String)>,
    /// How often the goal was shown full screen, per step.
    pub refocus: BTreeMap<usize, u32>,
    /// Step timers and the current step.
    pub clock: AgendaClock,
    /// Per step: how far each part boundary was moved, in milliseconds
    /// (see [`super::parts::schedule`]).
    pub part_shifts: BTreeMap<usize, Vec<i64>>,
    /// Where the facilitator was looking when last saved.
    pub view: View,
    /// How far each participant's outbox has been taken in, by name.
    pub outboxes: BTreeMap<String, Progress>,
    /// The session this one was started from (`--from`), by name.
    pub origin: Option<String>,
    /// Notes carried from that session ("from last time").
    pub carried_notes: BTreeSet<NoteId>,
    /// Measures that session decided, carried here to be reviewed.
    pub carried: BTreeMap<NoteId, CarriedMeasure>,
    /// The review of each carried measure.
    pub reviews: BTreeMap<NoteId, Review>,
    /// Events folded so far (including undone ones).
    pub event_count: usize,
    /// Time of the latest event.
    pub last_at: Millis,
    next_id: u32,
}

impl Session {
    /// A session with no events yet.
    pub fn new(header: Header) -> Self {
        let steps = header.template.steps.len();
        Self {
            goal: header.goal.clone(),
            done_when: header.done_when.clone(),
            last_at: header.created_at,
            header,
            goal_confirmed: false,
            participants: BTreeMap::new(),
            personas: BTreeMap::new(),
            schemes: BTreeMap::new(),
            choice: None,
            groups: BTreeMap::new(),
            notes: BTreeMap::new(),
            cells: BTreeMap::new(),
            no_as_is: BTreeSet::new(),
            private: BTreeSet::new(),
            sharing: None,
            shared_out: BTreeSet::new(),
            ballots: BTreeMap::new(),
            own_ballots: BTreeSet::new(),
            voting_open: false,
            voting_closed: false,
            merged_into: BTreeMap::new(),
            past_rounds: Vec::new(),
            round_measures: None,
            decisions: BTreeMap::new(),
            parking: BTreeMap::new(),
            forced: Vec::new(),
            refocus: BTreeMap::new(),
            clock: AgendaClock::new(steps),
            part_shifts: BTreeMap::new(),
            view: View::default(),
            outboxes: BTreeMap::new(),
            origin: None,
            carried_notes: BTreeSet::new(),
            carried: BTreeMap::new(),
            reviews: BTreeMap::new(),
            event_count: 0,
            next_id: 1,
        }
    }

    /// An id no event has used yet.
    pub fn fresh_id(&self) -> u32 {
        self.next_id
    }

    fn saw_id(&mut self, id: u32) {
        self.next_id = self.next_id.max(id.saturating_add(1));
    }

    /// Applies one event. Only the fold calls this.
    pub(crate) fn apply(&mut self, stamped: &Stamped) {
        let at = stamped.at;
        match &stamped.event {
            Event::GoalSet { goal, done_when } => {
                self.goal = goal.clone();
                self.done_when = done_when.clone();
            }
            Event::GoalConfirmed => {
                self.goal_confirmed = true;
                self.clock.start(at);
            }
            Event::StepEntered { step } => {
                // Leaving the step ends the share-out turn running in it.
                if *step != self.clock.current {
                    self.sharing = None;
                }
                self.clock.enter(*step, at);
            }
            Event::TimerPaused => self.clock.pause(at),
            Event::TimerResumed => self.clock.resume(at),
            // An untimed step has no timebox to adjust.
            Event::TimeboxAdjusted { step, delta_ms } if !self.untimed(*step) => {
                self.clock.adjust(*step, *delta_ms);
            }
            Event::TimeboxAdjusted { .. } => {}
            Event::PartAdjusted { step, part, delta_ms } => self.shift_part(*step, *part, *delta_ms),
            Event::ParticipantSaved { id, participant } => {
                self.saw_id(id.0);
                self.participants.insert(*id, participant.clone());
            }
            Event::ParticipantRemoved { id } => {
                self.participants.remove(id);
            }
            Event::PersonaSaved { id, persona } => {
                self.saw_id(id.0);
                self.personas.insert(*id, persona.clone());
            }
            Event::PersonaDeleted { id } => {
                self.personas.remove(id);
            }
            Event::SchemeSaved { id, scheme } => {
                self.saw_id(id.0);
                for phase in &scheme.phases {
                    self.saw_id(phase.id.0);
                }
                self.schemes.insert(*id, scheme.clone());
            }
            Event::SchemeDeleted { id } => {
                self.schemes.remove(id);
                if self.choice.as_ref().is_some_and(|c| c.scheme == *id) {
                    self.choice = None;
                }
            }
            Event::SchemeChosen { id, reason } => {
                if self.schemes.contains_key(id) {
                    self.choice = Some(Choice { scheme: *id, reason: reason.clone() });
                }
            }
            Event::GroupSaved { id, group } => {
                self.saw_id(id.0);
                self.groups.insert(*id, group.clone());
            }
            Event::GroupDeleted { id } => {
                self.groups.remove(id);
            }
            Event::NoteAdded { id, note } => {
                self.saw_id(id.0);
                if let Some(old) = self.notes.insert(*id, note.clone()) {
                    self.unindex(*id, old.cell());
                }
                self.cells.entry(note.cell()).or_default().push(*id);
            }
            Event::NoteEdited { id, text } => {
                if let Some(note) = self.notes.get_mut(id) {
                    note.text = text.clone();
                }
            }
            Event::NoteMoved { id, phase, kind } => {
                if let Some(note) = self.notes.get_mut(id) {
                    let old = note.cell();
                    note.phase = *phase;
                    note.kind = *kind;
                    let new = note.cell();
                    self.unindex(*id, old);
                    self.cells.entry(new).or_default().push(*id);
                }
            }
            Event::NoteDeleted { id } => {
                if let Some(old) = self.notes.remove(id) {
                    self.unindex(*id, old.cell());
                }
                self.decisions.remove(id);
                self.private.remove(id);
            }
            Event::NotePrivacySet { id, private } => {
                if *private && self.notes.contains_key(id) {
                    self.private.insert(*id);
                } else {
                    self.private.remove(id);
                }
            }
            Event::NoteLinked { id, answers } => {
                if let Some(note) = self.notes.get_mut(id) {
                    note.answers = answers.clone();
                }
            }
            Event::AsIsNoneMarked { group, phase, none } => {
                if *none {
                    self.no_as_is.insert((*group, *phase));
                } else {
                    self.no_as_is.remove(&(*group, *phase));
                }
            }
            Event::ShareOutStarted { group } => {
                if self.groups.contains_key(group) {
                    self.sharing = Some((*group, at));
                    self.shared_out.insert(*group);
                }
            }
            Event::BallotCast { voter, audience, picks } => {
                self.cast(*voter, audience, picks);
            }
            Event::BallotSent { voter, audience, picks } => {
                if self.cast(*voter, audience, picks) {
                    self.own_ballots.insert(*voter);
                }
            }
            Event::MeasuresMerged { keep, merged } => {
                let keep = self.merged_into.get(keep).copied().unwrap_or(*keep);
                if keep != *merged && self.is_measure(keep) && self.is_measure(*merged) && !self.voting_open {
                    for target in self.merged_into.values_mut() {
                        if *target == *merged {
                            *target = keep;
                        }
                    }
                    self.merged_into.insert(*merged, keep);
                }
            }
            Event::MeasureUnmerged { merged } => {
                self.merged_into.remove(merged);
            }
            Event::VotingOpened => self.voting_open = true,
            Event::RoundStarted { measures } => {
                self.past_rounds.push(std::mem::take(&mut self.ballots));
                self.own_ballots.clear();
                self.round_measures = Some(measures.clone());
                self.voting_open = true;
                self.voting_closed = false;
            }
            Event::VotingClosed => self.voting_closed = true,
            Event::VotingReopened => self.voting_closed = false,
            Event::Decided { measure, decision } => {
                if self.is_measure(*measure) {
                    self.decisions.insert(*measure, decision.clone());
                }
            }
            Event::MeasureCarried { id, measure } => {
                self.saw_id(id.0);
                self.carried.insert(*id, measure.clone());
            }
            Event::CarriedFrom { session, notes } => {
                self.origin = Some(session.clone());
                self.carried_notes.extend(notes.iter().filter(|n| self.notes.contains_key(n)));
            }
            Event::MeasureReviewed { id, status, note } => {
                if self.carried.contains_key(id) {
                    self.reviews.insert(*id, Review { status: *status, note: note.clone() });
                }
            }
            Event::DecisionCleared { measure } => {
                self.decisions.remove(measure);
            }
            Event::Parked { id, item } => {
                self.saw_id(id.0);
                self.parking.insert(*id, item.clone());
            }
            Event::ParkResolved { id, outcome } => {
                if let Some(item) = self.parking.get_mut(id) {
                    item.outcome = Some(outcome.clone());
                }
            }
            Event::MoveForced { step, reason } => self.forced.push((*step, reason.clone())),
            // Only a running timer, and only back to a time after what it
            // already holds (a hand-edited `since` cannot undo the past).
            Event::ClosedTimePaused { since } => {
                if self.clock.started && !self.clock.paused && *since >= self.last_at && *since <= at {
                    self.clock.pause(*since);
                    self.clock.resume(at);
                }
            }
            Event::Refocused => *self.refocus.entry(self.clock.current).or_insert(0) += 1,
            Event::Viewed(view) => self.view = view.clone(),
            Event::ProposalAccepted { from, number, offset }
            | Event::ProposalRefused { from, number, offset, .. } => {
                let progress = self.outboxes.entry(from.clone()).or_default();
                progress.number = progress.number.max(*number);
                progress.offset = progress.offset.max(*offset);
            }
            Event::ParticipantJoined { id, name, group } => {
                self.saw_id(id.0);
                let participant = self
                    .participants
                    .entry(*id)
                    .or_insert_with(|| Participant { name: name.clone(), votes: true });
                participant.name = name.clone();
                if let Some(group) = self.groups.get_mut(group)
                    && !group.members.contains(id)
                {
                    group.members.push(*id);
                }
            }
            Event::Created | Event::Batch { .. } | Event::Undo | Event::Redo => {}
        }
    }

    /// Records a ballot that keeps the vote rules (the budget, measures
    /// on this round's list, the round not closed); whether it did.
    fn cast(&mut self, voter: ParticipantId, audience: &str, picks: &[NoteId]) -> bool {
        let rules = &self.header.template.voting;
        let valid = !self.voting_closed
            && vote::check_ballot(rules, audience, picks, |m| self.is_on_ballot(m)).is_ok();
        if valid {
            self.voting_open = true;
            self.ballots.insert((voter, audience.to_string()), picks.to_vec());
        }
        valid
    }

    /// Moves a part boundary; ignored for a step or part that does not
    /// exist and for the last part (its end is the step's).
    fn shift_part(&mut self, step: usize, part: usize, delta_ms: i64) {
        let Some(n) = self.header.template.steps.get(step).map(|s| s.parts.len()) else { return };
        // `part` comes from a file: compare without arithmetic on it.
        if part >= n.saturating_sub(1) {
            return;
        }
        let shifts = self.part_shifts.entry(step).or_insert_with(|| vec![0; n.saturating_sub(1)]);
        if let Some(shift) = shifts.get_mut(part) {
            *shift = shift.saturating_add(delta_ms);
        }
    }

    pub(crate) fn count(&mut self, stamped: &Stamped) {
        self.event_count += 1;
        self.last_at = self.last_at.max(stamped.at);
    }

    fn unindex(&mut self, id: NoteId, cell: Cell) {
        if let Some(ids) = self.cells.get_mut(&cell) {
            ids.retain(|n| *n != id);
            if ids.is_empty() {
                self.cells.remove(&cell);
            }
        }
    }

    /// Notes in one board cell, in the order written.
    pub fn notes_in(&self, cell: Cell) -> &[NoteId] {
        self.cells.get(&cell).map_or(&[], Vec::as_slice)
    }

    /// The chosen scheme, if any.
    pub fn chosen_scheme(&self) -> Option<&PhaseScheme> {
        self.choice.as_ref().and_then(|c| self.schemes.get(&c.scheme))
    }

    /// The phases of the board: the chosen scheme's, else the first scheme's.
    pub fn phases(&self) -> &[Phase] {
        self.chosen_scheme().or_else(|| self.schemes.values().next()).map_or(&[], |s| s.phases.as_slice())
    }

    /// Looks up a phase by id in any scheme.
    pub fn phase(&self, id: PhaseId) -> Option<&Phase> {
        self.schemes.values().flat_map(|s| s.phases.iter()).find(|p| p.id == id)
    }

    /// Whether a group's share-out turn is over: it started, and another
    /// group's turn (or another step) came after it. ✓ means this.
    pub fn shared_out_done(&self, group: GroupId) -> bool {
        self.shared_out.contains(&group) && !self.presenting(group)
    }

    /// Whether a group's share-out turn is running now.
    pub fn presenting(&self, group: GroupId) -> bool {
        self.sharing.is_some_and(|(g, _)| g == group)
    }

    /// A participant's name, or "?" for an unknown id.
    pub fn participant_name(&self, id: ParticipantId) -> &str {
        self.participants.get(&id).map_or("?", |p| p.name.as_str())
    }
}
