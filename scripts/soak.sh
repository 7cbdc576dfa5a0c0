#!/usr/bin/env bash
# The start-up tests, run again and again while one core is kept busy: a layout shift or a race
# that shows only on a loaded machine (issue "Trusted beyond Chromium": a flaky test is a bug)
# shows here. Needs a build in dist/ (or DIST_DIR). SOAK_RUNS sets the count (20); SOAK_THROTTLE
# also slows the page's own CPU that many times (Chromium's throttling, in the start-up tests).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${SOAK_RUNS:-20}
files=${SOAK_FILES:-tests/e2e/start.test.mjs}
# Cores kept busy for the whole soak (SOAK_BUSY, one by default).
source scripts/busy.sh
export START_CPU_THROTTLE=${SOAK_THROTTLE:-1}
failed=0
for i in $(seq "$runs"); do
  if node --test $files > "/tmp/soak-$i.log" 2>&1; then
    echo "soak: run $i of $runs passed"
  else
    failed=$((failed + 1))
    echo "soak: run $i of $runs FAILED (log: /tmp/soak-$i.log)"
    grep -E "^not ok|error:" "/tmp/soak-$i.log" | head -5 || true
  fi
done
echo "soak: $((runs - failed))/$runs runs passed, ${SOAK_BUSY:-1} core(s) kept busy, CPU throttled ${START_CPU_THROTTLE}x"
[ "$failed" -eq 0 ]
