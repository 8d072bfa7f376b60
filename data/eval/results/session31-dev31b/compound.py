import os, sys
sys.path.insert(0, os.getcwd())
from assistant.chains.digest import learned
from assistant.chains.digest.lexical import lexical_field
ROWS = []
_w = learned.whole_or_pieces
def w(c, learned_whole, texts):
    out = _w(c, learned_whole, texts) or learned_whole
    named = [[lexical_field(p, t) is not None for t in texts] for p in c.pieces]
    whole = sum(lexical_field(learned_whole[0], t) is not None for t in texts)
    both = sum(a and b for a, b in zip(*named))
    rest = [b for a, b in zip(*named) if not a] if named else []
    ROWS.append((c.label, len(texts), whole, [p.label for p in c.pieces], [sum(n) for n in named], both,
                 round(both / max(1, sum(named[0])), 2), round(sum(rest) / max(1, len(rest)), 2), [x.label for x in out]))
    return out
learned.whole_or_pieces = w
from assistant.chains.digest import DigestRequest
from bench.digest_relevance import default_store, open_app
app = open_app(default_store())
for topic in sys.argv[1].split(";"):
    ROWS.clear()
    req = DigestRequest(topic=topic, language="en", since="2026-06-01", until="2026-06-10", max_papers=8)
    d = app.digest(req, use_llm=False)
    for r in ROWS:
        print(*r, "| listed", len(d.papers))
