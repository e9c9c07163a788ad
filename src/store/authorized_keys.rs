//! `~/.ssh/authorized_keys` for `cjm invite --add / --list / --remove`.
//!
//! The file is the user's, not cjm's, so it is touched with care: `.ssh`
//! is made 0700 and the file 0600 only when they do not exist; a symbolic
//! link at either is refused, never followed; a line is added only when no
//! line has its key yet (a key with a line of its own would keep that
//! line's full access, since sshd takes the first match); `--remove`
//! rewrites the file whole (staged beside it and renamed), keeping every
//! line cjm did not write.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::invite::{self, Invited};
use crate::store::{atomic, own};

/// Why a key was not added, or the file not changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeysError {
    /// `.ssh` or `authorized_keys` is a symbolic link, or not a directory / file.
    #[error("{}: not a plain file or directory of your own; cjm does not follow it", .0.display())]
    NotPlain(PathBuf),
    /// The key already has a line that cjm did not write.
    #[error("{}:{line}: this key already has its own line, which would keep its full access", .path.display())]
    KeyHasAccess {
        /// The file.
        path: PathBuf,
        /// The line, from 1.
        line: usize,
    },
    /// The key already invites someone else.
    #[error("{}:{line}: this key already invites {name}", .path.display())]
    KeyInvitesOther {
        /// The file.
        path: PathBuf,
        /// The line, from 1.
        line: usize,
        /// Whom it invites.
        name: String,
    },
}

/// What `add` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    /// The line was appended.
    Added,
    /// The same line was already there; nothing changed.
    AlreadyThere,
}

/// `HOME/.ssh/authorized_keys`.
pub fn path_in(home: &Path) -> PathBuf {
    home.join(".ssh").join("authorized_keys")
}

/// Adds `line` (for the key with `data`) to the file at `path`, making
/// its directory (0700) and the file (0600) when missing.
pub fn add(path: &Path, line: &str, data: &str) -> anyhow::Result<Added> {
    let dir = atomic::dir_of(path);
    ensure_dir(&dir)?;
    let text = read(path)?;
    for (i, existing) in text.lines().enumerate() {
        if existing.trim_end() == line {
            return Ok(Added::AlreadyThere);
        }
        if invite::key_data_of(existing) != Some(data) {
            continue;
        }
        let at = i + 1;
        return Err(match invite::parse_invited(existing) {
            Some(other) => {
                KeysError::KeyInvitesOther { path: path.to_path_buf(), line: at, name: other.name }
            }
            None => KeysError::KeyHasAccess { path: path.to_path_buf(), line: at },
        }
        .into());
    }
    let mut options = own::options();
    options.append(true).create(true);
    let mut file = match own::open(path, &options)? {
        Ok(file) => file,
        Err(_) => return Err(KeysError::NotPlain(path.to_path_buf()).into()),
    };
    let sep = if text.is_empty() || text.ends_with('\n') { "" } else { "\n" };
    file.write_all(format!("{sep}{line}\n").as_bytes())?;
    file.sync_all()?;
    atomic::sync_dir(&dir);
    Ok(Added::Added)
}

/// The lines cjm wrote in the file at `path` (none when it is missing).
pub fn list(path: &Path) -> anyhow::Result<Vec<Invited>> {
    Ok(read(path)?.lines().filter_map(invite::parse_invited).collect())
}

/// Removes cjm's lines for `name` (for `session` only, when given) and
/// returns how many went; every other line is kept as it was.
pub fn remove(path: &Path, name: &str, session: Option<&Path>) -> anyhow::Result<usize> {
    let text = read(path)?;
    let gone =
        |l: &str| invite::parse_invited(l).is_some_and(|i| i.name == name && invite::is_for(&i, session));
    let removed = text.lines().filter(|l| gone(l)).count();
    if removed > 0 {
        let kept: String = text.lines().filter(|l| !gone(l)).map(|l| format!("{l}\n")).collect();
        atomic::replace(path, kept.as_bytes())?;
    }
    Ok(removed)
}

/// The file's text; empty when it does not exist. A link, directory or
/// special file is refused by `own::open`, as for cjm's own files.
fn read(path: &Path) -> anyhow::Result<String> {
    let mut options = own::options();
    options.read(true);
    match own::open(path, &options) {
        Ok(Ok(file)) => Ok(std::io::read_to_string(file)?),
        Ok(Err(_)) => Err(KeysError::NotPlain(path.to_path_buf()).into()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(String::new()),
        Err(e) => Err(e.into()),
    }
}

/// Makes `dir` (0700) when missing; a link or a file there is refused.
fn ensure_dir(dir: &Path) -> anyhow::Result<()> {
    match fs::symlink_metadata(dir) {
        Ok(meta) if meta.is_dir() => Ok(()),
        Ok(_) => Err(KeysError::NotPlain(dir.to_path_buf()).into()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let mut builder = fs::DirBuilder::new();
            #[cfg(unix)]
            {
                use std::os::unix::fs::DirBuilderExt;
                builder.mode(0o700);
            }
            builder.create(dir)?;
            Ok(())
        }
        Err(e) => Err(e.into()),
    }
}
