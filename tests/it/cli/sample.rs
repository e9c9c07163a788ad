//! The shipped sample session: up to date, loadable, and a finished workshop.

use std::path::Path;

use cjm::domain::decision::Action;
use cjm::domain::note::NoteKind;
use cjm::domain::{Event, Session, fold};
use cjm::{export, sample, store};

fn shipped_path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(sample::PATH)
}

fn session() -> Session {
    let (header, events) = sample::events();
    fold(header, &events)
}

#[test]
fn shipped_file_is_the_generated_one() {
    let shipped = std::fs::read_to_string(shipped_path()).unwrap();
    assert!(
        shipped == sample::file_text(),
        "{} is out of date with src/sample.rs; regenerate it with `cargo run --example gen_sample`",
        sample::PATH
    );
}

#[test]
fn shipped_file_loads_whole_and_folds_to_the_sample() {
    let parsed = store::load(&shipped_path()).unwrap();
    assert!(parsed.torn.is_none(), "torn tail: {:?}", parsed.torn);
    let (header, events) = sample::events();
    assert_eq!(parsed.header, header);
    assert_eq!(parsed.events, events);
}

#[test]
fn timestamps_never_go_back_and_start_at_0930_jst() {
    let (header, events) = sample::events();
    assert!(events.windows(2).all(|w| w[0].at <= w[1].at));
    assert!(header.created_at < sample::START);
    let confirmed = events.iter().find(|e| e.event == cjm::domain::Event::GoalConfirmed).unwrap();
    assert_eq!(confirmed.at, sample::START);
}

#[test]
fn the_sample_is_a_finished_workshop() {
    let s = session();
    assert!(s.goal_confirmed);
    assert_eq!(s.personas.len(), 4);
    let chosen = s.chosen_scheme().unwrap();
    assert!(chosen.name.to_lowercase().contains("state"), "{}", chosen.name);
    assert!(chosen.phases.iter().any(|p| p.name.contains("オンボーディング期")));
    assert_eq!(s.schemes.len(), 3);
    assert!(s.schemes.values().all(|sc| !sc.notes.is_empty()));
    assert_eq!(s.participants.len(), 10);

    assert_eq!(s.groups.len(), 4);
    for (id, group) in &s.groups {
        let notes = s.notes.values().filter(|n| n.group == *id).count();
        assert!((10..=20).contains(&notes), "{} has {notes} notes", group.name);
        assert!(group.persona.is_some() && !group.members.is_empty());
        for kind in NoteKind::ROWS {
            assert!(
                s.notes.values().any(|n| n.group == *id && n.kind == kind),
                "{} lacks {kind:?}",
                group.name
            );
        }
    }
    assert!(s.notes.values().filter(|n| n.kind == NoteKind::ToBe).all(|n| !n.answers.is_empty()));
    assert_eq!(s.shared_out.len(), 4);

    assert_eq!(s.voters().count(), 10);
    let audiences = &s.header.template.voting.audiences;
    for (voter, _) in s.voters() {
        for aud in audiences {
            let picks = s.ballots.get(&(voter, aud.key.clone())).map_or(0, Vec::len);
            assert_eq!(picks, aud.budget as usize, "{voter:?} for {}", aud.key);
        }
    }
    assert!(s.voting_closed);

    let actions: Vec<Action> = s.decisions.values().map(|d| d.action()).collect();
    for quadrant in [Action::StartNow, Action::OwnerPlans, Action::IfCapacity, Action::Postpone] {
        assert!(actions.contains(&quadrant), "no {quadrant:?} decision");
    }
    for (measure, d) in &s.decisions {
        assert!(s.is_measure(*measure));
        if d.action().needs_owner() {
            assert!(d.owner.is_some() && d.due.is_some(), "{measure:?} has no owner or due date");
        }
    }
    let top_n = s.header.template.voting.top_n as usize;
    for aud in audiences {
        for r in s.ranking(&aud.key).iter().take(top_n) {
            assert!(s.decisions.contains_key(&r.measure), "top measure {:?} undecided", r.measure);
        }
    }

    assert!(!s.parking.is_empty());
    assert!(s.parking.values().all(|p| p.outcome.is_some()));
    for kind in ["Dropped", "Measure", "FollowUp"] {
        let found = s
            .parking
            .values()
            .any(|p| p.outcome.as_ref().is_some_and(|o| format!("{o:?}").starts_with(kind)));
        assert!(found, "no parked item with outcome {kind}");
    }
}

#[test]
fn the_room_refocuses_moves_on_once_and_merges_a_duplicate() {
    let s = session();
    let discussion = 3;
    assert_eq!(s.refocus.get(&discussion), Some(&2), "{:?}", s.refocus);
    assert_eq!(s.forced.len(), 1);
    let (step, reason) = &s.forced[0];
    assert_eq!(s.header.template.steps[*step].title, "Share-out");
    assert!(!reason.trim().is_empty());
    assert_eq!(s.merged_into.len(), 1);
    let (merged, keep) = s.merged_into.iter().next().unwrap();
    let sources = s.vote_list().into_iter().find(|(m, _)| m == keep).map(|(_, src)| src);
    assert_eq!(sources, Some(vec![*keep, *merged]));
    let (_, events) = sample::events();
    let first = |f: fn(&Event) -> bool| events.iter().position(|e| f(&e.event)).unwrap();
    let merge = first(|e| matches!(e, Event::MeasuresMerged { .. }));
    let opened = first(|e| matches!(e, Event::VotingOpened));
    let ballot = first(|e| matches!(e, Event::BallotCast { .. }));
    assert!(merge < opened && opened < ballot, "{merge} {opened} {ballot}");
    let md = export::markdown(&s, s.last_at);
    assert!(md.contains("## Forced moves\n\n- **5. Share-out:** "), "{md}");
}

#[test]
fn the_clock_shows_overruns_and_a_pause() {
    let s = session();
    let now = s.last_at;
    let steps = s.header.template.steps.len();
    assert_eq!(s.current_step(), steps - 1);
    assert!(s.clock.steps.iter().all(|t| t.visited));
    let over: Vec<i64> = (0..steps).map(|i| s.clock.elapsed(i, now) as i64 - s.timebox(i) as i64).collect();
    assert!(over.iter().any(|o| *o > 0), "{over:?}");
    let minute = 60_000;
    assert_eq!(over[3], 15 * minute, "the discussion overruns by 15 minutes");
    assert_eq!(over[6], 8 * minute, "the decide step overruns by 8 minutes");
    let (_, events) = sample::events();
    assert_eq!(events.iter().filter(|e| e.event == cjm::domain::Event::TimerPaused).count(), 1);
}

#[test]
fn exports_show_every_note() {
    let s = session();
    let md = export::markdown(&s, s.last_at);
    for note in s.notes.values() {
        assert!(md.contains(&note.text), "markdown lacks {:?}", note.text);
    }
    assert!(!md.contains("Send more emails"), "the deleted note is gone");
    let csv = export::csv(&s);
    // No note has a line break, so one line per record.
    assert_eq!(csv.lines().count(), 1 + s.notes.len());
}
