//! One question per screen: the question is the heading, "why we ask" is one tap away, and the
//! previous answer is pre-selected when the person comes back to change it.

use crate::components::app::Ctx;
use crate::content::{msg, CONTENT};
use crate::route::Screen;
use crate::state::{Action, Notice};
use crampcheck_core::{ChoiceKind, Question};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub ctx: Ctx,
    pub question: &'static str,
}

/// The new selection after ticking or unticking `option`: "none" and "not sure" exclude the rest.
pub fn toggle(
    q: &Question,
    selected: &[&'static str],
    option: &'static str,
    on: bool,
) -> Vec<&'static str> {
    if !q.multiple {
        return vec![option];
    }
    let exclusive = |id: &str| q.option(id).is_some_and(|o| o.kind != ChoiceKind::Finding);
    if !on {
        return selected.iter().copied().filter(|s| *s != option).collect();
    }
    if exclusive(option) {
        return vec![option];
    }
    let mut next: Vec<&'static str> = selected
        .iter()
        .copied()
        .filter(|s| !exclusive(s) && *s != option)
        .collect();
    next.push(option);
    next
}

#[function_component]
pub fn QuestionPage(props: &QuestionProps) -> Html {
    let ctx = &props.ctx;
    let tr = ctx.tr;
    let Some(q) = CONTENT.question(props.question) else {
        return html! {};
    };
    let selected = use_state(|| {
        ctx.state
            .answers
            .get(q.id)
            .map(<[_]>::to_vec)
            .unwrap_or_default()
    });
    let a = ctx.state.assessment();
    let position = a.asked.iter().position(|x| x.id == q.id);
    let done = position.map(|p| p + 1).unwrap_or(a.asked.len() + 1);
    let total = a.asked.len() + a.remaining;
    let previous = match position {
        Some(0) => None,
        Some(p) => Some(a.asked[p - 1]),
        None => a.asked.last().copied(),
    };
    let back = ctx.on_click(Action::Go(
        previous
            .map(|p| Screen::Question(p.id))
            .unwrap_or(Screen::Start),
    ));
    let onsubmit = {
        let s = ctx.state.clone();
        let selected = selected.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if selected.is_empty() {
                s.dispatch(Action::NothingChosen);
            } else {
                s.dispatch(Action::Answer {
                    question: q.id,
                    options: (*selected).clone(),
                });
            }
        })
    };
    let error = ctx.state.notice == Some(Notice::ChooseAnAnswer);
    let input_type = if q.multiple { "checkbox" } else { "radio" };
    let first_exclusive = q.options.iter().position(|o| o.kind != ChoiceKind::Finding);
    let hint = tr.text(&q.hint);
    let focus_first = Callback::from(|e: MouseEvent| {
        let first = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("form").ok().flatten())
            .and_then(|form| form.query_selector("input").ok().flatten())
            .and_then(|i| i.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(i) = first {
            let _ = i.focus();
        }
    });
    html! {
        <form class="cc-question" {onsubmit} novalidate=true>
            <p class="cc-progress">{ tr.with(msg::QUESTION_PROGRESS, &[("done", &done.to_string()), ("total", &total.max(done).to_string())]) }</p>
            if error {
                <div class="cc-error-summary" role="alert">
                    <h2>{ tr.t(msg::QUESTION_ERROR_TITLE) }</h2>
                    <button type="button" class="cc-link-button" onclick={focus_first}>{ tr.t(msg::QUESTION_CHOOSE_ONE) }</button>
                </div>
            }
            <fieldset class={if error { "cc-fieldset has-error" } else { "cc-fieldset" }} aria-describedby={(!hint.is_empty()).then_some("cc-hint")}>
                <legend><h1 tabindex="-1">{ tr.text(&q.text) }</h1></legend>
                if !hint.is_empty() {
                    <p class="cc-hint" id="cc-hint">{ hint }</p>
                }
                if error {
                    <p class="cc-error-message">{ tr.t(msg::QUESTION_CHOOSE_ONE) }</p>
                }
                <div class="cc-options">
                    { for q.options.iter().enumerate().map(|(i, o)| {
                        let id = format!("cc-{}-{}", q.id, o.id);
                        let checked = selected.contains(&o.id);
                        let onchange = {
                            let selected = selected.clone();
                            Callback::from(move |e: Event| {
                                let on = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).is_some_and(|i| i.checked());
                                selected.set(toggle(q, &selected, o.id, on));
                            })
                        };
                        html! {
                            <>
                                if q.multiple && Some(i) == first_exclusive && i > 0 {
                                    <p class="cc-or" aria-hidden="true">{ tr.t(msg::QUESTION_OR) }</p>
                                }
                                <div class="cc-option">
                                    <input type={input_type} id={id.clone()} name={q.id} value={o.id} {checked} {onchange} />
                                    <label for={id}>{ tr.text(&o.label) }</label>
                                </div>
                            </>
                        }
                    }) }
                </div>
            </fieldset>
            <details class="cc-why">
                <summary>{ tr.t(msg::QUESTION_WHY) }</summary>
                <p>{ tr.text(&q.why) }</p>
            </details>
            <div class="cc-actions">
                <button type="submit" class="cc-button">{ tr.t(msg::QUESTION_CONTINUE) }</button>
                <button type="button" class="cc-link-button cc-back" onclick={back}>{ tr.t(msg::QUESTION_BACK) }</button>
            </div>
        </form>
    }
}
