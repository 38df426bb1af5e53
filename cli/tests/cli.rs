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

const SELF_CARE: &str = r#"{"content_version":"2026.11.2","who":"me","emergency_body":"none","legs":"none","health":"none","context":"none","description":"knot","longest":"short","muscle":["calf"],"frequency":"rare","more":"none"}"#;

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
        &SELF_CARE.replace("2026.11.2", "2025.01.1"),
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
