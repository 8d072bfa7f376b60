"""How common each theme-name term is in arXiv papers at large: the share of the distinct papers of dw-dengwei
2026-05-01..31 (4,717 papers; outside the 2026-06-01..10 slice of the judged digest topics) whose theme terms
(`themes._paper_terms`: Chinese fields for zh, English title + abstract for en) or whose words (generic ones too)
hold it, for those in at least 1 % of them. `themes.theme_terms` weighs a term down the more common it is: a theme
named '包含、评估' ('contains, evaluation') or 'Dataset · Reasoning' names what every paper does, not what its members
share apart from the rest.
The digest's own candidates cannot tell this: a word every field uses is no more frequent among them than in the
group. The topic reading asks it too (`rare_in_papers`): whether a modifier names a narrow domain (LiDAR, 供应链).

    python -m assistant.chains.digest.common_terms ../shared/corpus/daily-arxiv/dw-dengwei/2026-05-*.jsonl  # rebuild
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from assistant.lang import CJK_RE, has_chinese, jieba_segmenter, tokenize
from assistant.types import Paper

LATIN_WORD_RE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")  # a Latin word, hyphenated ones whole

SHARE = 0.01
COMMON_RARITY = 0.5  # the rarity of a term in 10 % of papers at large
TABLE = Path(__file__).with_name("common_terms.json")


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, float]]:
    return json.loads(TABLE.read_text(encoding="utf-8"))


def _word_rarity(key: str, language: str) -> float:
    share = _table().get("zh" if language == "zh" else "en", {}).get(key, 0.0)
    return 1.0 if share <= SHARE else math.log(1 / share) / math.log(1 / SHARE)


@lru_cache(maxsize=8192)
def rarity(key: str, language: str) -> float:
    """1.0 for a term in under 1 % of papers at large, falling to 0 for one in every paper: log(1 / share) over
    log(1 / SHARE). A compound is no rarer than its rarest word: '包含评估' ('contains evaluation', two words a
    quarter of all papers write) is rare as a pair and says as little as its words."""
    parts = key.split(" ") if language != "zh" else [w for w in jieba_segmenter().lcut(key) if w.strip()]
    whole = _word_rarity(key, language)
    return whole if len(parts) < 2 else min(whole, max(_word_rarity(w, language) for w in parts))


def latin_key(word: str) -> str:
    """The table's key of an English word: its stems, a hyphenated word's joined by '_' ('multi-agent' ->
    'multi_agent'); '' for a stop word."""
    return "_".join(tokenize(word.replace("-", " ")))


def chinese_fields(paper: Paper) -> str:
    """The paper's Chinese fields theme terms come from: title, TL;DR, motivation, method."""
    return " ".join([paper.title_zh, paper.summary.tldr, paper.summary.motivation, paper.summary.method])


@lru_cache(maxsize=8192)
def rare_in_papers(text: str) -> bool:
    """Whether a word or phrase is in under 1 % of papers at large (LiDAR, 供应链; not program, depth, 环境, 场景).
    Cached: the topic reading asks it of the same words again and again.
    Its key: itself in Chinese, in English each word's `latin_key`, apart by a space ('supply chain' -> 'suppli
    chain')."""
    language = "zh" if has_chinese(text) else "en"
    key = text.strip() if language == "zh" else " ".join(k for k in map(latin_key, text.split()) if k)
    return bool(key) and rarity(key, language) >= 1.0


# An English word in at least this share of papers at large is broad ('data' , 'image', 'analysis', 'classification');
# a phrase of broad words only is no narrow subject however rare the phrase (`narrow_subject`)
BROAD_WORD_SHARE = 0.05


def narrow_subject(text: str) -> bool:
    """Whether a topic's subject is narrow: a word in under 1 % of papers at large (`rare_in_papers`), or an English
    phrase in under 1 % of them as a whole with a word that is not broad (under BROAD_WORD_SHARE): 'materials discovery'
    (materials 2.4 %, discovery 2.4 %, the phrase under 1 %), 'causal discovery', 'sea ice forecasting'; not 'security'
    (3 %) nor 'image classification' or 'data analysis', whose words every field writes. `rare_in_papers` asks more
    of a phrase (no rarer than its rarest word, as a theme name must be), and 'machine learning for materials
    discovery' kept the family as a concept: 'materials' became the context of 'discovery' (session 31, the
    twenty-sixth group, blind: 0 of 1 listed on topic, 5 judged)."""
    words = [w for w in text.split() if latin_key(w)]
    if has_chinese(text) or len(words) < 2:
        return rare_in_papers(text)
    return _word_rarity(" ".join(map(latin_key, words)), "en") >= 1.0 and \
        any(share_in_papers(w) < BROAD_WORD_SHARE for w in words)


def share_in_papers(word: str) -> float:
    """The share of papers at large that write an English word (its `latin_key`), 0.0 under SHARE (1 %)."""
    return _table().get("en", {}).get(latin_key(word), 0.0) if not has_chinese(word) else 0.0


def share_in_papers_zh(word: str) -> float:
    """The share of papers at large whose Chinese fields hold a Chinese word (推理 0.27, 生成 0.34, 因果 0.04), 0.0
    under SHARE (1 %)."""
    return _table().get("zh", {}).get(word.strip(), 0.0)


def _words(paper: Paper) -> dict[str, set[str]]:
    """Every word of the fields theme terms come from, generic ones too (场景, 'model'): `rare_in_papers` asks about
    words the theme terms leave out."""
    en = " ".join([paper.title, paper.abstract])
    return {"zh": {w for w in jieba_segmenter().lcut(chinese_fields(paper)) if len(w) >= 2 and CJK_RE.match(w)},
            "en": {k for k in map(latin_key, LATIN_WORD_RE.findall(en)) if k}}


def corpus_papers(paths: list[str]) -> Iterator[Paper]:
    """The papers of corpus files (`*_AI_enhanced_Chinese.jsonl`), a record that is no paper left out."""
    from assistant.sources.jsonl import record_to_paper

    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                try:
                    paper = record_to_paper(json.loads(line), None)[0] if line.strip() else None
                except (ValueError, TypeError, KeyError):
                    paper = None
                if paper is not None:
                    yield paper


def build(paths: list[str], share: float = SHARE) -> dict[str, dict[str, float]]:
    """{language: {term key: share}} of the terms and words in at least `share` of the distinct papers of these
    files."""
    from assistant.chains.digest.themes import _terms_en, _terms_zh

    seen: set[str] = set()
    counts = {"zh": Counter(), "en": Counter()}
    for paper in corpus_papers(paths):
        if paper.arxiv_id in seen:
            continue
        seen.add(paper.arxiv_id)
        words = _words(paper)
        counts["zh"].update(set(_terms_zh(paper)) | words["zh"])
        counts["en"].update(set(_terms_en(paper)) | words["en"])
    n = max(len(seen), 1)
    return {lang: {k: round(c / n, 4) for k, c in sorted(counter.items()) if c / n >= share}
            for lang, counter in counts.items()}


if __name__ == "__main__":
    table = build(sys.argv[1:])
    TABLE.write_text(json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print({lang: len(terms) for lang, terms in table.items()})
