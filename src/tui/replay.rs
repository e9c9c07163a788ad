//! `cjm replay PATH`: the replay viewer in the terminal. Reads the file
//! once, never takes the lock, never writes.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::Context;
use ratatui::Terminal;
use ratatui::backend::Backend;

use super::event_loop::{Crossterm, Input};
use super::terminal;
use crate::domain::{Clock, SystemClock};
use crate::replay::Timeline;
use crate::replay::player::{self, Player};
use crate::store;
use crate::ui::theme::Look;

/// How long to wait for a key between frames while playing.
pub const FRAME: Duration = Duration::from_millis(100);

/// A viewer over the file as it is now; a torn tail is left out (and
/// shown). `from` is a `--from` value.
pub fn load(path: &Path, speed: f64, from: Option<&str>) -> anyhow::Result<Player> {
    let parsed = store::load(path)?;
    let timeline = Timeline::new(parsed.header, parsed.events);
    let start = match from {
        Some(text) => {
            let from = player::parse_from(text)?;
            Some(player::resolve(&timeline, &from)?)
        }
        None => None,
    };
    let mut player = Player::new(timeline, speed, parsed.torn.is_some());
    if let Some(n) = start {
        player.seek(n);
    }
    Ok(player)
}

/// Plays until quit or `stop`, the playback driven by `clock`.
pub fn run<B: Backend>(
    terminal: &mut Terminal<B>,
    player: &mut Player,
    input: &mut impl Input,
    clock: &dyn Clock,
    stop: &AtomicBool,
) -> anyhow::Result<()>
where
    B::Error: Send + Sync + 'static,
{
    let mut last = clock.now();
    // Draw while playing (the playhead and clock move) and after any input
    // (a key or a resize); a paused replay with no input draws nothing.
    let mut dirty = true;
    loop {
        if stop.load(Ordering::Relaxed) {
            return Ok(());
        }
        let now = clock.now();
        // The tick that reaches the end stops playback: draw that one too.
        dirty |= player.playback.playing;
        player.tick(now.saturating_sub(last));
        last = now;
        if dirty {
            terminal.draw(|frame| crate::ui::timeline::draw(frame, player))?;
            dirty = false;
        }
        if player.quit {
            return Ok(());
        }
        if let Some(event) = input.next(FRAME)? {
            player.handle(&event);
            dirty = true;
        }
    }
}

/// `cjm replay PATH [--speed X] [--from STEP|HH:MM:SS]` in the real
/// terminal, in `theme` (config).
pub fn open(path: &Path, speed: f64, from: Option<&str>, look: Look) -> anyhow::Result<()> {
    let mut player = load(path, speed, from)?;
    player.app.set_look(look);
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP, signal_hook::consts::SIGINT] {
        signal_hook::flag::register(signal, Arc::clone(&stop)).context("could not watch signals")?;
    }
    let mut terminal = terminal::setup().inspect_err(|_| terminal::restore())?;
    let result = run(&mut terminal, &mut player, &mut Crossterm::spawn(), &SystemClock, &stop);
    terminal::restore();
    result
}
