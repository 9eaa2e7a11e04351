//! The demo company: 株式会社ミナト精工 (Minato Seiko Co., Ltd.), a fictional 25-person precision
//! parts maker in Ōta-ku that supplies a larger automotive manufacturer, with some progress in
//! every part of Mamori.
//!
//! The data is a pure function of `today`: fixed ids and dates counted from `today`, so a reset
//! gives the same state every time, and "overdue" always means the same items.

use std::collections::BTreeMap;

use time::{Date, Duration};
use uuid::Uuid;

use crate::actions::{ActionInput, ActionItem, ActionSource, ActionStatus, Effort};
use crate::answers::{MaturityAnswer, MaturityRecord, SelfCheckAnswer, SelfCheckRecord};
use crate::bundle::{OrgData, RoundData, insert_org_data};
use crate::documents::{Document, DocumentKind};
use crate::events::EventAction;
use crate::orgs::{EmployeeBand, Organization};
use crate::partners::{Partner, PartnerInput, PartnerRelation, SecurityActionLevel, YesNoUnknown};
use crate::progress::{StepInput, StepProgress, StepStatus};
use crate::rounds::Round;
use crate::values::Timestamp;
use crate::{Result, Store};

/// The demo company's id (the same in every installation, so a reset replaces it).
pub const DEMO_ORG_ID: Uuid = demo_id(1);

/// Demo ids: `6d616d6f-7269-4000-8000-0000000000NN` ("mamori" in hex, then a number).
const fn demo_id(n: u128) -> Uuid {
    Uuid::from_u128(0x6d61_6d6f_7269_4000_8000_0000_0000_0000 | n)
}

const PRESIDENT: &str = "港 社長";
const ADMIN: &str = "総務 佐藤さん";
const IT_VENDOR: &str = "㈱サンプルITサポート";

