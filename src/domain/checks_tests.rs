use super::*;
use crate::domain::decision::{Decision, Feasibility, Impact};
use crate::domain::event::{Event, Stamped};
use crate::domain::group::{Group, Participant};
use crate::domain::note::Note;
use crate::domain::persona::Persona;
use crate::domain::{Journal, Lang, setup};

struct Room {
    journal: Journal,
    t: u64,
}

impl Room {
    fn new() -> Self {
        let template = crate::templates::default_for(Lang::En);
        let (header, seed) = setup::new_session(template, "decide", None, 0).unwrap();
        Self { journal: Journal::new(header, seed), t: 0 }
    }

    fn push(&mut self, event: Event) {
        self.t += 1000;
        self.journal.push(Stamped { at: self.t, event });
    }

    fn s(&self) -> &Session {
        self.journal.session()
    }

    fn id(&self) -> u32 {
        self.s().fresh_id()
    }

    fn choose_state_scheme(&mut self) -> Vec<PhaseId> {
        let (id, scheme) = self.s().schemes.iter().find(|(_, s)| s.name == "By state").unwrap();
        let (id, phases) = (*id, scheme.phases.iter().map(|p| p.id).collect());
        self.push(Event::SchemeChosen { id, reason: "states expose why onboarding stalls".into() });
        phases
    }

    fn group(&mut self) -> GroupId {
        let id = GroupId(self.id());
        self.push(Event::GroupSaved {
            id,
            group: Group { name: "A".into(), persona: None, members: vec![] },
        });
        id
    }

    fn note(&mut self, group: GroupId, phase: PhaseId, kind: NoteKind) -> NoteId {
        let id = NoteId(self.id());
        let note =
            Note { group, persona: None, phase, kind, text: "付箋".into(), author: None, answers: vec![] };
        self.push(Event::NoteAdded { id, note });
        id
    }

    fn voter(&mut self, name: &str) -> ParticipantId {
        let id = ParticipantId(self.id());
        self.push(Event::ParticipantSaved {
            id,
            participant: Participant { name: name.into(), votes: true },
        });
        id
    }

    fn gaps(&self, check: Check) -> Vec<Gap> {
        evaluate(self.s(), &[check]).remove(0).gaps
    }
}

#[test]
fn goal_needs_confirmation_and_a_done_when() {
    let mut room = Room::new();
    assert_eq!(room.gaps(Check::GoalConfirmed), vec![Gap::GoalNotConfirmed]);
    room.push(Event::GoalSet { goal: "g".into(), done_when: " ".into() });
    room.push(Event::GoalConfirmed);
    assert_eq!(room.gaps(Check::GoalConfirmed), vec![Gap::NoDoneWhen]);
    room.push(Event::GoalSet { goal: "g".into(), done_when: "ranked list".into() });
    assert!(room.gaps(Check::GoalConfirmed).is_empty());
}

#[test]
fn every_quadrant_needs_a_named_persona_with_a_challenge() {
    let mut room = Room::new();
    // The template seeds four named personas without challenges.
    let gaps = room.gaps(Check::PersonasComplete);
    assert_eq!(gaps, Quadrant::ALL.iter().map(|q| Gap::NoChallenge(*q)).collect::<Vec<_>>());
    let ids: Vec<_> = room.s().personas.keys().copied().collect();
    for id in &ids {
        let mut p: Persona = room.s().personas[id].clone();
        p.challenges = vec!["忙しくて資料を読めない".into()];
        room.push(Event::PersonaSaved { id: *id, persona: p });
    }
    assert!(room.gaps(Check::PersonasComplete).is_empty());
    room.push(Event::PersonaDeleted { id: ids[0] });
    assert_eq!(room.gaps(Check::PersonasComplete), vec![Gap::NoPersona(Quadrant::ALL[0])]);
}

