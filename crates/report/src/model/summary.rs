//! The executive summary, whose first part also opens the full report: who, when, the
//! self-check score, SECURITY ACTION readiness, the maturity radar and the top open actions.

use mamori_core::scoring::{SaDeclarations, sa_readiness};
use mamori_store::StepStatus;

use super::builder::{policy, rounds, selfcheck_answers};
use super::{Block, Builder, Cell, ParaStyle, Radar, RadarAxis, Row, Table};
use crate::ReportKind;

impl Builder<'_> {
    /// Organization, date, round and who prepared it.
    pub(super) fn about(&self) -> Block {
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
        if let (Some(r), _) = rounds(data) {
            rows.push((self.t("report-label-round", &[]), self.round_label(r, data)));
        }
        if let Some(c) = &self.input.branding.contractor_name {
            rows.push((self.t("report-label-prepared-by", &[]), c.clone()));
        }
        Block::Fields(rows)
    }

    /// The self-check score and band, or how far the current round has got.
    pub(super) fn score_blocks(&self, out: &mut Vec<Block>) {
        let data = self.input.data;
        let (current, previous) = rounds(data);
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
    pub(super) fn star_blocks(&self, out: &mut Vec<Block>) {
        let data = self.input.data;
        out.push(self.heading(2, "report-star-heading"));
        let (current, _) = rounds(data);
        let mut d = SaDeclarations::default();
        if let Some(r) = current {
            d.selfcheck_answers = selfcheck_answers(r);
            for b in &self.packs.sme.basics {
                let prefix = format!("{}/{}/", self.packs.sme.pack, b.id);
                let all_done = !b.steps.is_empty()
                    && b.steps.iter().all(|s| {
                        r.steps.iter().any(|p| {
                            p.step_id == format!("{prefix}{}", s.id)
                                && matches!(p.input.status, StepStatus::Done | StepStatus::Na)
                        })
                    });
                if all_done {
                    d.basics_practised.insert(b.id.clone());
                }
            }
        }
        // The same rules as the app's journey (crates/app/src/commands/journey.rs), so the
        // report and the screens agree on readiness.
        if let Some(p) = policy(data) {
            d.policy_adopted = p.company.is_some() && p.owner.is_some() && p.adopted_on.is_some();
            d.policy_published = p.published_where.is_some();
        }
        let levels = sa_readiness(&self.packs.security_action, &self.packs.sme, &d);
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

    pub(super) fn radar(&self) -> Option<Block> {
        let (current, _) = rounds(self.input.data);
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

    pub(super) fn summary(&self, kind: ReportKind) -> Vec<Block> {
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
}
