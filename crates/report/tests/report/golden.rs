//! Golden tests: every kind in both languages on the demo company (2026-11-25).

use mamori_core::Locale;
use mamori_report::{Branding, ReportKind};

use crate::util::*;

/// Renders, checks with qpdf, and returns (page count, pdftotext output without spaces).
fn golden(kind: ReportKind, locale: Locale) -> (usize, String) {
    let dir = tempfile::tempdir().unwrap();
    let bytes = pdf(kind, locale, &Branding::default());
    let path = write(
        dir.path(),
        &format!("{}-{}.pdf", kind.as_str(), locale.tag()),
        &bytes,
    );
    qpdf_check(&path);
    assert_fonts_are_subsets(&path);
    let info = pdfinfo(&path);
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    (pages, squeeze(&pdftotext(&path)))
}

fn assert_contains(text: &str, expected: &[&str]) {
    for e in expected {
        assert!(text.contains(&squeeze(e)), "missing {e:?} in:\n{text}");
    }
}

#[test]
fn summary_ja() {
    let (pages, text) = golden(ReportKind::Summary, Locale::Ja);
    assert_eq!(pages, 2);
    assert_contains(
        &text,
        &[
            "経営者向け セキュリティ対策サマリー",
            "株式会社ミナト精工・2026年11月25日",
            "第2回（2026年10月11日開始）",
            // The current round is half answered; the last complete one scored 29.
            "全25問中 15問に回答済み",
            "最後に完了した自社診断（2025年11月10日開始の回）：29点",
            "SECURITY ACTION 一つ星（★）",
            "項目ごとの成熟度",
            "1. サイバーリスクを経営のリスクと捉え",
            "次に取り組む5つの対策",
            "持ち出し用ノートPCの台数と保管のしかたを確認する",
            "港 社長",
            "2026年11月5日（期限切れ）",
            "対象：株式会社ミナト精工",
            "1 / 2 ページ",
            "経済産業省・IPAが作成・確認・推奨したものではありません",
            "中小企業の情報セキュリティ対策ガイドライン 第3.1版",
        ],
    );
}

#[test]
fn summary_en() {
    let (pages, text) = golden(ReportKind::Summary, Locale::En);
    assert_eq!(pages, 2);
    assert_contains(
        &text,
        &[
            "Security summary for the owner",
            "株式会社ミナト精工 · 25 November 2026",
            "Round 2, started 11 October 2026",
            "15 of 25 questions answered",
            "Last complete self-check (round started 10 November 2025): 29 points",
            "Maturity by direction",
            "The next five actions",
            "5 November 2026 (overdue)",
            "Client: 株式会社ミナト精工",
            "Page 1 of 2",
            "not written, checked or endorsed by METI or IPA",
        ],
    );
}

#[test]
fn full_report_in_both_languages() {
    let (pages, text) = golden(ReportKind::Full, Locale::Ja);
    assert_eq!(pages, 18);
    assert_contains(
        &text,
        &[
            "セキュリティ対策 報告書",
            "経済産業省ガイドラインの10項目と実施手順",
            "10. ",
            "証跡：基本方針",
            "対象外の理由：自社でWeb",
            "に沿った25問（まもりの言葉で）",
            "新しい手口の情報をどこで得ている",
            "まもりのセキュリティ成熟度チェック",
            "UTMを導入済み（ITサポート会社",
            "行動計画",
            "取引先・委託先の一覧（サプライチェーン）",
            "出典：サイバーセキュリティ経営ガイドライン Ver 3.0（Ver 3.0、経済産業省・IPA、2023年3月24日）",
            "情報セキュリティ5か条（IPA）と実施手順",
            "OSやソフトウェアは常に最新の状態にしよう！",
            "18 / 18 ページ",
        ],
    );
    let (pages, text) = golden(ReportKind::Full, Locale::En);
    assert_eq!(pages, 17);
    assert_contains(
        &text,
        &[
            "Security report",
            "The ten directions of METI's guideline and their steps",
            "(in Mamori's words)",
            "Action plan",
            "Supply-chain register",
            "Sources",
            "The five basics (IPA) and their steps",
            "Page 17 of 17",
        ],
    );
}

#[test]
fn policy_fills_in_the_draft() {
    let (pages, text) = golden(ReportKind::Policy, Locale::Ja);
    assert_eq!(pages, 1);
    assert_contains(
        &text,
        &[
            "株式会社ミナト精工 情報セキュリティ基本方針",
            "本社工場・事務所の全従業員と、業務で扱うすべての情報に適用します",
            "代表取締役 港 一郎",
            "代表者 署名",
        ],
    );
    let (pages, text) = golden(ReportKind::Policy, Locale::En);
    assert_eq!(pages, 1);
    assert_contains(
        &text,
        &["株式会社ミナト精工", "Signature of the representative"],
    );
}

