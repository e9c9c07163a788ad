//! Converging on the goal: parking lot and time per step.

use super::*;

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
                cell(&outcome(l, p.outcome.as_ref())),
            ]
        })
        .collect();
    table(out, &[l.item, l.raised_by, l.outcome], &rows);
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

pub(super) fn time(out: &mut String, s: &Session, l: &Labels, now: Millis) {
    let _ = writeln!(out, "## {}\n", l.time);
    let planned = s.planned();
    let mut sums = (0u64, 0u64, 0u64, 0i128);
    let mut rows = Vec::new();
    for (i, step) in s.header.template.steps.iter().enumerate() {
        let plan = planned.get(i).copied().unwrap_or(0);
        let boxed = s.timebox(i);
        let visited = s.clock.steps.get(i).is_some_and(|t| t.visited);
        let ran = s.clock.elapsed(i, now);
        let (actual, diff) = if visited && s.clock.started {
            let diff = i128::from(ran) - i128::from(boxed);
            sums.2 += ran;
            sums.3 += diff;
            (minutes(ran), signed(diff))
        } else {
            (String::new(), String::new())
        };
        sums.0 += plan;
        sums.1 += boxed;
        rows.push(vec![
            format!("{}. {}", i + 1, cell(&step.title)),
            minutes(plan),
            minutes(boxed),
            actual,
            diff,
        ]);
    }
    rows.push(vec![
        format!("**{}**", l.total),
        minutes(sums.0),
        minutes(sums.1),
        minutes(sums.2),
        signed(sums.3),
    ]);
    table(out, &[l.step, l.planned, l.timebox, l.actual, l.over_under], &rows);
}

#[cfg(test)]
mod tests {
    use super::super::section;
    use super::*;
    use crate::domain::Lang;
    use crate::export::fixture;

    #[test]
    fn parking_lot_shows_item_raiser_and_outcome() {
        let md = markdown(&fixture::session(Lang::En), fixture::NOW);
        let p = section(&md, "Parking lot");
        assert!(p.contains("| pricing page | Cy | Follow-up by Ben |"), "{p}");
        assert!(p.contains("| SSO |  | Open |"), "{p}");
    }

    #[test]
    fn time_shows_planned_timebox_actual_and_overrun() {
        let md = markdown(&fixture::session(Lang::En), fixture::NOW);
        let t = section(&md, "Time: planned vs actual");
        // Goal: 5 planned, +2 adjusted, ran 10 → 3 over.
        assert!(t.contains("| 1. Goal | 5:00 | 7:00 | 10:00 | +3:00 |"), "{t}");
        // Personas: 20 planned, running for 4 minutes at NOW.
        assert!(t.contains("| 2. Personas | 20:00 | 20:00 | 4:00 | −16:00 |"), "{t}");
        assert!(t.contains("| 3. Phase definition | 15:00 | 15:00 |  |  |"), "{t}");
        assert!(t.contains("| **Total** | 200:00 | 202:00 | 14:00 | −13:00 |"), "{t}");
    }
}
