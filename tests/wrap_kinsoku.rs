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
