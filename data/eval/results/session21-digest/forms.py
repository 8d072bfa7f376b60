"""Which papers of the bench store (dw-dengwei 2026-06-01..10) write each candidate form of a glossary entry, tagged by a
topic's labels (on topic / rejected / unlabelled; 'focus': in the title, keywords, the abstract's opening, a contribution
sentence or the TL;DR). Used in session 21 to choose the field forms of the new entries from the studied topics.

    cd CODE && TOPICS=topics.jsonl PYTHONPATH=. python forms.py TOPIC_ID 'form1|form2|...' [v]   # v: list off-topic focus hits
"""
import os
import pickle
import re
import sys

sys.path.insert(0, os.getcwd())
from pathlib import Path

from assistant.chains.digest.lexical import PaperText, form_occurs
from assistant.eval.digests import load_topic_file
from assistant.lang import has_chinese

header, topics = load_topic_file(Path(os.environ.get("TOPICS", "data/eval/topics.jsonl")))
T = {t.id: t for t in topics}
cache = Path(os.environ.get("PAPERS_CACHE", "/tmp/digest-papers.pkl"))
if cache.exists():
    papers = pickle.loads(cache.read_bytes())
else:
    from bench.digest_relevance import default_store, open_app
    app = open_app(default_store())
    papers = list(app.store.iter_papers())
    cache.write_bytes(pickle.dumps(papers))
t = T[sys.argv[1]]
rel, rej = set(t.relevant), set(t.rejected or [])
texts = [PaperText.of(p) for p in papers]
for form in sys.argv[2].split("|"):
    hits = []
    for tx in texts:
        rows = [i for i, (_, s) in enumerate(tx.sentences) if (form in re.sub(r"\s", "", s) if has_chinese(form) else form_occurs(form, s))]
        if rows:
            focus = bool(set(rows) & set(tx.focus_rows())) or any(tx.sentences[i][0] == "tldr" for i in rows)
            hits.append((tx.paper.arxiv_id, focus, tx.paper.title[:70]))
    on = [h for h in hits if h[0] in rel]; off = [h for h in hits if h[0] in rej]; unl = [h for h in hits if h[0] not in rel | rej]
    print(f"{form!r}: {len(hits)} papers; on {len(on)} (focus {sum(h[1] for h in on)}), rejected {len(off)} (focus {sum(h[1] for h in off)}), unlabelled {len(unl)} (focus {sum(h[1] for h in unl)})")
    if len(sys.argv) > 3:
        for h in off + unl:
            if h[1]: print("     ", "REJ" if h[0] in rej else "unl", h)
