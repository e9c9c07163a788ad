//! The agenda: ordered, timeboxed steps, and the template they come from.

use serde::{Deserialize, Serialize};

use super::checks::Check;
use super::clock::{MINUTE, Millis};
use super::persona::Quadrant;

/// The language a session or template is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Japanese (日本語).
    Ja,
}

impl Lang {
    /// The short code used on the command line and in config files.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }
}

/// What a step is for; the app picks the screen by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StepKind {
    /// Confirm the goal and what "done" means.
    Goal,
    /// What became of the measures the previous session decided (a
    /// session started `--from` it); dropped when there are none.
    Review,
    /// Fill the persona 2×2.
    Personas,
    /// Compare phase schemes and choose one.
    Phases,
    /// Groups write pain points, As-Is and To-Be measures per phase.
    Discussion,
    /// Each group presents its board.
    ShareOut,
    /// Everyone votes on measures.
    Vote,
    /// The room decides per measure with the 2×2.
    Decide,
    /// Summary against the done-when; export.
    WrapUp,
    /// A free-form step of a custom agenda.
    Other,
}

/// One part of a step that is run as consecutive sub-timeboxes (the
/// discussion's parts a–d).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Part {
    /// Short title, e.g. "b. Pain points".
    pub title: String,
    /// What the room does in this part.
    pub instructions: String,
    /// Share of the step's timebox, in percent.
    pub percent: u8,
    /// What this part must have produced when it ends (the part-end prompt
    /// shows what they still miss); the step's own checks stay as they are.
    #[serde(default)]
    pub checks: Vec<Check>,
}

/// One step of the agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// Which screen runs it.
    pub kind: StepKind,
    /// Title shown to the room.
    pub title: String,
    /// Planned length in minutes.
    pub minutes: u32,
    /// Never re-plan this step below this many minutes.
    #[serde(default = "default_min_minutes")]
    pub min_minutes: u32,
    /// Instructions shown to the room.
    pub instructions: String,
    /// What the step must produce before the room moves on.
    pub output: String,
    /// Consecutive parts with their share of the timebox (may be empty).
    #[serde(default)]
    pub parts: Vec<Part>,
    /// Exit criteria the app checks before the room moves on.
    #[serde(default)]
    pub checks: Vec<Check>,
    /// A step without a timebox (the setup steps of `cjm discuss`): no
    /// countdown, no time-up prompt, nothing in the plan; `minutes` and
    /// `min_minutes` are ignored. Its exit criteria are shown, not enforced.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub untimed: bool,
}

fn default_min_minutes() -> u32 {
    1
}

impl Step {
    /// The planned timebox in milliseconds; 0 for an untimed step.
    pub fn timebox(&self) -> Millis {
        if self.untimed { 0 } else { Millis::from(self.minutes) * MINUTE }
    }

    /// The minimum a re-plan keeps, in milliseconds; 0 for an untimed step.
    pub fn min(&self) -> Millis {
        if self.untimed { 0 } else { Millis::from(self.min_minutes) * MINUTE }
    }
}

/// An audience that ballots are cast for (promoters, end users).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Audience {
    /// Stable key used in events, e.g. "promoters".
    pub key: String,
    /// Label shown on screen.
    pub label: String,
    /// Picks per voter for this audience.
    pub budget: u32,
}

/// How voting works in this agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteRules {
    /// The audiences, each with its budget.
    pub audiences: Vec<Audience>,
    /// Whether one voter may put more than one vote on one measure.
    #[serde(default)]
    pub allow_repeat: bool,
    /// How many top-ranked measures must be decided.
    #[serde(default = "default_top_n")]
    pub top_n: u32,
}

fn default_top_n() -> u32 {
    5
}

/// A persona slot a template pre-fills.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonaSeed {
    /// Where it sits in the 2×2.
    pub quadrant: Quadrant,
    /// Suggested name.
    pub name: String,
    /// Suggested characteristics.
    #[serde(default)]
    pub traits: String,
}

/// A candidate phase scheme a template offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SchemeSeed {
    /// Name of the scheme, e.g. "By state".
    pub name: String,
    /// Phase names in order.
    pub phases: Vec<String>,
    /// Pros, cons, why (not).
    #[serde(default)]
    pub notes: String,
}

