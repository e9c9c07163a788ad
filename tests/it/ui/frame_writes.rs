//! A frame reaches the terminal in at most two write calls.

use crate::ui_common;

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use ui_common::*;

#[derive(Clone, Default)]
struct Counting(Rc<RefCell<(usize, usize)>>);

impl Write for Counting {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut c = self.0.borrow_mut();
        c.0 += 1;
        c.1 += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn a_full_frame_is_at_most_two_writes() {
    let (mut app, _) = app_at(3, 30);
    let out = Counting::default();
    let backend = cjm::tui::terminal::buffered(out.clone());
    let options = TerminalOptions { viewport: Viewport::Fixed(Rect::new(0, 0, 200, 60)) };
    let mut terminal = Terminal::with_options(backend, options).expect("terminal");
    terminal.draw(|f| cjm::ui::draw(f, &app)).expect("first frame");
    let first = *out.0.borrow();
    assert!(first.0 <= 2 && first.1 > 2_000, "first frame: {first:?} (writes, bytes)");
    app.handle(&ch('a'));
    type_text(&mut app, "二枚目のフレーム");
    *out.0.borrow_mut() = (0, 0);
    terminal.draw(|f| cjm::ui::draw(f, &app)).expect("second frame");
    let second = *out.0.borrow();
    assert!(second.0 <= 2 && second.1 > 0, "second frame: {second:?}");
}

/// The bytes one redraw sends to the terminal after `change`.
fn bytes_after(app: &mut cjm::app::App, change: impl FnOnce(&mut cjm::app::App)) -> (usize, usize) {
    let out = Counting::default();
    let backend = cjm::tui::terminal::buffered(out.clone());
    let options = TerminalOptions { viewport: Viewport::Fixed(Rect::new(0, 0, 120, 40)) };
    let mut terminal = Terminal::with_options(backend, options).expect("terminal");
    terminal.draw(|f| cjm::ui::draw(f, app)).expect("first frame");
    change(app);
    *out.0.borrow_mut() = (0, 0);
    terminal.draw(|f| cjm::ui::draw(f, app)).expect("frame");
    out.0.replace((0, 0))
}

/// A 120×40 terminal over the counting writer, one frame drawn.
struct Screen {
    out: Counting,
    terminal: Terminal<cjm::tui::terminal::Buffered<Counting>>,
}

impl Screen {
    fn new(app: &cjm::app::App) -> Self {
        let out = Counting::default();
        let backend = cjm::tui::terminal::buffered(out.clone());
        let options = TerminalOptions { viewport: Viewport::Fixed(Rect::new(0, 0, 120, 40)) };
        let mut terminal = Terminal::with_options(backend, options).expect("terminal");
        terminal.draw(|f| cjm::ui::draw(f, app)).expect("first frame");
        Self { out, terminal }
    }

