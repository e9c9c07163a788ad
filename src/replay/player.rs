//! The replay viewer's state: a [`Timeline`], its [`Playback`], and a
//! read-only [`App`] over the state at the playhead, rebuilt whenever the
//! position changes so the live screens draw it unchanged. Its own key
//! map ([`KEYS`], reversed by [`keys_for`]) replaces the live one, so no
//! key can edit. No terminal, no disk.

use crossterm::event::{Event as TermEvent, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::Timeline;
use super::bar::Bar;
use super::playback::Playback;
use crate::app::keymap::{Key, key_of};
use crate::app::{App, Overlay, Sink};
use crate::domain::{Event, Journal, Millis, Stamped};

/// Something the viewer can be asked to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReplayAction {
    /// Pause or play.
    TogglePlay,
    /// One event on.
    NextEvent,
    /// One event back.
    PrevEvent,
    /// To the next step boundary.
    NextStep,
    /// To the previous step boundary.
    PrevStep,
    /// One speed faster.
    Faster,
    /// One speed slower.
    Slower,
    /// To the start.
    Home,
    /// To the end.
    End,
    /// The goal full screen, on or off.
    Goal,
    /// The keys, on or off.
    Help,
    /// Close an overlay.
    Close,
    /// Quit.
    Quit,
}

const fn key(code: KeyCode) -> Key {
    Key { code, mods: KeyModifiers::NONE }
}
const fn ch(c: char) -> Key {
    key(KeyCode::Char(c))
}

use ReplayAction as R;

/// The replay key map, in help order.
pub const KEYS: &[(Key, ReplayAction)] = &[
    (ch(' '), R::TogglePlay),
    (key(KeyCode::Right), R::NextEvent),
    (key(KeyCode::Left), R::PrevEvent),
    (ch(']'), R::NextStep),
    (ch('['), R::PrevStep),
    (ch('+'), R::Faster),
    (ch('='), R::Faster),
    (ch('-'), R::Slower),
    (key(KeyCode::Home), R::Home),
    (key(KeyCode::End), R::End),
    (ch('g'), R::Goal),
    (ch('?'), R::Help),
    (key(KeyCode::Esc), R::Close),
    (ch('q'), R::Quit),
    (Key { code: KeyCode::Char('c'), mods: KeyModifiers::CONTROL }, R::Quit),
];

/// Every key bound to `action` (the reverse map help and footer use).
pub fn keys_for(action: ReplayAction) -> Vec<Key> {
    KEYS.iter().filter(|(_, a)| *a == action).map(|(k, _)| *k).collect()
}

/// The action of a key, if any.
pub fn lookup(event: &KeyEvent) -> Option<ReplayAction> {
    let k = key_of(event);
    KEYS.iter().find(|(b, _)| *b == k).map(|(_, a)| *a)
}

/// A sink that refuses every write: nothing in replay may change the file.
#[derive(Debug, Default)]
pub struct ReadOnly;

impl Sink for ReadOnly {
    fn append_all(&mut self, _records: &[Stamped]) -> anyhow::Result<()> {
        anyhow::bail!("replay is read-only")
    }
}

/// Where `--from` starts playback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum From {
    /// A step by its number (1-based).
    Step(usize),
    /// A step by its title (case-insensitive).
    Title(String),
    /// A session-time offset from the start.
    Offset(Millis),
}

/// Why `--from` names no place in the session. The command line renders
/// it in the interface language (`cli::messages`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FromError {
    /// Not `HH:MM:SS` (or `MM:SS`).
    #[error("--from {0}: expected HH:MM:SS")]
    BadTime(String),
    /// Step 0.
    #[error("--from: steps are numbered from 1")]
    StepZero,
    /// Nothing given.
    #[error("--from: expected a step or HH:MM:SS")]
    Empty,
    /// A step number past the agenda.
    #[error("--from {n}: the agenda has {steps} steps")]
    NoSuchStep {
        /// The number asked for.
        n: usize,
        /// Steps in the agenda.
        steps: usize,
    },
    /// No step title matches.
    #[error("--from {0}: no step has that title")]
    NoTitle(String),
    /// The step (1-based) was never entered in this session.
    #[error("--from: step {0} was never reached")]
    NeverReached(usize),
}

/// Parses `STEP` (a number or a title) or `HH:MM:SS` (also `MM:SS`).
pub fn parse_from(text: &str) -> Result<From, FromError> {
    let text = text.trim();
    if text.contains(':') {
        let parts: Vec<&str> = text.split(':').collect();
        let numbers: Option<Vec<u64>> = parts.iter().map(|p| p.parse::<u64>().ok()).collect();
        return match numbers.as_deref() {
            Some([h, m, s]) if *m < 60 && *s < 60 => Ok(From::Offset(((h * 60 + m) * 60 + s) * 1000)),
            Some([m, s]) if *s < 60 => Ok(From::Offset((m * 60 + s) * 1000)),
            _ => Err(FromError::BadTime(text.to_string())),
        };
    }
    match text.parse::<usize>() {
        Ok(0) => Err(FromError::StepZero),
        Ok(n) => Ok(From::Step(n)),
        Err(_) if text.is_empty() => Err(FromError::Empty),
        Err(_) => Ok(From::Title(text.to_string())),
    }
}

