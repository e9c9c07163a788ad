//! The sample workshop's script: who was there, what each group wrote,
//! how they voted and what they decided. Data only; [`super`] plays it
//! through the real event API.

use crate::domain::decision::{Effort, Feasibility, Impact};
use crate::domain::note::NoteKind;

pub(super) const PEOPLE: [&str; 10] = [
    "佐藤 美咲 (CS)",
    "鈴木 健太 (CS)",
    "高橋 由美 (CS)",
    "田中 翔 (CS)",
    "伊藤 さくら (CS)",
    "渡辺 大輔 (CS)",
    "山本 恵 (CS lead)",
    "中村 拓也 (PdM)",
    "Emily Clark (PdM)",
    "Raj Patel (UX research)",
];

pub(super) struct PersonaPlan {
    pub(super) name: &'static str,
    pub(super) traits: &'static str,
    pub(super) challenges: &'static [&'static str],
}

pub(super) const PERSONAS: [PersonaPlan; 4] = [
    PersonaPlan {
        name: "推進力の高いリーダー / Leader with high drive",
        traits: "営業企画部の部長。導入を自ら決めた。KPIに強くこだわる / Head of sales planning; chose the tool \
                 himself; KPI-driven",
        challenges: &[
            "現場に定着させる時間がない / No time to drive adoption on the floor",
            "経営層への効果報告を求められる / Must report ROI to executives",
            "Wants to roll out to other departments fast",
        ],
    },
    PersonaPlan {
        name: "推進力の低いリーダー / Leader with low drive",
        traits: "前任者から担当を引き継いだ課長。導入目的をよく知らない / Inherited the project; unsure why it was \
                 bought",
        challenges: &[
            "本業が忙しく、ツールは後回し / The day job comes first",
            "社内で誰に聞けばいいかわからない / Does not know whom to ask",
            "Has to decide the renewal but lacks data",
        ],
    },
    PersonaPlan {
        name: "情報収集意欲の高いエンドユーザー / End user, high information need",
        traits: "インサイドセールス担当。ヘルプやウェビナーを自分で探す / Inside sales; reads docs and joins webinars",
        challenges: &[
            "Advanced features are hard to find",
            "ヘルプ記事の画面が古い / Help articles show old screens",
            "チームにコツを共有したい / Wants to share tips with teammates",
        ],
    },
    PersonaPlan {
        name: "情報収集意欲の低いエンドユーザー / End user, low information need",
        traits: "現場の営業担当。言われたことだけやる / Field sales; uses only what they are told",
        challenges: &[
            "Excelと二重管理になっている / Keeps Excel alongside, enters everything twice",
            "Does not read emails from the vendor",
            "使い方を聞ける人がいない / Nobody nearby to ask",
        ],
    },
];

/// Per group: its member indices into [`PEOPLE`], and its notes, numbered
/// 1.. in order: (kind, phase index, text, numbers of the pains it answers).
pub(super) struct GroupPlan {
    pub(super) name: &'static str,
    pub(super) members: &'static [usize],
    pub(super) notes: &'static [(NoteKind, usize, &'static str, &'static [usize])],
}

use NoteKind::{AsIs, Pain, ToBe};

