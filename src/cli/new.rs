//! `cjm new`: create a session file.

use super::messages::Messages;
use super::out;
use crate::domain::{Clock, SystemClock, setup};
use crate::store::{self, Dirs};

/// Creates the session, writing nothing if anything is wrong.
pub fn run(
    m: &Messages,
    dirs: &Dirs,
    path: &str,
    goal: &str,
    done_when: Option<&str>,
    template: &str,
    force: bool,
) -> anyhow::Result<()> {
    let path = dirs.session_path(path);
    if path.is_dir() {
        anyhow::bail!((m.is_directory)(&path));
    }
    if path.exists() && !force {
        anyhow::bail!((m.already_exists)(&path));
    }
    let template = crate::templates::resolve(template, &dirs.templates())?;
    let (header, seed) = setup::new_session(template, goal, done_when, SystemClock.now())?;
    store::create(&path, &header, &seed, force).map_err(|e| {
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
