//! Text packs: the web app's long texts (questions, options, findings, advice) in one file per
//! language, fetched when the check or quick relief is first opened, so the first load carries
//! only what the start screen needs.
//!
//! A pack belongs to one build of the content. Its header names the language, the content's pack
//! ID (a hash of the texts) and the number of texts, and a pack that does not match what the app
//! was built with is refused: an old cached file must never put one option's words on another.
//!
//! The file is plain UTF-8 so that it compresses well: a header line, then the texts in order,
//! each a list of `key \u{1f} wording` entries (`en`, `en_they`, ...) joined by `\u{1d}`, texts
//! ending with `\u{1e}`. Content text never contains these control characters (`write` refuses it).

use crate::Text;
use std::fmt;
use std::sync::atomic::{AtomicPtr, Ordering};

const MAGIC: &str = "CRAMPCHECK-TEXT 1";
const TEXT_END: char = '\u{1e}';
const ENTRY_END: char = '\u{1d}';
const KEY_END: char = '\u{1f}';

type Entries = &'static [(&'static str, &'static str)];

/// What the app expects of a pack, written by its build next to the `Text::Packed` numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PackId {
    pub lang: &'static str,
    /// A hash of the pack's texts (also in its file name, so caches never serve an old one).
    pub hash: &'static str,
    /// How many texts the pack holds.
    pub count: usize,
}

/// A pack as the app fetches it: the file beside the app and its subresource-integrity hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PackFile {
    pub id: PackId,
    pub file: &'static str,
    pub integrity: &'static str,
}

/// The pack `lang` needs of a build's `packs`: its own, else the default language's. One pack is
/// enough: the content check makes every declared language complete, so a language's pack has
/// every text (a voice variant it lacks falls back to its plain wording, never to English).
/// The app and its clinic modules both load this.
pub fn needed<'p>(
    packs: &'p [PackFile],
    default: &str,
    lang: &str,
) -> impl Iterator<Item = &'p PackFile> {
    let own = packs.iter().find(|p| p.id.lang == lang);
    own.or_else(|| packs.iter().find(|p| p.id.lang == default))
        .into_iter()
}

/// Why a pack was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackError {
    /// The data does not start with a pack header (an error page, a truncated download).
    NotAPack,
    /// A pack, but for another language or another build of the content.
    Mismatch { expected: String, found: String },
    /// The header's count, or the texts found, differ from the build's.
    Count { expected: usize, found: usize },
    /// Text number `n` has an entry without a key.
    Entry(usize),
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PackError::NotAPack => f.write_str("not a text pack"),
            PackError::Mismatch { expected, found } => {
                write!(f, "text pack {found}, expected {expected}")
            }
            PackError::Count { expected, found } => {
                write!(f, "text pack has {found} texts, expected {expected}")
            }
            PackError::Entry(n) => write!(f, "text {n} of the pack has an entry with no key"),
        }
    }
}

/// FNV-1a, 64 bits, as 16 hex digits: a build identifier, not a security measure (the app fetches
/// packs with a subresource-integrity hash for that).
pub fn hash(data: &str) -> String {
    let h = data.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("{h:016x}")
}

/// Does this entry key belong to `lang` (`en`, or a voiced `en_they`)?
pub fn key_in(key: &str, lang: &str) -> bool {
    key.strip_prefix(lang)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('_'))
}

/// The pack for `lang` of `texts` (inline texts, in `Text::Packed` order) and its hash.
/// Fails, naming the text, when a wording contains one of the pack's separator characters.
pub fn write(texts: &[Text], lang: &str) -> Result<(String, String), String> {
    let mut body = String::new();
    for (n, t) in texts.iter().enumerate() {
        let mut first = true;
        for (key, wording) in t.entries().iter().filter(|(k, _)| key_in(k, lang)) {
            if [key, wording]
                .iter()
                .any(|s| s.contains([TEXT_END, ENTRY_END, KEY_END]))
            {
                return Err(format!("text {n} ({key}) contains a control character"));
            }
            if !first {
                body.push(ENTRY_END);
            }
            first = false;
            body.push_str(key);
            body.push(KEY_END);
            body.push_str(wording);
        }
        body.push(TEXT_END);
    }
    let h = hash(&body);
    Ok((format!("{MAGIC}\t{lang}\t{h}\t{}\n{body}", texts.len()), h))
}

