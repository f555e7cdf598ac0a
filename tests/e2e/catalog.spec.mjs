// The project catalog, driven as a person would: facets, search (pinyin, full-width), range,
// sort, chips, export, deep links and Back/Forward, in both languages.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { APP, watch, expectClean, spills, linesOf } from './helpers.mjs';

const count = (page) => page.getByRole('status').filter({ hasText: /项目|project/ });

test('facets filter with live counts; chips and clear all remove them (zh)', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${APP}#/projects?lang=zh`);
  await expect(count(page)).toHaveText('共 13 个项目');
  // "Not announced" is a value like any other, with its count.
  await page.getByRole('region', { name: '所在城市' }).getByRole('checkbox', { name: /^未公布\s*10$/ }).check();
  await expect(count(page)).toHaveText('共 10 个项目');
  await page.getByRole('region', { name: '所在城市' }).getByRole('checkbox', { name: /^未公布\s*10$/ }).uncheck();
  await page.getByRole('checkbox', { name: /^南昌/ }).check();
  await expect(count(page)).toHaveText('共 2 个项目');
  await expect(page).toHaveURL(/f\.city=nanchang/);
  // With the city set, the other facets count what they would give together with it.
  await expect(page.getByRole('checkbox', { name: /^电子信息/ })).toBeDisabled();
  await expect(page.getByRole('checkbox', { name: /^航空/ })).toBeEnabled();
  await page.getByRole('checkbox', { name: /^吉安/ }).check();
  await expect(count(page)).toHaveText('共 3 个项目');
  await page.getByRole('checkbox', { name: /^航空/ }).check();
  await expect(count(page)).toHaveText('共 1 个项目');
  await page.getByRole('link', { name: '移除条件：产业：航空' }).click();
  await expect(count(page)).toHaveText('共 3 个项目');
  await page.getByRole('searchbox', { name: '搜索项目' }).fill('不存在的项目');
  await expect(count(page)).toHaveText('共 0 个项目');
  await expect(page.getByText('没有符合条件的项目')).toBeVisible();
  // Nothing to sort, page or export: those controls go while nothing is found.
  await expect(page.getByRole('combobox', { name: '排序' })).toBeHidden();
  await expect(page.getByRole('button', { name: /^CSV/ })).toBeHidden();
  // Nor a summary box saying "项目 0" above "共 0 个项目".
  const summary = page.getByRole('region', { name: '结果概览' });
  await expect(summary).toBeHidden();
  await page.getByRole('link', { name: '清除全部' }).click();
  await expect(page.getByRole('combobox', { name: '排序' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^CSV/ })).toBeVisible();
  await expect(summary).toBeVisible();
  await expect(count(page)).toHaveText('共 13 个项目');
  await expect(page).toHaveURL(/#\/projects\?lang=zh$/);
  expectClean(problems);
});

test('search finds pinyin initials and full-width letters; typing replaces the history entry (en)', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${APP}#/timeline?lang=en`);
  await page.getByRole('link', { name: 'Projects' }).click();
  const search = page.getByRole('searchbox', { name: 'Search projects' });
  await search.pressSequentially('wznc');
  await expect(count(page)).toHaveText('1 project found');
  await expect(page.getByRole('link', { name: 'Wanze Nanchang headquarters and aero-engine parts' })).toBeVisible();
  await search.fill('ＬＥＤ');
  await expect(count(page)).toHaveText('1 project found');
  await expect(page.getByRole('link', { name: 'MTC Nanchang LED epitaxy and chips' })).toBeVisible();
  // The hint's examples come from the data and find what they promise (a fixed "ganzhou, gz"
  // found nothing here).
  await expect(page.locator('#gv-search-hint')).toHaveText('Name, partner, description or city; pinyin and initials work too (e.g. nanchang, nc)');
  await search.fill('nc');
  await expect(page.getByRole('link', { name: 'MTC Nanchang LED epitaxy and chips' })).toBeVisible();
  await search.fill('nanchang');
  await expect(count(page)).toHaveText('2 projects found');
  await expect(page).toHaveURL(/q=nanchang/);
  // One Back leaves the catalog: the keystrokes made no history entries.
  await page.goBack();
  await expect(page.getByRole('option', { name: /Jiangxi–Greater Bay Area Investment Cooperation Promotion Conference/ }).first()).toBeVisible();
  expectClean(problems);
});

