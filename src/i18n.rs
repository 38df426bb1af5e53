//! Text for the screen: catalogue messages and content text in the chosen language, with the
//! region's emergency number filled in.

use crate::content::CONTENT;
use crampcheck_core::{MessageKey, Text};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tr {
    pub lang: &'static str,
    pub number: &'static str,
}

impl Tr {
    pub fn t(&self, key: MessageKey) -> String {
        self.fill(CONTENT.msg(key, self.lang))
    }

    pub fn text(&self, text: &Text) -> String {
        self.fill(text.get(self.lang))
    }

    /// A message with `{n}`-style values, e.g. `{done}` of `{total}`.
    pub fn with(&self, key: MessageKey, values: &[(&str, &str)]) -> String {
        values
            .iter()
            .fold(self.t(key), |s, (k, v)| s.replace(&format!("{{{k}}}"), v))
    }

    fn fill(&self, s: &str) -> String {
        s.replace("{number}", self.number)
    }
}
