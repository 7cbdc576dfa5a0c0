// Parts of the visual system that can be measured (issue "One visual system", item 5): switches
// sized to their buttons, no link in the browser's default colours in either scheme, and buttons
// that do not underline their labels. At 390 and 1280 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedDist } from './site.mjs';

const site = servedDist();
// Chromium's default link colours, unvisited and visited, in light and dark.
const DEFAULT_LINKS = ['rgb(0, 0, 238)', 'rgb(85, 26, 139)', 'rgb(158, 158, 255)', 'rgb(208, 173, 240)'];

for (const width of [390, 1280]) {
  for (const colorScheme of ['light', 'dark']) {
    // (Switches, which this test also held to their buttons' width, went with the university
    // chart on 2026-12-06: the page has none.)
    test(`at ${width} px, ${colorScheme}: links wear the page's colour, buttons do not underline`, async () => {
      await site.withPage({ viewport: { width, height: 900 }, colorScheme }, async (page) => {
        // Every link a reader can see or reach, the skip link and the embeds' link included.
        const links = await page.locator('a[href]').evaluateAll((as) => as
          .filter((a) => a.checkVisibility() || a.classList.contains('skip-link') || a.closest('.embed-credit'))
          .map((a) => ({ text: a.textContent.trim().slice(0, 40), color: getComputedStyle(a).color, button: a.classList.contains('button') })));
        assert.ok(links.length >= 10);
        for (const l of links) {
          assert.ok(!DEFAULT_LINKS.includes(l.color), `"${l.text}" is in the browser's default link colour ${l.color}`);
        }
        const underlined = await page.locator('.button').evaluateAll((bs) => bs
          .filter((b) => getComputedStyle(b).textDecorationLine.includes('underline')).map((b) => b.textContent.trim()));
        assert.deepEqual(underlined, [], 'no button underlines its label');
      });
    });
  }
}

// "One visual system", item 1: one typeface, and chart text a reader can read on a phone.
const MIN_CHART_PX = 13;
for (const width of [390, 1280]) {
  test(`at ${width} px: chart text is at least ${MIN_CHART_PX} px, in the page's typeface`, async () => {
    await site.withPage({ viewport: { width, height: 900 } }, async (page) => {
      const { face, texts } = await page.evaluate(() => ({
        face: getComputedStyle(document.body).fontFamily,
        texts: [...document.querySelectorAll('#app svg text')].map((t) => ({
          text: t.textContent.slice(0, 40),
          px: parseFloat(getComputedStyle(t).fontSize),
          face: getComputedStyle(t).fontFamily,
          attribute: t.getAttribute('font-family'),
        })),
      }));
      assert.ok(texts.length > 25, `${texts.length} chart texts`);
      for (const t of texts) {
        assert.ok(t.px >= MIN_CHART_PX, `"${t.text}" is ${t.px} px`);
        assert.equal(t.face, face, `"${t.text}" is set in ${t.face}`);
        assert.equal(t.attribute, null, `"${t.text}" has a family baked in`);
      }
    });
  });
}

// "One visual system", item 6: a chart's popup sits beside its mark, never over the chart's own
// title, legend or switch (they sit above the drawing, where a popup of a top mark used to go).
for (const width of [390, 1280]) {
  test(`at ${width} px: no chart's popup covers its title, legend or switch`, async () => {
    await site.withPage({ viewport: { width, height: 900 } }, async (page) => {
      const charts = await page.locator('figure.chart-panel').evaluateAll((fs) => fs.map((f) => f.id));
      assert.ok(charts.length >= 2, `${charts.length} charts`);
      for (const id of charts) {
        const marks = await page.locator(`#${id} rect.hit`).count();
        for (let i = 0; i < marks; i++) {
          await page.locator(`#${id} rect.hit`).nth(i).focus();
          const covered = await page.waitForFunction((id) => {
            const f = document.getElementById(id);
            const tip = f.querySelector('.tooltip');
            if (!tip || tip.hidden || !tip.getClientRects().length) return null;
            const t = tip.getBoundingClientRect();
            return [...f.querySelectorAll('.chart-title, .chart-legend, .toggle')]
              .filter((e) => {
                const b = e.getBoundingClientRect();
                return b.width > 0 && !(b.right <= t.left || b.left >= t.right || b.bottom <= t.top || b.top >= t.bottom);
              })
              .map((e) => e.className);
          }, id).then((h) => h.jsonValue());
          assert.deepEqual(covered, [], `${id}, mark ${i}: the popup covers ${covered}`);
        }
      }
    });
  });
}

