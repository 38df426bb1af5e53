// Fills the snippets with this site's own address and makes the copy buttons work.
//
// The element snippet names this build's versioned script (post_build.mjs writes in its name and
// integrity), so a page keeps the version it was tested with until its owner pastes a newer one.
// What is inside <leg-cramp-check> is shown by the browser only while the element is not defined:
// the app's shadow root replaces it as soon as the script runs. So it is the message when the
// script never runs, for instance on a host that sends no CORS header: a cross-origin module script
// is then refused by the browser (which logs the CORS error itself), and no script of ours could
// say why. A message of our own in the console would need either a script without integrity in
// the host's page or an inline script its CSP must allow; neither is worth it. Hence the reader
// gets the emergency line and a link, the site owner what to change.
const base = new URL('./', location.href).href;
const origin = location.origin;
const snippets = {
  'element-snippet': `<script type="module" src="${base}__EMBED_FILE__" integrity="__EMBED_INTEGRITY__" crossorigin="anonymous"></script>
<leg-cramp-check region="gb">
  <p><strong>Emergency signs? A leg problem with sudden breathlessness, chest pain or fainting, or a leg or foot suddenly cold, pale or blue: call 999 now.</strong></p>
  <p>If this text stays, the CrampCheck leg-cramp self-check could not load here. <a href="${base}">Open the check</a>.
  (For the site owner: CrampCheck's files must be served with CORS, Access-Control-Allow-Origin: *; or use its iframe snippet, or host its files on this site's own domain.)</p>
</leg-cramp-check>`,
  // Sized by attributes, not a style attribute, which a page's CSP without 'unsafe-inline' would
  // refuse (frame-host.js then sets the height through the CSSOM, which CSP allows).
  'iframe-snippet': `<iframe src="${base}embed.html?region=gb" title="Leg cramp self-check" loading="lazy"
        width="100%" height="640" frameborder="0"></iframe>
<script type="module" src="${base}frame-host.js"></script>`,
  'csp-snippet': `script-src ${origin} 'wasm-unsafe-eval'; style-src ${origin}; connect-src ${origin}; img-src ${origin}; frame-src ${origin}`,
};
for (const [id, text] of Object.entries(snippets)) document.getElementById(id).textContent = text;
for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const id = button.dataset.copy;
    const status = document.querySelector(`[data-status="${id}"]`);
    try {
      await navigator.clipboard.writeText(snippets[id]);
      status.textContent = 'Copied.';
    } catch {
      status.textContent = 'Copying is not available here: select the snippet and copy it.';
    }
  });
}
