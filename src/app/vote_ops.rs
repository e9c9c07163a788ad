//! Vote and decide: picks per voter and audience, closing the round,
//! and the impact × feasibility decision per measure.
//!
//! A later issue completes voting; new actions slot into [`vote`].

use super::state::Target;
use super::{Action, App, edit};
use crate::domain::decision::{Decision, Effort, Feasibility, Impact};
use crate::domain::{Event, NoteId, ParticipantId};

/// The measures in the order the vote screen lists them: by id while
/// voting is open, by rank for the selected audience once it is closed.
pub fn rows(app: &App) -> Vec<NoteId> {
    let s = app.session();
    if s.voting_closed {
        s.ranking(&audience_key(app)).into_iter().map(|r| r.measure).collect()
    } else {
        s.vote_list().into_iter().map(|(id, _)| id).collect()
    }
}

/// The selected audience's key.
pub fn audience_key(app: &App) -> String {
    let auds = &app.session().header.template.voting.audiences;
    auds.get(app.sel.audience % auds.len().max(1)).map(|a| a.key.clone()).unwrap_or_default()
}

/// The selected voter.
pub fn voter(app: &App) -> Option<ParticipantId> {
    let voters: Vec<ParticipantId> = app.session().voters().map(|(id, _)| id).collect();
    voters.get(app.sel.voter % voters.len().max(1)).copied()
}

/// The selected voter's picks for the selected audience; none while
/// they are hidden (sent from the voter's own terminal, round open).
pub fn picks(app: &App) -> Vec<NoteId> {
    voter(app)
        .filter(|v| !app.session().ballot_hidden(*v))
        .and_then(|v| app.session().ballots.get(&(v, audience_key(app))).cloned())
        .unwrap_or_default()
}

/// The selected measure.
pub fn selected(app: &App) -> Option<NoteId> {
    let rows = rows(app);
    rows.get(app.sel.measure.min(rows.len().saturating_sub(1))).copied()
}

/// Vote screen actions.
pub fn vote(app: &mut App, action: Action) {
    let len = rows(app).len();
    let voters = app.session().voters().count().max(1);
    let closed = app.session().voting_closed;
    match action {
        Action::Up => app.sel.measure = app.sel.measure.min(len).saturating_sub(1),
        Action::Down => app.sel.measure = (app.sel.measure + 1).min(len.saturating_sub(1)),
        Action::NextTab => app.sel.voter = (app.sel.voter + 1) % voters,
        Action::PrevTab => app.sel.voter = (app.sel.voter + voters - 1) % voters,
        Action::SwitchAudience => {
            let n = app.session().header.template.voting.audiences.len().max(1);
            app.sel.audience = (app.sel.audience + 1) % n;
        }
        Action::AddParticipant => edit::begin(app, Target::NewParticipant),
        Action::ToggleVoting => {
            app.sel.measure = 0;
            app.commit(if closed { Event::VotingReopened } else { Event::VotingClosed });
        }
        Action::Toggle if !closed => toggle_pick(app),
        Action::SecondRound if !closed => app.message = Some(app.strings.close_round_first.into()),
        Action::SecondRound => {
            let measures = top_measures(app);
            if !measures.is_empty() {
                app.sel.measure = 0;
                app.commit(Event::RoundStarted { measures });
            }
        }
        Action::MarkMerge
        | Action::MergeInto
        | Action::Unmerge
        | Action::EditMeasure
        | Action::OpenVoting => before_open(app, action),
        Action::CycleOwner => {
            if let Some(measure) = selected(app) {
                app.sel.owner_prefix = None;
                edit::begin(app, Target::Owner(measure));
            }
        }
        Action::SetImpact | Action::SetFeasibility => decide(app, action),
        Action::CycleEffort | Action::EditDue => effort_or_due(app, action),
        Action::ShowLoad => app.sel.show_load = !app.sel.show_load,
        Action::ClearDecision => {
            if let Some(measure) = selected(app).filter(|m| app.session().decisions.contains_key(m)) {
                app.commit(Event::DecisionCleared { measure });
            }
        }
        _ => {}
    }
}

