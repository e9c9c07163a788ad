//! Exit criteria: what a step must have produced, evaluated on the state.
//!
//! Templates name the checks each step uses; [`evaluate`] says for each
//! whether it is met and, if not, exactly what is missing (as data, so the
//! screen and the export word it in the session's language).

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::decision::Action;
use super::ids::{GroupId, NoteId, ParticipantId, PhaseId};
use super::note::{Cell, NoteKind};
use super::persona::Quadrant;
use super::session::Session;

/// A check a template can attach to a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Check {
    /// The goal is confirmed and has a done-when.
    GoalConfirmed,
    /// Every quadrant has a named persona with at least one daily challenge.
    PersonasComplete,
    /// One scheme is chosen, with at least two phases and a reason.
    SchemeChosen,
    /// For every group, every phase has at least one pain point.
    PainPointsPerPhase,
    /// For every group, every phase has an As-Is measure or "none today".
    AsIsPerPhase,
    /// Every pain point in a phase without As-Is measures is answered by a linked To-Be.
    PainPointsAnswered,
    /// Every group has shared out.
    AllSharedOut,
    /// Every voter has cast a ballot for every audience.
    AllVoted,
    /// Every top-ranked measure is decided; start-now and owner-plans ones have an owner.
    TopMeasuresDecided,
    /// Every measure carried from last time has a status.
    AllReviewed,
}

/// One thing a check still misses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gap {
    /// The goal is not confirmed.
    GoalNotConfirmed,
    /// The done-when is empty.
    NoDoneWhen,
    /// A quadrant has no named persona.
    NoPersona(Quadrant),
    /// A quadrant's persona has no daily challenge.
    NoChallenge(Quadrant),
    /// No scheme is chosen.
    NoScheme,
    /// The chosen scheme has fewer than two phases.
    TooFewPhases,
    /// The choice has no reason.
    NoReason,
    /// There are no groups.
    NoGroups,
    /// A board cell that must not be empty is.
    EmptyCell(GroupId, PhaseId, NoteKind),
    /// A pain point with no As-Is measure in its phase and no To-Be answering it.
    Unanswered(NoteId),
    /// A group has not shared out.
    NotSharedOut(GroupId),
    /// There are no voters.
    NoVoters,
    /// A voter has not cast a ballot for an audience.
    NotVoted(ParticipantId, String),
    /// A top-ranked measure has no decision.
    Undecided(NoteId),
    /// A decision that needs an owner has none.
    NoOwner(NoteId),
    /// A measure carried from last time has no status yet.
    NotReviewed(NoteId),
}

/// A check's result: met when `gaps` is empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// The check.
    pub check: Check,
    /// What is still missing.
    pub gaps: Vec<Gap>,
}

impl Status {
    /// Whether nothing is missing.
    pub fn met(&self) -> bool {
        self.gaps.is_empty()
    }
}

/// Evaluates checks on a session, in order.
pub fn evaluate(session: &Session, checks: &[Check]) -> Vec<Status> {
    evaluate_seen(session, checks, |_| true)
}

/// Evaluates checks as someone sees them who sees only the notes `seen`
/// lets through: the room, which does not see private notes, finds a
/// cell whose notes are all private empty. Only the board checks read
/// notes; the others are as [`evaluate`] finds them.
pub fn evaluate_seen(session: &Session, checks: &[Check], seen: impl Fn(&NoteId) -> bool) -> Vec<Status> {
    checks.iter().map(|c| Status { check: *c, gaps: gaps(session, *c, &seen) }).collect()
}

/// The checks of a step, evaluated.
pub fn for_step(session: &Session, step: usize) -> Vec<Status> {
    let checks = session.header.template.steps.get(step).map_or(&[][..], |s| s.checks.as_slice());
    evaluate(session, checks)
}

fn gaps(s: &Session, check: Check, seen: &dyn Fn(&NoteId) -> bool) -> Vec<Gap> {
    let none_seen = |cell: Cell| !s.notes_in(cell).iter().any(seen);
    match check {
        Check::GoalConfirmed => {
            let mut g = Vec::new();
            if !s.goal_confirmed {
                g.push(Gap::GoalNotConfirmed);
            }
            if s.done_when.trim().is_empty() {
                g.push(Gap::NoDoneWhen);
            }
            g
        }
        Check::PersonasComplete => personas(s),
        Check::SchemeChosen => scheme(s),
        Check::PainPointsPerPhase => cells(s, none_seen, NoteKind::Pain),
        Check::AsIsPerPhase => cells(
            s,
            |cell| none_seen(cell) && !s.no_as_is.contains(&(cell.group, cell.phase)),
            NoteKind::AsIs,
        ),
        Check::PainPointsAnswered => unanswered(s, seen),
        Check::AllSharedOut => {
            s.groups.keys().filter(|g| !s.shared_out.contains(g)).map(|g| Gap::NotSharedOut(*g)).collect()
        }
        Check::AllVoted => voted(s),
        Check::TopMeasuresDecided => decided(s),
        Check::AllReviewed => s.unreviewed().into_iter().map(Gap::NotReviewed).collect(),
    }
}

