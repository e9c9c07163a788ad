use proptest::prelude::*;

use super::playback::Playback;
use super::*;
use crate::domain::clock::MINUTE;
use crate::domain::group::Group;
use crate::domain::note::{Note, NoteKind};
use crate::domain::{GroupId, Lang, NoteId, PhaseId, setup};

fn header() -> (Header, Vec<Stamped>) {
    let template = crate::templates::default_for(Lang::En);
    setup::new_session(template, "goal", None, 0).unwrap()
}

fn event() -> impl Strategy<Value = Event> {
    let id = 100u32..110;
    prop_oneof![
        (id.clone(), "[a-zあ-んア-ン]{0,6}").prop_map(|(id, text)| Event::NoteAdded {
            id: NoteId(id),
            note: Note {
                group: GroupId(99),
                persona: None,
                phase: PhaseId(15),
                kind: NoteKind::Pain,
                text,
                author: None,
                answers: vec![],
            }
        }),
        (id.clone(), "[a-z]{0,4}").prop_map(|(id, text)| Event::NoteEdited { id: NoteId(id), text }),
        id.prop_map(|id| Event::NoteDeleted { id: NoteId(id) }),
        (0usize..9).prop_map(|step| Event::StepEntered { step }),
        Just(Event::GoalConfirmed),
        Just(Event::TimerPaused),
        Just(Event::TimerResumed),
        Just(Event::Refocused),
        Just(Event::Undo),
        Just(Event::Redo),
    ]
}

fn stamped(events: Vec<(Event, u64)>) -> Vec<Stamped> {
    let mut at = 0;
    events
        .into_iter()
        .map(|(event, gap)| {
            at += gap;
            Stamped { at, event }
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn state_at_any_point_equals_folding_up_to_it(
        events in prop::collection::vec((event(), 0u64..100_000), 0..700),
        points in prop::collection::vec(any::<prop::sample::Index>(), 1..8),
    ) {
        let (h, seed) = header();
        let mut all = seed;
        all.push(Stamped { at: 0, event: Event::GroupSaved { id: GroupId(99), group: Group { name: "A".into(), persona: None, members: vec![] } } });
        all.extend(stamped(events));
        let timeline = Timeline::new(h.clone(), all.clone());
        prop_assert_eq!(timeline.state_at(all.len()), fold(h.clone(), &all));
        for p in points {
            let n = p.index(all.len() + 1);
            prop_assert_eq!(timeline.state_at(n), fold(h.clone(), &all[..n]));
        }
    }
}

#[test]
fn an_empty_session_replays_to_its_header() {
    let (h, _) = header();
    let timeline = Timeline::new(h.clone(), vec![]);
    assert!(timeline.is_empty());
    assert_eq!(timeline.state_at(5), Session::new(h));
}

#[test]
fn playback_follows_the_recorded_rhythm_at_speed() {
    let (h, _) = header();
    let events =
        stamped(vec![(Event::GoalConfirmed, 1_000), (Event::Refocused, 60_000), (Event::Refocused, 60_000)]);
    let timeline = Timeline::new(h, events);
    let mut play = Playback::new(&timeline, 60.0);
    assert!(play.tick(&timeline, 100)); // 6 s of session time: first event at 1 s
    assert_eq!(play.position, 1);
    assert!(!play.tick(&timeline, 500)); // 36 s: nothing yet
    assert!(play.tick(&timeline, 500)); // 66 s: second event at 61 s
    assert_eq!(play.position, 2);
    play.playing = false;
    assert!(!play.tick(&timeline, 10_000));
    play.playing = true;
    assert!(play.tick(&timeline, 1_000));
    assert_eq!(play.position, 3);
    assert!(!play.playing, "stops at the end");
    assert_eq!(play.cursor, timeline.span().1, "the clock stops at the last event, not past it");
}

#[test]
fn long_idle_stretches_are_shortened_and_counted() {
    let (h, _) = header();
    let events = stamped(vec![(Event::GoalConfirmed, 0), (Event::Refocused, 60 * MINUTE)]);
    let timeline = Timeline::new(h, events);
    let mut play = Playback::new(&timeline, 60.0);
    play.tick(&timeline, 10);
    assert_eq!(play.position, 1);
    assert_eq!(play.skips, 1);
    // The hour of silence now takes IDLE_SECONDS of real time.
    play.tick(&timeline, (playback::IDLE_SECONDS * 1000.0) as u64 + 10);
    assert_eq!(play.position, 2);
}

#[test]
fn seeking_moves_the_playhead_to_an_event() {
    let (h, seed) = header();
    let timeline = Timeline::new(h, seed);
    let mut play = Playback::new(&timeline, 60.0);
    play.seek(&timeline, 3);
    assert_eq!(play.position, 3);
    play.seek(&timeline, 999);
    assert_eq!(play.position, timeline.len());
    play.change_speed(true);
    assert_eq!(play.speed, 120.0);
    play.change_speed(false);
    play.change_speed(false);
    assert_eq!(play.speed, 30.0);
}

#[test]
fn summary_counts_time_notes_refocus_and_overruns() {
    let (h, mut events) = header();
    let t0 = 1_000;
    let at = |m: u64| t0 + m * MINUTE;
    events.push(Stamped { at: at(0), event: Event::GoalConfirmed });
    events.push(Stamped { at: at(8), event: Event::StepEntered { step: 1 } }); // goal: 8 of 5 min
    events.push(Stamped { at: at(9), event: Event::Refocused });
    events.push(Stamped {
        at: at(10),
        event: Event::GroupSaved {
            id: GroupId(99),
            group: Group { name: "A".into(), persona: None, members: vec![] },
        },
    });
    events.push(Stamped {
        at: at(11),
        event: Event::NoteAdded {
            id: NoteId(100),
            note: Note {
                group: GroupId(99),
                persona: None,
                phase: PhaseId(15),
                kind: NoteKind::Pain,
                text: "x".into(),
                author: None,
                answers: vec![],
            },
        },
    });
    events.push(Stamped { at: at(20), event: Event::StepEntered { step: 2 } }); // personas: 12 of 20
    let session = fold(h, &events);
    let rows = summary::rows(&session, &events);
    assert_eq!(rows[0].actual, 8 * MINUTE);
    assert_eq!(rows[0].over(), 3 * MINUTE as i64);
    assert_eq!(rows[1].actual, 12 * MINUTE);
    assert_eq!((rows[1].notes, rows[1].refocus), (Some(1), 1));
    assert_eq!(rows[0].checks, (1, 1), "confirmed, with the default done-when");
    assert_eq!(rows[1].checks, (0, 1), "personas have no challenges yet");
    let text = summary::render(&session, &events);
    assert!(text.contains("Biggest overruns:\n  1. Goal +03:00"), "{text}");
}
