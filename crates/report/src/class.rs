//! The seminar class report: the picture of a whole class from the attendees' anonymous result
//! files (score distribution, bands, the weakest questions and directions). Built as the same
//! [`ReportModel`] as the organization reports and laid out and drawn by the same code.

use mamori_core::content::{ContentPacks, ids};
use mamori_core::seminar::{ClassSummary, Figure, PERCENT_DECIMALS, Ranked, SCORE_DECIMALS};
use mamori_i18n::{Arg, Localizer};
use time::Date;

use crate::model::{
    Block, Cell, Column, Header, Meta, ParaStyle, Radar, RadarAxis, ReportModel, Row, Table,
};
use crate::{Branding, Pdf, ReportError, ReportKind};

/// Everything the class report is made from.
#[derive(Debug, Clone, Copy)]
pub struct ClassInput<'a> {
    /// The class.
    pub class: &'a ClassSummary,
    /// The messages.
    pub localizer: &'a Localizer,
    /// The report's language.
    pub locale: mamori_core::Locale,
    /// The seminar's date.
    pub date: Date,
    /// The trainer's branding.
    pub branding: &'a Branding,
    /// Files not counted (unreadable, not attendee files, or the same attendee again): the
    /// file's name and why, already in the report's language.
    pub skipped: &'a [SkippedLine],
}

/// A file the class report did not count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedLine {
    /// The file's name.
    pub file: String,
    /// Why, in the report's language.
    pub reason: String,
}

struct B<'a> {
    i: &'a ClassInput<'a>,
    p: &'a ContentPacks,
}

