// Accessibility fixes the axe run cannot see (issue "WCAG 2.2 AA"), each measured as a reader
// meets it: a focus ring that shows (screenshot pixels, not computed styles) and names that tell
// repeated controls apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedDist } from './site.mjs';

const site = servedDist();

/** How many pixels differ between two PNG screenshots, decoded by the page's own canvas. */
function changedPixels(page, a, b) {
  return page.evaluate(async ([a, b]) => {
    const load = (src) => new Promise((resolve) => {
      const img = new Image();
      img.onload = () => resolve(img);
      img.src = `data:image/png;base64,${src}`;
    });
    const [ia, ib] = await Promise.all([load(a), load(b)]);
    const data = (img) => {
      const c = document.createElement('canvas');
      [c.width, c.height] = [img.width, img.height];
      const ctx = c.getContext('2d');
      ctx.drawImage(img, 0, 0);
      return ctx.getImageData(0, 0, img.width, img.height).data;
    };
    const [da, db] = [data(ia), data(ib)];
    let n = 0;
    for (let i = 0; i < da.length; i += 4) {
      if (Math.abs(da[i] - db[i]) + Math.abs(da[i + 1] - db[i + 1]) + Math.abs(da[i + 2] - db[i + 2]) > 30) n++;
    }
    return n;
  }, [a.toString('base64'), b.toString('base64')]);
}

test('2.4.7: a toggle button shows its focus ring when reached by keyboard', async () => {
  for (const colorScheme of ['light', 'dark']) {
    await site.withPage({ colorScheme }, async (page) => {
      const toggle = page.locator('#chart-swjtu .toggle');
      await toggle.scrollIntoViewIfNeeded();
      const perYear = toggle.getByRole('button', { name: 'Per year' });
      const box = await perYear.boundingBox();
      // The button and the ring's room around it, leaving out its left neighbour's ring.
      const clip = { x: box.x + 6, y: box.y - 6, width: box.width, height: box.height + 12 };
      await toggle.getByRole('button', { name: 'Totals' }).focus();
      await page.keyboard.press('Tab');
      assert.equal(await perYear.evaluate((el) => el === document.activeElement), true);
      const focused = await page.screenshot({ clip });
      await page.keyboard.press('Shift+Tab');
      const unfocused = await page.screenshot({ clip });
      const n = await changedPixels(page, focused, unfocused);
      assert.ok(n > 150, `${colorScheme}: ${n} pixels change on focus`);
    });
  }
});

test('repeated controls have names of their own: Embed buttons, chart mark groups', async () => {
  await site.withPage({}, async (page) => {
    const names = await page.locator('.embed-button').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label') ?? b.textContent));
    assert.equal(names.length, 8, 'an Embed button per section and the timeline');
    assert.equal(new Set(names).size, names.length, `unique: ${names.join(' | ')}`);
    for (const name of names) assert.match(name, /^Embed: /, 'the visible word starts the name');
    const groups = await page.locator('svg.chart-hits[role="group"]').evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')));
    for (const label of groups) assert.doesNotMatch(label, /\b1 marks\b/, label);
    assert.ok(groups.some((l) => /\b1 mark;/.test(l)), 'a one-mark chart says "1 mark"');
  });
});
