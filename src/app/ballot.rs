//! A participant's own ballot on their `cjm join` screen: the measure
//! list, their picks per audience, Enter to pick or take a pick back.
//! A pick is not applied here: the whole audience's new picks go to the
//! outbox as one proposal ([`crate::domain::proposal::Proposal::Ballot`])
//! and the facilitator's process checks it by the vote rules; until it
//! is answered the screen shows the picks as sent ([`App::pending`]).

use super::vote_ops::{audience_key, rows};
use super::{Action, App};
use crate::domain::{Event, NoteId, ParticipantId};

/// The participant's voter id, if the session has one of that name.
pub fn me(app: &App) -> Option<ParticipantId> {
    let name = app.me.as_deref()?;
    app.session().participants.iter().find(|(_, p)| p.name == name && p.votes).map(|(id, _)| *id)
}

/// The participant's picks for `audience` as recorded in the session.
pub fn recorded(app: &App, audience: &str) -> Vec<NoteId> {
    me(app).and_then(|v| app.session().ballots.get(&(v, audience.to_string())).cloned()).unwrap_or_default()
}

/// The picks for `audience` as the participant last sent them (still
/// being checked), else as recorded.
pub fn shown(app: &App, audience: &str) -> Vec<NoteId> {
    app.pending.get(audience).cloned().unwrap_or_else(|| recorded(app, audience))
}

/// The ballot's keys: move, switch audience, pick or take back.
pub fn action(app: &mut App, action: Action) {
    let len = rows(app).len();
    let n = app.session().header.template.voting.audiences.len().max(1);
    match action {
        Action::Up => app.sel.measure = app.sel.measure.min(len).saturating_sub(1),
        Action::Down => app.sel.measure = (app.sel.measure + 1).min(len.saturating_sub(1)),
        Action::NextTab | Action::SwitchAudience => app.sel.audience = (app.sel.audience + 1) % n,
        Action::PrevTab => app.sel.audience = (app.sel.audience + n - 1) % n,
        Action::Toggle => toggle(app),
        _ => {}
    }
}

/// Sends the audience's picks with the selected measure added, or taken
/// out when it is picked. No budget is checked here: the facilitator's
/// process does, by the same rules as its own screen, and its refusal
/// comes back with the reason.
fn toggle(app: &mut App) {
    let list = rows(app);
    let Some(measure) = list.get(app.sel.measure.min(list.len().saturating_sub(1))).copied() else {
        return;
    };
    let audience = audience_key(app);
    let mut picks = shown(app, &audience);
    match picks.iter().position(|p| *p == measure) {
        Some(at) => {
            picks.remove(at);
        }
        None => picks.push(measure),
    }
    let voter = me(app).unwrap_or(ParticipantId(0));
    if app.commit(Event::BallotSent { voter, audience: audience.clone(), picks: picks.clone() }) {
        app.pending.insert(audience, picks);
    }
}
