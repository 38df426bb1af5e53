//! A drawn leg (side view, facing right) whose muscles are buttons: clickable, focusable with Tab,
//! pressed with Enter or Space, and named for screen readers.

use crate::content::ids::question;
use crate::content::{msg, CONTENT};
use crate::i18n::Tr;
use crate::leg_drawing::{BODY, MUSCLES, VIEW_BOX};
use yew::prelude::*;

/// Shape and label position for a muscle option of the content's `muscle` question; muscles
/// without a drawing are offered as plain buttons.
fn drawing(id: &str) -> Option<(&'static str, u16, u16, &'static str)> {
    MUSCLES
        .iter()
        .find(|s| s.muscle == id)
        .map(|s| (s.path, s.x, s.y, s.anchor))
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
            <svg class="cc-leg-svg" viewBox={VIEW_BOX} role="group" aria-label={tr.t(msg::RELIEF_PICTURE_LABEL)}>
                // The shin and the hip are drawing only, not choices.
                { for BODY.iter().map(|d| html! { <path class="cc-leg-body" d={*d} aria-hidden="true" /> }) }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The shared drawing names the content's muscles (and the diary's), not IDs of its own.
    #[test]
    fn every_drawn_muscle_is_a_content_option_and_a_diary_muscle() {
        let options: Vec<&str> = CONTENT
            .question(question::MUSCLE)
            .map(|q| q.options.iter().map(|o| o.id).collect())
            .unwrap_or_default();
        for shape in &MUSCLES {
            assert!(options.contains(&shape.muscle), "{}", shape.muscle);
        }
        assert_eq!(
            MUSCLES.len(),
            4,
            "calf, hamstring, quadriceps and foot are drawn"
        );
    }
}
