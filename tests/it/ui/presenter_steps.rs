//! The presenter view on the steps around the discussion: the share-out
//! turn's clock large, the goal, and read-only views of the personas and
//! the phases (what the room sees when the facilitator goes back `[` to
//! change them), in English and Japanese at 100×30 and 80×24.

use crate::ui_common;

use cjm::domain::{Event, GroupId, Lang};
use crossterm::event::KeyCode;
use ui_common::*;

const SHARE_OUT: usize = 4;

/// Draws the room's view at 100×30 and 80×24, checks no wide character
/// is split or misplaced, and snapshots both.
fn snap(name: &str, app: &mut cjm::app::App) {
    app.presenter = true;
    for (w, h) in [(100, 30), (80, 24)] {
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), ui_common::wide::checked_screen(name, app, w, h));
    }
}

fn room(app: &mut cjm::app::App) -> String {
    app.presenter = true;
    screen_text(&render(app, 100, 30))
}

/// The share-out, Aチーム's turn started 12 minutes in; `seconds_in` later.
fn turn(lang: Lang, seconds_in: u64) -> cjm::app::App {
    let (mut app, _) = app_at_in(lang, SHARE_OUT, 12);
    app.commit(Event::ShareOutStarted { group: GroupId(200) });
    app.tick(app.now + seconds_in * 1000);
    app
}

#[test]
fn during_a_turn_the_room_sees_the_turns_clock_large() {
    // The 20-minute share-out shared by two groups: 10 minutes a turn.
    let mut app = turn(Lang::En, 48);
    let text = room(&mut app);
    assert!(text.contains("Presenting: Aチーム · 09:12 left · whole 19:12 left (of 20:00)"), "{text}");
    assert!(text.contains("███ ███       █ ███"), "the turn's 09:12 in large digits:\n{text}");
    snap("presenter_turn", &mut app);
    app.tick(app.now + 10 * 60_000);
    let text = room(&mut app);
    assert!(text.contains("Presenting: Aチーム · +00:48 over"), "over in words:\n{text}");
    let mut ja = turn(Lang::Ja, 48);
    let text = room(&mut ja);
    assert!(text.contains("発表中: Aチーム · 09:12"), "{text}");
    snap("presenter_turn_ja", &mut ja);
}

#[test]
fn before_a_turn_the_room_sees_the_steps_clock() {
    let (mut app, _) = app_at(SHARE_OUT, 12);
    app.tick(app.now + 48_000);
    let text = room(&mut app);
    assert!(!text.contains("Presenting"), "{text}");
    assert!(text.contains("19:12 left"), "{text}");
}

/// During a turn the room's view is pinned to the presenting group: Tab
/// is not offered (the help does not list it) and changes nothing; before
/// and after the turn it picks the board again.
#[test]
fn during_a_turn_tab_is_not_offered_in_the_presenter_view() {
    let mut app = turn(Lang::En, 48);
    app.sel.group = Some(GroupId(200));
    app.presenter = true;
    app.handle(&key(KeyCode::Tab));
    assert_eq!(app.group(), Some(GroupId(200)), "Tab moves nothing during a turn");
    app.handle(&ch('?'));
    let help = screen_text(&render(&app, 100, 30));
    assert!(!help.contains("Tab"), "the help offers no Tab during a turn:\n{help}");
    app.handle(&key(KeyCode::Esc));
    // The facilitator's own share-out screen still picks boards.
    app.presenter = false;
    app.handle(&key(KeyCode::Tab));
    assert_eq!(app.group(), Some(GroupId(201)));
    let (mut before, _) = app_at(SHARE_OUT, 12);
    before.sel.group = Some(GroupId(200));
    before.presenter = true;
    before.handle(&ch('?'));
    assert!(screen_text(&render(&before, 100, 30)).contains("Tab"), "offered before a turn");
    before.handle(&key(KeyCode::Esc));
    before.handle(&key(KeyCode::Tab));
    assert_eq!(before.group(), Some(GroupId(201)));
}

