// How the page reads, measured as a new reader meets it (issue "a story, not a fact sheet"): the
// first explorable chart within reach, a page of bounded length and words, no source sentence
// printed twice by default, and everything still there with JavaScript on and off. The figures
// are printed, so each run leaves the numbers behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { servedDist } from './site.mjs';
import { screenshot, control } from './browser.mjs';

const site = servedDist();

// Targets: first explorable drawing's top, and the page's height, per viewport; words at 1280.
const TARGETS = [
  { width: 390, height: 844, chartTop: 1688, pageHeight: 10000 },
  { width: 1280, height: 900, chartTop: 900, pageHeight: 8000 },
];
const MAX_WORDS = 1500;

/** The app's JSON export: every figure (and derived figure) of the bundled data. */
async function exported(page) {
  const [file] = await Promise.all([page.waitForEvent('download'), control(page, 'Download JSON').click()]);
  return JSON.parse(await fs.readFile(await file.path(), 'utf8'));
}

/** What a reader meets by default: height, the first explorable drawing's top, words. */
function measure(page) {
  return page.evaluate(() => {
    const first = document.querySelector('svg.chart-hits');
    const text = document.body.innerText;
    return {
      pageHeight: document.documentElement.scrollHeight,
      chartTop: first ? Math.round(first.getBoundingClientRect().top + scrollY) : null,
      words: text.split(/\s+/).filter(Boolean).length,
      text,
    };
  });
}

for (const t of TARGETS) {
  test(`at ${t.width}×${t.height}: the lead graphic is within reach and the page is short`, async () => {
    await site.withPage({ viewport: { width: t.width, height: t.height } }, async (page) => {
      const m = await measure(page);
      console.log(`reading at ${t.width}x${t.height}: page ${m.pageHeight} px (${(m.pageHeight / t.height).toFixed(1)} screens), first chart at ${m.chartTop} px (screen ${(m.chartTop / t.height + 1).toFixed(1)}), ${m.words} words`);
      await screenshot(page, `reading-${t.width}`);
      assert.ok(m.chartTop !== null && m.chartTop <= t.chartTop, `first chart at ${m.chartTop} px > ${t.chartTop}`);
      assert.ok(m.pageHeight <= t.pageHeight, `page ${m.pageHeight} px > ${t.pageHeight}`);
      if (t.width === 1280) assert.ok(m.words <= MAX_WORDS, `${m.words} words > ${MAX_WORDS}`);
    });
  });
}

test('by default no source sentence is printed twice, and every figure is in the text, JS on and off', async () => {
  let figures;
  await site.withPage({}, async (page) => {
    figures = (await exported(page)).filter((f) => f.kind === 'figure');
    const { text } = await measure(page);
    for (const f of figures) {
      const times = text.split(f.source_excerpt).length - 1;
      assert.ok(times <= 1, `${f.id}: its excerpt is shown ${times} times`);
    }
  });
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(site.server.url);
    for (const f of figures) {
      const card = page.locator(`#fig-${f.id}`);
      assert.equal(await card.count(), 1, `${f.id}: exactly one full card`);
      // A figure the prose tells has its card in the part's folded list: one click opens it.
      const list = card.locator('xpath=ancestor::details[contains(@class, "more-figures")]');
      if (await list.count() && !(await list.evaluate((d) => d.open))) await list.locator(':scope > summary').click();
      // The excerpt is one action away without script: a native disclosure opens the card's
      // source, or, for a figure its section's chart draws, the chart's data table, whose row
      // is the figure's card.
      const folded = await card.evaluate((el) => el.tagName === 'TR' ? !el.closest('details').open : true);
      if (folded) {
        await (await card.evaluate((el) => el.tagName) === 'TR'
          ? card.locator('xpath=ancestor::details[1]/summary')
          : card.locator('summary')).click();
      }
      const text = await card.innerText();
      assert.ok(text.includes(f.label), `${f.id}: its label on the card`);
      assert.ok(text.includes(f.source_excerpt), `${f.id}: excerpt after one click`);
    }
  } finally {
    await context.close();
  }
});

/** The ids of the `[[derived]]` tables of data/report.toml, in file order. */
async function derivedIds() {
  const toml = await fs.readFile(new URL('../../data/report.toml', import.meta.url), 'utf8');
  return toml.split(/^\[\[derived\]\]$/m).slice(1).map((b) => b.match(/^id = "(.*)"$/m)[1]);
}

