//! The content model. Every item has a stable ID; rules and advice carry their sources and grade.

use std::fmt;

/// A name in a content file that no variant of the enum has: `"URGENT"` for a level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownName {
    /// What was being named: "level", "grade"...
    pub what: &'static str,
    pub name: String,
}

impl fmt::Display for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {} '{}'", self.what, self.name)
    }
}

impl std::error::Error for UnknownName {}

/// `as_str` and `FromStr` for an enum named in content files, from one list of `Variant => "name"`,
/// so that writing and reading a name can never disagree; a missing variant fails to compile.
macro_rules! content_names {
    ($ty:ident, $what:literal, { $($variant:ident => $name:literal),+ $(,)? }) => {
        impl $ty {
            /// The name used in content files (and JSON output).
            pub fn as_str(self) -> &'static str {
                match self {
                    $($ty::$variant => $name),+
                }
            }
        }

        impl std::str::FromStr for $ty {
            type Err = UnknownName;
            fn from_str(s: &str) -> Result<Self, UnknownName> {
                match s {
                    $($name => Ok($ty::$variant),)+
                    _ => Err(UnknownName { what: $what, name: s.to_string() }),
                }
            }
        }
    };
}

/// A piece of user-visible text in each language the content declares: `(language, text)`.
/// Questions and options may also carry a wording for someone answering about another person:
/// `("en_they", ...)` and `("en_child", ...)`, after the plain languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    /// The wordings themselves.
    Inline(&'static [(&'static str, &'static str)]),
    /// The wordings of text number `n` in the installed text packs ([`crate::text_pack`]): the web
    /// app fetches its long texts on first use instead of carrying them in its first load. (With
    /// more than one language, the start screen's texts are packed too, and the first load
    /// carries only their default-language wordings: [`crate::text_pack::set_first_screen`].)
    Packed(u16),
}

/// Who the answers are about, which decides how questions are worded: people answer the words on
/// the screen literally, and a parent asked "do you have a fever?" answers for themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Voice {
    /// The person using the check ("you").
    #[default]
    Own,
    /// Another adult or teenager ("they").
    They,
    /// A child ("your child"); falls back to the "they" wording where there is no child wording.
    Child,
}

impl Voice {
    pub const ALL: [Voice; 3] = [Voice::Own, Voice::They, Voice::Child];
}

// The suffix of the text key in content files (`label.en_they`), and an option's `voice`; empty
// for the own voice, which is never written.
content_names!(Voice, "voice", { Own => "", They => "they", Child => "child" });

impl Text {
    pub const EMPTY: Text = Text::Inline(&[]);

    /// Every wording, `(language key, text)`; a packed text whose pack is not installed yet has
    /// none.
    pub fn entries(&self) -> &'static [(&'static str, &'static str)] {
        match *self {
            Text::Inline(e) => e,
            Text::Packed(n) => crate::text_pack::entries(n),
        }
    }

    /// The wordings to look `lang` up in: for a packed text, those of the installed packs, or the
    /// first load's default-language wordings of a start-screen text while `lang`'s pack is not
    /// installed ([`crate::text_pack::entries_for`]).
    fn entries_for(&self, lang: &str) -> &'static [(&'static str, &'static str)] {
        match *self {
            Text::Inline(e) => e,
            Text::Packed(n) => crate::text_pack::entries_for(n, lang),
        }
    }

    /// The wording for `voice` in `lang`: the child wording falls back to the "they" wording, and
    /// any wording to the plain text, so a missing variant never shows a blank.
    pub fn voiced(&self, lang: &str, voice: Voice) -> &'static str {
        // `en_they` for lang `en` and suffix `they`.
        let variant = |suffix: &str| {
            self.entries_for(lang).iter().find(|(l, _)| {
                l.strip_prefix(lang).and_then(|r| r.strip_prefix('_')) == Some(suffix)
            })
        };
        let found = match voice {
            Voice::Own => None,
            Voice::They => variant("they"),
            Voice::Child => variant("child").or_else(|| variant("they")),
        };
        match found {
            Some((_, t)) => t,
            None => self.get(lang),
        }
    }

    /// Is there a wording of its own for `voice` in `lang`?
    pub fn has_voice(&self, lang: &str, voice: Voice) -> bool {
        voice == Voice::Own || self.voiced(lang, voice) != self.get(lang)
    }

    /// The text in `lang`, else in the first declared language (English), else "".
    /// Never panics: a missing translation shows the default language, not a blank.
    pub fn get(&self, lang: &str) -> &'static str {
        let entries = self.entries_for(lang);
        entries
            .iter()
            .find(|(l, _)| *l == lang)
            .or_else(|| entries.first())
            .map(|(_, t)| *t)
            .unwrap_or("")
    }

    pub fn is_empty(&self) -> bool {
        self.entries().iter().all(|(_, t)| t.is_empty())
    }
}

