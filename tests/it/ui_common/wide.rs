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

/// The app drawn at `w`×`h` as text, for a snapshot, after checking that
/// no wide character is split and no cell sits where a terminal would not
/// draw it (`name` says which screen failed).
pub fn checked_screen(name: &str, app: &App, w: u16, h: u16) -> String {
    let (terminal, buf) = render_frame(app, w, h);
    let text = super::screen_text(&terminal);
    let split = split_wide_chars(&buf);
    assert!(split.is_empty(), "{name} {w}x{h}: split wide characters {split:?}\n{text}");
    let misplaced = misplaced_cells(&buf);
    assert!(misplaced.is_empty(), "{name} {w}x{h}: cells a terminal draws elsewhere {misplaced:?}\n{text}");
    text
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

/// Columns a terminal gives one grapheme: a halfwidth sound mark (ﾞ U+FF9E,
/// ﾟ U+FF9F) is a column of its own whatever it follows; the rest of the
/// grapheme as ratatui measures it. Independent of ratatui on exactly the
/// point where ratatui and unicode-width have disagreed: ratatui-core 0.1.2
/// adds a column per mark and unicode-width 0.2.3 counts it too, so "ｶﾞ"
/// took three cells in the buffer and two on the screen.
pub fn terminal_width(grapheme: &str) -> usize {
    let marks = grapheme.chars().filter(|c| matches!(c, '\u{FF9E}' | '\u{FF9F}')).count();
    let rest: String = grapheme.chars().filter(|c| !matches!(c, '\u{FF9E}' | '\u{FF9F}')).collect();
    cjm::text::width(&rest) + marks
}

/// Columns a terminal gives `s`, by [`terminal_width`] per grapheme.
pub fn terminal_width_of(s: &str) -> usize {
    use unicode_segmentation::UnicodeSegmentation;
    s.graphemes(true).map(terminal_width).sum()
}

/// Rows where a terminal would draw a cell in another column than the
/// buffer has it, as "(x, y) 'c' drawn at column n": the cells after it,
/// the right border among them, shift on screen (or leave stale cells).
pub fn misplaced_cells(buf: &Buffer) -> Vec<String> {
    let mut bad = Vec::new();
    for y in 0..buf.area.height {
        let (mut x, mut column) = (0, 0);
        while x < buf.area.width {
            let sym = buf[(x, y)].symbol();
            if column != usize::from(x) {
                bad.push(format!("({x}, {y}) {sym:?} drawn at column {column}"));
                break;
            }
            let w = cjm::text::width(sym).max(1);
            column += terminal_width(sym).max(1);
            x += w as u16;
        }
    }
    bad
}
