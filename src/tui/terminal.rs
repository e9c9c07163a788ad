//! Terminal setup and restore: raw mode, alternate screen, bracketed
//! paste; restored on exit and on panic.

use std::borrow::Cow;
use std::io::{BufWriter, Stdout, Write, stdout};

use crossterm::event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste};
use crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::{ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};

/// The backend: stdout behind a buffer large enough that a frame is one
/// write (ratatui flushes once per frame).
pub type Backend = Buffered<Stdout>;

/// [`buffered`]'s backend over any writer.
pub type Buffered<W> = WideAware<CrosstermBackend<BufWriter<W>>>;

/// Bytes buffered per frame: a full 300×100 frame with colours fits, so a
/// frame reaches the terminal in one write.
pub const FRAME_BUFFER: usize = 1 << 20;

/// A crossterm backend writing through a frame-sized buffer.
pub fn buffered<W: Write>(out: W) -> Buffered<W> {
    WideAware(CrosstermBackend::new(BufWriter::with_capacity(FRAME_BUFFER, out)))
}

/// A backend that knows a CJK character moves the terminal's cursor two
/// columns. ratatui's crossterm backend sends a cursor move after every
/// wide character (7–8 bytes for a 3-byte character); here a changed CJK
/// character directly followed by another changed cell gets an empty
/// filler in its second column, so the next cell needs no move. Only
/// single characters every terminal draws two columns wide (CJK, kana,
/// Hangul, full-width forms) qualify: after an emoji or a ZWJ sequence,
/// whose width terminals disagree on, the move still puts the cursor right.
#[derive(Debug)]
pub struct WideAware<B>(pub B);

/// One character every terminal draws two columns wide.
fn plain_wide(symbol: &str) -> bool {
    let mut chars = symbol.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else { return false };
    matches!(u32::from(c),
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF01..=0xFF60
        | 0xFFE0..=0xFFE6)
        && crate::text::width(symbol) == 2
}

impl<B: ratatui::backend::Backend> ratatui::backend::Backend for WideAware<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let cells: Vec<(u16, u16, &Cell)> = content.collect();
        let mut out: Vec<(u16, u16, Cow<'_, Cell>)> = Vec::with_capacity(cells.len());
        for (i, &(x, y, cell)) in cells.iter().enumerate() {
            out.push((x, y, Cow::Borrowed(cell)));
            let next_follows = cells.get(i + 1).is_some_and(|&(nx, ny, _)| ny == y && nx == x + 2);
            if next_follows && plain_wide(cell.symbol()) {
                let mut filler = cell.clone();
                filler.set_symbol("");
                out.push((x + 1, y, Cow::Owned(filler)));
            }
        }
        self.0.draw(out.iter().map(|(x, y, c)| (*x, *y, c.as_ref())))
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        self.0.append_lines(n)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.0.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.0.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.0.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.0.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.0.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.0.clear_region(clear_type)
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.0.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.0.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.0.flush()
    }
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

#[cfg(test)]
mod tests {
    use ratatui::backend::Backend as _;
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;

    use super::*;

    fn drawn(text: &str) -> String {
        let mut out = Vec::new();
        {
            let mut backend = buffered(&mut out);
            let mut buf = Buffer::empty(Rect::new(0, 0, 20, 1));
            buf.set_string(0, 0, text, ratatui::style::Style::new());
            let empty = Buffer::empty(buf.area);
            backend.draw(empty.diff(&buf).into_iter()).expect("draw");
            backend.flush().expect("flush");
        }
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn cjk_needs_no_cursor_move_but_emoji_keeps_it() {
        assert_eq!(drawn("初期設定x"), "\u{1b}[1;1H初期設定x\u{1b}[39m\u{1b}[49m\u{1b}[59m\u{1b}[0m");
        // An emoji's width is not agreed on: the move after it stays.
        assert!(drawn("😀x").contains("\u{1b}[1;3Hx"), "{:?}", drawn("😀x"));
    }
}
