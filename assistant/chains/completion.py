"""Completion of what an answer left out, by quoting the cited paper.

The 1.5B model often answers one part of a question and stops: one of two asked quantities, six of ten countries,
one of two compared papers, the first of three components. For each part left out, the completion appends the
cited paper's evidence sentence that states it ("The paper also says: …"), so that the answer is whole without
asking the model again. It only adds quotes; what the model said and the verifier kept is not changed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.chains.answer_checks import (
    _ASKING_WORDS,
    CALLED_ASKED_RE,
    NAMES_ASKED_RE,
    RESCUE_POOL,
    _words,
    asked_parts,
    carries_asked_label,
    distinctive_tokens,
    names_not_asked,
    names_the_metric,
)
from assistant.chains.evidence import (
    PART_LEAD_FOCUS,
    PLACES_ASKED_RE,
    QUESTION_WORDS,
    Scored,
    asks_quantity,
    places_named,
)
from assistant.citations import (
    CITATION_RE,
    count_words,
    exact_terms,
    number_supported,
    parse_numbers,
    words_counted,
)
from assistant.lang import has_chinese, tokenize
from assistant.number_labels import COMMON_ACRONYMS, asked_noun, counts, noun_spellings
from assistant.zh_en_dictionary import glossed, glosses

if TYPE_CHECKING:
    from assistant.chains.answer import Answer, _Plan


ALSO_QUOTED = {"zh": "论文原文还写道：", "en": "The paper also says:"}


def quoted(sentences: list[Scored]) -> str:
    """Evidence sentences as an answer quotes them: “…” [n], one after another."""
    return " ".join(f"“{s.sentence}” [{s.n}]" for s in sentences)


def also_quote(answer: Answer, sentences: list[Scored]) -> None:
    """Append the cited paper's sentences an answer left out, under the 'the paper also says' label."""
    answer.answer += " " + ALSO_QUOTED[answer.language] + " " + quoted(sentences)


def complete_parts(answer: Answer, plan: _Plan, question: str, metrics: list, terms: list) -> None:
    """A question that asks for two quantities ("how many accounts …, and what share …") often gets one: for
    each asked part the answer leaves out, quote the evidence sentence of the cited paper that states it (the
    part's metric or counted thing beside a number the answer does not give yet)."""
    cited = {c.n for c in answer.citations}
    stated = parse_numbers(answer.answer)
    additions = []
    for part in missing_parts(question, answer.answer, metrics, terms):
        best = best_for_part(part, plan, question, cited, stated, metrics, terms)
        if best is not None:
            additions.append(best)
            stated += parse_numbers(best.sentence)
    if not additions:
        return
    also_quote(answer, additions)
    answer.completed_parts = len(additions)


def complete_list(answer: Answer, plan: _Plan, question: str, places: list) -> None:
    """A "which countries / 哪些数据集" answer that names only some of what its cited paper's evidence lists (the
    1.5B model stopped after six of ten countries): quote the sentence that lists the rest."""
    if PLACES_ASKED_RE.search(question):
        def named(text: str) -> set[str]:
            return places_named(text, places)
    elif NAMES_ASKED_RE.search(question):
        def named(text: str) -> set[str]:
            return names_not_asked(text, question)
    else:
        return
    cited = {c.n for c in answer.citations}
    have = named(answer.answer)
    best: tuple[int, Scored] | None = None
    for s in plan.chosen + plan.evidence[:RESCUE_POOL]:
        extra = len(named(s.sentence) - have) if s.n in cited else 0
        if extra >= 2 and (best is None or extra > best[0]):
            best = (extra, s)
    if best is not None:
        s = best[1]
        also_quote(answer, [s])
        answer.completed_parts += 1


EACH_ASKED_RE = re.compile(r"分别|各自|两者|二者|三者|\b(?:each|both|respectively)\b|\bthe (?:two|three) (?:papers|works|"
                           r"studies|methods)\b", re.IGNORECASE)


