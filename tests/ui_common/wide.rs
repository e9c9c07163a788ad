//! The wide-character check over a rendered frame.

use cjm::app::App;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

/// Renders the app and returns the terminal and the frame's own buffer
/// (the backend only receives the diff, which hides overwritten
/// continuation cells, so the check reads the frame).
pub fn render_frame(app: &App, w: u16, h: u16) -> (Terminal<TestBackend>, Buffer) {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    let buf = terminal.draw(|f| cjm::ui::draw(f, app)).expect("draw").buffer.clone();
    (terminal, buf)
}

/// Where a wide character is split in the buffer, as "(x, y) 'c' then 's'".
pub fn split_wide_chars(buf: &Buffer) -> Vec<String> {
    let mut bad = Vec::new();
    for y in 0..buf.area.height {
        let mut x = 0;
        while x < buf.area.width {
            let sym = buf[(x, y)].symbol();
            let w = cjm::app::text_input::display_width(sym);
            for dx in 1..w as u16 {
                let next = if x + dx < buf.area.width { buf[(x + dx, y)].symbol() } else { "<edge>" };
                if next != " " {
                    bad.push(format!("({x}, {y}) {sym:?} then {next:?}"));
                }
            }
            x += w.max(1) as u16;
        }
    }
    bad
}
