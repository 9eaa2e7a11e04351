//! Every rule the content must follow beyond its shape: ids unique and well-formed, references
//! resolve, counts and scoring rules as the guidelines define them. See `docs/CONTENT.md`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use time::Date;

use super::{ContentPacks, Step, file, parse_checked};
use crate::scoring::{SaCheck, SelfCheckAnswer};

/// One thing wrong with the content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The content file stem (`meti-csm-3-0`), or `messages` for derived-id problems.
    pub file: String,
    /// What is wrong, in English.
    pub message: String,
}

impl Problem {
    /// A problem in `file`.
    pub fn new(file: &str, message: impl Into<String>) -> Problem {
        Problem {
            file: file.to_owned(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "content/{}.toml: {}", self.file, self.message)
    }
}

/// The self-check's parts as IPA defines them: number, first and last question.
pub const SELFCHECK_PARTS: [(u32, u32, u32); 3] = [(1, 1, 5), (2, 6, 18), (3, 19, 25)];

/// The self-check's number of questions.
pub const SELFCHECK_QUESTIONS: usize = 25;

/// IPA's score bands: id, lowest and highest total.
pub const SELFCHECK_BANDS: [(&str, i32, i32); 4] = [
    ("achieved", 100, 100),
    ("partial", 70, 99),
    ("weak", 50, 69),
    ("critical", -25, 49),
];

/// The maturity scale: code and points (`None`: no points, creates a follow-up).
pub const MATURITY_SCALE: [(&str, Option<u32>); 5] = [
    ("not-started", Some(0)),
    ("partly", Some(1)),
    ("in-place", Some(2)),
    ("reviewed", Some(3)),
    ("dont-know", None),
];

/// Maturity statements per METI direction.
pub const MATURITY_PER_DIRECTION: usize = 4;

/// Situation tags a contact's `use_when` may carry.
pub const USE_WHEN_TAGS: [&str; 12] = [
    "incident",
    "unsure",
    "company",
    "individual",
    "malware",
    "ransomware",
    "coordination",
    "vendor-needed",
    "crime",
    "emergency",
    "personal-data",
    "phishing",
];

/// Expected `pack` value per file.
const PACKS: [(&str, &str); 9] = [
    (file::SOURCES, "src"),
    (file::ROLES, "role"),
    (file::CSM, "csm"),
    (file::CSM11, "csm11"),
    (file::SME, "sme"),
    (file::SECURITY_ACTION, "sa"),
    (file::MATURITY, "mat"),
    (file::INCIDENT, "inc"),
    (file::INTRO, "intro"),
];

struct V<'a> {
    c: &'a ContentPacks,
    problems: Vec<Problem>,
    sources: BTreeSet<&'a str>,
    roles: BTreeSet<&'a str>,
    efforts: BTreeSet<&'a str>,
    directions: BTreeSet<&'a str>,
    templates: BTreeSet<&'a str>,
    levels: BTreeSet<&'a str>,
    basics: BTreeSet<&'a str>,
}

