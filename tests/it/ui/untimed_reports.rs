//! The untimed setup steps of `cjm discuss` in the agenda overlay, the
//! replay summary, the Markdown export and the replay bar: they plan
//! nothing ("—"), their time is shown as run, and it is never an overrun.

use crate::ui_common;

use cjm::app::{App, MemorySink};
use cjm::domain::clock::MINUTE;
use cjm::domain::{Event, Journal, Lang, Session, Stamped, fold};
use ui_common::discuss::discuss_app;
use ui_common::{T0, ch, render, screen_text};

/// The discussion ran 10 minutes, the phases 5 (after `[`), then the
/// discussion again 20: at T0 + 35 minutes.
fn events() -> (cjm::domain::Header, Vec<Stamped>) {
    let (app, _) = discuss_app(Lang::En, 0);
    let header = app.session().header.clone();
    let mut events = app.journal().events().to_vec();
    events.push(Stamped { at: T0 + 10 * MINUTE, event: Event::StepEntered { step: 1 } });
    events.push(Stamped { at: T0 + 15 * MINUTE, event: Event::StepEntered { step: 2 } });
    events.push(Stamped { at: T0 + 35 * MINUTE, event: Event::Refocused });
    (header, events)
}

fn session() -> (Session, Vec<Stamped>) {
    let (header, events) = events();
    (fold(header, &events), events)
}

/// The line of `text` that starts with (or contains) `title`.
fn line<'a>(text: &'a str, title: &str) -> &'a str {
    text.lines().find(|l| l.contains(title)).unwrap_or_else(|| panic!("no {title:?} in\n{text}"))
}

#[test]
fn the_agenda_overlay_shows_a_dash_for_the_setup_steps_plan() {
    let (header, events) = events();
    let mut app = App::new(Journal::new(header, events), Box::new(MemorySink::default()), T0 + 35 * MINUTE);
    app.handle(&ch('A'));
    let text = screen_text(&render(&app, 100, 30));
    // The overlay's row, inside its borders, without the ✓/▸ mark.
    let words = |title: &str| {
        let rows = text.lines().filter(|l| l.contains('│')).flat_map(|l| l.split('│'));
        let row = rows.filter(|seg| seg.contains(title)).find(|seg| seg.starts_with(['✓', '▸', ' ']));
        row.unwrap_or_default().split_whitespace().skip(1).map(str::to_string).collect::<Vec<_>>()
    };
    assert_eq!(words("Personas"), ["Personas", "—", "—", "0"], "{text}");
    assert_eq!(words("Phase definition"), ["Phase", "definition", "—", "—", "5"], "{text}");
    assert_eq!(words("Group discussion"), ["Group", "discussion", "90", "90", "30"], "{text}");
}

#[test]
fn the_summary_shows_the_setup_time_run_but_never_over() {
    let (s, events) = session();
    let text = cjm::replay::summary::render(&s, &events);
    let phases: Vec<&str> = line(&text, "Phase definition").split_whitespace().collect();
    assert_eq!(phases[2..6], ["—", "—", "05:00", "—"], "planned, re-planned, actual, over:\n{text}");
    let personas: Vec<&str> = line(&text, "Personas").split_whitespace().collect();
    assert_eq!(personas[1..5], ["—", "—", "00:00", "—"], "{text}");
    let overruns = text.split("verruns").nth(1).unwrap_or_default();
    assert!(!overruns.contains("Phase definition"), "{text}");
    // Total: 30 of 120 planned minutes run on timed steps: 90 under; the
    // phases' 5 minutes are run but neither over nor under.
    let total: Vec<&str> = line(&text, "Total").split_whitespace().collect();
    assert_eq!(total[1..5], ["2:00:00", "2:00:00", "35:00", "-1:30:00"], "{text}");
}

#[test]
fn the_markdown_step_table_shows_a_dash_for_the_setup_plan_and_over() {
    let (s, _) = session();
    let md = cjm::export::markdown(&s, T0 + 35 * MINUTE);
    assert!(md.contains("| 2. Phase definition | — | — | 5:00 | — |"), "{md}");
    assert!(md.contains("| 1. Personas | — | — |  |  |"), "not visited:\n{md}");
    assert!(md.contains("| 3. Group discussion | 90:00 | 90:00 | 30:00 | −60:00 |"), "{md}");
}

#[test]
fn the_replay_bar_never_marks_time_on_a_setup_step_as_over() {
    let (header, mut events) = events();
    // Two hours on the phases, far past anything planned.
    events.push(Stamped { at: T0 + 36 * MINUTE, event: Event::StepEntered { step: 1 } });
    events.push(Stamped { at: T0 + 156 * MINUTE, event: Event::StepEntered { step: 2 } });
    let timeline = cjm::replay::Timeline::new(header, events);
    let bar = cjm::replay::bar::layout(&timeline, 60);
    assert!(!bar.cells.contains(&cjm::replay::bar::Mark::Over), "{:?}", bar.cells);
}
