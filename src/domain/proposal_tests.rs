use super::*;
use crate::domain::agenda::Lang;
use crate::domain::discuss::{Groups, Words, header, start};
use crate::domain::event::Stamped;
use crate::domain::journal::fold;

const NOW: Millis = 1_000_000;

/// A discussion of two groups ("Group A", "Group B"), on its discussion
/// step, with 佐藤 in A and Lee in B.
fn room() -> (crate::domain::Header, Vec<Stamped>) {
    let template = crate::templates::default_for(Lang::En).discussion_only(90).expect("valid");
    let header = header(template, "decide", None, NOW);
    let mut events =
        start(&Session::new(header.clone()), Groups::Count(2), Words { group: "Group ", reason: "r" }, NOW);
    let s = fold(header.clone(), &events);
    let ids: Vec<GroupId> = s.groups.keys().copied().collect();
    for (name, group) in [("佐藤", ids[0]), ("Lee", ids[1])] {
        let s = fold(header.clone(), &events);
        let id = ParticipantId(s.fresh_id());
        events.push(Stamped { at: NOW, event: Event::ParticipantJoined { id, name: name.into(), group } });
    }
    (header, events)
}

fn state() -> Session {
    let (header, events) = room();
    fold(header, &events)
}

fn after(events: Vec<Event>) -> Session {
    let (header, mut all) = room();
    all.extend(events.into_iter().map(|event| Stamped { at: NOW + 1, event }));
    fold(header, &all)
}

fn add(s: &Session, kind: NoteKind, text: &str) -> Proposal {
    Proposal::AddNote { phase: s.phases()[0].id, kind, text: text.into() }
}

fn group(s: &Session, i: usize) -> GroupId {
    s.groups.keys().copied().nth(i).expect("two groups")
}

#[test]
fn a_note_proposed_by_a_member_becomes_its_groups_note_with_its_author() {
    let s = state();
    assert_eq!(s.current_step(), crate::domain::discuss::discussion_step(&s.header.template).unwrap());
    let events = check(&s, "佐藤", &add(&s, NoteKind::Pain, "  待ち時間が長い ")).unwrap();
    let [Event::NoteAdded { id, note }] = events.as_slice() else { panic!("{events:?}") };
    assert_eq!(id.0, s.fresh_id());
    assert_eq!(note.group, group(&s, 0));
    assert_eq!(note.text, "待ち時間が長い");
    assert_eq!(note.author.as_deref(), Some("佐藤"));
    assert_eq!(note.persona, s.groups[&group(&s, 0)].persona);
}

#[test]
fn another_groups_note_is_refused_and_the_own_groups_is_not() {
    let s = state();
    let mut events = check(&s, "Lee", &add(&s, NoteKind::Pain, "b's")).unwrap();
    events.extend(check(&after(events.clone()), "佐藤", &add(&s, NoteKind::Pain, "a's")).unwrap());
    let s = after(events);
    let (b, a) = (NoteId(s.notes.keys().next().unwrap().0), NoteId(s.notes.keys().nth(1).unwrap().0));
    assert_eq!(s.notes[&b].author.as_deref(), Some("Lee"));
    for p in [
        Proposal::EditNote { id: b, text: "mine now".into() },
        Proposal::DeleteNote { id: b },
        Proposal::LinkNote { id: b, answers: vec![] },
    ] {
        assert_eq!(check(&s, "佐藤", &p), Err(Refusal::OtherGroup), "{p:?}");
    }
    assert_eq!(
        check(&s, "佐藤", &Proposal::EditNote { id: a, text: "better".into() }),
        Ok(vec![Event::NoteEdited { id: a, text: "better".into() }])
    );
    assert_eq!(check(&s, "佐藤", &Proposal::DeleteNote { id: a }), Ok(vec![Event::NoteDeleted { id: a }]));
    assert_eq!(check(&s, "佐藤", &Proposal::DeleteNote { id: NoteId(999) }), Err(Refusal::NoSuchNote));
}

#[test]
fn text_is_checked() {
    let s = state();
    let long = "あ".repeat(MAX_TEXT_CHARS + 1);
    assert_eq!(check(&s, "佐藤", &add(&s, NoteKind::Pain, "  ")), Err(Refusal::EmptyText));
    assert_eq!(check(&s, "佐藤", &add(&s, NoteKind::Pain, &long)), Err(Refusal::TooLong));
    assert_eq!(
        check(&s, "佐藤", &add(&s, NoteKind::Pain, "a\u{1b}]0;x\u{7}")),
        Err(Refusal::ControlCharacter)
    );
    assert!(check(&s, "佐藤", &add(&s, NoteKind::Pain, &"あ".repeat(MAX_TEXT_CHARS))).is_ok());
    let bad_phase = Proposal::AddNote { phase: PhaseId(9999), kind: NoteKind::Pain, text: "x".into() };
    assert_eq!(check(&s, "佐藤", &bad_phase), Err(Refusal::NoSuchPhase));
}

