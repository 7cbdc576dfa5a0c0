// Sharing (docs/sharing.md): every page of dist/ read as a link preview's crawler reads it (no
// JavaScript: the head's tags, the image files, the JSON-LD, the sitemap), then each view's page
// opened in Chromium, with JavaScript, without it and offline, landing on its view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { servedDist, DIST, assertClean } from './site.mjs';
import { watch, runAxe, formatAxe } from './browser.mjs';
import { hydrated } from './interact.mjs';
import { decodePng } from './png.mjs';
import { isCrawlerOnly } from '../../scripts/share-files.mjs';

const site = servedDist();
// The single-file build is a download, not a page of the site: it has no address to preview.
const SINGLE = 'sichuan-reform-explainer.html';
// A retired view's page is a copy of the page of the view that now holds it (src/view/embed.rs).
const RETIRED = { 'military.html': 'mianyang.html', 'money.html': 'mianyang.html' };
const pages = fs.readdirSync(DIST).filter((f) => f.endsWith('.html') && f !== SINGLE && !RETIRED[f]).sort();
const views = pages.filter((f) => f !== 'index.html').map((f) => f.slice(0, -'.html'.length));
const read = (file) => fs.readFileSync(path.join(DIST, file));

const decode = (s) =>
  s.replace(/&(quot|amp|lt|gt|#39);/g, (_, e) => ({ quot: '"', amp: '&', lt: '<', gt: '>', '#39': "'" })[e]);

/** Attributes of a start tag, quoted or not (Trunk's minifier drops quotes). */
function attributes(tag) {
  const attrs = {};
  const inner = tag.replace(/^<\w+/, '').replace(/\/?>$/, '');
  for (const m of inner.matchAll(/([^\s=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g)) {
    attrs[m[1].toLowerCase()] = decode((m[2] ?? '').replace(/^["']|["']$/g, ''));
  }
  return attrs;
}

/** What a crawler reads from a page: its head's title, metas, links and JSON-LD blocks. */
function crawl(file) {
  const html = read(file).toString('utf8');
  const head = html.slice(0, html.search(/<body[\s>]/i));
  const metas = [...head.matchAll(/<meta\b[^>]*>/gi)].map(([t]) => attributes(t));
  const links = [...head.matchAll(/<link\b[^>]*>/gi)].map(([t]) => attributes(t));
  const ld = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, a]) => attributes(`<s ${a}>`).type === 'application/ld+json')
    .map(([, , body]) => body);
  const titles = [...head.matchAll(/<title>([\s\S]*?)<\/title>/gi)].map(([, t]) => decode(t));
  /** The content of the one meta whose `property` or `name` is `key`. */
  const one = (key) => {
    const found = metas.filter((m) => m.property === key || m.name === key);
    assert.equal(found.length, 1, `${file}: ${found.length} × ${key}`);
    assert.ok(found[0].content, `${file}: ${key} is empty`);
    return found[0].content;
  };
  const canonical = links.filter((l) => l.rel === 'canonical');
  assert.equal(canonical.length, 1, `${file}: one canonical link`);
  assert.equal(titles.length, 1, `${file}: one title`);
  return { html, head, one, ld, title: titles[0], canonical: canonical[0].href, metas };
}

/** An absolute address of the site, as the file of dist/ it names (fails for anything else). */
function fileOf(base, url) {
  assert.match(url, /^https?:\/\//, `${url} is not absolute`);
  assert.ok(url.startsWith(base), `${url} is not under the site's address ${base}`);
  const rel = decodeURIComponent(new URL(url).pathname.slice(new URL(base).pathname.length));
  return rel === '' ? 'index.html' : rel;
}

const base = crawl('index.html').canonical;

test('the build wrote one page per view beside index.html: the five sections and the timeline', () => {
  const sections = [...read('index.html').toString('utf8').matchAll(/<section\b[^>]*>/g)]
    .map(([tag]) => attributes(tag))
    .filter((a) => a.class === 'section story')
    .map((a) => a.id);
  assert.equal(sections.length, 5, `sections: ${sections}`);
  assert.deepEqual([...views].sort(), [...sections, 'timeline'].sort());
});

test("a retired view's old page is still there: the page of the view that holds it now", () => {
  for (const [old, now] of Object.entries(RETIRED)) {
    assert.ok(fs.existsSync(path.join(DIST, old)), `${old} exists, so old links still open`);
    assert.equal(read(old).toString('utf8'), read(now).toString('utf8'), `${old} is ${now}`);
    assert.ok(!read('sitemap.xml').toString('utf8').includes(old), `the sitemap leaves ${old} out`);
  }
});

test('every page carries its share tags, with absolute addresses of files that exist', () => {
  const images = new Set();
  for (const file of pages) {
    const page = crawl(file);
    assert.equal(page.one('og:url'), page.canonical, `${file}: og:url is the canonical address`);
    assert.equal(fileOf(base, page.canonical), file, `${file}: its canonical address is itself`);
    assert.equal(page.one('twitter:card'), 'summary_large_image');
    assert.equal(page.one('og:type'), 'article');
    assert.equal(page.one('og:site_name'), crawl('index.html').one('og:title'));
    assert.equal(page.one('og:image:width'), '1200');
    assert.equal(page.one('og:image:height'), '630');
    assert.equal(page.one('og:image:type'), 'image/png');
    assert.equal(page.one('og:description'), page.one('description'));
    assert.ok(page.one('og:image:alt').length > 40, `${file}: the alt text says what the image shows`);
    assert.ok(page.title.includes(page.one('og:title')), `${file}: <title> names the view`);
    const image = fileOf(base, page.one('og:image'));
    images.add(image);
    assert.ok(fs.existsSync(path.join(DIST, image)), `${file}: ${image} exists`);
    // The view's title is its section's heading, as the page shows it.
    if (file !== 'index.html') {
      const id = file.slice(0, -'.html'.length);
      const heading = new RegExp(`<h2 id="${id}-title"[^>]*>([^<]*)</h2>`).exec(page.html);
      assert.ok(heading, `${file}: the page has the section #${id}`);
      assert.equal(page.one('og:title'), decode(heading[1]));
    }
  }
  assert.equal(images.size, pages.length, 'every page has an image of its own');
});

test('every share image is a 1200 × 630 PNG with something drawn on it', () => {
  for (const file of pages) {
    const image = fileOf(base, crawl(file).one('og:image'));
    const png = decodePng(read(image));
    assert.deepEqual([png.width, png.height], [1200, 630], image);
    // Not blank: a good part of the pixels differ from the bottom-left corner (the background),
    // and the title's band (text in the page's text colour) has dark pixels.
    const { pixels, channels, width, height } = png;
    const at = (x, y) => pixels.subarray((y * width + x) * channels, (y * width + x) * channels + 3);
    const background = at(0, height - 1).join();
    let drawn = 0;
    let dark = 0;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const p = at(x, y);
        if (p.join() !== background) drawn++;
        if (y >= 92 && y < 150 && p[0] + p[1] + p[2] < 300) dark++;
      }
    }
    assert.ok(drawn / (width * height) > 0.03, `${image}: ${drawn} pixels drawn`);
    assert.ok(dark > 2000, `${image}: ${dark} dark pixels where the title is`);
  }
});

test('the JSON-LD is a schema.org NewsArticle with its data as a Dataset, files that exist', () => {
  for (const file of pages) {
    const page = crawl(file);
    assert.equal(page.ld.length, 1, `${file}: one JSON-LD block`);
    const ld = JSON.parse(page.ld[0]);
    assert.equal(ld['@context'], 'https://schema.org');
    const nodes = ld['@graph'];
    const byId = new Map(nodes.map((n) => [n['@id'], n]));
    const of = (type) => nodes.find((n) => n['@type'] === type) ?? assert.fail(`${file}: no ${type}`);
    const article = of('NewsArticle');
    assert.equal(article.url, base);
    assert.equal(article.headline, crawl('index.html').one('og:title'));
    assert.ok(article.description.length > 50);
    assert.ok(fs.existsSync(path.join(DIST, fileOf(base, article.image.url))));
    assert.deepEqual([article.image.width, article.image.height], [1200, 630]);
    const dataset = byId.get(article.hasPart['@id']);
    assert.equal(dataset?.['@type'], 'Dataset', `${file}: the article's part is the data set`);
    assert.ok(dataset.name && dataset.description.length >= 50, 'a data set needs a name and a description');
    const formats = dataset.distribution.map((d) => d.encodingFormat).sort();
    assert.deepEqual(formats, ['application/json', 'text/csv']);
    for (const d of dataset.distribution) {
      const body = read(fileOf(base, d.contentUrl)).toString('utf8');
      if (d.encodingFormat === 'application/json') assert.ok(JSON.parse(body).length > 10, d.contentUrl);
      else assert.match(body, /^\ufeffid,label,value,/, d.contentUrl);
    }
    if (file !== 'index.html') {
      const webPage = of('WebPage');
      assert.equal(webPage.url, page.canonical);
      assert.equal(webPage.name, page.one('og:title'));
      assert.equal(byId.get(webPage.isPartOf['@id']), article);
    }
  }
});

test('sitemap.xml lists every page by its canonical address; robots.txt names the sitemap', () => {
  const sitemap = read('sitemap.xml').toString('utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => decode(m[1])).sort();
  assert.deepEqual(locs, pages.map((f) => crawl(f).canonical).sort());
  assert.match(read('robots.txt').toString('utf8'), new RegExp(`^Sitemap: ${base.replace(/[.]/g, '\\.')}sitemap\\.xml$`, 'm'));
});

test("a view's page is the explainer: the same body, CSP and assets as index.html", () => {
  const index = crawl('index.html');
  const body = (html) => html.slice(html.search(/<body[\s>]/i));
  const csp = (page) => page.metas.filter((m) => (m['http-equiv'] ?? '').toLowerCase() === 'content-security-policy');
  const assets = (page) => page.head.match(/<(link|script)\b[^>]*\b(href|src)=[^>]*>/gi).filter((t) => !/canonical/.test(t));
  for (const view of views) {
    const page = crawl(`${view}.html`);
    assert.equal(body(page.html), body(index.html), view);
    assert.deepEqual(csp(page), csp(index));
    assert.equal(csp(page).length, 1);
    assert.deepEqual(assets(page), assets(index));
  }
});

test('the files only crawlers fetch are the ones the pages name, and no others', () => {
  const all = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(path.join(DIST, dir), { withFileTypes: true })) {
      if (e.isDirectory()) walk(`${dir}${e.name}/`);
      else all.push(`${dir}${e.name}`);
    }
  };
  walk('');
  const named = new Set(['sitemap.xml', 'robots.txt', ...Object.keys(RETIRED)]);
  for (const file of pages) {
    const page = crawl(file);
    named.add(file === 'index.html' ? 'x' : file);
    named.add(fileOf(base, page.one('og:image')));
  }
  named.delete('x');
  assert.deepEqual(all.filter(isCrawlerOnly).sort(), [...named].sort());
});

for (const view of [...views, ...Object.keys(RETIRED).map((f) => f.slice(0, -".html".length))]) {
  test(`${view}.html opens the explainer at that view, hydrated, clean and accessible`, async () => {
    // A retired view opens at its own id where the page kept it (#military), else at the part
    // that holds it now (money: #mianyang).
    const at = view === 'money' ? 'mianyang' : view;
    await site.withPage({}, async (page) => {
      assert.equal(new URL(page.url()).hash, `#${at}`);
      // At the top of the window once the page has come alive (charts redrawn at their width).
      await page.waitForFunction((id) => Math.abs(document.getElementById(id).getBoundingClientRect().top) < 40, at, { timeout: 5_000 });
      assert.equal(await page.title(), crawl(`${view}.html`).title);
      const violations = await runAxe(page);
      assert.deepEqual(violations, [], formatAxe(violations));
    }, `${view}.html`);
  });
}

test("with JavaScript off, a view's page is the readable explainer", async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`${site.server.url}swjtu.html`, { waitUntil: 'load' });
    assert.equal(await page.locator('#swjtu h2').textContent(), crawl('swjtu.html').one('og:title'));
    assert.ok((await page.locator('li.card[data-figure-id]').count()) >= 6, 'figure cards');
    assert.equal(await page.locator('#swjtu > ul.cards > li.card').count(), 2, 'its two counts, as two cards');
  } finally {
    await context.close();
  }
});

test("offline, after one visit to the explainer, a view's page opens at its view", async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const seen = await watch(page, site.server.url);
    await page.goto(site.server.url, { waitUntil: 'load' });
    await hydrated(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 5_000 });
    await context.setOffline(true);
    await page.goto(`${site.server.url}ip.html`, { waitUntil: 'load' });
    await hydrated(page);
    assert.equal(new URL(page.url()).hash, '#ip');
    await page.waitForFunction(() => Math.abs(document.getElementById('ip').getBoundingClientRect().top) < 40, null, { timeout: 5_000 });
    await assertClean(page, seen);
  } finally {
    await context.close();
  }
});
