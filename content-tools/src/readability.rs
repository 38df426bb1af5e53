//! Plain-language measures for patient-facing English: word and sentence splitting, an English
//! syllable estimate, the Flesch-Kincaid grade, and a whole-word term search.
//!
//! Everything here is a heuristic tuned for short, plain health text (questions, hints, advice),
//! not a linguistic model. The aim is to flag text that is clearly too hard, so a count that is off
//! by one on an odd word is fine; what matters is that common medical and everyday words land on
//! the right side of "easy" and "hard".

/// Both the ASCII apostrophe and the typographic one (U+2019), because copy pasted from a word
/// processor arrives with the latter and "you’re" must still be one word.
fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// ASCII hyphen and the Unicode hyphen (U+2010). Dashes are left out on purpose: "10–15" is a
/// range and "rest – then stretch" is a pause, both of which separate words rather than join them.
fn is_hyphen(c: char) -> bool {
    c == '-' || c == '\u{2010}'
}

/// Words in `text`: runs of letters/digits/apostrophes/hyphen-joined parts; numbers like "10" and
/// "38.5" count as words; "°C" and punctuation do not.
pub fn words(text: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, first) = chars[i];
        if !first.is_alphanumeric() {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while let Some(c) = at(j) {
            if c.is_alphanumeric() {
                j += 1;
                continue;
            }
            // A joiner only counts when a word character follows it, so a trailing
            // "patients'" or "well-" keeps its punctuation out of the word.
            let prev = chars[j - 1].1;
            let next = at(j + 1);
            let joins = match c {
                c if is_apostrophe(c) || is_hyphen(c) => next.is_some_and(char::is_alphanumeric),
                // Decimal points and thousands separators sit between digits only; elsewhere a
                // full stop or comma ends the word.
                '.' | ',' => prev.is_numeric() && next.is_some_and(char::is_numeric),
                _ => false,
            };
            if !joins {
                break;
            }
            j += 2;
        }
        let end = chars.get(j).map_or(text.len(), |&(b, _)| b);
        // The unit letter of "38.5°C" is read as part of the number ("degrees"), not as a word,
        // and counting it would make temperature advice look like it had extra short words.
        let is_unit = first.is_alphabetic() && i > 0 && chars[i - 1].1 == '°';
        if !is_unit {
            out.push(&text[start..end]);
        }
        i = j;
    }
    out
}

pub fn word_count(text: &str) -> usize {
    words(text).len()
}

/// English syllable estimate for one word. Digit groups ("10", "38.5") count as one syllable each;
/// letter parts use the vowel-group heuristic below; hyphenated parts are counted separately and
/// added. A word always has at least one syllable; a string with no letters or digits has none.
pub fn syllables(word: &str) -> usize {
    let mut total = 0;
    let mut letters = String::new();
    let mut in_number = false;
    let flush = |letters: &mut String, total: &mut usize| {
        if letters.chars().any(char::is_alphabetic) {
            *total += letters_syllables(letters);
        }
        letters.clear();
    };
    for c in word.chars() {
        if c.is_numeric() {
            flush(&mut letters, &mut total);
            if !in_number {
                total += 1;
                in_number = true;
            }
        } else if c.is_alphabetic() || is_apostrophe(c) {
            in_number = false;
            letters.push(c);
        } else if (c == '.' || c == ',') && in_number {
            // Still inside "38.5" or "1,000": one number, one count.
        } else {
            in_number = false;
            flush(&mut letters, &mut total);
        }
    }
    flush(&mut letters, &mut total);
    total
}

/// Words the rules below get clearly wrong and that turn up in health text. Kept short on purpose:
/// each entry is a word whose spelling contradicts a rule that is right for most other words.
const SYLLABLE_EXCEPTIONS: &[(&str, usize)] = &[
    // "-tes" is silent in "minutes" and "notes" but spoken in "di-a-be-tes".
    ("diabetes", 4),
    ("herpes", 2),
    ("people", 2),
    ("business", 2),
    ("someone", 2),
    ("everyone", 3),
    ("element", 3),
    ("elements", 3),
    ("safety", 2),
    ("fluid", 2),
    ("fluids", 2),
    // "ch" spoken as "k", so the "-es" is silent as after any other consonant.
    ("aches", 1),
    ("headaches", 2),
];

