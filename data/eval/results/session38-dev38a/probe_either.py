"""probe.py plus a trace of learned.either_when_apart: per coordinated part, candidates naming it, naming both."""
import os, sys
sys.path.insert(0, os.getcwd())
from assistant.chains.digest import learned
from assistant.chains.digest.lexical import lexical_field
_ewa = learned.either_when_apart
def ewa(concepts, texts, embedder=None):
    parts = [c for c in concepts if c.coordinated]
    if len(parts) >= 2:
        named = [[lexical_field(c, t) is not None for t in texts] for c in parts]
        both = [t.paper.arxiv_id for t, row in zip(texts, zip(*named)) if all(row)]
        print("EWA", [(c.label, sum(n)) for c, n in zip(parts, named)], "both", len(both), both[:8], "pool", len(texts),
              "unrelated", learned._unrelated_sides(parts, embedder), "one", learned._one_subject(parts, embedder),
              "narrow", learned._all_narrow(parts))
        for c, n in zip(parts, named):
            print("   ", c.label, [t.paper.arxiv_id for t, x in zip(texts, n) if x][:30])
    out = _ewa(concepts, texts, embedder)
    print("EWA ->", [c.label for c in out])
    return out
learned.either_when_apart = ewa
sys.argv = [sys.argv[0]] + sys.argv[1:]
exec(open("/tmp/d38a/probe.py").read())
