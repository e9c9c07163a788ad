//! `cjm export --format xlsx` read back with a real reader (calamine) and,
//! for what calamine does not expose (frozen panes, column widths), the
//! sheet XML inside the file.

use std::io::Read;
use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Xlsx, open_workbook};
use cjm::domain::note::{Cell, NoteKind};
use cjm::domain::{Session, fold};
use cjm::export::labels::Labels;
use cjm::{export, sample};
use unicode_width::UnicodeWidthStr;

use crate::support::home::Home;

/// 2026-12-05 08:00:00 UTC, as the export clock.
const EPOCH: &str = "1796457600";

fn sample_session() -> Session {
    let (header, events) = sample::events();
    fold(header, &events)
}

fn shipped() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(sample::PATH)
}

/// Exports the sample to `name` in `home` and opens it.
fn export_sample(home: &Home, extra: &[&str]) -> (PathBuf, Xlsx<std::io::BufReader<std::fs::File>>) {
    let out = home.path("sample.xlsx");
    home.cjm()
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .arg("export")
        .arg(shipped())
        .args(["--format", "xlsx", "-o"])
        .arg(&out)
        .args(extra)
        .assert()
        .success();
    let book: Xlsx<_> = open_workbook(&out).expect("calamine opens the workbook");
    (out, book)
}

fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

fn cell(book: &mut Xlsx<std::io::BufReader<std::fs::File>>, sheet: &str, row: u32, col: u32) -> String {
    let range = book.worksheet_range(sheet).expect("sheet");
    range.get_value((row, col)).map(text).unwrap_or_default()
}

/// The XML of the sheet at `index` (0-based, workbook order).
fn sheet_xml(path: &Path, index: usize) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut xml = String::new();
    zip.by_name(&format!("xl/worksheets/sheet{}.xml", index + 1)).unwrap().read_to_string(&mut xml).unwrap();
    xml
}

/// `<col min max width>` of a sheet: width per 0-based column.
fn col_widths(xml: &str) -> Vec<(u32, u32, f64)> {
    let attr = |tag: &str, name: &str| -> Option<String> {
        let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(tag[start..].split('"').next()?.to_string())
    };
    xml.split("<col ")
        .skip(1)
        .filter_map(|t| {
            let t = format!(" {}", t.split("/>").next()?);
            let t = t.as_str();
            Some((
                attr(t, "min")?.parse().ok()?,
                attr(t, "max")?.parse().ok()?,
                attr(t, "width")?.parse().ok()?,
            ))
        })
        .collect()
}

fn width_of(widths: &[(u32, u32, f64)], col: u32) -> f64 {
    widths.iter().find(|(lo, hi, _)| (*lo..=*hi).contains(&(col + 1))).map_or(8.43, |w| w.2)
}

