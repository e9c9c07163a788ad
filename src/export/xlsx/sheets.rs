//! The workbook's sheets: one journey map per group, the measures (an
//! Excel table), the decision 2×2 with the action list, the owners' load
//! and the parking lot.

use rust_xlsxwriter::{Table, TableColumn, Workbook, Worksheet, XlsxError};

use super::{Names, Sheet};
use crate::domain::decision::{Feasibility, Impact};
use crate::domain::group::Group;
use crate::domain::ids::GroupId;
use crate::domain::note::{Cell, NoteKind};
use crate::domain::{Session, load};
use crate::export::labels::Labels;
use crate::export::markdown::votes::decided;
use crate::export::{linked_text, note_text, notes_in_board_order};

/// Groups in the report's order: by persona quadrant, then id; groups
/// without a persona last.
fn groups_in_order(s: &Session) -> Vec<(GroupId, &Group)> {
    let mut groups: Vec<(GroupId, &Group)> = s.groups.iter().map(|(id, g)| (*id, g)).collect();
    groups.sort_by_key(|(id, g)| {
        let persona = g.persona.and_then(|p| s.personas.get(&p).map(|persona| (persona.quadrant, p)));
        (persona.is_none(), persona, *id)
    });
    groups
}

/// Rows where a group's map starts: phases' names, then their definitions.
pub const MAP_HEAD: u32 = 4;

/// A sheet per group: title, goal and done-when, then phases as columns
/// (each definition under its name) and a row per kind of note, one note
/// per line; As-Is cells marked "none today" say so.
pub(super) fn groups(
    book: &mut Workbook,
    names: &mut Names,
    s: &Session,
    l: &Labels,
) -> Result<(), XlsxError> {
    let phases = s.phases();
    for (gid, group) in groups_in_order(s) {
        let mut sh = Sheet::new(book.add_worksheet(), names.take(&group.name))?;
        let persona =
            group.persona.and_then(|p| s.personas.get(&p)).map_or(l.no_persona, |p| p.name.as_str());
        let members: Vec<&str> = group.members.iter().map(|m| s.participant_name(*m)).collect();
        let mut title = format!("{} — {}", group.name.trim(), persona.trim());
        if !members.is_empty() {
            title.push_str(&format!(" · {}: {}", l.members, members.join(", ")));
        }
        let title_f = sh.f.title.clone();
        sh.put_wide(0, 0, &title, &title_f)?;
        let (label, text, head, note) =
            (sh.f.label.clone(), sh.f.text.clone(), sh.f.head.clone(), sh.f.note.clone());
        sh.put(1, 0, l.goal, &label)?;
        sh.put_wide(1, 1, &s.goal, &text)?;
        sh.put(2, 0, l.done_when, &label)?;
        sh.put_wide(2, 1, &s.done_when, &text)?;
        sh.put(MAP_HEAD, 0, l.phase, &head)?;
        sh.put(MAP_HEAD + 1, 0, l.definition, &note)?;
        for (i, p) in phases.iter().enumerate() {
            let col = u16::try_from(i + 1).unwrap_or(u16::MAX);
            sh.put(MAP_HEAD, col, &p.name, &head)?;
            sh.put(MAP_HEAD + 1, col, &p.definition, &note)?;
        }
        let mut row = MAP_HEAD + 2;
        for kind in NoteKind::ROWS {
            sh.put(row, 0, l.kind(kind), &label)?;
            for (i, p) in phases.iter().enumerate() {
                let col = u16::try_from(i + 1).unwrap_or(u16::MAX);
                let mut lines: Vec<String> = s
                    .notes_in(Cell { group: gid, phase: p.id, kind })
                    .iter()
                    .map(|id| linked_text(s, *id, l))
                    .collect();
                if kind == NoteKind::AsIs && lines.is_empty() && s.no_as_is.contains(&(gid, p.id)) {
                    lines.push(l.none_today.to_string());
                }
                sh.put(row, col, &lines.join("\n"), &text)?;
            }
            row += 1;
        }
        let elsewhere: Vec<_> = notes_in_board_order(s)
            .into_iter()
            .filter(|(_, n)| n.group == gid)
            .filter(|(_, n)| !NoteKind::ROWS.contains(&n.kind) || !phases.iter().any(|p| p.id == n.phase))
            .collect();
        if !elsewhere.is_empty() {
            row += 1;
            sh.put(row, 0, l.elsewhere, &label)?;
            for (id, n) in elsewhere {
                let phase = s.phase(n.phase).map_or("?", |p| p.name.as_str());
                sh.put_wide(
                    row,
                    1,
                    &format!("{phase} / {}: {}", l.kind(n.kind), note_text(s, id, l)),
                    &text,
                )?;
                row += 1;
            }
        }
        sh.ws.set_freeze_panes(MAP_HEAD + 2, 1)?;
        sh.ws.set_repeat_rows(MAP_HEAD, MAP_HEAD + 1)?;
        sh.fit()?;
    }
    Ok(())
}

