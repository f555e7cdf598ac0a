// Accessibility: zero axe-core violations (WCAG 2.0/2.1 A and AA rules) on every view, in both
// languages, in both embed modes and in the display modes; the display toolbar works and is
// remembered; keyboard-only use; narrow screens without horizontal scrolling.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { APP, loadWithoutModules } from './helpers.mjs';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoViolations(page, label, include) {
  let builder = new AxeBuilder({ page }).withTags(WCAG);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

const views = ['timeline', 'projects'];
const langs = ['zh', 'en'];

for (const view of views) {
  for (const lang of langs) {
    test(`standalone ${view} in ${lang}: no axe violations, also in large text and high contrast`, async ({ page }) => {
      await page.goto(`${APP}#/${view}?lang=${lang}`);
      await expect(page.locator('.gv-header__title')).toBeVisible();
      await expectNoViolations(page, `${view}/${lang}`);
      const toolbar = page.getByRole('group', { name: lang === 'zh' ? '显示设置' : 'Display settings' });
      await toolbar.getByRole('button', { name: lang === 'zh' ? /大字模式/ : /Large text/ }).click();
      await toolbar.getByRole('button', { name: lang === 'zh' ? /高对比度/ : /High contrast/ }).click();
      await expectNoViolations(page, `${view}/${lang} large + high contrast`);
    });
  }
}

for (const lang of langs) {
  test(`in-page embed in the hostile portal (${lang}): no violations inside the app`, async ({ page }) => {
    await page.goto(`/demo/portal-inpage.html?csp=strict&gv=${encodeURIComponent(`/timeline?lang=${lang}`)}`);
    await expect(page.locator('[data-gba-visit] .gv-header__title')).toBeVisible();
    await expectNoViolations(page, `in-page ${lang}`, '[data-gba-visit]');
  });

  test(`iframe embed (${lang}): no violations in the framed app`, async ({ page }) => {
    await page.goto(`${APP}index.html?embed=iframe&lang=${lang}`);
    await expect(page.locator('.gv-header__title')).toBeVisible();
    await expectNoViolations(page, `iframe ${lang}`);
  });
}

test('display modes are remembered across visits and survive blocked storage', async ({ page, context }) => {
  await page.goto(`${APP}#/timeline?lang=en`);
  const large = page.getByRole('button', { name: /Large text/ });
  await large.click();
  await expect(large).toHaveAttribute('aria-pressed', 'true');
  const before = await page.locator('.gv-tl-card__title').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await page.reload();
  await expect(page.getByRole('button', { name: /Large text/ })).toHaveAttribute('aria-pressed', 'true');
  const after = await page.locator('.gv-tl-card__title').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(after).toBeCloseTo(before, 1);
  const normalPage = await context.newPage();
  await normalPage.addInitScript(() => localStorage.clear());
  await normalPage.goto(`${APP}#/timeline?lang=en`);
  const normal = await normalPage.locator('.gv-tl-card__title').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(before / normal).toBeGreaterThanOrEqual(1.49);

  // Storage that throws (blocked by a sandbox or the reader's settings): the toggles still work.
  const blocked = await context.newPage();
  await blocked.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await blocked.goto(`${APP}#/timeline?lang=en`);
  const contrast = blocked.getByRole('button', { name: /High contrast/ });
  await contrast.click();
  await expect(contrast).toHaveAttribute('aria-pressed', 'true');
  await expect(blocked.locator('.gv-app')).toHaveClass(/gv-app--contrast/);
});

test('prefers-contrast: more starts in high contrast', async ({ browser }) => {
  const context = await browser.newContext({ contrast: 'more' });
  const page = await context.newPage();
  await page.goto(`${APP}#/timeline?lang=zh`);
  await expect(page.locator('.gv-app')).toHaveClass(/gv-app--contrast/);
  await context.close();
});

test('320 px wide and 200% zoom: no horizontal scrolling', async ({ browser }) => {
  for (const [width, scale] of [[320, 1], [640, 2]]) {
    const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: scale });
    const page = await context.newPage();
    for (const view of views) {
      await page.goto(`${APP}#/${view}?lang=en`);
      await expect(page.locator('.gv-header__title')).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${view} at ${width}px`).toBeLessThanOrEqual(0);
    }
    await context.close();
  }
});

test('keyboard only: every control is reachable and shows a focus ring', async ({ page }) => {
  await page.goto(`${APP}#/timeline?lang=en`);
  await expect(page.locator('.gv-header__title')).toBeVisible();
  const seen = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      if (el === document.body) return { text: '(body)', outline: 'n/a' };
      const style = getComputedStyle(el);
      return { text: (el.textContent || '').trim().slice(0, 30), outline: style.outlineStyle, width: style.outlineWidth };
    });
    seen.push(info.text);
    expect(info.outline, `focus ring on ${info.text}`).not.toBe('none');
  }
  expect(seen).toEqual(expect.arrayContaining(['中文', 'A+Large text', '◐High contrast', 'Timeline', 'Projects']));
  await page.keyboard.press('Enter');
});

test('touch targets are at least 44 × 44 px', async ({ page }) => {
  await page.goto(`${APP}#/timeline?lang=en`);
  await expect(page.locator('.gv-header__title')).toBeVisible();
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('.gv-app button, .gv-app a[href], .gv-app summary, .gv-app input, .gv-app select')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el: el.textContent.trim().slice(0, 30) || el.className, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 44 || r.height < 44)
      .map(({ el, r }) => `${el}: ${Math.round(r.width)}×${Math.round(r.height)}`),
  );
  expect(small).toEqual([]);
});

test('the panels shown when the app cannot start: no axe violations', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${APP}#/timeline?lang=zh`);
  await expect(page.getByRole('alert')).toContainText('应用未能启动');
  await expectNoViolations(page, 'start failure panel');
  // What a browser without modules shows (the fallback run as a classic script).
  await page.unroute('**/*.wasm');
  await loadWithoutModules(page, '#/timeline?lang=zh');
  await expect(page.getByRole('alert')).toContainText('极速模式');
  await expectNoViolations(page, 'no-module message');
});