# a sentence saying what a paper does ("In this work, we propose Mix-Quant …", "本文提出…")
PROPOSES_RE = re.compile(r"\bwe (?:[a-z]+ly |therefore |thus |then |also |further |first |here )?(?:propose|present|"
                         r"introduce|develop|design|apply|build|construct)|\b(?:this|the present) (?:paper|work|study) "
                         r"(?:propose|present|introduce|develop)s|本文提出|我们提出|提出了?(?:一种|一个|名为)|提出[A-Za-z]",
                         re.IGNORECASE)


def complete_each(answer: Answer, plan: _Plan, question: str) -> None:
    """A question about each of two or more papers ("Mix-Quant and the … memory value model …: what does each
    change?") whose answer says nothing of one of them on its own (its sentence was dropped; a sentence naming
    them all only restates the question): quote what that paper does, from its evidence."""
    if not EACH_ASKED_RE.search(question) or not answer.citations:
        return
    from assistant.citations import split_sentences

    cited_by_sentence = [{int(n) for g in CITATION_RE.findall(s) for n in re.split(r"[,，、]", g) if n.strip().isdigit()}
                         for s in split_sentences(answer.answer)]
    asked = {c.n for c in answer.citations} | {c.n for c in answer.sources if c.id in plan.named}
    if len(asked) < 2:
        return
    own = {n for cites in cited_by_sentence if len(cites & asked) == 1 for n in cites & asked}
    additions = []
    for n in sorted(asked - own):
        pool = [s for s in plan.evidence if s.n == n and s.sentence not in answer.answer]
        best = next((s for s in pool if PROPOSES_RE.search(s.sentence)), None)
        if best is not None:
            additions.append(best)
    if not additions:
        return
    also_quote(answer, additions)
    by_n = {c.n: c for c in answer.sources}
    have = {c.n for c in answer.citations}
    from assistant.chains.answer import Citation  # the chain's public type; answer.py imports this module

    answer.citations += [Citation(n=s.n, id=by_n[s.n].id, title=by_n[s.n].title, url=by_n[s.n].url)
                         for s in additions if s.n not in have]
    answer.completed_parts += len(additions)


def complete_asked_things(answer: Answer, plan: _Plan, question: str) -> None:
    """A question asking two things that are not values ("Whose portfolios does … reconstruct, and what predicts
    realised returns best?") answered on one only (the model's sentence on the other was dropped for a misread
    number, "1.16 billion (116 million) Ethereum accounts"): quote the cited paper's sentence holding most of the
    other part's own words ("… reconstruct cryptoasset portfolios for over 116M Ethereum accounts …"), when the
    answer uses few of them. Only a sentence in the answer's language is compared with the answer's words."""
    from assistant.chains.evidence import asked_parts as things_asked

    parts = things_asked(question)
    if asks_quantity(question) or not parts or not answer.citations or not plan.evidence:
        return
    if len(plan.evidence[0].part_focus) != len(parts):
        return
    cited = {c.n for c in answer.citations}
    said = _words(CITATION_RE.sub(" ", answer.answer))
    # the asking clause of each part: not the sentence describing the paper before it ("EBOD stops repeated false
    # positives … without retraining. Which prompt-based detector …")
    tokens = [_words(re.split(r"(?<=[.。!！])\s*(?=\S)", p)[-1]) - _ASKING_WORDS for p in parts]
    additions = []
    for k, part in enumerate(parts):
        own = tokens[k] - set().union(*(t for j, t in enumerate(tokens) if j != k))
        pool = [s for s in plan.evidence if s.n in cited and s.part_focus[k] >= PART_LEAD_FOCUS
                and has_chinese(s.sentence) == (answer.language == "zh")]
        if not pool or not own:
            continue
        lead = max(pool, key=lambda s: (s.part_focus[k], s.score))
        held = own & _words(lead.sentence)
        if lead.sentence in answer.answer or not held or len(held & said) * 2 >= len(held):
            continue
        additions.append(lead)
    if not additions:
        return
    also_quote(answer, additions)
    answer.completed_parts += len(additions)


