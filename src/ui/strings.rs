//! Every text the UI shows, one struct per language.
//!
//! The struct is here; English in [`super::strings_en`], Japanese in
//! [`super::strings_ja`], the replay viewer's in [`super::strings_replay`];
//! [`for_lang`] picks.

use crate::app::Action;
use crate::app::state::Target;
use crate::domain::Lang;
use crate::domain::checks::Check;
pub use crate::ui::strings_en::EN;
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
    /// At the foot of the help overlay when it has more than one page.
    pub help_pages: &'static str,
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
    /// A kana key outside a field: the IME seems on.
    pub ime_on: &'static str,
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
    /// Picking before voting is open.
    pub open_voting_first: &'static str,
    /// Changing the list while voting is open.
    pub voting_is_open: &'static str,
    /// A measure is marked to be merged.
    pub marked_to_merge: &'static str,
    /// Starting a new round while voting is open.
    pub close_round_first: &'static str,
    /// "round", before the round number.
    pub round: &'static str,
    /// Title of the decision 2×2.
    pub decide_grid: &'static str,
    /// Title of the owners' load panel.
    pub load_title: &'static str,
    /// Load panel: "measures" after the count.
    pub load_measures: fn(u32) -> String,
    /// Load panel: "pts" after the effort points.
    pub load_points: &'static str,
    /// Load panel: the overload warning (not colour alone).
    pub overloaded: &'static str,
    /// Load panel: nobody owns a measure yet.
    pub no_owners: &'static str,
    /// "effort", before S/M/L.
    pub effort: &'static str,
    /// "due", before a due date.
    pub due: &'static str,
    /// Effort or due date on a measure not yet decided.
    pub decide_first: &'static str,
    /// Merging with nothing marked.
    pub mark_first: &'static str,
    /// Label before a measure's merged sources.
    pub merged_from: &'static str,
    /// Header of the vote list before voting opens.
    pub not_open_yet: &'static str,
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
    pub votes: fn(u32) -> String,
    /// "owner".
    pub owner: &'static str,
    /// Decision quadrant words: effective, indirect, now, hard.
    pub decision_words: [&'static str; 4],
    /// What each decision quadrant means, in [`crate::domain::decision::Action`] order.
    pub outcomes: [&'static str; 4],
    /// Abbreviated minutes ("7 min behind").
    pub min: &'static str,
    /// Wrap-up counts: personas, groups, top measures decided, owned, parking lot items.
    /// Each takes the figure as shown ("3", "2/5") and the count it agrees with.
    pub wrap_counts: [fn(&str, usize) -> String; 5],
    /// Before the step's open items.
    pub still_needed: &'static str,
    /// When the step's output is complete.
    pub output_met: &'static str,
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
    pub runs_over: fn(u64) -> String,
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
    // `cjm discuss` and export from the wrap-up.
    /// Before a group's letter in `cjm discuss`: "Group " makes "Group A".
    pub discuss_group: &'static str,
    /// Why `cjm discuss` chose the phase scheme (recorded with the choice).
    pub discuss_reason: &'static str,
    /// Before the path of the report written from the wrap-up.
    pub exported: fn(&str) -> String,
    /// After the export key on the wrap-up screen.
    pub export_here: &'static str,
    // The clipboard (OSC 52).
    /// The report went to the clipboard: how many characters.
    pub copied_report: fn(usize) -> String,
    /// A note went to the clipboard: its text, cut short.
    pub copied_note: fn(&str) -> String,
    /// `y` on the board with no note selected.
    pub nothing_to_copy: &'static str,
    /// The terminal refused the clipboard sequence (then why).
    pub not_copied: &'static str,
    /// Why nothing was copied: no terminal to send it to.
    pub no_terminal: &'static str,
    /// When the goal field of a discussion waiting for its goal is closed.
    pub discuss_goal_first: &'static str,
    // Private notes (issue #7).
    /// Before a note kept from the room, on the facilitator's board.
    pub private_mark: &'static str,
    /// Presenter view, vote: voting is open.
    pub room_voting_open: &'static str,
    /// Presenter view, vote: after "2/3": who have voted.
    pub room_have_voted: &'static str,
    // Colour themes (`T`).
    /// "Theme", before the theme's name in the message `T` shows.
    pub theme: &'static str,
    /// Theme names in [`crate::ui::theme::ThemeName::ALL`] order.
    pub theme_names: [&'static str; 3],
    // Discussion parts (#7): part clock, heads-up, part-end prompt, `>`.
    /// Title of the part-end prompt: "Part b. Pain points is over".
    pub part_over: fn(&str) -> String,
    /// "Next: c. As-Is measures".
    pub part_next: fn(&str) -> String,
    /// Heading of what the part's checks still miss.
    pub part_missing: &'static str,
    /// When the part's checks are all met (or it has none).
    pub part_nothing_missing: &'static str,
    /// `5` refused: the named next part would get too short.
    pub part_too_short: fn(&str) -> String,
    /// `>` in a step without parts.
    pub no_parts: &'static str,
    /// `>` in the last part.
    pub last_part: &'static str,
    /// The heads-up banner: (time left, part, next part).
    pub part_heads_up: fn(&str, &str, Option<&str>) -> String,
    /// The whole step's clock in a step with parts: (countdown, timebox).
    pub whole_clock: fn(&str, &str) -> String,
    // All-groups overview (issue #7).
    /// Overview: short column headings for pain points, As-Is and To-Be.
    pub overview_kinds: [&'static str; 3],
    /// Overview: the heading above the groups.
    pub overview_title: &'static str,
    /// Overview: the label of a group's totals row.
    pub overview_total: &'static str,
    /// Overview: a group's gaps, "3 gaps" (after a ✗).
    pub overview_gaps: fn(usize) -> String,
    /// Overview: a group without gaps (after a ✓).
    pub overview_no_gaps: &'static str,
    /// Overview: an As-Is cell marked "none today".
    pub overview_none_today: &'static str,
    /// Overview: what the headings and marks mean.
    pub overview_legend: &'static str,
    /// Overview: groups in rows out of sight.
    pub overview_more: fn(usize) -> String,
    // Untimed setup steps of `cjm discuss` (issue #7).
    /// The countdown's place on an untimed step, e.g. "no timebox · setup".
    pub untimed: &'static str,
    /// `+`/`-` on an untimed step.
    pub untimed_no_adjust: &'static str,
    // Header wording (review 2).
    /// The goal line while the goal's field is open and no goal is saved yet.
    pub goal_being_written: &'static str,
    // Drafts (issue 13).
    /// The field reopened with text kept when the app last ended while it
    /// was open; the draft file's path follows.
    pub draft_recovered: &'static str,
    // The workshop without dead ends (issue #14).
    /// A pick taken back by picking it again: (measure, picks now, budget).
    pub vote_taken_back: fn(&str, usize, u32) -> String,
    /// Load panel: measures of an owner without an effort (not counted in the points).
    pub load_unestimated: fn(u32) -> String,
    /// The ranking's heading for its vote counts.
    pub votes_column: &'static str,
    /// An As-Is cell marked "no As-Is measure today" (`0`).
    pub none_today: &'static str,
    /// `0` saved the mark.
    pub none_today_marked: &'static str,
    /// `0` took the mark back.
    pub none_today_cleared: &'static str,
    /// `0` outside the As-Is row.
    pub none_today_as_is_only: &'static str,
    /// `0` on an As-Is cell that has notes.
    pub none_today_has_notes: &'static str,
    /// Reopened after a gap with the clock running: (minutes closed).
    pub closed_time_question: fn(u64) -> String,
    /// The gap was paused out.
    pub closed_time_paused: &'static str,
    /// Tab in the owner field with no participant starting so.
    pub owner_no_match: &'static str,
    /// A board cell's last line when notes are out of sight: (how many).
    pub more_notes: fn(usize) -> String,
}

/// The texts for a language.
pub fn for_lang(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &super::strings_en::EN,
        Lang::Ja => &super::strings_ja::JA,
    }
}
