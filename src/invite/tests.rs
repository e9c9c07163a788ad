use std::path::PathBuf;
use std::process::Command;

use super::*;

const KEY: &str =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx0ZXN0a2V5ZGF0YWZvcmNqbWludml0ZXRlc3Rz alice@laptop\n";

/// Names that break naive quoting: spaces, Japanese, both quotes, a
/// backslash before a quote, command substitution, a leading dash.
const HOSTILE: &[&str] = &[
    "佐藤 花子",
    "O'Brien \"Bob\"",
    r#"a\"b"#,
    "$(touch pwned)",
    "`id`",
    "; rm -rf ~",
    r"back\slash",
    "-x",
    "'",
];

fn invite(name: &str) -> Invite {
    Invite {
        exe: PathBuf::from("/opt/my tools/cjm"),
        session: PathBuf::from("/home/fac/work shop/q3: 佐藤's.ron"),
        name: name.to_string(),
        group: Some("G2 \"south\"".to_string()),
        lang: Some(Lang::Ja),
    }
}

/// The `command="…"` option as sshd reads it (auth-options.c
/// `opt_dequote`: `\"` becomes `"`, every other character is kept).
fn sshd_command(line: &str) -> String {
    let rest = line.split_once("command=\"").map(|(_, r)| r).unwrap_or_default();
    let mut out = String::new();
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'"') => out.push(chars.next().unwrap_or('"')),
            '"' => break,
            _ => out.push(c),
        }
    }
    out
}

/// The argv a POSIX shell makes of `command` (`sh -c`, as sshd runs it).
fn shell_words(command: &str) -> Vec<String> {
    let out = Command::new("sh").arg("-c").arg(format!("printf '%s\\0' {command}")).output().unwrap();
    assert!(out.status.success(), "{command}: {}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    text.split_terminator('\0').map(str::to_string).collect()
}

#[test]
fn every_hostile_name_reaches_join_as_one_word_through_both_quotings() {
    let key = parse_key(KEY).unwrap();
    for name in HOSTILE {
        let invite = invite(name);
        let line = line(&invite, &key).unwrap();
        assert!(line.starts_with("restrict,pty,command=\""), "{line}");
        assert!(!line.contains('\n'));
        assert_eq!(shell_words(&sshd_command(&line)), command_words(&invite), "{name}: {line}");
    }
    assert!(!std::path::Path::new("pwned").exists(), "a name ran a command");
}

#[test]
fn the_words_are_the_join_command_with_group_and_language() {
    let words = command_words(&invite("佐藤"));
    let expected = [
        "/opt/my tools/cjm",
        "join",
        "/home/fac/work shop/q3: 佐藤's.ron",
        "--as",
        "佐藤",
        "--group",
        "G2 \"south\"",
        "--lang",
        "ja",
    ];
    assert_eq!(words, expected);
}

#[test]
fn a_line_reads_back_as_cjms_own_with_its_session_name_and_key() {
    let key = parse_key(KEY).unwrap();
    for name in HOSTILE {
        let line = line(&invite(name), &key).unwrap();
        let invited = parse_invited(&line).unwrap();
        assert_eq!(invited.name, *name);
        assert_eq!(invited.session, invite(name).session);
        assert_eq!((invited.kind.as_str(), invited.data.as_str()), (key.kind.as_str(), key.data.as_str()));
        assert_eq!(key_data_of(&line), Some(key.data.as_str()));
    }
}

#[test]
fn lines_cjm_did_not_write_are_not_its_own_but_their_key_is_found() {
    let plain = KEY.trim();
    assert_eq!(parse_invited(plain), None);
    assert_eq!(key_data_of(plain), parse_key(KEY).ok().map(|k| k.data).as_deref());
    let data = "AAAAB3NzaC1yc2EAAAADAQABAAABAQC0";
    let options = format!(r#"from="10.0.0.1",command="echo \" ssh-rsa fake\"" ssh-rsa {data} me"#);
    assert_eq!(key_data_of(&options), Some(data));
    assert_eq!(key_data_of("# ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA"), None);
    assert_eq!(key_data_of(""), None);
}

#[test]
fn a_key_file_is_one_public_key() {
    assert_eq!(parse_key(KEY).map(|k| k.kind), Ok("ssh-ed25519".to_string()));
    assert_eq!(parse_key(&format!("# mine\n\n{KEY}")).map(|k| k.kind), Ok("ssh-ed25519".to_string()));
    let private =
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n";
    assert_eq!(parse_key(private), Err(InviteError::PrivateKey));
    assert_eq!(parse_key(&format!("{KEY}{KEY}")), Err(InviteError::KeyCount(2)));
    assert_eq!(parse_key(""), Err(InviteError::KeyCount(0)));
    assert_eq!(parse_key("ssh-dss AAAAB3NzaC1kc3MAAACBAP"), Err(InviteError::KeyType("ssh-dss".to_string())));
    assert_eq!(parse_key("ssh-ed25519 not*base64!data-at-all"), Err(InviteError::KeyData));
}

#[test]
fn a_name_that_would_break_the_line_is_refused() {
    let key = parse_key(KEY).unwrap();
    assert_eq!(line(&invite("a\nssh-ed25519 AAAA evil"), &key), Err(InviteError::ControlInName('\n')));
    assert_eq!(line(&invite("a\tb"), &key), Err(InviteError::ControlInName('\t')));
    assert_eq!(line(&invite("\u{1b}[2J"), &key), Err(InviteError::ControlInName('\u{1b}')));
    assert_eq!(line(&invite("  "), &key), Err(InviteError::EmptyName));
    assert_eq!(line(&invite(&"あ".repeat(MAX_NAME_CHARS + 1)), &key), Err(InviteError::NameTooLong));
    assert!(line(&invite(&"あ".repeat(MAX_NAME_CHARS)), &key).is_ok());
}
