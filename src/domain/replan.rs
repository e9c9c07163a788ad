//! Re-planning: when a step overran or got more time, the remaining steps
//! share the time left so the session still ends at its planned end —
//! proportionally to their plan, never below their minimum — or the
//! overrun is stated exactly.

use super::clock::Millis;

/// A remaining step's plan and floor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    /// Planned length (with the facilitator's adjustments).
    pub planned: Millis,
    /// The step's minimum.
    pub min: Millis,
}

/// The outcome of re-planning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replan {
    /// New timebox per remaining step, in order.
    pub boxes: Vec<Millis>,
    /// How much the session will run over its planned end even with every
    /// remaining step at its minimum (0 when it fits).
    pub overrun: Millis,
}

/// Shares `time_left` among the remaining steps.
///
/// Every box is at least its minimum. When the minimums fit, the boxes sum
/// to exactly `time_left`, each step above its minimum getting time in
/// proportion to its plan; when they do not, every step gets its minimum
/// and `overrun` says by how much the session runs over.
pub fn replan(steps: &[Budget], time_left: Millis) -> Replan {
    let mins: Millis = steps.iter().map(|s| s.min).sum();
    if steps.is_empty() {
        return Replan { boxes: Vec::new(), overrun: 0 };
    }
    if time_left <= mins {
        return Replan { boxes: steps.iter().map(|s| s.min).collect(), overrun: mins - time_left };
    }
    // Water-filling: steps whose proportional share falls below their
    // minimum are pinned there; the rest share what is left by plan.
    let mut pinned = vec![false; steps.len()];
    loop {
        let free_time =
            time_left - steps.iter().zip(&pinned).filter(|(_, p)| **p).map(|(s, _)| s.min).sum::<Millis>();
        let free_plan: Millis =
            steps.iter().zip(&pinned).filter(|(_, p)| !**p).map(|(s, _)| s.planned.max(1)).sum();
        let mut changed = false;
        for (i, s) in steps.iter().enumerate() {
            if !pinned[i] && share(s.planned.max(1), free_time, free_plan) < s.min {
                pinned[i] = true;
                changed = true;
            }
        }
        if !changed {
            return Replan { boxes: distribute(steps, &pinned, free_time, free_plan), overrun: 0 };
        }
    }
}

fn share(planned: Millis, free_time: Millis, free_plan: Millis) -> Millis {
    (u128::from(planned) * u128::from(free_time) / u128::from(free_plan.max(1))) as Millis
}

/// Proportional shares that add up exactly: the rounding remainder goes,
/// a millisecond each, to the first free steps.
fn distribute(steps: &[Budget], pinned: &[bool], free_time: Millis, free_plan: Millis) -> Vec<Millis> {
    let mut boxes: Vec<Millis> = steps
        .iter()
        .zip(pinned)
        .map(|(s, p)| if *p { s.min } else { share(s.planned.max(1), free_time, free_plan) })
        .collect();
    let given: Millis = boxes.iter().zip(pinned).filter(|(_, p)| !**p).map(|(b, _)| *b).sum();
    let mut rest = free_time - given;
    for (b, p) in boxes.iter_mut().zip(pinned) {
        if rest == 0 {
            break;
        }
        if !*p {
            *b += 1;
            rest -= 1;
        }
    }
    boxes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::clock::MINUTE;
    use proptest::prelude::*;

    fn b(planned: u64, min: u64) -> Budget {
        Budget { planned: planned * MINUTE, min: min * MINUTE }
    }

    #[test]
    fn time_left_equal_to_plan_keeps_the_plan() {
        let steps = [b(20, 5), b(15, 5), b(25, 10)];
        assert_eq!(replan(&steps, 60 * MINUTE).boxes, vec![20 * MINUTE, 15 * MINUTE, 25 * MINUTE]);
    }

    #[test]
    fn an_overrun_shrinks_the_rest_proportionally() {
        let steps = [b(20, 5), b(20, 5)];
        let r = replan(&steps, 30 * MINUTE);
        assert_eq!(r.boxes, vec![15 * MINUTE, 15 * MINUTE]);
        assert_eq!(r.overrun, 0);
    }

    #[test]
    fn steps_never_go_below_their_minimum() {
        let steps = [b(10, 8), b(30, 5)];
        let r = replan(&steps, 20 * MINUTE);
        assert_eq!(r.boxes, vec![8 * MINUTE, 12 * MINUTE]);
    }

    #[test]
    fn when_minimums_do_not_fit_the_overrun_is_exact() {
        let steps = [b(10, 8), b(30, 5)];
        let r = replan(&steps, 10 * MINUTE);
        assert_eq!(r.boxes, vec![8 * MINUTE, 5 * MINUTE]);
        assert_eq!(r.overrun, 3 * MINUTE);
    }

    #[test]
    fn extra_time_is_shared_too() {
        let r = replan(&[b(10, 1), b(30, 1)], 80 * MINUTE);
        assert_eq!(r.boxes, vec![20 * MINUTE, 60 * MINUTE]);
    }

    proptest! {
        #[test]
        fn boxes_sum_to_time_left_at_or_above_minimums_or_overrun_is_exact(
            steps in prop::collection::vec((0u64..200_000_000, 0u64..20_000_000), 0..10),
            time_left in 0u64..1_000_000_000,
        ) {
            let steps: Vec<Budget> = steps.into_iter().map(|(planned, min)| Budget { planned, min }).collect();
            let r = replan(&steps, time_left);
            prop_assert_eq!(r.boxes.len(), steps.len());
            for (bx, s) in r.boxes.iter().zip(&steps) {
                prop_assert!(*bx >= s.min);
            }
            let sum: Millis = r.boxes.iter().sum();
            let mins: Millis = steps.iter().map(|s| s.min).sum();
            if steps.is_empty() {
                prop_assert_eq!(r.overrun, 0);
            } else if mins >= time_left {
                prop_assert_eq!(sum, mins);
                prop_assert_eq!(r.overrun, mins - time_left);
            } else {
                prop_assert_eq!(sum, time_left);
                prop_assert_eq!(r.overrun, 0);
            }
        }
    }
}
