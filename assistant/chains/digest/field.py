"""A field named by its label while its papers name its domain (issue 16, session 43): back off to the domain.

智慧能源, 智慧农业, 森林监测, 基础设施巡检, 'animal monitoring' name a field by a label: an AI word before the domain
(智慧 / 智能) or a task word of watching over it after the domain (监测 / 巡检 / 'monitoring' /
'inspection'). The field's papers seldom write the label: they write the domain ('forest disturbances', 'energy
management', 'crop segmentation', 'civil infrastructure') with another task word or none. Sessions 41-42's blind
groups: 智慧农业 empty (6 judged), 智慧能源 0 of 9, 森林监测 0 of 5, 'animal monitoring with computer vision' 0 of 4,
基础设施巡检 2 of 7, each read as the compound written whole.

When the compound as written is met by fewer than BACKOFF_MAX_MATCHES candidates, the digest reads it as its
domain (`domain_part`), a concept the paper must write as a word of its own (`Concept.kind_subject`: 森林 not inside a
longer word, an English form it has or learns) where it says what it is about; the papers so let in are held to the
stricter semantic check of a recall route (`select.Picked.routed`) against the topic as typed, and come after any
paper naming the compound. The digest's notes say the topic was read by its domain (`chain`).

The AI word alone is rightly no concept (智慧 'wisdom'), and the task word is read away only when the compound finds
(almost) nothing: 智能家居 ('smart home'), which its papers write, stays whole.
"""

from __future__ import annotations

import re

from assistant.chains.digest.common_terms import rare_in_papers
from assistant.chains.digest.lexical import PaperText, form_occurs
from assistant.chains.digest.term_table import table_term
from assistant.lang import has_chinese, jieba_segmenter, to_simplified

# a word of AI before the domain: 智慧能源, 智能电网. Not 'smart X' in English: 'smart contracts' (no candidate of the
# bench slice writes it) is no 'contracts' field; 'AI for X' is cut at 'for' before a concept is read
FIELD_AI_ZH = ("智慧", "智能")
# a task word of watching over the domain after it: 森林监测, 基础设施巡检, 'animal monitoring', 'bridge inspection'
FIELD_TASK_ZH = ("监测", "巡检", "监控")
FIELD_TASK_EN = ("monitoring", "inspection")
# the compound as written is met by fewer candidates than this: it finds (almost) nothing, so read its domain (the
# blind groups' 基础设施巡检: 2 candidates write it, 5 of its 7 judged papers write 'crack', 'infrastructure', 巡检 apart)
BACKOFF_MAX_MATCHES = 3
# the domain of a Chinese label: two to four characters (智能体 'agent' is no 智能 + a domain)
DOMAIN_CHARS_ZH = (2, 4)
# ... of an English label: one or two words
DOMAIN_WORDS_EN = 2


def domain_part(label: str) -> str | None:
    """The domain a field's label names (智慧能源 -> 能源, 森林监测 -> 森林, 'animal monitoring' -> 'animal'), or
    None when the label is no such field: no AI word before and no task word after, a domain of the wrong length, or
    one no narrow word (in 1 % of papers at large or more, `rare_in_papers`: 'runtime monitoring' is no field of
    'runtime', 智能优化 none of 优化)."""
    text = to_simplified(label).strip()
    if has_chinese(text):
        domain = _strip_zh(text)
        low, high = DOMAIN_CHARS_ZH
        if not domain or not low <= len(domain) <= high or not all(has_chinese(ch) for ch in domain):
            return None
    else:
        words = text.lower().replace("-", " ").split()
        if not 1 < len(words) <= DOMAIN_WORDS_EN + 1 or words[-1] not in FIELD_TASK_EN:
            return None
        domain = " ".join(words[:-1])
    return domain if rare_in_papers(domain) else None


def _strip_zh(text: str) -> str | None:
    """The Chinese label without its AI word before or its task word after (one of them, a jieba word of the label:
    not the 智能 of 智能体安全, the agent's, which jieba cuts 智能|体|安全), or None."""
    words = jieba_segmenter().lcut(text)
    if len(words) > 1 and words[0] in FIELD_AI_ZH and len(words[1]) > 1:  # (智能|体|安全: 智能体, the agent)
        return text[len(words[0]):]
    if len(words) > 1 and words[-1] in FIELD_TASK_ZH:
        return text[:-len(words[-1])]
    return None


def writes_domain(domain: str, text: PaperText) -> bool:
    """Whether the paper writes the domain as the topic typed it, in the field's sense: a Chinese domain starting a
    jieba word of the paper's Chinese sentences (title, TL;DR: 能源 of 能源管理, not of 可能源于) at least once not as the
    head of a longer term the corpus names (the word before it and it, a row of the term table: 随机|森林 'random
    forest', a classifier's name, not a forest); an English domain as words of an English sentence. The typed word, not its learned translation: 水质 learns
    'water' and 'animal' 动画 ('animation', a stem shared), which are other fields."""
    if not has_chinese(domain):
        return any(not has_chinese(s) and form_occurs(domain, s) for _, s in text.sentences)
    for _, sentence in text.sentences:
        if domain not in (simple := to_simplified(sentence)):
            continue
        before, at = {}, 0  # jieba word start offset -> the word before it
        previous = ""
        for word in jieba_segmenter().lcut(simple):
            before[at], previous, at = previous, word, at + len(word)
        if any(m.start() in before and table_term(before[m.start()] + domain) is None
               for m in re.finditer(re.escape(domain), simple)):
            return True
    return False


def backs_off(matches: int) -> bool:
    """Whether a field's compound, met by `matches` candidates as written, finds too little to be read whole."""
    return matches < BACKOFF_MAX_MATCHES
