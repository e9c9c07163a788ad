//! Persona, phase and group editing through keys.

use crate::ui_common;

use cjm::app::Overlay;
use cjm::domain::Event;
use crossterm::event::KeyCode;
use ui_common::*;

#[test]
fn personas_are_created_edited_and_deleted_in_their_quadrant() {
    let (mut app, sink) = app_at(1, 20);
    app.handle(&key(KeyCode::Down)); // end user, high
    app.handle(&ch('x'));
    assert_eq!(app.session().personas.len(), 3);
    app.handle(&ch('t'));
    assert!(app.edit.is_none(), "no traits without a persona");
    app.handle(&ch('e'));
    type_text(&mut app, "情報収集に熱心な担当者");
    app.handle(&key(KeyCode::Enter));
    app.handle(&ch('c'));
    type_text(&mut app, "マニュアルが多すぎる");
    app.handle(&ctrl('j'));
    type_text(&mut app, "権限がない");
    app.handle(&key(KeyCode::Enter));
    let p = app.session().personas.values().find(|p| p.name == "情報収集に熱心な担当者").expect("persona");
    assert_eq!(p.challenges, vec!["マニュアルが多すぎる", "権限がない"]);
    assert_eq!(p.quadrant, cjm::domain::persona::Quadrant::ALL[2]);
    assert!(sink.events.borrow().iter().any(|s| matches!(s.event, Event::PersonaDeleted { .. })));
}

#[test]
fn phases_are_added_reordered_defined_and_a_scheme_chosen_with_a_reason() {
    let (mut app, _) = app_at(2, 20);
    app.handle(&key(KeyCode::BackTab)); // from the chosen third scheme to the second
    let id = cjm::app::ops::selected_scheme(&app).expect("scheme");
    app.handle(&ch('a'));
    type_text(&mut app, "拡大期");
    app.handle(&key(KeyCode::Enter));
    app.handle(&ch('K'));
    app.handle(&ch('d'));
    type_text(&mut app, "追加購入を検討している");
    app.handle(&key(KeyCode::Enter));
    let names: Vec<String> = app.session().schemes[&id].phases.iter().map(|p| p.name.clone()).collect();
    assert_eq!(names, vec!["拡大期", "First experience (< 2 weeks)", "Continued use (≥ 2 weeks)"]);
    assert_eq!(app.session().schemes[&id].phases[0].definition, "追加購入を検討している");
    app.handle(&ch('c'));
    app.handle(&ctrl('w'));
    type_text(&mut app, "速度の違いが見える");
    app.handle(&key(KeyCode::Enter));
    let choice = app.session().choice.clone().expect("chosen");
    assert_eq!(choice.scheme, id);
    assert!(choice.reason.ends_with("速度の違いが見える"));
}

#[test]
fn members_by_name_become_participants_once() {
    let (mut app, _) = app_at(3, 30);
    let before = app.session().participants.len();
    app.handle(&ch('m'));
    app.handle(&ctrl('w'));
    app.handle(&ctrl('w'));
    assert_eq!(app.edit.as_ref().map(|e| e.input.text().to_string()), Some(String::new()));
    type_text(&mut app, "佐藤、山田, Kim");
    app.handle(&key(KeyCode::Enter));
    let s = app.session();
    assert_eq!(s.participants.len(), before + 2, "佐藤 exists; 山田 and Kim are new");
    let group = s.groups.get(&cjm::domain::GroupId(200)).expect("group");
    let names: Vec<&str> = group.members.iter().map(|m| s.participant_name(*m)).collect();
    assert_eq!(names, vec!["佐藤", "山田", "Kim"]);
}

#[test]
fn tab_switches_groups_and_share_out_starts_a_turn() {
    let (mut app, _) = app_at(3, 30);
    let first = app.group();
    app.handle(&key(KeyCode::Tab));
    assert_ne!(app.group(), first);
    next_step(&mut app);
    app.handle(&key(KeyCode::Enter));
    assert_eq!(app.session().sharing.map(|(g, _)| g), app.group());
}

