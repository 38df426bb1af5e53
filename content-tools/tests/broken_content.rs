//! The content check must fail loudly, naming file, item and problem, on broken copies.

use crampcheck_content::check;
use crampcheck_content::error::{Item, Kind};
use crampcheck_content::Problems;
use std::path::{Path, PathBuf};

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

/// A fresh copy of the real content with `file` edited by `edit`; returns the check's messages.
fn broken(name: &str, file: &str, edit: impl FnOnce(String) -> String) -> String {
    broken_problems(name, file, edit).to_string()
}

/// The same, returning the problems themselves.
fn broken_problems(name: &str, file: &str, edit: impl FnOnce(String) -> String) -> Problems {
    let dir: PathBuf = std::env::temp_dir()
        .join(format!("crampcheck-broken-{}-{name}", std::process::id()))
        .join("content");
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&crampcheck_content::default_content_dir(), &dir);
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let edited = edit(text.clone());
    assert_ne!(edited, text, "the edit for {name} changed nothing");
    std::fs::write(&path, edited).unwrap();
    let result = check(&dir);
    let _ = std::fs::remove_dir_all(dir.parent().unwrap());
    match result {
        Ok(_) => panic!("{name}: the broken content passed the check"),
        Err(p) => p,
    }
}

fn assert_says(msg: &str, parts: &[&str]) {
    for p in parts {
        assert!(msg.contains(p), "expected {p:?} in:\n{msg}");
    }
}

#[test]
fn unknown_question_in_a_rule() {
    let m = broken("unknown-ref", "rules.toml", |t| {
        t.replace(
            "  { legs = [\"one_swollen\"] },\n  { legs = [\"lasting_pain\", \"hard_veins\"], clot_risk",
            "  { leg = [\"one_swollen\"] },\n  { legs = [\"lasting_pain\", \"hard_veins\"], clot_risk",
        )
    });
    assert_says(
        &m,
        &["content/rules.toml", "rule 'U1'", "unknown question 'leg'"],
    );
}

/// Tools (an editor jumping to the item, a report grouping by rule) read the location itself, not
/// the message.
#[test]
fn problems_carry_a_typed_location() {
    let problems = broken_problems("typed", "questions.toml", |t| {
        t.replace("id = \"someone\"", "id = \"me\"")
    });
    let duplicate = problems
        .0
        .iter()
        .find(|e| e.problem == "duplicate ID")
        .unwrap_or_else(|| panic!("no duplicate ID in:\n{problems}"));
    assert_eq!(duplicate.file, "content/questions.toml");
    assert_eq!(duplicate.item.kind(), Some(Kind::Question));
    assert_eq!(duplicate.item.id(), Some("who"));
    assert_eq!(duplicate.item.parts(), [(Kind::Option, "me".to_string())]);
    assert_eq!(
        duplicate.item,
        Item::of(Kind::Question, "who").part(Kind::Option, "me")
    );

    let problems = broken_problems("typed-rule", "rules.toml", |t| {
        t.replace("description = [\"walking\"]", "description = [\"walk\"]")
    });
    let unknown = problems
        .0
        .iter()
        .find(|e| e.problem.contains("has no option 'walk'"))
        .unwrap_or_else(|| panic!("no unknown option in:\n{problems}"));
    assert_eq!(unknown.item, Item::of(Kind::Rule, "A6"));
}

#[test]
fn unknown_option_in_a_rule() {
    let m = broken("unknown-option", "rules.toml", |t| {
        t.replace("description = [\"walking\"]", "description = [\"walk\"]")
    });
    assert_says(
        &m,
        &["rule 'A6'", "question 'description' has no option 'walk'"],
    );
}

#[test]
fn duplicate_question_id() {
    let m = broken("dup", "questions.toml", |t| {
        t.replace("id = \"frequency\"", "id = \"muscle\"")
    });
    assert_says(
        &m,
        &[
            "content/questions.toml",
            "question 'muscle'",
            "duplicate ID",
        ],
    );
}

#[test]
fn rule_without_a_source() {
    let m = broken("no-source", "rules.toml", |t| {
        t.replacen("sources = [\"S33\", \"S24\"]", "sources = []", 1)
    });
    assert_says(&m, &["rule 'E2'", "no source"]);
}

#[test]
fn advice_without_a_grade() {
    let m = broken("no-grade", "advice/relief.toml", |t| {
        t.replacen(
            "grade = \"C\"\nsources = [\"S3\", \"S4\", \"S1\"]",
            "sources = [\"S3\", \"S4\", \"S1\"]",
            1,
        )
    });
    assert_says(
        &m,
        &[
            "content/advice/relief.toml",
            "advice 'relief_calf'",
            "no evidence grade",
        ],
    );
}

#[test]
fn missing_text_for_a_declared_language() {
    let m = broken("lang", "meta.toml", |t| {
        t.replace(
            "languages = [\"en\", \"es\", \"fr\", \"ru\"]",
            "languages = [\"en\", \"es\", \"fr\", \"ru\", \"cy\"]",
        )
    });
    assert_says(
        &m,
        &[
            "missing text for language 'cy'",
            "question 'who'",
            "rule 'E1'",
            "no name for language 'cy'",
        ],
    );
}

