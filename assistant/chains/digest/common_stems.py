"""Word stems common in arXiv papers at large: those in at least 10 % of the titles + abstracts of dw-dengwei
2026-05-01..31 (4,717 papers; outside the 2026-06-01..10 slice of the judged digest topics), as `vocabulary._latin_stems`
gives them. `relevance._droppable_named` uses them: a common word an unknown phrase may drop from a sentence must be
named somewhere in the paper.

    python -m assistant.chains.digest.common_stems ../shared/corpus/daily-arxiv/dw-dengwei/2026-05-*.jsonl  # rebuild
"""

from __future__ import annotations

import json
import sys
from collections import Counter

SHARE = 0.10
COMMON_STEMS = frozenset("""
1 2 accuraci achiev across adapt addit address agent ai align all analysi annot answer appli applic approach
architectur art avail awar baselin behavior benchmark between both capabl captur challeng code combin compar complex
comput condit consist construct context control correct cost critic cross current data dataset demonstr depend
deploy design detect develop differ direct distribut divers domain driven dure dynam each effect effici enabl encod
end enhanc error establish evalu evid exist experi explicit extens fail featur find fine first four framework
further gain gap general generat github.com ground guid high how howev https human identifi imag improv includ
increas infer inform input integr interact interpret introduc key knowledg languag larg lead learn level leverag
limit llm llms local long low make match measur mechan method metric model more most multi multimod multipl natur
new non not novel object observ often one onli open oper optim outperform output over pair paper paradigm paramet
per perform pipelin point practic predict present preserv prior problem process produc prompt propos provid qualiti
question rate rather real reason recent reduc relat reli reliabl remain represent requir research result retriev
reveal robust sampl scale score select semant set show signal signific singl sourc space specif stage standard state
step strategi strong structur studi substanti suggest supervis support system systemat target task test text them
they three through time token toward train transform tune two under understand use valid vision visual when where
while within without work world yet yield
""".split())


def build(paths: list[str], share: float = SHARE) -> list[str]:
    """The stems in at least `share` of the distinct papers of these daily-arxiv JSONL files."""
    from assistant.chains.digest.vocabulary import _latin_stems

    seen: set[str] = set()
    df: Counter = Counter()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    record = json.loads(line)
                    if record["id"] not in seen:
                        seen.add(record["id"])
                        df.update(_latin_stems(record.get("title", "") + " " + record.get("summary", "")))
    return sorted(w for w, c in df.items() if c / max(len(seen), 1) >= share)


if __name__ == "__main__":
    print(" ".join(build(sys.argv[1:])))
