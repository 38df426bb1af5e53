//! Text for the screen: catalogue messages and content text in the chosen language, with the
//! region's emergency number and other `{name}` values filled in.

use crate::content::CONTENT;
use crampcheck_core::{MessageKey, Text, Voice};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tr {
    pub lang: &'static str,
    /// The emergency number shown and dialled (`{number}`).
    pub number: &'static str,
    /// The region's urgent route that is not an ambulance (`{urgent}`), in `lang`.
    pub urgent: &'static str,
    /// Who the answers are about: questions are worded for them ("you", "they", "your child").
    pub voice: Voice,
}

/// Replaces each `{name}` with its value; unknown names are left as they are. Scans by character
/// (no substring search, no slicing), which keeps this small in the wasm.
pub fn fill(text: &str, values: &[(&str, &str)]) -> String {
    let mut parts = text.split('{');
    let mut out = String::from(parts.next().unwrap_or(""));
    for part in parts {
        match part.split_once('}') {
            Some((name, rest)) => {
                match values.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                out.push_str(rest);
            }
            None => {
                out.push('{');
                out.push_str(part);
            }
        }
    }
    out
}

impl Tr {
    pub fn t(&self, key: MessageKey) -> String {
        self.with(key, &[])
    }

    pub fn text(&self, text: &Text) -> String {
        fill(
            text.voiced(self.lang, self.voice),
            &[("number", self.number), ("urgent", self.urgent)],
        )
    }

    /// A message with values, e.g. `{done}` of `{total}`; `{number}` and `{urgent}` are always
    /// filled.
    pub fn with(&self, key: MessageKey, values: &[(&str, &str)]) -> String {
        let mut all = Vec::with_capacity(values.len() + 2);
        all.push(("number", self.number));
        all.push(("urgent", self.urgent));
        all.extend_from_slice(values);
        fill(CONTENT.msg(key, self.lang), &all)
    }
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn fills_known_names_and_keeps_the_rest() {
        assert_eq!(
            fill("Call {number} now", &[("number", "999")]),
            "Call 999 now"
        );
        assert_eq!(
            fill("{done} of {total}", &[("done", "3"), ("total", "12")]),
            "3 of 12"
        );
        assert_eq!(fill("a {x} b", &[]), "a {x} b");
        assert_eq!(fill("open { brace", &[]), "open { brace");
        assert_eq!(fill("", &[]), "");
        assert_eq!(fill("{number}{number}", &[("number", "1")]), "11");
    }
}
