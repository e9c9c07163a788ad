//! Text measured as a terminal shows it: display width, not bytes or chars.
//! Japanese characters are two columns wide; combining marks zero.
//!
//! Widths come from ratatui's own [`CellWidth`], graphemes from
//! unicode-segmentation, and graphemes ratatui would drop (control
//! characters) take no column here either, so what is measured here is
//! what the buffer draws. A half-width sound mark (ﾞ ﾟ) is a column of its
//! own, as terminals draw it; that holds only with unicode-width held at
//! 0.2.2 (see Cargo.toml), since ratatui adds that column itself.

use ratatui::buffer::CellWidth;
use unicode_segmentation::UnicodeSegmentation;

/// Whether `c` is a control character that must never reach a terminal
/// or a report: C0 except line feed and tab, DEL, and C1 (U+0080–U+009F).
pub fn is_forbidden_control(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

/// `s` without its forbidden control characters ([`is_forbidden_control`]);
/// borrowed when there are none.
pub fn strip_controls(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains(is_forbidden_control) {
        std::borrow::Cow::Owned(s.chars().filter(|c| !is_forbidden_control(*c)).collect())
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// `s` as text that came in (a file, a paste) is kept: a line break
/// written CR LF or CR becomes LF, every other forbidden control character
/// ([`is_forbidden_control`]) is removed.
pub fn neutralise(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains(is_forbidden_control) {
        std::borrow::Cow::Owned(strip_controls(&s.replace("\r\n", "\n").replace('\r', "\n")).into_owned())
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// Display width of one grapheme as ratatui's buffer counts it.
pub fn grapheme_width(g: &str) -> usize {
    if g.contains(char::is_control) { 0 } else { usize::from(g.cell_width()) }
}

/// Display width of a string as ratatui's buffer counts it.
pub fn display_width(s: &str) -> usize {
    s.graphemes(true).map(grapheme_width).sum()
}

/// Columns `s` takes on screen.
pub fn width(s: &str) -> usize {
    display_width(s)
}

/// `s` cut to at most `max` columns at a grapheme boundary, with `…` when
/// anything was cut.
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in s.graphemes(true) {
        let w = grapheme_width(g);
        if used + w + 1 > max {
            break;
        }
        out.push_str(g);
        used += w;
    }
    if max > 0 {
        out.push('…');
    }
    out
}

/// `s` truncated to `cols` columns and padded with spaces to exactly `cols`.
pub fn pad(s: &str, cols: usize) -> String {
    let t = truncate(s, cols);
    let w = width(&t);
    format!("{t}{}", " ".repeat(cols.saturating_sub(w)))
}

/// `s` right-aligned in `cols` columns.
pub fn pad_left(s: &str, cols: usize) -> String {
    let t = truncate(s, cols);
    format!("{}{t}", " ".repeat(cols.saturating_sub(width(&t))))
}

/// `s` padded with spaces to at least `cols` columns, never cut: what
/// `{:<cols$}` does, counted in columns instead of characters.
pub fn fill(s: &str, cols: usize) -> String {
    format!("{s}{}", " ".repeat(cols.saturating_sub(width(s))))
}

/// `s` right-aligned in at least `cols` columns, never cut: `{:>cols$}`
/// counted in columns.
pub fn fill_left(s: &str, cols: usize) -> String {
    format!("{}{s}", " ".repeat(cols.saturating_sub(width(s))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_pads_by_columns_and_never_cuts() {
        assert_eq!(fill("施策", 6), "施策  ");
        assert_eq!(fill_left("施策", 6), "  施策");
        assert_eq!(fill("施策の優先度", 4), "施策の優先度", "longer text is kept whole");
        assert_eq!(fill_left("Space/Enter", 5), "Space/Enter");
        assert_eq!(fill("ab", 4), format!("{:<4}", "ab"), "ASCII as format! pads it");
    }

    #[test]
    fn japanese_counts_two_columns() {
        assert_eq!(width("ペルソナ"), 8);
        assert_eq!(pad("ペルソナ", 10), "ペルソナ  ");
        assert_eq!(pad_left("1:05", 6), "  1:05");
    }

    #[test]
    fn a_halfwidth_sound_mark_takes_a_column_of_its_own() {
        assert_eq!(grapheme_width("ｶﾞ"), 2);
        assert_eq!(width("管理画面 ｶﾞｲﾄﾞ"), 8 + 1 + 5);
        assert_eq!(width("ﾊﾟｸﾞ"), 4);
        assert_eq!(pad("ｶﾞｲﾄﾞ", 7), "ｶﾞｲﾄﾞ  ");
        assert_eq!(truncate("ｶﾞｲﾄﾞ", 4), "ｶﾞｲ…", "never half a ｶﾞ");
    }

    #[test]
    fn truncation_never_splits_a_character_and_marks_the_cut() {
        assert_eq!(truncate("オンボーディング期", 7), "オンボ…");
        assert_eq!(width(&truncate("オンボーディング期", 8)), 7);
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("👨‍👩‍👧 family", 3), "👨‍👩‍👧…");
        assert_eq!(width(&truncate("👨‍👩‍👧 family", 4)), 4);
    }
}
