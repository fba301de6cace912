# Single entry points. Each target installs what it needs into .venv first.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
SHARED  ?= ../shared
CORPUS  ?= seeds
OUT     ?= output

.PHONY: dataset test lint typecheck eval check clean help

help:
	@echo "make dataset   build output/ from seeds/ (installs into .venv)"
	@echo "make test      run the test suite (installs into .venv)"
	@echo "make eval      score seeds and the dev sets in $(SHARED) (skipped if absent)"
	@echo "make lint      ruff + mypy"

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

dataset: $(STAMP)
	$(BIN)/python -m etl build --corpus $(CORPUS) --out $(OUT) --quiet

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check etl schemas tests
	$(BIN)/mypy etl

eval: $(STAMP)
	@$(BIN)/python -m etl build --corpus seeds --out $(OUT) --quiet >/dev/null
	@$(BIN)/python -m etl eval --gold tests/data/seeds_gold.jsonl --out $(OUT) --summary | tail -n 1
	@if [ -d $(SHARED)/corpus/modern_dev ] && [ -d $(SHARED)/gold ]; then \
	  for set in modern_dev reuters_dev; do \
	    tmp=$$(mktemp -d); \
	    $(BIN)/python -m etl build --corpus $(SHARED)/corpus/$$set --out $$tmp --quiet >/dev/null && \
	    $(BIN)/python -m etl eval --gold $(SHARED)/gold/$$set.jsonl --out $$tmp --summary | tail -n 1; \
	    rm -rf $$tmp; \
	  done; \
	else echo "dev sets skipped: $(SHARED) not found"; fi

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
