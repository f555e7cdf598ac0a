// Both embed modes inside the hostile demo portal (demo/), under the strict CSP: the app looks
// and works as on its own page, keeps its styles to itself, never touches the host's URL beyond
// its own parameter, and shared links reopen the same view.
import { test, expect } from '@playwright/test';
import { watch, expectClean, trackMisfits } from './helpers.mjs';

test.describe('in-page embed', () => {
  test('renders inside the hostile portal without being restyled or restyling it', async ({ page }) => {
    const problems = watch(page);
    await page.goto('/demo/portal-inpage.html?csp=strict');
    const app = page.locator('[data-gba-visit]');
    await expect(app.getByRole('heading', { level: 2, name: '江西对接粤港澳大湾区经贸合作活动' })).toBeVisible();
    await expect(app.getByRole('region', { name: '江西对接粤港澳大湾区经贸合作活动' })).toBeVisible();
    // The host's CSS does not reach the app: its cards compute exactly as on the app's own page.
    const probe = (el) => {
      const s = getComputedStyle(el);
      return { float: s.float, font: s.fontFamily, size: s.fontSize, line: s.lineHeight, margin: s.margin, padding: s.padding, letter: s.letterSpacing, box: s.boxSizing };
    };
    const embedded = await app.getByRole('option').first().evaluate(probe);
    const own = await page.context().newPage();
    await own.goto('/some/deep/path/#/timeline?lang=zh');
    const standalone = await own.getByRole('option').first().evaluate(probe);
    await own.close();
    expect(embedded).toEqual(standalone);
    expect(embedded.font).not.toContain('SimSun');
    // The portal's 12 px root font size does not reach the track's geometry either.
    expect(await trackMisfits(app)).toEqual([]);
    // …and the app's CSS does not reach the host.
    const hostH1 = await page.locator('main#content > h1').evaluate((el) => getComputedStyle(el).color);
    expect(hostH1).toBe('rgb(139, 0, 0)');
    const hostLi = await page.locator('main#content > ul > li').first().evaluate((el) => getComputedStyle(el).float);
    expect(hostLi).toBe('left');
    expectClean(problems);
  });

  test('keeps its state in one query parameter and leaves the host URL alone', async ({ page }) => {
    const problems = watch(page);
    await page.goto('/demo/portal-inpage.html?section=news&csp=strict#notices');
    const app = page.locator('[data-gba-visit]');
    await app.getByRole('link', { name: '项目' }).click();
    await expect(app.getByRole('heading', { name: '万泽南昌总部及航空发动机零部件项目' })).toBeVisible();
    // The URL follows the page in the next task.
    await expect.poll(() => new URL(page.url()).searchParams.get('gv')).toBe('/projects');
    const url = new URL(page.url());
    expect(url.hash).toBe('#notices');
    expect(url.searchParams.get('section')).toBe('news');
    expect(url.searchParams.get('csp')).toBe('strict');
    expect(url.searchParams.get('gv')).toBe('/projects');
    await page.goBack();
    await expect(app.getByRole('option', { name: /江西省对接粤港澳大湾区投资合作推介会/ })).toBeVisible();
    await expect.poll(() => new URL(page.url()).searchParams.get('gv')).toBeNull();
    expectClean(problems);
  });

  test('a shared link reopens the same view', async ({ page }) => {
    await page.goto('/demo/portal-inpage.html?csp=strict&gv=' + encodeURIComponent('/projects?lang=en'));
    const app = page.locator('[data-gba-visit]');
    await expect(app.getByRole('heading', { name: 'Wanze Nanchang headquarters and aero-engine parts' })).toBeVisible();
  });

  test('every heading sits below the portal heading (data-heading-level="2")', async ({ page }) => {
    await page.goto('/demo/portal-inpage.html?csp=strict&gv=' + encodeURIComponent('/projects?lang=en'));
    const app = page.locator('[data-gba-visit]');
    await expect(app.getByRole('heading', { level: 4, name: 'Wanze Nanchang headquarters and aero-engine parts' })).toBeVisible();
    await expect(app.getByRole('heading', { level: 2 })).toHaveCount(1);
    await expect(app.getByRole('heading', { level: 3, name: 'Project catalog' })).toBeAttached();
    await expect(app.getByRole('heading', { level: 4, name: 'Filters' })).toBeAttached();
    await expect(app.getByRole('heading', { level: 5, name: /^City/ })).toBeAttached();
    // The timeline: edition columns, then an event's detail.
    await page.goto('/demo/portal-inpage.html?csp=strict&gv=' + encodeURIComponent('/timeline?lang=en&zoom=history'));
    await expect(app.getByRole('heading', { level: 4, name: '2020 edition' })).toBeVisible();
    await page.goto('/demo/portal-inpage.html?csp=strict&gv=' + encodeURIComponent('/timeline?lang=en&zoom=2019'));
    await app.getByRole('option').filter({ hasText: 'Investment Cooperation Promotion Conference (2019)' }).click();
    await expect(app.locator('.gv-tl-detail__title')).toBeVisible();
    expect(await app.locator('.gv-tl-detail__title').evaluate((el) => el.tagName)).toBe('H4');
    // No heading inside the app is at or above the portal's own level but the app title.
    const levels = await app.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels.filter((l) => l <= 2)).toEqual([2]);
  });
});

