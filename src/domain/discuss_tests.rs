use super::*;
use crate::domain::agenda::Lang;
use crate::domain::group::Participant;
use crate::domain::ids::{ParticipantId, PersonaId, SchemeId};
use crate::domain::journal::fold;
use crate::domain::timer::Countdown;

const WORDS: Words = Words { group: "Group ", reason: "default" };
const NOW: Millis = 1_000_000;

fn discussion(lang: Lang, minutes: u32) -> Template {
    crate::templates::default_for(lang).discussion_only(minutes).expect("valid minutes")
}

fn started(groups: Groups) -> Session {
    let header = header(discussion(Lang::En, 90), "decide the priority", None, NOW);
    let events = start(&Session::new(header.clone()), groups, WORDS, NOW);
    fold(header, &events)
}

#[test]
fn discussion_only_keeps_untimed_personas_and_phases_then_discussion_share_out_and_wrap_up() {
    let t = discussion(Lang::En, 60);
    let kinds: Vec<_> = t.steps.iter().map(|s| s.kind).collect();
    let expected =
        [StepKind::Personas, StepKind::Phases, StepKind::Discussion, StepKind::ShareOut, StepKind::WrapUp];
    assert_eq!(kinds, expected);
    let untimed: Vec<_> = t.steps.iter().map(|s| s.untimed).collect();
    assert_eq!(untimed, [true, true, false, false, false]);
    assert_eq!(t.steps[0].checks, crate::templates::default_for(Lang::En).steps[1].checks, "checks stay");
    assert_eq!(t.steps[2].minutes, 60);
    assert_eq!(t.steps[2].min_minutes, 45, "the template's minimum stays when below");
    assert_eq!(t.steps[2].parts.len(), 4, "the parts a–d stay");
    assert_eq!(t.planned_total(), (60 + 20 + 10) * 60_000, "the setup steps plan nothing");
    assert!(t.problems().is_empty(), "{:?}", t.problems());
    let short = discussion(Lang::Ja, 20);
    assert_eq!((short.steps[2].minutes, short.steps[2].min_minutes), (20, 20));
    assert!(short.steps[..2].iter().all(|s| s.untimed));
}

#[test]
fn discussion_only_has_a_done_when_it_can_meet() {
    for lang in [Lang::En, Lang::Ja] {
        let full = crate::templates::default_for(lang);
        let own = full.discussion_done_when.clone().expect("the built-in templates set one");
        assert_eq!(discussion(lang, 90).done_when, own);
        assert_ne!(own, full.done_when);
        assert_eq!(header(discussion(lang, 90), "g", None, NOW).done_when, own);
        assert_eq!(header(discussion(lang, 90), "g", Some("mine"), NOW).done_when, "mine", "the user's wins");
    }
    // A template without one: its discussion and share-out steps' outputs.
    let mut t = crate::templates::default_for(Lang::En);
    t.discussion_done_when = None;
    assert_eq!(
        t.discussion_only(90).expect("valid").done_when,
        "Per group and phase: pain points, As-Is and To-Be measures; Every group has shared out"
    );
    let mut t = crate::templates::default_for(Lang::Ja);
    t.discussion_done_when = None;
    assert_eq!(
        t.discussion_only(90).expect("valid").done_when,
        "グループ・フェーズごとのつまづくポイント、As-Is・To-Be 施策。全グループが共有済み"
    );
}

#[test]
fn discussion_only_drops_setup_steps_after_the_discussion_and_needs_none() {
    let mut t = crate::templates::default_for(Lang::En);
    t.steps.retain(|s| !matches!(s.kind, StepKind::Personas | StepKind::Phases));
    let kinds: Vec<_> = t.discussion_only(90).expect("valid").steps.iter().map(|s| s.kind).collect();
    assert_eq!(kinds, [StepKind::Discussion, StepKind::ShareOut, StepKind::WrapUp]);
    let phases = t.steps.iter().position(|s| s.kind == StepKind::Vote).expect("a vote step");
    let mut late = crate::templates::default_for(Lang::En).steps[2].clone();
    late.kind = StepKind::Phases;
    t.steps.insert(phases, late);
    let kinds: Vec<_> = t.discussion_only(90).expect("valid").steps.iter().map(|s| s.kind).collect();
    assert_eq!(kinds, [StepKind::Discussion, StepKind::ShareOut, StepKind::WrapUp], "only before it");
}

