//! Terminal setup and restore: raw mode, alternate screen, bracketed
//! paste; restored on exit and on panic.

use std::io::{BufWriter, Stdout, Write, stdout};

use crossterm::event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste};
use crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

/// The backend: stdout behind a buffer large enough that a frame is one
/// write (ratatui flushes once per frame).
pub type Backend = CrosstermBackend<BufWriter<Stdout>>;

/// Bytes buffered per frame: a full 300×100 frame with colours fits, so a
/// frame reaches the terminal in one write.
pub const FRAME_BUFFER: usize = 1 << 20;

/// A crossterm backend writing through a frame-sized buffer.
pub fn buffered<W: Write>(out: W) -> CrosstermBackend<BufWriter<W>> {
    CrosstermBackend::new(BufWriter::with_capacity(FRAME_BUFFER, out))
}

/// Puts the terminal in app mode and installs a panic hook that restores it.
pub fn setup() -> anyhow::Result<Terminal<Backend>> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        hook(info);
    }));
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen, EnableBracketedPaste)?;
    Ok(Terminal::new(buffered(stdout()))?)
}

/// Gives the terminal back: raw mode off, main screen, cursor shown, no
/// bracketed paste or mouse capture. Safe to call more than once.
pub fn restore() {
    let _ = disable_raw_mode();
    let mut out = stdout();
    let _ = execute!(out, DisableBracketedPaste, DisableMouseCapture, LeaveAlternateScreen, cursor::Show);
    let _ = out.flush();
}
