// The interactive timeline, driven as a person would: with the keyboard only, and with the
// mouse, in both languages; deep links, Back/Forward, filters, live mode, narrow screens.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { APP, watch, expectClean, trackMisfits, spills, linesOf, lastLine, textBoxes } from './helpers.mjs';

/** Presses Tab until a timeline card has the focus; returns how many presses it took. */
async function tabToTimeline(page) {
  for (let i = 1; i <= 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.getAttribute('role') === 'option')) return i;
  }
  throw new Error('the timeline never took the focus');
}

const focused = (page) => page.locator(':focus');
/** The timeline's cards (the participant list's options are options too). */
const cards = (page) => page.getByRole('listbox').getByRole('option');
/** The open detail panel (a region named after its event). */
const detail = (page) => page.locator('.gv-tl-detail');

test('keyboard only, in Chinese: one tab stop, arrows in time order, Enter opens, Escape returns', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${APP}#/timeline?lang=zh`);
  await expect(page.getByRole('listbox', { name: '2020年活动日程' })).toBeVisible();
  await tabToTimeline(page);
  await expect(page.locator('[role=option][tabindex="0"]')).toHaveCount(1);
  await expect(focused(page)).toContainText('粤港澳大湾区电子信息产业链招商推介会');
  await expect(focused(page)).toContainText('12月3日上午');

  await page.keyboard.press('ArrowRight');
  await expect(focused(page)).toContainText('江西省对接粤港澳大湾区投资合作推介会');
  await page.keyboard.press('ArrowDown');
  await expect(focused(page)).toContainText('日期未公布');
  await page.keyboard.press('End');
  await expect(focused(page)).toContainText('各设区市专题对接推介活动');
  await page.keyboard.press('Home');
  await expect(focused(page)).toContainText('电子信息产业链');
  await page.keyboard.press('PageDown');
  await expect(focused(page)).toContainText('12月4日上午');
  await page.keyboard.press('PageDown');
  await expect(focused(page)).toContainText('日期未公布');
  await page.keyboard.press('PageUp');
  await expect(focused(page)).toContainText('12月4日上午');
  await expect(page.locator('[role=option][tabindex="0"]')).toHaveCount(1);

  // Shift+Tab leaves the timeline in one press, Tab comes back to the same card.
  await page.keyboard.press('Shift+Tab');
  await expect(focused(page)).toHaveRole('combobox');
  await page.keyboard.press('Tab');
  await expect(focused(page)).toContainText('江西省对接粤港澳大湾区投资合作推介会');

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/event=ev2020-investment-conference/);
  const panel = page.getByRole('region', { name: '江西省对接粤港澳大湾区投资合作推介会' });
  await expect(panel.getByRole('heading', { level: 3 })).toBeFocused();
  await expect(panel).toContainText('2020年12月4日上午');
  await expect(panel).toContainText('具体时间未公布');
  await expect(panel).toContainText('刘奇');
  await expect(panel).toContainText('作主旨推介');
  await expect(panel.getByText('S2', { exact: true })).toBeVisible();
  await expect(page.locator('[aria-selected="true"]')).toHaveCount(1);

  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page).not.toHaveURL(/event=/);
  await expect(focused(page)).toContainText('江西省对接粤港澳大湾区投资合作推介会');
  expectClean(problems);
});

test('mouse, in English: zoom to the editions and back, detail, projects in the catalog', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${APP}#/timeline?lang=en`);
  await page.getByRole('button', { name: 'All editions' }).click();
  await expect(page).toHaveURL(/zoom=history/);
  for (const year of ['2018 edition', '2019 edition', '2020 edition']) {
    await expect(page.getByRole('heading', { name: year })).toBeVisible();
  }
  const y2019 = page.getByRole('region', { name: '2019 edition' });
  await expect(y2019.getByText('1119.84', { exact: false })).toHaveCount(0); // English figures
  await expect(y2019.getByText('111.984 bn yuan')).toBeVisible();
  await expect(y2019.getByText('Sources: S8').first()).toBeVisible();
  await y2019.getByRole('button', { name: 'Open its days' }).click();
  await expect(page).toHaveURL(/zoom=2019/);
  await expect(page.getByRole('listbox', { name: 'Days of the 2019 edition' })).toBeVisible();

  await cards(page).filter({ hasText: 'Investment Cooperation Promotion Conference (2019)' }).click();
  const panel = detail(page);
  await expect(panel).toContainText('11 Jun 2019');
  await expect(panel).toContainText('Wanze Nanchang headquarters');
  await panel.getByRole('link', { name: 'Show these 3 projects in the catalog' }).click();
  await expect(page).toHaveURL(/#\/projects\?.*f\.event=ev2019-investment-conference/);
  await page.goBack();
  await expect(detail(page)).toContainText('Wanze');

  await page.getByRole('button', { name: 'Close' }).click();
  await expect(detail(page)).toHaveCount(0);
  await page.getByRole('button', { name: '2020' }).click();
  await expect(page.getByRole('listbox', { name: 'Days of the 2020 edition' })).toBeVisible();
  await expect(page.getByRole('group', { name: /Date not announced/ }).first()).toBeVisible();
  expectClean(problems);
});

