//! The review step: what became of each measure carried from last time.
//! One row per carried measure; a status key marks it, `e` types its note.

use super::state::Target;
use super::{Action, App, edit};
use crate::domain::review::{Review, ReviewStatus};
use crate::domain::{Event, NoteId};

/// The carried measures in the order the screen lists them.
pub fn rows(app: &App) -> Vec<NoteId> {
    app.session().carried.keys().copied().collect()
}

/// The selected carried measure.
pub fn selected(app: &App) -> Option<NoteId> {
    let rows = rows(app);
    rows.get(app.sel.note.min(rows.len().saturating_sub(1))).copied()
}

/// Review screen actions.
pub fn review(app: &mut App, action: Action) {
    let len = rows(app).len();
    match action {
        Action::Up => app.sel.note = app.sel.note.min(len).saturating_sub(1),
        Action::Down => app.sel.note = (app.sel.note + 1).min(len.saturating_sub(1)),
        Action::SetReview(status) => set(app, status),
        Action::EditReviewNote => {
            if let Some(id) = selected(app) {
                edit::begin(app, Target::ReviewNote(id));
            }
        }
        _ => {}
    }
}

/// Marks the selected measure; the same status again takes it back.
/// The note stays.
fn set(app: &mut App, status: ReviewStatus) {
    let Some(id) = selected(app) else { return };
    let old = app.session().reviews.get(&id).cloned().unwrap_or(Review { status: None, note: String::new() });
    let status = (old.status != Some(status)).then_some(status);
    app.commit(Event::MeasureReviewed { id, status, note: old.note });
}

/// The event that saves `text` as the note of carried measure `id`.
pub fn note_event(app: &App, id: NoteId, text: String) -> Option<Event> {
    let s = app.session();
    s.carried.get(&id)?;
    let status = s.review_status(id);
    Some(Event::MeasureReviewed { id, status, note: text })
}
