//! `texts LANG`: every user-visible text of the content in one language beside the default
//! language's, where it lives, for translators and the clinicians who review a translation.
//!
//! The walk is the content check's (`check::texts`: every text it checks), plus the diary's.

use crampcheck_content::check::{self, Place};
use crampcheck_content::error::Item;
use crampcheck_content::Loaded;
use crampcheck_core::{Text, Voice};
use serde_json::{json, Value};
use std::io::{self, Write};
use std::process::ExitCode;

/// Every user-visible text with where it lives: the content check's walk
/// (`crampcheck_content::check::texts`), then the cramp diary's.
fn places(l: &Loaded) -> Vec<Place> {
    let mut out = check::texts(l);
    let mut push = |file: &str, item: &Item, field: &str, text: Text| {
        out.push(Place {
            file: file.to_string(),
            item: item.clone(),
            field: field.to_string(),
            text,
        })
    };
    diary_places(l, &mut push);
    out
}

/// The cramp diary's rules (content/diary.toml, read by the diary's own loader): their findings
/// and prompts, and the prompts for a last self-check at a higher level. A file that does not load
/// lists nothing here; `check` says why.
fn diary_places(l: &Loaded, push: &mut impl FnMut(&str, &Item, &str, Text)) {
    let file = l.file("diary.toml");
    let Ok(text) = std::fs::read_to_string(l.root.join("diary.toml")) else {
        return;
    };
    let Ok(rules) = crampcheck_diary::rules::load(&text) else {
        return;
    };
    // The CLI runs once: the leaked wordings live as long as it does.
    let text_of = |t: &crampcheck_diary::Texts| {
        let pairs: Vec<(&'static str, &'static str)> = t
            .entries()
            .iter()
            .map(|(l, w)| (&*l.clone().leak(), &*w.clone().leak()))
            .collect();
        Text::Inline(pairs.leak())
    };
    for r in &rules {
        let item = Item::named(format!("diary rule '{}'", r.id));
        push(&file, &item, "finding", text_of(&r.finding));
        push(&file, &item, "prompt", text_of(&r.prompt));
    }
    diary_words(l, push);
    // Each level's raised words once (every rule carries a copy).
    let mut seen = Vec::new();
    for (level, t) in rules.iter().flat_map(|r| &r.raised) {
        if !seen.contains(level) {
            seen.push(*level);
            let item = Item::named(format!("raised {}", level.name()));
            push(&file, &item, "prompt", text_of(t));
        }
    }
}

/// The diary screen's words (content/diary_words.toml), each key beside the default language's.
fn diary_words(l: &Loaded, push: &mut impl FnMut(&str, &Item, &str, Text)) {
    let file = l.file("diary_words.toml");
    let Ok(text) = std::fs::read_to_string(l.root.join("diary_words.toml")) else {
        return;
    };
    let Ok(words) = crampcheck_diary::words::load(&text, l.content.languages) else {
        return;
    };
    let Some((_, default)) = words.0.first() else {
        return;
    };
    for key in default.keys() {
        let pairs: Vec<(&'static str, &'static str)> = words
            .0
            .iter()
            .filter_map(|(lang, t)| Some((&*lang.clone().leak(), &*t.get(key)?.clone().leak())))
            .collect();
        push(
            &file,
            &Item::named("diary screen".to_string()),
            key,
            Text::Inline(pairs.leak()),
        );
    }
}

/// One wording in `lang` beside the default language's.
struct Entry<'p> {
    place: &'p Place,
    /// `es`, or `es_they` / `es_child` for a voice variant.
    key: String,
    /// The default language's key for the same voice: `en`, `en_they`.
    default_key: String,
    default: Option<&'static str>,
    text: Option<&'static str>,
    /// What the app shows where `text` is missing: the key it falls back to.
    fallback: String,
    /// The same for `default`.
    default_fallback: String,
}

/// The wording under exactly `key` (no fallback, unlike `Text::get`).
fn wording(t: &Text, key: &str) -> Option<&'static str> {
    t.entries()
        .iter()
        .find(|(k, w)| *k == key && !w.is_empty())
        .map(|(_, w)| *w)
}

