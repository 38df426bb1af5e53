//! Reading content/diary.toml into [`DiaryRule`]s, reporting every problem with the item it is in,
//! as the content tools do for the self-check's files.

use std::collections::BTreeMap;

use crampcheck_core::{Level, Verification};
use serde::Deserialize;

use super::{DiaryRule, Texts, When};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    rule: Vec<toml::Value>,
    #[serde(default)]
    raised: Vec<toml::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    level: String,
    sources: Vec<String>,
    status: String,
    #[serde(default)]
    note: String,
    when: RawWhen,
    finding: BTreeMap<String, String>,
    prompt: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWhen {
    more_than_per_week: Option<u32>,
    for_weeks: Option<u32>,
    longer_than_s: Option<u32>,
    within_days: Option<u32>,
    rise_factor: Option<u32>,
    at_least_per_week: Option<u32>,
    over_weeks: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRaised {
    level: String,
    prompt: BTreeMap<String, String>,
}

/// Levels a diary rule may have: see the module doc.
const RULE_LEVELS: [Level; 2] = [Level::Appointment, Level::Today];

/// A year: longer spans are a slip in the file, and they keep the counting arithmetic small.
const MAX_DAYS: u32 = 366;

/// Reads content/diary.toml. Every problem is reported, each naming the item.
pub fn load(text: &str) -> Result<Vec<DiaryRule>, Vec<String>> {
    let file: RawFile = toml::from_str(text).map_err(|e| vec![format!("diary.toml: {e}")])?;
    let mut errors = Vec::new();

    let mut raised: Vec<(Level, Texts)> = Vec::new();
    for (n, value) in file.raised.into_iter().enumerate() {
        let name = format!("raised {}", n + 1);
        let r: RawRaised = match value.try_into() {
            Ok(r) => r,
            Err(e) => {
                errors.push(format!("{name}: {e}"));
                continue;
            }
        };
        let Some(level) = level_named(&name, &r.level, &mut errors) else {
            continue;
        };
        let name = format!("raised {level}");
        if raised.iter().any(|(l, _)| *l == level) {
            errors.push(format!("{name}: a second [[raised]] for this level"));
        }
        if let Some(prompt) = texts(&name, "prompt", r.prompt, &mut errors) {
            raised.push((level, prompt));
        }
    }

    let mut rules: Vec<DiaryRule> = Vec::new();
    for (n, value) in file.rule.into_iter().enumerate() {
        let name = match value.get("id").and_then(toml::Value::as_str) {
            Some(id) => format!("rule {id}"),
            None => format!("rule {}", n + 1),
        };
        let raw: RawRule = match value.try_into() {
            Ok(r) => r,
            Err(e) => {
                errors.push(format!("{name}: {e}"));
                continue;
            }
        };
        if let Some(rule) = rule(&name, raw, &raised, &mut errors) {
            if rules.iter().any(|r| r.id == rule.id) {
                errors.push(format!("{name}: a second rule with this id"));
            }
            rules.push(rule);
        }
    }
    if rules.is_empty() && errors.is_empty() {
        errors.push("diary.toml: no [[rule]]".into());
    }
    if errors.is_empty() {
        Ok(rules)
    } else {
        Err(errors)
    }
}

fn rule(
    name: &str,
    raw: RawRule,
    raised: &[(Level, Texts)],
    errors: &mut Vec<String>,
) -> Option<DiaryRule> {
    let before = errors.len();
    if raw.id.trim().is_empty() {
        errors.push(format!("{name}: empty id"));
    }
    let level = level_named(name, &raw.level, errors);
    if let Some(level) = level.filter(|l| !RULE_LEVELS.contains(l)) {
        errors.push(format!(
            "{name}: level {level}: a diary rule is APPOINTMENT or TODAY (more urgent needs the self-check)"
        ));
    }
    if raw.sources.is_empty() {
        errors.push(format!("{name}: no sources"));
    }
    let status = raw.status.parse::<Verification>().map_err(|e| {
        errors.push(format!("{name}: {e}"));
    });
    let when = when(name, &raw.when, errors);
    let finding = texts(name, "finding", raw.finding, errors);
    let prompt = texts(name, "prompt", raw.prompt, errors);
    let level = level?;
    // Every level above the rule's may be the last check's: each needs its words.
    for above in Level::ALL.into_iter().filter(|l| *l > level) {
        if !raised.iter().any(|(l, _)| *l == above) {
            errors.push(format!(
                "{name}: no [[raised]] prompt for {above}, needed when the last self-check said {above}"
            ));
        }
    }
    if errors.len() > before {
        return None;
    }
    Some(DiaryRule {
        id: raw.id,
        level,
        sources: raw.sources,
        status: status.ok()?,
        note: raw.note,
        when: when?,
        finding: finding?,
        prompt: prompt?,
        raised: raised.iter().filter(|(l, _)| *l > level).cloned().collect(),
    })
}

fn level_named(name: &str, level: &str, errors: &mut Vec<String>) -> Option<Level> {
    match level.parse::<Level>() {
        Ok(l) => Some(l),
        Err(e) => {
            errors.push(format!("{name}: {e}"));
            None
        }
    }
}

fn texts(
    name: &str,
    field: &str,
    map: BTreeMap<String, String>,
    errors: &mut Vec<String>,
) -> Option<Texts> {
    let before = errors.len();
    if !map.contains_key("en") {
        errors.push(format!("{name}: no {field}.en"));
    }
    for (lang, text) in &map {
        if text.trim().is_empty() {
            errors.push(format!("{name}: {field}.{lang} is empty"));
        }
    }
    if errors.len() > before {
        return None;
    }
    let mut list: Vec<(String, String)> = map.into_iter().collect();
    // English first: the fallback for a language without its own words.
    list.sort_by_key(|(lang, _)| lang != "en");
    Some(Texts(list))
}

fn when(name: &str, w: &RawWhen, errors: &mut Vec<String>) -> Option<When> {
    let shape = match *w {
        RawWhen {
            more_than_per_week: Some(more_than_per_week),
            for_weeks: Some(for_weeks),
            longer_than_s: None,
            within_days: None,
            rise_factor: None,
            at_least_per_week: None,
            over_weeks: None,
        } => When::Frequent {
            more_than_per_week,
            for_weeks,
        },
        RawWhen {
            more_than_per_week: None,
            for_weeks: None,
            longer_than_s: Some(longer_than_s),
            within_days: Some(within_days),
            rise_factor: None,
            at_least_per_week: None,
            over_weeks: None,
        } => When::LongCramp {
            longer_than_s,
            within_days,
        },
        RawWhen {
            more_than_per_week: None,
            for_weeks: None,
            longer_than_s: None,
            within_days: None,
            rise_factor: Some(rise_factor),
            at_least_per_week: Some(at_least_per_week),
            over_weeks: Some(over_weeks),
        } => When::Rise {
            rise_factor,
            at_least_per_week,
            over_weeks,
        },
        _ => {
            errors.push(format!(
                "{name}: when must be {{ more_than_per_week, for_weeks }}, \
                 {{ longer_than_s, within_days }} or {{ rise_factor, at_least_per_week, over_weeks }}"
            ));
            return None;
        }
    };
    let days = match shape {
        When::Frequent { for_weeks, .. } => for_weeks.saturating_mul(7),
        When::LongCramp { within_days, .. } => within_days,
        When::Rise { over_weeks, .. } => over_weeks.saturating_mul(14),
    };
    let zero = match shape {
        When::Frequent { for_weeks, .. } => for_weeks == 0,
        When::LongCramp {
            longer_than_s,
            within_days,
        } => longer_than_s == 0 || within_days == 0,
        When::Rise {
            rise_factor,
            at_least_per_week,
            over_weeks,
        } => rise_factor == 0 || at_least_per_week == 0 || over_weeks == 0,
    };
    if zero {
        errors.push(format!(
            "{name}: when has a 0 that makes the rule meaningless"
        ));
        return None;
    }
    if days > MAX_DAYS {
        errors.push(format!("{name}: when looks back {days} days, over a year"));
        return None;
    }
    Some(shape)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::check_sources;

    const RAISED: &str = r#"
[[raised]]
level = "TODAY"
prompt.en = "today"
[[raised]]
level = "URGENT_NOW"
prompt.en = "within the hour"
[[raised]]
level = "EMERGENCY"
prompt.en = "call"
"#;

    fn rule_text(level: &str, when: &str) -> String {
        format!(
            r#"
[[rule]]
id = "D9"
level = "{level}"
sources = ["S1"]
status = "NV"
when = {when}
finding.en = "found"
finding.es = "encontrado"
prompt.en = "do this"
{RAISED}"#
        )
    }

    #[test]
    fn a_good_rule_loads_with_english_first() {
        let rules = load(&rule_text(
            "APPOINTMENT",
            "{ more_than_per_week = 1, for_weeks = 2 }",
        ))
        .unwrap();
        let r = &rules[0];
        assert_eq!((r.id.as_str(), r.level), ("D9", Level::Appointment));
        assert_eq!(r.finding.entries()[0].0, "en");
        assert_eq!(r.finding.get("es"), "encontrado");
        assert_eq!(r.finding.get("fr"), "found");
        assert_eq!(r.prompt_at(Level::Appointment).get("en"), "do this");
        assert_eq!(r.prompt_at(Level::Today).get("en"), "today");
        assert_eq!(r.prompt_at(Level::Emergency).get("en"), "call");
        assert_eq!(r.prompt_at(Level::SelfCare).get("en"), "do this");
    }

    #[test]
    fn each_problem_names_the_rule() {
        let errors = |text: &str| load(text).unwrap_err();
        assert_eq!(
            errors(&rule_text(
                "URGENT",
                "{ more_than_per_week = 1, for_weeks = 2 }"
            )),
            ["rule D9: unknown level 'URGENT'"]
        );
        assert_eq!(
            errors(&rule_text("URGENT_NOW", "{ more_than_per_week = 1, for_weeks = 2 }")),
            ["rule D9: level URGENT_NOW: a diary rule is APPOINTMENT or TODAY (more urgent needs the self-check)"]
        );
        assert!(errors(&rule_text("TODAY", "{ more_than_per_week = 1 }"))[0]
            .starts_with("rule D9: when must be"));
        assert!(errors(&rule_text("TODAY", "{ per_fortnight = 3 }"))[0]
            .starts_with("rule D9: unknown field `per_fortnight`"));
        assert_eq!(
            errors(&rule_text(
                "TODAY",
                "{ longer_than_s = 600, within_days = 0 }"
            )),
            ["rule D9: when has a 0 that makes the rule meaningless"]
        );
        let no_raised = rule_text("APPOINTMENT", "{ longer_than_s = 600, within_days = 7 }")
            .replace(
                "level = \"TODAY\"\nprompt.en = \"today\"",
                "level = \"TODAY\"\nprompt.en = \" \"",
            );
        assert_eq!(
            errors(&no_raised),
            [
                "raised TODAY: prompt.en is empty",
                "rule D9: no [[raised]] prompt for TODAY, needed when the last self-check said TODAY"
            ]
        );
        let twice = format!(
            "{}{}",
            rule_text("TODAY", "{ longer_than_s = 600, within_days = 7 }"),
            rule_text("TODAY", "{ longer_than_s = 600, within_days = 7 }").replace(RAISED, "")
        );
        assert_eq!(errors(&twice), ["rule D9: a second rule with this id"]);
        let no_status = rule_text("TODAY", "{ longer_than_s = 600, within_days = 7 }")
            .replace("status = \"NV\"\n", "");
        assert!(errors(&no_status)[0].starts_with("rule D9: missing field `status`"));
        let no_english = rule_text("TODAY", "{ longer_than_s = 600, within_days = 7 }")
            .replace("prompt.en = \"do this\"", "prompt.es = \"haga esto\"");
        assert_eq!(errors(&no_english), ["rule D9: no prompt.en"]);
        let e = errors("title = 1");
        assert!(
            e[0].starts_with("diary.toml: ") && e[0].contains("unknown field `title`"),
            "{e:?}"
        );
        assert_eq!(errors(RAISED), ["diary.toml: no [[rule]]"]);
    }

    #[test]
    fn unknown_sources_are_named() {
        let rules = load(&rule_text(
            "TODAY",
            "{ longer_than_s = 600, within_days = 7 }",
        ))
        .unwrap();
        assert_eq!(check_sources(&rules, &["S1", "S2"]), Vec::<String>::new());
        assert_eq!(
            check_sources(&rules, &["S2"]),
            ["rule D9: source S1 is not in sources.toml"]
        );
    }
}
