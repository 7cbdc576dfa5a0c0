// What a listener hears, in order (issue 21, item 3): a virtual screen reader
// (@guidepup/virtual-screen-reader, see listen.mjs) reads the live page from the top with "next
// item" to its end, then is driven through a chart's marks, the timeline's Next and a source
// dialog. fair.test.mjs checks the accessibility tree's parts; this checks the spoken sequence.
// It is not a real screen reader: see ACCESSIBILITY.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { servedDist, DIST } from './site.mjs';
import { startReader, walk, readTo, heard, press, act, hearAfter, repeats, literal, flat } from './listen.mjs';

const site = servedDist();
// The whole page is about 1,700 items; the bound only stops a runaway walk.
const MAX_STEPS = 5000;
const QUALIFIERS = ['more than', 'over', 'exceeded'];

let page$; // what the walk found: { steps, log, facts }

/** The figures as the page's own data download gives them, by id. */
async function figures() {
  const rows = JSON.parse(await fs.readFile(path.join(DIST, 'sichuan-reform-figures.json'), 'utf8'));
  return new Map(rows.filter((r) => r.kind === 'figure').map((r) => [r.id, r]));
}

/** What the page shows, to know what should be heard: headline, standfirst, charts, cards. */
function pageFacts(page) {
  return page.evaluate(() => {
    const flat = (t) => t.replace(/\s+/g, ' ').trim();
    return {
      headline: flat(document.querySelector('h1').textContent),
      standfirst: flat(document.querySelector('.lead').textContent),
      charts: [...document.querySelectorAll('figure.chart-panel')].map((f) => ({
        id: f.id,
        title: flat(f.querySelector('.chart-title').textContent),
        summary: flat(f.querySelector('.chart-summary').textContent),
        marks: [...f.querySelectorAll('.chart-hits [role="button"]')].map((m) => m.dataset.figureId),
      })),
      cards: [...document.querySelectorAll('li.card')].map((c) => c.id),
    };
  });
}

/** Reads the page once, from the top to its end, for the tests that follow (a hook of our own
 *  would not wait for servedDist's browser). */
let reading;
const walked = () => (reading ??= site.withPage({}, async (page) => {
  await startReader(page);
  const started = Date.now();
  const steps = await walk(page, MAX_STEPS);
  const log = steps.flatMap((s) => s.phrases);
  console.log(`read ${steps.length} items, ${log.length} phrases, in ${Date.now() - started} ms`);
  page$ = { steps, log, facts: await pageFacts(page) };
}));

/** The first step matching `test`, by index (-1 if none). */
const first = (test) => page$.steps.findIndex(test);

test('the walk reaches the end of the page', async () => {
  await walked();
  assert.equal(page$.log.at(-1), 'end of document', `stopped after ${MAX_STEPS} items at: ${page$.log.at(-1)}`);
});

test('the headline and the standfirst are heard first, before any chart or card', async () => {
  await walked();
  const { headline, standfirst } = page$.facts;
  const h1 = first((s) => s.headline);
  assert.ok(h1 >= 0, 'the headline is heard');
  assert.deepEqual(page$.steps[h1].phrases, [`heading, ${headline}, level 1`]);
  const lead = first((s) => s.standfirst && s.text);
  assert.ok(lead > h1, 'the standfirst is heard, after the headline');
  assert.ok(page$.steps[lead].phrases.join(' ').startsWith(standfirst.slice(0, 60)), `standfirst heard as: ${page$.steps[lead].phrases}`);
  const before = page$.steps.slice(0, lead).flatMap((s) => s.phrases);
  assert.deepEqual(before.filter((p) => p.startsWith('heading, ')), [`heading, ${headline}, level 1`], 'no other heading before the standfirst');
  // Nothing of the story (the lead chart, a card) comes before them.
  const story = first((s) => s.main || s.chart || s.card);
  assert.ok(story > lead, `"${page$.steps[story]?.phrases}" is heard before the standfirst`);
});

