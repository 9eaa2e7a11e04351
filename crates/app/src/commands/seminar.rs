//! Seminar mode: an anonymous quick run scored without saving anything, the attendee's result
//! file (answers only), and the trainer's class view from many such files.

use std::collections::BTreeMap;
use std::path::Path;

use mamori_core::content::{ContentPacks, ids};
use mamori_core::scoring::{SelfCheckAnswer, score_maturity, score_selfcheck};
use mamori_core::seminar::{
    ATTENDEE_MAX_BYTES, AttendeeAnswers, AttendeeError, ClassSummary, class_summary,
    parse_attendee, write_attendee,
};
use mamori_store::Problem;

use super::content::packs;
use super::files::{ask_open_paths, save_with_dialog};
use super::journey::{invalid, journey};
use super::selfcheck::score_dto;
use crate::dto::{
    BandCount, ClassView, DirectionClassView, DirectionScore, HistogramBin, Journey, NoReq,
    QuestionClassView, QuickAnswers, QuickScore, SaveQuickRunReq, SavedFile, SkippedFile,
};
use crate::files::read_limited;
use crate::{AppCtx, AppError};

/// Checks quick-run answers against the content (any number of them).
fn checked(p: &ContentPacks, a: &QuickAnswers) -> Result<AttendeeAnswers, AppError> {
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
        let answer = SelfCheckAnswer::from_code(v).ok_or_else(|| {
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
    let points = |x: SelfCheckAnswer| {
        sc.scale
            .iter()
            .find(|s| s.code == x.code())
            .map_or(0, |s| s.points)
    };
    let directions = score_maturity(&p.maturity, &a.maturity)
        .map(|m| {
            m.directions
                .into_iter()
                .map(|d| DirectionScore {
                    direction: d.direction,
                    percent: d.percent,
                    dont_know: count(d.dont_know.len()),
                    unanswered: count(d.unanswered.len()),
                })
                .collect()
        })
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
    let name = mamori_filename::safe_file_name(&format!(
        "mamori-attendee-{}.json",
        mamori_store::format_date(ctx.today())
    ));
    save_with_dialog(
        ctx,
        "dialog-save-attendee",
        "filter-attendee",
        &["json"],
        &name,
        text.as_bytes(),
    )
}

/// Keeps a quick run as an organization after all: creates it and saves the answers in its
/// first round.
pub fn save_quick_run(ctx: &AppCtx, req: SaveQuickRunReq) -> Result<Journey, AppError> {
    let p = packs()?;
    let a = checked(p, &req.answers)?;
    let org = super::orgs::create_org(
        ctx,
        crate::dto::CreateOrgReq {
            name: req.name,
            ..crate::dto::CreateOrgReq::default()
        },
    )?;
    let id = super::orgs::parse_org_id(&org.id)?;
    let mut s = ctx.store()?;
    let round = s.start_next_round(
        id,
        super::journey::FRAMEWORK_VERSION,
        &ctx.content_ids().versions,
    )?;
    for (n, x) in &a.selfcheck {
        let answer = mamori_store::SelfCheckAnswer::parse(x.code()).ok_or_else(|| {
            AppError::new(
                crate::ErrorCode::Internal,
                "answer codes of core and store differ",
            )
        })?;
        s.save_selfcheck(round.id, *n, answer, None)?;
    }
    for (q, code) in &a.maturity {
        let answer = mamori_store::MaturityAnswer::parse(code).ok_or_else(|| {
            AppError::new(
                crate::ErrorCode::Internal,
                "maturity codes of core and store differ",
            )
        })?;
        s.save_maturity(round.id, q, answer, None)?;
    }
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
        AttendeeError::UnknownQuestion { id } => (
            "seminar-skip-unknown-question",
            vec![("question", id.clone())],
        ),
        AttendeeError::UnknownAnswer { id, value } => (
            "seminar-skip-unknown-answer",
            vec![("question", id.clone()), ("value", value.clone())],
        ),
        AttendeeError::Incomplete { missing } => (
            "seminar-skip-incomplete",
            vec![("missing", missing.to_string())],
        ),
    };
    SkippedFile {
        file: file.file_name().map_or_else(
            || file.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        ),
        message_id: id.to_owned(),
        args: args.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
    }
}

/// Reads attendee files: the ones that parse, and why the others were skipped (never fatal).
pub fn read_attendee_files(
    p: &ContentPacks,
    files: &[std::path::PathBuf],
) -> (Vec<AttendeeAnswers>, Vec<SkippedFile>) {
    let mut ok = Vec::new();
    let mut bad = Vec::new();
    for f in files {
        match read_limited(f, ATTENDEE_MAX_BYTES) {
            Err(_) => bad.push(SkippedFile {
                file: f.display().to_string(),
                message_id: "seminar-skip-unreadable".into(),
                args: BTreeMap::new(),
            }),
            Ok(bytes) => match parse_attendee(p, &bytes) {
                Ok(a) => ok.push(a),
                Err(e) => bad.push(skipped(f, &e)),
            },
        }
    }
    (ok, bad)
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
        mean: s.mean,
        median: s.median,
        questions: s
            .questions
            .iter()
            .map(|q| QuestionClassView {
                number: q.number,
                text_id: sme.question_message_id(q.number, "text"),
                mean_points: q.mean_points,
                answers: q.answers.clone(),
            })
            .collect(),
        weakest_questions: s.weakest_questions.clone(),
        directions: s
            .directions
            .iter()
            .map(|d| DirectionClassView {
                direction: d.direction.clone(),
                title_id: ids::join(&p.csm.pack, &[&d.direction, "title"]),
                attendees: d.attendees,
                mean_percent: d.mean_percent,
            })
            .collect(),
        weakest_directions: s.weakest_directions.clone(),
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
    ctx.set_class(Some(answers));
    Ok(class_view(p, &summary, skipped))
}

/// Renders the class report (PDF) of attendees' answers.
pub fn render_class_report(
    ctx: &AppCtx,
    answers: &[AttendeeAnswers],
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
    let (bytes, pages) = render_class_report(ctx, &answers, req.lang, today)?;
    let name = mamori_filename::safe_file_name(&format!(
        "mamori-class-{}-{}.pdf",
        mamori_store::format_date(today).replace('-', ""),
        req.lang.tag()
    ));
    let saved = save_with_dialog(
        ctx,
        "dialog-save-report",
        "filter-pdf",
        &["pdf"],
        &name,
        &bytes,
    )?;
    Ok(SavedFile {
        entries: saved.saved.then_some(pages),
        ..saved
    })
}
