//! Property tests: the fold agrees with the journal, and the file keeps
//! every event exactly.

use crate::common;

use cjm::domain::journal::effect;
use cjm::domain::{Event, Journal, fold};
use cjm::store::{self, Writer};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn fold_equals_the_journal_pushed_one_by_one(events in common::events_with_batches(60)) {
        let header = common::header();
        let mut journal = Journal::new(header.clone(), Vec::new());
        for e in &events {
            journal.push(e.clone());
        }
        let folded = fold(header.clone(), &events);
        prop_assert_eq!(journal.session(), &folded);
        prop_assert_eq!(journal.events(), &events[..]);
        // A journal opened on the whole log agrees too, undo/redo counts included.
        let reopened = Journal::new(header, events.clone());
        prop_assert_eq!(reopened.session(), &folded);
        prop_assert_eq!(reopened.can_undo(), journal.can_undo());
        prop_assert_eq!(reopened.can_redo(), journal.can_redo());
        // Whatever the events, the clocks and the parts can be read.
        let last = events.last().map_or(common::T0, |e| e.at);
        for step in 0..folded.header.template.steps.len() {
            let slots = folded.part_slots(step);
            prop_assert!(slots.windows(2).all(|w| w[0].end == w[1].start && w[0].start <= w[0].end));
            prop_assert_eq!(slots.last().map(|s| s.end), (!slots.is_empty()).then(|| folded.timebox(step)));
            let _ = folded.part_now(step, last + 60_000);
        }
        let _ = folded.countdown(last + 60_000);
    }

    #[test]
    fn the_file_keeps_every_event(seed_len in 0usize..4, events in common::events(40)) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ron");
        let header = common::nasty_header();
        let seed_len = seed_len.min(events.len());
        let (seed, rest) = events.split_at(seed_len);
        store::create(&path, &header, seed, false).unwrap();
        {
            let mut writer = Writer::open(&path).unwrap();
            for e in rest {
                writer.append(e).unwrap();
            }
        }
        let parsed = store::load(&path).unwrap();
        prop_assert!(parsed.torn.is_none(), "unexpected torn tail: {:?}", parsed.torn);
        prop_assert_eq!(&parsed.header, &header);
        prop_assert_eq!(&parsed.events, &events);
        prop_assert_eq!(fold(parsed.header, &parsed.events), fold(header, &events));
    }

    #[test]
    fn undo_and_redo_never_cross_the_creation_barrier(events in common::events_with_batches(60)) {
        let whole = effect(&events).in_effect;
        for (c, _) in events.iter().enumerate().filter(|(_, e)| e.event == Event::Created) {
            // What was in effect when the session was created stays so,
            // whatever undo and redo come later.
            let at_creation = effect(&events[..=c]).in_effect;
            prop_assert_eq!(&whole[..=c], &at_creation[..]);
            // Right after it there is nothing to undo or redo.
            let after = effect(&events[..=c]);
            prop_assert_eq!((after.undoable, after.redoable), (0, 0));
        }
    }

    #[test]
    fn a_cut_anywhere_in_the_last_record_is_a_torn_tail(
        events in common::events(12).prop_filter("at least one event", |e| !e.is_empty()),
        at in any::<prop::sample::Index>(),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ron");
        store::create(&path, &common::header(), &events, false).unwrap();
        let full = std::fs::read(&path).unwrap();
        let last = store::format::encode_event(&events[events.len() - 1]).unwrap();
        let start = full.len() - last.len();
        // Keep 1..=len-2 bytes of the record: never its closing ')'
        // (without only its newline the record is whole, and kept).
        let cut = start + 1 + at.index(last.len() - 2);
        std::fs::write(&path, &full[..cut]).unwrap();
        let parsed = store::load(&path).unwrap();
        prop_assert_eq!(&parsed.events[..], &events[..events.len() - 1]);
        let torn = parsed.torn.expect("a torn tail");
        prop_assert_eq!(torn.offset, start);
        prop_assert_eq!(std::fs::read(&path).unwrap(), &full[..cut]);
    }

    #[test]
    fn one_undo_takes_back_a_whole_batch_and_one_redo_restores_it(actions in common::actions(12)) {
        let header = common::header();
        let mut journal = Journal::new(header.clone(), Vec::new());
        let mut states = vec![journal.session().clone()];
        for action in &actions {
            journal.push_all(action.clone());
            states.push(journal.session().clone());
        }
        // Undo walks back action by action, each to the state before it
        // (the counts aside: undo is an event too).
        let same = |a: &cjm::domain::Session, b: &cjm::domain::Session| {
            (&a.goal, &a.notes, &a.groups, &a.participants, &a.parking, &a.decisions, &a.ballots)
                == (&b.goal, &b.notes, &b.groups, &b.participants, &b.parking, &b.decisions, &b.ballots)
        };
        let changes = actions.iter().filter(|a| a.iter().any(|s| s.event.is_undoable())).count();
        let mut at = common::T0 + 100_000_000;
        let mut expected: Vec<&cjm::domain::Session> = Vec::new();
        for (i, action) in actions.iter().enumerate().rev() {
            if action.iter().any(|s| s.event.is_undoable()) {
                expected.push(&states[i]);
            }
        }
        prop_assert_eq!(expected.len(), changes);
        for before in &expected {
            at += 1;
            journal.push(cjm::domain::Stamped { at, event: Event::Undo });
            prop_assert!(same(journal.session(), before));
        }
        prop_assert!(!journal.can_undo());
        for _ in 0..changes {
            at += 1;
            journal.push(cjm::domain::Stamped { at, event: Event::Redo });
        }
        prop_assert!(same(journal.session(), &states[states.len() - 1]));
        prop_assert_eq!(journal.session(), &fold(header, journal.events()));
    }

    #[test]
    fn actions_written_whole_load_whole_and_a_torn_batch_is_dropped_whole(
        actions in common::actions(10).prop_filter("an action", |a| !a.is_empty()),
        at in any::<prop::sample::Index>(),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ron");
        store::create(&path, &common::header(), &[], false).unwrap();
        {
            let mut writer = Writer::open(&path).unwrap();
            for action in &actions {
                writer.append_all(action).unwrap();
            }
        }
        let all: Vec<_> = actions.iter().flatten().cloned().collect();
        let parsed = store::load(&path).unwrap();
        prop_assert!(parsed.torn.is_none());
        prop_assert_eq!(&parsed.events, &all);
        // Cut the file anywhere in the last action, newlines included
        // (but not after its last byte): none of that action is kept.
        let full = std::fs::read(&path).unwrap();
        let last = actions[actions.len() - 1].iter().map(|s| store::format::encode_event(s).unwrap().len()).sum::<usize>();
        let start = full.len() - last;
        let cut = start + at.index(last - 1) + 1;
        // Keeping all but a batch's last newline keeps it whole (as a record).
        let whole = cut == full.len() - 1;
        std::fs::write(&path, &full[..cut]).unwrap();
        let parsed = store::load(&path).unwrap();
        if whole {
            prop_assert_eq!(&parsed.events, &all);
        } else {
            prop_assert_eq!(&parsed.events[..], &all[..all.len() - actions[actions.len() - 1].len()]);
            prop_assert_eq!(parsed.torn.expect("torn").offset, start);
        }
    }
}
