//! Actions in, domain events out: the one place that applies actions.

use super::state::{Overlay, Question, Screen, Target};
use super::{Action, App, Mode, edit, ops, vote_ops};
use crate::domain::Event;
use crate::domain::clock::MINUTE;

/// Five minutes, the step adjustment of `+` and `-`.
pub const ADJUST_MS: i64 = 5 * MINUTE as i64;

/// Applies one action.
pub fn update(app: &mut App, action: Action) {
    app.message = None;
    let presenting = app.mode() == Mode::Presenter;
    apply(app, action);
    // The room sees no menus: a key that opens one (a field, the parking
    // lot, the agenda, the missing checks) leaves the presenter view
    // first. The goal full screen and the help stay over it.
    let menu = app.edit.is_some() || !matches!(app.overlay, None | Some(Overlay::Goal | Overlay::Help));
    if presenting && menu {
        app.presenter = false;
    }
}

fn apply(app: &mut App, action: Action) {
    if global(app, action) {
        return;
    }
    match app.mode() {
        Mode::Edit => edit::action(app, action),
        Mode::Link => ops::link_action(app, action),
        Mode::Confirm => confirm(app, action),
        Mode::Screen(screen) => screen_action(app, screen, action),
        Mode::Converge => super::converge::action(app, action),
        Mode::Parking => super::park::action(app, action),
        Mode::PartEnd => super::part_end::action(app, action),
        Mode::Overview => super::overview::action(app, action),
        Mode::Ballot => super::ballot::action(app, action),
        Mode::Help => {
            let last = app.help_page.1.get().saturating_sub(1);
            match action {
                Action::Down => app.help_page.0 = (app.help_page.0 + 1).min(last),
                Action::Up => app.help_page.0 = app.help_page.0.min(last).saturating_sub(1),
                _ => {}
            }
        }
        Mode::Presenter => presenter(app, action),
        Mode::GoalView | Mode::Agenda => {}
    }
}

/// The presenter view's own keys: which group's board, or the overview,
/// the room sees.
fn presenter(app: &mut App, action: Action) {
    if !matches!(app.screen(), Screen::Discussion | Screen::ShareOut) || !offered(app, action) {
        return;
    }
    match action {
        Action::Overview => app.overview = !app.overview,
        Action::NextTab => ops::cycle_group(app, true),
        Action::PrevTab => ops::cycle_group(app, false),
        _ => {}
    }
}

/// Whether `action` does anything in the current screen mode (the help
/// lists only those). During a share-out turn the presenter view is
/// pinned to the presenting group, whose turn clock the room watches:
/// Tab and Shift-Tab would move nothing the room sees, so they are not
/// offered then (the facilitator's own screen still picks boards).
pub fn offered(app: &App, action: Action) -> bool {
    let turn = app.screen() == Screen::ShareOut && app.session().sharing.is_some();
    let tab = matches!(action, Action::NextTab | Action::PrevTab);
    !(app.screen_mode() == Mode::Presenter && turn && tab)
}

