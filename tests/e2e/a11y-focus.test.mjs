// WCAG 2.2 AA, focus and announcements (issue "WCAG 2.2 AA"): where focus goes when the source
// dialog closes, for every kind of opener (2.4.3); a chart's popup that holds a control is a
// disclosure, not a tooltip (4.1.2); the timeline's filter says what it left (4.1.3).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { servedDist, DIST } from './site.mjs';

const site = servedDist();

const focused = (locator) => locator.evaluate((el) => el === document.activeElement);
const activeDescription = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return `${el?.tagName} ${el?.getAttribute('aria-label') ?? el?.id ?? ''}`.trim();
});

/** Opens the source dialog with Enter on `opener` (already focused), then closes it by `how`. */
async function openAndClose(page, how) {
  await page.keyboard.press('Enter');
  const dialog = page.locator('dialog.source-view');
  await dialog.waitFor({ state: 'visible' });
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'source-highlight', 'focus moves into the dialog');
  if (how === 'Escape') await page.keyboard.press('Escape');
  else {
    await dialog.getByRole('button', { name: /Back to the explainer/ }).focus();
    await page.keyboard.press('Enter');
  }
  await dialog.waitFor({ state: 'detached' });
  // Focus may be restored a task after the dialog goes.
  await page.waitForTimeout(100);
}

test('2.4.3: closing the source dialog (Escape or Back) returns focus to what opened it', async () => {
  await site.withPage({}, async (page) => {
    const card = page.locator('li.card').filter({ visible: true }).first();
    await card.locator('summary').click();
    const fromCard = card.getByRole('button', { name: /^Show source/ });
    const panel = page.locator('#chart-mianyang-share');
    await panel.locator('.chart-table summary').click();
    const fromRow = panel.locator('tbody').getByRole('button', { name: /^Show source/ }).first();
    for (const how of ['Escape', 'Back']) {
      for (const [kind, opener] of [['a figure card', fromCard], ['a table row', fromRow]]) {
        await opener.focus();
        await openAndClose(page, how);
        assert.ok(await focused(opener), `${how} from ${kind}: focus on ${await activeDescription(page)}`);
      }
      // From a chart's popup: the popup closes as focus enters the dialog, so its button is gone;
      // focus goes to the mark the popup belonged to, and the popup opens again.
      const mark = page.locator('#chart-mianyang-share rect.hit').first();
      await mark.focus();
      await page.keyboard.press('Tab');
      const popupButton = page.locator('#chart-mianyang-share .tooltip button');
      assert.ok(await focused(popupButton), 'Tab goes from the mark into its popup');
      await openAndClose(page, how);
      assert.ok(await focused(mark), `${how} from a chart popup: focus on ${await activeDescription(page)}`);
      await page.locator('#chart-mianyang-share .tooltip').waitFor({ state: 'visible' });
    }
  });
});

test('2.4.3: a source dialog opened by the address hands focus to the figure\'s card when closed', async () => {
  await site.withPage({}, async (page) => {
    const id = await page.locator('.card').first().getAttribute('data-figure-id');
    await page.goto(`${page.url().split('?')[0]}?source=${id}`);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    await page.locator('dialog.source-view').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await page.locator('dialog.source-view').waitFor({ state: 'detached' });
    await page.waitForTimeout(100);
    assert.ok(await focused(page.locator(`#fig-${id} summary`)), `focus on ${await activeDescription(page)}`);
  });
});

