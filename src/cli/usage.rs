//! clap's usage errors ("unexpected argument", "required arguments were
//! not provided", …) as language-neutral data, read from the error's
//! [`ErrorKind`] and context, for the catalogue to word
//! ([`super::messages::Messages::usage_error`]). English keeps clap's own
//! rendering byte for byte; another language renders this.

use std::error::Error as _;
use std::num::{IntErrorKind, ParseFloatError, ParseIntError};

use clap::error::{ContextKind, ContextValue, ErrorKind};

/// A usage error: what is wrong, a suggestion, and the usage line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageError {
    /// What is wrong.
    pub problem: UsageProblem,
    /// clap's "did you mean", if it has one.
    pub tip: Option<Tip>,
    /// The usage line without clap's "Usage: " heading (`cjm new --goal <GOAL> <PATH>`).
    pub usage: Option<String>,
}

/// What is wrong with the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UsageProblem {
    /// No command by that name (`cjm bogus`).
    UnknownCommand(String),
    /// An argument no command takes (`--bogus`).
    UnknownArgument(String),
    /// An option given without its value (`--lang`).
    MissingValue(String),
    /// A value not among the possible ones (argument, value, possible values).
    NotPossible {
        /// The argument, as clap names it (`--format <FORMAT>`).
        arg: String,
        /// The value given.
        value: String,
        /// The values it takes.
        possible: Vec<String>,
    },
    /// A value its parser refused (argument, value, why).
    BadValue {
        /// The argument, as clap names it.
        arg: String,
        /// The value given.
        value: String,
        /// Why.
        why: BadValue,
    },
    /// Required arguments left out, as clap names them.
    MissingRequired(Vec<String>),
    /// An argument given twice.
    Repeated(String),
    /// Two arguments that cannot go together (argument, the other).
    Conflict(String, String),
    /// A value after an argument that takes no more (argument, value).
    ExtraValue(String, String),
    /// Anything cjm's command line cannot produce: clap's own words.
    Other(String),
}

/// Why a value was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BadValue {
    /// Not a number.
    NotANumber,
    /// A number too large for the option.
    TooLarge,
    /// A negative or too small number.
    TooSmall,
    /// Empty.
    Empty,
    /// cjm's own parser's words (already in the interface language), or clap's.
    Said(String),
}

/// clap's suggestion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tip {
    /// A command with a similar name.
    Command(String),
    /// An argument with a similar name.
    Argument(String),
    /// A value with a similar spelling.
    Value(String),
}

impl UsageError {
    /// The usage error in `err`, or `None` when `err` is no error (help,
    /// version) and clap prints it itself.
    pub fn of(err: &clap::Error) -> Option<UsageError> {
        let problem = problem(err)?;
        let tip = string(err, ContextKind::SuggestedSubcommand)
            .map(Tip::Command)
            .or_else(|| string(err, ContextKind::SuggestedArg).map(Tip::Argument))
            .or_else(|| string(err, ContextKind::SuggestedValue).map(Tip::Value));
        let usage = match err.get(ContextKind::Usage) {
            Some(ContextValue::StyledStr(s)) => {
                let plain = s.to_string();
                let line = plain.split_once(": ").map_or(plain.as_str(), |(_, rest)| rest);
                Some(line.trim().to_string())
            }
            _ => None,
        };
        Some(UsageError { problem, tip, usage })
    }
}

fn string(err: &clap::Error, kind: ContextKind) -> Option<String> {
    match err.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => v.first().cloned(),
        _ => None,
    }
}

