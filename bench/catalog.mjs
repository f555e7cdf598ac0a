// Browser benchmark of the catalog: filter + facet counts + first page, per keystroke and per
// facet click, for synthetic catalogs of 1,000, 10,000 and 100,000 projects, in headless
// Chromium against the release build (dist/). The data is generated at run time by
// `gba-core synth` (clearly synthetic, never shipped).
//
//   trunk build --release && node bench/catalog.mjs [sizes…]      (default: 1000 10000 100000)
//
// For each action three times are measured in the page: "updated" = from dispatching the DOM
// event to the last DOM change the app makes in response, the summary's apart (a
// MutationObserver callback; the app's updates run in microtasks, before the browser renders),
// "to paint" = measured as bench/peers.mjs measures the peers: until the first frame that can
// show the change has been drawn (an animation frame asked for in the task of the change, and
// the task after it), and "summary to paint": until the next frame has been drawn, the one that
// draws the summary (totals and charts; since 2026-12-07 the app draws it a frame later). Each
// action starts 50 ms after the last one was drawn (see bench/peers.mjs for why). Until
// 2026-12-07 the frame was asked for after a task turn and a forced layout; when the browser
// drew the change before that turn, the next frame was counted too (Chromium traces: the
// change drawn 18.1 ms after the keystroke, counted as 22.9 ms).
import { createServer } from 'node:http';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { TYPES } from './lib.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = join(root, 'dist');
const work = join(root, 'target', 'bench-data');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
if (!sizes.length) sizes.push(1000, 10000, 100000);
const port = Number(process.env.BENCH_PORT || 8871);
// Each round types "g" … "ganzhou" (7 keystrokes), clears, and clicks 6 facet values.
const ROUNDS = Number(process.env.BENCH_ROUNDS || 5);

await mkdir(work, { recursive: true });
for (const n of sizes) {
  const file = join(work, `synthetic-${n}.json`);
  const out = execFileSync('cargo', ['run', '-q', '--release', '-p', 'gba-core', '--bin', 'synth', '--', '--events', '200', '--projects', String(n)], { cwd: root, maxBuffer: 1 << 30 });
  await writeFile(file, out);
}
const index = await readFile(join(dist, 'index.html'), 'utf8');
const server = createServer(async (req, res) => {
  const url = new URL(req.url, `http://127.0.0.1:${port}`);
  const bench = url.pathname.match(/^\/bench-(\d+)\.html$/);
  if (bench) {
    // The app mounts into every [data-gba-visit] element; this one points at the synthetic file.
    const page = index.replace(/data-gba-visit(?=[\s>])/, `data-gba-visit data-src="synthetic-${bench[1]}.json" data-view="projects"`);
    if (page === index) throw new Error('no [data-gba-visit] element in dist/index.html');
    res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    return;
  }
  const data = url.pathname.match(/^\/(synthetic-\d+\.json)$/);
  const file = data ? join(work, data[1]) : normalize(join(dist, decodeURIComponent(url.pathname)));
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(port, '127.0.0.1', r));

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
for (const n of sizes) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Longest gap between animation frames while loading: how long the page stops responding.
  await page.addInitScript(() => {
    window.__gaps = [];
    let last = performance.now();
    const tick = (t) => { window.__gaps.push(t - last); last = t; if (!window.__stopProbe) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  const start = Date.now();
  await page.goto(`http://127.0.0.1:${port}/bench-${n}.html#/projects?lang=en`);
  const loadingShown = await page.locator('.gv-status').first().isVisible().catch(() => false);
  await page.locator('.gv-results__count').waitFor({ timeout: 600_000 });
  const loadMs = Date.now() - start;
  const longestBlock = await page.evaluate(() => { window.__stopProbe = true; return Math.max(...window.__gaps); });
  const measure = (action) => page.evaluate(async (action) => {
    const input = document.querySelector('#gv-search-input');
    // The app's updates run in microtasks right after the event; a MutationObserver callback
    // marks when the last DOM change landed (before the browser renders the frame).
    // The summary (totals and charts) is drawn in the frame after the results
    // (src/ui/catalog/markup.rs): its changes are timed apart.
    let last = null;
    const observer = new MutationObserver((records) => {
      if (records.some((r) => !(r.target.closest ? r.target : r.target.parentElement).closest('.gv-summary'))) last = performance.now();
    });
    observer.observe(document.querySelector('.gv-catalog'), { subtree: true, childList: true, characterData: true, attributes: true });
    const t0 = performance.now();
    if (action.type === 'type') {
      input.value = action.value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    } else if (action.type === 'facet') {
      // The facet's first value (its values are ordered by count).
      document.querySelector(`input[data-facet="${action.facet}"]:not([disabled])`).click();
    } else if (action.type === 'sort') {
      const select = document.querySelectorAll('.gv-select__input')[0];
      select.value = action.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
    // As peers.mjs's `drawn` and `settle`: the frame is asked for in the task of the change (the
    // app's updates run in its microtasks), so it is the first frame that can show it.
    const drawn = new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));
    await new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => { void document.body.offsetHeight; r(); }; c.port2.postMessage(0); });
    const frame = (await drawn) - t0;
    // The next frame, the summary's: asked for after the first was drawn.
    const summary = (await new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)))) - t0;
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    return { ms: (last ?? t0) - t0, frame, summary, count: document.querySelector('.gv-results__count').textContent };
  }, action);
  // Several rounds, so that one garbage collection or timer does not decide the median.
  const keystrokes = [];
  const clicks = [];
  let misses = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of ['g', 'ga', 'gan', 'ganz', 'ganzh', 'ganzho', 'ganzhou']) keystrokes.push(await measure({ type: 'type', value: q }));
    misses = [await measure({ type: 'type', value: '' }), await measure({ type: 'type', value: 'q' }), await measure({ type: 'type', value: '' })];
    // Select the first city, industry and origin, then unselect them again.
    for (const facet of ['city', 'industry', 'origin', 'origin', 'industry', 'city']) {
      clicks.push(await measure({ type: 'facet', facet }));
    }
  }
  const sorts = [await measure({ type: 'sort', value: 'amount-desc' }), await measure({ type: 'sort', value: 'name' }), await measure({ type: 'sort', value: 'dataset' })];
  rows.push({ n, loadMs, loadingShown, longestBlock, keystrokes, misses, clicks, sorts, final: keystrokes.at(-1).count });
  await page.close();
}
await browser.close();
server.close();