pub(super) const GROUPS: [GroupPlan; 4] = [
    GroupPlan {
        name: "Group A",
        members: &[0, 7, 4],
        notes: &[
            (
                Pain,
                0,
                "初期設定の項目が多く、キックオフ後2週間で止まる / Setup has too many fields; stalls two weeks after kickoff",
                &[],
            ),
            (Pain, 0, "Cannot show ROI to executives in the first month", &[]),
            (Pain, 1, "現場メンバーのログイン率が上がらない / Team login rate stays low", &[]),
            (Pain, 1, "ダッシュボードをExcelに作り直している / Rebuilds the dashboards in Excel", &[]),
            (Pain, 2, "Other departments want it, but the contract process is heavy", &[]),
            (AsIs, 0, "キックオフMTG + 初期設定代行 / Kickoff meeting, setup done for them", &[]),
            (AsIs, 1, "月次定例でKPIレビュー / Monthly KPI review meeting", &[]),
            (AsIs, 1, "Usage report emailed every month", &[]),
            (AsIs, 2, "アップセル提案資料の送付 / Send the upsell deck", &[]),
            (ToBe, 0, "30日ROIレポートのテンプレート / 30-day ROI report template for executives", &[2]),
            (ToBe, 0, "初期設定を3ステップに絞ったクイックスタート / Quick start with 3 setup steps", &[1]),
            (
                ToBe,
                1,
                "ログイン率が下がったらリーダーに自動アラート / Alert the leader when the team's login rate drops",
                &[3],
            ),
            (ToBe, 1, "Dashboard templates per role, so nobody needs Excel", &[4]),
            (ToBe, 2, "部署追加の簡易申込フロー / Simple add-a-department order flow", &[5]),
        ],
    },
    GroupPlan {
        name: "Group B",
        members: &[1, 5, 8],
        notes: &[
            (
                Pain,
                0,
                "導入目的が社内で共有されていない / The purpose of the tool is not shared internally",
                &[],
            ),
            (Pain, 0, "担当者が兼務で、設定に時間を割けない / Part-time owner, no time for setup", &[]),
            (Pain, 1, "Does not know who uses it, or how much", &[]),
            (Pain, 1, "問い合わせ先がわからず放置 / Does not know whom to ask, so issues sit", &[]),
            (Pain, 2, "更新判断の材料がない / No data for the renewal decision", &[]),
            (AsIs, 0, "Kickoff meeting (the same for every customer)", &[]),
            (AsIs, 1, "ヘルプセンターの案内メール / Email pointing to the help center", &[]),
            (AsIs, 1, "四半期ごとのビジネスレビュー(QBR) / Quarterly business review", &[]),
            (AsIs, 2, "更新3か月前の連絡 / Call 3 months before renewal", &[]),
            (
                ToBe,
                0,
                "導入目的シートをキックオフで一緒に作る / Co-write a \"why we bought it\" sheet at kickoff",
                &[1],
            ),
            (ToBe, 0, "設定代行パック / Done-for-you setup pack", &[2]),
            (
                ToBe,
                1,
                "利用状況サマリーを毎月リーダーへ自動送付 / Monthly usage summary sent to the leader",
                &[3, 5],
            ),
            (ToBe, 1, "専任CSMのチャット窓口 / Chat channel with the assigned CSM", &[4]),
            (ToBe, 2, "Renewal pack: the value delivered this year, on one page", &[5]),
            (ToBe, 1, "Send more emails", &[]),
        ],
    },
    GroupPlan {
        name: "Group C",
        members: &[2, 9],
        notes: &[
            (Pain, 0, "ヘルプ記事のスクリーンショットが古い / Help articles show old screens", &[]),
            (Pain, 0, "Cannot find the advanced features (filters, automation)", &[]),
            (Pain, 1, "Tips stay personal; no way to share them with teammates", &[]),
            (Pain, 1, "ウェビナーの時間が業務時間と合わない / Webinars clash with working hours", &[]),
            (Pain, 2, "API・連携の情報が散らばっている / API and integration info is scattered", &[]),
            (AsIs, 0, "Help center", &[]),
            (AsIs, 1, "月1回の活用ウェビナー / Monthly how-to webinar", &[]),
            (AsIs, 1, "ユーザーコミュニティ(Slack) / User community on Slack", &[]),
            (AsIs, 2, "Integration docs on the developer site", &[]),
            (ToBe, 0, "リリースごとにヘルプ記事を見直す / Review help articles at every release", &[1]),
            (ToBe, 0, "In-app guided tours for the advanced features", &[2]),
            (ToBe, 1, "ウェビナー録画を5分動画に分割 / Webinar recordings cut into 5-minute videos", &[4]),
            (ToBe, 1, "Power-user program: share tips, get early access", &[3]),
            (ToBe, 2, "連携レシピ集 / Integration recipe book", &[5]),
        ],
    },
    GroupPlan {
        name: "Group D",
        members: &[3, 6],
        notes: &[
            (Pain, 0, "Excelとの二重入力が面倒 / Entering everything twice, here and in Excel", &[]),
            (Pain, 0, "ログイン方法を忘れる / Forgets how to log in", &[]),
            (Pain, 1, "ベンダーからのメールを読まない / Ignores emails from the vendor", &[]),
            (Pain, 1, "Uses 1 of 10 features and does not see the point", &[]),
            (Pain, 2, "Never hears about new features", &[]),
            (AsIs, 0, "Initial training session (1 hour)", &[]),
            (AsIs, 0, "CSVインポート機能 / CSV import", &[]),
            (AsIs, 1, "メールマガジン / Newsletter", &[]),
            (AsIs, 2, "Release notes page", &[]),
            (
                ToBe,
                0,
                "SSOの案内とログインURLのブックマーク配布 / SSO guide and a login bookmark for everyone",
                &[2],
            ),
            (
                ToBe,
                0,
                "Excel取り込みテンプレートと定期インポート / Excel template and scheduled import",
                &[1],
            ),
            (ToBe, 1, "アプリ内のお知らせで週1機能ずつ紹介 / In-app tips, one feature a week", &[3, 4]),
            (
                ToBe,
                1,
                "リーダー経由で現場に届く1枚資料 / One-pager for the floor, sent through the leader",
                &[3],
            ),
            (ToBe, 2, "New-feature digest inside the app, not by email", &[5]),
        ],
    },
];