test('each chart is heard once by its name, as a heading, with its summary before its marks', async () => {
  await walked();
  assert.ok(page$.facts.charts.length >= 2, 'the page has its charts');
  for (const chart of page$.facts.charts) {
    const steps = page$.steps.filter((s) => s.chart === chart.id);
    const phrases = steps.flatMap((s) => s.phrases);
    assert.ok(phrases.length, `${chart.id} is heard`);
    // What names the chart: a figure, heading, group, region or image whose name is the title
    // (the data table is its own thing, "table, …" in its "(data table)" region).
    const naming = new RegExp(`^(figure|heading|group|region|img|image|graphics-document), ${literal(chart.title)}(,|:|$)`);
    const named = phrases.filter((p) => naming.test(p));
    assert.equal(named.length, 1, `"${chart.title}" is named ${named.length} times:\n${named.join('\n')}`);
    assert.match(named[0], /^heading, .*, level \d$/, 'named by its heading');
    const heading = phrases.indexOf(named[0]);
    const summary = phrases.findIndex((p) => p.includes(chart.summary));
    const mark = phrases.indexOf(steps.find((s) => s.mark)?.phrases[0]);
    assert.ok(summary > heading, `${chart.id}: its summary is heard after its name: ${chart.summary}`);
    if (chart.marks.length) assert.ok(summary < mark, `${chart.id}: the summary comes before the marks`);
  }
});

test('each chart mark is heard as "label: value with qualifier (period)"', async () => {
  await walked();
  const data = await figures();
  let marks = 0;
  let qualified = 0;
  for (const chart of page$.facts.charts) {
    for (const id of chart.marks) {
      const figure = data.get(id);
      assert.ok(figure, `${chart.id}: mark of an unknown figure ${id}`);
      const said = page$.steps.find((s) => s.mark === id && s.chart === chart.id)?.phrases[0];
      assert.ok(said, `${chart.id}: the mark of ${id} is heard`);
      const bound = figure.qualifier === 'exact' ? '' : `${literal(figure.qualifier)} `;
      const name = new RegExp(`^button, ${literal(figure.label)}: ${bound}(RMB )?\\d[^(]* \\(${literal(figure.period)}\\)(, |$)`);
      assert.match(said, name, `${id}: heard as "${said}"`);
      assert.ok(!said.includes('≥'), `${id}: a sign, not words: ${said}`);
      marks += 1;
      if (QUALIFIERS.some((q) => said.includes(`: ${q} `))) qualified += 1;
    }
  }
  assert.ok(marks >= 3, `${marks} marks heard`);
  assert.ok(qualified >= 1, 'a lower bound is heard in words');
});

test('each card\'s value is heard with or after its heading', async () => {
  await walked();
  const { cards } = page$.facts;
  assert.ok(cards.length > 5, 'the page has its cards');
  for (const card of cards) {
    const heading = first((s) => s.card === card && s.cardPart === 'heading');
    const value = first((s) => s.card === card && s.cardPart === 'value' && s.text);
    assert.ok(heading >= 0, `${card}: its heading is heard`);
    assert.ok(value >= 0, `${card}: its value is heard`);
    assert.ok(value > heading, `${card}: "${page$.steps[value].phrases}" is heard before "${page$.steps[heading].phrases}"`);
    // Nothing of another card, chart or heading comes between them.
    const between = page$.steps.slice(heading + 1, value);
    assert.ok(between.every((s) => s.card === card), `${card}: something else between heading and value`);
  }
});

test('headings can be told apart: no two heading phrases alike', async () => {
  await walked();
  const headings = page$.log.filter((p) => p.startsWith('heading, ')).map((p) => p.replace(/, level \d$/, ''));
  assert.ok(headings.length > 20, `${headings.length} headings`);
  const twice = headings.filter((h, i) => headings.indexOf(h) !== i);
  assert.deepEqual(twice, [], 'headings heard more than once');
});

test('reading the page, no phrase is heard twice in a row', async () => {
  await walked();
  assert.deepEqual(repeats(page$.log), []);
});

