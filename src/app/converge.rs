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
            let mut events = unmet_items(app, step, &app.checks);
            events.extend(moving_on(app, step, app.strings.parked_reason));
            app.commit_all(events);
        }
        Action::MoveOnAnyway => {
            let events = moving_on(app, step, app.strings.time_up_reason);
            app.commit_all(events);
        }
        Action::Close => {}
        _ => return,
    }
    app.overlay = None;
}

/// Gives the step `minutes` more, then re-plans: the remaining steps'
/// timeboxes shrink so the session still ends on plan where it can.
/// One action: its events go in one write, and one undo takes them back.
pub fn extend(app: &mut App, step: usize, minutes: u64) {
    let delta_ms = (minutes * MINUTE) as i64;
    app.commit_all(plan::extension(app.session(), app.now, step, delta_ms));
}

/// What a check misses, in words: "name: gap; gap".
pub fn missing_text(app: &App, status: &Status) -> String {
    let labels = Labels::of(app.strings.lang);
    let gaps: Vec<String> = status.gaps.iter().map(|g| labels.gap(app.session(), g)).collect();
    format!("{}: {}", (app.strings.check_name)(status.check), gaps.join("; "))
}

/// One parked item per unmet check of `checks`, with fresh ids.
pub fn unmet_items(app: &App, step: usize, checks: &[Status]) -> Vec<Event> {
    let first = app.session().fresh_id();
    checks
        .iter()
        .filter(|s| !s.met())
        .zip(first..)
        .map(|(s, id)| Event::Parked {
            id: ParkId(id),
            item: ParkItem { text: missing_text(app, s), raised_by: None, step, outcome: None },
        })
        .collect()
}

/// Moving on to the next step; with checks unmet, why first.
fn moving_on(app: &App, step: usize, reason: &str) -> Vec<Event> {
    let mut events = Vec::new();
    if !app.gaps.is_empty() {
        events.push(Event::MoveForced { step, reason: reason.to_string() });
    }
    if step + 1 < app.session().header.template.steps.len() {
        events.push(Event::StepEntered { step: step + 1 });
    }
    events
}
