//! What every report kind shares: the `Builder` (messages, localized dates, headings,
//! paragraphs, columns, action cells) and the organization's rounds and documents.

use std::collections::BTreeMap;

use mamori_core::ContentPacks;
use mamori_core::scoring::{
    MaturityScore, SelfCheckAnswer, SelfCheckScore, score_maturity, score_selfcheck,
};
use mamori_i18n::{Arg, Localizer};
use mamori_store::{ActionItem, ActionSource, ActionStatus, OrgData, RoundData};
use time::Date;

use super::{Block, Cell, Column, ParaStyle};
use crate::{ReportInput, ReportKind};

pub(super) fn selfcheck_answers(r: &RoundData) -> BTreeMap<u32, SelfCheckAnswer> {
    r.selfcheck.iter().map(|a| (a.question, a.answer)).collect()
}

pub(super) fn maturity_answers(r: &RoundData) -> BTreeMap<String, String> {
    r.maturity
        .iter()
        .map(|a| (a.question_id.clone(), a.answer.as_str().to_owned()))
        .collect()
}

pub(super) struct Builder<'a> {
    pub(super) l: &'a Localizer,
    pub(super) input: &'a ReportInput<'a>,
    pub(super) packs: &'a ContentPacks,
    pub(super) logo_aspect: Option<f32>,
}

impl Builder<'_> {
    pub(super) fn t(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.l.format(self.input.locale, id, args)
    }

    pub(super) fn date(&self, d: Date) -> String {
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

    pub(super) fn opt_date(&self, d: Option<Date>) -> String {
        d.map(|d| self.date(d)).unwrap_or_default()
    }

    pub(super) fn footer(&self) -> String {
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

    pub(super) fn sep(&self) -> &'static str {
        match self.input.locale {
            mamori_core::Locale::Ja => "、",
            mamori_core::Locale::En => "; ",
        }
    }

    /// A report made without an organization (blank worksheets): its name is empty, as no
    /// stored organization's can be.
    pub(super) fn is_blank(&self) -> bool {
        self.input.data.organization.name.is_empty()
    }

    pub(super) fn title_block(&self, kind: ReportKind) -> Block {
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

    pub(super) fn heading(&self, level: u8, id: &str) -> Block {
        Block::Heading {
            level,
            text: self.t(id, &[]),
        }
    }

    pub(super) fn para(&self, text: String) -> Block {
        Block::Para {
            text,
            style: ParaStyle::Normal,
        }
    }

    pub(super) fn small(&self, text: String) -> Block {
        Block::Para {
            text,
            style: ParaStyle::Small,
        }
    }

    pub(super) fn score(&self, r: &RoundData) -> Option<SelfCheckScore> {
        score_selfcheck(&self.packs.sme.selfcheck, &selfcheck_answers(r)).ok()
    }

    pub(super) fn maturity(&self, r: &RoundData) -> Option<MaturityScore> {
        score_maturity(&self.packs.maturity, &maturity_answers(r)).ok()
    }

    pub(super) fn round_label(&self, r: &RoundData, data: &OrgData) -> String {
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

    pub(super) fn action_status(&self, s: ActionStatus) -> String {
        self.t(&format!("report-action-status-{}", s.as_str()), &[])
    }

    pub(super) fn action_source(&self, s: ActionSource) -> String {
        self.t(&format!("report-action-source-{}", s.as_str()), &[])
    }

    /// Open actions, overdue first, then by due date.
    pub(super) fn open_actions(&self) -> Vec<&ActionItem> {
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

    pub(super) fn due_cell(&self, a: &ActionItem) -> Cell {
        let mut text = self.opt_date(a.input.due_date);
        if a.is_overdue(self.input.date) {
            text = self.t("report-overdue", &[("date", text.into())]);
            return Cell::bold(text);
        }
        Cell::new(text)
    }

    pub(super) fn col(&self, id: &str, width: f32) -> Column {
        Column {
            title: self.t(id, &[]),
            width,
        }
    }
}
