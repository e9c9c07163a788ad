//! Truncation by display width, on random Japanese, emoji and ASCII: the
//! result fits, is a prefix of the text at a character boundary, and
//! ends in "…" exactly when something was cut.

use cjm::app::text_input::display_width;
use cjm::ui::text::{fit, truncate};
use proptest::prelude::*;
use ratatui::text::{Line, Span};

fn text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec!["施", "策", "ー", "a", " ", "😀", "👨‍👩‍👧", "ｶﾞ", "が", "1", "・"]);
    prop::collection::vec(pieces, 0..30).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn truncate_fits_and_keeps_whole_characters(s in text(), width in 0usize..40) {
        let t = truncate(&s, width);
        prop_assert!(display_width(&t) <= width, "{t:?} wider than {width}");
        let body = t.strip_suffix('…').unwrap_or(&t);
        prop_assert!(s.starts_with(body), "{t:?} is not a prefix of {s:?}");
        prop_assert_eq!(t.ends_with('…'), display_width(&s) > width && width > 0);
    }

    #[test]
    fn fit_fits_and_keeps_whole_characters(a in text(), b in text(), width in 1usize..40) {
        let line = Line::from(vec![Span::raw(a.clone()), Span::raw(b.clone())]);
        let out = fit(line, width).to_string();
        prop_assert!(display_width(&out) <= width, "{out:?} wider than {width}");
        let whole = format!("{a}{b}");
        let body = out.strip_suffix('…').unwrap_or(&out);
        prop_assert!(whole.starts_with(body), "{out:?} is not a prefix of {whole:?}");
        prop_assert_eq!(out.ends_with('…') && !whole.ends_with('…'), display_width(&whole) > width);
    }
}
