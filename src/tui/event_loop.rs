//! The event loop, generic over the ratatui backend so whole-app tests
//! run it on `TestBackend` with scripted input and a fake clock.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::Backend;

use super::clipboard::Clipboard;
use crate::app::{App, Request};
use crate::domain::Clock;
use crate::store::settings;

/// How long to wait for input before checking the clock and signals.
pub const POLL: Duration = Duration::from_millis(250);

/// A source of terminal events.
pub trait Input {
    /// The next event, or none when `timeout` passed without one.
    fn next(&mut self, timeout: Duration) -> std::io::Result<Option<Event>>;
}

/// The real terminal, read on a thread of its own.
///
/// crossterm 0.29 spins inside `poll`/`read` once the terminal is gone
/// (a killed tmux pane: the tty reads EOF or EIO forever), and a process
/// started by a non-interactive shell does not even get SIGHUP then. So
/// reading happens on a separate thread, and the loop waits on a channel
/// with a timeout: it keeps checking the signal flag and keeps drawing
/// once a second, and a draw to a vanished terminal fails, which ends it.
#[derive(Debug)]
pub struct Crossterm {
    rx: mpsc::Receiver<Received>,
    tx: mpsc::SyncSender<Received>,
}

/// What the loop's channel carries: a terminal event, or a wake-up from
/// another thread (a file watcher: see [`Crossterm::waker`]).
#[derive(Debug)]
enum Received {
    Term(std::io::Result<Event>),
    Wake,
}

/// Wakes the event loop waiting for input, from another thread.
#[derive(Debug, Clone)]
pub struct Waker(mpsc::SyncSender<Received>);

impl Waker {
    /// Ends the loop's wait now; a wake already waiting is enough, so
    /// this never blocks.
    pub fn wake(&self) {
        let _ = self.0.try_send(Received::Wake);
    }
}

impl Crossterm {
    /// Starts the reading thread.
    pub fn spawn() -> Self {
        let (tx, rx) = mpsc::sync_channel(256);
        let reader = tx.clone();
        std::thread::spawn(move || {
            loop {
                let event = crossterm::event::read();
                let failed = event.is_err();
                if reader.send(Received::Term(event)).is_err() || failed {
                    break;
                }
            }
        });
        Self { rx, tx }
    }

    /// A handle that wakes the loop from another thread.
    pub fn waker(&self) -> Waker {
        Waker(self.tx.clone())
    }
}

impl Input for Crossterm {
    fn next(&mut self, timeout: Duration) -> std::io::Result<Option<Event>> {
        match self.rx.recv_timeout(timeout) {
            Ok(Received::Term(event)) => event.map(Some),
            Ok(Received::Wake) => Ok(None),
            Err(mpsc::RecvTimeoutError::Timeout) => Ok(None),
            Err(mpsc::RecvTimeoutError::Disconnected) => Err(std::io::Error::other("terminal input closed")),
        }
    }
}

/// Scripted events for tests; once empty it asks to quit (Ctrl-C), so a
/// test run always ends.
#[derive(Debug, Default)]
pub struct Scripted(pub VecDeque<Event>);

impl Input for Scripted {
    fn next(&mut self, _timeout: Duration) -> std::io::Result<Option<Event>> {
        Ok(Some(
            self.0
                .pop_front()
                .unwrap_or(Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL))),
        ))
    }
}

/// Performs what the app asked of the IO layer; a failure is shown as
/// the app's message, never fatal. Without a terminal nothing is copied.
pub fn perform(app: &mut App) {
    perform_on(app, None);
}