test('filters narrow the timeline, announce the count, live in the link and clear', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${APP}#/timeline?lang=zh`);
  const status = page.getByRole('status').filter({ hasText: '活动' });
  await expect(status).toHaveText('显示全部 13 项活动');
  await expect(page.getByRole('button', { name: '清除筛选' })).toHaveCount(0);

  await page.getByRole('button', { name: /^推介会/ }).click();
  await expect(status).toHaveText('显示 4 项活动（共 13 项）');
  await expect(page).toHaveURL(/kind=promotion/);
  await expect(page.getByRole('button', { name: /^推介会/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(cards(page)).toHaveCount(4);
  // By keyboard: the chip keeps the focus when the filters are drawn again.
  const shenzhen = page.getByRole('button', { name: /^深圳/ });
  await shenzhen.focus();
  await page.keyboard.press('Enter');
  await expect(shenzhen).toHaveAttribute('aria-pressed', 'true');
  await expect(shenzhen).toBeFocused();
  await expect(status).toHaveText('显示 4 项活动（共 13 项）');

  await page.getByRole('combobox', { name: /参与者/ }).selectOption({ label: '刘奇 (1)' });
  await expect(page).toHaveURL(/who=person:liu-qi/);
  await expect(status).toHaveText('显示 1 项活动（共 13 项）');
  await expect(cards(page)).toHaveCount(1);

  await page.goBack();
  await expect(status).toHaveText('显示 4 项活动（共 13 项）');
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(status).toHaveText('显示全部 13 项活动');
  await expect(page).not.toHaveURL(/kind=|city=|who=/);
  await expect(page.getByRole('button', { name: '清除筛选' })).toHaveCount(0);
  expectClean(problems);
});

test('the participant list reads at the size and weight of the filter chips, in large text too', async ({ page }) => {
  await page.goto(`${APP}#/timeline?lang=zh`);
  const font = (locator) => locator.evaluate((el) => {
    const s = getComputedStyle(el);
    return { size: Math.round(parseFloat(s.fontSize) * 10) / 10, weight: s.fontWeight };
  });
  const list = page.getByRole('combobox', { name: /参与者/ });
  const chip = page.getByRole('button', { name: /^推介会/ });
  // It had inherited its label's smaller, semibold type (12.6 px bold beside 14.4 px chips).
  expect(await font(list)).toEqual(await font(chip));
  await page.getByRole('button', { name: /大字模式/ }).click();
  await expect(page.getByRole('button', { name: /大字模式/ })).toHaveAttribute('aria-pressed', 'true');
  expect(await font(list)).toEqual(await font(chip));
  expect((await font(list)).size).toBeGreaterThan(20);
});

test('a copied link reopens the same view; Back and Forward move between selections', async ({ page }) => {
  await page.goto(`${APP}#/timeline?lang=en&zoom=history&lanes=city&kind=fair&event=ev2018-jiangxi-hong-kong`);
  await expect(page.getByRole('button', { name: 'All editions' })).toHaveAttribute('aria-pressed', 'true');
  await expect(detail(page)).toContainText('16–18 May 2018');
  await expect(cards(page)).toHaveCount(2);
  await expect(page.getByRole('listbox').getByRole('option', { selected: true })).toContainText('Jiangxi–Hong Kong');

  await cards(page).filter({ hasText: 'First Jiangxi–Shenzhen' }).click();
  await expect(page).toHaveURL(/event=ev2018-gan-shen-fair/);
  await page.goBack();
  await expect(page).toHaveURL(/event=ev2018-jiangxi-hong-kong/);
  await expect(detail(page)).toContainText('Hong Kong');
  await page.goForward();
  await expect(detail(page)).toContainText('Shenzhen');
});

test('live mode marks this morning in China Standard Time, never an undated event', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${APP}#/timeline?lang=en&now=2020-12-04T09:30`);
  const live = page.getByRole('region', { name: 'Now' });
  await expect(live).toContainText('Now: 4 Dec 2020, 09:30 (China Standard Time)');
  await expect(live).toContainText('This morning');
  const card = cards(page).filter({ hasText: 'Investment Cooperation Promotion Conference' });
  await expect(card).toContainText('This morning');
  await expect(page.locator('.gv-tl-card__live')).toHaveCount(1);

  await page.goto(`${APP}#/timeline?lang=zh&now=2020-12-03T20:00`);
  await expect(page.getByRole('region', { name: '现在' })).toContainText('即将开始');
  await expect(cards(page).filter({ hasText: '投资合作推介会' })).toContainText('即将开始');

  await page.goto(`${APP}#/timeline?lang=zh&now=2020-12-05T09:00`);
  await expect(page.getByRole('listbox')).toBeVisible();
  await expect(page.getByRole('region', { name: '现在' })).toHaveCount(0);
  await expect(page.locator('.gv-tl-card__live')).toHaveCount(0);
  expectClean(problems);
});

test('large text: the track grows with the text, every card inside its lane', async ({ page }) => {
  await page.goto(`${APP}#/timeline?lang=zh`);
  await expect(cards(page)).toHaveCount(13);
  expect(await trackMisfits(page)).toEqual([]);
  const rowBefore = (await page.locator('.gv-tl-stripe').first().boundingBox()).height;
  await page.getByRole('button', { name: /大字模式/ }).click();
  await expect(page.getByRole('button', { name: /大字模式/ })).toHaveAttribute('aria-pressed', 'true');
  // The rows are as much taller as the text (16 px to 24 px), and nothing spills out of them.
  const rowAfter = (await page.locator('.gv-tl-stripe').first().boundingBox()).height;
  expect(rowAfter / rowBefore).toBeCloseTo(1.5, 1);
  expect(await trackMisfits(page)).toEqual([]);
});

/** The history's shown figure values, each with the lines its number, unit and words take. */
async function figureLines(page) {
  const spans = page.locator('.gv-tl-fig__value:visible');
  const values = [];
  for (const [i, text] of (await spans.allTextContents()).entries()) {
    const span = spans.nth(i);
    // The unit: what follows the last digit (after the space, if one separates them), unless
    // that is a percent sign.
    const at = text.search(/\d[^\d]*$/) + 1;
    const from = at > 0 && text[at] === ' ' ? at + 1 : at;
    const hasUnit = at > 0 && from < text.length && !/[\s%]/.test(text[from]);
    const words = [];
    for (const m of text.matchAll(/\S+/g)) words.push(await linesOf(span, m.index, m.index + m[0].length));
    values.push({
      text,
      number: await linesOf(span, 0, at),
      unit: hasUnit ? await linesOf(span, from, text.length) : 0,
      lines: await linesOf(span, 0, text.length),
      brokenWord: words.some((n) => n > 1),
    });
  }
  return values;
}

test('large text, all editions: a figure wider than its column breaks between its number and its unit', async ({ page }) => {
  await page.goto(`${APP}#/timeline?lang=zh&zoom=history`);
  await expect(page.locator('.gv-tl-fig__value').first()).toBeVisible();
  await page.getByRole('button', { name: /大字模式/ }).click();
  await expect(page.getByRole('button', { name: /大字模式/ })).toHaveAttribute('aria-pressed', 'true');
  // The bundled amounts all fit the history's columns now (one figure a row in large text,
  // the next test): narrow the lists to 150 px so the longer ones must wrap.
  await page.locator('.gv-tl-figs').evaluateAll((lists) => lists.forEach((l) => { l.style.width = '150px'; }));
  const values = await figureLines(page);
  const money = values.filter((v) => v.text.includes('亿'));
  expect(money.length).toBeGreaterThan(3);
  // Here some amounts are wider than their column: those must wrap, and only there.
  expect(money.filter((v) => v.lines > 1).length).toBeGreaterThan(0);
  expect(values.filter((v) => v.number > 1 || v.unit > 1).map((v) => v.text)).toEqual([]);
});

test('all editions (en): an amount too wide for its column wraps before its unit, "bn yuan" whole', async ({ page }) => {
  await page.goto(`${APP}#/timeline?lang=en&zoom=history`);
  await expect(page.locator('.gv-tl-fig__value').first()).toBeVisible();
  await page.locator('.gv-tl-figs').evaluateAll((lists) => lists.forEach((l) => { l.style.width = '150px'; }));
  const values = await figureLines(page);
  const amounts = values.filter((v) => v.text.includes('yuan'));
  expect(amounts.some((v) => /bn.yuan/.test(v.text))).toBe(true);
  expect(amounts.filter((v) => v.lines > 1).length).toBeGreaterThan(0);
  // "111.984 bn" over "yuan" read as if the amount were in billions of something else.
  expect(amounts.filter((v) => v.unit > 1).map((v) => v.text)).toEqual([]);
});

test('large text, all editions: one figure a row where two do not fit, no word broken (en)', async ({ page }) => {
  await page.goto(`${APP}#/timeline?lang=en&zoom=history`);
  const figures = page.locator('.gv-tl-figs').first().locator('.gv-tl-fig');
  const lefts = () => figures.evaluateAll((all) => new Set(all.map((f) => Math.round(f.getBoundingClientRect().left))).size);
  // evaluateAll does not wait: with the page still loading it counted no figure at all.
  await expect(figures.first()).toBeVisible();
  expect(await lefts()).toBe(2);
  await page.getByRole('button', { name: /Large text/ }).click();
  await expect(page.getByRole('button', { name: /Large text/ })).toHaveAttribute('aria-pressed', 'true');
  expect(await lefts()).toBe(1);
  // At two a row "US$2.831 bn" broke inside its number.
  const values = await figureLines(page);
  expect(values.some((v) => v.text.startsWith('US$'))).toBe(true);
  expect(values.filter((v) => v.brokenWord).map((v) => v.text)).toEqual([]);
});

test('below 640 px the same events read as a vertical agenda', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`${APP}#/timeline?lang=zh`);
  const list = cards(page);
  await expect(list).toHaveCount(13);
  const a = await list.nth(0).boundingBox();
  const b = await list.nth(1).boundingBox();
  expect(b.y).toBeGreaterThan(a.y + a.height - 1);
  expect(Math.abs(a.x - b.x)).toBeLessThan(2);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await list.nth(1).click();
  const panel = detail(page);
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: '关闭' }).click();
  await expect(panel).toHaveCount(0);
});

