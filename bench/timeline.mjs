// Benchmark (not a test): the timeline with a generated dataset of 2,000 events in headless
// Chromium. Prints the time to first render and the time per keyboard selection move.
//
//   trunk build --release && node bench/timeline.mjs
//   EVENTS=2000 MOVES=300 BENCH_PORT=8867 node bench/timeline.mjs
//   EXTRA_CSS='.gv-tl-card { … }' node bench/timeline.mjs   (a style change tried without a rebuild)
//
// The dataset is generated at run time by `cargo run -p gba-core --bin synth` (synthetic, and
// labelled so in every record); it is served from memory and never written into dist/.
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const EVENTS = Number(process.env.EVENTS || 2000);
const MOVES = Number(process.env.MOVES || 300);
const RUNS = Number(process.env.RUNS || 7);
// Milliseconds between two moves (see the moves below); PAUSE=0 presses keys back to back.
const PAUSE = Number(process.env.PAUSE ?? 50);
const PORT = Number(process.env.BENCH_PORT || 8867);
const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = join(repo, 'dist');

const synthetic = execFileSync(
  'cargo',
  ['run', '-q', '-p', 'gba-core', '--bin', 'synth', '--', '--events', String(EVENTS), '--projects', '0'],
  { cwd: repo, maxBuffer: 1 << 28 },
);

// The app's stylesheets have hashed names: take them from the built index.html.
const index = await readFile(join(dist, 'index.html'), 'utf8');
const styles = [...index.matchAll(/<link [^>]*rel="?stylesheet"?[^>]*>/g)].map((m) => m[0]).join('\n');
if (!styles) throw new Error('no stylesheet found in dist/index.html');

// Records, inside the page: when the explorer appears (the dataset is validated and the app
// draws), when the expected number of events is in the DOM, and when the frame after that has
// been laid out; and for each arrow key how long until the focused card holds the tab stop
// (work done, layout forced) and until the frame after it has been drawn.
const probe = `
window.__bench = { want: Number(new URLSearchParams(location.search).get('want')) };
new MutationObserver((_, mo) => {
  const b = window.__bench;
  if (b.explorer === undefined && document.querySelector('.gv-header')) b.explorer = performance.now();
  if (b.first === undefined && document.querySelector('[role=option]')) {
    b.first = performance.now();
    requestAnimationFrame(() => setTimeout(() => { b.firstShown = performance.now(); }, 0));
  }
  if (document.querySelectorAll('[role=option]').length >= b.want) {
    b.inDom = performance.now();
    const json = performance.getEntriesByType('resource').find((e) => e.name.endsWith('synthetic-events.json'));
    b.dataArrived = json ? json.responseEnd : NaN;
    mo.disconnect();
    requestAnimationFrame(() => setTimeout(() => { b.rendered = performance.now(); }, 0));
  }
}).observe(document, { subtree: true, childList: true });
addEventListener('keydown', (event) => {
  const t0 = performance.now();
  window.__bench.last = new Promise((done) => {
    const mo = new MutationObserver(() => {
      const active = document.activeElement;
      if (!active || active.getAttribute('tabindex') !== '0') return;
      mo.disconnect();
      active.getBoundingClientRect();
      const t1 = performance.now();
      // "To paint" as bench/peers.mjs measures the peers: the next animation frame and the task
      // after it, so the frame that shows the move has been drawn.
      requestAnimationFrame(() => setTimeout(() => done({ work: t1 - t0, frame: performance.now() - t0, key: event.key }), 0));
    });
    mo.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['tabindex'] });
  });
}, true);`;

const page = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>timeline benchmark (synthetic data)</title>
${styles}
${process.env.EXTRA_CSS ? `<style>${process.env.EXTRA_CSS}</style>` : ''}
<script>${probe}</script></head>
<body class="gv-page">
<div data-gba-visit data-mode="page" data-src="synthetic-events.json"></div>
<script type="module" src="./gv-boot.js"></script>
</body></html>`;

const types = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json' };
const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/bench.html') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  if (path === '/synthetic-events.json') return res.writeHead(200, { 'content-type': types['.json'] }).end(synthetic);
  const file = normalize(join(dist, path));
  if (!file.startsWith(dist)) return res.writeHead(403).end();
  let body;
  try {
    body = await readFile(file);
  } catch {
    return res.writeHead(404).end();
  }
  res.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream' }).end(body);
});
await new Promise((ok) => server.listen(PORT, '127.0.0.1', ok));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];
const ms = (x) => `${x.toFixed(1)} ms`;

/** Loads the app at a zoom and waits for `want` cards; returns the page and its timings. */
async function load(context, fragment, want) {
  const tab = await context.newPage();
  await tab.goto(`http://127.0.0.1:${PORT}/bench.html?want=${want}#/timeline?lang=zh&${fragment}`);
  await tab.waitForFunction(() => window.__bench.rendered !== undefined, null, { timeout: 60_000 });
  const t = await tab.evaluate(() => window.__bench);
  return { tab, total: t.rendered, validate: t.explorer - t.dataArrived, timeline: t.rendered - t.explorer, first: t.firstShown - t.explorer };
}

