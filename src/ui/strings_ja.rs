//! The UI's texts in Japanese (日本語), in the words of the workshop
//! method: ペルソナ, フェーズ, つまづくポイント, As-Is / To-Be 施策, 推進者,
//! エンドユーザー. Field order follows [`Strings`].

use super::strings::Strings;
use crate::app::Action;
use crate::app::state::Target;
use crate::domain::Lang;
use crate::domain::checks::Check;
use crate::domain::note::NoteKind;
use crate::ui::strings_replay::REPLAY_JA;

/// Japanese.
pub static JA: Strings = Strings {
    lang: Lang::Ja,
    goal: "ゴール",
    no_goal: "（ゴール未設定：e で入力）",
    done_when: "完了条件",
    output: "成果物",
    step: "ステップ",
    left: "残り",
    over: "超過",
    paused: "一時停止中",
    not_started: "ゴール確認後に開始",
    elapsed: "経過",
    plan: "予定",
    behind: "遅れ",
    ahead: "先行",
    on_plan: "予定どおり",
    too_small: "端末が小さすぎます。80×24 以上に広げてください。",
    help_title: "キー一覧（Esc で閉じる）",
    help_screen: "この画面",
    help_global: "全画面共通",
    help_edit: "入力中",
    key_space: "Space",
    key_enter: "Enter",
    confirmed: "確認済み：タイマーが動いています。",
    not_confirmed: "未確認：ゴールを読み上げてから Enter でタイマーを開始します。",
    not_saved: "保存できませんでした",
    clock_not_started: "タイマーはゴールの確認後に始まります。",
    nothing_to_undo: "元に戻す操作はありません。",
    nothing_to_redo: "やり直す操作はありません。",
    goal_empty: "ゴールが空です：e で入力してください。",
    name_persona_first: "先にペルソナに名前を付けてください（e）。",
    add_group_first: "先にグループを作成してください（n）。",
    no_phases: "フェーズがまだありません：フェーズ定義のステップで作成してください。",
    link_needs_to_be: "つまづくポイントに紐づけるには To-Be の付箋を選んでください。",
    add_voter_first: "先に参加者を追加してください（n）。",
    budget_used: "この対象への投票数を使い切りました",
    open_voting_first: "まだ投票前です：重複を統合してから開始してください（v）。",
    voting_is_open: "投票中のため一覧は変更できません。",
    marked_to_merge: "印をつけました。統合先の施策を選んで M を押してください。",
    close_round_first: "先にラウンドを締め切ってください（c）。",
    round: "ラウンド",
    decide_grid: "決定：解約に効くか × すぐ始められるか",
    due: "期日",
    load_title: "負荷（l）",
    load_measures: "件",
    load_points: "工数pt",
    overloaded: "⚠ 平均の2倍超",
    no_owners: "担当者はまだいません（w）。",
    effort: "工数",
    decide_first: "先に施策を決定してください（i・f・w）。",
    mark_first: "先に施策に印をつけてください（m）。",
    merged_from: "統合",
    not_open_yet: "投票前：m 印 · M 統合 · U 解除 · e 文言 · v 投票開始",
    empty_persona: "（空き：e でペルソナに名前を付ける）",
    quadrants: [
        "推進者・推進力が高い",
        "推進者・推進力が低い",
        "エンドユーザー・情報収集ニーズが高い",
        "エンドユーザー・情報収集ニーズが低い",
    ],
    traits: "特徴",
    challenges: "日々の課題",
    schemes: "フェーズ案",
    phases: "フェーズ",
    chosen: "採用",
    reason: "理由",
    definition: "定義",
    rows: ["つまづくポイント", "As-Is", "To-Be"],
    group: "グループ",
    persona: "ペルソナ",
    members: "メンバー",
    none: "なし",
    gap: "· 空き ·",
    presenting: "発表中",
    shared: "共有済み",
    measures: "施策",
    voters: "投票者",
    voting_for: "投票対象",
    tallies_hidden: "投票受付中：締め切る（c）まで集計は表示しません。",
    ranking: "順位",
    votes: "票",
    owner: "担当",
    decision_words: ["効果あり", "直接の効果なし", "すぐ可能", "難しい"],
    outcomes: ["担当を決めて開始", "担当が進め方を検討", "余力があれば開始", "見送り"],
    min: "分",
    wrap_counts: [
        "人のペルソナ",
        "グループ",
        "件の上位施策が決定済み",
        "件に担当者あり",
        "件のパーキングロット項目",
    ],
    still_needed: "未完了",
    output_met: "成果物がそろいました",
    forced_reason: "件の未完了項目を残して次へ進んだ",
    summary: "完了条件に対する振り返り",
    export: "マップとアクションリストを出力：",
    link_title: "この To-Be が解決するつまづくポイント",
    quit_typing: "入力中のテキストがあります。y：保存して終了 · n：破棄して終了 · Esc：入力を続ける",
    edit_hint: "Enter 保存 · Alt-Enter/Ctrl-J 改行 · Ctrl-W 単語削除 · Esc 取消",
    editing: "編集中",
    other_step: "ステップの指示に従って進めてください。",
    torn_recovered: "セッションファイルの最後の記録が途中で切れていたため、退避しました：",
    field: ja_field,
    action: ja_action,
    replay: &REPLAY_JA,
    exit_criteria: "完了条件",
    check_name: ja_check,
    missing: "不足",
    missing_ask: "Esc：このステップに留まる・先に進む理由を入力して Enter",
    reason_needed: "先に進む理由を入力してください（Esc で留まる）",
    time_up: "時間切れ",
    time_up_reason: "時間切れのため",
    parked_reason: "時間切れのため、不足分をパーキングロットへ",
    nothing_missing: "不足なし：このステップのアウトプットはそろっています。",
    agenda: "アジェンダ",
    agenda_columns: ["ステップ", "予定", "再計画", "実績"],
    ends_on_plan: "予定どおりに終わります。",
    runs_over: "予定より超過：",
    parking_lot: "パーキングロット",
    parking_empty: "まだ何もありません。p で選択中の付箋か新しい項目を置けます。",
    park_outcomes: ["見送り", "施策化", "フォロー："],
    resolve_in_wrap_up: "パーキングロットの項目は「まとめ」ステップで扱います",
    parked: "パーキングロットに置きました",
};

