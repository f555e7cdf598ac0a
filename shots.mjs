import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu'] });
const base = 'http://127.0.0.1:8870/';
async function shot(name, width, url, act) {
  const page = await browser.newPage({ viewport: { width, height: width > 800 ? 1000 : 1400 } });
  await page.goto(base + url);
  await page.locator('.gv-catalog').waitFor();
  if (act) await act(page);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/cat-shot-${name}.png`, fullPage: false });
  await page.close();
}
await shot('zh-1280-gz', 1280, '#/projects?lang=zh&q=gz');
await shot('en-1280-facets', 1280, '#/projects?lang=en&f.city=nanchang,ji-an&min=10', async (p) => { await p.locator('.gv-chart__toggle').first().click(); });
await shot('en-1280-detail', 1280, '#/projects?lang=en&project=p2019-mtc');
await shot('zh-375-filters', 375, '#/projects?lang=zh&q=nanchang', async (p) => { await p.getByRole('button', { name: '筛选' }).click(); });
await shot('en-375-results', 375, '#/projects?lang=en&f.stage=signed', async (p) => { await p.locator('.gv-summary').scrollIntoViewIfNeeded(); });
await shot('zh-375-detail', 375, '#/projects?lang=zh&project=p2019-wanze');
await browser.close();
