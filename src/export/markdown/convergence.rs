//! Converging on the goal: time and exit criteria per step, forced moves,
//! unmet exit criteria in words, and the parking lot.

use super::*;
use crate::domain::checks;
use crate::replay::summary;

/// A step as "n. Title", or "?" for a step outside the agenda.
fn step_name(s: &Session, step: usize) -> String {
    s.header
        .template
        .steps
        .get(step)
        .map_or_else(|| "?".to_string(), |st| format!("{}. {}", step + 1, cell(&st.title)))
}

/// A parked item's outcome in words.
pub(crate) fn outcome(l: &Labels, outcome: Option<&ParkOutcome>) -> String {
    match outcome {
        None => l.outcomes[0].to_string(),
        Some(ParkOutcome::Dropped) => l.outcomes[1].to_string(),
        Some(ParkOutcome::Measure) => l.outcomes[2].to_string(),
        Some(ParkOutcome::FollowUp { owner }) => format!("{} {}", l.outcomes[3], owner.trim()),
    }
}

pub(super) fn parking(out: &mut String, s: &Session, l: &Labels) {
    let _ = writeln!(out, "## {}\n", l.parking);
    if s.parking.is_empty() {
        return none(out, l);
    }
    let rows: Vec<Vec<String>> = s
        .parking
        .values()
        .map(|p| {
            vec![
                cell(&p.text),
                p.raised_by.as_deref().map_or_else(String::new, cell),
                step_name(s, p.step),
                cell(&outcome(l, p.outcome.as_ref())),
            ]
        })
        .collect();
    table(out, &[l.item, l.raised_by, l.step, l.outcome], &rows);
}

/// `m:ss` with the minutes unbounded, e.g. `105:00`.
fn minutes(ms: Millis) -> String {
    let secs = ms / 1000;
    format!("{}:{:02}", secs / 60, secs % 60)
}

/// `+m:ss` over, `−m:ss` under, `±0:00` on time.
fn signed(diff: i128) -> String {
    let abs = minutes(diff.unsigned_abs().min(u128::from(u64::MAX)) as Millis);
    match diff.signum() {
        1 => format!("+{abs}"),
        -1 => format!("−{abs}"),
        _ => format!("±{abs}"),
    }
}

/// `met/total`, or nothing for a step without exit criteria.
fn met_of((met, total): (usize, usize)) -> String {
    if total == 0 { String::new() } else { format!("{met}/{total}") }
}

/// Per step: planned, re-planned and actual time, over/under, exit
/// criteria met, forced moves and refocus count (the figures of
/// [`summary::figures`], read at `now`).
pub(super) fn progress(out: &mut String, s: &Session, l: &Labels, now: Millis) {
    let _ = writeln!(out, "## {}\n", l.progress);
    let mut sums = (0u64, 0u64, 0u64, 0i128, (0usize, 0usize), 0usize, 0u32);
    let mut rows = Vec::new();
    for (i, r) in summary::figures(s, now).into_iter().enumerate() {
        let (actual, diff) = if r.visited && s.clock.started {
            // Time on an untimed step was run but not planned: no over/under.
            let diff = if r.untimed { 0 } else { i128::from(r.actual) - i128::from(r.replanned) };
            sums.2 += r.actual;
            sums.3 += diff;
            (minutes(r.actual), if r.untimed { summary::UNTIMED.to_string() } else { signed(diff) })
        } else {
            (String::new(), String::new())
        };
        let boxed = |ms: Millis| if r.untimed { summary::UNTIMED.to_string() } else { minutes(ms) };
        sums.0 += r.planned;
        sums.1 += r.replanned;
        sums.4 = (sums.4.0 + r.checks.0, sums.4.1 + r.checks.1);
        sums.5 += r.forced;
        sums.6 += r.refocus;
        rows.push(vec![
            format!("{}. {}", i + 1, cell(&r.title)),
            boxed(r.planned),
            boxed(r.replanned),
            actual,
            diff,
            met_of(r.checks),
            r.forced.to_string(),
            r.refocus.to_string(),
        ]);
    }
    rows.push(vec![
        format!("**{}**", l.total),
        minutes(sums.0),
        minutes(sums.1),
        minutes(sums.2),
        signed(sums.3),
        met_of(sums.4),
        sums.5.to_string(),
        sums.6.to_string(),
    ]);
    let head = [l.step, l.planned, l.replanned, l.actual, l.over_under, l.exit_criteria, l.forced, l.refocus];
    table(out, &head, &rows);
}

