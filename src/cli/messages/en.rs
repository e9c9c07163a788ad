//! The command line in English.

use crate::store::outbox::OutboxError;
use std::path::Path;

use super::Messages;
use crate::domain::discuss::DiscussError;
use crate::replay::player::FromError;
use crate::store::lock::Found;
use crate::store::{Problem, SaveError, WriteStep};
use crate::text::fill;

/// English.
pub const EN: Messages = Messages {
    error_prefix: "cjm: ",
    warning_prefix: "cjm: warning: ",
    settings_fallback: |err| format!("{err}; using default settings"),
    wrote: |p| format!("Wrote {}", p.display()),
    could_not_write: |p| format!("could not write {}", p.display()),
    no_sessions: |dir| format!("No sessions in {} yet. Start one with `cjm`.", dir.display()),
    list_header: || {
        format!("{:<28} {:<17} {:>5}  {:<18} goal", "session", "last change (UTC)", "notes", "step")
    },
    unreadable: |err| format!("(unreadable: {err})"),
    is_directory: |p| {
        format!("{} is a directory; give a file name such as {}/workshop.ron", p.display(), p.display())
    },
    already_exists: |p| format!("{} already exists; use --force to replace it", p.display()),
    created: |p| format!("Created {}", p.display()),
    run_it_with: |p| format!("Run it with: cjm run {}", p.display()),
    templates_header: || format!("{:<16} {:<4} {:>5} {:>8}  source", "template", "lang", "steps", "minutes"),
    built_in: "built-in",
    template_invalid: |name, err| format!("{} invalid: {err}", fill(name, 16)),
    user_templates_hint: |dir| {
        format!("User templates go in {} (copy a built-in one from sessions/templates/).", dir.display())
    },
    valid_session: |p, events| format!("{}: ok (session, {events} events)", p.display()),
    valid_template: |p, name, steps| format!("{}: ok (template {name:?}, {steps} steps)", p.display()),
    discuss_ignored: |p| {
        format!(
            "{} exists: resuming it; --goal, --from, --groups and --minutes only set up a new session and were ignored",
            p.display()
        )
    },
    discuss_error: |e| match e {
        DiscussError::Minutes(n) => format!("--minutes {n}: expected 1 to 600"),
        DiscussError::Groups(n) => format!("--groups {n}: expected 1 to 12"),
        DiscussError::NoDiscussion(name) => format!("the template {name} has no discussion step"),
    },
    saved,
    problem,
    empty_goal: "the goal is empty; say what the workshop must achieve, e.g. --goal \"decide the priority of CS measures\"",
    held: |path, pid| {
        format!(
            "{path} is open in another cjm (process {pid}); close it there first, or open it read-only with `cjm replay`"
        )
    },
    lock_churn: |path| format!("could not lock {path}: its lock file keeps being replaced"),
    lock_unexpected: |lock, found| {
        let what = match found {
            Found::Symlink => "is a symbolic link; cjm does not write through it",
            Found::Directory => "is a directory; cjm needs a file of its own there",
            Found::Special => "is not a regular file; cjm does not write to it",
            Found::HardLinked => "has other names (hard links); cjm does not write to another file",
        };
        format!("{lock}: the lock file {what} (remove it if no cjm has the session open)")
    },
    no_home: "cannot find a home directory for cjm's files; set CJM_HOME",
    unknown_template: |name, names| {
        format!("no template called {name:?} (built-in: {names}; see `cjm templates`)")
    },
    write_error: |step, p| match step {
        WriteStep::CreateDir | WriteStep::Create => format!("could not create {}", p.display()),
        WriteStep::WriteIn => format!("could not write in {}", p.display()),
    },
    save_error: |e| match e {
        SaveError::Broken { path } => format!(
            "could not save to {}: an earlier save failed and could not be undone; reopen the session",
            path.display()
        ),
        SaveError::LineTooLong { path, max } => format!(
            "could not save to {}: the change is longer than {max} bytes, the most one record may hold",
            path.display()
        ),
        SaveError::FileTooBig { path, max } => format!(
            "could not save to {}: the session file would grow past {max} bytes, the most cjm reads",
            path.display()
        ),
        SaveError::Io { path, .. } => format!("could not save to {}", path.display()),
    },
    io_error,
    from_error,
    unknown_lang: |s| format!("unknown language {s:?}; use ja or en"),
    about: "Run a customer journey map workshop from the terminal: a timed agenda, the goal always on screen, notes per group, votes and decisions, saved as you go.",
    // Colour themes.
    unknown_theme: |name, fallback| {
        format!("config.ron: unknown theme {name:?}; using {fallback} (themes: dark, light, high-contrast)")
    },
    // Session safety.
    held_replace: |path, pid| {
        format!("cannot replace {path}: it is open in another cjm (process {pid}); close it there first")
    },
    export_over_session: |p| {
        format!(
            "{} is a cjm session file; not writing the export over it (choose another -o file)",
            p.display()
        )
    },
    export_over_link: |p| {
        format!("{} is a symbolic link; cjm does not write through it (choose another -o file)", p.display())
    },
    export_over_other: |p| {
        format!(
            "{} is not a regular file (a directory, fifo or device); not writing the export there (choose another -o file)",
            p.display()
        )
    },
    // `cjm discuss` fixes (groups with --from).
    discuss_groups_from: "--groups was ignored: the groups of the --from session are kept",
    // Output streams and control characters.
    standard_output: "standard output",
    // Drafts and what "Saved" means.
    not_saved: |p, why| format!("Not saved: {}: {why}", p.display()),
    draft_kept: |p| format!("The text being typed was kept in {}; `cjm run` offers it back", p.display()),
    draft_not_kept: |p, why| format!("Could not keep the text being typed in {}: {why}", p.display()),
    control_in_argument: |e| {
        format!(
            "{}: control character U+{:04X} at character {}: terminal escapes and other control characters are not allowed",
            e.arg,
            u32::from(e.c),
            e.at
        )
    },
    // Errors in Japanese (#15 item 4).
    syntax: |s| s.to_string(),
    usage_error: None,
    invite_added: |name, file, user| {
        format!(
            "Added {name}'s key to {}: they connect with `ssh -t {user}@HOST` (HOST: this machine's name or address) and can run only their join",
            file.display()
        )
    },
    invite_already: |name, file| format!("{name}'s key is already in {}; nothing changed", file.display()),
    invite_none: |file| format!("No invitations in {}", file.display()),
    invite_row: |name, session, kind| format!("{name}\t{}\t{kind}", session.display()),
    invite_removed: |n, name, file| match n {
        0 => format!("No invitation for {name} in {}", file.display()),
        1 => format!("Removed 1 invitation for {name} from {}", file.display()),
        n => format!("Removed {n} invitations for {name} from {}", file.display()),
    },
    invite_error: |e| e.to_string(),
    keys_error: |e| e.to_string(),
    man: &MAN,
    outbox_error: |e| match e {
        OutboxError::Held { name, pid } => {
            format!(
                "{name} has already joined from another cjm (process {pid}); close it there, or join with another name"
            )
        }
        OutboxError::BadName(name) => format!(
            "{name:?} cannot be a participant's name: 1 to 40 characters, no / \\ or control characters, not starting with a dot"
        ),
        OutboxError::NotAnOutbox(p) => format!("{}: not a cjm outbox; left alone", p.display()),
        OutboxError::Foreign(p) => {
            format!("{}: this outbox belongs to another session or participant; left alone", p.display())
        }
        OutboxError::NotOwn(p) => {
            format!("{}: not a plain file or folder of cjm's own (a link?); left alone", p.display())
        }
        OutboxError::Full(p) => format!("{}: the outbox is full", p.display()),
        OutboxError::TooLong => "the note is too long to send".to_string(),
    },
    join_no_group: |name, groups| {
        format!("{name} is in no group of this session: add --group with one of: {groups}")
    },
};

