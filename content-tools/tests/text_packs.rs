//! The web app's text packs: every text the app's generated content numbers with `Text::Packed`
//! comes back word for word from its pack, and what the app needs before a pack can load (the
//! start screen's messages, region names, the EMERGENCY findings) stays in the app itself.

use crampcheck_content::codegen::{generate_with, Options, FIRST_SCREEN_GROUPS};
use crampcheck_core::{text_pack, Level, Text};

mod common;

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

#[test]
fn every_packed_text_reads_back_word_for_word_in_every_language() {
    let content = common::content().content;
    let generated = generate_with(
        content,
        Options {
            app: true,
            ..Options::default()
        },
    );
    assert!(
        generated.packed.len() > 400,
        "questions, options, rules and advice are packed"
    );
    for lang in content.languages {
        let (pack, hash) = text_pack::write(&generated.packed, lang).unwrap();
        let id = text_pack::PackId {
            lang,
            hash: leak(hash),
            count: generated.packed.len(),
        };
        let read = text_pack::parse(leak(pack), id).unwrap();
        for (n, (text, entries)) in generated.packed.iter().zip(&read).enumerate() {
            let mine: Vec<_> = text
                .entries()
                .iter()
                .filter(|(k, _)| *k == *lang || k.starts_with(&format!("{lang}_")))
                .copied()
                .collect();
            assert_eq!(mine, entries.to_vec(), "text {n}");
        }
    }
}

#[test]
fn the_first_screen_and_the_emergency_signs_are_not_packed() {
    let content = common::content().content;
    let code = generate_with(
        content,
        Options {
            app: true,
            ..Options::default()
        },
    )
    .code;
    let inline = |t: &Text| code.contains(&format!("{:?}", t.get("en")));
    for r in content.rules.iter().filter(|r| r.level == Level::Emergency) {
        assert!(inline(&r.finding), "{} finding is in the app", r.id);
    }
    for region in content.regions {
        assert!(
            inline(&region.name) && inline(&region.urgent),
            "{}",
            region.id
        );
    }
    for m in content.messages {
        let first = FIRST_SCREEN_GROUPS.contains(&m.key.split('.').next().unwrap());
        assert_eq!(inline(&m.text), first, "message {}", m.key);
    }
    // And the long texts are not: a question and an advice item, for example.
    assert!(!inline(&content.questions[1].text));
    assert!(!inline(&content.advice[0].body));
}
