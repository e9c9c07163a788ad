//! Ambiguous-width marks (#15 item 3). A terminal set to "ambiguous =
//! wide" draws `· … → ─ ▶` over two columns while ratatui's buffer counts
//! one; with `ambiguous_wide` every cell the app draws holds a character
//! of one width on every terminal. The same screens in the default mode
//! do hold ambiguous marks (so the scan can fail), and every ambiguous
//! character in the UI's source is one the mark table knows.

use crate::ui_common;

use cjm::app::{App, Overlay};
use cjm::domain::{GroupId, Lang};
use ratatui::buffer::Buffer;
use ui_common::wide::render_frame;
use ui_common::*;
use unicode_width::UnicodeWidthChar;

/// Whether a terminal's "ambiguous = wide" setting changes `c`'s width.
fn ambiguous(c: char) -> bool {
    c.width() != c.width_cjk()
}

/// Every cell holding an ambiguous character, as "(x, y) 'c'".
fn ambiguous_cells(buf: &Buffer) -> Vec<String> {
    let mut out = Vec::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let sym = buf[(x, y)].symbol();
            if sym.chars().any(ambiguous) {
                out.push(format!("({x}, {y}) {sym:?}"));
            }
        }
    }
    out
}

/// Every screen and overlay in `lang`, named.
fn screens(lang: Lang) -> Vec<(String, App)> {
    let steps = app_at_in(lang, 0, 13).0.session().header.template.steps.len();
    let mut out = Vec::new();
    for step in 0..steps {
        let (mut app, _) = app_at_in(lang, step, 40);
        if step == 5 {
            with_votes(&mut app);
        }
        app.sel.group = Some(GroupId(200));
        app.sel.row = 1;
        out.push((format!("step {step}"), clone_view(&app, |_| {})));
        out.push((format!("step {step} presenter"), clone_view(&app, |a| a.presenter = true)));
        out.push((format!("step {step} overview"), clone_view(&app, |a| a.overview = true)));
        for (name, overlay) in [("help", Overlay::Help), ("goal", Overlay::Goal), ("agenda", Overlay::Agenda)]
        {
            out.push((
                format!("step {step} {name}"),
                clone_view(&app, |a| a.overlay = Some(overlay.clone())),
            ));
        }
    }
    let (mut app, _) = app_at_in(lang, 3, 30);
    app.sel.group = Some(GroupId(200));
    app.sel.row = 2;
    app.handle(&ch('l'));
    assert!(matches!(app.overlay, Some(Overlay::Link { .. })), "the link picker opens");
    out.push(("link picker".into(), app));
    out
}

/// `app` rebuilt (an App is not Clone) with `change` applied.
fn clone_view(app: &App, change: impl FnOnce(&mut App)) -> App {
    let journal =
        cjm::domain::journal::Journal::new(app.session().header.clone(), app.journal().events().to_vec());
    let mut copy = App::new(journal, Box::new(cjm::app::sink::MemorySink::default()), app.now);
    copy.sel = app.sel.clone();
    change(&mut copy);
    copy
}

#[test]
fn with_ambiguous_wide_no_cell_holds_an_ambiguous_character() {
    let mut marks_by_default = 0;
    for lang in [Lang::En, Lang::Ja] {
        for (name, mut app) in screens(lang) {
            for (w, h) in [(80, 24), (100, 30)] {
                app.ambiguous_wide = false;
                marks_by_default += ambiguous_cells(&render_frame(&app, w, h).1).len();
                app.ambiguous_wide = true;
                let (terminal, buf) = render_frame(&app, w, h);
                let bad = ambiguous_cells(&buf);
                assert!(bad.is_empty(), "{lang:?} {name} {w}x{h}: {bad:?}\n{}", screen_text(&terminal));
            }
        }
    }
    assert!(marks_by_default > 1000, "the default mode draws ambiguous marks: {marks_by_default}");
}

/// Source files of what draws the screens.
const UI_SOURCES: &[&str] =
    &["src/ui", "src/app", "src/join", "src/replay", "src/tui", "src/text_input", "src/text.rs"];

fn rust_files(path: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    if path.is_file() {
        out.push(path.to_path_buf());
        return;
    }
    for entry in std::fs::read_dir(path).expect("read dir") {
        let p = entry.expect("entry").path();
        if p.is_dir() || p.extension().is_some_and(|e| e == "rs") {
            rust_files(&p, out);
        }
    }
}

/// Ambiguous characters outside comments in `text` that the table does
/// not know, as "file:line 'c'".
fn unknown_marks(rel: &str, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        for c in code.chars().filter(|c| ambiguous(*c) && cjm::ui::marks::stand_in(*c).is_none()) {
            out.push(format!("{rel}:{} {c:?}", i + 1));
        }
    }
    out
}

#[test]
fn every_ambiguous_mark_in_the_ui_source_is_in_the_table() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in UI_SOURCES {
        rust_files(&root.join(dir), &mut files);
    }
    assert!(files.len() > 40, "UI sources not found");
    let mut found = Vec::new();
    for file in files {
        let rel = file.strip_prefix(root).expect("under root").display().to_string();
        // Unit tests type users' text, not marks the UI draws.
        if rel.ends_with("tests.rs") {
            continue;
        }
        found.extend(unknown_marks(&rel, &std::fs::read_to_string(&file).expect("read")));
    }
    assert!(found.is_empty(), "ambiguous marks missing from src/ui/marks.rs:\n{}", found.join("\n"));
    // ratatui's own borders, as the screens draw them.
    for set in [
        ratatui::symbols::border::PLAIN,
        ratatui::symbols::border::ROUNDED,
        ratatui::symbols::border::THICK,
        ratatui::symbols::border::DOUBLE,
    ] {
        for s in [
            set.top_left,
            set.top_right,
            set.bottom_left,
            set.bottom_right,
            set.horizontal_top,
            set.vertical_left,
        ] {
            let c = s.chars().next().expect("a border char");
            assert!(cjm::ui::marks::stand_in(c).is_some(), "border {c:?} not in the table");
        }
    }
}

#[test]
fn the_source_scan_sees_an_unknown_mark() {
    assert_eq!(unknown_marks("a.rs", "let m = \"○ done\"; // ※ comment"), ["a.rs:1 '○'"]);
    assert!(unknown_marks("a.rs", "let m = \"▶ · …\";").is_empty());
}

/// The board (discussion step) and the presenter view in Japanese at
/// 100×30, in both modes: the same layout, marks swapped cell for cell.
#[test]
fn board_and_presenter_in_both_modes() {
    for presenter in [false, true] {
        let (mut app, _) = app_at_in(Lang::Ja, 3, 50);
        app.sel.group = Some(GroupId(200));
        app.sel.row = 2;
        app.presenter = presenter;
        let view = if presenter { "presenter" } else { "board" };
        let default = ui_common::wide::checked_screen(view, &app, 100, 30);
        app.ambiguous_wide = true;
        let wide = ui_common::wide::checked_screen(view, &app, 100, 30);
        for (a, b) in default.lines().zip(wide.lines()) {
            assert_eq!(a.chars().count(), b.chars().count(), "one mark for one mark:\n{a}\n{b}");
        }
        insta::assert_snapshot!(format!("ambiguous_{view}_ja_default"), default);
        insta::assert_snapshot!(format!("ambiguous_{view}_ja_ambiguous_wide"), wide);
    }
}
