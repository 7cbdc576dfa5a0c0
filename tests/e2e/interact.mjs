// Reader interactions shared by the offline, single-file and CSP tests: each proves the app is
// live (hydrated and responding), not just its pre-rendered HTML.
import assert from 'node:assert/strict';

export const hydrated = (page) =>
  page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, { timeout: 15_000 });

/** Hovering a chart's first mark shows its tooltip. */
export async function chartTooltip(page, chart = 'mianyang-share') {
  const mark = page.locator(`#chart-${chart} rect.hit`).first();
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  await page.locator(`#chart-${chart} .tooltip`).waitFor({ state: 'visible', timeout: 5_000 });
  await page.mouse.move(0, 0);
}

/** The timeline from the keyboard: an arrow key moves between events, Enter opens one. */
export async function timelineKeyboard(page) {
  const marks = page.locator('#timeline rect.hit-event');
  assert.ok((await marks.count()) >= 2, 'the timeline has event marks');
  await marks.first().focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.locator(':focus').getAttribute('data-mark'), '1', 'ArrowRight moves along the timeline');
  await page.keyboard.press('Enter');
  await page.locator('#timeline-detail').waitFor({ state: 'visible', timeout: 5_000 });
}
