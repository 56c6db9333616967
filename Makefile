# Annalist: `make serve` builds and serves the app, `make test` runs every test.
# Both install what is missing first (pinned versions, package registries only).

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
PORT ?= 8080
DIST ?= dist
CARGO_TARGET_DIR ?= target
WASM := $(CARGO_TARGET_DIR)/wasm32-unknown-unknown/release/annalist.wasm
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: serve test dist tools browser test-native test-wasm test-e2e lint bench eval fuzz train clean \
	wheel test-python test-spark

serve: dist
	@echo "Annalist at http://127.0.0.1:$(PORT)/  (offline single file: $(DIST)/annalist.html)"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory $(DIST)

tools:
	@scripts/install-tools.sh build

browser:
	@scripts/install-tools.sh browser

# wasm-opt (binaryen 132, package-lock.json): -O1 (LLVM's opt-level "z" output cleaned up) and
# exact duplicate functions merged, told that the module's own memory starts zero-filled (it does:
# wasm-bindgen's web target defines it, no import) and that addresses below 1024 are never used
# (the stack comes first, growing down from 256 KiB (build.rs: WASM_STACK_BYTES), the data after it:
# only a stack within 1 KiB of running out would reach them). Not -Oz: its passes make the wasm 5% smaller raw but
# larger gzip, which is what a browser downloads (s47, same build: -Oz --converge 1,034,908 B of
# wasm gzip, -O1 here 981,294 B, make dist 1,048,181 -> 994,567 B; -O2 +69 KB over -O1, -Oz with
# no inlining as -Oz, --merge-similar-functions alone +1.3 KB, no pass but the reordering +7 KB;
# the JS API's output on 800 eval documents identical, its speed the same within noise).
# The producers and target_features custom sections, which no browser reads, are dropped.
# --reorder-functions-by-name writes the functions sorted by their (demangled) names, so the copies
# of one generic (`hashbrown::raw::RawTable<T,A>::reserve_rehash`, ...) and the functions of one
# module lie side by side, inside gzip's 32 KB window (issue 17.2: 11.6 KB gzip less with -Oz).
# Measured and not kept: by call count (--reorder-functions) +5.4 KB. The order of a module's
# functions changes nothing it does.
# --rse --vacuum first (redundant local.set elimination, then the code it leaves dead) and
# --shrink-level 1 for -O1's passes (issue 17, session 56): wasm 1,033,826 -> 1,029,277 B gzip
# (-4.5 KB; --shrink-level 1 alone -2.8 KB, --rse --vacuum after -O1 alone -1.9 KB); extract's
# output on the open dev sets identical. Measured and not kept, against these flags: a second
# -O1 +1.9 KB, --precompute-propagate -56 B, --shrink-level 2 the same bytes as 1; against the
# old ones: --local-cse +11.8 KB, --code-folding +1.3 KB, --dae +1.4 KB, --inlining-optimizing
# +78 KB, --merge-blocks, --memory-packing, --precompute within 40 B.
WASM_OPT_FLAGS := --rse --vacuum -O1 --shrink-level 1 --duplicate-function-elimination --reorder-functions-by-name \
	--zero-filled-memory --low-memory-unused \
	--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
	--strip-producers --strip-target-features
export WASM_OPT_FLAGS

# esbuild (package-lock.json) minifies the stylesheet, boot.js (its comments: 255 B gzip less, issue 17.2)
# and the served JS glue (4.7 KB gzip less, issue 17);
# the glue after inline.mjs, which needs its own names (`__wbg_init`) for the single file. Exports keep
# their names, so the worker's `import __wbg_init, { annalist_worker_analyze }` and www/annalist.js work.
ESBUILD_FLAGS := --minify --log-level=warning --allow-overwrite

# scripts/short-imports.mjs renames the wasm's 272 imports (`__wbg_appendChild_7465eba84213c75f`:
# wasm-bindgen's names carry a hash, which does not compress) and wasm-bindgen's own exports
# (`__wbindgen_malloc`, ...) to `a`, `b`, ... in the wasm and in the glue alike; the app's exports
# keep their names: 8.5 KB gzip less (wasm 4.8 KB, glue 3.7 KB; issue 17.2).

# The wasm is built without panic locations (-Zlocation-detail=none): a panic's message, which
# only yew's panic hook writes to the browser console, names no file, line and column, so the
# ~1,000 call sites that can panic (bounds checks, unwrap, RefCell borrows) no longer each carry
# a 16-byte location and their file names in the data section: 17.7 KB gzip less (issue 17 item 2:
# make dist 1,048,368 -> 1,030,680 B; extract's output identical on the eval sets, wasm speed the
# same). A -Z flag, so RUSTC_BOOTSTRAP=1 on the stable toolchain; with it rustc also defaults to
# v0 symbol names, which would give wasm-bindgen's closure exports long names that
# scripts/short-imports.mjs does not shorten (+440 B gzip), hence legacy mangling, as on stable.
# RUSTC_BOOTSTRAP=1 reaches the dependencies' build scripts too: proc-macro2 and thiserror then
# probe for and may use nightly features (checked at build time; the wasm passes the same tests).
# The caller's RUSTFLAGS are kept.
DIST_RUSTFLAGS := -Zlocation-detail=none -Zunstable-options -Csymbol-mangling-version=legacy

