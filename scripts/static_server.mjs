// The built site's server for `scripts/serve.sh`, the end-to-end tests and the benchmark: sirv
// serves the files (only those under the root, found when it starts); this wrapper adds what a host
// would: the headers from the build's own `_headers` file (the file Netlify and Cloudflare Pages
// read), a 400 for a URL that cannot be decoded, test pages, and a log of requests.
import { createServer } from 'node:http';
import { readFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

/**
 * Reads a `_headers` file: a path pattern on its own line (`*` matches anything), then its
 * headers indented as `Name: value`. Returns [{ pattern: RegExp, headers: [[name, value]] }].
 */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
      rules.push({ pattern: new RegExp(`^${pattern}$`), headers: [] });
    } else if (rules.length) {
      const at = line.indexOf(':');
      if (at > 0) rules.at(-1).headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/**
 * Serves `root` on 127.0.0.1 (`compressed`: also its `.br`/`.gz` files, see `precompress`). `extra` maps a URL path to [content type, body, headers] for test
 * pages; it is read on each request, so a test can change it while serving.
 * Returns { url, requests, extra, close }.
 */
export async function serve(root, { port = 0, extra = {}, quiet = true, compressed = false } = {}) {
  const base = resolve(root);
  const headersFile = join(base, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const files = sirv(base, {
    dev: false,
    etag: true,
    // With `compressed`, `name.br` / `name.gz` beside a file are sent to browsers that accept
    // them, as hosts do (see precompress below).
    brotli: compressed,
    gzip: compressed,
    setHeaders(res, pathname) {
      for (const { pattern, headers } of rules) {
        if (pattern.test(pathname)) for (const [k, v] of headers) res.setHeader(k, v);
      }
    },
  });
  const requests = [];
  const server = createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('bad request');
      return;
    }
    requests.push(pathname);
    if (!quiet) console.log(req.method, pathname);
    if (extra[pathname]) {
      const [type, body, headers = {}] = extra[pathname];
      res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
      res.end(body);
      return;
    }
    files(req, res, () => res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'));
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

/**
 * Writes brotli and gzip copies beside every text file of `dir` (as a static host compresses what
 * it serves), for `serve(dir, { compressed: true })`. Use on a copy: the copies are not the site's.
 */
export function precompress(dir) {
  for (const f of readdirSync(dir)) {
    if (!/\.(html|js|css|wasm|txt|svg|json|webmanifest)$/.test(f)) continue;
    const body = readFileSync(join(dir, f));
    writeFileSync(join(dir, `${f}.br`), brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(join(dir, `${f}.gz`), gzipSync(body, { level: 9 }));
  }
}

// `node scripts/static_server.mjs DIR PORT`: serve until stopped.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  const s = await serve(root, { port: Number(port), quiet: false });
  console.log(`CrampCheck is being served at ${s.url}/ (Ctrl+C to stop)`);
}
