# Quick start: `make run` (set up, load the sample digest, start the app) and `make test`.
PYTHON ?= python3.11
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
STAMP  := $(VENV)/.installed-core

.PHONY: run test test-fast install sample bench clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip wheel setuptools

$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(PIP) install --quiet -e '.[local,test]'
	touch $@

install: $(STAMP)

sample: install
	$(PY) -m assistant ingest-sample

run: sample
	$(PY) -m assistant serve

test: install
	$(PY) -m ruff check .
	$(PY) -m pytest

test-fast: install
	$(PY) -m ruff check .
	$(PY) -m pytest -m "not live and not slow"

bench: install
	$(PY) -m bench.ingest
	$(PY) -m bench.retrieval
	$(PY) -m bench.answer
	$(PY) -m bench.digest
	$(PY) -m bench.eval
	$(PY) -m bench.load

clean:
	rm -rf $(VENV) .pytest_cache
