//! The session file on disk: round trips, the lock, torn tails, hostile files, drafts.

mod aliases;
mod crlf;
mod cuts;
mod drafts;
mod full_disk;
mod join;
mod long_files;
mod props;
mod safety;
mod session_file;
mod torn_utf8;
mod watch;
