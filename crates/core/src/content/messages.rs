//! The message ids the content needs, derived from the content ids by the rule of
//! `docs/CONTENT.md`: `<pack>-<entity id>[-<sub id>]-<field>`.

use super::{ContentPacks, SmePack, file};

/// One message the content needs in every locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpectedMessage {
    /// The Fluent message id.
    pub id: String,
    /// The content file stem; the message lives in `locales/<tag>/content/<file>.ftl`.
    pub file: &'static str,
    /// The only `$variables` the message may use (empty for almost every message).
    pub variables: Vec<String>,
}

/// Building blocks of derived ids, and the few fixed ids.
pub mod ids {
    /// The shared notice shown with every summary (in `sources.ftl`).
    pub const CONTENT_NOTICE: &str = "content-notice";
    /// The source line shown under a summary (in `sources.ftl`).
    pub const CONTENT_SOURCE_LABEL: &str = "content-source-label";
    /// The variables of [`CONTENT_SOURCE_LABEL`].
    pub const CONTENT_SOURCE_LABEL_VARS: [&str; 4] = ["title", "edition", "publisher", "date"];
    /// Prefix of effort messages (`effort-<id>-name`), which live in `roles.ftl`.
    pub const EFFORT_PREFIX: &str = "effort";

    /// `<prefix>-<part>-<part>…`.
    pub fn join(prefix: &str, parts: &[&str]) -> String {
        let mut s = prefix.to_owned();
        for p in parts {
            s.push('-');
            s.push_str(p);
        }
        s
    }
}

use ids::join;

impl SmePack {
    /// `sme-selfcheck-<what>`: `title`, `intro` or `dont-know-followup`.
    pub fn selfcheck_message_id(&self, what: &str) -> String {
        join(&self.pack, &[&self.selfcheck.id, what])
    }

    /// `sme-scale-<code>`: the label of an answer.
    pub fn scale_label_id(&self, code: &str) -> String {
        join(&self.pack, &["scale", code])
    }

    /// `sme-part<n>-title`.
    pub fn part_title_id(&self, part: u32) -> String {
        join(&self.pack, &[&format!("part{part}"), "title"])
    }

    /// `sme-band-<id>-title`.
    pub fn band_title_id(&self, band: &str) -> String {
        join(&self.pack, &["band", band, "title"])
    }

    /// `sme-band-<id>-advice`.
    pub fn band_advice_id(&self, band: &str) -> String {
        join(&self.pack, &["band", band, "advice"])
    }

    /// `sme-q<n>-<field>`: `text`, `why` or `how`.
    pub fn question_message_id(&self, number: u32, field: &str) -> String {
        join(&self.pack, &[&format!("q{number}"), field])
    }
}

struct Out(Vec<ExpectedMessage>);

impl Out {
    fn add(&mut self, file: &'static str, id: String) {
        self.add_vars::<&str>(file, id, &[]);
    }

    fn add_vars<S: AsRef<str>>(&mut self, file: &'static str, id: String, vars: &[S]) {
        self.0.push(ExpectedMessage {
            id,
            file,
            variables: vars.iter().map(|v| v.as_ref().to_owned()).collect(),
        });
    }
}

