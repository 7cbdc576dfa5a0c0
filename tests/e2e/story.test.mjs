// The story's charts, driven as a reader would: pointer, keyboard, tables, toggles, exports and
// "show source", each checked against the bundled data (read back from the app's own JSON export).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from './server.mjs';
import { servedDist } from './site.mjs';
import { runAxe, formatAxe, screenshot, control } from './browser.mjs';

const CHARTS = ['experiences', 'mianyang-share'];
const SECTIONS = ['pilot', 'mianyang', 'shared-ownership', 'swjtu', 'ip'];
const site = servedDist();

const withPage = (options, run, query) => site.withPage(options, run, query);

async function download(page, buttonName) {
  const [file] = await Promise.all([page.waitForEvent('download'), control(page, buttonName).click()]);
  return { name: file.suggestedFilename(), body: await fs.readFile(await file.path()) };
}

/** The app's JSON export: the bundled data, by figure id. */
async function figuresById(page) {
  const { body } = await download(page, 'Download JSON');
  const rows = JSON.parse(body.toString('utf8'));
  // Derived figures follow the report's own, marked `kind: "derived"`.
  assert.ok(rows.some((r) => r.kind === 'derived'), 'the export has derived rows');
  return new Map(rows.filter((f) => f.kind === 'figure').map((f) => [f.id, f]));
}

test('every chart: hover and keyboard focus open the right tooltip; arrows traverse; Escape closes', async () => {
  await withPage({}, async (page) => {
    const figures = await figuresById(page);
    for (const chart of CHARTS) {
      const frame = page.locator(`#chart-${chart} .chart-frame`);
      const hits = frame.locator('rect.hit');
      const count = await hits.count();
      assert.ok(count >= 1, `${chart} has hit targets`);
      const tip = frame.locator('.tooltip');

      await hits.first().hover();
      await tip.waitFor({ state: 'visible' });
      const first = figures.get(await hits.first().getAttribute('data-figure-id'));
      assert.match(await tip.innerText(), new RegExp(first.value_as_stated), `${chart}: hover shows the value`);
      // Park the mouse: focus moves scroll the page, and marks sliding under a resting pointer
      // would (rightly) take the tooltip.
      await page.mouse.move(0, 0);

      await hits.first().focus();
      for (let i = 1; i < count; i++) {
        await page.keyboard.press('ArrowRight');
        const focused = page.locator(':focus');
        assert.equal(await focused.getAttribute('data-mark'), String(i), `${chart}: ArrowRight reaches mark ${i}`);
        const fig = figures.get(await focused.getAttribute('data-figure-id'));
        const text = await tip.innerText();
        assert.ok(text.includes(fig.label) && text.includes(fig.value_as_stated), `${chart}: tooltip for ${fig.id}`);
        const box = await tip.boundingBox();
        assert.ok(box.x >= 0 && box.x + box.width <= 1280, `${chart}: tooltip inside the viewport`);
      }
      await page.keyboard.press('Home');
      assert.equal(await page.locator(':focus').getAttribute('data-mark'), '0');
      await page.keyboard.press('Escape');
      assert.equal(await tip.isVisible(), false, `${chart}: Escape closes the tooltip`);
    }
  });
});

test('tables show the same values as the data, and their state is in the URL', async () => {
  await withPage({}, async (page) => {
    const figures = await figuresById(page);
    for (const chart of CHARTS) {
      const panel = page.locator(`#chart-${chart}`);
      await panel.locator('summary').click();
      const rows = panel.locator('tbody tr');
      await rows.first().waitFor({ state: 'visible' });
      const marks = await panel.locator('rect.hit').evaluateAll((els) => els.map((e) => e.dataset.figureId));
      const ids = await rows.evaluateAll((els) => els.map((e) => e.dataset.figureId));
      assert.deepEqual([...new Set(marks)].sort(), [...ids].sort(), `${chart}: table rows = chart marks`);
      for (const id of ids) {
        const cells = await panel.locator(`tbody tr[data-figure-id="${id}"] > *`).allInnerTexts();
        assert.equal(cells[0], figures.get(id).label);
        assert.ok(cells[1].includes(figures.get(id).value_as_stated), `${id}: value ${cells[1]}`);
      }
    }
    assert.equal(new URL(await page.evaluate(() => location.href)).searchParams.get('tables'), CHARTS.join(','));
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    await page.locator('#chart-mianyang-share tbody tr').first().waitFor({ state: 'visible' });
  });
});

