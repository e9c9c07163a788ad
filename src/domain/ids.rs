//! Identifiers of the things a session holds.
//!
//! Every id is a small integer handed out by [`crate::domain::Session::fresh_id`]
//! and carried inside the event that creates the thing, so replaying the
//! events always yields the same ids.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u32);

        impl $name {
            /// The raw number, as written in the session file.
            pub fn raw(self) -> u32 {
                self.0
            }
        }
    )*};
}

id_type!(
    /// A workshop participant (voter, owner, group member).
    ParticipantId,
    /// A persona in the 2×2.
    PersonaId,
    /// A candidate phase scheme.
    SchemeId,
    /// One phase inside a scheme.
    PhaseId,
    /// A discussion group.
    GroupId,
    /// A sticky note (pain point, As-Is or To-Be measure, other).
    NoteId,
    /// An item in the parking lot.
    ParkId,
);
