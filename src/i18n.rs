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

pub use crampcheck_core::template::fill;

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
