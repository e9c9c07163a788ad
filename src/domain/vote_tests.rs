//! Votes through the fold: budgets, merges, rounds, reopen, load.

use proptest::prelude::*;

use super::decision::{Decision, Effort, Feasibility, Impact};
use super::event::{Event, Stamped};
use super::group::{Group, Participant};
use super::ids::{GroupId, NoteId, ParticipantId, PhaseId};
use super::note::{Note, NoteKind};
use super::{Journal, Lang, load, setup};

fn room(measures: u32, voters: u32) -> Journal {
    let (header, mut events) =
        setup::new_session(crate::templates::default_for(Lang::En), "g", None, 0).unwrap();
    let group = Group { name: "A".into(), persona: None, members: vec![] };
    events.push(Stamped { at: 1, event: Event::GroupSaved { id: GroupId(50), group } });
    for i in 0..measures {
        let kind = if i % 2 == 0 { NoteKind::AsIs } else { NoteKind::ToBe };
        let note = Note {
            group: GroupId(50),
            persona: None,
            phase: PhaseId(15),
            kind,
            text: format!("施策 {i}"),
            author: None,
            answers: vec![],
        };
        events.push(Stamped { at: 2, event: Event::NoteAdded { id: NoteId(100 + i), note } });
    }
    for v in 0..voters {
        let participant = Participant { name: format!("p{v}"), votes: true };
        events.push(Stamped {
            at: 3,
            event: Event::ParticipantSaved { id: ParticipantId(200 + v), participant },
        });
    }
    Journal::new(header, events)
}

fn ballot(voter: u32, audience: &str, picks: &[u32]) -> Event {
    Event::BallotCast {
        voter: ParticipantId(200 + voter),
        audience: audience.into(),
        picks: picks.iter().map(|p| NoteId(100 + p)).collect(),
    }
}

fn push(j: &mut Journal, event: Event) {
    let at = j.session().last_at + 1;
    j.push(Stamped { at, event });
}

fn votes(j: &Journal, audience: &str, m: u32) -> u32 {
    j.session().tally(audience).get(&NoteId(100 + m)).copied().unwrap_or(0)
}

#[test]
fn over_budget_and_duplicate_ballots_are_not_counted() {
    let mut j = room(6, 2);
    push(&mut j, ballot(0, "promoters", &[0, 1, 2, 3]));
    push(&mut j, ballot(1, "promoters", &[0, 0]));
    assert_eq!(votes(&j, "promoters", 0), 0);
    push(&mut j, ballot(0, "promoters", &[0, 1, 2]));
    assert_eq!(votes(&j, "promoters", 0), 1);
    assert_eq!(votes(&j, "end_users", 0), 0, "audiences are separate");
}

#[test]
fn a_new_ballot_replaces_the_voters_earlier_one() {
    let mut j = room(4, 1);
    push(&mut j, ballot(0, "promoters", &[0, 1]));
    push(&mut j, ballot(0, "promoters", &[2]));
    assert_eq!((votes(&j, "promoters", 0), votes(&j, "promoters", 2)), (0, 1));
}

#[test]
fn merged_measures_keep_both_sources_and_leave_the_list() {
    let mut j = room(4, 1);
    push(&mut j, Event::MeasuresMerged { keep: NoteId(100), merged: NoteId(102) });
    let list = j.session().vote_list();
    assert_eq!(list.len(), 3);
    assert_eq!(list[0], (NoteId(100), vec![NoteId(100), NoteId(102)]));
    push(&mut j, ballot(0, "promoters", &[2]));
    assert!(j.session().ballots.is_empty(), "a merged measure cannot be picked");
    push(&mut j, Event::MeasureUnmerged { merged: NoteId(102) });
    assert_eq!(j.session().vote_list().len(), 4);
}

#[test]
fn merges_are_refused_once_voting_opened() {
    let mut j = room(4, 1);
    push(&mut j, Event::VotingOpened);
    push(&mut j, Event::MeasuresMerged { keep: NoteId(100), merged: NoteId(102) });
    assert!(j.session().merged_into.is_empty());
}

#[test]
fn closed_rounds_refuse_ballots_until_reopened() {
    let mut j = room(4, 1);
    push(&mut j, Event::VotingClosed);
    push(&mut j, ballot(0, "promoters", &[1]));
    assert_eq!(votes(&j, "promoters", 1), 0);
    push(&mut j, Event::VotingReopened);
    push(&mut j, ballot(0, "promoters", &[1]));
    assert_eq!(votes(&j, "promoters", 1), 1);
}

#[test]
fn a_second_round_votes_on_the_top_measures_only() {
    let mut j = room(6, 2);
    push(&mut j, ballot(0, "promoters", &[0, 1, 2]));
    push(&mut j, Event::VotingClosed);
    push(&mut j, Event::RoundStarted { measures: vec![NoteId(100), NoteId(101)] });
    assert_eq!(j.session().past_rounds.len(), 1);
    assert!(j.session().ballots.is_empty());
    push(&mut j, ballot(1, "promoters", &[2]));
    assert!(j.session().ballots.is_empty(), "measure 2 is not in this round");
    push(&mut j, ballot(1, "promoters", &[1]));
    let ranking = j.session().ranking("promoters");
    assert_eq!(ranking.len(), 2);
    assert_eq!((ranking[0].measure, ranking[0].votes), (NoteId(101), 1));
}

