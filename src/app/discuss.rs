//! `cjm discuss` without `--goal`: once the goal is saved, the discussion
//! starts (personas, the phase scheme chosen, groups, the clock).

use super::App;
use super::state::Target;
use crate::domain::discuss::{self, Words};

/// After the goal was saved: when the app runs a discussion still to be
/// started, commits its start events and selects the first group and the
/// chosen scheme (what `[` to the phases shows).
pub fn after_goal(app: &mut App) {
    let Some(groups) = app.discuss else { return };
    if app.session().goal.trim().is_empty() {
        return;
    }
    let words = Words { group: app.strings.discuss_group, reason: app.strings.discuss_reason };
    for stamped in discuss::start(app.session(), groups, words, app.now) {
        if !app.commit(stamped.event) {
            // Not saved: the message says so; saving the goal again retries.
            return;
        }
    }
    app.discuss = None;
    app.sel.group = app.session().groups.keys().next().copied();
    let s = app.session();
    if let Some(choice) = &s.choice {
        app.sel.scheme = s.schemes.keys().position(|k| *k == choice.scheme).unwrap_or(0);
    }
}

/// While the discussion waits for its goal, the goal field stays open:
/// closing it, or saving it empty, opens it again and says why.
pub fn keep_asking(app: &mut App) {
    let waiting = app.discuss.is_some() && discuss::awaits_goal(app.session());
    if !waiting || app.edit.is_some() || app.overlay.is_some() || app.quit {
        return;
    }
    super::edit::begin(app, Target::Goal);
    if app.message.is_none() {
        app.message = Some(app.strings.discuss_goal_first.into());
    }
}
