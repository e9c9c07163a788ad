//! Everything that touches the disk: session files, locks, paths, settings.

pub mod atomic;
pub mod authorized_keys;
pub mod error;
pub mod file;
pub mod follow;
pub mod format;
pub mod holder;
pub mod lock;
pub mod outbox;
pub mod own;
pub mod paths;
pub mod report;
pub mod settings;
pub mod syntax;
pub mod unique;

pub use error::{FileError, Pos, Problem, SaveError, WriteError, WriteStep};
pub use file::{Writer, create, load};
pub use format::Parsed;
pub use paths::Dirs;
pub use syntax::{Syntax, Token};