#[test]
fn load_warns_when_an_owner_carries_more_than_twice_the_average() {
    let mut j = room(6, 3);
    let decide = |owner: u32, effort| Decision {
        impact: Impact::Effective,
        feasibility: Feasibility::Now,
        owner: Some(ParticipantId(200 + owner)),
        effort: Some(effort),
        due: None,
    };
    for (m, owner, effort) in
        [(0, 0, Effort::L), (1, 0, Effort::L), (2, 0, Effort::L), (3, 1, Effort::S), (4, 2, Effort::S)]
    {
        push(&mut j, Event::Decided { measure: NoteId(100 + m), decision: decide(owner, effort) });
    }
    let loads = load::by_owner(j.session());
    let summary: Vec<(u32, u32, bool)> = loads.iter().map(|l| (l.count, l.points, l.overloaded)).collect();
    // 9 + 1 + 1 = 11 points over 3 owners: average 3.67; 9 > 7.33.
    assert_eq!(summary, vec![(3, 9, true), (1, 1, false), (1, 1, false)]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    /// The tally always equals the accepted picks in effect, whatever the
    /// order of ballots, edits, undos and redos.
    #[test]
    fn tally_equals_the_count_of_accepted_picks(
        ops in prop::collection::vec(prop_oneof![
            (0u32..4, prop::bool::ANY, prop::collection::vec(0u32..8, 0..5))
                .prop_map(|(v, a, picks)| ballot(v, if a { "promoters" } else { "end_users" }, &picks)),
            (0u32..8).prop_map(|m| Event::NoteEdited { id: NoteId(100 + m), text: "edited".into() }),
            (0u32..8).prop_map(|m| Event::NoteDeleted { id: NoteId(100 + m) }),
            Just(Event::Undo),
            Just(Event::Redo),
            Just(Event::VotingClosed),
            Just(Event::VotingReopened),
        ], 0..60),
    ) {
        let mut j = room(8, 4);
        for op in ops {
            push(&mut j, op);
        }
        let s = j.session();
        // An independent model of which ballots stand: walk the events in
        // effect and apply the rules by hand.
        let effect = super::journal::effect(j.events());
        let mut model: std::collections::BTreeMap<(ParticipantId, String), Vec<NoteId>> = Default::default();
        let mut live: std::collections::BTreeSet<NoteId> = (100..108).map(NoteId).collect();
        let mut closed = false;
        for (e, on) in j.events().iter().zip(effect.in_effect) {
            if !on { continue; }
            match &e.event {
                Event::NoteDeleted { id } => { live.remove(id); }
                Event::VotingClosed => closed = true,
                Event::VotingReopened => closed = false,
                Event::BallotCast { voter, audience, picks } => {
                    let mut sorted = picks.clone();
                    sorted.sort();
                    sorted.dedup();
                    let ok = !closed && picks.len() <= 3 && sorted.len() == picks.len()
                        && picks.iter().all(|p| live.contains(p));
                    if ok { model.insert((*voter, audience.clone()), picks.clone()); }
                }
                _ => {}
            }
        }
        prop_assert_eq!(&s.ballots, &model);
        for aud in ["promoters", "end_users"] {
            let tally = s.tally(aud);
            let mut expected = std::collections::BTreeMap::new();
            for ((_, a), picks) in &s.ballots {
                prop_assert!(picks.len() <= 3);
                if a == aud {
                    for p in picks {
                        if tally.contains_key(p) {
                            *expected.entry(*p).or_insert(0u32) += 1;
                        }
                    }
                }
            }
            let nonzero: std::collections::BTreeMap<NoteId, u32> =
                tally.into_iter().filter(|(_, v)| *v > 0).collect();
            prop_assert_eq!(nonzero, expected);
        }
    }
}

#[test]
fn deleted_groups_and_notes_leave_the_vote_list_and_their_decisions() {
    let mut j = room(4, 1);
    let decision = Decision {
        impact: Impact::Effective,
        feasibility: Feasibility::Now,
        owner: None,
        effort: None,
        due: None,
    };
    push(&mut j, Event::Decided { measure: NoteId(100), decision: decision.clone() });
    push(&mut j, Event::Decided { measure: NoteId(999), decision });
    assert_eq!(j.session().decisions.len(), 1, "a decision needs a measure");
    push(&mut j, Event::NoteDeleted { id: NoteId(100) });
    assert!(j.session().decisions.is_empty());
    push(&mut j, Event::Undo);
    assert_eq!(j.session().decisions.len(), 1, "undo brings the note and its decision back");
    push(&mut j, Event::GroupDeleted { id: GroupId(50) });
    assert!(j.session().vote_list().is_empty());
}
