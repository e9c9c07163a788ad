//! Every text the UI shows, one struct per language.
//!
//! English here; Japanese in [`super::strings_ja`]; [`for_lang`] picks.

use crate::app::Action;
use crate::app::state::Target;
use crate::domain::Lang;
use crate::domain::checks::Check;
pub use crate::ui::strings_replay::{REPLAY_EN, REPLAY_JA, ReplayStrings};

/// The UI's texts in one language.
#[derive(Debug)]
pub struct Strings {
    /// The language of these texts.
    pub lang: Lang,
    /// Label before the goal.
    pub goal: &'static str,
    /// Shown when there is no goal yet.
    pub no_goal: &'static str,
    /// Label before the done-when.
    pub done_when: &'static str,
    /// Label before the step's required output.
    pub output: &'static str,
    /// "Step".
    pub step: &'static str,
    /// After the countdown.
    pub left: &'static str,
    /// After an overrun.
    pub over: &'static str,
    /// Shown while paused.
    pub paused: &'static str,
    /// Before the clock starts.
    pub not_started: &'static str,
    /// Session clock words.
    pub elapsed: &'static str,
    /// "plan".
    pub plan: &'static str,
    /// "behind".
    pub behind: &'static str,
    /// "ahead".
    pub ahead: &'static str,
    /// "on plan".
    pub on_plan: &'static str,
    /// Too-small message.
    pub too_small: &'static str,
    /// Help title.
    pub help_title: &'static str,
    /// Help section of the screen's keys.
    pub help_screen: &'static str,
    /// Help section of the global keys.
    pub help_global: &'static str,
    /// Help section of the edit keys.
    pub help_edit: &'static str,
    /// "Space".
    pub key_space: &'static str,
    /// "Enter".
    pub key_enter: &'static str,
    /// Goal confirmed.
    pub confirmed: &'static str,
    /// Goal not confirmed.
    pub not_confirmed: &'static str,
    /// Error prefix when an event could not be saved.
    pub not_saved: &'static str,
    /// Space before the goal is confirmed.
    pub clock_not_started: &'static str,
    /// Undo with nothing to undo.
    pub nothing_to_undo: &'static str,
    /// Redo with nothing to redo.
    pub nothing_to_redo: &'static str,
    /// Confirming an empty goal.
    pub goal_empty: &'static str,
    /// Traits before a name.
    pub name_persona_first: &'static str,
    /// Board with no groups.
    pub add_group_first: &'static str,
    /// Board with no phases.
    pub no_phases: &'static str,
    /// Linking something that is not a To-Be.
    pub link_needs_to_be: &'static str,
    /// Picking with no voters.
    pub add_voter_first: &'static str,
    /// Pick over budget.
    pub budget_used: &'static str,
    /// Empty persona quadrant.
    pub empty_persona: &'static str,
    /// Persona labels in [`crate::domain::persona::Quadrant::ALL`] order.
    pub quadrants: [&'static str; 4],
    /// "Characteristics".
    pub traits: &'static str,
    /// "Daily challenges".
    pub challenges: &'static str,
    /// "Schemes".
    pub schemes: &'static str,
    /// "Phases".
    pub phases: &'static str,
    /// "chosen".
    pub chosen: &'static str,
    /// "Why".
    pub reason: &'static str,
    /// "Definition".
    pub definition: &'static str,
    /// Board row names.
    pub rows: [&'static str; 3],
    /// "Group".
    pub group: &'static str,
    /// "Persona".
    pub persona: &'static str,
    /// "Members".
    pub members: &'static str,
    /// "none".
    pub none: &'static str,
    /// Empty cell marker.
    pub gap: &'static str,
    /// "Now presenting".
    pub presenting: &'static str,
    /// "shared".
    pub shared: &'static str,
    /// "Measures".
    pub measures: &'static str,
    /// "Voters".
    pub voters: &'static str,
    /// "Voting for".
    pub voting_for: &'static str,
    /// Voting open, tallies hidden.
    pub tallies_hidden: &'static str,
    /// "Ranking".
    pub ranking: &'static str,
    /// "votes".
    pub votes: &'static str,
    /// "owner".
    pub owner: &'static str,
    /// Decision quadrant words: effective, indirect, now, hard.
    pub decision_words: [&'static str; 4],
    /// What each decision quadrant means, in [`crate::domain::decision::Action`] order.
    pub outcomes: [&'static str; 4],
    /// Abbreviated minutes ("7 min behind").
    pub min: &'static str,
    /// Wrap-up counts: personas, groups, top measures decided, owned, parking lot items.
    pub wrap_counts: [&'static str; 5],
    /// Before the step's open items.
    pub still_needed: &'static str,
    /// When the step's output is complete.
    pub output_met: &'static str,
    /// Reason recorded when moving on with open items.
    pub forced_reason: &'static str,
    /// Summary title.
    pub summary: &'static str,
    /// Export command hint.
    pub export: &'static str,
    /// Link overlay title.
    pub link_title: &'static str,
    /// Quit-while-typing question.
    pub quit_typing: &'static str,
    /// Editing hint.
    pub edit_hint: &'static str,
    /// Editing titles: per field kind.
    pub editing: &'static str,
    /// A free-form step.
    pub other_step: &'static str,
    /// Torn-tail recovery message.
    pub torn_recovered: &'static str,
    /// The name of a field being edited, for the edit box's title.
    pub field: fn(&Target) -> &'static str,
    /// Short and long text per action.
    pub action: fn(Action) -> (&'static str, &'static str),
    /// The replay viewer's texts.
    pub replay: &'static ReplayStrings,
    /// Title of the exit-criteria checklist.
    pub exit_criteria: &'static str,
    /// A check's name.
    pub check_name: fn(Check) -> &'static str,
    /// Title of the overlay shown by `]` with checks unmet.
    pub missing: &'static str,
    /// The question under the missing checks.
    pub missing_ask: &'static str,
    /// Shown when moving on without a reason.
    pub reason_needed: &'static str,
    /// Title of the converge prompt.
    pub time_up: &'static str,
    /// Reason recorded when the room moves on after time ran out.
    pub time_up_reason: &'static str,
    /// Reason recorded when the missing items were parked.
    pub parked_reason: &'static str,
    /// Shown when a step's checks are all met.
    pub nothing_missing: &'static str,
    /// Title of the agenda overlay.
    pub agenda: &'static str,
    /// Agenda column headings: step, plan, re-planned, actual.
    pub agenda_columns: [&'static str; 4],
    /// When the re-planned agenda ends on time.
    pub ends_on_plan: &'static str,
    /// Before how much the agenda runs over.
    pub runs_over: &'static str,
    /// Title of the parking lot.
    pub parking_lot: &'static str,
    /// When the parking lot is empty.
    pub parking_empty: &'static str,
    /// Outcomes of parked items: dropped, measure, follow-up by.
    pub park_outcomes: [&'static str; 3],
    /// Shown when resolving outside the wrap-up.
    pub resolve_in_wrap_up: &'static str,
    /// Shown after a note is parked.
    pub parked: &'static str,
}

/// The texts for a language.
pub fn for_lang(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &EN,
        Lang::Ja => &super::strings_ja::JA,
    }
}

/// English.
pub static EN: Strings = Strings {
    lang: Lang::En,
    goal: "Goal",
    no_goal: "(no goal yet: press e to write it)",
    done_when: "Done when",
    output: "Output",
    step: "Step",
    left: "left",
    over: "over",
    paused: "paused",
    not_started: "starts when the goal is confirmed",
    elapsed: "elapsed",
    plan: "plan",
    behind: "behind",
    ahead: "ahead",
    on_plan: "on plan",
    too_small: "The terminal is too small. Please enlarge it to at least 80×24.",
    help_title: "Keys (Esc closes)",
    help_screen: "This screen",
    help_global: "Everywhere",
    help_edit: "While typing",
    key_space: "Space",
    key_enter: "Enter",
    confirmed: "Confirmed: the clock is running.",
    not_confirmed: "Not confirmed yet: read it aloud, then press Enter to start the clock.",
    not_saved: "Not saved",
    clock_not_started: "The clock starts when the goal is confirmed.",
    nothing_to_undo: "Nothing to undo.",
    nothing_to_redo: "Nothing to redo.",
    goal_empty: "The goal is empty: press e to write it.",
    name_persona_first: "Name the persona first (e).",
    add_group_first: "Create a group first (n).",
    no_phases: "No phases yet: define them on the phase step.",
    link_needs_to_be: "Select a To-Be note to link it to pain points.",
    add_voter_first: "Add a participant first (n).",
    budget_used: "All picks used for this audience",
    empty_persona: "(empty: press e to name a persona)",
    quadrants: [
        "Promoter · high drive",
        "Promoter · low drive",
        "End user · high info need",
        "End user · low info need",
    ],
    traits: "Characteristics",
    challenges: "Daily challenges",
    schemes: "Candidate schemes",
    phases: "Phases",
    chosen: "chosen",
    reason: "Why",
    definition: "Definition",
    rows: ["Pain points", "As-Is", "To-Be"],
    group: "Group",
    persona: "Persona",
    members: "Members",
    none: "none",
    gap: "· gap ·",
    presenting: "Presenting",
    shared: "shared",
    measures: "Measures",
    voters: "Voters",
    voting_for: "Voting for",
    tallies_hidden: "Voting open: tallies hidden until the round is closed (c).",
    ranking: "Ranking",
    votes: "votes",
    owner: "owner",
    decision_words: ["effective", "indirect", "start now", "hard"],
    outcomes: ["start now", "owner works out how", "start if someone has capacity", "postpone"],
    min: "min",
    wrap_counts: ["personas", "groups", "top measures decided", "owned", "parking lot items"],
    still_needed: "Still needed",
    output_met: "Output complete",
    forced_reason: "open items when the room moved on",
    summary: "Summary against the done-when",
    export: "Export the map and action list:",
    link_title: "Pain points this To-Be answers",
    quit_typing: "Text is being typed. y: save it and quit · n: discard it and quit · Esc: keep typing",
    edit_hint: "Enter save · Alt-Enter/Ctrl-J newline · Ctrl-W word · Esc cancel",
    editing: "Editing",
    other_step: "Follow the step's instructions.",
    torn_recovered: "The session file's last record was cut off; it was set aside in",
    field: en_field,
    action: en_action,
    replay: &REPLAY_EN,
    exit_criteria: "Exit criteria",
    check_name: en_check,
    missing: "Missing",
    missing_ask: "Esc: stay · or type why the room moves on anyway, then Enter",
    reason_needed: "Say why the room moves on (or Esc to stay)",
    time_up: "Time is up",
    time_up_reason: "time ran out",
    parked_reason: "time ran out; the missing items are parked",
    nothing_missing: "Nothing missing: the step's output is complete.",
    agenda: "Agenda",
    agenda_columns: ["Step", "Plan", "Re-planned", "Actual"],
    ends_on_plan: "The session ends on plan.",
    runs_over: "The session runs over by",
    parking_lot: "Parking lot",
    parking_empty: "Nothing parked. p parks the selected note or a new line.",
    park_outcomes: ["dropped", "measure", "follow-up:"],
    resolve_in_wrap_up: "Parked items are resolved in the wrap-up step",
    parked: "Parked",
};

fn en_check(check: Check) -> &'static str {
    match check {
        Check::GoalConfirmed => "Goal confirmed with a done-when",
        Check::PersonasComplete => "Every quadrant has a persona with a challenge",
        Check::SchemeChosen => "A phase scheme is chosen, with a reason",
        Check::PainPointsPerPhase => "Pain points in every phase",
        Check::AsIsPerPhase => "As-Is measures (or none) in every phase",
        Check::PainPointsAnswered => "Every unanswered pain point has a To-Be",
        Check::AllSharedOut => "Every group has shared out",
        Check::AllVoted => "Everyone has voted",
        Check::TopMeasuresDecided => "Top measures decided, with owners",
    }
}

fn en_field(t: &Target) -> &'static str {
    match t {
        Target::Goal => "Goal",
        Target::DoneWhen => "Done when",
        Target::PersonaName(..) => "Persona name",
        Target::PersonaTraits(_) => "Characteristics",
        Target::PersonaChallenges(_) => "Daily challenges (one per line)",
        Target::NewPhase(..) => "New phase",
        Target::PhaseName(..) => "Phase name",
        Target::PhaseDefinition(..) => "Phase definition",
        Target::NewScheme => "New scheme",
        Target::ChoiceReason(_) => "Why this scheme?",
        Target::NewGroup => "New group",
        Target::Members(_) => "Members (comma-separated)",
        Target::NewNote(c) => match c.kind {
            crate::domain::note::NoteKind::Pain => "New pain point",
            crate::domain::note::NoteKind::AsIs => "New As-Is measure",
            crate::domain::note::NoteKind::ToBe => "New To-Be measure",
            crate::domain::note::NoteKind::Other => "New note",
        },
        Target::Note(_) => "Note",
        Target::NewParticipant => "New participant",
        Target::ForceReason(_) => "Why move on",
        Target::Park => "Park (end with @name for who raised it)",
        Target::FollowUpOwner(_) => "Who follows it up",
    }
}

fn en_action(a: Action) -> (&'static str, &'static str) {
    use Action as A;
    match a {
        A::Help => ("help", "show or hide this help"),
        A::ShowGoal => ("goal", "show the goal full screen"),
        A::NextStep => ("next step", "go to the next step"),
        A::PrevStep => ("prev step", "go to the previous step"),
        A::TogglePause => ("pause", "pause or resume the step timer"),
        A::AddTime => ("+5 min", "add 5 minutes to this step"),
        A::RemoveTime => ("-5 min", "take 5 minutes off this step"),
        A::Undo => ("undo", "undo the latest change"),
        A::Redo => ("redo", "redo the latest undone change"),
        A::Presenter => ("presenter", "presenter view on or off"),
        A::ToggleLang => ("日本語", "switch the interface to Japanese (日本語)"),
        A::Quit => ("quit", "save the place and quit"),
        A::QuitSave => ("save & quit", "save what is typed and quit"),
        A::Close => ("close", "close the overlay or cancel"),
        A::Up => ("up", "select above"),
        A::Down => ("down", "select below"),
        A::Left => ("left", "select left"),
        A::Right => ("right", "select right"),
        A::NextTab => ("next", "next group / scheme / voter"),
        A::PrevTab => ("previous", "previous group / scheme / voter"),
        A::EditGoal => ("edit goal", "edit the goal"),
        A::EditDoneWhen => ("done-when", "edit what done means"),
        A::ConfirmGoal => ("confirm", "confirm the goal and start the clock"),
        A::EditPersonaName => ("name", "name (or create) the persona"),
        A::EditTraits => ("traits", "edit its characteristics"),
        A::EditChallenges => ("challenges", "edit its daily challenges (one per line)"),
        A::DeletePersona => ("delete", "delete the persona"),
        A::AddPhase => ("add phase", "add a phase after the selected one"),
        A::RenamePhase => ("rename", "rename the phase"),
        A::EditDefinition => ("define", "edit the phase's definition"),
        A::MovePhaseUp => ("move up", "move the phase earlier"),
        A::MovePhaseDown => ("move down", "move the phase later"),
        A::DeletePhase => ("delete", "delete the phase"),
        A::AddScheme => ("new scheme", "add a candidate scheme"),
        A::ChooseScheme => ("choose", "choose this scheme and say why"),
        A::AddGroup => ("new group", "create a group"),
        A::CyclePersona => ("persona", "give the group the next persona"),
        A::EditMembers => ("members", "edit members (comma-separated names)"),
        A::AddNote => ("add", "write a note in the cell"),
        A::EditNote => ("edit", "edit the note (empty deletes)"),
        A::DeleteNote => ("delete", "delete the note"),
        A::MoveNoteLeft => ("move ←", "move the note one column left"),
        A::MoveNoteRight => ("move →", "move the note one column right"),
        A::MoveNoteUp => ("move ↑", "move the note one row up"),
        A::MoveNoteDown => ("move ↓", "move the note one row down"),
        A::LinkNote => ("link", "link the To-Be to pain points"),
        A::Toggle => ("toggle", "toggle the highlighted item"),
        A::StartShareOut => ("start", "start this group's share-out"),
        A::AddParticipant => ("participant", "add a participant"),
        A::SwitchAudience => ("audience", "switch audience"),
        A::ToggleVoting => ("close/reopen", "close the round (show ranking) or reopen it"),
        A::SetImpact => ("impact", "toggle effective / indirect against churn"),
        A::SetFeasibility => ("feasibility", "toggle start now / hard"),
        A::CycleOwner => ("owner", "give the measure the next owner"),
        A::ClearDecision => ("clear", "withdraw the decision"),
        A::EditCommit => ("save", "save the text"),
        A::EditNewline => ("new line", "start a new line"),
        A::DeleteWord => ("delete word", "delete the word before the cursor"),
        A::Yes => ("yes", "yes"),
        A::No => ("no", "no"),
        A::ShowAgenda => ("agenda", "show the agenda: planned, re-planned, actual"),
        A::Extend5 => ("+5 min", "five more minutes, taken from the remaining steps"),
        A::Extend10 => ("+10 min", "ten more minutes, taken from the remaining steps"),
        A::ParkAndMoveOn => ("park & move on", "park what is missing and move on"),
        A::MoveOnAnyway => ("move on", "move on with what is missing"),
        A::Park => ("park", "park the selected note, or a new line"),
        A::ShowParking => ("parking lot", "show the parking lot"),
        A::ParkDrop => ("drop", "drop the parked item (wrap-up)"),
        A::ParkMeasure => ("measure", "turn it into a measure (wrap-up)"),
        A::ParkFollowUp => ("follow up", "follow it up, with an owner (wrap-up)"),
    }
}
