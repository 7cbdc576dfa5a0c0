// Accessibility fixes the axe run cannot see (issue "WCAG 2.2 AA"), each measured as a reader
// meets it: a focus ring that shows (screenshot pixels, not computed styles) and names that tell
// repeated controls apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedDist } from './site.mjs';
import { contrast, decode } from './pixels.mjs';

const site = servedDist();

test('repeated controls have names of their own: Embed buttons, chart mark groups', async () => {
  await site.withPage({}, async (page) => {
    const names = await page.locator('.embed-button').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label') ?? b.textContent));
    assert.equal(names.length, 6, 'an Embed button per view: the five parts and the timeline');
    assert.equal(new Set(names).size, names.length, `unique: ${names.join(' | ')}`);
    for (const name of names) assert.match(name, /^Embed: /, 'the visible word starts the name');
    // A chart's marks are named by its heading alone; their description says how many there are
    // and how to move between them.
    const groups = await page.locator('figure svg.chart-hits[role="group"]').evaluateAll((gs) => gs.map((g) =>
      [g.getAttribute('aria-label'), g.getAttribute('aria-describedby').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ')]));
    assert.equal(groups.length, 2);
    for (const [label, described] of groups) {
      assert.equal(label, null, 'no name of its own');
      assert.doesNotMatch(described, /\b1 marks\b/, described);
      assert.match(described, /marks? (is a button|are buttons)/, described);
    }
    assert.ok(groups.some(([, d]) => /Its mark is a button/.test(d)), 'a one-mark chart says "Its mark"');
  });
});

/** Screenshots of `clip` with `locator` focused (reached in keyboard modality) and blurred. */
async function focusShots(page, locator, clip) {
  await locator.evaluate((el) => el.focus());
  const ok = await locator.evaluate((el) => el === document.activeElement && el.matches(':focus-visible'));
  assert.ok(ok, 'focused and :focus-visible');
  const focused = await page.screenshot({ clip });
  await locator.evaluate((el) => el.blur());
  const unfocused = await page.screenshot({ clip });
  return [focused, unfocused];
}

/** Pixels of the clip that the ring changes to a colour 3:1 against what was there. */
async function ringPixels(page, focused, unfocused) {
  const [f, u] = await decode(page, focused, unfocused);
  let n = 0;
  for (let y = 0; y < f.height; y++) for (let x = 0; x < f.width; x++) if (contrast(f.at(x, y), u.at(x, y)) >= 3) n++;
  return n;
}

// A sample of every kind of focusable control: the first of each.
const CONTROLS = [
  ['link', '.toc-list a'],
  ['button', '.chart-exports button'],
  ['summary', '.story > ul.cards .card-source summary'],
  ['table disclosure', '.chart-table summary'],
  ['select', '.tl-filter select'],
  ['chart mark', '#chart-mianyang-share rect.hit'],
  ['timeline mark', '#timeline rect.hit-event'],
];

test('2.4.7, 1.4.11: every kind of focusable control shows a ring of 3:1 pixels at least 2 px thick, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    await site.withPage({ colorScheme }, async (page) => {
      await page.keyboard.press('Tab'); // keyboard modality: focus() then shows :focus-visible
      for (const [kind, selector] of CONTROLS) {
        const control = page.locator(selector).first();
        await control.scrollIntoViewIfNeeded();
        const box = await control.boundingBox();
        const clip = { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: box.height + 16 };
        const [focused, unfocused] = await focusShots(page, control, clip);
        // The measure of WCAG 2.4.13: the area of a 2 px thick perimeter of the control.
        const need = 2 * (2 * (box.width + box.height));
        const n = await ringPixels(page, focused, unfocused);
        assert.ok(n >= need, `${colorScheme} ${kind}: ${n} pixels change by 3:1 on focus, need ${Math.round(need)}`);
      }
    });
  }
});

test('1.4.11: a chart mark\'s focus ring contrasts 3:1 with the page', async () => {
  for (const colorScheme of ['light', 'dark']) {
    await site.withPage({ colorScheme }, async (page) => {
      await page.keyboard.press('Tab');
      for (const selector of ['#chart-mianyang-share rect.hit', '#timeline rect.hit-event']) {
        const mark = page.locator(selector).first();
        await mark.scrollIntoViewIfNeeded();
        const box = await mark.boundingBox();
        // A column of pixels across the mark's top edge, 10 px either side.
        const top = Math.round(box.y);
        const clip = { x: Math.round(box.x + box.width / 2), y: top - 10, width: 1, height: 20 };
        const [focused, unfocused] = await focusShots(page, mark, clip);
        const [f, u] = await decode(page, focused, unfocused);
        /** The longest run of pixels in rows `from..to` that the ring sets 3:1 against what was there. */
        const run = (from, to) => {
          let best = 0;
          let now = 0;
          for (let y = from; y < to; y++) {
            now = contrast(f.at(0, y), u.at(0, y)) >= 3 ? now + 1 : 0;
            best = Math.max(best, now);
          }
          return best;
        };
        const what = `${colorScheme} ${selector}`;
        assert.ok(run(0, 10) >= 2, `${what}: the ring shows against the page (${run(0, 10)} px)`);
        // No chart mark on the page is a filled bar any more (the Mianyang chart's is an unfilled
        // range, the lead's squares outline themselves): the ring stands on the page's colour.
      }
    });
  }
});
