//! The full report: the summary, then every direction and basic with its steps, the self-check
//! and maturity answers, the action plan, the supply-chain register and the sources cited.

use std::collections::BTreeMap;

use mamori_store::{ActionItem, ActionStatus, RoundData, StepStatus};

use super::{Block, Builder, Cell, ParaStyle, Row, Table};
use crate::ReportKind;

impl Builder<'_> {
    pub(super) fn full(&self) -> Vec<Block> {
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

    pub(super) fn source_label(&self, s: &mamori_core::content::Source) -> String {
        let title = match (self.input.locale, &s.title_en) {
            (mamori_core::Locale::En, Some(en)) => en.clone(),
            _ => s.title_ja.clone(),
        };
        let publisher = s.publisher.tag();
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

    /// One row per step with its status, owner, dates, notes and evidence in `round`.
    pub(super) fn steps_table(
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
}
