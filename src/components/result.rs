//! The result: the level, what to do, personalised advice by group, and why.

use crate::components::advice_item::advice_item;
use crate::components::app::Ctx;
use crate::components::level_banner::level_banner;
use crate::components::why_result::why_result;
use crate::content::{msg, CONTENT};
use crate::route::Screen;
use crate::state::Action;
use crampcheck_core::{AdviceKind, MessageKey};
use yew::prelude::*;

/// Group order on the page: what to do and when to get help first.
const GROUPS: [(AdviceKind, MessageKey); 9] = [
    (AdviceKind::SeekCare, msg::KIND_SEEK_CARE),
    (AdviceKind::SafetyNet, msg::KIND_SAFETY_NET),
    (AdviceKind::Relief, msg::KIND_RELIEF),
    (AdviceKind::Pregnancy, msg::KIND_PREGNANCY),
    (AdviceKind::Prevention, msg::KIND_PREVENTION),
    (AdviceKind::PossibleCause, msg::KIND_POSSIBLE_CAUSE),
    (AdviceKind::Medicines, msg::KIND_MEDICINES),
    (AdviceKind::Avoid, msg::KIND_AVOID),
    (AdviceKind::LookAlike, msg::KIND_LOOK_ALIKE),
];

pub fn result_page(ctx: &Ctx) -> Html {
    let tr = &ctx.tr;
    let a = ctx.state.assessment();
    let Some(level) = a.level else {
        return html! {};
    };

    html! {
        <div class="cc-result">
            { level_banner(tr, level) }
            <p class="cc-small">{ tr.t(msg::RESULT_NOT_DIAGNOSIS) }</p>
            { for GROUPS.iter().map(|(kind, title)| {
                let items: Vec<_> = a.advice_of(*kind).collect();
                if items.is_empty() {
                    return html! {};
                }
                html! {
                    <section class={format!("cc-group cc-group-{}", kind.name())}>
                        <h2>{ tr.t(*title) }</h2>
                        { for items.into_iter().map(|item| advice_item(tr, item)) }
                    </section>
                }
            }) }
            { why_result(tr, &a) }
            <div class="cc-actions">
                <button type="button" class="cc-button" onclick={ctx.on_click(Action::Go(Screen::Summary))}>{ tr.t(msg::RESULT_SUMMARY) }</button>
                <button type="button" class="cc-button-secondary" onclick={ctx.on_click(Action::StartCheck)}>{ tr.t(msg::RESULT_CHANGE) }</button>
                <button type="button" class="cc-link-button" onclick={ctx.on_click(Action::Restart)}>{ tr.t(msg::RESULT_RESTART) }</button>
            </div>
            <p class="cc-small">{ tr.with(msg::RESULT_VERSION, &[("version", CONTENT.version)]) }</p>
        </div>
    }
}
