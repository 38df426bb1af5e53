//! Which language the app speaks. The order is a pure function ([`choose`], unit-tested
//! natively); [`initial`] feeds it what this browser says. Like the region, the person's choice is
//! kept in this browser (never for a widget inside another site).

use crate::content::CONTENT;
use crate::storage::{self, Preference};

/// The declared language a tag names (`es-MX`, `ES`, `fr_CA` -> `es`, `es`, `fr`), if any.
pub fn declared(tag: &str) -> Option<&'static str> {
    let end = tag
        .bytes()
        .position(|b| b == b'-' || b == b'_')
        .unwrap_or(tag.len());
    let primary = tag.get(..end).unwrap_or(tag);
    CONTENT
        .languages
        .iter()
        .copied()
        .find(|l| l.eq_ignore_ascii_case(primary))
}

/// The first of: the host's language (the widget's `lang`, the page's, `?lang=`), the person's
/// saved choice, the browser's preferred languages in order, the content's default.
pub fn choose(host: Option<&'static str>, saved: Option<&str>, browser: &[&str]) -> &'static str {
    host.or_else(|| saved.and_then(declared))
        .or_else(|| browser.iter().find_map(|t| declared(t)))
        .unwrap_or(CONTENT.languages[0])
}

/// The starting language in this browser (`navigator.languages` for its preferences).
pub fn initial(host: Option<&'static str>, embedded: bool) -> &'static str {
    let saved = (!embedded)
        .then(|| storage::load(Preference::Language))
        .flatten();
    let browser = crate::region::browser::languages(",").unwrap_or_default();
    let browser: Vec<&str> = browser.split(',').collect();
    choose(host, saved.as_deref(), &browser)
}

/// Has a clinician who speaks `lang` reviewed its translation? (The default language is the
/// original, not a translation.)
pub fn reviewed(lang: &str) -> bool {
    lang == CONTENT.languages[0] || CONTENT.translations_reviewed.contains(&lang)
}

/// The page's language and title (its tab, and what a screen reader announces first), on the
/// app's own page. `document.documentElement.setAttribute`: a binding of its own is smaller than
/// web-sys's path to it.
pub fn set_page_language(lang: &str, title: &str) {
    let _ = page::set_attribute("lang", lang);
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        d.set_title(title);
    }
}

mod page {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(catch, js_namespace = ["document", "documentElement"], js_name = setAttribute)]
        pub fn set_attribute(name: &str, value: &str) -> Result<(), JsValue>;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_host_wins_then_the_saved_choice_then_the_browser_then_the_default() {
        let default = CONTENT.languages[0];
        // Whatever languages the content declares, the order holds; with one, all give it.
        let other = CONTENT.languages.last().copied().unwrap();
        assert_eq!(choose(Some(other), Some(default), &[default]), other);
        assert_eq!(choose(None, Some(other), &[default]), other);
        assert_eq!(choose(None, Some("tlh"), &["xx", other]), other);
        assert_eq!(choose(None, None, &["xx-YY", "zz"]), default);
        assert_eq!(choose(None, None, &[]), default);
    }

    #[test]
    fn a_language_tag_names_its_primary_language() {
        for l in CONTENT.languages {
            assert_eq!(declared(l), Some(*l));
            assert_eq!(declared(&format!("{}-XX", l.to_uppercase())), Some(*l));
            assert_eq!(declared(&format!("{l}_YY")), Some(*l));
        }
        assert_eq!(declared("xx"), None);
        assert_eq!(declared(""), None);
    }
}