/// The five urgency levels, least urgent first so that `max` gives the most urgent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    SelfCare,
    Appointment,
    Today,
    UrgentNow,
    Emergency,
}

impl Level {
    pub const ALL: [Level; 5] = [
        Level::Emergency,
        Level::UrgentNow,
        Level::Today,
        Level::Appointment,
        Level::SelfCare,
    ];

    /// The name used in content files, JSON output and the brief ([`Level::as_str`]).
    #[inline]
    pub fn name(self) -> &'static str {
        self.as_str()
    }

    #[inline]
    pub fn from_name(name: &str) -> Option<Level> {
        name.parse().ok()
    }

    /// Brief section 3, precedence 2: "not sure" counts as "yes" for these levels.
    pub fn unsure_counts_as_yes(self) -> bool {
        self >= Level::UrgentNow
    }
}

content_names!(Level, "level", {
    Emergency => "EMERGENCY",
    UrgentNow => "URGENT_NOW",
    Today => "TODAY",
    Appointment => "APPOINTMENT",
    SelfCare => "SELF_CARE",
});

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How an answer option behaves in the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChoiceKind {
    /// A finding or a description ("yes", "calf", "over 75").
    Finding,
    /// "No" or "none of these": excludes every other option of the question.
    None,
    /// "Not sure": counts as yes for urgent and emergency rules. On a multi-choice screen it is
    /// ticked together with the findings a person is sure of, unless the content makes it
    /// exclusive (`Choice::exclusive`).
    Unsure,
}

content_names!(ChoiceKind, "kind", {
    Finding => "finding",
    None => "none",
    Unsure => "unsure",
});

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    pub id: &'static str,
    pub kind: ChoiceKind,
    pub label: Text,
    /// Choosing this option words the rest of the check for this voice (the "who" question).
    pub voice: Option<Voice>,
    /// Ticking it unticks every other option ("None of these"; a "Not sure" the content marks so).
    pub exclusive: bool,
}

/// One condition of a clause; a clause holds when all its conditions hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Condition {
    /// The answer to `question` includes one of `options`.
    Answer {
        question: &'static str,
        options: &'static [&'static str],
    },
    /// One of these rules fired (advice only).
    Rule(&'static [&'static str]),
    /// The assessment's level is one of these (advice only).
    Level(&'static [Level]),
}

/// Conditions joined by AND. A list of clauses (`when`) holds when any clause holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clause(pub &'static [Condition]);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    pub id: &'static str,
    /// The question, shown as the page heading.
    pub text: Text,
    /// Extra detail under the heading (may be empty).
    pub hint: Text,
    /// "Why we ask".
    pub why: Text,
    /// More than one option may be chosen ("select all that apply").
    pub multiple: bool,
    pub options: &'static [Choice],
    /// Asked only when one of these clauses holds; empty means always asked.
    pub ask_if: &'static [Clause],
    /// Shown in the doctor's summary instead of the full question.
    pub short: Text,
}

impl Question {
    pub fn option(&self, id: &str) -> Option<&'static Choice> {
        self.options.iter().find(|c| c.id == id)
    }

    /// What a person with nothing more to report answers: "none of these", else the first option.
    pub fn typical_option(&self) -> &'static Choice {
        self.options
            .iter()
            .find(|o| o.kind == ChoiceKind::None)
            .unwrap_or(&self.options[0])
    }
}

/// How far a rule or item has been checked against its sources (brief: [V], [P], [NV]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verification {
    /// The source text itself was read.
    Verified,
    /// Only an abstract, summary or copy was seen.
    Partial,
    /// An assumption or design choice awaiting clinical sign-off.
    NotVerified,
}

impl Verification {
    /// In words, for people; content files and JSON use the code ([`Verification::as_str`]).
    pub fn name(self) -> &'static str {
        match self {
            Verification::Verified => "verified",
            Verification::Partial => "partly verified",
            Verification::NotVerified => "design choice, not verified",
        }
    }

    /// The brief's code: V, P or NV ([`Verification::as_str`]).
    #[inline]
    pub fn code(self) -> &'static str {
        self.as_str()
    }
}

content_names!(Verification, "status", {
    Verified => "V",
    Partial => "P",
    NotVerified => "NV",
});

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// The brief's ID (E1, U5, SC1...) or a look-alike rule (L1...).
    pub id: &'static str,
    pub level: Level,
    /// What the rule found, in words for the person ("why this result").
    pub finding: Text,
    pub when: &'static [Clause],
    /// The rule does not fire when one of these holds (e.g. A1 in pregnancy, where SC3 applies).
    pub unless: &'static [Clause],
    pub sources: &'static [&'static str],
    pub status: Verification,
    /// For clinicians: where the level departs from a source, or why.
    pub note: &'static str,
}

