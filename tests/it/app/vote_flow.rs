//! Vote and decide by keys: merging before voting opens, picks and their
//! refusals, the ranking and a second round, effort and due dates, load.

use crate::ui_common;

use cjm::domain::Event;
use crossterm::event::KeyCode;
use ui_common::*;

#[test]
fn voting_hides_tallies_until_closed_then_decides() {
    let (mut app, sink) = app_at(5, 30);
    app.handle(&key(KeyCode::Down)); // second measure
    app.handle(&key(KeyCode::Enter)); // refused: voting not open yet
    assert!(app.session().ballots.is_empty());
    assert_eq!(app.message.as_deref(), Some(app.strings.open_voting_first));
    app.handle(&ch('v'));
    assert!(app.session().voting_open);
    app.handle(&key(KeyCode::Enter)); // pick it for 佐藤, promoters
    let ballot = app.session().ballots.values().next().cloned();
    assert_eq!(ballot, Some(vec![cjm::domain::NoteId(303)]));
    let shown = screen_text(&render(&app, 120, 40));
    assert!(!shown.contains(" votes ["), "no tallies while open");
    assert!(shown.contains("1/3   · 佐藤"), "who voted is shown, 1 of 3 picks:\n{shown}");
    app.handle(&ch('c'));
    assert!(app.session().voting_closed);
    app.handle(&ch('i')); // decide the top measure
    app.handle(&ch('w'));
    type_text(&mut app, "佐");
    app.handle(&key(KeyCode::Tab));
    app.handle(&key(KeyCode::Enter));
    let d = app.session().decisions.get(&cjm::domain::NoteId(303)).cloned().expect("decided");
    assert!(d.owner.is_some());
    assert!(sink.events.borrow().iter().any(|s| matches!(s.event, Event::Decided { .. })));
}

#[test]
fn duplicates_merge_and_unmerge_and_wording_changes_only_before_voting_opens() {
    use cjm::domain::NoteId;
    let (mut app, sink) = app_at(5, 30);
    let rows = cjm::app::vote_ops::rows(&app);
    assert!(rows.len() >= 2, "{rows:?}");
    let (first, second) = (rows[0], rows[1]);
    app.handle(&ch('M')); // nothing marked
    assert_eq!(app.message.as_deref(), Some(app.strings.mark_first));
    app.handle(&ch('m')); // mark the first
    app.handle(&key(KeyCode::Down));
    app.handle(&ch('M')); // merge it into the second
    assert_eq!(app.session().merged_into.get(&first), Some(&second));
    assert!(matches!(sink.events.borrow().last().map(|s| &s.event),
        Some(Event::MeasuresMerged { keep, merged }) if *keep == second && *merged == first));
    assert!(!cjm::app::vote_ops::rows(&app).contains(&first), "a merged measure leaves the list");
    let shown = screen_text(&render(&app, 120, 40));
    assert!(shown.contains(app.strings.merged_from), "the kept measure shows its sources");
    app.handle(&ch('U'));
    assert!(app.session().merged_into.is_empty());
    assert!(
        matches!(sink.events.borrow().last().map(|s| &s.event), Some(Event::MeasureUnmerged { merged }) if *merged == first)
    );
    let at = cjm::app::vote_ops::selected(&app).unwrap_or(NoteId(0));
    app.handle(&ch('e'));
    type_text(&mut app, "!");
    app.handle(&key(KeyCode::Enter));
    assert!(app.session().notes[&at].text.ends_with('!'));
    assert!(matches!(sink.events.borrow().last().map(|s| &s.event), Some(Event::NoteEdited { .. })));
    let before = sink.events.borrow().len();
    app.handle(&ch('e'));
    for _ in 0..200 {
        app.handle(&key(KeyCode::Backspace));
    }
    app.handle(&key(KeyCode::Enter)); // empty keeps the wording
    assert_eq!(sink.events.borrow().len(), before, "emptying the wording deletes nothing");
    assert!(app.session().notes.contains_key(&at));
    app.handle(&ch('v'));
    assert!(matches!(sink.events.borrow().last().map(|s| &s.event), Some(Event::VotingOpened)));
    let before = sink.events.borrow().len();
    for c in ['m', 'M', 'U', 'e', 'v'] {
        app.handle(&ch(c));
        assert_eq!(app.message.as_deref(), Some(app.strings.voting_is_open), "{c} refused");
    }
    assert_eq!(sink.events.borrow().len(), before, "nothing appended once voting is open");
}