_NAME_PART_RE = re.compile(r"(?<=[？?。.!！；;])\s*|[，,]\s*(?=(?:又|还|并且|以及)?(?:靠|用|是|and )?(?:什么|哪|what|which|how)\b)")
NAME_PART_COVER = 0.5  # the share of the name part's own words the quoted sentence must hold


def complete_name(answer: Answer, plan: _Plan, question: str) -> None:
    """A question asking what a thing is called answered by what it does ("它用反事实原型推理选择与病灶相关的图像块",
    asked "它用哪个组件选出与病灶相关的图像块", d26-l-easylens-tag): the model paraphrased the cited sentence and left its
    name out. When the answer names nothing the question did not, quote the cited paper's sentence that gives a name
    and holds most of the asking clause's own words ("2) EasyTag——通过反事实原型推理选择与病灶相关的图像块")."""
    if not answer.citations or not plan.evidence or names_not_asked(answer.answer, question) - COMMON_ACRONYMS:
        return
    asking = [(c, m) for c in _NAME_PART_RE.split(question) if c and (m := CALLED_ASKED_RE.search(c))]
    if not asking:
        return
    clause, match = asking[-1]
    own = _words(clause) - _ASKING_WORDS - _words(match.group(0)) - QUESTION_WORDS
    own = {t for t in own if not (len(t) == 1 and has_chinese(t))}
    if len(own) < 2:
        return
    cited = {c.n for c in answer.citations}
    pool = [(len(own & _words(s.sentence)), has_chinese(s.sentence) == (answer.language == "zh"), s.score, s)
            for s in plan.evidence
            if s.n in cited and names_not_asked(s.sentence, question) - COMMON_ACRONYMS
            and s.sentence not in answer.answer]
    pool = [row for row in pool if row[0] >= NAME_PART_COVER * len(own)]
    if not pool:
        return
    best = max(pool, key=lambda row: row[:3])[-1]
    also_quote(answer, [best])
    answer.completed_parts += 1


# "What are its two key components?", "Which three cues make up …?", "分成了哪几种状态", "由哪三个模块组成"
_ENUM_EN_RE = re.compile(r"\b(?:what|which)\b[^?？.]{0,60}?\b(?P<count>two|three|four|five|six)\s+(?:[\w\-]+\s+){0,2}?"
                         r"(?P<noun>[a-z]{3,}s)\b", re.IGNORECASE)


_ENUM_ZH_RE = re.compile(r"哪(?P<count>两|三|四|五|六|几)\s*(?:个|种|类|项|大|条|部分)?(?P<noun>[\u4e00-\u9fff]{0,2})")


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "几": 0}


# an item of a numbered list: "First, …", "Second, …", "1) …", "（2）…", "② …" (at the start, or after a colon)
_ORDINAL_RE = re.compile(r"(?:^|[:：]\s*)(?:(?P<word>first|second|third|fourth|fifth|sixth)\b,?|[（(]?(?P<digit>[1-6])[)）]"
                         r"|(?P<circled>[①②③④⑤⑥]))", re.IGNORECASE)


_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}


_ITEM = r"[A-Za-z][\w\-]*(?: [A-Za-z][\w\-]*){0,3}"


# three or more items with "and"/"or" before the last ("pose, face, and location cues"; "A, B and C")
_EN_LIST_RE = re.compile(rf"(?:{_ITEM}, ){{1,5}}(?:and |or ){_ITEM}|(?:{_ITEM}, ){{1,5}}{_ITEM} (?:and|or) {_ITEM}")


_ZH_LIST_RE = re.compile(r"[^，。；：:（）()、\s]{1,12}(?:、[^，。；：:（）()、\s]{1,12})+")


