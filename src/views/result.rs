//! The result. Its first screen (a phone held upright) carries what a frightened person needs:
//! the level, at most three things to do now, and when to get help. Everything else (relief,
//! prevention, causes, medicines, look-alikes, why this result) follows in sections the person
//! opens, so nothing important is pushed below seven screens of reading.

use crate::content::{msg, CONTENT};
use crate::ctx::Ctx;
use crate::route::Screen;
use crate::state::Action;
use crate::views::advice_item::{advice_item, advice_item_with};
use crate::views::diary::diary_link;
use crate::views::level_banner::level_banner;
use crate::views::why_result::why_result;
use crampcheck_core::{Advice, AdviceKind, Assessment, Level, MessageKey};
use yew::prelude::*;

/// Shown first, in this order, at most [`DO_NOW`] of them.
const FIRST: [AdviceKind; 3] = [
    AdviceKind::WhileWaiting,
    AdviceKind::SeekCare,
    AdviceKind::Relief,
];
const DO_NOW: usize = 3;
/// Relief comes last and has several items (the stretch for the muscle, moving and rubbing,
/// warmth...): two of them leave room for "when to get help" on the same phone screen.
const RELIEF_NOW: usize = 2;

/// The sections a person opens, in page order.
const SECTIONS: [(AdviceKind, MessageKey); 10] = [
    (AdviceKind::WhileWaiting, msg::KIND_WHILE_WAITING),
    (AdviceKind::SeekCare, msg::KIND_SEEK_CARE),
    (AdviceKind::Treatment, msg::KIND_TREATMENT),
    (AdviceKind::Relief, msg::KIND_RELIEF),
    (AdviceKind::Pregnancy, msg::KIND_PREGNANCY),
    (AdviceKind::Prevention, msg::KIND_PREVENTION),
    (AdviceKind::PossibleCause, msg::KIND_POSSIBLE_CAUSE),
    (AdviceKind::Medicines, msg::KIND_MEDICINES),
    (AdviceKind::Avoid, msg::KIND_AVOID),
    (AdviceKind::LookAlike, msg::KIND_LOOK_ALIKE),
];

/// The first screen's "what to do now": while-waiting advice first (it is specific to what was
/// found), then seek-care advice for what was found (a medicine review...), then relief for the
/// muscle, except where help is needed within the hour or sooner: then getting help is all the
/// first screen asks. The level's own what-to-do is the banner's, so it is not said twice here
/// (it stays under "What to do" further down).
pub fn do_now(a: &Assessment) -> Vec<&'static Advice> {
    let Some(level) = a.level else {
        return Vec::new();
    };
    FIRST
        .iter()
        .flat_map(|k| {
            let cap = match k {
                AdviceKind::Relief if level >= Level::UrgentNow => 0,
                AdviceKind::Relief => RELIEF_NOW,
                _ => DO_NOW,
            };
            a.advice_of(*k)
                .filter(move |x| !x.always_shown_at(level))
                .take(cap)
        })
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
            if !first.is_empty() {
                <section class="cc-group cc-do-now" aria-labelledby="cc-do-now">
                    <h2 id="cc-do-now">{ tr.t(msg::KIND_DO_NOW) }</h2>
                    { for first.iter().map(|item| advice_item_with(tr, item, true)) }
                </section>
            }
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
                { diary_link(ctx, msg::RESULT_DIARY) }
            </div>
            <p class="cc-small">{ tr.with(msg::FOOTER_VERSION, &[("version", CONTENT.version)]) }</p>
        </div>
    }
}
