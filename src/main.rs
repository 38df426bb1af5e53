use wasm_bindgen::prelude::*;

#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    crampcheck::install_panic_fallback();
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("crampcheck"));
    if let Some(root) = root {
        // The app lives as long as the page.
        std::mem::forget(crampcheck::mount(root));
    }
}

/// A widget mounted by the `<leg-cramp-check>` custom element (see scripts/post_build.mjs, which
/// writes embed.js). Exported from the binary itself so the linker keeps it.
#[wasm_bindgen]
pub struct Widget(
    Option<yew::AppHandle<crampcheck::views::app::App>>,
    web_sys::Element,
);

#[wasm_bindgen]
impl Widget {
    /// Removes the app (when the element leaves the page).
    pub fn unmount(&mut self) {
        if let Some(h) = self.0.take() {
            h.destroy();
            crampcheck::forget_root(&self.1);
        }
    }
}

/// Mounts an app into `root` (an element inside the custom element's shadow root).
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(root: web_sys::Element) -> Widget {
    Widget(Some(crampcheck::mount(root.clone())), root)
}
