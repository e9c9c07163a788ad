//! `cjm validate`: check session and template files.

use std::path::Path;
use std::process::ExitCode;

use super::messages::Messages;
use super::out;
use crate::store::{self, Dirs, FileError, format::EVENTS_MARKER};

/// What a valid file holds.
enum Valid {
    /// A session with this many events.
    Session(usize),
    /// A template: its name and number of steps.
    Template(String, usize),
}

/// Checks each file; prints `PATH: ok …` or one `PATH:LINE:COL: message`
/// per problem. Exit 0 only if every file is valid.
pub fn run(m: &Messages, dirs: &Dirs, args: &[String]) -> anyhow::Result<ExitCode> {
    let mut failed = false;
    // Every file is checked even when standard output fails: a bad one is
    // still reported on stderr and still fails the run.
    let mut stdout: Result<(), out::OutputError> = Ok(());
    for arg in args {
        let path = dirs.session_path(arg);
        let ok = match check(&path) {
            Ok(Valid::Session(events)) => (m.valid_session)(&path, events),
            Ok(Valid::Template(name, steps)) => (m.valid_template)(&path, &name, steps),
            Err(err) => {
                failed = true;
                out::err_line(&m.file_error(&err));
                continue;
            }
        };
        if stdout.is_ok() {
            stdout = out::line(&ok);
        }
    }
    match stdout {
        Err(e) if !failed || !e.is_closed_pipe() => Err(e.into()),
        _ => Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS }),
    }
}

/// Checks one file: a session if it has the events marker, else a template.
fn check(path: &Path) -> Result<Valid, FileError> {
    let bytes = store::file::read_limited(path)?;
    // The marker line ends in LF or CRLF, as every reader takes it.
    let is_session = bytes
        .split(|b| *b == b'\n')
        .any(|line| line.strip_suffix(b"\r").unwrap_or(line) == EVENTS_MARKER.as_bytes());
    if is_session {
        let parsed = store::format::parse(path, &bytes)?;
        if let Some(torn) = parsed.torn {
            return Err(torn.error);
        }
        Ok(Valid::Session(parsed.events.len()))
    } else {
        let text = store::format::utf8(path, &bytes)?;
        let template = crate::templates::parse(path, text)?;
        Ok(Valid::Template(template.name, template.steps.len()))
    }
}
