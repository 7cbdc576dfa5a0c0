// The timeline, driven as a reader would: keyboard, pointer, touch swipes, Play and the area
// filter, and its layout at each width with axe run over the open detail. Expected events come
// from data/report.toml itself; expected figures from the app's own JSON export. Links to events,
// Back/Forward and the list without JavaScript are in timeline-links.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from './server.mjs';
import { servedDist } from './site.mjs';
import { runAxe, formatAxe } from './browser.mjs';
import { timelineEvents, ids, hash, expectSelected, openList, liveText } from './timeline-helpers.mjs';

const SHOTS = path.join(REPO_ROOT, 'test-output', 'screenshots');
const HITS = '#timeline rect.hit-event';
const site = servedDist();
const EVENTS = timelineEvents();
const withPage = (options, run, url) => site.withPage(options, run, url);

const focusedMark = (page) => page.evaluate(() => document.activeElement?.dataset?.mark ?? null);

/** The app's JSON export: the bundled figures, by id. */
async function figuresById(page) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download JSON' }).click()]);
  const rows = JSON.parse(await fs.readFile(await file.path(), 'utf8'));
  return new Map(rows.filter((f) => f.kind === 'figure').map((f) => [f.id, f]));
}

/** Checks the open detail card against the data: title, how the date was found, figures. */
async function assertDetail(page, event, figures) {
  const detail = page.locator('#timeline-detail');
  await page.waitForFunction((id) => document.querySelector('#timeline-detail')?.dataset.eventId === id, event.id);
  assert.equal(await detail.locator('h3').innerText(), event.title);
  const dating = await detail.locator('.tl-dating').innerText();
  if (event.dating === 'resolved') assert.ok(dating.includes(`“${event.wording}”`), `${event.id}: ${dating}`);
  if (event.dating === 'undated') assert.match(dating, /no date/);
  const shown = await detail.locator('li[data-figure-id]').evaluateAll((els) => els.map((e) => e.dataset.figureId));
  assert.deepEqual(shown, event.figures, `${event.id}: its figures`);
  for (const id of shown) {
    // Each figure is its number with a link to its one full card, where its source is.
    const item = detail.locator(`li[data-figure-id="${id}"]`);
    assert.ok((await item.innerText()).includes(figures.get(id).label), `${id} in the detail`);
    assert.equal(await item.locator('a').getAttribute('href'), `#fig-${id}`, `${id} links to its card`);
    assert.equal(await page.locator(`#fig-${id}`).count(), 1, `${id} has its card on the page`);
  }
  assert.equal(await hash(page), `#event-${event.id}`);
  assert.ok((await liveText(page)).includes(event.title), 'the live region announces the event');
}

test('keyboard: one tab stop; arrows, Home and End move; Enter and Space open the event with its figures', async () => {
  await withPage({}, async (page) => {
    const figures = await figuresById(page);
    assert.deepEqual(await ids(page.locator(HITS)), EVENTS.map((e) => e.id), 'one marker per event, in time order');
    assert.deepEqual(await ids(page.locator('#timeline ol > li')), EVENTS.map((e) => e.id), 'the list in the same order');
    assert.equal(await page.locator(`${HITS}[tabindex="0"]`).count(), 1, 'exactly one marker in the tab order');
    assert.equal(await liveText(page), '', 'nothing announced before a selection');

    await page.locator('#timeline .tl-play').focus();
    await page.keyboard.press('Tab');
    assert.equal(await focusedMark(page), '0', 'Tab reaches the first marker');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.closest('.chart-hits')), null, 'the next Tab leaves the markers');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await focusedMark(page), '0');

    const tip = page.locator('#tip-timeline');
    for (let i = 1; i < EVENTS.length; i++) {
      await page.keyboard.press('ArrowRight');
      assert.equal(await focusedMark(page), String(i), `ArrowRight reaches marker ${i}`);
      assert.ok((await tip.innerText()).includes(EVENTS[i].title), `tooltip names ${EVENTS[i].id}`);
    }
    await page.keyboard.press('ArrowRight');
    assert.equal(await focusedMark(page), String(EVENTS.length - 1), 'ArrowRight stops at the end');
    await page.keyboard.press('Home');
    assert.equal(await focusedMark(page), '0');
    await page.keyboard.press('End');
    assert.equal(await focusedMark(page), String(EVENTS.length - 1));
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await assertDetail(page, EVENTS[2], figures);
    assert.equal(await focusedMark(page), '2', 'focus stays on the marker');
    assert.equal(await page.locator(`${HITS}[data-mark="2"]`).getAttribute('aria-current'), 'true');
    assert.equal(await page.locator(`${HITS}[tabindex="0"]`).count(), 1);

    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press(' ');
    await assertDetail(page, EVENTS[1], figures);
    // Every event's card, through the list's buttons.
    await openList(page);
    for (const event of EVENTS) {
      await page.getByRole('button', { name: `Show details: ${event.title}` }).click();
      await assertDetail(page, event, figures);
    }
  });
});