/// The position `from` names: a step's start is just after the event that
/// entered it; an offset is every event up to that session time.
pub fn resolve(timeline: &Timeline, from: &From) -> Result<usize, FromError> {
    let steps = &timeline.header().template.steps;
    let step = match from {
        From::Offset(ms) => return Ok(timeline.position_at(timeline.span().0.saturating_add(*ms))),
        From::Step(n) if *n <= steps.len() => n - 1,
        From::Step(n) => return Err(FromError::NoSuchStep { n: *n, steps: steps.len() }),
        From::Title(t) => steps
            .iter()
            .position(|s| s.title.to_lowercase() == t.to_lowercase())
            .or_else(|| steps.iter().position(|s| s.title.to_lowercase().contains(&t.to_lowercase())))
            .ok_or_else(|| FromError::NoTitle(t.clone()))?,
    };
    timeline
        .events()
        .iter()
        .position(|s| s.event == Event::StepEntered { step })
        .map(|i| i + 1)
        .ok_or(FromError::NeverReached(step + 1))
}

/// The positions just after each step was entered.
fn boundaries(timeline: &Timeline) -> Vec<usize> {
    let steps = timeline.header().template.steps.len();
    let mut current = None;
    let mut out = Vec::new();
    for (i, s) in timeline.events().iter().enumerate() {
        if let Event::StepEntered { step } = s.event
            && step < steps
            && current != Some(step)
        {
            current = Some(step);
            out.push(i + 1);
        }
    }
    out
}

/// The viewer.
pub struct Player {
    /// The events and checkpoints.
    pub timeline: Timeline,
    /// Position, speed, playing.
    pub playback: Playback,
    /// The live app's view of the state at the playhead (read-only).
    pub app: App,
    /// Whether the keys overlay is up.
    pub help: bool,
    /// Set when a torn tail was left out of the replay.
    pub torn: bool,
    /// Set when the viewer should end.
    pub quit: bool,
    /// Session-time stretches cut short as idle, to mark on the bar.
    pub skipped: Vec<(Millis, Millis)>,
    steps: Vec<usize>,
    bar: std::cell::RefCell<Option<Bar>>,
}

impl Player {
    /// A viewer at the start, playing at `speed`.
    pub fn new(timeline: Timeline, speed: f64, torn: bool) -> Self {
        let playback = Playback::new(&timeline, speed);
        let app = view(&timeline, 0, playback.cursor);
        let steps = boundaries(&timeline);
        Self {
            timeline,
            playback,
            app,
            help: false,
            torn,
            quit: false,
            skipped: Vec::new(),
            steps,
            bar: Default::default(),
        }
    }

    /// The bar's layout at `width`, computed once per width.
    pub fn bar(&self, width: usize) -> Bar {
        let mut cache = self.bar.borrow_mut();
        match &*cache {
            Some(bar) if bar.cells.len() == width => bar.clone(),
            _ => cache.insert(super::bar::layout(&self.timeline, width)).clone(),
        }
    }

    /// Moves the playhead to just after event `n` and rebuilds the view.
    pub fn seek(&mut self, n: usize) {
        self.playback.seek(&self.timeline, n);
        self.refresh();
    }

    fn refresh(&mut self) {
        let (goal, theme, wide) =
            (self.app.overlay == Some(Overlay::Goal), self.app.theme, self.app.ambiguous_wide);
        self.app = view(&self.timeline, self.playback.position, self.playback.cursor);
        self.app.theme = theme;
        self.app.ambiguous_wide = wide;
        if goal {
            self.app.overlay = Some(Overlay::Goal);
        }
    }

    /// Advances by `real_ms` of wall time.
    pub fn tick(&mut self, real_ms: u64) {
        let (cursor, skips) = (self.playback.cursor, self.playback.skips);
        let moved = self.playback.tick(&self.timeline, real_ms);
        if self.playback.skips > skips {
            let from = cursor.saturating_add((real_ms as f64 * self.playback.speed) as u64);
            self.skipped.push((from.min(self.playback.cursor), self.playback.cursor));
        }
        if moved {
            self.refresh();
        } else {
            self.app.tick(self.playback.cursor);
        }
    }

    /// Handles one terminal event; keys not in [`KEYS`] do nothing.
    pub fn handle(&mut self, event: &TermEvent) {
        let TermEvent::Key(key) = event else { return };
        if key.kind != KeyEventKind::Press {
            return;
        }
        let Some(action) = lookup(key) else { return };
        let pos = self.playback.position;
        match action {
            R::TogglePlay => self.playback.playing = !self.playback.playing,
            R::NextEvent => self.seek(pos + 1),
            R::PrevEvent => self.seek(pos.saturating_sub(1)),
            R::NextStep => {
                let to = self.steps.iter().copied().find(|b| *b > pos).unwrap_or(self.timeline.len());
                self.seek(to);
            }
            R::PrevStep => {
                let to = self.steps.iter().copied().rev().find(|b| *b < pos).unwrap_or(0);
                self.seek(to);
            }
            R::Faster => self.playback.change_speed(true),
            R::Slower => self.playback.change_speed(false),
            R::Home => self.seek(0),
            R::End => self.seek(self.timeline.len()),
            R::Goal => {
                let shown = self.app.overlay == Some(Overlay::Goal);
                self.app.overlay = if shown { None } else { Some(Overlay::Goal) };
            }
            R::Help => self.help = !self.help,
            R::Close => {
                self.help = false;
                self.app.overlay = None;
            }
            R::Quit => self.quit = true,
        }
    }
}

/// A read-only app over the first `n` events, its clock at `now`.
fn view(timeline: &Timeline, n: usize, now: Millis) -> App {
    let n = n.min(timeline.len());
    let journal = Journal::with_state(timeline.events()[..n].to_vec(), timeline.state_at(n));
    App::new(journal, Box::new(ReadOnly), now)
}

#[cfg(test)]
#[path = "player_tests.rs"]
mod tests;
