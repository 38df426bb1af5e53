//! Writes checked content as Rust statics, so the web app embeds it with no parser in the wasm.

use crampcheck_core::*;
use std::fmt::Write;

/// The generated source; in app mode the texts it numbers with `Text::Packed`; and, in app mode
/// with more than one language, the default language and the `FIRST_SCREEN` table being written.
struct Gen(String, Option<Vec<Text>>, Option<(&'static str, String)>);

impl Gen {
    fn s(&mut self, v: &str) {
        // Debug formatting of a str is a valid Rust string literal.
        write!(self.0, "{v:?}").unwrap();
    }
    fn strs(&mut self, v: &[&str]) {
        self.0.push_str("&[");
        for x in v {
            self.s(x);
            self.0.push(',');
        }
        self.0.push(']');
    }
    /// A text the app fetches on first use (in app mode), else written out.
    fn text(&mut self, t: &Text) {
        match &mut self.1 {
            Some(packed) => {
                write!(self.0, "Text::Packed({})", packed.len()).unwrap();
                packed.push(*t);
            }
            None => self.inline_text(t),
        }
    }
    /// A text the app needs before any pack can load: the start screen's, the emergency signs.
    /// With other languages, the text is packed like the rest and only its default-language
    /// wordings are written out, into `FIRST_SCREEN` (`text_pack::set_first_screen`): another
    /// language then loads with its pack and costs the first load nothing.
    fn inline_text(&mut self, t: &Text) {
        if let (Some(packed), Some((default, first))) = (&mut self.1, &mut self.2) {
            write!(self.0, "Text::Packed({})", packed.len()).unwrap();
            first.push_str(&format!("({},&[", packed.len()));
            packed.push(*t);
            for (l, v) in t
                .entries()
                .iter()
                .filter(|(l, _)| text_pack::key_in(l, default))
            {
                write!(first, "({l:?},{v:?}),").unwrap();
            }
            first.push_str("]),");
            return;
        }
        self.0.push_str("Text::Inline(&[");
        for (l, v) in t.entries() {
            self.pair(l, v);
        }
        self.0.push_str("])");
    }
    /// `("a","b"),`: a (language, words) pair of a slice.
    fn pair(&mut self, a: &str, b: &str) {
        self.0.push('(');
        self.s(a);
        self.0.push(',');
        self.s(b);
        self.0.push_str("),");
    }
    fn level(&mut self, l: Level) {
        write!(self.0, "Level::{l:?}").unwrap();
    }
    fn clauses(&mut self, cs: &[Clause]) {
        self.0.push_str("&[");
        for c in cs {
            self.0.push_str("Clause(&[");
            for cond in c.0 {
                match cond {
                    Condition::Answer { question, options } => {
                        self.0.push_str("Condition::Answer{question:");
                        self.s(question);
                        self.0.push_str(",options:");
                        self.strs(options);
                        self.0.push('}');
                    }
                    Condition::Rule(ids) => {
                        self.0.push_str("Condition::Rule(");
                        self.strs(ids);
                        self.0.push(')');
                    }
                    Condition::Level(ls) => {
                        self.0.push_str("Condition::Level(&[");
                        for l in *ls {
                            self.level(*l);
                            self.0.push(',');
                        }
                        self.0.push_str("])");
                    }
                }
                self.0.push(',');
            }
            self.0.push_str("]),");
        }
        self.0.push(']');
    }
    fn verification(&mut self, v: Verification) {
        write!(self.0, "Verification::{v:?}").unwrap();
    }
}

/// The Rust constant for a catalogue key: `start.title` becomes `START_TITLE` (`msg::START_TITLE`).
pub fn message_constant(key: &str) -> String {
    key.chars()
        .map(|ch| {
            if ch == '.' {
                '_'
            } else {
                ch.to_ascii_uppercase()
            }
        })
        .collect()
}

/// Rust source defining `pub static CONTENT: Content` and one `MessageKey` constant per
/// catalogue key (`start.title` becomes `msg::START_TITLE`), so that a component naming a key that
/// does not exist fails to compile.
pub fn generate(c: &Content) -> String {
    generate_with(c, Options::default()).code
}

/// What to leave out of the generated content.
#[derive(Default, Clone, Copy)]
pub struct Options {
    /// For the web app: drop what only clinicians and tools read (rule notes, source addresses),
    /// and number the long texts for text packs instead of writing them out, so they load on first
    /// use. Region names, the EMERGENCY findings and the first screens' messages
    /// ([`FIRST_SCREEN_GROUPS`]) stay in: the start screen and the "could not load" screen need them.
    pub app: bool,
    /// For a module that assesses answers and reads them back but shows no advice, regions,
    /// sources or relief (the clinic module): those tables are left empty. Their texts keep their
    /// numbers, so the module reads the app's own text pack.
    pub assessment_only: bool,
}

/// Message groups (`[en.start]`...) that the app shows before any text pack can load: the start
/// screen, the emergency bar, the footer, notices and the "loading" screen. The rest of the
/// catalogue is packed with the content's texts.
pub const FIRST_SCREEN_GROUPS: [&str; 5] = ["emergency", "start", "texts", "notice", "footer"];

/// The message group of the static fallback pages ([`crate::fallback`]): the app leaves it out.
pub const FALLBACK_GROUP: &str = "fallback";

/// Generated source, and the texts that `Text::Packed(n)` numbers (empty unless `Options::app`).
pub struct Generated {
    pub code: String,
    pub packed: Vec<Text>,
}

pub fn generate_with(c: &Content, opts: Options) -> Generated {
    let multi = (opts.app && c.languages.len() > 1).then(|| (c.languages[0], String::new()));
    let mut g = Gen(String::new(), opts.app.then(Vec::new), multi);
    g.0.push_str("// Generated from the content folder by crampcheck-content. Do not edit.\n");
    g.0.push_str("#[allow(unused_imports)]\nuse crampcheck_core::*;\n\n");
    g.0.push_str("pub static CONTENT: Content = Content {\n version: ");
    g.s(c.version);
    g.0.push_str(",\n languages: ");
    g.strs(c.languages);
    g.0.push_str(",\n language_names: &[");
    for (l, name) in c.language_names {
        g.pair(l, name);
    }
    g.0.push_str("],\n translations_reviewed: ");
    g.strs(c.translations_reviewed);
    g.0.push_str(",\n default_region: ");
    g.s(c.default_region);
    g.0.push_str(",\n questions: &[\n");
    c.questions.iter().for_each(|q| g.question(q));
    g.0.push_str(" ],\n rules: &[\n");
    c.rules.iter().for_each(|r| g.rule(r, opts));
    g.0.push_str(" ],\n advice: &[\n");
    g.unless(opts.assessment_only, |g| {
        c.advice.iter().for_each(|a| g.advice(a))
    });
    g.0.push_str(" ],\n levels: &[\n");
    c.levels.iter().for_each(|l| g.level_info(l));
    g.0.push_str(" ],\n sources: &[\n");
    g.unless(opts.assessment_only, |g| {
        c.sources.iter().for_each(|s| g.source(s, opts))
    });
    g.0.push_str(" ],\n regions: &[\n");
    g.unless(opts.assessment_only, |g| {
        c.regions.iter().for_each(|r| g.region(r))
    });
    g.0.push_str(" ],\n messages: &[\n");
    c.messages.iter().for_each(|m| g.message(m, opts));
    g.0.push_str(" ],\n relief_signs: &[\n");
    g.unless(opts.assessment_only, |g| {
        c.relief_signs.iter().for_each(|r| g.relief_sign(r))
    });
    g.0.push_str(" ],\n relief_durations: &[\n");
    g.unless(opts.assessment_only, |g| {
        c.relief_durations.iter().for_each(|d| g.relief_duration(d))
    });
    g.0.push_str(" ],\n};\n\n");
    g.message_keys(c.messages);
    if opts.app {
        let first = g.2.take().map(|(_, f)| f).unwrap_or_default();
        g.0.push_str("\n/// The first load's default-language wordings of the start screen's packed texts.\n");
        g.0.push_str("pub static FIRST_SCREEN: &[(u16, &[(&str, &str)])] = &[");
        g.0.push_str(&first);
        g.0.push_str("];\n");
    }
    Generated {
        code: g.0,
        packed: g.1.unwrap_or_default(),
    }
}

/// One item of each kind, written as a struct literal on its own line.
impl Gen {
    /// Writes `items` unless `omit`; omitted items still number their texts, so the text pack
    /// stays the same pack.
    fn unless(&mut self, omit: bool, items: impl FnOnce(&mut Self)) {
        let mark = self.0.len();
        items(self);
        if omit {
            self.0.truncate(mark);
        }
    }

    fn question(&mut self, q: &Question) {
        self.0.push_str("  Question { id: ");
        self.s(q.id);
        self.0.push_str(", text: ");
        self.text(&q.text);
        self.0.push_str(", hint: ");
        self.text(&q.hint);
        self.0.push_str(", why: ");
        self.text(&q.why);
        self.0.push_str(", short: ");
        self.text(&q.short);
        write!(self.0, ", multiple: {}, options: &[", q.multiple).unwrap();
        for o in q.options {
            self.0.push_str("Choice { id: ");
            self.s(o.id);
            write!(self.0, ", kind: ChoiceKind::{:?}, label: ", o.kind).unwrap();
            self.text(&o.label);
            match o.voice {
                Some(v) => write!(self.0, ", voice: Some(Voice::{v:?})").unwrap(),
                None => self.0.push_str(", voice: None"),
            }
            write!(self.0, ", exclusive: {}", o.exclusive).unwrap();
            self.0.push_str(" },");
        }
        self.0.push_str("], ask_if: ");
        self.clauses(q.ask_if);
        self.0.push_str(" },\n");
    }

    fn rule(&mut self, r: &Rule, opts: Options) {
        self.0.push_str("  Rule { id: ");
        self.s(r.id);
        self.0.push_str(", level: ");
        self.level(r.level);
        self.0.push_str(", finding: ");
        // The "could not load" screen still says why an emergency was found.
        if r.level == Level::Emergency {
            self.inline_text(&r.finding);
        } else {
            self.text(&r.finding);
        }
        self.0.push_str(", when: ");
        self.clauses(r.when);
        self.0.push_str(", unless: ");
        self.clauses(r.unless);
        self.0.push_str(", sources: ");
        self.strs(r.sources);
        self.0.push_str(", status: ");
        self.verification(r.status);
        self.0.push_str(", note: ");
        self.s(if opts.app { "" } else { r.note });
        self.0.push_str(" },\n");
    }

    fn advice(&mut self, a: &Advice) {
        self.0.push_str("  Advice { id: ");
        self.s(a.id);
        write!(
            self.0,
            ", kind: AdviceKind::{:?}, grade: Grade::{:?}, sources: ",
            a.kind, a.grade
        )
        .unwrap();
        self.strs(a.sources);
        self.0.push_str(", title: ");
        self.text(&a.title);
        self.0.push_str(", body: ");
        self.text(&a.body);
        self.0.push_str(", steps: &[");
        for s in a.steps {
            self.text(s);
            self.0.push(',');
        }
        self.0.push_str("], when: ");
        self.clauses(a.when);
        self.0.push_str(", unless: ");
        self.clauses(a.unless);
        self.0.push_str(" },\n");
    }

    fn level_info(&mut self, l: &LevelInfo) {
        self.0.push_str("  LevelInfo { level: ");
        self.level(l.level);
        self.0.push_str(", title: ");
        self.text(&l.title);
        self.0.push_str(", action: ");
        self.text(&l.action);
        self.0.push_str(", by_when: ");
        self.text(&l.by_when);
        self.0.push_str(" },\n");
    }

    fn source(&mut self, s: &Source, opts: Options) {
        self.0.push_str("  Source { id: ");
        self.s(s.id);
        self.0.push_str(", title: ");
        self.text(&s.title);
        self.0.push_str(", url: ");
        self.s(if opts.app { "" } else { s.url });
        self.0.push_str(", status: ");
        self.verification(s.status);
        self.0.push_str(" },\n");
    }

    fn region(&mut self, r: &Region) {
        self.0.push_str("  Region { id: ");
        self.s(r.id);
        self.0.push_str(", name: ");
        self.inline_text(&r.name);
        self.0.push_str(", emergency_number: ");
        self.s(r.emergency_number);
        self.0.push_str(", urgent: ");
        self.inline_text(&r.urgent);
        self.0.push_str(", urgent_number: ");
        self.s(r.urgent_number);
        self.0.push_str(", countries: ");
        self.s(r.countries);
        self.0.push_str(", time_zones: ");
        self.s(r.time_zones);
        self.0.push_str(" },\n");
    }

    fn message(&mut self, m: &Message, opts: Options) {
        self.0.push_str("  Message { key: ");
        // The app looks messages up by the generated index, never by key.
        self.s(if opts.app { "" } else { m.key });
        self.0.push_str(", text: ");
        let group = m.key.split('.').next().unwrap_or("");
        if opts.app && group == FALLBACK_GROUP {
            // Only the build's static fallback pages (crate::fallback) use these.
            self.0.push_str("Text::EMPTY");
        } else if FIRST_SCREEN_GROUPS.contains(&group) {
            self.inline_text(&m.text);
        } else {
            self.text(&m.text);
        }
        self.0.push_str(" },\n");
    }

    fn relief_sign(&mut self, r: &ReliefSign) {
        self.0.push_str("  ReliefSign { id: ");
        self.s(r.id);
        self.0.push_str(", label: ");
        self.text(&r.label);
        self.0.push_str(", rule: ");
        self.s(r.rule);
        self.0.push_str(" },\n");
    }

    fn relief_duration(&mut self, d: &ReliefDuration) {
        self.0.push_str("  ReliefDuration { id: ");
        self.s(d.id);
        self.0.push_str(", label: ");
        self.text(&d.label);
        writeln!(self.0, ", minutes: {} }},", d.minutes).unwrap();
    }

    /// `msg::START_TITLE`: a constant per catalogue key, numbered as the messages are listed.
    fn message_keys(&mut self, messages: &[Message]) {
        self.0.push_str(
            "/// Message catalogue keys.\npub mod msg {\n    use crampcheck_core::MessageKey;\n",
        );
        for (i, m) in messages.iter().enumerate() {
            let name = message_constant(m.key);
            writeln!(
                self.0,
                "    pub const {name}: MessageKey = MessageKey({i});"
            )
            .unwrap();
        }
        self.0.push_str("}\n");
    }
}
