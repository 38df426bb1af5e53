//! The file format, as written by clinicians: TOML, one file per kind of item.

use serde::Deserialize;
use std::collections::BTreeMap;

/// Text by language: `text.en = "..."`.
pub type Lang = BTreeMap<String, String>;

/// `{ question = ["option", ...], rule = [...], level = [...] }`: all must hold. Two conditions on
/// the same question (two separate ticks, never one option the person has to test) go in
/// `all = [{ q = ["a"] }, { q = ["b", "c"] }]`.
pub type RawClause = BTreeMap<String, RawClauseValue>;

#[derive(Deserialize, Debug, Clone)]
#[serde(untagged)]
pub enum RawClauseValue {
    Options(Vec<String>),
    All(Vec<BTreeMap<String, Vec<String>>>),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMeta {
    pub version: String,
    pub languages: Vec<String>,
    /// Each declared language's name in that language: `language_names.es = "Español"`.
    #[serde(default)]
    pub language_names: BTreeMap<String, String>,
    /// The languages whose translation a clinician who speaks them has reviewed.
    #[serde(default)]
    pub translations_reviewed: Vec<String>,
    pub default_region: String,
    #[serde(default)]
    pub brief_rules: Vec<String>,
    pub level: Vec<RawLevel>,
    pub region: Vec<RawRegion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLevel {
    pub level: String,
    pub title: Lang,
    pub action: Lang,
    pub by_when: Lang,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRegion {
    pub id: String,
    pub name: Lang,
    pub emergency_number: String,
    /// Urgent help that is not an ambulance (`{urgent}`), e.g. "call NHS 111".
    pub urgent: Lang,
    #[serde(default)]
    pub urgent_number: String,
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub time_zones: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSources {
    pub source: Vec<RawSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: String,
    pub title: String,
    pub url: String,
    pub status: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuestions {
    pub question: Vec<RawQuestion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuestion {
    pub id: String,
    pub text: Lang,
    #[serde(default)]
    pub hint: Lang,
    pub why: Lang,
    pub short: Lang,
    #[serde(default)]
    pub multiple: bool,
    #[serde(default)]
    pub ask_if: Vec<RawClause>,
    pub option: Vec<RawOption>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOption {
    pub id: String,
    #[serde(default)]
    pub kind: Option<String>,
    pub label: Lang,
    /// "they" or "child": the rest of the check is worded for that voice.
    #[serde(default)]
    pub voice: Option<String>,
    /// Whether ticking it unticks every other option. Default: "none" is exclusive, "not sure"
    /// and findings are not (a person may be sure of one sign and unsure of another).
    #[serde(default)]
    pub exclusive: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRules {
    pub rule: Vec<RawRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRule {
    pub id: String,
    pub level: String,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub note: String,
    pub finding: Lang,
    pub when: Vec<RawClause>,
    /// The rule does not fire when one of these holds (e.g. A1 in pregnancy, where SC3 applies).
    #[serde(default)]
    pub unless: Vec<RawClause>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAdviceFile {
    pub advice: Vec<RawAdvice>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAdvice {
    pub id: String,
    pub kind: String,
    #[serde(default)]
    pub grade: Option<String>,
    #[serde(default)]
    pub sources: Vec<String>,
    pub title: Lang,
    pub body: Lang,
    #[serde(default)]
    pub steps: Vec<Lang>,
    pub when: Vec<RawClause>,
    #[serde(default)]
    pub unless: Vec<RawClause>,
}

/// `[en.start] title = "text"`: one table per language, nested tables give dotted keys
/// (`start.title`).
pub type RawMessages = BTreeMap<String, toml::Table>;

/// Flattens one language's nested tables into `dotted.key -> text`; non-text values are errors.
pub fn flatten_messages(
    table: &toml::Table,
    prefix: &str,
    out: &mut BTreeMap<String, String>,
    bad: &mut Vec<String>,
) {
    for (k, v) in table {
        let key = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        match v {
            toml::Value::String(s) => {
                out.insert(key, s.clone());
            }
            toml::Value::Table(t) => flatten_messages(t, &key, out, bad),
            _ => bad.push(key),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNeverSay {
    pub never: Vec<RawNever>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNever {
    pub brief: String,
    /// By language: `phrases.en = [...]`, `phrases.es = [...]`; each language's texts are searched
    /// for its own phrases.
    pub phrases: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub allowed_in: Vec<String>,
}

/// Quick relief's safety screen and clock (relief.toml).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRelief {
    pub sign: Vec<RawReliefSign>,
    pub duration: Vec<RawReliefDuration>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReliefSign {
    pub id: String,
    pub label: Lang,
    /// The rule whose level, finding and advice this sign leads to.
    pub rule: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReliefDuration {
    pub id: String,
    pub label: Lang,
    pub minutes: u32,
}

/// plain_language.toml: the limits the content check enforces on every text a person reads.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPlainLanguage {
    pub max_option_words: usize,
    pub max_sentence_words: usize,
    pub max_grade: f64,
    #[serde(default)]
    pub jargon: Vec<RawJargon>,
    #[serde(default)]
    pub regional: Vec<RawRegional>,
    #[serde(default)]
    pub exception: Vec<RawException>,
}

/// A word read one way in one country and not understood, or misread, elsewhere ("surgery" is a
/// doctor's office in the UK and an operation in the US): the text must use `instead`.
#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawRegional {
    pub lang: String,
    pub term: String,
    pub instead: String,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawJargon {
    pub term: String,
    pub explained_by: Vec<String>,
}

/// A unit allowed to break a limit, with the reason (shown in the content guide's figures).
#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawException {
    /// The unit as the check names it, e.g. "question 'health'" or "advice 'avoid_quinine'".
    pub item: String,
    /// Which limit: "grade", "option_words" or "sentence_words".
    pub limit: String,
    pub reason: String,
}
