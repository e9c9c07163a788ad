//! The Markdown report, in the session's language: goal, personas, phases
//! and journey maps ([`board`]); rankings, the decision 2×2, the action list
//! and owners' load ([`votes`]); progress per step, forced moves, unmet exit
//! criteria and the parking lot ([`convergence`]).

mod board;
mod convergence;
mod mermaid;
mod since_last;
pub(crate) mod votes;

use std::fmt::Write as _;

use self::board::{goal, maps, personas, phases};
pub(crate) use self::convergence::outcome;
use self::convergence::{exit_criteria, forced, parking, progress};
use self::votes::{decisions, owners_load, ranking};
use super::labels::Labels;
use super::{Options, note_text, notes_in_board_order, utc};
use crate::domain::group::Group;
use crate::domain::ids::{GroupId, NoteId};
use crate::domain::note::{Cell, NoteKind};
use crate::domain::parking::ParkOutcome;
use crate::domain::persona::Quadrant;
use crate::domain::{Millis, Session, StepKind};

/// The session as a Markdown report. `now` is the time the running step's
/// timer is read at. The ranking needs a vote step in the session's
/// agenda, the decisions and owners' load a decide step (a `cjm discuss`
/// session has neither), as on the wrap-up screen.
pub fn markdown(session: &Session, now: Millis) -> String {
    markdown_with(session, &Options::at(now))
}

/// The Markdown report made as `opts` says: exported at, timers read at,
/// for the room (private notes left out) or not, with or without diagrams.
pub fn markdown_with(session: &Session, opts: &Options) -> String {
    let room;
    let session = if opts.room {
        room = super::room_view(session);
        &room
    } else {
        session
    };
    let now = opts.timers_at;
    let l = Labels::of(session.header.template.lang);
    let has = |kind: StepKind| session.header.template.steps.iter().any(|s| s.kind == kind);
    let mut out = String::new();
    goal(&mut out, session, l, opts.exported_at);
    // Overdue as of the export.
    since_last::section(&mut out, session, opts.exported_at);
    personas(&mut out, session, l);
    phases(&mut out, session, l);
    maps(&mut out, session, l);
    if has(StepKind::Vote) {
        ranking(&mut out, session, l);
    }
    if has(StepKind::Decide) {
        decisions(&mut out, session, l, opts.diagrams);
        owners_load(&mut out, session, l);
    }
    progress(&mut out, session, l, now);
    forced(&mut out, session, l);
    exit_criteria(&mut out, session, l);
    parking(&mut out, session, l);
    // Every text went through `cell` or `inline`; this is the last guard.
    crate::text::strip_controls(&out).into_owned()
}

/// Text for a table cell: as [`inline`], and `|` escaped.
pub(crate) fn cell(text: &str) -> String {
    inline(text).replace('|', "\\|")
}

/// Text on one line of a paragraph or list item: line breaks as `<br>`,
/// control characters removed, HTML shown as text (`&`, `<`, `>` as
/// entities) and no link: `[` and `]` are escaped, so no `[x](javascript:…)`
/// and, with `<` gone, no `<javascript:…>` autolink.
fn inline(text: &str) -> String {
    let text = crate::text::neutralise(text.trim());
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars() {
        match c {
            '\n' => out.push_str("<br>"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '[' => out.push_str("\\["),
            ']' => out.push_str("\\]"),
            c => out.push(c),
        }
    }
    out
}

fn row(out: &mut String, cells: &[String]) {
    out.push('|');
    for c in cells {
        out.push(' ');
        out.push_str(c);
        out.push_str(" |");
    }
    out.push('\n');
}

fn table(out: &mut String, head: &[&str], rows: &[Vec<String>]) {
    row(out, &head.iter().map(|h| cell(h)).collect::<Vec<_>>());
    row(out, &head.iter().map(|_| "---".to_string()).collect::<Vec<_>>());
    for r in rows {
        row(out, r);
    }
    out.push('\n');
}

fn none(out: &mut String, l: &Labels) {
    out.push_str(l.none);
    out.push_str("\n\n");
}

fn group_name(s: &Session, id: NoteId) -> String {
    s.notes.get(&id).and_then(|n| s.groups.get(&n.group)).map_or_else(String::new, |g| cell(&g.name))
}

#[cfg(test)]
pub(super) fn section<'a>(md: &'a str, heading: &str) -> &'a str {
    let start = md.find(&format!("## {heading}\n")).unwrap_or_else(|| panic!("no {heading} in\n{md}"));
    let rest = &md[start + 3..];
    let end = rest.find("\n## ").map_or(rest.len(), |e| e + 1);
    &rest[..end]
}

