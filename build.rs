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
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("content.rs");
    std::fs::write(
        out,
        crampcheck_content::codegen::generate_with(
            loaded.content,
            crampcheck_content::codegen::Options { app: true },
        ),
    )
    .unwrap();
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
