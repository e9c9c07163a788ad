//! Every heading and fixed word of the exports, per language, in one place
//! so a later i18n catalogue can absorb them.

mod en;
mod ja;

pub use self::en::EN;
pub use self::ja::JA;
use super::note_text;
use crate::domain::checks::Gap;
use crate::domain::decision::{Action, Effort, Feasibility, Impact};
use crate::domain::note::NoteKind;
use crate::domain::persona::{Drive, Quadrant, Role};
use crate::domain::{Lang, NoteId, Session};

/// The fixed texts of the Markdown and CSV exports in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Labels {
    /// Report title.
    pub title: &'static str,
    /// "Goal".
    pub goal: &'static str,
    /// "Done when".
    pub done_when: &'static str,
    /// "Created".
    pub created: &'static str,
    /// "Exported".
    pub exported: &'static str,
    /// Personas section.
    pub personas: &'static str,
    /// "Characteristics".
    pub traits: &'static str,
    /// "Daily challenges".
    pub challenges: &'static str,
    /// The 2×2 quadrants in [`Quadrant::ALL`] order.
    pub quadrants: [&'static str; 4],
    /// Phases section.
    pub phases: &'static str,
    /// "Chosen scheme".
    pub chosen: &'static str,
    /// "Why".
    pub reason: &'static str,
    /// No scheme was chosen.
    pub no_choice: &'static str,
    /// "Phase" column.
    pub phase: &'static str,
    /// "Definition" column.
    pub definition: &'static str,
    /// "Phase goal" column.
    pub phase_goal: &'static str,
    /// Rejected schemes sub-heading.
    pub rejected: &'static str,
    /// Journey maps section.
    pub maps: &'static str,
    /// "Members".
    pub members: &'static str,
    /// Groups discussing no persona.
    pub no_persona: &'static str,
    /// Notes that fit no cell of the map table.
    pub elsewhere: &'static str,
    /// Ranking section.
    pub ranking: &'static str,
    /// Voting is still open.
    pub voting_open: &'static str,
    /// "Rank" column.
    pub rank: &'static str,
    /// "Measure" column.
    pub measure: &'static str,
    /// "Group" column.
    pub group: &'static str,
    /// "Votes" column.
    pub votes: &'static str,
    /// Decisions section.
    pub decisions: &'static str,
    /// "Impact" column.
    pub impact: &'static str,
    /// "Feasibility" column.
    pub feasibility: &'static str,
    /// "Action" column.
    pub action: &'static str,
    /// "Owner" column.
    pub owner: &'static str,
    /// "Effort" column.
    pub effort: &'static str,
    /// "Due" column.
    pub due: &'static str,
    /// Parking lot section.
    pub parking: &'static str,
    /// "Item" column.
    pub item: &'static str,
    /// "Raised by" column.
    pub raised_by: &'static str,
    /// "Outcome" column.
    pub outcome: &'static str,
    /// "Step" column.
    pub step: &'static str,
    /// "Planned" column.
    pub planned: &'static str,
    /// "Actual" column.
    pub actual: &'static str,
    /// "Over/under" column.
    pub over_under: &'static str,
    /// "Total" row.
    pub total: &'static str,
    /// A section with nothing in it.
    pub none: &'static str,
    /// "Persona" (CSV column).
    pub persona: &'static str,
    /// "Kind" (CSV column).
    pub kind: &'static str,
    /// "Text" (CSV column).
    pub text: &'static str,
    /// Note kinds: pain, As-Is, To-Be, other.
    pub kinds: [&'static str; 4],
    /// Impact: effective, indirect.
    pub impacts: [&'static str; 2],
    /// Feasibility: now, hard.
    pub feasibilities: [&'static str; 2],
    /// Actions: start now, owner plans, if capacity, postpone.
    pub actions: [&'static str; 4],
    /// Parking outcomes: open, dropped, became a measure, follow-up by.
    pub outcomes: [&'static str; 4],
    /// Per-step progress section.
    pub progress: &'static str,
    /// "Re-planned" column (plan plus adjustments).
    pub replanned: &'static str,
    /// "Exit criteria" column and section.
    pub exit_criteria: &'static str,
    /// "Forced moves" column and section.
    pub forced: &'static str,
    /// Forced moves section.
    pub forced_moves: &'static str,
    /// "Refocus" column: times the goal was shown.
    pub refocus: &'static str,
    /// `cjm replay --summary` column heads (8 columns wide at most):
    /// planned, re-planned, actual, over, notes, checks, forced, refocus.
    pub summary_heads: [&'static str; 8],
    /// Summary: heading of the three biggest overruns.
    pub biggest_overruns: &'static str,
    /// Summary: when no step overran.
    pub no_overruns: &'static str,
    /// Summary: a step the room never reached.
    pub not_run: &'static str,
    /// Every exit criterion is met.
    pub all_met: &'static str,
    /// Bar chart column of a ranking.
    pub bar: &'static str,
    /// "Sources" column: the notes a measure stands for.
    pub sources: &'static str,
    /// Decision 2×2 sub-heading.
    pub matrix: &'static str,
    /// Action list sub-heading.
    pub actions_list: &'static str,
    /// Owners' load section.
    pub load: &'static str,
    /// "Measures" (count) column.
    pub count: &'static str,
    /// "Effort points" column.
    pub points: &'static str,
    /// "Load" column.
    pub overload: &'static str,
    /// An owner over twice the average.
    pub overloaded: &'static str,
    /// "Merged into" CSV column.
    pub merged_into: &'static str,
    /// Before a note kept from the room (private), in the report and CSV.
    pub private: &'static str,
    /// "Answers" CSV column and the word before the pains a To-Be answers.
    pub answers: &'static str,
    /// After a pain point some To-Be answers.
    pub answered: &'static str,
    /// After a pain point no To-Be answers.
    pub unanswered: &'static str,
    /// An As-Is cell marked "no measure today".
    pub none_today: &'static str,
    /// The workbook's measures sheet.
    pub measures_sheet: &'static str,
    /// "Audience" column.
    pub audience: &'static str,
    /// "Quadrant" column of the measures sheet.
    pub quadrant_col: &'static str,
    /// Rows of the 2×2: effective, not directly against churn.
    pub matrix_rows: [&'static str; 2],
    /// Columns of the 2×2: can start now, hard.
    pub matrix_cols: [&'static str; 2],
    /// Note kinds inside a sentence: pain, As-Is, To-Be, other.
    pub kind_words: [&'static str; 4],
    /// Unmet exit criteria as sentences, one per [`Gap`] variant in
    /// declaration order, with `{group}`, `{phase}`, `{kind}`, `{quadrant}`,
    /// `{note}`, `{voter}`, `{audience}` and `{measure}` filled in.
    pub gaps: [&'static str; 16],
}

impl Labels {
    /// The labels for a language.
    pub fn of(lang: Lang) -> &'static Labels {
        match lang {
            Lang::En => &EN,
            Lang::Ja => &JA,
        }
    }

    /// A quadrant's label.
    pub fn quadrant(&self, q: Quadrant) -> &'static str {
        let i = match (q.role, q.drive) {
            (Role::Promoter, Drive::High) => 0,
            (Role::Promoter, Drive::Low) => 1,
            (Role::EndUser, Drive::High) => 2,
            (Role::EndUser, Drive::Low) => 3,
        };
        self.quadrants[i]
    }

    /// A note kind's label.
    pub fn kind(&self, kind: NoteKind) -> &'static str {
        match kind {
            NoteKind::Pain => self.kinds[0],
            NoteKind::AsIs => self.kinds[1],
            NoteKind::ToBe => self.kinds[2],
            NoteKind::Other => self.kinds[3],
        }
    }

    /// An impact's label.
    pub fn impact(&self, impact: Impact) -> &'static str {
        match impact {
            Impact::Effective => self.impacts[0],
            Impact::Indirect => self.impacts[1],
        }
    }

    /// A feasibility's label.
    pub fn feasibility(&self, f: Feasibility) -> &'static str {
        match f {
            Feasibility::Now => self.feasibilities[0],
            Feasibility::Hard => self.feasibilities[1],
        }
    }

    /// An action's label.
    pub fn action(&self, action: Action) -> &'static str {
        match action {
            Action::StartNow => self.actions[0],
            Action::OwnerPlans => self.actions[1],
            Action::IfCapacity => self.actions[2],
            Action::Postpone => self.actions[3],
        }
    }

    /// An effort's label (the same in every language).
    pub fn effort(&self, effort: Effort) -> &'static str {
        match effort {
            Effort::S => "S",
            Effort::M => "M",
            Effort::L => "L",
        }
    }

    /// A note kind inside a sentence.
    pub fn kind_word(&self, kind: NoteKind) -> &'static str {
        match kind {
            NoteKind::Pain => self.kind_words[0],
            NoteKind::AsIs => self.kind_words[1],
            NoteKind::ToBe => self.kind_words[2],
            NoteKind::Other => self.kind_words[3],
        }
    }

    /// An unmet exit criterion as a sentence, names looked up in the session
    /// ("?" for what no longer exists). A quoted note goes through
    /// the exports' one note quote (`note_text`), so a private one carries
    /// its mark.
    pub fn gap(&self, s: &Session, gap: &Gap) -> String {
        let group = |id| s.groups.get(&id).map_or("?", |g| g.name.as_str());
        let quoted = match gap {
            Gap::Unanswered(n) | Gap::Undecided(n) | Gap::NoOwner(n) => note_text(s, *n, self),
            _ => String::new(),
        };
        let note_group = |id: &NoteId| s.notes.get(id).map_or("?", |n| group(n.group));
        let (i, values): (usize, Vec<(&str, &str)>) = match gap {
            Gap::GoalNotConfirmed => (0, vec![]),
            Gap::NoDoneWhen => (1, vec![]),
            Gap::NoPersona(q) => (2, vec![("quadrant", self.quadrant(*q))]),
            Gap::NoChallenge(q) => (3, vec![("quadrant", self.quadrant(*q))]),
            Gap::NoScheme => (4, vec![]),
            Gap::TooFewPhases => (5, vec![]),
            Gap::NoReason => (6, vec![]),
            Gap::NoGroups => (7, vec![]),
            Gap::EmptyCell(g, p, k) => {
                let phase = s.phase(*p).map_or("?", |p| p.name.as_str());
                (8, vec![("group", group(*g)), ("phase", phase), ("kind", self.kind_word(*k))])
            }
            Gap::Unanswered(n) => (9, vec![("group", note_group(n)), ("note", &quoted)]),
            Gap::NotSharedOut(g) => (10, vec![("group", group(*g))]),
            Gap::NoVoters => (11, vec![]),
            Gap::NotVoted(p, key) => {
                let audiences = &s.header.template.voting.audiences;
                let audience =
                    audiences.iter().find(|a| a.key == *key).map_or(key.as_str(), |a| a.label.as_str());
                (12, vec![("voter", s.participant_name(*p)), ("audience", audience)])
            }
            Gap::Undecided(_) => (13, vec![("measure", &quoted)]),
            Gap::NoOwner(_) => (14, vec![("measure", &quoted)]),
            Gap::NotReviewed(n) => {
                let text = s.carried.get(n).map_or("?", |m| m.text.as_str());
                (15, vec![("measure", text)])
            }
        };
        fill(self.gaps[i], &values)
    }
}

/// Replaces each `{name}` in `template` by its value, in one pass (so a
/// value that itself contains `{…}` stays as it is). Unknown names stay.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after
            .find('}')
            .and_then(|close| values.iter().find(|(k, _)| *k == &after[..close]).map(|(_, v)| (close, *v)))
        {
            Some((close, value)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{GroupId, PhaseId};
    use crate::export::fixture;

    #[test]
    fn fill_replaces_names_once() {
        assert_eq!(fill("{a}: {b} {c}", &[("a", "x{b}"), ("b", "y")]), "x{b}: y {c}");
    }

    #[test]
    fn every_language_words_every_gap() {
        for l in [&EN, &JA] {
            assert!(l.gaps.iter().all(|g| !g.trim().is_empty()));
        }
    }

    #[test]
    fn an_empty_cell_reads_as_a_sentence_in_both_languages() {
        let gap = Gap::EmptyCell(GroupId(20), PhaseId(15), NoteKind::Pain);
        let s = fixture::session(Lang::En);
        assert_eq!(EN.gap(&s, &gap), "Group A: Onboarding has no pain point");
        assert_eq!(JA.gap(&s, &gap), "Group A：Onboardingにつまづくポイントがありません");
        let gap = Gap::NotVoted(crate::domain::ParticipantId(18), "end_users".into());
        let ja = fixture::session(Lang::Ja);
        assert_eq!(JA.gap(&ja, &gap), "Benがエンドユーザーに投票していません");
        assert_eq!(EN.gap(&s, &gap), "Ben has not voted for End users");
    }
}