#[test]
fn discussion_only_refuses_zero_absurd_minutes_and_no_discussion() {
    let t = crate::templates::default_for(Lang::En);
    assert_eq!(t.discussion_only(0), Err(DiscussError::Minutes(0)));
    assert_eq!(t.discussion_only(601), Err(DiscussError::Minutes(601)));
    assert!(t.discussion_only(600).is_ok());
    let mut none = t.clone();
    none.steps.retain(|s| s.kind != StepKind::Discussion);
    assert_eq!(none.discussion_only(90), Err(DiscussError::NoDiscussion("cjm".into())));
}

#[test]
fn groups_flag_accepts_one_to_twelve() {
    assert_eq!(Groups::from_flag(None), Ok(Groups::PerPersona));
    assert_eq!(Groups::from_flag(Some(1)), Ok(Groups::Count(1)));
    assert_eq!(Groups::from_flag(Some(12)), Ok(Groups::Count(12)));
    assert_eq!(Groups::from_flag(Some(0)), Err(DiscussError::Groups(0)));
    assert_eq!(Groups::from_flag(Some(13)), Err(DiscussError::Groups(13)));
}

#[test]
fn start_seeds_personas_chooses_the_default_scheme_makes_a_group_per_persona_and_starts_the_clock() {
    let s = started(Groups::PerPersona);
    assert_eq!(s.personas.len(), 4);
    assert_eq!(s.chosen_scheme().map(|sc| sc.name.as_str()), Some("By state"));
    assert_eq!(s.choice.as_ref().map(|c| c.reason.as_str()), Some("default"));
    assert_eq!(s.groups.len(), 4);
    for group in s.groups.values() {
        let persona = group.persona.and_then(|p| s.personas.get(&p)).expect("a persona");
        assert_eq!(group.name, persona.name);
    }
    assert!(s.goal_confirmed);
    assert!(s.clock.started);
}

#[test]
fn the_started_session_stands_on_the_discussion_with_its_clock_running_and_the_setup_unvisited() {
    let s = started(Groups::PerPersona);
    assert_eq!(s.current_step(), 2);
    assert_eq!(s.header.template.steps[2].kind, StepKind::Discussion);
    assert_eq!(s.countdown(NOW + 60_000), Some(Countdown::Running(89 * 60_000)));
    let visited: Vec<_> = s.clock.steps.iter().map(|t| t.visited).collect();
    assert_eq!(visited, [false, false, true, false, false]);
    let p = s.clock.against_plan(&s.planned(), NOW + 60_000);
    assert_eq!((p.elapsed, p.plan), (60_000, 60_000), "on plan: nothing counted for the setup");
}

#[test]
fn on_an_untimed_step_there_is_no_countdown_and_the_discussion_clock_waits() {
    let s = started(Groups::PerPersona);
    let mut events = start(&Session::new(s.header.clone()), Groups::PerPersona, WORDS, NOW);
    events.push(Stamped { at: NOW + 10 * 60_000, event: Event::StepEntered { step: 1 } });
    events.push(Stamped { at: NOW, event: Event::TimeboxAdjusted { step: 1, delta_ms: 300_000 } });
    let on_phases = fold(s.header.clone(), &events);
    assert_eq!(on_phases.countdown(NOW + 500 * 60_000), None, "never over, so never the time-up prompt");
    assert_eq!(on_phases.timebox(1), 0, "an adjustment of an untimed step is ignored");
    assert_eq!(on_phases.clock.elapsed(2, NOW + 30 * 60_000), 10 * 60_000, "the discussion waits");
    events.push(Stamped { at: NOW + 15 * 60_000, event: Event::StepEntered { step: 2 } });
    let back = fold(s.header.clone(), &events);
    assert_eq!(back.countdown(NOW + 15 * 60_000), Some(Countdown::Running(80 * 60_000)));
    let p = back.clock.against_plan(&back.planned(), NOW + 15 * 60_000);
    assert_eq!((p.elapsed, p.plan), (15 * 60_000, 10 * 60_000), "time on the phases puts the room behind");
}

