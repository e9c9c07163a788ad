//! The parking lot: parking from any screen, the overlay, and resolving
//! items in the wrap-up.

use crate::ui_common;

use cjm::app::{App, MemorySink, Overlay};
use cjm::domain::parking::ParkOutcome;
use cjm::domain::{Event, GroupId};
use crossterm::event::KeyCode;
use ui_common::*;

fn new_events(sink: &MemorySink, from: usize) -> Vec<Event> {
    sink.events.borrow()[from..].iter().map(|s| s.event.clone()).collect()
}

fn park_line(app: &mut App, line: &str) {
    app.handle(&ch('p'));
    type_text(app, line);
    app.handle(&key(KeyCode::Enter));
}

#[test]
fn p_parks_the_selected_note_on_the_board() {
    let (mut app, sink) = app_at(3, 50);
    app.sel.group = Some(GroupId(200));
    let note = cjm::app::ops::selected_note(&app).expect("a selected note");
    let text = app.session().notes[&note].text.clone();
    let before = sink.events.borrow().len();
    app.handle(&ch('p'));
    let events = new_events(&sink, before);
    assert!(
        matches!(&events[..], [Event::Parked { item, .. }] if item.step == 3 && item.text == text),
        "{events:?}"
    );
    assert_eq!(app.overlay, None);
}

#[test]
fn elsewhere_p_asks_for_a_line_with_who_raised_it() {
    let (mut app, sink) = app_at(1, 20);
    let before = sink.events.borrow().len();
    park_line(&mut app, "pricing for small teams @佐藤");
    match &new_events(&sink, before)[..] {
        [Event::Parked { item, .. }] => {
            assert_eq!(item.text, "pricing for small teams");
            assert_eq!(item.raised_by.as_deref(), Some("佐藤"));
            assert_eq!(item.step, 1);
        }
        other => panic!("{other:?}"),
    }
    park_line(&mut app, "no owner here");
    assert_eq!(app.session().parking.values().filter(|i| i.raised_by.is_none()).count(), 1);
}

#[test]
fn items_are_resolved_only_in_the_wrap_up() {
    let (mut app, sink) = app_at(2, 20);
    park_line(&mut app, "pricing @佐藤");
    park_line(&mut app, "SSO request");
    app.handle(&ch('o'));
    assert_eq!(app.overlay, Some(Overlay::Parking { cursor: 0 }));
    let before = sink.events.borrow().len();
    app.handle(&ch('d'));
    assert_eq!(new_events(&sink, before), vec![], "not outside the wrap-up");
    app.handle(&ch('o'));
    assert_eq!(app.overlay, None);

    let (header, mut events) = workshop_events();
    events.extend(sink.events.borrow().iter().cloned());
    events.push(stamp(T0 + 200 * 60_000, Event::StepEntered { step: 7 }));
    let sink = MemorySink::default();
    let mut app =
        App::new(cjm::domain::Journal::new(header, events), Box::new(sink.clone()), T0 + 200 * 60_000);
    app.handle(&ch('o'));
    app.handle(&ch('d'));
    app.handle(&key(KeyCode::Down));
    app.handle(&ch('f'));
    type_text(&mut app, "Alex");
    app.handle(&key(KeyCode::Enter));
    let outcomes: Vec<_> = new_events(&sink, 0)
        .into_iter()
        .filter_map(|e| match e {
            Event::ParkResolved { outcome, .. } => Some(outcome),
            _ => None,
        })
        .collect();
    assert_eq!(outcomes, vec![ParkOutcome::Dropped, ParkOutcome::FollowUp { owner: "Alex".into() }]);
    assert!(matches!(app.overlay, Some(Overlay::Parking { .. })));
    for (w, h) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(format!("parking_{w}x{h}"), screen_text(&render(&app, w, h)));
    }
}