const results = {};
for (const [name, fragment, want] of [
  ['history (all 2,000 events)', 'zoom=history', EVENTS],
  ['visit (one edition)', 'zoom=2020', 0],
]) {
  const totals = [];
  const validate = [];
  const timeline = [];
  const first = [];
  let shown = 0;
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const count = want || (await countEdition(context, fragment));
    const r = await load(context, fragment, count);
    shown = count;
    totals.push(r.total);
    validate.push(r.validate);
    timeline.push(r.timeline);
    first.push(r.first);
    await context.close();
  }
  results[name] = { shown, total: median(totals), validate: median(validate), timeline: median(timeline), first: median(first) };
}

/** How many cards a zoom shows (measured once, untimed). */
async function countEdition(context, fragment) {
  const tab = await context.newPage();
  await tab.goto(`http://127.0.0.1:${PORT}/bench.html?want=999999#/timeline?lang=zh&${fragment}`);
  await tab.waitForSelector('[role=option]');
  await tab.waitForTimeout(500);
  const n = await tab.locator('[role=option]').count();
  await tab.close();
  return n;
}

// Selection moves: focus the first card, then press keys one at a time, each 50 ms after the
// last move was drawn. Pressed back to back, a key waits for the compositor's next frame slot,
// one frame interval (16.7 ms) after the last frame began: "to paint" then reads about that
// interval whatever the move costs. (A key the app ignores read 14.7-15.0 ms back to back and
// 1.4-1.7 ms after a pause; a move 14.0-16.1 and 11.0-12.7 ms, on 2026-12-07.) The "empty
// frame" is the floor of the method: a frame requested with nothing changed, timed the same way.
const moves = {};
for (const [name, fragment] of [['history', 'zoom=history'], ['visit', 'zoom=2020']]) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { tab } = await load(context, fragment, 1);
  await tab.waitForTimeout(300);
  await tab.locator('[role=option][tabindex="0"]').first().focus();
  const work = [];
  const frame = [];
  const empty = [];
  for (let i = 0; i < MOVES; i++) {
    const key = i % 25 === 24 ? 'PageDown' : 'ArrowRight';
    await tab.keyboard.press(key);
    const m = await tab.evaluate(() => window.__bench.last);
    work.push(m.work);
    frame.push(m.frame);
    if (PAUSE) await tab.waitForTimeout(PAUSE);
    if (i % 10 === 0) {
      empty.push(await tab.evaluate(() => new Promise((done) => {
        const t0 = performance.now();
        requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
      })));
      if (PAUSE) await tab.waitForTimeout(PAUSE);
    }
  }
  moves[name] = { work: median(work), workP95: p95(work), frame: median(frame), empty: median(empty) };
  await context.close();
}

await browser.close();
server.close();

// For bench/run.mjs (ratios against the peers).
await writeFile(join(repo, 'target', 'bench-timeline.json'), JSON.stringify({ events: EVENTS, results, moves }));
console.log(`Timeline benchmark: ${EVENTS} synthetic events, headless Chromium, 1280×900, median of ${RUNS} loads / ${MOVES} moves, ${PAUSE ? `${PAUSE} ms apart` : 'back to back'}`);
for (const [name, r] of Object.entries(results)) {
  console.log(`  first render, ${name}: ${r.shown} cards — first screen of cards drawn and laid out ${ms(r.first)} after the app starts drawing, all cards ${ms(r.timeline)}; ${ms(r.validate)} before that to validate the data; ${ms(r.total)} from navigation`);
}
for (const [name, m] of Object.entries(moves)) {
  console.log(`  selection move (${name}): ${ms(m.work)} median, ${ms(m.workP95)} p95 until the focused card holds the tab stop; ${ms(m.frame)} median to paint (the next frame drawn; an empty frame ${ms(m.empty)})`);
}