/// The keys every screen shares. Returns whether the action was one.
fn global(app: &mut App, action: Action) -> bool {
    let s = app.session();
    let step = s.current_step();
    let steps = s.header.template.steps.len();
    match action {
        Action::Help => {
            app.overlay = if app.overlay == Some(Overlay::Help) { None } else { Some(Overlay::Help) };
            app.help_page.0 = 0;
        }
        Action::ShowGoal if app.overlay == Some(Overlay::Goal) => app.overlay = None,
        Action::ShowGoal => {
            // Showing the goal is how the room is pulled back to it; the
            // replay summary counts these.
            app.overlay = Some(Overlay::Goal);
            app.commit(Event::Refocused);
        }
        Action::ToggleLang => {
            let lang = match app.strings.lang {
                crate::domain::Lang::En => crate::domain::Lang::Ja,
                crate::domain::Lang::Ja => crate::domain::Lang::En,
            };
            app.set_lang(lang);
            // Saving is IO: the terminal loop performs it.
            app.requests.push(super::Request::SaveLang(lang));
        }
        Action::CycleTheme => {
            let theme = app.theme.next();
            app.set_theme(theme);
            let s = app.strings;
            app.message = Some(format!("{}: {}", s.theme, s.theme_names[theme.index()]));
            app.requests.push(super::Request::SaveTheme(theme));
        }
        Action::ShowAgenda if app.overlay == Some(Overlay::Agenda) => app.overlay = None,
        Action::ShowAgenda => app.overlay = Some(Overlay::Agenda),
        Action::ShowParking => app.overlay = Some(Overlay::Parking { cursor: 0 }),
        Action::Park => super::park::park(app),
        Action::NextPart => super::part_end::end_part_now(app),
        Action::Presenter => {
            app.presenter = !app.presenter;
            app.overlay = None;
        }
        Action::Close
            if matches!(
                app.mode(),
                Mode::Help
                    | Mode::GoalView
                    | Mode::Screen(_)
                    | Mode::Presenter
                    | Mode::Agenda
                    | Mode::Overview
                    | Mode::Ballot
            ) =>
        {
            // The innermost first: an overlay, the presenter view, the overview.
            if app.overlay.take().is_none() && !std::mem::take(&mut app.presenter) {
                app.overview = false;
            }
        }
        // `]` on the goal step confirms the goal (as Enter does) on the
        // way out, so the clock starts; without a goal it says why not.
        Action::NextStep if app.screen() == Screen::Goal && !s.goal_confirmed => {
            if s.goal.trim().is_empty() {
                app.message = Some(app.strings.goal_empty.into());
            } else if step + 1 < steps {
                confirm_and_leave_goal(app, step);
            } else {
                app.commit(Event::GoalConfirmed);
            }
        }
        Action::NextStep if step + 1 < steps => {
            // Moving on with the step's output incomplete is recorded, so
            // the replay summary can show it.
            // The facilitator sees what is missing and stays, or types
            // why the room moves on (see `edit::commit`). An untimed
            // step is no timebox to converge in: its gaps are shown, not
            // enforced.
            if s.clock.started && !app.gaps.is_empty() && !s.untimed(step) {
                app.overlay = Some(Overlay::Missing { step });
                edit::begin(app, Target::ForceReason(step));
                return true;
            }
            app.commit(Event::StepEntered { step: step + 1 });
        }
        Action::PrevStep if step > 0 => {
            app.commit(Event::StepEntered { step: step - 1 });
        }
        Action::NextStep | Action::PrevStep => {}
        Action::TogglePause => {
            if !s.clock.started {
                app.message = Some(app.strings.clock_not_started.into());
            } else if s.clock.paused {
                app.commit(Event::TimerResumed);
            } else {
                app.commit(Event::TimerPaused);
            }
        }
        Action::AddTime | Action::RemoveTime if s.untimed(step) => {
            app.message = Some(app.strings.untimed_no_adjust.into());
        }
        Action::AddTime => {
            app.commit(Event::TimeboxAdjusted { step, delta_ms: ADJUST_MS });
        }
        Action::RemoveTime => {
            app.commit(Event::TimeboxAdjusted { step, delta_ms: -ADJUST_MS });
        }
        Action::Undo => {
            if app.journal().can_undo() {
                app.commit(Event::Undo);
            } else {
                app.message = Some(app.strings.nothing_to_undo.into());
            }
        }
        Action::Redo => {
            if app.journal().can_redo() {
                app.commit(Event::Redo);
            } else {
                app.message = Some(app.strings.nothing_to_redo.into());
            }
        }
        Action::Quit | Action::QuitAsk if app.edit.is_some() => {
            app.overlay = Some(Overlay::Confirm(Question::QuitWhileTyping));
        }
        Action::Quit | Action::QuitAsk => app.quit_with_save(),
        Action::QuitSave => save_typed_and_quit(app),
        _ => return false,
    }
    true
}

