//! Blank worksheets for seminars: the self-check and the maturity statements with boxes to tick.

use super::{Block, Builder, Cell, Column, Row, Table};
use crate::ReportKind;

impl Builder<'_> {
    pub(super) fn worksheet(&self) -> Vec<Block> {
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