/// First drafts, later edited to the planned text: (group, note number, draft).
pub(super) const DRAFTS: [(usize, usize, &str); 3] =
    [(0, 11, "初期設定を減らす"), (1, 8, "QBR"), (2, 11, "tours?")];

/// A note first put in another phase, later moved: (group, number, phase index).
pub(super) const MOVED: (usize, usize, usize) = (0, 8, 0);

/// A note deleted as a duplicate: (group, number).
pub(super) const DELETED: (usize, usize) = (1, 15);

/// Two kickoff meetings that say the same: (group, number) kept, then
/// (group, number) merged into it. Neither is on a ballot or decided.
pub(super) const KICKOFF: ((usize, usize), (usize, usize)) = ((0, 6), (1, 6));

/// Ballots per voter: picks for promoters, then for end users, as
/// (group, note number).
pub(super) const BALLOTS: [[[(usize, usize); 3]; 2]; 10] = [
    [[(0, 12), (1, 12), (0, 10)], [(3, 12), (2, 11), (3, 11)]],
    [[(0, 12), (1, 12), (0, 11)], [(3, 12), (3, 11), (2, 12)]],
    [[(1, 12), (0, 10), (1, 10)], [(2, 11), (3, 12), (3, 10)]],
    [[(0, 12), (1, 12), (1, 14)], [(3, 11), (3, 12), (2, 14)]],
    [[(0, 12), (0, 10), (1, 13)], [(3, 12), (2, 11), (2, 8)]],
    [[(1, 12), (0, 11), (0, 7)], [(3, 11), (2, 12), (3, 12)]],
    [[(0, 12), (1, 10), (0, 10)], [(2, 11), (3, 10), (3, 12)]],
    [[(1, 12), (0, 12), (0, 13)], [(3, 12), (2, 11), (3, 14)]],
    [[(0, 10), (1, 14), (0, 14)], [(2, 13), (3, 11), (2, 11)]],
    [[(0, 12), (1, 12), (1, 10)], [(3, 12), (3, 11), (2, 10)]],
];

/// Decisions, top of the ranking first: (group, note number, impact,
/// feasibility, owner index into [`PEOPLE`], effort, due).
pub(super) type DecisionPlan =
    (usize, usize, Impact, Feasibility, Option<usize>, Option<Effort>, Option<&'static str>);

pub(super) const DECISIONS: [DecisionPlan; 11] = [
    (3, 12, Impact::Effective, Feasibility::Hard, Some(8), Some(Effort::L), Some("2027-02-26")),
    (0, 12, Impact::Effective, Feasibility::Hard, Some(7), Some(Effort::L), Some("2027-01-29")),
    (1, 12, Impact::Effective, Feasibility::Now, Some(1), Some(Effort::M), Some("2026-12-15")),
    (2, 11, Impact::Indirect, Feasibility::Hard, None, Some(Effort::L), None),
    (3, 11, Impact::Effective, Feasibility::Now, Some(3), Some(Effort::S), Some("2026-12-04")),
    (0, 10, Impact::Effective, Feasibility::Now, Some(0), Some(Effort::M), Some("2026-12-18")),
    (1, 10, Impact::Indirect, Feasibility::Now, Some(5), Some(Effort::S), Some("2027-01-15")),
    (0, 11, Impact::Effective, Feasibility::Now, Some(4), Some(Effort::M), Some("2027-01-08")),
    (2, 12, Impact::Indirect, Feasibility::Now, Some(2), Some(Effort::S), Some("2027-01-22")),
    (1, 14, Impact::Indirect, Feasibility::Now, None, Some(Effort::S), None),
    (3, 10, Impact::Indirect, Feasibility::Now, Some(6), Some(Effort::S), Some("2026-12-25")),
];
