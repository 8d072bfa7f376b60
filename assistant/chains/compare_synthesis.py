"""The cited synthesis of a comparison, checked half by half: each paper's evidence sentences scored against what
the question asks of it, which compared papers the model's answer left unanswered, and the quotes that complete them.

Split from compare.py (which finds the papers and builds the table) because the synthesis checks grew to half of it;
compare() calls these in order after the model's reply."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.chains.answer import Answer, Citation, answer_terms
from assistant.chains.answer_checks import NAME_ASKED_RE
from assistant.chains.evidence import Scored, score_sentences, select_evidence
from assistant.chains.sources import pack_evidence, pack_sources
from assistant.lang import has_chinese, tokenize
from assistant.llm import count_tokens
from assistant.types import Paper

# words shared with compare.py's naming of papers and asked parts
# a demonstrative names no paper: "MedDistractQA 那篇论文" is the MedDistractQA paper (那篇 = that one)
GENERIC_WORDS = set(tokenize("the a an this that study paper work benchmark method approach model framework system "
                             "研究 论文 工作 方法 框架 模型 系统 基准 文章")) | {
    "那篇", "这篇", "该篇", "那项", "这项", "该项", "那个", "这个", "那", "这", "该", "篇", "项", "个", "篇文章", "一篇"}

ASKING_WORDS = set(tokenize("how what which why where who whose does do did each both one two three they them their "
                            "respectively use uses used differ compare 如何 怎么 怎样 什么 哪些 分别 各自 两者 二者 它们 比较"))

NAME_TOKEN_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9\-]*(?![A-Za-z0-9])")


def name_tokens(text: str) -> set[str]:
    """The name-like words of a paper's name ('TAS-LoRA', 'KV', 'Transformer'): capitalised Latin words."""
    return {t.lower() for t in NAME_TOKEN_RE.findall(text) if any(c.isupper() for c in t) and len(t) >= 2}


def paper_evidence(question: str, papers: list[Paper], parts: dict[int, str], vectors,
                   prompts_dir: Path) -> dict[int, list[Scored]]:
    """Each paper's sentences scored against what the question asks of it (its own part, else the whole question)."""
    terms = answer_terms(prompts_dir)
    return {n: score_sentences(parts.get(n, question), [(n, p)], vectors, terms=terms) for n, p in enumerate(papers, 1)}


