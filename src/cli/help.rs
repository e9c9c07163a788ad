//! clap's own words in `--help` in another language: the headings (a help
//! template per command, since a template has no "if"), the built-in
//! `-h`/`-V` flags, the `help` command, and `[default: …]` notes.
//!
//! clap's usage errors ("error: unexpected argument …", with their own
//! "Usage:") stay English: no setting rewords them; only a whole
//! `clap::error::ErrorFormatter`, message by message, could.

use clap::{Arg, Command};

use super::messages::HelpWords;

/// `cmd` (descriptions already localised) with clap's own words in
/// `words`, built so the generated `-h`, `-V` and `help` can be reworded.
pub fn localize_clap(cmd: Command, words: &'static HelpWords) -> Command {
    let mut cmd = before_build(cmd, words);
    cmd.build();
    after_build(cmd, words)
}

/// Default values and possible values in the command's language: clap's
/// `[default: 60]` hidden and written after the text instead; possible
/// values hidden (the localised text names them). Done before building, as
/// the built-in `--help` is worded by whether long help exists.
fn before_build(cmd: Command, words: &'static HelpWords) -> Command {
    cmd.mut_args(|a| {
        // Flags (true/false) show neither.
        if !a.get_action().takes_values() {
            return a;
        }
        let a = if a.get_possible_values().is_empty() { a } else { a.hide_possible_values(true) };
        with_default(a, words)
    })
    .mut_subcommands(|c| before_build(c, words))
}

fn with_default(a: Arg, words: &HelpWords) -> Arg {
    let defaults: Vec<String> =
        a.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
    if defaults.is_empty() {
        return a;
    }
    let note = (words.default)(&defaults.join(", "));
    let text = match a.get_help() {
        Some(help) => [help.to_string(), note].join(" "),
        None => note,
    };
    a.hide_default_value(true).help(text)
}

/// The built-in flags, the `help` command and the headings, on `cmd` and
/// every subcommand.
fn after_build(mut cmd: Command, words: &'static HelpWords) -> Command {
    // Built in full, `help` lists the commands rather than taking them
    // as an argument, so its about is the only text it has.
    if cmd.get_name() == "help" {
        cmd = cmd.about(words.help_command);
    }
    if has(&cmd, "help") {
        let long = cmd.get_arguments().any(|a| a.get_id() == "help" && a.get_long_help().is_some());
        cmd = cmd.mut_arg("help", |a| {
            if long { a.help(words.help_summary).long_help(words.help_more) } else { a.help(words.help) }
        });
    }
    if has(&cmd, "version") {
        cmd = cmd.mut_arg("version", |a| a.help(words.version));
    }
    let template = template(&cmd, words);
    cmd.help_template(template).mut_subcommands(|c| after_build(c, words))
}

fn has(cmd: &Command, id: &str) -> bool {
    cmd.get_arguments().any(|a| a.get_id() == id)
}

/// clap's default template with the headings in `words`, and only the
/// sections `cmd` has (as clap leaves out an empty one).
fn template(cmd: &Command, words: &HelpWords) -> String {
    let styles = cmd.get_styles();
    let (usage, header) = (styles.get_usage(), styles.get_header());
    let (open, close) = (header.render().to_string(), header.render_reset().to_string());
    let heading = |title: &str, tag: &str| [&open, title, ":", &close, "\n", tag].concat();
    let mut sections = Vec::new();
    if cmd.get_subcommands().any(|c| !c.is_hide_set()) {
        sections.push(heading(words.commands, "{subcommands}"));
    }
    if cmd.get_positionals().any(|a| !a.is_hide_set()) {
        sections.push(heading(words.arguments, "{positionals}"));
    }
    if cmd.get_arguments().any(|a| !a.is_positional() && !a.is_hide_set()) {
        sections.push(heading(words.options, "{options}"));
    }
    let mut out =
        ["{before-help}{about-with-newline}\n", &usage.render().to_string(), words.usage, ":"].concat();
    out.push_str(&usage.render_reset().to_string());
    out.push_str(" {usage}");
    if !sections.is_empty() {
        out.push_str("\n\n");
        out.push_str(&sections.join("\n\n"));
    }
    out.push_str("{after-help}");
    out
}

