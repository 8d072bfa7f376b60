"""learn39: per (topic, paper) features for a learned relevance cut, over the judged pools of a topics file
(on = the topic's 'relevant', off = its 'rejected': candidates the rules proposed and a reader rejected).

Every feature can be computed at selection time from the topic, its concepts, the candidate and the other candidates
of the same topic (the 'pool': here the judged pool stands in for the selection's candidates):
  lang     E5 cos(topic as query, paper passage in the topic's language: zh title + TL;DR, en title + first sentence)
  cross    the same against the other language's passage; t = against the title alone
  cmin / cmean   smallest / mean E5 cos of the topic's concepts with the 'lang' passage; cmin_t against the title
  use, use_cmin  the bundled USE, same passages
  prf3 / prf5    E5 cos of the paper's 'lang' passage with the centroid of the pool's 3 / 5 highest 'lang' papers
                 (pseudo-relevance feedback; the paper itself left out of the centroid); prf_use3 with USE
  z_lang, rk_lang, z_prf3, z_cmin  the score's z-score / rank share within the topic's pool
  top_gap  lang minus the pool's highest lang
  lex_title / lex_tldr / lex_abs   share of the concepts written (case-insensitive) in the title / TL;DR / abstract
  n_concepts, zh

    python features.py TOPICS.jsonl EMB.npz OUT.jsonl.gz [--sel SEL.json --qemb Q.npz]
EMB from embed.py; with --sel the concepts are the ones the digest read (the selection's 'concepts', query vectors
from embed_queries.py) instead of the topic record's, and the papers the selection listed are added to the pairs
(on = in 'relevant', off otherwise; 'listed' marks them).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from embed import load_papers  # noqa: E402


def group_of(line: int) -> str:
    if line <= 246:
        return "studied"
    for lo, name in ((265, "g41"), (259, "g40"), (253, "g39"), (247, "g38")):
        if line >= lo:
            return name
    return "?"


def zscore(v: np.ndarray) -> np.ndarray:
    return (v - v.mean()) / (v.std() + 1e-6)


def prf(vecs: np.ndarray, score: np.ndarray, k: int) -> np.ndarray:
    """cos of each row with the normalised centroid of the k best rows by score, leaving the row itself out."""
    order = np.argsort(-score)
    top = order[:k + 1]
    out = np.empty(len(score), dtype=np.float32)
    for i in range(len(score)):
        sel = [j for j in top if j != i][:k]
        c = vecs[sel].mean(axis=0)
        c /= np.linalg.norm(c) + 1e-9
        out[i] = float(vecs[i] @ c)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("topics", type=Path)
    ap.add_argument("emb", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--sel", type=Path)
    ap.add_argument("--qemb", type=Path)
    args = ap.parse_args()
    topics_path, emb_path, out = args.topics, args.emb, args.out
    lines = topics_path.read_text(encoding="utf-8").splitlines()
    z = dict(np.load(emb_path))
    idx = {p: k for k, p in enumerate(z["ids"].tolist())}
    sel_concepts: dict[str, list[str]] = {}
    listed: dict[str, set[str]] = {}
    if args.qemb:
        q = np.load(args.qemb)
        z["queries"] = np.concatenate([z["queries"], q["queries"]])
        z["e5_q"] = np.concatenate([z["e5_q"], q["e5_q"]])
        z["use_q"] = np.concatenate([z["use_q"], q["use_q"]])
    if args.sel:
        for it in json.loads(args.sel.read_text(encoding="utf-8"))["items"]:
            if it.get("concepts") and args.qemb:
                sel_concepts[it["id"]] = it["concepts"]
            listed.setdefault(it["id"], set()).update(it.get("ids") or [])
    qidx = {q: k for k, q in enumerate(z["queries"].tolist())}
    papers = load_papers()
    n = 0
    with gzip.open(out, "wt", encoding="utf-8") as fh:
        for line_no, raw in enumerate(lines[1:], start=2):
            if not raw.strip():
                continue
            t = json.loads(raw)
            zh = t["language"] == "zh"
            concepts = sel_concepts.get(t["id"]) or t.get("concepts") or [t["topic"]]
            rows = [(p, True) for p in t["relevant"]] + [(p, False) for p in t.get("rejected", [])]
            seen = {p for p, _ in rows}
            rows += [(p, False) for p in sorted(listed.get(t["id"], set()) - seen)]
            rows = [(p, on) for p, on in rows if p in idx]
            if not rows:
                continue
            ii = np.array([idx[p] for p, _ in rows])
            lang_f, cross_f = ("tz", "tf") if zh else ("tf", "tz")
            E = {f: z[f"e5_{f}"][ii] for f in ("t", "tf", "tz")}
            U = {f: z[f"use_{f}"][ii] for f in ("t", "tf", "tz")}
            qe, qu = z["e5_q"][qidx[t["topic"]]], z["use_q"][qidx[t["topic"]]]
            ce = z["e5_q"][[qidx[c] for c in concepts]]
            cu = z["use_q"][[qidx[c] for c in concepts]]
            f = {}
            f["lang"] = E[lang_f] @ qe
            f["cross"] = E[cross_f] @ qe
            f["t"] = E["t"] @ qe
            cc = E[lang_f] @ ce.T
            f["cmin"], f["cmean"] = cc.min(axis=1), cc.mean(axis=1)
            f["cmin_t"] = (E["t"] @ ce.T).min(axis=1)
            f["use"] = U[lang_f] @ qu
            f["use_cmin"] = (U[lang_f] @ cu.T).min(axis=1)
            f["prf3"] = prf(E[lang_f], f["lang"], 3)
            f["prf5"] = prf(E[lang_f], f["lang"], 5)
            f["prf_use3"] = prf(U[lang_f], f["lang"], 3)
            f["z_lang"] = zscore(f["lang"])
            f["rk_lang"] = f["lang"].argsort().argsort() / max(1, len(rows) - 1)
            f["z_prf3"] = zscore(f["prf3"])
            f["z_cmin"] = zscore(f["cmin"])
            f["top_gap"] = f["lang"] - f["lang"].max()
            lex = {"title": [], "tldr": [], "abs": []}
            for p, _ in rows:
                d = papers[p]
                texts = {"title": d["title"].lower(), "tldr": ((d.get("AI") or {}).get("tldr") or "").lower(),
                         "abs": (d.get("summary") or "").lower()}
                for k, v in texts.items():
                    lex[k].append(sum(c.lower() in v for c in concepts) / len(concepts))
            f["lex_title"], f["lex_tldr"], f["lex_abs"] = (np.array(lex[k]) for k in ("title", "tldr", "abs"))
            for k, (p, on) in enumerate(rows):
                fh.write(json.dumps({"topic_id": t["id"], "line": line_no, "group": group_of(line_no),
                                     "language": t["language"], "n_concepts": len(concepts), "paper": p, "on": on,
                                     "listed": p in listed.get(t["id"], ()), "in_pool": p in seen,
                                     "pool": len(rows), "f": {name: round(float(v[k]), 5) for name, v in f.items()}
                                     | {"n_concepts": len(concepts), "zh": int(zh)}}, ensure_ascii=False) + "\n")
                n += 1
    print("pairs", n, file=sys.stderr)


if __name__ == "__main__":
    main()
