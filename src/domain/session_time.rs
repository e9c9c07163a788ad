//! The session's time, read from its state: each step's planned and
//! adjusted timebox, the current countdown, and a step's parts laid out
//! on its clock. Queries only; the clock itself is folded in
//! [`super::session`].

use super::clock::Millis;
use super::parts;
use super::session::Session;
use super::timer::Countdown;

impl Session {
    /// Planned length of each step, in milliseconds.
    pub fn planned(&self) -> Vec<Millis> {
        self.header.template.steps.iter().map(|s| s.timebox()).collect()
    }

    /// The current step's index.
    pub fn current_step(&self) -> usize {
        self.clock.current
    }

    /// A step's timebox with the facilitator's adjustments (always 0 for
    /// an untimed step).
    pub fn timebox(&self, step: usize) -> Millis {
        if self.untimed(step) {
            return 0;
        }
        let planned = self.header.template.steps.get(step).map_or(0, |s| s.timebox());
        self.clock.timebox(step, planned)
    }

    /// Whether step `step` runs without a timebox.
    pub fn untimed(&self, step: usize) -> bool {
        self.header.template.steps.get(step).is_some_and(|s| s.untimed)
    }

    /// The current step's countdown at `now`; none on an untimed step,
    /// which has nothing to count down to.
    pub fn countdown(&self, now: Millis) -> Option<Countdown> {
        let step = self.current_step();
        (!self.untimed(step)).then(|| self.clock.countdown(self.timebox(step), now))
    }

    /// How far each of a step's part boundaries was moved.
    pub fn part_shifts(&self, step: usize) -> &[i64] {
        self.part_shifts.get(&step).map_or(&[], Vec::as_slice)
    }

    /// A step's parts laid out on its clock, boundary moves included.
    pub fn part_slots(&self, step: usize) -> Vec<parts::Slot> {
        let steps = &self.header.template.steps;
        steps.get(step).map_or_else(Vec::new, |s| {
            parts::schedule(&s.parts, self.part_timebox(step), self.part_shifts(step))
        })
    }

    /// Where step `step` is among its parts at `now` (none without parts).
    pub fn part_now(&self, step: usize, now: Millis) -> Option<parts::Now> {
        let s = self.header.template.steps.get(step)?;
        parts::current(
            &s.parts,
            self.part_timebox(step),
            self.part_shifts(step),
            self.clock.elapsed(step, now),
        )
    }

    /// A step's planned and adjusted timebox, as its parts are laid out on
    /// them (both 0 for an untimed step).
    pub fn part_timebox(&self, step: usize) -> parts::Timebox {
        let planned = self.header.template.steps.get(step).map_or(0, |s| s.timebox());
        parts::Timebox { planned, actual: self.timebox(step) }
    }
}
