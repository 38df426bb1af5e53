// A small static file server for the built site (dist/), used by `scripts/serve.sh` and by the
// end-to-end tests, so both see the same headers. Serves only files under the root; logs requests.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

// Each page's policy is written once, in its own meta tag; it is also sent as a header, as a host
// should send it.
const metaCsp = (html) => {
  const tag = html.match(/<meta[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i)?.[0];
  return tag?.match(/content="([^"]*)"/i)?.[1];
};

/**
 * Serves `root` on 127.0.0.1. `extra` maps a URL path to [content type, body, headers] for test
 * pages; it is read on each request, so a test can change it while serving.
 * Returns { url, requests, extra, close }.
 */
export async function serve(root, { port = 0, extra = {}, quiet = true } = {}) {
  const base = resolve(root);
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname);
    if (!quiet) console.log(req.method, url.pathname);
    if (extra[url.pathname]) {
      const [type, body, headers = {}] = extra[url.pathname];
      res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
      res.end(body);
      return;
    }
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!path.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      const headers = {
        'Content-Type': TYPES[extname(path)] || 'application/octet-stream',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-cache',
      };
      const csp = extname(path) === '.html' && metaCsp(body.toString('utf8'));
      if (csp) headers['Content-Security-Policy'] = csp;
      // The embed loads the app's files from other sites' pages: they must be readable cross-origin
      // (CORS), which also lets those pages check their integrity.
      if (extname(path) !== '.html') headers['Access-Control-Allow-Origin'] = '*';
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: actual } = server.address();
  return {
    url: `http://127.0.0.1:${actual}`,
    requests,
    extra,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}

// `node scripts/static_server.mjs DIR PORT`: serve until stopped.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  const s = await serve(root, { port: Number(port), quiet: false });
  console.log(`CrampCheck is being served at ${s.url}/ (Ctrl+C to stop)`);
}
