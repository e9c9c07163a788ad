//! The real cursor sits exactly where ratatui's buffer put the end of the
//! text, for Japanese, half-width kana with dakuten and emoji.

use cjm::app::text_input::TextInput;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::{Position, Rect};

const PIECES: &[&str] = &[
    "あ",
    "漢",
    "字",
    "ー",
    "。",
    "ｶﾞ",
    "ﾊﾟ",
    "ｱ",
    "ﾞ",
    "a",
    "Z",
    " ",
    "😀",
    "👨‍👩‍👧",
    "❤️",
    "✌🏽",
    "🇯🇵",
    "e\u{301}",
    "\u{200d}",
    "ﾟ",
    "Ａ",
    "、",
];

/// Renders the field and returns the cursor and where the text ends in
/// the buffer (the column after the last drawn cell of the last row).
fn render(text: &str, width: u16) -> (Position, Position) {
    let height = 30;
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    let input = TextInput::new(text, true);
    let mut cursor = Position::default();
    terminal
        .draw(|f| {
            cursor = cjm::ui::text_input::render(&input, Rect::new(0, 0, width, height), f.buffer_mut());
            f.set_cursor_position(cursor);
        })
        .expect("draw");
    let buf = terminal.backend().buffer();
    let mut end = Position::new(0, 0);
    for y in 0..height {
        let mut x = 0;
        while x < width {
            let sym = buf[(x, y)].symbol();
            let w = cjm::app::text_input::display_width(sym).max(1) as u16;
            if sym != " " {
                end = Position::new(x + w, y);
            }
            x += w;
        }
    }
    // A text ending in a full row continues on the next row.
    if end.x >= width {
        end = Position::new(0, end.y + 1);
    }
    (cursor, end)
}

proptest! {
    #[test]
    fn cursor_follows_the_last_drawn_character(
        pieces in proptest::collection::vec(0..PIECES.len(), 1..40),
        width in 4u16..30,
    ) {
        let mut text: String = pieces.iter().map(|i| PIECES[*i]).collect();
        // End on a visible character so "the end of the text" is visible.
        text.push('x');
        let (cursor, end) = render(&text, width);
        prop_assert_eq!(cursor, end, "text {:?} width {}", text, width);
    }
}

#[test]
fn examples_from_the_room() {
    for text in ["初期設定が難しい", "ｶﾞｲﾄﾞが欲しい", "👨‍👩‍👧 家族 ❤️ x", "abcd"]
    {
        for width in [4u16, 7, 10, 80] {
            let (cursor, end) = render(text, width);
            assert_eq!(cursor, end, "{text:?} at {width}");
        }
    }
}
