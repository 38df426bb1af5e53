//! The content checks run by the build, the `check` command and the tests.

use crate::error::{Item, Kind, Problems};
use crate::flow;
use crate::load::{load, Loaded};
use crate::readability::contains_term;
use crampcheck_core::template::{self, Part};
use crampcheck_core::*;
use std::path::Path;

/// A user-visible text and where it lives: what the text checks and `crampcheck-cli texts` walk.
pub struct Place {
    pub file: String,
    pub item: Item,
    pub field: String,
    pub text: Text,
}

impl Place {
    /// The advice item it belongs to (never-say phrases may be allowed in named advice).
    fn advice(&self) -> Option<&str> {
        match &self.item {
            Item::Of {
                kind: Kind::Advice,
                id,
                ..
            } => Some(id),
            _ => None,
        }
    }

    /// A catalogue message (which may use its own named values, such as `{done}`).
    fn is_message(&self) -> bool {
        self.item.kind() == Some(Kind::Message)
    }
}

/// Every user-visible text with where it lives, in the order of the files. (Source titles are
/// left out: they are in the source's own language.)
pub fn texts(l: &Loaded) -> Vec<Place> {
    let c = l.content;
    let mut out = Vec::new();
    let mut push = |file: String, item: &Item, field: &str, text: Text| {
        out.push(Place {
            file,
            item: item.clone(),
            field: field.to_string(),
            text,
        })
    };
    for q in c.questions {
        let f = l.file_of(Kind::Question, q.id);
        let item = Item::of(Kind::Question, q.id);
        push(f.clone(), &item, "text", q.text);
        push(f.clone(), &item, "hint", q.hint);
        push(f.clone(), &item, "why", q.why);
        push(f.clone(), &item, "short", q.short);
        for o in q.options {
            let option = item.clone().part(Kind::Option, o.id);
            push(f.clone(), &option, "label", o.label);
        }
    }
    for r in c.rules {
        let item = Item::of(Kind::Rule, r.id);
        push(l.file_of(Kind::Rule, r.id), &item, "finding", r.finding);
    }
    for a in c.advice {
        let f = l.file_of(Kind::Advice, a.id);
        let item = Item::of(Kind::Advice, a.id);
        push(f.clone(), &item, "title", a.title);
        push(f.clone(), &item, "body", a.body);
        for (i, s) in a.steps.iter().enumerate() {
            push(f.clone(), &item, &format!("steps[{}]", i + 1), *s);
        }
    }
    for lv in c.levels {
        let item = Item::of(Kind::Level, lv.level.as_str());
        push(l.meta_file(), &item, "title", lv.title);
        push(l.meta_file(), &item, "action", lv.action);
        push(l.meta_file(), &item, "by_when", lv.by_when);
    }
    for r in c.regions {
        let item = Item::of(Kind::Region, r.id);
        push(l.meta_file(), &item, "name", r.name);
        push(l.meta_file(), &item, "urgent", r.urgent);
    }
    for s in c.relief_signs {
        let item = Item::of(Kind::ReliefSign, s.id);
        push(l.relief_file(), &item, "label", s.label);
    }
    for d in c.relief_durations {
        let item = Item::of(Kind::ReliefDuration, d.id);
        push(l.relief_file(), &item, "label", d.label);
    }
    for m in c.messages {
        let item = Item::of(Kind::Message, m.key);
        push(l.file("messages.toml"), &item, "text", m.text);
    }
    out
}

/// Placeholders other than `{number}` (the emergency number) and `{urgent}` (the region's urgent
/// route) would show up raw on screen.
/// Catalogue messages may also use their own named values (`{done}`), filled in by the app.
fn bad_placeholder(text: &str, any_name: bool) -> Option<String> {
    template::parts(text).find_map(|part| match part {
        Part::Text(t) => t.contains('}').then(|| "}".to_string()),
        Part::Unclosed(_) => Some("{".into()),
        Part::Name(name) => {
            let named =
                !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_');
            (!(template::ALWAYS.contains(&name) || (any_name && named)))
                .then(|| format!("{{{name}}}"))
        }
    })
}

/// The placeholders a text names, sorted: every language must name the same ones.
fn placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = template::parts(text)
        .filter_map(|part| match part {
            Part::Name(name) => Some(name),
            _ => None,
        })
        .collect();
    names.sort_unstable();
    names
}

pub fn check_loaded(l: &Loaded) -> Problems {
    let mut p = Problems::default();
    check_texts(l, &mut p);
    check_labels_contain_what_is_shown(l, &mut p);
    check_allowed_in(l, &mut p);
    check_levels_covered(l, &mut p);
    check_while_waiting(l, &mut p);
    check_no_relief_when_urgent(l, &mut p);
    check_unsure_combinable(l, &mut p);
    check_relief_signs(l, &mut p);
    crate::plain::check_plain(l, &mut p);
    check_flow(l, &mut p);
    p
}