#[test]
fn a_session_without_the_setup_steps_still_starts_on_its_discussion() {
    let mut t = discussion(Lang::En, 90);
    t.steps.retain(|s| !s.untimed);
    let h = header(t, "g", None, NOW);
    let events = start(&Session::new(h.clone()), Groups::PerPersona, WORDS, NOW);
    assert!(events.iter().all(|e| !matches!(e.event, Event::StepEntered { .. })));
    let s = fold(h, &events);
    assert_eq!((s.current_step(), s.countdown(NOW)), (0, Some(Countdown::Running(90 * 60_000))));
}

#[test]
fn prepare_is_start_without_the_confirmation_so_the_session_waits_for_its_goal() {
    let h = header(discussion(Lang::En, 90), "", None, NOW);
    let prepared = prepare(&Session::new(h.clone()), Groups::Count(3), WORDS, NOW);
    assert!(prepared.iter().all(|e| e.event != Event::GoalConfirmed));
    let s = fold(h.clone(), &prepared);
    assert_eq!((s.groups.len(), s.personas.len(), s.current_step()), (3, 4, 2));
    assert!(s.choice.is_some());
    assert!(!s.goal_confirmed && !s.clock.started && awaits_goal(&s));
    let mut started = prepared.clone();
    started.push(Stamped { at: NOW, event: Event::GoalConfirmed });
    assert_eq!(start(&Session::new(h), Groups::Count(3), WORDS, NOW), started);
    assert_eq!(start(&s, Groups::PerPersona, WORDS, NOW), [Stamped { at: NOW, event: Event::GoalConfirmed }]);
}

#[test]
fn enter_discussion_moves_only_a_session_not_yet_started_and_not_there() {
    let h = header(discussion(Lang::En, 90), "", None, NOW);
    let fresh = Session::new(h.clone());
    let moved = enter_discussion(&fresh, NOW).expect("moves");
    assert_eq!(moved.event, Event::StepEntered { step: 2 });
    let there = fold(h, &[moved]);
    assert_eq!(there.current_step(), 2);
    assert_eq!(enter_discussion(&there, NOW), None);
    assert_eq!(enter_discussion(&started(Groups::PerPersona), NOW), None);
}

#[test]
fn start_with_a_count_names_groups_by_letter_and_assigns_personas_in_turn() {
    let s = started(Groups::Count(6));
    let names: Vec<_> = s.groups.values().map(|g| g.name.as_str()).collect();
    assert_eq!(names, ["Group A", "Group B", "Group C", "Group D", "Group E", "Group F"]);
    let personas: Vec<_> = s.personas.keys().copied().collect();
    let assigned: Vec<_> = s.groups.values().map(|g| g.persona).collect();
    let expected: Vec<_> = (0..6).map(|i| Some(personas[i % 4])).collect();
    assert_eq!(assigned, expected);
}

#[test]
fn start_falls_back_to_the_first_scheme_and_to_one_group_without_personas() {
    let mut t = discussion(Lang::En, 90);
    t.default_scheme = Some("no such scheme".into());
    t.personas.clear();
    let h = header(t, "g", None, NOW);
    let s = fold(h.clone(), &start(&Session::new(h), Groups::PerPersona, WORDS, NOW));
    assert_eq!(s.chosen_scheme().map(|sc| sc.name.as_str()), Some("By period"));
    let groups: Vec<_> = s.groups.values().map(|g| (g.name.as_str(), g.persona)).collect();
    assert_eq!(groups, [("Group A", None)]);
}

#[test]
fn start_only_adds_what_is_missing_and_ids_follow_the_session() {
    let s = started(Groups::PerPersona);
    let again = start(&s, Groups::Count(3), WORDS, NOW);
    assert!(again.is_empty(), "{again:?}");
    let header = header(discussion(Lang::En, 90), "g", None, NOW);
    let mut seeded = vec![Stamped {
        at: NOW,
        event: Event::GroupSaved {
            id: GroupId(40),
            group: Group { name: "Ours".into(), persona: None, members: vec![] },
        },
    }];
    let session = fold(header.clone(), &seeded);
    let events = start(&session, Groups::Count(3), WORDS, NOW);
    assert!(events.iter().all(|e| !matches!(e.event, Event::GroupSaved { .. })));
    assert!(matches!(events[0].event, Event::PersonaSaved { id: PersonaId(41), .. }));
    seeded.extend(events);
    let s = fold(header, &seeded);
    assert_eq!(s.groups.len(), 1);
    assert!(s.goal_confirmed && s.choice.is_some());
}

