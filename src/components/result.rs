//! The result. Its first screen (a phone held upright) carries what a frightened person needs:
//! the level, at most three things to do now, and when to get help. Everything else (relief,
//! prevention, causes, medicines, look-alikes, why this result) follows in sections the person
//! opens, so nothing important is pushed below seven screens of reading.

use crate::components::advice_item::advice_item;
use crate::components::app::Ctx;
use crate::components::level_banner::level_banner;
use crate::components::why_result::why_result;
use crate::content::{msg, CONTENT};
use crate::route::Screen;
use crate::state::Action;
use crampcheck_core::{Advice, AdviceKind, Assessment, MessageKey};
use yew::prelude::*;

/// Shown first, in this order, at most [`DO_NOW`] of them.
const FIRST: [AdviceKind; 3] = [
    AdviceKind::WhileWaiting,
    AdviceKind::SeekCare,
    AdviceKind::Relief,
];
const DO_NOW: usize = 3;

/// The sections a person opens, in page order.
const SECTIONS: [(AdviceKind, MessageKey); 9] = [
    (AdviceKind::WhileWaiting, msg::KIND_WHILE_WAITING),
    (AdviceKind::SeekCare, msg::KIND_SEEK_CARE),
    (AdviceKind::Relief, msg::KIND_RELIEF),
    (AdviceKind::Pregnancy, msg::KIND_PREGNANCY),
    (AdviceKind::Prevention, msg::KIND_PREVENTION),
    (AdviceKind::PossibleCause, msg::KIND_POSSIBLE_CAUSE),
    (AdviceKind::Medicines, msg::KIND_MEDICINES),
    (AdviceKind::Avoid, msg::KIND_AVOID),
    (AdviceKind::LookAlike, msg::KIND_LOOK_ALIKE),
];

/// The first screen's "what to do now": while-waiting advice first (it is specific to what was
/// found), then the level's own what-to-do, then relief for the muscle.
pub fn do_now(a: &Assessment) -> Vec<&'static Advice> {
    FIRST
        .iter()
        .flat_map(|k| a.advice_of(*k))
        .take(DO_NOW)
        .collect()
}

pub fn result_page(ctx: &Ctx) -> Html {
    let tr = &ctx.tr;
    let a = ctx.state.assessment();
    let Some(level) = a.level else {
        return html! {};
    };
    let first = do_now(&a);
    let nets: Vec<_> = a.advice_of(AdviceKind::SafetyNet).collect();
    html! {
        <div class="cc-result">
            { level_banner(tr, level) }
            <section class="cc-group cc-do-now" aria-labelledby="cc-do-now">
                <h2 id="cc-do-now">{ tr.t(msg::KIND_DO_NOW) }</h2>
                { for first.iter().map(|item| advice_item(tr, item)) }
            </section>
            <section class="cc-group cc-group-safety_net">
                <h2>{ tr.t(msg::KIND_SAFETY_NET) }</h2>
                { for nets.into_iter().map(|item| advice_item(tr, item)) }
            </section>
            <p class="cc-small">{ tr.t(msg::RESULT_NOT_DIAGNOSIS) }</p>
            <h2 class="cc-more-title">{ tr.t(msg::KIND_MORE) }</h2>
            { for SECTIONS.iter().map(|(kind, title)| {
                let items: Vec<_> = a.advice_of(*kind).filter(|x| !first.contains(x)).collect();
                if items.is_empty() {
                    return html! {};
                }
                html! {
                    <details class={format!("cc-group cc-group-{}", kind.name())}>
                        <summary>{ tr.t(*title) }</summary>
                        { for items.into_iter().map(|item| advice_item(tr, item)) }
                    </details>
                }
            }) }
            <details class="cc-group">
                <summary>{ tr.t(msg::RESULT_WHY_TITLE) }</summary>
                { why_result(tr, &a) }
            </details>
            <div class="cc-actions">
                <button type="button" class="cc-button" onclick={ctx.on_click(Action::Go(Screen::Summary))}>{ tr.t(msg::RESULT_SUMMARY) }</button>
                <button type="button" class="cc-button-secondary" onclick={ctx.on_click(Action::StartCheck)}>{ tr.t(msg::RESULT_CHANGE) }</button>
                <button type="button" class="cc-link-button" onclick={ctx.on_click(Action::Restart)}>{ tr.t(msg::RESULT_RESTART) }</button>
            </div>
            <p class="cc-small">{ tr.with(msg::FOOTER_VERSION, &[("version", CONTENT.version)]) }</p>
        </div>
    }
}
