// Shared checks for end-to-end tests: no console errors, no request leaving 127.0.0.1.
import { expect } from '@playwright/test';

export const APP = '/some/deep/path/';

/** Records console errors, page errors and requests to any host but 127.0.0.1. */
export function watch(page) {
  const problems = { console: [], foreign: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.console.push(msg.text());
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

/** Asserts the page stayed clean. */
export function expectClean(problems) {
  expect(problems.console, 'console errors').toEqual([]);
  expect(problems.foreign, 'requests leaving 127.0.0.1').toEqual([]);
}
