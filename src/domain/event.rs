//! Every change the facilitator makes, as a timestamped event.
//!
//! The session file stores these in order; [`super::Session`] is a pure fold
//! of them. Variants are externally tagged in RON, e.g.
//! `NoteAdded(id: 12, note: (…))`.

use serde::{Deserialize, Serialize};

use super::clock::Millis;
use super::decision::Decision;
use super::group::{Group, Participant};
use super::ids::{GroupId, NoteId, ParkId, ParticipantId, PersonaId, PhaseId, SchemeId};
use super::note::{Note, NoteKind};
use super::parking::{ParkItem, ParkOutcome};
use super::persona::Persona;
use super::phase::PhaseScheme;
use super::proposal::Refusal;
use super::review::{CarriedMeasure, ReviewStatus};

/// An event and when it happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamped {
    /// Milliseconds since the Unix epoch.
    pub at: Millis,
    /// What happened.
    pub event: Event,
}

/// Where the facilitator was looking, saved so a reopened session shows
/// the same place.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct View {
    /// The selected group on the board.
    #[serde(default)]
    pub group: Option<GroupId>,
    /// The selected column (phase index) on the board.
    #[serde(default)]
    pub column: u16,
    /// The selected row (note kind index) on the board.
    #[serde(default)]
    pub row: u16,
    /// The selected item in the current list.
    #[serde(default)]
    pub item: u16,
    /// Whether the all-groups overview was shown (discussion, share-out).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub overview: bool,
    /// The selected voter (index) on the vote screen.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub voter: u16,
    /// The selected audience (index) on the vote screen.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub audience: u16,
    /// The selected scheme (index) on the phases screen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheme: Option<u16>,
    /// Whether the vote screen showed the owners' load.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub load: bool,
}

fn is_zero(n: &u16) -> bool {
    *n == 0
}

