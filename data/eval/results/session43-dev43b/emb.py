"""log, per unknown Chinese concept the embedder answered: its term, the table's term, and how many candidates write each"""
import os, sys
sys.path.insert(0, os.getcwd())
from assistant.chains.digest import learned as L
from assistant.chains.digest.candidate_terms import en_terms, language_terms
LOG = []
_tc = L.translate_concepts
_pn, _al = L._pick_nearest, L._aligned_term
STATE = {}
def pn(nearest, floor):
    out = _pn(nearest, floor)
    STATE.setdefault("picks", []).append(("nearest@%s" % floor, out, max((s for _, s, _ in nearest), default=0)))
    return out
def al(concept, texts, embedder, to_en):
    out = _al(concept, texts, embedder, to_en)
    STATE.setdefault("picks", []).append(("aligned", out, 0))
    if to_en:
        STATE["label"] = concept.label; STATE["texts"] = texts
    return out
L._pick_nearest, L._aligned_term = pn, al
_nt = L._nearest_terms
def nt(concept, texts, embedder):
    STATE.clear(); STATE["label"] = concept.label; STATE["texts"] = texts
    out = _nt(concept, texts, embedder)
    STATE["nearest"] = sorted(out, key=lambda x: -x[1])[:3]
    return out
L._nearest_terms = nt
_tt = L._table_terms
def writers(term, texts):
    key = max(en_terms(term), key=len, default=())
    return sum(key in language_terms(t, True) for t in texts)
# log when a concept finishes: wrap translate at the top level: after nearest chain, record
import assistant.chains.digest.learned as LL
orig_pick = LL._pick_nearest
def report():
    if "label" in STATE and "picks" in STATE:
        texts = STATE["texts"]
        label = STATE["label"]
        table = LL.table_term(label) or LL._learning_field(label) or getattr(LL, "_behaviour_term", lambda x: None)(label)
        chosen = next((p[1] for p in STATE["picks"] if p[1]), ())
        print("EMB", label, "| chosen:", chosen, [(c, writers(c, texts)) for c in chosen], "| table:", table,
              writers(table, texts) if table else None, "| nearest:", [(t, round(s, 3)) for t, s, _ in STATE.get("nearest", [])], flush=True)
    STATE.clear()
_orig_unw = LL._unwritten_glosses
_orig_table = LL._table_terms
def tt(concept, texts, embedder=None):
    return _orig_table(concept, texts, embedder)
from assistant.chains.digest import DigestRequest
from bench.digest_relevance import default_store, open_app
app = open_app(default_store())
for spec in [l.strip() for l in open(sys.argv[1]) if l.strip()]:
    topic, lang = spec.rsplit("|", 1)
    print("==", topic, flush=True)
    _n = LL._nearest_terms
    def nt2(concept, texts, embedder, _n=_n):
        report()
        return _n(concept, texts, embedder)
    LL._nearest_terms = nt2
    d = app.digest(DigestRequest(topic=topic, language=lang, since="2026-06-01", until="2026-06-10", max_papers=8, style="themed"), use_llm=False)
    report()
    LL._nearest_terms = _n
