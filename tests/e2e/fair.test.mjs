// A fair story, told once (issue "A fair story"): whose account this is and when we updated it,
// in the first screen; the source and a way back in every single-view embed; each of the report's
// headline values printed at most twice where a reader sees it by default; no caveated
// derived figure as a chart's headline; and what a screen reader hears, from the accessibility
// tree. The printing counts are logged on every run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { servedDist, DIST } from './site.mjs';
import { REPO_ROOT } from './server.mjs';
import { screenshot } from './browser.mjs';

const site = servedDist();
const VIEWS = ['pilot', 'swjtu', 'shared-ownership', 'mianyang', 'ip', 'timeline'];
const MAX_PRINTINGS = 2;

/** Every row of the data download (figures and derived figures), as the page writes it. */
async function rows() {
  const file = path.join(DIST, 'sichuan-reform-figures.json');
  return JSON.parse(await fs.readFile(file, 'utf8'));
}

/** The explainer's date as data/report.toml gives it (the page must show this one). */
async function updated() {
  const toml = await fs.readFile(path.join(REPO_ROOT, 'data', 'report.toml'), 'utf8');
  return toml.match(/^\[explainer\][^[]*?updated = "(\d{4}-\d\d-\d\d)"/m)[1];
}

for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
  test(`at ${viewport.width} px: the credit line and the date follow the standfirst, which attributes the claim`, async () => {
    await site.withPage({ viewport }, async (page) => {
      const lead = page.locator('.masthead .lead');
      const text = await lead.innerText();
      assert.match(text, /provincial government says/, 'the claim is attributed');
      assert.match(text, /secondhand|citing an official|according to an official/, 'the key claim is said to be secondhand');
      const credit = page.locator('#credit');
      const said = await credit.innerText();
      for (const part of ['General Office', 'Open Governance', 'Sichuan Big Data Center', 'Updated']) {
        assert.ok(said.includes(part), `credit line lacks ${part}: ${said}`);
      }
      assert.equal(await credit.locator('time').getAttribute('datetime'), await updated());
      const box = await credit.boundingBox();
      // Whose account it is and what we add: the standfirst in the first screen, the credit
      // right under it.
      const leadBox = await lead.boundingBox();
      assert.ok(leadBox.y < viewport.height, `standfirst at ${leadBox.y}`);
      assert.ok(box.y < leadBox.y + leadBox.height + 40, 'the credit follows the standfirst');
      const headline = await page.locator('h1').innerText();
      assert.doesNotMatch(headline, /turned .* into results/i);
      // Every placeholder of the content file was filled from the data (the islands' words list
      // holds the templates themselves: it is data, never shown).
      const unfilled = await page.evaluate(() => {
        const page = document.documentElement.cloneNode(true);
        page.querySelector('script#words')?.remove();
        return page.outerHTML.match(/\{=?[a-z][a-z0-9.-]*\}/g);
      });
      assert.equal(unfilled, null, `placeholders left: ${unfilled}`);
    });
  });
}

test('every single-view embed ends with the source and a link to the whole explainer in a new tab', async () => {
  for (const view of VIEWS) {
    await site.withPage({ viewport: { width: 600, height: 800 } }, async (page) => {
      assert.equal(await page.locator('#credit').isVisible(), false, `${view}: the page's credit line gives way to the view's`);
      const credits = page.locator('.embed-credit').filter({ visible: true });
      assert.equal(await credits.count(), 1, `${view}: one visible credit`);
      const credit = credits.first();
      assert.match(await credit.innerText(), /Sichuan Provincial People’s Government, undated \(\d{4}\* by its wording\)/, view);
      assert.match(await credit.innerText(), /\* A year we worked out/, `${view}: the mark explained`);
      const section = await credit.evaluate((el) => el.closest('section')?.id);
      assert.equal(section, view, `${view}: the credit is the view's own`);
      const link = credit.getByRole('link');
      assert.equal(await link.getAttribute('target'), '_blank');
      assert.equal(await link.getAttribute('rel'), 'noopener');
      const href = await link.evaluate((a) => a.href);
      const url = new URL(href);
      assert.equal(url.origin + url.pathname, new URL('/', site.server.url).href, `${view}: the explainer's own page`);
      assert.equal(url.search, '', `${view}: without ?embed`);
      assert.equal(url.hash, `#${view}`, `${view}: at the view`);
      assert.match(await link.evaluate((a) => a.textContent), /new tab/, 'a listener is told it opens a new tab');
      // The credit ends the view: nothing visible of the view comes after it.
      const last = await page.evaluate(() => {
        const shown = [...document.querySelectorAll('main *')].filter((el) => el.checkVisibility() && el.getBoundingClientRect().height > 0);
        return Math.max(...shown.map((el) => el.getBoundingClientRect().bottom));
      });
      const bottom = (await credit.boundingBox()).y + (await credit.boundingBox()).height;
      assert.ok(bottom >= last - 1, `${view}: something ends below the credit (${last} > ${bottom})`);
      if (view === 'swjtu') await screenshot(page, 'embed-swjtu-credit');
    }, `?embed=${view}`);
  }
  await site.withPage({}, async (page) => {
    assert.equal(await page.locator('.embed-credit').filter({ visible: true }).count(), 0, 'not on the full page');
  });
});