/// Evidence grades of brief section 4.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grade {
    /// Moderate or high certainty from a systematic review.
    A,
    /// Low certainty (small trials).
    B,
    /// Expert or consensus patient information.
    C,
    /// No benefit or harmful: shown only as "do not".
    X,
}

impl Grade {
    /// [`Grade::as_str`].
    #[inline]
    pub fn letter(self) -> &'static str {
        self.as_str()
    }
}

content_names!(Grade, "grade", { A => "A", B => "B", C => "C", X => "X" });

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AdviceKind {
    /// What to do now, for the level (call, go, book).
    SeekCare,
    /// What a doctor may look for or offer: information for the visit, not something to do now.
    Treatment,
    Relief,
    Prevention,
    Pregnancy,
    PossibleCause,
    Medicines,
    Avoid,
    LookAlike,
    SafetyNet,
    /// What to do while waiting for help, for one EMERGENCY or URGENT_NOW rule.
    WhileWaiting,
}

impl AdviceKind {
    pub const ALL: [AdviceKind; 11] = [
        AdviceKind::SeekCare,
        AdviceKind::Treatment,
        AdviceKind::WhileWaiting,
        AdviceKind::Relief,
        AdviceKind::Prevention,
        AdviceKind::Pregnancy,
        AdviceKind::PossibleCause,
        AdviceKind::Medicines,
        AdviceKind::Avoid,
        AdviceKind::LookAlike,
        AdviceKind::SafetyNet,
    ];

    /// [`AdviceKind::as_str`].
    #[inline]
    pub fn name(self) -> &'static str {
        self.as_str()
    }

    #[inline]
    pub fn from_name(name: &str) -> Option<AdviceKind> {
        name.parse().ok()
    }
}

content_names!(AdviceKind, "kind", {
    SeekCare => "seek_care",
    Treatment => "treatment",
    Relief => "relief",
    Prevention => "prevention",
    Pregnancy => "pregnancy",
    PossibleCause => "possible_cause",
    Medicines => "medicines",
    Avoid => "avoid",
    LookAlike => "look_alike",
    SafetyNet => "safety_net",
    WhileWaiting => "while_waiting",
});

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Advice {
    pub id: &'static str,
    pub kind: AdviceKind,
    pub grade: Grade,
    pub sources: &'static [&'static str],
    pub title: Text,
    pub body: Text,
    /// Numbered steps (relief stretches); may be empty.
    pub steps: &'static [Text],
    pub when: &'static [Clause],
    pub unless: &'static [Clause],
}

impl Advice {
    /// Does one of its `when` clauses name rule `id` (the item belongs to that rule, as
    /// while-waiting advice does)?
    pub fn names_rule(&self, id: &str) -> bool {
        self.when.iter().any(|c| {
            c.0.iter()
                .any(|cond| matches!(cond, Condition::Rule(ids) if ids.contains(&id)))
        })
    }

    /// Shown on every result at `level`, whatever the answers: a clause that tests only the level.
    pub fn always_shown_at(&self, level: Level) -> bool {
        self.unless.is_empty() && holds_at_level(self.when, level)
    }

    /// Never shown at `level`, whatever the answers: an `unless` clause that tests only the level.
    pub fn never_shown_at(&self, level: Level) -> bool {
        holds_at_level(self.unless, level)
    }
}

/// One of `clauses` tests nothing but the level and holds at `level` (a clause's conditions must
/// all hold, so each of its level lists must name `level`).
fn holds_at_level(clauses: &[Clause], level: Level) -> bool {
    clauses.iter().any(|c| {
        !c.0.is_empty()
            && c.0
                .iter()
                .all(|cond| matches!(cond, Condition::Level(ls) if ls.contains(&level)))
    })
}

/// What a level means for the person: the banner on the result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LevelInfo {
    pub level: Level,
    pub title: Text,
    /// What to do; `{number}` stands for the region's emergency number.
    pub action: Text,
    pub by_when: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    pub id: &'static str,
    /// In the source's own language (not translated).
    pub title: Text,
    pub url: &'static str,
    pub status: Verification,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    pub id: &'static str,
    pub name: Text,
    pub emergency_number: &'static str,
    /// Where to get urgent help that is not an ambulance (`{urgent}` in texts): a named line such
    /// as NHS 111, or the kind of service where a region has no single line.
    pub urgent: Text,
    /// The urgent line's number, for a tap-to-call link; empty where there is no single line.
    pub urgent_number: &'static str,
    /// ISO 3166 country codes whose browser language tags (en-US) point to this region,
    /// space-separated.
    pub countries: &'static str,
    /// IANA time zones (exact, or a prefix ending in '/') that point to this region,
    /// space-separated. (One string rather than a list: a pointer per zone would cost the first
    /// load more than the zones' names.)
    pub time_zones: &'static str,
}