/// [`perform`], with the terminal's clipboard.
pub fn perform_on(app: &mut App, mut clipboard: Option<&mut dyn Clipboard>) {
    for request in std::mem::take(&mut app.requests) {
        match request {
            Request::SaveLang(lang) => save_settings(app, |s| settings::Settings { lang: Some(lang), ..s }),
            Request::SaveTheme(theme) => {
                // A theme picked with `T` is the user's own choice: its
                // colours show even under NO_COLOR (no-color.org).
                crossterm::style::force_color_output(true);
                save_settings(app, |s| settings::Settings { theme: Some(theme.name().to_string()), ..s })
            }
            Request::Export => export(app),
            Request::CopyReport => {
                let text = crate::export::markdown(app.session(), app.now);
                let done = (app.strings.copied_report)(text.chars().count());
                copy(app, &mut clipboard, &text, done);
            }
            Request::CopyNote(id) => {
                let Some(text) = app.session().notes.get(&id).map(|n| n.text.clone()) else { continue };
                let done = (app.strings.copied_note)(&crate::text::truncate(&text.replace('\n', " "), 40));
                copy(app, &mut clipboard, &text, done);
            }
        }
    }
}

/// Sends `text` to the clipboard; the message says what went (`done`) or why not.
fn copy(app: &mut App, clipboard: &mut Option<&mut dyn Clipboard>, text: &str, done: String) {
    let sent = match clipboard {
        Some(c) => c.copy(text).map_err(|e| app.error_text(&e.into())),
        None => Err(app.strings.no_terminal.to_string()),
    };
    app.message = Some(match sent {
        Ok(()) => done,
        Err(why) => format!("{}: {why}", app.strings.not_copied),
    });
    app.dirty = true;
}

/// Changes the settings file; a broken one is reported, not overwritten.
fn save_settings(app: &mut App, change: impl FnOnce(settings::Settings) -> settings::Settings) {
    let Some(dir) = app.config_dir.clone() else { return };
    let saved =
        settings::load(&dir).map_err(anyhow::Error::from).and_then(|s| settings::save(&dir, &change(s)));
    if let Err(e) = saved {
        app.message = Some(format!("{}: {}", app.strings.not_saved, app.error_text(&e)));
        app.dirty = true;
    }
}

/// Writes the Markdown report beside the session file, never over one.
fn export(app: &mut App) {
    let Some(path) = app.path.clone() else { return };
    let text = crate::export::markdown(app.session(), app.now);
    app.message = Some(match crate::store::report::write_beside(&path, &text) {
        Ok(out) => (app.strings.exported)(&out.display().to_string()),
        Err(e) => format!("{}: {}", app.strings.not_saved, app.error_text(&e.into())),
    });
    app.dirty = true;
}

/// Runs until the app quits or `stop` is set (SIGTERM, SIGHUP). Draws
/// only when something changed or the shown second moved on.
pub fn run<B: Backend + Clipboard>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    input: &mut impl Input,
    clock: &dyn Clock,
    stop: &AtomicBool,
) -> anyhow::Result<()>
where
    B::Error: Send + Sync + 'static,
{
    run_with(terminal, app, input, clock, stop, &mut |_| {})
}

/// [`run`], calling `between` before each frame: after every key, every
/// wake-up and every wait that timed out (what `cjm join` and the
/// facilitator's intake of participants' proposals do there).
pub fn run_with<B: Backend + Clipboard>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    input: &mut impl Input,
    clock: &dyn Clock,
    stop: &AtomicBool,
    between: &mut dyn FnMut(&mut App),
) -> anyhow::Result<()>
where
    B::Error: Send + Sync + 'static,
{
    #[cfg(debug_assertions)]
    let panic_key = super::test_hook::panic_key();
    loop {
        if stop.load(Ordering::Relaxed) {
            app.quit_with_save();
        }
        app.tick(clock.now());
        between(app);
        if app.dirty {
            terminal.draw(|frame| crate::ui::draw(frame, app))?;
            app.dirty = false;
        }
        if app.quit {
            return Ok(());
        }
        if let Some(event) = input.next(POLL)? {
            #[cfg(debug_assertions)]
            super::test_hook::check(panic_key, &event);
            app.tick(clock.now());
            app.handle(&event);
            perform_on(app, Some(terminal.backend_mut()));
            super::draft::settle(app);
        }
    }
}