/// Syllables of a run of letters and apostrophes (no digits, no hyphens).
fn letters_syllables(raw: &str) -> usize {
    let Some(apos) = raw.find(is_apostrophe) else {
        return base_syllables(raw);
    };
    let base = &raw[..apos];
    let tail: String = raw[apos..]
        .chars()
        .filter(|&c| !is_apostrophe(c))
        .collect::<String>()
        .to_lowercase();
    if !base.chars().any(char::is_alphabetic) {
        // Leading-apostrophe forms like "'em": nothing to split off, count the letters.
        return core_syllables(&tail);
    }
    let lower = base.to_lowercase();
    // Most contractions add no syllable ("you're", "we've", "don't"), but a few are spoken as an
    // extra beat after a consonant: "is-n't", "it-'ll", "nurse-'s".
    let ends_consonant = lower
        .chars()
        .last()
        .is_some_and(|c| !is_vowel_letter(c) && c != 'y');
    let extra = match tail.as_str() {
        "t" if lower.ends_with('n') => {
            let before_n = lower[..lower.len() - 1].chars().last();
            usize::from(before_n.is_some_and(|c| !is_vowel_letter(c)))
        }
        "ll" => usize::from(ends_consonant),
        "s" => usize::from(
            ["s", "x", "z", "ch", "sh", "ce", "se", "ge"]
                .iter()
                .any(|e| lower.ends_with(e)),
        ),
        _ => 0,
    };
    base_syllables(base) + extra
}

/// Syllables of a run of letters, in its original case.
fn base_syllables(raw: &str) -> usize {
    // Initialisms with no vowel ("GP", "NHS", "CPR") are read letter by letter, and each letter
    // name is one syllable except "double-u". Case is the only clue that "NHS" is not a word.
    if raw.chars().count() >= 2
        && raw.chars().all(char::is_uppercase)
        && !raw.to_lowercase().chars().any(is_vowel_letter)
    {
        return raw.chars().map(|c| if c == 'W' { 3 } else { 1 }).sum();
    }
    core_syllables(&raw.to_lowercase())
}

fn is_vowel_letter(c: char) -> bool {
    matches!(
        c,
        'a' | 'e'
            | 'i'
            | 'o'
            | 'u'
            | 'à'
            | 'á'
            | 'â'
            | 'ä'
            | 'è'
            | 'é'
            | 'ê'
            | 'ë'
            | 'ì'
            | 'í'
            | 'î'
            | 'ï'
            | 'ò'
            | 'ó'
            | 'ô'
            | 'ö'
            | 'ù'
            | 'ú'
            | 'û'
            | 'ü'
    )
}

/// The vowel-group count with corrections, for a lowercase word of letters only.
fn core_syllables(w: &str) -> usize {
    let w: String = w.chars().filter(|c| c.is_alphabetic()).collect();
    if w.is_empty() {
        return 0;
    }
    if let Some(&(_, n)) = SYLLABLE_EXCEPTIONS.iter().find(|(x, _)| *x == w) {
        return n;
    }
    // Suffixes that are always one beat are counted apart from their stem, so the stem's own
    // rules still apply: "move-ment" keeps the silent "e" of "move", "tired-ness" the silent "-ed"
    // of "tired", "care-ful-ly" both. The stem must have a vowel so "fly" and "bless" stay whole.
    for suffix in ["ments", "ment", "ness", "less", "ful", "ly"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            if stem.len() >= 2 && stem.chars().any(is_vowel_letter) {
                return core_syllables(stem) + 1;
            }
        }
    }
    let word = Word::new(&w);
    let count = word.vowel_groups();
    let count = word.less_silent_endings(count);
    let count = word.plus_spoken_endings(count);
    word.less_compound_e(count).max(1)
}