test('typing keeps the result cards it still shows, and their links follow the query (en)', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${APP}#/projects?lang=en`);
  const search = page.getByRole('searchbox', { name: 'Search projects' });
  await search.pressSequentially('nan');
  const card = page.locator('.gv-result', { hasText: 'Wanze Nanchang headquarters' });
  await expect(card).toBeVisible();
  // A mark in the page: a card drawn again comes without it.
  await card.evaluate((li) => {
    li.dataset.seen = '1';
  });
  await search.pressSequentially('chang');
  await expect(count(page)).toHaveText('2 projects found');
  const kept = page.locator('.gv-result[data-seen="1"]');
  await expect(kept).toHaveCount(1);
  const link = kept.getByRole('link', { name: 'Wanze Nanchang headquarters and aero-engine parts' });
  await expect(link).toHaveAttribute('href', /q=nanchang/);
  // The kept card's link opens its project with the whole query, as a new card's would.
  await link.click();
  await expect(page.getByRole('heading', { name: 'Wanze Nanchang headquarters and aero-engine parts' })).toBeVisible();
  await expect(page).toHaveURL(/q=nanchang/);
  // Back to the list. A wider page keeps the cards it shares and draws the others in their
  // places: from "LED" (MTC alone) to everything, Wanze comes in front of the kept MTC card.
  await page.goBack();
  await search.fill('LED');
  await expect(count(page)).toHaveText('1 project found');
  await page.locator('.gv-result').first().evaluate((li) => {
    li.dataset.seen = '2';
  });
  await search.fill('');
  await expect(count(page)).toHaveText('13 projects found');
  const cards = page.locator('.gv-result');
  await expect(cards).toHaveCount(13);
  await expect(cards.nth(0)).toContainText('Wanze Nanchang');
  await expect(cards.nth(1)).toHaveAttribute('data-seen', '2');
  await expect(cards.nth(1)).toContainText('MTC Nanchang LED');
  await expect(cards.nth(2)).toContainText('Haineng');
  expectClean(problems);
});

test('the URL follows typing after a pause; a click right after typing keeps the typed query in Back (en)', async ({ page }) => {
  await page.goto(`${APP}#/projects?lang=en`);
  const search = page.getByRole('searchbox', { name: 'Search projects' });
  await search.fill('nanchang');
  await expect(count(page)).toHaveText('2 projects found');
  // Within the typing pause, a facet click makes a new entry; the one it leaves holds the query.
  await page.getByRole('checkbox', { name: /^Aviation/ }).check();
  await expect(count(page)).toHaveText('1 project found');
  await expect(page).toHaveURL(/q=nanchang.*f\.industry=aviation|f\.industry=aviation.*q=nanchang/);
  await page.goBack();
  await expect(count(page)).toHaveText('2 projects found');
  await expect(search).toHaveValue('nanchang');
  await expect(page).toHaveURL(/q=nanchang/);
  await expect(page).not.toHaveURL(/f\.industry/);
});

test('the investment range keeps or leaves out unknown amounts, explicitly (en)', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${APP}#/projects?lang=en`);
  await page.getByRole('textbox', { name: 'From' }).fill('30');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(count(page)).toHaveText('12 projects found');
  await expect(page).toHaveURL(/min=30/);
  await page.getByRole('radio', { name: 'Leave them out' }).check();
  await expect(count(page)).toHaveText('2 projects found');
  await expect(page.getByText('12 bn yuan (2 projects)')).toBeVisible();
  await page.getByRole('link', { name: /Remove filter: Investment/ }).click();
  await expect(count(page)).toHaveText('3 projects found');
  expectClean(problems);
});

