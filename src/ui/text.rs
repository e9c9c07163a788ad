//! Wrapping and truncating text by display width, measured the way
//! ratatui's buffer measures it.

use ratatui::text::{Line, Span};
use unicode_segmentation::UnicodeSegmentation;

use crate::text_input::{display_width, grapheme_width};

/// Wraps `text` to `width` columns at the break opportunities of Unicode
/// line breaking (UAX #14, [`breaks`]) with Japanese line-breaking rules
/// (禁則処理) on top. Newlines start new lines; a space at a break that
/// would overflow the line is dropped, every other character is kept, so
/// the lines joined give the text back but for those spaces. Where the
/// rules cannot fit the width, the width wins: a stretch with no allowed
/// break wider than a line breaks between graphemes, before a
/// line-start-prohibited mark only when no other place fits (日 / 々 at
/// width 2); a single grapheme wider than the width stands alone on its
/// line (the one line that may be wider). Never returns no lines.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut out = Vec::new();
    for para in text.split('\n') {
        let mut line = Building::default();
        let mut from = 0;
        for to in breaks(para).into_iter().chain(std::iter::once(para.len())) {
            line.place(&para[from..to], width, &mut out);
            from = to;
        }
        out.push(line.text);
    }
    out
}

/// The line being built and its width.
#[derive(Default)]
struct Building {
    text: String,
    col: usize,
}

impl Building {
    fn end(&mut self, out: &mut Vec<String>) {
        out.push(std::mem::take(&mut self.text));
        self.col = 0;
    }

    fn push(&mut self, s: &str) {
        self.text.push_str(s);
        self.col += display_width(s);
    }

    /// Adds one unbreakable piece (maybe ending in spaces), starting new
    /// lines as needed.
    fn place(&mut self, piece: &str, width: usize, out: &mut Vec<String>) {
        let bare = piece.trim_end_matches(' ');
        if self.col + display_width(piece) <= width {
            return self.push(piece);
        }
        if bare.is_empty() {
            // Only spaces, too wide: a break, or nothing at a line's start.
            if self.col > 0 {
                self.end(out);
            }
            return;
        }
        if self.col + display_width(bare) <= width {
            // The spaces hang over the edge: dropped at the break.
            self.push(bare);
            return self.end(out);
        }
        if self.col > 0 {
            self.end(out);
        }
        if display_width(bare) <= width {
            return self.place(piece, width, out);
        }
        // Wider than a line: break between graphemes, not before a mark
        // that may not start a line when an earlier place fits.
        let gs: Vec<&str> = bare.graphemes(true).collect();
        let mut i = 0;
        loop {
            let mut end = i + 1;
            let mut used = grapheme_width(gs[i]);
            while end < gs.len() && used + grapheme_width(gs[end]) <= width {
                used += grapheme_width(gs[end]);
                end += 1;
            }
            if end == gs.len() {
                self.push(&gs[i..].concat());
                break;
            }
            let cut = (i + 1..=end).rev().find(|&c| may_break_between(gs[c - 1], gs[c])).unwrap_or(end);
            self.push(&gs[i..cut].concat());
            self.end(out);
            i = cut;
        }
        let spaces = &piece[bare.len()..];
        if self.col + display_width(spaces) <= width {
            self.push(spaces);
        } else if !spaces.is_empty() {
            self.end(out);
        }
    }
}

/// Where `para` may break (byte offsets, never 0 or the end): UAX #14's
/// opportunities (`unicode-linebreak`) less those our own rules forbid:
/// none before a line-start-prohibited mark ([`no_start`]), none after an
/// opening mark ([`opens`]), none between a number and its unit (15分).
pub fn breaks(para: &str) -> Vec<usize> {
    unicode_linebreak::linebreaks(para)
        .map(|(at, _)| at)
        .filter(|&at| at > 0 && at < para.len())
        .filter(|&at| may_break_between(&para[..at], &para[at..]))
        .collect()
}

fn may_break(before: char, after: char) -> bool {
    let unit = !after.is_ascii() && !after.is_whitespace() && !opens(after);
    !(no_start(after) || opens(before) || (before.is_ascii_digit() && unit))
}

fn may_break_between(before: &str, after: &str) -> bool {
    match (before.chars().next_back(), after.chars().next()) {
        (Some(b), Some(a)) => may_break(b, a),
        _ => true,
    }
}

/// Whether `c` may not start a line (JIS X 4051 行頭禁則): closing
/// brackets and quotes, 、。，．・：；？！ and their ASCII forms, hyphens
/// and 〜, the prolonged sound mark ー, iteration marks (々 ゝ ゞ ヽ ヾ 〻),
/// sound marks and small kana (ぁ っ ゃ ァ ッ ャ ㇰ…).
pub fn no_start(c: char) -> bool {
    ")]}）］｝」』】〕〉》〙〗〟’”»、。，．,.!?！？:;：；・‐゠–〜～ー々〻ゝゞヽヾ゛゜‼⁇⁈⁉ｰﾞﾟ｡｣､･".contains(c)
        || "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶｧｨｩｪｫｯｬｭｮ".contains(c)
        || ('\u{31F0}'..='\u{31FF}').contains(&c)
}

/// Whether `c` is an opening bracket or quote that must not end a line
/// (ASCII and full-width).
pub fn opens(c: char) -> bool {
    "([{（［｛「『【〔〈《〘〖“‘«｢〝".contains(c)
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
