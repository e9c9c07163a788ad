//! The texts of `cjm join`: the participant's status line, the
//! facilitator's notices of who joined, and the reasons a proposal is
//! refused, in English and Japanese.

use crate::domain::Lang;
use crate::domain::proposal::Refusal;

/// The join texts in one language.
#[derive(Debug)]
pub struct JoinStrings {
    /// Facilitator: a participant joined a group ("佐藤 joined Group B").
    pub joined: fn(&str, &str) -> String,
    /// Facilitator: who is connected now, per group ("Group A: 佐藤, Lee").
    pub connected: fn(&str) -> String,
    /// Facilitator: an outbox that is not read (another session's, not
    /// a cjm outbox, a link, too long a line); its path.
    pub outbox_ignored: fn(&str) -> String,
    /// Participant: who and where ("佐藤 · Group B").
    pub me: fn(&str, &str) -> String,
    /// Participant: not in a group yet (the facilitator's app is closed,
    /// or `--group` was not given).
    pub no_group_yet: &'static str,
    /// Participant: a note sent, not in the session yet.
    pub sending: fn(&str) -> String,
    /// Participant: the session holds it.
    pub saved: fn(&str) -> String,
    /// Participant: refused, with the reason.
    pub refused: fn(&str, &str) -> String,
    /// Participant: a key that only the facilitator's screen does.
    pub facilitator_only: &'static str,
    /// Participant: the outbox could not be written.
    pub not_sent: fn(&str) -> String,
    /// Why a proposal was refused.
    pub refusal: fn(Refusal) -> &'static str,
    /// Participant: the ballot's title ("Your ballot · 佐藤").
    pub ballot: fn(&str) -> String,
    /// Participant: the picks pane's title.
    pub your_picks: &'static str,
    /// Participant: an audience with no pick yet.
    pub no_pick: &'static str,
    /// Participant: nobody sees the picks until the round closes.
    pub secret: &'static str,
    /// Participant: a ballot sent for an audience ("picks for promoters").
    pub picks_for: fn(&str) -> String,
    /// Facilitator: a voter on their own terminal, whose picks are not shown.
    pub own_terminal: fn(&str) -> String,
    /// Facilitator and room: picks left ("4 left").
    pub left: fn(u32) -> String,
    /// Facilitator and room: a voter whose `cjm join` is not connected.
    pub not_joined: &'static str,
    /// Facilitator and room: a voter whose `cjm join` is connected.
    pub joined_now: &'static str,
}

/// The texts in `lang`.
pub fn for_lang(lang: Lang) -> &'static JoinStrings {
    match lang {
        Lang::En => &JOIN_EN,
        Lang::Ja => &JOIN_JA,
    }
}

/// English.
pub static JOIN_EN: JoinStrings = JoinStrings {
    joined: |name, group| format!("{name} joined {group}"),
    connected: |who| format!("Connected: {who}"),
    outbox_ignored: |path| format!("Outbox not read: {path} (not this session's, or not a cjm outbox)"),
    me: |name, group| format!("{name} · {group}"),
    no_group_yet: "waiting to be put into a group (cjm join --group G, with the facilitator's cjm open)",
    sending: |text| format!("Sending “{text}”…"),
    saved: |text| format!("Saved “{text}”"),
    refused: |text, why| format!("Not taken: “{text}”: {why}"),
    facilitator_only: "Only the facilitator's screen does that",
    not_sent: |why| format!("Not sent: {why}"),
    refusal: |r| match r {
        Refusal::NotDiscussion => "notes are written during the discussion only",
        Refusal::NoGroup => "you are in no group",
        Refusal::OtherGroup => "that note is another group's",
        Refusal::NoSuchNote => "that note no longer exists",
        Refusal::NoSuchPhase => "that column is not on the board",
        Refusal::EmptyText => "the note is empty",
        Refusal::TooLong => "the note is too long",
        Refusal::ControlCharacter => "the note holds a control character",
        Refusal::NotLinkable => "only a To-Be is linked, and only to pain points",
        Refusal::VotingOpen => "voting has opened: the measures are fixed",
        Refusal::VotingNotOpen => "voting has not opened yet",
        Refusal::VotingClosed => "voting is closed",
        Refusal::OverBudget => "over the budget: take a pick back first",
        Refusal::AlreadyPicked => "that measure is picked already",
        Refusal::NotOnBallot => "that measure is not on this round's list",
        Refusal::NoSuchAudience => "there is no such audience",
        Refusal::NotAVoter => "you are not a voter in this session",
        Refusal::Unreadable => "the line could not be read",
        Refusal::OutOfOrder => "it was sent before",
    },
    ballot: |name| format!("Your ballot · {name}"),
    your_picks: "Your picks",
    no_pick: "(none yet)",
    secret: "nobody sees your picks, or any total, until the round closes",
    picks_for: |aud| format!("your picks for {aud}"),
    own_terminal: |name| {
        format!("{name} votes on their own terminal: their picks stay hidden until the round closes")
    },
    left: |n| format!("{n} left"),
    not_joined: "not joined",
    joined_now: "joined",
};

