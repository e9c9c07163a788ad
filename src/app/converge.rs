//! The converge prompt's choices when a step's time is up. Every choice is
//! an event: more time (taken from the remaining steps by re-planning),
//! parking what is missing and moving on, or moving on with it missing.

use super::state::Overlay;
use super::{Action, App};
use crate::domain::checks::Status;
use crate::domain::clock::MINUTE;
use crate::domain::parking::ParkItem;
use crate::domain::{Event, ParkId, plan};
use crate::export::labels::Labels;

/// Applies a converge choice.
pub fn action(app: &mut App, action: Action) {
    let Some(Overlay::Converge { step }) = app.overlay.clone() else { return };
    match action {
        Action::Extend5 => extend(app, step, 5),
        Action::Extend10 => extend(app, step, 10),
        Action::ParkAndMoveOn => {
            let checks = app.checks.clone();
            if park_unmet(app, step, &checks) {
                move_on(app, step, app.strings.parked_reason);
            }
        }
        Action::MoveOnAnyway => move_on(app, step, app.strings.time_up_reason),
        Action::Close => {}
        _ => return,
    }
    app.overlay = None;
}

/// Gives the step `minutes` more, then re-plans: the remaining steps'
/// timeboxes shrink so the session still ends on plan where it can.
pub fn extend(app: &mut App, step: usize, minutes: u64) {
    let delta_ms = (minutes * MINUTE) as i64;
    if !app.commit(Event::TimeboxAdjusted { step, delta_ms }) {
        return;
    }
    for (step, delta_ms) in plan::agenda(app.session(), app.now).adjustments() {
        if !app.commit(Event::TimeboxAdjusted { step, delta_ms }) {
            return;
        }
    }
}

/// What a check misses, in words: "name: gap; gap".
pub fn missing_text(app: &App, status: &Status) -> String {
    let labels = Labels::of(app.strings.lang);
    let gaps: Vec<String> = status.gaps.iter().map(|g| labels.gap(app.session(), g)).collect();
    format!("{}: {}", (app.strings.check_name)(status.check), gaps.join("; "))
}

/// One parked item per unmet check of `checks`. Returns whether all were saved.
pub fn park_unmet(app: &mut App, step: usize, checks: &[Status]) -> bool {
    let items: Vec<String> = checks.iter().filter(|s| !s.met()).map(|s| missing_text(app, s)).collect();
    for text in items {
        let id = ParkId(app.session().fresh_id());
        let item = ParkItem { text, raised_by: None, step, outcome: None };
        if !app.commit(Event::Parked { id, item }) {
            return false;
        }
    }
    true
}

/// Moves to the next step; with checks unmet, records why first.
fn move_on(app: &mut App, step: usize, reason: &str) {
    if !app.gaps.is_empty() && !app.commit(Event::MoveForced { step, reason: reason.to_string() }) {
        return;
    }
    if step + 1 < app.session().header.template.steps.len() {
        app.commit(Event::StepEntered { step: step + 1 });
    }
}
