//! The all-groups overview: for each group and each phase of the board,
//! how many notes of each kind there are and which cells the exit
//! criteria see as gaps, so the facilitator knows where to help.
//!
//! Built by [`Overview::build`] from the session and the gaps the checks
//! already found, when the app refreshes its checks after a change (see
//! `App::refresh_gaps`), never per frame. The cost is one cell-index
//! lookup per drawn cell plus one pass over the gaps: it grows with the
//! number of groups and phases shown, not with the number of notes.
//!
//! The room's overview ([`for_room`], the presenter view) is built apart:
//! the board checks evaluated on the notes the room sees, only once a
//! change when the presenter shows it (`App::room_tallies`).

use std::collections::{BTreeMap, BTreeSet};

use super::state::Screen;
use super::{Action, App};
use crate::domain::checks::{self, Check, Gap};
use crate::domain::note::{Cell, NoteKind};
use crate::domain::{GroupId, NoteId, PhaseId, Session, StepKind};

/// One cell of the overview: a group's notes of one kind in one phase.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Notes in the cell.
    pub notes: usize,
    /// As-Is only: the group marked "no As-Is measure today" for the phase
    /// (an empty cell that is not a gap).
    pub none_today: bool,
    /// The exit criteria need a note here and there is none.
    pub empty_gap: bool,
    /// To-Be only: pain points of this phase that have no As-Is measure and
    /// no To-Be answering them. They are counted in the To-Be cell because
    /// that is where the missing note goes.
    pub unanswered: usize,
}

impl Tally {
    /// Whether the exit criteria see anything missing in this cell.
    pub fn is_gap(&self) -> bool {
        self.empty_gap || self.unanswered > 0
    }
}

/// One group's block: a row of three tallies (pain, As-Is, To-Be) per phase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupTally {
    /// The group.
    pub group: GroupId,
    /// Per phase of [`Overview::phases`], per kind of [`NoteKind::ROWS`].
    pub cells: Vec<[Tally; 3]>,
    /// Everything the exit criteria miss for this group: empty cells plus
    /// unanswered pain points.
    pub gaps: usize,
}

impl GroupTally {
    /// Notes per kind over all phases.
    pub fn totals(&self) -> [usize; 3] {
        let mut out = [0; 3];
        for row in &self.cells {
            for (total, tally) in out.iter_mut().zip(row) {
                *total += tally.notes;
            }
        }
        out
    }
}

/// Every group side by side, in group order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overview {
    /// The board's phases (columns of a board, rows of a block).
    pub phases: Vec<PhaseId>,
    /// One entry per group.
    pub groups: Vec<GroupTally>,
}

impl Overview {
    /// Counts every group's cells and places `gaps` (the board checks'
    /// findings) in them. Gaps about anything else are ignored. Notes in
    /// `hidden` are not counted (the room's overview leaves out the
    /// private ones; its `gaps` are the checks as the room sees them).
    pub fn build(s: &Session, gaps: &[Gap], hidden: &BTreeSet<NoteId>) -> Overview {
        let phases: Vec<PhaseId> = s.phases().iter().map(|p| p.id).collect();
        let mut groups: Vec<GroupTally> = s
            .groups
            .keys()
            .map(|group| GroupTally {
                group: *group,
                cells: phases.iter().map(|phase| row(s, *group, *phase)).collect(),
                gaps: 0,
            })
            .collect();
        let group_at: BTreeMap<GroupId, usize> =
            groups.iter().enumerate().map(|(i, g)| (g.group, i)).collect();
        let phase_at: BTreeMap<PhaseId, usize> = phases.iter().enumerate().map(|(i, p)| (*p, i)).collect();
        let at = |group: GroupId, phase: PhaseId, kind: NoteKind| {
            let k = NoteKind::ROWS.iter().position(|r| *r == kind)?;
            Some((*group_at.get(&group)?, *phase_at.get(&phase)?, k))
        };
        // Hidden notes are few: taken off one by one, not looked for in every cell.
        for n in hidden.iter().filter_map(|id| s.notes.get(id)) {
            if let Some((g, p, k)) = at(n.group, n.phase, n.kind) {
                let notes = &mut groups[g].cells[p][k].notes;
                *notes = notes.saturating_sub(1);
            }
        }
        for gap in gaps {
            let (group, phase, kind, empty) = match gap {
                Gap::EmptyCell(group, phase, kind) => (*group, *phase, *kind, true),
                Gap::Unanswered(note) => match s.notes.get(note) {
                    Some(n) => (n.group, n.phase, NoteKind::ToBe, false),
                    None => continue,
                },
                _ => continue,
            };
            let Some((g, p, k)) = at(group, phase, kind) else { continue };
            let tally = &mut groups[g].cells[p][k];
            if empty {
                tally.empty_gap = true;
            } else {
                tally.unanswered += 1;
            }
            groups[g].gaps += 1;
        }
        Overview { phases, groups }
    }

