use crate::content::{msg, CONTENT};
use crate::i18n::Tr;
use crate::views::advice_item::advice_item;
use crate::views::level_banner::level_banner;
use crampcheck_core::{AdviceKind, Rule};
use yew::prelude::*;

/// Quick relief stopped by a rule (a cramp still there after 10 minutes, U5, or a sign that makes
/// stretching wrong): the rule's level, what it found, its own while-waiting advice, and the
/// level's what-to-do and safety net, all from the content.
pub fn relief_outcome(tr: &Tr, rule: Option<&'static Rule>, long_cramp: bool) -> Html {
    let Some(rule) = rule else {
        return html! {};
    };
    let advice = CONTENT.advice.iter().filter(|a| {
        (a.kind == AdviceKind::WhileWaiting && a.names_rule(rule.id))
            || (matches!(a.kind, AdviceKind::SeekCare | AdviceKind::SafetyNet)
                && a.always_shown_at(rule.level))
    });
    html! {
        <section class="cc-relief-urgent">
            { level_banner(tr, rule.level) }
            <h2>{ if long_cramp { tr.t(msg::RELIEF_URGENT_TITLE) } else { tr.t(msg::RELIEF_SIGN_TITLE) } }</h2>
            <p>{ tr.text(&rule.finding) }{ format!(" ({}; {})", rule.id, rule.sources.join(", ")) }</p>
            { for advice.map(|a| advice_item(tr, a)) }
        </section>
    }
}
