// Size budget: what a first visit downloads, gzip-compressed (level 9), must stay within the
// budget. Deterministic, so a test (timings are not: they live in `make bench`). The budget is a
// ceiling against regressions at today's size; the goal (issue "Performance budget": 120 KB) is
// not met yet, see BENCHMARKS.md. It rose from 198 to 210 KB with the story layout and the
// derived figures (the charts' annotations are worded in the WebAssembly: +5.4 KB; the derived
// rows of the CSV/JSON downloads: +3 KB; the pre-rendered page: +2.6 KB) and the hardening
// (early.js's parser and the loader's notice: +2.8 KB); the weight issue brings it down.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { REPO_ROOT } from './server.mjs';
import { sizes } from '../../scripts/size.mjs';

const BUDGET_KB = 210;
const GOAL_KB = 120;

test(`first-visit download is at most ${BUDGET_KB} KB gzip`, () => {
  const { rows, firstVisitGzip } = sizes(path.join(REPO_ROOT, process.env.DIST_DIR ?? 'dist'));
  const kb = firstVisitGzip / 1024;
  const biggest = [...rows].sort((a, b) => b.gzip - a.gzip).slice(0, 3).map((r) => `${r.file} ${(r.gzip / 1024).toFixed(1)} KB`);
  assert.ok(kb <= BUDGET_KB, `first visit ${kb.toFixed(1)} KB gzip > budget ${BUDGET_KB} KB (largest: ${biggest.join(', ')})`);
  if (kb > GOAL_KB) console.log(`# first visit ${kb.toFixed(1)} KB gzip: within the budget, above the ${GOAL_KB} KB goal`);
});
