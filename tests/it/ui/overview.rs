//! The all-groups overview: keys (`O`, arrows, Enter, digits, Esc) and
//! snapshots in English and Japanese at 100×30 and 80×24.

use crate::ui_common;

use cjm::app::{App, Mode};
use cjm::domain::{Event, GroupId, Lang};
use crossterm::event::KeyCode;
use ui_common::wide::{checked_screen, render_frame, split_wide_chars};
use ui_common::*;

/// The discussion (step 4) with four groups, the overview open on B team.
fn overview(lang: Lang) -> App {
    let (mut app, _) = app_at_in(lang, 3, 50);
    with_four_groups(&mut app);
    app.sel.group = Some(GroupId(201));
    app.handle(&ch('O'));
    app
}

fn snap(name: &str, app: &App) {
    for (w, h) in [(100, 30), (80, 24)] {
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), checked_screen(name, app, w, h));
    }
}

#[test]
fn overview_in_english() {
    let app = overview(Lang::En);
    assert_eq!(app.mode(), Mode::Overview);
    snap("overview_en", &app);
}

#[test]
fn overview_in_japanese() {
    snap("overview_ja", &overview(Lang::Ja));
}

fn groups(app: &App) -> Vec<GroupId> {
    app.session().groups.keys().copied().collect()
}

#[test]
fn o_toggles_the_overview_on_the_discussion_and_esc_goes_back() {
    let (mut app, _) = app_at(3, 50);
    with_four_groups(&mut app);
    assert_eq!(app.mode(), Mode::Screen(cjm::app::Screen::Discussion));
    app.handle(&ch('O'));
    assert_eq!(app.mode(), Mode::Overview);
    app.handle(&ch('O'));
    assert_eq!(app.mode(), Mode::Screen(cjm::app::Screen::Discussion), "O again: back to the board");
    app.handle(&ch('O'));
    app.handle(&key(KeyCode::Esc));
    assert_eq!(app.mode(), Mode::Screen(cjm::app::Screen::Discussion), "Esc: back to the board");
}

#[test]
fn arrows_and_tab_select_a_group_and_enter_opens_its_board() {
    let mut app = overview(Lang::En);
    let g = groups(&app);
    assert_eq!(app.group(), Some(g[1]));
    app.handle(&key(KeyCode::Right));
    assert_eq!(app.group(), Some(g[2]));
    app.handle(&key(KeyCode::Tab));
    assert_eq!(app.group(), Some(g[3]));
    app.handle(&key(KeyCode::Right));
    assert_eq!(app.group(), Some(g[0]), "wraps around");
    app.handle(&key(KeyCode::Left));
    app.handle(&key(KeyCode::BackTab));
    assert_eq!(app.group(), Some(g[2]));
    assert_eq!(app.mode(), Mode::Overview, "selecting stays on the overview");
    app.handle(&key(KeyCode::Enter));
    assert_eq!(app.mode(), Mode::Screen(cjm::app::Screen::Discussion));
    assert_eq!(app.sel.group, Some(g[2]));
    let text = screen_text(&render(&app, 100, 30));
    assert!(
        text.contains("Persona: 情報収集ニーズの低いエンドユーザー 山田さん"),
        "Cチーム's board:\n{text}"
    );
    assert!(text.contains("権限設定で迷う"), "{text}");
}

#[test]
fn digits_open_a_group_board_and_out_of_range_digits_do_nothing() {
    let mut app = overview(Lang::En);
    let g = groups(&app);
    app.handle(&ch('5'));
    app.handle(&ch('9'));
    assert_eq!(app.mode(), Mode::Overview, "only four groups");
    assert_eq!(app.group(), Some(g[1]));
    app.handle(&ch('4'));
    assert_eq!(app.mode(), Mode::Screen(cjm::app::Screen::Discussion));
    assert_eq!(app.sel.group, Some(g[3]));
    app.handle(&ch('O'));
    app.handle(&ch('1'));
    assert_eq!(app.sel.group, Some(g[0]));
    assert_eq!(app.mode(), Mode::Screen(cjm::app::Screen::Discussion));
    app.handle(&ch('1'));
    assert_eq!(app.mode(), Mode::Screen(cjm::app::Screen::Discussion), "digits do nothing on the board");
}

