//! Worksheets for seminars: the self-check and the maturity statements with boxes to tick, the
//! scoring key and the band table for adding up on paper. Compact: the directions follow each
//! other without a page each. Without an organization (an empty name, see
//! [`crate::render_blank_worksheet`]) nothing names a company: it is filled in by hand.

use mamori_core::scoring::SelfCheckAnswer;

use super::{Block, Builder, Cell, Column, Row, Table};
use crate::ReportKind;

impl Builder<'_> {
    pub(super) fn worksheet(&self) -> Vec<Block> {
        let sc = &self.packs.sme;
        let blank = self.t("report-blank", &[]);
        let title = if self.is_blank() {
            Block::Title {
                text: self.t("report-worksheet-title", &[]),
                sub: None,
            }
        } else {
            self.title_block(ReportKind::Worksheet)
        };
        let mut out = vec![
            title,
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
                width: 0.85,
            })
            .collect();
        let mut columns = vec![
            self.col("report-col-number", 0.55),
            self.col("report-col-question", 6.9),
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
            font_size: 7.5,
        }));
        out.extend(self.scoring_key());
        let csm = &self.packs.csm;
        let mat = &self.packs.maturity;
        out.push(Block::PageBreak);
        for d in &csm.directions {
            // A direction starts on a new page only when its heading and first rows would not
            // fit.
            out.push(Block::Keep(45.0));
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
            // The steps with who and by when are for a company's own plan; a blank seminar
            // worksheet keeps to the statements to tick.
            if self.is_blank() {
                out.push(Block::WriteLines {
                    label: self.t("report-col-notes", &[]),
                    lines: 2,
                    optional: true,
                });
                continue;
            }
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
                lines: 2,
                optional: true,
            });
        }
        out
    }

    /// The scoring key (points per answer) and the band table, to add up the self-check on
    /// paper, with a line for the total.
    fn scoring_key(&self) -> Vec<Block> {
        let sc = &self.packs.sme;
        vec![
            Block::Keep(70.0),
            self.heading(2, "report-worksheet-scoring"),
            self.small(self.t("report-worksheet-scoring-how", &[])),
            Block::Table(Table {
                columns: vec![
                    self.col("report-worksheet-answer", 2.0),
                    self.col("report-worksheet-points", 1.0),
                ],
                rows: SelfCheckAnswer::ALL
                    .iter()
                    .map(|a| Row {
                        cells: vec![
                            Cell::new(self.t(&sc.scale_label_id(a.as_str()), &[])),
                            Cell::bold(a.points().to_string()),
                        ],
                        highlight: false,
                    })
                    .collect(),
                font_size: 8.0,
            }),
            Block::Table(Table {
                columns: vec![
                    self.col("report-worksheet-total-range", 1.2),
                    self.col("report-worksheet-band", 4.0),
                ],
                rows: sc
                    .selfcheck
                    .bands
                    .iter()
                    .map(|b| Row {
                        cells: vec![
                            Cell::new(self.t(
                                "report-worksheet-band-range",
                                &[
                                    ("min", b.min.to_string().into()),
                                    ("max", b.max.to_string().into()),
                                    ("single", if b.min == b.max { "yes" } else { "no" }.into()),
                                ],
                            )),
                            Cell::new(self.t(&sc.band_title_id(&b.id), &[])),
                        ],
                        highlight: false,
                    })
                    .collect(),
                font_size: 8.0,
            }),
            Block::WriteLines {
                label: self.t("report-worksheet-total", &[]),
                lines: 1,
                optional: false,
            },
        ]
    }
}
