use std::path::Path;

use super::*;
use crate::store::Token;

/// Every text of a catalogue, with sample arguments.
fn texts(m: &Messages) -> Vec<(&'static str, String)> {
    let p = Path::new("s.ron");
    let mut out = vec![
        ("error_prefix", m.error_prefix.to_string()),
        ("warning_prefix", m.warning_prefix.to_string()),
        ("settings_fallback", (m.settings_fallback)("x")),
        ("wrote", (m.wrote)(p)),
        ("could_not_write", (m.could_not_write)(p)),
        ("no_sessions", (m.no_sessions)(p)),
        ("list_header", (m.list_header)()),
        ("unreadable", (m.unreadable)("x")),
        ("is_directory", (m.is_directory)(p)),
        ("already_exists", (m.already_exists)(p)),
        ("created", (m.created)(p)),
        ("run_it_with", (m.run_it_with)(p)),
        ("templates_header", (m.templates_header)()),
        ("built_in", m.built_in.to_string()),
        ("template_invalid", (m.template_invalid)("t", "x")),
        ("user_templates_hint", (m.user_templates_hint)(p)),
        ("valid_session", (m.valid_session)(p, 3)),
        ("valid_template", (m.valid_template)(p, "t", 3)),
        ("discuss_ignored", (m.discuss_ignored)(p)),
        ("discuss_minutes", (m.discuss_error)(&DiscussError::Minutes(0))),
        ("discuss_groups", (m.discuss_error)(&DiscussError::Groups(13))),
        ("discuss_no_discussion", (m.discuss_error)(&DiscussError::NoDiscussion("t".into()))),
        ("saved", (m.saved)(p)),
        ("empty_goal", m.empty_goal.to_string()),
        ("held", (m.held)("s.ron", "42")),
        ("unknown_template", (m.unknown_template)("t", "a, b")),
        ("unknown_lang", (m.unknown_lang)("fr")),
        ("lock_churn", (m.lock_churn)("s.ron")),
        ("no_home", m.no_home.to_string()),
        ("write_create_dir", (m.write_error)(WriteStep::CreateDir, p)),
        ("write_in", (m.write_error)(WriteStep::WriteIn, p)),
        ("write_create", (m.write_error)(WriteStep::Create, p)),
        ("io_not_found", (m.io_error)(&std::io::Error::from(std::io::ErrorKind::NotFound))),
        ("io_other", (m.io_error)(&std::io::Error::other("x"))),
        ("from_bad_time", (m.from_error)(&FromError::BadTime("x".into()))),
        ("from_step_zero", (m.from_error)(&FromError::StepZero)),
        ("from_empty", (m.from_error)(&FromError::Empty)),
        ("from_no_such_step", (m.from_error)(&FromError::NoSuchStep { n: 9, steps: 8 })),
        ("from_no_title", (m.from_error)(&FromError::NoTitle("x".into()))),
        ("from_never_reached", (m.from_error)(&FromError::NeverReached(3))),
        ("about", m.about.to_string()),
        ("unknown_theme", (m.unknown_theme)("neon", "dark")),
        ("held_replace", (m.held_replace)("s.ron", "42")),
        ("export_over_session", (m.export_over_session)(p)),
        ("discuss_groups_from", m.discuss_groups_from.to_string()),
        ("standard_output", m.standard_output.to_string()),
        ("not_saved", (m.not_saved)(p, "x")),
        ("draft_kept", (m.draft_kept)(p)),
        ("draft_not_kept", (m.draft_not_kept)(p, "x")),
        (
            "control_in_argument",
            (m.control_in_argument)(&crate::cli::args::ControlInArgument {
                arg: "--goal",
                c: '\u{1b}',
                at: 1,
            }),
        ),
        ("io_storage_full", (m.io_error)(&std::io::Error::from(std::io::ErrorKind::StorageFull))),
    ];
    for found in [Found::Symlink, Found::Directory, Found::Special, Found::HardLinked] {
        out.push(("lock_unexpected", (m.lock_unexpected)("s.ron.lock", found)));
    }
    for problem in problems() {
        out.push(("problem", (m.problem)(&problem)));
    }
    // Errors in Japanese (#15 item 4).
    for s in syntaxes() {
        out.push(("syntax", (m.syntax)(&s)));
    }
    out
}

