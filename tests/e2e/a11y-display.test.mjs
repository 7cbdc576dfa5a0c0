// WCAG 2.2 AA, the reader's own display settings (issue "WCAG 2.2 AA"): text spacing overridden
// by a stylesheet (1.4.12) and forced colours (1.4.11 in Windows High Contrast and the like).
// Both measured as drawn: text boxes and screenshot pixels, not computed styles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedDist } from './site.mjs';
import { decode, differs } from './pixels.mjs';

const site = servedDist();

// The overrides of WCAG 1.4.12 as a reader's bookmarklet sets them (!important on everything).
const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p, li, dd { margin-bottom: 2em !important; }`;

for (const width of [320, 1280]) {
  test(`1.4.12 at ${width}px: under the text-spacing overrides no chart text leaves its drawing`, async () => {
    // The stylesheet goes in as a <style>, which the page's CSP (rightly) refuses: bypass it.
    await site.withPage({ viewport: { width, height: 900 }, bypassCSP: true }, async (page) => {
      await page.addStyleTag({ content: SPACING });
      await page.evaluate(() => new Promise(requestAnimationFrame));
      const spacing = await page.evaluate(() => getComputedStyle(document.querySelector('.chart-svg text')).letterSpacing);
      assert.ok(parseFloat(spacing) >= 1.4, `the overrides reach the SVG text (letter-spacing ${spacing})`);
      const out = await page.locator('.chart-svg svg').evaluateAll((svgs) => svgs.flatMap((svg) => {
        const s = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')].map((t) => {
          const r = t.getBoundingClientRect();
          const by = Math.max(s.left - r.left, r.right - s.right, s.top - r.top, r.bottom - s.bottom);
          return { text: t.textContent, by: Math.round(by * 10) / 10 };
        }).filter((t) => t.by > 0.5);
      }));
      const texts = await page.locator('.chart-svg svg text').count();
      assert.ok(texts > 25, `${texts} chart texts measured`);
      assert.deepEqual(out, [], `${out.length} texts run past their drawing: ${out.map((t) => `"${t.text}" by ${t.by}px`).join('; ')}`);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(scroll <= 0, `no sideways scroll under the overrides (${scroll} px)`);
    });
  });
}

/** The colour of the page (forced: Canvas) and how much of `locator`'s box differs from it. */
async function againstCanvas(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  const shot = await page.screenshot({ clip: { x: box.x - 4, y: box.y - 4, width: box.width + 8, height: box.height + 8 } });
  const [img] = await decode(page, shot);
  const canvas = img.at(0, 0);
  let inside = 0;
  let total = 0;
  for (let y = 4; y < img.height - 4; y++) {
    for (let x = 4; x < img.width - 4; x++) {
      total++;
      if (differs(img.at(x, y), canvas)) inside++;
    }
  }
  assert.ok(total > 20, `a box to measure: ${JSON.stringify(box)}`);
  return { canvas, share: inside / total, img };
}

test('forced colours: the legend keys still show', async () => {
  for (const colorScheme of ['light', 'dark']) {
    await site.withPage({ forcedColors: 'active', colorScheme }, async (page) => {
      assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
      // The bound's swatch is a dashed outline, a quarter of its box; the timeline's first key
      // is a diamond, a fifth of its box.
      for (const [key, least] of [['.swatch-bound', 0.25], ['.tl-shape', 0.15]]) {
        const { share } = await againstCanvas(page, page.locator(key).first());
        assert.ok(share > least, `${colorScheme} ${key}: ${Math.round(share * 100)}% of the key differs from the page`);
      }
    });
  }
});