const f = (x) => x.toFixed(1);
console.log('\n| projects | load → catalog shown (ms) | longest frame gap while loading (ms) | keystroke updated: median / max (ms) | keystroke to paint: median (ms) | summary to paint (ms) | miss "q" updated (ms) | facet click updated: median / max (ms) | facet click to paint: median (ms) | summary to paint (ms) | sort updated: median / max (ms) |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const k = r.keystrokes.map((x) => x.ms), c = r.clicks.map((x) => x.ms), s = r.sorts.map((x) => x.ms);
  const kf = r.keystrokes.map((x) => x.frame), cf = r.clicks.map((x) => x.frame);
  const ks = r.keystrokes.map((x) => x.summary), cs = r.clicks.map((x) => x.summary);
  console.log(`| ${r.n.toLocaleString('en')} | ${r.loadMs} | ${f(r.longestBlock)} | ${f(median(k))} / ${f(Math.max(...k))} | ${f(median(kf))} | ${f(median(ks))} | ${f(r.misses[1].ms)} | ${f(median(c))} / ${f(Math.max(...c))} | ${f(median(cf))} | ${f(median(cs))} | ${f(median(s))} / ${f(Math.max(...s))} |`);
}
// For bench/run.mjs (ratios against the peers).
await writeFile(join(root, 'target', 'bench-catalog.json'), JSON.stringify(rows.map((r) => ({
  n: r.n, loadMs: r.loadMs,
  keystroke: median(r.keystrokes.map((x) => x.ms)), keystrokeFrame: median(r.keystrokes.map((x) => x.frame)),
  facet: median(r.clicks.map((x) => x.ms)), facetFrame: median(r.clicks.map((x) => x.frame)),
  keystrokeSummary: median(r.keystrokes.map((x) => x.summary)), facetSummary: median(r.clicks.map((x) => x.summary)),
}))));
for (const r of rows) console.log(`${r.n}: ${ROUNDS} rounds; keystrokes ${r.keystrokes.map((x) => f(x.ms)).join(', ')} → "${r.final}"; clicks ${r.clicks.map((x) => f(x.ms)).join(', ')}; loading state shown: ${r.loadingShown}`);