#[test]
fn a_scheme_must_be_chosen_with_two_phases_and_a_reason() {
    let mut room = Room::new();
    assert_eq!(room.gaps(Check::SchemeChosen), vec![Gap::NoScheme]);
    room.choose_state_scheme();
    assert!(room.gaps(Check::SchemeChosen).is_empty());
    let id = room.s().choice.as_ref().unwrap().scheme;
    room.push(Event::SchemeChosen { id, reason: String::new() });
    assert_eq!(room.gaps(Check::SchemeChosen), vec![Gap::NoReason]);
    let mut scheme = room.s().schemes[&id].clone();
    scheme.phases.truncate(1);
    room.push(Event::SchemeSaved { id, scheme });
    assert_eq!(room.gaps(Check::SchemeChosen), vec![Gap::TooFewPhases, Gap::NoReason]);
}

#[test]
fn every_group_needs_a_pain_point_in_every_phase() {
    let mut room = Room::new();
    assert_eq!(room.gaps(Check::PainPointsPerPhase), vec![Gap::NoGroups]);
    let phases = room.choose_state_scheme();
    let g = room.group();
    assert_eq!(room.gaps(Check::PainPointsPerPhase).len(), 3);
    room.note(g, phases[0], NoteKind::Pain);
    room.note(g, phases[1], NoteKind::Pain);
    assert_eq!(room.gaps(Check::PainPointsPerPhase), vec![Gap::EmptyCell(g, phases[2], NoteKind::Pain)]);
}

#[test]
fn as_is_is_met_by_a_measure_or_an_explicit_none_today() {
    let mut room = Room::new();
    let phases = room.choose_state_scheme();
    let g = room.group();
    room.note(g, phases[0], NoteKind::AsIs);
    room.push(Event::AsIsNoneMarked { group: g, phase: phases[1], none: true });
    assert_eq!(room.gaps(Check::AsIsPerPhase), vec![Gap::EmptyCell(g, phases[2], NoteKind::AsIs)]);
    room.push(Event::AsIsNoneMarked { group: g, phase: phases[1], none: false });
    assert_eq!(room.gaps(Check::AsIsPerPhase).len(), 2);
}

#[test]
fn pain_points_without_as_is_need_a_linked_to_be() {
    let mut room = Room::new();
    let phases = room.choose_state_scheme();
    let g = room.group();
    let covered = room.note(g, phases[0], NoteKind::Pain);
    room.note(g, phases[0], NoteKind::AsIs);
    let open = room.note(g, phases[1], NoteKind::Pain);
    assert_eq!(room.gaps(Check::PainPointsAnswered), vec![Gap::Unanswered(open)]);
    let to_be = room.note(g, phases[1], NoteKind::ToBe);
    room.push(Event::NoteLinked { id: to_be, answers: vec![open] });
    assert!(room.gaps(Check::PainPointsAnswered).is_empty(), "{covered:?} has an As-Is");
}

#[test]
fn a_to_be_in_another_phase_or_of_another_group_is_told_apart() {
    let mut room = Room::new();
    let phases = room.choose_state_scheme();
    let g = room.group();
    let other = room.group();
    let open = room.note(g, phases[0], NoteKind::Pain);
    let theirs = room.note(other, phases[0], NoteKind::ToBe);
    room.push(Event::NoteLinked { id: theirs, answers: vec![open] });
    assert_eq!(room.gaps(Check::PainPointsAnswered), vec![Gap::Unanswered(open)], "another group's");
    let later = room.note(g, phases[2], NoteKind::ToBe);
    room.push(Event::NoteLinked { id: later, answers: vec![open] });
    assert!(room.gaps(Check::PainPointsAnswered).is_empty(), "a To-Be of the group in any phase answers");
}