#[test]
fn global_keys_keep_working_in_the_overview() {
    let mut app = overview(Lang::En);
    app.handle(&ch('P'));
    assert_eq!(app.mode(), Mode::Presenter);
    assert!(app.overview_on(), "the presenter view covers the overview");
    app.handle(&key(KeyCode::Esc));
    assert_eq!(app.mode(), Mode::Overview, "Esc leaves the presenter view first");
    app.handle(&ch('?'));
    let help = cjm::ui::overlays::help_lines(&app);
    assert!(help.iter().any(|(k, d)| k == "1-9" && d.contains("board")), "{help:?}");
    assert!(help.iter().any(|(k, _)| k == "Enter"), "{help:?}");
    app.handle(&key(KeyCode::Esc));
    assert_eq!(app.mode(), Mode::Overview);
    let timebox = app.session().timebox(3);
    app.handle(&ch('+'));
    assert!(app.session().timebox(3) > timebox);
    app.handle(&ch('p'));
    assert!(
        matches!(app.edit.as_ref().map(|e| &e.target), Some(cjm::app::state::Target::Park)),
        "no note is in sight: p asks for a line to park"
    );
}

#[test]
fn the_overview_is_off_on_other_steps() {
    let mut app = overview(Lang::En);
    app.commit(Event::StepEntered { step: 5 });
    assert!(!app.overview_on() && !app.overview);
    app.handle(&ch('O'));
    assert!(!app.overview, "no overview on the vote");
    app.commit(Event::StepEntered { step: 3 });
    assert_eq!(app.mode(), Mode::Screen(cjm::app::Screen::Discussion), "coming back shows the board");
    assert!(app.tallies.groups.len() == 4);
}

#[test]
fn share_out_shows_the_discussion_gaps_and_who_has_shared_out() {
    let (mut app, _) = app_at(3, 50);
    with_four_groups(&mut app);
    let discussion = app.tallies.clone();
    app.commit(Event::StepEntered { step: 4 });
    app.commit(Event::ShareOutStarted { group: GroupId(200) });
    app.commit(Event::ShareOutStarted { group: GroupId(202) });
    assert_eq!(app.tallies, discussion, "the discussion's checks, not the share-out's");
    app.sel.group = Some(GroupId(203));
    app.handle(&ch('O'));
    assert_eq!(app.mode(), Mode::Overview);
    let (terminal, buf) = render_frame(&app, 100, 30);
    assert!(split_wide_chars(&buf).is_empty());
    let text = screen_text(&terminal);
    assert!(
        text.contains("1. Aチーム ✓") && text.contains("3. Cチーム（定着支援） …"),
        "done ✓, presenting …: {text}"
    );
    assert!(text.contains("2. B team─"), "B team has not shared out:\n{text}");
    insta::assert_snapshot!("overview_share_out_100x30", text);
    app.handle(&ch('2'));
    assert_eq!(app.mode(), Mode::Screen(cjm::app::Screen::ShareOut));
    assert_eq!(app.sel.group, Some(GroupId(201)));
}

#[test]
fn many_groups_wrap_into_rows_and_the_selected_row_stays_in_sight() {
    let mut app = overview(Lang::En);
    for i in 0..6u32 {
        let group = cjm::domain::group::Group { name: format!("G{}", i + 5), persona: None, members: vec![] };
        app.commit(Event::GroupSaved { id: GroupId(300 + i), group });
    }
    let text = screen_text(&render(&app, 100, 30));
    assert!(text.contains("1. Aチーム") && text.contains("8. G8"), "two rows of four:\n{text}");
    assert!(!text.contains("9. G9") && text.contains("2 more groups out of sight"), "{text}");
    app.handle(&ch('9'));
    assert_eq!(app.sel.group, Some(GroupId(304)), "digits reach groups out of sight");
    app.handle(&ch('O'));
    let (terminal, buf) = render_frame(&app, 100, 30);
    assert!(split_wide_chars(&buf).is_empty());
    let text = screen_text(&terminal);
    assert!(text.contains("▶ 9. G9") && text.contains("10. G10") && !text.contains("1. Aチーム"), "{text}");
    insta::assert_snapshot!("overview_ten_groups_100x30", text);
}

