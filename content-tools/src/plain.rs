//! Plain-language checks (content/plain_language.toml): option and sentence length, reading grade
//! per unit a person reads at once, jargon explained where it is used, and questions worded for
//! whoever is answering. A question a patient can misread is a safety defect, so these fail the
//! build like a broken reference does.

use crate::error::{Item, Kind, Problems};
use crate::load::Loaded;
use crate::readability::{contains_term, fk_grade, sentences, word_count};
use crampcheck_core::*;

/// The language the readability formula is made for; other languages are checked by reviewers.
const LANG: &str = "en";

/// Words that speak to the person using the check; a question or option with one of these needs a
/// wording of its own for someone answering about another person.
const OWN_VOICE: [&str; 8] = ["you", "your", "yours", "yourself", "i", "my", "me", "i'm"];

/// Something a person reads at once, named as errors name it.
pub struct Unit {
    pub file: String,
    pub item: Item,
    /// Option-like parts are held to the option length limit.
    pub options: Vec<&'static str>,
    pub other: Vec<&'static str>,
}

impl Unit {
    fn parts(&self) -> Vec<&'static str> {
        self.other
            .iter()
            .chain(&self.options)
            .copied()
            .filter(|t| !t.is_empty())
            .collect()
    }
}

/// Every unit of English text, in reading order: question screens first, then the result.
pub fn units(l: &Loaded) -> Vec<Unit> {
    let c = l.content;
    let mut out = Vec::new();
    for q in c.questions {
        let file = l.file_of(Kind::Question, q.id);
        out.push(Unit {
            file: file.clone(),
            item: Item::of(Kind::Question, q.id),
            options: q.options.iter().map(|o| o.label.get(LANG)).collect(),
            other: vec![q.text.get(LANG), q.hint.get(LANG)],
        });
        out.push(Unit {
            file,
            item: Item::of(Kind::Question, q.id).part(Kind::Why, ""),
            options: vec![],
            other: vec![q.why.get(LANG)],
        });
    }
    for lv in c.levels {
        out.push(Unit {
            file: l.meta_file(),
            item: Item::of(Kind::Level, lv.level.as_str()),
            options: vec![],
            other: vec![
                lv.title.get(LANG),
                lv.action.get(LANG),
                lv.by_when.get(LANG),
            ],
        });
    }
    for r in c.rules {
        out.push(Unit {
            file: l.file_of(Kind::Rule, r.id),
            item: Item::of(Kind::Rule, r.id),
            options: vec![],
            other: vec![r.finding.get(LANG)],
        });
    }
    for a in c.advice {
        let mut other = vec![a.title.get(LANG), a.body.get(LANG)];
        other.extend(a.steps.iter().map(|s| s.get(LANG)));
        out.push(Unit {
            file: l.file_of(Kind::Advice, a.id),
            item: Item::of(Kind::Advice, a.id),
            options: vec![],
            other,
        });
    }
    out.push(Unit {
        file: l.relief_file(),
        item: Item::named("relief signs"),
        options: c.relief_signs.iter().map(|s| s.label.get(LANG)).collect(),
        other: vec![],
    });
    out.push(Unit {
        file: l.relief_file(),
        item: Item::named("relief durations"),
        options: c
            .relief_durations
            .iter()
            .map(|s| s.label.get(LANG))
            .collect(),
        other: vec![],
    });
    out
}

/// Exceptions name their unit as this check prints it, so the unit's item is compared as printed:
/// that keeps the file's wording exactly what authors copy from the message, with no second
/// spelling of items to parse.
fn excepted(l: &Loaded, item: &str, limit: &str) -> bool {
    l.plain
        .exception
        .iter()
        .any(|e| e.item == item && e.limit == limit)
}