/// A content id: lower-case ASCII letters and digits, joined by single `-` or `_`.
fn is_content_id(id: &str) -> bool {
    !id.is_empty()
        && id.split(['-', '_']).all(|seg| {
            !seg.is_empty()
                && seg
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// A Fluent identifier: `[a-zA-Z][a-zA-Z0-9_-]*`.
pub(crate) fn is_fluent_id(id: &str) -> bool {
    let mut b = id.bytes();
    b.next().is_some_and(|c| c.is_ascii_alphabetic())
        && b.all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with plausible month and day.
fn is_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    let in_range = |p: &str, lo: u32, hi: u32| p.parse::<u32>().is_ok_and(|v| lo <= v && v <= hi);
    match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2) && in_range(m, 1, 12),
        [y, m, d] => {
            digits(y, 4) && digits(m, 2) && digits(d, 2) && in_range(m, 1, 12) && in_range(d, 1, 31)
        }
        _ => false,
    }
}

fn is_url(s: &str) -> bool {
    s.len() > "https://".len() && s.starts_with("https://") && !s.contains(char::is_whitespace)
}

impl<'a> V<'a> {
    fn bad(&mut self, file: &str, msg: impl Into<String>) {
        self.problems.push(Problem::new(file, msg));
    }

    /// Ids well-formed and unique within one list; returns the set.
    fn ids<I: IntoIterator<Item = &'a str>>(
        &mut self,
        file: &str,
        what: &str,
        ids: I,
    ) -> BTreeSet<&'a str> {
        let mut seen = BTreeSet::new();
        for id in ids {
            if !is_content_id(id) {
                self.bad(
                    file,
                    format!("{what} id `{id}` is not lower-case ASCII letters, digits, - or _"),
                );
            }
            if !seen.insert(id) {
                self.bad(file, format!("{what} id `{id}` is used twice"));
            }
        }
        seen
    }

    /// `numbers` are exactly 1, 2, … in order.
    fn numbered(&mut self, file: &str, what: &str, numbers: &[u32]) {
        let want: Vec<u32> = (1..=numbers.len() as u32).collect();
        if numbers != want.as_slice() {
            self.bad(
                file,
                format!(
                    "{what} are numbered {numbers:?}; expected 1 to {} in order",
                    numbers.len()
                ),
            );
        }
    }

    fn count(&mut self, file: &str, what: &str, got: usize, want: usize) {
        if got != want {
            self.bad(file, format!("{got} {what}; expected {want}"));
        }
    }

    fn sources_exist(&mut self, file: &str, owner: &str, ids: &[String]) {
        for s in ids {
            if !self.sources.contains(s.as_str()) {
                self.bad(
                    file,
                    format!("{owner}: source `{s}` is not in sources.toml"),
                );
            }
        }
    }

    fn text(&mut self, file: &str, owner: &str, key: &str, value: &str) {
        if value.trim().is_empty() {
            self.bad(file, format!("{owner}: {key} is empty"));
        }
    }

    fn steps(&mut self, file: &str, owner: &str, steps: &'a [Step]) {
        self.ids(
            file,
            &format!("{owner} step"),
            steps.iter().map(|s| s.id.as_str()),
        );
        for s in steps {
            if !self.roles.contains(s.role.as_str()) {
                let msg = format!(
                    "{owner} step {}: role `{}` is not in roles.toml",
                    s.id, s.role
                );
                self.bad(file, msg);
            }
            if !self.efforts.contains(s.effort.as_str()) {
                let msg = format!(
                    "{owner} step {}: effort `{}` is not in roles.toml",
                    s.id, s.effort
                );
                self.bad(file, msg);
            }
            if let Some(t) = &s.template
                && !self.templates.contains(t.as_str())
            {
                let msg = format!(
                    "{owner} step {}: template `{t}` is not in security-action.toml",
                    s.id
                );
                self.bad(file, msg);
            }
        }
    }

    fn packs(&mut self) {
        let c = self.c;
        let got = [
            &c.sources.pack,
            &c.roles.pack,
            &c.csm.pack,
            &c.csm11.pack,
            &c.sme.pack,
            &c.security_action.pack,
            &c.maturity.pack,
            &c.incident.pack,
            &c.intro.pack,
        ];
        for ((file, want), got) in PACKS.iter().zip(got) {
            if got != want {
                self.bad(file, format!("pack is `{got}`; expected `{want}`"));
            }
        }
    }

    fn sources(&mut self) {
        let f = file::SOURCES;
        let c = self.c;
        self.sources = self.ids(f, "source", c.sources.sources.iter().map(|s| s.id.as_str()));
        for s in &c.sources.sources {
            let who = format!("source {}", s.id);
            self.text(f, &who, "title_ja", &s.title_ja);
            if let Some(t) = &s.title_en {
                self.text(f, &who, "title_en", t);
            }
            if let Some(e) = &s.edition {
                self.text(f, &who, "edition", e);
            }
            if let Some(d) = &s.date
                && !is_date(d)
            {
                self.bad(
                    f,
                    format!("{who}: date `{d}` is not YYYY, YYYY-MM or YYYY-MM-DD"),
                );
            }
            if let Some(u) = &s.url
                && !is_url(u)
            {
                self.bad(f, format!("{who}: url `{u}` is not an https address"));
            }
        }
    }

    fn roles(&mut self) {
        let f = file::ROLES;
        let c = self.c;
        self.roles = self.ids(f, "role", c.roles.roles.iter().map(|r| r.id.as_str()));
        self.efforts = self.ids(f, "effort", c.roles.efforts.iter().map(|r| r.id.as_str()));
        if self.roles.is_empty() || self.efforts.is_empty() {
            self.bad(f, "needs at least one role and one effort");
        }
    }

    fn collect_targets(&mut self) {
        let c = self.c;
        let sa = file::SECURITY_ACTION;
        self.templates = self.ids(
            sa,
            "template",
            c.security_action.templates.iter().map(|t| t.id.as_str()),
        );
        self.levels = self.ids(
            sa,
            "level",
            c.security_action.levels.iter().map(|l| l.id.as_str()),
        );
        self.directions = self.ids(
            file::CSM,
            "direction",
            c.csm.directions.iter().map(|d| d.id.as_str()),
        );
        self.basics = self.ids(
            file::SME,
            "basic",
            c.sme.basics.iter().map(|b| b.id.as_str()),
        );
    }

    fn framework(
        &mut self,
        file: &str,
        framework: &str,
        want: &str,
        version: &str,
        released: &str,
    ) {
        if framework != want {
            self.bad(
                file,
                format!("framework is `{framework}`; expected `{want}`"),
            );
        }
        if version.trim().is_empty() {
            self.bad(file, "version is empty");
        }
        if !is_date(released) {
            self.bad(file, format!("released `{released}` is not YYYY-MM-DD"));
        }
    }

    fn csm(&mut self) {
        let f = file::CSM;
        let c = &self.c.csm;
        self.framework(f, &c.framework, "meti-csm", &c.version, &c.released);
        self.sources_exist(f, "pack", &c.sources);

        self.count(f, "principles", c.principles.len(), 3);
        self.ids(f, "principle", c.principles.iter().map(|p| p.id.as_str()));
        let nums: Vec<u32> = c.principles.iter().map(|p| p.number).collect();
        self.numbered(f, "principles", &nums);
        for p in &c.principles {
            self.text(
                f,
                &format!("principle {}", p.id),
                "official_ja",
                &p.official_ja,
            );
        }

        self.count(f, "groups", c.groups.len(), 5);
        let groups = self.ids(f, "group", c.groups.iter().map(|g| g.id.as_str()));
        for g in &c.groups {
            if let Some(o) = &g.official_ja {
                self.text(f, &format!("group {}", g.id), "official_ja", o);
            }
        }

        self.count(f, "directions", c.directions.len(), 10);
        let nums: Vec<u32> = c.directions.iter().map(|d| d.number).collect();
        self.numbered(f, "directions", &nums);
        for d in &c.directions {
            let who = format!("direction {}", d.id);
            if !groups.contains(d.group.as_str()) {
                self.bad(f, format!("{who}: group `{}` does not exist", d.group));
            }
            if let Some(o) = &d.official_ja {
                self.text(f, &who, "official_ja", o);
            }
            self.sources_exist(f, &who, &d.sources);
            if !(3..=6).contains(&d.steps.len()) {
                self.bad(f, format!("{who}: {} steps; needs 3 to 6", d.steps.len()));
            }
            let roles: BTreeSet<&str> = d.steps.iter().map(|s| s.role.as_str()).collect();
            if roles.len() < 2 {
                self.bad(
                    f,
                    format!(
                        "{who}: steps for {} role(s); needs at least two",
                        roles.len()
                    ),
                );
            }
            self.steps(f, &who, &d.steps);
        }
    }

    fn csm11(&mut self) {
        let f = file::CSM11;
        let c = &self.c.csm11;
        self.framework(f, &c.framework, "meti-csm", &c.version, &c.released);
        self.sources_exist(f, "pack", &c.sources);
        let groups = self.ids(f, "group", c.groups.iter().map(|g| g.id.as_str()));
        let items = self.ids(f, "item", c.items.iter().map(|i| i.id.as_str()));
        let nums: Vec<u32> = c.items.iter().map(|i| i.number).collect();
        self.numbered(f, "items", &nums);
        for i in &c.items {
            let who = format!("item {}", i.id);
            if !groups.contains(i.group.as_str()) {
                self.bad(f, format!("{who}: group `{}` does not exist", i.group));
            }
            if let Some(o) = &i.official_ja {
                self.text(f, &who, "official_ja", o);
            }
            self.sources_exist(f, &who, &i.sources);
        }
        let mut from = BTreeSet::new();
        for cw in &c.crosswalk {
            let who = format!("crosswalk from {}", cw.from);
            if !items.contains(cw.from.as_str()) {
                self.bad(f, format!("{who}: item `{}` does not exist", cw.from));
            }
            if !from.insert(cw.from.as_str()) {
                self.bad(f, format!("{who}: item has more than one crosswalk entry"));
            }
            if cw.to.is_empty() {
                self.bad(f, format!("{who}: no Ver 3.0 direction given"));
            }
            let mut seen = BTreeSet::new();
            for t in &cw.to {
                if !self.directions.contains(t.as_str()) {
                    self.bad(f, format!("{who}: `{t}` is not a Ver 3.0 direction"));
                }
                if !seen.insert(t.as_str()) {
                    self.bad(f, format!("{who}: `{t}` is listed twice"));
                }
            }
        }
        for i in &items {
            if !from.contains(i) {
                self.bad(f, format!("item {i} has no crosswalk entry"));
            }
        }
    }

    fn sme(&mut self) {
        let f = file::SME;
        let s = &self.c.sme;
        self.framework(f, &s.framework, "ipa-sme", &s.version, &s.released);
        self.sources_exist(f, "pack", &s.sources);

        self.count(f, "basics", s.basics.len(), 5);
        let nums: Vec<u32> = s.basics.iter().map(|b| b.number).collect();
        self.numbered(f, "basics", &nums);
        for b in &s.basics {
            let who = format!("basic {}", b.id);
            self.text(f, &who, "official_ja", &b.official_ja);
            if !(2..=4).contains(&b.steps.len()) {
                self.bad(f, format!("{who}: {} steps; needs 2 to 4", b.steps.len()));
            }
            self.steps(f, &who, &b.steps);
        }

        self.count(f, "stages", s.stages.len(), 4);
        self.ids(f, "stage", s.stages.iter().map(|st| st.id.as_str()));
        let nums: Vec<u32> = s.stages.iter().map(|st| st.number).collect();
        self.numbered(f, "stages", &nums);
        for st in &s.stages {
            let who = format!("stage {}", st.id);
            self.text(f, &who, "official_ja", &st.official_ja);
            if let Some(e) = &st.exit
                && !self.levels.contains(e.as_str())
            {
                self.bad(
                    f,
                    format!("{who}: exit `{e}` is not a SECURITY ACTION level"),
                );
            }
        }
        self.selfcheck();
    }

    fn selfcheck(&mut self) {
        let f = file::SME;
        let sc = &self.c.sme.selfcheck;
        if !is_content_id(&sc.id) {
            self.bad(f, format!("selfcheck id `{}` is not a valid id", sc.id));
        }
        self.sources_exist(f, "selfcheck", &sc.sources);

        // Scale: exactly IPA's answers, in the sheet's order (their points are
        // `SelfCheckAnswer::points`).
        self.ids(f, "scale", sc.scale.iter().map(|s| s.code.as_str()));
        let got: Vec<&str> = sc.scale.iter().map(|s| s.code.as_str()).collect();
        let want: Vec<&str> = SelfCheckAnswer::ALL.iter().map(|a| a.as_str()).collect();
        if got != want {
            self.bad(
                f,
                format!("selfcheck scale is {got:?}; IPA's scale is {want:?}"),
            );
        }

        // Parts: 1–5, 6–18, 19–25.
        let got: Vec<(u32, u32, u32)> = sc
            .parts
            .iter()
            .map(|p| (p.number, p.first, p.last))
            .collect();
        if got != SELFCHECK_PARTS {
            self.bad(
                f,
                format!(
                    "selfcheck parts (number, first, last) are {got:?}; IPA's are {SELFCHECK_PARTS:?}"
                ),
            );
        }
        for p in &sc.parts {
            self.text(
                f,
                &format!("part {}", p.number),
                "official_ja",
                &p.official_ja,
            );
        }

        // Questions: 1..=25, each in a part whose range covers it.
        self.count(
            f,
            "selfcheck questions",
            sc.questions.len(),
            SELFCHECK_QUESTIONS,
        );
        let nums: Vec<u32> = sc.questions.iter().map(|q| q.number).collect();
        self.numbered(f, "selfcheck questions", &nums);
        for q in &sc.questions {
            let who = format!("selfcheck question {}", q.number);
            match sc.parts.iter().find(|p| p.number == q.part) {
                None => self.bad(f, format!("{who}: part {} does not exist", q.part)),
                Some(p) if !(p.first..=p.last).contains(&q.number) => self.bad(
                    f,
                    format!(
                        "{who}: part {} covers questions {}–{}",
                        p.number, p.first, p.last
                    ),
                ),
                Some(_) => {}
            }
            for b in &q.basics {
                if !self.basics.contains(b.as_str()) {
                    self.bad(f, format!("{who}: basic `{b}` does not exist"));
                }
            }
            for d in &q.directions {
                if !self.directions.contains(d.as_str()) {
                    self.bad(f, format!("{who}: `{d}` is not a Ver 3.0 direction"));
                }
            }
        }

        // Bands: cover every possible total exactly once, and match IPA's.
        self.ids(f, "band", sc.bands.iter().map(|b| b.id.as_str()));
        let n = sc.questions.len() as i32;
        let lo = n * SelfCheckAnswer::WORST;
        let hi = n * SelfCheckAnswer::BEST;
        let mut covered: BTreeMap<i32, &str> = BTreeMap::new();
        for b in &sc.bands {
            if b.min > b.max {
                self.bad(
                    f,
                    format!("band {}: min {} is above max {}", b.id, b.min, b.max),
                );
            }
            if b.min < lo || b.max > hi {
                self.bad(
                    f,
                    format!(
                        "band {}: {}..{} reaches outside the possible totals {lo}..{hi}",
                        b.id, b.min, b.max
                    ),
                );
            }
            for v in b.min..=b.max {
                if let Some(other) = covered.insert(v, &b.id) {
                    self.bad(f, format!("bands {other} and {} overlap at {v}", b.id));
                    break;
                }
            }
        }
        let gaps: Vec<i32> = (lo..=hi).filter(|v| !covered.contains_key(v)).collect();
        if !gaps.is_empty() {
            self.bad(f, format!("no band covers the totals {gaps:?}"));
        }
        let got: Vec<(&str, i32, i32)> = sc
            .bands
            .iter()
            .map(|b| (b.id.as_str(), b.min, b.max))
            .collect();
        if got != SELFCHECK_BANDS {
            self.bad(
                f,
                format!("bands are {got:?}; IPA's are {SELFCHECK_BANDS:?}"),
            );
        }
    }

    fn security_action(&mut self) {
        let f = file::SECURITY_ACTION;
        let sa = &self.c.security_action;
        self.sources_exist(f, "pack", &sa.sources);
        for l in &sa.levels {
            let mut seen = BTreeSet::new();
            for r in &l.requires {
                if SaCheck::from_tag(r).is_none() {
                    let known: Vec<&str> = SaCheck::ALL.iter().map(|c| c.tag()).collect();
                    self.bad(
                        f,
                        format!(
                            "level {}: `{r}` is not a known check ({})",
                            l.id,
                            known.join(", ")
                        ),
                    );
                }
                if !seen.insert(r.as_str()) {
                    self.bad(f, format!("level {}: `{r}` is required twice", l.id));
                }
            }
        }
        for t in &sa.templates {
            let who = format!("template {}", t.id);
            let fields = self.ids(
                f,
                &format!("{who} field"),
                t.fields.iter().map(String::as_str),
            );
            for fl in fields {
                if !is_fluent_id(fl) {
                    self.bad(
                        f,
                        format!("{who}: field `{fl}` cannot be a Fluent variable"),
                    );
                }
            }
            self.ids(
                f,
                &format!("{who} section"),
                t.sections.iter().map(String::as_str),
            );
            if t.sections.is_empty() {
                self.bad(f, format!("{who}: no sections"));
            }
        }
    }

    fn maturity(&mut self) {
        let f = file::MATURITY;
        let m = &self.c.maturity;
        self.sources_exist(f, "pack", &m.sources);
        self.ids(f, "scale", m.scale.iter().map(|s| s.code.as_str()));
        for s in &m.scale {
            if s.points.is_none() && !s.followup {
                self.bad(
                    f,
                    format!("scale {}: no points, so it needs followup = true", s.code),
                );
            }
            if s.points.is_some() && s.followup {
                self.bad(
                    f,
                    format!(
                        "scale {}: followup is only for the entry without points",
                        s.code
                    ),
                );
            }
        }
        let got: Vec<(&str, Option<u32>)> = m
            .scale
            .iter()
            .map(|s| (s.code.as_str(), s.points))
            .collect();
        if got != MATURITY_SCALE {
            self.bad(
                f,
                format!("maturity scale is {got:?}; expected {MATURITY_SCALE:?}"),
            );
        }

        self.count(
            f,
            "maturity questions",
            m.questions.len(),
            MATURITY_PER_DIRECTION * self.c.csm.directions.len(),
        );
        self.ids(f, "question", m.questions.iter().map(|q| q.id.as_str()));
        let mut per: BTreeMap<&str, usize> = BTreeMap::new();
        for q in &m.questions {
            if !self.directions.contains(q.direction.as_str()) {
                self.bad(
                    f,
                    format!(
                        "question {}: `{}` is not a Ver 3.0 direction",
                        q.id, q.direction
                    ),
                );
            }
            *per.entry(q.direction.as_str()).or_default() += 1;
        }
        for d in &self.c.csm.directions {
            let n = per.get(d.id.as_str()).copied().unwrap_or(0);
            if n != MATURITY_PER_DIRECTION {
                self.bad(
                    f,
                    format!(
                        "direction {} has {n} questions; expected {MATURITY_PER_DIRECTION}",
                        d.id
                    ),
                );
            }
        }
    }

    fn incident(&mut self) {
        let f = file::INCIDENT;
        let i = &self.c.incident;
        self.ids(f, "contact", i.contacts.iter().map(|c| c.id.as_str()));
        for c in &i.contacts {
            let who = format!("contact {}", c.id);
            self.text(f, &who, "official_ja", &c.official_ja);
            if !is_url(&c.url) {
                self.bad(f, format!("{who}: url `{}` is not an https address", c.url));
            }
            if c.use_when.is_empty() {
                self.bad(f, format!("{who}: use_when is empty"));
            }
            let mut seen = BTreeSet::new();
            for u in &c.use_when {
                if !USE_WHEN_TAGS.contains(&u.as_str()) {
                    self.bad(f, format!("{who}: use_when `{u}` is not a known tag"));
                }
                if !seen.insert(u.as_str()) {
                    self.bad(f, format!("{who}: use_when `{u}` is listed twice"));
                }
            }
        }
        self.ids(f, "first_hour", i.first_hour.iter().map(|h| h.id.as_str()));
        if i.first_hour.is_empty() {
            self.bad(f, "first_hour is empty");
        }
        self.ids(f, "field", i.fields.iter().map(|h| h.id.as_str()));
    }

    fn intro(&mut self) {
        let f = file::INTRO;
        let n = &self.c.intro;
        self.ids(f, "section", n.sections.iter().map(|s| s.id.as_str()));
        self.ids(f, "fact", n.facts.iter().map(|s| s.id.as_str()));
        for fact in &n.facts {
            if !self.sources.contains(fact.source.as_str()) {
                self.bad(
                    f,
                    format!(
                        "fact {}: source `{}` is not in sources.toml",
                        fact.id, fact.source
                    ),
                );
            }
            if !is_date(&fact.date) {
                self.bad(
                    f,
                    format!(
                        "fact {}: date `{}` is not YYYY, YYYY-MM or YYYY-MM-DD",
                        fact.id, fact.date
                    ),
                );
            }
        }
    }

    /// Every `checked` value is a real day written `YYYY-MM-DD`.
    fn checked(&mut self) {
        for f in self.c.dated_facts() {
            if parse_checked(&f.checked).is_none() {
                self.bad(
                    f.file,
                    format!(
                        "{}: checked `{}` is not a real date written YYYY-MM-DD",
                        f.id, f.checked
                    ),
                );
            }
        }
    }

    fn messages(&mut self) {
        let mut seen: BTreeMap<String, &str> = BTreeMap::new();
        for m in self.c.messages() {
            if !is_fluent_id(&m.id) {
                self.bad(
                    m.file,
                    format!("derived message id `{}` is not a valid Fluent id", m.id),
                );
            }
            if let Some(other) = seen.insert(m.id.clone(), m.file) {
                self.bad(
                    m.file,
                    format!(
                        "derived message id `{}` is also needed by {other}.toml",
                        m.id
                    ),
                );
            }
        }
    }
}

