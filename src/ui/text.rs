//! Wrapping and truncating text by display width, measured the way
//! ratatui's buffer measures it.

use ratatui::text::{Line, Span};
use unicode_segmentation::UnicodeSegmentation;

use crate::app::text_input::{display_width, grapheme_width};

/// Greedy word wrap to `width` columns; words longer than a line break
/// between graphemes. Newlines start new lines. Never returns no lines.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut out = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        let mut col = 0;
        // Where the last word on the line starts.
        let mut last_word = 0;
        for word in para.split_word_bounds() {
            let w = display_width(word);
            if col + w <= width {
                // A closing mark belongs to the word before it, and a word
                // to the opening mark before it: neither moves the start.
                if !word.trim().is_empty() && !closes(word) && !holds(&line, word) {
                    last_word = line.len();
                }
                line.push_str(word);
                col += w;
                continue;
            }
            if word.trim().is_empty() {
                out.push(std::mem::take(&mut line));
                col = 0;
                last_word = 0;
                continue;
            }
            // A closing mark never starts a line: the word before it goes
            // down with it; an opening mark never ends one: it goes down
            // with the word after it, and a number with its unit ("1分")
            // (Japanese line-breaking, 禁則処理).
            let carried = &line[last_word..];
            if (closes(word) || holds(&line, word)) && last_word > 0 && display_width(carried) + w <= width {
                let carried = format!("{carried}{word}");
                line.truncate(last_word);
                out.push(std::mem::take(&mut line));
                col = display_width(&carried);
                line = carried;
                last_word = 0;
                continue;
            }
            if w <= width && col > 0 {
                out.push(std::mem::take(&mut line));
                line.push_str(word);
                col = w;
                last_word = 0;
                continue;
            }
            for g in word.graphemes(true) {
                let gw = grapheme_width(g);
                if col + gw > width && col > 0 {
                    out.push(std::mem::take(&mut line));
                    col = 0;
                }
                last_word = line.len();
                line.push_str(g);
                col += gw;
            }
        }
        out.push(line);
    }
    out
}

/// Whether `word` is punctuation that must not begin a line: closing
/// brackets and quotes, commas, full stops, ! ? : ; (ASCII and full-width).
fn closes(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if ")]}）］｝」』】〕〉》、。，．,.!?！？:;：；".contains(c))
}

/// Whether `line` must not end before `word`: it ends in an opening mark,
/// or in a number that `word` (a Japanese counter such as 分 or 件) counts.
fn holds(line: &str, word: &str) -> bool {
    let last = line.chars().next_back();
    let unit = word.chars().next().is_some_and(|c| !c.is_ascii() && !c.is_whitespace() && !opens(c));
    last.is_some_and(opens) || (last.is_some_and(|c| c.is_ascii_digit()) && unit)
}

/// Whether `c` is an opening bracket or quote that must not end a line
/// (ASCII and full-width).
fn opens(c: char) -> bool {
    "([{（［｛「『【〔〈《〘〖“‘".contains(c)
}

/// Wraps, keeping at most `max` lines; the last kept line ends in "…"
/// when text was cut.
pub fn wrap_max(text: &str, width: usize, max: usize) -> Vec<String> {
    let mut lines = wrap(text, width);
    if lines.len() > max.max(1) {
        lines.truncate(max.max(1));
        if let Some(last) = lines.last_mut() {
            *last = truncate(&format!("{last}…"), width);
            if !last.ends_with('…') {
                *last = format!("{}…", truncate(last, width.saturating_sub(1)));
            }
        }
    }
    lines
}

/// The longest prefix of `text` (first line only) that fits `width`,
/// with "…" when cut.
pub fn truncate(text: &str, width: usize) -> String {
    let first = text.lines().next().unwrap_or("");
    if first.len() < text.len() {
        // More lines follow: say so even when the first one fits.
        return crate::text::truncate(&format!("{first}…"), width);
    }
    crate::text::truncate(first, width)
}

