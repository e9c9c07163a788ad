//! The parking lot: `p` parks the selected note or a typed line (with who
//! raised it after `@`), `o` shows the lot, and the wrap-up resolves each
//! item: drop, turn into a measure, or follow up with an owner.

use super::state::{Overlay, Screen, Target};
use super::{Action, App, edit, ops};
use crate::domain::parking::{ParkItem, ParkOutcome};
use crate::domain::{Event, ParkId};

/// Parks the note selected on the board; elsewhere opens a line to type.
pub fn park(app: &mut App) {
    // On the overview no note is in sight: a new line, as elsewhere.
    let board = app.screen() == Screen::Discussion && !app.overview_on();
    let note = if board { ops::selected_note(app) } else { None };
    let Some(text) = note.and_then(|id| app.session().notes.get(&id)).map(|n| n.text.clone()) else {
        edit::begin(app, Target::Park);
        return;
    };
    let step = app.session().current_step();
    let id = ParkId(app.session().fresh_id());
    if app.commit(Event::Parked { id, item: ParkItem { text, raised_by: None, step, outcome: None } }) {
        app.message = Some(app.strings.parked.into());
    }
}

/// "text @name" as a parked item of the current step.
pub fn new_item(app: &App, line: &str) -> Event {
    let (text, raised_by) = match line.rsplit_once(" @") {
        Some((text, who)) if !who.trim().is_empty() && !text.trim().is_empty() => {
            (text.trim().to_string(), Some(who.trim().to_string()))
        }
        _ => (line.to_string(), None),
    };
    let step = app.session().current_step();
    Event::Parked {
        id: ParkId(app.session().fresh_id()),
        item: ParkItem { text, raised_by, step, outcome: None },
    }
}

/// Keys in the parking-lot overlay.
pub fn action(app: &mut App, action: Action) {
    let Some(Overlay::Parking { cursor }) = app.overlay.clone() else { return };
    let ids: Vec<ParkId> = app.session().parking.keys().copied().collect();
    let cursor = cursor.min(ids.len().saturating_sub(1));
    let wrap_up = app.screen() == Screen::WrapUp;
    let outcome = match action {
        Action::Up => {
            app.overlay = Some(Overlay::Parking { cursor: cursor.saturating_sub(1) });
            return;
        }
        Action::Down => {
            let last = ids.len().saturating_sub(1);
            app.overlay = Some(Overlay::Parking { cursor: (cursor + 1).min(last) });
            return;
        }
        Action::Close => {
            app.overlay = None;
            return;
        }
        Action::ParkDrop => ParkOutcome::Dropped,
        Action::ParkMeasure => ParkOutcome::Measure,
        Action::ParkFollowUp => ParkOutcome::FollowUp { owner: String::new() },
        _ => return,
    };
    let Some(id) = ids.get(cursor).copied() else { return };
    if !wrap_up {
        app.message = Some(app.strings.resolve_in_wrap_up.into());
    } else if matches!(outcome, ParkOutcome::FollowUp { .. }) {
        edit::begin(app, Target::FollowUpOwner(id));
    } else {
        app.commit(Event::ParkResolved { id, outcome });
    }
}
