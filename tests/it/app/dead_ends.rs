//! The workshop without dead ends (issue #14): what stopped or misled a
//! new facilitator, item by item, driven by keys.

use crate::ui_common;

use cjm::domain::Event;
use crossterm::event::KeyCode;
use ui_common::*;

/// #14 item 10: picking a picked measure again takes the vote back, and
/// the message line says so (the ballot never changes silently).
#[test]
fn a_second_pick_of_the_same_measure_says_the_vote_was_taken_back() {
    let (mut app, sink) = app_at(5, 30);
    app.handle(&ch('v'));
    app.handle(&key(KeyCode::Enter));
    assert_eq!(app.session().ballots.values().next().map(Vec::len), Some(1));
    assert_eq!(app.message, None, "a pick needs no message");
    app.handle(&key(KeyCode::Enter)); // the same measure again
    assert_eq!(app.session().ballots.values().next().map(Vec::len), Some(0));
    let message = app.message.clone().unwrap_or_default();
    assert!(message.starts_with("Vote taken back: “"), "{message}");
    assert!(message.ends_with("(0/3 picked)"), "{message}");
    assert!(
        matches!(sink.events.borrow().last().map(|s| &s.event), Some(Event::BallotCast { picks, .. }) if picks.is_empty())
    );
    let shown = screen_text(&render(&app, 120, 40));
    assert!(shown.contains("Vote taken back"), "on screen:\n{shown}");
}

fn fresh_app(goal: &str) -> (cjm::app::App, cjm::app::MemorySink) {
    let template = cjm::templates::default_for(cjm::domain::Lang::En);
    let (header, events) =
        cjm::domain::setup::new_session(template, "placeholder", None, T0).expect("valid goal");
    let sink = cjm::app::MemorySink::default();
    let mut app = cjm::app::App::new(cjm::domain::Journal::new(header, events), Box::new(sink.clone()), T0);
    if goal != "placeholder" {
        app.commit(Event::GoalSet { goal: goal.into(), done_when: app.session().done_when.clone() });
    }
    (app, sink)
}

/// #14 item 13: `]` on the goal step with a goal set confirms it (as
/// Enter does) and moves on in one action, so the clock runs; with an
/// empty goal it stays and says why.
#[test]
fn next_step_on_the_goal_confirms_it_and_starts_the_clock() {
    let (mut app, sink) = fresh_app("decide the priority of CS measures");
    assert!(!app.session().goal_confirmed);
    app.handle(&ch(']'));
    assert!(app.session().goal_confirmed, "the goal is confirmed");
    assert!(app.session().clock.started, "the clock runs");
    assert_eq!(app.session().current_step(), 1);
    let events = sink.events.borrow();
    let tail: Vec<_> = events.iter().rev().take(3).map(|s| s.event.clone()).collect();
    assert_eq!(tail, vec![Event::StepEntered { step: 1 }, Event::GoalConfirmed, Event::Batch { len: 2 }]);
    drop(events);
    let shown = screen_text(&render(&app, 100, 30));
    assert!(!shown.contains(app.strings.not_started), "no step waits for the goal:\n{shown}");

    let (mut app, sink) = fresh_app("   ");
    let before = sink.events.borrow().len();
    app.handle(&ch(']'));
    assert_eq!(app.message.as_deref(), Some(app.strings.goal_empty));
    assert_eq!(app.session().current_step(), 0, "stays on the goal");
    assert_eq!(sink.events.borrow().len(), before, "nothing written");
}

/// #14 item 6: a decided measure without an effort is not 2 points: the
/// owner's load counts it apart, as unknown, and the panel says so.
#[test]
fn an_unset_effort_is_unknown_in_the_owners_load() {
    let (mut app, _) = app_at(6, 30);
    with_votes(&mut app); // 303 decided for 佐藤, effort blank
    let loads = cjm::domain::load::by_owner(app.session());
    assert_eq!(loads.len(), 1);
    assert_eq!((loads[0].count, loads[0].points, loads[0].unestimated), (1, 0, 1));
    app.handle(&ch('l'));
    let shown = screen_text(&render(&app, 120, 40));
    assert!(shown.contains("0 effort pts"), "{shown}");
    assert!(shown.contains("+ 1 effort unknown (s)"), "{shown}");
    app.handle(&ch('s')); // S: one point, nothing unknown
    let loads = cjm::domain::load::by_owner(app.session());
    assert_eq!((loads[0].points, loads[0].unestimated), (1, 0));
    assert!(!screen_text(&render(&app, 120, 40)).contains("effort unknown"));
}

