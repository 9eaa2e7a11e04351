//! The report model: plain data with localized strings and computed numbers.

use mamori_core::Locale;
use mamori_report::model::{Block, ParaStyle};
use mamori_report::{Branding, ReportKind, lay_out};

use crate::util::*;

fn model(kind: ReportKind, locale: Locale) -> mamori_report::model::ReportModel {
    let data = demo();
    let l = localizer();
    let b = Branding::default();
    lay_out(kind, &input(&data, &l, locale, &b)).unwrap().0
}

#[test]
fn summary_has_a_radar_of_the_ten_directions_and_at_most_five_actions() {
    let m = model(ReportKind::Summary, Locale::En);
    let radar = m
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Radar(r) => Some(r),
            _ => None,
        })
        .unwrap();
    assert_eq!(radar.axes.len(), 10);
    let shorts: Vec<&str> = radar.axes.iter().map(|a| a.short.as_str()).collect();
    assert_eq!(shorts, ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    // Directions the demo has not touched score 0; direction 5 has answers.
    assert!(radar.axes[4].value > 0);
    assert_eq!(radar.axes[2].value, 0);
    assert!(radar.axes.iter().all(|a| a.value <= 100));
    assert!(
        radar.axes[4]
            .label
            .ends_with(&format!("{}%", radar.axes[4].value))
    );

    let actions = m
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Table(t) if t.columns[0].title == "Action" => Some(t),
            _ => None,
        })
        .unwrap();
    assert_eq!(actions.rows.len(), 5);
    // Overdue first, oldest due date first.
    assert!(actions.rows[0].cells[2].text.contains("(overdue)"));
    assert!(!actions.rows[4].cells[2].text.contains("(overdue)"));
}

#[test]
fn strings_are_localized_and_no_message_id_leaks() {
    for kind in ReportKind::ALL {
        for locale in Locale::ALL {
            let m = model(kind, locale);
            let mut texts = vec![m.meta.title.clone(), m.footer.clone(), m.page_label.clone()];
            for b in &m.blocks {
                match b {
                    Block::Title { text, sub } => {
                        texts.push(text.clone());
                        texts.extend(sub.clone());
                    }
                    Block::Heading { text, .. } | Block::Para { text, .. } => {
                        texts.push(text.clone())
                    }
                    Block::Fields(rows) => {
                        texts.extend(rows.iter().flat_map(|(a, b)| [a.clone(), b.clone()]))
                    }
                    Block::Table(t) => {
                        texts.extend(t.columns.iter().map(|c| c.title.clone()));
                        texts.extend(
                            t.rows
                                .iter()
                                .flat_map(|r| r.cells.iter().map(|c| c.text.clone())),
                        );
                    }
                    Block::Radar(r) => texts.extend(r.axes.iter().map(|a| a.label.clone())),
                    Block::WriteLines { label, .. } => texts.push(label.clone()),
                    _ => {}
                }
            }
            for t in texts {
                assert!(
                    !t.contains("{$"),
                    "{kind:?} {locale:?}: unfilled variable in {t:?}"
                );
                // The Localizer returns the id itself for a missing message.
                for prefix in [
                    "report-", "csm-", "sme-", "mat-", "sa-", "inc-", "role-", "src-",
                ] {
                    assert!(
                        !t.split_whitespace().any(|w| w.starts_with(prefix)
                            && w.len() > prefix.len() + 1
                            && w.chars().all(|c| c.is_ascii_lowercase()
                                || c.is_ascii_digit()
                                || c == '-'
                                || c == '_')),
                        "{kind:?} {locale:?}: message id in {t:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn an_unfinished_round_shows_progress_instead_of_a_score() {
    // The demo's current round is half answered: the incomplete line instead of a score.
    let m = model(ReportKind::Summary, Locale::Ja);
    assert!(!m.blocks.iter().any(|b| matches!(
        b,
        Block::Para {
            style: ParaStyle::Big,
            ..
        }
    )));
    assert!(m.blocks.iter().any(
        |b| matches!(b, Block::Para { text, .. } if text.contains("全25問中 15問に回答済み"))
    ));
}

#[test]
fn a_complete_round_shows_score_band_and_change_since_last_round() {
    let mut data = demo();
    let current = data.rounds.last_mut().unwrap();
    let template = current.selfcheck[0].clone();
    for q in 16..=25 {
        current.selfcheck.push(mamori_store::SelfCheckRecord {
            question: q,
            answer: mamori_store::SelfCheckAnswer::Done,
            note: None,
            ..template.clone()
        });
    }
    let l = localizer();
    let b = Branding::default();
    let (m, _) = lay_out(ReportKind::Summary, &input(&data, &l, Locale::Ja, &b)).unwrap();
    let texts: Vec<&str> = m
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Para { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    // 15 demo answers (5 done, 5 partly, 3 not done, 2 don't know) = 28, plus 10 × 4.
    assert!(texts.contains(&"100点満点中 68点"), "{texts:?}");
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("前回（2025年11月10日）からの変化：29点 → 68点（+39点）")),
        "{texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.contains("「わからない」と回答した質問が 2問")),
        "{texts:?}"
    );
}

#[test]
fn the_class_report_has_the_distribution_the_weakest_questions_and_a_radar() {
    use mamori_core::ContentPacks;
    use mamori_core::scoring::SelfCheckAnswer;
    use mamori_core::seminar::{AttendeeAnswers, class_summary};
    use mamori_report::class::{ClassInput, class_model};
    use mamori_report::model::Block;

    let packs = ContentPacks::embedded().unwrap();
    let attendees: Vec<AttendeeAnswers> = (0..4u32)
        .map(|i| AttendeeAnswers {
            selfcheck: (1..=25)
                .map(|n| {
                    let a = if n <= 5 * i + 5 {
                        SelfCheckAnswer::Done
                    } else {
                        SelfCheckAnswer::NotDone
                    };
                    (n, a)
                })
                .collect(),
            maturity: [("d3-q1".to_owned(), "partly".to_owned())].into(),
            run: None,
        })
        .collect();
    let summary = class_summary(packs, &attendees);
    let l = crate::util::localizer();
    let b = mamori_report::Branding::default();
    for locale in [Locale::Ja, Locale::En] {
        let m = class_model(
            &ClassInput {
                class: &summary,
                localizer: &l,
                locale,
                date: crate::util::DATE,
                branding: &b,
                skipped: &[],
            },
            None,
        )
        .unwrap();
        let radar = m.blocks.iter().find_map(|b| match b {
            Block::Radar(r) => Some(r),
            _ => None,
        });
        assert_eq!(radar.unwrap().axes.len(), 10);
        let text = format!("{:?}", m.blocks);
        assert!(
            !text.contains("report-class-"),
            "{locale:?}: a message id leaked"
        );
        assert!(text.contains('4'), "the attendee count");
    }
    // The organization API refuses the class kind instead of drawing an empty report.
    let data = crate::util::demo();
    let input = crate::util::input(&data, &l, Locale::En, &b);
    assert!(mamori_report::render(mamori_report::ReportKind::Class, &input).is_err());
}