test.describe('iframe embed', () => {
  const frameOf = (page) => page.frameLocator('iframe.gv-embed-frame');

  test('sizes itself to its content', async ({ page }) => {
    const problems = watch(page);
    await page.goto('/demo/portal-iframe.html?csp=strict');
    const frame = frameOf(page);
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('江西对接粤港澳大湾区经贸合作活动');
    const iframe = page.locator('iframe.gv-embed-frame');
    await expect.poll(async () => (await iframe.boundingBox()).height, { timeout: 5000 }).toBeGreaterThan(900);
    const inner = await frame.locator("body").evaluate((body) => body.scrollHeight);
    const outer = (await iframe.boundingBox()).height;
    expect(Math.abs(inner - outer)).toBeLessThanOrEqual(2);
    // Switching to a shorter view shrinks it.
    await frame.getByRole('link', { name: '项目' }).click();
    await expect.poll(async () => (await iframe.boundingBox()).height).not.toBe(outer);
    expectClean(problems);
  });

  test('mirrors its route in the host URL, follows Back, and restores from a shared link', async ({ page }) => {
    await page.goto('/demo/portal-iframe.html?csp=strict#notices');
    const frame = frameOf(page);
    await frame.getByRole('link', { name: '项目' }).click();
    await expect(frame.getByRole('heading', { name: '万泽南昌总部及航空发动机零部件项目' })).toBeVisible();
    await expect.poll(() => new URL(page.url()).searchParams.get('gv')).toBe('/projects');
    expect(new URL(page.url()).hash).toBe('#notices');
    await page.goBack();
    await expect(frame.getByRole('option', { name: /江西省对接粤港澳大湾区投资合作推介会/ })).toBeVisible();
    await expect.poll(() => new URL(page.url()).searchParams.get('gv')).toBeNull();

    const shared = '/demo/portal-iframe.html?csp=strict&gv=' + encodeURIComponent('/projects?lang=en');
    await page.goto(shared);
    await expect(frameOf(page).getByRole('heading', { name: 'Wanze Nanchang headquarters and aero-engine parts' })).toBeVisible();
  });

  test('ignores messages that do not come from the app', async ({ page }) => {
    await page.goto('/demo/portal-iframe.html?csp=strict');
    await expect(frameOf(page).getByRole('heading', { level: 1 })).toBeVisible();
    const iframe = page.locator('iframe.gv-embed-frame');
    await expect.poll(async () => (await iframe.boundingBox()).height).toBeGreaterThan(900);
    const before = (await iframe.boundingBox()).height;
    await page.evaluate(() => window.postMessage({ type: 'gv:height', height: 5 }, '*'));
    await page.waitForTimeout(300);
    expect((await iframe.boundingBox()).height).toBe(before);
  });
});
