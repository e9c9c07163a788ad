//! The agenda re-planned at a moment: done steps with what they took, the
//! current step, and the remaining steps sharing the time left (see
//! [`replan`]) so the session still ends at its planned end — or how much
//! it will run over. Pure: takes the session and `now`.

use super::clock::Millis;
use super::event::{Event, Stamped};
use super::replan::{Budget, replan};
use super::session::Session;

/// One step of the agenda.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepPlan {
    /// The template's timebox.
    pub planned: Millis,
    /// The timebox now, with the facilitator's adjustments.
    pub timebox: Millis,
    /// The re-planned length: what it took (done), at least its timebox
    /// (current), or its share of the time left (remaining).
    pub replanned: Millis,
    /// What it took so far (done steps and the current one).
    pub actual: Option<Millis>,
    /// The step's minimum.
    pub min: Millis,
}

/// The agenda re-planned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaPlan {
    /// Every step, in order.
    pub steps: Vec<StepPlan>,
    /// The current step's index.
    pub current: usize,
    /// Time the remaining steps share (0 when none is left).
    pub time_left: Millis,
    /// How much the session runs over its planned end (0 when it fits).
    pub overrun: Millis,
}

/// Re-plans the steps after the current one at `now`.
///
/// The time left is the planned total minus what the steps up to the
/// current one take: each its timebox, or its time so far when that is
/// longer. Untimed steps plan nothing and get no share
/// of the time left; time the room spends on them still counts as used.
pub fn agenda(s: &Session, now: Millis) -> AgendaPlan {
    let steps = &s.header.template.steps;
    let current = s.current_step();
    let total: Millis = steps.iter().map(|st| st.timebox()).sum();
    let mut used: Millis = 0;
    let mut out: Vec<StepPlan> = Vec::with_capacity(steps.len());
    let mut budgets = Vec::new();
    for (i, st) in steps.iter().enumerate() {
        let timebox = s.timebox(i);
        let elapsed = s.clock.elapsed(i, now);
        let min = st.min();
        let (replanned, actual) = match i.cmp(&current) {
            // A done step took its time, but one that ended early keeps its
            // timebox: the time it saved is the room's lead ("ahead" on the
            // header, which counts done steps by their timebox), not time
            // handed to the rest again, so the re-planned timeboxes never
            // add up to more than the agenda (#14 item 4).
            std::cmp::Ordering::Less => (elapsed.max(timebox), Some(elapsed)),
            std::cmp::Ordering::Equal => (elapsed.max(timebox), Some(elapsed)),
            std::cmp::Ordering::Greater if st.untimed => (0, None),
            std::cmp::Ordering::Greater => {
                budgets.push(Budget { planned: timebox, min });
                (timebox, None)
            }
        };
        if i <= current {
            used += replanned;
        }
        out.push(StepPlan { planned: st.timebox(), timebox, replanned, actual, min });
    }
    let time_left = total.saturating_sub(used);
    let deficit = used.saturating_sub(total);
    let plan = replan(&budgets, time_left);
    let first = (current + 1).min(out.len());
    let timed = out[first..].iter_mut().zip(&steps[first..]).filter(|(_, st)| !st.untimed);
    for ((step, _), b) in timed.zip(&plan.boxes) {
        step.replanned = *b;
    }
    let overrun = if budgets.is_empty() { deficit } else { plan.overrun + deficit };
    AgendaPlan { steps: out, current, time_left, overrun }
}

/// The events of giving `step` (the current one) `delta_ms` more at
/// `now`: its adjustment, then the remaining steps re-planned after it,
/// one user action. Works on a copy of the session with the first event
/// applied (only the time-up prompt asks, once per overrun).
pub fn extension(s: &Session, now: Millis, step: usize, delta_ms: i64) -> Vec<Event> {
    let first = Event::TimeboxAdjusted { step, delta_ms };
    let mut after = s.clone();
    after.apply(&Stamped { at: now, event: first.clone() });
    let rest = agenda(&after, now).adjustments();
    std::iter::once(first)
        .chain(rest.into_iter().map(|(step, delta_ms)| Event::TimeboxAdjusted { step, delta_ms }))
        .collect()
}

