// Fills the snippets with this site's own address and makes the copy buttons work.
const base = new URL('./', location.href).href;
const origin = location.origin;
const snippets = {
  'element-snippet': `<script type="module" src="${base}embed.js" integrity="__EMBED_INTEGRITY__" crossorigin="anonymous"></script>
<leg-cramp-check region="gb"></leg-cramp-check>`,
  'iframe-snippet': `<iframe src="${base}embed.html?region=gb" title="Leg cramp self-check" loading="lazy"
        style="width: 100%; height: 640px; border: 0"></iframe>
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