/// #14 item 7: ✓ means done. A voter shows `1/3`, `2/3` and ✓ only with
/// all three picks; a group's share-out tab shows `…` during its turn and
/// ✓ once the next group's turn (or the next step) ends it.
#[test]
fn a_check_mark_means_done_for_voters_and_share_out_turns() {
    let (mut app, _) = app_at(5, 30);
    app.handle(&ch('v'));
    let voter_line = |app: &cjm::app::App| {
        let shown = screen_text(&render(app, 120, 40));
        shown.lines().find(|l| l.contains("▸") && l.contains("佐藤")).map(str::to_string).unwrap_or_default()
    };
    for (n, want) in [(1, "1/3   · 佐藤"), (2, "2/3   · 佐藤"), (3, "  ✓   · 佐藤")] {
        app.handle(&key(KeyCode::Enter));
        app.handle(&key(KeyCode::Down));
        assert!(voter_line(&app).contains(want), "after {n} picks: {}", voter_line(&app));
    }

    let (mut app, _) = app_at(4, 30); // share-out
    let tabs = |app: &cjm::app::App| {
        screen_text(&render(app, 120, 40))
            .lines()
            .find(|l| l.contains("Aチーム"))
            .map(str::to_string)
            .unwrap_or_default()
    };
    app.handle(&key(KeyCode::Enter)); // Aチーム starts
    assert!(tabs(&app).contains("Aチーム … "), "presenting, not done: {}", tabs(&app));
    assert!(!tabs(&app).contains('✓'), "{}", tabs(&app));
    app.handle(&key(KeyCode::Tab));
    app.handle(&key(KeyCode::Enter)); // B team starts: Aチーム's turn is over
    assert!(tabs(&app).contains("Aチーム ✓"), "{}", tabs(&app));
    assert!(tabs(&app).contains("B team …"), "{}", tabs(&app));
    next_step(&mut app);
    assert!(app.session().shared_out_done(cjm::domain::GroupId(201)), "leaving the step ends the last turn");
}

/// #14 item 11: once the time-up prompt of a step is handled ("move on"),
/// going back to that finished step does not ask again, in this run or
/// after a reopen; more time for it arms the prompt again.
#[test]
fn the_time_up_prompt_does_not_come_back_on_a_finished_step() {
    use cjm::app::Overlay;
    use cjm::domain::clock::MINUTE;
    let (mut app, sink) = app_at(3, 12);
    let timebox = app.session().timebox(3);
    let mut now = T0 + 12 * MINUTE + timebox + MINUTE;
    app.tick(now);
    assert!(matches!(app.overlay, Some(Overlay::Converge { step: 3 })), "{:?}", app.overlay);
    app.handle(&ch('m')); // move on anyway
    if matches!(app.overlay, Some(Overlay::Missing { .. })) || app.edit.is_some() {
        type_text(&mut app, "time is up");
        app.handle(&key(KeyCode::Enter));
    }
    assert_eq!(app.session().current_step(), 4);
    // The share-out runs over too, and its prompt is closed.
    now += app.session().timebox(4) + MINUTE;
    app.tick(now);
    assert!(matches!(app.overlay, Some(Overlay::Converge { step: 4 })), "{:?}", app.overlay);
    app.handle(&key(KeyCode::Esc));
    app.handle(&ch('['));
    assert_eq!(app.session().current_step(), 3);
    for _ in 0..3 {
        now += 1000;
        app.tick(now);
    }
    assert_eq!(app.overlay, None, "a handled step does not ask again");

    // Reopened: the same events, a fresh app.
    let (header, mut events) = workshop_events();
    events.push(stamp(T0 + 12 * MINUTE, Event::StepEntered { step: 3 }));
    events.extend(sink.events.borrow().iter().cloned());
    let journal = cjm::domain::Journal::new(header, events);
    let mut reopened = cjm::app::App::new(journal, Box::new(cjm::app::MemorySink::default()), now);
    reopened.handle(&ch(']'));
    if reopened.edit.is_some() {
        type_text(&mut reopened, "again");
        reopened.handle(&key(KeyCode::Enter));
    }
    reopened.handle(&ch('['));
    assert_eq!(reopened.session().current_step(), 3);
    reopened.tick(now + 2000);
    assert_eq!(reopened.overlay, None, "nor after a reopen");

    app.handle(&ch('+')); // five more minutes: asks again when they run out
    app.tick(now + 6 * MINUTE);
    assert!(matches!(app.overlay, Some(Overlay::Converge { step: 3 })), "{:?}", app.overlay);
}

