// How the page reads, measured as a new reader meets it (issue "a story, not a fact sheet"): the
// first explorable chart within reach, a page of bounded length and words, no source sentence
// printed twice by default, and everything still there with JavaScript on and off. The figures
// are printed, so each run leaves the numbers behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { servedDist } from './site.mjs';
import { screenshot } from './browser.mjs';

const site = servedDist();

// Targets: first explorable drawing's top, and the page's height, per viewport; words at 1280.
const TARGETS = [
  { width: 390, height: 844, chartTop: 1688, pageHeight: 12000 },
  { width: 1280, height: 900, chartTop: 900, pageHeight: 8000 },
];
const MAX_WORDS = 1800;

/** The app's JSON export: every figure (and derived figure) of the bundled data. */
async function exported(page) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
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
    figures = (await exported(page)).filter((f) => (f.kind ?? 'figure') === 'figure');
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