/// One change to a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Event {
    /// The goal or its done-when was written or edited.
    GoalSet {
        /// The goal.
        goal: String,
        /// What the room must have produced.
        done_when: String,
    },
    /// The room confirmed the goal; the session clock starts.
    GoalConfirmed,
    /// The facilitator moved to a step.
    StepEntered {
        /// Index in the agenda.
        step: usize,
    },
    /// The step timer was paused.
    TimerPaused,
    /// The step timer was resumed.
    TimerResumed,
    /// Time was added to (positive) or taken from (negative) a step. In a
    /// step with parts it moves only the last part's end: the other parts
    /// keep their planned ends (one the step is cut below waits at the
    /// step's end), so a part that has ended stays ended.
    TimeboxAdjusted {
        /// Index in the agenda.
        step: usize,
        /// Change in milliseconds.
        delta_ms: i64,
    },
    /// The boundary between two parts of a step moved: part `part` ends
    /// `delta_ms` later (negative: earlier) and the next part starts then,
    /// so the step's timebox does not change. (More time for the last part
    /// is a [`Event::TimeboxAdjusted`] of the step.)
    PartAdjusted {
        /// Index in the agenda.
        step: usize,
        /// Index of the part in the step's parts.
        part: usize,
        /// Change of the part's end in milliseconds.
        delta_ms: i64,
    },
    /// A participant joined or was renamed.
    ParticipantSaved {
        /// Its id.
        id: ParticipantId,
        /// Its data.
        participant: Participant,
    },
    /// A participant was removed.
    ParticipantRemoved {
        /// Its id.
        id: ParticipantId,
    },
    /// A persona was created or edited.
    PersonaSaved {
        /// Its id.
        id: PersonaId,
        /// Its data.
        persona: Persona,
    },
    /// A persona was deleted.
    PersonaDeleted {
        /// Its id.
        id: PersonaId,
    },
    /// A phase scheme was created or edited (phases added, renamed, reordered).
    SchemeSaved {
        /// Its id.
        id: SchemeId,
        /// Its data.
        scheme: PhaseScheme,
    },
    /// A phase scheme was deleted.
    SchemeDeleted {
        /// Its id.
        id: SchemeId,
    },
    /// The room chose a scheme.
    SchemeChosen {
        /// The scheme.
        id: SchemeId,
        /// Why.
        reason: String,
    },
    /// A group was created or edited.
    GroupSaved {
        /// Its id.
        id: GroupId,
        /// Its data.
        group: Group,
    },
    /// A group was deleted (its notes stay in the file, hidden).
    GroupDeleted {
        /// Its id.
        id: GroupId,
    },
    /// A sticky note was written.
    NoteAdded {
        /// Its id.
        id: NoteId,
        /// Its data.
        note: Note,
    },
    /// A note's text was edited.
    NoteEdited {
        /// The note.
        id: NoteId,
        /// The new text.
        text: String,
    },
    /// A note moved to another cell.
    NoteMoved {
        /// The note.
        id: NoteId,
        /// New column.
        phase: PhaseId,
        /// New row.
        kind: NoteKind,
    },
    /// A note was deleted.
    NoteDeleted {
        /// The note.
        id: NoteId,
    },
    /// A To-Be was linked to the pain points it answers (replaces the links).
    NoteLinked {
        /// The To-Be note.
        id: NoteId,
        /// The pain points it answers.
        answers: Vec<NoteId>,
    },
    /// A note was kept from the room (the presenter view hides it) or shown again.
    NotePrivacySet {
        /// The note.
        id: NoteId,
        /// `true`: only the facilitator sees it.
        private: bool,
    },
    /// A group said a phase has no As-Is measure today (or took that back).
    AsIsNoneMarked {
        /// The group.
        group: GroupId,
        /// The phase.
        phase: PhaseId,
        /// `true`: "none today"; `false`: withdrawn.
        none: bool,
    },
    /// A group started its share-out.
    ShareOutStarted {
        /// The group.
        group: GroupId,
    },
    /// A voter's picks for one audience (replaces earlier picks).
    BallotCast {
        /// Who voted.
        voter: ParticipantId,
        /// Audience key from the vote rules.
        audience: String,
        /// The measures picked.
        picks: Vec<NoteId>,
    },
    /// A voter's picks for one audience sent from their own terminal
    /// (`cjm join`), replacing earlier picks like [`Event::BallotCast`];
    /// the voter's picks in this round stay off the facilitator's and
    /// the room's screens until the round closes. Not undone by the
    /// facilitator's undo: only the voter changes it.
    BallotSent {
        /// Who voted.
        voter: ParticipantId,
        /// Audience key from the vote rules.
        audience: String,
        /// The measures picked.
        picks: Vec<NoteId>,
    },
    /// Two measures say the same: `merged` joins `keep`, which keeps both
    /// sources and receives its votes.
    MeasuresMerged {
        /// The measure that stays on the list.
        keep: NoteId,
        /// The measure folded into it.
        merged: NoteId,
    },
    /// A merge was taken apart.
    MeasureUnmerged {
        /// The measure that returns to the list.
        merged: NoteId,
    },
    /// Voting opened: measures are fixed, ballots are taken.
    VotingOpened,
    /// A new round of voting on some measures only (e.g. the top ones);
    /// the previous round's ballots are kept aside.
    RoundStarted {
        /// The measures on the ballot of this round.
        measures: Vec<NoteId>,
    },
    /// Voting closed; the ranking is revealed.
    VotingClosed,
    /// Voting reopened.
    VotingReopened,
    /// A decision on a measure was recorded or changed.
    Decided {
        /// The measure.
        measure: NoteId,
        /// The decision.
        decision: Decision,
    },
    /// A decision was withdrawn.
    DecisionCleared {
        /// The measure.
        measure: NoteId,
    },
    /// Something was sent to the parking lot.
    Parked {
        /// Its id.
        id: ParkId,
        /// The item.
        item: ParkItem,
    },
    /// A parked item got its outcome.
    ParkResolved {
        /// The item.
        id: ParkId,
        /// The outcome.
        outcome: ParkOutcome,
    },
    /// The room moved on from a step whose exit criteria were not met.
    MoveForced {
        /// The step left unfinished.
        step: usize,
        /// Why the room moved on anyway.
        reason: String,
    },
    /// The goal was shown full screen to bring the room back to it.
    Refocused,
    /// The app was closed from `since` until this event, and on reopening
    /// the facilitator said that time does not count: the step timer is
    /// paused over it (the room stopped too).
    ClosedTimePaused {
        /// When the app was last seen running (its last event).
        since: Millis,
    },
    /// The facilitator's place on screen, saved on quit.
    Viewed(View),
    /// The end of the events written when the session was created (the
    /// template's personas and schemes; for `cjm discuss` also the chosen
    /// scheme and the groups): they are the starting point, not changes,
    /// so undo never goes back past this. Changes nothing itself.
    Created,
    /// The next `len` events are one user action (extending a step and
    /// re-planning the rest, saving a group's members with the new
    /// participants, parking what is missing and moving on), written in
    /// one write: undo and redo take their changes back as one. Changes
    /// nothing itself. Events without one before them are each an action
    /// of their own, as in files written before batches existed. A
    /// marker, `Undo`, `Redo` or `Created` among the `len` ends the batch
    /// early (only a hand-edited file has one there).
    Batch {
        /// How many events follow in the batch.
        len: usize,
    },
    /// A participant's proposal (`cjm join`) was taken in: the events
    /// after it in its batch are what it changed. Records how far the
    /// participant's outbox has been read.
    ProposalAccepted {
        /// The participant (its outbox's name).
        from: String,
        /// The proposal's number in the outbox.
        number: u64,
        /// The outbox's byte offset just after the proposal's line.
        offset: u64,
    },
    /// A participant's proposal was refused; records how far the outbox
    /// has been read, like [`Event::ProposalAccepted`].
    ProposalRefused {
        /// The participant (its outbox's name).
        from: String,
        /// The proposal's number in the outbox.
        number: u64,
        /// The outbox's byte offset just after the proposal's line.
        offset: u64,
        /// Why.
        reason: Refusal,
    },
    /// A participant joined a group from its own terminal (`cjm join
    /// --group`): a participant of that name (new, or the one already
    /// known) becomes a member of the group.
    ParticipantJoined {
        /// The participant's id (new, or the known one of that name).
        id: ParticipantId,
        /// Its name.
        name: String,
        /// The group it joined.
        group: GroupId,
    },
    /// A measure the previous session decided was carried into this one
    /// (`--from`), keyed by its note's id there.
    MeasureCarried {
        /// The measure's note id (also the carried note's).
        id: NoteId,
        /// What it was, with owner, effort and due date.
        measure: CarriedMeasure,
    },
    /// This session was started from an earlier one (`--from`); `notes`
    /// are the notes carried from it ("from last time").
    CarriedFrom {
        /// The earlier session's name.
        session: String,
        /// The notes carried from it.
        notes: Vec<NoteId>,
    },
    /// The room said what became of a carried measure.
    MeasureReviewed {
        /// The carried measure.
        id: NoteId,
        /// Done, in progress, dropped or carried on; none: not yet said.
        status: Option<ReviewStatus>,
        /// A short note.
        note: String,
    },
    /// Undo the latest change that is not yet undone.
    Undo,
    /// Redo the latest undone change.
    Redo,
}

