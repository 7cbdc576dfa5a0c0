#!/usr/bin/env bash
# The WebKit trap's soak (issue "The WebKit trap", tests/engines/README.md): the Firefox and
# WebKit journeys SOAK_RUNS times in a row (100) against SOAK_DIST (dist/), both engine files at
# once as `make test` runs them (node --test runs files side by side), while SOAK_BUSY cores (1)
# are kept busy. Every run's log is kept in SOAK_OUT (test-output/soak-engines/<build>/); a failed
# journey also leaves the page's state there (ENGINE_STATE_DIR, tests/engines/tabs.mjs). The last line
# counts runs, failed runs and traps (a RuntimeError from the WebAssembly in any log).
set -euo pipefail
cd "$(dirname "$0")/.."
# One X server for the whole soak, as .ci/run gives make test.
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" "$0" "$@"
fi
runs=${SOAK_RUNS:-100}
dist=${SOAK_DIST:-dist}
[ -f "$dist/index.html" ] || { echo "soak-engines: no build in $dist/ (make build or make build-names)"; exit 1; }
out=${SOAK_OUT:-test-output/soak-engines/$(basename "$dist")}
mkdir -p "$out"
# Cores kept busy for the whole soak (SOAK_BUSY, one by default).
source scripts/busy.sh
failed=0
traps=0
start=$(date +%s)
for i in $(seq "$runs"); do
  log="$out/run-$i.log"
  if ENGINE_STATE_DIR="$out/state-$i" DIST_DIR="$dist" node --test tests/engines/ >"$log" 2>&1; then
    status=passed
  else
    status=FAILED
    failed=$((failed + 1))
  fi
  if grep -qE "RuntimeError|Out of bounds|unreachable executed" "$log" "$out/state-$i"/*.json 2>/dev/null; then
    traps=$((traps + 1))
    status="$status, TRAP"
  fi
  echo "soak-engines: run $i of $runs $status ($(($(date +%s) - start)) s so far)"
  [ "$status" = passed ] || grep -E "^not ok|RuntimeError" "$log" | head -5 || true
done
echo "soak-engines: $dist: $runs runs, $failed failed, $traps with a trap; ${SOAK_BUSY:-1} core(s) kept busy; $(($(date +%s) - start)) s" | tee "$out/summary.txt"
[ "$failed" -eq 0 ]