/// A word's letters and which of them sound as vowels, for the syllable rules.
struct Word<'w> {
    w: &'w str,
    c: Vec<char>,
    vowel: Vec<bool>,
}

impl<'w> Word<'w> {
    /// Which letters sound as vowels here. "y" is a consonant at the start ("you") and after a
    /// vowel ("day", "stayed"), a vowel elsewhere ("every", "crying"). "u" after "q" is the "w"
    /// sound of "quite".
    fn new(w: &'w str) -> Self {
        let c: Vec<char> = w.chars().collect();
        let vowel = (0..c.len())
            .map(|i| match c[i] {
                'y' => i > 0 && !is_vowel_letter(c[i - 1]),
                'u' if i > 0 && c[i - 1] == 'q' => false,
                x => is_vowel_letter(x),
            })
            .collect();
        Word { w, c, vowel }
    }

    fn n(&self) -> usize {
        self.c.len()
    }
    fn ch(&self, i: usize) -> char {
        self.c.get(i).copied().unwrap_or(' ')
    }
    fn ends(&self, s: &str) -> bool {
        self.w.ends_with(s)
    }
    fn is_v(&self, i: usize) -> bool {
        i < self.n() && self.vowel[i]
    }
    fn cons(&self, i: usize) -> bool {
        i < self.n() && !self.vowel[i]
    }
    /// A consonant (or a vowel "y") right before a final letter pattern: where the "e" is silent.
    fn cons_or_y(&self, i: usize) -> bool {
        i < self.n() && (!self.vowel[i] || self.c[i] == 'y')
    }

    /// One beat per group of vowel sounds.
    fn vowel_groups(&self) -> usize {
        (0..self.n())
            .filter(|&i| self.vowel[i] && (i == 0 || !self.vowel[i - 1] || self.hiatus(i)))
            .count()
    }

    /// Two adjacent vowels are normally one sound ("ea" in "breath"), but some pairs are two
    /// beats. Each case below is a pattern common in health words; the letters listed as
    /// exceptions are where the pair collapses into a "sh"/"y"/"j" sound instead ("special",
    /// "million", "surgeon").
    fn hiatus(&self, i: usize) -> bool {
        let (c, n) = (&self.c, self.n());
        let ch = |i: usize| self.ch(i);
        let (a, b) = (c[i - 1], c[i]);
        let before = if i >= 2 { ch(i - 2) } else { ' ' };
        // "cry-ing", "an-y-one": a vowel "y" always closes its beat.
        if a == 'y' {
            return true;
        }
        match (a, b) {
            // di-a-be-tes, bac-te-ri-a; but spe-cial, ini-tial, A-sia.
            ('i', 'a') => !matches!(before, 'c' | 't' | 's'),
            // ra-di-o, se-ri-ous, bi-op-sy; but lo-tion, vi-sion, mil-lion, o-pin-ion, re-gion.
            ('i', 'o') => !matches!(before, 'c' | 't' | 's' | 'x' | 'g' | 'l' | 'n'),
            // cal-ci-um, so-di-um.
            ('i', 'u') => true,
            // di-et, qui-et, anx-i-e-ty; ear-li-er, eas-i-est; in-gre-di-ent, but pa-tient.
            ('i', 'e') => {
                ch(i + 1) == 't'
                    || (ch(i + 1) == 'n'
                        && matches!(ch(i + 2), 't' | 'c')
                        && !matches!(before, 'c' | 't'))
                    || (n > 4 && (i + 2 == n && ch(i + 1) == 'r') && self.cons(i.wrapping_sub(2)))
                    || (n > 5 && i + 3 == n && ch(i + 1) == 's' && ch(i + 2) == 't')
            }
            // u-su-al, sit-u-a-tion; but lan-guage, guard.
            ('u', 'a') => before != 'g',
            // fu-el, in-flu-ence; but tis-sue, guess.
            ('u', 'e') => matches!(ch(i + 1), 'n' | 'l') && before != 'g',
            // vid-e-o, os-te-o-po-ro-sis; but sur-geon, gor-geous, her-ba-ceous.
            ('e', 'o') => !matches!(before, 'g' | 'c'),
            // mu-se-um.
            ('e', 'u') => i + 2 == n && ch(i + 1) == 'm',
            // ar-e-a, i-de-a: a final "ea" after another vowel sound; "tea" and "sea" stay one.
            ('e', 'a') => i + 1 == n && (0..i.saturating_sub(1)).any(|j| self.is_v(j)),
            _ => false,
        }
    }

