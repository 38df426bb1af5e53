//! content/diary.toml: it loads, cites sources that exist, and its words meet the content's own
//! bar (plain_language.toml's limits, never_say.toml's phrases), as the self-check's texts must.

mod common;

use common::*;
use crampcheck_content::readability::{contains_term, fk_grade, longest_sentence};
use crampcheck_core::Level;
use crampcheck_diary::rules::check_sources;
use crampcheck_diary::When;

#[test]
fn the_diary_rules_load() {
    let rules = diary_rules();
    let got: Vec<_> = rules.iter().map(|r| (r.id.as_str(), r.level)).collect();
    assert_eq!(
        got,
        [
            ("D1", Level::Appointment),
            ("D2", Level::Today),
            ("D3", Level::Appointment)
        ]
    );
    assert_eq!(
        rules[0].when,
        When::Frequent {
            more_than_per_week: 1,
            for_weeks: 2
        }
    );
    assert_eq!(
        rules[1].when,
        When::LongCramp {
            longer_than_s: 600,
            within_days: 7
        }
    );
    assert_eq!(
        rules[2].when,
        When::Rise {
            rise_factor: 2,
            at_least_per_week: 2,
            over_weeks: 4
        }
    );
}

#[test]
fn every_source_id_exists_in_sources_toml() {
    let sources: toml::Table = toml::from_str(&content_file("sources.toml")).unwrap();
    let known: Vec<&str> = sources["source"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s.get("id")?.as_str())
        .collect();
    assert!(known.len() > 40, "sources.toml read wrongly: {known:?}");
    assert_eq!(check_sources(&diary_rules(), &known), Vec::<String>::new());
}

/// Every English text a person may see, with where it is from.
fn english_texts() -> Vec<(String, Vec<String>)> {
    let rules = diary_rules();
    let mut out = Vec::new();
    for r in &rules {
        let finding = r.finding.get("en").to_string();
        out.push((
            format!("{} prompt", r.id),
            vec![finding.clone(), r.prompt.get("en").into()],
        ));
        for (level, t) in &r.raised {
            out.push((
                format!("{} raised to {level}", r.id),
                vec![finding.clone(), t.get("en").into()],
            ));
        }
    }
    out
}

#[test]
fn the_words_are_plain() {
    let plain: toml::Table = toml::from_str(&content_file("plain_language.toml")).unwrap();
    let max_grade = plain["max_grade"].as_float().unwrap();
    let max_words = plain["max_sentence_words"].as_integer().unwrap() as usize;
    for (what, parts) in english_texts() {
        let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
        let grade = fk_grade(&parts);
        assert!(
            grade <= max_grade,
            "{what}: US grade {grade:.1}, over {max_grade}"
        );
        let (n, sentence) = longest_sentence(&parts).unwrap();
        assert!(n <= max_words, "{what}: {n} words in {sentence:?}");
    }
}

/// The content's declared languages (content/meta.toml), the default first.
fn languages() -> Vec<String> {
    let meta: toml::Table = toml::from_str(&content_file("meta.toml")).unwrap();
    meta["languages"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|l| Some(l.as_str()?.to_string()))
        .collect()
}

/// Every text of the file, each in every language it gives: `(what, [(language, words)])`.
fn all_texts() -> Vec<(String, Vec<(String, String)>)> {
    let mut out = Vec::new();
    for r in diary_rules() {
        out.push((format!("{} finding", r.id), r.finding.entries().to_vec()));
        out.push((format!("{} prompt", r.id), r.prompt.entries().to_vec()));
        for (level, t) in &r.raised {
            out.push((format!("raised {level}"), t.entries().to_vec()));
        }
    }
    out
}

#[test]
fn every_text_is_in_every_declared_language() {
    let langs = languages();
    assert!(langs.len() > 1, "meta.toml read wrongly: {langs:?}");
    for (what, entries) in all_texts() {
        let given: Vec<&str> = entries.iter().map(|(l, _)| l.as_str()).collect();
        for l in &langs {
            assert!(
                given.contains(&l.as_str()),
                "{what}: no text for language '{l}'"
            );
        }
        for (l, _) in &entries {
            assert!(
                langs.contains(l),
                "{what}: language '{l}' is not declared in meta.toml"
            );
        }
    }
}

