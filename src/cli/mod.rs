//! The command line: one clap struct, one file per command.
//!
//! Exit codes: 0 success, 1 a user error (one line on stderr), 2 usage.

mod args;
mod completions;
mod discuss;
mod export;
mod help;
mod invite;
mod list;
mod man;
pub mod messages;
mod new;
pub mod out;
mod read_only;
mod replay;
pub mod run;
mod templates;
pub mod usage;
mod validate;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::domain::Lang;
use crate::store::{Dirs, settings};
use crate::ui::theme::{Look, ThemeName};
use messages::Messages;

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
    /// The terminal shows ambiguous-width characters (· … → ─) two columns
    /// wide: draw narrow marks and ASCII borders instead (also
    /// `ambiguous_wide: true` in config.ron).
    #[arg(long, global = true)]
    pub ambiguous_wide: bool,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    match s {
        "ja" => Ok(Lang::Ja),
        "en" => Ok(Lang::En),
        _ => Err((Messages::of(Lang::En).unknown_lang)(s)),
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
    /// Run only the timeboxed group discussion (resumes PATH if it exists).
    Discuss {
        /// Session file, or a bare name for one in the data directory.
        path: String,
        /// What the discussion must achieve; with it the discussion starts
        /// at once (without it the app asks for the goal first).
        #[arg(long)]
        goal: Option<String>,
        /// Length of the discussion in minutes, 1 to 600 [default: 90].
        #[arg(long)]
        minutes: Option<u32>,
        /// Number of groups, 1 to 12 (default: one group per persona).
        #[arg(long)]
        groups: Option<u32>,
        /// Take goal, personas, phases, groups and participants from an earlier session.
        #[arg(long, value_name = "OTHER.ron")]
        from: Option<String>,
        /// Agenda template: a built-in or user template name, or a .ron path
        /// (default: the built-in agenda in the interface language).
        #[arg(long)]
        template: Option<String>,
    },
    /// Join a session as a participant: your group's notes from your own terminal.
    Join {
        /// The facilitator's session file (on this machine, or over `ssh -t`).
        path: String,
        /// Your name as the facilitator's screen shows it.
        #[arg(long = "as", value_name = "NAME")]
        name: String,
        /// The group to join when you are in none yet (its name, letter or number).
        #[arg(long, value_name = "GROUP")]
        group: Option<String>,
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
    /// The authorized_keys line that lets one SSH key run only one participant's join.
    Invite {
        /// Session file, or a bare name for one in the data directory.
        #[arg(required_unless_present_any = ["list", "remove"])]
        path: Option<String>,
        /// The participant's name, as `cjm join --as` takes it.
        #[arg(long = "as", value_name = "NAME", required_unless_present_any = ["list", "remove"])]
        name: Option<String>,
        /// Their group, for a name the session does not know yet.
        #[arg(long, requires = "name")]
        group: Option<String>,
        /// The participant's public key file (e.g. id_ed25519.pub).
        #[arg(long, value_name = "PUBKEY_FILE", required_unless_present_any = ["list", "remove"])]
        key: Option<PathBuf>,
        /// Append the line to ~/.ssh/authorized_keys (never twice).
        #[arg(long, conflicts_with_all = ["list", "remove"])]
        add: bool,
        /// List the participants cjm has invited (to PATH's session, if given).
        #[arg(long, conflicts_with_all = ["remove", "name", "key"])]
        list: bool,
        /// Remove NAME's invitations (to PATH's session, if given).
        #[arg(long, value_name = "NAME", conflicts_with_all = ["name", "key"])]
        remove: Option<String>,
    },
    /// Print a shell completion script (session names from the data directory included).
    Completions {
        /// The shell: bash, zsh, fish or powershell.
        #[arg(value_enum)]
        shell: completions::Shell,
    },
    /// Print the manual page (roff; `cjm man | man -l -`), in the interface language.
    Man,
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
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let locale = settings::lang_from_locale(|k| std::env::var(k).ok());
    let dirs = Dirs::locate();
    // The language before parsing, for `--help`: the flag as written, else
    // the config file, else the locale.
    let config = dirs.as_ref().ok().and_then(|d| settings::load(&d.config).ok()).unwrap_or_default();
    let help_lang = settings::resolve_lang(lang_in_args(&args), &config, locale);
    let parsed = command(help_lang).try_get_matches_from(&args).and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(err) => return usage_error(&err, Messages::of(help_lang)),
    };
    let m = Messages::of(cli.lang.unwrap_or(help_lang));
    match dirs.and_then(|dirs| dispatch(cli, &dirs, locale)) {
        Ok(code) => code,
        // A reader that went away (`| head`) is no error: end quietly.
        Err(err) if out::output_error(&err).is_some_and(out::OutputError::is_closed_pipe) => {
            ExitCode::SUCCESS
        }
        Err(err) => {
            out::err_line(&format!("{}{}", m.error_prefix, m.error(&err)));
            ExitCode::from(1)
        }
    }
}

