//! Level icons: the shape differs per level, so the level never depends on colour alone.

use crampcheck_core::Level;
use yew::prelude::*;

pub fn level_icon(level: Level) -> Html {
    let path = match level {
        // A warning triangle with an exclamation mark.
        Level::Emergency => "M12 2 1 21h22L12 2zm-1 7h2v6h-2V9zm0 8h2v2h-2v-2z",
        // A clock.
        Level::UrgentNow => "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 5v5.4l4 2.4-1 1.7-5-3V7h2z",
        // A sun: today.
        Level::Today => "M12 7a5 5 0 1 0 0 10 5 5 0 0 0 0-10zM11 1h2v4h-2zM11 19h2v4h-2zM1 11h4v2H1zM19 11h4v2h-4z",
        // A calendar.
        Level::Appointment => "M7 2h2v2h6V2h2v2h3v18H4V4h3V2zm-1 8v10h12V10H6zm2 2h3v3H8v-3z",
        // A house.
        Level::SelfCare => "M12 3 2 12h3v9h5v-6h4v6h5v-9h3L12 3z",
    };
    html! {
        <svg class="cc-icon" viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false">
            <path d={path} fill="currentColor" />
        </svg>
    }
}
