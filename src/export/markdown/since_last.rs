//! The report's "since last time" section, for a session started from
//! an earlier one (`--from`): each carried measure with its status and
//! note (overdue flagged), how many were done, in progress, dropped and
//! carried on, the notes from last time still on the map, and the pain
//! points new since then.

use std::fmt::Write as _;

use super::{cell, inline, row};
use crate::domain::Session;
use crate::domain::note::NoteKind;
use crate::domain::review::{ReviewStatus, overdue};
use crate::ui::strings_review::for_lang;

/// Writes the section; nothing for a session not started from another.
pub(super) fn section(out: &mut String, s: &Session, now: crate::domain::Millis) {
    let Some(from) = &s.origin else { return };
    let w = for_lang(s.header.template.lang);
    let _ = writeln!(out, "## {}\n", inline(&(w.report_title)(from)));
    if s.carried.is_empty() {
        let _ = writeln!(out, "{}\n", w.nothing);
    } else {
        measures(out, s, now);
    }
    let _ = writeln!(out, "### {}\n", w.notes_heading);
    let carried: Vec<_> = s.carried_notes.iter().filter_map(|id| s.notes.get(id).map(|n| (*id, n))).collect();
    if carried.is_empty() {
        let _ = writeln!(out, "{}\n", w.none);
    }
    for (id, _) in &carried {
        let _ = writeln!(out, "- ({}) {}", w.carried_mark, inline(&note_text(s, *id)));
    }
    if !carried.is_empty() {
        out.push('\n');
    }
    let old_pain = carried.iter().filter(|(_, n)| n.kind == NoteKind::Pain).count();
    let new_pain: Vec<_> = s
        .notes
        .iter()
        .filter(|(id, n)| n.kind == NoteKind::Pain && !s.is_carried_note(**id))
        .map(|(id, _)| *id)
        .collect();
    let _ = writeln!(out, "### {}\n", w.new_pain);
    if new_pain.is_empty() {
        let _ = writeln!(out, "{}\n", w.none);
    } else {
        for id in &new_pain {
            let _ = writeln!(out, "- {}", inline(&note_text(s, *id)));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "{}\n", (w.old_pain)(old_pain));
}

fn measures(out: &mut String, s: &Session, now: crate::domain::Millis) {
    let w = for_lang(s.header.template.lang);
    row(out, &w.columns.map(String::from));
    row(out, &w.columns.map(|_| "---".to_string()));
    for (id, m) in &s.carried {
        let status = s.review_status(*id);
        let late = m.due.as_deref().is_some_and(|d| overdue(d, now)) && status != Some(ReviewStatus::Done);
        let due = match (&m.due, late) {
            (Some(d), true) => format!("{d} ⚠ {}", w.overdue),
            (Some(d), false) => d.clone(),
            (None, _) => String::new(),
        };
        let note = s.reviews.get(id).map(|r| r.note.as_str()).unwrap_or_default();
        row(
            out,
            &[
                cell(&m.text),
                cell(m.owner.as_deref().unwrap_or_default()),
                m.effort.map(|e| format!("{e:?}")).unwrap_or_default(),
                cell(&due),
                (w.status)(status).to_string(),
                cell(note),
            ],
        );
    }
    out.push('\n');
    let mut counts: Vec<(&str, usize)> = ReviewStatus::ALL
        .iter()
        .map(|st| {
            ((w.status)(Some(*st)), s.carried.keys().filter(|id| s.review_status(**id) == Some(*st)).count())
        })
        .collect();
    counts.push(((w.status)(None), s.unreviewed().len()));
    let _ = writeln!(out, "{}\n", (w.tally)(&counts));
    let on: Vec<_> = s
        .carried
        .iter()
        .filter(|(id, _)| {
            matches!(s.review_status(**id), Some(ReviewStatus::InProgress | ReviewStatus::CarriedOn))
        })
        .collect();
    if !on.is_empty() {
        let _ = writeln!(out, "**{}:**\n", w.carried_on);
        for (_, m) in on {
            let _ = writeln!(out, "- {}", inline(&m.text));
        }
        out.push('\n');
    }
}

/// A note's text, private ones marked as in the rest of the report.
fn note_text(s: &Session, id: crate::domain::NoteId) -> String {
    let l = super::Labels::of(s.header.template.lang);
    super::note_text(s, id, l)
}
