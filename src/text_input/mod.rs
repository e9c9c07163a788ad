//! The text field widget: a small multi-line text model with
//! grapheme-aware editing and soft wrap measured exactly as ratatui's
//! buffer measures, and its own key table ([`keys`]): what each editing
//! key does to the text, listed in `?` like every other key.
//!
//! Drawn by `ui::text_input`; the app opens fields on it and saves them
//! (`app::edit`). It knows nothing of the app or the session.
//!
//! Widths come from [`crate::text`] (ratatui's own cell width), graphemes from
//! unicode-segmentation, and graphemes ratatui would drop (zero width,
//! control characters) take no column here either, so the cursor this
//! computes sits exactly after the last character ratatui drew.

use unicode_segmentation::UnicodeSegmentation;

pub mod keys;

pub use keys::FieldKey;

/// Text and a cursor (a byte offset on a grapheme boundary).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextInput {
    text: String,
    cursor: usize,
    multiline: bool,
}

/// One visual row: a byte range of the text and where it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    /// First byte.
    pub start: usize,
    /// One past the last byte (excluding a newline).
    pub end: usize,
}

pub use crate::text::{display_width, grapheme_width};

impl TextInput {
    /// A field holding `text`, cursor at the end.
    pub fn new(text: &str, multiline: bool) -> Self {
        let mut input = Self { text: String::new(), cursor: 0, multiline };
        input.insert(text);
        input
    }

    /// The text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The cursor's byte offset.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Inserts typed or pasted text at the cursor. Tabs become spaces,
    /// `\r\n` and `\r` become newlines (spaces in a one-line field), and
    /// other control characters are dropped.
    pub fn insert(&mut self, s: &str) {
        let s = s.replace("\r\n", "\n").replace('\r', "\n");
        let clean: String = s
            .chars()
            .filter_map(|c| match c {
                '\t' => Some(' '),
                '\n' if !self.multiline => Some(' '),
                '\n' => Some('\n'),
                c if c.is_control() => None,
                c => Some(c),
            })
            .collect();
        self.text.insert_str(self.cursor, &clean);
        self.cursor += clean.len();
        self.snap();
    }

    /// Starts a new line (ignored in a one-line field).
    pub fn newline(&mut self) {
        if self.multiline {
            self.insert("\n");
        }
    }

    /// Keeps the cursor on a grapheme boundary after an insert joined
    /// graphemes (e.g. a combining mark typed after a letter).
    fn snap(&mut self) {
        if !self.boundaries().any(|b| b == self.cursor) {
            self.cursor = self.next_boundary(self.cursor);
        }
    }