/// #14 item 16: a reopened session shows the vote screen as it was left:
/// the selected voter, audience, measure and the load panel.
#[test]
fn reopen_restores_the_selected_voter_audience_and_load_panel() {
    let (mut app, sink) = app_at(5, 30);
    app.handle(&ch('v'));
    app.handle(&key(KeyCode::Tab));
    app.handle(&key(KeyCode::Tab)); // the third voter
    app.handle(&ch('a')); // the second audience
    app.handle(&key(KeyCode::Down));
    app.handle(&ch('l'));
    let before = app.sel.clone();
    app.handle(&ch('q'));
    assert!(app.quit);
    let (header, mut events) = workshop_events();
    events.push(stamp(T0 + 12 * cjm::domain::clock::MINUTE, Event::StepEntered { step: 5 }));
    events.extend(sink.events.borrow().iter().cloned());
    let journal = cjm::domain::Journal::new(header, events);
    let reopened = cjm::app::App::new(journal, Box::new(cjm::app::MemorySink::default()), app.now);
    assert_eq!(
        (reopened.sel.voter, reopened.sel.audience, reopened.sel.measure, reopened.sel.show_load),
        (before.voter, before.audience, before.measure, before.show_load)
    );
    assert_eq!(before.voter, 2);
    assert_eq!(before.audience, 1);
    assert!(before.show_load);
    assert_eq!(cjm::app::vote_ops::voter(&reopened), cjm::app::vote_ops::voter(&app));
}

/// #14 item 1: `0` on an As-Is cell records "no As-Is measure today" for
/// the group and phase: the cell, the presenter view and the overview say
/// so, the As-Is check counts it, it is no measure (no vote candidate);
/// `0` again takes it back; elsewhere it says why not.
#[test]
fn zero_on_an_as_is_cell_records_none_today() {
    use cjm::domain::checks::Gap;
    use cjm::domain::{GroupId, PhaseId};
    let (mut app, sink) = app_at(3, 20);
    let expansion = (GroupId(200), PhaseId(17));
    let gap = |app: &cjm::app::App| {
        let want = Gap::EmptyCell(expansion.0, expansion.1, cjm::domain::note::NoteKind::AsIs);
        app.gaps.contains(&want)
    };
    assert!(gap(&app), "Expansion has no As-Is yet: {:?}", app.gaps);
    app.handle(&key(KeyCode::Right));
    app.handle(&key(KeyCode::Right));
    app.handle(&ch('0')); // on the pain row: refused
    assert_eq!(app.message.as_deref(), Some(app.strings.none_today_as_is_only));
    app.handle(&key(KeyCode::Down));
    let measures = app.session().vote_list().len();
    app.handle(&ch('0'));
    assert!(app.session().no_as_is.contains(&expansion));
    assert!(matches!(
        sink.events.borrow().last().map(|s| &s.event),
        Some(Event::AsIsNoneMarked { none: true, .. })
    ));
    assert_eq!(app.message.as_deref(), Some(app.strings.none_today_marked));
    assert!(!gap(&app), "the check counts it: {:?}", app.gaps);
    assert_eq!(app.session().vote_list().len(), measures, "not a measure");
    let shown = screen_text(&render(&app, 100, 30));
    assert!(shown.contains("— none today —"), "{shown}");
    app.handle(&ch('P'));
    let room = screen_text(&render(&app, 100, 30));
    assert!(room.contains("— none today —"), "the presenter view shows it:\n{room}");
    app.handle(&ch('P'));
    app.handle(&ch('0'));
    assert!(!app.session().no_as_is.contains(&expansion), "0 again takes it back");
    assert_eq!(app.message.as_deref(), Some(app.strings.none_today_cleared));
    app.handle(&ch('0'));
    app.handle(&ch('a'));
    type_text(&mut app, "月次レポート");
    app.handle(&key(KeyCode::Enter));
    assert!(!app.session().no_as_is.contains(&expansion), "a note written there takes the mark back");
    app.handle(&ch('0'));
    assert_eq!(app.message.as_deref(), Some(app.strings.none_today_has_notes));
}

