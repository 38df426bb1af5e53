//! Reads the content folder into the core model, checking every reference on the way.
//!
//! Native tools load the content once per process, so the strings are leaked into `'static`
//! memory: that lets the very same model type serve the app (where it is generated as statics).

use crate::error::Problems;
use crate::raw::*;
use crampcheck_core::*;
use serde::de::DeserializeOwned;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_owned().into_boxed_str())
}

fn leak_slice<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

/// What the checks after loading need besides the model itself.
pub struct Loaded {
    pub root: PathBuf,
    pub content: &'static Content,
    pub brief_rules: Vec<String>,
    pub never_say: Vec<RawNever>,
    pub plain: RawPlainLanguage,
    /// Where each item was defined: ("question", id) -> file, for error messages.
    pub origin: HashMap<(&'static str, String), String>,
}

impl Loaded {
    /// Every rule a scenario must assert: the brief's and the content's own (v2 and look-alikes).
    pub fn rules_needing_scenarios(&self) -> Vec<String> {
        let mut ids = self.brief_rules.clone();
        for r in self.content.rules {
            if !ids.iter().any(|x| x == r.id) {
                ids.push(r.id.to_string());
            }
        }
        ids
    }

    pub fn meta_file(&self) -> String {
        display_path(&self.root, &self.root.join("meta.toml"))
    }

    pub fn relief_file(&self) -> String {
        display_path(&self.root, &self.root.join("relief.toml"))
    }

    pub fn file_of(&self, kind: &'static str, id: &str) -> String {
        self.origin
            .get(&(kind, id.to_string()))
            .cloned()
            .unwrap_or_else(|| "content".into())
    }
}

/// Paths are shown relative to the content folder's parent, as an author would type them.
pub(crate) fn display_path(root: &Path, file: &Path) -> String {
    let base = root.parent().unwrap_or(root);
    file.strip_prefix(base)
        .unwrap_or(file)
        .display()
        .to_string()
}

fn read<T: DeserializeOwned>(
    root: &Path,
    rel: &str,
    problems: &mut Problems,
) -> Option<(String, T)> {
    let path = root.join(rel);
    let shown = display_path(root, &path);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            problems.add(&shown, "", format!("cannot read the file: {e}"));
            return None;
        }
    };
    match toml::from_str(&text) {
        Ok(v) => Some((shown, v)),
        Err(e) => {
            problems.add(
                &shown,
                "",
                format!("not valid: {}", e.to_string().trim_end()),
            );
            None
        }
    }
}

fn id_ok(id: &str, upper: bool) -> bool {
    !id.is_empty()
        && id.chars().all(|c| {
            c.is_ascii_digit()
                || c == '_'
                || if upper {
                    c.is_ascii_uppercase()
                } else {
                    c.is_ascii_lowercase()
                }
        })
}

struct Builder<'a> {
    problems: &'a mut Problems,
    languages: Vec<String>,
}

impl Builder<'_> {
    /// Converts a language map, requiring every declared language (and no others) when `required`.
    /// Besides languages, `<lang>_they` and `<lang>_child` give the wording for someone answering
    /// about another person or a child; they are optional here (the plain-language check asks for
    /// them where a text speaks to "you").
    fn text(&mut self, file: &str, item: &str, field: &str, lang: &Lang, required: bool) -> Text {
        if !required && lang.is_empty() {
            return Text::EMPTY;
        }
        for l in &self.languages {
            match lang.get(l) {
                None => self.problems.add(
                    file,
                    item,
                    format!("{field}: missing text for language '{l}'"),
                ),
                Some(t) if t.trim().is_empty() => self.problems.add(
                    file,
                    item,
                    format!("{field}: empty text for language '{l}'"),
                ),
                _ => {}
            }
        }
        for (l, t) in lang {
            let base_ok = |b: &str| self.languages.iter().any(|x| x == b);
            let known = base_ok(l)
                || l.rsplit_once('_').is_some_and(|(b, v)| {
                    base_ok(b) && Voice::from_str(v).is_some_and(|v| v != Voice::Own)
                });
            if !known {
                self.problems.add(
                    file,
                    item,
                    format!("{field}: language '{l}' is not declared in meta.toml (voices are written <lang>_they and <lang>_child)"),
                );
            } else if t.trim().is_empty() {
                self.problems
                    .add(file, item, format!("{field}: empty text for '{l}'"));
            }
        }
        // Declared languages first, in order, so that the first entry is the default language;
        // then the voice variants.
        let mut pairs: Vec<(&'static str, &'static str)> = self
            .languages
            .iter()
            .filter_map(|l| lang.get(l).map(|t| (leak(l), leak(t.trim()))))
            .collect();
        pairs.extend(
            lang.iter()
                .filter(|(l, _)| !self.languages.contains(l))
                .map(|(l, t)| (leak(l), leak(t.trim()))),
        );
        Text::Inline(leak_slice(pairs))
    }
}

