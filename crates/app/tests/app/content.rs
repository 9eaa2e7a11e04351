use mamori_app::AppCtx;
use mamori_app::commands::content_summary;
use mamori_app::dto::ContentSummaryReq;
use mamori_core::ContentPacks;
use mamori_core::Locale;
use mamori_i18n::{Arg, Catalog, Localizer};

/// The whole content check as `mamori-cli content check` runs it: packs valid, every derived
/// message in every locale, no orphans, only allowed variables.
#[test]
fn the_embedded_content_and_its_messages_are_sound() {
    let ctx = AppCtx::in_memory(None).unwrap();
    let s = content_summary(&ctx, ContentSummaryReq {}).unwrap();
    assert!(s.ok, "content problems:\n{}", s.problems.join("\n"));
    assert!(s.problems.is_empty());
    assert_eq!(
        (
            s.principles,
            s.directions,
            s.steps,
            s.selfcheck_questions,
            s.maturity_questions,
            s.locales
        ),
        (3, 10, 53, 25, 40, 2)
    );
}

/// The cross-check itself, on the same inputs, so a failure names the offending messages.
#[test]
fn every_derived_message_exists_in_every_locale_and_none_is_orphaned() {
    let packs = ContentPacks::load().unwrap();
    let cat = Catalog::load().unwrap();
    let expected = packs.messages();
    assert!(expected.len() > 400, "only {} derived ids", expected.len());
    let problems = cat.content_problems(&expected);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn policy_template_messages_use_only_the_declared_fields() {
    let packs = ContentPacks::load().unwrap();
    let cat = Catalog::load().unwrap();
    for t in &packs.security_action.templates {
        let prefix = format!("{}-{}-", packs.security_action.pack, t.id);
        for (locale, msgs) in &cat.messages {
            for (id, m) in msgs.iter().filter(|(id, _)| id.starts_with(&prefix)) {
                for v in &m.variables {
                    assert!(
                        t.fields.contains(v),
                        "{locale}: {id} uses ${v}, not a field of template {}",
                        t.id
                    );
                }
            }
        }
    }
}

/// Every content message formats in every locale, with its variables filled in, to real text.
#[test]
fn every_content_message_formats_in_every_locale() {
    let packs = ContentPacks::load().unwrap();
    let l = Localizer::new().unwrap();
    for m in packs.messages() {
        let args: Vec<(&str, Arg)> = m
            .variables
            .iter()
            .map(|v| (v.as_str(), Arg::Str(format!("<{v}>"))))
            .collect();
        for locale in Locale::ALL {
            let text = l
                .try_format(locale, &m.id, &args)
                .unwrap_or_else(|| panic!("{} missing in {locale}", m.id));
            assert!(!text.trim().is_empty(), "{locale}: {} is empty", m.id);
            assert!(
                !text.contains("{$"),
                "{locale}: {} leaves a variable: {text}",
                m.id
            );
            if m.id == "content-source-label" {
                for v in &m.variables {
                    assert!(text.contains(&format!("<{v}>")), "{locale}: drops ${v}");
                }
            }
        }
    }
}

#[test]
fn a_source_without_edition_or_date_reads_cleanly() {
    use mamori_i18n::Arg;
    let ctx = mamori_app::AppCtx::in_memory(None).unwrap();
    let l = ctx.localizer();
    let args = |edition: &str, date: &str| {
        vec![
            ("title", Arg::Str("SECURITY ACTION".into())),
            ("edition", Arg::Str(edition.into())),
            ("publisher", Arg::Str("IPA".into())),
            ("date", Arg::Str(date.into())),
        ]
    };
    let en = l.format(Locale::En, "content-source-label", &args("none", "none"));
    assert_eq!(en, "Source: SECURITY ACTION, IPA");
    let en = l.format(
        Locale::En,
        "content-source-label",
        &args("Ver 3.0", "2023-03-24"),
    );
    assert_eq!(en, "Source: SECURITY ACTION, Ver 3.0, IPA, 2023-03-24");
    let ja = l.format(
        Locale::Ja,
        "content-source-label",
        &args("none", "2017-02-07"),
    );
    assert_eq!(ja, "出典：SECURITY ACTION（IPA、2017-02-07）");
}

/// The screens send the content's effort ids and maturity answer codes as the store's typed
/// closed sets: they must be the same sets.
#[test]
fn content_codes_are_the_stores_closed_sets() {
    let p = mamori_core::ContentPacks::embedded().unwrap();
    let efforts: Vec<&str> = p.roles.efforts.iter().map(|e| e.id.as_str()).collect();
    let store: Vec<&str> = mamori_store::Effort::ALL
        .iter()
        .map(|e| e.as_str())
        .collect();
    assert_eq!(efforts, store);
    let scale: Vec<&str> = p.maturity.scale.iter().map(|s| s.code.as_str()).collect();
    let store: Vec<&str> = mamori_store::MaturityAnswer::ALL
        .iter()
        .map(|a| a.as_str())
        .collect();
    assert_eq!(scale, store);
}

/// `content_summary` counts "today" from the context (the date the CLI passes with `--date`):
/// facts checked more than 12 months before are listed, as core lists them, and stay a warning.
#[test]
fn content_summary_lists_facts_to_recheck_from_the_contexts_today() {
    let ctx = AppCtx::in_memory(None).unwrap();
    let packs = ContentPacks::load().unwrap();
    let later = time::macros::date!(2126 - 12 - 05);
    ctx.set_today(Some(later));
    let s = content_summary(&ctx, ContentSummaryReq {}).unwrap();
    assert!(s.ok, "{}", s.problems.join("\n"));
    let got: Vec<(String, String, String)> = s
        .to_recheck
        .iter()
        .map(|f| (f.id.clone(), f.file.clone(), f.checked.clone()))
        .collect();
    let want: Vec<(String, String, String)> = packs
        .to_recheck(later)
        .into_iter()
        .map(|f| (f.id, f.file.to_owned(), f.checked))
        .collect();
    assert_eq!(got, want);
    assert_eq!(got.len(), packs.dated_facts().len());
}

/// `get_content` (what About reads) carries the span of the checks and each source's date.
#[test]
fn get_content_carries_the_check_dates() {
    let ctx = AppCtx::in_memory(None).unwrap();
    let packs = ContentPacks::load().unwrap();
    let view = mamori_app::commands::get_content(&ctx, mamori_app::dto::GetContentReq {}).unwrap();
    assert_eq!(
        view.facts_checked.map(|f| (f.oldest, f.newest)),
        packs
            .checked_range()
            .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    for (v, s) in view.sources.iter().zip(&packs.sources.sources) {
        assert_eq!(v.checked, s.checked, "{}", s.id);
    }
}
