use std::collections::BTreeSet;

use super::*;
use crate::domain::checks;
use crate::domain::event::{Event, Stamped};
use crate::domain::group::Group;
use crate::domain::note::Note;
use crate::domain::{Journal, Lang, NoteId, setup};

const BOARD_CHECKS: [Check; 3] = [Check::PainPointsPerPhase, Check::AsIsPerPhase, Check::PainPointsAnswered];

struct Room {
    journal: Journal,
    phases: Vec<PhaseId>,
}

impl Room {
    /// The state scheme (3 phases) chosen, groups A and B, no notes.
    fn new() -> (Self, GroupId, GroupId) {
        let (header, seed) =
            setup::new_session(crate::templates::default_for(Lang::En), "decide", None, 0).expect("goal");
        let mut room = Room { journal: Journal::new(header, seed), phases: vec![] };
        let (id, scheme) = room
            .s()
            .schemes
            .iter()
            .find(|(_, s)| s.name == "By state")
            .map(|(i, s)| (*i, s.clone()))
            .expect("scheme");
        room.phases = scheme.phases.iter().map(|p| p.id).collect();
        room.push(Event::SchemeChosen { id, reason: "states".into() });
        let a = room.group("A");
        let b = room.group("B");
        (room, a, b)
    }

    fn s(&self) -> &Session {
        self.journal.session()
    }

    fn push(&mut self, event: Event) {
        self.journal.push(Stamped { at: 1000, event });
    }

    fn group(&mut self, name: &str) -> GroupId {
        let id = GroupId(self.s().fresh_id());
        self.push(Event::GroupSaved {
            id,
            group: Group { name: name.into(), persona: None, members: vec![] },
        });
        id
    }

    fn note(&mut self, group: GroupId, phase: usize, kind: NoteKind) -> NoteId {
        let id = NoteId(self.s().fresh_id());
        let note = Note {
            group,
            persona: None,
            phase: self.phases[phase],
            kind,
            text: "付箋".into(),
            author: None,
            answers: vec![],
        };
        self.push(Event::NoteAdded { id, note });
        id
    }

    fn overview(&self) -> Overview {
        let gaps: Vec<Gap> =
            checks::evaluate(self.s(), &BOARD_CHECKS).into_iter().flat_map(|st| st.gaps).collect();
        Overview::build(self.s(), &gaps, &BTreeSet::new())
    }
}

#[test]
fn counts_notes_per_group_phase_and_kind() {
    let (mut room, a, b) = Room::new();
    room.note(a, 0, NoteKind::Pain);
    room.note(a, 0, NoteKind::Pain);
    room.note(a, 2, NoteKind::ToBe);
    room.note(b, 1, NoteKind::AsIs);
    let o = room.overview();
    assert_eq!(o.phases, room.phases);
    assert_eq!(o.groups.iter().map(|g| g.group).collect::<Vec<_>>(), vec![a, b]);
    let ga = o.group(a).expect("A");
    let counts: Vec<[usize; 3]> = ga.cells.iter().map(|r| r.map(|t| t.notes)).collect();
    assert_eq!(counts, vec![[2, 0, 0], [0, 0, 0], [0, 0, 1]]);
    assert_eq!(ga.totals(), [2, 0, 1]);
    assert_eq!(o.group(b).expect("B").totals(), [0, 1, 0]);
}

#[test]
fn empty_required_cells_are_gaps_and_none_today_is_not() {
    let (mut room, a, b) = Room::new();
    for phase in 0..3 {
        room.note(a, phase, NoteKind::Pain);
        room.note(a, phase, NoteKind::AsIs);
    }
    room.push(Event::AsIsNoneMarked { group: b, phase: room.phases[1], none: true });
    let o = room.overview();
    let ga = o.group(a).expect("A");
    assert_eq!(ga.gaps, 0, "every pain point has an As-Is in its phase");
    assert!(ga.cells.iter().flatten().all(|t| !t.is_gap()), "an empty To-Be is no gap by itself");
    let gb = o.group(b).expect("B");
    let empty: Vec<[bool; 3]> = gb.cells.iter().map(|r| r.map(|t| t.empty_gap)).collect();
    assert_eq!(empty, vec![[true, true, false], [true, false, false], [true, true, false]]);
    assert!(gb.cells[1][1].none_today && gb.cells[1][1].notes == 0);
    assert!(!gb.cells[0][1].none_today);
    assert_eq!(gb.gaps, 5);
}

