//! The event loop, generic over the ratatui backend so whole-app tests
//! run it on `TestBackend` with scripted input and a fake clock.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::Backend;

use crate::app::App;
use crate::domain::Clock;

/// How long to wait for input before checking the clock and signals.
pub const POLL: Duration = Duration::from_millis(250);

/// A source of terminal events.
pub trait Input {
    /// The next event, or none when `timeout` passed without one.
    fn next(&mut self, timeout: Duration) -> std::io::Result<Option<Event>>;
}

/// The real terminal.
#[derive(Debug, Default)]
pub struct Crossterm;

impl Input for Crossterm {
    fn next(&mut self, timeout: Duration) -> std::io::Result<Option<Event>> {
        if crossterm::event::poll(timeout)? { crossterm::event::read().map(Some) } else { Ok(None) }
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

/// Runs until the app quits or `stop` is set (SIGTERM, SIGHUP). Draws
/// only when something changed or the shown second moved on.
pub fn run<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    input: &mut impl Input,
    clock: &dyn Clock,
    stop: &AtomicBool,
) -> anyhow::Result<()>
where
    B::Error: Send + Sync + 'static,
{
    loop {
        if stop.load(Ordering::Relaxed) {
            app.quit_with_save();
        }
        app.tick(clock.now());
        if app.dirty {
            terminal.draw(|frame| crate::ui::draw(frame, app))?;
            app.dirty = false;
        }
        if app.quit {
            return Ok(());
        }
        if let Some(event) = input.next(POLL)? {
            app.tick(clock.now());
            app.handle(&event);
        }
    }
}
