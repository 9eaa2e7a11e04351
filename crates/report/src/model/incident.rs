//! The incident first-hour card: contacts, the first steps and where to get help.

use super::builder::incident_card;
use super::{Block, Builder, Cell, Row, Table};

impl Builder<'_> {
    pub(super) fn incident(&self) -> Vec<Block> {
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
}
