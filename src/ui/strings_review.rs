//! The texts of the quarterly revisit: the review step's screen, the
//! statuses of a carried measure and the "from last time" mark, in
//! English and Japanese.

use crate::domain::Lang;
use crate::domain::review::ReviewStatus;

/// The review texts in one language.
#[derive(Debug)]
pub struct ReviewStrings {
    /// The list's heading: the earlier session's name, reviewed and all.
    pub heading: fn(&str, usize, usize) -> String,
    /// No measure was carried.
    pub nothing: &'static str,
    /// A status in brackets on the list and in the report.
    pub status: fn(Option<ReviewStatus>) -> &'static str,
    /// The flag of a measure past its due date.
    pub overdue: &'static str,
    /// Before the owner's name.
    pub owner: &'static str,
    /// Before the due date.
    pub due: &'static str,
    /// Before the review note.
    pub note: &'static str,
    /// The mark of a note carried from last time.
    pub carried_mark: &'static str,
    /// Report: the section's heading, with the earlier session's name.
    pub report_title: fn(&str) -> String,
    /// Report: the measures table's columns.
    pub columns: [&'static str; 6],
    /// Report: how many have each status, "done since last time" first.
    pub tally: fn(&[(&str, usize)]) -> String,
    /// Report: what is carried on to the next period.
    pub carried_on: &'static str,
    /// Report: the heading of the notes carried from last time.
    pub notes_heading: &'static str,
    /// Report: the heading of the pain points new since last time.
    pub new_pain: &'static str,
    /// Report: the pain points of last time still on the map.
    pub old_pain: fn(usize) -> String,
    /// Report: an empty list.
    pub none: &'static str,
}

/// English.
pub static REVIEW_EN: ReviewStrings = ReviewStrings {
    heading: |from, done, all| format!("Measures decided last time ({from}) · {done}/{all} with a status"),
    nothing: "Nothing was carried from last time.",
    status: |s| match s {
        None => "no status",
        Some(ReviewStatus::Done) => "done",
        Some(ReviewStatus::InProgress) => "in progress",
        Some(ReviewStatus::Dropped) => "dropped",
        Some(ReviewStatus::CarriedOn) => "carried on",
    },
    overdue: "OVERDUE",
    owner: "owner",
    due: "due",
    note: "note",
    carried_mark: "last time",
    report_title: |from| format!("Since last time ({from})"),
    columns: ["Measure", "Owner", "Effort", "Due", "Status", "Note"],
    tally: |counts| {
        let parts: Vec<String> = counts.iter().map(|(w, n)| format!("{w}: {n}")).collect();
        format!("Since last time: {}", parts.join(" · "))
    },
    carried_on: "Carried on to the next period",
    notes_heading: "Notes from last time on the map",
    new_pain: "Pain points new since last time",
    old_pain: |n| format!("{n} pain point(s) from last time are still on the map."),
    none: "None.",
};

/// Japanese.
pub static REVIEW_JA: ReviewStrings = ReviewStrings {
    heading: |from, done, all| format!("前回（{from}）決めた施策 · 状況記入 {done}/{all}"),
    nothing: "前回から引き継いだものはありません。",
    status: |s| match s {
        None => "未記入",
        Some(ReviewStatus::Done) => "完了",
        Some(ReviewStatus::InProgress) => "進行中",
        Some(ReviewStatus::Dropped) => "中止",
        Some(ReviewStatus::CarriedOn) => "継続",
    },
    overdue: "期限超過",
    owner: "担当",
    due: "期日",
    note: "メモ",
    carried_mark: "前回",
    report_title: |from| format!("前回（{from}）からの変化"),
    columns: ["施策", "担当", "工数", "期日", "状況", "メモ"],
    tally: |counts| {
        let parts: Vec<String> = counts.iter().map(|(w, n)| format!("{w} {n}件")).collect();
        format!("前回から: {}", parts.join("・"))
    },
    carried_on: "次の期間へ引き継ぐもの",
    notes_heading: "マップに残る前回の付箋",
    new_pain: "前回から新たに出たつまづくポイント",
    old_pain: |n| format!("前回のつまづくポイントのうち {n} 件がマップに残っています。"),
    none: "なし。",
};

/// The review texts for `lang`.
pub fn for_lang(lang: Lang) -> &'static ReviewStrings {
    match lang {
        Lang::En => &REVIEW_EN,
        Lang::Ja => &REVIEW_JA,
    }
}
