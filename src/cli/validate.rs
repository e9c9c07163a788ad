//! `cjm validate`: check session and template files.

use std::path::Path;
use std::process::ExitCode;

use crate::store::{self, Dirs, FileError, format::EVENTS_MARKER};

/// Checks each file; prints `PATH: ok …` or one `PATH:LINE:COL: message`
/// per problem. Exit 0 only if every file is valid.
pub fn run(dirs: &Dirs, args: &[String]) -> anyhow::Result<ExitCode> {
    let mut failed = false;
    for arg in args {
        let path = dirs.session_path(arg);
        match check(&path) {
            Ok(summary) => println!("{}: ok ({summary})", path.display()),
            Err(err) => {
                failed = true;
                eprintln!("{err}");
            }
        }
    }
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Checks one file: a session if it has the events marker, else a template.
fn check(path: &Path) -> Result<String, FileError> {
    let bytes = store::file::read_limited(path)?;
    let is_session = bytes.split(|b| *b == b'\n').any(|line| line == EVENTS_MARKER.as_bytes());
    if is_session {
        let parsed = store::format::parse(path, &bytes)?;
        if let Some(torn) = parsed.torn {
            return Err(torn.error);
        }
        Ok(format!("session, {} events", parsed.events.len()))
    } else {
        let text = store::format::utf8(path, &bytes)?;
        let template = crate::templates::parse(path, text)?;
        Ok(format!("template {:?}, {} steps", template.name, template.steps.len()))
    }
}