/// `line` cut to `width` columns at a character boundary, ending in "…"
/// (in the style of the span it cuts) when anything was cut.
pub fn fit(line: Line<'static>, width: usize) -> Line<'static> {
    // Measured as the buffer measures (per grapheme), not Line::width.
    if line.spans.iter().map(|s| display_width(&s.content)).sum::<usize>() <= width {
        return line;
    }
    let mut spans = Vec::new();
    let mut room = width.saturating_sub(1);
    for span in line.spans {
        let w = display_width(&span.content);
        if w <= room {
            room -= w;
            spans.push(span);
            continue;
        }
        let mut cut = String::new();
        for g in span.content.graphemes(true) {
            let gw = grapheme_width(g);
            if gw > room {
                break;
            }
            cut.push_str(g);
            room -= gw;
        }
        if width > 0 {
            cut.push('…');
        }
        spans.push(Span::styled(cut, span.style));
        break;
    }
    Line { spans, ..line }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closing_marks_never_start_a_line() {
        assert_eq!(wrap("（cjm discuss）", 13), vec!["（cjm ", "discuss）"]);
        assert_eq!(wrap("a (cjm discuss)", 13), vec!["a (cjm ", "discuss)"]);
        assert_eq!(wrap("決定する。", 8), vec!["決定す", "る。"], "the character before goes down with it");
        assert_eq!(wrap("。。", 2), vec!["。", "。"], "a line of one mark stays");
    }

    #[test]
    fn a_run_of_closing_marks_goes_down_with_the_word_before() {
        assert_eq!(wrap("決定する。」", 8), vec!["決定す", "る。」"]);
        assert_eq!(wrap("（決定する）。", 10), vec!["（決定す", "る）。"]);
        assert_eq!(wrap("abc def.) x", 8), vec!["abc ", "def.) x"]);
        for (text, width) in [("「決定する。」", 10), ("（決定する）。", 12), ("abc def.) x", 8)]
        {
            for line in &wrap(text, width)[1..] {
                let first = line.chars().next().unwrap_or(' ');
                assert!(!"。」）.)".contains(first), "{text:?} at {width}: {line:?}");
            }
        }
    }

    #[test]
    fn a_number_stays_with_its_unit() {
        assert_eq!(wrap("最低1分は残す", 6), vec!["最低", "1分は", "残す"]);
        assert_eq!(wrap("あと15分", 7), vec!["あと", "15分"]);
    }

    #[test]
    fn opening_marks_never_end_a_line() {
        assert_eq!(wrap("ゴー「施策」です", 6), vec!["ゴー", "「施", "策」で", "す"]);
        assert_eq!(wrap("a b (cjm", 5), vec!["a b ", "(cjm"]);
        assert_eq!(wrap("ab「『施策", 6), vec!["ab", "「『施", "策"]);
        for (text, width) in [("ゴー「施策」です", 6), ("会議（施策）で", 6), ("予定【施策】", 8)]
        {
            let lines = wrap(text, width);
            for line in &lines[..lines.len() - 1] {
                let last = line.chars().next_back().unwrap_or(' ');
                assert!(!opens(last), "{text:?} at {width}: {lines:?}");
            }
        }
    }

    #[test]
    fn wraps_words_and_japanese() {
        assert_eq!(wrap("decide the priority", 10), vec!["decide the", "priority"]);
        assert_eq!(wrap("施策の優先度を決定する", 10), vec!["施策の優先", "度を決定す", "る"]);
        assert_eq!(wrap("", 10), vec![""]);
    }

    #[test]
    fn fit_cuts_a_styled_line_at_a_character_with_an_ellipsis() {
        let line = Line::from(vec![Span::raw("グループ: "), Span::raw("Aチーム"), Span::raw(" B")]);
        assert_eq!(fit(line.clone(), 40), line);
        assert_eq!(fit(line.clone(), 13).to_string(), "グループ: A…", "never half a チ");
        assert_eq!(fit(line, 14).to_string(), "グループ: Aチ…");
    }

    #[test]
    fn truncates_with_an_ellipsis_that_fits() {
        assert_eq!(truncate("施策の優先度", 7), "施策の…");
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("one\ntwo", 10), "one…", "more lines are marked");
        assert_eq!(truncate("abcde\ntwo", 5), "abcd…", "even when the first line fills the width");
        assert_eq!(display_width(&truncate("abcdefghij", 5)), 5);
        let lines = wrap_max("a b c d e f g h", 3, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'));
    }
}
