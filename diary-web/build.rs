//! Compiles content/diary.toml (the diary's rules) and content/diary_words.toml (its words) into
//! Rust, so the module needs no TOML reader and the files are checked at build time: a broken file
//! fails the build with its name, the item and the problem, as the self-check's content does.

use std::fmt::Write;
use std::path::Path;

use crampcheck_core::{AdviceKind, Level, Voice};
use crampcheck_diary::{rules, words};

fn fail(file: &str, problems: &[String]) -> ! {
    for p in problems {
        eprintln!("content/{file}: {p}");
    }
    panic!(
        "content/{file} has {} problem(s): {}",
        problems.len(),
        problems.join("; ")
    );
}

fn level(l: Level) -> String {
    format!("Level::{l:?}")
}

fn main() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    // The self-check's content is read too (below).
    println!("cargo:rerun-if-changed={}", content.display());
    let read = |name: &str| {
        println!("cargo:rerun-if-changed={}", content.join(name).display());
        std::fs::read_to_string(content.join(name)).unwrap_or_else(|e| fail(name, &[e.to_string()]))
    };
    let meta: toml::Table =
        toml::from_str(&read("meta.toml")).unwrap_or_else(|e| fail("meta.toml", &[e.to_string()]));
    let languages: Vec<&str> = meta
        .get("languages")
        .and_then(|l| l.as_array())
        .map(|l| l.iter().filter_map(|v| v.as_str()).collect())
        .unwrap_or_default();
    if languages.is_empty() {
        fail("meta.toml", &["no languages".into()]);
    }

    let rules = rules::load(&read("diary.toml")).unwrap_or_else(|e| fail("diary.toml", &e));
    let words = words::load(&read("diary_words.toml"), &languages)
        .unwrap_or_else(|e| fail("diary_words.toml", &e));

    // The rules' structure is compiled in; their words go with the screen's words, one file per
    // language (target/diary-words/<lang>.json, which post_build puts in the site), so the module
    // carries no language's text and a reader fetches only their own.
    let mut out = String::from("// Written by diary-web/build.rs from content/. Do not edit.\n");
    out.push_str("pub fn rules() -> Vec<DiaryRule> {\n    vec![\n");
    for r in &rules {
        writeln!(
            out,
            "        DiaryRule {{ id: {:?}.into(), level: {}, sources: Vec::new(), status: Verification::{:?}, note: String::new(), when: When::{:?}, finding: Texts::new(Vec::new()), prompt: Texts::new(Vec::new()), raised: Vec::new() }},",
            r.id,
            level(r.level),
            r.status,
            r.when,
        )
        .unwrap();
    }
    out.push_str("    ]\n}\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("compiled.rs");
    std::fs::write(dest, out).unwrap();

    // What the diary names of the self-check's content, so the app need not hand it over: each
    // level's title (`{number}` is filled in by the diary), the prevention tips for "I started
    // something new" (in the content's order) and the check's first question.
    let loaded = crampcheck_content::load(&content).unwrap_or_else(|e| {
        fail(
            "*.toml",
            &[format!("the self-check's content does not load: {e:?}")],
        )
    });
    let c = loaded.content;
    let tips: Vec<_> = c
        .advice
        .iter()
        .filter(|a| a.kind == AdviceKind::Prevention)
        .collect();
    let first = c.questions.first().map_or("", |q| q.id);

    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/diary-words");
    std::fs::create_dir_all(&shared).unwrap();
    for (lang, table) in &words.0 {
        let mut all = table.clone();
        for r in &rules {
            all.insert(
                format!("rule.{}.finding", r.id),
                r.finding.get(lang).to_string(),
            );
            all.insert(
                format!("rule.{}.prompt", r.id),
                r.prompt.get(lang).to_string(),
            );
            for (l, t) in &r.raised {
                all.insert(format!("raised.{}", l.name()), t.get(lang).to_string());
            }
        }
        for info in c.levels {
            all.insert(
                format!("level.{}", info.level.name()),
                info.title.voiced(lang, Voice::Own).to_string(),
            );
        }
        for a in &tips {
            all.insert(
                format!("tip.{}", a.id),
                a.title.voiced(lang, Voice::Own).to_string(),
            );
        }
        let ids: Vec<&str> = tips.iter().map(|a| a.id).collect();
        all.insert("tips".into(), ids.join(" "));
        all.insert("first_question".into(), first.to_string());
        let json = serde_json::to_string(&all).expect("words are strings");
        // Written whole, then renamed: a build running at the same time never reads half a file.
        let tmp = shared.join(format!("{lang}.json.{}", std::process::id()));
        std::fs::write(&tmp, json).unwrap();
        std::fs::rename(&tmp, shared.join(format!("{lang}.json"))).unwrap();
    }
}
