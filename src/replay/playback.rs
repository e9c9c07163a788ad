//! The playback clock: plays events back in their recorded rhythm at a
//! speed factor, shortening idle stretches.

use super::Timeline;

/// Real seconds of idle time (at the playback speed) after which the rest
/// of a quiet stretch is skipped.
pub const IDLE_SECONDS: f64 = 3.0;

/// Where playback stands.
#[derive(Debug, Clone, PartialEq)]
pub struct Playback {
    /// Events shown so far.
    pub position: usize,
    /// The session time the playhead is at, in milliseconds since the epoch.
    pub cursor: u64,
    /// Session milliseconds per real millisecond.
    pub speed: f64,
    /// Whether it is playing.
    pub playing: bool,
    /// How many idle stretches were shortened.
    pub skips: usize,
}

/// Speeds `+` and `-` step through.
pub const SPEEDS: [f64; 9] = [1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0];

impl Playback {
    /// Playback at the start of a timeline.
    pub fn new(timeline: &Timeline, speed: f64) -> Self {
        let speed = if speed.is_finite() && speed > 0.0 { speed } else { 60.0 };
        Self { position: 0, cursor: timeline.span().0, speed, playing: true, skips: 0 }
    }

    /// Advances by `real_ms` of wall time; returns whether the position
    /// moved. A quiet stretch longer than [`IDLE_SECONDS`] of real time is
    /// cut to that length (and counted in `skips`).
    pub fn tick(&mut self, timeline: &Timeline, real_ms: u64) -> bool {
        if !self.playing {
            return false;
        }
        let before = self.position;
        let max_gap = (IDLE_SECONDS * 1000.0 * self.speed) as u64;
        self.cursor = self.cursor.saturating_add((real_ms as f64 * self.speed) as u64);
        let events = timeline.events();
        while events.get(self.position).is_some_and(|e| e.at <= self.cursor) {
            self.position += 1;
        }
        match events.get(self.position) {
            Some(next) if next.at - self.cursor > max_gap => {
                self.cursor = next.at - max_gap;
                self.skips += 1;
            }
            Some(_) => {}
            None => {
                // The end: the session time stops at the last event.
                self.playing = false;
                self.cursor = self.cursor.min(timeline.span().1);
            }
        }
        self.position != before
    }

    /// Jumps to just after event `n` (0 = before the first).
    pub fn seek(&mut self, timeline: &Timeline, n: usize) {
        self.position = n.min(timeline.len());
        self.cursor = match n {
            0 => timeline.span().0,
            _ => timeline.events()[self.position - 1].at,
        };
    }

    /// One speed step faster (`up`) or slower.
    pub fn change_speed(&mut self, up: bool) {
        let i = SPEEDS.iter().position(|s| *s >= self.speed).unwrap_or(SPEEDS.len() - 1);
        let j = if up { (i + 1).min(SPEEDS.len() - 1) } else { i.saturating_sub(1) };
        self.speed = SPEEDS[j];
    }
}
