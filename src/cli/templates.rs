//! `cjm templates`: the built-in agendas and the user's own.

use crate::domain::clock::MINUTE;
use crate::store::Dirs;
use crate::templates::{self, Source};

/// Prints each template with its language, steps and planned length.
pub fn run(dirs: &Dirs) -> anyhow::Result<()> {
    let user_dir = dirs.templates();
    println!("{:<16} {:<4} {:>5} {:>8}  source", "template", "lang", "steps", "minutes");
    for (name, source, parsed) in templates::all(&user_dir) {
        let source = match source {
            Source::BuiltIn => "built-in".to_string(),
            Source::File(p) => p.display().to_string(),
        };
        match parsed {
            Ok(t) => println!(
                "{name:<16} {:<4} {:>5} {:>8}  {source}",
                t.lang.code(),
                t.steps.len(),
                t.planned_total() / MINUTE
            ),
            Err(err) => println!("{name:<16} invalid: {err}"),
        }
    }
    println!("\nUser templates go in {} (copy a built-in one from sessions/templates/).", user_dir.display());
    Ok(())
}