fn personas(s: &Session) -> Vec<Gap> {
    let mut g = Vec::new();
    for q in Quadrant::ALL {
        let named = s.personas.values().filter(|p| p.quadrant == q && !p.name.trim().is_empty());
        let mut any = false;
        let mut challenged = false;
        for p in named {
            any = true;
            challenged |= p.challenges.iter().any(|c| !c.trim().is_empty());
        }
        if !any {
            g.push(Gap::NoPersona(q));
        } else if !challenged {
            g.push(Gap::NoChallenge(q));
        }
    }
    g
}

fn scheme(s: &Session) -> Vec<Gap> {
    let Some(choice) = &s.choice else { return vec![Gap::NoScheme] };
    let mut g = Vec::new();
    if s.chosen_scheme().is_none_or(|sc| sc.phases.len() < 2) {
        g.push(Gap::TooFewPhases);
    }
    if choice.reason.trim().is_empty() {
        g.push(Gap::NoReason);
    }
    g
}

fn cells(s: &Session, empty: impl Fn(Cell) -> bool, kind: NoteKind) -> Vec<Gap> {
    if s.groups.is_empty() {
        return vec![Gap::NoGroups];
    }
    let mut g = Vec::new();
    for group in s.groups.keys() {
        for phase in s.phases() {
            if empty(Cell { group: *group, phase: phase.id, kind }) {
                g.push(Gap::EmptyCell(*group, phase.id, kind));
            }
        }
    }
    g
}

fn unanswered(s: &Session, seen: &dyn Fn(&NoteId) -> bool) -> Vec<Gap> {
    let mut g = Vec::new();
    for group in s.groups.keys() {
        // What the group's seen To-Be notes answer: found once per group,
        // and only if a phase needs it.
        let mut answered: Option<BTreeSet<NoteId>> = None;
        for phase in s.phases() {
            let cell = |kind| Cell { group: *group, phase: phase.id, kind };
            if s.notes_in(cell(NoteKind::AsIs)).iter().any(seen) {
                continue;
            }
            let answered = answered.get_or_insert_with(|| answered_in(s, *group, seen));
            for pain in s.notes_in(cell(NoteKind::Pain)).iter().filter(|id| seen(id)) {
                if !answered.contains(pain) {
                    g.push(Gap::Unanswered(*pain));
                }
            }
        }
    }
    g
}

/// The notes a group's To-Be notes (those `seen`) answer, in any phase:
/// read from the group's cells in the cell index, not from every note.
fn answered_in(s: &Session, group: GroupId, seen: &dyn Fn(&NoteId) -> bool) -> BTreeSet<NoteId> {
    let first = Cell { group, phase: PhaseId(0), kind: NoteKind::ROWS[0] };
    s.cells
        .range(first..)
        .take_while(|(cell, _)| cell.group == group)
        .filter(|(cell, _)| cell.kind == NoteKind::ToBe)
        .flat_map(|(_, ids)| ids.iter().filter(|id| seen(id)))
        .filter_map(|id| s.notes.get(id))
        .flat_map(|n| n.answers.iter().copied())
        .collect()
}

fn voted(s: &Session) -> Vec<Gap> {
    let mut voters = s.voters().peekable();
    if voters.peek().is_none() {
        return vec![Gap::NoVoters];
    }
    let mut g = Vec::new();
    for (id, _) in voters {
        for aud in &s.header.template.voting.audiences {
            if !s.ballots.contains_key(&(id, aud.key.clone())) {
                g.push(Gap::NotVoted(id, aud.key.clone()));
            }
        }
    }
    g
}

/// The measures the room must decide: the top N of each audience's
/// ranking (ties at the cut included), in first-seen order.
pub fn top_measures(s: &Session) -> Vec<NoteId> {
    let n = s.header.template.voting.top_n;
    let mut out: Vec<NoteId> = Vec::new();
    for aud in &s.header.template.voting.audiences {
        for r in s.ranking(&aud.key) {
            if r.rank <= n && r.votes > 0 && !out.contains(&r.measure) {
                out.push(r.measure);
            }
        }
    }
    out
}

fn decided(s: &Session) -> Vec<Gap> {
    let mut g = Vec::new();
    for m in top_measures(s) {
        match s.decisions.get(&m) {
            None => g.push(Gap::Undecided(m)),
            Some(d) if d.action().needs_owner() && d.owner.is_none() => g.push(Gap::NoOwner(m)),
            Some(_) => {}
        }
    }
    for (m, d) in &s.decisions {
        if Action::needs_owner(d.action()) && d.owner.is_none() && !g.contains(&Gap::NoOwner(*m)) {
            g.push(Gap::NoOwner(*m));
        }
    }
    g
}

#[cfg(test)]
#[path = "checks_tests.rs"]
mod tests;
