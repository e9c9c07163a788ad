//! `cjm export`: the Markdown report or the CSV of notes.

use std::io::Write;
use std::path::Path;

use anyhow::Context;

use super::Format;
use super::messages::Messages;
use crate::domain::fold;
use crate::store;

/// Writes the export to `output`, or to standard output. A torn last
/// record is reported on stderr; everything complete is exported. A
/// session file (this one or another) is never written over.
pub fn run(m: &Messages, path: &Path, format: Format, output: Option<&Path>) -> anyhow::Result<()> {
    let parsed = store::load(path)?;
    if let Some(torn) = &parsed.torn {
        eprintln!("{}{}", m.warning_prefix, m.file_error(&torn.error));
    }
    let session = fold(parsed.header, &parsed.events);
    let text = match format {
        Format::Md => crate::export::markdown(&session, session.last_at),
        Format::Csv => crate::export::csv(&session),
    };
    match output {
        Some(out) => {
            if store::file::is_session(out) {
                anyhow::bail!((m.export_over_session)(out));
            }
            std::fs::write(out, text).with_context(|| (m.could_not_write)(out))?;
            eprintln!("{}", (m.wrote)(out));
        }
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(text.as_bytes())?;
            stdout.flush()?;
        }
    }
    Ok(())
}
