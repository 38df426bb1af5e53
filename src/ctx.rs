//! What every view needs, in its own module so that the views and the `App` that calls them do not
//! import each other.

use crate::i18n::Tr;
use crate::state::{Action, State};
use yew::prelude::*;

/// What every view needs: the state handle and the text helper. Passed down as a prop (a
/// context provider would cost more wasm than it saves typing).
#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub state: UseReducerHandle<State>,
    pub tr: Tr,
    /// Running inside another page's custom element: no URL, history or storage of its own.
    pub embedded: bool,
    /// Where the app's files are: empty on its own page, the widget's folder in a widget.
    pub base: &'static str,
}

impl Ctx {
    /// A click handler that dispatches `action`. Every such button shares this one closure type,
    /// which keeps the wasm smaller than a closure per button.
    pub fn on_click(&self, action: Action) -> Callback<MouseEvent> {
        let state = self.state.clone();
        Callback::from(move |_| state.dispatch(action.clone()))
    }
}