/** Every piece of text a reader sees by default (closed disclosures, hidden and screen-reader-only
 *  text left out), chart drawings included, one string per text node; text inside another
 *  figure's own element (its card, row or glance item) is left out, as it prints that figure. */
function seenTexts(page, figureId) {
  return page.evaluate((figureId) => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent.trim()) continue;
      if (el.closest('.sr-only, script, style, [hidden], .chart-summary')) continue;
      const owner = el.closest('[data-figure-id]:not(rect)');
      if (owner && owner.dataset.figureId !== figureId) continue;
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      out.push(node.textContent);
    }
    return out;
  }, figureId);
}

/** How often `value` stands as a number of its own in `texts` ("14" not in "2014" or "1,400"),
 *  not followed by a noun of another figure with the same value ("8 regions" is not the claim's 8). */
function printings(texts, value, otherNouns) {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const others = otherNouns.length ? `(?!\\s+(?:${otherNouns.join('|')})\\b)` : '';
  const re = new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)${others}`, 'g');
  return texts.reduce((n, t) => n + (t.match(re)?.length ?? 0), 0);
}

/** The ids of the report's headline figures (`headline = true` in data/report.toml). */
async function headlineIds() {
  const toml = await fs.readFile(new URL('../../data/report.toml', import.meta.url), 'utf8');
  return toml.split(/^\[\[figures\]\]$/m).slice(1)
    .filter((b) => /^headline = true$/m.test(b))
    .map((b) => b.match(/^id = "(.*)"$/m)[1]);
}

test('each of the report\'s headline values is printed at most twice by default', async () => {
  const headline = await headlineIds();
  assert.ok(headline.length >= 8, 'the data names the headline figures');
  const data = (await rows()).filter((r) => r.kind === 'figure');
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
    await site.withPage({ viewport }, async (page) => {
      const counts = [];
      for (const id of headline) {
        const figure = data.find((r) => r.id === id);
        // The number as the report writes it: "3,300", "310", "50%".
        const v = figure.unit === 'percent' ? `${figure.value_as_stated}%` : figure.value_as_stated;
        const otherNouns = data.filter((r) => r.id !== id && Number(r.value) === Number(figure.value) && r.counted).map((r) => r.counted);
        counts.push([id, v, printings(await seenTexts(page, id), v, otherNouns)]);
      }
      console.log(`printings at ${viewport.width}: ${counts.map(([id, v, n]) => `${v} (${id}) ${n}`).join(', ')}`);
      for (const [id, v, n] of counts) {
        assert.ok(n >= 1, `${id}: ${v} is not shown at all`);
        assert.ok(n <= MAX_PRINTINGS, `${id}: ${v} is printed ${n} times by default`);
      }
    });
  }
});

test('no chart headline or annotation is a derived figure that carries a caveat', async () => {
  const json = await rows();
  const caveated = json.filter((row) => row.kind === 'derived' && row.caveat);
  assert.ok(caveated.length >= 2, 'the data has caveated derived figures');
  await site.withPage({}, async (page) => {
    const charts = await page.locator('figure.chart-panel').evaluateAll((figs) => figs.map((f) => ({
      id: f.id,
      drawn: [...f.querySelectorAll('.chart-svg text')].map((t) => t.textContent).join(' | '),
      title: f.querySelector('.chart-title').textContent,
      summary: f.querySelector('.chart-summary').textContent,
    })));
    assert.equal(charts.length, 2);
    for (const chart of charts) {
      for (const d of caveated) {
        for (const where of ['drawn', 'title', 'summary']) {
          assert.ok(!chart[where].includes(d.value_as_stated), `${chart.id} ${where} holds ${d.id}: ${d.value_as_stated}`);
        }
      }
    }
    // They have their one place, each with its caveat printed beside the result.
    for (const d of caveated) {
      const item = page.locator(`#derived-${d.id}`);
      assert.equal(await item.count(), 1, d.id);
      assert.equal(await item.evaluate((el) => el.closest('section').id), 'checking');
      const shown = await item.locator('.derived-result').innerText();
      assert.ok(shown.includes(d.value_as_stated) && shown.includes(d.caveat), `${d.id}: result and caveat together`);
    }
  });
});

