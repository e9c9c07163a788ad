//! `cjm templates`: the built-in agendas and the user's own.

use super::messages::Messages;
use super::out;
use crate::domain::clock::MINUTE;
use crate::store::Dirs;
use crate::templates::{self, Source};
use crate::text::fill;

/// Prints each template with its language, steps and planned length.
pub fn run(m: &Messages, dirs: &Dirs) -> anyhow::Result<()> {
    let user_dir = dirs.templates();
    out::line(&(m.templates_header)())?;
    for (name, source, parsed) in templates::all(&user_dir) {
        let source = match source {
            Source::BuiltIn => m.built_in.to_string(),
            Source::File(p) => p.display().to_string(),
        };
        match parsed {
            Ok(t) => out::line(&format!(
                "{} {:<4} {:>5} {:>8}  {source}",
                fill(&name, 16),
                t.lang.code(),
                t.steps.len(),
                t.planned_total() / MINUTE
            ))?,
            Err(err) => out::line(&(m.template_invalid)(&name, &m.file_error(&err)))?,
        }
    }
    out::line("")?;
    out::line(&(m.user_templates_hint)(&user_dir))?;
    Ok(())
}