fn saved(p: &Path) -> String {
    format!("Saved: {}", p.display())
}

fn problem(problem: &Problem) -> String {
    match problem {
        Problem::NotFound => "no such file (a new session: `cjm new PATH --goal …`)".to_string(),
        Problem::PermissionDenied => "permission denied".to_string(),
        Problem::IsDirectory => "is a directory, not a file".to_string(),
        Problem::Io(msg) => msg.clone(),
        Problem::TooLarge { size, limit } => {
            format!("file is {size} bytes; session files are limited to {limit} bytes")
        }
        Problem::NotText => "not a cjm file: the bytes are not UTF-8 text".to_string(),
        Problem::NoHeader => {
            "not a cjm session: no complete header (expected a `// events` line)".to_string()
        }
        Problem::Header(s) => format!("invalid header: {s}"),
        Problem::NewerVersion { found, supported } => format!(
            "written by a newer cjm (file format {found}; this cjm reads up to format {supported}); upgrade cjm to open it"
        ),
        Problem::UnknownVersion { found, supported } => {
            format!(
                "unknown file format {found}: formats start at 1 (this cjm reads up to format {supported})"
            )
        }
        Problem::Event(s) => format!("invalid event: {s}"),
        Problem::LineTooLong { limit } => format!("line longer than {limit} bytes"),
        Problem::TornTail { kept } => format!(
            "the last record is incomplete (cut off mid-write); the {kept} complete events before it are kept"
        ),
    }
}

fn io_error(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::StorageFull => "No space left on device".to_string(),
        _ => e.to_string(),
    }
}

fn from_error(e: &FromError) -> String {
    match e {
        FromError::BadTime(text) => format!("--from {text}: expected HH:MM:SS"),
        FromError::StepZero => "--from: steps are numbered from 1".to_string(),
        FromError::Empty => "--from: expected a step or HH:MM:SS".to_string(),
        FromError::NoSuchStep { n, steps } => format!("--from {n}: the agenda has {steps} steps"),
        FromError::NoTitle(t) => format!("--from {t}: no step has that title"),
        FromError::NeverReached(step) => format!("--from: step {step} was never reached"),
    }
}

const MAN: super::ManText = super::ManText {
    flush_left: false,
    manual: "cjm manual",
    headings: &[
        ("NAME", "NAME"),
        ("SYNOPSIS", "SYNOPSIS"),
        ("DESCRIPTION", "DESCRIPTION"),
        ("OPTIONS", "OPTIONS"),
        ("VERSION", "VERSION"),
    ],
    commands: "COMMANDS",
    environment: "ENVIRONMENT",
    variables: &[
        ("CJM_HOME", "Puts everything under this directory: DIR/sessions, DIR/templates, DIR/config.ron."),
        (
            "NO_COLOR",
            "Set and not empty: start in the high-contrast theme with no colour (a theme in config.ron wins).",
        ),
        (
            "LC_ALL, LC_MESSAGES, LANG",
            "The language when neither --lang nor config.ron sets one: ja... is Japanese.",
        ),
    ],
    files: "FILES",
    file_list: &[
        ("~/.local/share/cjm/sessions/NAME.ron", "A session: a RON header, then one event per line (Linux)."),
        ("~/.config/cjm/config.ron", "Settings: lang and theme (Linux)."),
        ("~/.config/cjm/templates/", "Your own agenda templates (Linux)."),
    ],
};
