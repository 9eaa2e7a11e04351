//! The basic security policy (SECURITY ACTION's template), filled in from the draft.

use std::collections::BTreeMap;

use mamori_i18n::Arg;

use super::builder::policy;
use super::{Block, Builder, ParaStyle};

impl Builder<'_> {
    pub(super) fn policy(&self) -> Vec<Block> {
        let data = self.input.data;
        let draft = policy(data).unwrap_or_default();
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
}