test('no title ends in a line of one character or one word (zh phone, en desktop)', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`${APP}#/timeline?lang=zh&zoom=2020`);
  await expect(cards(page)).toHaveCount(13);
  const titles = page.locator('.gv-header__title, .gv-tl-card__title');
  const wrapped = [];
  for (const title of await titles.all()) {
    const last = await lastLine(title);
    if (last.lines > 1) wrapped.push(last.text);
  }
  // Before: the title's "动" and "…经贸合作活" / "动" on a card stood alone.
  expect(wrapped.length).toBeGreaterThan(1);
  expect(wrapped.filter((t) => [...t].length < 2)).toEqual([]);

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${APP}#/timeline?lang=en`);
  const heading = await lastLine(page.locator('.gv-header__title'));
  expect(heading.lines).toBe(2);
  expect(heading.text.split(/\s+/).length).toBeGreaterThan(1);
});

test('on a phone in large text, every zoom and row button holds its label (en)', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`${APP}#/timeline?lang=en`);
  await page.getByRole('button', { name: /Large text/ }).click();
  await expect(page.getByRole('button', { name: /Large text/ })).toHaveAttribute('aria-pressed', 'true');
  const misfits = await page.locator('.gv-tl-seg__button').evaluateAll((buttons) => buttons
    .filter((b) => b.offsetParent)
    .flatMap((b) => {
      const out = [];
      if (b.scrollWidth > b.clientWidth + 1) out.push(`"${b.textContent}" spills out (${b.scrollWidth} > ${b.clientWidth})`);
      const line = parseFloat(getComputedStyle(b).lineHeight);
      if (b.getBoundingClientRect().height > 2 * line) out.push(`"${b.textContent}" breaks over lines`);
      return out;
    }));
  expect(misfits).toEqual([]);
  expect(await spills(page)).toEqual([]);
});

