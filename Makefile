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

# llama.cpp is built for the x86-64 level this CPU has, read from /proc/cpuinfo, not -march=native: on a CPU that
# advertises AMX but whose kernel/VM has not enabled it, a native build dies with SIGILL (tilezero) on the first
# prompt, so AMX stays off. AVX-512 (+VNNI/VBMI/BF16 where present) reads prompts ~1.45x faster than AVX2 on the
# bundled model (bench/RESULTS.md, "Prompt speed"); without it the build is AVX2/FMA/F16C. `rm .venv/.installed-core; make install
# LLAMA_LEVEL=avx2` forces the portable build. The wheel is kept under ~/.cache/arxiv-assistant/wheels/<level>
# (pip's own cache ignores CMAKE_ARGS and would hand back a build made for other flags).
LLAMA_VERSION := 0.3.36
CPU_FLAGS     := $(shell grep -m1 '^flags' /proc/cpuinfo 2>/dev/null)
has_flag       = $(filter $(1),$(CPU_FLAGS))
AVX512_BASE   := avx512f avx512cd avx512bw avx512dq avx512vl
ifeq ($(words $(call has_flag,$(AVX512_BASE))),5)
LLAMA_LEVEL   ?= avx512$(if $(call has_flag,avx512vbmi),-vbmi)$(if $(call has_flag,avx512_vnni),-vnni)$(if $(call has_flag,avx512_bf16),-bf16)
else
LLAMA_LEVEL   ?= avx2
endif
LLAMA_CMAKE   := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON \
                 -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF
ifeq ($(LLAMA_LEVEL),avx2)
LLAMA_CMAKE   += -DGGML_AVX512=OFF
else
LLAMA_CMAKE   += -DGGML_AVX512=ON $(if $(findstring -vbmi,$(LLAMA_LEVEL)),-DGGML_AVX512_VBMI=ON) \
                 $(if $(findstring -vnni,$(LLAMA_LEVEL)),-DGGML_AVX512_VNNI=ON) \
                 $(if $(findstring -bf16,$(LLAMA_LEVEL)),-DGGML_AVX512_BF16=ON)
endif
LLAMA_WHEELS  := $(HOME)/.cache/arxiv-assistant/wheels/llama-$(LLAMA_VERSION)-$(LLAMA_LEVEL)

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
