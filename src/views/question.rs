//! One question per screen: the question is the heading, "why we ask" is one tap away, and the
//! previous answer is pre-selected when the person comes back to change it.

use crate::content::{msg, CONTENT};
use crate::ctx::Ctx;
use crate::route::Screen;
use crate::state::{Action, Notice};
use crampcheck_core::{ChoiceKind, Question};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The new selection after ticking or unticking `option`: an exclusive option ("None of these")
/// unticks the rest, and any other option unticks it. "Not sure" is ticked together with the
/// findings a person is sure of, unless the content makes it exclusive.
pub fn toggle(
    q: &Question,
    selected: &[&'static str],
    option: &'static str,
    on: bool,
) -> Vec<&'static str> {
    if !q.multiple {
        return vec![option];
    }
    let exclusive = |id: &str| q.option(id).is_some_and(|o| o.exclusive);
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

/// The option's kind as a data attribute: tests and assistive styling find "none of these" by it.
fn kind_name(kind: ChoiceKind) -> &'static str {
    match kind {
        ChoiceKind::Finding => "finding",
        ChoiceKind::None => "none",
        ChoiceKind::Unsure => "unsure",
    }
}

/// The inputs of the form around `el`.
fn inputs_of(el: &web_sys::Element) -> Vec<web_sys::HtmlInputElement> {
    let Some(form) = el.closest("form").ok().flatten() else {
        return Vec::new();
    };
    let Ok(list) = form.query_selector_all("input") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

/// The options ticked in the form around `el`, as the content's IDs.
fn ticked(q: &'static Question, el: &web_sys::Element) -> Vec<&'static str> {
    inputs_of(el)
        .iter()
        .filter(|i| i.checked())
        .filter_map(|i| q.option(&i.value()).map(|o| o.id))
        .collect()
}

/// The form keeps its own ticks (no component state: each component costs wasm size); the
/// answer is read when the person presses Continue. Keyed by question, so a new question always
/// starts from its saved answer.
pub fn question_page(ctx: &Ctx, question: &'static str) -> Html {
    let tr = ctx.tr;
    let Some(q) = CONTENT.question(question) else {
        return html! {};
    };
    let saved: &[&str] = ctx.state.answers.get(q.id).unwrap_or(&[]);
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
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(form) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            let Ok(Some(any_input)) = form.query_selector("input") else {
                return;
            };
            let chosen = ticked(q, &any_input);
            if chosen.is_empty() {
                s.dispatch(Action::NothingChosen);
            } else {
                s.dispatch(Action::Answer {
                    question: q.id,
                    options: chosen,
                });
            }
        })
    };
    // "None of these" and "not sure" untick the findings, and a finding unticks them (one shared
    // handler for every option).
    let onchange = Callback::from(move |e: Event| {
        let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        if !q.multiple || !input.checked() {
            return;
        }
        let current = ticked(q, &input);
        let Some(option) = q.option(&input.value()) else {
            return;
        };
        let keep = toggle(q, &current, option.id, true);
        for other in inputs_of(&input) {
            if other.checked() && !keep.iter().any(|k| *k == other.value()) {
                other.set_checked(false);
            }
        }
    });
    let error = ctx.state.notice == Some(Notice::ChooseAnAnswer);
    let input_type = if q.multiple { "checkbox" } else { "radio" };
    let first_exclusive = q.options.iter().position(|o| o.exclusive);
    let hint = tr.text(&q.hint);
    let focus_first = Callback::from(|e: MouseEvent| crate::focus::focus_near(&e, "form", "input"));
    html! {
        <form key={q.id} class="cc-question" {onsubmit} novalidate=true>
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
                        let checked = saved.contains(&o.id);
                        let onchange = onchange.clone();
                        html! {
                            <>
                                if q.multiple && Some(i) == first_exclusive && i > 0 {
                                    <p class="cc-or" aria-hidden="true">{ tr.t(msg::QUESTION_OR) }</p>
                                }
                                <div class="cc-option">
                                    <input type={input_type} id={id.clone()} name={q.id} value={o.id} data-kind={kind_name(o.kind)} {checked} {onchange} />
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

#[cfg(test)]
mod tests {
    use super::toggle;
    use crate::content::CONTENT;

    #[test]
    fn not_sure_is_ticked_with_findings_and_none_of_these_unticks_everything() {
        let legs = CONTENT.question("legs").unwrap();
        let sure = toggle(legs, &[], "lasting_pain", true);
        let both = toggle(legs, &sure, "unsure", true);
        assert_eq!(both, ["lasting_pain", "unsure"]);
        assert_eq!(toggle(legs, &both, "none", true), ["none"]);
        assert_eq!(toggle(legs, &["none"], "unsure", true), ["unsure"]);
        assert_eq!(toggle(legs, &both, "unsure", false), ["lasting_pain"]);
        // Where the content makes "Not sure" an answer of its own, it still stands alone.
        let description = CONTENT.question("description").unwrap();
        assert_eq!(toggle(description, &["knot"], "unsure", true), ["unsure"]);
        assert_eq!(toggle(description, &["unsure"], "knot", true), ["knot"]);
    }
}