/// Placeholders and the brief's forbidden phrases, in every language of every text.
fn check_texts(l: &Loaded, p: &mut Problems) {
    for place in texts(l) {
        let Place {
            file, item, field, ..
        } = &place;
        let entries = place.text.entries();
        let reference = entries.first().map(|(_, t)| placeholders(t));
        for (lang, t) in entries {
            if let Some(ph) = bad_placeholder(t, place.is_message()) {
                p.add(file, item.clone(), format!("{field} ({lang}): unknown placeholder '{ph}' (only {{number}} and {{urgent}} are replaced)"));
            }
            if reference.as_ref().is_some_and(|r| *r != placeholders(t)) {
                p.add(file, item.clone(), format!("{field} ({lang}): placeholders {:?} differ from the default language's {:?}", placeholders(t), reference.as_ref().unwrap()));
            }
            // `es_they` is searched for the Spanish phrases.
            let base = lang.split('_').next().unwrap_or(lang);
            for never in &l.never_say {
                if place
                    .advice()
                    .is_some_and(|id| never.allowed_in.iter().any(|a| a == id))
                {
                    continue;
                }
                for phrase in never.phrases.get(base).into_iter().flatten() {
                    if contains_term(t, phrase) {
                        p.add(
                            file,
                            item.clone(),
                            format!(
                                "{field} ({lang}): says '{phrase}', which the brief forbids ({})",
                                never.brief
                            ),
                        );
                    }
                }
            }
        }
    }
}

/// A control's accessible name (`x_label`) must contain the words it shows (`x`), in every
/// language (WCAG 2.5.3, label in name): a person using speech input says what they see.
fn check_labels_contain_what_is_shown(l: &Loaded, p: &mut Problems) {
    for m in l.content.messages {
        let Some(shown_key) = m.key.strip_suffix("_label") else {
            continue;
        };
        let Some(shown) = l.content.messages.iter().find(|s| s.key == shown_key) else {
            continue;
        };
        for (lang, label) in m.text.entries() {
            let words = shown.text.get(lang);
            if !label.to_lowercase().contains(&words.to_lowercase()) {
                let problem = format!("text ({lang}): the label does not contain what the control shows, '{words}' (message '{shown_key}'), so speech input cannot name it");
                p.add(
                    &l.file("messages.toml"),
                    Item::of(Kind::Message, m.key),
                    problem,
                );
            }
        }
    }
}

/// Advice that names something only to warn against it must be graded X or be a doctor's option.
/// Every claim the brief forbids has its phrases in every declared language, and no other.
fn check_allowed_in(l: &Loaded, p: &mut Problems) {
    for never in &l.never_say {
        let at = Item::of(Kind::NeverSay, &never.brief);
        for lang in l.content.languages {
            if never.phrases.get(*lang).is_none_or(|ps| ps.is_empty()) {
                let problem = format!("phrases: none for language '{lang}'");
                p.add(&l.file("never_say.toml"), at.clone(), problem);
            }
        }
        for lang in never.phrases.keys() {
            if !l.content.languages.contains(&lang.as_str()) {
                let problem = format!("phrases: language '{lang}' is not declared in meta.toml");
                p.add(&l.file("never_say.toml"), at.clone(), problem);
            }
        }
        for id in &never.allowed_in {
            if l.content.advice_item(id).is_none() {
                p.add(
                    &l.file("never_say.toml"),
                    Item::of(Kind::NeverSay, &never.brief),
                    format!("allowed_in: unknown advice '{id}'"),
                );
            }
        }
    }
}

/// Every result says what to watch for, and every result above self-care says where to go.
fn check_levels_covered(l: &Loaded, p: &mut Problems) {
    let c = l.content;
    let always = |kind: AdviceKind, level: Level| {
        c.advice
            .iter()
            .any(|a| a.kind == kind && a.always_shown_at(level))
    };
    for level in Level::ALL {
        if !always(AdviceKind::SafetyNet, level) {
            p.add(
                &l.file("advice"),
                Item::of(Kind::Level, level.as_str()),
                "no safety_net advice shown on every result at this level",
            );
        }
        if !always(AdviceKind::SeekCare, level) && level != Level::SelfCare {
            p.add(
                &l.file("advice"),
                Item::of(Kind::Level, level.as_str()),
                "no seek_care advice shown on every result at this level",
            );
        }
    }
}

/// Every EMERGENCY and URGENT_NOW rule brings its own what-to-do-while-waiting.
fn check_while_waiting(l: &Loaded, p: &mut Problems) {
    let c = l.content;
    for r in c.rules.iter().filter(|r| r.level >= Level::UrgentNow) {
        let covered = c
            .advice
            .iter()
            .any(|a| a.kind == AdviceKind::WhileWaiting && a.names_rule(r.id));
        if !covered {
            p.add(
                &l.file_of(Kind::Rule, r.id),
                Item::of(Kind::Rule, r.id),
                "no while_waiting advice names this rule (every EMERGENCY and URGENT_NOW rule needs its own)",
            );
        }
    }
}

