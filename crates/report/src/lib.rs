//! Mamori's PDF reports: the executive summary, the full report, the basic security policy,
//! the incident first-hour card and blank worksheets, in Japanese or English.
//!
//! Three steps, each testable on its own:
//! 1. [`model`]: an organization's data, the content packs and the messages become a
//!    [`model::ReportModel`]: localized strings, computed scores, tables, a radar chart.
//! 2. [`layout`]: the model becomes A4 [`layout::Page`]s of positioned items (pure: text is
//!    measured with the embedded font's advance widths; Japanese line breaking with kinsoku).
//! 3. `draw`: the pages become PDF operations and bytes (printpdf), with the font subset,
//!    document metadata and ids fixed by the report date, so the same input gives the same bytes.
//!
//! Depends on `mamori-core`, `mamori-i18n` and `mamori-store` (for `OrgData`); does no I/O and
//! knows nothing of Tauri. The font (Noto Sans JP, SIL OFL 1.1) is embedded from
//! `assets/fonts/`.
#![deny(missing_docs)]

pub mod class;
mod draw;
mod fonts;
pub mod layout;
pub mod model;

use mamori_core::{ContentPacks, Locale};
use mamori_i18n::Localizer;
use mamori_store::OrgData;
use time::Date;

/// Which report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReportKind {
    /// Executive summary (1–2 pages).
    Summary,
    /// Everything recorded for the organization.
    Full,
    /// The basic security policy, ready to sign.
    Policy,
    /// The incident first-hour card (one page).
    Incident,
    /// Blank worksheets for seminars.
    Worksheet,
    /// A seminar class's results (from attendee files, not an organization): see
    /// [`class::render_class`].
    Class,
}

impl ReportKind {
    /// Every report of an organization, in menu order (not [`ReportKind::Class`]).
    pub const ALL: [ReportKind; 5] = [
        ReportKind::Summary,
        ReportKind::Full,
        ReportKind::Policy,
        ReportKind::Incident,
        ReportKind::Worksheet,
    ];

    /// The name used on the command line, in file names and in message ids.
    pub fn as_str(self) -> &'static str {
        match self {
            ReportKind::Summary => "summary",
            ReportKind::Full => "full",
            ReportKind::Policy => "policy",
            ReportKind::Incident => "incident",
            ReportKind::Worksheet => "worksheet",
            ReportKind::Class => "class",
        }
    }

    /// The kind named `s` (see [`ReportKind::as_str`]).
    pub fn parse(s: &str) -> Option<ReportKind> {
        ReportKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A contractor's branding, shown in the header of every page and on the summary.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Branding {
    /// The contractor's name.
    pub contractor_name: Option<String>,
    /// A contact line (phone, e-mail, web).
    pub contact_line: Option<String>,
    /// A logo, PNG or JPEG bytes.
    pub logo: Option<Vec<u8>>,
}

/// Everything a report is made from.
#[derive(Debug, Clone, Copy)]
pub struct ReportInput<'a> {
    /// The organization with its rounds, actions, partners and documents.
    pub data: &'a OrgData,
    /// The messages.
    pub localizer: &'a Localizer,
    /// The report's language (independent of the UI's).
    pub locale: Locale,
    /// The report's date: printed, used for "overdue", and the PDF's creation date.
    pub date: Date,
    /// The contractor's branding.
    pub branding: &'a Branding,
}

/// Why a report could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReportError {
    /// The logo is not a PNG or JPEG image that can be decoded.
    #[error("the logo is not a readable PNG or JPEG image: {0}")]
    BadLogo(String),
    /// The embedded font could not be parsed (a broken build).
    #[error("the embedded font could not be parsed")]
    Font,
    /// The embedded content packs are invalid (a broken build).
    #[error("the embedded content is invalid: {0}")]
    Content(String),
    /// Writing the PDF failed.
    #[error("the PDF could not be written: {0}")]
    Write(String),
}

/// The report's model and pages, without drawing them (for tests and previews). The logo, if
/// any, is not decoded here, so the layout leaves no room for it.
pub fn lay_out(
    kind: ReportKind,
    input: &ReportInput<'_>,
) -> Result<(model::ReportModel, Vec<layout::Page>), ReportError> {
    lay_out_with_logo(kind, input, None)
}

