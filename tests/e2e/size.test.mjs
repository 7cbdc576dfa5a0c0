// Size budget: what a first visit downloads (scripts/size.mjs: every file of dist/ but the
// on-demand ones), gzip-compressed (level 9) and brotli-compressed (quality 11), as the build
// precompresses them, must stay within the budget. Deterministic, so a test (timings are not:
// they live in `make bench`). The ceilings are what the weight issue reached (BENCHMARKS.md:
// 209.3 KB gzip before it, 170.4 / 141.7 KB after it), plus the WCAG fixes merged after it
// (+1.4 KB: 171.8 / 142.8 KB) and the share tags and JSON-LD in index.html with early.js's
// landing on a view (+0.9 KB: README "Sharing"), less three more component types made plain
// functions (-1.6 KB: 171.3 / 142.1 KB), with less than 1 KB of slack; the weight
// issue's goals, 140 KB gzip and 120 KB brotli, are not met yet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { REPO_ROOT } from './server.mjs';
import { onDemand, sizes } from '../../scripts/size.mjs';

const BUDGET_KB = { gzip: 172, brotli: 143 };
const GOAL_KB = { gzip: 140, brotli: 120 };

const DIST = path.join(REPO_ROOT, process.env.DIST_DIR ?? 'dist');
const measured = sizes(DIST);
const firstVisit = measured.rows.filter((r) => !onDemand(DIST).has(r.file));

for (const coding of ['gzip', 'brotli']) {
  test(`first-visit download is at most ${BUDGET_KB[coding]} KB ${coding}`, () => {
    const kb = (coding === 'gzip' ? measured.firstVisitGzip : measured.firstVisitBrotli) / 1024;
    const biggest = [...firstVisit].sort((a, b) => b[coding] - a[coding]).slice(0, 3).map((r) => `${r.file} ${(r[coding] / 1024).toFixed(1)} KB`);
    assert.ok(kb <= BUDGET_KB[coding], `first visit ${kb.toFixed(1)} KB ${coding} > budget ${BUDGET_KB[coding]} KB (largest: ${biggest.join(', ')})`);
    if (kb > GOAL_KB[coding]) console.log(`# first visit ${kb.toFixed(1)} KB ${coding}: within the budget, above the ${GOAL_KB[coding]} KB goal`);
  });
}
