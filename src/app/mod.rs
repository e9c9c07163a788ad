//! The app: UI state around a [`Journal`], keys in, events out.
//!
//! Path of a key press: [`App::handle`] → [`keymap::lookup`] → an
//! [`Action`] → [`update`] builds a domain [`Event`] → [`App::commit`]
//! appends it to the [`Sink`] (the session file, fsynced) and only then
//! pushes it into the [`Journal`] and marks the screen for redraw.

pub mod action;
pub mod ballot;
pub mod converge;
pub mod discuss;
pub mod edit;
pub mod keymap;
pub mod ops;
pub mod overview;
pub mod park;
pub mod part_end;
pub mod review;
pub mod sink;
pub mod state;
/// The text field widget, where it lived before it became its own module.
pub use crate::text_input;
pub mod update;
pub mod vote_ops;

use std::path::PathBuf;

use crossterm::event::{Event as TermEvent, KeyEventKind};

pub use action::Action;
pub use sink::{MemorySink, Sink};
pub use state::{Mode, Overlay, Screen, Selection};

use crate::domain::checks::{self, Gap, Status};
use crate::domain::{Event, GroupId, Journal, Lang, Millis, Session, Stamped, View};
use crate::ui::strings::{self, Strings};
use crate::ui::theme::{Theme, ThemeName};

/// Something only the terminal loop can do (IO outside the session file).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Request {
    /// Remember the interface language in the settings file.
    SaveLang(Lang),
    /// Write the Markdown report beside the session file.
    Export,
    /// Remember the colour theme in the settings file.
    SaveTheme(ThemeName),
    /// Put the Markdown report on the clipboard.
    CopyReport,
    /// Put this note's text on the clipboard.
    CopyNote(crate::domain::NoteId),
}

/// Everything the UI knows.
pub struct App {
    journal: Journal,
    sink: Box<dyn Sink>,
    /// The session file, for the export command on the wrap-up screen.
    pub path: Option<PathBuf>,
    /// The config directory the loop saves settings in; none in tests.
    pub config_dir: Option<PathBuf>,
    /// The time now, set by [`App::tick`].
    pub now: Millis,
    /// What is selected.
    pub sel: Selection,
    /// The overlay shown, if any.
    pub overlay: Option<Overlay>,
    /// The field being edited, if any.
    pub edit: Option<state::Edit>,
    /// Whether the presenter view is on.
    pub presenter: bool,
    /// Whether the overview of all groups is shown instead of one board
    /// (discussion and share-out only; see [`App::overview_on`]).
    pub overview: bool,
    /// Every group's notes per phase and kind with the board checks' gaps,
    /// refreshed with `gaps` on the discussion and share-out steps (empty
    /// elsewhere), read by the overview screen.
    pub tallies: overview::Overview,
    /// The room's overview (see [`overview::for_room`]), built when the
    /// presenter view first draws it after a change; none inside when it
    /// is the facilitator's.
    room_tallies: std::cell::OnceCell<Option<overview::Overview>>,
    /// The current step's checks as the room sees them (see
    /// [`App::room_checks`]), built on first use after a change.
    room_checks: std::cell::OnceCell<Option<Vec<Status>>>,
    /// A one-line message for the facilitator (errors, recovery notes).
    pub message: Option<String>,
    /// Whether the "IME seems on" hint was shown (once per run).
    ime_hinted: bool,
    /// Set when the app should end.
    pub quit: bool,
    /// Why the last event could not be saved; none once one is saved
    /// (the exit line says "Saved" only when the last write reached disk).
    pub unsaved: Option<String>,
    /// The draft file the open field was recovered from: the loop removes
    /// it once that field is saved or discarded.
    pub draft: Option<PathBuf>,
    /// Set when the screen must be drawn again.
    pub dirty: bool,
    /// The participant whose screen this is (`cjm join --as`); none on
    /// the facilitator's. With it, an open vote is that participant's
    /// own ballot ([`App::ballot_on`]).
    pub me: Option<String>,
    /// On a participant's screen: the picks per audience last sent and
    /// not yet answered by the facilitator's process.
    pub pending: std::collections::BTreeMap<String, Vec<crate::domain::NoteId>>,
    /// On the facilitator's screen: the participants whose `cjm join`
    /// is connected now; none where nobody can join (replay, tests).
    pub connected: Option<Vec<String>>,
    /// The texts in the session's language.
    pub strings: &'static Strings,
    /// The colour theme (`T` cycles it; the settings file remembers it).
    pub theme: ThemeName,
    /// The terminal draws East-Asian-ambiguous characters two columns
    /// wide: every such mark is drawn as its narrow stand-in
    /// ([`crate::ui::marks`]).
    pub ambiguous_wide: bool,
    /// What the current step's exit checks still miss, refreshed after
    /// every change (not per frame: some checks read every note).
    pub gaps: Vec<Gap>,
    /// Side effects asked of the terminal loop, performed and drained
    /// there after each key (the app itself does no IO but its sink).
    pub requests: Vec<Request>,
    /// The current step's exit checks, refreshed with `gaps`.
    pub checks: Vec<Status>,
    /// Width of the edit field on the last frame (for ↑/↓ in the field).
    pub edit_width: std::cell::Cell<usize>,
    /// The help overlay's page, and how many pages it had on the last frame.
    pub help_page: (usize, std::cell::Cell<usize>),
    shown_second: Millis,
    /// The steps whose time-up prompt was handled: shown once per overrun,
    /// or left while over (a finished step revisited does not ask again);
    /// more time for a step arms it again (see [`App::commit`]).
    prompted: std::collections::BTreeSet<usize>,
    /// The step and its elapsed time when part ends were last looked for
    /// (see [`part_end::when_ended`]): each part end prompts once.
    parts_seen: (usize, Millis),
}