def synthesis_sources(question: str, papers: list[Paper], language: str, budget: int,
                      scored: dict[int, list[Scored]] | None):
    if scored is None:
        return pack_sources(papers, {}, language, budget)
    share = max(40, budget // len(papers))
    chosen = {n: [s.sentence for s in select_evidence(ranked, share, max_sentences=3, within=1.0)]
              for n, ranked in scored.items()}
    return pack_evidence(papers, chosen)


HALF_RUNNER_UP = 0.05  # a paper's second sentence is quoted too when it scores this close to its best
HALF_NAME_MARGIN = 0.1  # ... when it names a dataset or model that is asked
HALF_MARGIN = 0.05  # how far below a paper's best sentence one that names what is asked may score and still be quoted
HALF_ECHOED_TOP = 4  # how far down its ranking an echoed half's quote may be taken (see `_half_sentence`)


# how a sentence says by what means a paper does something: "… using residual-quantization k-means", "通过…", "利用…"
_MEANS_RE = re.compile(r"\b(?:using|uses|use[sd]?|by\s+\w+ing|through|via|based\s+on|leverag\w*|employ\w*|relies\s+on|"
                       r"combin\w*)\b|通过|利用|使用|采用|借助|基于|结合|依靠", re.IGNORECASE)
RESTATES_SHARE = 0.6  # a sentence holding this share of the asked part's words, and no means, says what was asked


def _means_for_how(ranked: list[Scored], asked: str, question: str, language: str | None) -> Scored | None:
    """For a half asking how a paper does something, when its best sentence restates the asked part without a means
    ("We present ContextRAG, a graph RAG system whose graph topology is constructed without LLM-based entity or
    relation extraction." for "How does ContextRAG derive its concept graph without LLM-based extraction"): the best of
    its next sentences (`HALF_ECHOED_TOP`) that says by what means and restates nothing, in the answer's language
    first ("ContextRAG derives a fuzzy concept graph … using residual-quantization k-means and Formal Concept
    Analysis …", not its Chinese 方法 sentence in an English answer). None when the best sentence answers."""
    from assistant.chains.evidence import method_asked

    if not ranked or not method_asked(asked):
        return None
    wanted = {t for t in tokenize(asked) if t not in ASKING_WORDS and t not in GENERIC_WORDS}
    if len(wanted) < 3:
        return None

    def restates(s: Scored) -> bool:
        return not _MEANS_RE.search(s.sentence) and len(wanted & set(tokenize(s.sentence))) >= RESTATES_SHARE * len(wanted)

    if not restates(ranked[0]):
        return None
    means = [s for s in ranked[1:HALF_ECHOED_TOP] if _MEANS_RE.search(s.sentence) and not restates(s)]
    if language is not None:
        means.sort(key=lambda s: has_chinese(s.sentence) != (language == "zh"))
    return means[0] if means else None


def _half_sentence(ranked: list[Scored], asked: str, question: str, own_names: set[str] | None = None,
                   language: str | None = None) -> Scored:
    """A paper's sentence for its half: its best scored one, unless one nearly as good (`HALF_MARGIN`) names what is
    asked: a dataset or model named beyond the question's own names when one is asked (TUMTraf's 'DriveX 2026 challenge'
    track, not its data-leak finding), or the paper by the name the asking part uses ("what does NaLA feed into the
    LLM": "NaLA encodes 3D scene boundaries … directly into the LLM", not the background on other layout agents).
    `own_names` (the paper's own name words, given when the model's half was the question's words without the asked
    thing): the best of its first sentences that names the paper itself ("we introduce CoCMT, an object-query-based
    collaboration framework …", not the motivation's "existing systems transmit intermediate feature maps, such as
    BEV", which is what the question already says)."""
    if own_names:
        naming = [s for s in ranked[:HALF_ECHOED_TOP] if own_names & name_tokens(s.sentence)]
        if naming:
            return naming[0]
    means = _means_for_how(ranked, asked, question, language)
    if means is not None:
        return means
    from assistant.chains.completion import lists_asked_parts

    if asked != question:
        # "那篇基准论文把它的细粒度任务分成了哪三个阶段": the sentence listing three stages, though its English scores below
        # the Chinese 方法 sentence on "19个细粒度任务" (h17-c-vcllm-veu)
        listing = [s for s in ranked[:HALF_ECHOED_TOP] if lists_asked_parts(s.sentence, asked)]
        if listing and not lists_asked_parts(ranked[0].sentence, asked):
            return listing[0]
    close = [s for s in ranked if s.score >= ranked[0].score - HALF_MARGIN]
    if NAME_ASKED_RE.search(asked):
        # the sentence naming the asked models may score further below (h16-c-boundaryrouter-hri: "使用GPT-4o和Phi-3
        # Vision模型的结果表明…" 0.43 against the task's 0.52)
        close = [s for s in ranked if s.score >= ranked[0].score - HALF_NAME_MARGIN]
        from assistant.number_labels import COMMON_ACRONYMS

        given = name_tokens(question) | COMMON_ACRONYMS
        # a name of the kind asked: not a metric's acronym (RMSE, PSNR of a results sentence answer no "什么模型"), nor
        # the field's plural ("使用了LLMs和VLMs" names no model the question did not: h16-c-boundaryrouter-hri)
        def names_some(s: Scored) -> bool:
            return any(not (t.isalpha() and t.isupper()) and t.lower() not in given
                       and t.lower().removesuffix("s") not in given
                       for t in NAME_TOKEN_RE.findall(s.sentence) if any(c.isupper() for c in t))

        # ... else among the paper's first sentences when its part alone is scored (h16-c-boundaryrouter-hri's "人机交互那篇
        # 又用了哪些模型做测试": 0.32, fourth, against "比较了四种…使用了LLMs和VLMs，并在…测试集上进行了测试" 0.48)
        first = ranked[:HALF_ECHOED_TOP] if asked != question else []
        # there, a model's name as models are written ("GPT-4o", "Phi-3", "LLaMA"), not a title's capitalised words
        naming = [s for s in close if names_some(s)] or [
            s for s in first if any(re.fullmatch(r"[A-Z][A-Za-z]*(?:\d|[A-Z])[\w\-.]*", t) and not t.isupper()
                                    and t.lower() not in given for t in NAME_TOKEN_RE.findall(s.sentence))]
        if naming:
            return naming[0]
    own = name_tokens(asked) if asked != question else set()
    if own:
        naming = [s for s in close if own & name_tokens(s.sentence)]
        if naming:
            return naming[0]
    return ranked[0]


def unanswered_halves(answer: Answer, papers: int, parts: dict[int, str], question: str, packed) -> set[int]:
    """The single answer's checks, paper by paper (`parts`: what the question asks of each, `parts_by_paper`): a paper
    whose part asks a value ("多少") or names ("哪些模型") and whose sentences (those citing it alone) state none has not
    been answered; those sentences are dropped and the
    paper's number returned, for `complete_halves` to quote its half. (Judged on the whole synthesis, "人机交互那篇又用了
    哪些模型" dropped BoundaryRouter's right half with the other's: h16-c-boundaryrouter-hri.) A synthesis left with
    no sentence is a refusal."""
    from assistant.chains.answer import REFUSALS
    from assistant.chains.answer_checks import NAMES_ASKED_RE, VALUE_ASKED_RE, _numbers_beyond, names_beyond
    from assistant.citations import CITATION_RE, split_sentences

    if answer.refused:
        return set()
    sentences = split_sentences(answer.answer)
    cites = [{int(x) for group in CITATION_RE.findall(s) for x in re.findall(r"\d+", group)} for s in sentences]
    unanswered: set[int] = set()
    for n in range(1, papers + 1):
        asked = parts.get(n, question)
        own = [s for s, c in zip(sentences, cites) if c == {n}]
        text = " ".join(own)
        if not own:
            continue
        if VALUE_ASKED_RE.search(asked) and not _numbers_beyond(text, asked, [packed.texts.get(n, "")]):
            reason = "a value was asked of this paper and its sentences state none"
        elif NAMES_ASKED_RE.search(asked) and not names_beyond(text, question):
            reason = "names were asked of this paper and its sentences name none"
        else:
            continue
        unanswered.add(n)
        answer.dropped.append({"sentence": text, "reason": reason})
    if not unanswered:
        return unanswered
    kept = [s for s, c in zip(sentences, cites) if not (c and c <= unanswered)]
    answer.answer = ""
    for sentence in kept:  # joined as the verifier joins: a space after Latin text, none after Chinese punctuation
        answer.answer += (" " if answer.answer and not re.search(r"[\u3000-\u303f\uff00-\uffef]$", answer.answer)
                          else "") + sentence
    left = {int(x) for group in CITATION_RE.findall(answer.answer) for x in re.findall(r"\d+", group)}
    answer.citations = [c for c in answer.citations if c.n in left]
    if not answer.answer.strip():
        answer.refused, answer.answer, answer.citations = True, REFUSALS[answer.language], []
    return unanswered


def complete_halves(answer: Answer, scored: dict[int, list[Scored]], parts: dict[int, str], question: str,
                    packed, names: dict[int, tuple[str, set[str]]] | None = None,
                    unanswered: set[int] | None = None) -> int:
    """Every compared paper gets its half: a paper the verified synthesis does not cite (the model never wrote its
    half, or the verifier dropped every sentence of it), or whose answer to its part was the question's own words
    without the asked thing (`names`: `compared_names`), is answered by its best evidence sentence for what the
    question asks of it, quoted and cited (the single answer's rescue, one paper at a time). Returns how many."""
    from assistant.chains.evidence import asks_quantity
    from assistant.chains.rescue import QUOTED
    from assistant.citations import CITATION_RE, ECHO_REASON, named_papers, parse_numbers, split_sentences

    cited = set() if answer.refused else {c.n for c in answer.citations}
    # "CoCMT exchanges between agents instead of … BEV representations" (h16-c-sbc-cocmt): CoCMT's half is unsaid
    echoed = {n for d in answer.dropped if d["reason"] == ECHO_REASON for n in named_papers(d["sentence"], names or {})}
    # ... unless a kept sentence names the paper ("MINARD grounds its narrations to figure regions [1]" after the
    # question's "MINARD generates narrated videos …" was dropped)
    echoed -= {n for sentence in split_sentences(answer.answer) for n in named_papers(sentence, names or {})}
    # ... or a kept "respectively" sentence cites it ("它们分别在 nuScenes 和 TUMTraf V2X 数据集上做实验[1][2]")
    echoed -= {int(x) for sentence in split_sentences(answer.answer) if re.search(r"\brespectively\b|分别|各自", sentence)
               for group in CITATION_RE.findall(sentence) for x in re.findall(r"\d+", group)}
    cited -= echoed | (unanswered or set())
    quotes = []
    for n, ranked in scored.items():
        if n in cited or not ranked:
            continue
        asked = parts.get(n, question)
        own = {w.lower() for w in names[n][1]} if names and n in echoed else None
        best = _half_sentence(ranked, asked, question, own, answer.language)
        if asks_quantity(asked) and not parse_numbers(best.sentence):
            continue  # a value was asked: a sentence without a number states none
        quotes.append(best)
        # a runner-up as close as the rescue's second quote, in the same language (not the best one's translation),
        # when the best scored sentence is quoted: BaltiVoice's TL;DR adds the corpus its method sentence fine-tuned on
        runner_up = ranked[1] if best is ranked[0] and len(ranked) > 1 else None
        if (runner_up is not None and runner_up.score >= best.score - HALF_RUNNER_UP
                and has_chinese(runner_up.sentence) == has_chinese(best.sentence)):
            quotes.append(runner_up)
    if not quotes:
        return 0
    from assistant.chains.completion import also_quote, quoted

    if answer.refused:
        answer.answer, answer.refused, answer.quoted = f"{QUOTED[answer.language]} {quoted(quotes)}", False, True
        answer.citations = []
    else:
        also_quote(answer, quotes)
    by_n = {c.n: c for c in packed.cards}
    halves = sorted({s.n for s in quotes})
    have = {c.n for c in answer.citations}
    answer.citations += [Citation(n=n, id=by_n[n].id, title=by_n[n].title, url=by_n[n].url) for n in halves
                         if n not in have]
    answer.citations.sort(key=lambda c: c.n)
    answer.completed_parts += len(halves)
    return len(halves)


def _asked_list(sentence: str, part: str) -> list[str]:
    """The things a sentence lists for a part asking a set number of them, when it lists that many and names what they
    are, in either language (`completion.lists_asked_parts`), or one more: an English list's last item may run on into
    the next clause ("the Abt-Buy, …, DBLP-ACM, and DBLP-Scholar benchmarks, and compare the performance of …")."""
    from assistant.chains.completion import _listed, enumeration_asked, lists_asked_parts
    from assistant.zh_en_dictionary import glossed, glosses

    asked = enumeration_asked(part)
    if asked is None or asked[0] < 2:
        return []
    items = _listed(sentence, asked[0])
    if lists_asked_parts(sentence, part):
        return items
    noun = set(tokenize(asked[1])) if asked[1] else set()
    words = set(tokenize(sentence))
    if len(items) == asked[0] + 1 and (noun | {g for w in noun for g in glosses(w)}) & (words | glossed(words)):
        return items[:-1]
    return []


def _after_colon(clause: str) -> list[str]:
    """The things a clause lists after its colon ("分成了三个阶段：识别、推理和 judging" -> 识别, 推理, judging)."""
    if not re.search(r"[:：]", clause):
        return []
    listed = re.split(r"[:：]", clause)[-1].strip(" 。.")
    items = [i.strip() for i in re.split(r"、|[,，]\s*(?:and\s+|or\s+)?|\s*(?:和|与|及|以及|或)\s*|\s+(?:and|or)\s+", listed)]
    return [i for i in items if i and len(i.split()) <= 4 and len(i) <= 30]


CUT_SHARE = 0.9  # a synthesis this close to its token limit that ends mid-sentence was cut by the limit
_ENDED_RE = re.compile(r"(?:[。.!?！？”’\"')）\]】*…]|NOT_FOUND)\s*$")


def mark_cut(raw: str, max_tokens: int | None, language: str) -> tuple[str, str]:
    """A synthesis the token limit cut mid-sentence ("…SMILE 方法专注于在 STAS 检测中引入尺度感知机制，而骨", "…ADR introduces the
    first large-scale, production-pro": delivered as they were, h10-c-smile-aml-method, h5-c-mcp-servers) ends its last
    sentence with an ellipsis, after dropping a last clause of a word or two; the rest of the sentence is checked as any
    claim (it may hold the asked fact: "…用对比奖励明确惩罚复述字面描述的回答来", h12-c-skelhcc-intentproj). Returns the text and
    what was cut."""
    text = raw.rstrip()
    if not max_tokens or not text or _ENDED_RE.search(text) or count_tokens(text) < CUT_SHARE * max_tokens:
        return raw, ""
    last = re.split(r"(?<=[。！？!?])|(?<=\.)\s+|\n", text)[-1]
    if last.strip() and last.strip() in text[: len(text) - len(last)]:
        return raw, ""  # the start of a sentence said before: a repeat the verifier drops
    head, comma, tail = last.rpartition("，") if "，" in last else last.rpartition(",")
    short = len(re.findall(r"[\u4e00-\u9fff]", tail)) < 6 and len(re.findall(r"[A-Za-z][\w\-]*", tail)) < 3
    cut = ""
    if comma and head.strip() and short:
        cut = tail.strip()
        text = text[: len(text) - len(last)] + head.rstrip()
    return text + ("……" if language == "zh" else "…"), cut or "…"


def complete_listings(answer: Answer, scored: dict[int, list[Scored]], parts: dict[int, str]) -> int:
    """A paper whose part asks for a set number of things ("那篇实体匹配论文在哪五个基准上评估") and whose own clauses list
    fewer ("…在Abt-Buy等五个基准上评估 [2]", the one benchmark its Chinese fields name) gets the sentence of its evidence
    that lists them, quoted after the answer in whichever language the paper lists them (names are the same in both:
    the other four are in its English abstract only, h18-c-ruverbench-em). Returns how many papers got one."""
    from assistant.chains.completion import _covered, _listed, also_quote, enumeration_asked
    from assistant.citations import CITATION_RE, cited_clauses, split_sentences
    from assistant.zh_en_dictionary import glossed

    if answer.refused:
        return 0
    clauses = [(clause, {int(x) for group in CITATION_RE.findall(clause) for x in re.findall(r"\d+", group)})
               for sentence in split_sentences(answer.answer) for clause, _ in cited_clauses(sentence)]
    quotes = []
    for n, part in sorted(parts.items()):
        asked = enumeration_asked(part)
        own = [CITATION_RE.sub("", clause) for clause, cites in clauses if cites == {n}]
        if asked is None or asked[0] < 2 or not own or any(len(_listed(c, asked[0])) >= asked[0]
                                                           or len(_after_colon(c)) >= asked[0] for c in own):
            continue  # nothing counted asked, no half of its own (quoted, or said of both), or the half lists them
        listing = next((s for s in scored.get(n, []) if _asked_list(s.sentence, part)), None)
        if listing is None or listing.sentence in answer.answer:
            continue
        tokens = set(tokenize(" ".join(own).replace("-", " ")))
        tokens |= glossed(tokens)  # "识别、推理和 judging" states "recognition, reasoning, and judging"
        if all(_covered(item, tokens, set(tokenize(part))) for item in _asked_list(listing.sentence, part)):
            continue
        quotes.append(listing)
    if quotes:
        also_quote(answer, quotes)
        answer.completed_parts += len(quotes)
    return len(quotes)