/// Japanese.
pub static JOIN_JA: JoinStrings = JoinStrings {
    joined: |name, group| format!("{name}さんが{group}に参加しました"),
    connected: |who| format!("接続中：{who}"),
    outbox_ignored: |path| {
        format!("読み込まない送信箱：{path}（このセッションのものでないか、cjm の送信箱ではありません）")
    },
    me: |name, group| format!("{name}・{group}"),
    no_group_yet: "グループへの参加を待っています（cjm join --group G で、ファシリテーターの cjm が開いているとき）",
    sending: |text| format!("送信中「{text}」…"),
    saved: |text| format!("保存しました「{text}」"),
    refused: |text, why| format!("受け付けられませんでした「{text}」：{why}"),
    facilitator_only: "それはファシリテーターの画面だけでできます",
    not_sent: |why| format!("送信できませんでした：{why}"),
    refusal: |r| match r {
        Refusal::NotDiscussion => "付箋はディスカッション中にだけ書けます",
        Refusal::NoGroup => "どのグループにも入っていません",
        Refusal::OtherGroup => "ほかのグループの付箋です",
        Refusal::NoSuchNote => "その付箋はもうありません",
        Refusal::NoSuchPhase => "その列はボードにありません",
        Refusal::EmptyText => "付箋が空です",
        Refusal::TooLong => "付箋が長すぎます",
        Refusal::ControlCharacter => "付箋に制御文字が含まれています",
        Refusal::NotLinkable => "つなげるのは To-Be からつまづくポイントへだけです",
        Refusal::VotingOpen => "投票が始まっているため、施策は変えられません",
        Refusal::VotingNotOpen => "投票はまだ始まっていません",
        Refusal::VotingClosed => "投票は締め切られました",
        Refusal::OverBudget => "持ち票を超えています。先にどれかを取り消してください",
        Refusal::AlreadyPicked => "その施策はもう選んでいます",
        Refusal::NotOnBallot => "その施策はこの回の候補にありません",
        Refusal::NoSuchAudience => "その対象はありません",
        Refusal::NotAVoter => "このセッションの投票者ではありません",
        Refusal::Unreadable => "読み取れない行です",
        Refusal::OutOfOrder => "すでに送られたものです",
    },
    ballot: |name| format!("あなたの投票・{name}"),
    your_picks: "あなたの選択",
    no_pick: "（まだありません）",
    secret: "締め切るまで、あなたの選択も集計も誰にも見えません",
    picks_for: |aud| format!("{aud}への選択"),
    own_terminal: |name| format!("{name}さんは自分の端末で投票しています。締め切るまで選択は表示しません"),
    left: |n| format!("残り{n}"),
    not_joined: "未参加",
    joined_now: "参加中",
};
