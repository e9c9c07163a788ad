//! The one vocabulary of things the facilitator can do.
//!
//! The key map ([`super::keymap`]) binds keys to these, the help overlay and
//! the footer describe them (texts in [`crate::ui::strings`]), and
//! [`super::update`] turns them into domain events.

/// Something the facilitator asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Show or hide the list of keys.
    Help,
    /// Show the goal full screen.
    ShowGoal,
    /// Move to the next agenda step.
    NextStep,
    /// Move to the previous agenda step.
    PrevStep,
    /// Pause or resume the step timer.
    TogglePause,
    /// Add five minutes to the current step.
    AddTime,
    /// Take five minutes off the current step.
    RemoveTime,
    /// Undo the latest change.
    Undo,
    /// Redo the latest undone change.
    Redo,
    /// Show or hide the presenter view.
    Presenter,
    /// Switch the interface language (English ⇄ Japanese), remembered in
    /// the settings file.
    ToggleLang,
    /// Switch the colour theme (dark → light → high contrast), remembered
    /// in the settings file.
    CycleTheme,
    /// Quit (asks first when text is being typed).
    Quit,
    /// Save what is being typed and quit at once (Ctrl-C).
    QuitSave,
    /// Quit from a field (Ctrl-Q): asks first whether to keep what is
    /// typed.
    QuitAsk,
    /// Close the overlay or cancel.
    Close,
    /// Select the item above.
    Up,
    /// Select the item below.
    Down,
    /// Select the item to the left.
    Left,
    /// Select the item to the right.
    Right,
    /// Select the next group, scheme or voter.
    NextTab,
    /// Select the previous group, scheme or voter.
    PrevTab,
    /// Edit the goal.
    EditGoal,
    /// Edit what "done" means.
    EditDoneWhen,
    /// Confirm the goal and start the clock.
    ConfirmGoal,
    /// Name (or create) the selected persona.
    EditPersonaName,
    /// Edit the selected persona's characteristics.
    EditTraits,
    /// Edit the selected persona's daily challenges, one per line.
    EditChallenges,
    /// Delete the selected persona.
    DeletePersona,
    /// Add a phase after the selected one.
    AddPhase,
    /// Rename the selected phase.
    RenamePhase,
    /// Edit the selected phase's definition.
    EditDefinition,
    /// Move the selected phase earlier.
    MovePhaseUp,
    /// Move the selected phase later.
    MovePhaseDown,
    /// Delete the selected phase.
    DeletePhase,
    /// Add a candidate scheme.
    AddScheme,
    /// Choose the selected scheme, with a reason.
    ChooseScheme,
    /// Create a discussion group.
    AddGroup,
    /// Give the selected group the next persona.
    CyclePersona,
    /// Edit the selected group's members (comma-separated names).
    EditMembers,
    /// Write a note in the selected cell.
    AddNote,
    /// Edit the selected note.
    EditNote,
    /// Delete the selected note.
    DeleteNote,
    /// Move the selected note one column left.
    MoveNoteLeft,
    /// Move the selected note one column right.
    MoveNoteRight,
    /// Move the selected note one row up.
    MoveNoteUp,
    /// Move the selected note one row down.
    MoveNoteDown,
    /// Link the selected To-Be to the pain points it answers.
    LinkNote,
    /// Keep the selected note from the room (presenter view), or show it again.
    TogglePrivate,
    /// On an As-Is cell: mark "no As-Is measure today" for that group and
    /// phase, or take the mark back.
    ToggleNoAsIs,
    /// Toggle the highlighted item (link, pick).
    Toggle,
    /// Start the selected group's share-out.
    StartShareOut,
    /// Add a participant.
    AddParticipant,
    /// Switch the audience being voted for.
    SwitchAudience,
    /// Close the voting round (show the ranking), or reopen it.
    ToggleVoting,
    /// Set the selected measure's impact (effective / indirect).
    SetImpact,
    /// Set the selected measure's feasibility (now / hard).
    SetFeasibility,
    /// Type the selected measure's owner (Tab completes a participant).
    CycleOwner,
    /// Withdraw the selected measure's decision.
    ClearDecision,
    /// Mark the selected measure to merge it into another.
    MarkMerge,
    /// Merge the marked measure into the selected one.
    MergeInto,
    /// Undo the latest merge into the selected measure.
    Unmerge,
    /// Edit the selected measure's wording (before voting opens).
    EditMeasure,
    /// Open voting: the list is fixed from then on.
    OpenVoting,
    /// Cycle the decided measure's effort: S, M, L, none.
    CycleEffort,
    /// Type the decided measure's due date.
    EditDue,
    /// Show or hide each owner's load.
    ShowLoad,
    /// Give the selected carried measure this status (again: none).
    SetReview(crate::domain::review::ReviewStatus),
    /// Type the selected carried measure's review note.
    EditReviewNote,
    /// Start another round on the top measures of each audience.
    SecondRound,
    /// Save the text being typed.
    EditCommit,
    /// Close the field without saving what is typed.
    EditCancel,
    /// An editing key in the field being typed (the text field widget's
    /// own table: cursor movement, deleting, new line).
    Field(crate::text_input::FieldKey),
    /// Answer yes.
    Yes,
    /// Answer no.
    No,
    /// Show or hide the agenda: planned, re-planned and actual times.
    ShowAgenda,
    /// Time is up: five more minutes, taken from the remaining steps.
    Extend5,
    /// Time is up: ten more minutes, taken from the remaining steps.
    Extend10,
    /// Time is up: park what is missing and move on.
    ParkAndMoveOn,
    /// Time is up: move on with what is missing.
    MoveOnAnyway,
    /// Park the selected note, or a new line typed in.
    Park,
    /// Show or hide the parking lot.
    ShowParking,
    /// Wrap-up: drop the highlighted parked item.
    ParkDrop,
    /// Wrap-up: turn the highlighted parked item into a measure.
    ParkMeasure,
    /// Wrap-up: follow the highlighted parked item up, with an owner.
    ParkFollowUp,
    /// Wrap-up: write the Markdown report beside the session file.
    Export,
    /// Copy to the clipboard (OSC 52): the selected note on the board, the
    /// Markdown report on the wrap-up.
    Copy,
    /// End the current part of the step now and start the next.
    NextPart,
    /// A part is over: go on to the next part.
    PartGoOn,
    /// A part is over: five more minutes for it, taken from the next part.
    PartExtend5,
    /// A part is over: park what it misses and go on.
    PartPark,
    /// Show or hide the overview of all groups side by side.
    Overview,
    /// Overview: open the selected group's board.
    OpenBoard,
    /// Overview: open the board of the group with this number (1 = first).
    JumpToGroup(u8),
}
