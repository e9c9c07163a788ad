//! The CSV export: one row per note, for spreadsheets.
//!
//! UTF-8 with a byte-order mark so Excel reads Japanese correctly, CRLF
//! line ends and RFC 4180 quoting. A cell a spreadsheet would read as a
//! formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading `'`.

use super::labels::Labels;
use super::{notes_in_board_order, persona_name};
use crate::domain::Session;

/// The byte-order mark the file starts with.
pub const BOM: char = '\u{FEFF}';

/// The session's notes as CSV: a header row, then one row per note with
/// group, persona, phase, kind, text, total votes, votes per audience, the
/// measure it was merged into (whose votes it then shows), the
/// decision's action, owner, effort and due date, and the pain points it
/// answers (separated by `; `).
pub fn csv(session: &Session) -> String {
    let l = Labels::of(session.header.template.lang);
    let audiences = &session.header.template.voting.audiences;
    let mut out = String::new();
    out.push(BOM);

    let mut head: Vec<String> =
        [l.group, l.persona, l.phase, l.kind, l.text, l.votes].iter().map(|s| s.to_string()).collect();
    head.extend(audiences.iter().map(|a| format!("{}: {}", l.votes, a.label)));
    head.extend([l.merged_into, l.action, l.owner, l.effort, l.due, l.answers].iter().map(|s| s.to_string()));
    record(&mut out, &head);

    let total = session.total_votes();
    let tallies: Vec<_> = audiences.iter().map(|a| session.tally(&a.key)).collect();
    for (id, note) in notes_in_board_order(session) {
        let measure = note.kind.is_measure();
        // A merged measure's votes went to the one it was merged into.
        let kept = session.merged_into.get(&id).copied();
        let counted = kept.unwrap_or(id);
        let votes = |t: &std::collections::BTreeMap<_, u32>| {
            if measure { t.get(&counted).copied().unwrap_or(0).to_string() } else { String::new() }
        };
        let decision = session.decisions.get(&id);
        let mut row = vec![
            session.groups.get(&note.group).map_or_else(String::new, |g| g.name.clone()),
            persona_name(session, note).to_string(),
            session.phase(note.phase).map_or_else(String::new, |p| p.name.clone()),
            l.kind(note.kind).to_string(),
            super::note_text(session, id, l),
            votes(&total),
        ];
        row.extend(tallies.iter().map(votes));
        let into = kept.filter(|k| session.notes.contains_key(k));
        row.push(into.map_or_else(String::new, |k| super::note_text(session, k, l)));
        row.push(decision.map_or_else(String::new, |d| l.action(d.action()).to_string()));
        row.push(
            decision
                .and_then(|d| d.owner)
                .map_or_else(String::new, |o| session.participant_name(o).to_string()),
        );
        row.push(decision.and_then(|d| d.effort).map_or("", |e| l.effort(e)).to_string());
        row.push(decision.and_then(|d| d.due.clone()).unwrap_or_default());
        let pains: Vec<String> =
            super::answers(session, id).into_iter().map(|p| super::note_text(session, p, l)).collect();
        row.push(pains.join("; "));
        record(&mut out, &row);
    }
    out
}

fn record(out: &mut String, fields: &[String]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&field(f));
    }
    out.push_str("\r\n");
}

/// One field: formula starts neutralised, then quoted if it must be.
/// Control characters go first ([`crate::text::neutralise`]), so none can
/// hide a formula start.
pub(crate) fn field(text: &str) -> String {
    let text = crate::text::neutralise(text);
    let neutral =
        if text.starts_with(['=', '+', '-', '@', '\t']) { format!("'{text}") } else { text.to_string() };
    if neutral.contains([',', '"', '\n']) { format!("\"{}\"", neutral.replace('"', "\"\"")) } else { neutral }
}

#[cfg(test)]
mod tests {
    use super::super::fixture;
    use super::*;
    use crate::domain::Lang;

    fn lines(csv: &str) -> Vec<&str> {
        csv.trim_start_matches(BOM).split_terminator("\r\n").collect()
    }

    #[test]
    fn starts_with_a_bom_and_ends_rows_with_crlf() {
        let out = csv(&fixture::session(Lang::En));
        assert!(out.starts_with('\u{FEFF}'));
        assert!(out.as_bytes().starts_with(&[0xEF, 0xBB, 0xBF]));
        assert!(out.ends_with("\r\n"));
    }

    #[test]
    fn header_then_one_row_per_visible_note() {
        let s = fixture::session(Lang::En);
        let out = csv(&s);
        let rows = lines(&out);
        assert_eq!(
            rows[0],
            "Group,Persona,Phase,Kind,Text,Votes,Votes: Promoters,Votes: End users,Merged into,Action,Owner,Effort,Due,Answers"
        );
        assert_eq!(rows.len(), 1 + s.notes.len());
        assert!(rows.contains(
            &"Group A,Ada,Onboarding,To-Be,guided setup=fast,2,2,0,,Owner starts now,Ben,S,2026-12-01,cannot find | the button; setup is long"
        ));
        assert!(rows.contains(&"Group A,Ada,Onboarding,Pain point,cannot find | the button,,,,,,,,,"));
        assert!(rows.contains(&"Group A,Ada,Established,As-Is,monthly review,1,1,0,,,,,,"));
        assert!(rows.contains(&"Group A,Ada,Onboarding,As-Is,kickoff call,1,1,0,,Postpone,,,,"));
    }

    #[test]
    fn a_merged_measure_shows_the_kept_ones_votes_and_names_it() {
        let out = csv(&fixture::session(Lang::En));
        let rows = lines(&out);
        assert!(
            rows.contains(&"Group A,Ada,Established,As-Is,monthly check-in,1,1,0,monthly review,,,,,"),
            "{out}"
        );
        let out = csv(&fixture::session(Lang::Ja));
        assert!(lines(&out)[0].ends_with(",統合先,対応,担当,工数,期限,対応するつまづき"), "{out}");
    }

    #[test]
    fn fields_are_quoted_per_rfc_4180() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("cr\rhere"), "\"cr\nhere\"");
        assert_eq!(field(""), "");
    }

    #[test]
    fn formula_starts_are_neutralised() {
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("+1"), "'+1");
        assert_eq!(field("-2"), "'-2");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(field("\tx"), "'\tx");
        assert_eq!(field("\rx"), "\"\nx\"");
        assert_eq!(field("a=b"), "a=b");
        assert_eq!(field("\u{7}=cmd()"), "'=cmd()", "a control character hides no formula");
    }

    #[test]
    fn control_characters_never_reach_a_field() {
        let all: String = (0u32..0xA0).filter_map(char::from_u32).filter(|c| c.is_control()).collect();
        let out = field(&format!("a{all}b"));
        assert_eq!(out, "\"a\t\n\nb\"", "tab and LF stay, CR becomes a line break, the rest goes");
    }

    #[test]
    fn japanese_sessions_get_japanese_headers_and_text() {
        let out = csv(&fixture::session(Lang::Ja));
        let rows = lines(&out);
        assert!(rows[0].starts_with("グループ,ペルソナ,フェーズ,種別,内容,票数,"), "{}", rows[0]);
        assert!(rows.iter().any(|r| r.contains("つまづくポイント,オンボーディング期で止まる")), "{out}");
        assert!(rows.iter().any(|r| r.contains("担当を決めて開始,Ben,S,2026-12-01,")), "{out}");
    }
}
