//! Which region's emergency number the app starts with. The order is a pure function
//! ([`choose`], unit-tested natively); [`initial`] feeds it what this browser says.

use crate::content::CONTENT;
use crate::storage;
use crampcheck_core::Region;

/// Where the starting region came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The host page: the mount element's `data-region`, the `region` attribute of
    /// `<leg-cramp-check>`, or `?region=` on the app's own page.
    Host,
    /// The person's own earlier choice (local storage; never for embedded widgets).
    Saved,
    /// The browser's time zone, else the country of its preferred languages.
    Guess,
    /// The content's `default_region`.
    Default,
}

/// The content's default region.
pub fn default_region() -> &'static Region {
    CONTENT
        .region(CONTENT.default_region)
        .unwrap_or(&CONTENT.regions[0])
}

/// The first of: the host's region, the saved choice (an ID; unknown IDs are skipped), a guess
/// from the browser's language tags and IANA time zone, the content's default.
pub fn choose(
    host: Option<&'static Region>,
    saved: Option<&str>,
    languages: &[&str],
    time_zone: &str,
) -> (&'static Region, Origin) {
    if let Some(r) = host {
        return (r, Origin::Host);
    }
    if let Some(r) = saved.and_then(|id| CONTENT.region(id)) {
        return (r, Origin::Saved);
    }
    match CONTENT.guess_region(languages, time_zone) {
        Some(r) => (r, Origin::Guess),
        None => (default_region(), Origin::Default),
    }
}

/// The starting region in this browser: `navigator.languages` and
/// `Intl.DateTimeFormat().resolvedOptions().timeZone` for the guess.
pub fn initial(host: Option<&'static Region>, embedded: bool) -> (&'static Region, Origin) {
    let saved = if embedded {
        None
    } else {
        storage::load(storage::Preference::Region)
    };
    // Own bindings rather than js-sys's and web-sys's general ones: fewer imports, smaller wasm.
    let languages = browser::languages(",").unwrap_or_default();
    let languages: Vec<&str> = languages.split(',').collect();
    let time_zone = browser::date_time_format()
        .resolved_options()
        .time_zone()
        .unwrap_or_default();
    choose(host, saved.as_deref(), &languages, &time_zone)
}

/// What the browser says about where the person is (and, for `crate::lang`, what it reads).
pub(crate) mod browser {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        /// `navigator.languages.join(separator)`: the preferred language tags, best first.
        #[wasm_bindgen(catch, js_namespace = ["navigator", "languages"], js_name = join)]
        pub fn languages(separator: &str) -> Result<String, JsValue>;

        pub type DateTimeFormat;
        pub type ResolvedOptions;
        /// `Intl.DateTimeFormat()`: the browser's own date and time format.
        #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
        pub fn date_time_format() -> DateTimeFormat;
        #[wasm_bindgen(method, js_name = resolvedOptions)]
        pub fn resolved_options(this: &DateTimeFormat) -> ResolvedOptions;
        /// The IANA time zone, e.g. `Europe/London`.
        #[wasm_bindgen(method, getter, js_name = timeZone)]
        pub fn time_zone(this: &ResolvedOptions) -> Option<String>;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(r: (&'static Region, Origin)) -> (&'static str, Origin) {
        (r.0.id, r.1)
    }

    #[test]
    fn the_host_wins_then_the_saved_choice_then_the_guess_then_the_default() {
        let us = CONTENT.region(crate::content::ids::region::US);
        let (en_au, sydney) = (&["en-AU"][..], "Australia/Sydney");
        assert_eq!(
            id(choose(us, Some("nz"), en_au, sydney)),
            ("us", Origin::Host)
        );
        assert_eq!(
            id(choose(None, Some("nz"), en_au, sydney)),
            ("nz", Origin::Saved)
        );
        assert_eq!(
            id(choose(None, Some("atlantis"), en_au, sydney)),
            ("au", Origin::Guess)
        );
        assert_eq!(id(choose(None, None, en_au, sydney)), ("au", Origin::Guess));
        assert_eq!(
            id(choose(None, None, &[], "")),
            (CONTENT.default_region, Origin::Default)
        );
        assert_eq!(
            id(choose(None, None, &["fr"], "Etc/UTC")),
            (CONTENT.default_region, Origin::Default),
            "no country and an unknown zone"
        );
    }

    #[test]
    fn a_first_visit_is_guessed_from_the_time_zone_then_the_language() {
        for (lang, zone, want) in [
            ("en-US", "America/New_York", "us"),
            ("en-AU", "Australia/Sydney", "au"),
            ("en-NZ", "Pacific/Auckland", "nz"),
            ("en-IN", "Asia/Kolkata", "in"),
            ("de-DE", "Europe/Berlin", "de"),
            ("en-CA", "America/Toronto", "ca"),
            ("en-GB", "Europe/London", "gb"),
            ("en-IE", "Europe/Dublin", "ie"),
            ("fr-FR", "Europe/Paris", "eu"),
            // The device's zone says where the person is; the language only where it does not.
            ("en-US", "Europe/London", "gb"),
            ("en-AU", "UTC", "au"),
            ("en-US", "", "us"),
        ] {
            assert_eq!(
                id(choose(None, None, &[lang], zone)),
                (want, Origin::Guess),
                "{lang} {zone}"
            );
        }
        assert_eq!(
            id(choose(None, None, &["en", "en-NZ"], "UTC")),
            ("nz", Origin::Guess)
        );
        // Issue 21.9: a zone that names no place leaves it to the language's country.
        for (lang, want) in [
            ("en-US", "us"),
            ("en-AU", "au"),
            ("en-NZ", "nz"),
            ("en-CA", "ca"),
            ("en-IN", "in"),
            ("de-DE", "de"),
        ] {
            for zone in ["UTC", "Etc/UTC", "Etc/GMT", ""] {
                assert_eq!(
                    id(choose(None, None, &[lang, "en"], zone)),
                    (want, Origin::Guess),
                    "{lang} {zone}"
                );
            }
        }
    }

    #[test]
    fn the_host_region_comes_from_the_attribute_or_the_query_and_unknown_ids_are_ignored() {
        use crate::config::Config;
        let c = Config::default();
        assert_eq!(c.region, None);
        assert_eq!(
            c.apply("region", "US").region,
            CONTENT.region(crate::content::ids::region::US)
        );
        assert_eq!(c.apply("region", "atlantis").region, None);
        let c = c.apply("region", "nz").from_query("?lang=en&region=au");
        assert_eq!(
            c.region.map(|r| r.id),
            Some("au"),
            "the app's own query wins"
        );
        assert_eq!(c.from_query("?region=").region.map(|r| r.id), Some("au"));
    }
}