test('a data table opened lives in the URL, fetches nothing, and a link reproduces it', async () => {
  await withPage({}, async (page) => {
    // A view change is a history change; it must not make the browser fetch anything (an icon
    // file, for one, is fetched again on every history change in Chromium).
    const fetched = [];
    page.on('request', (req) => fetched.push(req.url()));
    const panel = page.locator('#chart-mianyang-share');
    await panel.locator('details.chart-table > summary').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('tables') === 'mianyang-share');
    await page.waitForTimeout(300);
    assert.deepEqual(fetched, [], 'view changes fetch nothing');
  });
  await withPage({}, async (page) => {
    assert.equal(await page.locator('#chart-mianyang-share details.chart-table').evaluate((d) => d.open), true);
  }, '?tables=mianyang-share');
});

/** The page's own URL, polled until `check` holds (Playwright's copy updates asynchronously). */
async function urlWhen(page, check, what) {
  for (let i = 0; i < 100; i++) {
    const url = new URL(await page.evaluate(() => location.href));
    if (check(url)) return url;
    await page.waitForTimeout(50);
  }
  assert.fail(`URL never ${what}: ${await page.evaluate(() => location.href)}`);
}

test('islands stay in step through the URL: each writes its change and keeps the others', async () => {
  await withPage({}, async (page) => {
    const mianyang = page.locator('#chart-mianyang-share');
    // A chart island opens its table, then asks for a source, which the source island shows.
    await mianyang.locator('details.chart-table > summary').click();
    await urlWhen(page, (u) => u.searchParams.get('tables') === 'mianyang-share', 'has tables=mianyang-share');
    await mianyang.locator('table button').first().click();
    const dialog = page.locator('dialog.source-view');
    await dialog.waitFor({ state: 'visible' });
    let url = await urlWhen(page, (u) => u.searchParams.has('source'), 'has source=');
    assert.equal(url.searchParams.get('tables'), 'mianyang-share');
    // The source island closes it; another chart island's next change must not bring it back.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.locator('#chart-experiences details.chart-table > summary').click();
    url = await urlWhen(page, (u) => u.searchParams.get('tables') === 'experiences,mianyang-share', 'has both tables');
    assert.equal(url.searchParams.get('source'), null, 'a closed source stays closed');
    // Another island (the timeline) writes its own change and keeps the charts' state.
    await page.locator('#timeline details.tl-all > summary').click();
    const first = page.locator('#timeline ol.tl-list > li').first();
    await first.getByRole('button').click();
    url = await urlWhen(page, (u) => u.hash.startsWith('#event-'), 'has #event-');
    assert.equal(url.searchParams.get('tables'), 'experiences,mianyang-share');
    // Back undoes the timeline's step, in every island.
    await page.goBack();
    await urlWhen(page, (u) => u.hash === '', 'lost its #event-');
    await page.locator('#timeline-detail').waitFor({ state: 'detached' });
    assert.equal(await page.locator('#chart-experiences details.chart-table').evaluate((d) => d.open), true);
  });
});

test('the data downloads work with JavaScript off, and are the same files', async () => {
  const withJs = await new Promise((resolve) => withPage({}, async (page) => resolve([await download(page, 'Download CSV'), await download(page, 'Download JSON')])));
  const context = await site.browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
  try {
    const page = await context.newPage();
    await page.goto(site.server.url, { waitUntil: 'load' });
    for (const [i, name] of ['Download CSV', 'Download JSON'].entries()) {
      const file = await download(page, name);
      assert.equal(file.name, withJs[i].name);
      assert.ok(file.body.equals(withJs[i].body), `${name}: the same bytes with JavaScript off`);
    }
  } finally {
    await context.close();
  }
});

