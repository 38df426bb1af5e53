// frame-host.js, in the page that holds the iframe embed: sizes the frame to the app's height, but
// only for messages from the app's own origin and from that very frame.

const origin = new URL(import.meta.url).origin;
const ask = () => {
  for (const f of document.querySelectorAll('iframe')) {
    try {
      if (new URL(f.src, location.href).origin === origin) f.contentWindow?.postMessage('crampcheck:measure', origin);
    } catch {
      // A frame with an unreadable address is not ours.
    }
  }
};
ask();
addEventListener('load', ask);
addEventListener('message', (e) => {
  if (e.origin !== origin || e.data?.type !== 'crampcheck:height') return;
  const h = Number(e.data.height);
  if (!Number.isFinite(h) || h <= 0 || h > 100000) return;
  for (const f of document.querySelectorAll('iframe')) {
    if (f.contentWindow === e.source) f.style.height = `${h}px`;
  }
});