    fn boundaries(&self) -> impl Iterator<Item = usize> + '_ {
        self.text.grapheme_indices(true).map(|(i, _)| i).chain(std::iter::once(self.text.len()))
    }

    fn prev_boundary(&self, at: usize) -> usize {
        self.boundaries().take_while(|b| *b < at).last().unwrap_or(0)
    }

    fn next_boundary(&self, at: usize) -> usize {
        self.boundaries().find(|b| *b > at).unwrap_or(self.text.len())
    }

    /// Moves one grapheme left.
    pub fn left(&mut self) {
        self.cursor = self.prev_boundary(self.cursor);
    }

    /// Moves one grapheme right.
    pub fn right(&mut self) {
        self.cursor = self.next_boundary(self.cursor);
    }

    /// Deletes the grapheme before the cursor.
    pub fn backspace(&mut self) {
        let start = self.prev_boundary(self.cursor);
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
    }

    /// Deletes the grapheme after the cursor.
    pub fn delete(&mut self) {
        let end = self.next_boundary(self.cursor);
        self.text.replace_range(self.cursor..end, "");
    }

    /// Deletes back to the start of the word before the cursor, the way
    /// a shell's Ctrl-W does: blanks first, then up to the previous blank
    /// (Japanese has no blanks between words, so a run of it goes at once).
    pub fn delete_word(&mut self) {
        let before = &self.text[..self.cursor];
        let trimmed = before.trim_end();
        let start = trimmed
            .rfind(char::is_whitespace)
            .map_or(0, |i| i + trimmed[i..].chars().next().map_or(1, char::len_utf8));
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
    }

    /// Deletes everything before the cursor (a shell's Ctrl-U): a
    /// prefilled field is emptied with one key.
    pub fn clear_to_start(&mut self) {
        self.text.replace_range(..self.cursor, "");
        self.cursor = 0;
    }

    /// Deletes everything after the cursor (a shell's Ctrl-K).
    pub fn clear_to_end(&mut self) {
        self.text.truncate(self.cursor);
    }

    /// Does what an editing key does, at a field `width` columns wide
    /// (rows are visual rows: ↑/↓ and Home/End follow the wrap).
    pub fn apply(&mut self, key: FieldKey, width: usize) {
        match key {
            FieldKey::Left => self.left(),
            FieldKey::Right => self.right(),
            FieldKey::Up => self.up(width),
            FieldKey::Down => self.down(width),
            FieldKey::Home => self.home(width),
            FieldKey::End => self.end(width),
            FieldKey::Backspace => self.backspace(),
            FieldKey::Delete => self.delete(),
            FieldKey::DeleteWord => self.delete_word(),
            FieldKey::ClearToStart => self.clear_to_start(),
            FieldKey::ClearToEnd => self.clear_to_end(),
            FieldKey::Newline => self.newline(),
        }
    }

    /// The visual rows at `width` columns: newlines break rows, and a
    /// grapheme that does not fit moves to the next row.
    pub fn rows(&self, width: usize) -> Vec<Row> {
        let width = width.max(2);
        let mut rows = Vec::new();
        let mut start = 0;
        let mut col = 0;
        for (i, g) in self.text.grapheme_indices(true) {
            if g == "\n" {
                rows.push(Row { start, end: i });
                start = i + 1;
                col = 0;
                continue;
            }
            let w = grapheme_width(g);
            if col + w > width && col > 0 {
                rows.push(Row { start, end: i });
                start = i;
                col = 0;
            }
            col += w;
        }
        rows.push(Row { start, end: self.text.len() });
        rows
    }

    /// The cursor's (row, column) at `width`. A cursor right after a full
    /// row stands at the start of the next row.
    pub fn cursor_at(&self, width: usize) -> (usize, usize) {
        let rows = self.rows(width);
        let width = width.max(2);
        for (r, row) in rows.iter().enumerate() {
            let last = r + 1 == rows.len();
            let next_start = rows.get(r + 1).map(|n| n.start);
            let inside = self.cursor >= row.start && self.cursor <= row.end;
            // At a soft break the cursor belongs to the next row.
            let soft_break = next_start == Some(row.end) && self.cursor == row.end;
            if inside && (last || !soft_break) {
                let col = display_width(&self.text[row.start..self.cursor]);
                return if col >= width { (r + 1, 0) } else { (r, col) };
            }
        }
        (rows.len().saturating_sub(1), 0)
    }

    fn move_to(&mut self, width: usize, row: usize, col: usize) {
        let rows = self.rows(width);
        let Some(r) = rows.get(row) else { return };
        let mut at = r.start;
        let mut x = 0;
        for (i, g) in self.text[r.start..r.end].grapheme_indices(true) {
            let w = grapheme_width(g);
            if x + w > col {
                break;
            }
            x += w;
            at = r.start + i + g.len();
        }
        self.cursor = at;
    }

    /// Moves one visual row up, keeping the column where possible.
    pub fn up(&mut self, width: usize) {
        let (row, col) = self.cursor_at(width);
        if row > 0 {
            self.move_to(width, row - 1, col);
        } else {
            self.cursor = 0;
        }
    }

    /// Moves one visual row down, keeping the column where possible.
    pub fn down(&mut self, width: usize) {
        let (row, col) = self.cursor_at(width);
        if row + 1 < self.rows(width).len() {
            self.move_to(width, row + 1, col);
        } else {
            self.cursor = self.text.len();
        }
    }

    /// Moves to the start of the visual row.
    pub fn home(&mut self, width: usize) {
        let (row, _) = self.cursor_at(width);
        self.move_to(width, row, 0);
    }

    /// Moves to the end of the visual row.
    pub fn end(&mut self, width: usize) {
        let (row, _) = self.cursor_at(width);
        self.move_to(width, row, usize::MAX);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graphemes_move_and_delete_as_one() {
        let mut t = TextInput::new("aｶﾞ👨‍👩‍👧", false);
        t.backspace();
        assert_eq!(t.text(), "aｶﾞ");
        t.left();
        t.delete();
        assert_eq!(t.text(), "a");
    }

    #[test]
    fn wide_characters_wrap_whole() {
        let t = TextInput::new("あいう", false);
        let rows = t.rows(5);
        assert_eq!(rows.len(), 2);
        assert_eq!(&t.text()[rows[1].start..rows[1].end], "う");
        assert_eq!(t.cursor_at(5), (1, 2));
    }

    #[test]
    fn cursor_after_a_full_row_goes_to_the_next_row() {
        let t = TextInput::new("abcd", false);
        assert_eq!(t.cursor_at(4), (1, 0));
    }

    #[test]
    fn newlines_only_in_multiline_fields() {
        let mut one = TextInput::new("a\nb\tc", false);
        assert_eq!(one.text(), "a b c");
        one.newline();
        assert_eq!(one.text(), "a b c");
        let mut many = TextInput::new("a\r\nb", true);
        many.newline();
        assert_eq!(many.text(), "a\nb\n");
        assert_eq!(many.cursor_at(10), (2, 0));
    }

    #[test]
    fn delete_word_removes_the_word_and_the_blanks_after_it() {
        let mut t = TextInput::new("hello big world  ", false);
        t.delete_word();
        assert_eq!(t.text(), "hello big ");
        t.delete_word();
        assert_eq!(t.text(), "hello ");
        let mut ja = TextInput::new("メモ 初期設定が難しい", false);
        ja.delete_word();
        assert_eq!(ja.text(), "メモ ");
    }

    #[test]
    fn clear_to_start_and_to_end_cut_at_the_cursor() {
        let mut t = TextInput::new("いつまでに何を決めるか", false);
        t.left();
        t.left();
        t.apply(FieldKey::ClearToEnd, 40);
        assert_eq!(t.text(), "いつまでに何を決め");
        t.left();
        t.apply(FieldKey::ClearToStart, 40);
        assert_eq!((t.text(), t.cursor()), ("め", 0));
        t.apply(FieldKey::End, 40);
        t.apply(FieldKey::ClearToStart, 40);
        assert_eq!(t.text(), "");
    }

    #[test]
    fn up_down_home_end_follow_visual_rows() {
        let mut t = TextInput::new("abcdef\nxy", true);
        t.up(4);
        assert_eq!(t.cursor_at(4), (1, 2));
        t.home(4);
        assert_eq!(t.cursor_at(4), (1, 0));
        t.end(4);
        assert_eq!(t.cursor(), 6);
        t.down(4);
        assert_eq!(t.cursor_at(4), (2, 2));
    }
}
