//! Step timers and the session clock against the plan.
//!
//! Each step keeps the time it has run so far and, while running, when it
//! last started. Nothing here reads the system clock: every question takes
//! `now`.

use serde::{Deserialize, Serialize};

use super::clock::Millis;

/// The timer of one step.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepTimer {
    /// Time run before the current stretch.
    pub banked: Millis,
    /// When the current stretch started, while running.
    pub running_since: Option<Millis>,
    /// Minutes added or removed by the facilitator, in milliseconds.
    pub adjust: i64,
    /// Whether the room has been on this step at all.
    pub visited: bool,
}

impl StepTimer {
    /// Time this step has run at `now`.
    pub fn elapsed(&self, now: Millis) -> Millis {
        self.banked + self.running_since.map_or(0, |since| now.saturating_sub(since))
    }

    fn stop(&mut self, at: Millis) {
        if let Some(since) = self.running_since.take() {
            self.banked += at.saturating_sub(since);
        }
    }
}

/// Where the room is in the agenda and how long each step has run.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaClock {
    /// The current step.
    pub current: usize,
    /// Whether the session has started (goal confirmed).
    pub started: bool,
    /// Whether the facilitator paused the timer.
    pub paused: bool,
    /// One timer per step.
    pub steps: Vec<StepTimer>,
}

/// A step's timer reduced to what the screen shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Countdown {
    /// Time left, under 80 % used.
    Running(Millis),
    /// Time left, 80 % or more used.
    Warning(Millis),
    /// Past the timebox by this much.
    Over(Millis),
}

impl AgendaClock {
    /// A clock for an agenda of `steps` steps, standing at the first.
    pub fn new(steps: usize) -> Self {
        let mut clock = Self { steps: vec![StepTimer::default(); steps.max(1)], ..Self::default() };
        clock.steps[0].visited = true;
        clock
    }

    fn running(&self) -> bool {
        self.started && !self.paused
    }

    /// Starts the session clock on the current step.
    pub fn start(&mut self, at: Millis) {
        if !self.started {
            self.started = true;
            self.resume_current(at);
        }
    }

    fn resume_current(&mut self, at: Millis) {
        if self.running() {
            let timer = &mut self.steps[self.current];
            if timer.running_since.is_none() {
                timer.running_since = Some(at);
            }
        }
    }

    /// Moves to step `index` (ignored when out of range). A step left
    /// before the clock ever started was not run: it is not counted as
    /// visited (`cjm discuss` starts on its discussion this way).
    pub fn enter(&mut self, index: usize, at: Millis) {
        if index >= self.steps.len() || index == self.current {
            return;
        }
        if !self.started {
            self.steps[self.current].visited = false;
        }
        self.steps[self.current].stop(at);
        self.current = index;
        self.steps[index].visited = true;
        self.resume_current(at);
    }

    /// Pauses the current step's timer.
    pub fn pause(&mut self, at: Millis) {
        self.steps[self.current].stop(at);
        self.paused = true;
    }

    /// Resumes the current step's timer.
    pub fn resume(&mut self, at: Millis) {
        self.paused = false;
        self.resume_current(at);
    }

    /// Adds (or with a negative delta removes) time on a step.
    pub fn adjust(&mut self, step: usize, delta_ms: i64) {
        if let Some(timer) = self.steps.get_mut(step) {
            timer.adjust = timer.adjust.saturating_add(delta_ms);
        }
    }

    /// A step's timebox: its plan plus adjustments, never below zero.
    pub fn timebox(&self, step: usize, planned: Millis) -> Millis {
        let adjust = self.steps.get(step).map_or(0, |t| t.adjust);
        (planned as i64).saturating_add(adjust).max(0) as Millis
    }

    /// How long step `step` has run at `now`.
    pub fn elapsed(&self, step: usize, now: Millis) -> Millis {
        self.steps.get(step).map_or(0, |t| t.elapsed(now))
    }

    /// The current step's countdown.
    pub fn countdown(&self, timebox: Millis, now: Millis) -> Countdown {
        let elapsed = self.elapsed(self.current, now);
        if elapsed > timebox {
            Countdown::Over(elapsed - timebox)
        } else if u128::from(elapsed) * 5 >= u128::from(timebox) * 4 {
            Countdown::Warning(timebox - elapsed)
        } else {
            Countdown::Running(timebox - elapsed)
        }
    }