pub fn check_plain(l: &Loaded, p: &mut Problems) {
    let rules = &l.plain;
    for e in &rules.exception {
        if !matches!(
            e.limit.as_str(),
            "grade" | "option_words" | "sentence_words"
        ) || e.reason.trim().is_empty()
        {
            p.add(
                &l.file("plain_language.toml"),
                Item::of(Kind::Exception, &e.item),
                "needs a limit (grade, option_words or sentence_words) and a reason",
            );
        }
    }
    for u in units(l) {
        let printed = u.item.to_string();
        for o in &u.options {
            let n = word_count(o);
            if n > rules.max_option_words && !excepted(l, &printed, "option_words") {
                p.add(
                    &u.file,
                    u.item.clone(),
                    format!(
                        "option '{o}' has {n} words (at most {})",
                        rules.max_option_words
                    ),
                );
            }
        }
        let parts = u.parts();
        for part in &parts {
            for s in sentences(part) {
                let n = word_count(s);
                if n > rules.max_sentence_words && !excepted(l, &printed, "sentence_words") {
                    p.add(
                        &u.file,
                        u.item.clone(),
                        format!(
                            "sentence of {n} words (at most {}): '{s}'",
                            rules.max_sentence_words
                        ),
                    );
                }
            }
        }
        let grade = fk_grade(&parts);
        if grade > rules.max_grade && !excepted(l, &printed, "grade") {
            p.add(
                &u.file,
                u.item.clone(),
                format!(
                    "reads at US grade {grade:.1} (Flesch-Kincaid; at most {}): use shorter words and sentences, or list a reasoned exception in plain_language.toml",
                    rules.max_grade
                ),
            );
        }
        for j in &rules.jargon {
            let used = parts
                .iter()
                .any(|t| contains_term(t, &j.term) || contains_term(t, &format!("{}s", j.term)));
            let explained = parts.iter().any(|t| {
                j.explained_by
                    .iter()
                    .any(|e| t.to_lowercase().contains(&e.to_lowercase()))
            });
            if used && !explained {
                p.add(
                    &u.file,
                    u.item.clone(),
                    format!(
                        "uses '{}' without explaining it (say '{}' too)",
                        j.term,
                        j.explained_by.join("' or '")
                    ),
                );
            }
        }
    }
    check_voices(l, p);
    check_regional(l, p);
}

/// Words only one country reads as meant ("jab", "surgery", "water tablet"): the person may be
/// anywhere, so every text in that language says the plain word instead. Every text is searched,
/// the catalogue's included, not only the units the reading grade is measured on.
fn check_regional(l: &Loaded, p: &mut Problems) {
    for place in crate::check::texts(l) {
        for (lang, t) in place.text.entries() {
            let base = lang.split('_').next().unwrap_or(lang);
            for r in l.plain.regional.iter().filter(|r| r.lang == base) {
                if contains_term(t, &r.term) {
                    p.add(
                        &place.file,
                        place.item.clone(),
                        format!(
                            "{} ({lang}): says '{}', which readers in other countries may not understand: say '{}'",
                            place.field, r.term, r.instead
                        ),
                    );
                }
            }
        }
    }
}

/// Questions after the first are read by parents and carers too: any text that says "you" needs
/// a "they" wording, or a parent answers for themselves.
fn check_voices(l: &Loaded, p: &mut Problems) {
    let sets_voice = |q: &Question| q.options.iter().any(|o| o.voice.is_some());
    let says_you = |text: &str| {
        crate::readability::words(text)
            .iter()
            .any(|w| OWN_VOICE.contains(&w.to_lowercase().as_str()))
    };
    for q in l.content.questions.iter().filter(|q| !sets_voice(q)) {
        let file = l.file_of(Kind::Question, q.id);
        let item = Item::of(Kind::Question, q.id);
        let mut texts: Vec<(String, Text)> = vec![("text".into(), q.text), ("hint".into(), q.hint)];
        texts.extend(
            q.options
                .iter()
                .map(|o| (format!("option '{}'", o.id), o.label)),
        );
        for (field, t) in texts {
            if says_you(t.get(LANG)) && !t.has_voice(LANG, Voice::They) {
                p.add(
                    &file,
                    item.clone(),
                    format!("{field} speaks to 'you' but has no {LANG}_they wording for someone answering about another person"),
                );
            }
            for v in [Voice::They, Voice::Child] {
                // A parent is "you" only as the owner of "your child".
                let w = t
                    .voiced(LANG, v)
                    .to_lowercase()
                    .replace("your child", "the child");
                if t.has_voice(LANG, v) && says_you(&w) {
                    p.add(
                        &file,
                        item.clone(),
                        format!(
                            "{field}: the {LANG}_{} wording still says 'you'",
                            v.as_str()
                        ),
                    );
                }
            }
        }
    }
}

/// Figures for the content guide and the closing note: the typical self-care path's screens and
/// words of question and option text.
pub fn path_figures(content: &'static Content, answers: &Answers) -> (usize, usize) {
    let a = crampcheck_core::assess(content, answers);
    let words = a
        .asked
        .iter()
        .map(|q| {
            word_count(q.text.get(LANG))
                + word_count(q.hint.get(LANG))
                + q.options
                    .iter()
                    .map(|o| word_count(o.label.get(LANG)))
                    .sum::<usize>()
        })
        .sum();
    (a.asked.len(), words)
}
