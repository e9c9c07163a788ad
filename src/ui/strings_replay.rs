//! The replay viewer's texts, in English and Japanese.

use crate::replay::player::ReplayAction;

/// The replay viewer's texts.
#[derive(Debug)]
pub struct ReplayStrings {
    /// Shown while playing.
    pub playing: &'static str,
    /// Shown while paused.
    pub paused: &'static str,
    /// Before the event count.
    pub event: &'static str,
    /// After the number of shortened idle stretches.
    pub skipped: &'static str,
    /// The file's last record was cut off.
    pub torn: &'static str,
    /// What the bar's characters mean.
    pub legend: &'static str,
    /// Title of the keys overlay.
    pub help_title: &'static str,
    /// Footer names of the key pairs: events, steps, speed.
    pub pairs: [&'static str; 3],
    /// Short and long description of a replay action.
    pub action: fn(ReplayAction) -> (&'static str, &'static str),
}

/// English replay texts.
pub static REPLAY_EN: ReplayStrings = ReplayStrings {
    playing: "▶ playing",
    paused: "‖ paused",
    event: "event",
    skipped: "skipped",
    torn: "last record cut off: replaying the complete part",
    legend: "| step ! over R refocus F forced ~ idle",
    help_title: "Replay keys (Esc closes) · read-only",
    pairs: ["event", "step", "speed"],
    action: en_replay_action,
};

fn en_replay_action(a: ReplayAction) -> (&'static str, &'static str) {
    use ReplayAction as R;
    match a {
        R::TogglePlay => ("play/pause", "pause or play"),
        R::NextEvent => ("next", "next event"),
        R::PrevEvent => ("prev", "previous event"),
        R::NextStep => ("next step", "next step boundary"),
        R::PrevStep => ("prev step", "previous step boundary"),
        R::Faster => ("faster", "faster"),
        R::Slower => ("slower", "slower"),
        R::Home => ("start", "to the start"),
        R::End => ("end", "to the end"),
        R::Goal => ("goal", "the goal full screen"),
        R::Help => ("help", "show or hide these keys"),
        R::Close => ("close", "close the overlay"),
        R::Quit => ("quit", "quit the replay"),
    }
}

/// Japanese replay texts.
pub static REPLAY_JA: ReplayStrings = ReplayStrings {
    playing: "▶ 再生中",
    paused: "‖ 一時停止",
    event: "イベント",
    skipped: "省略",
    torn: "最後の記録が途中で切れています：完全な部分を再生します",
    legend: "| ステップ ! 超過 R 再確認 F 強制移動 ~ 空白",
    help_title: "再生のキー（Esc で閉じる）・読み取り専用",
    pairs: ["イベント", "ステップ", "速度"],
    action: ja_replay_action,
};

fn ja_replay_action(a: ReplayAction) -> (&'static str, &'static str) {
    use ReplayAction as R;
    match a {
        R::TogglePlay => ("再生/停止", "一時停止または再生"),
        R::NextEvent => ("次", "次のイベント"),
        R::PrevEvent => ("前", "前のイベント"),
        R::NextStep => ("次のステップ", "次のステップの境目へ"),
        R::PrevStep => ("前のステップ", "前のステップの境目へ"),
        R::Faster => ("速く", "再生を速く"),
        R::Slower => ("遅く", "再生を遅く"),
        R::Home => ("最初", "最初へ"),
        R::End => ("最後", "最後へ"),
        R::Goal => ("ゴール", "ゴールを全画面で表示"),
        R::Help => ("ヘルプ", "このキー一覧の表示・非表示"),
        R::Close => ("閉じる", "オーバーレイを閉じる"),
        R::Quit => ("終了", "再生を終了"),
    }
}
