// The single-file build (dist/sichuan-reform-explainer.html, from src/site/single.rs) and the
// CSP of the served site: the file opened from file:// with no network must hydrate and work
// under its own hash-based CSP; dist/ served with a strict CSP header must raise no violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, REPO_ROOT } from './server.mjs';
import { launch, watch, cspViolations, control } from './browser.mjs';
import { hydrated, chartTooltip as tooltip, timelineKeyboard } from './interact.mjs';

const DIST = path.resolve(REPO_ROOT, process.env.DIST_DIR ?? 'dist');
const SINGLE = path.join(DIST, 'sichuan-reform-explainer.html');
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; " +
  "connect-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'";
let browser;
let server;

before(async () => {
  [browser, server] = await Promise.all([launch(), serve(DIST, { headers: { 'Content-Security-Policy': CSP } })]);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function download(page, name) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 5_000 }),
    control(page, name).click(),
  ]);
  return { name: file.suggestedFilename(), body: await fs.readFile(await file.path()) };
}

test('single file: nothing external, inline blocks allowed by hash, no unsafe-inline', async () => {
  const html = await fs.readFile(SINGLE, 'utf8');
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
  assert.ok(csp, 'a CSP meta');
  assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'|\*|'self'/);
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /'wasm-unsafe-eval'/);
  const hash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const blocks = [...html.matchAll(/(<(script|style)\b[^>]*>)([\s\S]*?)<\/\2>/g)].map(([, open, tag, body]) => [open, tag, body]);
  assert.ok(blocks.some(([, tag]) => tag === 'script') && blocks.some(([, tag]) => tag === 'style'));
  for (const [open, tag, body] of blocks) {
    // The JSON-LD of the share tags and the islands' words list are data blocks, which the CSP
    // does not govern: they must be data, nothing a browser would run.
    if (/type=["']?application\/(ld\+)?json/.test(open)) JSON.parse(body);
    else assert.ok(csp.includes(hash(body)), `the CSP allows this <${tag}> by its hash`);
  }
  const markup = html.replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/g, '$1$3');
  const refs = [...markup.matchAll(/\s(?:src|href)\s*=\s*["']?([^\s"'>]*)/g)]
    .map((m) => m[1])
    // "?#view" is this file at a section (an embed's link back to the whole page).
    .filter((u) => !u.startsWith('#') && !u.startsWith('?#') && !u.startsWith('data:') && !/^https?:/.test(u));
  assert.deepEqual(refs, [], 'no reference to another file');
  assert.doesNotMatch(markup, /modulepreload|rel=["']?(preload|manifest|icon)|sw\.js|embed\.js|loader\.js/);
});

test('single file from file:// with no network: hydrates; charts, timeline and downloads work', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, acceptDownloads: true });
  try {
    const outside = [];
    await context.route('**', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      outside.push(url);
      return route.abort('internetdisconnected');
    });
    await context.setOffline(true);
    const page = await context.newPage();
    const seen = await watch(page, pathToFileURL(SINGLE).href);
    await page.goto(pathToFileURL(SINGLE).href, { waitUntil: 'load' });
    await hydrated(page);
    assert.ok((await page.locator('li.card[data-figure-id]').count()) >= 6, 'figure cards');
    assert.equal(await page.locator('#app-notice').isVisible(), false, 'no fallback notice');
    await tooltip(page, 'experiences');
    await tooltip(page, 'mianyang-share');
    await timelineKeyboard(page);

    const json = await download(page, 'Download JSON');
    assert.ok(JSON.parse(json.body.toString('utf8')).length >= 6, 'JSON export');
    const csv = await download(page, 'Download CSV');
    assert.match(csv.body.toString('utf8'), /^\uFEFF?id,label,value/);
    const title = await page.locator('#chart-mianyang-share-title').innerText();
    const svg = await download(page, `Download “${title}” as SVG`);
    assert.match(svg.body.toString('utf8'), /<svg[\s\S]*<\/svg>/);
    const png = await download(page, `Download “${title}” as PNG`);
    assert.deepEqual([...png.body.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'PNG export');

    assert.deepEqual(outside, [], 'no request leaves the file');
    assert.deepEqual(seen.pageErrors, []);
    assert.deepEqual(seen.consoleErrors, []);
    assert.deepEqual(await cspViolations(page), [], 'no violation of its own CSP');
  } finally {
    await context.close();
  }
});

test('served with a strict CSP header: no violation while loading, embedding and interacting', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    for (const query of ['', '?embed=swjtu&theme=dark&transparent', '?embed']) {
      const page = await context.newPage();
      const seen = await watch(page, server.url);
      await page.goto(server.url + query, { waitUntil: 'load' });
      await hydrated(page);
      if (query === '') {
        await tooltip(page, 'mianyang-share');
        const table = page.locator('#chart-mianyang-share');
        await table.locator('summary').click();
        await table.locator('tbody tr').first().waitFor({ state: 'visible' });
        const card = page.locator('li.card').filter({ visible: true }).first();
        await card.locator('summary').click();
        await card.getByRole('button', { name: /^Show source/ }).click();
        await page.locator('dialog.source-view mark#source-highlight').waitFor({ state: 'visible' });
        await page.keyboard.press('Escape');
        await timelineKeyboard(page);
        // The service worker registers under worker-src 'self'.
        await page.evaluate(() => navigator.serviceWorker.ready);
      }
      const problems = {
        csp: await cspViolations(page),
        pageErrors: seen.pageErrors,
        consoleErrors: seen.consoleErrors,
        foreignRequests: seen.foreignRequests,
        failedRequests: seen.failedRequests,
      };
      assert.deepEqual(problems, { csp: [], pageErrors: [], consoleErrors: [], foreignRequests: [], failedRequests: [] }, `with ${query || 'no query'}`);
      await page.close();
    }
  } finally {
    await context.close();
  }
});

test('single file: the accessibility report and the data downloads are data: links with the files they name', async () => {
  const html = await fs.readFile(SINGLE, 'utf8');
  const links = [...html.matchAll(/<a\b[^>]*\stype=[^>]*>/g)].map(([tag]) => ({
    download: /\sdownload="([^"]+)"/.exec(tag)?.[1],
    href: /\shref="([^"]+)"/.exec(tag)?.[1],
  }));
  const names = links.map((l) => l.download).sort();
  assert.deepEqual(names, ['accessibility.txt', 'sichuan-reform-figures.csv', 'sichuan-reform-figures.json']);
  for (const { download, href } of links) {
    const [, base64] = /^data:[^;,]+;base64,(.*)$/.exec(href) ?? [];
    assert.ok(base64, `${download}: a base64 data: URL`);
    assert.ok(Buffer.from(base64, 'base64').equals(await fs.readFile(path.join(DIST, download))), `${download}: the file's bytes`);
  }
});