fn parse_status(s: &str) -> Option<Verification> {
    match s {
        "V" => Some(Verification::Verified),
        "P" => Some(Verification::Partial),
        "NV" => Some(Verification::NotVerified),
        _ => None,
    }
}

/// Loads and checks the content folder. Every problem found is returned, each naming its file and item.
pub fn load(root: &Path) -> Result<Loaded, Problems> {
    let mut problems = Problems::default();
    let meta: Option<(String, RawMeta)> = read(root, "meta.toml", &mut problems);
    let sources: Option<(String, RawSources)> = read(root, "sources.toml", &mut problems);
    let questions: Option<(String, RawQuestions)> = read(root, "questions.toml", &mut problems);
    let rules: Option<(String, RawRules)> = read(root, "rules.toml", &mut problems);
    let messages: Option<(String, RawMessages)> = read(root, "messages.toml", &mut problems);
    let never: Option<(String, RawNeverSay)> = read(root, "never_say.toml", &mut problems);
    let relief: Option<(String, RawRelief)> = read(root, "relief.toml", &mut problems);
    let plain: Option<(String, RawPlainLanguage)> =
        read(root, "plain_language.toml", &mut problems);
    let mut advice_files = Vec::new();
    match std::fs::read_dir(root.join("advice")) {
        Ok(dir) => {
            let mut names: Vec<String> = dir
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".toml"))
                .collect();
            names.sort();
            for n in names {
                if let Some(f) = read::<RawAdviceFile>(root, &format!("advice/{n}"), &mut problems)
                {
                    advice_files.push(f);
                }
            }
        }
        Err(e) => problems.add(
            &display_path(root, &root.join("advice")),
            "",
            format!("cannot read the folder: {e}"),
        ),
    }
    let (
        Some(meta),
        Some(sources),
        Some(questions),
        Some(rules),
        Some(messages),
        Some(never),
        Some(relief),
        Some((_, plain)),
    ) = (
        meta, sources, questions, rules, messages, never, relief, plain,
    )
    else {
        return Err(problems);
    };

    let mut origin = HashMap::new();
    let (meta_file, meta) = meta;
    if meta.languages.is_empty() {
        problems.add(
            &meta_file,
            "languages",
            "at least one language must be declared",
        );
    }
    let mut b = Builder {
        problems: &mut problems,
        languages: meta.languages.clone(),
    };

    // Sources
    let (src_file, sources) = sources;
    let mut seen = HashSet::new();
    let mut source_list = Vec::new();
    for s in &sources.source {
        let item = format!("source '{}'", s.id);
        if !seen.insert(s.id.clone()) {
            b.problems.add(&src_file, &item, "duplicate ID");
        }
        let Some(status) = parse_status(&s.status) else {
            b.problems.add(
                &src_file,
                &item,
                format!("unknown status '{}' (use V, P or NV)", s.status),
            );
            continue;
        };
        source_list.push(Source {
            id: leak(&s.id),
            // Titles are not translated; they are texts so the app can fetch them on first use.
            title: Text::Inline(leak_slice(vec![(leak(&meta.languages[0]), leak(&s.title))])),
            url: leak(&s.url),
            status,
        });
    }
    let source_ids: HashSet<String> = sources.source.iter().map(|s| s.id.clone()).collect();

    // Levels and regions
    let mut levels = Vec::new();
    for l in &meta.level {
        let item = format!("level '{}'", l.level);
        let Some(level) = Level::from_name(&l.level) else {
            b.problems.add(
                &meta_file,
                &item,
                "unknown level (use EMERGENCY, URGENT_NOW, TODAY, APPOINTMENT or SELF_CARE)",
            );
            continue;
        };
        if levels.iter().any(|x: &LevelInfo| x.level == level) {
            b.problems.add(&meta_file, &item, "duplicate level");
        }
        levels.push(LevelInfo {
            level,
            title: b.text(&meta_file, &item, "title", &l.title, true),
            action: b.text(&meta_file, &item, "action", &l.action, true),
            by_when: b.text(&meta_file, &item, "by_when", &l.by_when, true),
        });
    }
    for level in Level::ALL {
        if !levels.iter().any(|l| l.level == level) {
            b.problems.add(
                &meta_file,
                format!("level '{level}'"),
                "missing: every level needs its texts",
            );
        }
    }
    let mut regions = Vec::new();
    for r in &meta.region {
        let item = format!("region '{}'", r.id);
        if !id_ok(&r.id, false) {
            b.problems.add(
                &meta_file,
                &item,
                "IDs use lower-case letters, digits and _",
            );
        }
        if regions.iter().any(|x: &Region| x.id == r.id) {
            b.problems.add(&meta_file, &item, "duplicate ID");
        }
        if r.emergency_number.is_empty() || !r.emergency_number.chars().all(|c| c.is_ascii_digit())
        {
            b.problems
                .add(&meta_file, &item, "emergency_number must be digits only");
        }
        if !r.urgent_number.chars().all(|c| c.is_ascii_digit()) {
            b.problems.add(
                &meta_file,
                &item,
                "urgent_number must be digits only (or left out)",
            );
        }
        for c in &r.countries {
            if c.len() != 2 || !c.chars().all(|ch| ch.is_ascii_uppercase()) {
                b.problems.add(
                    &meta_file,
                    &item,
                    format!("countries: '{c}' is not a two-letter upper-case ISO code"),
                );
            }
        }
        for z in &r.time_zones {
            if !z.contains('/') || z.starts_with('/') {
                b.problems.add(
                    &meta_file,
                    &item,
                    format!("time_zones: '{z}' is not an IANA zone (Area/City) or a prefix ending in '/'"),
                );
            }
        }
        regions.push(Region {
            id: leak(&r.id),
            name: b.text(&meta_file, &item, "name", &r.name, true),
            emergency_number: leak(&r.emergency_number),
            urgent: b.text(&meta_file, &item, "urgent", &r.urgent, true),
            urgent_number: leak(&r.urgent_number),
            countries: leak_slice(r.countries.iter().map(|c| leak(c)).collect()),
            time_zones: leak_slice(r.time_zones.iter().map(|z| leak(z)).collect()),
        });
    }
    if !regions.iter().any(|r| r.id == meta.default_region) {
        b.problems.add(
            &meta_file,
            "default_region",
            format!("unknown region '{}'", meta.default_region),
        );
    }

    // Questions
    let (q_file, questions) = questions;
    let mut q_index: HashMap<String, usize> = HashMap::new();
    for (i, q) in questions.question.iter().enumerate() {
        let item = format!("question '{}'", q.id);
        if !id_ok(&q.id, false) {
            b.problems
                .add(&q_file, &item, "IDs use lower-case letters, digits and _");
        }
        if matches!(q.id.as_str(), "rule" | "level" | "content_version") {
            b.problems.add(&q_file, &item, "this ID is reserved");
        }
        if q_index.insert(q.id.clone(), i).is_some() {
            b.problems.add(&q_file, &item, "duplicate ID");
        }
        origin.insert(("question", q.id.clone()), q_file.clone());
    }
    let option_ids: HashMap<String, Vec<String>> = questions
        .question
        .iter()
        .map(|q| {
            (
                q.id.clone(),
                q.option.iter().map(|o| o.id.clone()).collect(),
            )
        })
        .collect();

    // Resolves one clause; `allow_outcome` permits `rule` and `level` (advice only);
    // `before` limits answer conditions to earlier questions (ask_if: no cycles).
    let clause = |b: &mut Builder,
                  file: &str,
                  item: &str,
                  field: &str,
                  raw: &RawClause,
                  allow_outcome: bool,
                  before: Option<usize>,
                  rule_ids: &HashSet<String>|
     -> Clause {
        let mut conds = Vec::new();
        // `all = [...]` adds its parts' conditions to this clause, so each part goes through the
        // same checks as a plain entry.
        let mut entries: Vec<(&String, &Vec<String>)> = Vec::new();
        for (key, value) in raw {
            match (key.as_str(), value) {
                ("all", RawClauseValue::All(parts)) => {
                    entries.extend(parts.iter().flat_map(|p| p.iter()))
                }
                ("all", RawClauseValue::Options(_)) => b.problems.add(
                    file,
                    item,
                    format!("{field}: 'all' takes a list of clauses, e.g. all = [{{ q = [\"a\"] }}, {{ q = [\"b\"] }}]"),
                ),
                (_, RawClauseValue::Options(values)) => entries.push((key, values)),
                (_, RawClauseValue::All(_)) => b.problems.add(
                    file,
                    item,
                    format!("{field}: '{key}' takes a list of option IDs"),
                ),
            }
        }
        for (key, values) in entries {
            if values.is_empty() {
                b.problems
                    .add(file, item, format!("{field}: '{key}' lists no options"));
                continue;
            }
            match key.as_str() {
                "rule" | "level" if !allow_outcome => {
                    b.problems.add(
                        file,
                        item,
                        format!("{field}: '{key}' can only be used in advice"),
                    );
                }
                "rule" => {
                    for r in values {
                        if !rule_ids.contains(r) {
                            b.problems
                                .add(file, item, format!("{field}: unknown rule '{r}'"));
                        }
                    }
                    conds.push(Condition::Rule(leak_slice(
                        values.iter().map(|v| leak(v)).collect(),
                    )));
                }
                "level" => {
                    let mut ls = Vec::new();
                    for v in values {
                        match Level::from_name(v) {
                            Some(l) => ls.push(l),
                            None => {
                                b.problems
                                    .add(file, item, format!("{field}: unknown level '{v}'"))
                            }
                        }
                    }
                    conds.push(Condition::Level(leak_slice(ls)));
                }
                q => {
                    let Some(opts) = option_ids.get(q) else {
                        b.problems
                            .add(file, item, format!("{field}: unknown question '{q}'"));
                        continue;
                    };
                    if let Some(limit) = before {
                        let qi = q_index[q];
                        if qi >= limit {
                            b.problems.add(
                                file,
                                item,
                                format!("{field}: depends on question '{q}', which is not asked before it (a cycle): questions may only depend on earlier ones"),
                            );
                        }
                    }
                    for v in values {
                        if !opts.contains(v) {
                            b.problems.add(
                                file,
                                item,
                                format!("{field}: question '{q}' has no option '{v}'"),
                            );
                        }
                    }
                    conds.push(Condition::Answer {
                        question: leak(q),
                        options: leak_slice(values.iter().map(|v| leak(v)).collect()),
                    });
                }
            }
        }
        Clause(leak_slice(conds))
    };

    let (r_file, rules) = rules;
    let rule_ids: HashSet<String> = rules.rule.iter().map(|r| r.id.clone()).collect();

    let mut question_list = Vec::new();
    for (i, q) in questions.question.iter().enumerate() {
        let item = format!("question '{}'", q.id);
        let mut options = Vec::new();
        let mut seen = HashSet::new();
        for o in &q.option {
            let oitem = format!("{item}, option '{}'", o.id);
            if !id_ok(&o.id, false) {
                b.problems
                    .add(&q_file, &oitem, "IDs use lower-case letters, digits and _");
            }
            if !seen.insert(o.id.clone()) {
                b.problems.add(&q_file, &oitem, "duplicate option ID");
            }
            let kind = match o.kind.as_deref() {
                None | Some("finding") => ChoiceKind::Finding,
                Some("none") => ChoiceKind::None,
                Some("unsure") => ChoiceKind::Unsure,
                Some(k) => {
                    b.problems.add(
                        &q_file,
                        &oitem,
                        format!("unknown kind '{k}' (use finding, none or unsure)"),
                    );
                    ChoiceKind::Finding
                }
            };
            let voice = match o.voice.as_deref() {
                None => None,
                Some(v) => match Voice::from_str(v) {
                    Some(v) if v != Voice::Own => Some(v),
                    _ => {
                        b.problems.add(
                            &q_file,
                            &oitem,
                            format!("unknown voice '{v}' (use they or child)"),
                        );
                        None
                    }
                },
            };
            options.push(Choice {
                id: leak(&o.id),
                kind,
                label: b.text(&q_file, &oitem, "label", &o.label, true),
                voice,
            });
        }
        if options.len() < 2 {
            b.problems
                .add(&q_file, &item, "a question needs at least two options");
        }
        for kind in [ChoiceKind::None, ChoiceKind::Unsure] {
            if options.iter().filter(|o| o.kind == kind).count() > 1 {
                b.problems.add(
                    &q_file,
                    &item,
                    format!("more than one option of kind {kind:?}"),
                );
            }
        }
        if !options.iter().any(|o| o.kind == ChoiceKind::Finding) {
            b.problems
                .add(&q_file, &item, "no option describes a finding");
        }
        let ask_if: Vec<Clause> = q
            .ask_if
            .iter()
            .map(|c| {
                clause(
                    &mut b,
                    &q_file,
                    &item,
                    "ask_if",
                    c,
                    false,
                    Some(i),
                    &rule_ids,
                )
            })
            .collect();
        question_list.push(Question {
            id: leak(&q.id),
            text: b.text(&q_file, &item, "text", &q.text, true),
            hint: b.text(&q_file, &item, "hint", &q.hint, false),
            why: b.text(&q_file, &item, "why", &q.why, true),
            short: b.text(&q_file, &item, "short", &q.short, true),
            multiple: q.multiple,
            options: leak_slice(options),
            ask_if: leak_slice(ask_if),
        });
    }

    let check_sources = |b: &mut Builder, file: &str, item: &str, list: &[String]| {
        if list.is_empty() {
            b.problems.add(file, item, "no source: every rule and advice item must cite at least one source ID from sources.toml");
        }
        for s in list {
            if !source_ids.contains(s) {
                b.problems.add(file, item, format!("unknown source '{s}'"));
            }
        }
    };

    let mut rule_list = Vec::new();
    let mut seen = HashSet::new();
    for r in &rules.rule {
        let item = format!("rule '{}'", r.id);
        origin.insert(("rule", r.id.clone()), r_file.clone());
        if !id_ok(&r.id, true) {
            b.problems.add(
                &r_file,
                &item,
                "rule IDs use upper-case letters, digits and _",
            );
        }
        if !seen.insert(r.id.clone()) {
            b.problems.add(&r_file, &item, "duplicate ID");
        }
        let level = Level::from_name(&r.level).unwrap_or_else(|| {
            b.problems
                .add(&r_file, &item, format!("unknown level '{}'", r.level));
            Level::Emergency
        });
        check_sources(&mut b, &r_file, &item, &r.sources);
        let status = match r.status.as_deref() {
            None => {
                b.problems.add(
                    &r_file,
                    &item,
                    "no status: say V, P or NV (how far the source was checked)",
                );
                Verification::NotVerified
            }
            Some(s) => parse_status(s).unwrap_or_else(|| {
                b.problems.add(
                    &r_file,
                    &item,
                    format!("unknown status '{s}' (use V, P or NV)"),
                );
                Verification::NotVerified
            }),
        };
        if r.when.is_empty() || r.when.iter().any(|c| c.is_empty()) {
            b.problems.add(
                &r_file,
                &item,
                "when: every rule needs at least one non-empty clause",
            );
        }
        let when: Vec<Clause> = r
            .when
            .iter()
            .map(|c| clause(&mut b, &r_file, &item, "when", c, false, None, &rule_ids))
            .collect();
        let unless: Vec<Clause> = r
            .unless
            .iter()
            .map(|c| clause(&mut b, &r_file, &item, "unless", c, false, None, &rule_ids))
            .collect();
        rule_list.push(Rule {
            id: leak(&r.id),
            level,
            finding: b.text(&r_file, &item, "finding", &r.finding, true),
            when: leak_slice(when),
            unless: leak_slice(unless),
            sources: leak_slice(r.sources.iter().map(|s| leak(s)).collect()),
            status,
            note: leak(r.note.trim()),
        });
    }

    let mut advice_list = Vec::new();
    let mut seen = HashSet::new();
    for (a_file, file) in &advice_files {
        for a in &file.advice {
            let item = format!("advice '{}'", a.id);
            origin.insert(("advice", a.id.clone()), a_file.clone());
            if !id_ok(&a.id, false) {
                b.problems
                    .add(a_file, &item, "IDs use lower-case letters, digits and _");
            }
            if !seen.insert(a.id.clone()) {
                b.problems.add(a_file, &item, "duplicate ID");
            }
            let kind = AdviceKind::from_name(&a.kind).unwrap_or_else(|| {
                let names: Vec<_> = AdviceKind::ALL.iter().map(|k| k.name()).collect();
                b.problems.add(
                    a_file,
                    &item,
                    format!(
                        "unknown kind '{}' (use one of {})",
                        a.kind,
                        names.join(", ")
                    ),
                );
                AdviceKind::SafetyNet
            });
            let grade = match a.grade.as_deref() {
                Some("A") => Grade::A,
                Some("B") => Grade::B,
                Some("C") => Grade::C,
                Some("X") => Grade::X,
                Some(g) => {
                    b.problems.add(
                        a_file,
                        &item,
                        format!("unknown grade '{g}' (use A, B, C or X)"),
                    );
                    Grade::C
                }
                None => {
                    b.problems
                        .add(a_file, &item, "no evidence grade: say A, B, C or X");
                    Grade::C
                }
            };
            check_sources(&mut b, a_file, &item, &a.sources);
            if a.when.is_empty() {
                b.problems
                    .add(a_file, &item, "when: needed (use [{}] for every result)");
            }
            let when: Vec<Clause> = a
                .when
                .iter()
                .map(|c| clause(&mut b, a_file, &item, "when", c, true, None, &rule_ids))
                .collect();
            let unless: Vec<Clause> = a
                .unless
                .iter()
                .map(|c| clause(&mut b, a_file, &item, "unless", c, true, None, &rule_ids))
                .collect();
            let steps: Vec<Text> = a
                .steps
                .iter()
                .enumerate()
                .map(|(i, s)| b.text(a_file, &item, &format!("steps[{}]", i + 1), s, true))
                .collect();
            advice_list.push(Advice {
                id: leak(&a.id),
                kind,
                grade,
                sources: leak_slice(a.sources.iter().map(|s| leak(s)).collect()),
                title: b.text(a_file, &item, "title", &a.title, true),
                body: b.text(a_file, &item, "body", &a.body, true),
                steps: leak_slice(steps),
                when: leak_slice(when),
                unless: leak_slice(unless),
            });
        }
    }

    // Messages: one table per language, the default language's keys are the reference.
    let (m_file, raw_messages) = messages;
    let mut messages: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for (lang, table) in &raw_messages {
        let mut flat = BTreeMap::new();
        let mut bad = Vec::new();
        flatten_messages(table, "", &mut flat, &mut bad);
        for key in bad {
            b.problems.add(
                &m_file,
                format!("message '{key}'"),
                "must be text in quotes",
            );
        }
        messages.insert(lang.clone(), flat);
    }
    let mut message_list = Vec::new();
    if let Some(default) = meta.languages.first() {
        match messages.get(default) {
            None => b.problems.add(
                &m_file,
                format!("[{default}]"),
                "missing table for the default language",
            ),
            Some(table) => {
                for key in table.keys() {
                    if !key.chars().all(|c| {
                        c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.'
                    }) {
                        b.problems.add(
                            &m_file,
                            format!("message '{key}'"),
                            "keys use lower-case letters, digits, _ and .",
                        );
                    }
                    let mut lang = BTreeMap::new();
                    for l in &meta.languages {
                        if let Some(t) = messages.get(l).and_then(|m| m.get(key)) {
                            lang.insert(l.clone(), t.clone());
                        }
                    }
                    let text = b.text(&m_file, &format!("message '{key}'"), "text", &lang, true);
                    message_list.push(Message {
                        key: leak(key),
                        text,
                    });
                }
            }
        }
        for (l, table) in &messages {
            if !meta.languages.contains(l) {
                b.problems.add(
                    &m_file,
                    format!("[{l}]"),
                    "language not declared in meta.toml",
                );
                continue;
            }
            for key in table.keys() {
                if messages.get(default).is_some_and(|d| !d.contains_key(key)) {
                    b.problems.add(
                        &m_file,
                        format!("message '{key}'"),
                        format!("in [{l}] but not in the default language [{default}]"),
                    );
                }
            }
        }
    }

    // Quick relief: each sign leads to a rule of the check, so its level and advice are reviewed
    // with the rules.
    let (rl_file, relief) = relief;
    let mut relief_signs = Vec::new();
    for sgn in &relief.sign {
        let item = format!("relief sign '{}'", sgn.id);
        if !id_ok(&sgn.id, false) {
            b.problems
                .add(&rl_file, &item, "IDs use lower-case letters, digits and _");
        }
        if relief_signs.iter().any(|x: &ReliefSign| x.id == sgn.id) {
            b.problems.add(&rl_file, &item, "duplicate ID");
        }
        if !rule_ids.contains(&sgn.rule) {
            b.problems
                .add(&rl_file, &item, format!("unknown rule '{}'", sgn.rule));
        }
        relief_signs.push(ReliefSign {
            id: leak(&sgn.id),
            label: b.text(&rl_file, &item, "label", &sgn.label, true),
            rule: leak(&sgn.rule),
        });
    }
    let mut relief_durations = Vec::new();
    for d in &relief.duration {
        let item = format!("relief duration '{}'", d.id);
        if !id_ok(&d.id, false) {
            b.problems
                .add(&rl_file, &item, "IDs use lower-case letters, digits and _");
        }
        relief_durations.push(ReliefDuration {
            id: leak(&d.id),
            label: b.text(&rl_file, &item, "label", &d.label, true),
            minutes: d.minutes,
        });
    }
    if relief_signs.is_empty() || relief_durations.is_empty() {
        b.problems
            .add(&rl_file, "", "needs at least one sign and one duration");
    }

    let brief_rules = meta.brief_rules.clone();
    for id in &brief_rules {
        if !rule_ids.contains(id) {
            b.problems.add(
                &r_file,
                format!("rule '{id}'"),
                "missing: meta.toml lists it as a rule of the brief",
            );
        }
    }

    let content: &'static Content = Box::leak(Box::new(Content {
        version: leak(&meta.version),
        languages: leak_slice(meta.languages.iter().map(|l| leak(l)).collect()),
        default_region: leak(&meta.default_region),
        questions: leak_slice(question_list),
        rules: leak_slice(rule_list),
        advice: leak_slice(advice_list),
        levels: leak_slice(levels),
        sources: leak_slice(source_list),
        regions: leak_slice(regions),
        messages: leak_slice(message_list),
        relief_signs: leak_slice(relief_signs),
        relief_durations: leak_slice(relief_durations),
    }));
    let (_, never) = never;
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Loaded {
        root: root.to_path_buf(),
        content,
        brief_rules,
        never_say: never.never,
        plain,
        origin,
    })
}