impl Event {
    /// Whether undo and redo apply to this event. Content changes do;
    /// moving through the agenda, the timer, the view, batch markers and
    /// undo/redo themselves do not. Every variant is named (no `_` arm),
    /// so a new event cannot become undoable, or not, by default.
    #[deny(clippy::wildcard_enum_match_arm)]
    pub fn is_undoable(&self) -> bool {
        match self {
            Event::GoalSet { .. }
            | Event::TimeboxAdjusted { .. }
            | Event::PartAdjusted { .. }
            | Event::ParticipantSaved { .. }
            | Event::ParticipantRemoved { .. }
            | Event::PersonaSaved { .. }
            | Event::PersonaDeleted { .. }
            | Event::SchemeSaved { .. }
            | Event::SchemeDeleted { .. }
            | Event::SchemeChosen { .. }
            | Event::GroupSaved { .. }
            | Event::GroupDeleted { .. }
            | Event::NoteAdded { .. }
            | Event::NoteEdited { .. }
            | Event::NoteMoved { .. }
            | Event::NoteDeleted { .. }
            | Event::NoteLinked { .. }
            | Event::NotePrivacySet { .. }
            | Event::AsIsNoneMarked { .. }
            | Event::ShareOutStarted { .. }
            | Event::BallotCast { .. }
            | Event::MeasuresMerged { .. }
            | Event::MeasureUnmerged { .. }
            | Event::VotingOpened
            | Event::RoundStarted { .. }
            | Event::VotingClosed
            | Event::VotingReopened
            | Event::Decided { .. }
            | Event::DecisionCleared { .. }
            | Event::Parked { .. }
            | Event::ParkResolved { .. }
            | Event::MeasureCarried { .. }
            | Event::CarriedFrom { .. }
            | Event::MeasureReviewed { .. } => true,
            Event::GoalConfirmed
            | Event::StepEntered { .. }
            | Event::TimerPaused
            | Event::TimerResumed
            | Event::Viewed(_)
            | Event::MoveForced { .. }
            | Event::Refocused
            | Event::ClosedTimePaused { .. }
            | Event::Created
            | Event::Batch { .. }
            | Event::ProposalAccepted { .. }
            | Event::ProposalRefused { .. }
            | Event::ParticipantJoined { .. }
            // A voter's own ballot is theirs to change: the facilitator,
            // who cannot see it, does not take it back with `u`.
            | Event::BallotSent { .. }
            | Event::Undo
            | Event::Redo => false,
        }
    }
}