impl B<'_> {
    fn t(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.i.localizer.format(self.i.locale, id, args)
    }

    fn date(&self) -> String {
        let d = self.i.date;
        self.t(
            "report-date",
            &[
                ("year", d.year().to_string().into()),
                (
                    "monthName",
                    self.t(&format!("report-month-{}", u8::from(d.month())), &[])
                        .into(),
                ),
                ("day", d.day().to_string().into()),
            ],
        )
    }

    /// Scores and mean points: the one rounding rule of `mamori_core::seminar`.
    fn num(x: Figure) -> String {
        x.text(SCORE_DECIMALS)
    }

    /// A rank, marked when shared.
    fn rank<T>(&self, r: &Ranked<T>) -> String {
        if r.tied {
            self.t(
                "report-class-rank-tied",
                &[("rank", r.rank.to_string().into())],
            )
        } else {
            r.rank.to_string()
        }
    }

    fn blocks(&self) -> Vec<Block> {
        let c = self.i.class;
        let sc = &self.p.sme.selfcheck;
        let mut fields = vec![
            (
                self.t("report-class-attendees", &[]),
                c.attendees.to_string(),
            ),
            (self.t("report-class-mean", &[]), Self::num(c.mean)),
            (self.t("report-class-median", &[]), Self::num(c.median)),
        ];
        if !self.i.skipped.is_empty() {
            fields.push((
                self.t("report-class-not-counted", &[]),
                self.t(
                    "report-class-not-counted-count",
                    &[(
                        "count",
                        i64::try_from(self.i.skipped.len())
                            .unwrap_or(i64::MAX)
                            .into(),
                    )],
                ),
            ));
        }
        let mut out = vec![
            Block::Title {
                text: self.t("report-class-title", &[]),
                sub: Some(self.date()),
            },
            Block::Fields(fields),
            Block::Para {
                text: self.t("report-class-anonymous", &[]),
                style: ParaStyle::Small,
            },
            Block::Heading {
                level: 1,
                text: self.t("report-class-distribution", &[]),
            },
        ];
        let widest = c.histogram.iter().map(|h| h.2).max().unwrap_or(0).max(1);
        out.push(Block::Table(Table {
            columns: vec![
                Column {
                    title: self.t("report-class-range", &[]),
                    width: 1.2,
                },
                Column {
                    title: self.t("report-class-count", &[]),
                    width: 0.8,
                },
                Column {
                    title: String::new(),
                    width: 3.0,
                },
            ],
            rows: c
                .histogram
                .iter()
                .map(|(from, to, n)| Row {
                    cells: vec![
                        Cell::new(self.t(
                            "report-class-range-value",
                            &[
                                ("from", from.to_string().into()),
                                ("to", to.to_string().into()),
                                ("single", if from == to { "yes" } else { "no" }.into()),
                            ],
                        )),
                        Cell::new(n.to_string()),
                        // A bar of up to 20 squares, scaled to the largest range.
                        Cell::new("■".repeat(((n * 20).div_ceil(widest)) as usize)),
                    ],
                    highlight: false,
                })
                .collect(),
            font_size: 9.0,
        }));
        out.push(Block::Heading {
            level: 2,
            text: self.t("report-class-bands", &[]),
        });
        out.push(Block::Table(Table {
            columns: vec![
                Column {
                    title: self.t("report-class-band", &[]),
                    width: 3.0,
                },
                Column {
                    title: self.t("report-class-count", &[]),
                    width: 1.0,
                },
            ],
            rows: c
                .bands
                .iter()
                .map(|(band, n)| Row {
                    cells: vec![
                        Cell::new(self.t(&self.p.sme.band_title_id(band), &[])),
                        Cell::new(n.to_string()),
                    ],
                    highlight: false,
                })
                .collect(),
            font_size: 9.0,
        }));

        out.push(Block::Keep(60.0));
        out.push(Block::Heading {
            level: 1,
            text: self.t("report-class-weakest-questions", &[]),
        });
        let code_title = |code: &str| self.t(&self.p.sme.scale_label_id(code), &[]);
        let mut cols = vec![
            Column {
                title: self.t("report-class-rank", &[]),
                width: 1.25,
            },
            Column {
                title: self.t("report-class-question", &[]),
                width: 3.8,
            },
            Column {
                title: self.t("report-class-mean-points", &[]),
                width: 0.9,
            },
        ];
        cols.extend(sc.scale.iter().map(|s| Column {
            title: code_title(&s.code),
            width: 0.9,
        }));
        out.push(Block::Table(Table {
            columns: cols,
            rows: c
                .weakest_questions
                .iter()
                .filter_map(|r| {
                    c.questions
                        .iter()
                        .find(|q| q.number == r.item)
                        .map(|q| (r, q))
                })
                .map(|(r, q)| {
                    let mut cells = vec![
                        Cell::new(self.rank(r)),
                        Cell::new(format!(
                            "{}. {}",
                            q.number,
                            self.t(&self.p.sme.question_message_id(q.number, "text"), &[])
                        )),
                        Cell::bold(Self::num(q.mean_points)),
                    ];
                    cells.extend(sc.scale.iter().map(|s| {
                        Cell::new(q.answers.get(&s.code).copied().unwrap_or(0).to_string())
                    }));
                    Row {
                        cells,
                        highlight: false,
                    }
                })
                .collect(),
            font_size: 8.5,
        }));

        out.push(Block::Keep(90.0));
        out.push(Block::Heading {
            level: 1,
            text: self.t("report-class-directions", &[]),
        });
        let answered = c.directions.iter().any(|d| d.attendees > 0);
        if answered {
            let title = |d: &str| self.t(&ids::join(&self.p.csm.pack, &[d, "title"]), &[]);
            out.push(Block::Radar(Radar {
                axes: self
                    .p
                    .csm
                    .directions
                    .iter()
                    .map(|d| {
                        let v = c
                            .directions
                            .iter()
                            .find(|x| x.direction == d.id)
                            .map_or(Figure::new(0, 1), |x| x.mean_percent);
                        let shown = v.text(PERCENT_DECIMALS);
                        RadarAxis {
                            short: d.number.to_string(),
                            label: self.t(
                                "report-radar-legend",
                                &[
                                    ("number", d.number.to_string().into()),
                                    ("title", title(&d.id).into()),
                                    ("percent", shown.clone().into()),
                                ],
                            ),
                            // The chart draws the same whole percent as its label.
                            value: shown.parse::<u32>().unwrap_or(0).min(100),
                        }
                    })
                    .collect(),
                note: Some(self.t("report-class-radar-note", &[])),
            }));
            let weakest: Vec<String> = c
                .weakest_directions
                .iter()
                .map(|d| {
                    if d.tied {
                        self.t(
                            "report-class-direction-tied",
                            &[
                                ("title", title(&d.item).into()),
                                ("rank", d.rank.to_string().into()),
                            ],
                        )
                    } else {
                        title(&d.item)
                    }
                })
                .collect();
            out.push(Block::Para {
                text: self.t(
                    "report-class-weakest-directions",
                    &[("directions", weakest.join(" / ").into())],
                ),
                style: ParaStyle::Strong,
            });
        } else {
            out.push(Block::Para {
                text: self.t("report-class-no-maturity", &[]),
                style: ParaStyle::Normal,
            });
        }
        if !self.i.skipped.is_empty() {
            out.push(Block::Heading {
                level: 2,
                text: self.t("report-class-skipped", &[]),
            });
            out.push(Block::Table(Table {
                columns: vec![
                    Column {
                        title: self.t("report-class-file", &[]),
                        width: 2.0,
                    },
                    Column {
                        title: self.t("report-class-reason", &[]),
                        width: 4.0,
                    },
                ],
                rows: self
                    .i
                    .skipped
                    .iter()
                    .map(|s| Row {
                        cells: vec![Cell::new(s.file.clone()), Cell::new(s.reason.clone())],
                        highlight: false,
                    })
                    .collect(),
                font_size: 8.5,
            }));
        }
        out
    }
}