test('every derived figure is shown with its arithmetic in Our arithmetic, JavaScript on and off', async () => {
  const ids = await derivedIds();
  assert.ok(ids.length >= 3, 'derived figures declared');
  const check = async (page) => {
    for (const id of ids) {
      const item = page.locator(`#derived-${id}`);
      assert.equal(await item.count(), 1, `${id} on the page`);
      assert.ok(await item.isVisible(), `${id} visible`);
      assert.equal(await item.evaluate((el) => el.closest('section').id), 'checking', `${id}: in its one place`);
      // Folded under "Arithmetic": one click away, in the page's text with or without script.
      const math = await item.locator('.derived-math').textContent();
      assert.match(math, /=/, `${id}: its arithmetic`);
      // Every input links to its figure's one full card.
      for (const href of await item.locator('.derived-math a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
        assert.equal(await page.locator(href).count(), 1, `${id}: ${href} exists`);
      }
    }
  };
  await site.withPage({}, check);
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(site.server.url);
    await check(page);
  } finally {
    await context.close();
  }
});

for (const width of [390, 1280]) {
  test(`at ${width} px nothing shifts while the page comes alive`, async () => {
    await site.withPage({ viewport: { width, height: 900 } }, async (page) => {
      await page.waitForTimeout(600);
      const shift = await page.evaluate(() => new Promise((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(sum), 200);
      }));
      assert.equal(shift, 0, `layout shift ${shift}`);
    });
  });
}

test('the table of contents: one step to every section, by keyboard, named, hidden in single-view embeds', async () => {
  await site.withPage({ viewport: { width: 390, height: 844 } }, async (page) => {
    const nav = page.getByRole('navigation', { name: 'In this explainer' });
    const hrefs = await nav.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const sections = await page.locator('main > section.story, main > section#limits, main > section#checking, main > section#timeline').evaluateAll((s) => s.map((e) => `#${e.id}`));
    assert.deepEqual(hrefs.filter((h) => h !== '#downloads'), sections, 'a link to every section, our two parts and the timeline');
    assert.equal(await page.locator('#downloads').count(), 1);
    // Keyboard: focus the link to the intellectual property part and follow it.
    await nav.locator('a[href="#ip"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#ip');
    const top = await page.locator('#ip').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(Math.abs(top) < 40, `the section is brought to the top (${top})`);
  });
  await site.withPage({}, async (page) => {
    assert.equal(await page.locator('nav.toc').isVisible(), false, 'hidden in a single-view embed');
  }, '?embed=swjtu');
});

test('a figure in a chart links to its one full card, also when that card is a row of a folded table', async () => {
  await site.withPage({}, async (page) => {
    await page.evaluate(() => { location.hash = '#fig-mianyang-output-share-2017'; });
    const row = page.locator('#fig-mianyang-output-share-2017');
    await row.waitFor({ state: 'visible' });
    assert.equal(await row.evaluate((el) => el.closest('details').open), true, 'its table opened');
    const box = await row.boundingBox();
    assert.ok(box.y >= 0 && box.y < 900, `the row is on screen (${box.y})`);
  });
});

test('the timeline navigates in place: the detail right under the axis, at 1280 px and on phones', async () => {
  for (const width of [1280, 390]) {
    await site.withPage({ viewport: { width, height: 900 } }, async (page) => {
      const chart = await page.locator('#timeline .tl-chart').boundingBox();
      const detail = await page.locator('#timeline-detail').boundingBox();
      const gap = detail.y - (chart.y + chart.height);
      assert.ok(gap >= 0 && gap < 48, `${width}: detail right under the chart (gap ${gap})`);
      assert.ok(Math.abs(detail.x - chart.x) < 2, `${width}: from the chart's left edge`);
    }, '#event-report-2018');
    // "Show details" in the folded list takes focus to the panel, on screen.
    await site.withPage({ viewport: { width, height: 900 } }, async (page) => {
      await page.locator('#timeline details.tl-all > summary').click();
      await page.getByRole('button', { name: /^Show details: / }).nth(3).click();
      await page.waitForFunction(() => document.activeElement?.id === 'timeline-detail');
      const box = await page.locator('#timeline-detail').boundingBox();
      assert.ok(box.y > -1 && box.y < 900, `the panel is on screen (${box.y})`);
    });
  }
});
