// Print: every section and chart on A4, in dark-on-light colours whatever the screen's scheme,
// without the interactive chrome (buttons, toggles, hit targets, tooltips).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from './server.mjs';
import { servedDist } from './site.mjs';

const OUT = path.join(REPO_ROOT, 'test-output');
const MAX_PAGES = 12;
const site = servedDist();

test('print: A4 PDF with every section and chart, light colours, no interactive chrome', async () => {
  const context = await site.browser.newContext({ colorScheme: 'dark' });
  try {
    const page = await context.newPage();
    await page.goto(site.server.url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });

    const state = await page.evaluate(() => {
      const shown = (el) => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;
      const chartText = document.querySelector('.chart-svg svg [fill="#010203"]');
      return {
        sections: [...document.querySelectorAll('section.story')].map((s) => [s.id, shown(s)]),
        charts: [...document.querySelectorAll('.chart-svg svg')].map(shown),
        chrome: [...document.querySelectorAll('.button, .toggle, .chart-hits, .link-button')].filter(shown).length,
        body: getComputedStyle(document.body).backgroundColor,
        chartText: chartText && getComputedStyle(chartText).fill,
        // Every figure's card prints with its source sentence, folded or not on screen.
        excerpts: [...document.querySelectorAll('.card-source blockquote, .chart-table .table-source')].filter(shown).length,
      };
    });
    assert.ok(state.sections.length >= 5 && state.sections.every(([, s]) => s), JSON.stringify(state.sections));
    assert.ok(state.charts.length >= 3 && state.charts.every(Boolean), 'every chart prints');
    assert.equal(state.chrome, 0, 'no interactive chrome in print');
    assert.equal(state.body, 'rgb(255, 255, 255)');
    assert.ok(state.excerpts >= 26, `every figure's source sentence prints (${state.excerpts})`);
    assert.equal(state.chartText, 'rgb(26, 26, 26)', 'chart text is dark on paper even in dark mode');

    await fs.mkdir(OUT, { recursive: true });
    const pdf = await page.pdf({ path: path.join(OUT, 'print-a4.pdf'), format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 3, `a multi-page A4 document (${pages} pages)`);
    // "One visual system", item 8: at most 12 pages, and the lead graphic on the first.
    assert.ok(pages <= MAX_PAGES, `${pages} A4 pages (at most ${MAX_PAGES})`);
    // The first page's content box (static/charts.css `@page`, continued from style.css: A4, 12 mm margins at the sides and
    // top, 14 mm at the foot), in CSS pixels, laid out as the PDF lays it out.
    const mm = 96 / 25.4;
    await page.setViewportSize({ width: Math.floor((210 - 24) * mm), height: 1000 });
    const lead = await page.evaluate(() => {
      const r = document.querySelector('#lead .chart-svg svg').getBoundingClientRect();
      return r.bottom + scrollY;
    });
    assert.ok(lead <= (297 - 26) * mm, `the lead graphic ends at ${Math.round(lead)} px, past the first page`);
  } finally {
    await context.close();
  }
});
