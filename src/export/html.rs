//! The report as one self-contained HTML page, for people outside the
//! tools that render Markdown: the Markdown report's content (without the
//! Mermaid diagram, which needs a script), styled for printing, with no
//! script, no external asset and a Content-Security-Policy that forbids
//! both.
//!
//! It is made from the Markdown report, whose subset cjm itself writes
//! (headings, paragraphs, lists, tables, `**label**`, `_note_`, `<br>`).
//! Every text is first read back to what the user typed (the Markdown
//! escapes undone) and then escaped for HTML, quotes included, so nothing
//! a session holds can become markup.

use std::fmt::Write as _;

use super::{Options, markdown_with};
use crate::domain::{Lang, Session};

/// The print style: A4 landscape, tables that break between rows, a
/// Japanese-capable font stack.
const STYLE: &str = "body{font-family:system-ui,\"Hiragino Sans\",\"Yu Gothic\",Meiryo,\"Noto Sans CJK JP\",sans-serif;\
margin:2em;color:#000;background:#fff;line-height:1.5}\
table{border-collapse:collapse;margin:0 0 1.5em}th,td{border:1px solid #444;padding:.3em .5em;vertical-align:top;text-align:left}\
th{background:#e4e8f0}h1{font-size:1.6em}h2{font-size:1.3em;border-bottom:2px solid #000;margin-top:1.8em}h3{font-size:1.1em}\
@page{size:A4 landscape;margin:12mm}@media print{body{margin:0}h2{break-after:avoid}tr{break-inside:avoid}}";

/// The session as an HTML page.
pub fn html(session: &Session, opts: &Options) -> String {
    let md = markdown_with(session, &Options { diagrams: false, ..*opts });
    let lang = match session.header.template.lang {
        Lang::En => "en",
        Lang::Ja => "ja",
    };
    let title = md.lines().next().and_then(|l| l.strip_prefix("# ")).unwrap_or("cjm");
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        plain(title)
    );
    body(&mut out, &md);
    out.push_str("</body>\n</html>\n");
    out
}

/// The blocks of the Markdown report as HTML.
fn body(out: &mut String, md: &str) {
    let lines: Vec<&str> = md.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if line.starts_with("```") {
            // A fenced block (a diagram): left out.
            i += 1;
            while i < lines.len() && !lines[i].starts_with("```") {
                i += 1;
            }
            i += 1;
        } else if let Some(h) = ["### ", "## ", "# "].iter().position(|p| line.starts_with(p)) {
            let level = 3 - h;
            let _ = writeln!(out, "<h{level}>{}</h{level}>", inline(&line[level + 1..]));
            i += 1;
        } else if line.starts_with("- ") {
            out.push_str("<ul>\n");
            while i < lines.len() && lines[i].starts_with("- ") {
                let _ = writeln!(out, "<li>{}</li>", inline(&lines[i][2..]));
                i += 1;
            }
            out.push_str("</ul>\n");
        } else if line.starts_with('|') {
            out.push_str("<table>\n");
            let mut row = 0;
            while i < lines.len() && lines[i].starts_with('|') {
                let cells = split_row(lines[i]);
                if row == 1 && cells.iter().all(|c| c.trim() == "---") {
                    out.push_str("<tbody>\n");
                } else {
                    let tag = if row == 0 { "th" } else { "td" };
                    if row == 0 {
                        out.push_str("<thead>\n");
                    }
                    out.push_str("<tr>");
                    for c in &cells {
                        let _ = write!(out, "<{tag}>{}</{tag}>", inline(c.trim()));
                    }
                    out.push_str("</tr>\n");
                    if row == 0 {
                        out.push_str("</thead>\n");
                    }
                }
                row += 1;
                i += 1;
            }
            if row > 1 {
                out.push_str("</tbody>\n");
            }
            out.push_str("</table>\n");
        } else if line.trim().is_empty() {
            i += 1;
        } else {
            let _ = writeln!(out, "<p>{}</p>", inline(line));
            i += 1;
        }
    }
}