/// The class report's model.
pub fn class_model(
    input: &ClassInput<'_>,
    logo_aspect: Option<f32>,
) -> Result<ReportModel, ReportError> {
    let p = ContentPacks::embedded().map_err(|e| ReportError::Content(e.to_string()))?;
    let b = B { i: input, p };
    let title = b.t("report-class-title", &[]);
    let footer_sources: Vec<String> = ["ipa-sme-3-1", "meti-csm-3-0"]
        .iter()
        .filter_map(|id| p.sources.sources.iter().find(|s| s.id == *id))
        .map(|s| match &s.edition {
            Some(e) if !s.title_ja.contains(e.as_str()) => format!("{} {e}", s.title_ja),
            _ => s.title_ja.clone(),
        })
        .collect();
    let sep = match input.locale {
        mamori_core::Locale::Ja => "、",
        mamori_core::Locale::En => "; ",
    };
    Ok(ReportModel {
        kind: ReportKind::Class,
        meta: Meta {
            title: title.clone(),
            author: input
                .branding
                .contractor_name
                .clone()
                .unwrap_or_else(|| b.t("app-name", &[])),
            subject: title,
            lang: input.locale.tag().to_owned(),
            date: input.date,
        },
        header: Header {
            contractor: input.branding.contractor_name.clone(),
            contact: input.branding.contact_line.clone(),
            logo_aspect,
            client: b.t("report-class-header", &[]),
        },
        footer: b.t(
            "report-footer",
            &[("sources", footer_sources.join(sep).into())],
        ),
        page_label: b.t(
            "report-page",
            &[("page", "%PAGE%".into()), ("total", "%TOTAL%".into())],
        ),
        blocks: b.blocks(),
    })
}

/// Renders the class report to a PDF.
pub fn render_class(input: &ClassInput<'_>) -> Result<Pdf, ReportError> {
    let logo = match &input.branding.logo {
        Some(bytes) => Some(crate::draw::decode_logo(bytes)?),
        None => None,
    };
    let aspect = logo
        .as_ref()
        .map(|l| l.width as f32 / (l.height.max(1) as f32));
    let model = class_model(input, aspect)?;
    let measure = crate::fonts::FontMeasure::new()?;
    let pages = crate::layout::layout(&model, &measure);
    Ok(Pdf {
        bytes: crate::draw::draw(&model, &pages, logo)?,
        pages: pages.len(),
    })
}
