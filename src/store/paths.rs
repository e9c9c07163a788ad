//! Where sessions, templates and settings live.
//!
//! `CJM_HOME`, when set, holds everything (`sessions/`, `templates/`,
//! `config.ron`); otherwise the platform's data and config directories
//! from `directories` are used.

use std::path::{Path, PathBuf};

/// The directories `cjm` reads and writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dirs {
    /// Session files.
    pub sessions: PathBuf,
    /// User templates and the config file.
    pub config: PathBuf,
}

impl Dirs {
    /// The directories for this user, honouring `CJM_HOME`.
    pub fn locate() -> anyhow::Result<Dirs> {
        if let Some(home) = std::env::var_os("CJM_HOME").filter(|h| !h.is_empty()) {
            let home = PathBuf::from(home);
            return Ok(Dirs { sessions: home.join("sessions"), config: home.clone() });
        }
        let dirs = directories::ProjectDirs::from("", "", "cjm").ok_or(NoHome)?;
        Ok(Dirs { sessions: dirs.data_dir().join("sessions"), config: dirs.config_dir().to_path_buf() })
    }

    /// User templates.
    pub fn templates(&self) -> PathBuf {
        self.config.join("templates")
    }

    /// Resolves a session argument: a bare name (no `/`, no `.ron`, and no
    /// such file here) means `NAME.ron` in the sessions directory; anything
    /// else is a path.
    pub fn session_path(&self, arg: &str) -> PathBuf {
        if is_bare_name(arg) && !Path::new(arg).exists() {
            self.sessions.join(format!("{arg}.ron"))
        } else {
            PathBuf::from(arg)
        }
    }
}

/// Whether a command-line argument is a bare session name.
pub fn is_bare_name(arg: &str) -> bool {
    !arg.contains('/') && !arg.contains(std::path::MAIN_SEPARATOR) && !arg.ends_with(".ron")
}

/// A file name for a new session started at `now_ms`, e.g.
/// `workshop-2026-11-25-0930.ron`.
pub fn default_session_name(now_ms: u64) -> String {
    let (y, m, d, hh, mm) = crate::domain::clock::civil_from_millis(now_ms);
    format!("workshop-{y:04}-{m:02}-{d:02}-{hh:02}{mm:02}")
}

/// Whether `path` looks like a session file (by extension).
pub fn is_session_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "ron")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_names_resolve_into_the_sessions_dir() {
        let dirs = Dirs { sessions: PathBuf::from("/data/sessions"), config: PathBuf::from("/cfg") };
        assert_eq!(dirs.session_path("retro"), PathBuf::from("/data/sessions/retro.ron"));
        assert_eq!(dirs.session_path("retro.ron"), PathBuf::from("retro.ron"));
        assert_eq!(dirs.session_path("./retro"), PathBuf::from("./retro"));
    }

    #[test]
    fn default_names_carry_the_utc_date_and_time() {
        // 2026-11-25 04:55:19 UTC
        assert_eq!(default_session_name(0), "workshop-1970-01-01-0000");
    }
}

/// Neither `CJM_HOME` nor a home directory says where cjm's files go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("cannot find a home directory for cjm's files; set CJM_HOME")]
pub struct NoHome;