#[test]
fn incident_card_is_one_page() {
    for locale in Locale::ALL {
        let (pages, text) = golden(ReportKind::Incident, locale);
        assert_eq!(pages, 1, "{locale:?}");
        assert_contains(&text, &["㈱サンプルITサポート", "https://www.ipa.go.jp/"]);
    }
    let (_, text) = golden(ReportKind::Incident, Locale::Ja);
    assert_contains(
        &text,
        &[
            "インシデント発生から最初の1時間",
            "当社の連絡先",
            "1. 被害が疑われる機器",
            // The new fields: a filled one shows its value, a blank one its hint.
            "サイバー保険（保険会社・証券番号）",
            "サンプル損害保険㈱",
            "地元の警察の相談先",
            // The legal clock for a personal-data leak, and how to reach help.
            "個人データが漏えいしたら：報告の期限",
            "①〜③は1人分でも対象です",
            "おおむね3〜5日以内に速報",
            "30日以内（③にあたるときは60日以内）に確報",
            "cs-support@ipa.go.jp",
            "急がない相談は#9110",
        ],
    );
    let (_, text) = golden(ReportKind::Incident, Locale::En);
    assert_contains(
        &text,
        &[
            "The first hour after an incident",
            "Cyber insurance (insurer and policy",
            "If personal data leaks: reporting deadlines set by law",
            "Cases 1 to 3 apply even if only one person is affected",
            "a first report within about 3 to 5 days of finding out",
            "a final report within 30 days (60 days in case 3)",
            "cs-support@ipa.go.jp",
            "non-urgent advice: #9110",
        ],
    );
}

#[test]
fn worksheets_have_the_selfcheck_and_one_page_per_direction() {
    for locale in Locale::ALL {
        let (pages, _) = golden(ReportKind::Worksheet, locale);
        // Two pages of self-check questions, then the ten directions.
        assert_eq!(pages, 12, "{locale:?}");
    }
    let (_, text) = golden(ReportKind::Worksheet, Locale::Ja);
    assert_contains(&text, &["に沿った25問（まもりの言葉で）", "25", "□未着手"]);
}

#[test]
fn metadata_is_set() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = pdf(ReportKind::Summary, Locale::Ja, &Branding::default());
    let path = write(dir.path(), "meta.pdf", &bytes);
    let info = pdfinfo(&path);
    assert!(
        info.contains("経営者向け セキュリティ対策サマリー – 株式会社ミナト精工"),
        "{info}"
    );
    assert!(info.contains("Author:          まもり"), "{info}");
    assert!(
        info.contains("Subject:         株式会社ミナト精工"),
        "{info}"
    );
    assert!(info.contains("CreationDate:    Wed Nov 25 "), "{info}");
    assert!(info.contains("2026"), "{info}");
    // The language is in the catalog.
    assert!(bytes.windows(9).any(|w| w == b"/Lang(ja)"));
    // The fonts are subset: the file is far smaller than one 4.5 MB font.
    assert!(bytes.len() < 200_000, "{} bytes", bytes.len());
}

#[test]
fn font_subset_tags_follow_the_subset() {
    let dir = tempfile::tempdir().unwrap();
    let names = |kind: ReportKind, locale: Locale, file: &str| {
        let path = write(dir.path(), file, &pdf(kind, locale, &Branding::default()));
        assert_fonts_are_subsets(&path)
    };
    let a = names(ReportKind::Summary, Locale::Ja, "a.pdf");
    // Regular and bold, each under its own tag.
    assert_eq!(a.len(), 2, "{a:?}");
    assert_ne!(a[0][..6], a[1][..6], "{a:?}");
    // The same report gives the same tags; other text (another subset) gives others.
    assert_eq!(a, names(ReportKind::Summary, Locale::Ja, "b.pdf"));
    let en = names(ReportKind::Summary, Locale::En, "c.pdf");
    for name in &en {
        assert!(!a.iter().any(|x| x[..6] == name[..6]), "{a:?} {en:?}");
    }
}

#[test]
fn same_input_gives_the_same_bytes() {
    for kind in [ReportKind::Summary, ReportKind::Incident] {
        let a = pdf(kind, Locale::En, &Branding::default());
        let b = pdf(kind, Locale::En, &Branding::default());
        assert!(a == b, "{kind:?} differs between two renders");
    }
}
