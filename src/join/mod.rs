//! `cjm join`: participants write their group's notes on their own
//! terminals, with no server. Each participant's process writes only its
//! own outbox ([`crate::store::outbox`]); the facilitator's process stays
//! the only writer of the session file and takes proposals in
//! ([`intake`]), checked by [`crate::domain::proposal::check`]. The
//! participant's screen ([`participant`]) follows the session file
//! read-only ([`crate::store::follow`]). Both notice changes through the
//! file system's notifications ([`watch`]), so neither polls while
//! nothing changes.

pub mod facilitator;
pub mod intake;
pub mod participant;
pub mod watch;
