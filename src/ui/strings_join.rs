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
        Refusal::Unreadable => "the line could not be read",
        Refusal::OutOfOrder => "it was sent before",
    },
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
        Refusal::Unreadable => "読み取れない行です",
        Refusal::OutOfOrder => "すでに送られたものです",
    },
};
