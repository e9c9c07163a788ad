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
        let dirs = directories::ProjectDirs::from("", "", "cjm")
            .ok_or_else(|| anyhow::anyhow!("cannot find a home directory for cjm's files; set CJM_HOME"))?;
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
    let (y, m, d, hh, mm) = civil_from_millis(now_ms);
    format!("workshop-{y:04}-{m:02}-{d:02}-{hh:02}{mm:02}")
}

/// UTC calendar date and time of a timestamp (Howard Hinnant's algorithm).
pub fn civil_from_millis(ms: u64) -> (i64, u32, u32, u32, u32) {
    let secs = (ms / 1000) as i64;
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d, (rem / 3600) as u32, ((rem / 60) % 60) as u32)
}

/// `YYYY-MM-DD HH:MM` (UTC) for a timestamp.
pub fn format_timestamp(ms: u64) -> String {
    let (y, m, d, hh, mm) = civil_from_millis(ms);
    format!("{y:04}-{m:02}-{d:02} {hh:02}:{mm:02}")
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
    fn timestamps_convert_to_utc_calendar_time() {
        // 2026-11-25 04:55:19 UTC
        assert_eq!(format_timestamp(1_795_582_519_000), "2026-11-25 04:55");
        assert_eq!(format_timestamp(0), "1970-01-01 00:00");
        assert_eq!(default_session_name(0), "workshop-1970-01-01-0000");
    }
}
