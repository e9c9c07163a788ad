//! `cjm replay`: play a saved session back, or summarise it.

use std::path::Path;

use super::messages::Messages;

/// Prints the per-step summary of a session. A torn last record is
/// reported on stderr; everything complete is summarised.
pub fn summary(m: &Messages, path: &Path) -> anyhow::Result<()> {
    let (session, events) = super::read_only::load(m, path)?;
    super::out::print(&crate::replay::summary::render(&session, &events))?;
    Ok(())
}
