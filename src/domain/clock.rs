//! Time, passed in rather than read.
//!
//! The domain never asks the system for the time: callers hand it a
//! millisecond timestamp. The app uses [`SystemClock`]; tests use
//! [`FakeClock`] and move it by hand.

use std::cell::Cell;
use std::time::{SystemTime, UNIX_EPOCH};

/// Milliseconds since the Unix epoch. Integers, never floats, so that a
/// session file cannot smuggle in infinities or rounding.
pub type Millis = u64;

/// One minute in milliseconds.
pub const MINUTE: Millis = 60_000;

/// A source of the current time.
pub trait Clock {
    /// The current time in milliseconds since the Unix epoch.
    fn now(&self) -> Millis;
}

/// The real wall clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Millis {
        SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as Millis).unwrap_or(0)
    }
}

/// A clock that only moves when told to.
#[derive(Debug, Default)]
pub struct FakeClock(Cell<Millis>);

impl FakeClock {
    /// A fake clock standing at `start`.
    pub fn at(start: Millis) -> Self {
        Self(Cell::new(start))
    }

    /// Moves the clock forward.
    pub fn advance(&self, by: Millis) {
        self.0.set(self.0.get() + by);
    }

    /// Sets the clock to an absolute time.
    pub fn set(&self, to: Millis) {
        self.0.set(to);
    }
}

impl Clock for FakeClock {
    fn now(&self) -> Millis {
        self.0.get()
    }
}

/// `mm:ss` for a duration, `h:mm:ss` past an hour.
pub fn format_duration(ms: Millis) -> String {
    let secs = ms / 1000;
    let (h, m, s) = (secs / 3600, (secs / 60) % 60, secs % 60);
    if h > 0 { format!("{h}:{m:02}:{s:02}") } else { format!("{m:02}:{s:02}") }
}

/// `h:mm` for a duration rounded down to the minute.
pub fn format_hours_minutes(ms: Millis) -> String {
    let mins = ms / MINUTE;
    format!("{}:{:02}", mins / 60, mins % 60)
}

/// UTC calendar date and time of a timestamp (Howard Hinnant's algorithm).
pub fn civil_from_millis(ms: u64) -> (i64, u32, u32, u32, u32) {
    let secs = (ms / 1000) as i64;
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d, (rem / 3600) as u32, ((rem / 60) % 60) as u32)
}

/// `YYYY-MM-DD HH:MM` (UTC) for a timestamp.
pub fn format_timestamp(ms: u64) -> String {
    let (y, m, d, hh, mm) = civil_from_millis(ms);
    format!("{y:04}-{m:02}-{d:02} {hh:02}:{mm:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fake_clock_moves_only_when_told() {
        let clock = FakeClock::at(1_000);
        assert_eq!(clock.now(), 1_000);
        clock.advance(500);
        assert_eq!(clock.now(), 1_500);
        clock.set(10);
        assert_eq!(clock.now(), 10);
    }

    #[test]
    fn durations_format_as_minutes_and_hours() {
        assert_eq!(format_duration(0), "00:00");
        assert_eq!(format_duration(65_000), "01:05");
        assert_eq!(format_duration(3_600_000 + 61_000), "1:01:01");
        assert_eq!(format_hours_minutes(72 * MINUTE + 59_000), "1:12");
    }

    #[test]
    fn timestamps_convert_to_utc_calendar_time() {
        // 2026-11-25 04:55:19 UTC
        assert_eq!(format_timestamp(1_795_582_519_000), "2026-11-25 04:55");
        assert_eq!(format_timestamp(0), "1970-01-01 00:00");
        assert_eq!(format_timestamp(951_782_400_000), "2000-02-29 00:00");
    }
}