#[cfg(test)]
mod tests {
    use super::super::fixture;
    use super::*;
    use crate::domain::Lang;

    #[test]
    fn cells_escape_pipes_and_line_breaks() {
        assert_eq!(cell("a|b\nc\r\nd\re"), "a\\|b<br>c<br>d<br>e");
        assert_eq!(cell("  plain  "), "plain");
    }

    #[test]
    fn html_shows_as_text_and_no_link_is_made() {
        assert_eq!(inline("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;");
        assert_eq!(inline("[x](javascript:alert(1))"), "\\[x\\](javascript:alert(1))");
        assert_eq!(inline("<javascript:alert(1)>"), "&lt;javascript:alert(1)&gt;");
        assert_eq!(cell("a & b"), "a &amp; b");
    }

    #[test]
    fn control_characters_never_reach_the_report() {
        let all: String = (0u32..0xA0).filter_map(char::from_u32).filter(|c| c.is_control()).collect();
        assert_eq!(cell(&format!("a{all}b")), "a\t<br><br>b", "tab and LF stay, CR is a line break");
        assert_eq!(inline("a\u{1b}]0;pwned\u{7}\u{9b}2Jb"), "a\\]0;pwned2Jb");
    }

    #[test]
    fn title_goal_and_done_when_come_first() {
        let md = markdown(&fixture::session(Lang::En), fixture::NOW);
        assert!(md.starts_with("# Customer journey map\n"), "{md}");
        assert!(md.contains("- **Goal:** Decide the priority of CS measures\n"), "{md}");
        assert!(md.contains("- **Done when:** ranked<br>and owned\n"), "{md}");
    }

    /// A `cjm discuss` session in `lang`, started with one group per persona.
    fn discussion(lang: Lang) -> Session {
        use crate::domain::discuss::{self, Groups, Words};
        let template = crate::templates::default_for(lang).discussion_only(90).expect("90 minutes");
        let header = discuss::header(template, "decide", None, fixture::T0);
        let words = Words { group: "Group ", reason: "default" };
        let events = discuss::start(&Session::new(header.clone()), Groups::PerPersona, words, fixture::T0);
        crate::domain::fold(header, &events)
    }

    #[test]
    fn a_discussion_report_has_no_ranking_decisions_or_load_and_its_own_done_when() {
        for lang in [Lang::En, Lang::Ja] {
            let l = Labels::of(lang);
            let md = markdown(&discussion(lang), fixture::T0);
            for gone in [l.ranking, l.decisions, l.load] {
                assert!(!md.contains(&format!("## {gone}\n")), "{gone} in\n{md}");
            }
            assert!(!md.contains(l.voting_open), "{md}");
            for kept in [l.maps, l.progress, l.exit_criteria, l.parking] {
                assert!(md.contains(&format!("## {kept}\n")), "{kept} missing in\n{md}");
            }
            let full = crate::templates::default_for(lang).done_when;
            assert!(!md.contains(&full), "the full workshop's done-when:\n{md}");
        }
        let md = markdown(&discussion(Lang::En), fixture::T0);
        assert!(md.contains("- **Done when:** a map per group and phase with pain points, As-Is and To-Be measures, shared out by every group\n"), "{md}");
        let md = markdown(&discussion(Lang::Ja), fixture::T0);
        assert!(md.contains("全グループが共有している\n"), "{md}");
        let full = markdown(&fixture::session(Lang::En), fixture::NOW);
        assert!(["## Ranking\n", "## Decisions\n", "## Owners' load\n"].iter().all(|h| full.contains(h)));
    }

    #[test]
    fn japanese_sessions_get_japanese_headings_and_keep_japanese_text() {
        let md = markdown(&fixture::session(Lang::Ja), fixture::NOW);
        for heading in [
            "# カスタマージャーニーマップ",
            "## ペルソナ",
            "## フェーズ",
            "## ジャーニーマップ",
            "## 投票結果",
        ] {
            assert!(md.contains(heading), "{heading} missing in\n{md}");
        }
        for heading in [
            "## 意思決定",
            "## 担当者の負荷",
            "## パーキングロット",
            "## ステップごとの進行",
            "## 未達のまま進んだステップ",
            "## 終了条件",
            "**ゴール:**",
        ] {
            assert!(md.contains(heading), "{heading} missing in\n{md}");
        }
        assert!(md.contains("オンボーディング期で止まる"), "{md}");
        assert!(md.contains("| **つまづくポイント** |"), "{md}");
        assert!(md.contains("担当を決めて開始"), "{md}");
    }
}