/// Each move past unmet exit criteria, with its step and reason, in order.
pub(super) fn forced(out: &mut String, s: &Session, l: &Labels) {
    let _ = writeln!(out, "## {}\n", l.forced_moves);
    if s.forced.is_empty() {
        return none(out, l);
    }
    for (step, reason) in &s.forced {
        let _ = writeln!(out, "- **{}:** {}", step_name(s, *step), inline(reason));
    }
    out.push('\n');
}

/// The exit criteria still unmet, per step, as sentences.
pub(super) fn exit_criteria(out: &mut String, s: &Session, l: &Labels) {
    let _ = writeln!(out, "## {}\n", l.exit_criteria);
    let mut any = false;
    for step in 0..s.header.template.steps.len() {
        let gaps: Vec<_> = checks::for_step(s, step).into_iter().flat_map(|st| st.gaps).collect();
        if gaps.is_empty() {
            continue;
        }
        any = true;
        let _ = writeln!(out, "### {}\n", step_name(s, step));
        for gap in &gaps {
            let _ = writeln!(out, "- {}", inline(&l.gap(s, gap)));
        }
        out.push('\n');
    }
    if !any {
        let _ = writeln!(out, "{}\n", l.all_met);
    }
}

#[cfg(test)]
mod tests {
    use super::super::section;
    use super::*;
    use crate::domain::Lang;
    use crate::export::fixture;

    #[test]
    fn parking_lot_shows_item_raiser_step_and_outcome() {
        let md = markdown(&fixture::session(Lang::En), fixture::NOW);
        let p = section(&md, "Parking lot");
        assert!(p.contains("| Item | Raised by | Step | Outcome |"), "{p}");
        assert!(p.contains("| pricing page | Cy | 2. Personas | Follow-up by Ben |"), "{p}");
        assert!(p.contains("| SSO |  | 2. Personas | Open |"), "{p}");
        assert!(p.contains("| churn survey | Ben | 2. Personas | Dropped |"), "{p}");
        assert!(p.contains("| in-app tips | Cy | 2. Personas | Became a measure |"), "{p}");
    }

    #[test]
    fn progress_shows_time_exit_criteria_forced_moves_and_refocus() {
        let md = markdown(&fixture::session(Lang::En), fixture::NOW);
        let t = section(&md, "Progress per step");
        assert!(t.contains("| Step | Planned | Re-planned | Actual | Over (+) / under (−) | Exit criteria | Forced moves | Refocus |"), "{t}");
        // Goal: 5 planned, +2 adjusted, ran 10 → 3 over; met, left by a forced move.
        assert!(t.contains("| 1. Goal | 5:00 | 7:00 | 10:00 | +3:00 | 1/1 | 1 | 0 |"), "{t}");
        // Personas: 20 planned, running for 4 minutes at NOW; refocused once.
        assert!(t.contains("| 2. Personas | 20:00 | 20:00 | 4:00 | −16:00 | 0/1 | 0 | 1 |"), "{t}");
        assert!(t.contains("| 3. Phase definition | 15:00 | 15:00 |  |  | 1/1 | 0 | 0 |"), "{t}");
        assert!(t.contains("| **Total** | 200:00 | 202:00 | 14:00 | −13:00 | 5/9 | 1 | 1 |"), "{t}");
        assert!(!md.contains("Time: planned vs actual"), "one time table only:\n{md}");
    }

    #[test]
    fn forced_moves_list_step_and_reason() {
        let md = markdown(&fixture::session(Lang::En), fixture::NOW);
        let f = section(&md, "Forced moves");
        assert!(f.contains("- **1. Goal:** done-when to be sharpened later\n"), "{f}");
        let md = markdown(&fixture::session(Lang::Ja), fixture::NOW);
        assert!(section(&md, "未達のまま進んだステップ").contains("- **1. ゴール:**"), "{md}");
    }

    #[test]
    fn exit_criteria_list_unmet_checks_per_step_in_words() {
        let md = markdown(&fixture::session(Lang::En), fixture::NOW);
        let e = section(&md, "Exit criteria");
        assert!(
            e.contains("### 2. Personas\n\n- The persona for Promoter, low drive has no daily challenge\n"),
            "{e}"
        );
        assert!(e.contains("### 5. Share-out\n\n- Group A has not shared out\n"), "{e}");
        assert!(e.contains("- Ben has not voted for End users\n"), "{e}");
        assert!(e.contains("- The top measure \"monthly review\" has no decision\n"), "{e}");
        assert!(!e.contains("### 1. Goal"), "{e}");
        let md = markdown(&fixture::session(Lang::Ja), fixture::NOW);
        let e = section(&md, "終了条件");
        assert!(e.contains("- Group Aがまだ共有していません\n"), "{e}");
        assert!(e.contains("- 上位の施策「monthly review」が未決定です\n"), "{e}");
    }
}
