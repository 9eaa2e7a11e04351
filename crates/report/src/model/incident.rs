//! The incident first-hour card: the company's own contacts, the first steps, the legal clock
//! for a personal-data leak and where to get help. One A4 page.

use mamori_store::{DocumentKind, OrgData};

use super::{Block, Builder, Cell, ParaStyle, Row, Table};

/// The incident card's entry for one field id of `content/incident.toml`, trimmed; `None` when
/// blank or never saved. Read by id, so a field added to the content needs no code here.
fn card_value(data: &OrgData, field: &str) -> Option<String> {
    data.documents
        .iter()
        .find(|d| d.kind == DocumentKind::IncidentCard)
        .and_then(|d| d.fields.get(field))
        .map(|v| v.trim())
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

impl Builder<'_> {
    pub(super) fn incident(&self) -> Vec<Block> {
        let data = self.input.data;
        let inc = &self.packs.incident;
        let p = &inc.pack;
        let mut out = vec![
            // The title and the steps' heading say what to do; the screen's longer
            // introduction is left out to keep the card on one page.
            Block::Title {
                text: self.t(&format!("{p}-title"), &[]),
                sub: Some(data.organization.name.clone()),
            },
            self.heading(3, "report-incident-contacts"),
        ];
        let mut rows: Vec<Row> = inc
            .fields
            .iter()
            .map(|f| Row {
                cells: vec![
                    Cell::bold(self.t(&format!("{p}-field-{}", f.id), &[])),
                    match card_value(data, &f.id) {
                        Some(v) => Cell::new(v),
                        None => Cell {
                            muted: true,
                            ..Cell::new(self.t(&format!("{p}-field-{}-hint", f.id), &[]))
                        },
                    },
                ],
                highlight: false,
            })
            .collect();
        if let Some(n) = card_value(data, "notes") {
            rows.push(Row {
                cells: vec![Cell::bold(self.t("report-col-notes", &[])), Cell::new(n)],
                highlight: false,
            });
        }
        out.push(Block::Table(Table {
            columns: vec![
                self.col("report-col-item", 1.3),
                self.col("report-col-value", 3.0),
            ],
            rows,
            font_size: 7.5,
        }));
        // The first hour as a list with a box to tick: bold, body size, no table rules, so the
        // whole card (with the legal clock and the help list) stays on one A4 page.
        out.push(self.heading(3, "report-incident-steps"));
        out.push(Block::Para {
            text: inc
                .first_hour
                .iter()
                .enumerate()
                .map(|(i, h)| format!("□ {}. {}", i + 1, self.t(&format!("{p}-{}", h.id), &[])))
                .collect::<Vec<_>>()
                .join("\n"),
            style: ParaStyle::Strong,
        });
        // The legal clock: when a personal-data leak must be reported, to whom and by when. The
        // text is the Personal Information Protection Commission's contact text, so the
        // deadlines are written (and dated) once, in content/incident.toml and its messages.
        if let Some(ppc) = inc
            .contacts
            .iter()
            .find(|c| c.use_when.iter().any(|w| w == "personal-data"))
        {
            out.push(self.heading(3, "report-incident-legal"));
            out.push(self.small(self.t(&format!("{p}-{}-purpose", ppc.id), &[])));
        }
        // Where to get help: one short entry per contact (name, official name, address), as a
        // compact list so that the card stays on one page.
        out.push(self.heading(3, "report-incident-help"));
        out.push(
            self.small(
                inc.contacts
                    .iter()
                    .map(|c| {
                        format!(
                            "■ {}　{}　{}",
                            self.t(&format!("{p}-{}-name", c.id), &[]),
                            c.official_ja,
                            c.url
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
        );
        out
    }
}
