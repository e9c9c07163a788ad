//! Every heading and fixed word of the exports, per language, in one place
//! so a later i18n catalogue can absorb them.

use crate::domain::Lang;
use crate::domain::decision::{Action, Effort, Feasibility, Impact};
use crate::domain::note::NoteKind;
use crate::domain::persona::{Drive, Quadrant, Role};

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
    /// Time section.
    pub time: &'static str,
    /// "Step" column.
    pub step: &'static str,
    /// "Planned" column.
    pub planned: &'static str,
    /// "Timebox" column (plan plus adjustments).
    pub timebox: &'static str,
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
}

/// English.
pub const EN: Labels = Labels {
    title: "Customer journey map",
    goal: "Goal",
    done_when: "Done when",
    created: "Created",
    exported: "Exported",
    personas: "Personas",
    traits: "Characteristics",
    challenges: "Daily challenges",
    quadrants: [
        "Promoter, high drive",
        "Promoter, low drive",
        "End user, high information need",
        "End user, low information need",
    ],
    phases: "Phases",
    chosen: "Chosen scheme",
    reason: "Why",
    no_choice: "No scheme was chosen.",
    phase: "Phase",
    definition: "Definition",
    phase_goal: "Goal",
    rejected: "Schemes not chosen",
    maps: "Journey maps",
    members: "Members",
    no_persona: "No persona",
    elsewhere: "Notes outside the map",
    ranking: "Ranking",
    voting_open: "Voting is still open; the ranking may change.",
    rank: "Rank",
    measure: "Measure",
    group: "Group",
    votes: "Votes",
    decisions: "Decisions",
    impact: "Impact on churn",
    feasibility: "Start now?",
    action: "Action",
    owner: "Owner",
    effort: "Effort",
    due: "Due",
    parking: "Parking lot",
    item: "Item",
    raised_by: "Raised by",
    outcome: "Outcome",
    time: "Time: planned vs actual",
    step: "Step",
    planned: "Planned",
    timebox: "Timebox",
    actual: "Actual",
    over_under: "Over (+) / under (−)",
    total: "Total",
    none: "None.",
    persona: "Persona",
    kind: "Kind",
    text: "Text",
    kinds: ["Pain point", "As-Is", "To-Be", "Other"],
    impacts: ["Effective", "Indirect"],
    feasibilities: ["Now", "Hard"],
    actions: ["Owner starts now", "Owner works out how", "Start if capacity", "Postpone"],
    outcomes: ["Open", "Dropped", "Became a measure", "Follow-up by"],
};

/// Japanese (日本語).
pub const JA: Labels = Labels {
    title: "カスタマージャーニーマップ",
    goal: "ゴール",
    done_when: "完了条件",
    created: "作成",
    exported: "出力",
    personas: "ペルソナ",
    traits: "特徴",
    challenges: "日々の課題",
    quadrants: [
        "推進者・推進力が高い",
        "推進者・推進力が低い",
        "エンドユーザー・情報収集ニーズが高い",
        "エンドユーザー・情報収集ニーズが低い",
    ],
    phases: "フェーズ",
    chosen: "採用したフェーズ案",
    reason: "理由",
    no_choice: "フェーズ案は未決定です。",
    phase: "フェーズ",
    definition: "定義",
    phase_goal: "ゴール",
    rejected: "採用しなかった案",
    maps: "ジャーニーマップ",
    members: "メンバー",
    no_persona: "ペルソナなし",
    elsewhere: "マップ外の付箋",
    ranking: "投票結果",
    voting_open: "投票はまだ受付中です。順位は変わる可能性があります。",
    rank: "順位",
    measure: "施策",
    group: "グループ",
    votes: "票数",
    decisions: "意思決定",
    impact: "解約への効果",
    feasibility: "すぐ始められるか",
    action: "対応",
    owner: "担当",
    effort: "工数",
    due: "期限",
    parking: "パーキングロット",
    item: "項目",
    raised_by: "提起者",
    outcome: "結論",
    time: "時間：予定と実績",
    step: "ステップ",
    planned: "予定",
    timebox: "タイムボックス",
    actual: "実績",
    over_under: "超過 (+) / 余り (−)",
    total: "合計",
    none: "なし。",
    persona: "ペルソナ",
    kind: "種別",
    text: "内容",
    kinds: ["つまづくポイント", "As-Is 施策", "To-Be 施策", "その他"],
    impacts: ["効果あり", "直接の効果なし"],
    feasibilities: ["すぐ可能", "難しい"],
    actions: ["担当を決めて開始", "担当が進め方を検討", "余力があれば開始", "見送り"],
    outcomes: ["未決", "対応しない", "施策化", "フォロー担当"],
};

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
}
