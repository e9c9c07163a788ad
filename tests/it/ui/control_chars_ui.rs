//! No control character (C0 but line feed and tab, DEL, C1) reaches the
//! terminal from the app: a paste into a field is cleaned, and notes,
//! names and the goal a hand-edited file holds are drawn without them on
//! every step's screen.

use crate::ui_common;

use cjm::domain::group::Group;
use cjm::domain::note::{Note, NoteKind};
use cjm::domain::{Event, GroupId, NoteId, PersonaId};
use ui_common::wide::render_frame;
use ui_common::{app_at, ch};

/// Every control character a terminal could act on, and LF and tab.
fn all_controls() -> String {
    (0u32..0xA0).filter_map(char::from_u32).filter(|c| c.is_control()).collect()
}

fn forbidden_cells(app: &cjm::app::App, w: u16, h: u16) -> Vec<String> {
    let (_, buf) = render_frame(app, w, h);
    let mut found = Vec::new();
    for y in 0..h {
        for x in 0..w {
            let symbol = buf[(x, y)].symbol();
            if symbol.chars().any(char::is_control) {
                found.push(format!("({x}, {y}) {symbol:?}"));
            }
        }
    }
    found
}

#[test]
fn a_paste_keeps_no_control_character_and_draws_none() {
    let (mut app, _) = app_at(3, 30);
    app.handle(&ch('a'));
    let pasted = format!("a{}b\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}31m", all_controls());
    app.handle(&crossterm::event::Event::Paste(pasted));
    let text = app.edit.as_ref().map(|e| e.input.text().to_string()).unwrap_or_default();
    let bad: Vec<char> = text.chars().filter(|c| c.is_control() && *c != '\n').collect();
    assert!(bad.is_empty(), "{text:?}");
    assert!(text.contains("]0;pwned[2J31m"), "the printable text is kept: {text:?}");
    let cells = forbidden_cells(&app, 100, 30);
    assert!(cells.is_empty(), "{cells:?}");
}

#[test]
fn hand_edited_text_is_drawn_without_control_characters_on_every_screen() {
    let evil = format!("x{}y \u{1b}]0;pwned\u{7}\u{1b}[2J", all_controls());
    let (mut app, _) = app_at(3, 30);
    app.commit(Event::GroupSaved {
        id: GroupId(202),
        group: Group { name: format!("C{evil}"), persona: Some(PersonaId(1)), members: vec![] },
    });
    for (id, kind) in [(400, NoteKind::Pain), (401, NoteKind::ToBe)] {
        let note = Note {
            group: GroupId(200),
            persona: Some(PersonaId(1)),
            phase: cjm::domain::PhaseId(15),
            kind,
            text: format!("note{evil}"),
            author: None,
            answers: vec![],
        };
        app.commit(Event::NoteAdded { id: NoteId(id), note });
    }
    app.commit(Event::GoalSet { goal: format!("goal{evil}"), done_when: format!("done{evil}") });
    let (terminal, _) = render_frame(&app, 100, 30);
    assert!(ui_common::screen_text(&terminal).contains("pwned"), "the note is on the discussion screen");
    let steps = app.session().header.template.steps.len();
    for step in 0..steps {
        app.commit(Event::StepEntered { step });
        for (w, h) in [(100, 30), (80, 24)] {
            let cells = forbidden_cells(&app, w, h);
            assert!(cells.is_empty(), "step {step} at {w}x{h}: {cells:?}");
        }
    }
}
