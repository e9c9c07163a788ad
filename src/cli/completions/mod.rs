//! `cjm completions SHELL`: a completion script from clap_complete, with
//! session names from the data directory added.
//!
//! The names are found by the shell itself at each Tab (a glob over
//! `sessions/*.ron`), not by running `cjm`: clap_complete's runtime
//! completer (`CompleteEnv`) is behind its `unstable-dynamic` feature and
//! would start cjm on every Tab; a list baked in when the script is made
//! would miss every session created after. The directory is the one cjm
//! uses when the script is made, or `$CJM_HOME/sessions` when `CJM_HOME`
//! is set at the time of the Tab.

use std::path::Path;

use clap::ValueHint;

use super::out;

/// The shells a script can be made for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Shell {
    /// Bash (`source <(cjm completions bash)`).
    Bash,
    /// Zsh (save as `_cjm` in a directory of `$fpath`).
    Zsh,
    /// Fish (save as `~/.config/fish/completions/cjm.fish`).
    Fish,
    /// PowerShell (`cjm completions powershell | Out-String | Invoke-Expression`).
    Powershell,
}

/// The arguments that name a session: (subcommand, argument id).
pub const SESSION_ARGS: &[(&str, &str)] = &[
    ("run", "path"),
    ("export", "path"),
    ("replay", "path"),
    ("discuss", "path"),
    ("discuss", "from"),
    ("new", "from"),
    ("validate", "paths"),
];

const BASH: &str = include_str!("sessions.bash");
const ZSH: &str = include_str!("sessions.zsh");
const FISH: &str = include_str!("sessions.fish");
const POWERSHELL: &str = include_str!("sessions.ps1");

/// Where the zsh and PowerShell additions go in clap_complete's script:
/// before zsh's closing `compdef` block (so an autoloaded `_cjm` defines
/// them too) and before PowerShell's final filter of the candidates.
const ZSH_BEFORE: &str = "if [ \"$funcstack[1]\" = \"_cjm\" ]; then";
const POWERSHELL_BEFORE: &str = "    $completions.Where{";

/// Writes the script for `shell` to standard output.
pub fn run(cmd: clap::Command, shell: Shell, sessions: &Path) -> anyhow::Result<()> {
    out::raw(&script(cmd, shell, sessions))?;
    Ok(())
}

/// The completion script for `shell`, the session names looked up in
/// `sessions` (unless `CJM_HOME` is set when completing).
pub fn script(cmd: clap::Command, shell: Shell, sessions: &Path) -> String {
    let mut cmd = with_session_hints(cmd);
    let mut bytes = Vec::new();
    let generator = match shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
        Shell::Powershell => clap_complete::Shell::PowerShell,
    };
    clap_complete::generate(generator, &mut cmd, "cjm", &mut bytes);
    let base = String::from_utf8_lossy(&bytes).into_owned();
    let dir = sessions.display().to_string();
    match shell {
        Shell::Bash => base + &BASH.replace("@DIR@", &posix_quoted_inside(&dir)),
        Shell::Zsh => {
            // Session arguments carry the file hint (`_files`) only here.
            let base = base.replace(":_files'", ":_cjm_sessions'");
            insert_before(&base, ZSH_BEFORE, &ZSH.replace("@DIR@", &posix_quoted_inside(&dir)))
        }
        Shell::Fish => base + &FISH.replace("@DIR@", &single_quoted_inside(&dir)),
        Shell::Powershell => {
            insert_before(&base, POWERSHELL_BEFORE, &POWERSHELL.replace("@DIR@", &dir.replace('\'', "''")))
        }
    }
}

/// `cmd` with the file hint on exactly the arguments that name a session
/// (and no other), for the zsh script to find them.
fn with_session_hints(mut cmd: clap::Command) -> clap::Command {
    let subs: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for sub in subs {
        cmd = cmd.mut_subcommand(&sub, |mut s| {
            let ids: Vec<String> = s.get_arguments().map(|a| a.get_id().to_string()).collect();
            for id in ids {
                let session = SESSION_ARGS.contains(&(sub.as_str(), id.as_str()));
                let hint = if session { ValueHint::FilePath } else { ValueHint::Unknown };
                s = s.mut_arg(&id, |a| if a.get_action().takes_values() { a.value_hint(hint) } else { a });
            }
            s
        });
    }
    cmd
}

/// `text` with `addition` before the first `marker`, or at the end when
/// clap_complete's script has no such line.
fn insert_before(text: &str, marker: &str, addition: &str) -> String {
    match text.find(marker) {
        Some(at) => format!("{}{addition}{}", &text[..at], &text[at..]),
        None => format!("{text}{addition}"),
    }
}

/// `s` inside a double-quoted POSIX shell word: `"`, `\`, `$` and `` ` ``
/// escaped.
fn posix_quoted_inside(s: &str) -> String {
    s.chars()
        .flat_map(|c| match c {
            '"' | '\\' | '$' | '`' => vec!['\\', c],
            _ => vec![c],
        })
        .collect()
}

/// `s` inside a fish single-quoted word: `'` and `\` escaped.
fn single_quoted_inside(s: &str) -> String {
    s.replace('\\', "\\\\").replace('\'', "\\'")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cmd() -> clap::Command {
        crate::cli::command(crate::domain::Lang::En)
    }

    #[test]
    fn every_session_argument_exists() {
        let cmd = cmd();
        for (sub, id) in SESSION_ARGS {
            if *sub == "new" && *id == "from" {
                continue; // `new --from` comes with the quarterly revisit.
            }
            let s = cmd.find_subcommand(sub).unwrap_or_else(|| panic!("no subcommand {sub}"));
            assert!(s.get_arguments().any(|a| a.get_id() == *id), "{sub} has no {id}");
        }
    }

    #[test]
    fn each_script_looks_up_the_session_directory() {
        let dir = Path::new("/tmp/o'ne $two/sessions");
        for shell in [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::Powershell] {
            let s = script(cmd(), shell, dir);
            assert!(s.contains("CJM_HOME"), "{shell:?}");
            assert!(!s.contains("@DIR@"), "{shell:?}");
        }
        let zsh = script(cmd(), Shell::Zsh, dir);
        assert!(zsh.contains("Session file, or a bare name for one in the data directory:_cjm_sessions'"));
        assert!(!zsh.contains("OUTPUT:_cjm_sessions"), "only session arguments");
        let at = |s: &str| zsh.find(s).unwrap_or_else(|| panic!("{s} missing"));
        assert!(at("_cjm_sessions() {") < at(ZSH_BEFORE), "defined before compdef");
        assert!(zsh.contains("/tmp/o'ne \\$two/sessions"));
        let ps = script(cmd(), Shell::Powershell, dir);
        assert!(ps.find("Get-ChildItem") < ps.find(POWERSHELL_BEFORE), "before the final filter");
        assert!(ps.contains("'/tmp/o''ne $two/sessions'"));
        let fish = script(cmd(), Shell::Fish, dir);
        assert!(fish.contains("set -l dir '/tmp/o\\'ne $two/sessions'"));
    }
}