test('exports: CSV equals the data; SVG and PNG files are produced', async () => {
  await withPage({}, async (page) => {
    const figures = await figuresById(page);
    const csv = await download(page, 'Download CSV');
    assert.equal(csv.name, 'sichuan-reform-figures.csv');
    const text = csv.body.toString('utf8').replace(/^\uFEFF/, '');
    const lines = text.trimEnd().split('\r\n');
    assert.ok(lines[0].startsWith('id,label,value,value_as_stated,qualifier,unit'));
    assert.equal(lines.slice(1).filter((l) => l.endsWith(',figure')).length, figures.size, 'one row per figure');
    const derived = lines.slice(1).filter((l) => l.endsWith(',derived'));
    assert.ok(derived.length >= 3, 'derived figures as rows of their own');
    assert.ok(lines[0].includes('derived_from') && lines[0].includes('operation'), lines[0]);
    const cardIds = new Set(await page.locator('li.card[data-figure-id]').evaluateAll((els) => els.map((e) => e.dataset.figureId)));
    const markIds = await page.locator('rect.hit').evaluateAll((els) => els.map((e) => e.dataset.figureId));
    for (const id of markIds) cardIds.add(id);
    assert.deepEqual([...cardIds].sort(), [...figures.keys()].sort(), 'every figure is shown on the page');
    for (const line of lines.slice(1).filter((l) => l.endsWith(',figure'))) assert.ok(figures.has(line.split(',')[0]), line);

    const title = await page.locator('#chart-mianyang-share-title').innerText();
    const svg = await download(page, `Download “${title}” as SVG`);
    assert.equal(svg.name, 'sichuan-reform-mianyang-share.svg');
    assert.match(svg.body.toString('utf8'), /^<svg[\s\S]*<\/svg>\s*$/);
    const png = await download(page, `Download “${title}” as PNG`);
    assert.equal(png.name, 'sichuan-reform-mianyang-share.png');
    assert.deepEqual([...png.body.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.ok(png.body.length > 2000, 'the PNG has content');
  });
});

test('show source highlights the exact sentence; Back returns to where the reader was', async () => {
  await withPage({ viewport: { width: 320, height: 800 } }, async (page) => {
    const figures = await figuresById(page);
    const card = page.locator('#swjtu > ul.cards > li.card').first();
    await card.scrollIntoViewIfNeeded();
    const id = await card.getAttribute('data-figure-id');
    const scrollBefore = await page.evaluate(() => window.scrollY);
    // The card's source is folded into its disclosure: one click opens it, the next the report.
    await card.locator('summary').click();
    await card.getByRole('button', { name: /^Show source/ }).click();
    const dialog = page.locator('dialog.source-view');
    await dialog.waitFor({ state: 'visible' });
    assert.equal(new URL(await page.evaluate(() => location.href)).searchParams.get('source'), id);
    const mark = dialog.locator('mark#source-highlight');
    assert.equal(await mark.innerText(), figures.get(id).source_excerpt);
    assert.ok(await mark.isVisible());
    const box = await mark.boundingBox();
    assert.ok(box.y >= 0 && box.y < 800, 'highlight scrolled into view');
    const violations = await runAxe(page);
    assert.equal(violations.length, 0, formatAxe(violations));
    await screenshot(page, 'source-320');
    await page.goBack();
    await dialog.waitFor({ state: 'detached' });
    assert.equal(new URL(await page.evaluate(() => location.href)).searchParams.get('source'), null);
    assert.equal(await page.evaluate(() => window.scrollY), scrollBefore, 'scroll position kept');
    // Escape from a linked source view closes it too.
    await page.goto(`${site.server.url}?source=${id}`);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    await dialog.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });
});

for (const width of [320, 1280]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`sections at ${width}px ${colorScheme}: screenshots, axe with tables and tooltip open`, async () => {
      await withPage({ viewport: { width, height: 900 }, colorScheme }, async (page) => {
        await page.locator('#chart-mianyang-share rect.hit').first().hover();
        const violations = await runAxe(page);
        assert.equal(violations.length, 0, formatAxe(violations));
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(scroll <= 0, `no horizontal scroll (${scroll}px)`);
        for (const section of SECTIONS) {
          await page.locator(`#${section}`).screenshot({ path: path.join(REPO_ROOT, 'test-output/screenshots', `section-${section}-${width}-${colorScheme}.png`) });
        }
      }, `?tables=${CHARTS.join(',')}`);
    });
  }
}

test('"Embed" on a section shows and copies a working snippet built from the page address', async () => {
  await withPage({ permissions: ['clipboard-read', 'clipboard-write'] }, async (page) => {
    const section = page.locator('#swjtu');
    await section.getByRole('button', { name: 'Embed' }).click();
    const code = await section.locator('.embed-code textarea').inputValue();
    const base = site.server.url;
    assert.ok(code.includes(`<iframe data-sichuan-reform src="${base}?embed=swjtu"`), code);
    assert.match(code, /title="Sichuan reform explainer: A university, before and after"/);
    assert.match(code, /loading="lazy"/);
    assert.ok(code.includes(`<script src="${base}embed.js" async></script>`), code);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
    assert.match(await section.locator('.embed-status').innerText(), /Copied/);
    await page.locator('#timeline').getByRole('button', { name: 'Embed' }).click();
    assert.match(await page.locator('#timeline .embed-code textarea').inputValue(), /\?embed=timeline"/);
  });
});
