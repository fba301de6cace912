# Single entry points. Each target installs what it needs into .venv first.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
SHARED  ?= ../shared
CORPUS  ?= seeds
OUT     ?= output

.PHONY: dataset test lint typecheck eval check check-output report git-setup bench clean help

help:
	@echo "make dataset   build output/ from seeds/ (installs into .venv)"
	@echo "make test      run the test suite (installs into .venv)"
	@echo "make eval      score seeds and the dev sets in $(SHARED) (skipped if absent)"
	@echo "make lint      ruff + mypy"
	@echo "make report    write report/ (report.md + charts) from output/"
	@echo "make check-output  fail if output/ or report/report.md differ from what the code builds"
	@echo "make git-setup make git diff show Parquet rows (textconv driver)"
	@echo "make bench     benchmark on CORPUS=$(SHARED)/corpus/reuters21578 -> bench/results.md"

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
	$(BIN)/ruff check etl schemas tests bench
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

report: $(STAMP)
	$(BIN)/python -m etl report --data $(OUT) --out report

# CI: the committed dataset, data package, changelog and report are what the code builds.
# The build goes into a copy of output/ so the version and changelog continue from it.
check-output: $(STAMP)
	@tmp=$$(mktemp -d); cp -R $(OUT) $$tmp/out; \
	$(BIN)/python -m etl build --corpus seeds --out $$tmp/out --quiet >/dev/null && \
	$(BIN)/python -m etl report --data $$tmp/out --out $$tmp/report >/dev/null && \
	diff -r -x '.etl-*' $(OUT) $$tmp/out && diff report/report.md $$tmp/report/report.md && \
	$(BIN)/python -m etl diff $(OUT) $$tmp/out --summary >/dev/null; rc=$$?; rm -rf $$tmp; \
	if [ $$rc -ne 0 ]; then echo "output/ or report/ is stale: run make dataset report and commit"; exit 1; fi; \
	echo "output/ and report/report.md match the build"

git-setup: $(STAMP)
	git config diff.parquet.textconv "$(abspath $(BIN))/python -m etl textconv"
	git config diff.parquet.xfuncname '^\[.+\]$$'
	git config diff.parquet.cachetextconv true
	@echo "git diff now shows rows of output/*.parquet"

# the benchmark's corpus: CORPUS= on the command line, else Reuters-21578 from $(SHARED)
BENCH_CORPUS = $(if $(filter command line,$(origin CORPUS)),$(CORPUS),$(SHARED)/corpus/reuters21578)
SCALE ?= 20

bench: $(STAMP)
	-$(BIN)/python -m pip install -q -e '.[bench]' 2>/dev/null || echo "quantulum3 not installed: its comparison is skipped"
	$(BIN)/python bench/run.py --corpus $(BENCH_CORPUS) --scale $(SCALE)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