test('arrow keys across a chart\'s marks: each press says the mark, never its popup again', async () => {
  await site.withPage({}, async (page) => {
    const chart = (await pageFacts(page)).charts.find((c) => c.marks.length >= 2);
    assert.ok(chart, 'a chart with two marks or more');
    await startReader(page);
    assert.ok(await readTo(page, `#${chart.id} .chart-hits [role="button"]`), 'the reader reaches the first mark');
    const log = [];
    for (const key of ['ArrowRight', 'ArrowLeft', 'End', 'Home', 'ArrowRight']) {
      const from = (await heard(page)).length;
      await press(page, key);
      const said = (await heard(page)).slice(from);
      log.push(...said);
      const { name, popup } = await page.evaluate(() => {
        const mark = document.activeElement;
        const tip = document.getElementById(mark.getAttribute('aria-controls'));
        const texts = [];
        const walker = document.createTreeWalker(tip, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n.textContent.replace(/\s+/g, ' ').trim());
        return { name: mark.getAttribute('aria-label'), popup: texts };
      });
      assert.ok(popup.length, `${key}: the popup is open`);
      assert.ok(said.length >= 1, `${key}: something is heard`);
      assert.ok(said.at(-1).startsWith(`button, ${name}`), `${key}: the focused mark is heard: ${said.at(-1)}`);
      // Only marks are heard: no live announcement, and no part of the popup beyond what the
      // mark's own name says (its source sentence, place, dating), on any press.
      for (const phrase of said) assert.match(phrase, /^button, /, `${key}: heard "${phrase}"`);
      const repeated = popup.filter((t) => t.length >= 12 && !name.includes(t) && said.some((p) => p.includes(t)));
      assert.deepEqual(repeated, [], `${key}: the popup is read out again`);
    }
    assert.deepEqual(repeats(log), [], 'no phrase twice in a row');
    assert.ok(new Set(log.map((p) => p.replace(/, (not )?expanded$/, ''))).size >= 2, `the arrows move between marks: ${log.join(' | ')}`);
  });
});

test('the timeline\'s Next is heard as "Event n of N", once a press', async () => {
  await site.withPage({}, async (page) => {
    const total = await page.locator('#timeline .chart-hits [role="button"], #timeline rect.hit-event').count();
    assert.ok(total >= 5, `${total} events`);
    await startReader(page);
    assert.equal(await readTo(page, '#timeline button', { phrase: /^button, Next$/ }), 'button, Next');
    const all = [];
    for (let n = 1; n <= 3; n++) {
      const from = (await heard(page)).length;
      await act(page);
      const said = await hearAfter(page, from, new RegExp(`^polite: Event ${n} of ${total}: `));
      all.push(...said);
      const title = flat(await page.locator('#timeline-detail h3').innerText());
      const events = said.filter((p) => /Event \d+ of \d+/.test(p));
      assert.equal(events.length, 1, `press ${n}: heard ${JSON.stringify(said)}`);
      assert.match(events[0], new RegExp(`^polite: Event ${n} of ${total}: .*${literal(title)}`));
    }
    assert.deepEqual(repeats(all), [], 'no phrase twice in a row');
  });
});

test('the source dialog is heard by its name when it opens', async () => {
  await site.withPage({}, async (page) => {
    await startReader(page);
    // As a listener would: the first card's "Source" disclosure, then its "Show source".
    assert.ok(await readTo(page, 'li.card summary'), 'the reader reaches a card\'s Source');
    await act(page);
    assert.match(await readTo(page, 'li.card button', { phrase: /^button, Show source/, max: 40 }) ?? '', /^button, Show source: /);
    const from = (await heard(page)).length;
    await act(page);
    const said = await hearAfter(page, from, /^dialog(,|$)/);
    const dialog = page.locator('dialog.source-view');
    assert.equal(await dialog.evaluate((d) => d.open), true, 'the dialog is open');
    // Its name is its heading's words (the report's title).
    const name = await dialog.locator('h1, h2, h3').first().textContent();
    const opened = said.findIndex((p) => /^dialog(,|$)/.test(p));
    assert.ok(opened >= 0, `no dialog heard: ${JSON.stringify(said)}`);
    assert.equal(said[opened], `dialog, ${flat(name)}`);
    // Nothing inside the dialog is heard before its name.
    assert.ok(said.slice(0, opened).every((p) => p.startsWith('button, Show source')), JSON.stringify(said));
    assert.deepEqual(repeats(said), [], 'no phrase twice in a row');
  });
});