_LIST_STOP = {"a", "an", "the", "and", "or", "of", "its", "their", "with", "we", "that", "which", "this"}


# two items joined by and/和 ("in parameter count and multiply accumulate operations", "在参数数量和计算操作上"): a
# list only where the question asks for exactly two things
_EN_PAIR_RE = re.compile(r"\b[A-Za-z][\w\-]*(?: [A-Za-z][\w\-]*){0,2} and [A-Za-z][\w\-]*(?: [A-Za-z][\w\-]*){0,2}")
_ZH_PAIR_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,8}(?:和|与|及|以及)[\u4e00-\u9fffA-Za-z0-9]{2,8}")


# nouns that name no kind of thing ("在哪两方面", "in which two respects"; the verb of "由哪两部分组成" read as the
# noun): the listing sentence need not use them, but it must say what the question says of the two things (KV 变体 …
# 减少)
_GENERIC_NOUNS = frozenset({"方面", "组成", "构成", "包括", "包含", "aspects", "respects", "ways", "things", "areas",
                            "dimensions"})


def _pair_items(sentence: str) -> list[str]:
    match = _ZH_PAIR_RE.search(sentence) or _EN_PAIR_RE.search(sentence)
    return [i.strip() for i in re.split(r"和|与|以及|及|\s+and\s+", match.group(0)) if i.strip()] if match else []


def _listed(sentence: str, count: int) -> list[str]:
    """The items a sentence lists: its longest list, or a pair where exactly two things are asked."""
    return _list_items(sentence) or (_pair_items(sentence) if count == 2 else [])


def _says_what_is_asked(sentence: str, question: str) -> bool:
    """The sentence holds most of the asking clause's own words, in either language ("KV 变体在哪两方面有明显减少"
    <- "KV变体模型在参数数量和计算操作上显著减少": kv, 变体, 减少)."""
    clause = re.split(r"[，,;；]", question.strip(" ？?"))[-1]
    own = {t for t in tokenize(clause.replace("-", " ")) if t not in _ASKING_WORDS and t not in QUESTION_WORDS
           and t not in _GENERIC_NOUNS and not (len(t) == 1 and has_chinese(t))}
    words = set(tokenize(sentence.replace("-", " ")))
    words |= glossed(words)
    return bool(own) and len(own & words) * 2 >= len(own)


def enumeration_asked(question: str) -> tuple[int, str] | None:
    """(how many items, the listed noun) when the question asks for a set number of parts ("its two key
    components" -> (2, 'components'); "哪几种状态" -> (0, '状态'): several); else None."""
    match = _ENUM_EN_RE.search(question) or _ENUM_ZH_RE.search(question)
    return (_COUNTS[match.group("count").lower()], match.group("noun")) if match else None


def lists_asked_parts(sentence: str, question: str) -> bool:
    """The sentence lists as many things as the question asks for, and names what they are, in either language
    ("VEU-Bench encompasses 19 fine-grained tasks across three stages: recognition, reasoning, and judging" for
    "…分成了哪三个阶段")."""
    asked_enum = enumeration_asked(question)
    if asked_enum is None or not asked_enum[0]:
        return False
    count, noun = asked_enum
    noun_words = set(tokenize(noun)) if noun else set()
    noun_words |= {g for w in noun_words for g in glosses(w)}
    words = set(tokenize(sentence)) | glossed(set(tokenize(sentence)))
    return len(_listed(sentence, count)) == count and bool(noun_words & words)


def _ordinal(sentence: str) -> int:
    match = _ORDINAL_RE.search(sentence)
    if not match:
        return 0
    if match.group("word"):
        return _ORDINAL_WORDS[match.group("word").lower()]
    return int(match.group("digit")) if match.group("digit") else "①②③④⑤⑥".index(match.group("circled")) + 1


