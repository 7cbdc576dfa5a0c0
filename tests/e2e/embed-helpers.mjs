// What the embed files (embed.test.mjs, embed-params.test.mjs) share: how long a height may take
// to settle, and what must not happen on a page whose frames span several origins (browser.mjs's
// `watch` allows one origin and reads the top frame's CSP reports only), with the check of it
// that both files end their pages with.
import assert from 'node:assert/strict';

export const SETTLE = 10_000; // ms a height may take to follow a change

/**
 * Records what must not happen on a page whose frames span several origins: page and console
 * errors (every frame), failed requests, and requests to any origin not in `origins` (aborted).
 * CSP violations are recorded per frame by the init script (read them with frameViolations).
 */
export async function watchOrigins(page, origins) {
  const allowed = new Set(origins.map((o) => new URL(o).origin));
  const seen = { pageErrors: [], consoleErrors: [], foreignRequests: [], failedRequests: [] };
  page.on('pageerror', (err) => seen.pageErrors.push(String(err.stack ?? err)));
  page.on('console', (msg) => {
    if (msg.type() === 'error' || /hydrat|mismatch/i.test(msg.text())) seen.consoleErrors.push(`[${msg.type()}] ${msg.text()}`);
  });
  page.on('requestfailed', (req) => {
    if (allowed.has(new URL(req.url()).origin)) seen.failedRequests.push(`${req.url()}: ${req.failure()?.errorText}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) seen.failedRequests.push(`${res.url()}: HTTP ${res.status()}`);
  });
  await page.route((url) => !/^(data|blob|about):/.test(url.href) && !allowed.has(url.origin), (route) => {
    seen.foreignRequests.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${location.href}: ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`);
    });
  });
  // The host page keeps every message it receives, to check the three formats.
  const hostOrigin = new URL(origins[0]).origin;
  await page.addInitScript((origin) => {
    if (location.origin !== origin) return;
    window.__messages = [];
    addEventListener('message', (e) => {
      const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
      window.__messages.push({ data: e.data, origin: e.origin, slot: frame?.closest('.embed-slot')?.id ?? null });
    });
  }, hostOrigin);
  return seen;
}

export async function frameViolations(page) {
  const all = [];
  for (const frame of page.frames()) {
    try {
      all.push(...(await frame.evaluate(() => window.__cspViolations ?? [])));
    } catch {
      // a frame navigating away has nothing to report
    }
  }
  return all;
}

export function assertClean(seen, violations) {
  const problems = [
    ['page errors', seen.pageErrors],
    ['console errors', seen.consoleErrors],
    ['requests outside the two origins', seen.foreignRequests],
    ['failed requests', seen.failedRequests],
    ['CSP violations', violations],
  ].filter(([, list]) => list.length).map(([what, list]) => `${list.length} ${what}:\n  ${list.join('\n  ')}`);
  assert.equal(problems.length, 0, problems.join('\n'));
}
