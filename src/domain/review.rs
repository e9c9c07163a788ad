//! The quarterly revisit: what a session carries from the one before it
//! (its notes, its decided measures with owner, effort and due date) and
//! the review of those measures at the start of the new session.

use serde::{Deserialize, Serialize};

use super::agenda::{Step, Template};
use super::clock::{Millis, civil_from_millis};
use super::decision::Effort;
use super::event::{Event, Stamped};
use super::header::Header;
use super::ids::NoteId;
use super::session::Session;
use super::setup::{self, SetupError};

/// A measure the previous session decided, as it stood then.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CarriedMeasure {
    /// What it says.
    pub text: String,
    /// Who owned it (by name: the participants may have changed).
    #[serde(default)]
    pub owner: Option<String>,
    /// Rough effort.
    #[serde(default)]
    pub effort: Option<Effort>,
    /// Due date as the room said it.
    #[serde(default)]
    pub due: Option<String>,
}

/// What became of a carried measure since last time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReviewStatus {
    /// Done.
    Done,
    /// Started, not finished.
    InProgress,
    /// Given up.
    Dropped,
    /// Not started; kept for the next period.
    CarriedOn,
}

impl ReviewStatus {
    /// Every status, in the order the screen offers them.
    pub const ALL: [ReviewStatus; 4] =
        [ReviewStatus::Done, ReviewStatus::InProgress, ReviewStatus::Dropped, ReviewStatus::CarriedOn];
}

/// A carried measure's review: its status and a short note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    /// What became of it; none until the room says.
    #[serde(default)]
    pub status: Option<ReviewStatus>,
    /// A short note (what was done, what blocks it).
    #[serde(default)]
    pub note: String,
}

/// The events that bring `from`'s map and decided measures into a new
/// session, after [`super::discuss::carry_over`]'s: every note on a
/// group's board (ids kept; private ones stay private), then each decided
/// measure with its owner's name, effort and due date, and the measures
/// `from` carried and left open (in progress, carried on, no status), then the origin
/// (`name`) with the carried notes, which marks them "from last time".
pub fn carry_map(from: &Session, name: &str, now: Millis) -> Vec<Stamped> {
    let mut events = Vec::new();
    let mut notes = Vec::new();
    for (id, note) in &from.notes {
        if !from.groups.contains_key(&note.group) {
            continue;
        }
        events.push(Event::NoteAdded { id: *id, note: note.clone() });
        if from.private.contains(id) {
            events.push(Event::NotePrivacySet { id: *id, private: true });
        }
        notes.push(*id);
    }
    for (id, decision) in &from.decisions {
        let Some(note) = from.notes.get(id) else { continue };
        let measure = CarriedMeasure {
            text: note.text.clone(),
            owner: decision.owner.map(|o| from.participant_name(o).to_string()),
            effort: decision.effort,
            due: decision.due.clone(),
        };
        events.push(Event::MeasureCarried { id: *id, measure });
    }
    // What `from` itself carried and did not close (done or dropped)
    // comes along again, unless the room decided it anew there.
    for (id, measure) in &from.carried {
        let closed = matches!(from.review_status(*id), Some(ReviewStatus::Done | ReviewStatus::Dropped));
        if !closed && !from.decisions.contains_key(id) {
            events.push(Event::MeasureCarried { id: *id, measure: measure.clone() });
        }
    }
    events.push(Event::CarriedFrom { session: name.to_string(), notes });
    events.into_iter().map(|event| Stamped { at: now, event }).collect()
}

/// Whether `from` has measures to review: decided there, or carried
/// there and left open.
pub fn has_measures(from: &Session) -> bool {
    let open =
        |id: &NoteId| !matches!(from.review_status(*id), Some(ReviewStatus::Done | ReviewStatus::Dropped));
    from.decisions.keys().any(|id| from.notes.contains_key(id)) || from.carried.keys().any(open)
}

