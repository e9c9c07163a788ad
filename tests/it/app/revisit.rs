//! The quarterly revisit, as a user runs it: the shipped sample is last
//! quarter's workshop; `cjm new q4 --from q3` starts the next one, which
//! opens (after the goal) on the review of every measure q3 decided; its
//! report shows the statuses and the notes carried; `cjm list` says
//! where it came from; and a third session carries what q4 left open.

use std::collections::BTreeSet;

use cjm::app::{App, Overlay, Screen};
use cjm::domain::review::ReviewStatus;
use cjm::domain::{NoteId, Session, StepKind, fold};
use cjm::{sample, tui};
use crossterm::event::KeyCode;

use crate::support::home::{Home, write};
use crate::ui_common::{ch, key, type_text};

/// 2027-02-01 00:00 UTC: after every date the sample was decided on,
/// before some of its due dates.
const FEB_1: u64 = 1_801_440_000_000;

fn sample_session() -> Session {
    let (header, events) = sample::events();
    fold(header, &events)
}

fn open(home: &Home, name: &str) -> App {
    tui::load_app(&home.session(name), FEB_1).expect("loads")
}

/// Confirms the goal and moves on to the review step.
fn to_review(app: &mut App) {
    assert_eq!(app.screen(), Screen::Goal);
    app.handle(&key(KeyCode::Enter));
    assert!(app.session().goal_confirmed);
    app.handle(&ch(']'));
    assert_eq!(app.screen(), Screen::Review, "the review comes right after the goal");
}

#[test]
fn two_sessions_in_a_row_review_what_the_first_decided_and_report_it() {
    let home = Home::new();
    let q3 =
        std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(sample::PATH)).expect("sample");
    write(&home.session("q3"), &q3);
    home.cjm().args(["new", "q4", "--from", "q3"]).assert().success();

    let last = sample_session();
    assert!(last.decisions.len() >= 5, "the sample decides measures");
    let mut app = open(&home, "q4");
    let s = app.session();
    assert_eq!(s.goal, last.goal, "the goal is last time's unless --goal is given");
    assert_eq!(s.participants, last.participants);
    assert_eq!(s.groups, last.groups);
    assert_eq!(s.personas, last.personas);
    let kinds: Vec<StepKind> = s.header.template.steps.iter().map(|st| st.kind).collect();
    assert_eq!(&kinds[..3], &[StepKind::Goal, StepKind::Review, StepKind::Personas]);
    assert!(s.header.template.steps[1].timebox() > 0, "the review is timeboxed");
    // Every note of the map, marked as from last time.
    let board: BTreeSet<NoteId> =
        last.notes.iter().filter(|(_, n)| last.groups.contains_key(&n.group)).map(|(id, _)| *id).collect();
    assert_eq!(s.carried_notes, board);
    assert!(board.iter().all(|id| s.notes.get(id) == last.notes.get(id)));

    to_review(&mut app);
    // Every decided measure, with its owner, effort and due date.
    let listed: Vec<NoteId> = cjm::app::review::rows(&app);
    assert_eq!(listed, last.decisions.keys().copied().collect::<Vec<_>>());
    for (id, decision) in &last.decisions {
        let carried = &app.session().carried[id];
        assert_eq!(carried.text, last.notes[id].text);
        assert_eq!(carried.owner.as_deref(), decision.owner.map(|o| last.participant_name(o)));
        assert_eq!((carried.effort, &carried.due), (decision.effort, &decision.due));
    }
    // Not reviewed yet: the exit criterion holds the room.
    app.handle(&ch(']'));
    assert!(matches!(app.overlay, Some(Overlay::Missing { .. })), "{:?}", app.overlay);
    app.handle(&key(KeyCode::Esc));
    assert_eq!(app.screen(), Screen::Review);

    let keys = ['d', 'i', 'x', 'c'];
    for i in 0..listed.len() {
        app.handle(&ch(keys[i % 4]));
        app.handle(&key(KeyCode::Down));
    }
    app.handle(&key(KeyCode::Up));
    app.handle(&ch('e'));
    type_text(&mut app, "週次で進捗を確認中");
    app.handle(&key(KeyCode::Enter));
    let statuses: Vec<_> = listed.iter().map(|id| app.session().review_status(*id)).collect();
    assert!(statuses.iter().all(Option::is_some), "{statuses:?}");
    assert_eq!(statuses[0], Some(ReviewStatus::Done));
    app.handle(&ch(']'));
    assert!(app.overlay.is_none(), "every measure has a status: {:?}", app.overlay);
    assert_eq!(app.screen(), Screen::Personas);
    app.quit_with_save();
    drop(app);

    let out = home.cjm().args(["export", "q4", "-o", "q4.md"]).assert().success();
    drop(out);
    let report = std::fs::read_to_string(home.path("q4.md")).expect("report");
    let section = &report[report.find("## Since last time (q3)").expect("the section")..];
    for (i, id) in listed.iter().enumerate() {
        let text = &last.notes[id].text;
        let line =
            section.lines().find(|l| l.starts_with(&format!("| {text}"))).unwrap_or_else(|| panic!("{text}"));
        let word = ["done", "in progress", "dropped", "carried on"][i % 4];
        assert!(line.contains(&format!("| {word} |")), "{line}");
    }
    assert!(section.contains("週次で進捗を確認中"), "the note");
    assert!(section.contains("⚠ OVERDUE"), "a due date before 2027-02-01 not done");
    let count = |k: usize| (0..listed.len()).filter(|i| i % 4 == k).count();
    let tally = format!(
        "Since last time: done: {} · in progress: {} · dropped: {} · carried on: {} · no status: 0",
        count(0),
        count(1),
        count(2),
        count(3)
    );
    assert!(section.contains(&tally), "{tally}\n{section}");
    let a_pain =
        last.notes.values().find(|n| n.kind == cjm::domain::note::NoteKind::Pain).expect("a pain point");
    assert!(section.contains(&format!("- (last time) {}", a_pain.text)), "the carried notes");

    let list = home.cjm().arg("list").assert().success();
    let listing = String::from_utf8(list.get_output().stdout.clone()).expect("utf-8");
    let q4 = listing.lines().find(|l| l.starts_with("q4 ")).expect("q4 listed");
    assert!(q4.ends_with("(from q3)"), "{q4}");
    assert!(!listing.lines().find(|l| l.starts_with("q3 ")).expect("q3").contains("(from"));

    // The next quarter: what q4 left open (in progress, carried on) comes
    // along again; done and dropped do not.
    home.cjm().args(["new", "q5", "--from", "q4", "--goal", "次の四半期"]).assert().success();
    let mut app = open(&home, "q5");
    to_review(&mut app);
    let open_ones: Vec<NoteId> = listed
        .iter()
        .enumerate()
        .filter(|(i, _)| matches!(keys[i % 4], 'i' | 'c'))
        .map(|(_, id)| *id)
        .collect();
    assert_eq!(cjm::app::review::rows(&app), open_ones);
}

