//! UI state that is not part of the session: selection, overlays, editing.

use crate::domain::note::Cell;
use crate::domain::persona::Quadrant;
use crate::domain::{GroupId, NoteId, PersonaId, SchemeId, StepKind};

use crate::text_input::TextInput;

/// Which screen a step kind is run on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    /// Goal and done-when.
    Goal,
    /// The measures carried from last time, reviewed.
    Review,
    /// The persona 2×2.
    Personas,
    /// Phase schemes.
    Phases,
    /// Group boards.
    Discussion,
    /// One group at a time presents.
    ShareOut,
    /// Vote and decide.
    Vote,
    /// Summary and export.
    WrapUp,
    /// A free-form step.
    Other,
}

impl Screen {
    /// The screen for a step kind.
    pub fn of(kind: StepKind) -> Screen {
        match kind {
            StepKind::Goal => Screen::Goal,
            StepKind::Review => Screen::Review,
            StepKind::Personas => Screen::Personas,
            StepKind::Phases => Screen::Phases,
            StepKind::Discussion => Screen::Discussion,
            StepKind::ShareOut => Screen::ShareOut,
            StepKind::Vote | StepKind::Decide => Screen::Vote,
            StepKind::WrapUp => Screen::WrapUp,
            StepKind::Other => Screen::Other,
        }
    }
}

/// What receives keys now; picks the key map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// A step's screen.
    Screen(Screen),
    /// A text field is being edited.
    Edit,
    /// The help overlay.
    Help,
    /// The goal, full screen.
    GoalView,
    /// Picking the pain points a To-Be answers.
    Link,
    /// A yes/no question.
    Confirm,
    /// The presenter view.
    Presenter,
    /// The step's time is up: extend, park or move on.
    Converge,
    /// The agenda with planned and re-planned times.
    Agenda,
    /// The parking lot.
    Parking,
    /// A part of the step is over: go on, more time, or park.
    PartEnd,
    /// All groups side by side (discussion and share-out).
    Overview,
    /// A participant's own ballot (`cjm join` while voting is open).
    Ballot,
}

/// What a text field being edited will change (kept in a draft file).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Target {
    /// The goal.
    Goal,
    /// The done-when.
    DoneWhen,
    /// A persona's name; creates one in the quadrant when `id` is none.
    PersonaName(Option<PersonaId>, Quadrant),
    /// A persona's characteristics.
    PersonaTraits(PersonaId),
    /// A persona's challenges, one per line.
    PersonaChallenges(PersonaId),
    /// A new phase inserted at `at`.
    NewPhase(SchemeId, usize),
    /// A phase's name.
    PhaseName(SchemeId, usize),
    /// A phase's definition.
    PhaseDefinition(SchemeId, usize),
    /// A new scheme's name.
    NewScheme,
    /// Why a scheme was chosen.
    ChoiceReason(SchemeId),
    /// A new group's name.
    NewGroup,
    /// A group's members, comma-separated.
    Members(GroupId),
    /// A new note in a cell.
    NewNote(Cell),
    /// A note's text.
    Note(NoteId),
    /// A new participant's name.
    NewParticipant,
    /// Why the room moves on from a step whose checks are not all met.
    ForceReason(usize),
    /// A new parking-lot line ("text @name").
    Park,
    /// Who follows a parked item up.
    FollowUpOwner(crate::domain::ParkId),
    /// A measure's wording on the vote list (empty keeps it).
    Wording(NoteId),
    /// A decided measure's due date (free text; empty clears it).
    Due(NoteId),
    /// A carried measure's review note.
    ReviewNote(NoteId),
    /// A measure's owner by name: Tab completes from the participants, a
    /// new name adds one, empty clears the owner (deciding it if needed).
    Owner(NoteId),
}

impl Target {
    /// Whether the field takes more than one line.
    pub fn multiline(&self) -> bool {
        matches!(
            self,
            Target::Goal
                | Target::DoneWhen
                | Target::PersonaTraits(_)
                | Target::PersonaChallenges(_)
                | Target::PhaseDefinition(..)
                | Target::ChoiceReason(_)
                | Target::NewNote(_)
                | Target::Note(_)
        )
    }
}

/// A field being edited.
#[derive(Debug, Clone)]
pub struct Edit {
    /// What it changes.
    pub target: Target,
    /// The text so far.
    pub input: TextInput,
}

/// A question waiting for yes or no.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Question {
    /// Quit while text is being typed: yes saves it, no discards it.
    QuitWhileTyping,
    /// Reopened after the app was closed for a while with the clock
    /// running: yes, that time counts; no, it is paused out.
    ClosedTime {
        /// When the app was last running (the session's last event).
        since: crate::domain::Millis,
    },
}

/// What is drawn over the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// Keys.
    Help,
    /// The goal, full screen.
    Goal,
    /// Linking a To-Be note: the highlighted pain point.
    Link {
        /// The To-Be note.
        note: NoteId,
        /// Highlighted row.
        cursor: usize,
    },
    /// A question.
    Confirm(Question),
    /// `]` with exit checks unmet: what is missing; stay or say why.
    Missing {
        /// The step left.
        step: usize,
    },
    /// The current step's time is up: the goal, what is missing, choices.
    Converge {
        /// The step whose time is up.
        step: usize,
    },
    /// A part of the current step is over (not the last: its end is the
    /// step's): the goal, what the part still misses, choices.
    PartEnd {
        /// The step.
        step: usize,
        /// The part that ended.
        part: usize,
    },
    /// The agenda, re-planned.
    Agenda,
    /// The parking lot: the highlighted item.
    Parking {
        /// Highlighted row.
        cursor: usize,
    },
}

/// What is selected on each screen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// Persona quadrant, 0..4 in [`Quadrant::ALL`] order.
    pub quadrant: usize,
    /// Index of the scheme on the phases screen.
    pub scheme: usize,
    /// Index of the phase in that scheme.
    pub phase: usize,
    /// The group on the board and share-out.
    pub group: Option<GroupId>,
    /// Board column (phase index).
    pub column: usize,
    /// Board row (note kind index).
    pub row: usize,
    /// Note index within the cell.
    pub note: usize,
    /// Voter index among participants.
    pub voter: usize,
    /// Audience index.
    pub audience: usize,
    /// Measure index in the vote list.
    pub measure: usize,
    /// The measure marked to be merged into another.
    pub merge_mark: Option<crate::domain::NoteId>,
    /// Whether the vote screen shows owners' load instead of the voters.
    pub show_load: bool,
    /// What was typed in the owner field before Tab completed it (Tab
    /// again goes on to the next match of the same start).
    pub owner_prefix: Option<String>,
}
