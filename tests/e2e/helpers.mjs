// Shared checks for end-to-end tests: no console errors or warnings, no request leaving 127.0.0.1.
import { expect } from '@playwright/test';

export const APP = '/some/deep/path/';

/** Records console errors and warnings, page errors, failed responses and requests to any host
 * but 127.0.0.1. */
export function watch(page) {
  const problems = { console: [], foreign: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.console.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.console.push(String(err)));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.console.push(`HTTP ${res.status()} for ${res.url()}`);
  });
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return;
    if (url.hostname !== '127.0.0.1') problems.foreign.push(req.url());
  });
  return problems;
}

/**
 * Loads the app as a browser without JavaScript modules would: the start-up module never runs,
 * the no-module fallback (`gv-legacy.js`) runs as a classic script.
 */
export async function loadWithoutModules(page, hash) {
  await page.route('**/gv-boot*.js', (route) => route.abort());
  await page.goto(`${APP}${hash}`);
  await page.addScriptTag({ url: `${APP}gv-legacy.js` });
}

/** Asserts the page stayed clean. */
export function expectClean(problems) {
  expect(problems.console, 'console errors and warnings').toEqual([]);
  expect(problems.foreign, 'requests leaving 127.0.0.1').toEqual([]);
}

/**
 * Where the first track of the timeline in `scope` breaks its geometry: a lane name not level
 * with its stripe, a card not inside a lane's stripe. Empty when everything is in place.
 */
export async function trackMisfits(scope) {
  return scope.locator('.gv-tl-visit').first().evaluate((visit) => {
    const box = (el) => el.getBoundingClientRect();
    const stripes = [...visit.querySelectorAll('.gv-tl-stripe')].map(box);
    const out = [];
    if (stripes.length === 0) out.push('no lane stripes');
    [...visit.querySelectorAll('.gv-tl-lanes__name')].map(box).forEach((name, i) => {
      const s = stripes[i];
      if (!s || Math.abs(name.top - s.top) > 1.5 || Math.abs(name.height - s.height) > 1.5) {
        out.push(`lane ${i}: name at ${name.top}+${name.height}, stripe at ${s?.top}+${s?.height}`);
      }
    });
    for (const card of visit.querySelectorAll('.gv-tl-track .gv-tl-card')) {
      const c = box(card);
      if (!stripes.some((s) => c.top >= s.top - 0.5 && c.bottom <= s.bottom + 0.5)) {
        out.push(`card ${card.id}: ${c.top}-${c.bottom} outside every lane`);
      }
    }
    return out;
  });
}

/**
 * Elements of the app whose content is wider than their box (text or controls spilling out),
 * leaving out what scrolls or clips on purpose; and the page itself if it scrolls sideways.
 */
export async function spills(page) {
  return page.evaluate(() => {
    const out = [];
    const scrollsOrClips = (el) => /(auto|scroll|hidden|clip)/.test(getComputedStyle(el).overflowX);
    for (const el of document.querySelectorAll('.gv-root *')) {
      if (!el.offsetParent || el.clientWidth === 0) continue;
      if (scrollsOrClips(el) || getComputedStyle(el).textOverflow === 'ellipsis') continue;
      if (el.scrollWidth <= el.clientWidth + 2) continue;
      let up = el.parentElement;
      while (up && !scrollsOrClips(up)) up = up.parentElement;
      if (up) continue;
      out.push(`${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]}: ${el.scrollWidth} > ${el.clientWidth}`);
    }
    if (document.documentElement.scrollWidth > innerWidth) out.push(`the page: ${document.documentElement.scrollWidth} > ${innerWidth}`);
    return out;
  });
}

/**
 * On how many lines an element draws the stretch [from, to) of its text content (character
 * offsets over all its text nodes, however the markup splits them).
 */
export async function linesOf(locator, from, to) {
  return locator.evaluate((el, [from, to]) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const len = node.textContent.length;
      // A boundary between two text nodes starts in the later one and ends in the earlier.
      if (from >= seen && from < seen + len) range.setStart(node, from - seen);
      if (to > seen && to <= seen + len) range.setEnd(node, to - seen);
      seen += len;
    }
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  }, [from, to]);
}

/** What the last line of `locator`'s text holds (its characters, spaces trimmed), and how many
 * lines there are. */
export async function lastLine(locator) {
  return locator.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const chars = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.textContent.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (rect) chars.push({ c: node.textContent[i], top: Math.round(rect.top) });
      }
    }
    const tops = [...new Set(chars.map((x) => x.top))].sort((a, b) => a - b);
    const last = tops[tops.length - 1];
    return { lines: tops.length, text: chars.filter((x) => x.top === last).map((x) => x.c).join('').trim() };
  });
}

/** The box of each element's own text (not the element's: a band can be taller than its
 * label), with the text, its computed colour and, given `within`, the right edge of the
 * nearest ancestor matching it. */
export async function textBoxes(locator, within = null) {
  return locator.evaluateAll((els, within) => els.map((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const r = range.getBoundingClientRect();
    const outer = within ? el.closest(within).getBoundingClientRect().right : null;
    return { text: el.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom, color: getComputedStyle(el).color, withinRight: outer };
  }), within);
}