#[test]
fn unanswered_pain_points_count_in_their_phase_to_be_cell() {
    let (mut room, a, _) = Room::new();
    let p1 = room.note(a, 2, NoteKind::Pain);
    room.note(a, 2, NoteKind::Pain);
    let o = room.overview();
    let ga = o.group(a).expect("A");
    assert_eq!(ga.cells[2][2].unanswered, 2);
    assert!(ga.cells[2][2].is_gap() && !ga.cells[2][2].empty_gap);
    // 2 unanswered + As-Is missing in 3 phases + pain missing in 2.
    assert_eq!(ga.gaps, 7);
    let to_be = room.note(a, 2, NoteKind::ToBe);
    room.push(Event::NoteLinked { id: to_be, answers: vec![p1] });
    let o = room.overview();
    assert_eq!(o.group(a).expect("A").cells[2][2].unanswered, 1);
    assert_eq!(o.group(a).expect("A").gaps, 6);
}

#[test]
fn gaps_of_other_checks_are_ignored() {
    let (room, a, b) = Room::new();
    let gaps = [Gap::NotSharedOut(a), Gap::NoGroups, Gap::Unanswered(NoteId(9999))];
    let o = Overview::build(room.s(), &gaps, &BTreeSet::new());
    assert!(o.groups.iter().all(|g| g.gaps == 0), "{o:?}");
    assert_eq!(o.group(b).map(|g| g.cells.len()), Some(3));
}

#[test]
fn without_groups_or_phases_it_is_empty() {
    let (header, seed) =
        setup::new_session(crate::templates::default_for(Lang::En), "decide", None, 0).expect("goal");
    let journal = Journal::new(header, seed);
    let o = Overview::build(journal.session(), &[Gap::NoGroups], &BTreeSet::new());
    assert!(o.groups.is_empty());
}

fn private(room: &mut Room, id: NoteId) {
    room.push(Event::NotePrivacySet { id, private: true });
}

#[test]
fn for_the_room_a_cell_whose_notes_are_all_private_is_an_empty_gap() {
    let (mut room, a, _) = Room::new();
    let pain = room.note(a, 0, NoteKind::Pain);
    room.note(a, 0, NoteKind::AsIs);
    private(&mut room, pain);
    let own = room.overview();
    assert_eq!(own.group(a).expect("A").cells[0][0], Tally { notes: 1, ..Tally::default() });
    let seen = Overview::seen_by_room(room.s(), &BOARD_CHECKS);
    let cell = seen.group(a).expect("A").cells[0][0];
    assert_eq!(cell, Tally { notes: 0, empty_gap: true, ..Tally::default() });
    assert_eq!(seen.group(a).expect("A").gaps, own.group(a).expect("A").gaps + 1);
}

#[test]
fn for_the_room_a_private_as_is_or_to_be_leaves_its_pain_points_unanswered() {
    let (mut room, a, _) = Room::new();
    let pain = room.note(a, 1, NoteKind::Pain);
    room.note(a, 1, NoteKind::Pain);
    let as_is = room.note(a, 1, NoteKind::AsIs);
    private(&mut room, as_is);
    let seen = Overview::seen_by_room(room.s(), &BOARD_CHECKS);
    let row = seen.group(a).expect("A").cells[1];
    assert_eq!((row[1].notes, row[1].empty_gap), (0, true), "the room sees no As-Is");
    assert_eq!(row[2].unanswered, 2, "both pain points need a To-Be for the room");
    assert_eq!(room.overview().group(a).expect("A").cells[1][2].unanswered, 0);
    // A To-Be answering one of them: private, it answers nothing the room sees.
    let to_be = room.note(a, 1, NoteKind::ToBe);
    room.push(Event::NoteLinked { id: to_be, answers: vec![pain] });
    private(&mut room, to_be);
    let seen = Overview::seen_by_room(room.s(), &BOARD_CHECKS);
    assert_eq!(seen.group(a).expect("A").cells[1][2], Tally { unanswered: 2, ..Tally::default() });
    room.push(Event::NotePrivacySet { id: to_be, private: false });
    let seen = Overview::seen_by_room(room.s(), &BOARD_CHECKS);
    assert_eq!(seen.group(a).expect("A").cells[1][2], Tally { notes: 1, unanswered: 1, ..Tally::default() });
}

#[test]
fn a_private_pain_point_is_not_counted_unanswered_for_the_room() {
    let (mut room, a, _) = Room::new();
    room.note(a, 2, NoteKind::Pain);
    let hidden = room.note(a, 2, NoteKind::Pain);
    private(&mut room, hidden);
    assert_eq!(room.overview().group(a).expect("A").cells[2][2].unanswered, 2);
    let seen = Overview::seen_by_room(room.s(), &BOARD_CHECKS);
    let ga = seen.group(a).expect("A");
    assert_eq!((ga.cells[2][0].notes, ga.cells[2][2].unanswered), (1, 1));
    assert_eq!(ga.gaps, room.overview().group(a).expect("A").gaps - 1);
}
