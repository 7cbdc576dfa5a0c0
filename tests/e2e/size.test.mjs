// Size budget: what a first visit downloads (scripts/size.mjs: every file of dist/ but the
// on-demand ones), gzip-compressed (level 9) and brotli-compressed (quality 11), as the build
// precompresses them, must stay within the budget. Deterministic, so a test (timings are not:
// they live in `make bench`). The ceilings are what the weight issue reached (BENCHMARKS.md:
// 209.3 KB gzip before it), with less than 1 KB of slack; its goals, 140 KB gzip and 120 KB
// brotli, are not met yet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { REPO_ROOT } from './server.mjs';
import { sizes } from '../../scripts/size.mjs';

const BUDGET_KB = { gzip: 171, brotli: 142 };
const GOAL_KB = { gzip: 140, brotli: 120 };

const measured = sizes(path.join(REPO_ROOT, process.env.DIST_DIR ?? 'dist'));

for (const coding of ['gzip', 'brotli']) {
  test(`first-visit download is at most ${BUDGET_KB[coding]} KB ${coding}`, () => {
    const kb = (coding === 'gzip' ? measured.firstVisitGzip : measured.firstVisitBrotli) / 1024;
    const biggest = [...measured.rows].sort((a, b) => b[coding] - a[coding]).slice(0, 3).map((r) => `${r.file} ${(r[coding] / 1024).toFixed(1)} KB`);
    assert.ok(kb <= BUDGET_KB[coding], `first visit ${kb.toFixed(1)} KB ${coding} > budget ${BUDGET_KB[coding]} KB (largest: ${biggest.join(', ')})`);
    if (kb > GOAL_KB[coding]) console.log(`# first visit ${kb.toFixed(1)} KB ${coding}: within the budget, above the ${GOAL_KB[coding]} KB goal`);
  });
}
