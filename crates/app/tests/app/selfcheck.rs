use std::collections::BTreeMap;

use mamori_app::commands::{SELFCHECK_ERRORS, score_selfcheck};
use mamori_app::dto::{ScoreSelfcheckReq, SelfcheckPart};
use mamori_app::{AppCtx, AppError, ErrorCode};
use mamori_core::Locale;
use mamori_i18n::{Catalog, Localizer};

fn ctx() -> AppCtx {
    AppCtx::in_memory(None).expect("in-memory context")
}

fn req(f: impl Fn(u32) -> &'static str) -> ScoreSelfcheckReq {
    ScoreSelfcheckReq {
        answers: (1..=25).map(|n| (n.to_string(), f(n).to_owned())).collect(),
    }
}

fn err(r: ScoreSelfcheckReq) -> AppError {
    score_selfcheck(&ctx(), r).expect_err("invalid answers")
}

#[test]
fn a_full_sheet_is_scored_like_ipa() {
    // Q1–5 done (20), Q6–18 partly (26), Q19–24 not done (0), Q25 don't know (−1): 45.
    let r = req(|n| match n {
        1..=5 => "done",
        6..=18 => "partly",
        19..=24 => "not_done",
        _ => "dont_know",
    });
    let s = score_selfcheck(&ctx(), r).unwrap();
    assert_eq!((s.total, s.max, s.min), (45, 100, -25));
    assert_eq!(s.band, "critical");
    assert_eq!(s.band_title_id, "sme-band-critical-title");
    assert_eq!(s.band_advice_id, "sme-band-critical-advice");
    assert_eq!(s.dont_know, [25]);
    assert_eq!(
        s.parts,
        [
            SelfcheckPart {
                part: 1,
                score: 20,
                max: 20
            },
            SelfcheckPart {
                part: 2,
                score: 26,
                max: 52
            },
            SelfcheckPart {
                part: 3,
                score: -1,
                max: 28
            },
        ]
    );
    let json = serde_json::to_value(&s).unwrap();
    assert_eq!(json["dontKnow"], serde_json::json!([25]));
    assert_eq!(json["bandTitleId"], "sme-band-critical-title");
}

#[test]
fn all_done_is_achieved() {
    let s = score_selfcheck(&ctx(), req(|_| "done")).unwrap();
    assert_eq!((s.total, s.band.as_str()), (100, "achieved"));
}

#[test]
fn a_missing_answer_names_the_question() {
    let mut r = req(|_| "done");
    r.answers.remove("7");
    let e = err(r);
    assert_eq!(e.code, ErrorCode::InvalidInput);
    assert_eq!(e.message_id, "selfcheck-error-missing");
    assert_eq!(e.args, BTreeMap::from([("question".into(), "7".into())]));
    let l = Localizer::new().unwrap();
    assert_eq!(e.localized(&l, Locale::Ja), "質問 7 の回答がありません。");
    assert_eq!(e.localized(&l, Locale::En), "question 7 has no answer");

    let mut r = req(|_| "done");
    for n in ["3", "12", "25"] {
        r.answers.remove(n);
    }
    let e = err(r);
    assert_eq!(e.message_id, "selfcheck-error-missing-many");
    assert_eq!(e.args["questions"], "3, 12, 25");
}

#[test]
fn an_unknown_question_key_is_invalid_input() {
    for key in ["26", "0", "x", "07", ""] {
        let mut r = req(|_| "done");
        r.answers.insert(key.into(), "done".into());
        let e = err(r);
        assert_eq!(e.code, ErrorCode::InvalidInput, "{key}");
        assert_eq!(e.message_id, "selfcheck-error-unknown-question", "{key}");
        assert_eq!(e.args["key"], key);
        assert_eq!(e.args["last"], "25");
    }
}

#[test]
fn an_unknown_answer_is_invalid_input() {
    let mut r = req(|_| "done");
    r.answers.insert("9".into(), "yes".into());
    r.answers.insert("12".into(), "DONE".into());
    let e = err(r);
    assert_eq!(e.message_id, "selfcheck-error-unknown-answer");
    assert_eq!(e.args["question"], "9", "the lowest question is reported");
    assert_eq!(e.args["value"], "yes");
    assert_eq!(e.args["allowed"], "done, partly, not_done, dont_know");
}

/// Every error message the command (and the CLI around it) uses exists in every locale, in
/// selfcheck.ftl, and uses exactly the arguments it is given.
#[test]
fn every_selfcheck_message_exists_with_its_arguments() {
    let cat = Catalog::load().unwrap();
    let cli_only: [(&str, &[&str]); 4] = [
        ("selfcheck-error-file-not-found", &["path"]),
        ("selfcheck-error-file-unreadable", &["path"]),
        (
            "selfcheck-error-file-malformed",
            &["path", "line", "column"],
        ),
        ("selfcheck-error-not-object", &["path"]),
    ];
    for (id, args) in SELFCHECK_ERRORS.iter().chain(cli_only.iter()) {
        for locale in Locale::ALL {
            let m = cat.messages[&locale]
                .get(*id)
                .unwrap_or_else(|| panic!("{id} missing in {locale}"));
            assert_eq!(m.file, "selfcheck.ftl", "{id}");
            let want: std::collections::BTreeSet<String> =
                args.iter().map(|s| s.to_string()).collect();
            assert_eq!(m.variables, want, "{locale}: {id}");
        }
    }
}