/// Confirms the goal and moves on, one action; when the goal step's
/// checks still miss something (no done-when), the goal is confirmed and
/// the missing overlay asks, as `]` does on any step.
fn confirm_and_leave_goal(app: &mut App, step: usize) {
    let mut after = app.session().clone();
    let now = app.now;
    after.apply(&crate::domain::Stamped { at: now, event: Event::GoalConfirmed });
    let unmet = crate::domain::checks::for_step(&after, step).iter().any(|c| !c.gaps.is_empty());
    if unmet {
        if app.commit(Event::GoalConfirmed) {
            app.overlay = Some(Overlay::Missing { step });
            edit::begin(app, Target::ForceReason(step));
        }
    } else {
        app.commit_all(vec![Event::GoalConfirmed, Event::StepEntered { step: step + 1 }]);
    }
}

/// Saves the open field, then quits; when the field's text cannot be
/// saved, the field stays open under the message and nothing quits, so
/// no typed text is lost (Esc, then quit, leaves it on purpose).
fn save_typed_and_quit(app: &mut App) {
    if let Some(e) = app.edit.take() {
        edit::commit(app, e);
        if app.edit.is_some() {
            return;
        }
    }
    app.quit_with_save();
}

fn confirm(app: &mut App, action: Action) {
    match (app.overlay.clone(), action) {
        (Some(Overlay::Confirm(Question::QuitWhileTyping)), Action::Yes) => {
            app.overlay = None;
            save_typed_and_quit(app);
        }
        (Some(Overlay::Confirm(Question::QuitWhileTyping)), Action::No) => {
            app.overlay = None;
            app.edit = None;
            app.quit_with_save();
        }
        (Some(Overlay::Confirm(Question::ClosedTime { .. })), Action::Yes) => app.overlay = None,
        (Some(Overlay::Confirm(Question::ClosedTime { since })), Action::No) => pause_closed_time(app, since),
        (_, Action::Close) => app.overlay = None,
        _ => {}
    }
}

/// The time the app was closed is paused out (the question stays when it
/// cannot be saved).
fn pause_closed_time(app: &mut App, since: crate::domain::Millis) {
    if app.commit(Event::ClosedTimePaused { since }) {
        app.overlay = None;
        app.message = Some(app.strings.closed_time_paused.into());
    }
}

fn screen_action(app: &mut App, screen: Screen, action: Action) {
    match (screen, action) {
        (Screen::Goal, Action::EditGoal) => edit::begin(app, Target::Goal),
        (Screen::Goal, Action::EditDoneWhen) => edit::begin(app, Target::DoneWhen),
        (Screen::Goal, Action::ConfirmGoal) => {
            if app.session().goal.trim().is_empty() {
                app.message = Some(app.strings.goal_empty.into());
            } else if !app.session().goal_confirmed {
                app.commit(Event::GoalConfirmed);
            }
        }
        (Screen::Discussion | Screen::ShareOut, Action::Overview) => app.overview = true,
        (Screen::Personas, _) => ops::personas(app, action),
        (Screen::Phases, _) => ops::phases(app, action),
        (Screen::Discussion, _) => ops::discussion(app, action),
        (Screen::ShareOut, _) => ops::share_out(app, action),
        (Screen::Vote, _) => vote_ops::vote(app, action),
        (Screen::Review, _) => super::review::review(app, action),
        // Writing a file is IO: the terminal loop performs it.
        (Screen::WrapUp, Action::Export) => app.requests.push(super::Request::Export),
        // The clipboard is the terminal's: the loop writes to it.
        (Screen::WrapUp, Action::Copy) => app.requests.push(super::Request::CopyReport),
        // Each screen by name (no `_` arm): a new screen must say here
        // which keys it takes.
        (Screen::Goal | Screen::WrapUp | Screen::Other, _) => {}
    }
}
