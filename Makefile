# Two commands set everything up on a fresh machine with Python 3.11+ and make:
#   make demo   convert the bundled sample wire article to JSON and print it
#   make test   lint, type-check and run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
SAMPLE := src/newsschema/samples/sample-wire-id.txt

.PHONY: demo test lint typecheck pytest bench clean

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(INSTALLED)

demo: $(INSTALLED)
	$(BIN)/newsschema convert $(SAMPLE) --to json

test: lint typecheck pytest

lint: $(INSTALLED)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(INSTALLED)
	$(BIN)/mypy

# -n auto: one test process per core (pytest-xdist).
pytest: $(INSTALLED)
	$(BIN)/pytest -n auto

# Benchmarks are never part of `make test`; they need the bench extra.
BENCH_INSTALLED := $(VENV)/.installed-bench
$(BENCH_INSTALLED): $(INSTALLED)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $(BENCH_INSTALLED)

bench: $(BENCH_INSTALLED)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis

# Long fuzzing runs with atheris, never part of `make test` (see docs/security.md):
# every reader for FUZZ_SECONDS each; crashes land in fuzz/work/artifacts/.
FUZZ_SECONDS ?= 600
FUZZ_INSTALLED := $(VENV)/.installed-fuzz
.PHONY: fuzz
$(FUZZ_INSTALLED): $(INSTALLED)
	$(BIN)/python -m pip install --quiet -e '.[test,fuzz]'
	touch $(FUZZ_INSTALLED)

fuzz: $(FUZZ_INSTALLED)
	for reader in json text newsml; do fuzz/run.sh $$reader $(FUZZ_SECONDS) || exit 1; done
