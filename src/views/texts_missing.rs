use crate::content::{msg, CONTENT};
use crate::hooks::use_texts::TextStatus;
use crate::i18n::Tr;
use crampcheck_core::Level;
use yew::prelude::*;

/// In place of a screen whose words are still on their way: "loading", or "could not load" with a
/// retry. Both list the emergency signs (the EMERGENCY findings, which the app carries itself), so
/// a slow or failed download never leaves someone without them; while loading they appear only
/// after a moment (CSS), so a fast load does not flash them.
pub fn texts_missing(tr: &Tr, status: TextStatus, retry: Callback<MouseEvent>) -> Html {
    let failed = status == TextStatus::Failed;
    let signs = CONTENT
        .rules
        .iter()
        .filter(|r| r.level == Level::Emergency)
        .map(|r| html! { <li>{ tr.text(&r.finding) }</li> });
    html! {
        <section class="cc-texts-missing" aria-busy={(!failed).to_string()}>
            if failed {
                <h1 tabindex="-1">{ tr.t(msg::TEXTS_FAILED_TITLE) }</h1>
                <p>{ tr.t(msg::TEXTS_FAILED) }</p>
                <p><button type="button" class="cc-button" onclick={retry}>{ tr.t(msg::TEXTS_RETRY) }</button></p>
            } else {
                <h1 tabindex="-1">{ tr.t(msg::TEXTS_LOADING) }</h1>
            }
            <div class={if failed { "cc-texts-signs" } else { "cc-texts-signs cc-later" }}>
                <p><strong>{ tr.t(msg::TEXTS_SIGNS) }</strong></p>
                <ul>{ for signs }</ul>
                <p><a class="cc-call-now" href={format!("tel:{}", tr.number)}>{ tr.t(msg::EMERGENCY_CALL) }</a></p>
            </div>
        </section>
    }
}
