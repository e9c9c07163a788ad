//! `cjm replay --summary`: how the workshop went, step by step, as a
//! plain-text table to paste into a retrospective.

use crate::domain::checks;
use crate::domain::clock::{Millis, format_duration};
use crate::domain::{Event, Session, Stamped};
use crate::text::{pad, pad_left};

/// One step's figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepRow {
    /// Step title.
    pub title: String,
    /// Planned length.
    pub planned: Millis,
    /// Length after the facilitator's adjustments.
    pub replanned: Millis,
    /// Time it actually ran.
    pub actual: Millis,
    /// Notes written during it (counted from the events; `None` when the
    /// figures come from the state alone, see [`figures`]).
    pub notes: Option<usize>,
    /// Exit criteria met, of total.
    pub checks: (usize, usize),
    /// Moves past unmet criteria.
    pub forced: usize,
    /// Times the goal was shown full screen.
    pub refocus: u32,
    /// Whether the room reached this step at all.
    pub visited: bool,
    /// Whether the step has no timebox (its time is not over or under).
    pub untimed: bool,
}

impl StepRow {
    /// Positive: over its re-planned time; negative: under; 0 for an
    /// untimed step.
    pub fn over(&self) -> i64 {
        if self.untimed { 0 } else { self.actual as i64 - self.replanned as i64 }
    }

    /// A planned length as shown: a dash for an untimed step.
    fn boxed(&self, ms: Millis) -> String {
        if self.untimed { UNTIMED.to_string() } else { format_duration(ms) }
    }
}

/// What a table shows for an untimed step's plan and over/under.
pub const UNTIMED: &str = "—";

/// The figures of every step of a folded session and its events.
pub fn rows(session: &Session, events: &[Stamped]) -> Vec<StepRow> {
    let mut rows = figures(session, session.last_at);
    let mut notes = vec![0usize; rows.len()];
    for (stamped, step) in events.iter().zip(super::steps_of(events, rows.len())) {
        if matches!(stamped.event, Event::NoteAdded { .. }) {
            notes[step] += 1;
        }
    }
    for (row, n) in rows.iter_mut().zip(notes) {
        row.notes = Some(n);
    }
    rows
}

/// The figures of every step that the state alone gives, with running
/// steps read at `end`: everything but the notes written per step, which
/// only the events tell ([`rows`] adds them). The Markdown export uses this.
pub fn figures(session: &Session, end: Millis) -> Vec<StepRow> {
    session
        .header
        .template
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let statuses = checks::for_step(session, i);
            StepRow {
                title: step.title.clone(),
                planned: step.timebox(),
                replanned: session.timebox(i),
                actual: session.clock.elapsed(i, end),
                notes: None,
                checks: (statuses.iter().filter(|s| s.met()).count(), statuses.len()),
                forced: session.forced.iter().filter(|(s, _)| *s == i).count(),
                refocus: session.refocus.get(&i).copied().unwrap_or(0),
                visited: session.clock.steps.get(i).is_some_and(|t| t.visited),
                untimed: step.untimed,
            }
        })
        .collect()
}

fn signed(ms: i64) -> String {
    let sign = if ms < 0 { "-" } else { "+" };
    format!("{sign}{}", format_duration(ms.unsigned_abs()))
}

/// The summary as text: a table per step, totals, the three biggest overruns.
pub fn render(session: &Session, events: &[Stamped]) -> String {
    let rows = rows(session, events);
    let l = crate::export::labels::Labels::of(session.header.template.lang);
    let title_w = rows.iter().map(|r| crate::text::width(&r.title)).max().unwrap_or(4).clamp(4, 28);
    let mut out = String::new();
    out.push_str(&format!("{}: {}\n\n", l.goal, session.goal));
    let head = l.summary_heads;
    out.push_str(&pad(l.step, title_w));
    for h in head {
        out.push_str(&format!("  {}", pad_left(h, 8)));
    }
    out.push('\n');
    out.push_str(&"-".repeat(title_w + head.len() * 10));
    out.push('\n');
    for r in &rows {
        let cells = [
            r.boxed(r.planned),
            r.boxed(r.replanned),
            format_duration(r.actual),
            if r.untimed {
                UNTIMED.to_string()
            } else if r.visited {
                signed(r.over())
            } else {
                l.not_run.to_string()
            },
            r.notes.unwrap_or(0).to_string(),
            format!("{}/{}", r.checks.0, r.checks.1),
            r.forced.to_string(),
            r.refocus.to_string(),
        ];
        out.push_str(&pad(&r.title, title_w));
        for c in cells {
            out.push_str(&format!("  {}", pad_left(&c, 8)));
        }
        out.push('\n');
    }
    out.push_str(&"-".repeat(title_w + head.len() * 10));
    out.push('\n');
    let sum = |f: fn(&StepRow) -> u64| rows.iter().map(f).sum::<u64>();
    let (planned, replanned, actual) = (sum(|r| r.planned), sum(|r| r.replanned), sum(|r| r.actual));
    let totals = [
        format_duration(planned),
        format_duration(replanned),
        format_duration(actual),
        // Time on untimed steps was run but not planned: not over or under.
        signed(actual as i64 - sum(|r| if r.untimed { r.actual } else { 0 }) as i64 - replanned as i64),
        sum(|r| r.notes.unwrap_or(0) as u64).to_string(),
        format!("{}/{}", sum(|r| r.checks.0 as u64), sum(|r| r.checks.1 as u64)),
        sum(|r| r.forced as u64).to_string(),
        sum(|r| u64::from(r.refocus)).to_string(),
    ];
    out.push_str(&pad(l.total, title_w));
    for c in totals {
        out.push_str(&format!("  {}", pad_left(&c, 8)));
    }
    out.push('\n');
    let mut over: Vec<&StepRow> = rows.iter().filter(|r| r.over() > 0).collect();
    over.sort_by_key(|r| std::cmp::Reverse(r.over()));
    out.push_str(&format!("\n{}:\n", l.biggest_overruns));
    if over.is_empty() {
        out.push_str(&format!("  {}\n", l.no_overruns));
    }
    for (i, r) in over.iter().take(3).enumerate() {
        out.push_str(&format!("  {}. {} {}\n", i + 1, r.title, signed(r.over())));
    }
    out
}
