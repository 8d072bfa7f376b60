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

# llama.cpp is built for a portable x86-64 level (AVX2/FMA/F16C), not -march=native: on a CPU that advertises
# AMX but whose kernel/VM has not enabled it, a native build dies with SIGILL (tilezero) on the first prompt.
# The wheel is kept under ~/.cache/arxiv-assistant/wheels/<flags> (pip's own cache ignores CMAKE_ARGS and would
# hand back a native build made earlier).
LLAMA_VERSION := 0.3.36
LLAMA_CMAKE   := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_AVX512=OFF
LLAMA_WHEELS  := $(HOME)/.cache/arxiv-assistant/wheels/llama-$(LLAMA_VERSION)-avx2

$(LLAMA_WHEELS)/.built: | $(VENV)/bin/python
	mkdir -p $(LLAMA_WHEELS)
	CMAKE_ARGS="$(LLAMA_CMAKE)" $(PIP) wheel --quiet --no-cache-dir --no-deps -w $(LLAMA_WHEELS) \
		llama-cpp-python==$(LLAMA_VERSION)
	touch $@

$(STAMP): pyproject.toml $(LLAMA_WHEELS)/.built | $(VENV)/bin/python
	$(PIP) install --quiet --force-reinstall --no-deps $(LLAMA_WHEELS)/llama_cpp_python-$(LLAMA_VERSION)-*.whl
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