    /// Bytes the next frame sends after `change`.
    fn frame(&mut self, app: &mut cjm::app::App, change: impl FnOnce(&mut cjm::app::App)) -> usize {
        change(app);
        *self.out.0.borrow_mut() = (0, 0);
        self.terminal.draw(|f| cjm::ui::draw(f, app)).expect("frame");
        self.out.0.replace((0, 0)).1
    }
}

#[test]
fn committing_an_edited_note_sends_at_most_256_bytes() {
    let (mut app, _) = app_at(3, 30);
    let mut screen = Screen::new(&app);
    let open = screen.frame(&mut app, |a| a.handle(&ch('e')));
    assert!(app.edit.is_some(), "e opens the selected note");
    let typed = screen.frame(&mut app, |a| type_text(a, "！"));
    let commit = screen.frame(&mut app, |a| a.handle(&key(KeyCode::Enter)));
    assert!(app.edit.is_none(), "Enter commits");
    println!("edit a note: open {open}, one character {typed}, commit {commit} bytes");
    for (what, bytes) in [("opening", open), ("typing", typed), ("committing", commit)] {
        assert!(bytes > 0 && bytes <= 256, "{what} an edited note wrote {bytes} bytes");
    }
}

#[test]
fn adding_a_short_note_sends_at_most_320_bytes_per_frame() {
    let (mut app, _) = app_at(3, 30);
    let before = app.session().notes.len();
    let mut screen = Screen::new(&app);
    let mut frames = vec![("a", screen.frame(&mut app, |a| a.handle(&ch('a'))))];
    for c in "待ち時間".chars() {
        frames.push(("char", screen.frame(&mut app, |a| a.handle(&ch(c)))));
    }
    frames.push(("Enter", screen.frame(&mut app, |a| a.handle(&key(KeyCode::Enter)))));
    assert!(app.edit.is_none(), "Enter commits");
    assert_eq!(app.session().notes.len(), before + 1, "the note was added");
    println!("add a note, bytes per frame: {frames:?}");
    for (what, bytes) in frames {
        // 320: the dark theme's colours are 256-colour codes (contrast, #20).
        assert!(bytes > 0 && bytes <= 320, "{what} wrote {bytes} bytes");
    }
}

#[test]
fn nothing_changed_means_no_frame_at_all() {
    // The loop draws only when the app is dirty; within the same second
    // with no input the app stays clean, so nothing is written.
    let (mut app, _) = app_at(3, 30);
    app.dirty = false;
    let now = app.now;
    app.tick(now + 10);
    assert!(!app.dirty, "a tick within the same second must not ask for a frame");
    app.tick(now + 1_000);
    assert!(app.dirty, "the next second redraws the clock");
}

#[test]
fn a_timer_tick_sends_at_most_64_bytes() {
    let (mut app, _) = app_at(5, 14); // the vote step, 2 minutes in: one clock
    let now = app.now;
    let (writes, bytes) = bytes_after(&mut app, |a| a.tick(now + 1_000));
    println!("timer tick: {bytes} bytes in {writes} writes");
    assert!(bytes > 0 && bytes <= 64, "timer tick wrote {bytes} bytes");
}

#[test]
fn a_timer_tick_in_a_step_with_parts_sends_at_most_64_bytes_per_clock() {
    // The discussion shows two clocks, the whole step's and the part's.
    let (mut app, _) = app_at(3, 30);
    let now = app.now;
    let (writes, bytes) = bytes_after(&mut app, |a| a.tick(now + 1_000));
    println!("timer tick with parts: {bytes} bytes in {writes} writes");
    assert!(bytes > 0 && bytes <= 2 * 64, "timer tick wrote {bytes} bytes");
}

#[test]
fn typing_into_a_note_sends_at_most_256_bytes_per_key() {
    let (mut app, _) = app_at(3, 30);
    app.handle(&ch('a'));
    type_text(&mut app, "初期設定");
    let (writes, bytes) = bytes_after(&mut app, |a| type_text(a, "が"));
    println!("one typed character: {bytes} bytes in {writes} writes");
    assert!(bytes > 0 && bytes <= 256, "typing one character wrote {bytes} bytes");
}

/// The light and high-contrast themes pay for their explicit colours: a
/// background escape per frame and a colour escape (not a short reset)
/// wherever plain text follows a styled run.
#[test]
fn the_byte_budgets_hold_in_every_theme() {
    use cjm::ui::theme::ThemeName;
    for theme in ThemeName::ALL {
        // Every theme names its colours as 256-colour codes (`ESC[38;5;252m`,
        // not `ESC[39m`, for contrast in any palette): one budget for all.
        let (per_clock, key_max) = (80, 320);
        // The discussion shows two clocks: the part's and the whole step's.
        let tick_max = 2 * per_clock;
        let (mut app, _) = app_at(3, 30);
        app.theme = theme;
        let now = app.now;
        let (_, tick) = bytes_after(&mut app, |a| a.tick(now + 1_000));
        let mut screen = Screen::new(&app);
        let open = screen.frame(&mut app, |a| a.handle(&ch('a')));
        let typed = screen.frame(&mut app, |a| type_text(a, "が"));
        let commit = screen.frame(&mut app, |a| a.handle(&key(KeyCode::Enter)));
        let switched = screen.frame(&mut app, |a| a.handle(&ch('T')));
        println!("{theme}: tick {tick}, open {open}, char {typed}, commit {commit}, T {switched} bytes");
        assert!(tick > 0 && tick <= tick_max, "{theme}: timer tick wrote {tick} bytes");
        for (what, bytes) in [("opening", open), ("typing", typed), ("committing", commit)] {
            assert!(bytes > 0 && bytes <= key_max, "{theme}: {what} a note wrote {bytes} bytes");
        }
        assert!(switched > 2_000, "{theme}: T repaints the screen ({switched} bytes)");
    }
}