/// Every parser detail but `Other` (ron's own words), every token.
fn syntaxes() -> Vec<Syntax> {
    let tokens = [
        Token::Comma,
        Token::Colon,
        Token::Open,
        Token::Close,
        Token::ListOpen,
        Token::ListClose,
        Token::MapOpen,
        Token::MapClose,
        Token::StringEnd,
        Token::String,
        Token::Integer,
        Token::Float,
        Token::Boolean,
        Token::Char,
        Token::Identifier,
        Token::Unit,
        Token::Option,
    ];
    let mut out: Vec<Syntax> = tokens.into_iter().map(Syntax::Expected).collect();
    out.extend([
        Syntax::Unexpected('#'),
        Syntax::Eof,
        Syntax::TrailingCharacters,
        Syntax::UnknownVariant { found: "Bogus".into(), expected: vec!["Undo", "Redo"] },
        Syntax::UnknownField { found: "evnt".into(), expected: vec!["at", "event"] },
        Syntax::MissingField("event"),
        Syntax::DuplicateField("at"),
        Syntax::WrongType { expected: "u64".into(), found: "a string".into() },
        Syntax::OutOfRange,
    ]);
    out
}

#[test]
fn every_usage_error_reads_in_japanese() {
    use crate::cli::usage::{BadValue, Tip, UsageError, UsageProblem};
    let render = Messages::of(Lang::Ja).usage_error.expect("Japanese renders usage errors");
    assert!(Messages::of(Lang::En).usage_error.is_none(), "English keeps clap's words");
    let s = |t: &str| t.to_string();
    let problems = [
        UsageProblem::UnknownCommand(s("bogus")),
        UsageProblem::UnknownArgument(s("--bogus")),
        UsageProblem::MissingValue(s("--lang <LANG>")),
        UsageProblem::NotPossible { arg: s("--format"), value: s("pdf"), possible: vec![s("md")] },
        UsageProblem::BadValue { arg: s("--minutes"), value: s("x"), why: BadValue::NotANumber },
        UsageProblem::BadValue { arg: s("--minutes"), value: s("9"), why: BadValue::TooLarge },
        UsageProblem::BadValue { arg: s("--minutes"), value: s("-1"), why: BadValue::TooSmall },
        UsageProblem::BadValue { arg: s("--minutes"), value: s(""), why: BadValue::Empty },
        UsageProblem::MissingRequired(vec![s("<PATH>")]),
        UsageProblem::Repeated(s("--goal")),
        UsageProblem::Conflict(s("--a"), s("--b")),
        UsageProblem::ExtraValue(s("--a"), s("b")),
    ];
    for problem in problems {
        let e = UsageError { problem, tip: None, usage: Some(s("cjm new <PATH>")) };
        let text = render(&e);
        let first = text.lines().next().unwrap_or_default();
        assert!(!first.is_ascii(), "{e:?}: {text}");
        assert!(
            text.contains("\n\n使い方: cjm new <PATH>\n\n詳しくは '--help' を参照してください。"),
            "{text}"
        );
    }
    for tip in [Tip::Command(s("list")), Tip::Argument(s("--lang")), Tip::Value(s("md"))] {
        let e = UsageError { problem: UsageProblem::UnknownCommand(s("x")), tip: Some(tip), usage: None };
        assert!(render(&e).contains("ヒント: 似た"), "{}", render(&e));
    }
}

/// Every problem a file can have, with sample data (all but `Io`, whose
/// system text may be English in either language).
fn problems() -> [Problem; 12] {
    [
        Problem::TooLarge { size: 2, limit: 1 },
        Problem::NotFound,
        Problem::PermissionDenied,
        Problem::IsDirectory,
        Problem::NotText,
        Problem::NoHeader,
        Problem::Header(Syntax::MissingField("goal")),
        Problem::NewerVersion { found: 2, supported: 1 },
        Problem::UnknownVersion { found: 0, supported: 1 },
        Problem::Event(Syntax::Expected(Token::Comma)),
        Problem::LineTooLong { limit: 1 },
        Problem::TornTail { kept: 1 },
    ]
}