test('the area filter hides other areas\' events from chart, list and navigation, and lives in the URL', async () => {
  const area = 'scitech';
  const kept = EVENTS.filter((e) => e.area === area).map((e) => e.id);
  assert.ok(kept.length >= 2 && kept.length < EVENTS.length);
  await withPage({}, async (page) => {
    const select = page.getByLabel('Show events for');
    await select.selectOption(area);
    await page.waitForFunction((a) => new URL(location.href).searchParams.get('area') === a, area);
    assert.deepEqual(await ids(page.locator(HITS)), kept);
    assert.deepEqual(await ids(page.locator('#timeline ol > li')), kept);
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expectSelected(page, kept[0]);
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expectSelected(page, kept[1]);

    // Another area hides the selected event.
    const other = EVENTS.filter((e) => e.area === 'governance').map((e) => e.id);
    await select.selectOption('governance');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('area') === 'governance');
    assert.deepEqual(await ids(page.locator(HITS)), other);
    assert.equal(await page.locator('#timeline-detail').count(), 0, 'a hidden event shows no card');

    await select.selectOption('');
    await page.waitForFunction(() => !location.search.includes('area='));
    assert.equal(await page.locator(HITS).count(), EVENTS.length);
    // The filter that hid the event deselected it (issue #13: no address may name an event its
    // filter hides, since loading it would drop the filter).
    assert.equal(await page.locator('#timeline-detail').count(), 0, 'the hidden event stays deselected');
    // Back to the previous event's entry restores the filter it was picked under, select included.
    await page.goBack();
    await page.waitForFunction(() => location.search.includes('area=scitech'));
    await expectSelected(page, kept[0]);
    assert.equal(await select.inputValue(), area);

    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    assert.equal(await select.inputValue(), area, 'a reload keeps the filter');
    assert.deepEqual(await ids(page.locator(HITS)), kept);
  });
});

test('the area filter never shows nothing: every option holds events, drawn a row each with no blank rows', async () => {
  await withPage({}, async (page) => {
    const select = page.getByLabel('Show events for');
    const options = await select.locator('option').evaluateAll((os) => os.map((o) => ({ value: o.value, text: o.textContent })));
    const height = async () => (await page.locator('#timeline .chart-svg svg').boundingBox()).height;
    const full = await height();
    for (const { value, text } of options) {
      const kept = EVENTS.filter((e) => !value || e.area === value).map((e) => e.id);
      assert.ok(kept.length > 0, `${text}: no events`);
      assert.ok(text.endsWith(`(${kept.length})`), `${text}: says how many it holds`);
      await select.selectOption(value);
      await page.waitForFunction((n) => document.querySelectorAll('#timeline .hit-event').length === n, kept.length);
      assert.deepEqual(await ids(page.locator(HITS)), kept);
      assert.equal(await page.locator('#timeline .tl-empty').count(), 0, `${text}: the empty state`);
      // One row per event kept: the rows' centres are evenly spaced, none left blank.
      const centres = await page.locator(HITS).evaluateAll((rs) => rs.map((r) => { const b = r.getBoundingClientRect(); return b.y + b.height / 2; }));
      const steps = centres.slice(1).map((c, i) => c - centres[i]);
      assert.ok(steps.every((s) => Math.abs(s - steps[0]) < 1), `${text}: rows ${JSON.stringify(centres)}`);
      if (value) assert.ok((await height()) < full, `${text}: the chart shrinks to its rows`);
    }
  });
  // An address naming an area with no events is no filter.
  await withPage({}, async (page) => {
    assert.equal(await page.locator(HITS).count(), EVENTS.length);
    assert.equal(await page.getByLabel('Show events for').inputValue(), '');
  }, '?area=finance');
});

test('Play steps through the events and pauses; reduced motion disables it', async () => {
  await withPage({}, async (page) => {
    const play = page.locator('#timeline .tl-play');
    const historyBefore = await page.evaluate(() => history.length);
    assert.match(await play.innerText(), /Play/);
    await play.click();
    assert.match(await play.innerText(), /Pause/, 'while playing, the button pauses');
    await expectSelected(page, EVENTS[0].id);
    await page.waitForFunction((h) => location.hash === h, `#event-${EVENTS[1].id}`, { timeout: 4000 });
    await play.click();
    assert.match(await play.innerText(), /Play/);
    await page.waitForTimeout(3000);
    assert.equal(await hash(page), `#event-${EVENTS[1].id}`, 'paused: no further step');
    // Starting Play is one step in history; its timed steps replace it rather than stack up.
    assert.equal(await page.evaluate(() => history.length), historyBefore + 1);
  });
  await withPage({ reducedMotion: 'reduce' }, async (page) => {
    const play = page.locator('#timeline .tl-play');
    await page.waitForFunction(() => document.querySelector('#timeline .tl-play').disabled);
    assert.match(await page.locator('#tl-play-note').innerText(), /reduced motion/);
    assert.equal(await play.getAttribute('aria-describedby'), 'tl-play-note');
  });
});

