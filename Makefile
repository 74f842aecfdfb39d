# Two entry points that work on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)

.PHONY: demo test lint bench clean real-eval fuzz

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	rm -f $(VENV)/.installed-* && touch $@

demo: $(STAMP)
	rm -f demo.db
	$(BIN)/marsad extract samples/reports --db sqlite:///demo.db -o demo-claims.jsonl
	$(BIN)/marsad consolidate --db sqlite:///demo.db
	$(BIN)/marsad summary --db sqlite:///demo.db

test: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest

# The fuzz and fault suite with many more examples than CI runs (not a CI step).
fuzz: $(STAMP)
	MARSAD_FUZZ_EXAMPLES=$${MARSAD_FUZZ_EXAMPLES:-3000} $(BIN)/python -m pytest -q tests/robustness -p no:cacheprovider

# Real-page corpus (quality/real): texts come from a cache outside the repository.
real-eval: $(STAMP)
	@if [ ! -d "$${MARSAD_REAL_CACHE:-$$HOME/.cache/marsad/real}/raw" ]; then \
	  echo "real-eval: no page cache at $${MARSAD_REAL_CACHE:-$$HOME/.cache/marsad/real}/raw (see quality/real/README.md)"; exit 1; fi
	$(BIN)/python scripts/real_corpus.py rebuild
	$(BIN)/python scripts/real_corpus.py materialise
	$(BIN)/python scripts/real_corpus.py score dev test

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) demo.db demo-claims.jsonl
