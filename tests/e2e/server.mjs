// A static server for end-to-end tests: serves dist/ under a deep sub-path on 127.0.0.1, the
// way a portal would host it, with switches the tests use (CSP header, faults).
//
//   node tests/e2e/server.mjs [port]
//   GET /some/deep/path/...        files from dist/
//   GET /                          a plain page linking to the app
//   GET /host?src=…&timeout=…&lang=…&panic=1
//                                  a host page embedding the app in-page with those data-* attributes
//   GET /fixtures/<name>           a file from tests/fixtures/ as application/json
//   GET /faults/<kind>             network faults: status404, status500, hang, never-ends,
//                                  truncated, wrong-type, html-page, huge, flaky (fails once, then
//                                  serves the bundled data)
//   GET /generated/<name>          a file from target/e2e/ (large synthetic datasets made by test.sh)
//   GET /demo/<file>               the demo portal pages (demo/) with hostile CSS
//   ?csp=strict on any page        serve it with the strict Content-Security-Policy header
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../../dist/', import.meta.url)));
const fixtures = resolve(fileURLToPath(new URL('../fixtures/', import.meta.url)));
const generated = resolve(fileURLToPath(new URL('../../target/e2e/', import.meta.url)));
const demo = resolve(fileURLToPath(new URL('../../demo/', import.meta.url)));

// The Content-Security-Policy the app must run under (the embedding issue's strict policy).
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'";
export const BASE = '/some/deep/path/';
const port = Number(process.argv[2] || process.env.E2E_PORT || 8765);

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

let cspFor = () => ({});

async function serveFile(res, path, extraHeaders = {}, base = root) {
  const file = normalize(join(base, path));
  if (!file.startsWith(base)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const info = await stat(file);
    const target = info.isDirectory() ? join(file, 'index.html') : file;
    const body = await readFile(target);
    // The app's own pages are always served under the strict policy, so every test proves the
    // app runs with it; host pages get it with ?csp=strict.
    const csp = target.endsWith('.html') ? (base === root ? { 'content-security-policy': STRICT_CSP } : cspFor()) : {};
    res.writeHead(200, { 'content-type': types[extname(target)] || 'application/octet-stream', ...csp, ...extraHeaders });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
  }
}

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
let flakyCalls = 0;

function hostPage(params) {
  const attrs = [['src', params.get('src')], ['timeout', params.get('timeout')], ['lang', params.get('lang')], ['view', params.get('view')]]
    .filter(([, v]) => v)
    .map(([k, v]) => ` data-${k}="${escape(v)}"`)
    .join('');
  const panic = params.get('panic') ? ' data-test-panic' : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title></head>
<body><header><h1>Host portal</h1></header><main><div data-gba-visit${attrs}${panic}></div></main>
<script type="module" src="${BASE}gv-boot.js"></script></body></html>`;
}

async function fault(kind, req, res) {
  const json = { 'content-type': 'application/json' };
  switch (kind) {
    case 'status404':
      return res.writeHead(404, { 'content-type': 'text/html' }).end('<!doctype html><h1>404 Not Found</h1>');
    case 'status500':
      return res.writeHead(500, json).end('{"error": "internal"}');
    case 'hang':
      return; // never answers
    case 'never-ends':
      res.writeHead(200, json);
      res.write('{"format_version": 1, "meta": {');
      return; // headers and a little body, then nothing
    case 'truncated': {
      const body = await readFile(join(root, 'data/visit.json'));
      res.writeHead(200, { ...json, 'content-length': body.length });
      res.write(body.subarray(0, body.length >> 1));
      // Break the connection a moment later, as a dropped mobile connection would.
      setTimeout(() => res.destroy(), 300);
      return;
    }
    case 'wrong-type':
      return serveFile(res, 'data/visit.json', { 'content-type': 'image/png' });
    case 'html-page':
      return res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Login</title><form>Please log in</form>');
    case 'huge':
      res.writeHead(200, { ...json, 'content-length': String(70 * 1024 * 1024) });
      res.write('{');
      return; // announces 70 MB; the app must refuse without waiting for it
    case 'flaky':
      flakyCalls += 1;
      if (flakyCalls % 2 === 1) return res.writeHead(503, json).end('{}');
      return serveFile(res, 'data/visit.json');
    default:
      return res.writeHead(404).end();
  }
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, `http://127.0.0.1:${port}`);
  const strict = url.searchParams.get('csp') === 'strict';
  cspFor = () => (strict ? { 'content-security-policy': STRICT_CSP } : {});
  if (url.pathname.startsWith('/demo/')) {
    await serveFile(res, decodeURIComponent(url.pathname.slice('/demo/'.length)), {}, demo);
    return;
  }
  if (url.pathname === '/host') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...cspFor() }).end(hostPage(url.searchParams));
    return;
  }
  if (url.pathname.startsWith('/fixtures/')) {
    const name = decodeURIComponent(url.pathname.slice('/fixtures/'.length));
    await serveFile(res, name, { 'content-type': 'application/json' }, fixtures);
    return;
  }
  if (url.pathname.startsWith('/generated/')) {
    await serveFile(res, decodeURIComponent(url.pathname.slice('/generated/'.length)), { 'content-type': 'application/json' }, generated);
    return;
  }
  if (url.pathname.startsWith('/faults/')) {
    await fault(url.pathname.slice('/faults/'.length), req, res);
    return;
  }
  if (url.pathname === '/') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><title>e2e</title><a href="${BASE}">app</a>`);
    return;
  }
  if (!url.pathname.startsWith(BASE)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  await serveFile(res, decodeURIComponent(url.pathname.slice(BASE.length)));
});

server.listen(port, '127.0.0.1', () => console.log(`e2e server on http://127.0.0.1:${port}${BASE}`));