impl Region {
    /// Exact zones match in the first pass, prefixes (`Europe/`) in the second, so that
    /// Europe/London finds its own region before the EU's catch-all.
    fn has_time_zone(&self, tz: &str, prefix: bool) -> bool {
        !tz.is_empty()
            && self.time_zones.split(' ').any(|z| {
                if prefix {
                    z.ends_with('/') && tz.starts_with(z)
                } else {
                    z == tz
                }
            })
    }

    fn has_country(&self, country: &str) -> bool {
        self.countries
            .split(' ')
            .any(|c| c.eq_ignore_ascii_case(country))
    }
}

/// A sign that makes stretching or massage wrong before quick relief, or the cramp an emergency:
/// it leads to the level, the finding and the advice of the rule it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReliefSign {
    pub id: &'static str,
    pub label: Text,
    pub rule: &'static str,
}

/// "How long has it been cramping?": quick relief's clock starts this many minutes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReliefDuration {
    pub id: &'static str,
    pub label: Text,
    pub minutes: u32,
}

/// Index of a catalogue message, generated per key so a missing key is a compile error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MessageKey(pub usize);

/// A user-interface string from the message catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Message {
    pub key: &'static str,
    pub text: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Content {
    pub version: &'static str,
    /// Declared languages; the first is the default and must be complete.
    pub languages: &'static [&'static str],
    /// Each language's name in that language (for the language switch): `(language, name)`.
    pub language_names: &'static [(&'static str, &'static str)],
    /// The languages (besides the default) whose every text a clinician who speaks them has
    /// reviewed; the others say in the footer that they have not been.
    pub translations_reviewed: &'static [&'static str],
    pub default_region: &'static str,
    pub questions: &'static [Question],
    pub rules: &'static [Rule],
    pub advice: &'static [Advice],
    pub levels: &'static [LevelInfo],
    pub sources: &'static [Source],
    pub regions: &'static [Region],
    pub messages: &'static [Message],
    pub relief_signs: &'static [ReliefSign],
    pub relief_durations: &'static [ReliefDuration],
}

impl Content {
    pub fn question(&self, id: &str) -> Option<&'static Question> {
        self.questions.iter().find(|q| q.id == id)
    }
    pub fn rule(&self, id: &str) -> Option<&'static Rule> {
        self.rules.iter().find(|r| r.id == id)
    }
    pub fn advice_item(&self, id: &str) -> Option<&'static Advice> {
        self.advice.iter().find(|a| a.id == id)
    }
    pub fn source(&self, id: &str) -> Option<&'static Source> {
        self.sources.iter().find(|s| s.id == id)
    }
    pub fn region(&self, id: &str) -> Option<&'static Region> {
        self.regions.iter().find(|r| r.id.eq_ignore_ascii_case(id))
    }
    /// The region a first-time visitor is most likely in, from the browser: the time zone first
    /// (where the device is), then the country of each preferred language tag in order (`en-US`).
    /// `None` when nothing matches, so the caller falls back to its default.
    pub fn guess_region(&self, language_tags: &[&str], time_zone: &str) -> Option<&'static Region> {
        for prefix in [false, true] {
            if let Some(r) = self
                .regions
                .iter()
                .find(|r| r.has_time_zone(time_zone, prefix))
            {
                return Some(r);
            }
        }
        language_tags.iter().find_map(|tag| {
            // The region subtag is the first two-letter part after the language (en-US, es-419 no).
            let country = tag
                .split(['-', '_'])
                .skip(1)
                .find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()))?;
            self.regions.iter().find(|r| r.has_country(country))
        })
    }

    /// The voice the answers so far ask for: the first chosen option that sets one.
    pub fn voice(&self, answers: &crate::Answers) -> Voice {
        answers
            .iter()
            .find_map(|(q, opts)| {
                let q = self.question(q)?;
                opts.iter().find_map(|o| q.option(o)?.voice)
            })
            .unwrap_or_default()
    }

    pub fn level_info(&self, level: Level) -> Option<&'static LevelInfo> {
        self.levels.iter().find(|l| l.level == level)
    }
    /// A catalogue message by generated key, in `lang` or the default language.
    pub fn msg(&self, key: MessageKey, lang: &str) -> &'static str {
        self.messages
            .get(key.0)
            .map(|m| m.text.get(lang))
            .unwrap_or("")
    }
}
