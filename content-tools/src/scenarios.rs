//! Scenario files: answers in, expected level, rules and advice out. Written by clinicians, run by
//! `cargo test` and the `scenarios` command.

use crate::error::{Item, Kind, Problems};
use crate::load::display_path;
use crampcheck_core::assessment::assess;
use crampcheck_core::*;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Deserialize, Debug, Clone)]
#[serde(untagged)]
pub enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    pub fn as_vec(&self) -> Vec<&str> {
        match self {
            OneOrMany::One(s) => vec![s.as_str()],
            OneOrMany::Many(v) => v.iter().map(String::as_str).collect(),
        }
    }
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub name: String,
    pub answers: BTreeMap<String, OneOrMany>,
    pub level: String,
    /// Rules that must fire.
    #[serde(default)]
    pub rules: Vec<String>,
    /// Rules that must not fire.
    #[serde(default)]
    pub not_rules: Vec<String>,
    #[serde(default)]
    pub advice: Vec<String>,
    #[serde(default)]
    pub not_advice: Vec<String>,
    /// The number of questions asked, when it matters (for example "stops at once").
    #[serde(default)]
    pub questions_asked: Option<usize>,
    /// `"none"`: every question on the path not named in `answers` is answered with its "none"
    /// option (or its first option where it has none), as a person with nothing more to report
    /// would. Without it, `answers` must be the whole path.
    #[serde(default)]
    pub rest: Option<String>,
    /// The typical path: its screens and words set the start screen's time estimate and are held
    /// to the limits of the content guide (one scenario has it).
    #[serde(default)]
    pub typical: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScenarioFile {
    scenario: Vec<Scenario>,
}

pub struct LoadedScenario {
    pub file: String,
    pub scenario: Scenario,
}

/// The scenarios folder of the content folder `root`, as problems name it (see `Loaded::file`).
pub fn folder(root: &Path) -> String {
    display_path(root, &root.join("scenarios"))
}

pub fn load_scenarios(root: &Path) -> Result<Vec<LoadedScenario>, Problems> {
    let mut problems = Problems::default();
    let dir = root.join("scenarios");
    let mut out = Vec::new();
    let mut names: Vec<_> = match std::fs::read_dir(&dir) {
        Ok(d) => d
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect(),
        Err(e) => {
            problems.add(
                &folder(root),
                Item::File,
                format!("cannot read the folder: {e}"),
            );
            return Err(problems);
        }
    };
    names.sort();
    for path in names {
        let shown = display_path(root, &path);
        let parsed = std::fs::read_to_string(&path)
            .map_err(|e| e.to_string())
            .and_then(|t| toml::from_str::<ScenarioFile>(&t).map_err(|e| e.to_string()));
        match parsed {
            Ok(f) => out.extend(f.scenario.into_iter().map(|s| LoadedScenario {
                file: shown.clone(),
                scenario: s,
            })),
            Err(e) => problems.add(&shown, Item::File, format!("not valid: {}", e.trim_end())),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// The scenario's answers, with the rest of the path filled in where it asks for that.
pub fn answers_of(content: &'static Content, sc: &Scenario) -> (Answers, Vec<String>) {
    let mut errors = Vec::new();
    let mut answers = Answers::new();
    for (q, opts) in &sc.answers {
        if let Err(e) = answers.set(content, q, &opts.as_vec()) {
            errors.push(format!("bad answer: {e}"));
        }
    }
    match sc.rest.as_deref() {
        None => {}
        Some("none") => {
            // Fill only what the path asks, so a named answer is never overwritten.
            while let Some(q) = assess(content, &answers).next {
                let typical = q.typical_option();
                if answers.set(content, q.id, &[typical.id]).is_err() {
                    break;
                }
            }
        }
        Some(other) => errors.push(format!("rest: unknown value '{other}' (use \"none\")")),
    }
    (answers, errors)
}

/// The typical path's (screens, words of question and option text, minutes): the minutes allow a
/// careful 150 words a minute plus 10 seconds to decide on each screen, rounded up.
pub fn typical_figures(
    content: &'static Content,
    scenarios: &[LoadedScenario],
) -> Option<(usize, usize, usize)> {
    let sc = scenarios.iter().find(|s| s.scenario.typical)?;
    let (answers, _) = answers_of(content, &sc.scenario);
    let (screens, words) = crate::plain::path_figures(content, &answers);
    let seconds = words * 60 / 150 + screens * 10;
    Some((screens, words, seconds.div_ceil(60)))
}

/// Runs one scenario; every mismatch is reported.
pub fn run(content: &'static Content, s: &LoadedScenario) -> Vec<String> {
    let sc = &s.scenario;
    let (answers, mut errors) = answers_of(content, sc);
    let a = assess(content, &answers);
    if let Some(next) = a.next {
        errors.push(format!(
            "incomplete: question '{}' is still to be answered",
            next.id
        ));
    }
    if !a.not_asked.is_empty() {
        errors.push(format!(
            "answers to questions that would not be asked: {}",
            a.not_asked.join(", ")
        ));
    }
    let level = a.level.map(|l| l.name()).unwrap_or("none");
    if level != sc.level {
        errors.push(format!("level {level}, expected {}", sc.level));
    }
    let fired = a.fired_ids();
    for r in &sc.rules {
        if content.rule(r).is_none() {
            errors.push(format!("unknown rule '{r}'"));
        } else if !fired.contains(&r.as_str()) {
            errors.push(format!(
                "rule {r} did not fire (fired: {})",
                fired.join(", ")
            ));
        }
    }
    for r in &sc.not_rules {
        if fired.contains(&r.as_str()) {
            errors.push(format!("rule {r} fired but must not"));
        }
    }
    let advice: Vec<&str> = a.advice.iter().map(|x| x.id).collect();
    for id in &sc.advice {
        if content.advice_item(id).is_none() {
            errors.push(format!("unknown advice '{id}'"));
        } else if !advice.contains(&id.as_str()) {
            errors.push(format!("advice {id} missing"));
        }
    }
    for id in &sc.not_advice {
        if content.advice_item(id).is_none() {
            errors.push(format!("unknown advice '{id}'"));
        } else if advice.contains(&id.as_str()) {
            errors.push(format!("advice {id} shown but must not be"));
        }
    }
    if let Some(n) = sc.questions_asked {
        if a.asked.len() != n {
            errors.push(format!("{} questions asked, expected {n}", a.asked.len()));
        }
    }
    errors
}

/// Runs every scenario and checks that each rule in `required` is asserted by at least one.
/// `folder` is where the scenarios were read from ([`folder`]): a rule no scenario asserts has no
/// scenario file to name.
pub fn run_all(
    content: &'static Content,
    folder: &str,
    scenarios: &[LoadedScenario],
    required: &[String],
) -> Problems {
    let mut p = Problems::default();
    for s in scenarios {
        for e in run(content, s) {
            p.add(&s.file, Item::of(Kind::Scenario, &s.scenario.name), e);
        }
    }
    for r in required {
        if !scenarios.iter().any(|s| s.scenario.rules.contains(r)) {
            p.add(
                folder,
                Item::of(Kind::Rule, r),
                "no scenario asserts that this rule fires",
            );
        }
    }
    p
}