impl ContentPacks {
    /// Every message id the content needs, in file order, with the file it belongs in and the
    /// variables it may use. A `.ftl` message under `content/` that is not listed here is an
    /// orphan.
    pub fn messages(&self) -> Vec<ExpectedMessage> {
        let mut o = Out(Vec::new());

        // sources.toml
        let f = file::SOURCES;
        let src = &self.sources;
        o.add(f, ids::CONTENT_NOTICE.to_owned());
        o.add_vars(
            f,
            ids::CONTENT_SOURCE_LABEL.to_owned(),
            &ids::CONTENT_SOURCE_LABEL_VARS,
        );
        for s in &src.sources {
            o.add(f, join(&src.pack, &[&s.id, "note"]));
        }

        // roles.toml
        let f = file::ROLES;
        let r = &self.roles;
        for role in &r.roles {
            o.add(f, join(&r.pack, &[&role.id, "name"]));
            o.add(f, join(&r.pack, &[&role.id, "smb"]));
        }
        for e in &r.efforts {
            o.add(f, join(ids::EFFORT_PREFIX, &[&e.id, "name"]));
        }

        // meti-csm-3-0.toml
        let f = file::CSM;
        let c = &self.csm;
        for p in &c.principles {
            o.add(f, join(&c.pack, &[&p.id, "title"]));
            o.add(f, join(&c.pack, &[&p.id, "body"]));
        }
        for g in &c.groups {
            o.add(f, join(&c.pack, &[&g.id, "title"]));
        }
        for d in &c.directions {
            for field in ["title", "ask", "why", "story", "roles"] {
                o.add(f, join(&c.pack, &[&d.id, field]));
            }
            for s in &d.steps {
                o.add(f, join(&c.pack, &[&d.id, &s.id]));
                o.add(f, join(&c.pack, &[&d.id, &s.id, "evidence"]));
            }
        }

        // meti-csm-1-1.toml
        let f = file::CSM11;
        let c = &self.csm11;
        for g in &c.groups {
            o.add(f, join(&c.pack, &[&g.id, "title"]));
        }
        for i in &c.items {
            o.add(f, join(&c.pack, &[&i.id, "title"]));
        }
        for cw in &c.crosswalk {
            o.add(f, join(&c.pack, &[&cw.from, "cw-note"]));
        }

        // ipa-sme-3-1.toml
        let f = file::SME;
        let s = &self.sme;
        for b in &s.basics {
            o.add(f, join(&s.pack, &[&b.id, "title"]));
            o.add(f, join(&s.pack, &[&b.id, "body"]));
            for st in &b.steps {
                o.add(f, join(&s.pack, &[&b.id, &st.id]));
                o.add(f, join(&s.pack, &[&b.id, &st.id, "evidence"]));
            }
        }
        for st in &s.stages {
            o.add(f, join(&s.pack, &[&st.id, "title"]));
            o.add(f, join(&s.pack, &[&st.id, "body"]));
        }
        for what in ["title", "intro", "dont-know-followup"] {
            o.add(f, s.selfcheck_message_id(what));
        }
        for sc in &s.selfcheck.scale {
            o.add(f, s.scale_label_id(&sc.code));
            o.add(f, join(&s.pack, &["scale", &sc.code, "hint"]));
        }
        for p in &s.selfcheck.parts {
            o.add(f, s.part_title_id(p.number));
            o.add(f, join(&s.pack, &[&format!("part{}", p.number), "body"]));
        }
        for b in &s.selfcheck.bands {
            o.add(f, s.band_title_id(&b.id));
            o.add(f, s.band_advice_id(&b.id));
        }
        for q in &s.selfcheck.questions {
            for field in ["text", "why", "how"] {
                o.add(f, s.question_message_id(q.number, field));
            }
        }

        // security-action.toml
        let f = file::SECURITY_ACTION;
        let sa = &self.security_action;
        for l in &sa.levels {
            o.add(f, join(&sa.pack, &[&l.id, "title"]));
            o.add(f, join(&sa.pack, &[&l.id, "body"]));
        }
        let mut checks: Vec<&str> = Vec::new();
        for r in sa.levels.iter().flat_map(|l| &l.requires) {
            if !checks.contains(&r.as_str()) {
                checks.push(r);
            }
        }
        for c in checks {
            o.add(f, join(&sa.pack, &["req", c]));
        }
        o.add(f, join(&sa.pack, &["notice"]));
        o.add(f, join(&sa.pack, &["how-to-declare"]));
        for t in &sa.templates {
            o.add_vars(f, join(&sa.pack, &[&t.id, "title"]), &t.fields);
            for sec in &t.sections {
                o.add(f, join(&sa.pack, &[&t.id, sec, "heading"]));
                o.add_vars(f, join(&sa.pack, &[&t.id, sec, "body"]), &t.fields);
            }
            for field in &t.fields {
                o.add(f, join(&sa.pack, &[&t.id, "field", field]));
                o.add(f, join(&sa.pack, &[&t.id, "field", field, "hint"]));
            }
        }

        // mamori-maturity-1-0.toml
        let f = file::MATURITY;
        let m = &self.maturity;
        for what in ["title", "intro", "disclaimer", "score-explain"] {
            o.add(f, join(&m.pack, &[what]));
        }
        for sc in &m.scale {
            o.add(f, join(&m.pack, &["scale", &sc.code]));
            o.add(f, join(&m.pack, &["scale", &sc.code, "hint"]));
        }
        for q in &m.questions {
            o.add(f, join(&m.pack, &[&q.id]));
        }

        // incident.toml
        let f = file::INCIDENT;
        let i = &self.incident;
        o.add(f, join(&i.pack, &["title"]));
        o.add(f, join(&i.pack, &["intro"]));
        for c in &i.contacts {
            o.add(f, join(&i.pack, &[&c.id, "name"]));
            o.add(f, join(&i.pack, &[&c.id, "purpose"]));
        }
        for h in &i.first_hour {
            o.add(f, join(&i.pack, &[&h.id]));
            o.add(f, join(&i.pack, &[&h.id, "detail"]));
        }
        for fl in &i.fields {
            o.add(f, join(&i.pack, &["field", &fl.id]));
            o.add(f, join(&i.pack, &["field", &fl.id, "hint"]));
        }

        // intro.toml
        let f = file::INTRO;
        let n = &self.intro;
        for s in &n.sections {
            o.add(f, join(&n.pack, &[&s.id, "title"]));
            o.add(f, join(&n.pack, &[&s.id, "body"]));
        }
        for fact in &n.facts {
            o.add(f, join(&n.pack, &[&fact.id]));
        }

        o.0
    }
}