def _list_items(sentence: str) -> list[str]:
    """The items of the longest list the sentence writes ("pose, face, and location cues"; "姿态、面部、位置")."""
    lists = [m.group(0) for m in _ZH_LIST_RE.finditer(sentence)] + [m.group(0) for m in _EN_LIST_RE.finditer(sentence)]
    if not lists:
        return []
    longest = max(lists, key=lambda text: text.count("、") + text.count(", "))
    return [i.strip() for i in re.split(r"、|,\s*(?:and |or )?|\s+(?:and|or)\s+", longest) if i.strip()]


def _covered(item: str, answer_tokens: set[str], asked: set[str]) -> bool:
    """The answer states the item: half of its own words (not the question's), in either language."""
    own = {t for t in tokenize(item.replace("-", " ")) if t not in asked and t not in _LIST_STOP and not t.isdigit()}
    return not own or len(own & answer_tokens) * 2 >= len(own)


_EXAMPLES_RE = re.compile(r"[（(]\s*(?:如|例如|比如|譬如|e\.g\.,?|such as|including|for example)", re.IGNORECASE)


def complete_enumeration(answer: Answer, plan: _Plan, question: str) -> None:
    """A question asking for a set number of parts of one paper ("What are its two key components?", "Which three
    cues make up its Driving Cue Triplet?") whose answer leaves some out (the model listed them with invented
    explanations, which were dropped; or it stopped after the first): quote the cited paper's sentences that list
    them, the numbered items ("First, …", "Second, …"; "1) …", "2) …") or the sentence with the list ("pose, face,
    and location cues"), in the answer's language where the paper has them in it."""
    asked_enum = enumeration_asked(question)
    cited = {c.n for c in answer.citations}
    if asked_enum is None or len(cited) != 1:
        return
    count, noun = asked_enum
    n = next(iter(cited))
    pool = sorted((s for s in plan.evidence if s.n == n), key=lambda s: s.position)
    text = CITATION_RE.sub(" ", answer.answer)
    tokens = set(tokenize(text.replace("-", " ")))
    tokens |= glossed(tokens)
    asked = {t for t in tokenize(question.replace("-", " "))} | set(QUESTION_WORDS)
    want_zh = answer.language == "zh"
    groups: list[list[Scored]] = []  # numbered items, one run per section
    for section in dict.fromkeys(s.section for s in pool):
        run, expected = [], 1
        for s in (x for x in pool if x.section == section):
            if _ordinal(s.sentence) == expected:
                run.append(s)
                expected += 1
        if len(run) >= max(2, count) and (not count or len(run) == count):
            groups.append(run)
    noun_words = set(tokenize(noun)) if noun else set()
    noun_words |= {g for w in noun_words for g in glosses(w)}
    generic = noun in _GENERIC_NOUNS
    for s in pool:  # a sentence listing the parts, naming what they are
        items = _listed(s.sentence, count)
        words = set(tokenize(s.sentence)) | glossed(set(tokenize(s.sentence)))
        named = _says_what_is_asked(s.sentence, question) if generic else bool(noun_words & words)
        if len(items) >= max(2, count) and (not count or len(items) <= count + 1) and named:
            groups.append([s])
    # a sentence whose list is examples in brackets ("可兼容现有双分支方法（如GET和TextGCD）") lists no parts: h24-l-sdba-components
    # pasted it after the first of two asked components, and its two names counted as the list answered
    groups = [g for g in groups if len(g) > 1 or not _EXAMPLES_RE.search(g[0].sentence)]
    if not groups:
        return
    def exact(group: list[Scored]) -> bool:
        return len(group) > 1 or not count or len(_listed(group[0].sentence, count)) == count

    groups.sort(key=lambda g: (has_chinese(g[0].sentence) != want_zh, not exact(g), -max(s.score for s in g)))
    def items_of(group: list[Scored]) -> list[str]:
        return [s.sentence for s in group] if len(group) > 1 else _listed(group[0].sentence, count)

    # the answer already names the items of one listing sentence ("静态表情OLAT数据和野外肖像表演视频"): a
    # sentence pairing two other things ("逼真性和时间稳定性") is no missing part
    if any(all(_covered(item, tokens, asked) for item in items_of(group)) for group in groups):
        return
    chosen = groups[0]
    quotes = [s for s in chosen if s.sentence not in answer.answer
              and (len(chosen) == 1 or not _covered(s.sentence, tokens, asked))]
    if not quotes:
        return
    also_quote(answer, quotes)
    answer.completed_parts += len(quotes)