fn ja_check(check: Check) -> &'static str {
    match check {
        Check::GoalConfirmed => "ゴールと完了条件を確認済み",
        Check::PersonasComplete => "すべての象限にペルソナと日々の課題がある",
        Check::SchemeChosen => "フェーズ案を理由とともに選んだ",
        Check::PainPointsPerPhase => "すべてのフェーズにつまづくポイントがある",
        Check::AsIsPerPhase => "すべてのフェーズに As-Is 施策（または「なし」）がある",
        Check::PainPointsAnswered => "施策のないつまづくポイントに To-Be がある",
        Check::AllSharedOut => "全グループが共有した",
        Check::AllVoted => "全員が投票した",
        Check::TopMeasuresDecided => "上位施策の方針と担当が決まった",
    }
}

fn ja_field(t: &Target) -> &'static str {
    match t {
        Target::Goal => "ゴール",
        Target::DoneWhen => "完了条件",
        Target::PersonaName(..) => "ペルソナ名",
        Target::PersonaTraits(_) => "特徴",
        Target::PersonaChallenges(_) => "日々の課題（1 行に 1 つ）",
        Target::NewPhase(..) => "新しいフェーズ",
        Target::PhaseName(..) => "フェーズ名",
        Target::PhaseDefinition(..) => "フェーズの定義",
        Target::NewScheme => "新しいフェーズ案",
        Target::ChoiceReason(_) => "この案を採用する理由",
        Target::NewGroup => "新しいグループ",
        Target::Members(_) => "メンバー（カンマ区切り）",
        Target::NewNote(c) => match c.kind {
            NoteKind::Pain => "新しいつまづくポイント",
            NoteKind::AsIs => "新しい As-Is 施策",
            NoteKind::ToBe => "新しい To-Be 施策",
            NoteKind::Other => "新しい付箋",
        },
        Target::Note(_) => "付箋",
        Target::NewParticipant => "新しい参加者",
        Target::ForceReason(_) => "先に進む理由",
        Target::Park => "パーキングロットへ（@名前 で提起者）",
        Target::FollowUpOwner(_) => "フォローする人",
        Target::Due(_) => "期日（空欄で取り消し）",
    }
}

