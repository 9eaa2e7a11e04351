//! The report model: what a report says, as plain data. Built from an organization's data, the
//! content packs and the messages; every string is already localized and every number already
//! computed (with `mamori_core::scoring`), so the layout only places text and shapes.

use std::collections::BTreeMap;

use mamori_core::ContentPacks;
use mamori_core::content::Publisher;
use mamori_core::scoring::{
    MaturityScore, SelfCheckAnswer, SelfCheckScore, score_maturity, score_selfcheck,
};
use mamori_i18n::{Arg, Localizer};
use mamori_store::{
    ActionItem, ActionSource, ActionStatus, DocumentKind, IncidentCard, OrgData, RoundData,
    StepStatus,
};
use time::Date;

use crate::{ReportInput, ReportKind};

/// A whole report.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportModel {
    /// Which report.
    pub kind: ReportKind,
    /// PDF metadata.
    pub meta: Meta,
    /// What every page's header shows.
    pub header: Header,
    /// The footer notice on every page (who wrote it, sources).
    pub footer: String,
    /// The page number label, with `%PAGE%` and `%TOTAL%` to fill in.
    pub page_label: String,
    /// The content, in order.
    pub blocks: Vec<Block>,
}

/// PDF document information.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    /// Title.
    pub title: String,
    /// Author: the contractor if branded, else Mamori.
    pub author: String,
    /// Subject: the client organization.
    pub subject: String,
    /// BCP 47 language tag.
    pub lang: String,
    /// The report's date (also its creation date).
    pub date: Date,
}

/// Page header contents.
#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    /// The contractor's name (branding).
    pub contractor: Option<String>,
    /// The contractor's contact line (branding).
    pub contact: Option<String>,
    /// Width ÷ height of the contractor's logo, if there is one.
    pub logo_aspect: Option<f32>,
    /// The client organization's name.
    pub client: String,
}

/// A block of content.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// The report title with an optional subtitle line.
    Title {
        /// Title.
        text: String,
        /// Subtitle.
        sub: Option<String>,
    },
    /// A heading (level 1–3).
    Heading {
        /// 1 = section, 2 = subsection, 3 = minor.
        level: u8,
        /// Text.
        text: String,
    },
    /// A paragraph; `\n` starts a new line.
    Para {
        /// Text.
        text: String,
        /// Style.
        style: ParaStyle,
    },
    /// Label–value pairs.
    Fields(Vec<(String, String)>),
    /// A table.
    Table(Table),
    /// A radar chart.
    Radar(Radar),
    /// A label with ruled lines to write on.
    WriteLines {
        /// Label.
        label: String,
        /// Number of lines (fewer if the page is nearly full).
        lines: u32,
        /// Left out when not even one line fits on the page (rather than starting a new one).
        optional: bool,
    },
    /// The contractor's logo, large.
    Logo {
        /// Width ÷ height.
        aspect: f32,
    },
    /// Vertical space in mm.
    Space(f32),
    /// Start a new page unless this many mm are left (keeps what follows together).
    Keep(f32),
    /// Start a new page.
    PageBreak,
}

/// Paragraph styles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParaStyle {
    /// Body text.
    Normal,
    /// Bold body text.
    Strong,
    /// Small, grey (notes, sources).
    Small,
    /// Large, bold (a score).
    Big,
    /// Slightly smaller body text (a one-page policy).
    Compact,
}

/// A table: a header row (repeated on every page it spans) and rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Columns.
    pub columns: Vec<Column>,
    /// Rows, each with one cell per column.
    pub rows: Vec<Row>,
    /// Font size in points.
    pub font_size: f32,
}

/// A table column.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// Header text.
    pub title: String,
    /// Relative width.
    pub width: f32,
}

/// A table row.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Cells.
    pub cells: Vec<Cell>,
    /// Shown highlighted (e.g. a "don't know" answer).
    pub highlight: bool,
}

/// A table cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// Text; `\n` starts a new line.
    pub text: String,
    /// Bold.
    pub bold: bool,
    /// Grey.
    pub muted: bool,
}

impl Cell {
    /// A plain cell.
    pub fn new(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            bold: false,
            muted: false,
        }
    }
    /// A bold cell.
    pub fn bold(text: impl Into<String>) -> Cell {
        Cell {
            bold: true,
            ..Cell::new(text)
        }
    }
}

/// A radar chart of percentages.
#[derive(Debug, Clone, PartialEq)]
pub struct Radar {
    /// One axis per direction, clockwise from the top.
    pub axes: Vec<RadarAxis>,
    /// A note under the legend.
    pub note: Option<String>,
}

