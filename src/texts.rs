//! The content's long texts arrive in a text pack per language (see `crampcheck_core::text_pack`),
//! fetched the first time a screen needs them, so the start screen loads with the smallest wasm.
//! The service worker caches the packs with the rest of the build for offline use.

use crate::content::{CONTENT, TEXT_PACKS};
use crampcheck_core::text_pack::{self, PackFile};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The packs `lang` needs (`text_pack::needed`).
fn packs_for(lang: &str) -> impl Iterator<Item = &'static PackFile> + '_ {
    text_pack::needed(TEXT_PACKS, CONTENT.languages[0], lang)
}

/// Are the texts for `lang` installed?
pub fn ready(lang: &str) -> bool {
    packs_for(lang).all(|p| text_pack::is_installed(p.id.lang))
}

/// Fetches and installs the packs `lang` needs. `base` is where the app's files are (empty for
/// the app's own page; the custom element passes its script's folder). The error names the file,
/// for the console: the person is told in words and offered a retry.
pub async fn load(lang: &str, base: &str) -> Result<(), &'static str> {
    for pack in packs_for(lang).filter(|p| !text_pack::is_installed(p.id.lang)) {
        let data = fetch(&format!("{base}{}", pack.file), pack.integrity)
            .await
            .ok_or(pack.file)?;
        // Installed once per language for the life of the page.
        text_pack::install(Box::leak(data.into_boxed_str()), pack.id).map_err(|_| pack.file)?;
    }
    Ok(())
}

/// A text file, or `None` when the network fails, the server says no, or the browser refuses it
/// because it does not match `integrity`.
async fn fetch(url: &str, integrity: &str) -> Option<String> {
    let init = web_sys::RequestInit::new();
    init.set_integrity(integrity);
    let response: web_sys::Response =
        JsFuture::from(web_sys::window()?.fetch_with_str_and_init(url, &init))
            .await
            .ok()?
            .dyn_into()
            .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}