test('large text enlarges the filter checkboxes, radios and chart labels with the text, on a phone too (en)', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`${APP}#/projects?lang=en`);
  await page.getByRole('button', { name: 'Filters' }).click();
  const box = page.getByRole('checkbox', { name: /Aviation/ });
  const radio = page.getByRole('radio', { name: 'Leave them out' });
  // An SVG's text shrinks with its box: the chart's labels were smaller in large text here.
  const label = page.locator('.gv-chart__label').first();
  const glyphs = () => label.evaluate((el) => {
    const size = parseFloat(getComputedStyle(el).fontSize);
    // SVG text is drawn at its font size times the SVG's scale.
    return el instanceof SVGGraphicsElement ? size * el.getScreenCTM().a : size;
  });
  const sizes = async () => [(await box.boundingBox()).height, (await radio.boundingBox()).height, await glyphs()];
  const before = await sizes();
  await page.getByRole('button', { name: /Large text/ }).click();
  await expect(page.getByRole('button', { name: /Large text/ })).toHaveAttribute('aria-pressed', 'true');
  const after = await sizes();
  // Text goes from 16 to 24 px; a control kept at the browser's small-control font stayed put.
  expect(after[0] / before[0]).toBeCloseTo(1.5, 1);
  expect(after[1] / before[1]).toBeCloseTo(1.5, 1);
  expect(after[2] / before[2]).toBeCloseTo(1.5, 1);
  // The histogram's ticks grow too, as far as a tenth of its width allows, and never run together.
  const ticks = page.locator('.gv-histogram__tick');
  await expect(ticks).toHaveCount(10);
  const crowded = await ticks.evaluateAll((all) => all.filter((t) => t.scrollWidth > t.clientWidth).map((t) => t.textContent));
  expect(crowded).toEqual([]);
  expect(await ticks.last().evaluate((t) => parseFloat(getComputedStyle(t).fontSize))).toBeGreaterThan(12);
  // Nothing is wider than the phone (the sort menu was, by 10 px).
  expect(await spills(page)).toEqual([]);
});

test('on a phone in large text the total wraps between the sum and its project count (zh)', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`${APP}#/projects?lang=zh`);
  await page.getByRole('button', { name: /大字模式/ }).click();
  await expect(page.getByRole('button', { name: /大字模式/ })).toHaveAttribute('aria-pressed', 'true');
  const total = page.locator('.gv-stat__value').filter({ hasText: '亿元' });
  await expect(total).toHaveText('140亿元（3 个项目）');
  const cut = '140亿元'.length;
  const end = '140亿元（3 个项目）'.length;
  // Too wide for one line here: two lines, the break between the parts, neither part broken.
  expect(await linesOf(total, 0, end)).toBe(2);
  expect(await linesOf(total, 0, cut)).toBe(1);
  expect(await linesOf(total, cut, end)).toBe(1);
});

test('a chart table the user opened stays open while the results change under it (en, zh)', async ({ page }) => {
  await page.goto(`${APP}#/projects?lang=en`);
  const stage = page.locator('#gv-chart-stage-table');
  const industry = page.locator('#gv-chart-industry-table');
  await stage.getByText('Show table').focus();
  await page.keyboard.press('Enter');
  await expect(stage).toHaveAttribute('open', '');
  const before = await stage.locator('tbody').innerText();
  // Typing, a facet and the language each redraw the summary with new figures.
  await page.getByLabel('Search projects').fill('nanchang');
  await expect(count(page)).not.toHaveText('13 projects found');
  await expect(stage.locator('tbody')).not.toHaveText(before);
  await expect(stage).toHaveAttribute('open', '');
  await page.locator('input[data-facet="stage"]:not([disabled])').first().check();
  await expect(page).toHaveURL(/stage=/);
  await expect(stage).toHaveAttribute('open', '');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(stage.locator('summary')).toHaveText('显示数据表');
  await expect(stage).toHaveAttribute('open', '');
  // Only the table opened.
  await expect(industry).not.toHaveAttribute('open');
});

