//! The command line: one clap struct, one file per command.
//!
//! Exit codes: 0 success, 1 a user error (one line on stderr), 2 usage.

mod export;
mod list;
mod new;
mod replay;
pub mod run;
mod templates;
mod validate;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::domain::Lang;
use crate::store::{Dirs, settings};

/// Run a customer journey map workshop from the terminal: a timed agenda,
/// the goal always on screen, notes per group, votes and decisions, saved
/// as you go.
#[derive(Debug, Parser)]
#[command(name = "cjm", version, about, long_about = None)]
pub struct Cli {
    /// What to do; with none, start a new workshop on the built-in agenda.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Interface language: ja or en (default: config file, then locale).
    #[arg(long, global = true, value_parser = parse_lang)]
    pub lang: Option<Lang>,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    match s {
        "ja" => Ok(Lang::Ja),
        "en" => Ok(Lang::En),
        _ => Err(format!("unknown language {s:?}; use ja or en")),
    }
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a session file from a template.
    New {
        /// Session file, or a bare name for one in the data directory.
        path: String,
        /// What the workshop must achieve, e.g. "decide the priority of CS measures".
        #[arg(long)]
        goal: String,
        /// What the room must have produced by the end (default: the template's).
        #[arg(long)]
        done_when: Option<String>,
        /// Agenda template: a built-in or user template name, or a .ron path
        /// (default: the built-in agenda in the interface language).
        #[arg(long)]
        template: Option<String>,
        /// Replace an existing file.
        #[arg(long)]
        force: bool,
    },
    /// Run (or resume) a workshop in the terminal UI.
    Run {
        /// Session file, or a bare name for one in the data directory.
        path: String,
    },
    /// Run only the timeboxed group discussion.
    Discuss {
        /// Session file, or a bare name for one in the data directory.
        path: String,
        /// Length of the discussion in minutes.
        #[arg(long, default_value_t = 90)]
        minutes: u32,
    },
    /// Play a saved session back.
    Replay {
        /// Session file, or a bare name for one in the data directory.
        path: String,
        /// Playback speed factor.
        #[arg(long, default_value_t = 60.0)]
        speed: f64,
        /// Print a per-step summary instead of playing back.
        #[arg(long)]
        summary: bool,
        /// Start at a step (number or title) or a session time HH:MM:SS.
        #[arg(long, value_name = "STEP|HH:MM:SS")]
        from: Option<String>,
    },
    /// List the sessions in the data directory.
    List,
    /// List the agenda templates: built-in and the user's own.
    Templates,
    /// Check session and template files; print PATH:LINE:COL for each problem.
    Validate {
        /// Files to check (bare names resolve to the data directory).
        #[arg(required = true)]
        paths: Vec<String>,
    },
    /// Write a Markdown report or a CSV of the notes.
    Export {
        /// Session file, or a bare name for one in the data directory.
        path: String,
        /// Output format.
        #[arg(long, value_enum, default_value = "md")]
        format: Format,
        /// Output file (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Markdown report.
    Md,
    /// CSV, one row per note (UTF-8 with BOM for Excel).
    Csv,
}

/// Parses the command line, runs the command, and maps the outcome to an
/// exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match dispatch(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("cjm: {err:#}");
            ExitCode::from(1)
        }
    }
}

fn dispatch(cli: Cli) -> anyhow::Result<ExitCode> {
    let dirs = Dirs::locate()?;
    let settings = settings::load(&dirs.config).unwrap_or_else(|err| {
        eprintln!("cjm: warning: {err}; using default settings");
        settings::Settings::default()
    });
    let locale = settings::lang_from_locale(|k| std::env::var(k).ok());
    let flag = cli.lang;
    let lang = settings::resolve_lang(flag, &settings, locale);
    let default_template = crate::templates::default_name(lang);
    let Some(command) = cli.command else {
        let template = crate::templates::resolve(default_template, &dirs.templates())?;
        run::new_workshop(&dirs, template, lang)?;
        return Ok(ExitCode::SUCCESS);
    };
    match command {
        Command::New { path, goal, done_when, template, force } => {
            let template = template.as_deref().unwrap_or(default_template);
            new::run(&dirs, &path, &goal, done_when.as_deref(), template, force)?;
        }
        Command::Run { path } => run::open(&dirs, &dirs.session_path(&path), flag)?,
        Command::Discuss { .. } => not_yet("discuss")?,
        Command::Replay { path, summary: true, .. } => replay::summary(&dirs.session_path(&path))?,
        Command::Replay { path, speed, from, .. } => {
            crate::tui::replay::open(&dirs.session_path(&path), speed, from.as_deref())?;
        }
        Command::List => list::run(&dirs)?,
        Command::Templates => templates::run(&dirs)?,
        Command::Validate { paths } => return validate::run(&dirs, &paths),
        Command::Export { path, format, output } => {
            export::run(&dirs.session_path(&path), format, output.as_deref())?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn not_yet(command: &str) -> anyhow::Result<()> {
    anyhow::bail!("`cjm {command}` is not yet available in this version")
}
