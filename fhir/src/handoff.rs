//! What the app has already worked out about a check (the asked questions with their words, the
//! chosen options, the level and the rules that fired), in a form the summary's clinic module
//! reads without the content or the assessment compiled in: that module only writes it out, as a
//! QR code's text and as a QuestionnaireResponse. The app writes it as one string with
//! [`encode`]; the tools and tests build it the same way, so every response file is written from
//! a `Handoff`.

use crampcheck_core::template::fill;
use crampcheck_core::{Answers, Assessment, ChoiceKind, Content, Text};

/// One text in the languages the file carries: `(language, words)`, the content's default
/// language first.
pub type Words = Vec<(String, String)>;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Handoff {
    /// The content version the answers were given under.
    pub version: String,
    /// The language the person used (the QR code's text is in it).
    pub lang: String,
    /// Were the questions over?
    pub complete: bool,
    /// The level's code (`EMERGENCY`…) and its title, or `None` before there is one.
    pub level: Option<(String, Words)>,
    /// Every rule that fired, most urgent first, and whether it decided the level.
    pub rules: Vec<(String, bool)>,
    /// The questions asked, in order, with the answers given.
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Item {
    pub id: String,
    pub text: Words,
    /// The short form the summary's answer table uses.
    pub short: Words,
    pub answers: Vec<Chosen>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Chosen {
    pub id: String,
    pub label: Words,
    /// Does it report something (a finding or "not sure"), rather than "none of these"?
    pub reports: bool,
}

/// Ends each encoded field; never in the content's texts (a text holding one would make the
/// string unreadable, and the module would say it could not make the file, not misread it).
pub const SEP: char = '\u{1f}';

impl Handoff {
    /// The hand-off for `answers` under `content`: see [`encode`].
    pub fn new(
        content: &'static Content,
        answers: &Answers,
        a: &Assessment,
        lang: &str,
        number: &str,
    ) -> Handoff {
        Handoff::decode(&encode(
            content,
            answers,
            a,
            (content.languages[0], lang),
            number,
        ))
        .unwrap_or_default()
    }

    /// Reads [`encode`]'s string back, with the region's number filled into every text; `None`
    /// if it is not such a string.
    pub fn decode(s: &str) -> Option<Handoff> {
        let mut r = Reader(s.strip_suffix(SEP)?.split(SEP));
        let version = r.text()?;
        let default = r.text()?;
        let lang = r.text()?;
        let number = r.text()?;
        let complete = r.flag()?;
        let words = |r: &mut Reader| -> Option<Words> {
            let filled = |w: &str| fill(w, &[("number", &number)]);
            let mut w = vec![(default.clone(), filled(r.0.next()?))];
            let own = r.0.next()?;
            if !own.is_empty() {
                w.push((lang.clone(), filled(own)));
            }
            Some(w)
        };
        let code = r.text()?;
        let level = if code.is_empty() {
            None
        } else {
            Some((code, words(&mut r)?))
        };
        let rules = r.list(|r| Some((r.text()?, r.flag()?)))?;
        let items = r.list(|r| {
            Some(Item {
                id: r.text()?,
                text: words(r)?,
                short: words(r)?,
                answers: r.list(|r| {
                    Some(Chosen {
                        id: r.text()?,
                        label: words(r)?,
                        reports: r.flag()?,
                    })
                })?,
            })
        })?;
        // Anything left over means the string was not written by this version's `encode`.
        r.0.next().is_none().then_some(Handoff {
            version,
            lang,
            complete,
            level,
            rules,
            items,
        })
    }
}

/// The hand-off for `answers` under `content`, written straight to the string the app hands over
/// (so the app carries no [`Handoff`] and no JSON): each text in `langs.0`, the file's first
/// language (the content's default, unless the app has only the person's language at hand) and,
/// where its wording differs, in `langs.1`, the person's; `number` is the region's emergency
/// number, for the texts that name it. [`Handoff::decode`] reads it.
pub fn encode(
    content: &'static Content,
    answers: &Answers,
    a: &Assessment,
    (default, lang): (&str, &str),
    number: &str,
) -> String {
    let mut out = String::new();
    let put = |out: &mut String, s: &str| {
        out.push_str(s);
        out.push(SEP);
    };
    // Two fields a text: the default wording, then the person's ("" when it is the same).
    let text = |out: &mut String, t: &Text| {
        let (d, own) = (t.get(default), t.get(lang));
        put(out, d);
        put(out, if own == d { "" } else { own });
    };
    let flag = |b: bool| if b { "1" } else { "0" };
    for field in [
        content.version,
        default,
        lang,
        number,
        flag(a.is_complete()),
    ] {
        put(&mut out, field);
    }
    match a.level {
        Some(l) => {
            put(&mut out, l.name());
            text(
                &mut out,
                &content.level_info(l).map_or(Text::EMPTY, |i| i.title),
            );
        }
        None => put(&mut out, ""),
    }
    put(&mut out, &a.fired.len().to_string());
    for r in &a.fired {
        put(&mut out, r.rule.id);
        put(&mut out, flag(Some(r.rule.level) == a.level));
    }
    put(&mut out, &a.asked.len().to_string());
    for q in &a.asked {
        put(&mut out, q.id);
        text(&mut out, &q.text);
        text(&mut out, &q.short);
        let chosen: Vec<_> = answers
            .get(q.id)
            .unwrap_or(&[])
            .iter()
            .filter_map(|o| q.option(o))
            .collect();
        put(&mut out, &chosen.len().to_string());
        for o in chosen {
            put(&mut out, o.id);
            text(&mut out, &o.label);
            put(&mut out, flag(o.kind != ChoiceKind::None));
        }
    }
    out
}

/// `words` in `lang`, else in the default language (the first).
pub fn in_lang<'a>(words: &'a Words, lang: &str) -> &'a str {
    words
        .iter()
        .find(|(l, _)| l == lang)
        .or(words.first())
        .map_or("", |(_, w)| w)
}