fn strings(err: &clap::Error, kind: ContextKind) -> Vec<String> {
    match err.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

fn problem(err: &clap::Error) -> Option<UsageProblem> {
    let arg = || string(err, ContextKind::InvalidArg).unwrap_or_default();
    let value = || string(err, ContextKind::InvalidValue).unwrap_or_default();
    let problem = match err.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        | ErrorKind::DisplayVersion => {
            return None;
        }
        ErrorKind::InvalidSubcommand => {
            UsageProblem::UnknownCommand(string(err, ContextKind::InvalidSubcommand).unwrap_or_default())
        }
        ErrorKind::UnknownArgument => UsageProblem::UnknownArgument(arg()),
        ErrorKind::InvalidValue if value().is_empty() => UsageProblem::MissingValue(arg()),
        ErrorKind::InvalidValue => UsageProblem::NotPossible {
            arg: arg(),
            value: value(),
            possible: strings(err, ContextKind::ValidValue),
        },
        ErrorKind::ValueValidation => UsageProblem::BadValue { arg: arg(), value: value(), why: why(err) },
        ErrorKind::MissingRequiredArgument => {
            UsageProblem::MissingRequired(strings(err, ContextKind::InvalidArg))
        }
        ErrorKind::ArgumentConflict => match string(err, ContextKind::PriorArg) {
            Some(prior) if prior == arg() => UsageProblem::Repeated(prior),
            Some(prior) => UsageProblem::Conflict(arg(), prior),
            None => UsageProblem::Other(clap_words(err)),
        },
        ErrorKind::TooManyValues => UsageProblem::ExtraValue(arg(), value()),
        ErrorKind::NoEquals
        | ErrorKind::MissingSubcommand
        | ErrorKind::InvalidUtf8
        | ErrorKind::TooFewValues
        | ErrorKind::WrongNumberOfValues
        | ErrorKind::Io
        | ErrorKind::Format => UsageProblem::Other(clap_words(err)),
        // ErrorKind is non-exhaustive: a kind a later clap adds keeps its words.
        _ => UsageProblem::Other(clap_words(err)),
    };
    Some(problem)
}

/// Why a value parser refused a value: a number's problem by its kind,
/// anything else in its parser's words.
fn why(err: &clap::Error) -> BadValue {
    let Some(source) = err.source() else { return BadValue::Said(String::new()) };
    if let Some(e) = source.downcast_ref::<ParseIntError>() {
        return match e.kind() {
            IntErrorKind::Empty => BadValue::Empty,
            IntErrorKind::PosOverflow => BadValue::TooLarge,
            IntErrorKind::NegOverflow => BadValue::TooSmall,
            _ => BadValue::NotANumber,
        };
    }
    if source.downcast_ref::<ParseFloatError>().is_some() {
        return BadValue::NotANumber;
    }
    BadValue::Said(source.to_string())
}

/// clap's first line without its `error: ` prefix.
fn clap_words(err: &clap::Error) -> String {
    let text = err.render().to_string();
    let first = text.lines().next().unwrap_or_default();
    first.split_once(": ").map_or(first, |(_, rest)| rest).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usage_error(args: &[&str]) -> UsageError {
        let err = crate::cli::command(crate::domain::Lang::Ja).try_get_matches_from(args).unwrap_err();
        UsageError::of(&err).unwrap()
    }

    #[test]
    fn claps_errors_become_data() {
        let e = usage_error(&["cjm", "bogus"]);
        assert_eq!(e.problem, UsageProblem::UnknownCommand("bogus".into()));
        assert_eq!(e.usage.as_deref(), Some("cjm [OPTIONS] [COMMAND]"));
        assert_eq!(usage_error(&["cjm", "lis"]).tip, Some(Tip::Command("list".into())));
        assert_eq!(usage_error(&["cjm", "--bogus"]).problem, UsageProblem::UnknownArgument("--bogus".into()));
        assert_eq!(
            usage_error(&["cjm", "new"]).problem,
            UsageProblem::MissingRequired(vec!["--goal <GOAL>".into(), "<PATH>".into()])
        );
        assert_eq!(
            usage_error(&["cjm", "--lang"]).problem,
            UsageProblem::MissingValue("--lang <LANG>".into())
        );
        assert_eq!(
            usage_error(&["cjm", "export", "x", "--format", "pdf"]).problem,
            UsageProblem::NotPossible {
                arg: "--format <FORMAT>".into(),
                value: "pdf".into(),
                possible: vec!["md".into(), "csv".into(), "xlsx".into(), "html".into()]
            }
        );
        let minutes = usage_error(&["cjm", "discuss", "x", "--minutes", "abc"]).problem;
        assert!(matches!(minutes, UsageProblem::BadValue { why: BadValue::NotANumber, .. }), "{minutes:?}");
        let speed = usage_error(&["cjm", "replay", "x", "--speed", "zz"]).problem;
        assert!(matches!(speed, UsageProblem::BadValue { why: BadValue::NotANumber, .. }), "{speed:?}");
        let twice = usage_error(&["cjm", "new", "x", "--goal", "a", "--goal", "b"]).problem;
        assert_eq!(twice, UsageProblem::Repeated("--goal <GOAL>".into()));
    }

    #[test]
    fn help_and_version_are_not_errors() {
        let err =
            crate::cli::command(crate::domain::Lang::Ja).try_get_matches_from(["cjm", "--help"]).unwrap_err();
        assert_eq!(UsageError::of(&err), None);
    }
}
