//! Errors reading a session or template file, with file, line and column.

use std::fmt;
use std::path::PathBuf;

/// Where in a file a problem sits (1-based line and column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pos {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub col: usize,
}

/// What went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The file does not exist.
    NotFound,
    /// Reading the file is not permitted.
    PermissionDenied,
    /// The path is a directory, not a file.
    IsDirectory,
    /// The file could not be read for another reason (the system's words).
    Io(String),
    /// The file is larger than a session file can be.
    TooLarge {
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The bytes are not UTF-8 text.
    NotText,
    /// The file has no complete header.
    NoHeader,
    /// The header is not valid.
    Header(super::Syntax),
    /// The file was written by a newer `cjm`.
    NewerVersion {
        /// Version in the file.
        found: u32,
        /// Newest version this build reads.
        supported: u32,
    },
    /// The file names a format no `cjm` ever wrote (formats start at 1).
    UnknownVersion {
        /// Version in the file.
        found: u32,
        /// Newest version this build reads.
        supported: u32,
    },
    /// An event line is not valid.
    Event(super::Syntax),
    /// One line is longer than any record can be.
    LineTooLong {
        /// The limit in bytes.
        limit: usize,
    },
    /// The last record was cut off mid-write; everything before it loaded.
    TornTail {
        /// Complete events loaded before it.
        kept: usize,
    },
}

/// A problem in a file, with where it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct FileError {
    /// The file.
    pub path: PathBuf,
    /// Where, when known.
    pub pos: Option<Pos>,
    /// What.
    pub problem: Problem,
}

impl FileError {
    /// An error for a whole file.
    pub fn whole(path: impl Into<PathBuf>, problem: Problem) -> Self {
        Self { path: path.into(), pos: None, problem }
    }

    /// An error at a position.
    pub fn at(path: impl Into<PathBuf>, pos: Pos, problem: Problem) -> Self {
        Self { path: path.into(), pos: Some(pos), problem }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::NotFound => write!(f, "no such file (a new session: `cjm new PATH --goal …`)"),
            Problem::PermissionDenied => write!(f, "permission denied"),
            Problem::IsDirectory => write!(f, "is a directory, not a file"),
            Problem::Io(msg) => write!(f, "{msg}"),
            Problem::TooLarge { size, limit } => {
                write!(f, "file is {size} bytes; session files are limited to {limit} bytes")
            }
            Problem::NotText => write!(f, "not a cjm file: the bytes are not UTF-8 text"),
            Problem::NoHeader => {
                write!(f, "not a cjm session: no complete header (expected a `// events` line)")
            }
            Problem::Header(msg) => write!(f, "invalid header: {msg}"),
            Problem::NewerVersion { found, supported } => write!(
                f,
                "written by a newer cjm (file format {found}; this cjm reads up to format {supported}); upgrade cjm to open it"
            ),
            Problem::UnknownVersion { found, supported } => write!(
                f,
                "unknown file format {found}: formats start at 1 (this cjm reads up to format {supported})"
            ),
            Problem::Event(msg) => write!(f, "invalid event: {msg}"),
            Problem::LineTooLong { limit } => write!(f, "line longer than {limit} bytes"),
            Problem::TornTail { kept } => write!(
                f,
                "the last record is incomplete (cut off mid-write); the {kept} complete events before it are kept"
            ),
        }
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.pos {
            Some(Pos { line, col }) => {
                write!(f, "{}:{line}:{col}: {}", self.path.display(), self.problem)
            }
            None => write!(f, "{}: {}", self.path.display(), self.problem),
        }
    }
}

/// An action could not be appended to the session file; nothing of it
/// was kept. The UI and the command line render it in the interface
/// language (`cli::messages`); an IO failure is its source, in the
/// system's words.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// An earlier failed append could not be taken back.
    #[error("could not save to {}: an earlier save failed and could not be undone; reopen the session", path.display())]
    Broken {
        /// The session file.
        path: PathBuf,
    },
    /// One record would be longer than a line may be.
    #[error("could not save to {}: the change is longer than {max} bytes, the most one record may hold", path.display())]
    LineTooLong {
        /// The session file.
        path: PathBuf,
        /// The most one record may hold.
        max: usize,
    },
    /// The file would grow past what `cjm` reads.
    #[error("could not save to {}: the session file would grow past {max} bytes, the most cjm reads", path.display())]
    FileTooBig {
        /// The session file.
        path: PathBuf,
        /// The most `cjm` reads.
        max: u64,
    },
    /// The write or the fsync failed.
    #[error("could not save to {}", path.display())]
    Io {
        /// The session file.
        path: PathBuf,
        /// Why, in the system's words.
        #[source]
        source: std::io::Error,
    },
}

/// Writing a new file failed at one step; the cause is the source. The
/// command line renders it in the interface language (`cli::messages`).
#[derive(Debug, thiserror::Error)]
#[error("could not {} {}", step.verb(), path.display())]
pub struct WriteError {
    /// The step that failed.
    pub step: WriteStep,
    /// The directory or file.
    pub path: PathBuf,
    /// Why.
    #[source]
    pub source: std::io::Error,
}

/// The steps of writing a new file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteStep {
    /// Creating its directory.
    CreateDir,
    /// Making a temporary file in the directory.
    WriteIn,
    /// Putting the file in place.
    Create,
}

impl WriteStep {
    fn verb(self) -> &'static str {
        match self {
            WriteStep::CreateDir | WriteStep::Create => "create",
            WriteStep::WriteIn => "write in",
        }
    }
}
