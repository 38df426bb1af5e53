use crate::content::msg;
use crate::i18n::Tr;
use yew::prelude::*;

/// The emergency number, one glance away on every screen. (Plain view functions rather than
/// components where nothing needs its own state: each component costs wasm size.)
pub fn emergency_bar(tr: &Tr) -> Html {
    html! {
        <aside class="cc-emergency" aria-label={tr.t(msg::EMERGENCY_LEAD)}>
            <span class="cc-emergency-lead">{ tr.t(msg::EMERGENCY_LEAD) }</span>
            <a class="cc-emergency-call" href={format!("tel:{}", tr.number)} aria-label={tr.t(msg::EMERGENCY_CALL_LABEL)}>
                { tr.t(msg::EMERGENCY_CALL) }
            </a>
        </aside>
    }
}
