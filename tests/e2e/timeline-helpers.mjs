// What the two timeline files (timeline.test.mjs, timeline-links.test.mjs) share: the events as
// data/report.toml gives them, so that no expectation is copied from the page under test, and
// the small reads and waits on the timeline both use.
import { before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from './server.mjs';

/** The `[[events]]` of data/report.toml, in the order build.rs gives them (by period, stable),
 *  with their titles from the content file (`[events.<id>] title`). */
export async function readEvents() {
  const toml = await fs.readFile(path.join(REPO_ROOT, 'data/report.toml'), 'utf8');
  const content = await fs.readFile(path.join(REPO_ROOT, 'content/en.toml'), 'utf8');
  const title = (id) => content.match(new RegExp(`^\\[events\\.${id}\\]\\ntitle = "(.*)"$`, 'm'))?.[1];
  const str = (block, key) => block.match(new RegExp(`^${key} = "(.*)"$`, 'm'))?.[1];
  const events = toml.split(/^\[\[events\]\]$/m).slice(1).map((block) => {
    block = block.split(/^\[\[/m)[0];
    const period = block.match(/^period = \{ start = (\d+), end = (\d+), dating = "(\w+)"(?:, wording = "([^"]*)")?/m);
    return {
      id: str(block, 'id'), title: title(str(block, 'id')), area: str(block, 'area'), section: str(block, 'section'),
      figures: [...(block.match(/^figures = \[(.*)\]$/m)?.[1] ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1]),
      start: Number(period[1]), end: Number(period[2]), dating: period[3], wording: period[4] ?? '',
    };
  });
  return events.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i).map(({ e }) => e);
}

export const ids = (locator) => locator.evaluateAll((els) => els.map((e) => e.dataset.eventId));
export const hash = (page) => page.evaluate(() => location.hash);
/** Waits until the detail card shows event `id`. */
export const expectSelected = (page, id) =>
  page.waitForFunction((id) => document.querySelector('#timeline-detail')?.dataset.eventId === id, id, { timeout: 5000 });
/** Opens the folded list of all events (a native disclosure), if it is closed. */
export async function openList(page) {
  const list = page.locator('#timeline details.tl-all');
  if (!(await list.evaluate((d) => d.open))) await list.locator('summary').click();
}
export const liveText = (page) => page.locator('#timeline [aria-live="polite"]').textContent();

/** The timeline's events, filled in by a `before` hook this registers (after the file's own). */
export function timelineEvents() {
  const events = [];
  before(async () => {
    events.push(...(await readEvents()));
    assert.ok(events.length >= 5, 'events parsed from report.toml');
  });
  return events;
}