    /// Endings whose vowels make no beat of their own.
    fn less_silent_endings(&self, mut count: usize) -> usize {
        let (c, n) = (&self.c, self.n());
        // Silent final "e": "pale", "urine", "bye". Kept after a consonant + "l"/"r" because there
        // the "e" carries the beat: "mus-cle", "lit-tle", "cen-tre", "li-tre".
        if n >= 2 && c[n - 1] == 'e' && self.cons_or_y(n - 2) {
            let syllabic =
                matches!(c[n - 2], 'l' | 'r') && n >= 3 && self.cons(n - 3) && c[n - 3] != c[n - 2];
            if !syllabic {
                count = count.saturating_sub(1);
            }
        }
        // "-que", "-gue": "u" and "e" are both silent ("u-nique", "fa-tigue", "tongue"), except
        // where the "u" is spoken after a consonant cluster ("ar-gue").
        if self.ends("que") || (self.ends("gue") && n >= 4 && (self.is_v(n - 4) || c[n - 4] == 'n'))
        {
            count = count.saturating_sub(1);
        }
        // "-ed" is silent except after "t"/"d" ("walked" vs "start-ed"), and kept in "tin-gled"
        // (but not "curled", where the "r" is part of the vowel).
        if n >= 4 && self.ends("ed") && self.cons_or_y(n - 3) && !matches!(c[n - 3], 't' | 'd') {
            let syllabic_le = c[n - 3] == 'l' && self.cons(n - 4) && !matches!(c[n - 4], 'l' | 'r');
            if !syllabic_le {
                count = count.saturating_sub(1);
            }
        }
        // "-es" is silent after most consonants ("min-utes", "makes") but spoken after a hissing
        // sound ("pla-ces", "rash-es") and after consonant + "l"/"r" ("mus-cles", "cen-tres").
        if n >= 4 && self.ends("es") && self.cons_or_y(n - 3) {
            let hiss = matches!(c[n - 3], 's' | 'x' | 'z' | 'c' | 'g')
                || self.ends("ches")
                || self.ends("shes");
            let syllabic =
                matches!(c[n - 3], 'l' | 'r') && self.cons(n - 4) && c[n - 4] != c[n - 3];
            if !hiss && !syllabic {
                count = count.saturating_sub(1);
            }
        }
        count
    }

    /// Endings that add a beat the vowel groups miss.
    fn plus_spoken_endings(&self, mut count: usize) -> usize {
        let (c, n) = (&self.c, self.n());
        // A vowel right before "-ing" is its own beat: "be-ing", "go-ing", "see-ing",
        // "con-tin-u-ing".
        for suffix in ["ing", "ings"] {
            if n > suffix.len() + 1 && self.ends(suffix) {
                let before = c[n - suffix.len() - 1];
                if is_vowel_letter(before) && before != 'i' {
                    count += 1;
                }
            }
        }
        // "spa-sm", "rhy-thm": the final consonant cluster is spoken as a beat of its own.
        if (self.ends("sm") || self.ends("sms") || self.ends("thm") || self.ends("thms"))
            && count > 0
        {
            count += 1;
        }
        count
    }

    /// A silent "e" inside a compound: "some-times", "life-style", "nose-bleed". Only when a
    /// consonant follows, so "home-o-path-y" keeps its spoken "e".
    fn less_compound_e(&self, count: usize) -> usize {
        const FIRST_PARTS: [&str; 10] = [
            "some", "life", "home", "nose", "where", "there", "here", "time", "side", "whole",
        ];
        let n = self.n();
        if FIRST_PARTS
            .iter()
            .any(|p| n > p.len() + 1 && self.w.starts_with(p) && self.cons(p.len()))
        {
            count.saturating_sub(1)
        } else {
            count
        }
    }
}

