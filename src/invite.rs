//! `cjm invite`: the `authorized_keys` line that lets one participant's
//! SSH key run only that participant's `cjm join`, and nothing else.
//!
//! The line is `restrict,pty,command="…" KEY cjm-invite:SESSION:NAME`:
//! `restrict` turns off forwarding, agents and X11; `pty` gives the join
//! its terminal back; the forced command runs whatever the participant
//! asks for (`ssh host ls` still runs only the join). Two layers of
//! quoting meet in it, and both are done here, purely:
//!
//! - sshd hands the command to the account's shell with `-c`, so every
//!   word is single-quoted for a POSIX shell (`'` becomes `'\''`);
//! - the command sits in a double-quoted `authorized_keys` option, where
//!   sshd unescapes only `\"`: each `"` is written `\"`.
//!
//! The comment marks the line as cjm's (percent-encoded session path and
//! name), so `--list` and `--remove` touch only lines cjm wrote.

use std::path::{Path, PathBuf};

use crate::domain::Lang;
use crate::text::is_forbidden_control;

/// Where a participant's name may not be used in an invitation.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InviteError {
    /// The name is empty or only spaces.
    #[error("the participant's name is empty")]
    EmptyName,
    /// The name holds a control character (a line feed would end the line).
    #[error("the participant's name holds control character U+{:04X}", u32::from(*.0))]
    ControlInName(char),
    /// The name is longer than [`MAX_NAME_CHARS`].
    #[error("the participant's name is longer than {MAX_NAME_CHARS} characters")]
    NameTooLong,
    /// The key file is a private key.
    #[error("this is a private key: give the public one (the .pub file)")]
    PrivateKey,
    /// The key file holds no key, or more than one.
    #[error("the key file must hold exactly one public key line (found {0})")]
    KeyCount(usize),
    /// The key's type is not one OpenSSH accepts.
    #[error("unknown key type {0:?}")]
    KeyType(String),
    /// The key's data is not base64.
    #[error("the key's data is not base64")]
    KeyData,
}

/// The longest participant name an invitation takes, in characters.
pub const MAX_NAME_CHARS: usize = 64;

/// Key types OpenSSH accepts in `authorized_keys`.
const KEY_TYPES: &[&str] = &[
    "ssh-ed25519",
    "ssh-rsa",
    "ecdsa-sha2-nistp256",
    "ecdsa-sha2-nistp384",
    "ecdsa-sha2-nistp521",
    "sk-ssh-ed25519@openssh.com",
    "sk-ecdsa-sha2-nistp256@openssh.com",
];

/// The marker that starts the comment of every line cjm writes.
const MARKER: &str = "cjm-invite:";

/// A public key: its type and base64 data (its comment is not kept).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicKey {
    /// `ssh-ed25519`, …
    pub kind: String,
    /// The base64 key data.
    pub data: String,
}

/// Who is invited to which session, and how their join is started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invite {
    /// The `cjm` binary sshd starts (absolute: a non-interactive SSH login
    /// may not have cargo's bin directory on its `PATH`).
    pub exe: PathBuf,
    /// The session file (absolute).
    pub session: PathBuf,
    /// The participant, as `cjm join --as` takes it.
    pub name: String,
    /// Their group, for a name the session does not know yet.
    pub group: Option<String>,
    /// The join screen's language, when given.
    pub lang: Option<Lang>,
}

/// A line of `authorized_keys` that cjm wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invited {
    /// The session it joins.
    pub session: PathBuf,
    /// The participant.
    pub name: String,
    /// The key's type.
    pub kind: String,
    /// The key's data.
    pub data: String,
}

/// Reads one public key from the text of a `.pub` file (blank lines and
/// `#` comments aside).
pub fn parse_key(text: &str) -> Result<PublicKey, InviteError> {
    if text.contains("PRIVATE KEY-----") {
        return Err(InviteError::PrivateKey);
    }
    let lines: Vec<&str> =
        text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    let [line] = lines.as_slice() else {
        return Err(InviteError::KeyCount(lines.len()));
    };
    let mut words = line.split_whitespace();
    let kind = words.next().unwrap_or_default();
    if !KEY_TYPES.contains(&kind) {
        return Err(InviteError::KeyType(kind.to_string()));
    }
    let data = words.next().unwrap_or_default();
    let base64 = |c: char| c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '=');
    if data.len() < 16 || !data.chars().all(base64) {
        return Err(InviteError::KeyData);
    }
    Ok(PublicKey { kind: kind.to_string(), data: data.to_string() })
}

