//! The static fallback (shown when JavaScript or WebAssembly cannot run, or the app panics; the
//! custom element shows the same block), generated per language from the content: it must list
//! every EMERGENCY finding of the content word for word and every region's emergency number with
//! the region's name, in each language, and index.html must leave its place to the build.

use crampcheck_content::fallback::block;
use crampcheck_core::{Content, Level};

fn content() -> &'static Content {
    crampcheck_content::check(&crampcheck_content::default_content_dir())
        .unwrap()
        .content
}

/// A block as a person reads it: tags removed, the entities HTML text needs decoded, white space
/// collapsed.
fn read(block: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in block.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    words(&text)
}

fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_language_lists_every_emergency_finding_word_for_word() {
    let c = content();
    assert!(c.languages.len() > 1, "the content has translations");
    for lang in c.languages {
        let html = block(c, lang);
        assert!(html.starts_with(&format!("<div class=\"cc-fallback\" lang=\"{lang}\">")));
        let text = read(&html);
        let findings: Vec<(&str, String)> = c
            .rules
            .iter()
            .filter(|r| r.level == Level::Emergency)
            .map(|r| (r.id, words(r.finding.get(lang))))
            .collect();
        assert!(findings.len() > 5, "the content has EMERGENCY rules");
        let missing: Vec<String> = findings
            .iter()
            .filter(|(_, f)| !text.contains(f.as_str()))
            .map(|(id, f)| format!("{id}: {f}"))
            .collect();
        assert!(missing.is_empty(), "{lang}: missing {missing:?}");
        let call_now = c
            .messages
            .iter()
            .find(|m| m.key == "fallback.call_now")
            .unwrap();
        assert!(text.contains(&words(call_now.text.get(lang))), "{lang}");
        assert!(!text.contains('{') && !text.contains('}'), "{lang}: {text}");
    }
}

#[test]
fn every_language_names_every_regions_emergency_number() {
    let c = content();
    for lang in c.languages {
        let html = block(c, lang);
        let text = read(&html);
        for r in c.regions {
            let (name, number) = (words(r.name.get(lang)), r.emergency_number);
            assert!(
                text.contains(&format!("{name} {number}"))
                    && html.contains(&format!("href=\"tel:{number}\"")),
                "{lang}: {}: {name} {number}",
                r.id
            );
        }
    }
}

#[test]
fn the_languages_say_it_in_their_own_words() {
    let c = content();
    let en = read(&block(c, c.languages[0]));
    for lang in &c.languages[1..] {
        assert_ne!(
            read(&block(c, lang)),
            en,
            "{lang} is not the default's copy"
        );
    }
}

#[test]
fn index_html_leaves_the_fallback_to_the_build() {
    // No hand-kept copy: the block in the source page is empty, and post_build fills it.
    let html =
        std::fs::read_to_string(crampcheck_content::default_content_dir().join("../index.html"))
            .unwrap();
    let start = html
        .find("<div class=\"cc-fallback\"")
        .expect("a .cc-fallback block");
    let end = start + html[start..].find("</div>").unwrap();
    let inner = &html[start..end];
    assert!(
        !inner.contains("<li>"),
        "index.html keeps a hand-written fallback: {inner}"
    );
}
