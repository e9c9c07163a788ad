//! The workshop domain: pure data and rules, no terminal, no disk, no clock.
//!
//! A [`Session`] is the fold of its [`Event`]s ([`journal::fold`]). The
//! [`Journal`] keeps events and state together for the app, with undo and
//! redo as events of their own.

pub mod agenda;
pub mod checks;
pub mod clock;
pub mod decision;
pub mod discuss;
pub mod event;
pub mod group;
pub mod header;
pub mod ids;
pub mod journal;
pub mod load;
pub mod note;
pub mod parking;
pub mod parts;
pub mod persona;
pub mod phase;
pub mod plan;
pub mod proposal;
pub mod replan;
pub mod review;
pub mod session;
mod session_time;
pub mod setup;
pub mod tally;
pub mod timer;
pub mod vote;
#[cfg(test)]
mod vote_tests;

pub use agenda::{Lang, Step, StepKind, Template};
pub use clock::{Clock, FakeClock, Millis, SystemClock};
pub use event::{Event, Stamped, View};
pub use header::{FORMAT_VERSION, Header};
pub use ids::*;
pub use journal::{Journal, fold};
pub use session::Session;