/// The agenda of a session started from `from`: `template` with a
/// review step (its own, else `fallback`) when `from` decided measures,
/// without one when it did not.
pub fn agenda_after(template: Template, fallback: Option<Step>, from: &Session) -> Template {
    match template.review.clone().or(fallback) {
        Some(review) if has_measures(from) => template.with_review(review),
        _ => template.without_review(),
    }
}

/// The header and events of a session started from `from` (named
/// `name`) on `template` (`cjm new --from`): `goal` or else `from`'s,
/// `done_when` or else `from`'s, then [`super::discuss::carry_over`]'s
/// and [`carry_map`]'s events, then [`setup::created`].
pub fn new_session_from(
    template: Template,
    fallback: Option<Step>,
    goal: Option<&str>,
    done_when: Option<&str>,
    from: &Session,
    name: &str,
    now: Millis,
) -> Result<(Header, Vec<Stamped>), SetupError> {
    let goal = goal.map_or(from.goal.as_str(), str::trim);
    if goal.is_empty() {
        return Err(SetupError::EmptyGoal);
    }
    let done_when =
        done_when.map(str::trim).filter(|d| !d.is_empty()).unwrap_or(from.done_when.as_str()).to_string();
    let template = agenda_after(template, fallback, from);
    let mut events = super::discuss::carry_over(from, Some(goal), now);
    events.push(Stamped {
        at: now,
        event: Event::GoalSet { goal: goal.to_string(), done_when: done_when.clone() },
    });
    events.extend(carry_map(from, name, now));
    events.push(setup::created(now));
    Ok((Header::new(now, goal.to_string(), done_when, template), events))
}

/// Whether a due date written `YYYY-MM-DD` (or `YYYY/MM/DD`) lies before
/// the day of `now` (UTC). Other wordings are never overdue.
pub fn overdue(due: &str, now: Millis) -> bool {
    let Some(day) = parse_day(due.trim()) else { return false };
    let (y, m, d, _, _) = civil_from_millis(now);
    day < (y, m, d)
}

