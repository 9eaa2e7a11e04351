use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use mamori_app::commands::{create_demo, export_report};
use mamori_app::dto::{CreateDemoReq, ExportReportReq, ReportBranding, ReportKind};
use mamori_app::{AppCtx, ErrorCode};
use mamori_core::Locale;

fn demo_ctx() -> (AppCtx, String) {
    let ctx = AppCtx::in_memory(None).unwrap();
    let id = create_demo(
        &ctx,
        CreateDemoReq {
            today: Some("2026-11-25".into()),
        },
    )
    .unwrap()
    .id;
    (ctx, id)
}

fn req(org_id: &str, kind: ReportKind, lang: Locale) -> ExportReportReq {
    ExportReportReq {
        org_id: org_id.into(),
        kind,
        lang,
        date: Some("2026-11-25".into()),
        branding: None,
    }
}

#[test]
fn exports_a_pdf_with_a_file_name() {
    let (ctx, id) = demo_ctx();
    let res = export_report(&ctx, req(&id, ReportKind::Summary, Locale::Ja)).unwrap();
    assert_eq!(
        res.file_name,
        "mamori-summary-株式会社ミナト精工-20261125-ja.pdf"
    );
    assert_eq!(res.pages, 2);
    let bytes = STANDARD.decode(&res.bytes_base64).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    // A fixed date gives the same bytes.
    let again = export_report(&ctx, req(&id, ReportKind::Summary, Locale::Ja)).unwrap();
    assert_eq!(again.bytes_base64, res.bytes_base64);
    let json = serde_json::to_value(&res).unwrap();
    let mut keys: Vec<&String> = json.as_object().unwrap().keys().collect();
    keys.sort();
    assert_eq!(keys, ["bytesBase64", "fileName", "pages"]);
}

#[test]
fn the_request_is_camel_case_json() {
    let r: ExportReportReq = serde_json::from_value(serde_json::json!({
        "orgId": "x", "kind": "incident", "lang": "en",
        "branding": { "contractorName": "Sakura IT" }
    }))
    .unwrap();
    assert_eq!(r.kind, ReportKind::Incident);
    assert_eq!(r.lang, Locale::En);
    assert_eq!(r.date, None);
}

#[test]
fn bad_input_is_invalid_input_or_not_found() {
    let (ctx, id) = demo_ctx();
    let e = export_report(&ctx, req("nope", ReportKind::Full, Locale::En)).unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidInput);
    let e = export_report(
        &ctx,
        req(
            "00000000-0000-4000-8000-000000000000",
            ReportKind::Full,
            Locale::En,
        ),
    )
    .unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
    let mut r = req(&id, ReportKind::Full, Locale::En);
    r.date = Some("2026-13-01".into());
    assert_eq!(
        export_report(&ctx, r).unwrap_err().code,
        ErrorCode::InvalidInput
    );
    for logo in ["not base64!", "bm90IGFuIGltYWdl"] {
        let mut r = req(&id, ReportKind::Summary, Locale::En);
        r.branding = Some(ReportBranding {
            logo_base64: Some(logo.into()),
            ..ReportBranding::default()
        });
        let e = export_report(&ctx, r).unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidInput, "{logo}");
        assert_eq!(e.message_id, "report-error-bad-logo");
        assert!(
            e.localized(ctx.localizer(), Locale::Ja).contains("PNG"),
            "{e:?}"
        );
    }
}
