// Debian's real nginx and Apache httpd for the hosting tests (tests/e2e/hosting.test.mjs), each
// serving an unpacked release bundle with the config the bundle ships: started in the foreground
// on a free 127.0.0.1 port, with its own config, pid and log files in a folder of its own, and
// stopped by the test (by the process id it started, never by name).
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { join } from 'node:path';

/** A port nothing listens on now (the kernel's choice). */
export const freePort = () => new Promise((ok, fail) => {
  const s = createServer().once('error', fail).listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => ok(port));
  });
});

/** A raw HTTP/1.1 request, so the path reaches the server exactly as written (browsers and
 * node:http's URL handling would normalise `..`). Returns { status, headers, body }. */
export const rawGet = (url, path) => new Promise((ok, fail) => {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname, () => {
    socket.end(`GET ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`);
  });
  const chunks = [];
  socket.on('data', (c) => chunks.push(c));
  socket.on('error', fail);
  socket.on('end', () => {
    const text = Buffer.concat(chunks).toString('latin1');
    const [head, ...rest] = text.split('\r\n\r\n');
    const [statusLine, ...lines] = head.split('\r\n');
    const headers = {};
    for (const l of lines) {
      const at = l.indexOf(':');
      headers[l.slice(0, at).trim().toLowerCase()] = l.slice(at + 1).trim();
    }
    ok({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
  });
});

// The servers drop to www-data (Apache refuses to run as root), so the files must be readable by
// it; the temporary folders are created private.
const asRoot = process.getuid?.() === 0;
const readable = (...dirs) => { for (const d of dirs) chmodSync(d, 0o755); };

/** Starts `command args`, waits until `url` answers, returns { url, log, stop }. */
async function start(name, command, args, { url, log, pidFile }) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const exited = new Promise((ok) => child.once('exit', (code, signal) => ok({ code, signal })));
  const logText = () => `${output}${existsSync(log) ? readFileSync(log, 'utf8') : ''}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${logText()}`);
    const up = await rawGet(url, '/').then(() => true, () => false);
    if (up && existsSync(pidFile)) break;
    if (i > 100) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not answer on ${url} within 10 s:\n${logText()}`);
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return {
    url,
    pid: child.pid,
    log: logText,
    /** Re-reads the config (both servers take SIGHUP for that). */
    reload: () => process.kill(child.pid, 'SIGHUP'),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        // nginx: fast shutdown; httpd: stop. Both end their workers first.
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

/**
 * nginx serving `site` (an unpacked bundle) with the bundle's hosting/nginx.conf, included inside
 * `http {}` as docs/HOSTING.md says, with __ROOT__ and __PORT__ filled in; `work` is its own folder.
 * `conf` may replace the bundle's server block (for a later release's).
 */
export async function startNginx(site, work, { port, conf } = {}) {
  port ??= await freePort();
  mkdirSync(join(work, 'logs'), { recursive: true });
  mkdirSync(join(work, 'temp'), { recursive: true });
  readable(work, site);
  const server = join(work, 'crampcheck.conf');
  const writeServer = (text) => writeFileSync(server, text.replaceAll('__ROOT__', site).replaceAll('__PORT__', `127.0.0.1:${port}`));
  writeServer(conf ?? readFileSync(join(site, 'hosting', 'nginx.conf'), 'utf8'));
  const temp = (t) => `    ${t}_temp_path ${join(work, 'temp', t)};`;
  writeFileSync(join(work, 'nginx.conf'), [
    asRoot ? 'user www-data;' : '',
    'worker_processes 1;',
    `pid ${join(work, 'nginx.pid')};`,
    `error_log ${join(work, 'logs', 'error.log')} warn;`,
    'events { worker_connections 64; }',
    'http {',
    '    include /etc/nginx/mime.types;',
    '    default_type application/octet-stream;',
    `    access_log ${join(work, 'logs', 'access.log')};`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp),
    `    include ${server};`,
    '}', '',
  ].join('\n'));
  const s = await start('nginx', '/usr/sbin/nginx', ['-p', work, '-c', join(work, 'nginx.conf'), '-g', 'daemon off;'], {
    url: `http://127.0.0.1:${port}`, log: join(work, 'logs', 'error.log'), pidFile: join(work, 'nginx.pid'),
  });
  return { ...s, port, setServerBlock: writeServer };
}

/**
 * Apache httpd serving `site` as its DocumentRoot, with only what docs/HOSTING.md says the
 * bundle's .htaccess needs, and `AllowOverride All` so that .htaccess is what applies.
 */
export async function startApache(site, work, { port } = {}) {
  port ??= await freePort();
  mkdirSync(join(work, 'run'), { recursive: true });
  readable(work, site);
  const modules = ['mpm_event', 'authz_core', 'mime', 'headers', 'dir'];
  writeFileSync(join(work, 'httpd.conf'), [
    `ServerRoot ${work}`,
    `DefaultRuntimeDir ${join(work, 'run')}`,
    `PidFile ${join(work, 'httpd.pid')}`,
    `Listen 127.0.0.1:${port}`,
    'ServerName 127.0.0.1',
    ...modules.map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`),
    asRoot ? 'User www-data\nGroup www-data' : '',
    `ErrorLog ${join(work, 'error.log')}`,
    'LogLevel warn',
    `CustomLog ${join(work, 'access.log')} "%h %r %>s"`,
    'TypesConfig /etc/mime.types',
    'StartServers 1',
    'ServerTokens Prod',
    'AccessFileName .htaccess',
    '<Directory />',
    '    AllowOverride None',
    '    Require all denied',
    '</Directory>',
    `DocumentRoot ${site}`,
    `<Directory ${site}>`,
    '    AllowOverride All',
    '    Require all granted',
    '</Directory>', '',
  ].join('\n'));
  return start('apache2', '/usr/sbin/apache2', ['-f', join(work, 'httpd.conf'), '-DFOREGROUND'], {
    url: `http://127.0.0.1:${port}`, log: join(work, 'error.log'), pidFile: join(work, 'httpd.pid'),
  });
}
