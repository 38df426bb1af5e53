use crate::components::advice_item::advice_item;
use crate::components::level_banner::level_banner;
use crate::content::{msg, CONTENT};
use crate::i18n::Tr;
use crampcheck_core::{AdviceKind, Level};
use yew::prelude::*;

/// A cramp still there after 10 minutes (rule U5): what to do, from the URGENT_NOW advice.
pub fn relief_urgent(tr: &Tr) -> Html {
    let rule = CONTENT.rule("U5");
    let advice = CONTENT.advice.iter().filter(|a| {
        matches!(a.kind, AdviceKind::SeekCare | AdviceKind::SafetyNet)
            && a.always_shown_at(Level::UrgentNow)
    });
    html! {
        <section class="cc-relief-urgent">
            { level_banner(tr, Level::UrgentNow) }
            <h2>{ tr.t(msg::RELIEF_URGENT_TITLE) }</h2>
            if let Some(rule) = rule {
                <p>{ tr.text(&rule.finding) }{ format!(" ({}; {})", rule.id, rule.sources.join(", ")) }</p>
            }
            { for advice.map(|a| advice_item(tr, a)) }
        </section>
    }
}
