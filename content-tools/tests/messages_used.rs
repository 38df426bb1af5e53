//! Every message in the catalogue is used by the app (an unused one still ships in the wasm), and
//! every text the app shows comes from the catalogue or the content.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<String>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(std::fs::read_to_string(&p).unwrap());
        }
    }
}

#[test]
fn every_message_key_is_used_by_the_app() {
    let loaded = crampcheck_content::check(&crampcheck_content::default_content_dir()).unwrap();
    let mut sources = Vec::new();
    // The app, and its clinic module (clinic/, loaded with the doctor's summary).
    for dir in ["../src", "../clinic/src"] {
        rust_files(
            &crampcheck_content::default_content_dir().join(dir),
            &mut sources,
        );
    }
    let all = sources.join("\n");
    // The static fallback pages' words are used by the build's generator, by their short key.
    let fallback = std::fs::read_to_string(
        crampcheck_content::default_content_dir().join("../content-tools/src/fallback.rs"),
    )
    .unwrap();
    let group = [crampcheck_content::codegen::FALLBACK_GROUP, "."].concat();
    let unused: Vec<&str> = loaded
        .content
        .messages
        .iter()
        .map(|m| m.key)
        .filter(|key| match key.strip_prefix(&group) {
            Some(short) => !fallback.contains(&format!("\"{short}\"")),
            None => !all.contains(&format!(
                "msg::{}",
                crampcheck_content::codegen::message_constant(key)
            )),
        })
        .collect();
    assert!(
        unused.is_empty(),
        "unused messages in content/messages.toml: {unused:?}"
    );
}

#[test]
fn components_show_no_english_literals() {
    // Text nodes in html! are `{ ... }` expressions; a quoted literal with a letter in it would be
    // user-visible text outside the catalogue. Separators like " · " are allowed.
    let mut sources = Vec::new();
    rust_files(
        &crampcheck_content::default_content_dir().join("../src/views"),
        &mut sources,
    );
    for src in sources {
        for line in src.lines() {
            let t = line.trim();
            if t.starts_with("{ \"") && t.ends_with("\" }") {
                let lit = &t[3..t.len() - 3];
                assert!(
                    !lit.chars().any(|c| c.is_alphabetic()),
                    "literal text in a component: {t}"
                );
            }
        }
    }
}