test('4.1.2: a chart popup with "Show source" is a disclosure the mark controls, not a tooltip', async () => {
  await site.withPage({}, async (page) => {
    for (const chart of ['experiences', 'mianyang-share']) {
      const frame = page.locator(`#chart-${chart} .chart-frame`);
      const mark = frame.locator('rect.hit').first();
      const popup = frame.locator('.tooltip');
      assert.equal(await mark.getAttribute('aria-expanded'), 'false', `${chart}: collapsed at first`);
      await mark.focus();
      await popup.waitFor({ state: 'visible' });
      assert.equal(await popup.getAttribute('role'), null, `${chart}: the popup is no tooltip`);
      assert.equal(await mark.getAttribute('aria-expanded'), 'true');
      assert.equal(await mark.getAttribute('aria-controls'), await popup.getAttribute('id'));
      // The mark's name says label, value and period; the popup it opens is not read out again
      // as its description on every arrow press (issue "A fair story", item 6).
      assert.equal(await mark.getAttribute('aria-describedby'), null, `${chart}: no description repeating the popup`);
      assert.match(await popup.innerText(), /paragraph/);
      const label = await mark.getAttribute('aria-label');
      assert.match(await mark.ariaSnapshot(), /button .*\[expanded\]/);
      // Keyboard: Tab reaches the popup's button; Escape there closes the popup and puts focus
      // back on the mark (not on the page, where the removed button would leave it).
      await page.keyboard.press('Tab');
      const button = popup.getByRole('button', { name: /^Show source: / });
      assert.ok(await focused(button), `${chart}: Tab reaches ${await button.getAttribute('aria-label')} (${label})`);
      await page.keyboard.press('Escape');
      await popup.waitFor({ state: 'hidden' });
      assert.ok(await focused(mark), `${chart}: Escape returns focus to the mark, not ${await activeDescription(page)}`);
      assert.equal(await mark.getAttribute('aria-expanded'), 'false');
    }
    // No tooltip anywhere holds a control.
    await page.locator('#timeline rect.hit-event').first().focus();
    const inTooltips = await page.locator('[role="tooltip"]').evaluateAll((tips) =>
      tips.flatMap((t) => [...t.querySelectorAll('button, a[href], input, select, textarea, [tabindex]')]).length);
    assert.equal(inTooltips, 0);
  });
});

test('4.1.3: the timeline filter says how many events it shows, in a live region already in the page', async () => {
  const html = await fs.readFile(path.join(DIST, 'index.html'), 'utf8');
  const region = html.match(/<p[^>]*id="tl-filter-status"[^>]*>([^<]*)<\/p>/);
  assert.ok(region, 'the live region is pre-rendered (a region added later would stay silent)');
  assert.match(region[0], /role="status"/);
  await site.withPage({}, async (page) => {
    const status = page.locator('#tl-filter-status');
    const total = await page.locator('#timeline rect.hit-event').count();
    assert.equal(await status.innerText(), `Showing all ${total} events`);
    assert.equal(region[1], `Showing all ${total} events`);
    const select = page.locator('.tl-filter select');
    const [value, name] = await select.locator('option').nth(2).evaluate((o) => [o.value, o.textContent.replace(/ \(\d+\)$/, '')]);
    await select.selectOption(value);
    await page.waitForFunction((t) => !document.querySelector('#tl-filter-status').textContent.includes('all'), total);
    const shown = await page.locator('#timeline rect.hit-event').count();
    assert.ok(shown < total);
    assert.equal(await status.innerText(), `Showing ${shown} of ${total} events: ${name}`);
    await select.selectOption('');
    await page.waitForFunction(() => document.querySelector('#tl-filter-status').textContent.includes('all'));
    assert.equal(await status.innerText(), `Showing all ${total} events`);
  });
});

test('the footer links to the accessibility conformance report, by keyboard, with JavaScript on and off', async () => {
  const report = await fs.readFile(new URL('../../ACCESSIBILITY.md', import.meta.url), 'utf8');
  for (const javaScriptEnabled of [true, false]) {
    const context = await site.browser.newContext({ javaScriptEnabled });
    try {
      const page = await context.newPage();
      await page.goto(site.server.url, { waitUntil: 'load' });
      const link = page.locator('#accessibility').getByRole('link', { name: 'Accessibility conformance report' });
      await link.focus();
      const [response] = await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      assert.match(response.headers()['content-type'], /^text\/plain/);
      assert.equal((await page.locator('body').innerText()).trim(), report.trim(), `JavaScript ${javaScriptEnabled ? 'on' : 'off'}: the report, whole`);
    } finally {
      await context.close();
    }
  }
});
