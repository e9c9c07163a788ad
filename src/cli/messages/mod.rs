//! Everything the command line prints, per language: one [`Messages`] of
//! texts and formatters in `en.rs` and `ja.rs`, chosen by
//! [`Messages::of`]. Store and domain errors stay language-neutral data;
//! [`Messages::error`] renders them here (a file problem keeps its
//! `PATH:LINE:COL: ` prefix in every language).

mod en;
mod errors_ja;
mod ja;

use std::path::Path;

use super::args::ControlInArgument;
use super::usage::UsageError;
use crate::domain::Lang;
use crate::domain::discuss::DiscussError;
use crate::domain::setup::SetupError;
use crate::invite::InviteError;
use crate::join::participant::NoGroup;
use crate::replay::player::FromError;
use crate::store::authorized_keys::KeysError;
use crate::store::lock::{Churn, Found, Held, HeldReplace, Unexpected};
use crate::store::outbox::OutboxError;
use crate::store::paths::NoHome;
use crate::store::{FileError, Pos, Problem, SaveError, Syntax, WriteError, WriteStep};
use crate::templates::UnknownTemplate;

pub use ja::HELP as JA_HELP;
pub use ja::HELP_WORDS as JA_HELP_WORDS;

/// clap's own words in `--help` (headings, the built-in flags and the
/// `help` command), for a language other than clap's English.
#[derive(Debug)]
pub struct HelpWords {
    /// Before the usage line ("Usage").
    pub usage: &'static str,
    /// The subcommands' heading ("Commands").
    pub commands: &'static str,
    /// The positional arguments' heading ("Arguments").
    pub arguments: &'static str,
    /// The options' heading ("Options").
    pub options: &'static str,
    /// `-h, --help` ("Print help").
    pub help: &'static str,
    /// `-h` where `--help` says more ("Print help (see more with '--help')").
    pub help_summary: &'static str,
    /// `--help` where `-h` says less ("Print help (see a summary with '-h')").
    pub help_more: &'static str,
    /// `-V, --version` ("Print version").
    pub version: &'static str,
    /// The `help` command ("Print this message or the help of the given subcommand(s)").
    pub help_command: &'static str,
    /// After an option's text, its default value ("[default: 90]").
    pub default: fn(&str) -> String,
}

/// The manual page's own words (`cjm man`); the rest is `--help`'s.
#[derive(Debug)]
pub struct ManText {
    /// The manual's name in the page's title line.
    pub manual: &'static str,
    /// Whether lines are set flush left rather than justified: groff
    /// breaks Japanese only at spaces, and justifying such lines spreads
    /// their few spaces wide.
    pub flush_left: bool,
    /// clap_mangen's section headings (NAME, SYNOPSIS…) in this language.
    pub headings: &'static [(&'static str, &'static str)],
    /// The heading over every command with its synopsis and options.
    pub commands: &'static str,
    /// The environment section's heading.
    pub environment: &'static str,
    /// Each environment variable cjm reads, and what for.
    pub variables: &'static [(&'static str, &'static str)],
    /// The files section's heading.
    pub files: &'static str,
    /// Each file cjm reads or writes, and what it is.
    pub file_list: &'static [(&'static str, &'static str)],
}