/// An agenda template: the steps, and what a new session starts with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Template {
    /// Template name, e.g. "cjm".
    pub name: String,
    /// Language of its texts.
    pub lang: Lang,
    /// Default "done when" sentence.
    pub done_when: String,
    /// The "done when" of a discussion-only session (`cjm discuss`), which
    /// has no vote or decide step to meet [`Template::done_when`]; none:
    /// built from its discussion and share-out steps' outputs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discussion_done_when: Option<String>,
    /// The steps in order.
    pub steps: Vec<Step>,
    /// How voting works.
    pub voting: VoteRules,
    /// Personas a new session starts with.
    #[serde(default)]
    pub personas: Vec<PersonaSeed>,
    /// Phase schemes a new session starts with.
    #[serde(default)]
    pub schemes: Vec<SchemeSeed>,
    /// The scheme (by name) a session chooses when it skips the phase
    /// step, as `cjm discuss` does; none: the first scheme.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_scheme: Option<String>,
    /// The step a session started from an earlier one begins with (after
    /// its goal step) when that one decided measures: what became of
    /// them. Not in [`Template::steps`]: a session with nothing to review
    /// skips it. None: the built-in agenda's of the same language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Step>,
}

impl Template {
    /// The agenda without its review steps: a session with nothing to
    /// review skips them.
    pub fn without_review(mut self) -> Template {
        self.steps.retain(|s| s.kind != StepKind::Review);
        self
    }

    /// The agenda with `review` (this template's own review step when it
    /// has one) right after its goal step, or first when it has none;
    /// unchanged when it already has a review step.
    pub fn with_review(mut self, review: Step) -> Template {
        if self.steps.iter().any(|s| s.kind == StepKind::Review) {
            return self;
        }
        let step = self.review.clone().unwrap_or(review);
        let at = self.steps.iter().position(|s| s.kind == StepKind::Goal).map_or(0, |i| i + 1);
        self.steps.insert(at, step);
        self
    }

    /// The planned length of the whole agenda.
    pub fn planned_total(&self) -> Millis {
        self.steps.iter().map(Step::timebox).sum()
    }

    /// Problems that make the template unusable.
    pub fn problems(&self) -> Vec<TemplateProblem> {
        let mut out = Vec::new();
        if self.steps.is_empty() {
            out.push(TemplateProblem::NoSteps);
        }
        for (i, step) in self.steps.iter().enumerate() {
            let (step_no, title) = (i + 1, step.title.clone());
            if step.minutes == 0 && !step.untimed {
                out.push(TemplateProblem::ZeroTimebox { step: step_no, title: title.clone() });
            }
            if step.untimed && !step.parts.is_empty() {
                out.push(TemplateProblem::PartsWithoutTimebox { step: step_no, title: title.clone() });
            }
            if !step.parts.is_empty() {
                let sum: u32 = step.parts.iter().map(|p| u32::from(p.percent)).sum();
                if sum != 100 {
                    out.push(TemplateProblem::PartsSum { step: step_no, title, sum });
                }
            }
        }
        if self.voting.audiences.is_empty() {
            out.push(TemplateProblem::NoAudiences);
        }
        if let Some(name) = &self.default_scheme
            && !self.schemes.iter().any(|s| s.name == *name)
        {
            out.push(TemplateProblem::UnknownDefaultScheme(name.clone()));
        }
        out
    }
}

/// What makes a template unusable. Its `Display` is the English
/// catalogue's words (`cli::messages::en` uses it); other languages are
/// worded in their catalogue (`cli::messages::errors_ja`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateProblem {
    /// No steps at all.
    NoSteps,
    /// A timed step of 0 minutes (step number from 1, title).
    ZeroTimebox {
        /// The step's number, from 1.
        step: usize,
        /// Its title.
        title: String,
    },
    /// An untimed step with parts.
    PartsWithoutTimebox {
        /// The step's number, from 1.
        step: usize,
        /// Its title.
        title: String,
    },
    /// Parts whose shares do not add up to 100 %.
    PartsSum {
        /// The step's number, from 1.
        step: usize,
        /// Its title.
        title: String,
        /// What they add up to.
        sum: u32,
    },
    /// Voting with no audiences.
    NoAudiences,
    /// A default scheme that is not one of the schemes.
    UnknownDefaultScheme(String),
}

