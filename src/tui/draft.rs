//! Drafts: the text of a field still open when the app ends by a signal
//! (SIGTERM, SIGHUP, SIGINT), a closed terminal or a panic, kept beside
//! the session as `SESSION.ron.draft` (like vim's swap file) and offered
//! back in the same field on the next open.
//!
//! A draft is owner-only (0600) and written to a temporary file in the
//! same directory, then renamed over the draft path: a symlink there is
//! replaced, never followed. Reading refuses anything but a plain file.
//! The draft is removed once its field is saved or discarded.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::app::App;
use crate::app::state::{Edit, Target};
use crate::text_input::TextInput;

/// What a draft file holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// The field.
    pub target: Target,
    /// Its text as typed.
    pub text: String,
}

/// The draft file of `session`: `SESSION.ron.draft`.
pub fn path_of(session: &Path) -> PathBuf {
    let mut name = session.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".draft");
    session.with_file_name(name)
}

/// The open field's draft, when its text differs from what is saved.
pub fn of(app: &App) -> Option<Draft> {
    let edit = app.edit.as_ref()?;
    let text = edit.input.text();
    (text != crate::app::edit::current_text(app, &edit.target))
        .then(|| Draft { target: edit.target.clone(), text: text.to_string() })
}

/// Keeps the open field's text beside the session; returns the draft's
/// path when one was written.
pub fn keep(app: &App) -> anyhow::Result<Option<PathBuf>> {
    let (Some(session), Some(draft)) = (app.path.as_deref(), of(app)) else { return Ok(None) };
    let path = path_of(session);
    // Owner-only, written whole, renamed over the draft path.
    crate::store::atomic::replace(&path, ron::to_string(&draft)?.as_bytes())?;
    Ok(Some(path))
}

/// The draft kept beside `session`, if there is a plain file holding one.
pub fn find(session: &Path) -> Option<(PathBuf, Draft)> {
    let path = path_of(session);
    let meta = std::fs::symlink_metadata(&path).ok()?;
    if !meta.file_type().is_file() || meta.len() > crate::store::format::MAX_FILE_BYTES {
        return None;
    }
    let text = std::fs::read_to_string(&path).ok()?;
    let draft = ron::from_str(&text).ok()?;
    Some((path, draft))
}

/// Reopens the field of the draft beside the app's session with the
/// draft's text, the cursor at its end, and says so.
pub fn offer(app: &mut App) {
    let Some((path, draft)) = app.path.as_deref().and_then(find) else { return };
    // A field drops control characters from what it is given.
    let input = TextInput::new(&draft.text, draft.target.multiline());
    app.edit = Some(Edit { target: draft.target, input });
    app.message = Some(format!("{} {})", app.strings.draft_recovered, path.display()));
    app.draft = Some(path);
    app.dirty = true;
}

/// Removes the recovered draft once its field is closed (saved or
/// discarded).
pub fn settle(app: &mut App) {
    if app.edit.is_none()
        && let Some(path) = app.draft.take()
    {
        let _ = std::fs::remove_file(path);
    }
}
