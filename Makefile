# docclean: `make clean-corpus` and `make test` are all the set-up a fresh machine needs.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
IN      ?= samples/raw
OUT     ?= build/clean

.PHONY: install test lint clean-corpus bench score devset clean fuzz

install: $(STAMP)

# Reinstall only when the package metadata or the C helper changes (the install compiles it, see
# hatch_build.py); the install is editable, so Python code edits need nothing.
$(STAMP): pyproject.toml hatch_build.py convert/docclean/readers/_pdfchars.c
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip uninstall --quiet --yes opencc-python-reimplemented 2>/dev/null || true
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

lint: install
	$(BIN)/ruff check convert tests samples hatch_build.py

test: lint
	$(BIN)/python -m pytest -q

clean-corpus: install
	$(BIN)/docclean corpus $(IN) $(OUT)

score: clean-corpus
	$(BIN)/docclean score samples/expected $(OUT)

devset: install
	$(BIN)/python -m tests.devset.report
	for s in tuning tuning2 held_out tuning3 held_out2 tuning4 tuning5 held_out3 tuning6 held_out4 tuning7 held_out5 tuning8 held_out6 tuning9 held_out7; do $(BIN)/python -m tests.devset.synth_report --split $$s | tail -1; done
	for q in fragments blank halfwidth big5 wrapped-title spaced-title no-title; do $(BIN)/python -m tests.devset.stress $$q | tail -1; done

bench: install
	$(BIN)/python -m tests.bench
	$(BIN)/python -m tests.bench_linear

clean:
	rm -rf build dist .pytest_cache .ruff_cache

# The long fuzz run (CI runs a short one in tests/fuzz/test_fuzz.py): 20,000 mutated inputs.
fuzz: install
	$(BIN)/python -m tests.fuzz.run --cases $(or $(CASES),20000) --seed 1 --jobs 2
