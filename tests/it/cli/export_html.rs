//! `cjm export --format html`: one self-contained page, every user text
//! escaped, exported at the export clock; `--no-diagrams` and `--room`.

use std::path::{Path, PathBuf};

use cjm::domain::{Event, Stamped, fold};
use cjm::sample;

use crate::support::home::Home;

/// 2026-12-05 08:00:00 UTC.
const EPOCH: &str = "1796457600";

fn shipped() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(sample::PATH)
}

/// A session file of these events in the home.
fn write(home: &Home, name: &str, header: &cjm::domain::Header, events: &[Stamped]) -> PathBuf {
    let mut body = cjm::store::format::encode_header(header).unwrap();
    for e in events {
        body.push_str(&cjm::store::format::encode_event(e).unwrap());
    }
    let file = home.path(name);
    std::fs::write(&file, body).unwrap();
    file
}

fn export(home: &Home, session: &Path, args: &[&str]) -> String {
    let out =
        home.cjm().env("SOURCE_DATE_EPOCH", EPOCH).arg("export").arg(session).args(args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The tags a page may hold, and no attribute that loads anything.
fn assert_self_contained(page: &str) {
    let allowed = [
        "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "ul", "li",
        "table", "thead", "tbody", "tr", "th", "td", "strong", "em", "br",
    ];
    for (i, _) in page.match_indices('<') {
        let tag: String = page[i + 1..]
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
            .collect();
        let tag = if tag.starts_with('!') {
            page[i + 1..].split_whitespace().next().unwrap_or("").to_string()
        } else {
            tag
        };
        assert!(
            allowed.contains(&tag.as_str()),
            "<{tag} in the page at {i}: {}",
            &page[i..(i + 80).min(page.len())]
        );
    }
    for word in ["<script", "src=", "href=", "url(", "@import", "http://", "https://"] {
        assert!(!page.to_lowercase().contains(word), "{word} in the page");
    }
}

#[test]
fn the_sample_as_html_is_self_contained_and_stable() {
    let home = Home::new();
    let page = export(&home, &shipped(), &["--format", "html"]);
    assert_self_contained(&page);
    assert!(page.contains("Content-Security-Policy\" content=\"default-src 'none'"));
    assert!(page.contains("<strong>Exported:</strong> 2026-12-05 08:00 UTC"), "the export clock's time");
    assert!(page.contains("オンボーディング期"));
    insta::assert_snapshot!("sample_html", page);
}

#[test]
fn hostile_text_is_escaped_everywhere() {
    let home = Home::new();
    let (header, mut events) = sample::events();
    let hostile = "<script>alert('x')</script> & \"quotes\" 'single' 日本語 | [a](javascript:b) </td>";
    let s = fold(header.clone(), &events);
    let at = s.last_at;
    events.push(Stamped { at, event: Event::GoalSet { goal: hostile.into(), done_when: hostile.into() } });
    for (i, id) in s.notes.keys().take(5).enumerate() {
        events.push(Stamped { at, event: Event::NoteEdited { id: *id, text: format!("{hostile} {i}") } });
    }
    let file = write(&home, "hostile.ron", &header, &events);
    let page = export(&home, &file, &["--format", "html"]);
    assert_self_contained(&page);
    let escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;single&#39; 日本語 | [a](javascript:b) &lt;/td&gt;";
    assert!(page.matches(escaped).count() >= 7, "the goal, done-when and five notes, escaped:\n{page}");
    assert!(page.contains("<title>Customer journey map</title>"));
}

#[test]
fn no_diagrams_leaves_the_chart_out_and_room_leaves_private_notes_out() {
    let home = Home::new();
    let md = export(&home, &shipped(), &[]);
    assert!(md.contains("```mermaid\nquadrantChart\n"), "diagrams by default");
    assert!(md.contains("- **Exported:** 2026-12-05 08:00 UTC\n"), "{md}");
    let bare = export(&home, &shipped(), &["--no-diagrams"]);
    assert!(!bare.contains("```mermaid") && !bare.contains("quadrantChart"));
    assert_eq!(
        bare.len() + md[md.find("```mermaid").unwrap()..].find("```\n\n").unwrap() + 5,
        md.len(),
        "only the chart goes"
    );
    let (header, mut events) = sample::events();
    let s = fold(header.clone(), &events);
    // A pain point and a decided measure kept from the room.
    let pain =
        s.notes.iter().find(|(_, n)| n.kind == cjm::domain::note::NoteKind::Pain).map(|(id, _)| *id).unwrap();
    let measure = *s.decisions.keys().next().unwrap();
    for id in [pain, measure] {
        events.push(Stamped { at: s.last_at, event: Event::NotePrivacySet { id, private: true } });
    }
    let file = write(&home, "private.ron", &header, &events);
    let private: Vec<String> = [pain, measure].iter().map(|id| s.notes[id].text.trim().to_string()).collect();
    for format in ["md", "html", "csv"] {
        let all = export(&home, &file, &["--format", format]);
        let room = export(&home, &file, &["--format", format, "--room"]);
        let first_line = |t: &str| t.lines().next().unwrap_or("").to_string();
        for p in &private {
            let p = first_line(p);
            let shown = |page: &str| page.contains(&p) || page.contains(&p.replace('&', "&amp;"));
            assert!(shown(&all), "{format}: {p} without --room");
            assert!(!shown(&room), "{format}: {p} with --room");
        }
    }
}
