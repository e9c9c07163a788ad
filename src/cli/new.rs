//! `cjm new`: create a session file.

use anyhow::Context;

use super::messages::Messages;
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
    store::create(&path, &header, &seed, force).with_context(|| path.display().to_string())?;
    println!("{}", (m.created)(&path));
    println!("{}", (m.run_it_with)(&path));
    Ok(())
}
