//! The assessor's output and its error messages, run as a real process.

use std::path::PathBuf;
use std::process::Command;

fn tmp(name: &str, body: &str) -> PathBuf {
    let p = std::env::temp_dir().join(format!("crampcheck-cli-{}-{name}.json", std::process::id()));
    std::fs::write(&p, body).unwrap();
    p
}

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_crampcheck-cli"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

const SELF_CARE: &str = r#"{"content_version":"2026.12.2","who":"me","emergency_body":"none","legs":"none","health":"none","context":"none","description":"knot","longest":"short","muscle":["calf"],"frequency":"rare","more":"none"}"#;

#[test]
fn assess_prints_a_sourced_result() {
    let f = tmp("ok", SELF_CARE);
    let (code, out, err) = run(&["assess", f.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Level: SELF_CARE"), "{out}");
    assert!(
        out.contains("SC1 [SELF_CARE]") && out.contains("sources S1, S2, S3, S13"),
        "{out}"
    );
    assert!(
        out.contains("Call 999 for chest pain"),
        "safety net with the number: {out}"
    );
    assert!(out.contains("not a diagnosis"));
    assert!(!out.contains('{'), "every placeholder filled: {out}");
}

#[test]
fn urgent_results_name_the_regions_urgent_route() {
    // A swollen calf (U1, URGENT_NOW): the route is the region's own, filled in as in the app.
    let f = tmp("urgent", &SELF_CARE.replace(r#""legs":"none""#, r#""legs":"one_swollen","infection_signs":"none","clot_risk":"none","blood_thinner":"no""#));
    let (code, out, err) = run(&["assess", "--region", "gb", f.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Level: URGENT_NOW"), "{out}");
    assert!(
        out.contains("NHS 111") && !out.contains("{urgent}"),
        "{out}"
    );
}

#[test]
fn assess_json_names_level_rules_and_advice() {
    let f = tmp(
        "json",
        SELF_CARE
            .replace(r#""frequency":"rare""#, r#""frequency":"often""#)
            .replace(r#""more":"none""#, r#""more":"none","medicines":"none""#)
            .as_str(),
    );
    let (code, out, err) = run(&["assess", "--json", "--region", "us", f.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["level"], "APPOINTMENT");
    assert_eq!(v["rules"], serde_json::json!(["A1"]));
    let advice: Vec<&str> = v["advice"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect();
    assert!(advice.contains(&"safety_net_appointment") && advice.contains(&"relief_calf"));
    assert_eq!(
        v["why"][0]["because"]["frequency"],
        serde_json::json!(["often"])
    );
}

#[test]
fn path_lists_the_questions_asked() {
    let f = tmp(
        "path",
        r#"{"who":"me","emergency_body":"none","legs":"cold_pale"}"#,
    );
    let (code, out, _) = run(&["path", f.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(out.contains(" 2. emergency_body = none"), "{out}");
    assert!(out.contains(" 3. legs = cold_pale"), "{out}");
    assert!(out.contains("done after 3 questions"), "{out}");
}

#[test]
fn check_validates_content_and_runs_scenarios() {
    let (code, out, err) = run(&["check"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("is valid") && out.contains("scenarios passed"),
        "{out}"
    );
}

fn assert_error(name: &str, body: &str, expected: &str) {
    let f = tmp(name, body);
    let (code, out, err) = run(&["assess", f.to_str().unwrap()]);
    assert_eq!(code, 2, "{name}: exit code; stdout {out}");
    assert!(
        err.contains(expected),
        "{name}: expected {expected:?} in {err:?}"
    );
    assert!(!err.contains("panicked"), "{name}: {err}");
}

#[test]
fn bad_inputs_get_clear_messages_and_a_non_zero_exit() {
    assert_error(
        "unknown-q",
        r#"{"emergency_bdy":"none"}"#,
        "unknown question 'emergency_bdy'",
    );
    assert_error(
        "unknown-o",
        r#"{"emergency_body":"nope"}"#,
        "question 'emergency_body' has no option 'nope'",
    );
    assert_error(
        "not-asked",
        r#"{"who":"me","emergency_body":"none","legs":"none","health":"none","pregnancy_signs":"none"}"#,
        "question 'pregnancy_signs' would not be asked",
    );
    assert_error(
        "after-emergency",
        r#"{"who":"me","emergency_body":"fainted","legs":"none"}"#,
        "an earlier answer is an emergency",
    );
    assert_error(
        "malformed",
        r#"{"emergency_body": "none""#,
        "not valid JSON",
    );
    assert_error("array", r#"["none"]"#, "expected a JSON object");
    assert_error(
        "version",
        &SELF_CARE.replace("2026.12.2", "2025.01.1"),
        "made for content version 2025.01.1",
    );
    assert_error(
        "incomplete",
        r#"{"who":"me","emergency_body":"none"}"#,
        "incomplete: question 'legs'",
    );
    assert_error(
        "two-for-one",
        r#"{"who":["me","someone"]}"#,
        "takes one option",
    );
    assert_error("number", r#"{"who":3}"#, "expected an option ID");
}

#[test]
fn missing_files_and_bad_usage_are_errors() {
    let (code, _, err) = run(&["assess", "/nonexistent/answers.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read"));
    let (code, _, err) = run(&["frobnicate"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown command"));
    let f = tmp("region", SELF_CARE);
    let (code, _, err) = run(&["assess", "--region", "xx", f.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown region 'xx'"));
}

#[test]
fn help_is_not_an_error() {
    let (code, out, err) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("usage: crampcheck-cli"));
    assert!(err.is_empty());
    let (code, _, err) = run(&["--frob"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown option --frob") && err.contains("usage:"));
}

#[test]
fn broken_content_fails_the_check_with_exit_1() {
    let dir = std::env::temp_dir().join(format!("crampcheck-cli-content-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (code, _, err) = run(&["--content", dir.to_str().unwrap(), "check"]);
    assert_eq!(code, 1);
    assert!(err.contains("meta.toml: cannot read the file"), "{err}");
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

#[test]
fn a_rule_no_scenario_asserts_names_the_scenarios_folder_read() {
    let base =
        std::env::temp_dir().join(format!("crampcheck-cli-scenarios-{}", std::process::id()));
    let dir = base.join("other_dir");
    let _ = std::fs::remove_dir_all(&base);
    copy_dir(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content"),
        &dir,
    );
    for e in std::fs::read_dir(dir.join("scenarios")).unwrap() {
        std::fs::remove_file(e.unwrap().path()).unwrap();
    }
    let (code, _, err) = run(&["--content", dir.to_str().unwrap(), "check"]);
    let _ = std::fs::remove_dir_all(&base);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("other_dir/scenarios: rule 'E1': no scenario asserts that this rule fires"),
        "{err}"
    );
    assert!(!err.contains("content/scenarios"), "{err}");
}

#[test]
fn texts_lists_the_english_beside_the_translation() {
    let (code, out, err) = run(&["texts", "es"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(
            "content/questions.toml: question 'who': text\n  en: Who is this for?\n  es: ¿Para quién es esta revisión?\n"
        ),
        "{out}"
    );
    // Voice variants are listed beside the English ones.
    assert!(
        out.contains("  en_they: Since this started, have they had any of these?\n  es_they: "),
        "{out}"
    );
    assert!(
        out.contains("content/messages.toml: message 'footer.language': text\n  en: Language\n  es: Idioma\n"),
        "{out}"
    );
    // A wording that is the same in both languages is marked, and the count closes the list.
    assert!(out.contains("  es: [SAME AS en] No\n"), "{out}");
    assert!(
        out.trim_end().lines().last().unwrap().starts_with("es: "),
        "{out}"
    );
}

#[test]
fn texts_of_an_unknown_language_is_a_usage_error_naming_the_declared_ones() {
    let (code, out, err) = run(&["texts", "xx"]);
    assert_eq!(code, 2, "{out}");
    assert!(
        err.contains("unknown language 'xx'") && err.contains("en, es, fr, ru"),
        "{err}"
    );
    assert!(out.is_empty(), "{out}");
    let (code, _, err) = run(&["texts"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("texts needs a language") && err.contains("en, es, fr, ru"),
        "{err}"
    );
}

fn texts_json(lang: &str) -> Vec<serde_json::Value> {
    let (code, out, err) = run(&["texts", "--json", lang]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    v.as_array().unwrap().clone()
}

/// How many wordings in `lang` (plain and voice variants) the content files hold, counted from
/// the files' lines as written (`text.es = "`, `{ en = "…", es = "` and `[es.*]` tables), so that
/// a text the walk leaves out shows up as a difference.
fn wordings_in_files(lang: &str) -> usize {
    let content = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content");
    let mut files: Vec<PathBuf> = Vec::new();
    for dir in [content.clone(), content.join("advice")] {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "toml") {
                files.push(p);
            }
        }
    }
    let keys = [
        lang.to_string(),
        format!("{lang}_they"),
        format!("{lang}_child"),
    ];
    let mut n = 0;
    for f in files {
        // The catalogue and the diary's words: `[lang.group]` or `[lang]` tables of key = "text".
        let messages = f.ends_with("messages.toml") || f.ends_with("diary_words.toml");
        let mut table = String::new();
        for line in std::fs::read_to_string(&f).unwrap().lines() {
            let t = line.trim();
            if t.starts_with('#') || t.starts_with("language_names") {
                continue;
            }
            if messages {
                if let Some(header) = t.strip_prefix('[') {
                    table = header
                        .trim_end_matches(']')
                        .split('.')
                        .next()
                        .unwrap_or("")
                        .to_string();
                } else if table == lang
                    && t.split_once(" = \"").is_some_and(|(k, _)| {
                        k.chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                    })
                {
                    n += 1;
                }
                continue;
            }
            for k in &keys {
                n += t.matches(&format!(".{k} = \"")).count()
                    + t.matches(&format!(" {k} = \"")).count();
            }
        }
    }
    n
}

#[test]
fn texts_json_lists_every_text_of_the_files_in_every_language() {
    let es = texts_json("es");
    let fr = texts_json("fr");
    assert!(es.len() > 100, "{}", es.len());
    assert_eq!(es.len(), fr.len(), "as many entries for es as for fr");
    let who = es
        .iter()
        .find(|e| e["item"] == "question 'who'" && e["field"] == "text" && e["key"] == "es")
        .expect("question 'who' text");
    assert_eq!(who["file"], "content/questions.toml");
    assert_eq!(who["default"], "Who is this for?");
    assert_eq!(who["text"], "¿Para quién es esta revisión?");
    assert!(es.iter().any(|e| e["key"] == "es_they"));
    for e in &es {
        for field in ["file", "item", "field", "key", "default", "text"] {
            assert!(e.get(field).is_some(), "{field} in {e}");
        }
    }
    // Nothing the files say is left out of the list.
    let given = |list: &[serde_json::Value], field: &str| {
        list.iter().filter(|e| !e[field].is_null()).count()
    };
    assert_eq!(given(&es, "default"), wordings_in_files("en"));
    for (lang, list) in [("es", &es), ("fr", &fr), ("ru", &texts_json("ru"))] {
        assert_eq!(given(list, "text"), wordings_in_files(lang), "{lang}");
    }
}

#[test]
fn texts_marks_a_voice_variant_missing_in_the_language() {
    let base = std::env::temp_dir().join(format!("crampcheck-cli-texts-{}", std::process::id()));
    let dir = base.join("content");
    let _ = std::fs::remove_dir_all(&base);
    copy_dir(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content"),
        &dir,
    );
    let questions = dir.join("questions.toml");
    let text = std::fs::read_to_string(&questions).unwrap();
    let line =
        "text.es_they = \"Ahora o desde que empezó esto, ¿ha tenido esa persona alguna de estas cosas?\"\n";
    assert!(text.contains(line));
    std::fs::write(&questions, text.replacen(line, "", 1)).unwrap();
    let (code, out, err) = run(&["--content", dir.to_str().unwrap(), "texts", "es"]);
    let json = run(&["--content", dir.to_str().unwrap(), "texts", "--json", "es"]);
    let _ = std::fs::remove_dir_all(&base);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("  en_they: Now or since this started, have they had any of these?\n  es_they: [MISSING: the app shows the es wording]\n"),
        "{out}"
    );
    assert!(out.contains(", 1 missing\n"), "{out}");
    let v: serde_json::Value = serde_json::from_str(&json.1).unwrap();
    let missing: Vec<_> = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["text"].is_null())
        .collect();
    assert_eq!(missing.len(), 1, "{missing:?}");
    assert_eq!(missing[0]["key"], "es_they");
    assert_eq!(missing[0]["item"], "question 'emergency_body'");
}

#[test]
fn check_refuses_a_diary_rule_without_a_translation_or_with_an_unknown_source() {
    let base = std::env::temp_dir().join(format!("crampcheck-cli-diary-{}", std::process::id()));
    let dir = base.join("content");
    let _ = std::fs::remove_dir_all(&base);
    copy_dir(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content"),
        &dir,
    );
    let diary = std::fs::read_to_string(dir.join("diary.toml")).unwrap();
    let ru = diary.lines().find(|l| l.starts_with("finding.ru")).unwrap();
    let broken = diary.replacen(&format!("{ru}\n"), "", 1).replacen(
        "sources = [\"S4\"]",
        "sources = [\"S999\"]",
        1,
    );
    assert_ne!(broken, diary);
    std::fs::write(dir.join("diary.toml"), broken).unwrap();
    let (code, _, err) = run(&["--content", dir.to_str().unwrap(), "check"]);
    let _ = std::fs::remove_dir_all(&base);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("diary.toml: rule D1: finding: missing text for language 'ru'"),
        "{err}"
    );
    assert!(err.contains("S999"), "{err}");
}

#[test]
fn check_refuses_diary_words_with_a_missing_or_changed_translation() {
    let base = std::env::temp_dir().join(format!("crampcheck-cli-words-{}", std::process::id()));
    let dir = base.join("content");
    let _ = std::fs::remove_dir_all(&base);
    copy_dir(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content"),
        &dir,
    );
    let words = std::fs::read_to_string(dir.join("diary_words.toml")).unwrap();
    let es = words.find("\n[es]\n").unwrap();
    let (en_part, es_part) = words.split_at(es);
    // Spanish loses its "save" button and its "{count}" in "imported".
    let save = es_part.lines().find(|l| l.starts_with("save = ")).unwrap();
    let broken = format!(
        "{en_part}{}",
        es_part
            .replacen(&format!("{save}\n"), "", 1)
            .replacen("{count}", "{número}", 1)
    );
    std::fs::write(dir.join("diary_words.toml"), broken).unwrap();
    let (code, _, err) = run(&["--content", dir.to_str().unwrap(), "check"]);
    let _ = std::fs::remove_dir_all(&base);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("diary_words.toml: [es] save: missing"),
        "{err}"
    );
    assert!(
        err.contains("diary_words.toml: [es] ") && err.contains("{names}"),
        "{err}"
    );
}