# index.html is copied without its comments (149 B gzip), which are for whoever reads the source.
dist: tools
	RUSTC_BOOTSTRAP=1 RUSTFLAGS="$${RUSTFLAGS:-} $(DIST_RUSTFLAGS)" cargo build --release --target wasm32-unknown-unknown --lib
	rm -rf $(DIST) && mkdir -p $(DIST)/pkg
	wasm-bindgen --target web --no-typescript --out-dir $(DIST)/pkg --out-name annalist $(WASM)
	wasm-opt $(WASM_OPT_FLAGS) $(DIST)/pkg/annalist_bg.wasm -o $(DIST)/pkg/annalist_bg.wasm
	node scripts/short-imports.mjs $(DIST)
	node -e 'const fs = require("fs"); fs.writeFileSync(process.argv[1], fs.readFileSync("index.html", "utf8").replace(/<!--[^]*?-->\n?/g, ""))' $(DIST)/index.html
	cp -r www/. $(DIST)/
	esbuild $(ESBUILD_FLAGS) $(DIST)/style.css --outfile=$(DIST)/style.css
	esbuild $(ESBUILD_FLAGS) --format=esm $(DIST)/boot.js --outfile=$(DIST)/boot.js
	node scripts/inline.mjs $(DIST)
	esbuild $(ESBUILD_FLAGS) --format=esm $(DIST)/pkg/annalist.js --outfile=$(DIST)/pkg/annalist.js
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

# Property tests with many cases (`make test` runs the same ones with few):
# the engine and every importer on generated text and bytes, the offsets
# invariant, round-trips. Bounded: FUZZ_CASES cases a property, at most
# FUZZ_SECONDS seconds a test binary.
FUZZ_CASES ?= 5000
FUZZ_SECONDS ?= 600
# The library's own tests are built apart: built with the integration tests, cargo builds
# them again for `--lib` alone, and that build (3-8 min) then ran inside the last timeout.
fuzz:
	cargo test --profile native --no-run --test prop_fuzz --test prop_roundtrip
	cargo test --profile native --no-run --lib
	PROPTEST_CASES=$(FUZZ_CASES) timeout $(FUZZ_SECONDS) cargo test --profile native --test prop_fuzz
	PROPTEST_CASES=$(FUZZ_CASES) timeout $(FUZZ_SECONDS) cargo test --profile native --test prop_roundtrip
	PROPTEST_CASES=$(FUZZ_CASES) timeout $(FUZZ_SECONDS) cargo test --profile native --lib export::tests

# Benchmarks, not part of `make test` (figures, never pass/fail): native engine
# throughput and scaling, wasm vs compromise in Chromium, first render, size
# with a twiggy breakdown, UI scale, the wasm's peak memory per input byte (bench/wasm-memory.mjs).
# Prints a table; writes target/bench/results.json.
bench: dist browser
	DIST=$(DIST) CARGO_TARGET_DIR=$(CARGO_TARGET_DIR) bench/run.sh

lint:
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib -- -D warnings

# The Python package (python/: PyO3 + maturin) and the Spark recipe. Tools go into a
# virtualenv $(VENV) (scripts/install-tools.sh python|spark); the wheel into $(WHEELS).
VENV ?= target/venv
WHEELS := $(abspath $(CARGO_TARGET_DIR))/wheels
# The newest wheel built (one name per version; `make wheel` overwrites it).
WHEEL = $$(ls -t $(WHEELS)/annalist-*.whl | head -1)
# The CLI the Python results are compared with (the debug build `cargo test` also makes).
PYTEST_ENV = ANNALIST_CLI=$(abspath $(CARGO_TARGET_DIR))/debug/annalist ANNALIST_WHEEL=$(WHEEL)

# Built in its own target directory: sharing target/release with the CLI's release build left
# two builds of one crate (serde_core, with other features) there, and the next
# `cargo build --release` of the CLI stopped with "multiple different versions of crate".
wheel:
	@scripts/install-tools.sh python
	cd python && CARGO_TARGET_DIR=$(abspath $(CARGO_TARGET_DIR))/python \
		$(abspath $(VENV))/bin/maturin build --release --out $(WHEELS)

# The API against the CLI, and `pip install` of the wheel into a fresh virtualenv.
test-python: wheel
	cargo build --bin annalist
	$(VENV)/bin/pip install --quiet --force-reinstall --no-deps --no-index $(WHEEL)
	$(PYTEST_ENV) $(VENV)/bin/pytest -q -p no:cacheprovider python/tests --ignore=python/tests/test_spark.py

# The Spark recipe in local[2] mode on generated articles, against the CLI (Java from Debian).
test-spark: wheel
	@scripts/install-tools.sh spark
	cargo build --bin annalist
	$(VENV)/bin/pip install --quiet --force-reinstall --no-deps --no-index $(WHEEL)
	$(PYTEST_ENV) $(VENV)/bin/pytest -q -p no:cacheprovider -W ignore::FutureWarning python/tests/test_spark.py

# Quality against the shared dev sets (../shared/eval; development only, not part of `make test`).
eval:
	scripts/eval/ner.sh
	scripts/eval/timex.sh

# Retrain the compiled-in models (deterministic; CI never trains): the UPOS tagger from
# ../shared/ud, the name tagger from ../shared/eval/open/*-train.jsonl.
train:
	scripts/train/pos.sh
	cargo run --quiet --profile train --bin annalist-train-ner -- --data ../shared/eval/open --out data/models/ner.bin
	# Weights in multiples of 12 (issue 17: 28.8 KB smaller packed; data/models/SOURCES.md).
	python3 scripts/train/requantize-ner.py data/models/ner.bin data/models/ner.bin 12

clean:
	rm -rf $(DIST) target/bench