impl App {
    /// An app over a journal; every new event goes to `sink` first.
    pub fn new(journal: Journal, sink: Box<dyn Sink>, now: Millis) -> Self {
        let strings = strings::for_lang(journal.session().header.template.lang);
        let mut app = Self {
            journal,
            sink,
            path: None,
            config_dir: None,
            now,
            sel: Selection::default(),
            overlay: None,
            edit: None,
            presenter: false,
            overview: false,
            tallies: overview::Overview::default(),
            room_tallies: std::cell::OnceCell::new(),
            room_checks: std::cell::OnceCell::new(),
            message: None,
            ime_hinted: false,
            quit: false,
            unsaved: None,
            draft: None,
            dirty: true,
            me: None,
            pending: Default::default(),
            connected: None,
            strings,
            theme: ThemeName::Dark,
            ambiguous_wide: false,
            gaps: Vec::new(),
            requests: Vec::new(),
            checks: Vec::new(),
            edit_width: std::cell::Cell::new(40),
            help_page: (0, std::cell::Cell::new(1)),
            shown_second: now / 1000,
            prompted: std::collections::BTreeSet::new(),
            parts_seen: (0, 0),
        };
        app.prompted = app.left_while_over();
        app.parts_seen = part_end::seen_now(&app);
        app.restore_view();
        app.refresh_gaps();
        app
    }

    /// Shows the UI in `lang` from the next frame on.
    pub fn set_lang(&mut self, lang: Lang) {
        self.strings = strings::for_lang(lang);
        self.dirty = true;
    }