#[test]
fn two_groups_on_five_phases_in_japanese_keep_blocks_narrow() {
    let (mut app, _) = app_at_in(Lang::Ja, 3, 50);
    app.commit(Event::SchemeChosen { id: cjm::domain::SchemeId(5), reason: "期間で見る".into() });
    app.handle(&ch('O'));
    snap("overview_ja_five_phases", &app);
    let text = screen_text(&render(&app, 100, 30));
    let top = text.lines().find(|l| l.contains("1. Aチーム")).expect("block titles");
    let widest = usize::from(cjm::ui::overview::MAX_BLOCK_WIDTH);
    assert_eq!(cjm::text::width(top.trim_end()), 2 * widest, "two blocks at the widest:\n{text}");
}

#[test]
fn the_presenter_can_draw_it_without_the_selection() {
    let mut app = overview(Lang::En);
    app.presenter = true;
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 12)).expect("terminal");
    terminal.draw(|f| cjm::ui::overview::draw_for_room(f, f.area(), &app)).expect("draw");
    let text = screen_text(&terminal);
    assert!(text.contains("2. B team") && text.contains("✗ 6 gaps"), "{text}");
    assert!(!text.contains('▶') && !text.contains('┏'), "no selection:\n{text}");
    terminal.draw(|f| cjm::ui::overview::draw(f, f.area(), &app)).expect("draw");
    assert!(screen_text(&terminal).contains("┏▶ 2. B team"));
}

#[test]
fn a_new_step_opens_on_its_own_screen_not_the_overview() {
    let mut app = overview(Lang::En);
    assert!(app.overview_on());
    next_step(&mut app);
    assert_eq!(app.screen(), cjm::app::Screen::ShareOut);
    assert!(!app.overview_on(), "the share-out shows its own screen (Enter starts a turn)");
    let text = screen_text(&render(&app, 100, 30));
    assert!(text.contains("Enter"), "{text}");
}

#[test]
fn reopening_shows_the_overview_where_the_facilitator_left_it() {
    let (header, mut events) = ui_common::workshop_events();
    let (mut app, sink) = app_at(3, 50);
    app.handle(&ch('O'));
    app.handle(&ch('q'));
    events.push(stamp(T0 + 12 * cjm::domain::clock::MINUTE, Event::StepEntered { step: 3 }));
    events.extend(sink.events.borrow().iter().cloned());
    let reopened = App::new(
        cjm::domain::Journal::new(header, events),
        Box::new(cjm::app::MemorySink::default()),
        app.now,
    );
    assert!(reopened.overview_on(), "the overview is back");
    let (mut app, _) = app_at(3, 50);
    app.handle(&ch('q'));
    assert!(!app.session().view.overview, "the board is saved as the board");
}

#[test]
fn a_group_named_after_its_persona_says_the_name_once() {
    let (mut app, _) = app_at(3, 50);
    let name = "推進力の高いリーダー 田中さん";
    let group = cjm::domain::group::Group {
        name: name.into(),
        persona: Some(cjm::domain::PersonaId(1)),
        members: vec![],
    };
    app.commit(Event::GroupSaved { id: GroupId(200), group });
    app.handle(&ch('O'));
    let text = screen_text(&render(&app, 100, 30));
    let title = text.lines().find(|l| l.contains("1. 推進力")).expect("block title");
    assert_eq!(title.matches("田中さん").count(), 1, "{title}");
}
