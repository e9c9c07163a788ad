//! Every mark the UI draws whose East Asian Width is Ambiguous, with the
//! mark drawn instead when the terminal shows such characters two columns
//! wide (`ambiguous_wide: true` in `config.ron`, or `--ambiguous-wide`).
//!
//! ratatui's buffer counts an ambiguous character as one column, as most
//! terminals do; a terminal set to "ambiguous = wide" (common with
//! Japanese fonts) draws it over two and shifts the rest of its row, the
//! right border included. The buffer cannot measure them as two, so in
//! that mode [`narrow_everywhere`] swaps each one, after the frame is
//! drawn, for a stand-in one column wide on every terminal: ASCII, the
//! half-width katakana middle dot `･`, or `▸`. Widths stay as they were, so
//! nothing moves. The default keeps today's marks.
//!
//! The table covers the app's own marks and ratatui's borders (a test
//! fails if a string in the UI's source draws an ambiguous character the
//! table does not know). Text a user typed keeps characters the table does
//! not know (`※`, `é`), as typed; those the table knows (`→`, `…`) are
//! drawn as their stand-in too, on screen only.

use ratatui::buffer::Buffer;

/// Each ambiguous mark and its stand-in, narrow on every terminal.
pub const TABLE: &[(char, char)] = &[
    // Separators, bullets, quotes and dashes.
    ('·', '･'),
    ('•', '*'),
    ('…', '~'),
    ('—', '-'),
    ('–', '-'),
    ('‐', '-'),
    ('×', 'x'),
    ('±', '~'),
    ('‘', '\''),
    ('’', '\''),
    ('“', '"'),
    ('”', '"'),
    // Keys and marks.
    ('←', '<'),
    ('→', '>'),
    ('↑', '^'),
    ('↓', 'v'),
    ('▶', '▸'),
    ('‖', '|'),
    ('●', '*'),
    ('★', '*'),
    ('█', '#'),
    // Borders: plain, rounded, thick and double (ratatui's sets).
    ('─', '-'),
    ('│', '|'),
    ('┌', '+'),
    ('┐', '+'),
    ('└', '+'),
    ('┘', '+'),
    ('├', '+'),
    ('┤', '+'),
    ('┬', '+'),
    ('┴', '+'),
    ('┼', '+'),
    ('╭', '+'),
    ('╮', '+'),
    ('╰', '+'),
    ('╯', '+'),
    ('━', '='),
    ('┃', '|'),
    ('┏', '+'),
    ('┓', '+'),
    ('┗', '+'),
    ('┛', '+'),
    ('═', '='),
    ('║', '|'),
    ('╔', '+'),
    ('╗', '+'),
    ('╚', '+'),
    ('╝', '+'),
];

/// The stand-in for `c`, if `c` is one of the table's marks.
pub fn stand_in(c: char) -> Option<char> {
    TABLE.iter().find(|(mark, _)| *mark == c).map(|(_, s)| *s)
}

/// Swaps every cell of `buf` that holds one of the table's marks for its
/// stand-in, keeping its style.
pub fn narrow_everywhere(buf: &mut Buffer) {
    let mut tmp = [0u8; 4];
    for cell in &mut buf.content {
        let mut chars = cell.symbol().chars();
        let (Some(c), None) = (chars.next(), chars.next()) else { continue };
        if let Some(s) = stand_in(c) {
            cell.set_symbol(s.encode_utf8(&mut tmp));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stand_in_is_one_column_and_no_mark_is_listed_twice() {
        for (i, (mark, s)) in TABLE.iter().enumerate() {
            assert_eq!(crate::text::width(&s.to_string()), 1, "{s:?}");
            assert_eq!(crate::text::width(&mark.to_string()), 1, "{mark:?}");
            assert!(stand_in(*s).is_none(), "{s:?} is itself a mark");
            assert!(TABLE[..i].iter().all(|(m, _)| m != mark), "{mark:?} twice");
        }
    }

    #[test]
    fn a_frame_is_swapped_cell_by_cell_in_place() {
        use ratatui::layout::Rect;
        use ratatui::widgets::{Block, Paragraph, Widget};
        let mut buf = Buffer::empty(Rect::new(0, 0, 13, 3));
        Paragraph::new("▶ a · 解約→").block(Block::bordered()).render(buf.area, &mut buf);
        narrow_everywhere(&mut buf);
        let rows: Vec<String> =
            (0..3).map(|y| (0..13).map(|x| buf[(x, y)].symbol().to_string()).collect()).collect();
        assert_eq!(rows, ["+-----------+", "|▸ a ･ 解 約 >|", "+-----------+"]);
    }
}