/// #14 item 5: one definition of the top measures (each audience's top N,
/// ties included): the decide step's check and the wrap-up agree. Here the
/// top 1 of promoters (303) and of end users (306) are both due; with only
/// 306 decided the wrap-up says 1/2, not "1/1 ✓" from the total ranking.
#[test]
fn top_measures_decided_agrees_between_the_check_and_the_wrap_up() {
    use cjm::domain::decision::{Decision, Feasibility, Impact};
    use cjm::domain::{NoteId, ParticipantId};
    let (mut header, mut events) = workshop_events();
    header.template.voting.top_n = 1;
    let wrap_up = header.template.steps.iter().position(|s| s.kind == cjm::domain::StepKind::WrapUp).unwrap();
    let decide = header.template.steps.iter().position(|s| s.kind == cjm::domain::StepKind::Decide).unwrap();
    events.push(stamp(T0 + 12 * cjm::domain::clock::MINUTE, Event::StepEntered { step: decide }));
    let sink = cjm::app::MemorySink::default();
    let journal = cjm::domain::Journal::new(header, events);
    let mut app = cjm::app::App::new(journal, Box::new(sink), T0 + 30 * cjm::domain::clock::MINUTE);
    let ballot = |voter, audience: &str, picks| Event::BallotCast {
        voter: ParticipantId(voter),
        audience: audience.into(),
        picks,
    };
    app.commit(ballot(100, "promoters", vec![NoteId(303)]));
    app.commit(ballot(100, "end_users", vec![NoteId(306)]));
    app.commit(ballot(101, "end_users", vec![NoteId(306)]));
    app.commit(Event::VotingClosed);
    let decision = Decision {
        impact: Impact::Effective,
        feasibility: Feasibility::Now,
        owner: Some(ParticipantId(100)),
        effort: None,
        due: None,
    };
    app.commit(Event::Decided { measure: NoteId(306), decision });
    assert_eq!(cjm::domain::checks::top_measures(app.session()), vec![NoteId(303), NoteId(306)]);
    let unmet: Vec<_> = app.gaps.clone();
    assert_eq!(unmet, vec![cjm::domain::checks::Gap::Undecided(NoteId(303))]);
    app.commit(Event::StepEntered { step: wrap_up });
    let shown = screen_text(&render(&app, 120, 40));
    assert!(shown.contains("✗ 1/2 top measures decided"), "{shown}");
}

/// #14 item 12: reopened after 12 minutes closed with the clock running,
/// the app asks whether that time counts; `n` pauses it out with an event
/// (so the fold, and replay, agree), `y` keeps it; a short gap asks nothing.
#[test]
fn time_while_the_app_was_closed_counts_only_if_the_room_says_so() {
    use cjm::app::Overlay;
    use cjm::app::state::Question;
    use cjm::domain::clock::MINUTE;
    let reopen = |gap: u64| {
        let (header, mut events) = workshop_events();
        events.push(stamp(T0 + 12 * MINUTE, Event::StepEntered { step: 3 }));
        let sink = cjm::app::MemorySink::default();
        let journal = cjm::domain::Journal::new(header.clone(), events.clone());
        let mut app = cjm::app::App::new(journal, Box::new(sink.clone()), T0 + 12 * MINUTE + gap);
        app.ask_about_closed_time();
        (app, sink, header, events)
    };
    let (mut app, sink, header, mut events) = reopen(12 * MINUTE);
    assert!(
        matches!(app.overlay, Some(Overlay::Confirm(Question::ClosedTime { since })) if since == T0 + 12 * MINUTE)
    );
    let shown = screen_text(&render(&app, 100, 30));
    assert!(shown.contains("closed for 12 min"), "{shown}");
    app.handle(&ch('n'));
    assert_eq!(app.overlay, None);
    assert_eq!(app.session().clock.elapsed(3, app.now), 0, "the 12 minutes are paused out");
    assert!(app.session().clock.started && !app.session().clock.paused, "the clock runs on from now");
    events.extend(sink.events.borrow().iter().cloned());
    let replayed = cjm::domain::fold(header, &events);
    assert_eq!(replayed.clock.elapsed(3, app.now + MINUTE), MINUTE, "the fold agrees");

    let (mut app, sink, ..) = reopen(12 * MINUTE);
    app.handle(&ch('y'));
    assert_eq!(app.overlay, None);
    assert_eq!(app.session().clock.elapsed(3, app.now), 12 * MINUTE, "the time counts");
    assert!(sink.events.borrow().is_empty(), "counting it needs no event");

    let (app, ..) = reopen(MINUTE / 2);
    assert_eq!(app.overlay, None, "a short gap asks nothing");
}

