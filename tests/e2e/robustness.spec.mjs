// Bad data, failing networks and hostile content through the real app (release build, served
// over loopback; faults injected by server.mjs). Each case shows a specific message or a
// partial render, never a blank page, never a panic, never executed script.
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';

/** Fails the test on any dialog; collects console panics and page errors. */
function guard(page) {
  const seen = { panics: [], pageErrors: [], dialogs: [] };
  page.on('dialog', async (d) => {
    seen.dialogs.push(d.message());
    await d.dismiss();
  });
  page.on('console', (m) => {
    if (m.text().includes('panicked')) seen.panics.push(m.text());
  });
  page.on('pageerror', (e) => seen.pageErrors.push(String(e)));
  return seen;
}

function expectNoHarm(seen) {
  expect(seen.dialogs, 'dialogs').toEqual([]);
  expect(seen.panics, 'panics').toEqual([]);
  expect(seen.pageErrors, 'page errors').toEqual([]);
}

const host = (src, extra = '') => `/host?lang=en&timeout=2000&src=${encodeURIComponent(src)}${extra}`;

const faults = [
  ['status404', /not found \(HTTP 404\)/],
  ['status500', /server had an error \(HTTP 500\)/],
  ['hang', /did not arrive within 2 seconds/],
  ['never-ends', /did not arrive within 2 seconds/],
  ['truncated', /did not arrive completely/],
  ['wrong-type', /its type is image\/png/],
  ['html-page', /sent a web page instead of the data file/],
  ['huge', /too large \(70\.0 MB; the limit is 64 MB\)/],
];

for (const [kind, message] of faults) {
  test(`network fault ${kind} gives a specific message and a Retry button`, async ({ page }) => {
    const seen = guard(page);
    await page.goto(host(`/faults/${kind}`));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(message, { timeout: 8000 });
    await expect(alert).toContainText('数据未能载入');
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    expectNoHarm(seen);
  });
}

test("a broken download is told in plain words; the browser's own words go to the console", async ({ page }) => {
  const seen = guard(page);
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(host('/faults/truncated'));
  const messages = page.getByRole('alert').locator('.gv-error__message');
  await expect(messages.first()).toHaveText('The data file did not arrive completely: the connection broke off. Please try again.');
  await expect(messages.last()).toHaveText('数据未能载入 — 数据文件没有完整下载，连接中途断开。请重试。');
  await expect.poll(() => warnings.find((w) => w.startsWith('GBA Visit Explorer: ') && w.includes('/faults/truncated: '))).toBeTruthy();
  expectNoHarm(seen);
});

test('Retry recovers after a transient failure', async ({ page }) => {
  const seen = guard(page);
  await page.goto(host('/faults/flaky'));
  await expect(page.getByRole('alert')).toContainText('HTTP 503');
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('[data-gba-visit]').getByRole('heading', { level: 2 }).first()).toHaveText('Jiangxi–Greater Bay Area Economic and Trade Mission');
  expectNoHarm(seen);
});

const fixtures = [
  ['malformed-truncated.json', /cut short: it ends unexpectedly at line 28/],
  ['malformed-trailing-comma.json', /not valid JSON: line 1, column 34 \(trailing comma\)/],
  ['not-utf8.bin', /not UTF-8 text/],
  ['wrong-top-level-array.json', /wrong structure: document: wrong type: expected an object/],
  ['wrong-format-version.json', /format version 2 is not supported/],
  ['empty-file.json', /the data file is empty/],
];

for (const [name, message] of fixtures) {
  test(`unreadable file ${name} gives a clear message`, async ({ page }) => {
    const seen = guard(page);
    await page.goto(host(`/fixtures/${name}`));
    await expect(page.getByRole('alert')).toContainText(message);
    expectNoHarm(seen);
  });
}

test('a file with bad records renders the good ones and lists the skipped', async ({ page }) => {
  const seen = guard(page);
  await page.goto(host('/fixtures/duplicate-ids.json'));
  await expect(page.getByRole('option', { name: /Promotion conference/ })).toBeVisible();
  const notice = page.locator('.gv-notice');
  await expect(notice).toContainText('3 records could not be shown because of errors. Everything else is shown.');
  // No count of zero warnings (it read "and there are 0 warnings").
  await expect(notice).not.toContainText('warning');
  await notice.locator('summary').click();
  await expect(notice).toContainText('events[2].id (line 205): duplicate id "e2"; this record is skipped');
  expectNoHarm(seen);
});

test('hostile text is shown as text, unsafe links are dropped, nothing runs', async ({ page }) => {
  const seen = guard(page);
  await page.goto(host('/fixtures/hostile-content.json').replace('lang=en', 'lang=zh'));
  await expect(page.getByText('<script>window.__pwned=1</script>推介会').first()).toBeVisible();
  await page.getByRole('button', { name: /English/ }).click();
  const card = page.getByRole('option', { name: /<img src=x onerror="window.__pwned=1">Promotion/ });
  await expect(card).toBeVisible();
  await card.click();
  await expect(page.getByText('<iframe src="javascript:window.__pwned=1"></iframe> {{7*7}} ${7*7}')).toBeVisible();
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  await expect(page.locator('[data-gba-visit] a[href^="javascript"], [data-gba-visit] a[href^="data"], [data-gba-visit] iframe, [data-gba-visit] img')).toHaveCount(0);
  const links = await page.locator('[data-gba-visit] a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  // Only web links and links within this page (the app's own views) remain.
  for (const href of links) expect(href).toMatch(/^(https?:\/\/|#|\/[^/])/);
  await expect(page.locator('.gv-notice')).toContainText('3 warnings');
  expectNoHarm(seen);
});

test('a panic shows the crash panel with a working reload button', async ({ page }) => {
  await page.goto(host('/fixtures/valid-minimal.json', '&panic=1'));
  const panel = page.getByRole('alert');
  await expect(panel).toContainText('Something went wrong');
  await expect(panel).toContainText('应用出错了');
  const reload = page.waitForEvent('load');
  await panel.getByRole('button', { name: /Reload/ }).click();
  await reload;
  await expect(page.getByRole('alert')).toContainText('Something went wrong');
});

test('100,000 synthetic projects load', async ({ page }) => {
  test.skip(!existsSync(new URL('../../target/e2e/synthetic-100k.json', import.meta.url)), 'run scripts/test.sh to generate target/e2e/synthetic-100k.json');
  test.setTimeout(90_000);
  const seen = guard(page);
  await page.goto('/host?lang=en&timeout=60000&src=/generated/synthetic-100k.json');
  await expect(page.locator('[data-gba-visit]').getByRole('heading', { level: 2 }).first()).toContainText('SYNTHETIC TEST DATA', { timeout: 60_000 });
    await expect(page.locator('[data-gba-visit]').getByRole('option', { name: /Synthetic event/ }).first()).toBeVisible();
  await expect(page.locator('.gv-notice')).toHaveCount(0);
  await page.locator('[data-gba-visit]').getByRole('link', { name: 'Projects' }).click();
  await expect(page.getByText('100,000 projects found')).toBeVisible({ timeout: 30_000 });
  // The pages are drawn again after each step; the keyboard stays on the step it pressed.
  const pages = page.getByRole('navigation', { name: /Pages|pagination/i });
  for (const [step, url] of [['Next', /page%3D2|page=2/], ['Next', /page%3D3|page=3/], ['Previous', /page%3D2|page=2/]]) {
    await pages.getByRole('link', { name: step }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(url);
    await expect(pages.getByRole('link', { name: step })).toBeFocused();
  }
  expectNoHarm(seen);
});
