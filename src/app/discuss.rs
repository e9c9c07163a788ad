//! `cjm discuss` without `--goal`: the session is created with its
//! personas, scheme and groups, on its discussion step; saving the goal
//! confirms it, which starts the clock.

use super::App;
use super::state::Target;
use crate::domain::Event;
use crate::domain::discuss;

/// With a (non-empty) goal being saved: a discussion waiting for its
/// goal has it confirmed too, which starts its clock, in the same action
/// (not saved: the message says so; saving the goal again retries).
pub fn confirming(app: &App) -> Option<Event> {
    discuss::awaits_goal(app.session()).then_some(Event::GoalConfirmed)
}

/// While the discussion waits for its goal, the goal field stays open:
/// closing it, or saving it empty, opens it again and says why.
pub fn keep_asking(app: &mut App) {
    let waiting = discuss::awaits_goal(app.session());
    if !waiting || app.edit.is_some() || app.overlay.is_some() || app.quit {
        return;
    }
    super::edit::begin(app, Target::Goal);
    if app.message.is_none() {
        app.message = Some(app.strings.discuss_goal_first.into());
    }
}