#[test]
fn a_session_with_nothing_to_review_skips_the_step() {
    let home = Home::new();
    home.cjm().args(["new", "first", "--goal", "g"]).assert().success();
    home.cjm().args(["new", "second", "--from", "first"]).assert().success();
    for name in ["first", "second"] {
        let app = open(&home, name);
        let kinds: Vec<StepKind> = app.session().header.template.steps.iter().map(|st| st.kind).collect();
        assert!(!kinds.contains(&StepKind::Review), "{name}: {kinds:?}");
    }
    assert_eq!(open(&home, "second").session().origin.as_deref(), Some("first"));
}

#[test]
fn discuss_from_the_sample_starts_on_the_review_with_the_map_carried() {
    let home = Home::new();
    let q3 =
        std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(sample::PATH)).expect("sample");
    write(&home.session("q3"), &q3);
    let (header, events) = {
        let last = sample_session();
        let template =
            cjm::templates::default_for(cjm::domain::Lang::En).discussion_only(90).expect("90 minutes");
        let template = cjm::domain::review::agenda_after(template, None, &last);
        let mut events = cjm::domain::discuss::carry_over(&last, None, FEB_1);
        events.extend(cjm::domain::review::carry_map(&last, "q3", FEB_1));
        (cjm::domain::discuss::header(template, &last.goal, None, FEB_1), events)
    };
    let mut events = events;
    let session = fold(header.clone(), &events);
    let words = cjm::domain::discuss::Words { group: "Group ", reason: "r" };
    let groups = cjm::domain::discuss::Groups::PerPersona;
    events.extend(cjm::domain::discuss::start(&session, groups, words, FEB_1));
    let session = fold(header, &events);
    assert_eq!(session.header.template.steps[0].kind, StepKind::Review);
    assert_eq!(session.current_step(), 0, "the review first, not the discussion");
    assert!(session.clock.started && session.header.template.steps[0].timebox() > 0, "timed");
    assert_eq!(session.carried.len(), sample_session().decisions.len());
}

#[test]
fn in_japanese_the_list_and_the_report_say_where_the_session_came_from() {
    let home = Home::new();
    let q3 =
        std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(sample::PATH)).expect("sample");
    write(&home.session("q3"), &q3);
    home.ja().args(["new", "q4", "--from", "q3", "--goal", "次の四半期"]).assert().success();
    let app = open(&home, "q4");
    assert_eq!(app.session().header.template.steps[1].title, "前回からの振り返り");
    drop(app);
    let list = home.ja().arg("list").assert().success();
    let listing = String::from_utf8(list.get_output().stdout.clone()).expect("utf-8");
    assert!(
        listing.lines().any(|l| l.starts_with("q4 ") && l.ends_with("次の四半期 （q3 から）")),
        "{listing}"
    );
    home.ja().args(["export", "q4", "-o", "q4.md"]).assert().success();
    let report = std::fs::read_to_string(home.path("q4.md")).expect("report");
    assert!(report.contains("## 前回（q3）からの変化"), "{report}");
    assert!(report.contains("| 施策 | 担当 | 工数 | 期日 | 状況 | メモ |"));
    assert!(report.contains("| 未記入 |"));
    assert!(report.contains("- (前回) "), "carried notes marked");
}
