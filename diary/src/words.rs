//! The diary screen's own words (content/diary_words.toml): one table per language, every key in
//! every declared language, with the same `{names}` as the English. Read at build time by the
//! diary module (diary-web/build.rs), by `crampcheck-cli check` and by the tests; the module
//! carries them compiled in, so it needs no TOML reader.

use std::collections::{BTreeMap, BTreeSet};

/// `(language, key -> text)`, in the file's order of languages as declared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words(pub Vec<(String, BTreeMap<String, String>)>);

/// The `{names}` in a text.
pub fn placeholders(text: &str) -> BTreeSet<&str> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                out.insert(&after[..close]);
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    out
}

/// Reads content/diary_words.toml for `languages` (the first is the default, the reference for
/// keys and `{names}`). Every problem is reported, each naming the language and the key.
pub fn load(text: &str, languages: &[&str]) -> Result<Words, Vec<String>> {
    let file: BTreeMap<String, BTreeMap<String, String>> =
        toml::from_str(text).map_err(|e| vec![format!("diary_words.toml: {e}")])?;
    let mut errors = Vec::new();
    let Some(default) = languages.first().and_then(|l| file.get(*l)) else {
        return Err(vec![format!(
            "diary_words.toml: no [{}] table",
            languages.first().unwrap_or(&"en")
        )]);
    };
    for lang in file.keys().filter(|l| !languages.contains(&l.as_str())) {
        errors.push(format!(
            "[{lang}]: language '{lang}' is not declared in meta.toml"
        ));
    }
    let mut out = Vec::new();
    for &lang in languages {
        let Some(table) = file.get(lang) else {
            errors.push(format!(
                "[{lang}]: missing (every declared language needs the diary's words)"
            ));
            continue;
        };
        for (key, en) in default {
            match table.get(key) {
                None => errors.push(format!("[{lang}] {key}: missing")),
                Some(t) if t.trim().is_empty() => errors.push(format!("[{lang}] {key}: empty")),
                Some(t) if placeholders(t) != placeholders(en) => errors.push(format!(
                    "[{lang}] {key}: has {{names}} {:?}, the {} text has {:?}",
                    placeholders(t),
                    languages[0],
                    placeholders(en)
                )),
                Some(_) => {}
            }
        }
        for key in table.keys().filter(|k| !default.contains_key(*k)) {
            errors.push(format!(
                "[{lang}] {key}: not a key of [{}] (a typo?)",
                languages[0]
            ));
        }
        out.push((lang.to_string(), table.clone()));
    }
    if errors.is_empty() {
        Ok(Words(out))
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_words_load_in_the_declared_order() {
        let w = load(
            "[en]\nhi = \"Hello {name}\"\nbye = \"Bye\"\n[es]\nhi = \"Hola {name}\"\nbye = \"Adiós\"\n",
            &["en", "es"],
        )
        .unwrap();
        assert_eq!(w.0[1].0, "es");
        assert_eq!(w.0[1].1["hi"], "Hola {name}");
        assert_eq!(w.0[0].1["bye"], "Bye");
    }

    #[test]
    fn each_problem_names_the_language_and_key() {
        let errors = load(
            "[en]\nhi = \"Hello {name}\"\nbye = \"Bye\"\n[es]\nhi = \"Hola {nombre}\"\nbey = \"Adiós\"\n[de]\nhi = \"Hallo\"\n",
            &["en", "es", "fr"],
        )
        .unwrap_err();
        assert_eq!(
            errors,
            [
                "[de]: language 'de' is not declared in meta.toml",
                "[es] bye: missing",
                "[es] hi: has {names} {\"nombre\"}, the en text has {\"name\"}",
                "[es] bey: not a key of [en] (a typo?)",
                "[fr]: missing (every declared language needs the diary's words)",
            ]
        );
        assert!(load("[en\n", &["en"]).unwrap_err()[0].starts_with("diary_words.toml: "));
        assert_eq!(
            load("[es]\nhi = \"Hola\"\n", &["en", "es"]).unwrap_err(),
            ["diary_words.toml: no [en] table"]
        );
        assert_eq!(
            load("[en]\nhi = \" \"\n", &["en"]).unwrap_err(),
            ["[en] hi: empty"]
        );
    }
}
