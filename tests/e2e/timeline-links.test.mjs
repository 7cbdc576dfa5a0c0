// The timeline's links in and out, and its plain list: a linked #event-… opening its event,
// Back and Forward between selected events, the open event's link to its story section, and the
// list of events read in full with JavaScript off. Expected events come from data/report.toml
// itself. The timeline driven by keyboard, touch, Play and filter is timeline.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedDist } from './site.mjs';
import { timelineEvents, ids, hash, expectSelected, openList, liveText } from './timeline-helpers.mjs';

const site = servedDist();
const EVENTS = timelineEvents();
const withPage = (options, run, url) => site.withPage(options, run, url);

test('a linked #event-… opens the event; Back and Forward move between selected events', async () => {
  const [first, second] = [EVENTS[EVENTS.length - 1], EVENTS[0]];
  await withPage({ viewport: { width: 1280, height: 700 } }, async (page) => {
    await expectSelected(page, first.id);
    const box = await page.locator('#timeline-detail').boundingBox();
    assert.ok(box.y > -1 && box.y < 700, `the linked event is scrolled into view (y ${box.y})`);
    assert.ok((await liveText(page)).includes(first.title));

    await openList(page);
    await page.getByRole('button', { name: `Show details: ${second.title}` }).click();
    await page.waitForFunction((h) => location.hash === h, `#event-${second.id}`);
    await page.goBack();
    await page.waitForFunction((h) => location.hash === h, `#event-${first.id}`);
    await expectSelected(page, first.id);
    await page.goForward();
    await page.waitForFunction((h) => location.hash === h, `#event-${second.id}`);
    await expectSelected(page, second.id);
  }, `#event-${first.id}`);
});

test('the open event marks its story section and links there without closing', async () => {
  const event = EVENTS.find((e) => e.figures.length > 0);
  await withPage({}, async (page) => {
    await openList(page);
    await page.getByRole('button', { name: `Show details: ${event.title}` }).click();
    const section = page.locator(`#${event.section}`);
    await page.waitForFunction((id) => document.getElementById(id).classList.contains('tl-related'), event.section);
    await page.locator('#timeline-detail a.tl-story-link').click();
    assert.equal(await page.evaluate(() => document.activeElement.id), event.section, 'focus moves to the section');
    assert.equal(await hash(page), `#event-${event.id}`, 'the event stays open');
    assert.ok(await section.isVisible());
    await page.locator('#timeline-detail').getByRole('button', { name: 'Close' }).click();
    await page.locator('#timeline-detail').waitFor({ state: 'detached' });
    assert.equal(await section.evaluate((el) => el.classList.contains('tl-related')), false);
    assert.equal(await page.evaluate(() => document.activeElement.classList.contains('hit-event')), true, 'focus returns to the timeline');
  });
});

test('without JavaScript the list of events reads in full', async () => {
  const context = await site.browser.newContext({ viewport: { width: 320, height: 900 }, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(site.server.url, { waitUntil: 'load' });
    // Folded away by default; a native disclosure, so one click opens it without script.
    await page.locator('#timeline details.tl-all > summary').click();
    const items = page.locator('#timeline ol > li');
    assert.deepEqual(await ids(items), EVENTS.map((e) => e.id));
    for (const event of EVENTS) {
      const item = page.locator(`#timeline ol > li[data-event-id="${event.id}"]`);
      assert.ok(await item.isVisible());
      const text = await item.innerText();
      assert.ok(text.includes(event.title), `${event.id}: title`);
      if (event.wording) assert.ok(text.includes(event.wording), `${event.id}: dating wording`);
      assert.equal(await item.getByRole('button').isVisible(), false, 'no dead buttons without JavaScript');
    }
    assert.equal(await page.locator('#timeline .tl-controls').isVisible(), false);
    assert.ok(await page.locator('#timeline .chart-svg svg').isVisible());
  } finally {
    await context.close();
  }
});