/// Characters that end a sentence. The ellipsis character counts because a trailing "…" reads as
/// a stop.
fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ':' | ';' | '…')
}

/// Abbreviations whose full stop is not the end of a sentence, written as they appear before their
/// last full stop and in lowercase.
const ABBREVIATIONS: &[&str] = &[
    "e.g", "i.e", "etc", "eg", "ie", "vs", "approx", "dr", "mr", "mrs", "ms", "prof", "cf",
];

/// Sentences: split on . ! ? : ; and line breaks, ignoring a full stop inside numbers (38.5) and
/// after common abbreviations (e.g., i.e., etc.). Empty pieces dropped. A list of options or a
/// heading with no final stop is one sentence.
///
/// Each sentence is trimmed and keeps its closing punctuation ("Stop."), so it can be quoted back
/// in a report as the writer wrote it. A piece with no words ("...", a lone bullet) is dropped.
pub fn sentences(text: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let byte = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut out = Vec::new();
    fn keep<'a>(out: &mut Vec<&'a str>, piece: &'a str) {
        let piece = piece.trim();
        if word_count(piece) > 0 {
            out.push(piece);
        }
    }

    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if c == '\n' || c == '\r' {
            keep(&mut out, &text[byte(start)..byte(i)]);
            start = i + 1;
            i += 1;
            continue;
        }
        if !is_terminator(c) {
            i += 1;
            continue;
        }
        // "38.5", "10:30", the first stop of "e.g.": a stop with a word character straight after
        // it is inside a token, not at the end of a sentence.
        let prev_word = i > 0 && chars[i - 1].1.is_alphanumeric();
        if matches!(c, '.' | ':') && prev_word && at(i + 1).is_some_and(char::is_alphanumeric) {
            i += 1;
            continue;
        }
        if c == '.' {
            let before = &text[byte(start)..byte(i)];
            let token = before
                .rsplit(|ch: char| ch.is_whitespace() || ch == '(' || ch == '[')
                .next()
                .unwrap_or("")
                .to_lowercase();
            if ABBREVIATIONS.contains(&token.as_str()) {
                i += 1;
                continue;
            }
        }
        // Take the whole run of closing marks with the sentence: "Really?!", "Call 999.)".
        let mut j = i + 1;
        while let Some(n) = at(j) {
            if is_terminator(n) || matches!(n, ')' | ']' | '"' | '\u{201D}') || is_apostrophe(n) {
                j += 1;
            } else {
                break;
            }
        }
        keep(&mut out, &text[byte(start)..byte(j)]);
        start = j;
        i = j;
    }
    keep(&mut out, &text[byte(start)..]);
    out
}

/// Flesch-Kincaid grade level of `parts` read together, each part counted as at least one sentence
/// (so a screen = heading + hint + each option as its own sentence):
/// 0.39 * (words/sentences) + 11.8 * (syllables/words) - 15.59. Returns 0.0 for no words.
///
/// A part with no words at all (an empty hint) adds no sentence: it is not on screen, and counting
/// it would make the rest look easier than it is.
pub fn fk_grade(parts: &[&str]) -> f64 {
    let mut word_total = 0usize;
    let mut sentence_total = 0usize;
    let mut syllable_total = 0usize;
    for part in parts {
        let ws = words(part);
        if ws.is_empty() {
            continue;
        }
        word_total += ws.len();
        syllable_total += ws.iter().map(|w| syllables(w)).sum::<usize>();
        sentence_total += sentences(part).len().max(1);
    }
    if word_total == 0 {
        return 0.0;
    }
    let words_f = word_total as f64;
    0.39 * (words_f / sentence_total as f64) + 11.8 * (syllable_total as f64 / words_f) - 15.59
}