    /// The overview as the room sees it: private notes not counted, and
    /// `checks` evaluated on the notes the room sees.
    pub fn seen_by_room(s: &Session, checks: &[Check]) -> Overview {
        let seen = |id: &NoteId| !s.private.contains(id);
        let gaps: Vec<Gap> =
            checks::evaluate_seen(s, checks, seen).into_iter().flat_map(|st| st.gaps).collect();
        Overview::build(s, &gaps, &s.private)
    }

    /// The block of a group, if it is shown.
    pub fn group(&self, id: GroupId) -> Option<&GroupTally> {
        self.groups.iter().find(|g| g.group == id)
    }
}

/// The overview for the step's screen: on the discussion, with its own
/// checks' `gaps`; on the share-out, with the discussion step's (the room
/// presents what the discussion produced); none on other screens.
pub fn for_screen(s: &Session, screen: Screen, gaps: &[Gap]) -> Option<Overview> {
    let none = BTreeSet::new();
    match screen {
        Screen::Discussion => Some(Overview::build(s, gaps, &none)),
        Screen::ShareOut => {
            let gaps: Vec<Gap> = discussion_step(s)
                .map(|step| checks::for_step(s, step).into_iter().flat_map(|st| st.gaps).collect())
                .unwrap_or_default();
            Some(Overview::build(s, &gaps, &none))
        }
        _ => None,
    }
}

/// The overview as the room sees it, when it differs from the
/// facilitator's: private notes are left out of the counts and the board
/// checks are evaluated on what the room sees, so a needed cell whose only
/// notes are private is a gap (`✗ 0`) as on the room's board, and `!n`
/// counts the pain points the room sees unanswered. None without private
/// notes or off the discussion and share-out (the facilitator's overview
/// is the room's then). It evaluates the board checks once more: the app
/// builds it only when the room's overview is drawn, once per change.
pub fn for_room(s: &Session, screen: Screen) -> Option<Overview> {
    if s.private.is_empty() {
        return None;
    }
    let step = match screen {
        Screen::Discussion => s.current_step(),
        Screen::ShareOut => discussion_step(s)?,
        _ => return None,
    };
    let checks = s.header.template.steps.get(step).map_or(&[][..], |st| st.checks.as_slice());
    Some(Overview::seen_by_room(s, checks))
}

/// The latest discussion step at or before the current one (else the
/// first one after it).
fn discussion_step(s: &Session) -> Option<usize> {
    let steps = &s.header.template.steps;
    let is_discussion = |i: &usize| steps.get(*i).is_some_and(|st| st.kind == StepKind::Discussion);
    (0..=s.current_step()).rev().find(is_discussion).or_else(|| (0..steps.len()).find(is_discussion))
}

fn row(s: &Session, group: GroupId, phase: PhaseId) -> [Tally; 3] {
    NoteKind::ROWS.map(|kind| Tally {
        notes: s.notes_in(Cell { group, phase, kind }).len(),
        none_today: kind == NoteKind::AsIs && s.no_as_is.contains(&(group, phase)),
        ..Tally::default()
    })
}

/// Keys on the overview: select a group, open its board, or go back.
pub fn action(app: &mut App, action: Action) {
    let groups: Vec<GroupId> = app.session().groups.keys().copied().collect();
    let at = app.group().and_then(|g| groups.iter().position(|x| *x == g)).unwrap_or(0);
    let n = groups.len().max(1);
    let open = |app: &mut App, i: usize| {
        if let Some(g) = groups.get(i) {
            if app.sel.group != Some(*g) {
                app.sel.note = 0;
            }
            app.sel.group = Some(*g);
            app.overview = false;
        }
    };
    match action {
        Action::NextTab => app.sel.group = groups.get((at + 1) % n).copied(),
        Action::PrevTab => app.sel.group = groups.get((at + n - 1) % n).copied(),
        Action::OpenBoard => open(app, at),
        Action::JumpToGroup(k) => open(app, usize::from(k).wrapping_sub(1)),
        Action::Overview => app.overview = false,
        _ => {}
    }
}

#[cfg(test)]
#[path = "overview_tests.rs"]
mod tests;
