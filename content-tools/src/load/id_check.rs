//! The one check every ID goes through: its spelling, and that it is not used twice.

use super::shared::{At, Ctx};
use std::collections::HashSet;

/// How the IDs of a kind of item are written. They end up in URLs, answer files and the brief,
/// so each kind keeps to one spelling.
#[derive(Clone, Copy)]
pub(super) enum Spelling {
    /// `calf_pain`: questions, options, advice, regions, relief.
    Lower,
    /// `U1`, `S3`, `URGENT_NOW`: rules and sources, as the brief numbers them, and levels.
    Upper,
}

impl Spelling {
    fn allows(self, c: char) -> bool {
        c.is_ascii_digit()
            || c == '_'
            || match self {
                Spelling::Lower => c.is_ascii_lowercase(),
                Spelling::Upper => c.is_ascii_uppercase(),
            }
    }

    fn rule(self) -> &'static str {
        match self {
            Spelling::Lower => "IDs use lower-case letters, digits and _",
            Spelling::Upper => "rule and source IDs use upper-case letters, digits and _",
        }
    }
}

/// The IDs of one kind of item seen so far (options: of one question).
pub(super) struct Ids {
    spelling: Spelling,
    seen: HashSet<String>,
}

impl Ids {
    pub fn new(spelling: Spelling) -> Self {
        Ids {
            spelling,
            seen: HashSet::new(),
        }
    }

    /// Checks the next item's ID, reporting a bad spelling or a second use.
    pub fn check(&mut self, b: &mut Ctx, at: &At, id: &str) {
        if id.is_empty() || !id.chars().all(|c| self.spelling.allows(c)) {
            b.add(at, self.spelling.rule());
        }
        if !self.seen.insert(id.to_string()) {
            b.add(at, "duplicate ID");
        }
    }
}