/// Rank per audience, votes, measure, sources, quadrant, action, owner,
/// effort and due date: an Excel table with filters, its header frozen.
pub(super) fn measures(
    ws: &mut Worksheet,
    names: &mut Names,
    s: &Session,
    l: &Labels,
) -> Result<(), XlsxError> {
    let mut sh = Sheet::new(ws, names.take(l.measures_sheet))?;
    let heads = [
        l.audience,
        l.rank,
        l.votes,
        l.measure,
        l.sources,
        l.quadrant_col,
        l.action,
        l.owner,
        l.effort,
        l.due,
    ];
    let head = sh.f.head.clone();
    let text = sh.f.text.clone();
    for (c, h) in heads.iter().enumerate() {
        sh.put(0, u16::try_from(c).unwrap_or(0), h, &head)?;
    }
    let list = s.vote_list();
    let mut row = 1;
    for aud in &s.header.template.voting.audiences {
        for r in s.ranking(&aud.key).into_iter().filter(|r| r.votes > 0) {
            let sources = list
                .iter()
                .find(|(m, _)| *m == r.measure)
                .map_or_else(|| vec![r.measure], |(_, v)| v.clone());
            let sources: Vec<String> = sources
                .iter()
                .map(|id| {
                    let group =
                        s.notes.get(id).and_then(|n| s.groups.get(&n.group)).map_or("", |g| g.name.as_str());
                    format!("{} ({group})", note_text(s, *id, l))
                })
                .collect();
            let d = s.decisions.get(&r.measure);
            let rank = if r.tied { format!("={}", r.rank) } else { r.rank.to_string() };
            let quadrant = d.map_or(String::new(), |d| {
                format!("{} / {}", l.impact(d.impact), l.feasibility(d.feasibility))
            });
            let cells = [
                aud.label.clone(),
                rank,
                String::new(),
                note_text(s, r.measure, l),
                sources.join("\n"),
                quadrant,
                d.map_or(String::new(), |d| l.action(d.action()).to_string()),
                d.and_then(|d| d.owner).map_or(String::new(), |o| s.participant_name(o).to_string()),
                d.and_then(|d| d.effort).map_or("", |e| l.effort(e)).to_string(),
                d.and_then(|d| d.due.clone()).unwrap_or_default(),
            ];
            for (c, v) in cells.iter().enumerate() {
                if c != 2 {
                    sh.put(row, u16::try_from(c).unwrap_or(0), v, &text)?;
                }
            }
            sh.num(row, 2, r.votes)?;
            row += 1;
        }
    }
    if row > 1 {
        let columns: Vec<TableColumn> = heads.iter().map(|h| TableColumn::new().set_header(*h)).collect();
        let table = Table::new().set_columns(&columns).set_autofilter(true);
        sh.ws.add_table(0, 0, row - 1, u16::try_from(heads.len() - 1).unwrap_or(0), &table)?;
    }
    sh.ws.set_freeze_panes(1, 0)?;
    sh.ws.set_repeat_rows(0, 0)?;
    sh.fit()
}

