"""Unlabelled topics on the bench store: the concepts a digest uses (after learning from the candidates) and the papers it
lists at size N. With a third argument the session-21 glossary entries are left out (to see the coordination rule alone).

    cd CODE && PYTHONPATH=. python adhoc.py 8 'knowledge graphs and RAG|联邦学习与隐私保护' [noentries]
"""
import os
import sys

sys.path.insert(0, os.getcwd())
from assistant.chains.digest import vocabulary as V

if len(sys.argv) > 3:
    V.BUILTIN_GLOSSARY = tuple(e for e in V.BUILTIN_GLOSSARY if e[0][0] not in ("图像复原", "指令遵循", "视觉地点识别", "拍卖", "无人机", "统一多模态模型"))
from assistant.chains.digest import select as S
from assistant.chains.digest.request import DigestRequest
from bench.digest_relevance import default_store, open_app

app = open_app(default_store())
for topic in sys.argv[2].split("|"):
    req = DigestRequest(topic=topic, language="zh" if any("\u4e00" <= ch <= "\u9fff" for ch in topic) else "en", since="2026-06-01", until="2026-06-10", max_papers=int(sys.argv[1]))
    sel = S.pick_papers(req, store=app.store, retriever_factory=app.retriever, prompts_dir=app.settings.prompts_dir, min_relevance=app.settings.min_relevance,
                        embedder=app.embedder, concept_similarity=app.settings.digest_concept_similarity, candidates=app.settings.digest_candidates)
    print("=" * 80); print(topic, "matching", sel.matching, "retrieved", sel.retrieved)
    for c in sel.concepts:
        print("  concept", repr(c.label), "coord" if c.coordinated else "", "alts", [a.label for a in c.alternatives], "learned", c.learned)
    for p in sel.picked:
        print(f"   {p.paper.arxiv_id} {p.relevance:.3f} {p.coverage.matched if p.coverage else ''} | {p.paper.title[:90]}")