/// Reads a pack, checking it against `expected`; the wordings borrow from `data`.
pub fn parse(data: &'static str, expected: PackId) -> Result<Vec<Entries>, PackError> {
    let (header, body) = data.split_once('\n').ok_or(PackError::NotAPack)?;
    let mut fields = header.split('\t');
    if fields.next() != Some(MAGIC) {
        return Err(PackError::NotAPack);
    }
    let (lang, hash) = (fields.next().unwrap_or(""), fields.next().unwrap_or(""));
    if lang != expected.lang || hash != expected.hash {
        return Err(PackError::Mismatch {
            // (Joined without `format!`: the clinic module reads packs and stays free of it.)
            expected: [expected.lang, " ", expected.hash].concat(),
            found: [lang, " ", hash].concat(),
        });
    }
    let count = fields.next().and_then(|c| c.parse().ok()).unwrap_or(0);
    // Every text ends with its mark, so a download cut short, even inside a wording, is caught.
    let mut texts: Vec<&str> = body.split(TEXT_END).collect();
    // The piece after the last mark: empty when whole, a cut-off text otherwise (not counted).
    texts.pop();
    for found in [count, texts.len()] {
        if found != expected.count {
            return Err(PackError::Count {
                expected: expected.count,
                found,
            });
        }
    }
    texts
        .into_iter()
        .enumerate()
        .map(|(n, t)| {
            let entries = t
                .split(ENTRY_END)
                .filter(|e| !e.is_empty())
                .map(|e| e.split_once(KEY_END).ok_or(PackError::Entry(n)))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(&*Vec::leak(entries))
        })
        .collect()
}

/// The installed packs: their languages, and per text number every installed wording (the first
/// installed language first, which is what `Text::get` falls back to).
struct Installed {
    langs: Vec<&'static str>,
    texts: Vec<Entries>,
}

/// Set once per language and never freed, so readers need no lock: an atomic pointer to the latest
/// (leaked) table is all the web app's code carries.
static INSTALLED: AtomicPtr<Installed> = AtomicPtr::new(std::ptr::null_mut());

fn installed() -> Option<&'static Installed> {
    // SAFETY: the pointer is null or comes from `Box::leak` in `install`, and is never freed.
    unsafe { INSTALLED.load(Ordering::Acquire).as_ref() }
}

/// Checks and installs a pack; installing a language twice changes nothing. The data lives as
/// long as the program (a pack is installed once per language).
pub fn install(data: &'static str, expected: PackId) -> Result<(), PackError> {
    if is_installed(expected.lang) {
        return Ok(());
    }
    let new = parse(data, expected)?;
    loop {
        let old = installed();
        if old.is_some_and(|i| i.langs.contains(&expected.lang)) {
            return Ok(());
        }
        let mut next = Installed {
            langs: old.map(|i| i.langs.clone()).unwrap_or_default(),
            texts: new.clone(),
        };
        next.langs.push(expected.lang);
        if let Some(old) = old {
            for (n, add) in next.texts.iter_mut().enumerate() {
                let before = old.texts.get(n).copied().unwrap_or(&[]);
                *add = Vec::leak([before, add].concat());
            }
        }
        let next: *mut Installed = Box::leak(Box::new(next));
        let expected_ptr = old.map_or(std::ptr::null_mut(), |o| o as *const _ as *mut _);
        // Another thread installing at the same moment (native tests only): try again on top.
        if INSTALLED
            .compare_exchange(expected_ptr, next, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
        {
            return Ok(());
        }
    }
}

pub fn is_installed(lang: &str) -> bool {
    installed().is_some_and(|i| i.langs.contains(&lang))
}

/// The wordings of packed text `n`; none while no pack is installed.
pub fn entries(n: u16) -> Entries {
    installed()
        .and_then(|i| i.texts.get(n as usize).copied())
        .unwrap_or(&[])
}

type FirstScreen = &'static [(u16, Entries)];

/// The default language's wordings of the texts the start screen shows, `(number, wordings)` by
/// number, which the first load carries (set by the app; see `Text::Packed`). An atomic pointer
/// rather than a `OnceLock`, whose machinery the first load would carry.
static FIRST_SCREEN: AtomicPtr<FirstScreen> = AtomicPtr::new(std::ptr::null_mut());

/// Gives the first load's wordings of the start screen's texts (a second call changes nothing).
pub fn set_first_screen(texts: &'static [(u16, Entries)]) {
    let new: *mut FirstScreen = Box::leak(Box::new(texts));
    let _ = FIRST_SCREEN.compare_exchange(
        std::ptr::null_mut(),
        new,
        Ordering::AcqRel,
        Ordering::Acquire,
    );
}

/// The wordings to look `lang` up in for packed text `n`: the installed packs' once `lang`'s is
/// among them; until then the first load's default-language wordings where it has them (so the
/// start screen shows the default language, never another installed one, while a pack loads),
/// else whatever is installed.
pub fn entries_for(n: u16, lang: &str) -> Entries {
    if installed().is_some_and(|i| i.langs.contains(&lang)) {
        return entries(n);
    }
    // SAFETY: null, or from `Box::leak` in `set_first_screen`, and never freed.
    // (A few dozen texts: a plain search is as quick as a binary one, and smaller.)
    let first = unsafe { FIRST_SCREEN.load(Ordering::Acquire).as_ref() }
        .and_then(|t| t.iter().find(|(k, _)| *k == n))
        .map(|(_, e)| *e);
    first.unwrap_or_else(|| entries(n))
}