/// A usage error in the messages' language (clap's own rendering where
/// clap's words are that language), exit code 2; help and version print
/// as clap prints them.
fn usage_error(err: &clap::Error, m: &Messages) -> ExitCode {
    match (usage::UsageError::of(err), m.usage_error) {
        (Some(e), Some(render)) => {
            out::err_line(&format!("{}{}", m.error_prefix, render(&e)));
            ExitCode::from(2)
        }
        _ => err.exit(),
    }
}

/// The clap command with its descriptions in `lang`.
pub fn command(lang: Lang) -> clap::Command {
    let cmd = Cli::command();
    match lang {
        Lang::En => cmd,
        Lang::Ja => {
            let cmd = cmd.about(Messages::of(lang).about).mut_arg("lang", |a| {
                a.value_parser(|s: &str| parse_lang(s).map_err(|_| (Messages::of(Lang::Ja).unknown_lang)(s)))
            });
            help::localize_clap(localize(cmd, messages::JA_HELP), &messages::JA_HELP_WORDS)
        }
    }
}

/// Sets each (subcommand, argument, text) of `help` on `cmd`: an empty
/// subcommand is the top level, an empty argument the command's about.
fn localize(mut cmd: clap::Command, help: &[(&'static str, &'static str, &'static str)]) -> clap::Command {
    for &(sub, arg, text) in help {
        let set =
            |c: clap::Command| if arg.is_empty() { c.about(text) } else { c.mut_arg(arg, |a| a.help(text)) };
        cmd = if sub.is_empty() { set(cmd) } else { cmd.mut_subcommand(sub, set) };
    }
    cmd
}

/// The value of `--lang` as written in `args`, if it is a known language.
fn lang_in_args(args: &[std::ffi::OsString]) -> Option<Lang> {
    let mut found = None;
    let mut iter = args.iter().skip(1).map(|a| a.to_str().unwrap_or_default());
    while let Some(arg) = iter.next() {
        if arg == "--" {
            break;
        }
        let value = if arg == "--lang" { iter.next() } else { arg.strip_prefix("--lang=") };
        if let Some(lang) = value.and_then(|v| parse_lang(v).ok()) {
            found = Some(lang);
        }
    }
    found
}

/// Every text argument of `command`, named as the user writes it.
fn text_args(command: &Command) -> Vec<(&'static str, Option<&str>)> {
    match command {
        Command::New { path, goal, done_when, template, .. } => vec![
            ("PATH", Some(path)),
            ("--goal", Some(goal)),
            ("--done-when", done_when.as_deref()),
            ("--template", template.as_deref()),
        ],
        Command::Run { path } | Command::Export { path, .. } => vec![("PATH", Some(path))],
        Command::Discuss { path, goal, from, template, .. } => vec![
            ("PATH", Some(path)),
            ("--goal", goal.as_deref()),
            ("--from", from.as_deref()),
            ("--template", template.as_deref()),
        ],
        Command::Replay { path, from, .. } => vec![("PATH", Some(path)), ("--from", from.as_deref())],
        Command::Join { path, name, group } => {
            vec![("PATH", Some(path)), ("--as", Some(name)), ("--group", group.as_deref())]
        }
        Command::Validate { paths } => paths.iter().map(|p| ("PATH", Some(p.as_str()))).collect(),
        Command::Invite { path, name, group, remove, .. } => vec![
            ("PATH", path.as_deref()),
            ("--as", name.as_deref()),
            ("--group", group.as_deref()),
            ("--remove", remove.as_deref()),
        ],
        Command::List | Command::Templates | Command::Completions { .. } | Command::Man => Vec::new(),
    }
}

fn dispatch(cli: Cli, dirs: &Dirs, locale: Option<Lang>) -> anyhow::Result<ExitCode> {
    let flag = cli.lang;
    let settings = settings::load(&dirs.config).unwrap_or_else(|err| {
        let m = Messages::of(flag.or(locale).unwrap_or(Lang::En));
        out::err_line(&format!("{}{}", m.warning_prefix, (m.settings_fallback)(&m.file_error(&err))));
        settings::Settings::default()
    });
    let lang = settings::resolve_lang(flag, &settings, locale);
    let m = Messages::of(lang);
    // NO_COLOR (set, not empty): no colour at all (crossterm leaves every
    // colour out) and the high-contrast theme, whose bold, reverse and
    // underline still tell warning, over and focus apart. A theme named in
    // config.ron is the user's own choice and wins, colours included.
    let no_color = settings::no_color(std::env::var_os("NO_COLOR").as_deref());
    let theme = match ThemeName::from_setting(settings.theme.as_deref(), no_color) {
        Ok(theme) => {
            if settings.theme.is_some() {
                crossterm::style::force_color_output(true);
            }
            theme
        }
        Err(name) => {
            let fallback = ThemeName::fallback(no_color);
            out::err_line(&format!("{}{}", m.warning_prefix, (m.unknown_theme)(&name, fallback.name())));
            fallback
        }
    };
    let look = Look { theme, ambiguous_wide: cli.ambiguous_wide || settings.ambiguous_wide == Some(true) };
    let default_template = crate::templates::default_name(lang);
    let Some(command) = cli.command else {
        let template = crate::templates::resolve(default_template, &dirs.templates())?;
        run::new_workshop(dirs, template, lang, look)?;
        return Ok(ExitCode::SUCCESS);
    };
    args::check(&text_args(&command))?;
    match command {
        Command::New { path, goal, done_when, template, force } => {
            let template = template.as_deref().unwrap_or(default_template);
            new::run(m, dirs, &path, &goal, done_when.as_deref(), template, force)?;
        }
        Command::Run { path } => run::open(dirs, &dirs.session_path(&path), flag, look)?,
        Command::Discuss { path, goal, minutes, groups, from, template } => {
            let options = discuss::Options { goal, minutes, groups, from, template };
            discuss::run(m, dirs, &path, options, flag, lang, look)?;
        }
        Command::Replay { path, summary: true, .. } => replay::summary(m, &dirs.session_path(&path))?,
        Command::Replay { path, speed, from, .. } => {
            crate::tui::replay::open(&dirs.session_path(&path), speed, from.as_deref(), look)?;
        }
        Command::Join { path, name, group } => {
            let path = dirs.session_path(&path);
            crate::join::participant::run(crate::join::participant::Options {
                path,
                name,
                group,
                lang: flag,
                look,
            })?;
        }
        Command::List => list::run(m, dirs)?,
        Command::Templates => templates::run(m, dirs)?,
        Command::Validate { paths } => return validate::run(m, dirs, &paths),
        Command::Export { path, format, output } => {
            export::run(m, &dirs.session_path(&path), format, output.as_deref())?;
        }
        Command::Invite { path, name, group, key, add, list, remove } => {
            let request = match (remove, list, path, name, key) {
                (Some(name), _, path, _, _) => invite::Request::Remove(name, path),
                (None, true, path, _, _) => invite::Request::List(path),
                (None, false, Some(path), Some(name), Some(key)) => {
                    invite::Request::Line { path, name, group, key, add }
                }
                // clap requires PATH, --as and --key unless --list or --remove.
                (None, false, ..) => return Ok(ExitCode::from(2)),
            };
            invite::run(m, dirs, request, flag)?;
        }
        Command::Completions { shell } => completions::run(self::command(lang), shell, &dirs.sessions)?,
        Command::Man => man::run(m, self::command(lang))?,
    }
    Ok(ExitCode::SUCCESS)
}