#[test]
fn a_language_without_its_never_say_phrases() {
    let m = broken("never-ru", "never_say.toml", |t| {
        let line = t.lines().find(|l| l.starts_with("phrases.ru")).unwrap();
        t.replacen(&format!("{line}\n"), "", 1)
    });
    assert_says(&m, &["never_say.toml", "phrases: none for language 'ru'"]);
}

#[test]
fn a_label_that_does_not_say_what_the_button_shows() {
    let m = broken("label-in-name", "messages.toml", |t| {
        t.replacen("change = \"Changer\"", "change = \"Modifier\"", 1)
    });
    assert_says(
        &m,
        &["message 'emergency.change_label'", "(fr)", "'Modifier'"],
    );
}

#[test]
fn a_translation_left_out() {
    let m = broken("translation-left-out", "questions.toml", |t| {
        t.replace("text.es = \"¿Para quién es esta revisión?\"\n", "")
    });
    assert_says(
        &m,
        &[
            "questions.toml",
            "question 'who'",
            "text: missing text for language 'es'",
        ],
    );
}

#[test]
fn a_translation_whose_placeholders_differ() {
    let m = broken("translation-placeholder", "messages.toml", |t| {
        t.replacen(
            "call = \"Llamar al {number}\"",
            "call = \"Llamar al número\"",
            1,
        )
    });
    assert_says(
        &m,
        &[
            "messages.toml",
            "message 'emergency.call'",
            "(es): placeholders [] differ from the default language's [\"number\"]",
        ],
    );
}

#[test]
fn a_forbidden_claim_in_another_language() {
    let m = broken("forbidden-es", "advice/relief.toml", |t| {
        t.replacen(
            "es = \"Frote con firmeza",
            "es = \"Tome quinina y frote con firmeza",
            1,
        )
    });
    assert_says(&m, &["advice 'relief_foot'", "(es): says 'quinina'", "5.2"]);
}

#[test]
fn a_cycle_between_questions() {
    let m = broken("cycle", "questions.toml", |t| {
        t.replace(
            "id = \"muscle\"\nmultiple = true\nask_if = [{ description = [\"knot\"] }]",
            "id = \"muscle\"\nmultiple = true\nask_if = [{ frequency = [\"often\"] }]",
        )
    });
    assert_says(
        &m,
        &[
            "question 'muscle'",
            "depends on question 'frequency'",
            "cycle",
        ],
    );
}

#[test]
fn a_question_that_can_never_be_asked() {
    let m = broken("never-asked", "questions.toml", |t| {
        t.replace(
            "ask_if = [{ who = [\"child_8_12\", \"child_3_7\"] }]",
            "ask_if = [{ who = [\"child_8_12\"], pregnancy_signs = [\"none\"] }]",
        )
    });
    assert_says(&m, &["question 'child_pattern'", "can never be asked"]);
}

#[test]
fn an_answer_path_with_no_result() {
    let m = broken("no-result", "rules.toml", |t| {
        t.replace(
            "when = [{ description = [\"twisting\"] }]",
            "when = [{ description = [\"twisting\"], health = [\"pad\"] }]",
        )
    });
    assert_says(
        &m,
        &["an answer path reaches no result", "description=twisting"],
    );
}

#[test]
fn a_forbidden_claim() {
    let m = broken("never-say", "advice/relief.toml", |t| {
        t.replacen("Walk a few steps on your heels.", "Drink tonic water.", 1)
    });
    assert_says(&m, &["advice 'relief_foot'", "'tonic water'", "5.2"]);
}

#[test]
fn a_level_without_a_safety_net() {
    let m = broken("safety-net", "advice/safety_net.toml", |t| {
        t.replace(
            "when = [{ level = [\"TODAY\"] }]",
            "when = [{ level = [\"TODAY\"], rule = [\"T1\"] }]",
        )
    });
    assert_says(&m, &["level 'TODAY'", "no safety_net advice"]);
}

#[test]
fn malformed_toml() {
    let m = broken("malformed", "questions.toml", |t| {
        t.replacen("[[question]]", "[[question]\n", 1)
    });
    assert_says(&m, &["content/questions.toml", "not valid"]);
}

#[test]
fn unknown_placeholder() {
    let m = broken("placeholder", "meta.toml", |t| {
        t.replacen("Call {number} now for", "Call {numbr} now for", 1)
    });
    assert_says(&m, &["level 'EMERGENCY'", "unknown placeholder '{numbr}'"]);
}

#[test]
fn a_rule_of_the_brief_deleted() {
    let m = broken("missing-rule", "rules.toml", |t| {
        t.replace("id = \"T4\"", "id = \"T44\"")
    });
    assert_says(&m, &["rule 'T4'", "missing"]);
}