/// The longest sentence in words, with the sentence. Ties go to the first, which is the one a
/// reader meets first.
pub fn longest_sentence<'a>(parts: &[&'a str]) -> Option<(usize, &'a str)> {
    let mut best: Option<(usize, &'a str)> = None;
    for part in parts {
        for s in sentences(part) {
            let n = word_count(s);
            if best.is_none_or(|(m, _)| n > m) {
                best = Some((n, s));
            }
        }
    }
    best
}

/// Whole-word, case-insensitive: does `text` contain `term` (term may be several words)? Same
/// semantics as a whole-word search: the characters either side of the match must not be
/// alphanumeric. An empty term matches nothing.
pub fn contains_term(text: &str, term: &str) -> bool {
    let text = text.to_lowercase();
    let term = term.to_lowercase();
    if term.trim().is_empty() {
        return false;
    }
    let mut from = 0;
    while let Some(pos) = text[from..].find(&term) {
        let at = from + pos;
        let before = text[..at].chars().next_back();
        let after = text[at + term.len()..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return true;
        }
        // Step one character, not the whole term, so an overlapping later match is still found
        // ("pain pain" inside "xpain pain pain").
        from = at + text[at..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_of_plain_and_medical_words() {
        let exact: &[(&str, usize)] = &[
            ("cramp", 1),
            ("muscle", 2),
            ("the", 1),
            ("calf", 1),
            ("stretching", 2),
            ("breathlessness", 3),
            ("numbness", 2),
            ("ambulance", 3),
            ("emergency", 4),
            ("tingling", 2),
            ("diabetes", 4),
            ("swollen", 2),
            ("pale", 1),
            ("movement", 2),
            ("area", 3),
            ("seizure", 2),
            ("urine", 2),
            ("little", 2),
            ("walked", 1),
            ("minutes", 2),
            ("doctor", 2),
            ("you're", 1),
        ];
        for &(word, want) in exact {
            assert_eq!(syllables(word), want, "syllables({word:?})");
        }
        let ranged: &[(&str, &[usize])] = &[("every", &[2, 3]), ("anticoagulant", &[5, 6])];
        for &(word, allowed) in ranged {
            let got = syllables(word);
            assert!(
                allowed.contains(&got),
                "syllables({word:?}) = {got}, want one of {allowed:?}"
            );
        }
    }

    #[test]
    fn syllables_of_other_common_shapes() {
        let cases: &[(&str, usize)] = &[
            // Case, curly apostrophes and contractions.
            ("Cramp", 1),
            ("you\u{2019}re", 1),
            ("isn't", 2),
            ("don't", 1),
            ("doesn't", 2),
            // Numbers and hyphenated words.
            ("10", 1),
            ("38.5", 1),
            ("999", 1),
            ("follow-up", 3),
            ("self-check", 2),
            // Initialisms are spelled out.
            ("GP", 2),
            ("NHS", 3),
            // Suffixes, silent letters and split vowel pairs.
            ("muscles", 2),
            ("tingled", 2),
            ("started", 2),
            ("places", 2),
            ("being", 2),
            ("crying", 2),
            ("stayed", 1),
            ("fatigue", 2),
            ("spasm", 2),
            ("carefully", 3),
            ("sometimes", 2),
            ("serious", 3),
            ("medication", 4),
            ("calcium", 3),
            ("usually", 4),
            ("idea", 3),
            ("tea", 1),
            ("centre", 2),
            ("diet", 2),
            ("quiet", 2),
            ("eye", 1),
            ("tiredness", 2),
            ("curled", 1),
            ("unlikely", 3),
            ("supplement", 3),
            ("only", 2),
            ("fly", 1),
            ("unless", 2),
            ("NHS's", 4),
            ("fluid-filled", 3),
        ];
        for &(word, want) in cases {
            assert_eq!(syllables(word), want, "syllables({word:?})");
        }
        assert_eq!(syllables(""), 0);
        assert_eq!(syllables("--"), 0);
        assert_eq!(
            syllables("hmm"),
            1,
            "a word is never less than one syllable"
        );
    }

    #[test]
    fn words_keep_numbers_contractions_and_hyphens_but_not_units() {
        assert_eq!(
            words("If your temperature is 38.5°C or more, you're (probably) unwell."),
            [
                "If",
                "your",
                "temperature",
                "is",
                "38.5",
                "or",
                "more",
                "you're",
                "probably",
                "unwell"
            ]
        );
        assert_eq!(
            words("A follow-up in 10 days."),
            ["A", "follow-up", "in", "10", "days"]
        );
        assert_eq!(words("patients' legs - rest"), ["patients", "legs", "rest"]);
        assert_eq!(words("10–15 minutes"), ["10", "15", "minutes"]);
        assert_eq!(words("1,000 steps; 38 °C"), ["1,000", "steps", "38"]);
        assert_eq!(word_count("  ...  "), 0);
        assert_eq!(word_count("Rest, then stretch."), 3);
    }

    #[test]
    fn sentences_split_on_stops_and_lines_but_not_numbers_or_abbreviations() {
        assert_eq!(sentences("Stop. Rest now."), ["Stop.", "Rest now."]);
        assert_eq!(
            sentences("Your temperature is 38.5 degrees. Drink water."),
            ["Your temperature is 38.5 degrees.", "Drink water."]
        );
        assert_eq!(
            sentences("Use a warm pack, e.g. a towel. Then rest."),
            ["Use a warm pack, e.g. a towel.", "Then rest."]
        );
        assert_eq!(sentences("Really?! Yes"), ["Really?!", "Yes"]);
        assert_eq!(
            sentences("Heading\nA hint: read it; then go"),
            ["Heading", "A hint:", "read it;", "then go"]
        );
        assert_eq!(sentences("Wake at 10:30"), ["Wake at 10:30"]);
        assert_eq!(sentences("Yes, in both legs"), ["Yes, in both legs"]);
        assert!(sentences("  \n ... \n").is_empty());
    }

    #[test]
    fn fk_grade_separates_plain_from_hard_text() {
        let plain = fk_grade(&["The cat sat on the mat."]);
        assert!(plain <= 1.0, "plain grade {plain}");
        let hard = fk_grade(&[
            "Anticoagulation therapy necessitates individualized pharmacological consideration.",
        ]);
        assert!(hard > 12.0, "hard grade {hard}");
        assert_eq!(fk_grade(&[]), 0.0);
        assert_eq!(fk_grade(&["", "..."]), 0.0);
    }

    #[test]
    fn fk_grade_counts_each_part_as_a_sentence() {
        // Read as one run-on sentence the screen would score much harder than it reads on screen,
        // where the heading and each option stand alone.
        let screen = [
            "Where is the cramp",
            "Pick all that apply",
            "Calf",
            "Foot",
            "Thigh",
        ];
        let joined = screen.join(" ");
        assert!(fk_grade(&screen) < fk_grade(&[joined.as_str()]));
        // Empty parts (no hint) are not sentences.
        assert_eq!(
            fk_grade(&["Rest your leg.", ""]),
            fk_grade(&["Rest your leg."])
        );
    }

    #[test]
    fn longest_sentence_across_parts() {
        let parts = [
            "Stop. Rest now.",
            "Stretch the calf gently for a minute.",
            "Done",
        ];
        assert_eq!(
            longest_sentence(&parts),
            Some((7, "Stretch the calf gently for a minute."))
        );
        assert_eq!(longest_sentence(&["a b. c d."]), Some((2, "a b.")));
        assert_eq!(longest_sentence(&[]), None);
        assert_eq!(longest_sentence(&["..."]), None);
    }

    #[test]
    fn contains_term_matches_whole_words_only() {
        assert!(contains_term(
            "Call 999 if you have CHEST PAIN.",
            "chest pain"
        ));
        assert!(contains_term("pain-free", "pain"));
        assert!(contains_term("xpain pain", "pain"));
        assert!(!contains_term("painful", "pain"));
        assert!(!contains_term("spain", "pain"));
        assert!(!contains_term("chest  pain", "chest pain"));
        assert!(!contains_term("anything", ""));
        assert!(contains_term("Ünderstand über", "ÜBER"));
    }
}
