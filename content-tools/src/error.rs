use std::fmt;

/// The kinds of item a problem can be about. Each prints as authors read it in messages
/// (`relief sign 'calf'`), so that tools can rely on the kind while people keep the wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Question,
    /// An answer option, as a part of its question.
    Option,
    /// A question's "why we ask", read on its own; a part with no ID, since a question has one.
    Why,
    Rule,
    Advice,
    Message,
    /// A language's table in messages.toml, printed `[en]`.
    LanguageTable,
    Region,
    Level,
    Source,
    ReliefSign,
    ReliefDuration,
    /// A claim of never_say.toml, named by its `brief` text alone (`'5.2 Take quinine…'`).
    NeverSay,
    /// A `[[exception]]` of plain_language.toml, named by the unit it excepts.
    Exception,
    Scenario,
}

impl Kind {
    /// The kind as a word, as messages put it before the ID (`[en]` and `'5.2 …'` go without).
    pub fn word(self) -> &'static str {
        match self {
            Kind::Question => "question",
            Kind::Option => "option",
            Kind::Why => "why",
            Kind::Rule => "rule",
            Kind::Advice => "advice",
            Kind::Message => "message",
            Kind::LanguageTable => "language table",
            Kind::Region => "region",
            Kind::Level => "level",
            Kind::Source => "source",
            Kind::ReliefSign => "relief sign",
            Kind::ReliefDuration => "relief duration",
            Kind::NeverSay => "never say",
            Kind::Exception => "exception",
            Kind::Scenario => "scenario",
        }
    }

    fn write(self, f: &mut fmt::Formatter<'_>, id: &str) -> fmt::Result {
        match self {
            Kind::LanguageTable => write!(f, "[{id}]"),
            Kind::NeverSay => write!(f, "'{id}'"),
            Kind::Why => f.write_str("why"),
            _ => write!(f, "{} '{id}'", self.word()),
        }
    }
}

/// Where in its file a problem is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Item {
    /// The file (or folder) as a whole.
    File,
    /// Something named as it is written, not an item with an ID: `default_region`, `relief signs`.
    Named(String),
    /// An item of a kind by its ID, or a part of one: `question 'who', option 'me'`.
    Of {
        kind: Kind,
        id: String,
        parts: Vec<(Kind, String)>,
    },
}

impl Item {
    pub fn of(kind: Kind, id: impl Into<String>) -> Self {
        Item::Of {
            kind,
            id: id.into(),
            parts: Vec::new(),
        }
    }

    pub fn named(name: impl Into<String>) -> Self {
        Item::Named(name.into())
    }

    /// A part of this item (`Kind::Why` takes ""); a file or a name has no parts, so stays as is.
    pub fn part(mut self, kind: Kind, id: impl Into<String>) -> Self {
        if let Item::Of { parts, .. } = &mut self {
            parts.push((kind, id.into()));
        }
        self
    }

    /// The kind of the item itself, not of its parts: a question's option is in `Kind::Question`.
    pub fn kind(&self) -> Option<Kind> {
        match self {
            Item::Of { kind, .. } => Some(*kind),
            _ => None,
        }
    }

    pub fn id(&self) -> Option<&str> {
        match self {
            Item::Of { id, .. } => Some(id),
            _ => None,
        }
    }

    pub fn parts(&self) -> &[(Kind, String)] {
        match self {
            Item::Of { parts, .. } => parts,
            _ => &[],
        }
    }
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Item::File => Ok(()),
            Item::Named(name) => f.write_str(name),
            Item::Of { kind, id, parts } => {
                kind.write(f, id)?;
                for (kind, id) in parts {
                    // "question 'who' why" is a unit of its own, not a list entry like an option.
                    f.write_str(if *kind == Kind::Why { " " } else { ", " })?;
                    kind.write(f, id)?;
                }
                Ok(())
            }
        }
    }
}

/// One problem in the content, naming the file, the item and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    pub item: Item,
    pub problem: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.item == Item::File {
            write!(f, "{}: {}", self.file, self.problem)
        } else {
            write!(f, "{}: {}: {}", self.file, self.item, self.problem)
        }
    }
}

/// Collects problems so that an author sees all of them in one run, not one per build.
#[derive(Debug, Default)]
pub struct Problems(pub Vec<ContentError>);

impl Problems {
    pub fn add(&mut self, file: &str, item: Item, problem: impl Into<String>) {
        self.0.push(ContentError {
            file: file.into(),
            item,
            problem: problem.into(),
        });
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for e in &self.0 {
            writeln!(f, "{e}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(item: Item) -> String {
        let e = ContentError {
            file: "content/x.toml".into(),
            item,
            problem: "wrong".into(),
        };
        e.to_string()
    }

    #[test]
    fn every_shape_prints_as_authors_know_it() {
        let who = || Item::of(Kind::Question, "who");
        assert_eq!(shown(Item::File), "content/x.toml: wrong");
        assert_eq!(
            shown(Item::named("default_region")),
            "content/x.toml: default_region: wrong"
        );
        assert_eq!(shown(who()), "content/x.toml: question 'who': wrong");
        assert_eq!(
            shown(who().part(Kind::Option, "me")),
            "content/x.toml: question 'who', option 'me': wrong"
        );
        assert_eq!(
            shown(who().part(Kind::Why, "")),
            "content/x.toml: question 'who' why: wrong"
        );
        assert_eq!(
            shown(Item::of(Kind::ReliefSign, "cold")),
            "content/x.toml: relief sign 'cold': wrong"
        );
        assert_eq!(
            shown(Item::of(Kind::LanguageTable, "fr")),
            "content/x.toml: [fr]: wrong"
        );
        assert_eq!(
            shown(Item::of(Kind::NeverSay, "5.2 Quinine")),
            "content/x.toml: '5.2 Quinine': wrong"
        );
        assert_eq!(
            shown(Item::of(Kind::Exception, "advice 'x'")),
            "content/x.toml: exception 'advice 'x'': wrong"
        );
    }

    #[test]
    fn the_kind_and_id_are_the_items_own() {
        let option = Item::of(Kind::Question, "who").part(Kind::Option, "me");
        assert_eq!(option.kind(), Some(Kind::Question));
        assert_eq!(option.id(), Some("who"));
        assert_eq!(option.parts(), [(Kind::Option, "me".to_string())]);
        assert_eq!(Item::File.kind(), None);
        assert_eq!(Item::named("languages").part(Kind::Option, "x").parts(), []);
    }
}
