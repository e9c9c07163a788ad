//! Half-width katakana with sound marks (ｶﾞ, ﾍﾟ) on every screen that
//! draws note text, in English and Japanese at 80×24 and 100×30: each cell
//! sits where a terminal draws it, so borders stay in their column. A
//! terminal gives ﾞ and ﾟ a column of their own; "ｶﾞ" is two columns.

use crate::ui_common;

use cjm::app::{App, Overlay};
use cjm::domain::note::{Note, NoteKind};
use cjm::domain::{Event, GroupId, Lang, NoteId, PersonaId, PhaseId};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ui_common::wide::{misplaced_cells, render_frame, split_wide_chars, terminal_width};
use ui_common::*;
use unicode_segmentation::UnicodeSegmentation;

const SIZES: [(u16, u16); 2] = [(80, 24), (100, 30)];
const LANGS: [Lang; 2] = [Lang::En, Lang::Ja];

/// The fixture's note 301, "管理画面の用語がわからない ｶﾞｲﾄﾞ".
const NOTE_301: &str = "管理画面の用語がわからない ｶﾞｲﾄﾞ";

/// Row `y` as a terminal shows it: each grapheme at the column the
/// terminal's cursor reaches, by [`terminal_width`].
fn terminal_row(buf: &Buffer, y: u16) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let (mut x, mut column) = (0u16, 0usize);
    while x < buf.area.width {
        let sym = buf[(x, y)].symbol().to_string();
        let w = cjm::text::width(&sym).max(1);
        out.push((column, sym.clone()));
        column += terminal_width(&sym).max(1);
        x += w as u16;
    }
    out
}

fn check(name: &str, app: &App, w: u16, h: u16) -> Buffer {
    let (terminal, buf) = render_frame(app, w, h);
    let text = screen_text(&terminal);
    let split = split_wide_chars(&buf);
    assert!(split.is_empty(), "{name} {w}x{h}: split wide characters {split:?}\n{text}");
    let bad = misplaced_cells(&buf);
    assert!(bad.is_empty(), "{name} {w}x{h}: cells a terminal draws elsewhere {bad:?}\n{text}");
    buf
}

fn link_picker(lang: Lang) -> App {
    let (mut app, _) = app_at_in(lang, 3, 30);
    app.sel.group = Some(GroupId(200));
    app.sel.row = 2;
    app.handle(&ch('l'));
    assert!(matches!(app.overlay, Some(Overlay::Link { note: NoteId(303), .. })));
    app
}

#[test]
fn the_terminal_gives_a_halfwidth_sound_mark_its_own_column() {
    assert_eq!(terminal_width("ｶﾞ"), 2);
    assert_eq!(cjm::text::width("ｶﾞ"), 2, "the buffer agrees");
    assert_eq!(cjm::text::width("ｶﾞｲﾄﾞ"), 5);
    assert_eq!(cjm::text::width("ﾊﾟｸﾞ"), 4);
    assert_eq!(cjm::text::width(NOTE_301), 26 + 1 + 5);
    assert_eq!(cjm::text::truncate("ｶﾞｲﾄﾞ", 4), "ｶﾞｲ…");
    let mut buf = Buffer::empty(Rect::new(0, 0, 8, 1));
    buf.set_string(0, 0, "ｶﾞｲﾄﾞ|", ratatui::style::Style::default());
    let placed: Vec<(usize, String)> = terminal_row(&buf, 0);
    assert!(placed.contains(&(5, "|".to_string())), "{placed:?}");
    assert!(misplaced_cells(&buf).is_empty());
}

#[test]
fn the_link_picker_keeps_its_right_border_in_its_column() {
    for lang in LANGS {
        for (w, h) in SIZES {
            let app = link_picker(lang);
            let buf = check(&format!("link {lang:?}"), &app, w, h);
            let rect = cjm::ui::overlays::centred(Rect::new(0, 0, w, h), 70, 16);
            let right = usize::from(rect.right() - 1);
            let mut saw_note = false;
            for y in rect.top()..rect.bottom() {
                let row = terminal_row(&buf, y);
                let line: String = row.iter().map(|(_, s)| s.as_str()).collect();
                saw_note |= line.contains(NOTE_301);
                let at_right = row.iter().find(|(c, _)| *c == right).map(|(_, s)| s.as_str());
                let border = match y {
                    y if y == rect.top() => "┐",
                    y if y == rect.bottom() - 1 => "┘",
                    _ => "│",
                };
                assert_eq!(at_right, Some(border), "{lang:?} {w}x{h} row {y}: {line}");
            }
            assert!(saw_note, "{lang:?} {w}x{h}: note 301 in the picker");
        }
    }
}

