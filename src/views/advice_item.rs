use crate::content::{msg, CONTENT};
use crate::i18n::Tr;
use crampcheck_core::{Advice, Grade};
use yew::prelude::*;

/// One piece of advice with its steps, evidence grade and sources.
pub fn advice_item(tr: &Tr, a: &'static Advice) -> Html {
    advice_item_with(tr, a, false)
}

/// As [`advice_item`], with the steps folded under "How to do it" when `fold_steps` (the result's
/// first screen, which must show all of what to do now on one phone screen).
pub fn advice_item_with(tr: &Tr, a: &'static Advice, fold_steps: bool) -> Html {
    let grade_text = match a.grade {
        Grade::A => msg::RESULT_GRADE_A,
        Grade::B => msg::RESULT_GRADE_B,
        Grade::C => msg::RESULT_GRADE_C,
        Grade::X => msg::RESULT_GRADE_X,
    };
    let class = if a.grade == Grade::X {
        "cc-advice cc-grade-x"
    } else {
        "cc-advice"
    };
    html! {
        <article {class} data-advice={a.id}>
            <h3>{ tr.text(&a.title) }</h3>
            <p>{ tr.text(&a.body) }</p>
            if !a.steps.is_empty() {
                if fold_steps {
                    <details class="cc-steps-more">
                        <summary>{ tr.with(msg::RESULT_STEPS, &[("count", &a.steps.len().to_string())]) }</summary>
                        { steps(tr, a) }
                    </details>
                } else {
                    { steps(tr, a) }
                }
            }
            <p class="cc-evidence">
                <span title={tr.t(grade_text)}>{ tr.with(msg::RESULT_GRADE, &[("grade", a.grade.letter())]) }</span>
                { " · " }
                { tr.t(msg::RESULT_SOURCES) }{ ": " }
                { for a.sources.iter().enumerate().map(|(i, id)| {
                    let title = CONTENT.source(id).map(|s| s.title.get(tr.lang)).unwrap_or("");
                    html! { <>{ if i > 0 { ", " } else { "" } }<abbr title={title}>{ *id }</abbr></> }
                }) }
            </p>
        </article>
    }
}

fn steps(tr: &Tr, a: &'static Advice) -> Html {
    html! {
        <ol class="cc-steps">
            { for a.steps.iter().map(|s| html! { <li>{ tr.text(s) }</li> }) }
        </ol>
    }
}