test('the summary follows the results a frame later: typing fast ends on the last results, leaving the view meanwhile is safe (en)', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${APP}#/projects?lang=en`);
  const stat = page.locator('.gv-stat__value').first();
  await expect(stat).toHaveText('13');
  // Several changes in one task: the summary is asked for once and shows the last of them.
  await page.evaluate(() => {
    const input = document.querySelector('#gv-search-input');
    for (const q of ['n', 'na', 'nan', 'nanc', 'nanchang']) {
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
  await expect(count(page)).toHaveText('2 projects found');
  await expect(stat).toHaveText('2');
  await expect(page.locator('.gv-stat__value').nth(1)).toContainText('(2 projects)');
  // In the frame of the results, the summary still shows the last ones; in the next, these.
  const seen = await page.evaluate(async () => {
    const input = document.querySelector('#gv-search-input');
    input.value = 'ji';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const stat = () => document.querySelector('.gv-stat__value').textContent;
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    await frame();
    const first = stat();
    await frame();
    return [first, stat()];
  });
  expect(seen[1]).not.toBe(seen[0]);
  await expect(stat).toHaveText(await count(page).textContent().then((t) => t.match(/\d+/)[0]));
  // A change, then another view before the summary is drawn: no error, and back on the
  // catalog the summary matches its results.
  await page.evaluate(() => {
    const input = document.querySelector('#gv-search-input');
    input.value = 'nanchang';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    document.querySelector('.gv-tabs__tab').click();
  });
  await expect(page.locator('.gv-tl-card').first()).toBeVisible();
  await page.getByRole('link', { name: 'Projects' }).click();
  await expect(count(page)).toHaveText('2 projects found');
  await expect(stat).toHaveText('2');
  await expect(page.locator('.gv-crash')).toHaveCount(0);
  expectClean(problems);
});

test('the keyboard keeps its place when the link it followed goes: chips, detail and back, no results, Back and Forward (en)', async ({ page }) => {
  await page.goto(`${APP}#/projects?lang=en`);
  const focused = () => page.evaluate(() => document.activeElement.textContent.trim() || document.activeElement.className);
  await page.getByLabel('Search projects').fill('a');
  for (const facet of ['city', 'stage']) {
    await page.locator(`input[data-facet="${facet}"]:not([disabled])`).first().check();
  }
  const chips = page.locator('.gv-catalog__chips a');
  await expect(chips).toHaveCount(4);
  const [, second, third] = await chips.allTextContents();
  // Removing a chip by keyboard: the focus goes to the next chip, then to "Clear all".
  await chips.nth(1).focus();
  await page.keyboard.press('Enter');
  await expect(chips).toHaveCount(3);
  // The focus moves in the frame after the chips are drawn again (`focus_after_redraw`).
  await expect.poll(focused).toBe(third);
  expect(second).not.toBe(third);
  await page.keyboard.press('Enter');
  await expect(chips).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Clear all' })).toBeFocused();
  // "Clear all" takes every chip: the search field, just above, has the focus.
  await page.keyboard.press('Enter');
  await expect(chips).toHaveCount(0);
  await expect(page.getByLabel('Search projects')).toBeFocused();
  // A result opens its detail, whose heading takes the focus; "Back to the results" returns
  // it to that result.
  const third_result = page.locator('.gv-result__link').nth(2);
  const name = await third_result.textContent();
  await third_result.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name })).toBeFocused();
  await page.getByRole('link', { name: /Back to the results/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.gv-result__link').nth(2)).toBeFocused();
  await expect(page.locator('.gv-result__link').nth(2)).toHaveText(name);
  // Nothing found: its "Clear all" button goes with the empty state, the focus to the search.
  await page.getByLabel('Search projects').fill('zzzz');
  await page.locator('.gv-results__empty').getByRole('button', { name: 'Clear all' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Search projects')).toBeFocused();
  await expect(page.getByLabel('Search projects')).toHaveValue('');
  // The browser's Back and Forward close and reopen a detail as its links do.
  const result = page.locator('.gv-result__link').nth(1);
  const second_name = await result.textContent();
  await result.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: second_name })).toBeFocused();
  await page.goBack();
  await expect(page.locator('.gv-result__link').nth(1)).toBeFocused();
  await page.goForward();
  await expect(page.getByRole('heading', { name: second_name })).toBeFocused();
});

test('a chart table keeps the keyboard focus on its toggle when Back and Forward redraw the summary (en)', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${APP}#/projects?lang=en`);
  await expect(count(page)).toHaveText('13 projects found');
  await page.getByRole('checkbox', { name: /^Nanchang/ }).check();
  await expect(count(page)).toHaveText('2 projects found');
  await expect(page).toHaveURL(/f\.city=nanchang/);
  const table = page.locator('#gv-chart-stage-table');
  const toggle = table.locator('summary');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(table).toHaveAttribute('open', '');
  // The summary is drawn anew a frame after the results: the toggle it replaces held the
  // focus, so its successor takes it (not the page's body).
  for (const [go, total] of [['back', '13'], ['forward', '2'], ['back', '13']]) {
    await (go === 'back' ? page.goBack() : page.goForward());
    await expect(page.locator('.gv-stat__value').first()).toHaveText(total);
    await expect(toggle).toBeFocused();
    await expect(table).toHaveAttribute('open', '');
  }
  expectClean(problems);
});

test('sorting by amount puts unknown amounts last both ways (zh)', async ({ page }) => {
  await page.goto(`${APP}#/projects?lang=zh`);
  const names = page.locator('.gv-result__link');
  await page.getByLabel('排序').selectOption({ label: '投资额：从高到低' });
  await expect(names.first()).toHaveText('万泽南昌总部及航空发动机零部件项目');
  await page.getByLabel('排序').selectOption({ label: '投资额：从低到高' });
  await expect(names.first()).toHaveText('海能吉安光电模块项目');
  await expect(names.nth(3)).toHaveText('欧菲生物识别');
  await expect(page).toHaveURL(/sort=amount/);
});

