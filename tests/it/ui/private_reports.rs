//! Reports quote a private note only with its mark: every section of the
//! Markdown report (maps, ranking, 2×2, action list, exit criteria,
//! parking lot) and the CSV.

use crate::ui_common;

use cjm::domain::note::{Note, NoteKind};
use cjm::domain::{Event, GroupId, NoteId, PersonaId, PhaseId};
use ui_common::*;

/// Reports mark private notes on the boards and in the CSV, but the
/// ranking and the decisions (and the exit criteria, which quote a pain
/// point) show a private measure's text unmarked.
#[test]
fn every_line_of_the_report_quoting_a_private_measure_marks_it() {
    let (mut app, _) = app_at(5, 80);
    with_votes(&mut app);
    app.commit(Event::NotePrivacySet { id: NoteId(303), private: true });
    let md = cjm::export::markdown(app.session(), app.now);
    let unmarked: Vec<&str> =
        md.lines().filter(|l| l.contains("初期設定の代行サービス") && !l.contains("(private)")).collect();
    assert!(unmarked.is_empty(), "lines quoting the private measure without the mark: {unmarked:#?}");
}

/// A pain point nothing answers yet (no As-Is in its phase, no To-Be),
/// kept private: the exit criteria quote it marked, and so does the item
/// the converge prompt parks for it (its text is written when parked, from
/// the same sentence).
#[test]
fn exit_criteria_and_a_parked_gap_mark_a_private_pain_point() {
    let pain = "Churn at ACME";
    let (mut app, _) = app_at(3, 50);
    let note = Note {
        group: GroupId(200),
        persona: Some(PersonaId(1)),
        phase: PhaseId(17),
        kind: NoteKind::Pain,
        text: pain.into(),
        author: None,
        answers: vec![],
    };
    app.commit(Event::NoteAdded { id: NoteId(400), note });
    app.commit(Event::NotePrivacySet { id: NoteId(400), private: true });
    app.tick(app.now + 51 * cjm::domain::clock::MINUTE);
    app.handle(&key(crossterm::event::KeyCode::Esc));
    app.tick(app.now + 2 * cjm::domain::clock::MINUTE);
    assert_eq!(app.overlay, Some(cjm::app::Overlay::Converge { step: 3 }));
    app.handle(&ch('p'));
    let parked: Vec<&str> = app.session().parking.values().map(|p| p.text.as_str()).collect();
    assert!(parked.iter().any(|t| t.contains(&format!("(private) {pain}"))), "{parked:#?}");
    let md = cjm::export::markdown(app.session(), app.now);
    let quoting: Vec<&str> = md.lines().filter(|l| l.contains(pain)).collect();
    assert!(quoting.len() >= 3, "the map, the exit criteria and the parking lot quote it: {quoting:#?}");
    let unmarked: Vec<&&str> = quoting.iter().filter(|l| !l.contains("(private)")).collect();
    assert!(unmarked.is_empty(), "lines quoting the private pain point without the mark: {unmarked:#?}");
}
