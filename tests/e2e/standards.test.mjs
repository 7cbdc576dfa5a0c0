// Not one word beyond the evidence (issue "From inventory to story"), as a reader meets the page:
// every year we worked out carries its mark wherever it is printed (cards, tables, the timeline,
// the data download); the report's "more than" is never printed twice or as "≥"; the credit, the
// standfirst and the footer agree that the report is undated; the university's unlike counts
// share no chart; and the story is short: at most eight cards by default, the limits within the
// first two phone screens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { servedDist, DIST } from './site.mjs';

const site = servedDist();

/** The page's text with every disclosure open (tables, folded cards, the timeline's list), the
 *  report's own sentences (quotations and the source view) left out. */
function ourText(page) {
  return page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    const clone = document.body.cloneNode(true);
    // The timeline's drawing is included: its year axis marks a band that only worked-out years
    // put there ("2012–2014*", "2016*").
    for (const el of clone.querySelectorAll('blockquote, dialog, .source-view, script, style')) el.remove();
    document.body.append(clone);
    clone.hidden = false;
    const text = clone.innerText;
    clone.remove();
    return text;
  });
}

// Years the report never states: every printing of them is our reading, so each carries the
// mark ("2016*", "by 2018*", "2011–2015*": the mark follows the range).
const WORKED_OUT = ['2012', '2016', '2018'];

test('every year we worked out carries its mark, wherever the page prints it', async () => {
  await site.withPage({}, async (page) => {
    const text = await ourText(page);
    for (const year of WORKED_OUT) {
      const bare = [...text.matchAll(new RegExp(`(?<!\\d)${year}(?!\\d)(?!\\*)(?!–\\d{4}\\*)`, 'g'))]
        .map((m) => text.slice(Math.max(0, m.index - 40), m.index + 20).replace(/\s+/g, ' '));
      assert.deepEqual(bare, [], `${year} printed without its mark`);
      assert.ok(text.includes(`${year}*`) || text.includes(`${year}–`), `${year} is printed somewhere`);
    }
    // 2017 is stated for the province, worked out ("last year") for Mianyang.
    const meta = async (id) => page.locator(`#fig-${id} .card-meta, #fig-${id} td`).allInnerTexts();
    assert.match((await meta('mianyang-devices')).join(' '), /2018\*/);
    assert.match((await meta('mci-revenue-2017')).join(' '), /2017(?!\*)/);
    // The timeline's marks: an event dated from the report's wording, or not at all, names its
    // year with the mark.
    const events = await page.locator('#timeline rect.hit-event').evaluateAll((rs) => rs.map((r) => r.getAttribute('aria-label')));
    assert.ok(events.length >= 8, `${events.length} timeline marks`);
    for (const label of events) {
      if (/worked out|undated/.test(label)) assert.match(label, /^(by )?\d{4}(–\d{4})?\*/, label);
      else assert.match(label, /^\d{4}:/, label);
    }
    // The mark is explained once on the page, before the story.
    const note = page.locator('.credit-note');
    assert.equal(await note.count(), 1);
    assert.match(await note.innerText(), /^\* .*worked out/);
  });
  const csv = await fs.readFile(path.join(DIST, 'sichuan-reform-figures.csv'), 'utf8');
  const [head, ...lines] = csv.trim().split('\n');
  const cols = head.split(',');
  const at = (name) => cols.indexOf(name);
  for (const line of lines.filter((l) => l.endsWith(',figure'))) {
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, ''));
    const dating = cells[at('dating')];
    const period = cells[at('period')].replace(/"/g, '');
    assert.equal(period.endsWith('*'), dating !== 'stated', `${cells[0]}: ${period} (${dating})`);
  }
});

test('the report\'s "more than" is printed once, as words or ">", never as "≥"', async () => {
  await site.withPage({}, async (page) => {
    const text = await ourText(page);
    assert.ok(!text.includes('≥'), 'no “≥” for a strict lower bound');
    const doubled = text.match(/>\s*(more than|over|exceeded)/g);
    assert.equal(doubled, null, `qualifier printed twice: ${doubled}`);
    assert.match(await page.locator('#fig-shared-ip-rights .card-value').innerText(), /^more than 600/);
  });
});

test('the credit, the standfirst and the footer agree: undated, the year by its wording', async () => {
  await site.withPage({}, async (page) => {
    for (const selector of ['.masthead .lead', '#credit', 'footer']) {
      const text = await page.locator(selector).first().innerText();
      assert.match(text, /undated/, `${selector} says the report is undated`);
      assert.match(text, /2018\* by its wording/, `${selector} gives the year as ours`);
    }
    const kicker = await page.locator('.kicker').first().innerText();
    assert.doesNotMatch(kicker, /checked/i, 'no promise of a check against other sources');
    const lead = await page.locator('.masthead .lead').innerText();
    assert.match(lead, /official/, 'the key claim is attributed to the official who made it');
    assert.doesNotMatch(lead, /lesson/i);
  });
});

test('the university\'s unlike counts share no chart: two labelled cards', async () => {
  await site.withPage({}, async (page) => {
    const part = page.locator('#swjtu');
    assert.equal(await part.locator('figure.chart-panel').count(), 0, 'no chart in the part');
    const cards = part.locator('ul.cards:not(details ul) > li.card');
    assert.deepEqual(
      await cards.evaluateAll((li) => li.map((el) => el.dataset.figureId)),
      ['swjtu-patents-before', 'swjtu-patents-confirmed'],
    );
    assert.doesNotMatch(await part.innerText(), /times|×/, 'no ratio of the two');
  });
});

for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
  test(`at ${viewport.width} px: at most eight cards by default, and the limits within two screens`, async () => {
    await site.withPage({ viewport }, async (page) => {
      const cards = await page.locator('li.card').evaluateAll((li) => li.filter((el) => el.checkVisibility()).length);
      const limits = await page.locator('#limits').evaluate((el) => Math.round(el.getBoundingClientRect().top + scrollY));
      console.log(`story at ${viewport.width}: ${cards} cards by default, the limits start at ${limits} px (screen ${(limits / viewport.height + 1).toFixed(1)})`);
      assert.ok(cards <= 8, `${cards} cards shown by default`);
      assert.ok(limits < 2 * viewport.height, `the limits start at ${limits} px`);
    });
  });
}

test('every figure the prose tells links to its card, folded beside it with its source', async () => {
  await site.withPage({}, async (page) => {
    const links = await page.locator('.story p.prose a.fig-ref').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(links.length >= 15, `${links.length} figures told in the prose`);
    for (const href of links) {
      assert.equal(await page.locator(href).count(), 1, `${href} exists`);
    }
    // Following a link opens the folded list at the card.
    const link = page.locator('#mianyang p.prose a.fig-ref[href="#fig-mianyang-companies-served"]');
    await link.click();
    const card = page.locator('#fig-mianyang-companies-served');
    await card.waitFor({ state: 'visible' });
    assert.equal(await card.evaluate((el) => el.closest('details').open), true);
  });
});
