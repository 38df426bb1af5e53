// frame-host.js, in the page that holds the iframe embed: sizes the frame to the app's height, but
// only for messages from the app's own origin and from that very frame.

const origin = new URL(import.meta.url).origin;
const ask = () => {
  for (const f of document.querySelectorAll('iframe')) {
    try {
      if (new URL(f.src, location.href).origin !== origin) continue;
    } catch {
      continue; // A frame with an unreadable address is not ours.
    }
    // A frame not loaded yet (a lazy one below the fold) is still on its about:blank, which would
    // refuse the message with a console warning in the host's page; once loaded, the app reports
    // its height itself. (Reading a loaded cross-origin frame's address throws: it is the app.)
    let blank;
    try {
      blank = f.contentWindow?.location.href === 'about:blank';
    } catch {
      blank = false;
    }
    if (!blank) f.contentWindow?.postMessage('crampcheck:measure', origin);
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
