//! `cjm` and `cjm run`: the terminal UI.

use std::path::Path;

use crate::domain::{Lang, Template};
use crate::store::Dirs;
use crate::ui::theme::Look;

/// `cjm` with no arguments: a new workshop in the data directory, the UI
/// in `lang` (flag > config > locale > English) and `theme` (config); it
/// asks for the goal first.
pub fn new_workshop(dirs: &Dirs, template: Template, lang: Lang, look: Look) -> anyhow::Result<()> {
    crate::tui::new_workshop(dirs, template, lang, look)
}

/// `cjm run PATH`: open a session in the UI, in `flag`'s language when
/// `--lang` was given, else in the session's own (its template's) language;
/// in `theme` (config).
pub fn open(dirs: &Dirs, path: &Path, flag: Option<Lang>, look: Look) -> anyhow::Result<()> {
    crate::tui::open(dirs, path, flag, look)
}