def best_for_part(part: str, plan: _Plan, question: str, cited: set[int], stated: list, metrics: list,
                  terms: list) -> Scored | None:
    """The cited papers' sentence that answers one asked part: it holds a number the answer does not give
    yet, carries the part's label, names the part's metric and exact terms, and shares the part's own words
    (either language); else the sentence the answer already rests on, when it holds a further number."""
    from assistant.chains.translate.glossary import term_occurs, used_spellings

    own = distinctive_tokens(part, question)
    spellings = [t for entry in used_spellings(part, terms) for t in entry]
    # the exact terms of the part's asking clause, not of the paper's description before it ("The paper on predicting
    # best-of-N inference-scaling gains …: how many features make up the stable core …")
    exact = [t.lower() for t in exact_terms(_asking(part)) if t.lower() not in COMMON_ACRONYMS]
    scored = []
    for s in plan.evidence:
        if s.n not in cited:
            continue
        # a count asked may be stated in words ("三个核心特征", "a strict three-feature core")
        numbers = parse_numbers(s.sentence) or (count_words(s.sentence) if asked_noun(part) else [])
        fresh = [n for n in numbers if not number_supported(n, stated)]
        if not fresh or not carries_asked_label(s.sentence, part, metrics, terms):
            continue
        if names_the_metric(s.sentence, part, metrics) is False or not all(t in s.sentence.lower() for t in exact):
            continue
        words = _words(s.sentence)
        overlap = len(own & words) + sum(term_occurs(t, s.sentence) for t in spellings if t.lower() not in own)
        source = any(number_supported(n, parse_numbers(s.sentence)) for n in stated)
        if overlap or source:
            scored.append((overlap + (0.5 if source else 0.0) + s.score, s))
    return max(scored, key=lambda pair: pair[0])[1] if scored else None


def _asking(part: str) -> str:
    """The clause of an asked part that asks, after the paper's description ("CVSBench is a benchmark for …. How many
    cross-view image groups …"; "The paper on predicting best-of-N … gains …: how many features …")."""
    return re.split(r"[:：]\s*|(?<=[.。!！?？])\s+", part)[-1]


def states_part(sentence: str, part: str, question: str, metrics: list, terms: list) -> bool:
    """Whether a sentence with a number states the asked part: it names the part's metric, or holds most of
    the asking clause's own words and, where it can tell, counts the part's counted thing."""
    named = names_the_metric(sentence, part, metrics)
    if named:
        return True
    own = distinctive_tokens(part, question) & _words(_asking(part))
    if (named is False and not own) or (own and len(own & _words(sentence)) * 2 < len(own)):
        return False
    noun = asked_noun(part)
    if noun and words_counted(sentence) & noun_spellings(noun, terms)[0]:
        return True  # "covers six languages"
    verdicts = [counts(n, sentence, noun, terms) for n in parse_numbers(sentence)] if noun else []
    return any(verdicts) if any(v is not None for v in verdicts) else True


def missing_parts(question: str, text: str, metrics: list, terms: list) -> list[str]:
    """The asked parts that no sentence of the answer with a number states."""
    from assistant.citations import split_sentences

    with_numbers = [s for s in split_sentences(text) if parse_numbers(s) or count_words(s)]  # "covers six languages"
    return [part for part in asked_parts(question)
            if not any(states_part(s, part, question, metrics, terms) for s in with_numbers)]