#[test]
fn every_text_is_there_in_both_languages_and_japanese_differs() {
    let en = texts(Messages::of(Lang::En));
    let ja = texts(Messages::of(Lang::Ja));
    assert_eq!(en.len(), ja.len());
    for ((name, e), (_, j)) in en.iter().zip(&ja) {
        assert!(!e.trim().is_empty(), "English {name} is empty");
        assert!(!j.trim().is_empty(), "Japanese {name} is empty");
        // The error line reads `cjm: …` in both languages (#14 item 19).
        if *name == "error_prefix" {
            continue;
        }
        assert_ne!(e, j, "Japanese {name} is the English text");
        assert!(!j.is_ascii(), "Japanese {name} has no Japanese in it: {j}");
    }
}

#[test]
fn english_matches_the_neutral_display_of_the_errors() {
    let m = Messages::of(Lang::En);
    for problem in problems().into_iter().chain([Problem::Io("disk on fire".into())]) {
        assert_eq!((m.problem)(&problem), problem.to_string());
    }
    for s in syntaxes() {
        assert_eq!((m.syntax)(&s), s.to_string());
    }
    assert_eq!(m.empty_goal, SetupError::EmptyGoal.to_string());
    for e in [DiscussError::Minutes(0), DiscussError::Groups(13), DiscussError::NoDiscussion("t".into())] {
        assert_eq!((m.discuss_error)(&e), e.to_string());
    }
    for e in [FromError::BadTime("x".into()), FromError::StepZero, FromError::NoSuchStep { n: 9, steps: 8 }] {
        assert_eq!((m.from_error)(&e), e.to_string());
    }
    for step in [WriteStep::CreateDir, WriteStep::WriteIn, WriteStep::Create] {
        let e = WriteError { step, path: "d".into(), source: std::io::Error::other("x") };
        assert_eq!((m.write_error)(step, Path::new("d")), e.to_string());
    }
    assert_eq!((m.lock_churn)("s.ron"), Churn { path: "s.ron".into() }.to_string());
    for found in [Found::Symlink, Found::Directory, Found::Special, Found::HardLinked] {
        let e = Unexpected { lock: "s.ron.lock".into(), found };
        assert_eq!((m.lock_unexpected)("s.ron.lock", found), e.to_string());
    }
    assert_eq!(m.no_home, NoHome.to_string());
    let held = Held { path: "s.ron".into(), pid: "42".into() };
    assert_eq!((m.held)("s.ron", "42"), held.to_string());
    let held = HeldReplace { path: "s.ron".into(), pid: "42".into() };
    assert_eq!((m.held_replace)("s.ron", "42"), held.to_string());
    let unknown = UnknownTemplate { name: "t".into(), built_in: vec!["a".into(), "b".into()] };
    assert_eq!((m.unknown_template)("t", "a, b"), unknown.to_string());
}

#[test]
fn a_file_error_keeps_its_position_prefix_in_japanese() {
    let err = FileError::at("dir/s.ron", Pos { line: 3, col: 7 }, Problem::Event(Syntax::TrailingCharacters));
    let line = Messages::of(Lang::Ja).file_error(&err);
    assert!(line.starts_with("dir/s.ron:3:7: "), "{line}");
    assert!(line.contains("イベントが不正です"), "{line}");
}

#[test]
fn every_subcommand_and_argument_has_japanese_help() {
    let cmd = crate::cli::command(Lang::En);
    let has =
        |sub: &str, arg: &str| JA_HELP.iter().any(|&(s, a, t)| s == sub && a == arg && !t.trim().is_empty());
    for a in cmd.get_arguments() {
        let id = a.get_id().as_str();
        assert!(has("", id), "no Japanese help for --{id}");
    }
    for sub in cmd.get_subcommands() {
        let name = sub.get_name();
        assert!(has(name, ""), "no Japanese about for {name}");
        for a in sub.get_arguments() {
            let id = a.get_id().as_str();
            assert!(
                id == "lang" || id == "ambiguous_wide" || has(name, id),
                "no Japanese help for {name} {id}"
            );
        }
    }
    for &(sub, arg, _) in JA_HELP {
        let known = match (sub, arg) {
            ("", a) => cmd.get_arguments().any(|x| x.get_id() == a),
            (s, "") => cmd.find_subcommand(s).is_some(),
            (s, a) => cmd.find_subcommand(s).is_some_and(|c| c.get_arguments().any(|x| x.get_id() == a)),
        };
        assert!(known, "Japanese help for an unknown {sub} {arg}");
    }
}
