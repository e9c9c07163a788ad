//! `cjm invite`: print, add, list or remove the `authorized_keys` line
//! that lets one participant's key run only their `cjm join` over SSH.

use std::path::PathBuf;

use super::messages::Messages;
use super::out;
use crate::domain::Lang;
use crate::invite::{self, Invite};
use crate::store::Dirs;
use crate::store::authorized_keys::{self, Added};
use crate::store::paths::NoHome;

/// What `cjm invite` was asked to do.
#[derive(Debug)]
pub enum Request {
    /// Print (or with `add`, append) the line for one participant.
    Line {
        /// The session, as given.
        path: String,
        /// The participant.
        name: String,
        /// Their group, for a name the session does not know yet.
        group: Option<String>,
        /// Their public key file.
        key: PathBuf,
        /// Append to `~/.ssh/authorized_keys`.
        add: bool,
    },
    /// List cjm's lines (for one session, when given).
    List(Option<String>),
    /// Remove a participant's lines (for one session, when given).
    Remove(String, Option<String>),
}

/// Runs the request; `lang` is `--lang` as given, passed on to the join.
pub fn run(m: &Messages, dirs: &Dirs, request: Request, lang: Option<Lang>) -> anyhow::Result<()> {
    let keys = authorized_keys::path_in(&home()?);
    match request {
        Request::Line { path, name, group, key, add } => {
            let session = session(dirs, &path)?;
            let exe = std::env::current_exe()?;
            let text = std::fs::read_to_string(&key)
                .map_err(|e| anyhow::Error::new(e).context(key.display().to_string()))?;
            let key = invite::parse_key(&text)?;
            let line = invite::line(&Invite { exe, session, name: name.clone(), group, lang }, &key)?;
            if !add {
                return Ok(out::line(&line)?);
            }
            let user = std::env::var("USER").or_else(|_| std::env::var("LOGNAME")).unwrap_or_default();
            match authorized_keys::add(&keys, &line, &key.data)? {
                Added::Added => out::line(&(m.invite_added)(&name, &keys, &user))?,
                Added::AlreadyThere => out::line(&(m.invite_already)(&name, &keys))?,
            }
            Ok(())
        }
        Request::List(path) => {
            let session = path.map(|p| session(dirs, &p)).transpose()?;
            let invited: Vec<_> = authorized_keys::list(&keys)?
                .into_iter()
                .filter(|i| invite::is_for(i, session.as_deref()))
                .collect();
            if invited.is_empty() {
                return Ok(out::line(&(m.invite_none)(&keys))?);
            }
            for i in &invited {
                out::line(&(m.invite_row)(&i.name, &i.session, &i.kind))?;
            }
            Ok(())
        }
        Request::Remove(name, path) => {
            let session = path.map(|p| session(dirs, &p)).transpose()?;
            let removed = authorized_keys::remove(&keys, &name, session.as_deref())?;
            Ok(out::line(&(m.invite_removed)(removed, &name, &keys))?)
        }
    }
}

/// The session file, absolute (the forced command runs from `$HOME`).
fn session(dirs: &Dirs, arg: &str) -> anyhow::Result<PathBuf> {
    let path = dirs.session_path(arg);
    std::fs::canonicalize(&path).map_err(|e| anyhow::Error::new(e).context(path.display().to_string()))
}

/// The user's home directory, where `.ssh` is.
fn home() -> anyhow::Result<PathBuf> {
    let home = directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf()).ok_or(NoHome)?;
    Ok(home)
}
