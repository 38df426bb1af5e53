//! Quick relief: choose the muscle, then the stretch for it, a hold timer and what to do if the
//! cramp does not ease.

use crate::content::{ids, msg, CONTENT};
use crate::ctx::Ctx;
use crate::leg_drawing::shape;
use crate::route::Screen;
use crate::state::Action;
use crate::views::advice_item::advice_item;
use crate::views::diary::diary_link;
use crate::views::hold_timer::hold_timer;
use crate::views::leg_picker::leg_picker;
use crampcheck_core::{Advice, AdviceKind, Condition};
use yew::prelude::*;

/// Whether the advice is for one muscle (its `when` names the self-check's `muscle` question).
fn mentions_muscle(a: &Advice) -> bool {
    a.when.iter().any(|c| {
        c.0.iter().any(|cond| matches!(cond, Condition::Answer { question, .. } if *question == ids::question::MUSCLE))
    })
}

/// The stretch for a drawn muscle (quick relief's picture names both sides of the thigh; the
/// self-check's one "thigh" shows both stretches through the advice's own `when`).
pub fn relief_for(muscle: &str) -> Option<&'static Advice> {
    shape(muscle)
        .and_then(|m| CONTENT.advice_item(m.relief))
        .filter(|a| a.kind == AdviceKind::Relief)
}

/// Relief advice for any cramp (not tied to one muscle).
pub fn general_relief() -> impl Iterator<Item = &'static Advice> {
    CONTENT
        .advice
        .iter()
        .filter(|a| a.kind == AdviceKind::Relief && !mentions_muscle(a))
}

pub fn relief(ctx: &Ctx, muscle: Option<&'static str>) -> Html {
    let tr = ctx.tr;
    let seconds = ctx.state.clock.seconds;
    let go = |screen: Screen| ctx.on_click(Action::Go(screen));
    let on_choose = {
        let s = ctx.state.clone();
        Callback::from(move |m: &'static str| s.dispatch(Action::Go(Screen::Relief(Some(m)))))
    };
    let check = ctx.on_click(Action::StartCheck);
    let caution = CONTENT.advice_item(ids::advice::AVOID_STRETCHING_SWOLLEN_LEG);
    let long = ctx.state.clock.is_long();
    let elapsed = tr.with(
        msg::TIMER_ELAPSED,
        &[
            ("minutes", &(seconds / 60).to_string()),
            ("seconds", &(seconds % 60).to_string()),
        ],
    );
    let urgent_button = html! {
        <div class={if long { "cc-still-cramping is-long" } else { "cc-still-cramping" }}>
            if long {
                <p role="alert">{ tr.t(msg::RELIEF_STILL_CRAMPING_LONG) }</p>
            }
            <button type="button" class="cc-button-warning" onclick={go(Screen::ReliefUrgent)}>{ tr.t(msg::RELIEF_STILL_CRAMPING) }</button>
            <p class="cc-small">{ elapsed }</p>
        </div>
    };
    // From the content's own warning (brief 5.11), so the wording is reviewed with the rest.
    let caution = match caution {
        Some(c) => {
            html! { <p class="cc-caution"><strong>{ tr.text(&c.title) }</strong>{ " " }{ tr.text(&c.body) }</p> }
        }
        None => html! {},
    };
    match muscle.and_then(relief_for) {
        None => html! {
            <section class="cc-relief">
                <h1 tabindex="-1">{ tr.t(msg::RELIEF_TITLE) }</h1>
                <p class="cc-lead">{ tr.t(msg::RELIEF_LEAD) }</p>
                { leg_picker(&tr, None, &on_choose) }
                { caution }
                { urgent_button }
            </section>
        },
        Some(advice) => html! {
            <section class="cc-relief">
                <h1 tabindex="-1">{ tr.text(&advice.title) }</h1>
                <p>{ tr.text(&advice.body) }</p>
                <ol class="cc-steps cc-steps-large">
                    { for advice.steps.iter().map(|s| html! { <li>{ tr.text(s) }</li> }) }
                </ol>
                { hold_timer(ctx) }
                { urgent_button }
                { caution }
                <h2>{ tr.t(msg::RELIEF_ALSO_TITLE) }</h2>
                { for general_relief().map(|a| advice_item(&tr, a)) }
                <div class="cc-actions">
                    <button type="button" class="cc-button" onclick={check}>{ tr.t(msg::RELIEF_EASED) }</button>
                    { diary_link(ctx, msg::RELIEF_LOG_DIARY) }
                    <button type="button" class="cc-link-button" onclick={go(Screen::Relief(None))}>{ tr.t(msg::RELIEF_OTHER_MUSCLE) }</button>
                </div>
            </section>
        },
    }
}