/// The demo company's data for `today`.
pub fn demo_org_data(today: Date) -> OrgData {
    let day = |offset: i64| today.saturating_add(Duration::days(offset));
    // 09:30 JST is 00:30 UTC.
    let at = |offset: i64| Timestamp::at(day(offset), 0, 30);
    let org_id = DEMO_ORG_ID;
    let versions = BTreeMap::from([
        ("ipa-sme".to_owned(), "3.1".to_owned()),
        ("mamori-maturity".to_owned(), "1.0".to_owned()),
        ("meti-csm".to_owned(), "3.0".to_owned()),
    ]);

    let organization = Organization {
        id: org_id,
        name: "株式会社ミナト精工".into(),
        name_reading: Some("みなとせいこう".into()),
        industry: Some("精密部品製造（自動車部品）".into()),
        employee_band: Some(EmployeeBand::From21To50),
        contact_person: Some(ADMIN.into()),
        notes: Some(
            "東京都大田区の精密部品メーカー（従業員25名）。大手自動車メーカーに部品を納める。\
             取引先からセキュリティ対策の状況を聞かれたのをきっかけに取り組みを始めた。\
             ※練習用の架空の会社です。"
                .into(),
        ),
        archived_at: None,
        created_at: at(-400),
        updated_at: at(-45),
    };

    // Last year's round: the first self-check, everything answered, mostly not yet in place.
    let last_year = Round {
        id: demo_id(11),
        org_id,
        framework_version: "meti-csm@3.0".into(),
        content_versions: versions.clone(),
        started_at: at(-380),
        closed_at: Some(at(-330)),
    };
    use SelfCheckAnswer::{Done, DontKnow, NotDone, Partly};
    let first_answers = [
        Partly, Done, NotDone, NotDone, NotDone, Partly, Partly, NotDone, Done, Partly, NotDone,
        Partly, NotDone, Partly, Done, NotDone, Done, Partly, NotDone, NotDone, NotDone, NotDone,
        DontKnow, NotDone, NotDone,
    ];
    let last_year_data = RoundData {
        selfcheck: (1..)
            .zip(first_answers)
            .map(|(question, answer)| SelfCheckRecord {
                question,
                answer,
                note: None,
                updated_at: at(-375),
            })
            .collect(),
        maturity: [
            ("d1-q1", MaturityAnswer::NotStarted),
            ("d1-q2", MaturityAnswer::NotStarted),
            ("d5-q1", MaturityAnswer::Partly),
        ]
        .into_iter()
        .map(|(q, a)| maturity(q, a, None, at(-370)))
        .collect(),
        steps: vec![StepProgress {
            step_id: "csm/d1/s1".into(),
            input: StepInput {
                owner: Some(PRESIDENT.into()),
                note: Some("方針の案を作りかけたまま年度末になった".into()),
                ..StepInput::status(StepStatus::Doing)
            },
            updated_at: at(-340),
        }],
        round: last_year,
    };

    // This year's round: under way.
    let current = Round {
        id: demo_id(12),
        org_id,
        framework_version: "meti-csm@3.0".into(),
        content_versions: versions,
        started_at: at(-45),
        closed_at: None,
    };
    let sc = |question, answer, note: Option<&str>, offset| SelfCheckRecord {
        question,
        answer,
        note: note.map(str::to_owned),
        updated_at: at(offset),
    };
    let mut selfcheck = vec![
        sc(
            1,
            Partly,
            Some("事務所のPCは自動更新。工場のNC機につないだPC 2台は更新していない"),
            -40,
        ),
        sc(
            2,
            Done,
            Some("全PCにウイルス対策ソフト（定義ファイルは自動更新）"),
            -40,
        ),
        sc(
            3,
            Partly,
            Some("社長と総務は長いパスワード。工場の共用PCは共通のパスワード"),
            -40,
        ),
        sc(
            4,
            NotDone,
            Some("図面フォルダーは全員が読み書きできる"),
            -40,
        ),
        sc(
            5,
            DontKnow,
            Some("新しい手口の情報をどこで得ているか、社内で確認中"),
            -39,
        ),
        sc(6, Done, None, -39),
        sc(7, Partly, Some("FAXの宛先確認は口頭のみ"), -39),
        sc(
            8,
            NotDone,
            Some("図面をそのままメールに添付して送っている"),
            -39,
        ),
        sc(9, Done, Some("無線LANはITサポート会社が設定（WPA2）"), -38),
        sc(10, Partly, None, -38),
        sc(
            11,
            NotDone,
            Some("図面サーバーのバックアップがない。取引先から指摘あり"),
            -38,
        ),
        sc(12, Partly, None, -38),
        sc(
            13,
            DontKnow,
            Some("営業が持ち出すノートPCの扱いを把握していない"),
            -37,
        ),
        sc(14, Done, None, -37),
        sc(15, Done, Some("来客は受付で記帳してもらう"), -37),
    ];
    selfcheck.sort_by_key(|a| a.question);
    let maturity_now = [
        (
            "d1-q1",
            MaturityAnswer::Partly,
            Some("基本方針を朝礼で説明した"),
        ),
        ("d1-q2", MaturityAnswer::NotStarted, None),
        ("d1-q3", MaturityAnswer::NotStarted, None),
        ("d1-q4", MaturityAnswer::DontKnow, None),
        ("d5-q1", MaturityAnswer::Partly, None),
        (
            "d5-q2",
            MaturityAnswer::InPlace,
            Some("UTMを導入済み（ITサポート会社が管理）"),
        ),
        ("d9-q1", MaturityAnswer::NotStarted, None),
        (
            "d9-q2",
            MaturityAnswer::Partly,
            Some("主要な納入先の要求事項は把握している"),
        ),
    ]
    .into_iter()
    .map(|(q, a, n)| maturity(q, a, n, at(-30)))
    .collect();
    let step = |id: &str, input: StepInput, offset| StepProgress {
        step_id: id.into(),
        input,
        updated_at: at(offset),
    };
    let owned = |status, owner: &str| StepInput {
        owner: Some(owner.into()),
        ..StepInput::status(status)
    };
    let mut steps = vec![
        step(
            "csm/d1/s1",
            StepInput {
                done_date: Some(day(-30)),
                evidence_note: Some("基本方針（A4 1枚）を朝礼で説明し、事務所に掲示".into()),
                ..owned(StepStatus::Done, PRESIDENT)
            },
            -30,
        ),
        step(
            "csm/d1/s2",
            StepInput {
                due_date: Some(day(14)),
                ..owned(StepStatus::Doing, PRESIDENT)
            },
            -20,
        ),
        step(
            "csm/d1/s3",
            StepInput {
                due_date: Some(day(30)),
                ..owned(StepStatus::Todo, ADMIN)
            },
            -20,
        ),
        step(
            "csm/d5/s1",
            StepInput {
                due_date: Some(day(-5)),
                note: Some("UTMの設定の見直しを依頼済み".into()),
                ..owned(StepStatus::Doing, IT_VENDOR)
            },
            -15,
        ),
        step("csm/d5/s2", owned(StepStatus::Todo, ADMIN), -15),
        step(
            "csm/d5/s3",
            StepInput {
                na_reason: Some("自社でWebサイトやネットショップを運営していない".into()),
                ..StepInput::status(StepStatus::Na)
            },
            -15,
        ),
        step(
            "csm/d9/s1",
            StepInput {
                note: Some("納入先（㈱サンプル自動車）のセキュリティ要求事項を確認中".into()),
                ..owned(StepStatus::Doing, PRESIDENT)
            },
            -10,
        ),
        step(
            "csm/d9/s2",
            StepInput {
                due_date: Some(day(60)),
                ..owned(StepStatus::Todo, ADMIN)
            },
            -10,
        ),
    ];
    steps.sort_by(|a, b| a.step_id.cmp(&b.step_id));
    let current_data = RoundData {
        round: current,
        selfcheck,
        maturity: maturity_now,
        steps,
    };

    let (r1, r2) = (demo_id(11), demo_id(12));
    use ActionSource::{DontKnow as FollowUp, Gap, Manual};
    use ActionStatus::{Doing as Started, Done as Finished, Open};
    #[rustfmt::skip]
    let action_rows = [
        // id, round, source, ref, title, owner, due, status, effort, created, updated (days from today)
        (21, r1, Gap, Some("selfcheck/2"), "全てのPCにウイルス対策ソフトを入れる", IT_VENDOR, Some(-340), Finished, Effort::HalfDay, -370, -345),
        (22, r2, Gap, Some("selfcheck/11"), "図面サーバーのバックアップを毎日自動で取り、月に1回は戻せるか試す", IT_VENDOR, Some(-10), Started, Effort::HalfDay, -36, -12),
        (23, r2, Gap, Some("selfcheck/4"), "図面フォルダーのアクセス権を部署ごとに分ける", ADMIN, Some(-3), Open, Effort::HalfDay, -36, -36),
        (24, r2, FollowUp, Some("selfcheck/5"), "新しい手口の情報の入手先（IPAのメール配信など）を決めて社内で共有する", ADMIN, Some(21), Open, Effort::Quick, -35, -35),
        (25, r2, FollowUp, Some("selfcheck/13"), "持ち出し用ノートPCの台数と保管のしかたを確認する", PRESIDENT, Some(-20), Open, Effort::Quick, -35, -35),
        (26, r2, Gap, Some("selfcheck/8"), "図面の送り方（暗号化や共有サービス）を取引先と取り決める", PRESIDENT, Some(45), Open, Effort::Project, -34, -34),
        (27, r2, Manual, None, "納入先のセキュリティ自己評価シートに回答して提出する", PRESIDENT, Some(-40), Finished, Effort::HalfDay, -44, -41),
    ];
    let mut actions: Vec<ActionItem> = action_rows
        .into_iter()
        .map(
            |(n, round, source, ref_id, title, owner, due, status, effort, created, updated)| {
                ActionItem {
                    id: demo_id(n),
                    org_id,
                    input: ActionInput {
                        round_id: Some(round),
                        source,
                        ref_id: ref_id.map(str::to_owned),
                        title: title.into(),
                        owner: Some(owner.into()),
                        due_date: due.map(day),
                        status,
                        effort: Some(effort),
                    },
                    created_at: at(created),
                    updated_at: at(updated),
                }
            },
        )
        .collect();
    actions.sort_by_key(|a| (a.created_at, a.id));

    let partner = |n, input: PartnerInput, created: i64| Partner {
        id: demo_id(n),
        org_id,
        input,
        created_at: at(created),
        updated_at: at(created),
    };
    let partners = vec![
        partner(
            31,
            PartnerInput {
                name: "株式会社サンプル自動車".into(),
                relation: PartnerRelation::BusinessPartner,
                handles: Some("主要な納入先。部品の図面・仕様書・品質データをやり取りする".into()),
                security_action_level: SecurityActionLevel::Star2,
                contract_has_security_clause: YesNoUnknown::Yes,
                last_checked: Some(day(-60)),
                note: Some("取引先からセキュリティ自己評価の提出を求められている".into()),
            },
            -60,
        ),
        partner(
            32,
            PartnerInput {
                name: IT_VENDOR.into(),
                relation: PartnerRelation::ItVendor,
                handles: Some(
                    "社内ネットワーク・PC・UTMの保守。リモートで接続することがある".into(),
                ),
                security_action_level: SecurityActionLevel::Star1,
                contract_has_security_clause: YesNoUnknown::Unknown,
                last_checked: None,
                note: Some("リモート保守の接続方法と記録の有無を確認する".into()),
            },
            -59,
        ),
        partner(
            33,
            PartnerInput {
                name: "有限会社サンプル鍍金".into(),
                relation: PartnerRelation::Contractor,
                handles: Some("めっき加工の外注先。図面の一部を渡している".into()),
                security_action_level: SecurityActionLevel::Unknown,
                contract_has_security_clause: YesNoUnknown::No,
                last_checked: None,
                note: None,
            },
            -58,
        ),
    ];

    // The policy draft is written but not yet adopted or published (★★ is the next goal).
    let text = |pairs: &[(&str, &str)]| -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    };
    let documents = vec![
        Document {
            kind: DocumentKind::IncidentCard,
            fields: text(&[
                (
                    "contractor",
                    "㈱サンプルITサポート 担当：田中さん 03-0000-0000（架空の番号、夜間・休日も可）",
                ),
                (
                    "backup-location",
                    "2階事務所の外付けHDD（毎週金曜に交換、1台は社長宅で保管）。交換は総務 佐藤さん",
                ),
                ("spokesperson", "港 社長（不在時は総務 佐藤さん）"),
                (
                    "insurance",
                    "サンプル損害保険㈱ サイバー保険 証券番号 CY-000000（架空の会社と番号）",
                ),
            ]),
            updated_at: at(-40),
        },
        Document {
            kind: DocumentKind::Policy,
            fields: text(&[
                ("company", "株式会社ミナト精工"),
                ("owner", "代表取締役 港 一郎"),
                (
                    "scope",
                    "本社工場・事務所の全従業員と、業務で扱うすべての情報",
                ),
            ]),
            updated_at: at(-30),
        },
    ];

    OrgData {
        organization,
        rounds: vec![last_year_data, current_data],
        actions,
        partners,
        documents,
    }
}

fn maturity(id: &str, answer: MaturityAnswer, note: Option<&str>, at: Timestamp) -> MaturityRecord {
    MaturityRecord {
        question_id: id.into(),
        answer,
        note: note.map(str::to_owned),
        updated_at: at,
    }
}

impl Store {
    /// Creates the demo company for `today`, replacing it (and only it) if it exists, so a
    /// reset gives the same state every time. Returns its id. Committed when this returns.
    pub fn create_demo(&mut self, today: Date) -> Result<Uuid> {
        let data = demo_org_data(today);
        // The last activity shown for the demo: yesterday morning.
        let at = Timestamp::at(today.saturating_sub(Duration::days(1)), 0, 30);
        self.write(|tx| {
            insert_org_data(
                tx,
                &data,
                true,
                at,
                EventAction::Create,
                serde_json::json!({ "demo": true }),
            )
        })?;
        Ok(DEMO_ORG_ID)
    }
}
