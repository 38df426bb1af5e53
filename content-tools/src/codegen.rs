//! Writes checked content as Rust statics, so the web app embeds it with no parser in the wasm.

use crampcheck_core::*;
use std::fmt::Write;

/// The generated source, and in app mode the texts it numbers with `Text::Packed`.
struct Gen(String, Option<Vec<Text>>);

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
    fn inline_text(&mut self, t: &Text) {
        self.0.push_str("Text::Inline(&[");
        for (l, v) in t.entries() {
            self.0.push('(');
            self.s(l);
            self.0.push(',');
            self.s(v);
            self.0.push_str("),");
        }
        self.0.push_str("])");
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
}

/// Message groups (`[en.start]`...) that the app shows before any text pack can load: the start
/// screen, the emergency bar, the footer, notices and the "loading" screen. The rest of the
/// catalogue is packed with the content's texts.
pub const FIRST_SCREEN_GROUPS: [&str; 5] = ["emergency", "start", "texts", "notice", "footer"];

/// Generated source, and the texts that `Text::Packed(n)` numbers (empty unless `Options::app`).
pub struct Generated {
    pub code: String,
    pub packed: Vec<Text>,
}

pub fn generate_with(c: &Content, opts: Options) -> Generated {
    let mut g = Gen(String::new(), opts.app.then(Vec::new));
    g.0.push_str("// Generated from the content folder by crampcheck-content. Do not edit.\n");
    g.0.push_str("#[allow(unused_imports)]\nuse crampcheck_core::*;\n\n");
    g.0.push_str("pub static CONTENT: Content = Content {\n version: ");
    g.s(c.version);
    g.0.push_str(",\n languages: ");
    g.strs(c.languages);
    g.0.push_str(",\n default_region: ");
    g.s(c.default_region);
    g.0.push_str(",\n questions: &[\n");
    for q in c.questions {
        g.0.push_str("  Question { id: ");
        g.s(q.id);
        g.0.push_str(", text: ");
        g.text(&q.text);
        g.0.push_str(", hint: ");
        g.text(&q.hint);
        g.0.push_str(", why: ");
        g.text(&q.why);
        g.0.push_str(", short: ");
        g.text(&q.short);
        write!(g.0, ", multiple: {}, options: &[", q.multiple).unwrap();
        for o in q.options {
            g.0.push_str("Choice { id: ");
            g.s(o.id);
            write!(g.0, ", kind: ChoiceKind::{:?}, label: ", o.kind).unwrap();
            g.text(&o.label);
            match o.voice {
                Some(v) => write!(g.0, ", voice: Some(Voice::{v:?})").unwrap(),
                None => g.0.push_str(", voice: None"),
            }
            g.0.push_str(" },");
        }
        g.0.push_str("], ask_if: ");
        g.clauses(q.ask_if);
        g.0.push_str(" },\n");
    }
    g.0.push_str(" ],\n rules: &[\n");
    for r in c.rules {
        g.0.push_str("  Rule { id: ");
        g.s(r.id);
        g.0.push_str(", level: ");
        g.level(r.level);
        g.0.push_str(", finding: ");
        if r.level == Level::Emergency {
            g.inline_text(&r.finding);
        } else {
            g.text(&r.finding);
        }
        g.0.push_str(", when: ");
        g.clauses(r.when);
        g.0.push_str(", unless: ");
        g.clauses(r.unless);
        g.0.push_str(", sources: ");
        g.strs(r.sources);
        g.0.push_str(", status: ");
        g.verification(r.status);
        g.0.push_str(", note: ");
        g.s(if opts.app { "" } else { r.note });
        g.0.push_str(" },\n");
    }
    g.0.push_str(" ],\n advice: &[\n");
    for a in c.advice {
        g.0.push_str("  Advice { id: ");
        g.s(a.id);
        write!(
            g.0,
            ", kind: AdviceKind::{:?}, grade: Grade::{:?}, sources: ",
            a.kind, a.grade
        )
        .unwrap();
        g.strs(a.sources);
        g.0.push_str(", title: ");
        g.text(&a.title);
        g.0.push_str(", body: ");
        g.text(&a.body);
        g.0.push_str(", steps: &[");
        for s in a.steps {
            g.text(s);
            g.0.push(',');
        }
        g.0.push_str("], when: ");
        g.clauses(a.when);
        g.0.push_str(", unless: ");
        g.clauses(a.unless);
        g.0.push_str(" },\n");
    }
    g.0.push_str(" ],\n levels: &[\n");
    for l in c.levels {
        g.0.push_str("  LevelInfo { level: ");
        g.level(l.level);
        g.0.push_str(", title: ");
        g.text(&l.title);
        g.0.push_str(", action: ");
        g.text(&l.action);
        g.0.push_str(", by_when: ");
        g.text(&l.by_when);
        g.0.push_str(" },\n");
    }
    g.0.push_str(" ],\n sources: &[\n");
    for s in c.sources {
        g.0.push_str("  Source { id: ");
        g.s(s.id);
        g.0.push_str(", title: ");
        g.text(&s.title);
        g.0.push_str(", url: ");
        g.s(if opts.app { "" } else { s.url });
        g.0.push_str(", status: ");
        g.verification(s.status);
        g.0.push_str(" },\n");
    }
    g.0.push_str(" ],\n regions: &[\n");
    for r in c.regions {
        g.0.push_str("  Region { id: ");
        g.s(r.id);
        g.0.push_str(", name: ");
        g.inline_text(&r.name);
        g.0.push_str(", emergency_number: ");
        g.s(r.emergency_number);
        g.0.push_str(", urgent: ");
        g.inline_text(&r.urgent);
        g.0.push_str(", urgent_number: ");
        g.s(r.urgent_number);
        g.0.push_str(", countries: ");
        g.strs(r.countries);
        g.0.push_str(", time_zones: ");
        g.strs(r.time_zones);
        g.0.push_str(" },\n");
    }
    g.0.push_str(" ],\n messages: &[\n");
    for m in c.messages {
        g.0.push_str("  Message { key: ");
        // The app looks messages up by the generated index, never by key.
        g.s(if opts.app { "" } else { m.key });
        g.0.push_str(", text: ");
        let group = m.key.split('.').next().unwrap_or("");
        if FIRST_SCREEN_GROUPS.contains(&group) {
            g.inline_text(&m.text);
        } else {
            g.text(&m.text);
        }
        g.0.push_str(" },\n");
    }
    g.0.push_str(" ],\n relief_signs: &[\n");
    for r in c.relief_signs {
        g.0.push_str("  ReliefSign { id: ");
        g.s(r.id);
        g.0.push_str(", label: ");
        g.text(&r.label);
        g.0.push_str(", rule: ");
        g.s(r.rule);
        g.0.push_str(" },\n");
    }
    g.0.push_str(" ],\n relief_durations: &[\n");
    for d in c.relief_durations {
        g.0.push_str("  ReliefDuration { id: ");
        g.s(d.id);
        g.0.push_str(", label: ");
        g.text(&d.label);
        write!(g.0, ", minutes: {} }},\n", d.minutes).unwrap();
    }
    g.0.push_str(" ],\n};\n\n/// Message catalogue keys.\npub mod msg {\n    use crampcheck_core::MessageKey;\n");
    for (i, m) in c.messages.iter().enumerate() {
        let name = message_constant(m.key);
        writeln!(g.0, "    pub const {name}: MessageKey = MessageKey({i});").unwrap();
    }
    g.0.push_str("}\n");
    Generated {
        code: g.0,
        packed: g.1.unwrap_or_default(),
    }
}
