//! The decided measures as a Mermaid `quadrantChart`, under the 2×2 table,
//! for the tools that render Mermaid (GitHub, Notion, Confluence).
//!
//! The chart keeps the table's layout: "can start now" on the left,
//! "hard" on the right, "effective against churn" on top. Every label is
//! quoted; characters that would end a label, a line, the fence or mean
//! markup are written as Mermaid entity codes (`#quot;`, `#58;`…).

use std::fmt::Write as _;

use crate::domain::Session;
use crate::domain::decision::{Action, Decision, Feasibility, Impact};
use crate::domain::ids::NoteId;
use crate::export::labels::Labels;
use crate::export::note_text;

/// A label as a quoted Mermaid string.
pub(crate) fn quoted(text: &str) -> String {
    let text = crate::text::neutralise(text.trim());
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '#' => out.push_str("#35;"),
            ':' => out.push_str("#58;"),
            ';' => out.push_str("#59;"),
            '`' => out.push_str("#96;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '&' => out.push_str("#amp;"),
            '\n' | '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The x and y ranges (inside 0–1, off the middle line) of a quadrant.
fn area(d: &Decision) -> (f64, f64) {
    let x = match d.feasibility {
        Feasibility::Now => 0.0,
        Feasibility::Hard => 0.5,
    };
    let y = match d.impact {
        Impact::Effective => 0.5,
        Impact::Indirect => 0.0,
    };
    (x, y)
}

/// The `n`th of `count` points spread on a grid inside a half-unit square
/// starting at `(x0, y0)`, never on its edges.
fn spot(n: usize, count: usize, (x0, y0): (f64, f64)) -> (f64, f64) {
    let cols = (count as f64).sqrt().ceil().max(1.0) as usize;
    let rows = count.div_ceil(cols).max(1);
    let (c, r) = (n % cols, n / cols);
    let x = x0 + 0.05 + 0.4 * (c as f64 + 0.5) / cols as f64;
    let y = y0 + 0.45 - 0.4 * (r as f64 + 0.5) / rows as f64;
    ((x * 1000.0).round() / 1000.0, (y * 1000.0).round() / 1000.0)
}

/// The chart of `order` (the decided measures, in the action list's
/// order), as a fenced `mermaid` block.
pub(super) fn quadrant_chart(out: &mut String, s: &Session, l: &Labels, order: &[(NoteId, &Decision)]) {
    let _ = writeln!(out, "```mermaid\nquadrantChart");
    let _ = writeln!(out, "    title {}", l.matrix.replace(['#', ';'], " "));
    let _ = writeln!(out, "    x-axis {} --> {}", quoted(l.matrix_cols[0]), quoted(l.matrix_cols[1]));
    let _ = writeln!(out, "    y-axis {} --> {}", quoted(l.matrix_rows[1]), quoted(l.matrix_rows[0]));
    for (n, action) in
        [(1, Action::OwnerPlans), (2, Action::StartNow), (3, Action::IfCapacity), (4, Action::Postpone)]
    {
        let _ = writeln!(out, "    quadrant-{n} {}", quoted(l.action(action)));
    }
    for (id, d) in order {
        let same: Vec<&NoteId> = order.iter().filter(|(_, o)| area(o) == area(d)).map(|(i, _)| i).collect();
        let n = same.iter().position(|i| *i == id).unwrap_or(0);
        let (x, y) = spot(n, same.len(), area(d));
        let _ = writeln!(out, "    {}: [{x}, {y}]", quoted(&note_text(s, *id, l)));
    }
    out.push_str("```\n\n");
}

/// A checker of the `quadrantChart` grammar's rules that bite, as
/// Mermaid's lexer reads them: a label is `"` up to the next `"` (no
/// escape), a title runs to `#`, `;` or the line's end, a point is
/// `LABEL: [X, Y]` with X and Y numbers in 0–1. Returns the points.
#[cfg(test)]
pub(crate) fn check(chart: &str) -> Result<Vec<(String, f64, f64)>, String> {
    let mut lines = chart.lines().map(str::trim).enumerate().filter(|(_, l)| !l.is_empty());
    match lines.next() {
        Some((_, "quadrantChart")) => {}
        other => return Err(format!("first line {other:?} is not quadrantChart")),
    }
    // One quoted string at the start of `rest`: (its text, what follows).
    fn string(rest: &str) -> Result<(&str, &str), String> {
        let inner = rest.strip_prefix('"').ok_or_else(|| format!("{rest:?}: a label must be quoted"))?;
        let end = inner.find('"').ok_or_else(|| format!("{rest:?}: unterminated label"))?;
        let text = &inner[..end];
        for (i, _) in text.match_indices('#') {
            let entity = &text[i + 1..];
            let len = entity.find(';').ok_or_else(|| format!("{text:?}: # starts no entity"))?;
            if len == 0 || !entity[..len].chars().all(|c| c.is_ascii_alphanumeric()) {
                return Err(format!("{text:?}: # starts no entity"));
            }
        }
        if text.contains(['`', '\n']) {
            return Err(format!("{text:?}: a backtick or line break in a label"));
        }
        Ok((text, &inner[end + 1..]))
    }
    let mut points = vec![];
    for (no, line) in lines {
        let at = |e: String| format!("line {}: {e}", no + 1);
        if let Some(title) = line.strip_prefix("title ") {
            if title.contains(['#', ';']) {
                return Err(at(format!("{title:?}: # or ; ends a title")));
            }
        } else if let Some(axis) = line.strip_prefix("x-axis ").or_else(|| line.strip_prefix("y-axis ")) {
            let (_, rest) = string(axis).map_err(at)?;
            let rest =
                rest.trim_start().strip_prefix("-->").ok_or_else(|| at(format!("{rest:?}: no -->")))?;
            let (_, rest) = string(rest.trim_start()).map_err(at)?;
            if !rest.trim().is_empty() {
                return Err(at(format!("{rest:?} after the axis")));
            }
        } else if let Some(q) = line.strip_prefix("quadrant-") {
            let (n, rest) = q.split_once(' ').ok_or_else(|| at("quadrant without text".into()))?;
            if !["1", "2", "3", "4"].contains(&n) {
                return Err(at(format!("quadrant-{n}")));
            }
            let (_, rest) = string(rest).map_err(at)?;
            if !rest.trim().is_empty() {
                return Err(at(format!("{rest:?} after the quadrant")));
            }
        } else {
            let (label, rest) = string(line).map_err(at)?;
            let rest =
                rest.trim_start().strip_prefix(':').ok_or_else(|| at(format!("{rest:?}: no colon")))?;
            let inner = rest.trim().strip_prefix('[').and_then(|r| r.strip_suffix(']'));
            let (x, y) =
                inner.and_then(|i| i.split_once(',')).ok_or_else(|| at(format!("{rest:?}: not [x, y]")))?;
            let num = |v: &str| -> Result<f64, String> {
                let v = v.trim();
                if v.is_empty() || !v.chars().all(|c| c.is_ascii_digit() || c == '.') {
                    return Err(at(format!("{v:?} is not a number")));
                }
                let f: f64 = v.parse().map_err(|_| at(format!("{v:?} is not a number")))?;
                if (0.0..=1.0).contains(&f) { Ok(f) } else { Err(at(format!("{f} is outside 0–1"))) }
            };
            points.push((label.to_string(), num(x)?, num(y)?));
        }
    }
    Ok(points)
}

/// The chart's text inside a report's `mermaid` fence.
#[cfg(test)]
pub(crate) fn chart_in(md: &str) -> Option<&str> {
    let start = md.find("```mermaid\n")? + "```mermaid\n".len();
    let len = md[start..].find("```")?;
    Some(&md[start..start + len])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Event, Lang, Stamped};
    use crate::export::{fixture, markdown};

    /// Each point lies strictly inside its measure's quadrant.
    fn assert_placed(s: &Session, md: &str) -> usize {
        let l = Labels::of(s.header.template.lang);
        let points = check(chart_in(md).expect("a chart")).unwrap_or_else(|e| panic!("{e}\n{md}"));
        let decided: Vec<_> = s.decisions.iter().filter(|(id, _)| s.is_measure(**id)).collect();
        assert_eq!(points.len(), decided.len(), "{md}");
        for (id, d) in decided {
            let label = quoted(&note_text(s, *id, l));
            let label = &label[1..label.len() - 1];
            let (_, x, y) = points.iter().find(|(p, _, _)| p == label).unwrap_or_else(|| panic!("{label}"));
            let left = *x > 0.0 && *x < 0.5;
            let top = *y > 0.5 && *y < 1.0;
            assert_eq!(left, d.feasibility == Feasibility::Now, "{label} at {x}");
            assert_eq!(top, d.impact == Impact::Effective, "{label} at {y}");
            assert!(*x > 0.0 && *x < 1.0 && *y > 0.0 && *y < 1.0 && *x != 0.5 && *y != 0.5);
        }
        points.len()
    }

    #[test]
    fn the_chart_parses_and_puts_each_measure_in_its_quadrant() {
        for lang in [Lang::En, Lang::Ja] {
            let s = fixture::session(lang);
            let md = markdown(&s, fixture::NOW);
            assert_eq!(assert_placed(&s, &md), 2);
            let table = md.find(Labels::of(lang).matrix).expect("the 2×2");
            let chart = md.find("```mermaid").expect("the chart");
            let list = md.find(Labels::of(lang).actions_list).expect("the action list");
            assert!(table < chart && chart < list, "under the 2×2, before the action list");
        }
        let s = {
            let (h, e) = crate::sample::events();
            crate::domain::fold(h, &e)
        };
        assert!(assert_placed(&s, &markdown(&s, s.last_at)) >= 8, "the sample's decisions");
    }

    #[test]
    fn hostile_labels_stay_inside_their_quotes() {
        let mut j = fixture::journal(Lang::En);
        let hostile = "say \"hi\": done] [x] #1; `rm` <b>&\n%% end\n```";
        j.push(Stamped {
            at: fixture::NOW,
            event: Event::NoteEdited { id: NoteId(25), text: hostile.into() },
        });
        let md = markdown(j.session(), fixture::NOW);
        assert_placed(j.session(), &md);
        let chart = chart_in(&md).expect("the chart");
        assert!(chart.contains(r#""say #quot;hi#quot;#58; done] [x] #35;1#59; #96;rm#96; #lt;b#gt;#amp; %% end #96;#96;#96;": ["#), "{chart}");
    }

    #[test]
    fn the_checker_refuses_what_mermaid_refuses() {
        let ok = "quadrantChart\n    title T\n    x-axis \"a\" --> \"b\"\n    quadrant-1 \"q\"\n    \"p\": [0.2, 0.7]\n";
        assert_eq!(check(ok), Ok(vec![("p".into(), 0.2, 0.7)]));
        for broken in [
            "flowchart\n",
            "quadrantChart\n    p: x: [0.2, 0.7]\n",
            "quadrantChart\n    \"say \"hi\"\": [0.2, 0.7]\n",
            "quadrantChart\n    \"p\": [1.5, 0.7]\n",
            "quadrantChart\n    \"p\": [-0.1, 0.7]\n",
            "quadrantChart\n    \"p\": [0.2 0.7]\n",
            "quadrantChart\n    \"p\" [0.2, 0.7]\n",
            "quadrantChart\n    \"a #1 b\": [0.2, 0.7]\n",
            "quadrantChart\n    title a; b\n",
            "quadrantChart\n    quadrant-5 \"q\"\n",
            "quadrantChart\n    x-axis \"a\" \"b\"\n",
        ] {
            assert!(check(broken).is_err(), "accepted: {broken}");
        }
    }

    #[test]
    fn points_spread_inside_their_quadrant() {
        for count in 1..12 {
            for n in 0..count {
                let (x, y) = spot(n, count, (0.5, 0.0));
                assert!(x > 0.5 && x < 1.0 && y > 0.0 && y < 0.5, "{n}/{count}: {x}, {y}");
            }
        }
        let a = spot(0, 4, (0.0, 0.0));
        let b = spot(3, 4, (0.0, 0.0));
        assert_ne!(a, b);
    }
}