/// The command line's texts in one language.
#[derive(Debug)]
pub struct Messages {
    /// Before an error line on stderr, e.g. `cjm: `.
    pub error_prefix: &'static str,
    /// Before a warning line on stderr.
    pub warning_prefix: &'static str,
    /// `config.ron` could not be read: the error, then what happens instead.
    pub settings_fallback: fn(&str) -> String,
    /// `export -o FILE` wrote the file.
    pub wrote: fn(&Path) -> String,
    /// `export -o FILE` could not write the file.
    pub could_not_write: fn(&Path) -> String,
    /// `list` with no sessions in the data directory.
    pub no_sessions: fn(&Path) -> String,
    /// `list`: the header line.
    pub list_header: fn() -> String,
    /// `list`: in place of the goal of a session that cannot be read.
    pub unreadable: fn(&str) -> String,
    /// `new PATH` where PATH is a directory.
    pub is_directory: fn(&Path) -> String,
    /// `new PATH` where PATH exists and no `--force`.
    pub already_exists: fn(&Path) -> String,
    /// `new` made the file.
    pub created: fn(&Path) -> String,
    /// `new`: how to start the new session.
    pub run_it_with: fn(&Path) -> String,
    /// `templates`: the header line.
    pub templates_header: fn() -> String,
    /// `templates`: the source of a built-in template.
    pub built_in: &'static str,
    /// `templates`: a template file that does not parse (name, error).
    pub template_invalid: fn(&str, &str) -> String,
    /// `templates`: where user templates go.
    pub user_templates_hint: fn(&Path) -> String,
    /// `validate`: a good session file (path, events).
    pub valid_session: fn(&Path, usize) -> String,
    /// `validate`: a good template file (path, template name, steps).
    pub valid_template: fn(&Path, &str, usize) -> String,
    /// `discuss PATH` on an existing session: options that set up a new
    /// one were ignored (path).
    pub discuss_ignored: fn(&Path) -> String,
    /// `discuss` options out of range, or a template without discussion.
    pub discuss_error: fn(&DiscussError) -> String,
    /// After the UI closes: where the session is.
    pub saved: fn(&Path) -> String,
    /// What is wrong in a file (without the position).
    pub problem: fn(&Problem) -> String,
    /// `new` with an empty goal.
    pub empty_goal: &'static str,
    /// The session is open in another process (path, pid).
    pub held: fn(&str, &str) -> String,
    /// The lock file kept being replaced (path).
    pub lock_churn: fn(&str) -> String,
    /// The lock file's path holds a link, directory or fifo (its path).
    pub lock_unexpected: fn(&str, Found) -> String,
    /// No home directory and no `CJM_HOME`.
    pub no_home: &'static str,
    /// No template by that name (name, built-in names).
    pub unknown_template: fn(&str, &str) -> String,
    /// Writing a new file failed at a step (the cause follows after `: `).
    pub write_error: fn(WriteStep, &Path) -> String,
    /// An action could not be saved to the session file (an IO cause
    /// follows after `: `).
    pub save_error: fn(&SaveError) -> String,
    /// An error from the operating system.
    pub io_error: fn(&std::io::Error) -> String,
    /// `replay --from` names no place in the session.
    pub from_error: fn(&FromError) -> String,
    /// `--lang` with a language that does not exist.
    pub unknown_lang: fn(&str) -> String,
    /// The top-level `--help` description.
    pub about: &'static str,
    // Colour themes.
    /// `config.ron` names a theme that does not exist (the name).
    pub unknown_theme: fn(&str, &str) -> String,
    // Session safety.
    /// `new --force` on a session open in another process (path, pid).
    pub held_replace: fn(&str, &str) -> String,
    /// `export -o FILE` where FILE is a session file.
    pub export_over_session: fn(&Path) -> String,
    /// `export -o FILE` where FILE is a symbolic link.
    pub export_over_link: fn(&Path) -> String,
    /// `export -o FILE` where FILE is a directory, fifo or device.
    pub export_over_other: fn(&Path) -> String,
    // `cjm discuss` fixes (groups with --from).
    /// `discuss --from --groups`: the earlier session's groups are kept.
    pub discuss_groups_from: &'static str,
    // Output streams and control characters.
    /// What a failed write to standard output is about ("standard output").
    pub standard_output: &'static str,
    // Drafts and what "Saved" means.
    /// After the UI closes, the last change could not be written (path, why).
    pub not_saved: fn(&Path, &str) -> String,
    /// After the UI closes: the open field's text was kept in this draft.
    pub draft_kept: fn(&Path) -> String,
    /// After the UI closes: the draft could not be written (path, why).
    pub draft_not_kept: fn(&Path, &str) -> String,
    /// A command-line argument holds a control character.
    pub control_in_argument: fn(&ControlInArgument) -> String,
    // Errors in Japanese (#15 item 4).
    /// What the RON parser found wrong in a file (English: its `Display`).
    pub syntax: fn(&Syntax) -> String,
    /// A usage error (unknown command, missing argument, bad value), or
    /// `None` where clap's own words are this language (English).
    pub usage_error: Option<fn(&UsageError) -> String>,
    // `cjm invite`.
    /// `invite --add` appended the line (name, file, the user to ssh as).
    pub invite_added: fn(&str, &Path, &str) -> String,
    /// `invite --add`: the same line was there already (name, file).
    pub invite_already: fn(&str, &Path) -> String,
    /// `invite --list` found no line cjm wrote (file).
    pub invite_none: fn(&Path) -> String,
    /// `invite --list`: one invitation (name, session, key type).
    pub invite_row: fn(&str, &Path, &str) -> String,
    /// `invite --remove` took this many lines out (count, name, file).
    pub invite_removed: fn(usize, &str, &Path) -> String,
    /// A name or key an invitation cannot take.
    pub invite_error: fn(&InviteError) -> String,
    /// `authorized_keys` or `.ssh` refused a change.
    pub keys_error: fn(&KeysError) -> String,
    /// The manual page's own words.
    pub man: &'static ManText,
    // `cjm join`.
    /// An outbox could not be opened or written.
    pub outbox_error: fn(&OutboxError) -> String,
    /// `join --as NAME` for a name in no group, without a `--group` that
    /// names one (name, the session's groups).
    pub join_no_group: fn(&str, &str) -> String,
}