#[test]
fn moving_on_with_open_items_is_recorded_and_a_complete_step_is_not() {
    let (mut app, sink) = app_at(0, 5); // goal confirmed: the goal step is complete
    assert!(app.gaps.is_empty());
    app.handle(&ch(']'));
    assert!(!sink.events.borrow().iter().any(|s| matches!(s.event, Event::MoveForced { .. })));
    assert!(!app.gaps.is_empty(), "personas still miss challenges");
    app.handle(&ch(']'));
    assert_eq!(app.overlay, Some(Overlay::Missing { step: 1 }), "what is missing is shown first");
    assert_eq!(app.session().current_step(), 1);
    app.handle(&key(KeyCode::Esc));
    assert_eq!(app.overlay, None, "Esc stays");
    assert_eq!(app.session().current_step(), 1);
    let before = sink.events.borrow().len();
    app.handle(&ch(']'));
    app.handle(&key(KeyCode::Enter));
    assert_eq!(sink.events.borrow().len(), before, "moving on needs a reason");
    assert_eq!(app.session().current_step(), 1);
    type_text(&mut app, "challenges after lunch");
    app.handle(&key(KeyCode::Enter));
    let events: Vec<Event> = sink.changes(before);
    assert_eq!(
        events,
        vec![
            Event::MoveForced { step: 1, reason: "challenges after lunch".into() },
            Event::StepEntered { step: 2 }
        ]
    );
    assert_eq!(app.overlay, None);
    assert_eq!(app.session().current_step(), 2);
}

#[test]
fn help_that_does_not_fit_pages_with_down_and_up() {
    let (mut app, _) = app_at(3, 30);
    app.handle(&ch('?'));
    let first = screen_text(&render(&app, 80, 24));
    assert!(first.contains("1/2 · ↓/PgDn next page"), "{first}");
    app.handle(&key(KeyCode::Down));
    let second = screen_text(&render(&app, 80, 24));
    assert!(second.contains("2/2"), "{second}");
    assert!(second.contains("save what is typed and quit"), "the rest is on page 2:\n{second}");
    app.handle(&key(KeyCode::PageDown));
    assert!(screen_text(&render(&app, 80, 24)).contains("2/2"), "the last page is the last");
    app.handle(&key(KeyCode::PageUp));
    assert!(screen_text(&render(&app, 80, 24)).contains("1/2"));
    let wide = screen_text(&render(&app, 120, 40));
    assert!(
        !wide.contains("1/2") && wide.contains("save what is typed and quit"),
        "fits on one page:\n{wide}"
    );
}

#[test]
fn up_in_help_moves_back_from_the_page_shown_even_after_a_resize() {
    let (mut app, _) = app_at(3, 30);
    app.handle(&ch('?'));
    // A page left over from a smaller terminal: page 6 of what is now two.
    app.help_page.0 = 5;
    assert!(screen_text(&render(&app, 80, 24)).contains("2/2"));
    app.handle(&key(KeyCode::Up));
    assert!(screen_text(&render(&app, 80, 24)).contains("1/2"), "the first ↑ goes back a page");
}

/// The reason field starts with the chosen scheme's reason only for that
/// scheme: choosing another one starts it empty, not with a reason that
/// was about a different scheme.
#[test]
fn another_scheme_starts_with_an_empty_reason() {
    let (mut app, _) = app_at(2, 20);
    let chosen = app.session().choice.clone().expect("the fixture chose a scheme");
    assert!(!chosen.reason.is_empty());
    let field = |app: &cjm::app::App| app.edit.as_ref().map(|e| e.input.text().to_string());
    app.handle(&ch('c'));
    assert_eq!(field(&app), Some(chosen.reason.clone()), "the chosen scheme keeps its reason");
    app.handle(&key(KeyCode::Esc));
    app.handle(&key(KeyCode::BackTab));
    assert_ne!(cjm::app::ops::selected_scheme(&app), Some(chosen.scheme));
    app.handle(&ch('c'));
    assert_eq!(field(&app), Some(String::new()), "another scheme starts empty");
}
