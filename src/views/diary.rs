//! The cramp diary (`#/diary`). The app hands over what only it knows (the session's self-check
//! level, and how long a cramp just eased in quick relief has lasted; the language and the
//! region's number are on the page already); the diary module (web/diary.js and its wasm, loaded
//! now, never with the start screen) draws the page, with its own words and its own copy of the
//! content's words it names (level titles, prevention tips: diary-web/build.rs), so that this
//! first-load code stays small. In a widget the diary is not offered: the start screen links to
//! the app instead (that page's storage is not ours).

use crate::ctx::Ctx;
use crampcheck_core::Level;
use yew::prelude::*;

/// A link to the diary; in a widget, to the app's own page in a new tab (the diary is kept in
/// the app's storage, never in the host site's).
pub fn diary_link(ctx: &Ctx, words: crampcheck_core::MessageKey) -> Html {
    let href = [ctx.base, "#/diary"].concat();
    let target = ctx.embedded.then_some("_blank");
    // (A new tab from a link has no opener in today's browsers: no `rel` needed.)
    html! { <a class="cc-link-button" {href} {target}>{ ctx.tr.t(words) }</a> }
}

/// The element the diary module fills (heading included: it draws the whole page), with what it
/// needs besides the saved diary as data attributes.
pub fn diary(ctx: &Ctx) -> Html {
    let a = ctx.state.assessment();
    // The session's self-check, when finished: the diary's prompts never show less.
    let level = a
        .level
        .filter(|_| a.is_complete() && !ctx.state.answers.is_empty())
        .map(Level::name);
    // From quick relief: the seconds since the cramp began.
    let seconds = ctx.state.clock.seconds;
    html! {
        <div class="cc-diary" data-level={level} data-relief={(seconds > 0).then(|| seconds.to_string())}></div>
    }
}