impl Messages {
    /// The messages in `lang`.
    pub fn of(lang: Lang) -> &'static Messages {
        match lang {
            Lang::En => &en::EN,
            Lang::Ja => &ja::JA,
        }
    }

    /// A file error: `PATH:LINE:COL: problem`, or `PATH: problem`.
    pub fn file_error(&self, err: &FileError) -> String {
        let problem = (self.problem)(&err.problem);
        match err.pos {
            Some(Pos { line, col }) => format!("{}:{line}:{col}: {problem}", err.path.display()),
            None => format!("{}: {problem}", err.path.display()),
        }
    }

    /// One error with its causes, `: `-joined like `{:#}`, each known
    /// error rendered in this language.
    pub fn error(&self, err: &anyhow::Error) -> String {
        let parts: Vec<String> = err.chain().map(|cause| self.one(cause)).collect();
        parts.join(": ")
    }

    fn one(&self, cause: &(dyn std::error::Error + 'static)) -> String {
        if let Some(e) = cause.downcast_ref::<FileError>() {
            self.file_error(e)
        } else if let Some(SetupError::EmptyGoal) = cause.downcast_ref::<SetupError>() {
            self.empty_goal.to_string()
        } else if let Some(e) = cause.downcast_ref::<Held>() {
            (self.held)(&e.path, &e.pid)
        } else if let Some(e) = cause.downcast_ref::<HeldReplace>() {
            (self.held_replace)(&e.path, &e.pid)
        } else if let Some(e) = cause.downcast_ref::<Churn>() {
            (self.lock_churn)(&e.path)
        } else if let Some(e) = cause.downcast_ref::<Unexpected>() {
            (self.lock_unexpected)(&e.lock, e.found)
        } else if cause.downcast_ref::<NoHome>().is_some() {
            self.no_home.to_string()
        } else if let Some(e) = cause.downcast_ref::<SaveError>() {
            (self.save_error)(e)
        } else if let Some(e) = cause.downcast_ref::<WriteError>() {
            (self.write_error)(e.step, &e.path)
        } else if let Some(e) = cause.downcast_ref::<super::out::OutputError>() {
            format!("{}: {}", self.standard_output, (self.io_error)(&e.io))
        } else if let Some(e) = cause.downcast_ref::<std::io::Error>() {
            (self.io_error)(e)
        } else if let Some(e) = cause.downcast_ref::<DiscussError>() {
            (self.discuss_error)(e)
        } else if let Some(e) = cause.downcast_ref::<FromError>() {
            (self.from_error)(e)
        } else if let Some(e) = cause.downcast_ref::<ControlInArgument>() {
            (self.control_in_argument)(e)
        } else if let Some(e) = cause.downcast_ref::<InviteError>() {
            (self.invite_error)(e)
        } else if let Some(e) = cause.downcast_ref::<KeysError>() {
            (self.keys_error)(e)
        } else if let Some(e) = cause.downcast_ref::<OutboxError>() {
            (self.outbox_error)(e)
        } else if let Some(e) = cause.downcast_ref::<NoGroup>() {
            (self.join_no_group)(&e.name, &e.groups)
        } else if let Some(e) = cause.downcast_ref::<UnknownTemplate>() {
            (self.unknown_template)(&e.name, &e.built_in.join(", "))
        } else {
            cause.to_string()
        }
    }
}

#[cfg(test)]
mod tests;