    /// The styles of the current theme.
    pub fn theme(&self) -> &'static Theme {
        self.theme.theme()
    }

    /// `err` and its causes in the UI's language: the store's and the
    /// terminal's errors from the catalogue, an OS error in the system's
    /// words where the catalogue has none for its kind.
    pub fn error_text(&self, err: &anyhow::Error) -> String {
        crate::cli::messages::Messages::of(self.strings.lang).error(err)
    }

    /// Draws with `look` (theme, ambiguous-width marks) from the next frame on.
    pub fn set_look(&mut self, look: crate::ui::theme::Look) {
        self.ambiguous_wide = look.ambiguous_wide;
        self.set_theme(look.theme);
    }

    /// Draws in `theme` from the next frame on.
    pub fn set_theme(&mut self, theme: ThemeName) {
        self.theme = theme;
        self.dirty = true;
    }

    fn refresh_gaps(&mut self) {
        let s = self.session();
        self.checks = checks::for_step(s, s.current_step());
        // Two checks may miss the same thing (no groups): it is said once.
        self.gaps.clear();
        for gap in self.checks.iter().flat_map(|st| st.gaps.iter()) {
            if !self.gaps.contains(gap) {
                self.gaps.push(gap.clone());
            }
        }
        let tallies = overview::for_screen(self.session(), self.screen(), &self.gaps);
        self.overview &= tallies.is_some();
        self.tallies = tallies.unwrap_or_default();
        self.room_tallies = std::cell::OnceCell::new();
        self.room_checks = std::cell::OnceCell::new();
    }

    /// The current step's exit checks as the room sees them (the refocus
    /// over the presenter view): evaluated without private notes, so a
    /// cell the room sees empty is not met; built on first use after a
    /// change, the facilitator's own when there are no private notes.
    pub fn room_checks(&self) -> &[Status] {
        let room = self.room_checks.get_or_init(|| {
            let s = self.session();
            if s.private.is_empty() {
                return None;
            }
            let checks =
                s.header.template.steps.get(s.current_step()).map_or(&[][..], |st| st.checks.as_slice());
            Some(checks::evaluate_seen(s, checks, |id| !s.private.contains(id)))
        });
        room.as_deref().unwrap_or(&self.checks)
    }

    /// The overview as the room sees it (the presenter view): built on
    /// first use after a change and kept until the next one, so a change
    /// costs nothing more while nobody shows the room the overview.
    pub fn room_tallies(&self) -> &overview::Overview {
        let room = self.room_tallies.get_or_init(|| overview::for_room(self.session(), self.screen()));
        room.as_ref().unwrap_or(&self.tallies)
    }

    /// Whether the overview of all groups is on screen (or under the
    /// presenter view): asked for, and on a discussion or share-out step.
    pub fn overview_on(&self) -> bool {
        self.overview && matches!(self.screen(), Screen::Discussion | Screen::ShareOut)
    }

    /// Whether this is a participant's screen during an open vote: the
    /// vote screen is then their own ballot.
    pub fn ballot_on(&self) -> bool {
        let s = self.session();
        self.me.is_some() && self.screen() == Screen::Vote && s.voting_open && !s.voting_closed
    }

    /// The session state.
    pub fn session(&self) -> &Session {
        self.journal.session()
    }

    /// The journal (events and state).
    pub fn journal(&self) -> &Journal {
        &self.journal
    }

    /// The screen of the current step.
    pub fn screen(&self) -> Screen {
        let s = self.session();
        s.header.template.steps.get(s.current_step()).map_or(Screen::Other, |st| Screen::of(st.kind))
    }

    /// What receives keys now.
    pub fn mode(&self) -> Mode {
        if self.edit.is_some() && !matches!(self.overlay, Some(Overlay::Confirm(_))) {
            return Mode::Edit;
        }
        match self.overlay {
            Some(Overlay::Help) => Mode::Help,
            Some(Overlay::Goal) => Mode::GoalView,
            Some(Overlay::Link { .. }) => Mode::Link,
            Some(Overlay::Confirm(_)) => Mode::Confirm,
            // Only without its reason field (which takes keys first): Esc closes.
            Some(Overlay::Missing { .. }) => Mode::Confirm,
            Some(Overlay::Converge { .. }) => Mode::Converge,
            Some(Overlay::PartEnd { .. }) => Mode::PartEnd,
            Some(Overlay::Agenda) => Mode::Agenda,
            Some(Overlay::Parking { .. }) => Mode::Parking,
            None => self.screen_mode(),
        }
    }

    /// What receives keys when no overlay or field is open: the presenter
    /// view, the overview, or the step's screen.
    pub fn screen_mode(&self) -> Mode {
        if self.presenter {
            Mode::Presenter
        } else if self.ballot_on() {
            Mode::Ballot
        } else if self.overview_on() {
            Mode::Overview
        } else {
            Mode::Screen(self.screen())
        }
    }

    /// Appends an event durably, then applies it. On a write error
    /// nothing changes on screen except the error message.
    pub fn commit(&mut self, event: Event) -> bool {
        self.commit_all(vec![event])
    }

    /// Appends one user action's events durably, in one write and one
    /// fsync (several behind an [`Event::Batch`] marker, so undo and redo
    /// take them back as one), then applies them. On a write error none
    /// of them is applied: nothing changes on screen except the message.
    pub fn commit_all(&mut self, events: Vec<Event>) -> bool {
        let now = self.now;
        let records = crate::domain::journal::batch(
            events.into_iter().map(|event| Stamped { at: now, event }).collect(),
        );
        if records.is_empty() {
            return true;
        }
        if let Err(e) = self.sink.append_all(&records) {
            let why = self.error_text(&e);
            self.message = Some(format!("{}: {why}", self.strings.not_saved));
            self.unsaved = Some(why);
            self.dirty = true;
            return false;
        }
        for stamped in &records {
            if let Event::TimeboxAdjusted { step, delta_ms } = stamped.event
                && delta_ms > 0
            {
                self.prompted.remove(&step);
            }
            if let Event::StepEntered { step } = stamped.event {
                let left = self.session().current_step();
                if step != left && self.step_over(left) {
                    // Leaving a step over its time handles its overrun.
                    self.prompted.insert(left);
                }
            }
            if matches!(stamped.event, Event::StepEntered { .. }) {
                // A new step opens on its own screen, not an overview.
                self.overview = false;
            }
        }
        if self.sink.applies() {
            self.journal.push_all(records);
        }
        self.unsaved = None;
        self.refresh_gaps();
        self.dirty = true;
        true
    }

    /// Applies events another process wrote to the session (what `cjm
    /// join` reads as the facilitator's process appends it): nothing is
    /// written.
    pub fn absorb(&mut self, records: Vec<Stamped>) {
        if records.is_empty() {
            return;
        }
        self.journal.push_all(records);
        self.refresh_gaps();
        self.dirty = true;
    }

    /// Moves time forward; asks for a redraw when the shown second changes.
    pub fn tick(&mut self, now: Millis) {
        self.now = now;
        if now / 1000 != self.shown_second {
            self.shown_second = now / 1000;
            self.dirty = true;
            self.converge_when_over();
            part_end::when_ended(self);
        }
    }

    /// Opens the converge prompt when the current step's countdown has
    /// run out, once per overrun, and not over another overlay, a field
    /// being typed or the presenter view (it waits for them to close). A part-end prompt still
    /// open gives way: the step's end is where all its parts end. An
    /// untimed step has no countdown, so it never opens.
    fn converge_when_over(&mut self) {
        let s = self.session();
        let step = s.current_step();
        let over = matches!(s.countdown(self.now), Some(crate::domain::timer::Countdown::Over(_)));
        if !s.clock.started || s.clock.paused || !over || self.prompted.contains(&step) {
            return;
        }
        let free = matches!(self.overlay, None | Some(Overlay::PartEnd { .. }));
        if free && self.edit.is_none() && !self.presenter {
            self.prompted.insert(step);
            self.overlay = Some(Overlay::Converge { step });
            self.dirty = true;
        }
    }

    /// Whether a timed step has used up its timebox by now.
    fn step_over(&self, step: usize) -> bool {
        let s = self.session();
        s.clock.started && !s.untimed(step) && s.clock.elapsed(step, self.now) > s.timebox(step)
    }

    /// The steps other than the current one that were left over their
    /// time: their overrun was handled before this run (a reopened
    /// session does not ask about them again).
    fn left_while_over(&self) -> std::collections::BTreeSet<usize> {
        let s = self.session();
        let current = s.current_step();
        (0..s.header.template.steps.len()).filter(|i| *i != current && self.step_over(*i)).collect()
    }

    /// Handles one terminal event.
    pub fn handle(&mut self, event: &TermEvent) {
        match event {
            TermEvent::Key(key) if key.kind == KeyEventKind::Press => {
                match keymap::lookup(self.mode(), key) {
                    Some(action) => update::update(self, action),
                    None if self.mode() == Mode::Edit => edit::key(self, key),
                    None => self.hint_ime(key),
                }
                self.dirty = true;
            }
            TermEvent::Paste(text) => {
                if let Some(edit) = &mut self.edit {
                    edit.input.insert(text);
                    self.dirty = true;
                }
            }
            TermEvent::Resize(..) | TermEvent::FocusGained => self.dirty = true,
            _ => {}
        }
    }

    /// A kana (or other non-ASCII) key no table knows, outside a field:
    /// the IME seems on. Says so once per run in the message line, so a
    /// facilitator typing on does not see it flash with every key.
    fn hint_ime(&mut self, key: &crossterm::event::KeyEvent) {
        if !self.ime_hinted && keymap::looks_like_ime(keymap::key_of(key)) {
            self.ime_hinted = true;
            self.message = Some(self.strings.ime_on.into());
        }
    }

    /// The place on screen, as saved on quit. Every screen is named (as
    /// in `restore_view`): a new one must say which item it keeps.
    #[deny(clippy::wildcard_enum_match_arm)]
    pub fn view(&self) -> View {
        let item = match self.screen() {
            Screen::Personas => self.sel.quadrant,
            Screen::Phases => self.sel.phase,
            Screen::Vote => self.sel.measure,
            Screen::Goal
            | Screen::Review
            | Screen::Discussion
            | Screen::ShareOut
            | Screen::WrapUp
            | Screen::Other => self.sel.note,
        };
        View {
            group: self.sel.group,
            column: self.sel.column as u16,
            row: self.sel.row as u16,
            item: item as u16,
            overview: self.overview,
            voter: self.sel.voter as u16,
            audience: self.sel.audience as u16,
            scheme: Some(self.sel.scheme as u16),
            load: self.sel.show_load,
        }
    }

    #[deny(clippy::wildcard_enum_match_arm)]
    fn restore_view(&mut self) {
        let view = self.session().view.clone();
        let item = usize::from(view.item);
        self.sel.group = view.group.filter(|g| self.session().groups.contains_key(g));
        if self.sel.group.is_none() {
            self.sel.group = self.session().groups.keys().next().copied();
        }
        self.sel.column = usize::from(view.column);
        self.sel.row = usize::from(view.row).min(2);
        // Kept only where there is an overview (see `refresh_gaps`).
        self.overview = view.overview;
        match self.screen() {
            Screen::Personas => self.sel.quadrant = item.min(3),
            Screen::Phases => self.sel.phase = item,
            Screen::Vote => self.sel.measure = item,
            Screen::Goal
            | Screen::Review
            | Screen::Discussion
            | Screen::ShareOut
            | Screen::WrapUp
            | Screen::Other => self.sel.note = item,
        }
        self.sel.voter = usize::from(view.voter);
        self.sel.audience = usize::from(view.audience);
        self.sel.show_load = view.load;
        if let Some(choice) = &self.session().choice {
            self.sel.scheme = self.session().schemes.keys().position(|k| *k == choice.scheme).unwrap_or(0);
        }
        // The scheme looked at (saved since #14) wins over the chosen one.
        if let Some(scheme) = view.scheme {
            self.sel.scheme = usize::from(scheme);
        }
    }

    /// On reopening: when the app was closed for over a minute while the
    /// step clock ran, asks whether that time counts (the room kept
    /// working) or is paused out ([`Event::ClosedTimePaused`], so replay
    /// agrees). Called by the terminal loop's `cjm run`, not by tests'
    /// apps unless they ask.
    pub fn ask_about_closed_time(&mut self) {
        let s = self.session();
        let since = s.last_at;
        let running = s.clock.started && !s.clock.paused && !s.untimed(s.current_step());
        if running && self.now.saturating_sub(since) > crate::domain::clock::MINUTE && self.overlay.is_none()
        {
            self.overlay = Some(Overlay::Confirm(state::Question::ClosedTime { since }));
            self.dirty = true;
        }
    }

    /// Saves the place on screen and ends the app. Committed events are
    /// already on disk; this only adds the view.
    pub fn quit_with_save(&mut self) {
        if !self.quit {
            self.commit(Event::Viewed(self.view()));
        }
        self.quit = true;
    }

    /// The group selected on the board, falling back to the first group.
    /// The overview selects the same group.
    pub fn group(&self) -> Option<GroupId> {
        self.sel
            .group
            .filter(|g| self.session().groups.contains_key(g))
            .or_else(|| self.session().groups.keys().next().copied())
    }
}