/// The decision 2×2 as a 2×2 of cells, then the action list.
pub(super) fn decisions(
    ws: &mut Worksheet,
    names: &mut Names,
    s: &Session,
    l: &Labels,
) -> Result<(), XlsxError> {
    let mut sh = Sheet::new(ws, names.take(l.decisions))?;
    let (title, head, label, text) =
        (sh.f.title.clone(), sh.f.head.clone(), sh.f.label.clone(), sh.f.text.clone());
    let order = decided(s);
    sh.put_wide(0, 0, l.matrix, &title)?;
    sh.put(1, 0, l.impact, &head)?;
    sh.put(1, 1, l.matrix_cols[0], &head)?;
    sh.put(1, 2, l.matrix_cols[1], &head)?;
    for (r, impact) in [(2, Impact::Effective), (3, Impact::Indirect)] {
        sh.put(r, 0, l.matrix_rows[usize::from(r == 3)], &label)?;
        for (c, f) in [(1, Feasibility::Now), (2, Feasibility::Hard)] {
            let texts: Vec<String> = order
                .iter()
                .filter(|(_, d)| d.impact == impact && d.feasibility == f)
                .map(|(id, _)| note_text(s, *id, l))
                .collect();
            sh.put(r, c, &texts.join("\n"), &text)?;
        }
    }
    sh.put_wide(5, 0, l.actions_list, &title)?;
    for (c, h) in [l.measure, l.action, l.owner, l.effort, l.due].iter().enumerate() {
        sh.put(6, u16::try_from(c).unwrap_or(0), h, &head)?;
    }
    for (i, (id, d)) in order.iter().enumerate() {
        let row = 7 + u32::try_from(i).unwrap_or(u32::MAX - 8);
        let cells = [
            note_text(s, *id, l),
            l.action(d.action()).to_string(),
            d.owner.map_or(String::new(), |o| s.participant_name(o).to_string()),
            d.effort.map_or("", |e| l.effort(e)).to_string(),
            d.due.clone().unwrap_or_default(),
        ];
        for (c, v) in cells.iter().enumerate() {
            sh.put(row, u16::try_from(c).unwrap_or(0), v, &text)?;
        }
    }
    sh.fit()
}

/// Measures and effort points per owner.
pub(super) fn load(ws: &mut Worksheet, names: &mut Names, s: &Session, l: &Labels) -> Result<(), XlsxError> {
    let mut sh = Sheet::new(ws, names.take(l.load))?;
    let (head, text) = (sh.f.head.clone(), sh.f.text.clone());
    for (c, h) in [l.owner, l.count, l.points, l.overload].iter().enumerate() {
        sh.put(0, u16::try_from(c).unwrap_or(0), h, &head)?;
    }
    for (i, ld) in load::by_owner(s).iter().enumerate() {
        let row = 1 + u32::try_from(i).unwrap_or(u32::MAX - 2);
        sh.put(row, 0, s.participant_name(ld.owner), &text)?;
        sh.num(row, 1, ld.count)?;
        sh.num(row, 2, ld.points)?;
        sh.put(row, 3, if ld.overloaded { l.overloaded } else { "" }, &text)?;
    }
    sh.ws.set_freeze_panes(1, 0)?;
    sh.fit()
}

/// The parking lot: item, who raised it, at which step, and its outcome.
pub(super) fn parking(
    ws: &mut Worksheet,
    names: &mut Names,
    s: &Session,
    l: &Labels,
) -> Result<(), XlsxError> {
    let mut sh = Sheet::new(ws, names.take(l.parking))?;
    let (head, text) = (sh.f.head.clone(), sh.f.text.clone());
    for (c, h) in [l.item, l.raised_by, l.step, l.outcome].iter().enumerate() {
        sh.put(0, u16::try_from(c).unwrap_or(0), h, &head)?;
    }
    for (i, p) in s.parking.values().enumerate() {
        let row = 1 + u32::try_from(i).unwrap_or(u32::MAX - 2);
        let step = s
            .header
            .template
            .steps
            .get(p.step)
            .map_or("?".to_string(), |st| format!("{}. {}", p.step + 1, st.title));
        sh.put(row, 0, &p.text, &text)?;
        sh.put(row, 1, p.raised_by.as_deref().unwrap_or(""), &text)?;
        sh.put(row, 2, &step, &text)?;
        sh.put(row, 3, &crate::export::markdown::outcome(l, p.outcome.as_ref()), &text)?;
    }
    sh.ws.set_freeze_panes(1, 0)?;
    sh.fit()
}