#[test]
fn no_text_makes_a_claim_the_brief_forbids() {
    let never: toml::Table = toml::from_str(&content_file("never_say.toml")).unwrap();
    let phrases = |lang: &str| -> Vec<String> {
        never["never"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|n| n.get("phrases")?.get(lang)?.as_array())
            .flatten()
            .filter_map(|p| Some(p.as_str()?.to_string()))
            .collect()
    };
    assert!(
        phrases("en").contains(&"quinine".to_string()),
        "never_say.toml read wrongly"
    );
    for lang in languages() {
        let list = phrases(&lang);
        assert!(!list.is_empty(), "no never-say phrases for {lang}");
        for (what, entries) in all_texts() {
            for (l, text) in entries.iter().filter(|(l, _)| *l == lang) {
                for phrase in &list {
                    assert!(
                        !contains_term(text, phrase),
                        "{what} ({l}): says {phrase:?}: {text}"
                    );
                }
            }
        }
    }
}

#[test]
fn each_prompt_names_its_level_and_offers_the_check_or_the_summary() {
    for r in diary_rules() {
        let prompt = r.prompt.get("en");
        let level_words = match r.level {
            Level::Today => "today",
            Level::Appointment => "appointment in the next 1 to 2 weeks",
            other => panic!("{}: a diary rule at {other}", r.id),
        };
        assert!(prompt.contains(level_words), "{}: {prompt}", r.id);
        assert!(
            prompt.contains("self-check") || prompt.contains("summary"),
            "{}: {prompt}",
            r.id
        );
        for (level, t) in &r.raised {
            let words = match level {
                Level::Today => "today",
                Level::UrgentNow => "within the hour",
                Level::Emergency => "emergency number",
                other => panic!("{}: raised to {other}", r.id),
            };
            assert!(
                t.get("en").contains(words),
                "{} at {level}: {}",
                r.id,
                t.get("en")
            );
        }
    }
}

/// content/diary_words.toml, the diary screen's words, loaded for the declared languages.
fn diary_words() -> crampcheck_diary::words::Words {
    let langs = languages();
    let langs: Vec<&str> = langs.iter().map(String::as_str).collect();
    crampcheck_diary::words::load(&content_file("diary_words.toml"), &langs)
        .unwrap_or_else(|e| panic!("{e:#?}"))
}

#[test]
fn the_screen_words_are_in_every_language_with_the_same_names() {
    let w = diary_words();
    assert_eq!(w.0.len(), languages().len());
    let keys = w.0[0].1.len();
    assert!(keys > 100, "diary_words.toml read wrongly: {keys} keys");
    for (lang, table) in &w.0 {
        assert_eq!(table.len(), keys, "{lang}");
    }
}

#[test]
fn the_screen_words_are_plain_and_make_no_forbidden_claim() {
    let plain: toml::Table = toml::from_str(&content_file("plain_language.toml")).unwrap();
    let max_grade = plain["max_grade"].as_float().unwrap();
    let max_words = plain["max_sentence_words"].as_integer().unwrap() as usize;
    let never: toml::Table = toml::from_str(&content_file("never_say.toml")).unwrap();
    let w = diary_words();
    for (lang, table) in &w.0 {
        let phrases: Vec<&str> = never["never"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|n| n.get("phrases")?.get(lang.as_str())?.as_array())
            .flatten()
            .filter_map(|p| p.as_str())
            .collect();
        assert!(!phrases.is_empty(), "no never-say phrases for {lang}");
        for (key, text) in table {
            for phrase in &phrases {
                assert!(
                    !contains_term(text, phrase),
                    "[{lang}] {key}: says {phrase:?}: {text}"
                );
            }
        }
    }
    // Grade and sentence length are measured in English, on texts long enough to measure.
    for (key, text) in &w.0[0].1 {
        if text.split_whitespace().count() < 12 {
            continue;
        }
        let grade = fk_grade(&[text.as_str()]);
        assert!(
            grade <= max_grade,
            "{key}: US grade {grade:.1}, over {max_grade}: {text}"
        );
        let (n, sentence) = longest_sentence(&[text.as_str()]).unwrap();
        assert!(n <= max_words, "{key}: {n} words in {sentence:?}");
    }
}