impl std::fmt::Display for TemplateProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NoSteps => write!(f, "the agenda has no steps"),
            Self::ZeroTimebox { step, title } => {
                write!(f, "step {step} ({title}) has a timebox of 0 minutes")
            }
            Self::PartsWithoutTimebox { step, title } => {
                write!(f, "step {step} ({title}) has parts but no timebox to split")
            }
            Self::PartsSum { step, title, sum } => {
                write!(f, "step {step} ({title}) has parts adding up to {sum} %, not 100 %")
            }
            Self::NoAudiences => write!(f, "voting has no audiences"),
            Self::UnknownDefaultScheme(name) => {
                write!(f, "the default scheme {name:?} is not one of the schemes")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(minutes: u32) -> Step {
        Step {
            kind: StepKind::Other,
            title: "x".into(),
            minutes,
            min_minutes: 1,
            instructions: String::new(),
            output: String::new(),
            parts: vec![],
            checks: vec![],
            untimed: false,
        }
    }

    fn template(steps: Vec<Step>) -> Template {
        Template {
            name: "t".into(),
            lang: Lang::En,
            done_when: "done".into(),
            discussion_done_when: None,
            steps,
            voting: VoteRules {
                audiences: vec![Audience { key: "a".into(), label: "A".into(), budget: 3 }],
                allow_repeat: false,
                top_n: 5,
            },
            personas: vec![],
            schemes: vec![],
            default_scheme: None,
            review: None,
        }
    }

    #[test]
    fn planned_total_sums_timeboxes() {
        assert_eq!(template(vec![step(5), step(10)]).planned_total(), 15 * MINUTE);
    }

    #[test]
    fn problems_name_empty_agenda_zero_timebox_and_bad_parts() {
        assert_eq!(template(vec![]).problems(), vec![TemplateProblem::NoSteps]);
        let mut bad = step(0);
        bad.parts =
            vec![Part { title: "a".into(), instructions: String::new(), percent: 40, checks: vec![] }];
        let problems = template(vec![bad]).problems();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[1].to_string().contains("40 %"));
    }

    #[test]
    fn an_untimed_step_adds_nothing_to_the_plan_and_may_have_no_minutes_but_no_parts() {
        let mut free = step(0);
        free.untimed = true;
        assert_eq!((free.timebox(), free.min()), (0, 0));
        let t = template(vec![step(5), free.clone()]);
        assert_eq!(t.planned_total(), 5 * MINUTE);
        assert!(t.problems().is_empty(), "{:?}", t.problems());
        free.parts =
            vec![Part { title: "a".into(), instructions: String::new(), percent: 100, checks: vec![] }];
        assert_eq!(
            template(vec![free]).problems()[0].to_string(),
            "step 1 (x) has parts but no timebox to split"
        );
    }

    #[test]
    fn untimed_is_read_when_missing_and_written_only_when_set() {
        let timed = ron::to_string(&step(5)).expect("ron");
        assert!(!timed.contains("untimed"), "{timed}");
        let back: Step = ron::from_str(&timed).expect("old steps still load");
        assert!(!back.untimed);
        let mut free = step(5);
        free.untimed = true;
        let text = ron::to_string(&free).expect("ron");
        assert_eq!(ron::from_str::<Step>(&text).expect("ron"), free);
    }

    #[test]
    fn the_default_scheme_must_be_one_of_the_schemes() {
        let mut t = template(vec![step(5)]);
        t.schemes = vec![SchemeSeed { name: "By state".into(), phases: vec![], notes: String::new() }];
        t.default_scheme = Some("By state".into());
        assert!(t.problems().is_empty());
        t.default_scheme = Some("By mood".into());
        assert_eq!(t.problems()[0].to_string(), "the default scheme \"By mood\" is not one of the schemes");
    }
}
