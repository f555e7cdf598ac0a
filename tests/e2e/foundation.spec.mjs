// The release build, served under a sub-path, loads the bundled dataset and shows it in both
// languages, with no console errors and no request leaving the host.
import { test, expect } from '@playwright/test';
import * as acorn from 'acorn';
import { APP, watch, expectClean, loadWithoutModules } from './helpers.mjs';

test('timeline and projects render in Chinese', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${APP}#/timeline?lang=zh`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('江西对接粤港澳大湾区经贸合作活动');
  await expect(page.getByRole('option', { name: /江西省对接粤港澳大湾区投资合作推介会/ })).toBeVisible();
  await expect(page.getByRole('group', { name: /日期未公布/ }).first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.getByRole('link', { name: '项目' }).click();
  await expect(page).toHaveURL(/#\/projects\?lang=zh$/);
  await expect(page.getByRole('heading', { name: '万泽南昌总部及航空发动机零部件项目' })).toBeVisible();
  await expect(page.getByText('70亿元')).toBeVisible();
  expectClean(problems);
});

test('the language switch turns everything into English and back', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${APP}#/timeline?lang=zh`);
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jiangxi–Greater Bay Area Economic and Trade Mission');
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.getByRole('option', { name: /4 Dec, morning/ })).toBeVisible();
  await page.getByRole('link', { name: 'Projects' }).click();
  await expect(page.getByRole('heading', { name: 'Wanze Nanchang headquarters and aero-engine parts' })).toBeVisible();
  await expect(page.getByText('7 bn yuan')).toBeVisible();
  await expect(page.getByText('Not announced').first()).toBeVisible();
  await page.getByRole('button', { name: /中文/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('江西对接粤港澳大湾区经贸合作活动');
  expectClean(problems);
});

test('Back returns to the previous view', async ({ page }) => {
  await page.goto(`${APP}#/timeline?lang=en`);
  await page.getByRole('link', { name: 'Projects' }).click();
  await expect(page.getByRole('heading', { name: 'Wanze Nanchang headquarters and aero-engine parts' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('option', { name: /Jiangxi–Greater Bay Area Investment Cooperation Promotion Conference/ })).toBeVisible();
});

test('start-up files: the glue is marked for compiling in the background, the icon is a PNG', async ({ page, request }) => {
  const html = await (await request.get(APP)).text();
  const glue = html.match(/href="?\.\/(gba-visit-explorer-[0-9a-f]+\.js)/)?.[1];
  expect(glue, 'the glue is linked from index.html').toBeTruthy();
  // Chromium compiles a file with this first line on a background thread while it streams in.
  expect((await (await request.get(`${APP}${glue}`)).text()).startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
  const icon = html.match(/<link[^>]*rel="?icon"?[^>]*>/)?.[0] ?? '';
  const iconHref = icon.match(/href="?\.\/([^" >]+)/)?.[1];
  expect(iconHref).toMatch(/\.png$/);
  const iconResponse = await request.get(`${APP}${iconHref}`);
  expect(iconResponse.headers()['content-type']).toBe('image/png');
  expect([...(await iconResponse.body()).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  // The glue was changed after Trunk hashed it: its integrity attribute must still match.
  const problems = watch(page);
  await page.goto(`${APP}#/timeline?lang=en`);
  await expect(page.locator('.gv-tl-card').first()).toBeVisible();
  expectClean(problems);
});

test('before the app starts, its loading state already looks like the app', async ({ page }) => {
  // The start-up script never arrives: what stays is index.html's own placeholder.
  await page.route('**/gv-boot*.js', (route) => route.abort());
  await page.goto(`${APP}#/timeline?lang=zh`);
  const status = page.locator('.gv-status--boot');
  await expect(status).toContainText('正在载入');
  await expect(status.locator('.gv-status__spinner')).toBeVisible();
  const look = await status.evaluate((el) => ({ font: getComputedStyle(el).fontFamily, color: getComputedStyle(el).color }));
  // The app's typeface and muted colour (without its tokens this was the browser's serif, in black).
  expect(look.font).toContain('Noto Sans CJK SC');
  expect(look.color).toBe('rgb(74, 85, 96)');
  // With nothing to replace it, after 12 s the placeholder says to reload (the stylesheet's
  // timer, fast-forwarded here).
  const slow = status.locator('.gv-status__slow');
  await expect(slow).toBeHidden();
  await slow.evaluate((el) => el.getAnimations().forEach((a) => { a.currentTime = 12000; }));
  await expect(slow).toBeVisible();
  await expect(slow).toContainText('If nothing happens, please reload the page.');
});

test('without scripting the page says so, and no loading state spins', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${APP}`);
  // (Playwright's text locators skip <noscript>, so the element is found by CSS.)
  await expect(page.locator('noscript p')).toBeVisible();
  await expect(page.locator('noscript p')).toContainText('This page needs JavaScript.');
  await expect(page.locator('[role=status]')).toBeHidden();
  await context.close();
});

test('when the wasm cannot be fetched, a bilingual panel offers a reload', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${APP}#/timeline?lang=en`);
  const panel = page.getByRole('alert');
  await expect(panel).toContainText('应用未能启动');
  await expect(panel).toContainText('The app could not start');
  // The causes it names include a site policy without 'wasm-unsafe-eval' (checked by hand).
  await expect(panel).toContainText("the site's security settings");
  await expect(panel.getByRole('button', { name: '重新载入 / Reload' })).toBeVisible();
  await expect(page.locator('.gv-status')).toHaveCount(0);
  // Styled by the app's tokens (the error colour), inset like the app's column.
  expect(await panel.evaluate((el) => getComputedStyle(el).borderTopColor)).toBe('rgb(164, 22, 26)');
  expect((await panel.boundingBox()).x).toBeGreaterThanOrEqual(15);
});

test('a wasm the browser cannot compile (an engine without reference types, say) gets the same panel', async ({ page }) => {
  // The magic number and version, then a section id that does not exist.
  await page.route('**/*.wasm', (route) => route.fulfill({ contentType: 'application/wasm', body: Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 0x7f, 1, 0]) }));
  await page.goto(`${APP}#/projects?lang=zh`);
  const panel = page.getByRole('alert');
  await expect(panel).toContainText('应用未能启动');
  await expect(panel).toContainText('The app could not start');
  await expect(page.locator('.gv-status')).toHaveCount(0);
});

test('the start-up script needs no newer JavaScript than the glue, and the no-module fallback is ES5', async ({ request }) => {
  const html = await (await request.get(APP)).text();
  const boot = html.match(/src="?\.\/(gv-boot-[0-9a-f]+\.js)/)?.[1];
  const glue = html.match(/href="?\.\/(gba-visit-explorer-[0-9a-f]+\.js)/)?.[1];
  expect(boot && glue, 'start-up script and glue linked from index.html').toBeTruthy();
  const source = async (file) => (await request.get(`${APP}${file}`)).text();
  // The glue's own level (optional chaining and the like: Chrome 80, Firefox 74, Safari 14).
  const options = { ecmaVersion: 2020, sourceType: 'module' };
  const [glueSource, bootSource, legacySource] = await Promise.all([glue, boot, 'gv-legacy.js'].map(source));
  expect(() => acorn.parse(glueSource, options), 'the glue parses as ES2020').not.toThrow();
  // No top-level await (ES2022): a browser that cannot run the wasm still reaches its panel.
  expect(() => acorn.parse(bootSource, options), 'the start-up script parses as ES2020').not.toThrow();
  expect(() => acorn.parse(legacySource, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
  expect(html).toMatch(/<script nomodule src="?gv-legacy\.js"?>/);
});

test('a browser without modules is told to use a current one, or speed mode', async ({ page }) => {
  // Chromium runs modules, so it never fetches the fallback; the check of that comes first.
  const fetched = [];
  page.on('request', (req) => fetched.push(new URL(req.url()).pathname));
  await page.goto(`${APP}#/timeline?lang=zh`);
  await expect(page.locator('.gv-tl-card').first()).toBeVisible();
  expect(fetched.filter((p) => p.endsWith('/gv-legacy.js'))).toEqual([]);
  // As such a browser would: no module runs, the fallback does, as a classic script.
  await loadWithoutModules(page, '#/timeline?lang=zh');
  const panel = page.getByRole('alert');
  await expect(panel).toContainText('此浏览器无法运行本应用');
  await expect(panel).toContainText('极速模式');
  await expect(panel.locator('p[lang=en]')).toContainText('This browser cannot run the app.');
  await expect(page.locator('.gv-status')).toHaveCount(0);
  expect(await panel.evaluate((el) => getComputedStyle(el).borderTopColor)).toBe('rgb(164, 22, 26)');
});

test('on paper: no display buttons or tabs, the header in black on white, each view under its heading', async ({ page }) => {
  await page.goto(`${APP}#/timeline?lang=zh`);
  await expect(page.getByRole('heading', { name: '日程' })).toBeAttached();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.gv-toolbar')).toBeHidden();
  await expect(page.getByRole('navigation')).toBeHidden();
  const header = await page.locator('.gv-header').evaluate((el) => {
    const s = getComputedStyle(el);
    return { background: s.backgroundColor, color: getComputedStyle(el.querySelector('h1')).color };
  });
  expect(header).toEqual({ background: 'rgba(0, 0, 0, 0)', color: 'rgb(0, 0, 0)' });
  // The timeline's heading, for screen readers only on screen, prints as the catalog's does.
  const heading = await page.getByRole('heading', { name: '日程' }).boundingBox();
  expect(heading.width).toBeGreaterThan(20);
  expect(heading.height).toBeGreaterThan(20);

  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: '项目' }).click();
  await expect(page.getByRole('heading', { name: '项目库' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: '项目库' })).toBeVisible();
  await expect(page.getByRole('navigation')).toBeHidden();
});