fn lay_out_with_logo(
    kind: ReportKind,
    input: &ReportInput<'_>,
    logo_aspect: Option<f32>,
) -> Result<(model::ReportModel, Vec<layout::Page>), ReportError> {
    if kind == ReportKind::Class {
        return Err(ReportError::Content(
            "the class report is made from a class: use class::render_class".into(),
        ));
    }
    let packs = ContentPacks::embedded().map_err(|e| ReportError::Content(e.to_string()))?;
    let model = model::build(kind, input, packs, logo_aspect);
    let measure = fonts::FontMeasure::new()?;
    let pages = layout::layout(&model, &measure);
    Ok((model, pages))
}

/// A rendered report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pdf {
    /// The PDF file.
    pub bytes: Vec<u8>,
    /// Its number of pages.
    pub pages: usize,
}

/// Renders a report to a PDF.
pub fn render(kind: ReportKind, input: &ReportInput<'_>) -> Result<Pdf, ReportError> {
    let logo = match &input.branding.logo {
        Some(bytes) => Some(draw::decode_logo(bytes)?),
        None => None,
    };
    let aspect = logo
        .as_ref()
        .map(|l| l.width as f32 / (l.height.max(1) as f32));
    let (model, pages) = lay_out_with_logo(kind, input, aspect)?;
    Ok(Pdf {
        bytes: draw::draw(&model, &pages, logo)?,
        pages: pages.len(),
    })
}

/// What blank worksheets are made from: no organization, only the language, the date (of the
/// PDF's metadata; nothing on the page) and the trainer's branding.
#[derive(Debug, Clone, Copy)]
pub struct BlankInput<'a> {
    /// The messages.
    pub localizer: &'a Localizer,
    /// The worksheets' language.
    pub locale: Locale,
    /// The PDF's date.
    pub date: Date,
    /// The trainer's branding.
    pub branding: &'a Branding,
}

/// The stand-in organization of blank worksheets: an empty name (no stored organization has
/// one), nothing recorded.
fn blank_org(date: Date) -> OrgData {
    let at = mamori_store::Timestamp::from_datetime(date.midnight().assume_utc());
    OrgData {
        organization: mamori_store::Organization {
            id: mamori_store::Uuid::nil(),
            name: String::new(),
            name_reading: None,
            industry: None,
            employee_band: None,
            contact_person: None,
            notes: None,
            archived_at: None,
            created_at: at,
            updated_at: at,
        },
        rounds: Vec::new(),
        actions: Vec::new(),
        partners: Vec::new(),
        documents: Vec::new(),
    }
}

/// The model and pages of blank worksheets (for tests).
pub fn lay_out_blank_worksheet(
    input: &BlankInput<'_>,
) -> Result<(model::ReportModel, Vec<layout::Page>), ReportError> {
    let data = blank_org(input.date);
    lay_out(ReportKind::Worksheet, &blank_report_input(input, &data))
}

fn blank_report_input<'a>(input: &BlankInput<'a>, data: &'a OrgData) -> ReportInput<'a> {
    ReportInput {
        data,
        localizer: input.localizer,
        locale: input.locale,
        date: input.date,
        branding: input.branding,
    }
}

/// Renders blank worksheets for a seminar: no organization anywhere, the company, the person
/// and the date left to be written in; the scoring key and the band table included.
pub fn render_blank_worksheet(input: &BlankInput<'_>) -> Result<Pdf, ReportError> {
    let data = blank_org(input.date);
    render(ReportKind::Worksheet, &blank_report_input(input, &data))
}

/// The file name of blank worksheets: `mamori-worksheet-<YYYYMMDD>-<lang>.pdf`.
pub fn blank_worksheet_file_name(date: Date, locale: Locale) -> String {
    mamori_core::filename::safe_file_name(&format!(
        "mamori-worksheet-{}-{}.pdf",
        mamori_store::format_date_compact(date),
        locale.tag()
    ))
}

/// A file name for the report: `mamori-<kind>-<org>-<YYYYMMDD>-<lang>.pdf`, safe on every system
/// (`mamori_filename`).
pub fn file_name(kind: ReportKind, org_name: &str, date: Date, locale: Locale) -> String {
    mamori_core::filename::safe_file_name(&format!(
        "mamori-{}-{}-{}-{}.pdf",
        kind.as_str(),
        mamori_core::filename::name_part(org_name),
        mamori_store::format_date_compact(date),
        locale.tag()
    ))
}