#[test]
fn over_budget_picks_are_refused_with_a_message() {
    let (mut app, sink) = app_at(5, 30);
    app.handle(&ch('v'));
    let budget = app.session().header.template.voting.audiences[0].budget as usize;
    for _ in 0..budget {
        app.handle(&key(KeyCode::Enter));
        app.handle(&key(KeyCode::Down));
    }
    app.handle(&key(KeyCode::Enter)); // one too many
    assert!(
        app.session().ballots.values().all(|p| {
            let mut d = p.clone();
            d.sort();
            d.dedup();
            d.len() == p.len()
        }),
        "no duplicate picks"
    );
    let picks = app.session().ballots.values().next().cloned().unwrap_or_default();
    assert_eq!(picks.len(), budget);
    assert!(app.message.as_deref().is_some_and(|m| m.starts_with(app.strings.budget_used)));
    let casts = sink.events.borrow().iter().filter(|s| matches!(s.event, Event::BallotCast { .. })).count();
    assert_eq!(casts, budget, "the refused pick appends nothing");
}

#[test]
fn a_second_round_starts_on_the_top_measures_only_after_closing() {
    let (mut app, sink) = app_at(5, 30);
    app.handle(&ch('v'));
    app.handle(&key(KeyCode::Enter)); // a pick, so the round is open
    app.handle(&ch('r'));
    assert_eq!(app.message.as_deref(), Some(app.strings.close_round_first));
    assert!(!sink.events.borrow().iter().any(|s| matches!(s.event, Event::RoundStarted { .. })));
    let (mut app, sink) = app_at(5, 30);
    with_votes(&mut app);
    let shown = screen_text(&render(&app, 120, 40));
    assert!(shown.contains("█"), "the ranking has bars");
    app.handle(&ch('r'));
    let started = sink.events.borrow().iter().find_map(|s| match &s.event {
        Event::RoundStarted { measures } => Some(measures.clone()),
        _ => None,
    });
    assert_eq!(started, Some(vec![cjm::domain::NoteId(303), cjm::domain::NoteId(306)]));
    assert!(!app.session().voting_closed && app.session().ballots.is_empty());
    assert_eq!(cjm::app::vote_ops::rows(&app).len(), 2, "only the top measures are on the new ballot");
}

#[test]
fn effort_cycles_and_due_date_is_typed_on_the_decision() {
    use cjm::domain::decision::Effort;
    let (mut app, sink) = app_at(6, 30);
    with_votes(&mut app); // 303 decided, on top
    let m = cjm::domain::NoteId(303);
    let effort = |app: &cjm::app::App| app.session().decisions.get(&m).and_then(|d| d.effort);
    for want in [Some(Effort::S), Some(Effort::M), Some(Effort::L), None] {
        app.handle(&ch('s'));
        assert_eq!(effort(&app), want);
    }
    app.handle(&ch('d'));
    type_text(&mut app, "2026-12-15");
    app.handle(&key(KeyCode::Enter));
    assert_eq!(app.session().decisions.get(&m).and_then(|d| d.due.clone()).as_deref(), Some("2026-12-15"));
    assert!(matches!(sink.events.borrow().last().map(|s| &s.event), Some(Event::Decided { .. })));
    let shown = screen_text(&render(&app, 120, 40));
    assert!(shown.contains("2026-12-15"), "the grid shows the due date:\n{shown}");
    app.handle(&key(KeyCode::Down)); // 306: not decided
    let before = sink.events.borrow().len();
    app.handle(&ch('s'));
    assert_eq!(app.message.as_deref(), Some(app.strings.decide_first));
    app.handle(&ch('d'));
    assert_eq!(app.message.as_deref(), Some(app.strings.decide_first));
    assert_eq!(sink.events.borrow().len(), before, "refused: nothing appended");
}

#[test]
fn the_load_panel_warns_in_words_about_an_overloaded_owner() {
    let (mut app, _) = app_at(6, 30);
    with_load(&mut app);
    app.sel.show_load = false;
    app.handle(&ch('l'));
    assert!(app.sel.show_load);
    let shown = screen_text(&render(&app, 120, 40));
    assert!(shown.contains(app.strings.load_title), "{shown}");
    assert!(shown.contains(app.strings.overloaded), "the warning is words, not colour alone:\n{shown}");
    app.handle(&ch('l'));
    assert!(!screen_text(&render(&app, 120, 40)).contains(app.strings.overloaded));
}
