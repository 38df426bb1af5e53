//! Settings from the host page (data attributes on the mount element) and the URL query, e.g.
//! `?region=us&lang=en&start=relief`. The region the app starts with is decided in
//! [`crate::region`]: the host's comes first.

use crate::content::CONTENT;
use crampcheck_core::Region;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartScreen {
    Home,
    Relief,
    Check,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Config {
    /// The host's language (the widget's `lang`, its page's, `?lang=`), if it is one the content
    /// declares; else the app decides ([`crate::lang::choose`]).
    pub lang: Option<&'static str>,
    /// The host page's region (`data-region`, the custom element's `region`, `?region=`), if it
    /// named a known one.
    pub region: Option<&'static Region>,
    pub start: StartScreen,
    /// A host's own emergency number (`emergency-number="112"`), shown until the person picks a
    /// region themselves.
    pub number: Option<&'static str>,
    /// Inside someone else's page (the custom element): the page's URL, history and storage
    /// belong to the host, and two widgets on one page must not share them.
    pub embedded: bool,
    /// Where the app's own files are, for fetching its text packs: empty on the app's own page
    /// (relative to it); the custom element's script folder inside another site's page. Set only
    /// from the `data-base` attribute that embed.js writes, never from the URL.
    pub base: &'static str,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            lang: None,
            region: None,
            start: StartScreen::Home,
            number: None,
            embedded: false,
            base: "",
        }
    }
}

impl Config {
    /// Later sources win; unknown values are ignored, never fatal.
    pub fn apply(mut self, key: &str, value: &str) -> Self {
        match key {
            "lang" => {
                if let Some(l) = crate::lang::declared(value) {
                    self.lang = Some(l);
                }
            }
            "region" => {
                if let Some(r) = CONTENT.region(value) {
                    self.region = Some(r);
                }
            }
            "emergency-number" => {
                // Digits, spaces, + and - only: this becomes a tel: link.
                let ok = !value.is_empty()
                    && value.len() <= 16
                    && value
                        .chars()
                        .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-'));
                if ok {
                    self.number = Some(Box::leak(value.to_string().into_boxed_str()));
                }
            }
            "embedded" => self.embedded = true,
            "start" => {
                self.start = match value {
                    "relief" => StartScreen::Relief,
                    "check" => StartScreen::Check,
                    _ => StartScreen::Home,
                }
            }
            _ => {}
        }
        self
    }

    /// The app's own URL may choose the region, language and first screen, nothing more: a link
    /// someone sends must never change the emergency number (only a host page's attribute can).
    pub fn from_query(self, query: &str) -> Self {
        query
            .trim_start_matches('?')
            .split('&')
            .filter_map(|kv| kv.split_once('='))
            .filter(|(k, _)| matches!(*k, "region" | "lang" | "start"))
            .fold(self, |c, (k, v)| c.apply(k, v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_cannot_change_the_emergency_number_but_can_choose_the_region() {
        let c = Config::default()
            .from_query("?emergency-number=12345&region=us&start=relief&embedded=1");
        assert_eq!(c.number, None);
        assert_eq!(c.region.map(|r| r.id), Some("us"));
        assert_eq!(c.start, StartScreen::Relief);
        assert!(!c.embedded);
        // A host page's attribute still can.
        assert_eq!(
            Config::default().apply("emergency-number", "112").number,
            Some("112")
        );
    }
}
