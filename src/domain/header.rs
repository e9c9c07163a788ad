//! The session file's header: what a session was created with.

use serde::{Deserialize, Serialize};

use super::agenda::Template;
use super::clock::Millis;

/// The session file format this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;

/// What a session was created with; the first record of its file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    /// Format version of the file.
    pub format: u32,
    /// When the session was created.
    pub created_at: Millis,
    /// The goal as set at creation (later edits are events).
    pub goal: String,
    /// What the room must have produced (later edits are events).
    pub done_when: String,
    /// The agenda template, copied in so the file stands alone.
    pub template: Template,
}

impl Header {
    /// A header for a new session.
    pub fn new(created_at: Millis, goal: String, done_when: String, template: Template) -> Self {
        Self { format: FORMAT_VERSION, created_at, goal, done_when, template }
    }
}