/// `cjm discuss`, gone back `[` from the discussion to the phases, the
/// first phase defined.
fn discuss_phases(lang: Lang) -> cjm::app::App {
    let (mut app, _) = ui_common::discuss::discuss_app(lang, 10);
    app.handle(&ch('['));
    assert_eq!(app.screen(), cjm::app::Screen::Phases);
    let definition = match lang {
        Lang::En => "signed up, not yet using it every day",
        Lang::Ja => "契約したが、まだ日常的に使っていない",
    };
    let (id, mut scheme) = chosen(&app);
    scheme.phases[0].definition = definition.into();
    app.commit(Event::SchemeSaved { id, scheme });
    app
}

fn chosen(app: &cjm::app::App) -> (cjm::domain::SchemeId, cjm::domain::phase::PhaseScheme) {
    let s = app.session();
    let id = s.choice.as_ref().expect("chosen").scheme;
    (id, s.schemes[&id].clone())
}

#[test]
fn back_on_the_phases_the_room_sees_the_chosen_schemes_phases_and_the_other_schemes() {
    let mut app = discuss_phases(Lang::En);
    let text = room(&mut app);
    assert!(text.contains("Phases: By state ★ chosen"), "{text}");
    assert!(
        text.contains("1. Onboarding") && text.contains("Definition: signed up, not yet"),
        "with definitions:\n{text}"
    );
    assert!(text.contains("By period") && text.contains("★ By state"), "every scheme by name:\n{text}");
    assert!(!text.contains('▸'), "no cursor for the room:\n{text}");
    assert!(!text.contains("Output:"), "{text}");
    snap("presenter_phases", &mut app);
    // The facilitator looks at another scheme: the room still sees the chosen one.
    app.presenter = false;
    app.handle(&key(KeyCode::Up));
    let text = room(&mut app);
    assert!(text.contains("Phases: By state ★ chosen"), "{text}");
    // A renamed phase reaches the room.
    let (id, mut scheme) = chosen(&app);
    scheme.phases[0].name = "Kick-off".into();
    app.commit(Event::SchemeSaved { id, scheme });
    assert!(room(&mut app).contains("1. Kick-off"));
    snap("presenter_phases_ja", &mut discuss_phases(Lang::Ja));
}

#[test]
fn back_on_the_personas_the_room_sees_the_2x2_without_a_selection() {
    let mut app = discuss_phases(Lang::En);
    app.handle(&ch('['));
    assert_eq!(app.screen(), cjm::app::Screen::Personas);
    let text = room(&mut app);
    assert!(!text.contains('▸') && !text.contains("Output:"), "{text}");
    // The fixture's personas: names, characteristics and challenges (a
    // timed step: the large digits give way to the 2×2 at 80×24).
    let (mut app, _) = app_at(1, 12);
    let text = room(&mut app);
    for part in ["推進力の高いリーダー 田中さん", "Characteristics:", "• 現場に定着しない", "End user, low"]
    {
        assert!(text.contains(part), "{part:?}:\n{text}");
    }
    assert!(!text.contains('▸'), "{text}");
    snap("presenter_personas", &mut app);
    snap("presenter_personas_ja", &mut app_at_in(Lang::Ja, 1, 12).0);
}

#[test]
fn on_the_goal_step_the_room_sees_the_goal_and_done_when_framed() {
    let (mut app, _) = app_at(0, 3);
    let text = room(&mut app);
    assert!(text.contains("║                                            Done when:"), "{text}");
    assert!(text.contains("a ranked list of measures, each decided"), "{text}");
    assert!(!text.contains("Output:") && !text.contains("press"), "no facilitator's hint:\n{text}");
    snap("presenter_goal", &mut app);
    let (mut ja, _) = app_at_in(Lang::Ja, 0, 3);
    snap("presenter_goal_ja", &mut ja);
}
