use mamori_app::commands::{get_startup, list_orgs, set_locale};
use mamori_app::dto::{GetStartupReq, ListOrgsReq, LocaleSource, SetLocaleReq};
use mamori_app::{AppCtx, ErrorCode};
use mamori_core::Locale;

#[test]
fn first_start_follows_the_os_locale() {
    for (os, want) in [
        (Some("ja_JP.UTF-8"), Locale::Ja),
        (Some("en_GB.UTF-8"), Locale::En),
        (None, Locale::En),
    ] {
        let ctx = AppCtx::in_memory(os.map(str::to_owned)).unwrap();
        let s = get_startup(&ctx, GetStartupReq::default()).unwrap();
        assert_eq!(s.locale, want, "{os:?}");
        assert_eq!(s.locale_source, LocaleSource::Os);
        assert!(s.db_error.is_none());
    }
}

#[test]
fn a_chosen_locale_is_saved_and_wins_over_the_os_after_restart() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("mamori.db");
    {
        let ctx = AppCtx::open(db.clone(), Some("ja_JP.UTF-8".into())).unwrap();
        assert_eq!(
            get_startup(&ctx, GetStartupReq::default()).unwrap().locale,
            Locale::Ja
        );
        let res = set_locale(&ctx, SetLocaleReq { locale: Locale::En }).unwrap();
        assert_eq!(res.locale, Locale::En);
    }
    let ctx = AppCtx::open(db, Some("ja_JP.UTF-8".into())).unwrap();
    let s = get_startup(&ctx, GetStartupReq::default()).unwrap();
    assert_eq!(s.locale, Locale::En);
    assert_eq!(s.locale_source, LocaleSource::Saved);
}

#[test]
fn a_broken_database_still_starts_and_reports_a_localizable_error() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("mamori.db");
    std::fs::write(&db, b"not a database at all, just text".repeat(100)).unwrap();
    let ctx = AppCtx::open(db.clone(), Some("ja_JP".into())).unwrap();
    let s = get_startup(&ctx, GetStartupReq::default()).unwrap();
    assert_eq!(s.locale, Locale::Ja, "falls back to the OS locale");
    let err = s.db_error.expect("db error reported");
    assert_eq!(err.code, ErrorCode::DbCorrupt);
    assert_eq!(err.message_id, "error-db-corrupt");
    assert_eq!(
        err.args.get("path").map(String::as_str),
        Some(db.display().to_string().as_str())
    );
    // The language can still be switched for this session (the damaged-file screen).
    let res = set_locale(&ctx, SetLocaleReq { locale: Locale::En }).unwrap();
    assert_eq!(res.locale, Locale::En);
    let e = list_orgs(&ctx, ListOrgsReq::default()).unwrap_err();
    assert_eq!(e.code, ErrorCode::DbCorrupt);
    let msg = e.localized(ctx.localizer(), Locale::Ja);
    assert!(
        msg.contains("壊れている") && msg.contains(&db.display().to_string()),
        "{msg}"
    );
}

#[test]
fn the_start_view_and_the_presentation_view_are_remembered() {
    use mamori_app::commands::set_preferences;
    use mamori_app::dto::{SetPreferencesReq, StartView};
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("m.db");
    {
        let c = AppCtx::open(db.clone(), None).unwrap();
        let p = get_startup(&c, GetStartupReq::default())
            .unwrap()
            .preferences;
        assert_eq!((p.start_view, p.presentation), (StartView::LastOrg, false));
        let p = set_preferences(
            &c,
            SetPreferencesReq {
                start_view: Some(StartView::Practice),
                presentation: Some(true),
                ..SetPreferencesReq::default()
            },
        )
        .unwrap();
        assert_eq!((p.start_view, p.presentation), (StartView::Practice, true));
    }
    // After a restart; other preferences left alone keep them.
    let c = AppCtx::open(db, None).unwrap();
    set_preferences(
        &c,
        SetPreferencesReq {
            text_scale: Some(125),
            ..SetPreferencesReq::default()
        },
    )
    .unwrap();
    let p = get_startup(&c, GetStartupReq::default())
        .unwrap()
        .preferences;
    assert_eq!(
        (p.start_view, p.presentation, p.text_scale),
        (StartView::Practice, true, 125)
    );
}

/// Today in UTC moved by `hours`.
fn utc_plus(hours: i64) -> time::Date {
    (time::OffsetDateTime::now_utc() + time::Duration::hours(hours)).date()
}

#[test]
fn today_is_the_date_in_the_offset_the_ui_reports_and_a_given_date_wins() {
    let ctx = AppCtx::in_memory(None).unwrap();
    // UTC+14 and UTC−12 are 26 hours apart, so their dates always differ.
    for (minutes, hours) in [(14 * 60, 14), (-12 * 60, -12)] {
        get_startup(
            &ctx,
            GetStartupReq {
                utc_offset_minutes: Some(minutes),
            },
        )
        .unwrap();
        let (before, today, after) = (utc_plus(hours), ctx.today(), utc_plus(hours));
        assert!(today == before || today == after, "{minutes}: {today}");
        // Every command's default date is this one.
        assert_eq!(ctx.date_or_today(None, "date").unwrap(), today);
    }
    assert_eq!(
        ctx.date_or_today(Some("2026-11-25"), "date").unwrap(),
        time::macros::date!(2026 - 11 - 25)
    );
    let e = ctx.date_or_today(Some("2026-11-31"), "today").unwrap_err();
    assert_eq!(
        (e.code, e.args["field"].as_str()),
        (ErrorCode::InvalidInput, "today")
    );
    ctx.set_today(Some(time::macros::date!(2026 - 11 - 25)));
    assert_eq!(ctx.today(), time::macros::date!(2026 - 11 - 25));
}