/// One radar axis.
#[derive(Debug, Clone, PartialEq)]
pub struct RadarAxis {
    /// The label at the axis end (a number).
    pub short: String,
    /// The legend line.
    pub label: String,
    /// 0–100.
    pub value: u32,
}

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
    ReportModel {
        kind,
        meta: Meta {
            title: format!("{title} – {org}"),
            author: brand
                .contractor_name
                .clone()
                .unwrap_or_else(|| b.t("app-name", &[])),
            subject: org.clone(),
            lang: input.locale.tag().to_owned(),
            date: input.date,
        },
        header: Header {
            contractor: brand.contractor_name.clone(),
            contact: brand.contact_line.clone(),
            logo_aspect,
            client: b.t("report-client", &[("name", org.as_str().into())]),
        },
        footer: b.footer(),
        page_label: b.t(
            "report-page",
            &[("page", "%PAGE%".into()), ("total", "%TOTAL%".into())],
        ),
        blocks,
    }
}

/// The current (latest) round and the one before it.
fn selfcheck_answers(r: &RoundData) -> BTreeMap<u32, SelfCheckAnswer> {
    r.selfcheck.iter().map(|a| (a.question, a.answer)).collect()
}

fn maturity_answers(r: &RoundData) -> BTreeMap<String, String> {
    r.maturity
        .iter()
        .map(|a| (a.question_id.clone(), a.answer.as_str().to_owned()))
        .collect()
}

struct Builder<'a> {
    l: &'a Localizer,
    input: &'a ReportInput<'a>,
    packs: &'a ContentPacks,
    logo_aspect: Option<f32>,
}