test('a deep link opens a project; its event link opens the timeline; Back returns (en)', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${APP}#/projects?lang=en&project=p2019-mtc`);
  await expect(page.getByRole('heading', { name: 'MTC Nanchang LED epitaxy and chips' })).toBeVisible();
  await expect(page.locator('.gv-detail__fields')).toContainText('Guangdong');
  await expect(page.locator('.gv-detail__fields')).toContainText('Not announced');
  await expect(page.locator('.gv-sources')).toContainText('S8');
  await page.getByRole('link', { name: 'See the event on the timeline' }).click();
  await expect(page).toHaveURL(/#\/timeline\?.*event=ev2019-investment-conference/);
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'MTC Nanchang LED epitaxy and chips' })).toBeVisible();
  await page.getByRole('link', { name: /Back to the results/ }).click();
  await expect(count(page)).toHaveText('13 projects found');
  expectClean(problems);
});

test('Back and Forward step through facet clicks; the event facet link works (zh)', async ({ page }) => {
  await page.goto(`${APP}#/projects?lang=zh&f.event=ev2019-investment-conference`);
  await expect(count(page)).toHaveText('共 3 个项目');
  await page.getByRole('checkbox', { name: /^南昌/ }).check();
  await expect(count(page)).toHaveText('共 2 个项目');
  // The page updates first and the URL in a later task: Back before that write would leave
  // the entry before it (a CI run under load did, 2026-12-07).
  await expect(page).toHaveURL(/f\.city=nanchang/);
  await page.getByRole('checkbox', { name: /^半导体照明/ }).check();
  await expect(count(page)).toHaveText('共 1 个项目');
  await expect(page).toHaveURL(/f\.industry=/);
  await page.goBack();
  await expect(count(page)).toHaveText('共 2 个项目');
  await expect(page.getByRole('checkbox', { name: /^半导体照明/ })).not.toBeChecked();
  await page.goForward();
  await expect(count(page)).toHaveText('共 1 个项目');
});

test('export gives CSV with a BOM and JSON in the data format (zh, en)', async ({ page }) => {
  await page.goto(`${APP}#/projects?lang=zh&f.city=nanchang`);
  await expect(count(page)).toHaveText('共 2 个项目');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV（Excel）' }).click()]);
  const csvText = (await (await csv.createReadStream()).toArray()).join('');
  expect(csvText.startsWith('\uFEFF编号,项目名称,产业,城市')).toBe(true);
  expect(csvText.trim().split('\r\n')).toHaveLength(3);
  await page.getByRole('button', { name: 'English' }).click();
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSON (data format)' }).click()]);
  const doc = JSON.parse((await (await json.createReadStream()).toArray()).join(''));
  expect(doc.format_version).toBe(1);
  expect(doc.projects.map((p) => p.id)).toEqual(['p2019-wanze', 'p2019-mtc']);
  expect(doc.events.map((e) => e.id)).toEqual(['ev2019-investment-conference']);
});

test('result cards far below the screen are drawn as they come near it, and all of them for print (zh)', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto(`${APP}#/projects?lang=zh`);
  await expect(count(page)).toHaveText('共 13 个项目');
  // Whether the browser has drawn each card's contents (`content-visibility: auto` skips them).
  const drawn = () => page.locator('.gv-result__name').evaluateAll((names) => names.map((n) => n.checkVisibility({ contentVisibilityAuto: true })));
  await expect.poll(async () => { const d = await drawn(); return [d.length, d[0], d[12]]; }).toEqual([13, true, false]);
  // A card not drawn is in the page all the same, for find-in-page and screen readers.
  const last = page.locator('.gv-result').last();
  await expect(last).toContainText('华润在赣投资');
  await last.scrollIntoViewIfNeeded();
  await expect.poll(async () => (await drawn())[12]).toBe(true);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.emulateMedia({ media: 'print' });
  await expect.poll(async () => (await drawn()).every(Boolean)).toBe(true);
});

test('the catalog passes an axe scan, and filters collapse into a panel on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`${APP}#/projects?lang=en&q=nanchang`);
  const toggle = page.getByRole('button', { name: 'Filters' });
  await expect(page.getByRole('checkbox', { name: /^Nanchang/ })).toBeHidden();
  await toggle.click();
  await expect(page.getByRole('checkbox', { name: /^Nanchang/ })).toBeVisible();
  const results = await new AxeBuilder({ page }).include('.gv-catalog').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});