/// A table row's cells, split on the pipes the Markdown did not escape.
fn split_row(line: &str) -> Vec<String> {
    let inner = line.trim().strip_prefix('|').unwrap_or(line);
    let mut cells = vec![];
    let mut cell = String::new();
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('\\', Some(&next)) if "|[]".contains(next) => {
                cell.push(c);
                cell.push(next);
                chars.next();
            }
            ('|', _) => cells.push(std::mem::take(&mut cell)),
            _ => cell.push(c),
        }
    }
    if !cell.trim().is_empty() {
        cells.push(cell);
    }
    cells
}

/// A line or cell: a leading `**label**` in bold, a whole `_line_` in
/// italics, the rest plain text.
fn inline(text: &str) -> String {
    if let Some(rest) = text.strip_prefix("**")
        && let Some(end) = rest.find("**")
    {
        return format!("<strong>{}</strong>{}", plain(&rest[..end]), plain(&rest[end + 2..]));
    }
    if text.len() > 2 && text.starts_with('_') && text.ends_with('_') {
        return format!("<em>{}</em>", plain(&text[1..text.len() - 1]));
    }
    plain(text)
}

/// Text as typed (the Markdown's entities and backslash escapes undone),
/// escaped for HTML; the report's own `<br>` line breaks kept.
fn plain(text: &str) -> String {
    text.split("<br>").map(|part| escape(&unmarkdown(part))).collect::<Vec<_>>().join("<br>")
}

/// Undoes what the Markdown report's `inline` and `cell` escaped.
fn unmarkdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let entity = [("&amp;", '&'), ("&lt;", '<'), ("&gt;", '>'), ("\\|", '|'), ("\\[", '['), ("\\]", ']')]
            .into_iter()
            .find(|(e, _)| rest.starts_with(e));
        match entity {
            Some((e, ch)) => {
                out.push(ch);
                rest = &rest[e.len()..];
            }
            None => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// Text escaped for HTML content and attribute values alike.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in crate::text::neutralise(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Event, NoteId, Stamped};
    use crate::export::fixture;

    #[test]
    fn markdown_escapes_are_read_back_then_escaped_for_html() {
        assert_eq!(plain("a \\| b &amp; &lt;script&gt; \\[x\\]"), "a | b &amp; &lt;script&gt; [x]");
        assert_eq!(plain("a\\\\|b"), "a\\|b");
        assert_eq!(plain("say \"hi\" it's<br>two"), "say &quot;hi&quot; it&#39;s<br>two");
        assert_eq!(plain("&amp;lt;br&amp;gt;"), "&amp;lt;br&amp;gt;", "typed entities stay text");
        assert_eq!(inline("**Goal:** x **y**"), "<strong>Goal:</strong> x **y**");
        assert_eq!(split_row("| a \\| b |  | c |"), [" a \\| b ", "  ", " c "]);
    }

    #[test]
    fn hostile_text_never_becomes_markup() {
        let mut j = fixture::journal(Lang::En);
        let hostile =
            "<script>alert('x')</script> & \"q\" <img src=x onerror=alert(1)> 日本語 | [l](javascript:x)";
        j.push(Stamped {
            at: fixture::NOW,
            event: Event::NoteEdited { id: NoteId(25), text: hostile.into() },
        });
        let page = html(j.session(), &Options::at(fixture::NOW));
        assert!(!page.to_lowercase().contains("<script"), "{page}");
        assert!(!page.contains("<img"), "{page}");
        assert!(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot; &lt;img src=x onerror=alert(1)&gt; 日本語 | [l](javascript:x)"), "{page}");
        assert!(!page.contains("```") && !page.contains("quadrantChart"), "no diagram");
        let ja = html(&fixture::session(Lang::Ja), &Options::at(fixture::NOW));
        assert!(ja.contains("<html lang=\"ja\">") && ja.contains("<h2>ジャーニーマップ</h2>"), "{ja}");
    }
}
