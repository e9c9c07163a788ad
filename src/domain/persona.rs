//! Personas in the 2×2: promoter or end user, high or low drive.

use serde::{Deserialize, Serialize};

/// Promoter (推進者) or end user (エンドユーザー).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Role {
    /// The customer's promoter or leader.
    Promoter,
    /// The customer's end user.
    EndUser,
}

/// High or low drive (for leaders) or information-gathering need (for end users).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Drive {
    /// High drive or need.
    High,
    /// Low drive or need.
    Low,
}

/// A cell of the persona 2×2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Quadrant {
    /// Promoter or end user.
    pub role: Role,
    /// High or low.
    pub drive: Drive,
}

impl Quadrant {
    /// The four quadrants, in reading order (promoters first, high first).
    pub const ALL: [Quadrant; 4] = [
        Quadrant { role: Role::Promoter, drive: Drive::High },
        Quadrant { role: Role::Promoter, drive: Drive::Low },
        Quadrant { role: Role::EndUser, drive: Drive::High },
        Quadrant { role: Role::EndUser, drive: Drive::Low },
    ];
}

/// A persona: a name, where it sits, its traits and daily challenges.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Persona {
    /// Short name the room uses.
    pub name: String,
    /// Where it sits in the 2×2.
    pub quadrant: Quadrant,
    /// Characteristics.
    #[serde(default)]
    pub traits: String,
    /// Daily challenges, one per entry.
    #[serde(default)]
    pub challenges: Vec<String>,
}
