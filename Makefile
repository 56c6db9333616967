# Annalist: `make serve` builds and serves the app, `make test` runs every test.
# Both install what is missing first (pinned versions, package registries only).

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
PORT ?= 8080
DIST ?= dist
CARGO_TARGET_DIR ?= target
WASM := $(CARGO_TARGET_DIR)/wasm32-unknown-unknown/release/annalist.wasm
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: serve test dist tools browser test-native test-wasm test-e2e lint bench eval train clean

serve: dist
	@echo "Annalist at http://127.0.0.1:$(PORT)/  (offline single file: $(DIST)/annalist.html)"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory $(DIST)

tools:
	@scripts/install-tools.sh build

browser:
	@scripts/install-tools.sh browser

dist: tools
	cargo build --release --target wasm32-unknown-unknown --lib
	rm -rf $(DIST) && mkdir -p $(DIST)/pkg
	wasm-bindgen --target web --no-typescript --out-dir $(DIST)/pkg --out-name annalist $(WASM)
	wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
		$(DIST)/pkg/annalist_bg.wasm -o $(DIST)/pkg/annalist_bg.wasm
	cp index.html $(DIST)/
	cp -r www/. $(DIST)/
	node scripts/inline.mjs $(DIST)
	@scripts/size.sh $(DIST)

# Every test: the engine natively, the UI in headless Chromium (wasm-bindgen-test),
# and end to end against the built dist/ (playwright-core driving /usr/bin/chromium).
test: tools browser
	@$(MAKE) --no-print-directory test-native
	@$(MAKE) --no-print-directory dist
	@$(MAKE) --no-print-directory test-wasm
	@$(MAKE) --no-print-directory test-e2e

test-native:
	cargo test

test-wasm:
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	CHROMEDRIVER=/usr/bin/chromedriver \
	cargo test --target wasm32-unknown-unknown --test web

test-e2e:
	node --test --test-concurrency=1 tests/e2e/

# Benchmarks, not part of `make test` (figures, never pass/fail): native engine
# throughput and scaling, wasm vs compromise in Chromium, first render, size
# with a twiggy breakdown, UI scale. Prints a table; writes target/bench/results.json.
bench: dist browser
	DIST=$(DIST) CARGO_TARGET_DIR=$(CARGO_TARGET_DIR) bench/run.sh

lint:
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib -- -D warnings

# Quality against the shared dev sets (../shared/eval; development only, not part of `make test`).
# Retrain the compiled-in models from the open training sets (deterministic; CI never trains).
train:
	cargo run --quiet --profile train --bin annalist-train-ner -- --data ../shared/eval/open --out data/models/ner.bin

eval:
	scripts/eval/ner.sh
	scripts/eval/timex.sh

clean:
	rm -rf $(DIST) target/bench
