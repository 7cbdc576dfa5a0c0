# Every target first runs scripts/setup.sh, which installs what is missing (wasm32 target, trunk,
# wasm-bindgen-cli, chromium, Node tools) and skips what is already there.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
# npm's wasm-opt (binaryen 132) must win over any older system one; cargo-installed tools next.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# make build-names: Trunk finds the wrappers that keep names and add the debug glue first.
ifeq ($(KEEP_NAMES),1)
export PATH := $(CURDIR)/scripts/names-kept:$(PATH)
endif
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CHROME_PATH ?= /usr/bin/chromium
PORT ?= 8080
# Where `make build` writes the site (build-names writes dist-names/).
DIST ?= dist
# The address the site is served at: the share tags' absolute URLs (docs/sharing.md).
export SITE_URL ?= http://127.0.0.1:$(PORT)/

.PHONY: setup build build-names soak-engines serve test lint test-native test-wasm test-e2e test-engines fuzz soak size bench clean

setup:
	@bash scripts/setup.sh

# The shipped WebAssembly is built with this pinned nightly (scripts/setup.sh installs it): std
# rebuilt for size, panics as bare traps, no Debug formatting or panic locations. That is 26 KB
# gzip less (BENCHMARKS.md). The flags go to Trunk's cargo only, through the environment:
# `build-std-features` in .cargo/config.toml would break the native prerender (E0152), and the
# native tests and lints stay on stable. `make build NIGHTLY=` builds with stable instead: a
# working site, about 30 KB gzip larger, whose panics show the notice through the panic hook.
NIGHTLY ?= nightly-2026-10-29
WASM_FLAGS := -Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none
ifneq ($(NIGHTLY),)
TRUNK_ENV := RUSTUP_TOOLCHAIN=$(NIGHTLY) CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
	CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$(WASM_FLAGS)"
endif

## build: release WebAssembly build by Trunk, then the site step (src/site.rs): the pre-rendered
## page, each view's page and share image for $(SITE_URL), short wasm names, hashed assets, the
## service worker, the single-file build, precompressed copies and _headers
build: setup
	$(TRUNK_ENV) trunk build --release --dist $(DIST)
	cargo run --quiet --features share --bin site -- $(DIST)

## build-names: the release build into dist-names/ with the WebAssembly's names kept and
## wasm-bindgen's debug glue (scripts/names-kept/), for make soak-engines: a trap there names
## the Rust function it happened in
build-names: setup
	KEEP_NAMES=1 $(MAKE) --no-print-directory build DIST=dist-names

## serve: build, then serve dist/ at http://127.0.0.1:$(PORT)
serve: build
	@echo "Serving the explainer at http://127.0.0.1:$(PORT)/ (Ctrl-C stops)"
	node tests/e2e/server.mjs dist $(PORT)

## test: every test layer, in order: lint, native, build, browser (wasm-bindgen-test), end-to-end,
## other engines (Firefox, WebKit), size
test: setup
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory test-native
	$(MAKE) --no-print-directory build
	$(MAKE) --no-print-directory test-wasm
	$(MAKE) --no-print-directory test-e2e
	$(MAKE) --no-print-directory test-engines
	$(MAKE) --no-print-directory size

lint: setup
	cargo fmt --all -- --check
	cargo clippy --all-targets --features share -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown --features csr,ssr -- -D warnings

test-native: setup
	cargo test --features share

test-wasm: setup
	cargo test --target wasm32-unknown-unknown --features csr,ssr --test browser

test-e2e: setup
	node --test tests/e2e/

## test-engines: a reader's journey in Firefox ESR and WebKitGTK's MiniBrowser (tests/engines/,
## README there) against dist/; WebKit runs under DISPLAY if set, else under an Xvfb of its own
test-engines: setup
	node --test tests/engines/

## fuzz: the seeded address fuzz with 2,000 addresses and the postMessage fuzz with 1,000 messages
## (make test runs 300 and 200); needs a build in dist/
fuzz: setup
	FUZZ_URLS=$${FUZZ_URLS:-2000} FUZZ_MESSAGES=$${FUZZ_MESSAGES:-1000} node --test tests/e2e/fuzz.test.mjs tests/e2e/messages.test.mjs

## soak: the start-up tests 20 times in a row while one core is kept busy (scripts/soak.sh; a
## shift or race that shows only on a loaded machine shows here); needs a build in dist/.
## SOAK_RUNS, SOAK_BUSY (busy cores) and SOAK_THROTTLE (the page's CPU N times slower) vary it
soak: setup
	bash scripts/soak.sh

## soak-engines: the Firefox and WebKit journeys SOAK_RUNS times in a row (100) against
## SOAK_DIST (dist/), both engines at once as in make test, one core kept busy; each failure keeps
## its log and the page's state in test-output/soak-engines/ (scripts/soak-engines.sh,
## tests/engines/README.md). Needs a build: make build, or make build-names first
soak-engines: setup
	bash scripts/soak-engines.sh

size: setup
	node scripts/size.mjs dist

## bench: release build, then Lighthouse (median of 3), the interaction benchmark and the size
## report against dist/ served gzip-compressed; writes bench/results.json and prints a table
bench: build
	node scripts/bench.mjs

clean:
	rm -rf dist dist-names test-output
	cargo clean
