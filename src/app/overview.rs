//! The all-groups overview: for each group and each phase of the board,
//! how many notes of each kind there are and which cells the exit
//! criteria see as gaps, so the facilitator knows where to help.
//!
//! Built by [`Overview::build`] from the session and the gaps the checks
//! already found, when the app refreshes its checks after a change (see
//! `App::refresh_gaps`), never per frame. The cost is one cell-index
//! lookup per drawn cell plus one pass over the gaps: it grows with the
//! number of groups and phases shown, not with the number of notes.

use std::collections::BTreeMap;

use super::state::Screen;
use super::{Action, App};
use crate::domain::checks::{self, Gap};
use crate::domain::note::{Cell, NoteKind};
use crate::domain::{GroupId, PhaseId, Session, StepKind};

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
    /// Of `notes`, those kept from the room (private).
    pub private: usize,
    /// Of `unanswered`, the private pain points.
    pub private_unanswered: usize,
}

impl Tally {
    /// The cell as the room sees it: private notes left out.
    pub fn for_room(&self) -> Tally {
        Tally {
            notes: self.notes - self.private,
            unanswered: self.unanswered - self.private_unanswered,
            private: 0,
            private_unanswered: 0,
            ..*self
        }
    }

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
    /// The block as the room sees it: private notes left out of every
    /// count, and unanswered private pain points out of the gaps.
    pub fn for_room(&self) -> GroupTally {
        let private: usize = self.cells.iter().flatten().map(|t| t.private_unanswered).sum();
        GroupTally {
            group: self.group,
            cells: self.cells.iter().map(|row| row.map(|t| t.for_room())).collect(),
            gaps: self.gaps - private,
        }
    }

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
    /// findings) in them. Gaps about anything else are ignored.
    pub fn build(s: &Session, gaps: &[Gap]) -> Overview {
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
        // Private notes are few: placed one by one, not looked for in every cell.
        for n in s.private.iter().filter_map(|id| s.notes.get(id)) {
            if let Some((g, p, k)) = at(n.group, n.phase, n.kind) {
                groups[g].cells[p][k].private += 1;
            }
        }
        for gap in gaps {
            let (group, phase, kind, empty, private) = match gap {
                Gap::EmptyCell(group, phase, kind) => (*group, *phase, *kind, true, false),
                Gap::Unanswered(note) => match s.notes.get(note) {
                    Some(n) => (n.group, n.phase, NoteKind::ToBe, false, s.private.contains(note)),
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
                tally.private_unanswered += usize::from(private);
            }
            groups[g].gaps += 1;
        }
        Overview { phases, groups }
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
    match screen {
        Screen::Discussion => Some(Overview::build(s, gaps)),
        Screen::ShareOut => {
            let gaps: Vec<Gap> = discussion_step(s)
                .map(|step| checks::for_step(s, step).into_iter().flat_map(|st| st.gaps).collect())
                .unwrap_or_default();
            Some(Overview::build(s, &gaps))
        }
        _ => None,
    }
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