impl Builder<'_> {
    fn t(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.l.format(self.input.locale, id, args)
    }

    fn date(&self, d: Date) -> String {
        let month = u8::from(d.month());
        self.t(
            "report-date",
            &[
                ("year", d.year().to_string().into()),
                (
                    "monthName",
                    self.t(&format!("report-month-{month}"), &[]).into(),
                ),
                ("day", d.day().to_string().into()),
            ],
        )
    }

    fn opt_date(&self, d: Option<Date>) -> String {
        d.map(|d| self.date(d)).unwrap_or_default()
    }

    fn footer(&self) -> String {
        let titles: Vec<String> = ["meti-csm-3-0", "ipa-sme-3-1"]
            .iter()
            .filter_map(|id| self.packs.sources.sources.iter().find(|s| s.id == *id))
            // The official title with its edition, unless the title already names it.
            .map(|s| match &s.edition {
                Some(e) if !s.title_ja.contains(e.as_str()) => format!("{} {e}", s.title_ja),
                _ => s.title_ja.clone(),
            })
            .collect();
        self.t(
            "report-footer",
            &[("sources", titles.join(self.sep()).into())],
        )
    }

    fn sep(&self) -> &'static str {
        match self.input.locale {
            mamori_core::Locale::Ja => "、",
            mamori_core::Locale::En => "; ",
        }
    }

    fn title_block(&self, kind: ReportKind) -> Block {
        let org = &self.input.data.organization.name;
        Block::Title {
            text: self.t(&format!("report-{}-title", kind.as_str()), &[]),
            sub: Some(self.t(
                "report-subtitle",
                &[
                    ("org", org.as_str().into()),
                    ("date", self.date(self.input.date).into()),
                ],
            )),
        }
    }

    fn heading(&self, level: u8, id: &str) -> Block {
        Block::Heading {
            level,
            text: self.t(id, &[]),
        }
    }

    fn para(&self, text: String) -> Block {
        Block::Para {
            text,
            style: ParaStyle::Normal,
        }
    }

    fn small(&self, text: String) -> Block {
        Block::Para {
            text,
            style: ParaStyle::Small,
        }
    }

    fn score(&self, r: &RoundData) -> Option<SelfCheckScore> {
        score_selfcheck(&self.packs.sme.selfcheck, &selfcheck_answers(r)).ok()
    }

    fn maturity(&self, r: &RoundData) -> Option<MaturityScore> {
        score_maturity(&self.packs.maturity, &maturity_answers(r)).ok()
    }

    fn round_label(&self, r: &RoundData, data: &OrgData) -> String {
        let n = data
            .rounds
            .iter()
            .position(|x| x.round.id == r.round.id)
            .map_or(1, |i| i + 1);
        self.t(
            "report-round",
            &[
                ("number", n.to_string().into()),
                ("started", self.date(r.round.started_at.date()).into()),
            ],
        )
    }

    /// Organization, date, round and who prepared it.
    fn about(&self) -> Block {
        let data = self.input.data;
        let o = &data.organization;
        let mut rows = vec![(self.t("report-label-org", &[]), o.name.clone())];
        if let Some(i) = &o.industry {
            rows.push((self.t("report-label-industry", &[]), i.clone()));
        }
        if let Some(p) = &o.contact_person {
            rows.push((self.t("report-label-contact", &[]), p.clone()));
        }
        rows.push((self.t("report-label-date", &[]), self.date(self.input.date)));
        if let (Some(r), _) = data.current_rounds() {
            rows.push((self.t("report-label-round", &[]), self.round_label(r, data)));
        }
        if let Some(c) = &self.input.branding.contractor_name {
            rows.push((self.t("report-label-prepared-by", &[]), c.clone()));
        }
        Block::Fields(rows)
    }

    /// The self-check score and band, or how far the current round has got.
    fn score_blocks(&self, out: &mut Vec<Block>) {
        let data = self.input.data;
        let (current, previous) = data.current_rounds();
        out.push(self.heading(2, "report-selfcheck-heading"));
        let Some(current) = current else {
            out.push(self.para(self.t("report-no-round", &[])));
            return;
        };
        let sc = &self.packs.sme;
        match self.score(current) {
            Some(s) => {
                out.push(Block::Para {
                    text: self.t(
                        "report-score",
                        &[
                            ("total", s.total.to_string().into()),
                            ("max", s.max.to_string().into()),
                        ],
                    ),
                    style: ParaStyle::Big,
                });
                out.push(Block::Para {
                    text: self.t(&sc.band_title_id(&s.band), &[]),
                    style: ParaStyle::Strong,
                });
                out.push(self.para(self.t(&sc.band_advice_id(&s.band), &[])));
                if !s.dont_know.is_empty() {
                    out.push(self.para(self.t(
                        "report-dont-know-count",
                        &[("count", (s.dont_know.len() as i64).into())],
                    )));
                }
            }
            None => {
                let answered = current.selfcheck.len();
                out.push(Block::Para {
                    text: self.t(
                        "report-score-incomplete",
                        &[
                            ("answered", (answered as i64).into()),
                            ("total", (sc.selfcheck.questions.len() as i64).into()),
                        ],
                    ),
                    style: ParaStyle::Strong,
                });
            }
        }
        // Since last round.
        if let Some(prev) = previous
            && let Some(p) = self.score(prev)
        {
            let when = self.date(prev.round.started_at.date());
            let line = match self.score(current) {
                Some(now) => {
                    let diff = now.total - p.total;
                    let diff = if diff > 0 {
                        format!("+{diff}")
                    } else {
                        diff.to_string()
                    };
                    self.t(
                        "report-since-last",
                        &[
                            ("date", when.into()),
                            ("before", p.total.to_string().into()),
                            ("now", now.total.to_string().into()),
                            ("diff", diff.into()),
                        ],
                    )
                }
                None => self.t(
                    "report-last-score",
                    &[
                        ("date", when.into()),
                        ("score", p.total.to_string().into()),
                        ("band", self.t(&sc.band_title_id(&p.band), &[]).into()),
                    ],
                ),
            };
            out.push(Block::Para {
                text: line,
                style: ParaStyle::Strong,
            });
        }
    }

    /// SECURITY ACTION: which level the company could declare, and what is missing.
    fn star_blocks(&self, out: &mut Vec<Block>) {
        let data = self.input.data;
        out.push(self.heading(2, "report-star-heading"));
        let levels = mamori_core::progress::evaluate(self.packs, &data.facts()).levels;
        let best = levels.iter().rev().find(|l| l.ready);
        let line = match best {
            Some(l) => self.t(
                "report-star-ready",
                &[(
                    "level",
                    self.t(&format!("sa-{}-title", l.level), &[]).into(),
                )],
            ),
            None => self.t("report-star-none", &[]),
        };
        out.push(Block::Para {
            text: line,
            style: ParaStyle::Strong,
        });
        if let Some(next) = levels.iter().find(|l| !l.ready) {
            let missing: Vec<String> = next
                .checks
                .iter()
                .filter(|c| !c.met)
                .map(|c| format!("□ {}", self.t(&format!("sa-req-{}", c.check.tag()), &[])))
                .collect();
            out.push(self.para(format!(
                "{}\n{}",
                self.t(
                    "report-star-next",
                    &[(
                        "level",
                        self.t(&format!("sa-{}-title", next.level), &[]).into()
                    )]
                ),
                missing.join("\n")
            )));
        }
        out.push(self.small(self.t("sa-notice", &[])));
    }

    fn radar(&self) -> Option<Block> {
        let (current, _) = self.input.data.current_rounds();
        let m = self.maturity(current?)?;
        let axes = self
            .packs
            .csm
            .directions
            .iter()
            .map(|d| {
                let value = m
                    .directions
                    .iter()
                    .find(|x| x.direction == d.id)
                    .map_or(0, |x| x.percent);
                RadarAxis {
                    short: d.number.to_string(),
                    label: self.t(
                        "report-radar-legend",
                        &[
                            ("number", d.number.to_string().into()),
                            (
                                "title",
                                self.t(&format!("{}-{}-title", self.packs.csm.pack, d.id), &[])
                                    .into(),
                            ),
                            ("percent", value.to_string().into()),
                        ],
                    ),
                    value,
                }
            })
            .collect();
        Some(Block::Radar(Radar {
            axes,
            note: Some(self.t("mat-disclaimer", &[])),
        }))
    }

    fn action_status(&self, s: ActionStatus) -> String {
        self.t(&format!("report-action-status-{}", s.as_str()), &[])
    }

    fn action_source(&self, s: ActionSource) -> String {
        self.t(&format!("report-action-source-{}", s.as_str()), &[])
    }

    /// Open actions, overdue first, then by due date.
    fn open_actions(&self) -> Vec<&ActionItem> {
        let mut v: Vec<&ActionItem> = self
            .input
            .data
            .actions
            .iter()
            .filter(|a| a.input.status != ActionStatus::Done)
            .collect();
        v.sort_by_key(|a| (a.input.due_date.is_none(), a.input.due_date, a.created_at));
        v
    }

    fn due_cell(&self, a: &ActionItem) -> Cell {
        let mut text = self.opt_date(a.input.due_date);
        if a.is_overdue(self.input.date) {
            text = self.t("report-overdue", &[("date", text.into())]);
            return Cell::bold(text);
        }
        Cell::new(text)
    }

    fn summary(&self, kind: ReportKind) -> Vec<Block> {
        let mut out = vec![];
        if let Some(aspect) = self.logo_aspect {
            out.push(Block::Logo { aspect });
        }
        out.push(self.title_block(kind));
        out.push(self.about());
        self.score_blocks(&mut out);
        self.star_blocks(&mut out);
        out.push(self.heading(2, "report-maturity-heading"));
        match self.radar() {
            Some(r) => out.push(r),
            None => out.push(self.para(self.t("report-no-round", &[]))),
        }
        out.push(self.heading(2, "report-top-actions-heading"));
        let actions = self.open_actions();
        if actions.is_empty() {
            out.push(self.para(self.t("report-no-actions", &[])));
        } else {
            out.push(Block::Table(Table {
                columns: vec![
                    self.col("report-col-action", 5.0),
                    self.col("report-col-owner", 2.0),
                    self.col("report-col-due", 2.8),
                ],
                rows: actions
                    .iter()
                    .take(5)
                    .map(|a| Row {
                        cells: vec![
                            Cell::new(a.input.title.clone()),
                            Cell::new(a.input.owner.clone().unwrap_or_default()),
                            self.due_cell(a),
                        ],
                        highlight: false,
                    })
                    .collect(),
                font_size: 9.0,
            }));
        }
        out
    }

    /// One row per step with its status, owner, dates, notes and evidence in `round`.
    fn steps_table(
        &self,
        pack: &str,
        parent: &str,
        steps: &[mamori_core::content::Step],
        round: Option<&RoundData>,
    ) -> Block {
        let rows = steps
            .iter()
            .map(|s| {
                let key = format!("{pack}/{parent}/{}", s.id);
                let p = round.and_then(|r| r.steps.iter().find(|p| p.step_id == key));
                let status = p.map_or(StepStatus::Todo, |p| p.input.status);
                let mut who = vec![];
                let mut notes = vec![];
                if let Some(p) = p {
                    let i = &p.input;
                    if let Some(o) = &i.owner {
                        who.push(o.clone());
                    }
                    if let Some(due) = i.due_date {
                        who.push(self.t("report-due", &[("date", self.date(due).into())]));
                    }
                    if let Some(done) = i.done_date {
                        who.push(self.t("report-done-on", &[("date", self.date(done).into())]));
                    }
                    if let Some(n) = &i.note {
                        notes.push(n.clone());
                    }
                    if let Some(e) = &i.evidence_note {
                        notes.push(self.t("report-evidence", &[("text", e.as_str().into())]));
                    }
                    if let Some(r) = &i.na_reason {
                        notes.push(self.t("report-na-reason", &[("text", r.as_str().into())]));
                    }
                }
                Row {
                    cells: vec![
                        Cell::new(self.t(&format!("{pack}-{parent}-{}", s.id), &[])),
                        Cell::new(self.t(&format!("role-{}-name", s.role), &[])),
                        Cell::bold(self.t(&format!("report-step-{}", status.as_str()), &[])),
                        Cell::new(who.join("\n")),
                        Cell::new(notes.join("\n")),
                    ],
                    highlight: false,
                }
            })
            .collect();
        Block::Table(Table {
            columns: vec![
                self.col("report-col-step", 5.8),
                self.col("report-col-role", 1.9),
                self.col("report-col-status", 1.3),
                self.col("report-col-owner-due", 2.8),
                self.col("report-col-notes", 3.3),
            ],
            rows,
            font_size: 8.0,
        })
    }

    fn col(&self, id: &str, width: f32) -> Column {
        Column {
            title: self.t(id, &[]),
            width,
        }
    }

    fn full(&self) -> Vec<Block> {
        let data = self.input.data;
        let (current, _) = data.current_rounds();
        let mut out = self.summary(ReportKind::Full);
        let csm = &self.packs.csm;
        // The ten directions with their steps.
        out.push(Block::PageBreak);
        out.push(self.heading(1, "report-directions-heading"));
        out.push(self.small(self.t("content-notice", &[])));
        for d in &csm.directions {
            let id = |field: &str| format!("{}-{}-{field}", csm.pack, d.id);
            out.push(Block::Heading {
                level: 2,
                text: format!("{}. {}", d.number, self.t(&id("title"), &[])),
            });
            out.push(self.para(self.t(&id("ask"), &[])));
            out.push(self.steps_table(&csm.pack, &d.id, &d.steps, current));
        }

        // The five basics (情報セキュリティ5か条) and their steps, which SECURITY ACTION ★ needs.
        let sme = &self.packs.sme;
        out.push(Block::PageBreak);
        out.push(self.heading(1, "report-basics-heading"));
        for b in &sme.basics {
            out.push(Block::Heading {
                level: 2,
                text: format!(
                    "{}. {}",
                    b.number,
                    self.t(&format!("{}-{}-title", sme.pack, b.id), &[])
                ),
            });
            out.push(self.small(b.official_ja.clone()));
            out.push(self.steps_table(&sme.pack, &b.id, &b.steps, current));
        }

        // Self-check answers.
        out.push(Block::PageBreak);
        out.push(self.heading(1, "sme-selfcheck-title"));
        out.push(self.small(self.t("report-dont-know-explain", &[])));
        let sc = &self.packs.sme;
        let answers: BTreeMap<u32, &mamori_store::SelfCheckRecord> = current
            .map(|r| r.selfcheck.iter().map(|a| (a.question, a)).collect())
            .unwrap_or_default();
        for part in &sc.selfcheck.parts {
            out.push(Block::Heading {
                level: 3,
                text: self.t(
                    "report-part",
                    &[
                        ("number", part.number.to_string().into()),
                        ("title", self.t(&sc.part_title_id(part.number), &[]).into()),
                    ],
                ),
            });
            let rows = sc
                .selfcheck
                .questions
                .iter()
                .filter(|q| q.part == part.number)
                .map(|q| {
                    let a = answers.get(&q.number);
                    let dont_know = a.is_some_and(|a| a.answer.as_str() == "dont_know");
                    Row {
                        cells: vec![
                            Cell::new(q.number.to_string()),
                            Cell::new(self.t(&sc.question_message_id(q.number, "text"), &[])),
                            match a {
                                Some(a) => {
                                    Cell::bold(self.t(&sc.scale_label_id(a.answer.as_str()), &[]))
                                }
                                None => Cell {
                                    muted: true,
                                    ..Cell::new(self.t("report-unanswered", &[]))
                                },
                            },
                            Cell::new(a.and_then(|a| a.note.clone()).unwrap_or_default()),
                        ],
                        highlight: dont_know,
                    }
                })
                .collect();
            out.push(Block::Table(Table {
                columns: vec![
                    self.col("report-col-number", 0.6),
                    self.col("report-col-question", 6.0),
                    self.col("report-col-answer", 1.8),
                    self.col("report-col-notes", 3.6),
                ],
                rows,
                font_size: 8.0,
            }));
        }

        // Maturity answers.
        out.push(Block::PageBreak);
        out.push(self.heading(1, "mat-title"));
        out.push(self.small(self.t("mat-disclaimer", &[])));
        out.push(self.small(self.t("mat-score-explain", &[])));
        let m_answers: BTreeMap<&str, &mamori_store::MaturityRecord> = current
            .map(|r| {
                r.maturity
                    .iter()
                    .map(|a| (a.question_id.as_str(), a))
                    .collect()
            })
            .unwrap_or_default();
        let m_score = current.and_then(|r| self.maturity(r));
        let mut rows = vec![];
        for d in &csm.directions {
            let pct = m_score
                .as_ref()
                .and_then(|m| m.directions.iter().find(|x| x.direction == d.id))
                .map_or(0, |x| x.percent);
            rows.push(Row {
                cells: vec![
                    Cell::bold(d.number.to_string()),
                    Cell::bold(format!(
                        "{}（{}%）",
                        self.t(&format!("{}-{}-title", csm.pack, d.id), &[]),
                        pct
                    )),
                    Cell::new(""),
                    Cell::new(""),
                ],
                highlight: false,
            });
            for q in self
                .packs
                .maturity
                .questions
                .iter()
                .filter(|q| q.direction == d.id)
            {
                let a = m_answers.get(q.id.as_str());
                rows.push(Row {
                    cells: vec![
                        Cell::new(""),
                        Cell::new(self.t(&format!("{}-{}", self.packs.maturity.pack, q.id), &[])),
                        match a {
                            Some(a) => Cell::new(self.t(
                                &format!(
                                    "{}-scale-{}",
                                    self.packs.maturity.pack,
                                    a.answer.as_str()
                                ),
                                &[],
                            )),
                            None => Cell {
                                muted: true,
                                ..Cell::new(self.t("report-unanswered", &[]))
                            },
                        },
                        Cell::new(a.and_then(|a| a.note.clone()).unwrap_or_default()),
                    ],
                    highlight: a.is_some_and(|a| a.answer.as_str() == "dont-know"),
                });
            }
        }
        out.push(Block::Table(Table {
            columns: vec![
                self.col("report-col-number", 0.6),
                self.col("report-col-statement", 6.0),
                self.col("report-col-answer", 1.8),
                self.col("report-col-notes", 3.0),
            ],
            rows,
            font_size: 8.0,
        }));

        // The action plan.
        out.push(self.heading(1, "report-actions-heading"));
        if data.actions.is_empty() {
            out.push(self.para(self.t("report-no-actions", &[])));
        } else {
            let mut actions: Vec<&ActionItem> = data.actions.iter().collect();
            actions.sort_by_key(|a| {
                (
                    a.input.status == ActionStatus::Done,
                    a.input.due_date.is_none(),
                    a.input.due_date,
                )
            });
            out.push(Block::Table(Table {
                columns: vec![
                    self.col("report-col-action", 5.0),
                    self.col("report-col-source", 1.6),
                    self.col("report-col-owner", 2.0),
                    self.col("report-col-due", 2.6),
                    self.col("report-col-status", 1.3),
                ],
                rows: actions
                    .iter()
                    .map(|a| Row {
                        cells: vec![
                            Cell::new(a.input.title.clone()),
                            Cell::new(self.action_source(a.input.source)),
                            Cell::new(a.input.owner.clone().unwrap_or_default()),
                            self.due_cell(a),
                            Cell::bold(self.action_status(a.input.status)),
                        ],
                        highlight: false,
                    })
                    .collect(),
                font_size: 8.0,
            }));
        }

        // The supply-chain register.
        out.push(self.heading(1, "report-partners-heading"));
        if data.partners.is_empty() {
            out.push(self.para(self.t("report-no-partners", &[])));
        } else {
            out.push(Block::Table(Table {
                columns: vec![
                    self.col("report-col-partner", 3.0),
                    self.col("report-col-relation", 1.8),
                    self.col("report-col-handles", 2.6),
                    self.col("report-col-sa-level", 1.5),
                    self.col("report-col-clause", 1.4),
                    self.col("report-col-checked", 1.8),
                ],
                rows: data
                    .partners
                    .iter()
                    .map(|p| {
                        let i = &p.input;
                        let mut name = i.name.clone();
                        if let Some(n) = &i.note {
                            name = format!("{name}\n{n}");
                        }
                        Row {
                            cells: vec![
                                Cell::new(name),
                                Cell::new(
                                    self.t(
                                        &format!("report-relation-{}", i.relation.as_str()),
                                        &[],
                                    ),
                                ),
                                Cell::new(i.handles.clone().unwrap_or_default()),
                                Cell::new(self.t(
                                    &format!(
                                        "report-sa-level-{}",
                                        i.security_action_level.as_str()
                                    ),
                                    &[],
                                )),
                                Cell::new(self.t(
                                    &format!(
                                        "report-yes-no-{}",
                                        i.contract_has_security_clause.as_str()
                                    ),
                                    &[],
                                )),
                                Cell::new(self.opt_date(i.last_checked)),
                            ],
                            highlight: false,
                        }
                    })
                    .collect(),
                font_size: 8.0,
            }));
        }

        // Sources.
        out.push(self.heading(1, "report-sources-heading"));
        out.push(self.small(self.t("content-notice", &[])));
        // Every document the content in this report cites, in the order of sources.toml.
        let p = self.packs;
        let cited: Vec<&String> = p
            .csm
            .sources
            .iter()
            .chain(p.csm.directions.iter().flat_map(|d| &d.sources))
            .chain(&p.sme.sources)
            .chain(&p.sme.selfcheck.sources)
            .chain(&p.security_action.sources)
            .chain(&p.maturity.sources)
            .collect();
        for s in &p.sources.sources {
            if cited.contains(&&s.id) {
                out.push(Block::Keep(28.0));
                out.push(Block::Para {
                    text: self.source_label(s),
                    style: ParaStyle::Strong,
                });
                let mut text = self.t(&format!("{}-{}-note", self.packs.sources.pack, s.id), &[]);
                if let Some(u) = &s.url {
                    text = format!("{text}\n{u}");
                }
                out.push(self.small(text));
            }
        }
        out
    }

    fn source_label(&self, s: &mamori_core::content::Source) -> String {
        let title = match (self.input.locale, &s.title_en) {
            (mamori_core::Locale::En, Some(en)) => en.clone(),
            _ => s.title_ja.clone(),
        };
        let publisher = match s.publisher {
            Publisher::Meti => "meti",
            Publisher::Ipa => "ipa",
            Publisher::MetiIpa => "meti-ipa",
            Publisher::Jpcert => "jpcert",
            Publisher::Npa => "npa",
            Publisher::Ppc => "ppc",
            Publisher::Other => "other",
        };
        let date = s
            .date
            .as_deref()
            .and_then(|d| mamori_store::parse_date(d).ok())
            .map(|d| self.date(d))
            .or_else(|| s.date.clone())
            .unwrap_or_default();
        // The same source line as the screens: "none" selects the variant without the part.
        self.t(
            "content-source-label",
            &[
                ("title", title.into()),
                (
                    "edition",
                    s.edition.clone().unwrap_or_else(|| "none".into()).into(),
                ),
                (
                    "publisher",
                    self.t(&format!("publisher-{publisher}"), &[]).into(),
                ),
                (
                    "date",
                    if date.is_empty() { "none".into() } else { date }.into(),
                ),
            ],
        )
    }

    fn policy(&self) -> Vec<Block> {
        let data = self.input.data;
        let draft = data.policy_draft();
        let blank = self.t("report-blank", &[]);
        let Some(tpl) = self
            .packs
            .security_action
            .templates
            .iter()
            .find(|t| t.id == "basic-policy")
        else {
            return vec![];
        };
        let pack = &self.packs.security_action.pack;
        let company = draft
            .company
            .clone()
            .unwrap_or_else(|| data.organization.name.clone());
        let values: BTreeMap<&str, String> = tpl
            .fields
            .iter()
            .map(|f| {
                let v = match f.as_str() {
                    "company" => Some(company.clone()),
                    "owner" => draft.owner.clone(),
                    "scope" => draft.scope.clone(),
                    "date" => draft.date.map(|d| self.date(d)),
                    _ => None,
                };
                (f.as_str(), v.unwrap_or_else(|| blank.clone()))
            })
            .collect();
        let args: Vec<(&str, Arg)> = values
            .iter()
            .map(|(k, v)| (*k, Arg::from(v.as_str())))
            .collect();
        let mut out = vec![Block::Title {
            text: self.t(&format!("{pack}-{}-title", tpl.id), &args),
            sub: None,
        }];
        for sec in &tpl.sections {
            // Level 3 keeps the whole policy on one page, ready to sign and post.
            out.push(Block::Heading {
                level: 3,
                text: self.t(&format!("{pack}-{}-{sec}-heading", tpl.id), &[]),
            });
            out.push(Block::Para {
                text: self.t(&format!("{pack}-{}-{sec}-body", tpl.id), &args),
                style: ParaStyle::Compact,
            });
        }
        out.push(Block::WriteLines {
            label: self.t("report-signature", &[]),
            lines: 1,
            optional: false,
        });
        out
    }

    fn incident(&self) -> Vec<Block> {
        let card = incident_card(self.input.data).unwrap_or_default();
        let inc = &self.packs.incident;
        let p = &inc.pack;
        let mut out = vec![
            Block::Title {
                text: self.t(&format!("{p}-title"), &[]),
                sub: Some(self.input.data.organization.name.clone()),
            },
            self.small(self.t(&format!("{p}-intro"), &[])),
            self.heading(3, "report-incident-contacts"),
        ];
        let mut rows = vec![];
        for f in &inc.fields {
            let value = match f.id.as_str() {
                "contractor" => card.contractor.clone(),
                "backup-location" => card.backup_location.clone(),
                "spokesperson" => card.spokesperson.clone(),
                _ => None,
            };
            rows.push(Row {
                cells: vec![
                    Cell::bold(self.t(&format!("{p}-field-{}", f.id), &[])),
                    match value {
                        Some(v) => Cell::new(v),
                        None => Cell {
                            muted: true,
                            ..Cell::new(self.t(&format!("{p}-field-{}-hint", f.id), &[]))
                        },
                    },
                ],
                highlight: false,
            });
        }
        if let Some(n) = card.notes {
            rows.push(Row {
                cells: vec![Cell::bold(self.t("report-col-notes", &[])), Cell::new(n)],
                highlight: false,
            });
        }
        out.push(Block::Table(Table {
            columns: vec![
                self.col("report-col-item", 1.0),
                self.col("report-col-value", 3.0),
            ],
            rows,
            font_size: 8.0,
        }));
        out.push(self.heading(3, "report-incident-steps"));
        out.push(Block::Table(Table {
            columns: vec![
                self.col("report-col-check", 0.35),
                self.col("report-col-step", 4.0),
            ],
            rows: inc
                .first_hour
                .iter()
                .enumerate()
                .map(|(i, h)| Row {
                    cells: vec![
                        Cell::new("□"),
                        Cell::new(format!(
                            "{}. {}",
                            i + 1,
                            self.t(&format!("{p}-{}", h.id), &[])
                        ))
                        .with_bold(),
                    ],
                    highlight: false,
                })
                .collect(),
            font_size: 8.0,
        }));
        out.push(self.heading(3, "report-incident-help"));
        out.push(Block::Table(Table {
            columns: vec![
                self.col("report-col-contact", 1.5),
                self.col("report-col-where", 2.5),
            ],
            rows: inc
                .contacts
                .iter()
                .map(|c| Row {
                    cells: vec![
                        Cell::bold(self.t(&format!("{p}-{}-name", c.id), &[])),
                        Cell::new(format!("{}\n{}", c.official_ja, c.url)),
                    ],
                    highlight: false,
                })
                .collect(),
            font_size: 7.5,
        }));
        out
    }

    fn worksheet(&self) -> Vec<Block> {
        let sc = &self.packs.sme;
        let blank = self.t("report-blank", &[]);
        let mut out = vec![
            self.title_block(ReportKind::Worksheet),
            // Filled in by hand at a seminar: whose answers these are.
            Block::Fields(vec![
                (self.t("report-worksheet-company", &[]), blank.clone()),
                (self.t("report-worksheet-person", &[]), blank.clone()),
                (self.t("report-worksheet-date", &[]), blank),
            ]),
            self.heading(1, "sme-selfcheck-title"),
            self.small(self.t(&sc.selfcheck_message_id("intro"), &[])),
        ];
        let scale_cols: Vec<Column> = sc
            .selfcheck
            .scale
            .iter()
            .map(|s| Column {
                title: self.t(&sc.scale_label_id(&s.code), &[]),
                width: 1.0,
            })
            .collect();
        let mut columns = vec![
            self.col("report-col-number", 0.5),
            self.col("report-col-question", 6.5),
        ];
        columns.extend(scale_cols);
        out.push(Block::Table(Table {
            columns,
            rows: sc
                .selfcheck
                .questions
                .iter()
                .map(|q| {
                    let mut cells = vec![
                        Cell::new(q.number.to_string()),
                        Cell::new(self.t(&sc.question_message_id(q.number, "text"), &[])),
                    ];
                    cells.extend(sc.selfcheck.scale.iter().map(|_| Cell::new("□")));
                    Row {
                        cells,
                        highlight: false,
                    }
                })
                .collect(),
            font_size: 8.0,
        }));
        let csm = &self.packs.csm;
        let mat = &self.packs.maturity;
        for d in &csm.directions {
            out.push(Block::PageBreak);
            out.push(Block::Heading {
                level: 1,
                text: format!(
                    "{}. {}",
                    d.number,
                    self.t(&format!("{}-{}-title", csm.pack, d.id), &[])
                ),
            });
            out.push(self.small(self.t(&format!("{}-{}-ask", csm.pack, d.id), &[])));
            let mut columns = vec![self.col("report-col-statement", 5.0)];
            columns.extend(mat.scale.iter().map(|s| Column {
                title: self.t(&format!("{}-scale-{}", mat.pack, s.code), &[]),
                width: 1.0,
            }));
            out.push(Block::Table(Table {
                columns,
                rows: mat
                    .questions
                    .iter()
                    .filter(|q| q.direction == d.id)
                    .map(|q| {
                        let mut cells =
                            vec![Cell::new(self.t(&format!("{}-{}", mat.pack, q.id), &[]))];
                        cells.extend(mat.scale.iter().map(|_| Cell::new("□")));
                        Row {
                            cells,
                            highlight: false,
                        }
                    })
                    .collect(),
                font_size: 8.0,
            }));
            out.push(Block::Table(Table {
                columns: vec![
                    self.col("report-col-step", 5.0),
                    self.col("report-col-role", 1.4),
                    self.col("report-col-status", 1.6),
                    self.col("report-col-owner-due", 2.0),
                ],
                rows: d
                    .steps
                    .iter()
                    .map(|s| Row {
                        cells: vec![
                            Cell::new(self.t(&format!("{}-{}-{}", csm.pack, d.id, s.id), &[])),
                            Cell::new(self.t(&format!("role-{}-name", s.role), &[])),
                            Cell::new(self.t("report-status-boxes", &[])),
                            Cell::new(""),
                        ],
                        highlight: false,
                    })
                    .collect(),
                font_size: 8.0,
            }));
            out.push(Block::WriteLines {
                label: self.t("report-col-notes", &[]),
                lines: 3,
                optional: true,
            });
        }
        out
    }
}

impl Cell {
    fn with_bold(mut self) -> Cell {
        self.bold = true;
        self
    }
}

fn incident_card(data: &OrgData) -> Option<IncidentCard> {
    data.documents
        .iter()
        .find(|d| d.kind == DocumentKind::IncidentCard)
        .map(IncidentCard::from)
}
