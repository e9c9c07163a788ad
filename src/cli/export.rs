//! `cjm export`: the Markdown report or the CSV of notes.

use std::path::Path;

use anyhow::Context;

use super::Format;
use super::messages::Messages;

/// Writes the export to `output`, or to standard output. A torn last
/// record is reported on stderr; everything complete is exported. A
/// session file (this one or another) is never written over, nor is
/// anything written through a symbolic link; the file is owner-only and
/// put in place whole (see [`crate::store::atomic`]).
pub fn run(m: &Messages, path: &Path, format: Format, output: Option<&Path>) -> anyhow::Result<()> {
    let (session, _) = super::read_only::load(m, path)?;
    let text = match format {
        Format::Md => crate::export::markdown(&session, session.last_at),
        Format::Csv => crate::export::csv(&session),
    };
    match output {
        Some(out) => {
            // Only a regular file (or no file) is replaced; a link is
            // never followed, and the rename below replaces a name only.
            if let Ok(meta) = std::fs::symlink_metadata(out) {
                if meta.file_type().is_symlink() {
                    anyhow::bail!((m.export_over_link)(out));
                }
                if !meta.is_file() {
                    anyhow::bail!((m.export_over_other)(out));
                }
            }
            if crate::store::file::is_session(out) {
                anyhow::bail!((m.export_over_session)(out));
            }
            crate::store::atomic::replace(out, text.as_bytes()).with_context(|| (m.could_not_write)(out))?;
            super::out::err_line(&(m.wrote)(out));
        }
        None => super::out::raw(&text)?,
    }
    Ok(())
}