/// #14 item 9: the owner is typed, not cycled: `w`, a start and Tab
/// complete a participant (Tab again: the next match), a new name joins
/// as a participant in the same action, empty clears; the ranking row
/// shows the owner.
#[test]
fn the_owner_is_typed_with_completion_from_the_participants() {
    use cjm::domain::{NoteId, ParticipantId};
    let (mut app, sink) = app_at(6, 30);
    with_votes(&mut app); // 303 decided, owner 佐藤
    app.handle(&key(KeyCode::Down)); // 306: not decided
    let m = NoteId(306);
    let owner = |app: &cjm::app::App| app.session().decisions.get(&m).and_then(|d| d.owner);
    app.handle(&ch('w'));
    type_text(&mut app, "a"); // Alex, case-insensitive
    app.handle(&key(KeyCode::Tab));
    assert_eq!(app.edit.as_ref().map(|e| e.input.text().to_string()).as_deref(), Some("Alex"));
    app.handle(&key(KeyCode::Enter));
    assert_eq!(owner(&app), Some(ParticipantId(102)), "decided with its owner in one key");
    let shown = screen_text(&render(&app, 120, 40));
    assert!(shown.contains("@Alex"), "the decisions show the owner:\n{shown}");
    let people = app.session().participants.len();
    app.handle(&ch('w'));
    for _ in 0..10 {
        app.handle(&key(KeyCode::Backspace));
    }
    type_text(&mut app, "伊藤");
    app.handle(&key(KeyCode::Tab)); // nobody starts so
    assert_eq!(app.message.as_deref(), Some(app.strings.owner_no_match));
    let before = sink.events.borrow().len();
    app.handle(&key(KeyCode::Enter));
    assert_eq!(app.session().participants.len(), people + 1, "a new name joins");
    assert_eq!(owner(&app).map(|o| app.session().participant_name(o).to_string()).as_deref(), Some("伊藤"));
    let events = sink.events.borrow();
    assert!(matches!(events[before].event, Event::Batch { len: 2 }), "one action: {:?}", &events[before..]);
    drop(events);
    app.handle(&ch('w'));
    app.handle(&ctrl('u'));
    app.handle(&key(KeyCode::Enter));
    assert_eq!(owner(&app), None, "empty clears the owner");
}

/// #14 item 3 (part): a cell that cannot show all its notes says how many
/// are out of sight, on the board and in the presenter view, at 100×30.
#[test]
fn a_full_cell_says_how_many_notes_are_out_of_sight() {
    use cjm::domain::note::{Note, NoteKind};
    use cjm::domain::{GroupId, NoteId, PersonaId, PhaseId};
    let (mut app, _) = app_at(3, 20);
    for i in 0..6u32 {
        let note = Note {
            group: GroupId(200),
            persona: Some(PersonaId(1)),
            phase: PhaseId(15),
            kind: NoteKind::Pain,
            text: format!("追加のつまづき {i}"),
            author: None,
            answers: vec![],
        };
        app.commit(Event::NoteAdded { id: NoteId(500 + i), note });
    }
    let board = screen_text(&render(&app, 100, 30));
    let more = board.lines().find(|l| l.contains(" more (↑/↓)")).map(str::to_string);
    assert!(more.is_some(), "the board says notes are out of sight:\n{board}");
    app.handle(&ch('P'));
    let room = screen_text(&render(&app, 100, 30));
    assert!(room.contains(" more (↑/↓)"), "the presenter view too:\n{room}");
}