#[test]
fn a_stranger_and_other_steps_are_refused() {
    let s = state();
    assert_eq!(check(&s, "nobody", &add(&s, NoteKind::Pain, "x")), Err(Refusal::NoGroup));
    let later = after(vec![Event::StepEntered { step: s.current_step() + 1 }]);
    assert_eq!(check(&later, "佐藤", &add(&s, NoteKind::Pain, "x")), Err(Refusal::NotDiscussion));
}

#[test]
fn a_to_be_links_to_its_groups_pain_points_only() {
    let s = state();
    let mut events = Vec::new();
    for (who, kind) in [("佐藤", NoteKind::Pain), ("佐藤", NoteKind::ToBe), ("Lee", NoteKind::Pain)] {
        let now = after(events.clone());
        events.extend(check(&now, who, &add(&s, kind, "n")).unwrap());
    }
    let s = after(events);
    let ids: Vec<NoteId> = s.notes.keys().copied().collect();
    let (pain, to_be, other) = (ids[0], ids[1], ids[2]);
    let link = |id, answers: Vec<NoteId>| check(&s, "佐藤", &Proposal::LinkNote { id, answers });
    assert_eq!(link(to_be, vec![pain, pain]), Ok(vec![Event::NoteLinked { id: to_be, answers: vec![pain] }]));
    assert_eq!(link(pain, vec![pain]), Err(Refusal::NotLinkable), "a pain is not linked");
    assert_eq!(link(to_be, vec![to_be]), Err(Refusal::NotLinkable), "only to pain points");
    assert_eq!(link(to_be, vec![other]), Err(Refusal::OtherGroup));
}

#[test]
fn take_stamps_accepts_and_refusals_and_never_takes_a_line_twice() {
    let s = state();
    let line = Numbered { n: 1, at: 5, proposal: add(&s, NoteKind::Pain, "x") };
    let events = take(&s, "佐藤", Some(&line), 40);
    assert!(matches!(
        &events[..],
        [Event::ProposalAccepted { number: 1, offset: 40, .. }, Event::NoteAdded { .. }]
    ));
    let s = after(events);
    assert_eq!(s.outboxes["佐藤"], Progress { number: 1, offset: 40 });
    assert!(take(&s, "佐藤", Some(&line), 40).is_empty(), "the same line again: nothing");
    assert_eq!(
        take(&s, "佐藤", Some(&line), 80),
        vec![Event::ProposalRefused {
            from: "佐藤".into(),
            number: 1,
            offset: 80,
            reason: Refusal::OutOfOrder
        }]
    );
    assert_eq!(
        take(&s, "佐藤", None, 90),
        vec![Event::ProposalRefused {
            from: "佐藤".into(),
            number: 1,
            offset: 90,
            reason: Refusal::Unreadable
        }]
    );
    let other = Numbered { n: 2, at: 5, proposal: add(&s, NoteKind::Pain, "") };
    assert!(matches!(
        &take(&s, "佐藤", Some(&other), 90)[..],
        [Event::ProposalRefused { reason: Refusal::EmptyText, .. }]
    ));
}

#[test]
fn joining_puts_a_new_name_into_the_group_asked_for_and_keeps_a_members_group() {
    let s = state();
    let ask = |name: &str, group: &str| OutboxHeader {
        format: 1,
        participant: name.into(),
        session: NOW,
        group: Some(group.into()),
    };
    let Some(Event::ParticipantJoined { id, name, group: g }) = joining(&s, &ask("田中", "b")) else {
        panic!("joins")
    };
    assert_eq!((id.0, name.as_str(), g), (s.fresh_id(), "田中", group(&s, 1)));
    let s2 = after(vec![Event::ParticipantJoined { id, name, group: g }]);
    assert_eq!(group_of(&s2, "田中"), Some(group(&s, 1)));
    assert!(!Event::ParticipantJoined { id, name: "x".into(), group: g }.is_undoable());
    assert_eq!(joining(&s, &ask("佐藤", "B")), None, "a member's group is its own");
    assert_eq!(joining(&s, &ask("田中", "Z")), None, "no such group");
    assert_eq!(joining(&s, &ask("../x", "A")), None, "not a name");
    assert_eq!(find_group(&s, "Group B"), Some(group(&s, 1)));
    assert_eq!(find_group(&s, "2"), Some(group(&s, 1)));
    assert_eq!(find_group(&s, "0"), None);
}