impl ContentPacks {
    /// Every problem with the content, in file order; empty when the content is sound.
    pub fn validate(&self) -> Vec<Problem> {
        let mut v = V {
            c: self,
            problems: Vec::new(),
            sources: BTreeSet::new(),
            roles: BTreeSet::new(),
            efforts: BTreeSet::new(),
            directions: BTreeSet::new(),
            templates: BTreeSet::new(),
            levels: BTreeSet::new(),
            basics: BTreeSet::new(),
        };
        v.packs();
        v.sources();
        v.roles();
        v.collect_targets();
        v.csm();
        v.csm11();
        v.sme();
        v.security_action();
        v.maturity();
        v.incident();
        v.intro();
        v.messages();
        v.checked();
        v.problems
    }

    /// [`ContentPacks::validate`], plus: no `checked` date is after `today` (a fact cannot have
    /// been checked in the future). `today` is the caller's date; this crate has no clock.
    pub fn validate_on(&self, today: Date) -> Vec<Problem> {
        let mut problems = self.validate();
        for f in self.dated_facts() {
            if let Some(d) = parse_checked(&f.checked)
                && d > today
            {
                problems.push(Problem::new(
                    f.file,
                    format!("{}: checked `{}` is after today ({today})", f.id, f.checked),
                ));
            }
        }
        problems
    }
}
