//! The session as the room sees it, for `--room` exports: private notes
//! left out, as the presenter view leaves them out.

use crate::domain::Session;

/// A copy of `s` without its private notes: gone from the board, from the
/// links, merges, ballots and decisions, so no export can quote one. The
/// other measures are ranked among themselves.
pub fn room_view(s: &Session) -> Session {
    let mut room = s.clone();
    let private = std::mem::take(&mut room.private);
    if private.is_empty() {
        return room;
    }
    let public = |id: &crate::domain::NoteId| !private.contains(id);
    room.notes.retain(|id, _| public(id));
    for note in room.notes.values_mut() {
        note.answers.retain(public);
    }
    for ids in room.cells.values_mut() {
        ids.retain(public);
    }
    room.cells.retain(|_, ids| !ids.is_empty());
    room.decisions.retain(|id, _| public(id));
    room.merged_into.retain(|merged, kept| public(merged) && public(kept));
    for picks in room.ballots.values_mut() {
        picks.retain(public);
    }
    if let Some(round) = room.round_measures.as_mut() {
        round.retain(public);
    }
    room
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Event, Lang, NoteId, Stamped};
    use crate::export::{fixture, markdown};

    #[test]
    fn private_notes_leave_every_part_of_the_room_view() {
        let mut j = fixture::journal(Lang::En);
        for id in [21, 23] {
            j.push(Stamped {
                at: fixture::NOW,
                event: Event::NotePrivacySet { id: NoteId(id), private: true },
            });
        }
        let room = room_view(j.session());
        assert!(room.private.is_empty());
        assert!(!room.notes.contains_key(&NoteId(21)) && !room.notes.contains_key(&NoteId(23)));
        assert_eq!(room.notes[&NoteId(25)].answers, [NoteId(22)], "the link to the private pain goes");
        assert!(!room.decisions.contains_key(&NoteId(23)));
        assert!(room.ballots.values().all(|p| !p.contains(&NoteId(23))));
        assert!(room.cells.values().all(|ids| !ids.contains(&NoteId(21))));
        let md = markdown(&room, fixture::NOW);
        assert!(!md.contains("kickoff call") && !md.contains("cannot find"), "{md}");
        assert!(md.contains("setup is long"), "{md}");
        let open = room_view(&fixture::session(Lang::En));
        assert_eq!(open.notes.len(), fixture::session(Lang::En).notes.len(), "nothing private, nothing gone");
    }
}
