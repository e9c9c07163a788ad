//! `cjm new`: create a session file.

use super::messages::Messages;
use super::out;
use crate::domain::{Clock, SystemClock, review, setup};
use crate::store::{self, Dirs};

/// `cjm new`'s options.
#[derive(Debug)]
pub struct Options<'a> {
    /// `--goal` (required without `--from`).
    pub goal: Option<String>,
    /// `--done-when`.
    pub done_when: Option<String>,
    /// `--template` (or the default agenda's name).
    pub template: &'a str,
    /// `--force`.
    pub force: bool,
    /// `--from`: the earlier session to start from.
    pub from: Option<String>,
}

/// Creates the session, writing nothing if anything is wrong.
pub fn run(m: &Messages, dirs: &Dirs, path: &str, options: Options) -> anyhow::Result<()> {
    let path = dirs.session_path(path);
    if path.is_dir() {
        anyhow::bail!((m.is_directory)(&path));
    }
    if path.exists() && !options.force {
        anyhow::bail!((m.already_exists)(&path));
    }
    let template = crate::templates::resolve(options.template, &dirs.templates())?;
    let now = SystemClock.now();
    let (goal, done_when) = (options.goal.as_deref(), options.done_when.as_deref());
    let (header, seed) = match &options.from {
        Some(from) => {
            let from_path = dirs.session_path(from);
            let (old, _) = super::read_only::load(m, &from_path)?;
            let name = super::discuss::session_name(&from_path);
            let fallback = crate::templates::default_for(template.lang).review;
            review::new_session_from(template, fallback, goal, done_when, &old, &name, now)?
        }
        None => setup::new_session(template, goal.unwrap_or_default(), done_when, now)?,
    };
    store::create(&path, &header, &seed, options.force).map_err(|e| {
        // An error that names its path already is not prefixed with it again.
        if names_its_path(&e) { e } else { e.context(path.display().to_string()) }
    })?;
    out::line(&(m.created)(&path))?;
    out::line(&(m.run_it_with)(&path))?;
    Ok(())
}

/// Whether `err` from `store::create` says which file or directory it is
/// about (a lock held elsewhere, a failed write step).
fn names_its_path(err: &anyhow::Error) -> bool {
    use crate::store::lock::{Churn, Held, HeldReplace, Unexpected};
    err.is::<Held>()
        || err.is::<HeldReplace>()
        || err.is::<Churn>()
        || err.is::<Unexpected>()
        || err.is::<store::WriteError>()
}
