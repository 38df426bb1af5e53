//! A drawn leg (side view, facing right) whose muscles are buttons: clickable, focusable with Tab,
//! pressed with Enter or Space, and named for screen readers.

use crate::content::msg;
use crate::i18n::Tr;
use crate::leg_drawing::{BODY, MUSCLES, VIEW_BOX};
use crampcheck_core::MessageKey;
use yew::prelude::*;

/// A drawn muscle's name, from the message catalogue (the self-check's `muscle` question has one
/// "thigh"; the picture names both of its sides).
pub fn muscle_name(id: &str) -> Option<MessageKey> {
    match id {
        "calf" => Some(msg::RELIEF_MUSCLE_CALF),
        "hamstring" => Some(msg::RELIEF_MUSCLE_HAMSTRING),
        "quadriceps" => Some(msg::RELIEF_MUSCLE_QUADRICEPS),
        "foot" => Some(msg::RELIEF_MUSCLE_FOOT),
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
    let label_of = |id: &str| muscle_name(id).map(|k| tr.t(k)).unwrap_or_default();
    html! {
        <div class="cc-leg">
            <svg class="cc-leg-svg" viewBox={VIEW_BOX} role="group" aria-label={tr.t(msg::RELIEF_PICTURE_LABEL)}>
                // The shin and the hip are drawing only, not choices.
                { for BODY.iter().map(|d| html! { <path class="cc-leg-body" d={*d} aria-hidden="true" /> }) }
                { for MUSCLES.iter().map(|m| {
                    let (onclick, onkeydown) = button(m.muscle);
                    let label = label_of(m.muscle);
                    let pressed = selected == Some(m.muscle);
                    let (x, y) = (m.x.to_string(), m.y.to_string());
                    let class = if pressed { "cc-muscle is-selected" } else { "cc-muscle" };
                    html! {
                        <g {class} role="button" tabindex="0" aria-label={label.clone()}
                           aria-pressed={if pressed { "true" } else { "false" }} {onclick} {onkeydown} data-muscle={m.muscle}>
                            <path d={m.path} />
                            <text x={x.clone()} y={y} text-anchor={m.anchor} aria-hidden="true">
                                { for label_lines(&label).into_iter().enumerate().map(|(i, line)| html! {
                                    <tspan x={x.clone()} dy={if i == 0 { "0" } else { "1.2em" }}>{ line }</tspan>
                                }) }
                            </text>
                        </g>
                    }
                }) }
            </svg>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::CONTENT;
    use crampcheck_core::AdviceKind;

    /// The shared drawing names the diary's muscles and the content's relief advice, not IDs of
    /// its own, and every drawn muscle has a name in the catalogue.
    #[test]
    fn every_drawn_muscle_is_a_diary_muscle_with_its_stretch_and_name() {
        // The diary's own test (diary-web, the_drawn_leg_has_every_diary_muscle) holds the other side.
        let mut ids: Vec<&str> = MUSCLES.iter().map(|m| m.muscle).collect();
        ids.sort_unstable();
        assert_eq!(ids, ["calf", "foot", "hamstring", "quadriceps"]);
        for shape in &MUSCLES {
            let advice = CONTENT.advice_item(shape.relief);
            assert!(
                advice.is_some_and(|a| a.kind == AdviceKind::Relief),
                "{}: no relief advice '{}'",
                shape.muscle,
                shape.relief
            );
            assert!(muscle_name(shape.muscle).is_some(), "{}", shape.muscle);
        }
        assert_eq!(muscle_name("thigh"), None);
    }
}