#[test]
fn names_that_cannot_name_a_file_are_not_names() {
    for bad in ["", ".hidden", "a/b", "a\\b", " x", "x ", "a\u{7}", &"x".repeat(MAX_NAME_CHARS + 1)] {
        assert!(!valid_name(bad), "{bad:?}");
    }
    for good in ["佐藤", "Lee", "mary-jane", "山田 花子"] {
        assert!(valid_name(good), "{good:?}");
    }
}

/// The room with five To-Be measures of Group A, then `more`.
fn voting(more: Vec<Event>) -> (Session, Vec<NoteId>) {
    let s = state();
    let mut events = Vec::new();
    let mut ids = Vec::new();
    for i in 0..5 {
        let id = NoteId(s.fresh_id() + i);
        let note = Note {
            group: group(&s, 0),
            persona: None,
            phase: s.phases()[0].id,
            kind: NoteKind::ToBe,
            text: format!("measure {i}"),
            author: None,
            answers: Vec::new(),
        };
        events.push(Event::NoteAdded { id, note });
        ids.push(id);
    }
    events.extend(more);
    (after(events), ids)
}

fn ballot(audience: &str, picks: &[NoteId]) -> Proposal {
    Proposal::Ballot { audience: audience.into(), picks: picks.to_vec() }
}

#[test]
fn a_ballot_from_a_voters_terminal_is_checked_by_the_vote_rules_and_recorded_hidden() {
    let (s, m) = voting(vec![Event::VotingOpened]);
    let key = s.header.template.voting.audiences[0].key.clone();
    let sato = participant_named(&s, "佐藤").unwrap();
    let events = check(&s, "佐藤", &ballot(&key, &m[..3])).unwrap();
    assert_eq!(
        events,
        vec![Event::BallotSent { voter: sato, audience: key.clone(), picks: m[..3].to_vec() }]
    );
    let (s2, _) = voting(vec![Event::VotingOpened, events[0].clone()]);
    assert_eq!(s2.ballots[&(sato, key.clone())], m[..3].to_vec());
    assert!(s2.ballot_hidden(sato), "own picks are hidden while the round is open");
    assert_eq!(
        s2.picks_left(sato),
        s.header.template.voting.audiences.iter().map(|a| a.budget).sum::<u32>() - 3
    );
    let (closed, _) = voting(vec![Event::VotingOpened, events[0].clone(), Event::VotingClosed]);
    assert!(!closed.ballot_hidden(sato), "closing reveals");
    let (next, _) = voting(vec![
        Event::VotingOpened,
        events[0].clone(),
        Event::VotingClosed,
        Event::RoundStarted { measures: m.clone() },
    ]);
    assert!(next.own_ballots.is_empty(), "a new round starts with no ballots");
}

#[test]
fn ballots_over_budget_twice_picked_closed_or_not_open_are_refused_with_the_reason() {
    let (s, m) = voting(vec![Event::VotingOpened]);
    let key = s.header.template.voting.audiences[0].key.clone();
    assert_eq!(check(&s, "佐藤", &ballot(&key, &m[..4])), Err(Refusal::OverBudget));
    assert_eq!(check(&s, "佐藤", &ballot(&key, &[m[0], m[0]])), Err(Refusal::AlreadyPicked));
    assert_eq!(check(&s, "佐藤", &ballot("nobody", &m[..1])), Err(Refusal::NoSuchAudience));
    assert_eq!(check(&s, "佐藤", &ballot(&key, &[NoteId(9999)])), Err(Refusal::NotOnBallot));
    assert_eq!(check(&s, "Kim", &ballot(&key, &m[..1])), Err(Refusal::NotAVoter));
    let (before, _) = voting(vec![]);
    assert_eq!(check(&before, "佐藤", &ballot(&key, &m[..1])), Err(Refusal::VotingNotOpen));
    let (closed, _) = voting(vec![Event::VotingOpened, Event::VotingClosed]);
    assert_eq!(check(&closed, "佐藤", &ballot(&key, &m[..1])), Err(Refusal::VotingClosed));
    let taken = take(&closed, "佐藤", Some(&Numbered { n: 1, at: NOW, proposal: ballot(&key, &m[..1]) }), 10);
    assert!(
        matches!(taken.as_slice(), [Event::ProposalRefused { reason: Refusal::VotingClosed, .. }]),
        "{taken:?}"
    );
}
