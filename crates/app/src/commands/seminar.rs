//! Seminar mode: an anonymous quick run scored without saving anything, the attendee's result
//! file (answers only), and the trainer's class view from many such files.

use std::collections::BTreeMap;
use std::path::Path;

use mamori_core::content::{ContentPacks, ids};
use mamori_core::scoring::{SelfCheckAnswer, score_maturity, score_selfcheck};
use mamori_core::seminar::{
    ATTENDEE_MAX_BYTES, AttendeeAnswers, AttendeeError, AttendeeKey, ClassSummary,
    PERCENT_DECIMALS, Ranked, SCORE_DECIMALS, attendee_key, class_summary, is_run_id,
    parse_attendee, write_attendee,
};
use mamori_store::Problem;

use super::content::packs;
use super::files::{ask_open_paths, save_with_dialog};
use super::input::invalid;
use super::journey::{record_maturity_answer, record_selfcheck_answer};
use super::read_model::journey;
use super::selfcheck::score_dto;
use crate::dto::{
    BandCount, ClassView, DirectionClassView, HistogramBin, Journey, NoReq, QuestionClassView,
    QuickAnswers, QuickScore, RankedItem, SaveQuickRunReq, SavedFile, SkippedFile,
};
use crate::files::read_limited;
use crate::{AppCtx, AppError};

