//! Checks the content folder and compiles it into Rust statics, so a content mistake stops the build
//! with a message naming the file, the item and the problem, and the wasm carries no parser.

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("content");
    println!("cargo:rerun-if-changed={}", root.display());
    for entry in walk(&root) {
        println!("cargo:rerun-if-changed={}", entry.display());
    }
    let loaded = match crampcheck_content::check(&root) {
        Ok(l) => l,
        Err(problems) => {
            for p in &problems.0 {
                println!("cargo:warning={p}");
            }
            eprintln!(
                "\nThe content has {} problem(s):\n{problems}",
                problems.0.len()
            );
            std::process::exit(1);
        }
    };
    // The start screen's "about N questions, M minutes" comes from the typical path itself.
    let scenarios = crampcheck_content::scenarios::load_scenarios(&root).unwrap_or_else(|p| {
        eprintln!("\nThe scenarios have problems:\n{p}");
        std::process::exit(1);
    });
    let Some((screens, _, minutes)) =
        crampcheck_content::scenarios::typical_figures(loaded.content, &scenarios)
    else {
        eprintln!("\ncontent/scenarios: no scenario has `typical = true`");
        std::process::exit(1);
    };
    let mut code = crampcheck_content::codegen::generate_with(
        loaded.content,
        crampcheck_content::codegen::Options { app: true },
    );
    code.push_str(&format!(
        "\n/// Screens and minutes of the typical path (content/scenarios, `typical = true`).\npub const TYPICAL_QUESTIONS: usize = {screens};\npub const TYPICAL_MINUTES: usize = {minutes};\n"
    ));
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("content.rs");
    std::fs::write(out, code).unwrap();
}

fn walk(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            }
            out.push(p);
        }
    }
    out
}