#[test]
fn seen_by_someone_who_misses_a_note_a_cell_of_only_that_note_is_empty() {
    let mut room = Room::new();
    let phases = room.choose_state_scheme();
    let g = room.group();
    let pain = room.note(g, phases[0], NoteKind::Pain);
    let as_is = room.note(g, phases[0], NoteKind::AsIs);
    let to_be = room.note(g, phases[1], NoteKind::ToBe);
    room.push(Event::NoteLinked { id: to_be, answers: vec![pain] });
    let all = |check| evaluate(room.s(), &[check]).remove(0).gaps;
    let seen = |check, hidden: NoteId| evaluate_seen(room.s(), &[check], |id| *id != hidden).remove(0).gaps;
    assert!(!all(Check::AsIsPerPhase).contains(&Gap::EmptyCell(g, phases[0], NoteKind::AsIs)));
    assert!(seen(Check::AsIsPerPhase, as_is).contains(&Gap::EmptyCell(g, phases[0], NoteKind::AsIs)));
    assert!(seen(Check::PainPointsPerPhase, pain).contains(&Gap::EmptyCell(g, phases[0], NoteKind::Pain)));
    // Without the As-Is the pain point needs a To-Be: the one it has answers...
    assert!(seen(Check::PainPointsAnswered, as_is).is_empty());
    // ...unless that is not seen either.
    let hidden = |id: &NoteId| *id == as_is || *id == to_be;
    let gaps = evaluate_seen(room.s(), &[Check::PainPointsAnswered], |id| !hidden(id)).remove(0).gaps;
    assert_eq!(gaps, vec![Gap::Unanswered(pain)]);
}

#[test]
fn every_group_must_share_out() {
    let mut room = Room::new();
    let (a, b) = (room.group(), room.group());
    room.push(Event::ShareOutStarted { group: a });
    assert_eq!(room.gaps(Check::AllSharedOut), vec![Gap::NotSharedOut(b)]);
}

#[test]
fn every_voter_casts_a_ballot_per_audience() {
    let mut room = Room::new();
    assert_eq!(room.gaps(Check::AllVoted), vec![Gap::NoVoters]);
    let phases = room.choose_state_scheme();
    let g = room.group();
    let m = room.note(g, phases[0], NoteKind::ToBe);
    let v = room.voter("佐藤");
    room.push(Event::BallotCast { voter: v, audience: "promoters".into(), picks: vec![m] });
    assert_eq!(room.gaps(Check::AllVoted), vec![Gap::NotVoted(v, "end_users".into())]);
    room.push(Event::BallotCast { voter: v, audience: "end_users".into(), picks: vec![] });
    assert!(room.gaps(Check::AllVoted).is_empty());
}

#[test]
fn top_measures_need_decisions_and_owners() {
    let mut room = Room::new();
    let phases = room.choose_state_scheme();
    let g = room.group();
    let m1 = room.note(g, phases[0], NoteKind::ToBe);
    let m2 = room.note(g, phases[1], NoteKind::AsIs);
    let unvoted = room.note(g, phases[2], NoteKind::AsIs);
    let v = room.voter("Ken");
    room.push(Event::BallotCast { voter: v, audience: "promoters".into(), picks: vec![m1, m2] });
    room.push(Event::VotingClosed);
    assert_eq!(top_measures(room.s()), vec![m1, m2]);
    assert_eq!(room.gaps(Check::TopMeasuresDecided), vec![Gap::Undecided(m1), Gap::Undecided(m2)]);
    let start = Decision {
        impact: Impact::Effective,
        feasibility: Feasibility::Now,
        owner: None,
        effort: None,
        due: None,
    };
    room.push(Event::Decided { measure: m1, decision: start.clone() });
    let postpone = Decision { impact: Impact::Indirect, feasibility: Feasibility::Hard, ..start.clone() };
    room.push(Event::Decided { measure: m2, decision: postpone });
    assert_eq!(room.gaps(Check::TopMeasuresDecided), vec![Gap::NoOwner(m1)]);
    room.push(Event::Decided { measure: m1, decision: Decision { owner: Some(v), ..start } });
    assert!(room.gaps(Check::TopMeasuresDecided).is_empty(), "{unvoted:?} got no votes, so is not top");
}

#[test]
fn steps_of_the_built_in_agenda_carry_their_checks() {
    let room = Room::new();
    let statuses = for_step(room.s(), 3);
    let checks: Vec<Check> = statuses.iter().map(|s| s.check).collect();
    assert_eq!(checks, vec![Check::PainPointsPerPhase, Check::AsIsPerPhase, Check::PainPointsAnswered]);
    assert!(for_step(room.s(), 7).is_empty());
}