/// Relief and prevention are for later: beside "call now" or "within the hour" they compete with
/// the one thing to do, and some contradict it ("a warm bath" beside "cool down now", "exercise
/// your legs" beside "rest"). Only a rule's own while-waiting advice is shown at those levels, so
/// every relief and prevention item must be switched off there by its own `unless`.
fn check_no_relief_when_urgent(l: &Loaded, p: &mut Problems) {
    let urgent = [Level::Emergency, Level::UrgentNow];
    for a in l.content.advice {
        if !matches!(a.kind, AdviceKind::Relief | AdviceKind::Prevention) {
            continue;
        }
        if !urgent.iter().all(|lv| a.never_shown_at(*lv)) {
            p.add(
                &l.file_of(Kind::Advice, a.id),
                Item::of(Kind::Advice, a.id),
                format!(
                    "{} advice needs unless = [{{ level = [\"EMERGENCY\", \"URGENT_NOW\"] }}]: only a rule's own while-waiting advice is shown at those levels",
                    a.kind.as_str()
                ),
            );
        }
    }
}

/// "The pain won't go away, and I'm not sure if the calf is swollen": on a screen of urgent signs
/// a person may be sure of one and unsure of another, so "Not sure" must be tickable with the
/// findings (it counts as yes for every urgent rule of the screen, brief 3 precedence 2). An
/// exclusive "Not sure" there makes them drop one or the other.
fn check_unsure_combinable(l: &Loaded, p: &mut Problems) {
    let c = l.content;
    let feeds_urgent = |q: &Question| {
        c.rules.iter().filter(|r| r.level >= Level::UrgentNow).any(|r| {
            r.when.iter().any(|cl| {
                cl.0.iter().any(|cond| matches!(cond, Condition::Answer { question, .. } if *question == q.id))
            })
        })
    };
    for q in c.questions.iter().filter(|q| q.multiple && feeds_urgent(q)) {
        for o in q
            .options
            .iter()
            .filter(|o| o.kind == ChoiceKind::Unsure && o.exclusive)
        {
            p.add(
                &l.file_of(Kind::Question, q.id),
                Item::of(Kind::Question, q.id).part(Kind::Option, o.id),
                "\"Not sure\" is exclusive on a multi-choice screen of urgent signs: a person sure of one sign and unsure of another has no honest answer (remove `exclusive = true`)",
            );
        }
    }
}

/// Quick relief's signs stop the stretching: each must lead to urgent help.
fn check_relief_signs(l: &Loaded, p: &mut Problems) {
    let c = l.content;
    for s in c.relief_signs {
        if c.rule(s.rule).is_some_and(|r| r.level < Level::UrgentNow) {
            p.add(
                &l.relief_file(),
                Item::of(Kind::ReliefSign, s.id),
                format!("rule '{}' is below URGENT_NOW: a sign that makes stretching wrong needs urgent help", s.rule),
            );
        }
    }
}

/// What only walking the answer paths shows: questions never asked, rules never fired, and
/// paths that end with no result.
fn check_flow(l: &Loaded, p: &mut Problems) {
    let c = l.content;
    for q in c.questions {
        if !flow::can_ask(c, q) {
            p.add(
                &l.file_of(Kind::Question, q.id),
                Item::of(Kind::Question, q.id),
                "can never be asked: no answers to earlier questions make its ask_if hold",
            );
        }
    }
    for r in c.rules {
        if !flow::can_fire(c, r) {
            p.add(&l.file_of(Kind::Rule, r.id), Item::of(Kind::Rule, r.id), "can never fire: no path of answers matches its when (or a higher rule always fires first)");
        }
    }
    if let Some(gap) = flow::find_path_without_result(c) {
        p.add(
            &l.file("rules.toml"),
            Item::File,
            format!(
                "an answer path reaches no result (no rule fires): {}",
                gap.encode()
            ),
        );
    }
}

/// Loads the content folder and runs every check.
pub fn check(root: &Path) -> Result<Loaded, Problems> {
    let loaded = load(root)?;
    let problems = check_loaded(&loaded);
    if problems.is_empty() {
        Ok(loaded)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_whole_words_only() {
        assert!(contains_term("Use a pin here", "pin"));
        assert!(!contains_term("the spine and pinch", "pin"));
        assert!(contains_term("Tonic water, no.", "tonic water"));
        assert!(!contains_term("", "pin"));
    }

    #[test]
    fn only_the_number_placeholder_is_allowed() {
        assert_eq!(bad_placeholder("Call {number} now", false), None);
        assert_eq!(
            bad_placeholder("Call {numbr} now", false),
            Some("{numbr}".into())
        );
        assert_eq!(bad_placeholder("{done} of {total}", true), None);
        assert_eq!(bad_placeholder("{Done}", true), Some("{Done}".into()));
        assert_eq!(bad_placeholder("a } b", false), Some("}".into()));
        assert_eq!(bad_placeholder("a { b", false), Some("{".into()));
    }
}
