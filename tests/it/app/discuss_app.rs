//! `cjm discuss` inside the app: typing the goal starts the discussion
//! the command prepared (personas, scheme, groups on disk already),
//! and `E` on the wrap-up asks the loop to write the report beside the
//! session file, which never overwrites.

use crate::ui_common;

use cjm::app::state::Target;
use cjm::app::{App, MemorySink, Request, edit};
use cjm::domain::clock::MINUTE;
use cjm::domain::discuss::{self, Groups, Words};
use cjm::domain::timer::Countdown;
use cjm::domain::{Event, Journal, Lang, Session, StepKind};
use crossterm::event::KeyCode;
use ui_common::{T0, app_at, ch, key, render, screen_text, type_text};

/// A discussion-only session without a goal, as `cjm discuss` creates
/// and opens it: personas, scheme and `groups` written, on the
/// discussion, the goal field open.
fn waiting(lang: Lang, groups: Groups) -> (App, MemorySink) {
    let template = cjm::templates::default_for(lang).discussion_only(90).expect("90 minutes");
    let header = discuss::header(template, "", None, T0);
    let sink = MemorySink::default();
    let strings = cjm::ui::strings::for_lang(lang);
    let words = Words { group: strings.discuss_group, reason: strings.discuss_reason };
    let mut seed = discuss::prepare(&Session::new(header.clone()), groups, words, T0);
    seed.push(cjm::domain::setup::created(T0));
    let mut app = App::new(Journal::new(header, seed), Box::new(sink.clone()), T0);
    assert!(discuss::awaits_goal(app.session()));
    edit::begin(&mut app, Target::Goal);
    (app, sink)
}

#[test]
fn saving_the_goal_starts_the_discussion_with_groups_and_the_clock() {
    let (mut app, sink) = waiting(Lang::En, Groups::Count(3));
    assert!(!app.session().clock.started);
    assert_eq!(app.session().current_step(), 2, "the goal is asked on the discussion");
    type_text(&mut app, "decide the priority of CS measures");
    app.handle(&key(KeyCode::Enter));
    let saved: Vec<_> = sink.changes(0);
    assert!(
        matches!(saved.as_slice(), [Event::GoalSet { .. }, Event::GoalConfirmed]),
        "saving the goal only confirms it: {saved:?}"
    );
    let s = app.session();
    assert_eq!(s.goal, "decide the priority of CS measures");
    assert!(s.goal_confirmed && s.clock.started);
    let names: Vec<_> = s.groups.values().map(|g| g.name.as_str()).collect();
    assert_eq!(names, ["Group A", "Group B", "Group C"]);
    assert!(s.groups.values().all(|g| g.persona.is_some()));
    assert_eq!(s.chosen_scheme().map(|sc| sc.name.as_str()), Some("By state"));
    assert_eq!(app.group(), s.groups.keys().next().copied());
    assert_eq!(s.header.template.steps[s.current_step()].kind, StepKind::Discussion);
    assert_eq!(s.countdown(T0 + MINUTE), Some(Countdown::Running(89 * MINUTE)));
    let screen = screen_text(&render(&app, 100, 30));
    assert!(screen.contains("a. Share the persona"), "{screen}");
    assert!(screen.contains("Group A"), "{screen}");
    // Everything stays editable: `n` opens a new group on the board.
    app.handle(&ch('n'));
    assert_eq!(app.edit.as_ref().map(|e| e.target.clone()), Some(Target::NewGroup));
    app.handle(&key(KeyCode::Esc));
    // `[` reaches the phases, showing the scheme the start chose.
    app.handle(&ch('['));
    let phases = screen_text(&render(&app, 100, 30));
    assert!(phases.contains("Onboarding") && !phases.contains("Trial"), "{phases}");
}

/// Undo walks back the facilitator's changes only: what `cjm discuss`
/// wrote when it created the session (personas, schemes, the choice, the
/// groups) is the starting point, closed by `Created`.
#[test]
fn u_at_the_start_of_a_discussion_keeps_its_groups_personas_and_scheme() {
    let (mut app, sink) = waiting(Lang::En, Groups::Count(3));
    type_text(&mut app, "decide the priority of CS measures");
    app.handle(&key(KeyCode::Enter));
    let before = app.session().clone();
    for _ in 0..8 {
        app.handle(&ch('u'));
    }
    let s = app.session();
    assert_eq!((s.groups.len(), s.personas.len(), s.schemes.len()), (3, 4, 3));
    assert_eq!((&s.groups, &s.personas, &s.choice), (&before.groups, &before.personas, &before.choice));
    assert_eq!(s.goal, "", "the goal typed in is the facilitator's change: undone");
    assert!(!app.journal().can_undo());
    let undos = sink.events.borrow().iter().filter(|e| e.event == Event::Undo).count();
    assert_eq!(undos, 1, "nothing left to undo writes nothing");
    // A session started with its goal: nothing at all to undo.
    let (mut app, sink) = ui_common::discuss::discuss_app(Lang::Ja, 5);
    let before = app.session().clone();
    app.handle(&ch('u'));
    assert_eq!(app.session(), &before);
    assert!(sink.events.borrow().is_empty());
}

