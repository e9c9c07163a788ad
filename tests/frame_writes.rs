//! A frame reaches the terminal in at most two write calls.

mod ui_common;

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

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
