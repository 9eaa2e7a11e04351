//! The report model: what a report says, as plain data. Built from an organization's data, the
//! content packs and the messages; every string is already localized and every number already
//! computed (with `mamori_core::scoring`), so the layout only places text and shapes.
//!
//! One module per report kind (`summary`, `full`, `policy`, `incident`, `worksheet`); the blocks
//! they are made of are in `blocks`, and what they share (the `Builder` with its localized
//! dates, headings and cells, the rounds and documents of an organization) in `builder`.

mod blocks;
mod builder;
mod full;
mod incident;
mod policy;
mod summary;
mod worksheet;

use mamori_core::ContentPacks;

pub use blocks::{
    Block, Cell, Column, Header, Meta, ParaStyle, Radar, RadarAxis, ReportModel, Row, Table,
};
use builder::Builder;

use crate::{ReportInput, ReportKind};

/// Builds the model of one report kind.
pub fn build(
    kind: ReportKind,
    input: &ReportInput<'_>,
    packs: &ContentPacks,
    logo_aspect: Option<f32>,
) -> ReportModel {
    let b = Builder {
        l: input.localizer,
        input,
        packs,
        logo_aspect,
    };
    let blocks = match kind {
        ReportKind::Summary => b.summary(kind),
        ReportKind::Full => b.full(),
        ReportKind::Policy => b.policy(),
        ReportKind::Incident => b.incident(),
        ReportKind::Worksheet => b.worksheet(),
        // Refused before this point (`lay_out_with_logo`): a class report has no organization.
        ReportKind::Class => Vec::new(),
    };
    let org = &input.data.organization.name;
    let title = b.t(&format!("report-{}-title", kind.as_str()), &[]);
    let brand = &input.branding;
    let blank = b.is_blank();
    ReportModel {
        kind,
        meta: Meta {
            title: if blank {
                title.clone()
            } else {
                format!("{title} – {org}")
            },
            author: brand
                .contractor_name
                .clone()
                .unwrap_or_else(|| b.t("app-name", &[])),
            subject: if blank { title } else { org.clone() },
            lang: input.locale.tag().to_owned(),
            date: input.date,
        },
        header: Header {
            contractor: brand.contractor_name.clone(),
            contact: brand.contact_line.clone(),
            logo_aspect,
            // Blank worksheets: a line to write the company on, on every page.
            client: if blank {
                b.t(
                    "report-client",
                    &[("name", b.t("report-blank", &[]).into())],
                )
            } else {
                b.t("report-client", &[("name", org.as_str().into())])
            },
        },
        footer: b.footer(),
        page_label: b.t(
            "report-page",
            &[("page", "%PAGE%".into()), ("total", "%TOTAL%".into())],
        ),
        blocks,
    }
}