#[test]
fn an_empty_goal_or_esc_starts_nothing_and_the_goal_field_stays_open() {
    let (mut app, _) = waiting(Lang::Ja, Groups::PerPersona);
    app.handle(&key(KeyCode::Enter));
    assert!(!app.session().clock.started);
    assert!(discuss::awaits_goal(app.session()), "still waiting");
    let goal_field = |app: &App| app.edit.as_ref().map(|e| e.target.clone()) == Some(Target::Goal);
    assert!(goal_field(&app), "an empty goal opens the field again");
    assert_eq!(app.message.as_deref(), Some(app.strings.goal_empty));
    app.handle(&key(KeyCode::Esc));
    assert!(goal_field(&app), "Esc opens the field again");
    assert_eq!(app.message.as_deref(), Some(app.strings.discuss_goal_first));
    type_text(&mut app, "施策の優先度を決める");
    app.handle(&key(KeyCode::Enter));
    let s = app.session();
    assert!(s.clock.started && s.goal_confirmed);
    assert_eq!(s.groups.len(), 4, "one group per persona");
    let group_names: Vec<_> = s.groups.values().map(|g| g.name.clone()).collect();
    let persona_names: Vec<_> = s.personas.values().map(|p| p.name.clone()).collect();
    assert_eq!(group_names, persona_names);
    assert!(app.edit.is_none(), "the field closed");
    app.handle(&key(KeyCode::Esc));
    assert!(app.edit.is_none(), "once started, nothing asks again");
}

#[test]
fn ctrl_q_in_the_waiting_goal_field_still_quits() {
    let (mut app, _) = waiting(Lang::En, Groups::PerPersona);
    app.handle(&ui_common::ctrl('q'));
    app.handle(&ch('n'));
    assert!(app.quit);
}

#[test]
fn a_full_workshop_goal_edit_does_not_set_up_a_discussion() {
    let (mut app, _) = app_at(0, 1);
    let groups = app.session().groups.len();
    edit::begin(&mut app, Target::Goal);
    type_text(&mut app, " again");
    app.handle(&key(KeyCode::Enter));
    assert_eq!(app.session().groups.len(), groups);
}

#[test]
fn e_on_the_wrap_up_writes_the_report_and_the_workbook_beside_the_session_and_never_overwrites() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut app, _) = app_at(7, 20);
    app.path = Some(dir.path().join("team.ron"));
    app.handle(&ch('E'));
    assert_eq!(app.requests, vec![Request::Export]);
    cjm::tui::event_loop::perform(&mut app);
    assert!(app.requests.is_empty());
    let first = dir.path().join("team.md");
    let report = std::fs::read_to_string(&first).expect("the report");
    assert!(report.contains(&app.session().goal), "{report}");
    let book = dir.path().join("team.xlsx");
    assert_eq!(app.message, Some(format!("Exported to {}, {}", first.display(), book.display())));
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(&book).expect("the workbook beside it");
    use calamine::Reader as _;
    let sheet = wb.sheet_names()[0].clone();
    let goal = wb.worksheet_range(&sheet).expect("a map").get_value((1, 1)).map(|d| d.to_string());
    assert_eq!(goal, Some(app.session().goal.clone()), "the map's goal row");
    // Exported at the app's clock, not at the last event.
    assert_ne!(
        cjm::domain::clock::format_timestamp(app.now),
        cjm::domain::clock::format_timestamp(app.session().last_at)
    );
    let exported = format!("{} UTC", cjm::domain::clock::format_timestamp(app.now));
    assert!(report.contains(&format!("**Exported:** {exported}")), "{report}");
    app.handle(&ch('E'));
    cjm::tui::event_loop::perform(&mut app);
    assert!(dir.path().join("team-2.md").exists());
    assert!(dir.path().join("team-2.xlsx").exists());
    assert_eq!(std::fs::read_to_string(&first).expect("kept"), report);
}

#[test]
fn e_elsewhere_asks_nothing_and_a_failed_export_says_so() {
    let (mut app, _) = app_at(3, 20);
    app.handle(&ch('E'));
    assert!(app.requests.is_empty(), "E only exports from the wrap-up");
    let (mut app, _) = cjm_ja_wrap_up();
    app.path = Some(std::path::PathBuf::from("/nonexistent-dir-for-cjm/team.ron"));
    app.handle(&ch('E'));
    cjm::tui::event_loop::perform(&mut app);
    let message = app.message.clone().unwrap_or_default();
    assert!(message.starts_with(app.strings.not_saved), "{message}");
}

fn cjm_ja_wrap_up() -> (App, MemorySink) {
    ui_common::app_at_in(Lang::Ja, 7, 20)
}

/// The start chose the agenda's default scheme with an automatic reason:
/// choosing another scheme on the phases screen starts its reason empty.
#[test]
fn another_scheme_after_discuss_starts_with_an_empty_reason() {
    let (mut app, _) = ui_common::discuss::discuss_app(Lang::En, 1);
    app.handle(&ch('['));
    let chosen = app.session().choice.clone().expect("the start chose a scheme");
    app.handle(&key(KeyCode::Tab));
    assert_ne!(cjm::app::ops::selected_scheme(&app), Some(chosen.scheme));
    app.handle(&ch('c'));
    assert_eq!(app.edit.as_ref().map(|e| e.input.text().to_string()), Some(String::new()));
}
