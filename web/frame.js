// In embed.html (frame-<hash>.js): the app inside an iframe tells its parent how tall it is, so
// there is never a double scrollbar. Height only: nothing about the answers leaves the frame.

if (parent !== window) {
  const el = document.getElementById('crampcheck');
  let last = 0;
  const send = () => {
    const height = Math.ceil(el.getBoundingClientRect().height);
    if (height !== last) parent.postMessage({ type: 'crampcheck:height', height: (last = height) }, '*');
  };
  new ResizeObserver(send).observe(el);
  // Browsers pause resize observers in cross-origin frames that are off screen, and a frame left
  // at its old height may never come on screen: DOM changes trigger a report too.
  let timer = 0;
  new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(send, 50); })
    .observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
  // The parent's script may start after our first report: it asks, we answer.
  addEventListener('message', (e) => {
    if (e.source === parent && e.data === 'crampcheck:measure') {
      last = 0;
      send();
    }
  });
  send();
}
