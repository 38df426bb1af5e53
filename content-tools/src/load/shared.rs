//! What every kind of item is resolved with: leaking into `'static`, naming where a problem is,
//! and checking texts against the declared languages.

use crate::error::{Item, Kind, Problems};
use crate::raw::Lang;
use crampcheck_core::{Text, Voice};

pub(super) fn leak(s: &str) -> &'static str {
    Box::leak(s.to_owned().into_boxed_str())
}

pub(super) fn leak_slice<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

pub(super) fn leak_strs(v: &[String]) -> &'static [&'static str] {
    leak_slice(v.iter().map(|s| leak(s)).collect())
}

/// The item a problem is about, as an author finds it: `question 'legs'` in its file.
pub(super) struct At<'f> {
    pub file: &'f str,
    pub item: Item,
}

impl<'f> At<'f> {
    pub fn new(file: &'f str, kind: Kind, id: &str) -> Self {
        Self::of(file, Item::of(kind, id))
    }

    /// An item named some other way (`Item::named("default_region")`), or the whole file.
    pub fn of(file: &'f str, item: Item) -> Self {
        At { file, item }
    }

    /// A part of this item: `question 'who', option 'me'`.
    pub fn part(&self, kind: Kind, id: &str) -> Self {
        Self::of(self.file, self.item.clone().part(kind, id))
    }
}

/// The problems found so far and the declared languages every text is checked against.
pub(super) struct Ctx<'p> {
    pub problems: &'p mut Problems,
    pub languages: Vec<String>,
}

impl Ctx<'_> {
    pub fn add(&mut self, at: &At, problem: impl Into<String>) {
        self.problems.add(at.file, at.item.clone(), problem);
    }

    /// A name from a content file as its core enum, or `None` after saying which names exist.
    pub fn parse<T: std::str::FromStr>(
        &mut self,
        at: &At,
        what: &str,
        name: &str,
        use_one_of: &str,
    ) -> Option<T> {
        let parsed = name.parse().ok();
        if parsed.is_none() {
            self.add(at, format!("unknown {what} '{name}' (use {use_one_of})"));
        }
        parsed
    }

    /// A text every declared language must give (and no undeclared one).
    /// Besides languages, `<lang>_they` and `<lang>_child` give the wording for someone answering
    /// about another person or a child; they are optional here (the plain-language check asks for
    /// them where a text speaks to "you").
    pub fn text(&mut self, at: &At, field: &str, lang: &Lang) -> Text {
        self.check_missing(at, field, lang);
        self.check_keys(at, field, lang);
        self.build(lang)
    }

    /// A text that may be left out altogether; once given, it is checked like any other.
    pub fn optional_text(&mut self, at: &At, field: &str, lang: &Lang) -> Text {
        if lang.is_empty() {
            Text::EMPTY
        } else {
            self.text(at, field, lang)
        }
    }

    fn check_missing(&mut self, at: &At, field: &str, lang: &Lang) {
        for l in &self.languages {
            let problem = match lang.get(l) {
                None => format!("{field}: missing text for language '{l}'"),
                Some(t) if t.trim().is_empty() => format!("{field}: empty text for language '{l}'"),
                _ => continue,
            };
            self.problems.add(at.file, at.item.clone(), problem);
        }
    }

    fn check_keys(&mut self, at: &At, field: &str, lang: &Lang) {
        for (l, t) in lang {
            if !self.is_known_key(l) {
                self.add(at, format!("{field}: language '{l}' is not declared in meta.toml (voices are written <lang>_they and <lang>_child)"));
            } else if t.trim().is_empty() {
                self.add(at, format!("{field}: empty text for '{l}'"));
            }
        }
    }

    /// A declared language (`en`), or one with a voice other than the person's own (`en_they`).
    fn is_known_key(&self, key: &str) -> bool {
        let declared = |l: &str| self.languages.iter().any(|x| x == l);
        declared(key)
            || key.rsplit_once('_').is_some_and(|(l, voice)| {
                declared(l) && voice.parse::<Voice>().is_ok_and(|v| v != Voice::Own)
            })
    }

    /// Declared languages first, in order, so that the first entry is the default language; then
    /// the voice variants.
    fn build(&self, lang: &Lang) -> Text {
        let declared = self.languages.iter().filter_map(|l| lang.get_key_value(l));
        let others = lang.iter().filter(|(l, _)| !self.languages.contains(l));
        let pairs = declared
            .chain(others)
            .map(|(l, t)| (leak(l), leak(t.trim())))
            .collect();
        Text::Inline(leak_slice(pairs))
    }
}