/// A number in decimal, without `format!` (whose machinery would be a large part of the clinic
/// module).
pub fn decimal(n: usize) -> String {
    let mut digits = Vec::new();
    let mut n = n;
    loop {
        digits.push(b'0' + (n % 10) as u8);
        n /= 10;
        if n == 0 {
            break;
        }
    }
    digits.iter().rev().map(|&d| char::from(d)).collect()
}

struct Reader<'a>(std::str::Split<'a, char>);

impl Reader<'_> {
    fn text(&mut self) -> Option<String> {
        self.0.next().map(Into::into)
    }
    fn flag(&mut self) -> Option<bool> {
        match self.0.next()? {
            "1" => Some(true),
            "0" => Some(false),
            _ => None,
        }
    }
    fn list<T>(&mut self, mut each: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let n: usize = self.0.next()?.parse().ok()?;
        // A count larger than what is left cannot be real; stop before allocating for it.
        (0..n.min(1 << 12)).map(|_| each(self)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_is_its_default_wording_and_the_persons_own_if_it_differs() {
        let s = [
            "1",
            "en",
            "es",
            "112",
            "1",
            "EMERGENCY",
            "Call {number}",
            "Llame al {number}",
            "0",
            "1",
            "q",
            "Q?",
            "",
            "Q",
            "",
            "0",
            "",
        ]
        .join("\u{1f}");
        let h = Handoff::decode(&s).expect("reads");
        let title = &h.level.as_ref().unwrap().1;
        assert_eq!(
            title,
            &vec![
                ("en".into(), "Call 112".into()),
                ("es".into(), "Llame al 112".into())
            ]
        );
        assert_eq!(in_lang(title, "es"), "Llame al 112");
        assert_eq!(in_lang(&h.items[0].text, "es"), "Q?");
        assert_eq!(h.items[0].text.len(), 1);
        // Without the last separator, or with a field more, it is not a hand-off.
        assert_eq!(Handoff::decode(s.strip_suffix('\u{1f}').unwrap()), None);
        assert_eq!(Handoff::decode(&[s.as_str(), "x\u{1f}"].concat()), None);
    }

    #[test]
    fn numbers_are_written_in_decimal() {
        for n in [0, 7, 10, 99, 100, 4096, usize::MAX] {
            assert_eq!(decimal(n), n.to_string());
        }
    }
}
