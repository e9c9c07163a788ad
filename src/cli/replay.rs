//! `cjm replay`: play a saved session back, or summarise it.

use std::path::Path;

use super::messages::Messages;
use crate::domain::fold;
use crate::store;

/// Prints the per-step summary of a session. A torn last record is
/// reported on stderr; everything complete is summarised.
pub fn summary(m: &Messages, path: &Path) -> anyhow::Result<()> {
    let parsed = store::load(path)?;
    if let Some(torn) = &parsed.torn {
        eprintln!("{}{}", m.warning_prefix, m.file_error(&torn.error));
    }
    let session = fold(parsed.header, &parsed.events);
    print!("{}", crate::replay::summary::render(&session, &parsed.events));
    Ok(())
}
