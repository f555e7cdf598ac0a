// A static server for end-to-end tests: serves dist/ under a deep sub-path on 127.0.0.1, the
// way a portal would host it, with switches the tests use (CSP header, faults).
//
//   node tests/e2e/server.mjs [port]
//   GET /some/deep/path/...        files from dist/
//   GET /                          a plain page linking to the app (nothing else is served)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../../dist/', import.meta.url)));
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

async function serveFile(res, path, extraHeaders = {}) {
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const info = await stat(file);
    const target = info.isDirectory() ? join(file, 'index.html') : file;
    const body = await readFile(target);
    res.writeHead(200, { 'content-type': types[extname(target)] || 'application/octet-stream', ...extraHeaders });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
  }
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, `http://127.0.0.1:${port}`);
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
