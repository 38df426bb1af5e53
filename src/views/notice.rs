use crate::content::msg;
use crate::ctx::Ctx;
use crate::state::{Action, Notice};
use yew::prelude::*;

/// Tells the person about a bad link or lost saved answers, in words, without blocking anything.
/// (A missing answer is shown by the question itself.)
pub fn notice_box(ctx: &Ctx) -> Html {
    let tr = ctx.tr;
    let key = match ctx.state.notice {
        Some(Notice::UnknownLink) => msg::NOTICE_UNKNOWN_LINK,
        Some(Notice::NotFinished) => msg::NOTICE_NOT_FINISHED,
        Some(Notice::SavedAnswersPartlyUnreadable) => msg::NOTICE_SAVED_PARTLY,
        Some(Notice::SavedAnswersOtherVersion) => msg::NOTICE_SAVED_VERSION,
        Some(Notice::UpdateReady) => msg::NOTICE_UPDATE,
        Some(Notice::ChooseAnAnswer) | None => return html! {},
    };
    // A new version is only switched to when the person says so (the page then reloads).
    let (label, onclick) = if ctx.state.notice == Some(Notice::UpdateReady) {
        (
            msg::NOTICE_RELOAD,
            Callback::from(|_| crate::pwa::apply_update()),
        )
    } else {
        (msg::NOTICE_DISMISS, ctx.on_click(Action::DismissNotice))
    };
    html! {
        <div class="cc-notice" role="status">
            <p>{ tr.t(key) }</p>
            <button type="button" class="cc-link-button" {onclick}>{ tr.t(label) }</button>
        </div>
    }
}