fn ja_action(a: Action) -> (&'static str, &'static str) {
    use Action as A;
    match a {
        A::Help => ("ヘルプ", "このヘルプを表示／非表示"),
        A::ShowGoal => ("ゴール", "ゴールを全画面で表示"),
        A::NextStep => ("次へ", "次のステップへ進む"),
        A::PrevStep => ("前へ", "前のステップに戻る"),
        A::TogglePause => ("一時停止", "タイマーの一時停止／再開"),
        A::AddTime => ("+5分", "このステップに 5 分追加"),
        A::RemoveTime => ("-5分", "このステップを 5 分短縮"),
        A::Undo => ("元に戻す", "直前の変更を元に戻す"),
        A::Redo => ("やり直し", "元に戻した変更をやり直す"),
        A::Presenter => ("投影表示", "投影表示の切り替え"),
        A::ToggleLang => ("English", "表示を英語に切り替え"),
        A::Quit => ("終了", "現在の位置を保存して終了"),
        A::QuitSave => ("保存して終了", "入力を保存して終了"),
        A::Close => ("閉じる", "画面を閉じる／取り消す"),
        A::Up => ("上", "上を選択"),
        A::Down => ("下", "下を選択"),
        A::Left => ("左", "左を選択"),
        A::Right => ("右", "右を選択"),
        A::NextTab => ("次", "次のグループ・案・投票者"),
        A::PrevTab => ("前", "前のグループ・案・投票者"),
        A::EditGoal => ("ゴール編集", "ゴールを編集"),
        A::EditDoneWhen => ("完了条件", "完了条件を編集"),
        A::ConfirmGoal => ("確認", "確認してタイマー開始"),
        A::EditPersonaName => ("名前", "ペルソナに名前を付ける"),
        A::EditTraits => ("特徴", "特徴を編集"),
        A::EditChallenges => ("課題", "日々の課題を編集"),
        A::DeletePersona => ("削除", "ペルソナを削除"),
        A::AddPhase => ("フェーズ追加", "次にフェーズを追加"),
        A::RenamePhase => ("名前変更", "フェーズ名を変更"),
        A::EditDefinition => ("定義", "フェーズの定義を編集"),
        A::MovePhaseUp => ("上へ移動", "フェーズを前に移動"),
        A::MovePhaseDown => ("下へ移動", "フェーズを後ろに移動"),
        A::DeletePhase => ("削除", "フェーズを削除"),
        A::AddScheme => ("案を追加", "フェーズ案を追加"),
        A::ChooseScheme => ("採用", "この案を採用し理由を書く"),
        A::AddGroup => ("グループ追加", "グループを作成"),
        A::CyclePersona => ("ペルソナ", "次のペルソナを割り当て"),
        A::EditMembers => ("メンバー", "メンバーを編集"),
        A::AddNote => ("追加", "セルに付箋を書く"),
        A::EditNote => ("編集", "付箋を編集（空で削除）"),
        A::DeleteNote => ("削除", "付箋を削除"),
        A::MoveNoteLeft => ("←移動", "付箋を左の列へ移動"),
        A::MoveNoteRight => ("→移動", "付箋を右の列へ移動"),
        A::MoveNoteUp => ("↑移動", "付箋を上の行へ移動"),
        A::MoveNoteDown => ("↓移動", "付箋を下の行へ移動"),
        A::LinkNote => ("紐づけ", "つまづくポイントに紐づけ"),
        A::Toggle => ("切替", "選択中の項目を切り替え"),
        A::StartShareOut => ("発表開始", "このグループの発表を開始"),
        A::AddParticipant => ("参加者", "参加者を追加"),
        A::SwitchAudience => ("対象切替", "投票対象を切り替え"),
        A::ToggleVoting => ("締切/再開", "投票の締め切り／再開"),
        A::SetImpact => ("効果", "解約への効果を切り替え"),
        A::SetFeasibility => ("実現性", "すぐ可能／難しいを切替"),
        A::CycleOwner => ("担当", "次の担当者を割り当て"),
        A::ClearDecision => ("取消", "決定を取り消す"),
        A::MarkMerge => ("印", "統合する施策に印をつける"),
        A::MergeInto => ("統合", "印をつけた施策をこの施策に統合する"),
        A::Unmerge => ("統合解除", "最後に統合した施策を切り離す"),
        A::EditMeasure => ("文言", "施策の文言を編集する（投票開始前のみ）"),
        A::CycleEffort => ("工数", "決定の工数を切り替え（S・M・L・なし）"),
        A::EditDue => ("期日", "決定の期日を入力"),
        A::ShowLoad => ("負荷", "担当者ごとの負荷を表示"),
        A::SecondRound => ("再投票", "各対象の上位施策で次のラウンドを始める"),
        A::OpenVoting => ("投票開始", "投票を開始する（以後一覧は変わらない）"),
        A::EditCommit => ("保存", "テキストを保存"),
        A::EditNewline => ("改行", "改行する"),
        A::DeleteWord => ("単語削除", "カーソル前の単語を削除"),
        A::Yes => ("はい", "はい"),
        A::No => ("いいえ", "いいえ"),
        A::ShowAgenda => ("アジェンダ", "アジェンダ（予定・再計画・実績）を表示"),
        A::Extend5 => ("+5分", "5 分延長（残りのステップから配分）"),
        A::Extend10 => ("+10分", "10 分延長（残りのステップから配分）"),
        A::ParkAndMoveOn => ("保留して次へ", "不足分をパーキングロットに置いて次へ"),
        A::MoveOnAnyway => ("次へ進む", "不足があっても次へ進む"),
        A::Park => ("保留", "選択中の付箋か新しい項目をパーキングロットへ"),
        A::ShowParking => ("パーキングロット", "パーキングロットを表示"),
        A::ParkDrop => ("見送り", "保留項目を見送る（まとめ）"),
        A::ParkMeasure => ("施策化", "保留項目を施策にする（まとめ）"),
        A::ParkFollowUp => ("フォロー", "担当を決めてフォローする（まとめ）"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::keymap;
    use crate::ui::strings::EN;

    /// JA texts allowed to equal EN: key caps and the method's own loanwords.
    const SAME_AS_EN: [&str; 4] = ["Space", "Enter", "As-Is", "To-Be"];

    fn check(what: &str, ja: &str, en: &str) {
        assert!(!ja.trim().is_empty(), "{what}: empty Japanese text");
        assert!(ja != en || SAME_AS_EN.contains(&ja), "{what}: Japanese equals English {en:?}");
    }

    #[test]
    fn every_japanese_text_is_there_and_translated() {
        let pairs = [
            ("goal", JA.goal, EN.goal),
            ("no_goal", JA.no_goal, EN.no_goal),
            ("done_when", JA.done_when, EN.done_when),
            ("output", JA.output, EN.output),
            ("step", JA.step, EN.step),
            ("left", JA.left, EN.left),
            ("over", JA.over, EN.over),
            ("paused", JA.paused, EN.paused),
            ("not_started", JA.not_started, EN.not_started),
            ("elapsed", JA.elapsed, EN.elapsed),
            ("plan", JA.plan, EN.plan),
            ("behind", JA.behind, EN.behind),
            ("ahead", JA.ahead, EN.ahead),
            ("on_plan", JA.on_plan, EN.on_plan),
            ("too_small", JA.too_small, EN.too_small),
            ("help_title", JA.help_title, EN.help_title),
            ("help_screen", JA.help_screen, EN.help_screen),
            ("help_global", JA.help_global, EN.help_global),
            ("help_edit", JA.help_edit, EN.help_edit),
            ("key_space", JA.key_space, EN.key_space),
            ("key_enter", JA.key_enter, EN.key_enter),
            ("confirmed", JA.confirmed, EN.confirmed),
            ("not_confirmed", JA.not_confirmed, EN.not_confirmed),
            ("not_saved", JA.not_saved, EN.not_saved),
            ("clock_not_started", JA.clock_not_started, EN.clock_not_started),
            ("nothing_to_undo", JA.nothing_to_undo, EN.nothing_to_undo),
            ("nothing_to_redo", JA.nothing_to_redo, EN.nothing_to_redo),
            ("goal_empty", JA.goal_empty, EN.goal_empty),
            ("name_persona_first", JA.name_persona_first, EN.name_persona_first),
            ("add_group_first", JA.add_group_first, EN.add_group_first),
            ("no_phases", JA.no_phases, EN.no_phases),
            ("link_needs_to_be", JA.link_needs_to_be, EN.link_needs_to_be),
            ("add_voter_first", JA.add_voter_first, EN.add_voter_first),
            ("budget_used", JA.budget_used, EN.budget_used),
            ("open_voting_first", JA.open_voting_first, EN.open_voting_first),
            ("voting_is_open", JA.voting_is_open, EN.voting_is_open),
            ("marked_to_merge", JA.marked_to_merge, EN.marked_to_merge),
            ("mark_first", JA.mark_first, EN.mark_first),
            ("decide_first", JA.decide_first, EN.decide_first),
            ("decide_grid", JA.decide_grid, EN.decide_grid),
            ("due", JA.due, EN.due),
            ("load_title", JA.load_title, EN.load_title),
            ("load_measures", JA.load_measures, EN.load_measures),
            ("load_points", JA.load_points, EN.load_points),
            ("overloaded", JA.overloaded, EN.overloaded),
            ("no_owners", JA.no_owners, EN.no_owners),
            ("effort", JA.effort, EN.effort),
            ("close_round_first", JA.close_round_first, EN.close_round_first),
            ("round", JA.round, EN.round),
            ("merged_from", JA.merged_from, EN.merged_from),
            ("not_open_yet", JA.not_open_yet, EN.not_open_yet),
            ("empty_persona", JA.empty_persona, EN.empty_persona),
            ("traits", JA.traits, EN.traits),
            ("challenges", JA.challenges, EN.challenges),
            ("schemes", JA.schemes, EN.schemes),
            ("phases", JA.phases, EN.phases),
            ("chosen", JA.chosen, EN.chosen),
            ("reason", JA.reason, EN.reason),
            ("definition", JA.definition, EN.definition),
            ("group", JA.group, EN.group),
            ("persona", JA.persona, EN.persona),
            ("members", JA.members, EN.members),
            ("none", JA.none, EN.none),
            ("gap", JA.gap, EN.gap),
            ("presenting", JA.presenting, EN.presenting),
            ("shared", JA.shared, EN.shared),
            ("measures", JA.measures, EN.measures),
            ("voters", JA.voters, EN.voters),
            ("voting_for", JA.voting_for, EN.voting_for),
            ("tallies_hidden", JA.tallies_hidden, EN.tallies_hidden),
            ("ranking", JA.ranking, EN.ranking),
            ("votes", JA.votes, EN.votes),
            ("owner", JA.owner, EN.owner),
            ("min", JA.min, EN.min),
            ("still_needed", JA.still_needed, EN.still_needed),
            ("output_met", JA.output_met, EN.output_met),
            ("forced_reason", JA.forced_reason, EN.forced_reason),
            ("summary", JA.summary, EN.summary),
            ("export", JA.export, EN.export),
            ("link_title", JA.link_title, EN.link_title),
            ("quit_typing", JA.quit_typing, EN.quit_typing),
            ("edit_hint", JA.edit_hint, EN.edit_hint),
            ("editing", JA.editing, EN.editing),
            ("other_step", JA.other_step, EN.other_step),
            ("torn_recovered", JA.torn_recovered, EN.torn_recovered),
        ];
        for (what, ja, en) in pairs {
            check(what, ja, en);
        }
        let arrays: [(&str, &[&str], &[&str]); 5] = [
            ("quadrants", &JA.quadrants, &EN.quadrants),
            ("rows", &JA.rows, &EN.rows),
            ("decision_words", &JA.decision_words, &EN.decision_words),
            ("outcomes", &JA.outcomes, &EN.outcomes),
            ("wrap_counts", &JA.wrap_counts, &EN.wrap_counts),
        ];
        for (what, ja, en) in arrays {
            for (i, (j, e)) in ja.iter().zip(en.iter()).enumerate() {
                check(&format!("{what}[{i}]"), j, e);
            }
        }
        assert_eq!(JA.lang, Lang::Ja);
    }

    #[test]
    fn every_bound_action_and_field_has_japanese() {
        use crate::app::state::{Mode, Screen};
        let mut modes: Vec<Mode> = [
            Screen::Goal,
            Screen::Personas,
            Screen::Phases,
            Screen::Discussion,
            Screen::ShareOut,
            Screen::Vote,
            Screen::WrapUp,
        ]
        .map(Mode::Screen)
        .to_vec();
        modes.extend([Mode::Edit, Mode::Help, Mode::GoalView, Mode::Link, Mode::Confirm, Mode::Presenter]);
        let global = keymap::GLOBAL.iter();
        for (_, a) in modes.into_iter().flat_map(keymap::bindings).chain(global) {
            let (ja, en) = ((JA.action)(*a), (EN.action)(*a));
            check(&format!("{a:?} short"), ja.0, en.0);
            check(&format!("{a:?} long"), ja.1, en.1);
        }
        for t in [Target::Goal, Target::DoneWhen, Target::NewScheme, Target::NewGroup, Target::NewParticipant]
        {
            check(&format!("{t:?}"), (JA.field)(&t), (EN.field)(&t));
        }
    }
}
