//! Which To-Be answers which pain point, read both ways, as every export
//! shows it (#14 item 2).

use super::labels::Labels;
use super::note_text;
use crate::domain::Session;
use crate::domain::ids::NoteId;
use crate::domain::note::NoteKind;

/// The pain points a To-Be answers that are still on the board, in the
/// order linked.
pub fn answers(s: &Session, to_be: NoteId) -> Vec<NoteId> {
    let Some(note) = s.notes.get(&to_be) else { return vec![] };
    note.answers
        .iter()
        .copied()
        .filter(|p| s.notes.get(p).is_some_and(|n| n.kind == NoteKind::Pain))
        .collect()
}

/// The notes answering a pain point, in id order.
pub fn answered_by(s: &Session, pain: NoteId) -> Vec<NoteId> {
    s.notes.iter().filter(|(_, n)| n.answers.contains(&pain)).map(|(id, _)| *id).collect()
}

/// A note as the map quotes it, with its links: a To-Be with the pain
/// points it answers, a pain point with whether one does. Raw text (the
/// private mark included); callers escape it for where it goes.
pub fn linked_text(s: &Session, id: NoteId, l: &Labels) -> String {
    let text = note_text(s, id, l);
    match s.notes.get(&id).map(|n| n.kind) {
        Some(NoteKind::Pain) if answered_by(s, id).is_empty() => format!("{text} ({})", l.unanswered),
        Some(NoteKind::Pain) => format!("{text} ({})", l.answered),
        Some(_) => {
            let pains: Vec<String> = answers(s, id).into_iter().map(|p| note_text(s, p, l)).collect();
            if pains.is_empty() { text } else { format!("{text}\n↳ {}: {}", l.answers, pains.join("; ")) }
        }
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Event, Lang, Stamped};
    use crate::export::fixture;

    #[test]
    fn links_read_both_ways_and_skip_deleted_pains() {
        let mut j = fixture::journal(Lang::En);
        assert_eq!(answers(j.session(), NoteId(25)), [NoteId(21), NoteId(22)]);
        assert_eq!(answered_by(j.session(), NoteId(21)), [NoteId(25)]);
        assert!(answered_by(j.session(), NoteId(27)).is_empty());
        j.push(Stamped { at: fixture::NOW, event: Event::NoteDeleted { id: NoteId(21) } });
        assert_eq!(answers(j.session(), NoteId(25)), [NoteId(22)]);
        assert!(answers(j.session(), NoteId(999)).is_empty());
        let l = Labels::of(Lang::En);
        assert_eq!(linked_text(j.session(), NoteId(25), l), "guided setup=fast\n↳ Answers: setup is long");
        assert_eq!(linked_text(j.session(), NoteId(22), l), "setup is long (answered)");
        assert_eq!(linked_text(j.session(), NoteId(27), l), "オンボーディング期で止まる (not answered)");
        assert_eq!(linked_text(j.session(), NoteId(23), l), "kickoff call");
    }
}
