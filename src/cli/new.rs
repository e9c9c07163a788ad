//! `cjm new`: create a session file.

use anyhow::Context;

use crate::domain::{Clock, SystemClock, setup};
use crate::store::{self, Dirs};

/// Creates the session, writing nothing if anything is wrong.
pub fn run(
    dirs: &Dirs,
    path: &str,
    goal: &str,
    done_when: Option<&str>,
    template: &str,
    force: bool,
) -> anyhow::Result<()> {
    let path = dirs.session_path(path);
    if path.is_dir() {
        anyhow::bail!(
            "{} is a directory; give a file name such as {}/workshop.ron",
            path.display(),
            path.display()
        );
    }
    if path.exists() && !force {
        anyhow::bail!("{} already exists; use --force to replace it", path.display());
    }
    let template = crate::templates::resolve(template, &dirs.templates())?;
    let (header, seed) = setup::new_session(template, goal, done_when, SystemClock.now())?;
    store::create(&path, &header, &seed, force).with_context(|| format!("{}", path.display()))?;
    println!("Created {}", path.display());
    println!("Run it with: cjm run {}", path.display());
    Ok(())
}
