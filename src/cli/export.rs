//! `cjm export`: the Markdown report, the CSV of notes, the Excel journey
//! map or the HTML page.

use std::path::Path;

use anyhow::Context;

use super::Format;
use super::messages::Messages;
use crate::domain::{Clock, FakeClock, SystemClock};
use crate::export::Options;

/// What to export: the format, for whom, with or without diagrams.
#[derive(Debug, Clone, Copy)]
pub struct How {
    /// The format.
    pub format: Format,
    /// Private notes left out (`--room`).
    pub room: bool,
    /// Mermaid diagrams in the Markdown (`--no-diagrams` turns them off).
    pub diagrams: bool,
}

/// The clock the export time is read from: `SOURCE_DATE_EPOCH` (seconds,
/// the reproducible-builds convention) when set, so an export can be made
/// byte for byte again and tests can fix the time; else the system clock.
pub fn clock() -> Box<dyn Clock> {
    match std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|v| v.trim().parse::<u64>().ok()) {
        Some(secs) => Box::new(FakeClock::at(secs.saturating_mul(1000))),
        None => Box::new(SystemClock),
    }
}

/// Writes the export to `output`, or to standard output. A torn last
/// record is reported on stderr; everything complete is exported. A
/// session file (this one or another) is never written over, nor is
/// anything written through a symbolic link; the file is owner-only and
/// put in place whole (see [`crate::store::atomic`]). The report says it
/// was exported at `clock`'s time; timers are read at the last event.
pub fn run(
    m: &Messages,
    path: &Path,
    how: How,
    output: Option<&Path>,
    clock: &dyn Clock,
) -> anyhow::Result<()> {
    let (session, _) = super::read_only::load(m, path)?;
    let opts = Options {
        exported_at: clock.now(),
        timers_at: session.last_at,
        room: how.room,
        diagrams: how.diagrams,
    };
    let room;
    let plain = if how.room {
        room = crate::export::room_view(&session);
        &room
    } else {
        &session
    };
    let bytes: Vec<u8> = match how.format {
        Format::Md => crate::export::markdown_with(&session, &opts).into_bytes(),
        Format::Csv => crate::export::csv(plain).into_bytes(),
        Format::Html => crate::export::html(&session, &opts).into_bytes(),
        Format::Xlsx => {
            if output.is_none() {
                anyhow::bail!(m.export_needs_file);
            }
            crate::export::xlsx(&session, &opts)?
        }
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
            crate::store::atomic::replace(out, &bytes).with_context(|| (m.could_not_write)(out))?;
            super::out::err_line(&(m.wrote)(out));
        }
        None => super::out::raw(&String::from_utf8_lossy(&bytes))?,
    }
    Ok(())
}