// "One visual system", items 1 and 2: a type scale of at most five sizes, the charts' text among
// them; and charts that use their width: each drawing (axes, gridlines, marks: every shape but
// text and hit targets) spans at least 80% of its box.
const MAX_SIZES = 5;
const MIN_DRAWING = 0.8;
for (const width of [390, 1280]) {
  test(`at ${width} px: at most ${MAX_SIZES} type sizes, and every chart's drawing spans ${MIN_DRAWING * 100}% of its box`, async () => {
    await site.withPage({ viewport: { width, height: 900 } }, async (page) => {
      const sizes = await page.evaluate(() => {
        const seen = new Map();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          if (!n.textContent.trim() || !el.checkVisibility() || el.closest('.sr-only')) continue;
          const size = getComputedStyle(el).fontSize;
          if (!seen.has(size)) seen.set(size, `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} "${n.textContent.trim().slice(0, 24)}"`);
        }
        return [...seen.entries()].sort((a, b) => parseFloat(a[0]) - parseFloat(b[0]));
      });
      assert.ok(sizes.length <= MAX_SIZES, `${sizes.length} sizes: ${sizes.map(([s, e]) => `${s} (${e})`).join(', ')}`);
      assert.ok(sizes.some(([s]) => s === '13px'), 'the charts\' 13 px is one of them');

      const drawings = await page.evaluate(() => [...document.querySelectorAll('figure.chart-panel, .tl-chart')].map((box) => {
        const svg = box.querySelector('.chart-svg svg, svg:not(.chart-hits)');
        const shapes = [...svg.querySelectorAll('rect, line, polyline, path, circle, polygon')]
          .map((e) => e.getBoundingClientRect()).filter((b) => b.width + b.height > 0);
        const left = Math.min(...shapes.map((b) => b.left));
        const right = Math.max(...shapes.map((b) => b.right));
        return { id: box.id || box.className, share: (right - left) / box.getBoundingClientRect().width };
      }));
      assert.equal(drawings.length, 3, 'two charts and the timeline');
      for (const d of drawings) {
        assert.ok(d.share >= MIN_DRAWING, `${d.id}: the drawing spans ${Math.round(d.share * 100)}% of its box`);
      }
    });
  });
}

// "One visual system", item 6: focusing or hovering a mark of the lead's unit chart outlines that
// figure's own squares one by one, not a box that merges them into one shape.
test('the lead: a focused or hovered mark outlines its own squares, not a box around them', async () => {
  await site.withPage({}, async (page) => {
    const state = () => page.evaluate(() => {
      const chart = document.getElementById('chart-experiences');
      const squares = [...chart.querySelectorAll('.chart-svg rect')].filter((r) => ['#010205', '#010208'].includes(r.getAttribute('fill')));
      const outlined = squares.filter((r) => getComputedStyle(r).stroke !== 'none' && parseFloat(getComputedStyle(r).strokeWidth) >= 2);
      const hit = chart.querySelector('rect.hit');
      return { squares: squares.length, outlined: outlined.length, box: getComputedStyle(hit).outlineStyle !== 'none' || getComputedStyle(hit).stroke !== 'none' };
    });
    assert.deepEqual(await state(), { squares: 13, outlined: 0, box: false }, 'at rest');
    await page.locator('#chart-experiences rect.hit').first().focus();
    assert.deepEqual(await state(), { squares: 13, outlined: 8, box: false }, 'focused: the 8 squares of Sichuan');
    await page.locator('#chart-experiences rect.hit').first().blur();
    await page.keyboard.press('Escape');
    await page.locator('#chart-experiences rect.hit').nth(1).hover({ force: true });
    assert.deepEqual(await state(), { squares: 13, outlined: 13, box: false }, 'hovered: all 13');
  });
});