/// A To-Be in half-width katakana answering note 301, so the vote list,
/// the decision grid and the board's To-Be row draw one too.
fn with_halfwidth_measure(app: &mut App) {
    let note = Note {
        group: GroupId(200),
        persona: Some(PersonaId(1)),
        phase: PhaseId(15),
        kind: NoteKind::ToBe,
        text: "ﾍﾙﾌﾟﾍﾟｰｼﾞにｶﾞｲﾄﾞを追加".into(),
        author: None,
        answers: vec![],
    };
    app.commit(Event::NoteAdded { id: NoteId(320), note });
    app.commit(Event::NoteLinked { id: NoteId(320), answers: vec![NoteId(301)] });
}

/// Every screen that draws note text, in both languages and both sizes.
#[test]
fn every_screen_with_note_text_draws_halfwidth_katakana_in_place() {
    for lang in LANGS {
        let screens: Vec<(&str, App)> = vec![
            ("board", {
                let (mut app, _) = app_at_in(lang, 3, 30);
                with_halfwidth_measure(&mut app);
                app.sel.group = Some(GroupId(200));
                app
            }),
            ("overview", {
                let (mut app, _) = app_at_in(lang, 3, 30);
                with_halfwidth_measure(&mut app);
                with_four_groups(&mut app);
                // The overview draws counts, not notes: a group name then.
                let group =
                    cjm::domain::group::Group {
                        name: "ｻﾎﾟｰﾄ班".into(), persona: None, members: vec![]
                    };
                app.commit(Event::GroupSaved { id: GroupId(204), group });
                app.handle(&ch('O'));
                app
            }),
            ("share-out", {
                let (mut app, _) = app_at_in(lang, 4, 20);
                with_halfwidth_measure(&mut app);
                app.commit(Event::ShareOutStarted { group: GroupId(200) });
                app
            }),
            ("vote list", {
                let (mut app, _) = app_at_in(lang, 5, 20);
                with_halfwidth_measure(&mut app);
                app
            }),
            ("decide", {
                let (mut app, _) = app_at_in(lang, 5, 20);
                with_halfwidth_measure(&mut app);
                with_votes(&mut app);
                app
            }),
            ("presenter", {
                let (mut app, _) = app_at_in(lang, 3, 30);
                with_halfwidth_measure(&mut app);
                app.presenter = true;
                app
            }),
        ];
        for (name, app) in screens {
            let mut drawn = false;
            for (w, h) in SIZES {
                let buf = check(&format!("{name} {lang:?}"), &app, w, h);
                drawn |= (0..h)
                    .any(|y| terminal_row(&buf, y).iter().any(|(_, s)| s.contains(['\u{FF9E}', '\u{FF9F}'])));
            }
            // The presenter shows the clock, not notes: nothing to place.
            assert!(drawn || name == "presenter", "{name} {lang:?}: some ｶﾞ or ﾎﾟ on screen");
        }
    }
}

/// Exports copy note text whole: no column is measured or cut there.
#[test]
fn exports_keep_halfwidth_katakana_whole() {
    for lang in LANGS {
        let (header, events) = workshop_events_in(lang);
        let journal = cjm::domain::Journal::new(header, events);
        let session = journal.session();
        let md = cjm::export::markdown(session, T0 + 60 * cjm::domain::clock::MINUTE);
        assert!(md.contains(NOTE_301), "{lang:?} markdown");
        let csv = cjm::export::csv(session);
        assert!(csv.contains(NOTE_301), "{lang:?} csv");
        assert!(NOTE_301.graphemes(true).any(|g| g == "ｶﾞ"));
    }
}
