#!/usr/bin/env bash
# Installs every tool the build and tests need, skipping whatever is already present at the right
# version, so that each make target can call it first on a fresh machine and a second run is quick.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must match the wasm-bindgen the app links against, as locked.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)

say() { printf 'setup: %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding rustup component $component"
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 7 minutes)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# The pinned nightly builds the shipped WebAssembly smaller (std rebuilt for size, panics as bare
# traps: see the Makefile's build target and BENCHMARKS.md). Stable still builds a working site.
NIGHTLY=$(sed -n 's/^NIGHTLY ?= //p' Makefile)
if ! rustup toolchain list | grep -q "^$NIGHTLY"; then
  say "installing the pinned toolchain $NIGHTLY (rust-src, wasm32)"
  rustup toolchain install "$NIGHTLY" --profile minimal --component rust-src
fi
if ! rustup target list --installed --toolchain "$NIGHTLY" | grep -qx wasm32-unknown-unknown; then
  rustup target add --toolchain "$NIGHTLY" wasm32-unknown-unknown
fi
# -Zbuild-std compiles std's own dependencies, which Trunk's offline build cannot download: fetch
# them once, from std's own lock file.
STD_MANIFEST="$(rustc +"$NIGHTLY" --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
if [ ! -f "$HOME/.cargo/.std-deps-$NIGHTLY" ]; then
  say "fetching the dependencies of $NIGHTLY's std"
  cargo +"$NIGHTLY" fetch --manifest-path "$STD_MANIFEST"
  touch "$HOME/.cargo/.std-deps-$NIGHTLY"
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  # Not --locked: the CLI's own lock file names a crate the registry mirror lacks.
  cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing Debian chromium and chromium-driver"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium chromium-driver
fi

# The share images' fonts (src/share/raster.rs reads these files by path).
if [ ! -f /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf ] ||
  [ ! -f /usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf ]; then
  say "installing Debian fonts-liberation2 (the share images' fonts)"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y fonts-liberation2
fi

# The other engines of the reader's journeys (tests/engines/): Firefox ESR (driven by npm's
# puppeteer-core, which downloads no browser), and WebKitGTK's MiniBrowser (shipped in
# libwebkit2gtk-4.1-0) with its WebDriver, under an Xvfb X server (xvfb-run, which needs xauth).
MINIBROWSER=/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser
if [ ! -x /usr/bin/firefox-esr ] || [ ! -x /usr/bin/WebKitWebDriver ] || [ ! -x "$MINIBROWSER" ] ||
  [ ! -x /usr/bin/Xvfb ] || [ ! -x /usr/bin/xauth ]; then
  say "installing Debian firefox-esr, webkit2gtk-driver, libwebkit2gtk-4.1-0 (MiniBrowser) and xvfb"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y firefox-esr webkit2gtk-driver libwebkit2gtk-4.1-0 xvfb xauth
fi

# npm ci only when the lock file changed since the last install: it wipes node_modules.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing Node tools (npm ci)"
  npm ci --no-audit --no-fund
  touch node_modules/.package-lock.json
fi
