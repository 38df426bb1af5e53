//! `crampcheck-cli`: the command-line assessor for content authors and tests.
//!
//! Exit codes: 0 success, 1 content problems or failing scenarios, 2 bad input or usage.

use crampcheck_content::{check, scenarios, Loaded};
use crampcheck_core::assessment::assess;
use crampcheck_core::*;
use serde_json::{json, Map, Value};
use std::path::PathBuf;
use std::process::ExitCode;

mod texts;

const USAGE: &str = "usage: crampcheck-cli [--content DIR] [--region ID] <command>

commands:
  check                  check the content files and run every scenario
  assess ANSWERS.json    print the assessment for an answers file (--json for JSON)
  path ANSWERS.json      list the questions asked for an answers file
  scenarios              run the scenario files only
  texts LANG             list every text in LANG beside the default language, with where it
                         lives; marks wordings missing or the same as the default (--json for JSON)

An answers file is a JSON object of question ID to option ID (or a list of option IDs for
\"choose all that apply\" questions), with an optional \"content_version\".";

struct Options {
    content: PathBuf,
    region: Option<String>,
    json: bool,
    args: Vec<String>,
}

/// Why the arguments did not give a command to run.
enum Stop {
    /// `--help`: the usage on standard output, and success.
    Help,
    Usage(String),
}

fn parse_args() -> Result<Options, Stop> {
    let mut o = Options {
        content: crampcheck_content::default_content_dir(),
        region: None,
        json: false,
        args: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--content" => {
                o.content = it
                    .next()
                    .ok_or(Stop::Usage("--content needs a folder".into()))?
                    .into()
            }
            "--region" => {
                o.region = Some(
                    it.next()
                        .ok_or(Stop::Usage("--region needs an ID".into()))?,
                )
            }
            "--json" => o.json = true,
            "-h" | "--help" => return Err(Stop::Help),
            s if s.starts_with("--") => return Err(Stop::Usage(format!("unknown option {s}"))),
            _ => o.args.push(a),
        }
    }
    Ok(o)
}

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(o) => o,
        Err(Stop::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(Stop::Usage(e)) => {
            eprintln!("error: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let loaded = match check(&opts.content) {
        Ok(l) => l,
        Err(problems) => {
            eprint!("{problems}");
            eprintln!("error: the content has {} problem(s)", problems.0.len());
            return ExitCode::from(1);
        }
    };
    match opts.args.first().map(String::as_str) {
        Some("check") => match check_diary(&loaded) {
            Ok(()) => run_scenarios(&loaded, true),
            Err(code) => code,
        },
        Some("scenarios") => run_scenarios(&loaded, false),
        Some("texts") => texts::run(&loaded, opts.args.get(1).map(String::as_str), opts.json),
        Some(cmd @ ("assess" | "path")) => {
            let Some(file) = opts.args.get(1) else {
                eprintln!("error: {cmd} needs an answers file\n{USAGE}");
                return ExitCode::from(2);
            };
            match read_answers(loaded.content, file) {
                Err(e) => {
                    eprintln!("error: {file}: {e}");
                    ExitCode::from(2)
                }
                Ok(answers) => {
                    let region = region_for(loaded.content, opts.region.as_deref());
                    match region {
                        Err(e) => {
                            eprintln!("error: {e}");
                            ExitCode::from(2)
                        }
                        Ok(region) if cmd == "assess" => {
                            print_assessment(loaded.content, &answers, opts.json, region, file)
                        }
                        Ok(_) => print_path(loaded.content, &answers, opts.json),
                    }
                }
            }
        }
        Some(other) => {
            eprintln!("error: unknown command '{other}'\n{USAGE}");
            ExitCode::from(2)
        }
        None => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// content/diary.toml, the cramp diary's rules: it loads, every source exists, and every text is
/// in every declared language (the diary's own tests check its words further).
fn check_diary(loaded: &Loaded) -> Result<(), ExitCode> {
    let file = loaded.file("diary.toml");
    let Ok(text) = std::fs::read_to_string(loaded.root.join("diary.toml")) else {
        return Ok(()); // A content folder without a diary.
    };
    let c = loaded.content;
    let mut problems = match crampcheck_diary::rules::load(&text) {
        Err(p) => p,
        Ok(rules) => {
            let sources: Vec<&str> = c.sources.iter().map(|s| s.id).collect();
            let mut p = crampcheck_diary::rules::check_sources(&rules, &sources);
            for r in &rules {
                let mut texts = vec![("finding", &r.finding), ("prompt", &r.prompt)];
                texts.extend(r.raised.iter().map(|(_, t)| ("raised prompt", t)));
                for (field, t) in texts {
                    for lang in c.languages {
                        if !t.entries().iter().any(|(l, _)| l == lang) {
                            p.push(format!(
                                "rule {}: {field}: missing text for language '{lang}'",
                                r.id
                            ));
                        }
                    }
                }
            }
            p.sort();
            p.dedup();
            p
        }
    };
    let words_file = loaded.file("diary_words.toml");
    let mut word_problems = match std::fs::read_to_string(loaded.root.join("diary_words.toml")) {
        Err(_) => vec!["missing: the diary's screen needs its words".to_string()],
        Ok(text) => crampcheck_diary::words::load(&text, c.languages)
            .err()
            .unwrap_or_default(),
    };
    if problems.is_empty() && word_problems.is_empty() {
        return Ok(());
    }
    for p in problems.drain(..) {
        eprintln!("{file}: {p}");
    }
    for p in word_problems.drain(..) {
        eprintln!("{words_file}: {p}");
    }
    Err(ExitCode::from(1))
}

fn run_scenarios(loaded: &Loaded, with_summary: bool) -> ExitCode {
    let list = match scenarios::load_scenarios(&loaded.root) {
        Ok(l) => l,
        Err(p) => {
            eprint!("{p}");
            return ExitCode::from(1);
        }
    };
    let problems = scenarios::run_all(
        loaded.content,
        &scenarios::folder(&loaded.root),
        &list,
        &loaded.rules_needing_scenarios(),
    );
    if !problems.is_empty() {
        eprint!("{problems}");
        eprintln!("error: {} scenario problem(s)", problems.0.len());
        return ExitCode::from(1);
    }
    if let Some((screens, words, minutes)) = scenarios::typical_figures(loaded.content, &list) {
        if with_summary {
            println!(
                "typical path: {screens} screens, {words} words of question and option text, about {minutes} minutes"
            );
        }
    }
    let c = loaded.content;
    if with_summary {
        println!(
            "content {} is valid: {} questions, {} rules, {} advice items, {} sources, {} languages",
            c.version,
            c.questions.len(),
            c.rules.len(),
            c.advice.len(),
            c.sources.len(),
            c.languages.len()
        );
    }
    println!("{} scenarios passed", list.len());
    ExitCode::SUCCESS
}

fn region_for(c: &Content, region: Option<&str>) -> Result<&'static Region, String> {
    let id = region.unwrap_or(c.default_region);
    c.region(id).ok_or_else(|| {
        format!(
            "unknown region '{id}' (known: {})",
            c.regions
                .iter()
                .map(|r| r.id)
                .collect::<Vec<_>>()
                .join(", ")
        )
    })
}

/// Reads and validates an answers file, naming the first problem found.
fn read_answers(c: &'static Content, file: &str) -> Result<Answers, String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("cannot read: {e}"))?;
    let value: Value = serde_json::from_str(&text).map_err(|e| format!("not valid JSON: {e}"))?;
    let Value::Object(map) = value else {
        return Err("expected a JSON object of question ID to option ID".into());
    };
    let mut answers = Answers::new();
    for (key, v) in &map {
        if key == "content_version" {
            match v.as_str() {
                Some(ver) if ver == c.version => continue,
                Some(ver) => {
                    return Err(format!(
                        "these answers were made for content version {ver}, but the content is version {}; check them against the current questions and update content_version",
                        c.version
                    ))
                }
                None => return Err("content_version must be a string".into()),
            }
        }
        let options: Vec<&str> = match v {
            Value::String(s) => vec![s.as_str()],
            Value::Array(items) => items
                .iter()
                .map(|i| {
                    i.as_str()
                        .ok_or_else(|| format!("question '{key}': options must be strings"))
                })
                .collect::<Result<_, _>>()?,
            _ => {
                return Err(format!(
                    "question '{key}': expected an option ID or a list of option IDs"
                ))
            }
        };
        answers.set(c, key, &options).map_err(|e| e.to_string())?;
    }
    let a = assess(c, &answers);
    if let Some(q) = a.not_asked.first() {
        let after_emergency = a.is_complete() && a.level == Some(Level::Emergency);
        return Err(if after_emergency {
            format!("question '{q}' would not be asked: an earlier answer is an emergency, which ends the questions")
        } else {
            format!(
                "question '{q}' would not be asked with these answers (its ask_if does not hold)"
            )
        });
    }
    Ok(answers)
}

/// The text with the region's emergency number and urgent route filled in, as the app shows it.
fn filled(t: &str, r: &Region, lang: &str) -> String {
    template::fill(
        t,
        &[
            ("number", r.emergency_number),
            ("urgent", r.urgent.get(lang)),
        ],
    )
}

fn print_path(c: &'static Content, answers: &Answers, json: bool) -> ExitCode {
    let a = assess(c, answers);
    if json {
        let v = json!({
            "content_version": c.version,
            "asked": a.asked.iter().map(|q| q.id).collect::<Vec<_>>(),
            "next": a.next.map(|q| q.id),
        });
        println!("{}", serde_json::to_string_pretty(&v).unwrap());
    } else {
        for (i, q) in a.asked.iter().enumerate() {
            let chosen = answers.get(q.id).unwrap_or(&[]).join(", ");
            println!(
                "{:>2}. {} = {}   {}",
                i + 1,
                q.id,
                chosen,
                q.text.get(c.languages[0])
            );
        }
        match a.next {
            Some(q) => println!("next: {} ({})", q.id, q.text.get(c.languages[0])),
            None => println!("done after {} questions", a.asked.len()),
        }
    }
    ExitCode::SUCCESS
}

fn print_assessment(
    c: &'static Content,
    answers: &Answers,
    json: bool,
    region: &Region,
    file: &str,
) -> ExitCode {
    let a = assess(c, answers);
    let lang = c.languages[0];
    let Some(level) = a.level else {
        match a.next {
            Some(q) => eprintln!(
                "error: {file}: incomplete: question '{}' still needs an answer ({})",
                q.id,
                q.text.get(lang)
            ),
            None => eprintln!(
                "error: {file}: no rule fired: the content has a gap (run `crampcheck-cli check`)"
            ),
        }
        return ExitCode::from(2);
    };
    if json {
        let why: Vec<Value> = a
            .fired
            .iter()
            .map(|f| {
                let because: Map<String, Value> = f
                    .because
                    .iter()
                    .map(|(q, opts)| {
                        (
                            q.id.to_string(),
                            json!(opts.iter().map(|o| o.id).collect::<Vec<_>>()),
                        )
                    })
                    .collect();
                json!({
                    "rule": f.rule.id,
                    "level": f.rule.level.name(),
                    "finding": f.rule.finding.get(lang),
                    "sources": f.rule.sources,
                    "status": f.rule.status.code(),
                    "because": because,
                })
            })
            .collect();
        let v = json!({
            "content_version": c.version,
            "level": level.name(),
            "rules": a.fired_ids(),
            "advice": a.advice.iter().map(|x| x.id).collect::<Vec<_>>(),
            "asked": a.asked.iter().map(|q| q.id).collect::<Vec<_>>(),
            "why": why,
        });
        println!("{}", serde_json::to_string_pretty(&v).unwrap());
        return ExitCode::SUCCESS;
    }
    let info = c.level_info(level);
    println!(
        "CrampCheck assessment (content {}, information, not a diagnosis)",
        c.version
    );
    println!();
    println!(
        "Level: {}  {}",
        level.name(),
        info.map(|i| filled(i.title.get(lang), region, lang))
            .unwrap_or_default()
    );
    if let Some(i) = info {
        println!("  {}", filled(i.action.get(lang), region, lang));
        println!("  By when: {}", i.by_when.get(lang));
    }
    println!();
    println!("Why this result:");
    for f in &a.fired {
        let sources = f.rule.sources.join(", ");
        println!(
            "  {} [{}] {} (sources {sources}; {})",
            f.rule.id,
            f.rule.level.name(),
            f.rule.finding.get(lang),
            f.rule.status.name()
        );
        for (q, opts) in &f.because {
            let labels: Vec<_> = opts.iter().map(|o| o.label.get(lang)).collect();
            println!("      {}: {}", q.short.get(lang), labels.join("; "));
        }
    }
    for kind in AdviceKind::ALL {
        let items: Vec<_> = a.advice_of(kind).collect();
        if items.is_empty() {
            continue;
        }
        println!();
        println!("{}:", kind.name());
        for item in items {
            println!(
                "  - {} [{}] (grade {}; {})",
                filled(item.title.get(lang), region, lang),
                item.id,
                item.grade.letter(),
                item.sources.join(", ")
            );
            println!("    {}", filled(item.body.get(lang), region, lang));
            for (i, s) in item.steps.iter().enumerate() {
                println!("    {}. {}", i + 1, filled(s.get(lang), region, lang));
            }
        }
    }
    ExitCode::SUCCESS
}
