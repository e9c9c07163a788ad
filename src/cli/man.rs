//! `cjm man`: the manual page, roff from clap_mangen in the interface
//! language (the command and option texts are `--help`'s), with a section
//! per command and the environment and files cjm reads.

use roff::{Roff, bold, roman};

use super::messages::{ManText, Messages};
use super::out;

/// Writes the manual page to standard output.
pub fn run(m: &Messages, cmd: clap::Command) -> anyhow::Result<()> {
    out::raw(&page(m.man, cmd)?)?;
    Ok(())
}

/// The whole page.
pub fn page(text: &ManText, mut cmd: clap::Command) -> std::io::Result<String> {
    cmd.build();
    // clap_mangen's own list of commands points at a page per command
    // (`cjm-new(1)`), which cjm does not ship: its own section instead.
    let man = clap_mangen::Man::new(cmd.clone()).manual(text.manual);
    let mut bytes = Vec::new();
    man.render_title(&mut bytes)?;
    if text.flush_left {
        let mut left = Roff::new();
        left.control("ad", ["l"]);
        bytes.extend(left.render().bytes());
    }
    man.render_name_section(&mut bytes)?;
    man.render_synopsis_section(&mut bytes)?;
    man.render_description_section(&mut bytes)?;
    man.render_options_section(&mut bytes)?;
    let mut page = headings(text, &String::from_utf8_lossy(&bytes));

    let mut more = Roff::new();
    more.control("SH", [text.commands]);
    let mut out = more.render();
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let name = ["cjm", sub.get_name()].join(" ");
        let sub = sub.clone().bin_name(&name).display_name(&name);
        let mut part = Roff::new();
        part.control("SS", [name.as_str()]);
        if let Some(about) = sub.get_about() {
            part.text([roman(about.to_string())]);
        }
        out.push_str(&part.render());
        let man = clap_mangen::Man::new(sub);
        let mut bytes = Vec::new();
        man.render_synopsis_section(&mut bytes)?;
        man.render_options_section(&mut bytes)?;
        // Their own `.SH` headings would end our section: one paragraph each instead.
        let body = String::from_utf8_lossy(&bytes);
        for line in body.lines() {
            out.push_str(if line.starts_with(".SH") { ".PP" } else { line });
            out.push('\n');
        }
    }
    page.push_str(&out);
    let mut bytes = Vec::new();
    man.render_version_section(&mut bytes)?;
    page.push_str(&headings(text, &String::from_utf8_lossy(&bytes)));

    let mut tail = Roff::new();
    for (heading, items) in [(text.environment, text.variables), (text.files, text.file_list)] {
        tail.control("SH", [heading]);
        for (name, what) in items {
            tail.control("TP", []).text([bold(*name)]).text([roman(*what)]);
        }
    }
    page.push_str(&tail.render());
    Ok(page)
}

/// clap_mangen's English section headings (`.SH NAME`…) in `text`'s language.
fn headings(text: &ManText, page: &str) -> String {
    let mut out = String::new();
    for line in page.lines() {
        let heading = line.strip_prefix(".SH ").map(|h| h.trim_matches('"'));
        match heading.and_then(|h| text.headings.iter().find(|(en, _)| *en == h)) {
            Some((_, local)) => {
                let mut roff = Roff::new();
                roff.control("SH", [*local]);
                out.push_str(&roff.render());
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}