    /// The whole session against the plan: (elapsed, planned so far).
    ///
    /// "Planned so far" is where the plan says the room should be after the
    /// steps done so far and the current one: finished steps count their
    /// timebox, the current one the time it has run, up to its timebox.
    /// `planned` gives each step's planned length.
    pub fn against_plan(&self, planned: &[Millis], now: Millis) -> Progress {
        let mut elapsed = 0;
        let mut plan = 0;
        for (i, timer) in self.steps.iter().enumerate() {
            let ran = timer.elapsed(now);
            elapsed += ran;
            let boxed = self.timebox(i, planned.get(i).copied().unwrap_or(0));
            if i == self.current {
                plan += ran.min(boxed);
            } else if timer.visited && i < self.current {
                plan += boxed;
            } else if timer.visited {
                plan += ran.min(boxed);
            }
        }
        Progress { elapsed, plan }
    }
}

/// The session clock against the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Time the session has run.
    pub elapsed: Millis,
    /// Where the plan says it should be.
    pub plan: Millis,
}

impl Progress {
    /// Positive when behind plan, negative when ahead, in milliseconds.
    pub fn behind(&self) -> i64 {
        self.elapsed as i64 - self.plan as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::clock::MINUTE;

    #[test]
    fn clock_does_not_run_before_start() {
        let clock = AgendaClock::new(3);
        assert_eq!(clock.elapsed(0, 10 * MINUTE), 0);
    }

    #[test]
    fn steps_bank_their_time_when_left() {
        let mut clock = AgendaClock::new(3);
        clock.start(0);
        clock.enter(1, 4 * MINUTE);
        clock.enter(2, 10 * MINUTE);
        assert_eq!(clock.elapsed(0, 20 * MINUTE), 4 * MINUTE);
        assert_eq!(clock.elapsed(1, 20 * MINUTE), 6 * MINUTE);
        assert_eq!(clock.elapsed(2, 20 * MINUTE), 10 * MINUTE);
    }

    #[test]
    fn a_step_left_before_the_start_was_not_visited_and_the_clock_starts_where_it_stands() {
        let mut clock = AgendaClock::new(3);
        clock.enter(2, 0);
        assert!(!clock.steps[0].visited && clock.steps[2].visited);
        clock.start(MINUTE);
        assert_eq!(clock.elapsed(2, 5 * MINUTE), 4 * MINUTE);
        clock.enter(1, 6 * MINUTE);
        assert!(clock.steps[2].visited, "left after the start: it ran");
        assert!(!clock.steps[0].visited);
    }

    #[test]
    fn pause_stops_and_resume_continues() {
        let mut clock = AgendaClock::new(1);
        clock.start(0);
        clock.pause(MINUTE);
        assert_eq!(clock.elapsed(0, 5 * MINUTE), MINUTE);
        clock.resume(5 * MINUTE);
        assert_eq!(clock.elapsed(0, 6 * MINUTE), 2 * MINUTE);
    }

    #[test]
    fn paused_clock_stays_paused_across_steps() {
        let mut clock = AgendaClock::new(2);
        clock.start(0);
        clock.pause(MINUTE);
        clock.enter(1, 2 * MINUTE);
        assert_eq!(clock.elapsed(1, 9 * MINUTE), 0);
    }

    #[test]
    fn countdown_warns_at_80_percent_and_reports_overrun() {
        let mut clock = AgendaClock::new(1);
        clock.start(0);
        let boxed = 10 * MINUTE;
        assert_eq!(clock.countdown(boxed, 7 * MINUTE), Countdown::Running(3 * MINUTE));
        assert_eq!(clock.countdown(boxed, 8 * MINUTE), Countdown::Warning(2 * MINUTE));
        assert_eq!(clock.countdown(boxed, 12 * MINUTE), Countdown::Over(2 * MINUTE));
    }

    #[test]
    fn adjustments_change_the_timebox_but_never_below_zero() {
        let mut clock = AgendaClock::new(1);
        clock.adjust(0, 5 * MINUTE as i64);
        assert_eq!(clock.timebox(0, 10 * MINUTE), 15 * MINUTE);
        clock.adjust(0, -30 * MINUTE as i64);
        assert_eq!(clock.timebox(0, 10 * MINUTE), 0);
    }

    #[test]
    fn behind_plan_counts_overrun_of_finished_and_current_steps() {
        let mut clock = AgendaClock::new(3);
        let planned = [5 * MINUTE, 10 * MINUTE, 10 * MINUTE];
        clock.start(0);
        clock.enter(1, 12 * MINUTE); // step 0 overran by 7
        let p = clock.against_plan(&planned, 14 * MINUTE);
        assert_eq!(p.elapsed, 14 * MINUTE);
        assert_eq!(p.plan, 7 * MINUTE);
        assert_eq!(p.behind(), 7 * MINUTE as i64);
    }
}