for (const lang of ['zh', 'en']) {
  test(`no accessibility violations (${lang}), detail open`, async ({ page }) => {
    await page.goto(`${APP}#/timeline?lang=${lang}&now=2020-12-04T09:30&event=ev2020-investment-conference`);
    await expect(detail(page)).toBeVisible();
    const results = await new AxeBuilder({ page }).include('.gv-tl').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    await page.getByRole('button', { name: lang === 'zh' ? '历届对比' : 'All editions' }).click();
    const history = await new AxeBuilder({ page }).include('.gv-tl').analyze();
    expect(history.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
}

// With clock times the axis shows hour ticks, and two of them (12:00, 18:00) fall on the
// edges of the parts of the day: their labels once overprinted "Afternoon" and "Evening".
test('hour ticks and the names of the parts of the day do not overprint each other', async ({ page }) => {
  for (const lang of ['en', 'zh-CN']) {
    await page.goto(`/host?lang=${lang}&src=/fixtures/duplicate-ids.json`);
    await expect(page.locator('.gv-tl-day__tick').first()).toBeVisible();
    const parts = await textBoxes(page.locator('.gv-tl-day__part'));
    const ticks = await textBoxes(page.locator('.gv-tl-day__tick'));
    // Boxes of CJK text carry the font's own leading (2-3 px at these sizes), so boxes that
    // touch by that much are not glyphs on glyphs; the overprint was 8-10 px.
    const meet = (a, b) => a.left < b.right && b.left < a.right && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 3;
    const overlaps = { count: ticks.length, hits: ticks.flatMap((t) => parts.filter((p) => meet(t, p)).map((p) => `${t.text} on ${p.text}`)) };
    expect(overlaps.count, 'the fixture has clock times, so ticks are drawn').toBeGreaterThan(2);
    expect(overlaps.hits, lang).toEqual([]);
  }
});

// The last tick of a narrow day had no room for its label and ran into the next day's edge;
// there its label is hidden and its line stays.
test('hour tick labels stay inside their day', async ({ page }) => {
  for (const [width, large] of [[1280, false], [700, true]]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/host?lang=en&src=/fixtures/duplicate-ids.json');
    await expect(page.locator('.gv-tl-day__tick').first()).toBeVisible();
    if (large) await page.getByRole('button', { name: 'Large text' }).click();
    const ticks = await textBoxes(page.locator('.gv-tl-day__tick'), '.gv-tl-day');
    const out = ticks
      .filter((t) => t.color !== 'rgba(0, 0, 0, 0)' && t.right > t.withinRight + 0.5)
      .map((t) => `${t.text} ends at ${t.right}, its day at ${t.withinRight}`);
    expect(out, `${width} px${large ? ', large text' : ''}`).toEqual([]);
  }
});

test('a card that runs into the next days is drawn above their lines and shading', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${APP}#/timeline?lang=en&zoom=2019`);
  const long = page.getByRole('option', { name: /10–14 Jun/ });
  await expect(long).toBeVisible();
  // Hit testing follows the order of painting: with the days made hittable, whatever is on top
  // at a point of a later day inside the card must be the card.
  const covered = async () =>
    long.evaluate((card) => {
      const c = card.getBoundingClientRect();
      const shown = card.closest('.gv-tl-scroll').getBoundingClientRect();
      const days = [...document.querySelectorAll('.gv-tl-day')];
      // Through CSSOM: the page's Content-Security-Policy forbids a <style> element.
      const parts = days.flatMap((day) => [day, ...day.querySelectorAll('*')]);
      for (const el of parts) el.style.setProperty('pointer-events', 'auto', 'important');
      const out = [];
      let checked = 0;
      for (const day of days) {
        const d = day.getBoundingClientRect();
        if (d.left <= c.left + 8 || d.left >= c.right - 8) continue;
        for (const x of [d.left + 1, d.left + d.width / 2]) {
          if (x >= Math.min(c.right, shown.right) - 8) continue;
          checked += 1;
          const top = document.elementFromPoint(x, c.top + c.height / 2);
          if (!card.contains(top)) out.push(`${day.textContent.trim()} at ${x}: ${top?.className}`);
        }
      }
      for (const el of parts) el.style.removeProperty('pointer-events');
      return checked > 0 ? out : ['no later day inside the card'];
    });
  expect(await covered()).toEqual([]);
  // Once the keys have moved, the days the browser drew stay drawn (timeline/drawn.rs).
  await long.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect(long).toBeFocused();
  expect(await covered()).toEqual([]);
  expectClean(problems);
});
