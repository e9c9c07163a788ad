//! The terminal around the app: setup and restore, the event loop,
//! signals, and opening or creating the session file.

pub mod clipboard;
pub mod draft;
pub mod event_loop;
pub mod replay;
pub mod terminal;
#[cfg(debug_assertions)]
pub mod test_hook;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use crate::app::App;
use crate::domain::discuss;
use crate::domain::{Clock, Header, Journal, Lang, SystemClock, Template, setup};
use crate::store::{self, Dirs, Writer};
use crate::ui::theme::Look;

/// Loads a session for writing: a torn last record is set aside into a
/// backup first. Returns the app and, after recovery, a note for the user.
///
/// The lock comes first: a session another `cjm` is writing is neither
/// read half-appended nor cut, only refused.
pub fn load_app(path: &Path, now: u64) -> anyhow::Result<App> {
    let (parsed, lock) = store::file::load_locked(path)?;
    let mut note = None;
    if let Some(torn) = &parsed.torn {
        let backup = store::file::set_torn_tail_aside(path, torn.offset, now)?;
        note = Some(backup);
    }
    let writer = Writer::open_locked(path, lock)?;
    let journal = Journal::new(parsed.header, parsed.events);
    let mut app = App::new(journal, Box::new(writer), now);
    app.path = Some(path.to_path_buf());
    if let Some(backup) = note {
        app.message = Some(format!("{} {}", app.strings.torn_recovered, backup.display()));
    }
    Ok(app)
}

/// Creates a new session file in `dir` with an empty goal (the UI asks
/// for it first) and the template's seed events, closed by
/// [`setup::created`] so undo stops there.
pub fn create_session(dir: &Path, template: Template, now: u64) -> anyhow::Result<PathBuf> {
    let done_when = template.done_when.clone();
    let mut seed = setup::seed_events(&template, now);
    seed.push(setup::created(now));
    let header = Header::new(now, String::new(), done_when, template);
    let base = store::paths::default_session_name(now);
    let mut path = dir.join(format!("{base}.ron"));
    let mut n = 2;
    while path.exists() {
        path = dir.join(format!("{base}-{n}.ron"));
        n += 1;
    }
    store::create(&path, &header, &seed, false)?;
    Ok(path)
}

/// `cjm` with no arguments: a new session in `lang` (the resolved
/// language: flag, config, locale) and `theme` (config), the goal editor
/// open first.
pub fn new_workshop(dirs: &Dirs, template: Template, lang: Lang, look: Look) -> anyhow::Result<()> {
    let now = SystemClock.now();
    let path = create_session(&dirs.sessions, template, now)?;
    let mut app = load_app(&path, now)?;
    app.set_lang(lang);
    app.set_look(look);
    app.config_dir = Some(dirs.config.clone());
    crate::app::edit::begin(&mut app, crate::app::state::Target::Goal);
    run_app(app, lang)
}

/// `cjm run PATH`: opens a session where the facilitator left it, in
/// `lang` when given (`--lang`), else in the session's own language; in
/// `theme` (config). A discussion-only session still waiting for its goal
/// (`cjm discuss` without `--goal`) opens the goal editor first.
pub fn open(dirs: &Dirs, path: &Path, lang: Option<Lang>, look: Look) -> anyhow::Result<()> {
    let mut app = load_app(path, SystemClock.now())?;
    app.set_look(look);
    if let Some(lang) = lang {
        app.set_lang(lang);
    }
    let lang = lang.unwrap_or(app.session().header.template.lang);
    app.config_dir = Some(dirs.config.clone());
    if discuss::awaits_goal(app.session()) {
        crate::app::edit::begin(&mut app, crate::app::state::Target::Goal);
    }
    app.ask_about_closed_time();
    run_app(app, lang)
}

/// SIGTERM, SIGHUP or SIGINT could not be watched (worded by the
/// catalogue; the cause in the system's words).
#[derive(Debug, thiserror::Error)]
#[error("could not watch signals")]
pub struct NoSignals {
    /// Why.
    #[source]
    pub source: std::io::Error,
}

/// Runs the app in the real terminal until quit, Ctrl-C, SIGTERM, SIGHUP
/// or SIGINT (raw mode makes Ctrl-C a key, but `kill -INT` still comes as
/// a signal); then says where the session is, in `lang`.
pub fn run_app(mut app: App, lang: Lang) -> anyhow::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    for signal in [SIGTERM, SIGHUP, SIGINT] {
        signal_hook::flag::register(signal, Arc::clone(&stop))
            .map_err(|source| crate::tui::NoSignals { source })?;
    }
    draft::offer(&mut app);
    let mut terminal = terminal::setup().inspect_err(|_| terminal::restore())?;
    let mut input = event_loop::Crossterm::spawn();
    // Participants' proposals (`cjm join`) are taken in between frames.
    let mut join =
        app.path.clone().and_then(|p| crate::join::facilitator::Facilitator::start(&p, input.waker()));
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        event_loop::run_with(&mut terminal, &mut app, &mut input, &SystemClock, &stop, &mut |app| {
            if let Some(join) = &mut join {
                join.between(app);
            }
        })
    }));
    // A field still open (a signal, a closed terminal, a panic): its text
    // is kept as a draft beside the session.
    let kept = draft::keep(&app);
    let result = match run {
        Ok(result) => result,
        Err(panic) => {
            // The panic hook gave the terminal back already (leaving the
            // alternate screen twice would move the cursor back over the
            // panic message).
            crate::cli::out::err_line(&farewell(&app, lang, &kept).join("\n"));
            std::panic::resume_unwind(panic);
        }
    };
    if result.is_err() {
        // The terminal may be gone (a killed tmux pane): still save the place.
        app.quit_with_save();
    }
    terminal::restore();
    for line in farewell(&app, lang, &kept) {
        crate::cli::out::err_line(&line);
    }
    result
}

/// What is said after the UI closes: "Saved: PATH" only when the last
/// write reached the file, else why not; and where a draft was kept.
pub fn farewell(app: &App, lang: Lang, kept: &anyhow::Result<Option<PathBuf>>) -> Vec<String> {
    let m = crate::cli::messages::Messages::of(lang);
    let Some(path) = &app.path else { return Vec::new() };
    let mut lines = vec![match &app.unsaved {
        None => (m.saved)(path),
        Some(why) => (m.not_saved)(path, why),
    }];
    match kept {
        Ok(Some(draft)) => lines.push((m.draft_kept)(draft)),
        Ok(None) => {}
        Err(e) => lines.push((m.draft_not_kept)(&draft::path_of(path), &m.error(e))),
    }
    lines
}