#[test]
fn the_japanese_template_chooses_its_state_scheme() {
    let h = header(discussion(Lang::Ja, 90), "施策の優先度を決める", None, NOW);
    let words = Words { group: "グループ", reason: "既定" };
    let s = fold(h.clone(), &start(&Session::new(h), Groups::Count(2), words, NOW));
    assert_eq!(s.chosen_scheme().map(|sc| sc.name.as_str()), Some("状態で分ける"));
    let names: Vec<_> = s.groups.values().map(|g| g.name.as_str()).collect();
    assert_eq!(names, ["グループA", "グループB"]);
}

/// An earlier session with renamed things, a participant in a group, a
/// scheme chosen that is not the default, and a deleted persona.
fn earlier() -> Session {
    let mut s = started(Groups::PerPersona);
    let group = *s.groups.keys().next().expect("a group");
    let scheme = *s.schemes.keys().next().expect("a scheme");
    let persona = *s.personas.keys().last().expect("a persona");
    let extra = vec![
        Event::ParticipantSaved {
            id: ParticipantId(70),
            participant: Participant { name: "Aiko".into(), votes: true },
        },
        Event::GroupSaved {
            id: group,
            group: Group {
                name: "Team 1".into(),
                persona: Some(PersonaId(1)),
                members: vec![ParticipantId(70)],
            },
        },
        Event::SchemeChosen { id: scheme, reason: "we sell by period".into() },
        Event::PersonaDeleted { id: persona },
        Event::GoalSet { goal: "old goal".into(), done_when: "old done".into() },
    ];
    let mut events: Vec<Stamped> = start(&Session::new(s.header.clone()), Groups::PerPersona, WORDS, NOW);
    events.extend(extra.into_iter().map(|event| Stamped { at: NOW + 5, event }));
    s = fold(s.header.clone(), &events);
    s
}

#[test]
fn carry_over_rebuilds_the_earlier_sessions_state_with_the_same_ids() {
    let old = earlier();
    let h = header(discussion(Lang::En, 45), &old.goal, Some(&old.done_when), NOW);
    let s = fold(h, &carry_over(&old, None, NOW));
    assert_eq!(s.participants, old.participants);
    assert_eq!(s.personas, old.personas);
    assert_eq!(s.schemes, old.schemes);
    assert_eq!(s.choice, old.choice);
    assert_eq!(s.groups, old.groups);
    assert_eq!((s.goal.as_str(), s.done_when.as_str()), ("old goal", "old done"));
    assert!(!s.goal_confirmed, "start confirms it");
    assert_eq!(s.personas.len(), 3);
    assert_eq!(s.groups.values().next().map(|g| g.members.clone()), Some(vec![ParticipantId(70)]));
    let events = start(&s, Groups::Count(5), WORDS, NOW);
    let events: Vec<_> = events.iter().map(|e| e.event.clone()).collect();
    assert_eq!(events, [Event::StepEntered { step: 2 }, Event::GoalConfirmed]);
}

#[test]
fn carry_over_with_a_goal_overrides_the_earlier_goal() {
    let old = earlier();
    let events = carry_over(&old, Some("new goal"), NOW);
    let last = events.last().map(|e| e.event.clone());
    assert_eq!(last, Some(Event::GoalSet { goal: "new goal".into(), done_when: "old done".into() }));
    assert!(
        events
            .iter()
            .any(|e| e.event == Event::SchemeChosen { id: SchemeId(5), reason: "we sell by period".into() })
    );
}

#[test]
fn awaits_goal_only_for_an_unconfirmed_agenda_without_a_goal_step() {
    let h = header(discussion(Lang::En, 90), "", None, NOW);
    assert!(awaits_goal(&Session::new(h)));
    assert!(!awaits_goal(&started(Groups::PerPersona)));
    let full = Header::new(NOW, String::new(), String::new(), crate::templates::default_for(Lang::En));
    assert!(!awaits_goal(&Session::new(full)), "a full workshop confirms its goal on its goal step");
}
