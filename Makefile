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

# Both samples into one store: 14 reports of different events, and 16 outlets'
# relays of four official releases (samples/relays); then the cross-check and the report.
DEMO_DB := sqlite:///demo.db
demo: $(STAMP)
	@rm -f demo.db
	@echo "== extract: samples/reports (14 reports) and samples/relays (4 releases, 16 relays)"
	@$(BIN)/marsad extract samples/reports --db $(DEMO_DB)
	@$(BIN)/marsad extract samples/relays/articles.jsonl --db $(DEMO_DB)
	@echo "== cross-check"
	@$(BIN)/marsad consolidate --db $(DEMO_DB) --summary
	@echo "== report"
	@$(BIN)/marsad report --db $(DEMO_DB) -o demo-report/report.html
	@if $(BIN)/marsad serve --help >/dev/null 2>&1; then \
	  echo "browse it: $(BIN)/marsad serve --db $(DEMO_DB)  (then open http://127.0.0.1:8000/)"; fi

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
	rm -rf $(VENV) demo.db demo-claims.jsonl demo-report
