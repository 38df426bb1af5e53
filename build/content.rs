//! Checks the content folder and compiles it into Rust statics, so a content mistake stops the build
//! with a message naming the file, the item and the problem, and the wasm carries no parser.
//! Shared by the build scripts of the app (`build.rs`) and of its clinic module (`clinic/build.rs`):
//! both get the same `content.rs` in their OUT_DIR, and the same text packs.

use std::path::{Path, PathBuf};

/// `workspace`: the repository's top folder (its `content/` and `target/`). `assessment_only`: for
/// the clinic module, which shows no advice, regions or relief (`codegen::Options`).
pub fn generate(workspace: &Path, assessment_only: bool) {
    let root = workspace.join("content");
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
    let generated = crampcheck_content::codegen::generate_with(
        loaded.content,
        crampcheck_content::codegen::Options {
            app: true,
            assessment_only,
        },
    );
    let mut code = generated.code;
    code.push_str(&format!(
        "\n/// Screens and minutes of the typical path (content/scenarios, `typical = true`).\npub const TYPICAL_QUESTIONS: usize = {screens};\npub const TYPICAL_MINUTES: usize = {minutes};\n"
    ));
    code.push_str(&text_packs(
        workspace,
        loaded.content.languages,
        &generated.packed,
    ));
    code.push_str(&crampcheck_content::ids::id_constants(loaded.content));
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("content.rs");
    std::fs::write(out, code).unwrap();
    write_shared(
        workspace,
        "fhir",
        "questionnaire.json",
        crampcheck_fhir::questionnaire_json(loaded.content).as_bytes(),
    );
    // The static emergency information per language (crampcheck_content::fallback); post_build
    // puts the default language's into the page and the rest beside it. `languages.txt` lists
    // this build's, default first (older files in the folder are not this build's).
    for lang in loaded.content.languages {
        let block = crampcheck_content::fallback::block(loaded.content, lang);
        write_shared(
            workspace,
            "fallback",
            &format!("{lang}.html"),
            block.as_bytes(),
        );
    }
    let list = loaded.content.languages.join("\n");
    write_shared(workspace, "fallback", "languages.txt", list.as_bytes());
}

/// Writes a file of the site that the wasm does not carry into `target/<folder>`, where
/// scripts/post_build.mjs picks it up. Under a temporary name first, then renamed: builds for
/// tests may run at the same time.
fn write_shared(workspace: &Path, folder: &str, file: &str, body: &[u8]) {
    let shared = workspace.join("target").join(folder);
    std::fs::create_dir_all(&shared).unwrap();
    let tmp = shared.join(format!("{file}.{}", std::process::id()));
    std::fs::write(&tmp, body).unwrap();
    std::fs::rename(&tmp, shared.join(file)).unwrap();
}

/// Writes one text pack per language, `text-<lang>-<hash>.txt`, into `target/text-packs` (where
/// scripts/post_build.mjs copies the ones this wasm names into the site) and `text-<lang>.txt` into
/// OUT_DIR (for the component tests); returns the Rust constant that tells the app about them.
fn text_packs(workspace: &Path, languages: &[&str], texts: &[crampcheck_core::Text]) -> String {
    use base64::Engine;
    use sha2::Digest;
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let mut code = String::from(
        "\n/// The text packs of this build (`Text::Packed` numbers), one per language.\npub const TEXT_PACKS: &[crampcheck_core::text_pack::PackFile] = &[\n",
    );
    for lang in languages {
        let (pack, hash) = crampcheck_core::text_pack::write(texts, lang).unwrap_or_else(|e| {
            eprintln!("\ncontent: cannot write the {lang} text pack: {e}");
            std::process::exit(1);
        });
        let file = format!("text-{lang}-{hash}.txt");
        // SHA-256: as strong a check for this as SHA-384, and the first load carries one per
        // language.
        let integrity = format!(
            "sha256-{}",
            base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(&pack))
        );
        write_shared(workspace, "text-packs", &file, pack.as_bytes());
        std::fs::write(out_dir.join(format!("text-{lang}.txt")), &pack).unwrap();
        code.push_str(&format!(
            "    crampcheck_core::text_pack::PackFile {{ id: crampcheck_core::text_pack::PackId {{ lang: {lang:?}, hash: {hash:?}, count: {} }}, file: {file:?}, integrity: {integrity:?} }},\n",
            texts.len()
        ));
    }
    code.push_str("];\n");
    code
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