/// Fixing the list before voting opens: merge duplicates, edit wording,
/// open voting. Refused with a message once voting is open.
fn before_open(app: &mut App, action: Action) {
    if app.session().voting_open {
        app.message = Some(app.strings.voting_is_open.into());
        return;
    }
    let Some(measure) = selected(app) else { return };
    match action {
        Action::MarkMerge => {
            app.sel.merge_mark = Some(measure);
            app.message = Some(app.strings.marked_to_merge.into());
        }
        Action::MergeInto => match app.sel.merge_mark.take() {
            Some(merged) if merged != measure && app.session().is_on_ballot(merged) => {
                app.commit(Event::MeasuresMerged { keep: measure, merged });
                let at = rows(app).iter().position(|m| *m == measure).unwrap_or(0);
                app.sel.measure = at;
            }
            _ => app.message = Some(app.strings.mark_first.into()),
        },
        Action::Unmerge => {
            let last =
                app.session().merged_into.iter().filter(|(_, k)| **k == measure).map(|(m, _)| *m).next_back();
            if let Some(merged) = last {
                app.commit(Event::MeasureUnmerged { merged });
            }
        }
        Action::EditMeasure => edit::begin(app, Target::Wording(measure)),
        Action::OpenVoting => {
            app.sel.merge_mark = None;
            app.commit(Event::VotingOpened);
        }
        _ => {}
    }
}

/// The measures ranked within the top `voting.top_n` (ties at the edge
/// included) for any audience, in id order.
pub fn top_measures(app: &App) -> Vec<NoteId> {
    // One definition: the decide step's check's.
    let mut top = crate::domain::checks::top_measures(app.session());
    top.sort();
    top
}

fn toggle_pick(app: &mut App) {
    if !app.session().voting_open {
        app.message = Some(app.strings.open_voting_first.into());
        return;
    }
    let (Some(voter), Some(measure)) = (voter(app), selected(app)) else {
        app.message = Some(app.strings.add_voter_first.into());
        return;
    };
    if app.session().ballot_hidden(voter) {
        let name = app.session().participant_name(voter);
        app.message = Some((crate::ui::strings_join::for_lang(app.strings.lang).own_terminal)(name));
        return;
    }
    let audience = audience_key(app);
    let budget = app
        .session()
        .header
        .template
        .voting
        .audiences
        .iter()
        .find(|a| a.key == audience)
        .map_or(0, |a| a.budget as usize);
    let mut picks = picks(app);
    // Picking a picked measure again takes the vote back: never without
    // saying so, as the ballot changes.
    let taken_back = picks.iter().position(|p| *p == measure);
    if let Some(at) = taken_back {
        picks.remove(at);
    } else if picks.len() >= budget {
        app.message = Some(format!("{} ({budget})", app.strings.budget_used));
        return;
    } else {
        picks.push(measure);
    }
    let left = picks.len();
    if app.commit(Event::BallotCast { voter, audience, picks }) && taken_back.is_some() {
        let text = app.session().notes.get(&measure).map_or("", |n| n.text.as_str());
        let text = crate::ui::text::truncate(text, 40);
        app.message = Some((app.strings.vote_taken_back)(&text, left, budget as u32));
    }
}

/// Effort and due date go on an existing decision.
fn effort_or_due(app: &mut App, action: Action) {
    let Some((measure, d)) =
        selected(app).and_then(|m| app.session().decisions.get(&m).map(|d| (m, d.clone())))
    else {
        app.message = Some(app.strings.decide_first.into());
        return;
    };
    if action == Action::EditDue {
        return edit::begin(app, Target::Due(measure));
    }
    let effort = match d.effort {
        None => Some(Effort::S),
        Some(Effort::S) => Some(Effort::M),
        Some(Effort::M) => Some(Effort::L),
        Some(Effort::L) => None,
    };
    app.commit(Event::Decided { measure, decision: Decision { effort, ..d } });
}

fn decide(app: &mut App, action: Action) {
    let Some(measure) = selected(app) else { return };
    let s = app.session();
    let mut d = s.decisions.get(&measure).cloned().unwrap_or(Decision {
        impact: Impact::Effective,
        feasibility: Feasibility::Now,
        owner: None,
        effort: None,
        due: None,
    });
    let existed = s.decisions.contains_key(&measure);
    match action {
        Action::SetImpact if existed => {
            d.impact = match d.impact {
                Impact::Effective => Impact::Indirect,
                Impact::Indirect => Impact::Effective,
            }
        }
        Action::SetFeasibility if existed => {
            d.feasibility = match d.feasibility {
                Feasibility::Now => Feasibility::Hard,
                Feasibility::Hard => Feasibility::Now,
            }
        }
        _ => {}
    }
    app.commit(Event::Decided { measure, decision: d });
}
