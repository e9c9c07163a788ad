//! `cjm` and `cjm run`: the terminal UI.

use std::path::Path;

use crate::domain::Template;
use crate::store::Dirs;

/// `cjm` with no arguments: a new workshop in the data directory; the UI
/// asks for the goal first.
pub fn new_workshop(dirs: &Dirs, template: Template) -> anyhow::Result<()> {
    crate::tui::new_workshop(dirs, template)
}

/// `cjm run PATH`: open a session in the UI.
pub fn open(path: &Path) -> anyhow::Result<()> {
    crate::tui::open(path)
}
