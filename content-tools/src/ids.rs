//! Rust constants for every content ID, so that the app names questions, options, rules, advice
//! and regions through them: rename an item in `content/` and the build fails where the app used
//! the old name, instead of quick relief quietly losing its muscles.

use crampcheck_core::Content;
use std::fmt::Write;

/// `avoid_stretching_swollen_leg` becomes `AVOID_STRETCHING_SWOLLEN_LEG`; `U5` stays `U5`.
/// An ID that starts with a digit gets a leading `_` (`_3_MIN`).
fn constant(id: &str) -> String {
    let name: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect();
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{name}")
    } else {
        name
    }
}

fn module(out: &mut String, name: &str, ids: impl Iterator<Item = &'static str>) {
    // A raw identifier, so a question called `type` or `move` is still a module name.
    writeln!(out, "    pub mod r#{name} {{").unwrap();
    for id in ids {
        writeln!(out, "        pub const {}: &str = {id:?};", constant(id)).unwrap();
    }
    out.push_str("    }\n");
}

/// `pub mod ids { pub mod question { pub const MUSCLE: &str = "muscle"; ... } ... }`, with a
/// module per question for its options (`ids::option::muscle::CALF`).
pub fn id_constants(c: &Content) -> String {
    let mut out = String::from(
        "/// Every content ID as a constant (content-tools/src/ids.rs).\n#[allow(dead_code)]\npub mod ids {\n",
    );
    module(&mut out, "question", c.questions.iter().map(|q| q.id));
    out.push_str("    pub mod option {\n");
    for q in c.questions {
        let mut inner = String::new();
        module(&mut inner, q.id, q.options.iter().map(|o| o.id));
        for line in inner.lines() {
            writeln!(out, "    {line}").unwrap();
        }
    }
    out.push_str("    }\n");
    module(&mut out, "rule", c.rules.iter().map(|r| r.id));
    module(&mut out, "advice", c.advice.iter().map(|a| a.id));
    module(&mut out, "region", c.regions.iter().map(|r| r.id));
    module(&mut out, "relief_sign", c.relief_signs.iter().map(|r| r.id));
    out.push_str("}\n");
    out
}