#[test]
fn an_option_over_fifteen_words() {
    let m = broken("long-option", "questions.toml", |t| {
        t.replace(
            "label.en = \"Hard, sore veins\"",
            "label.en = \"Hard, sore veins that you can feel under the skin of the calf when you press them\"",
        )
    });
    assert_says(
        &m,
        &[
            "content/questions.toml",
            "question 'legs'",
            "has 17 words (at most 15)",
        ],
    );
}

#[test]
fn jargon_without_its_explanation() {
    let m = broken("jargon", "questions.toml", |t| {
        t.replace(
            "label.en = \"A diuretic, to pass more urine\"",
            "label.en = \"A diuretic\"",
        )
    });
    assert_says(
        &m,
        &[
            "question 'medicines'",
            "uses 'diuretic' without explaining it",
            "pass more urine",
        ],
    );
}

#[test]
fn a_question_that_says_you_without_a_they_wording() {
    let m = broken("voice", "questions.toml", |t| {
        t.replace("text.en_they = \"Do they take a blood thinner?\"\n", "")
    });
    assert_says(
        &m,
        &["question 'blood_thinner'", "speaks to 'you'", "en_they"],
    );
}

#[test]
fn an_urgent_rule_without_its_own_while_waiting_advice() {
    let m = broken("waiting", "advice/while_waiting.toml", |t| {
        t.replace(
            "when = [{ rule = [\"U6\"] }]",
            "when = [{ rule = [\"U5\"] }]",
        )
    });
    assert_says(
        &m,
        &["rule 'U6'", "no while_waiting advice names this rule"],
    );
}

#[test]
fn hard_reading_is_refused() {
    let m = broken("grade", "advice/avoid.toml", |t| {
        t.replacen(
            "body.en = \"",
            "body.en = \"Pharmacological anticoagulation considerations necessitate individualised multidisciplinary evaluation. ",
            1,
        )
    });
    assert_says(
        &m,
        &[
            "content/advice/avoid.toml",
            "reads at US grade",
            "Flesch-Kincaid",
        ],
    );
}

#[test]
fn relief_shown_beside_an_urgent_result() {
    // Issue 21.2: a warm bath beside "cool down now", "exercise your legs" beside "rest".
    let m = broken("relief-urgent", "advice/prevention.toml", |t| {
        t.replacen(
            "unless = [{ level = [\"EMERGENCY\", \"URGENT_NOW\"] }]",
            "unless = [{ level = [\"EMERGENCY\"] }]",
            1,
        )
    });
    assert_says(
        &m,
        &[
            "content/advice/prevention.toml",
            "advice 'prevent_bedclothes'",
            "prevention advice needs unless",
            "URGENT_NOW",
        ],
    );
    // Two level conditions in one clause never hold together: that switches nothing off.
    let m = broken("relief-urgent-and", "advice/relief.toml", |t| {
        t.replace(
            "unless = [{ level = [\"EMERGENCY\", \"URGENT_NOW\"] }]",
            "unless = [{ level = [\"EMERGENCY\"], rule = [\"U5\"] }]",
        )
    });
    assert_says(
        &m,
        &["advice 'relief_soreness'", "relief advice needs unless"],
    );
}

#[test]
fn a_word_read_only_in_one_country() {
    // Issue 21.10: "jabs", "plaster", "surgery" and the like, in any English text.
    let m = broken("regional", "questions.toml", |t| {
        t.replace(
            "label.en = \"Tetanus vaccine not up to date\"",
            "label.en = \"Tetanus jabs not up to date\"",
        )
    });
    assert_says(
        &m,
        &[
            "content/questions.toml",
            "question 'tetanus', option 'jabs'",
            "label (en): says 'jabs'",
            "say 'vaccine'",
        ],
    );
    let m = broken("regional-message", "messages.toml", |t| {
        t.replacen(
            "\"Keep a cramp diary\"",
            "\"Ask your surgery for a cramp diary\"",
            1,
        )
    });
    assert_says(&m, &["content/messages.toml", "says 'surgery'"]);
}

#[test]
fn an_exclusive_not_sure_on_a_screen_of_urgent_signs() {
    // Issue 18.1: "the pain won't go away, and I'm not sure if the calf is swollen".
    let m = broken("unsure-exclusive", "questions.toml", |t| {
        t.replacen(
            "  id = \"unsure\"\n  kind = \"unsure\"\n",
            "  id = \"unsure\"\n  kind = \"unsure\"\n  exclusive = true\n",
            1,
        )
    });
    assert_says(
        &m,
        &[
            "content/questions.toml",
            "question 'emergency_body', option 'unsure'",
            "\"Not sure\" is exclusive on a multi-choice screen of urgent signs",
        ],
    );
    let m = broken("none-not-exclusive", "questions.toml", |t| {
        t.replacen(
            "  id = \"none\"\n  kind = \"none\"\n",
            "  id = \"none\"\n  kind = \"none\"\n  exclusive = false\n",
            1,
        )
    });
    assert_says(
        &m,
        &["option 'none'", "a \"none\" option is always exclusive"],
    );
}