test('touch: swiping left and right over the timeline steps through the events', async () => {
  await withPage({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true }, async (page) => {
    const chart = page.locator('#timeline .tl-chart');
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    const cdp = await page.context().newCDPSession(page);
    const swipe = async (dx) => {
      const [x, y] = [box.x + box.width / 2 - dx / 2, box.y + Math.min(box.height / 2, 200)];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      for (let s = 1; s <= 5; s++) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * s) / 5, y }] });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await swipe(-120);
    await expectSelected(page, EVENTS[0].id);
    await swipe(-120);
    await page.waitForFunction((h) => location.hash === h, `#event-${EVENTS[1].id}`);
    await swipe(120);
    await page.waitForFunction((h) => location.hash === h, `#event-${EVENTS[0].id}`);
    await swipe(-20);
    await page.waitForTimeout(300);
    assert.equal(await hash(page), `#event-${EVENTS[0].id}`, 'a short move is not a swipe');
  });
});

for (const [width, colorScheme] of [[320, 'light'], [320, 'dark'], [1280, 'light'], [1280, 'dark']]) {
  test(`timeline at ${width}px ${colorScheme}: layout, no sideways scroll, axe with the detail open`, async () => {
    const event = EVENTS.find((e) => e.dating === 'resolved' && e.figures.length > 0);
    await withPage({ viewport: { width, height: 900 }, colorScheme }, async (page) => {
      await page.locator('#timeline-detail').waitFor();
      const svg = await page.locator('#timeline .chart-svg svg').boundingBox();
      // Which way time runs: where the year labels go, one under another or side by side.
      const years = await page.locator('#timeline .chart-svg svg text').evaluateAll((ts) => {
        const at = (y) => ts.find((t) => t.textContent.trim() === y)?.getBoundingClientRect();
        const [a, b] = [at('2015'), at('2016*')];
        return { dx: b.left - a.left, dy: b.top - a.top };
      });
      if (width < 600) assert.ok(years.dy > 0 && Math.abs(years.dx) < 2, `vertical at ${width}px: ${JSON.stringify(years)}`);
      else assert.ok(years.dx > 0 && Math.abs(years.dy) < 2, `horizontal at ${width}px: ${JSON.stringify(years)}`);
      assert.ok(svg.x >= 0 && svg.x + svg.width <= width, 'the chart fits the viewport');
      assert.equal(await page.locator(HITS).count(), EVENTS.length);
      // The events are the main view at every width: each one's title is written in the chart,
      // in its marker's row, left of the axis when wide and right of the marker when narrow.
      const titles = await page.locator('#timeline .chart-svg svg text[fill="#010203"]').evaluateAll((ts) =>
        ts.map((t) => ({ text: t.textContent.trim(), box: t.getBoundingClientRect().toJSON() })));
      const hits = await page.locator(HITS).evaluateAll((rs) => rs.map((r) => r.getBoundingClientRect().toJSON()));
      for (const [i, event] of EVENTS.entries()) {
        const lines = [];
        while (titles.length && event.title.startsWith([...lines.map((l) => l.text), titles[0].text.replace(/…$/, '')].join(' '))) {
          lines.push(titles.shift());
          if (lines.at(-1).text.endsWith('…')) break;
        }
        assert.ok(lines.length > 0, `${width}px: ${event.id}'s title is in the chart`);
        if (event.start !== event.end) continue; // a span's bar crosses other events' rows
        const [top, bottom] = [lines[0].box.top, lines.at(-1).box.bottom];
        const mid = hits[i].top + hits[i].height / 2;
        assert.ok(top < mid && mid < bottom, `${width}px: ${event.id}'s title (${top}–${bottom}) beside its marker (${mid})`);
        const side = width < 600 ? lines[0].box.left >= hits[i].right : lines[0].box.right <= hits[i].left;
        assert.ok(side, `${width}px: ${event.id}'s title on the ${width < 600 ? 'right' : 'left'} of its marker`);
      }
      assert.equal(titles.length, 0, 'no title left over');
      // The key's bar lies the way the chart's bars do.
      const bar = await page.locator('.tl-legend .tl-shape-span rect').boundingBox();
      assert.ok(width < 600 ? bar.height > bar.width : bar.width > bar.height, `the key's bar at ${width}px: ${JSON.stringify(bar)}`);
      for (const hit of await page.locator(HITS).all()) {
        const b = await hit.boundingBox();
        assert.ok(b.x >= 0 && b.x + b.width <= width, 'every marker is on screen');
      }
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(scroll <= 0, `no horizontal scroll (${scroll}px)`);
      await page.locator(`${HITS}[data-mark="1"]`).hover();
      await page.locator('#tip-timeline').waitFor();
      const violations = await runAxe(page);
      assert.equal(violations.length, 0, formatAxe(violations));
      await fs.mkdir(SHOTS, { recursive: true });
      await page.locator('#timeline').screenshot({ path: path.join(SHOTS, `timeline-${width}-${colorScheme}.png`) });
    }, `#event-${event.id}`);
  });
}
