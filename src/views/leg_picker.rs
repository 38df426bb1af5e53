//! A drawn leg (side view, facing right) whose muscles are buttons: clickable, focusable with Tab,
//! pressed with Enter or Space, and named for screen readers.

use crate::content::ids::{option::muscle, question};
use crate::content::{msg, CONTENT};
use crate::i18n::Tr;
use yew::prelude::*;

/// Shape and label position for each muscle option of the content's `muscle` question.
/// (x, y, anchor) is where the label goes. Muscles without a drawing are offered as plain buttons.
fn drawing(id: &str) -> Option<(&'static str, u16, u16, &'static str)> {
    match id {
        muscle::HAMSTRING => Some(("M150 20 L190 20 L190 150 L158 150 Z", 142, 80, "end")),
        muscle::QUADRICEPS => Some(("M190 20 L230 20 L226 150 L190 150 Z", 238, 80, "start")),
        muscle::CALF => Some((
            "M160 162 L190 162 L190 270 L170 270 Q146 215 160 162 Z",
            142,
            210,
            "end",
        )),
        muscle::FOOT => Some((
            "M170 278 L216 278 L282 302 L282 318 L168 318 Z",
            225,
            342,
            "middle",
        )),
        _ => None,
    }
}

/// Splits "Calf (back of the lower leg)" over two lines so it fits beside the drawing.
/// (`split_once`, not byte slicing: no panic path in the wasm.)
fn label_lines(label: &str) -> Vec<String> {
    match label.split_once(" (") {
        Some((name, detail)) => vec![name.to_string(), format!("({detail}")],
        None => vec![label.to_string()],
    }
}

pub fn leg_picker(
    tr: &Tr,
    selected: Option<&'static str>,
    on_choose: &Callback<&'static str>,
) -> Html {
    let muscles = CONTENT
        .question(question::MUSCLE)
        .map(|q| q.options)
        .unwrap_or(&[]);
    let button = |id: &'static str| {
        let choose = on_choose.clone();
        let onclick = {
            let choose = choose.clone();
            Callback::from(move |_: MouseEvent| choose.emit(id))
        };
        let onkeydown = Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                choose.emit(id);
            }
        });
        (onclick, onkeydown)
    };
    html! {
        <div class="cc-leg">
            <svg class="cc-leg-svg" viewBox="-70 0 460 360" role="group" aria-label={tr.t(msg::RELIEF_PICTURE_LABEL)}>
                // The shin and the hip are drawing only, not choices.
                <path class="cc-leg-body" d="M190 162 L222 162 L216 270 L190 270 Z" aria-hidden="true" />
                <path class="cc-leg-body" d="M148 8 L232 8 L230 20 L150 20 Z" aria-hidden="true" />
                { for muscles.iter().filter_map(|m| drawing(m.id).map(|d| (m, d))).map(|(m, (path, x, y, anchor))| {
                    let (onclick, onkeydown) = button(m.id);
                    let label = tr.text(&m.label);
                    let pressed = selected == Some(m.id);
                    let class = if pressed { "cc-muscle is-selected" } else { "cc-muscle" };
                    html! {
                        <g {class} role="button" tabindex="0" aria-label={label.clone()}
                           aria-pressed={if pressed { "true" } else { "false" }} {onclick} {onkeydown} data-muscle={m.id}>
                            <path d={path} />
                            <text x={x.to_string()} y={y.to_string()} text-anchor={anchor} aria-hidden="true">
                                { for label_lines(&label).into_iter().enumerate().map(|(i, line)| html! {
                                    <tspan x={x.to_string()} dy={if i == 0 { "0" } else { "1.2em" }}>{ line }</tspan>
                                }) }
                            </text>
                        </g>
                    }
                }) }
            </svg>
            { for muscles.iter().filter(|m| drawing(m.id).is_none()).map(|m| {
                let (onclick, _) = button(m.id);
                html! { <button type="button" class="cc-button-secondary" {onclick}>{ tr.text(&m.label) }</button> }
            }) }
        </div>
    }
}
