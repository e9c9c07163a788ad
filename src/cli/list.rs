//! `cjm list`: the sessions in the data directory.

use std::path::PathBuf;

use super::messages::Messages;
use super::out;
use crate::domain::fold;
use crate::store::{self, Dirs, paths};
use crate::text::fill;

/// Prints one line per session, newest change first.
pub fn run(m: &Messages, dirs: &Dirs) -> anyhow::Result<()> {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dirs.sessions) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| paths::is_session_file(p)).collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    if files.is_empty() {
        out::line(&(m.no_sessions)(&dirs.sessions))?;
        return Ok(());
    }
    let mut rows = Vec::new();
    for path in files {
        let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        match store::load(&path) {
            Ok(parsed) => {
                let session = fold(parsed.header, &parsed.events);
                // A bare `cjm` quit before a goal was written kept nothing.
                if crate::domain::journal::nothing_kept(&session, &parsed.events) {
                    continue;
                }
                let step = session
                    .header
                    .template
                    .steps
                    .get(session.current_step())
                    .map_or("?", |s| s.title.as_str())
                    .to_string();
                let when = crate::domain::clock::format_timestamp(session.last_at);
                let goal = match &session.origin {
                    Some(from) => format!("{} {}", session.goal, (m.list_from)(from)),
                    None => session.goal.clone(),
                };
                rows.push((session.last_at, name, goal, step, session.notes.len(), when));
            }
            Err(err) => {
                rows.push((0, name, (m.unreadable)(&m.file_error(&err)), String::new(), 0, String::new()))
            }
        }
    }
    if rows.is_empty() {
        out::line(&(m.no_sessions)(&dirs.sessions))?;
        return Ok(());
    }
    rows.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    out::line(&(m.list_header)())?;
    for (_, name, goal, step, notes, when) in rows {
        // Padded by columns: a Japanese name or step is two a character.
        out::line(&format!("{} {when:<17} {notes:>5}  {} {goal}", fill(&name, 28), fill(&step, 18)))?;
    }
    Ok(())
}