#[test]
fn the_sample_workbook_holds_every_note_link_measure_rank_owner_and_date() {
    let home = Home::new();
    let (path, mut book) = export_sample(&home, &[]);
    let s = sample_session();
    let l = Labels::of(s.header.template.lang);
    let mut groups: Vec<_> = s.groups.values().map(|g| g.name.clone()).collect();
    let names = book.sheet_names();
    for fixed in [l.measures_sheet, l.decisions, l.load, l.parking] {
        assert!(names.contains(&fixed.to_string()), "{fixed} in {names:?}");
    }
    groups.sort();
    let mut group_sheets: Vec<String> = names[..groups.len()].to_vec();
    group_sheets.sort();
    assert_eq!(group_sheets, groups, "a sheet per group, then the rest: {names:?}");
    assert_eq!(names.len(), groups.len() + 4);

    // Every note in its phase's column and its kind's row; links both ways.
    let phases = s.phases().to_vec();
    let mut notes = 0;
    for (gid, g) in &s.groups {
        assert_eq!(cell(&mut book, &g.name, 1, 1), s.goal);
        for (c, p) in phases.iter().enumerate() {
            assert_eq!(cell(&mut book, &g.name, 4, c as u32 + 1), p.name);
            assert_eq!(cell(&mut book, &g.name, 5, c as u32 + 1), p.definition);
            for (r, kind) in NoteKind::ROWS.iter().enumerate() {
                let got = cell(&mut book, &g.name, 6 + r as u32, c as u32 + 1);
                assert_eq!(cell(&mut book, &g.name, 6 + r as u32, 0), l.kind(*kind));
                for id in s.notes_in(Cell { group: *gid, phase: p.id, kind: *kind }) {
                    let n = &s.notes[id];
                    assert!(got.lines().any(|line| line.starts_with(n.text.trim())), "{} in {got:?}", n.text);
                    notes += 1;
                    for pain in export::answers(&s, *id) {
                        let pain = s.notes[&pain].text.trim().to_string();
                        assert!(got.contains(&format!("{}: ", l.answers)) && got.contains(&pain), "{got}");
                    }
                    if *kind == NoteKind::Pain {
                        let mark =
                            if export::answered_by(&s, *id).is_empty() { l.unanswered } else { l.answered };
                        assert!(got.contains(&format!("{} ({mark})", n.text.trim())), "{got}");
                    }
                }
            }
        }
    }
    assert!(notes >= 30, "the sample's notes were checked: {notes}");
    assert!(s.notes.values().any(|n| !n.answers.is_empty()), "the sample has links");

    // Measures: every ranked measure per audience with rank, votes, owner and due date.
    let range = book.worksheet_range(l.measures_sheet).unwrap();
    let rows: Vec<Vec<String>> = range.rows().map(|r| r.iter().map(text).collect()).collect();
    assert_eq!(rows[0][..4], [l.audience, l.rank, l.votes, l.measure]);
    let mut checked = 0;
    for aud in &s.header.template.voting.audiences {
        for r in s.ranking(&aud.key).into_iter().filter(|r| r.votes > 0) {
            let measure = s.notes[&r.measure].text.trim().to_string();
            let row = rows
                .iter()
                .find(|row| row[0] == aud.label && row[3] == measure)
                .unwrap_or_else(|| panic!("{measure} for {} in {rows:#?}", aud.label));
            let rank = if r.tied { format!("={}", r.rank) } else { r.rank.to_string() };
            assert_eq!(row[1], rank);
            assert_eq!(row[2], r.votes.to_string());
            if let Some(d) = s.decisions.get(&r.measure) {
                assert_eq!(row[6], l.action(d.action()));
                assert_eq!(row[7], d.owner.map_or("", |o| s.participant_name(o)));
                assert_eq!(row[9], d.due.clone().unwrap_or_default());
            }
            checked += 1;
        }
    }
    assert!(checked >= 10, "{checked}");
    assert_eq!(rows.len(), checked + 1);
    // Decisions as a 2×2, the action list under it; every decided owner and date.
    let dec = book.worksheet_range(l.decisions).unwrap();
    let dec: Vec<Vec<String>> = dec.rows().map(|r| r.iter().map(text).collect()).collect();
    assert_eq!(dec[1][1..3], l.matrix_cols);
    assert_eq!([dec[2][0].as_str(), dec[3][0].as_str()], l.matrix_rows);
    for (id, d) in s.decisions.iter().filter(|(id, _)| s.is_measure(**id)) {
        let measure = s.notes[id].text.trim();
        let row = dec.iter().skip(7).find(|r| r[0] == measure).unwrap_or_else(|| panic!("{measure}"));
        assert_eq!(row[2], d.owner.map_or("", |o| s.participant_name(o)));
        assert_eq!(row[4], d.due.clone().unwrap_or_default());
    }
    // The parking lot, every item.
    let park = book.worksheet_range(l.parking).unwrap();
    for item in s.parking.values() {
        assert!(park.rows().any(|r| text(&r[0]) == item.text.trim()), "{}", item.text);
    }

    // No cell of any sheet is a formula.
    for name in &names {
        let formulas = book.worksheet_formula(name).unwrap();
        assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()), "{name} has a formula");
    }
    // Frozen panes: the map's phase and kind headers, the tables' header rows.
    let xml = sheet_xml(&path, 0);
    assert!(
        xml.contains(r#"<pane xSplit="1" ySplit="6" topLeftCell="B7""#) && xml.contains(r#"state="frozen""#),
        "{xml}"
    );
    let measures = names.iter().position(|n| n == l.measures_sheet).unwrap();
    assert!(sheet_xml(&path, measures).contains(r#"<pane ySplit="1" topLeftCell="A2""#));
    assert!(sheet_xml(&path, measures).contains("<tableParts count=\"1\">"), "an Excel table");
    assert!(xml.contains(r#"orientation="landscape""#) && xml.contains(r#"fitToHeight="0""#), "{xml}");
}

#[test]
fn japanese_columns_are_as_wide_as_their_longest_line() {
    let home = Home::new();
    let (path, mut book) = export_sample(&home, &[]);
    let names = book.sheet_names();
    let mut wide = 0;
    for (i, name) in names.iter().enumerate().take(5) {
        let widths = col_widths(&sheet_xml(&path, i));
        let range = book.worksheet_range(name).unwrap();
        // The map (from row 4) and the measures table; titles span columns.
        let first = if i < 4 { 4 } else { 0 };
        for (r, c, v) in range.used_cells() {
            if (r as u32) < first || (i < 4 && r > 8) {
                continue;
            }
            let longest = text(v).lines().map(UnicodeWidthStr::width).max().unwrap_or(0);
            if text(v).chars().any(|ch| UnicodeWidthStr::width(ch.to_string().as_str()) == 2) {
                wide += 1;
            }
            let need = (longest as f64).min(48.0);
            let got = width_of(&widths, c as u32);
            assert!(got >= need, "{name} column {c}: width {got} for a line {longest} columns wide: {v:?}");
        }
    }
    assert!(wide > 20, "Japanese cells were measured: {wide}");
}

#[test]
fn formula_looking_text_stays_text_and_private_notes_stay_out_with_room() {
    use cjm::domain::{Event, Stamped};
    let home = Home::new();
    let (header, mut events) = sample::events();
    let s = fold(header.clone(), &events);
    let (id, at) = (s.notes.keys().next().copied().unwrap(), s.last_at);
    events
        .push(Stamped { at, event: Event::NoteEdited { id, text: "=HYPERLINK(\"http://x\",\"y\")".into() } });
    let other = *s.notes.keys().nth(1).unwrap();
    let secret = s.notes[&other].text.trim().to_string();
    events.push(Stamped { at, event: Event::NotePrivacySet { id: other, private: true } });
    let file = home.path("hostile.ron");
    let mut body = cjm::store::format::encode_header(&header).unwrap();
    for e in &events {
        body.push_str(&cjm::store::format::encode_event(e).unwrap());
    }
    std::fs::write(&file, body).unwrap();
    for room in [false, true] {
        let out = home.path(if room { "room.xlsx" } else { "all.xlsx" });
        let mut cmd = home.cjm();
        cmd.arg("export").arg(&file).args(["--format", "xlsx", "-o"]).arg(&out);
        if room {
            cmd.arg("--room");
        }
        cmd.assert().success();
        let mut book: Xlsx<_> = open_workbook(&out).unwrap();
        let mut all = String::new();
        for name in book.sheet_names() {
            let formulas = book.worksheet_formula(&name).unwrap();
            assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()), "{name} has a formula");
            for (_, _, v) in book.worksheet_range(&name).unwrap().used_cells() {
                all.push_str(&text(v));
                all.push('\n');
            }
        }
        assert!(all.contains("=HYPERLINK(\"http://x\",\"y\")"), "as text");
        assert_eq!(all.contains(&secret), !room, "the private note {secret:?} with --room: {room}");
    }
}

#[test]
fn xlsx_needs_an_output_file() {
    let home = Home::new();
    home.cjm()
        .arg("export")
        .arg(shipped())
        .args(["--format", "xlsx"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("-o FILE.xlsx"))
        .stdout("");
}
