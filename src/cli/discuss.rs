//! `cjm discuss`: a session for the timeboxed group discussion only,
//! created (or resumed) and opened in the terminal UI.

use super::messages::Messages;
use crate::domain::discuss::{self, Groups, Words};
use crate::domain::setup::SetupError;
use crate::domain::{Clock, Lang, SystemClock, fold};
use crate::store::{self, Dirs};
use crate::ui::theme::Look;

/// The discussion's length when `--minutes` is not given.
pub const DEFAULT_MINUTES: u32 = 90;

/// The options that set up a new discussion session.
#[derive(Debug, Default)]
pub struct Options {
    /// `--goal`.
    pub goal: Option<String>,
    /// `--minutes`.
    pub minutes: Option<u32>,
    /// `--groups`.
    pub groups: Option<u32>,
    /// `--from`.
    pub from: Option<String>,
    /// `--template`.
    pub template: Option<String>,
}

impl Options {
    /// Whether any option that only sets up a new session was given.
    fn sets_up(&self) -> bool {
        self.goal.is_some() || self.minutes.is_some() || self.groups.is_some() || self.from.is_some()
    }
}

/// Resumes `path` when it exists; else checks every option, creates the
/// session with its groups (started at once when there is a goal, else
/// waiting for it) and opens it. Nothing is written when an option or
/// the `--from` file is wrong. With `--from`, the earlier session's
/// groups win over `--groups` (a warning says so).
pub fn run(
    m: &Messages,
    dirs: &Dirs,
    path: &str,
    options: Options,
    flag: Option<Lang>,
    lang: Lang,
    look: Look,
) -> anyhow::Result<()> {
    let path = dirs.session_path(path);
    if path.is_dir() {
        anyhow::bail!((m.is_directory)(&path));
    }
    if path.exists() {
        if options.sets_up() {
            super::out::err_line(&format!("{}{}", m.warning_prefix, (m.discuss_ignored)(&path)));
        }
        return crate::tui::open(dirs, &path, flag, look);
    }
    let groups = Groups::from_flag(options.groups)?;
    let name = options.template.as_deref().unwrap_or(crate::templates::default_name(lang));
    let template = crate::templates::resolve(name, &dirs.templates())?
        .discussion_only(options.minutes.unwrap_or(DEFAULT_MINUTES))?;
    let goal = options.goal.as_deref().map(str::trim);
    if goal == Some("") {
        return Err(SetupError::EmptyGoal.into());
    }
    let from = options
        .from
        .as_deref()
        .map(|f| super::read_only::load(m, &dirs.session_path(f)).map(|(old, _)| old))
        .transpose()?;
    let now = SystemClock.now();
    let (header, mut events) = match &from {
        Some(old) => {
            let goal = goal.unwrap_or(&old.goal);
            (
                discuss::header(template, goal, Some(&old.done_when), now),
                discuss::carry_over(old, Some(goal), now),
            )
        }
        None => (discuss::header(template, goal.unwrap_or_default(), None, now), Vec::new()),
    };
    if let Some(old) = &from
        && options.groups.is_some()
        && !old.groups.is_empty()
    {
        super::out::err_line(&format!("{}{}", m.warning_prefix, m.discuss_groups_from));
    }
    // Everything but the goal's confirmation is written now, also while
    // the goal editor asks for the goal: the groups asked for are kept
    // when the facilitator quits before saving it.
    let session = fold(header.clone(), &events);
    let strings = crate::ui::strings::for_lang(header.template.lang);
    let words = Words { group: strings.discuss_group, reason: strings.discuss_reason };
    if session.goal.trim().is_empty() {
        events.extend(discuss::prepare(&session, groups, words, now));
    } else {
        events.extend(discuss::start(&session, groups, words, now));
    }
    // All of it is the starting point: undo stops here.
    events.push(crate::domain::setup::created(now));
    store::create(&path, &header, &events, false)?;
    crate::tui::open(dirs, &path, Some(lang), look)
}