#[cfg(test)]
mod tests {
    use crate::cli::command;
    use crate::cli::messages::JA_HELP;
    use crate::domain::Lang;

    /// Short and long help (`-h`, `--help`) of the top level and every
    /// command (the `help` command's own included), by command name.
    fn every_help(lang: Lang) -> Vec<(String, String)> {
        let mut cmd = command(lang);
        cmd.build();
        let mut out = vec![("cjm".to_string(), cmd.render_help().to_string())];
        out.push(("cjm".to_string(), cmd.render_long_help().to_string()));
        let names: Vec<String> = cmd.get_subcommands().map(|c| c.get_name().to_string()).collect();
        for name in names {
            let Some(sub) = cmd.find_subcommand_mut(&name) else { continue };
            out.push((name.clone(), sub.render_help().to_string()));
            out.push((name, sub.render_long_help().to_string()));
        }
        out
    }

    const CLAP_ENGLISH: &[&str] = &[
        "Usage:",
        "Commands:",
        "Arguments:",
        "Options:",
        "Print help",
        "Print version",
        "Print this message",
        "[default:",
        "ossible values",
        "see more with",
        "see a summary",
    ];

    #[test]
    fn japanese_help_has_none_of_claps_english_words() {
        for (name, help) in every_help(Lang::Ja) {
            for word in CLAP_ENGLISH {
                assert!(!help.contains(word), "{name}: {word:?} in\n{help}");
            }
            assert!(help.contains("使い方: cjm"), "{name}:\n{help}");
            // `help` has no options of its own.
            assert!(name.starts_with("help") || help.contains("オプション:\n"), "{name}:\n{help}");
            assert!(help.contains("ヘルプを表示します"), "{name}:\n{help}");
        }
    }

    #[test]
    fn english_help_keeps_claps_words() {
        let helps = every_help(Lang::En);
        for (name, help) in &helps {
            assert!(help.contains("Usage: cjm"), "{name}:\n{help}");
            assert!(name.starts_with("help") || help.contains("Options:\n"), "{name}:\n{help}");
            assert!(!help.contains("使い方"), "{name}:\n{help}");
        }
        let top = &helps[0].1;
        assert!(top.contains("Commands:\n") && top.contains("Print version"), "{top}");
    }

    #[test]
    fn japanese_help_names_defaults_and_every_possible_value() {
        let helps = every_help(Lang::Ja);
        let help =
            |name: &str| helps.iter().find(|(n, _)| n == name).map(|(_, h)| h.clone()).unwrap_or_default();
        assert!(help("replay").contains("再生速度の倍率 [既定: 60]"), "{}", help("replay"));
        assert!(help("export").contains("[既定: md]"), "{}", help("export"));
        assert!(help("discuss").contains("引数:\n  <PATH>"), "{}", help("discuss"));
        // Possible values are hidden in Japanese: the text must name them.
        let cmd = command(Lang::En);
        for sub in cmd.get_subcommands() {
            for arg in sub.get_arguments().filter(|a| a.get_action().takes_values()) {
                let text = JA_HELP.iter().find(|&&(s, a, _)| s == sub.get_name() && a == arg.get_id());
                for value in arg.get_possible_values() {
                    let named = text.is_some_and(|&(_, _, t)| t.contains(value.get_name()));
                    assert!(
                        named,
                        "{} --{}: {} not in the Japanese help",
                        sub.get_name(),
                        arg.get_id(),
                        value.get_name()
                    );
                }
            }
        }
    }

    #[test]
    fn a_command_with_long_help_words_both_help_flags() {
        let words = &crate::cli::messages::JA_HELP_WORDS;
        let arg = clap::Arg::new("x").long("x").help("x").long_help("x, at length");
        let mut cmd = super::localize_clap(clap::Command::new("t").arg(arg), words);
        let short = cmd.render_help().to_string();
        let long = cmd.render_long_help().to_string();
        assert!(short.contains(words.help_summary), "{short}");
        assert!(long.contains(words.help_more), "{long}");
    }
}