test('what a screen reader hears: headings before values, one name per chart, qualifiers once', async () => {
  await site.withPage({}, async (page) => {
    // Cards: the heading comes first, so moving by headings a listener hears the value after it.
    const cards = await page.locator('li.card').evaluateAll((cs) => cs.map((c) => [c.id, c.firstElementChild.tagName]));
    assert.ok(cards.length > 5);
    for (const [id, first] of cards) assert.equal(first, 'H3', `${id}: heading first`);
    // Charts: named once, by their heading; the group of marks has no name of its own, and its
    // description says how to move between them; the legend is for the eye only.
    for (const fig of await page.locator('figure.chart-panel').all()) {
      const title = await fig.locator('.chart-title').innerText();
      const tree = await fig.ariaSnapshot();
      // Heard as a heading, and not again as the figure's or the marks' group's name (controls
      // may quote it, so that each is told apart from the other charts' controls).
      const named = tree.split('\n').filter((line) => /^\s*- (figure|heading|group|region)\b/.test(line) && line.includes(title));
      assert.equal(named.length, 1, `"${title}" names ${named.length} things:\n${named.join('\n')}`);
      assert.match(named[0], /- heading/);
      const group = fig.locator('svg.chart-hits');
      assert.equal(await group.getAttribute('aria-label'), null);
      const described = await group.evaluate((g) => g.getAttribute('aria-describedby').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
      assert.match(described, /arrow keys|Its mark is a button/, 'the keys are in the description');
      const legend = fig.locator('.chart-legend');
      if (await legend.count()) {
        assert.equal(await legend.getAttribute('aria-hidden'), 'true');
        assert.match(described, /lower bound/, 'the description says what the legend shows');
      }
    }
    // A mark's name says label, value and period; its popup is not its description.
    const mark = page.locator('figure.chart-panel rect.mark, figure.chart-panel svg.chart-hits rect').first();
    await mark.focus();
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => [document.activeElement.getAttribute('aria-label'), document.activeElement.getAttribute('aria-describedby')]);
    assert.match(focused[0], /: .+ \(.+\)$/, `mark name: ${focused[0]}`);
    assert.equal(focused[1], null, 'the popup is not read out on every arrow press');
    // A card: its qualifier heard once, in words.
    const card = await page.locator('#fig-mianyang-devices').ariaSnapshot();
    assert.doesNotMatch(card, /≥|>/);
    assert.doesNotMatch(card, /\(more than\)|\(over\)|\(exceeded\)|more than more than/);
    assert.match(card, /more than 3,300/);
    // Headings can be told apart; sources are "paragraph n".
    const headings = await page.locator('main h2, main h3').evaluateAll((hs) => hs.filter((h) => h.checkVisibility()).map((h) => h.textContent.trim()));
    const repeated = headings.filter((h, i) => headings.indexOf(h) !== i);
    assert.deepEqual(repeated, [], 'no heading twice');
    const all = await page.evaluate(() => document.body.textContent);
    assert.ok(!all.includes('¶'), 'no pilcrow is read out');
    assert.match(all, /\(paragraph \d+\)/);
  });
});

test('What the report does not show, and Our arithmetic, are reachable from the contents', async () => {
  await site.withPage({ viewport: { width: 390, height: 844 } }, async (page) => {
    for (const [id, name] of [['limits', 'What the report does not show'], ['checking', 'Our arithmetic']]) {
      assert.equal(await page.locator(`#${id} h2`).innerText(), name);
      assert.equal(await page.locator(`.toc a[href="#${id}"]`).count(), 1, `${id} in the contents`);
    }
    const points = await page.locator('#limits li').count();
    assert.ok(points >= 5, `${points} limits`);
    await page.locator('#limits').scrollIntoViewIfNeeded();
    await screenshot(page, 'limits-390');
  });
});