/// Checks a participant's name for an invitation.
pub fn check_name(name: &str) -> Result<(), InviteError> {
    if let Some(c) = name.chars().find(|c| is_forbidden_control(*c) || matches!(c, '\n' | '\t')) {
        return Err(InviteError::ControlInName(c));
    }
    if name.trim().is_empty() {
        return Err(InviteError::EmptyName);
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(InviteError::NameTooLong);
    }
    Ok(())
}

/// The whole `authorized_keys` line for `invite` and `key`.
pub fn line(invite: &Invite, key: &PublicKey) -> Result<String, InviteError> {
    check_name(&invite.name)?;
    if let Some(group) = &invite.group {
        check_name(group)?;
    }
    let command =
        option_quote(&command_words(invite).iter().map(|w| shell_quote(w)).collect::<Vec<_>>().join(" "));
    let comment = format!("{MARKER}{}:{}", percent(&invite.session.to_string_lossy()), percent(&invite.name));
    Ok(format!("restrict,pty,command=\"{command}\" {} {} {comment}", key.kind, key.data))
}

/// The words of the forced command, unquoted.
pub fn command_words(invite: &Invite) -> Vec<String> {
    let mut words = vec![
        invite.exe.to_string_lossy().into_owned(),
        "join".to_string(),
        invite.session.to_string_lossy().into_owned(),
        "--as".to_string(),
        invite.name.clone(),
    ];
    if let Some(group) = &invite.group {
        words.extend(["--group".to_string(), group.clone()]);
    }
    if let Some(lang) = invite.lang {
        words.extend(["--lang".to_string(), lang.code().to_string()]);
    }
    words
}

/// `word` as one word for a POSIX shell: single-quoted, `'` as `'\''`.
pub fn shell_quote(word: &str) -> String {
    format!("'{}'", word.replace('\'', r"'\''"))
}

/// `text` inside a double-quoted `authorized_keys` option: sshd turns
/// `\"` into `"` and keeps every other character, backslashes included.
pub fn option_quote(text: &str) -> String {
    text.replace('"', "\\\"")
}

/// The line, if cjm wrote it (its comment carries the marker).
pub fn parse_invited(line: &str) -> Option<Invited> {
    let (kind, data, comment) = split_line(line)?;
    let (session, name) = comment.strip_prefix(MARKER)?.trim_end().split_once(':')?;
    Some(Invited {
        session: PathBuf::from(unpercent(session)?),
        name: unpercent(name)?,
        kind: kind.to_string(),
        data: data.to_string(),
    })
}

/// The key data of any `authorized_keys` line (with options or without).
pub fn key_data_of(line: &str) -> Option<&str> {
    split_line(line).map(|(_, data, _)| data)
}

/// An `authorized_keys` line's key type, key data and comment, after its
/// options (which may hold quoted spaces, with `\"` inside the quotes).
fn split_line(line: &str) -> Option<(&str, &str, &str)> {
    let line = line.trim_start();
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    let first_word = line.split_whitespace().next()?;
    let rest = if KEY_TYPES.contains(&first_word) {
        line
    } else {
        // As sshd reads options: inside quotes only `\"` is an escape.
        let mut quoted = false;
        let mut end = line.len();
        let mut chars = line.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' if quoted && chars.peek().is_some_and(|&(_, n)| n == '"') => {
                    chars.next();
                }
                '"' => quoted = !quoted,
                ' ' | '\t' if !quoted => {
                    end = i;
                    break;
                }
                _ => {}
            }
        }
        line[end..].trim_start()
    };
    let (kind, rest) = rest.split_once([' ', '\t'])?;
    let rest = rest.trim_start();
    let (data, comment) = rest.split_once([' ', '\t']).unwrap_or((rest, ""));
    KEY_TYPES.contains(&kind).then_some((kind, data, comment.trim()))
}

/// Whether `invited` is for `session` (when one is given).
pub fn is_for(invited: &Invited, session: Option<&Path>) -> bool {
    session.is_none_or(|s| invited.session == s)
}

/// Every byte but ASCII letters, digits and `-._/~` as `%XX`: the comment
/// has no spaces and no colons of its own.
fn percent(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._/~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn unpercent(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests;
