//! The parts of a step (the discussion's a–d) as the facilitator runs them:
//! the prompt when a part is over, its choices, and `>` to end a part early.
//! Every change is a [`Event::PartAdjusted`], so undo and replay see it.

use super::state::Overlay;
use super::{Action, App};
use crate::domain::agenda::Part;
use crate::domain::checks::{self, Status};
use crate::domain::clock::{MINUTE, Millis};
use crate::domain::{Event, parts};

/// What the part-end prompt's `5` gives the part that ended.
pub const EXTEND: Millis = 5 * MINUTE;

/// The current step and how long it has run: where looking for part ends
/// starts from.
pub fn seen_now(app: &App) -> (usize, Millis) {
    let s = app.session();
    let step = s.current_step();
    (step, s.clock.elapsed(step, app.now))
}

/// Opens the part-end prompt when a part other than the last has ended
/// since the last look: once per part end, and not over another overlay,
/// a field being typed or the presenter view, whose room sees no menus
/// (it waits for them to close). When several ended
/// meanwhile, the prompt is for the latest; once the step's time is up,
/// for none (the step's converge prompt is the one that matters then).
pub fn when_ended(app: &mut App) {
    let (step, elapsed) = seen_now(app);
    let (seen_step, from) = app.parts_seen;
    if seen_step != step || elapsed < from {
        app.parts_seen = (step, elapsed);
        return;
    }
    if app.overlay.is_some() || app.edit.is_some() || app.presenter {
        return;
    }
    app.parts_seen = (step, elapsed);
    let s = app.session();
    let Some(st) = s.header.template.steps.get(step) else { return };
    if elapsed >= s.timebox(step) {
        return;
    }
    let ended = parts::ended_between(&st.parts, s.part_timebox(step), s.part_shifts(step), from, elapsed);
    if let Some(part) = ended.last().copied() {
        app.overlay = Some(Overlay::PartEnd { step, part });
        // The prompt shows the message as why its choice was refused; an
        // earlier one is not that.
        app.message = None;
        app.dirty = true;
    }
}

/// A part of a step, if both exist.
pub fn part(app: &App, step: usize, part: usize) -> Option<&Part> {
    app.session().header.template.steps.get(step)?.parts.get(part)
}

/// A part's own exit checks, evaluated now.
pub fn part_checks(app: &App, step: usize, index: usize) -> Vec<Status> {
    part(app, step, index).map_or_else(Vec::new, |p| checks::evaluate(app.session(), &p.checks))
}

/// Applies a part-end prompt choice.
pub fn action(app: &mut App, action: Action) {
    let Some(Overlay::PartEnd { step, part: index }) = app.overlay.clone() else { return };
    match action {
        Action::PartGoOn | Action::Close => {}
        Action::PartExtend5 => {
            if !extend(app, step, index) {
                return;
            }
        }
        Action::PartPark => {
            let unmet = part_checks(app, step, index);
            let items = super::converge::unmet_items(app, step, &unmet);
            if !app.commit_all(items) {
                return;
            }
        }
        _ => return,
    }
    app.overlay = None;
}

/// Gives part `index` [`EXTEND`] more, taken from the next part; refused
/// with a message when the next part would drop under [`parts::MIN_PART`].
fn extend(app: &mut App, step: usize, index: usize) -> bool {
    let s = app.session();
    let Some(st) = s.header.template.steps.get(step) else { return false };
    if !parts::can_extend(&st.parts, s.part_timebox(step), s.part_shifts(step), index, EXTEND) {
        let next = index.checked_add(1).and_then(|n| st.parts.get(n)).map_or("", |p| p.title.as_str());
        app.message = Some((app.strings.part_too_short)(next));
        return false;
    }
    app.commit(Event::PartAdjusted { step, part: index, delta_ms: EXTEND as i64 })
}

/// `>`: the room finished the current part early; it ends now and the
/// next part starts (the step's timebox stays).
pub fn end_part_now(app: &mut App) {
    let st = app.strings;
    let s = app.session();
    let step = s.current_step();
    let Some(parts_of) = s.header.template.steps.get(step).map(|st| &st.parts).filter(|p| !p.is_empty())
    else {
        app.message = Some(st.no_parts.into());
        return;
    };
    if !s.clock.started {
        app.message = Some(st.clock_not_started.into());
        return;
    }
    let elapsed = s.clock.elapsed(step, app.now);
    let Some(now) = s.part_now(step, app.now) else { return };
    let shift = parts::end_now(parts_of, s.part_timebox(step), s.part_shifts(step), now.slot.index, elapsed);
    let Some(delta_ms) = shift else {
        app.message = Some(st.last_part.into());
        return;
    };
    if app.commit(Event::PartAdjusted { step, part: now.slot.index, delta_ms }) {
        // This part end was asked for: no prompt for it.
        app.parts_seen = (step, elapsed);
    }
}
