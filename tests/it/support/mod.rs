//! Test support that is not a fixture: a temporary home for the real
//! binary, tmux, and contrast arithmetic.

pub mod contrast;
pub mod home;
pub mod tmux;