impl AgendaPlan {
    /// The changes that make the remaining steps' timeboxes their
    /// re-planned ones: (step, delta in milliseconds), non-zero only.
    pub fn adjustments(&self) -> Vec<(usize, i64)> {
        self.steps
            .iter()
            .enumerate()
            .skip(self.current + 1)
            .map(|(i, st)| (i, st.replanned as i64 - st.timebox as i64))
            .filter(|(_, d)| *d != 0)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::clock::MINUTE;
    use crate::domain::event::{Event, Stamped};
    use crate::domain::{Journal, Lang, Session, setup};
    use proptest::prelude::*;

    fn journal() -> Journal {
        let template = crate::templates::default_for(Lang::En);
        let (header, seed) = setup::new_session(template, "decide", None, 0).expect("session");
        let mut j = Journal::new(header, seed);
        j.push(Stamped { at: 0, event: Event::GoalConfirmed });
        j
    }

    #[test]
    fn on_time_keeps_the_plan() {
        let j = journal();
        let p = agenda(j.session(), 0);
        assert_eq!(p.overrun, 0);
        assert!(p.steps.iter().all(|s| s.replanned == s.planned));
        assert!(p.adjustments().is_empty());
    }

    #[test]
    fn an_overrun_of_the_first_step_is_taken_from_the_rest() {
        let j = journal();
        let first = j.session().timebox(0);
        let p = agenda(j.session(), first + 10 * MINUTE);
        assert_eq!(p.overrun, 0);
        let rest: Millis = p.steps[1..].iter().map(|s| s.replanned).sum();
        assert_eq!(rest, p.time_left);
        assert_eq!(rest + first + 10 * MINUTE, p.steps.iter().map(|s| s.planned).sum::<Millis>());
        assert_eq!(p.adjustments().iter().map(|(_, d)| d).sum::<i64>(), -10 * MINUTE as i64);
    }

    #[test]
    fn far_over_is_reported_exactly() {
        let j = journal();
        let total: Millis = j.session().planned().iter().sum();
        let mins: Millis = p_mins(&j);
        let p = agenda(j.session(), total + 7 * MINUTE);
        assert_eq!(p.overrun, 7 * MINUTE + mins);
        assert!(p.steps[1..].iter().all(|s| s.replanned == s.min));
    }

    /// A discussion-only session (untimed personas and phases, then the
    /// discussion, share-out and wrap-up) started on its discussion.
    fn discussion() -> Journal {
        use crate::domain::discuss;
        let template = crate::templates::default_for(Lang::En).discussion_only(90).expect("template");
        let header = discuss::header(template, "decide", None, 0);
        let words = discuss::Words { group: "Group ", reason: "default" };
        let events = discuss::start(&Session::new(header.clone()), discuss::Groups::PerPersona, words, 0);
        Journal::new(header, events)
    }

    #[test]
    fn untimed_steps_plan_nothing_and_get_no_share_of_the_time_left() {
        let mut j = discussion();
        let p = agenda(j.session(), 100 * MINUTE);
        let total: Millis = j.session().planned().iter().sum();
        assert_eq!(total, (90 + 20 + 10) * MINUTE, "the discussion, share-out and wrap-up");
        assert_eq!((p.steps[0].planned, p.steps[0].replanned, p.steps[0].actual), (0, 0, Some(0)));
        assert_eq!(p.steps[0].min, 0);
        let rest: Millis = p.steps[3..].iter().map(|x| x.replanned).sum();
        assert_eq!(rest, 20 * MINUTE, "the discussion's 10 minutes over are taken from the rest");
        // Back on the phases: ten minutes there count as used, and the
        // steps after it share what is left, the phases step nothing.
        j.push(Stamped { at: 100 * MINUTE, event: Event::StepEntered { step: 1 } });
        let p = agenda(j.session(), 110 * MINUTE);
        assert_eq!((p.current, p.steps[1].planned, p.steps[1].actual), (1, 0, Some(10 * MINUTE)));
        assert_eq!(p.steps[0].replanned, 0);
        assert!(p.adjustments().iter().all(|(step, _)| *step >= 2), "{:?}", p.adjustments());
        let timed: Millis = p.steps[2..].iter().map(|x| x.replanned).sum();
        assert_eq!(timed, total - 10 * MINUTE);
    }

    fn p_mins(j: &Journal) -> Millis {
        j.session().header.template.steps[1..].iter().map(|s| Millis::from(s.min_minutes) * MINUTE).sum()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
        #[test]
        fn remaining_boxes_sum_to_the_time_left_or_the_overrun_is_exact(
            step in 0usize..8, at in 0u64..(6 * 60 * MINUTE), extra in -30i64..30,
        ) {
            let mut j = journal();
            j.push(Stamped { at: 0, event: Event::TimeboxAdjusted { step, delta_ms: extra * MINUTE as i64 } });
            j.push(Stamped { at: at / 2, event: Event::StepEntered { step } });
            let s = j.session();
            let p = agenda(s, at);
            let total: Millis = s.planned().iter().sum();
            let upto: Millis = p.steps[..=p.current].iter().map(|x| x.replanned).sum();
            let rest = &p.steps[p.current + 1..];
            let sum: Millis = rest.iter().map(|x| x.replanned).sum();
            let mins: Millis = rest.iter().map(|x| x.min).sum();
            prop_assert!(rest.iter().all(|x| x.replanned >= x.min));
            if p.overrun == 0 {
                prop_assert!(rest.is_empty() || sum == total - upto);
                prop_assert!(upto <= total);
            } else {
                prop_assert_eq!(upto + mins, total + p.overrun);
            }
        }
    }
}