/// Checks quick-run answers against the content (any number of them).
fn checked(p: &ContentPacks, a: &QuickAnswers) -> Result<AttendeeAnswers, AppError> {
    if let Some(r) = &a.run
        && !is_run_id(r)
    {
        return Err(invalid(
            "run",
            Problem::UnknownValue {
                value: r.chars().take(40).collect(),
            },
        ));
    }
    let mut selfcheck = BTreeMap::new();
    for (k, v) in &a.selfcheck {
        let Some(q) = p
            .sme
            .selfcheck
            .questions
            .iter()
            .find(|q| q.number.to_string() == *k)
        else {
            return Err(invalid(
                "question",
                Problem::UnknownContentId {
                    value: k.chars().take(40).collect(),
                },
            ));
        };
        let answer = SelfCheckAnswer::parse(v).ok_or_else(|| {
            invalid(
                "answer",
                Problem::UnknownValue {
                    value: v.chars().take(40).collect(),
                },
            )
        })?;
        selfcheck.insert(q.number, answer);
    }
    score_maturity(&p.maturity, &a.maturity).map_err(|e| {
        invalid(
            "maturity",
            Problem::UnknownValue {
                value: e.to_string().chars().take(60).collect(),
            },
        )
    })?;
    Ok(AttendeeAnswers {
        selfcheck,
        maturity: a.maturity.clone(),
        run: a.run.clone(),
    })
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Scores a quick run without saving anything.
pub fn quick_score(_ctx: &AppCtx, req: QuickAnswers) -> Result<QuickScore, AppError> {
    let p = packs()?;
    let a = checked(p, &req)?;
    let sc = &p.sme.selfcheck;
    let points = SelfCheckAnswer::points;
    let directions = score_maturity(&p.maturity, &a.maturity)
        .map(super::read_model::direction_scores)
        .unwrap_or_default();
    Ok(QuickScore {
        answered: count(a.selfcheck.len()),
        total: count(sc.questions.len()),
        running_total: a.selfcheck.values().map(|x| points(*x)).sum(),
        score: score_selfcheck(sc, &a.selfcheck)
            .ok()
            .map(|s| score_dto(&p.sme, s)),
        directions,
    })
}

/// Saves the attendee's anonymous result file where they choose (the self-check must be
/// complete).
pub fn save_attendee_file(ctx: &AppCtx, req: QuickAnswers) -> Result<SavedFile, AppError> {
    let p = packs()?;
    let a = checked(p, &req)?;
    let missing = p
        .sme
        .selfcheck
        .questions
        .len()
        .saturating_sub(a.selfcheck.len());
    if missing > 0 {
        return Err(AppError::new(
            crate::ErrorCode::InvalidInput,
            format!("{missing} self-check questions are not answered"),
        )
        .with_message("seminar-error-incomplete")
        .arg("missing", missing.to_string()));
    }
    let text = write_attendee(p, &a);
    let name =
        mamori_core::filename::safe_file_name(&attendee_file_name(ctx.today(), a.run.as_deref()));
    save_with_dialog(
        ctx,
        "dialog-save-attendee",
        "filter-attendee",
        &["json"],
        &name,
        text.as_bytes(),
    )
}

/// The suggested name of an attendee file: the date and the start of the run id, so that 30
/// attendees' files do not share one name.
pub fn attendee_file_name(today: time::Date, run: Option<&str>) -> String {
    let date = mamori_store::format_date(today);
    match run {
        Some(r) => format!("mamori-attendee-{date}-{}.json", r.get(..8).unwrap_or(r)),
        None => format!("mamori-attendee-{date}.json"),
    }
}

/// Keeps a quick run as an organization after all: creates it and saves the answers in its
/// first round with the action plan they call for (the same actions as answering on the
/// screens), as one transaction.
pub fn save_quick_run(ctx: &AppCtx, req: SaveQuickRunReq) -> Result<Journey, AppError> {
    let p = packs()?;
    let a = checked(p, &req.answers)?;
    let input = super::orgs::org_input(crate::dto::CreateOrgReq {
        name: req.name,
        ..crate::dto::CreateOrgReq::default()
    });
    let mut s = ctx.store()?;
    // One transaction: the organization, its round, every answer and the plan's actions (the
    // same ones the screens make) are saved together or not at all.
    let id = s.transaction(|s| -> Result<_, AppError> {
        let org = s.create_org(&input)?;
        let round = s.start_next_round(
            org.id,
            super::journey::FRAMEWORK_VERSION,
            &ctx.content_ids().versions,
        )?;
        for (n, answer) in &a.selfcheck {
            record_selfcheck_answer(ctx, s, round.id, *n, *answer, None)?;
        }
        for (q, code) in &a.maturity {
            let answer = mamori_store::MaturityAnswer::parse(code).ok_or_else(|| {
                AppError::new(
                    crate::ErrorCode::Internal,
                    "maturity codes of core and store differ",
                )
            })?;
            record_maturity_answer(ctx, s, round.id, q, answer, None)?;
        }
        Ok(org.id)
    })?;
    journey(ctx, &s, id)
}

fn skipped(file: &Path, e: &AttendeeError) -> SkippedFile {
    let (id, args): (&str, Vec<(&str, String)>) = match e {
        AttendeeError::TooLarge { max_bytes } => (
            "seminar-skip-too-large",
            vec![("max", max_bytes.to_string())],
        ),
        AttendeeError::Malformed { .. } | AttendeeError::NotAttendeeFile => {
            ("seminar-skip-not-attendee", vec![])
        }
        AttendeeError::Truncated => ("seminar-skip-truncated", vec![]),
        AttendeeError::UnknownQuestion { id } => (
            "seminar-skip-unknown-question",
            vec![("question", id.clone())],
        ),
        AttendeeError::UnknownAnswer { id, value } => (
            "seminar-skip-unknown-answer",
            vec![("question", id.clone()), ("value", value.clone())],
        ),
        AttendeeError::ControlChar { value } => {
            ("seminar-skip-control-char", vec![("value", value.clone())])
        }
        AttendeeError::Incomplete { missing } => (
            "seminar-skip-incomplete",
            vec![("missing", missing.to_string())],
        ),
    };
    SkippedFile {
        file: file_name(file),
        message_id: id.to_owned(),
        args: args.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
    }
}

fn file_name(f: &Path) -> String {
    f.file_name().map_or_else(
        || f.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Reads attendee files: the ones that parse, and why the others were skipped (never fatal).
/// The same attendee's file twice (the same run id, or for older files the same bytes; the
/// same path chosen twice too) is counted once and listed as skipped.
pub fn read_attendee_files(
    p: &ContentPacks,
    files: &[std::path::PathBuf],
) -> (Vec<AttendeeAnswers>, Vec<SkippedFile>) {
    let mut ok = Vec::new();
    let mut bad = Vec::new();
    let mut seen: BTreeMap<AttendeeKey, String> = BTreeMap::new();
    for f in files {
        match read_limited(f, ATTENDEE_MAX_BYTES) {
            Err(_) => bad.push(SkippedFile {
                file: file_name(f),
                message_id: "seminar-skip-unreadable".into(),
                args: BTreeMap::new(),
            }),
            Ok(bytes) => match parse_attendee(p, &bytes) {
                Ok(a) => {
                    let key = attendee_key(&a, &bytes);
                    if let Some(first) = seen.get(&key) {
                        bad.push(SkippedFile {
                            file: file_name(f),
                            message_id: "seminar-skip-duplicate".into(),
                            args: BTreeMap::from([("first".to_owned(), first.clone())]),
                        });
                    } else {
                        seen.insert(key, file_name(f));
                        ok.push(a);
                    }
                }
                Err(e) => bad.push(skipped(f, &e)),
            },
        }
    }
    (ok, bad)
}

fn ranked<T: ToString>(r: &[Ranked<T>]) -> Vec<RankedItem> {
    r.iter()
        .map(|x| RankedItem {
            id: x.item.to_string(),
            rank: x.rank,
            tied: x.tied,
        })
        .collect()
}

/// The class view of a summary.
pub fn class_view(p: &ContentPacks, s: &ClassSummary, skipped: Vec<SkippedFile>) -> ClassView {
    let sme = &p.sme;
    ClassView {
        chosen: true,
        attendees: s.attendees,
        skipped,
        totals: s.totals.clone(),
        bands: s
            .bands
            .iter()
            .map(|(b, n)| BandCount {
                band: b.clone(),
                title_id: sme.band_title_id(b),
                count: *n,
            })
            .collect(),
        histogram: s
            .histogram
            .iter()
            .map(|(from, to, count)| HistogramBin {
                from: *from,
                to: *to,
                count: *count,
            })
            .collect(),
        mean: s.mean.text(SCORE_DECIMALS),
        median: s.median.text(SCORE_DECIMALS),
        questions: s
            .questions
            .iter()
            .map(|q| QuestionClassView {
                number: q.number,
                text_id: sme.question_message_id(q.number, "text"),
                mean_points: q.mean_points.text(SCORE_DECIMALS),
                answers: q.answers.clone(),
            })
            .collect(),
        weakest_questions: ranked(&s.weakest_questions),
        directions: s
            .directions
            .iter()
            .map(|d| DirectionClassView {
                direction: d.direction.clone(),
                title_id: ids::join(&p.csm.pack, &[&d.direction, "title"]),
                attendees: d.attendees,
                mean_percent: d.mean_percent.text(PERCENT_DECIMALS),
            })
            .collect(),
        weakest_directions: ranked(&s.weakest_directions),
    }
}

/// Asks for attendee files (several at once) and builds the class view. Files that are not
/// attendee files are listed and skipped. The class stays loaded for `save_class_report`.
pub fn load_class_files(ctx: &AppCtx, _req: NoReq) -> Result<ClassView, AppError> {
    let p = packs()?;
    let files = ask_open_paths(ctx, "dialog-open-attendees", "filter-attendee", &["json"]);
    if files.is_empty() {
        let mut v = class_view(p, &class_summary(p, &[]), Vec::new());
        v.chosen = false;
        return Ok(v);
    }
    let (answers, skipped) = read_attendee_files(p, &files);
    let summary = class_summary(p, &answers);
    ctx.set_class(Some(answers), skipped.clone());
    Ok(class_view(p, &summary, skipped))
}

/// Renders the class report (PDF) of attendees' answers.
/// The trainer's branding comes from the database when there is one (the CLI's context is in
/// memory: no branding).
pub fn render_class_report(
    ctx: &AppCtx,
    answers: &[AttendeeAnswers],
    skipped: &[SkippedFile],
    lang: mamori_core::Locale,
    date: time::Date,
) -> Result<(Vec<u8>, u32), AppError> {
    let p = packs()?;
    let summary = class_summary(p, answers);
    // Branding is optional: a class report is made even without a usable database.
    let (contractor_name, contact_line, logo) = ctx
        .store()
        .map(|s| super::branding::branding_parts(&s))
        .unwrap_or_default();
    let skipped_lines: Vec<mamori_report::class::SkippedLine> = skipped
        .iter()
        .map(|s| {
            let args: Vec<(&str, mamori_i18n::Arg)> = s
                .args
                .iter()
                .map(|(k, v)| (k.as_str(), mamori_i18n::Arg::Str(v.clone())))
                .collect();
            mamori_report::class::SkippedLine {
                file: s.file.clone(),
                reason: ctx.localizer().format(lang, &s.message_id, &args),
            }
        })
        .collect();
    let branding = mamori_report::Branding {
        contractor_name,
        contact_line,
        logo,
    };
    let pdf = mamori_report::class::render_class(&mamori_report::class::ClassInput {
        class: &summary,
        localizer: ctx.localizer(),
        locale: lang,
        date,
        branding: &branding,
        skipped: &skipped_lines,
    })
    .map_err(|e| AppError::new(crate::ErrorCode::Internal, e.to_string()))?;
    Ok((pdf.bytes, u32::try_from(pdf.pages).unwrap_or(u32::MAX)))
}

/// Saves the report of the class loaded last (`load_class_files`) where the user chooses.
pub fn save_class_report(
    ctx: &AppCtx,
    req: crate::dto::SaveClassReportReq,
) -> Result<SavedFile, AppError> {
    let Some(answers) = ctx.class() else {
        return Err(
            AppError::new(crate::ErrorCode::InvalidInput, "no class is loaded")
                .with_message("seminar-error-no-class"),
        );
    };
    let today = ctx.today();
    let (bytes, pages) = render_class_report(ctx, &answers, &ctx.class_skipped(), req.lang, today)?;
    let name = mamori_core::filename::safe_file_name(&format!(
        "mamori-class-{}-{}.pdf",
        mamori_store::format_date_compact(today),
        req.lang.tag()
    ));
    super::files::save_pdf(ctx, &name, &bytes, pages)
}

/// Renders blank worksheets (no organization): the PDF bytes, its pages and a file name.
pub fn render_blank_worksheet(
    ctx: &AppCtx,
    req: &crate::dto::BlankWorksheetReq,
) -> Result<(Vec<u8>, u32, String), AppError> {
    let date = ctx.date_or_today(req.date.as_deref(), "date")?;
    let branding = super::report::branding(req.branding.as_ref())?;
    let pdf = mamori_report::render_blank_worksheet(&mamori_report::BlankInput {
        localizer: ctx.localizer(),
        locale: req.lang,
        date,
        branding: &branding,
    })
    .map_err(super::report::report_error)?;
    Ok((
        pdf.bytes,
        u32::try_from(pdf.pages).unwrap_or(u32::MAX),
        mamori_report::blank_worksheet_file_name(date, req.lang),
    ))
}

/// Saves blank worksheets for a seminar (the trainer's branding from Settings, no
/// organization) where the user chooses.
pub fn save_blank_worksheet(
    ctx: &AppCtx,
    req: crate::dto::SaveBlankWorksheetReq,
) -> Result<SavedFile, AppError> {
    let (bytes, pages, name) = render_blank_worksheet(
        ctx,
        &crate::dto::BlankWorksheetReq {
            lang: req.lang,
            date: Some(mamori_store::format_date(ctx.today())),
            branding: super::report::stored_branding(ctx).unwrap_or(None),
        },
    )?;
    super::files::save_pdf(ctx, &name, &bytes, pages)
}