fn parse_day(text: &str) -> Option<(i64, u32, u32)> {
    let mut parts = text.split(['-', '/']);
    let y = parts.next()?.parse().ok()?;
    let m = parts.next()?.parse().ok()?;
    let d = parts.next()?.parse().ok()?;
    (parts.next().is_none() && (1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

impl Session {
    /// The carried measures still unreviewed (no status yet).
    pub fn unreviewed(&self) -> Vec<NoteId> {
        self.carried.keys().filter(|id| self.review_status(**id).is_none()).copied().collect()
    }

    /// A carried measure's status, if the room gave one.
    pub fn review_status(&self, id: NoteId) -> Option<ReviewStatus> {
        self.reviews.get(&id).and_then(|r| r.status)
    }

    /// Whether a note came from the previous session.
    pub fn is_carried_note(&self, id: NoteId) -> bool {
        self.carried_notes.contains(&id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checks::{Check, Gap, evaluate};
    use crate::domain::{Journal, Lang, StepKind, fold};

    fn sample() -> Session {
        let (header, events) = crate::sample::events();
        fold(header, &events)
    }

    fn revisit(last: &Session) -> Session {
        let template = crate::templates::default_for(Lang::En);
        let fallback = template.review.clone();
        let (header, events) =
            new_session_from(template, fallback, None, None, last, "q3", 10).expect("valid");
        fold(header, &events)
    }

    #[test]
    fn a_revisit_carries_the_map_and_every_decided_measure_and_reviews_them_first() {
        let last = sample();
        let s = revisit(&last);
        assert_eq!(s.origin.as_deref(), Some("q3"));
        assert_eq!((s.goal.as_str(), s.done_when.as_str()), (last.goal.as_str(), last.done_when.as_str()));
        assert_eq!(s.carried.keys().collect::<Vec<_>>(), last.decisions.keys().collect::<Vec<_>>());
        assert_eq!(s.private, last.private, "private notes stay private");
        assert!(
            s.decisions.is_empty() && s.ballots.is_empty(),
            "last time's votes and decisions are not this one's"
        );
        let kinds: Vec<StepKind> = s.header.template.steps.iter().map(|st| st.kind).collect();
        assert_eq!(kinds[1], StepKind::Review);
        assert_eq!(kinds.iter().filter(|k| **k == StepKind::Review).count(), 1);
        let gaps = &evaluate(&s, &[Check::AllReviewed])[0].gaps;
        assert_eq!(gaps.len(), last.decisions.len());
        assert!(gaps.iter().all(|g| matches!(g, Gap::NotReviewed(_))));
    }

    #[test]
    fn a_status_and_note_are_one_undoable_change_and_only_for_carried_measures() {
        let s = revisit(&sample());
        let first = *s.carried.keys().next().expect("a measure");
        let template = crate::templates::default_for(Lang::En);
        let fallback = template.review.clone();
        let (header, events) =
            new_session_from(template, fallback, None, None, &sample(), "q3", 10).expect("valid");
        let mut journal = Journal::new(header, events);
        let reviewed =
            Event::MeasureReviewed { id: first, status: Some(ReviewStatus::Done), note: "ok".into() };
        let stranger = Event::MeasureReviewed {
            id: NoteId(9_999),
            status: Some(ReviewStatus::Done),
            note: String::new(),
        };
        journal.push(Stamped { at: 20, event: stranger });
        journal.push(Stamped { at: 21, event: reviewed });
        assert_eq!(journal.session().review_status(first), Some(ReviewStatus::Done));
        assert!(!journal.session().reviews.contains_key(&NoteId(9_999)), "not a carried measure");
        assert_eq!(journal.session().unreviewed().len(), s.carried.len() - 1);
        journal.push(Stamped { at: 22, event: Event::Undo });
        assert_eq!(journal.session().review_status(first), None);
    }

    #[test]
    fn nothing_decided_means_no_review_step_and_closed_measures_are_not_carried_again() {
        let template = crate::templates::default_for(Lang::En);
        let (header, events) = setup::new_session(template.clone(), "g", None, 0).expect("valid");
        let empty = fold(header, &events);
        assert!(!has_measures(&empty));
        let agenda = agenda_after(template.clone(), None, &empty);
        assert!(agenda.steps.iter().all(|st| st.kind != StepKind::Review));
        assert!(
            setup::new_session(template, "g", None, 0)
                .expect("valid")
                .0
                .template
                .steps
                .iter()
                .all(|st| st.kind != StepKind::Review)
        );

        let mut q4 = revisit(&sample());
        let ids: Vec<NoteId> = q4.carried.keys().copied().collect();
        let mut events = Vec::new();
        for (id, status) in ids.iter().zip(ReviewStatus::ALL.iter().cycle()) {
            events.push(Stamped {
                at: 30,
                event: Event::MeasureReviewed { id: *id, status: Some(*status), note: String::new() },
            });
        }
        for e in &events {
            q4.apply(e);
        }
        let q5 = revisit(&q4);
        let open: Vec<NoteId> = ids
            .iter()
            .zip(ReviewStatus::ALL.iter().cycle())
            .filter(|(_, st)| matches!(st, ReviewStatus::InProgress | ReviewStatus::CarriedOn))
            .map(|(id, _)| *id)
            .collect();
        assert_eq!(q5.carried.keys().copied().collect::<Vec<_>>(), open);
        assert_eq!(q5.carried[&open[0]], q4.carried[&open[0]], "owner, effort and due date stay");
    }

    const DAY: Millis = 86_400_000;

    #[test]
    fn a_date_before_today_is_overdue_and_free_text_never_is() {
        // 2026-11-25 04:55 UTC.
        let now = 1_795_582_519_000;
        assert!(overdue("2026-11-24", now));
        assert!(overdue("2026/1/5", now));
        assert!(!overdue("2026-11-25", now), "due today is not late");
        assert!(!overdue("2026-12-01", now));
        assert!(!overdue("end of Q4", now));
        assert!(!overdue("2026-13-01", now));
        assert!(overdue("2026-11-25", now + DAY));
    }
}