/// The plain wording, then each voice variant either language has ("they", then "child").
fn entries<'p>(places: &'p [Place], default: &str, lang: &str) -> Vec<Entry<'p>> {
    let mut out = Vec::new();
    for place in places {
        for voice in Voice::ALL {
            let suffix = match voice {
                Voice::Own => String::new(),
                v => format!("_{}", v.as_str()),
            };
            let (default_key, key) = (format!("{default}{suffix}"), format!("{lang}{suffix}"));
            let (d, t) = (
                wording(&place.text, &default_key),
                wording(&place.text, &key),
            );
            if d.is_none() && t.is_none() {
                continue;
            }
            // What the app shows instead, as `Text::voiced` falls back: a child wording to the
            // "they" wording, any variant to the plain one, a plain wording to the default's.
            let fallback = |l: &str| match voice {
                Voice::Own => default.to_string(),
                Voice::They => l.to_string(),
                Voice::Child => match wording(&place.text, &format!("{l}_they")) {
                    Some(_) => format!("{l}_they"),
                    None => l.to_string(),
                },
            };
            out.push(Entry {
                place,
                key,
                default_key,
                default: d,
                text: t,
                default_fallback: fallback(default),
                fallback: fallback(lang),
            });
        }
    }
    out
}

/// `texts LANG`: exit 2 naming the declared languages when `lang` is not one of them.
pub fn run(l: &Loaded, lang: Option<&str>, json: bool) -> ExitCode {
    let c = l.content;
    let declared = c.languages.join(", ");
    let Some(lang) = lang else {
        eprintln!(
            "error: texts needs a language (declared in {}: {declared})",
            l.meta_file()
        );
        return ExitCode::from(2);
    };
    if !c.languages.contains(&lang) {
        eprintln!(
            "error: unknown language '{lang}' (declared in {}: {declared})",
            l.meta_file()
        );
        return ExitCode::from(2);
    }
    let default = c.languages[0];
    let places = places(l);
    let list = entries(&places, default, lang);
    let out = &mut std::io::stdout().lock();
    let written = if json {
        print_json(out, &list)
    } else {
        print_list(out, &list, default, lang)
    };
    // `texts es | head`, or a pager closed early, ends quietly.
    match written {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("error: cannot write the list: {e}");
            ExitCode::from(1)
        }
        _ => ExitCode::SUCCESS,
    }
}

/// An array of `{file, item, field, key, default, text}`; `default` or `text` is null where that
/// language has no wording.
fn print_json(out: &mut impl Write, list: &[Entry]) -> io::Result<()> {
    let v: Vec<Value> = list
        .iter()
        .map(|e| {
            json!({
                "file": e.place.file,
                "item": e.place.item.to_string(),
                "field": e.place.field,
                "key": e.key,
                "default": e.default,
                "text": e.text,
            })
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &v)?;
    writeln!(out)
}

/// One block per entry (`file: item: field`, then the default language's wording and `lang`'s),
/// and a count at the end.
fn print_list(out: &mut impl Write, list: &[Entry], default: &str, lang: &str) -> io::Result<()> {
    let (mut same, mut missing) = (0, 0);
    for e in list {
        let p = e.place;
        writeln!(out, "{}: {}: {}", p.file, p.item, p.field)?;
        match e.default {
            Some(d) => writeln!(out, "  {}: {d}", e.default_key)?,
            None => writeln!(
                out,
                "  {}: [NONE: the app shows the {} wording]",
                e.default_key, e.default_fallback
            )?,
        }
        match e.text {
            None => {
                missing += 1;
                writeln!(
                    out,
                    "  {}: [MISSING: the app shows the {} wording]",
                    e.key, e.fallback
                )?;
            }
            Some(t) if lang != default && e.default == Some(t) => {
                same += 1;
                writeln!(out, "  {}: [SAME AS {default}] {t}", e.key)?;
            }
            Some(t) => writeln!(out, "  {}: {t}", e.key)?,
        }
        writeln!(out)?;
    }
    if lang == default {
        writeln!(out, "{lang}: {} texts (the default language)", list.len())
    } else {
        writeln!(
            out,
            "{lang}: {} texts, {same} the same as {default}, {missing} missing",
            list.len()
        )
    }
}
