//! Japanese line breaking (禁則処理) in `wrap`: closing marks never start
//! a line, also in runs; opening marks never end one; and on random text
//! with marks every line fits and nothing but a space at a break is lost.

use cjm::app::text_input::display_width;
use cjm::ui::text::wrap;
use proptest::prelude::*;

/// A closing mark never starts a line, also when two come together
/// ("。」", "）。", ".)"): the run of marks goes down with the word before.
#[test]
fn a_run_of_closing_marks_never_starts_a_line() {
    for (text, width) in [("「決定する。」", 12), ("（決定する）。", 12), ("abc def.) x", 8)] {
        let lines = wrap(text, width);
        for line in &lines[1..] {
            let first = line.chars().next().unwrap_or(' ');
            assert!(!"。」）.)".contains(first), "{text:?} at {width}: {lines:?}");
        }
    }
}

/// An opening mark goes down with its word instead of ending a line.
#[test]
fn an_opening_mark_never_ends_a_line() {
    let lines = wrap("ゴー「施策」です", 6);
    assert_eq!(lines, vec!["ゴー", "「施", "策」で", "す"]);
}

fn text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "施", "策", "ゴー", "a", "bc", " ", "「", "」", "。", "（", "）", "(", ")", ".",
    ]);
    prop::collection::vec(pieces, 0..30).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn every_line_fits_and_only_spaces_at_breaks_go(s in text(), width in 2usize..20) {
        let lines = wrap(&s, width);
        for line in &lines {
            prop_assert!(display_width(line) <= width, "{line:?} wider than {width}: {lines:?}");
        }
        let kept: String = lines.concat().chars().filter(|c| *c != ' ').collect();
        let all: String = s.chars().filter(|c| *c != ' ').collect();
        prop_assert_eq!(kept, all);
    }
}

/// The measured breaks: ー, small kana, 〜, 々 and ・ no longer
/// start a line.
#[test]
fn marks_that_may_not_start_a_line_stay_with_the_character_before() {
    assert_eq!(wrap("オンボーディング", 6), vec!["オン", "ボー", "ディン", "グ"]);
    assert_eq!(wrap("チェックっぽい", 8), vec!["チェッ", "クっぽい"]);
    assert_eq!(wrap("解約率〜改善", 6), vec!["解約", "率〜改", "善"]);
    assert_eq!(wrap("オンボーディング・定着支援", 12), vec!["オンボーディ", "ング・定着支", "援"]);
    assert_eq!(wrap("日々の定着", 4), vec!["日々", "の定", "着"]);
    assert_eq!(wrap("定着・支援", 4), vec!["定", "着・", "支援"]);
}

/// A number stays with its unit, also where UAX #14 alone would break.
#[test]
fn a_number_stays_with_its_unit() {
    assert_eq!(wrap("残り15分です", 6), vec!["残り", "15分で", "す"]);
}

/// Where nothing fits by the rules, the width wins: a stretch with no
/// allowed break wider than the line breaks between graphemes (日 / 々 at
/// width 2), and a grapheme wider than the width stands alone on its
/// line, the one line wider than the width.
#[test]
fn where_the_rules_cannot_fit_the_width_wins_and_a_wide_grapheme_stands_alone() {
    assert_eq!(wrap("日々", 2), vec!["日", "々"]);
    assert_eq!(wrap("施策", 1), vec!["施", "策"]);
    assert_eq!(wrap("a施", 1), vec!["a", "施"]);
}

/// JIS X 4051's line-start-prohibited characters (行頭禁則), listed here
/// independently of the wrapper's own table.
const NO_START: &str =
    "、。，．・：；？！ー々ゝゞヽヾ〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ」』）］】〕〉》〜‐゠";
const NO_END: &str = "「『（［【〔〈《";

fn japanese() -> impl Strategy<Value = String> {
    // Words as they come in notes: marks only where Japanese puts them,
    // so no stretch without a break is wider than the narrowest width
    // (14: "（15分）。〜改"). Wider stretches break by the width first (see
    // `where_the_rules_cannot_fit_the_width_wins…`).
    let pieces = prop::sample::select(vec![
        "オンボーディング",
        "チェック",
        "っぽい",
        "解約率",
        "〜改善",
        "日々",
        "定着・支援",
        "ショッピング",
        "ちょっと",
        "「施策」",
        "（15分）。",
        "15分",
        "です。",
        "です、",
        "CS ",
        "ゴール",
        " ",
    ]);
    prop::collection::vec(pieces, 0..25).prop_map(|v| v.concat())
}

/// The lines rebuild the text: each line is the text's next part, and
/// between lines only spaces (dropped at a break) may go missing.
fn rebuilds(text: &str, lines: &[String]) -> bool {
    let mut rest = text;
    for (i, line) in lines.iter().enumerate() {
        let Some(after) = rest.strip_prefix(line.as_str()) else { return false };
        rest = if i + 1 < lines.len() { after.trim_start_matches(' ') } else { after };
    }
    rest.is_empty()
}

proptest! {
    #[test]
    fn japanese_lines_keep_the_rules_fit_and_rebuild_the_text(s in japanese(), width in 14usize..40) {
        let lines = wrap(&s, width);
        for (i, line) in lines.iter().enumerate() {
            prop_assert!(display_width(line) <= width, "{line:?} wider than {width}: {lines:?}");
            if i > 0 {
                let first = line.chars().next();
                prop_assert!(!first.is_some_and(|c| NO_START.contains(c)), "{line:?} starts badly: {lines:?}");
            }
            if i + 1 < lines.len() {
                let last = line.trim_end().chars().next_back();
                prop_assert!(!last.is_some_and(|c| NO_END.contains(c)), "{line:?} ends badly: {lines:?}");
            }
        }
        prop_assert!(rebuilds(&s, &lines), "{s:?} at {width}: {lines:?}");
    }
}
