"""One question router for every entry point (CLI `ask`/`chat`, API `/ask`, MCP, the Chat tab): a lookup, a
comparison, a digest request or a follow-up, and the session turn each one leaves behind."""

from __future__ import annotations

import re
from typing import Literal

from assistant.chains.answer import Answer, ChatSession, rewrite_followup
from assistant.chains.sources import SourceCard

Route = Literal["lookup", "compare", "digest", "followup"]

COMPARE_RE = re.compile(
    r"^\s*(?:please\s+)?(?:compare|contrast|比较|对比)|\b(?:vs\.?|versus)\s|difference(?:s)? between|"
    r"(?:和|与|跟).{1,60}?(?:的)?(?:区别|不同|异同|差异|有何不同|有什么不同)", re.IGNORECASE)
# "PARSE 和 AVIS 都是加速方法，它们分别加速什么任务？": two named methods asked about each in turn.
EACH_RE = re.compile(r"分别|各自|respectively|\beach\b|\bboth\b|\bthe two\b|两者|两篇|三篇|三者", re.IGNORECASE)
_NAME = r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9\-]{2,}(?![A-Za-z0-9])"
# a name may carry its gloss in brackets: "EBOD（基于样例的目标检测）和 LER-YOLO", "Turin3D (aerial LiDAR of Turin) and the
# TinyTrees …"
JOINED_NAMES_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9\-]{2,}(?![A-Za-z0-9])(?:\s*[（(][^（()）]{1,80}[)）])?\s*"
                             r"(?:,|，|、|和|与|跟|及|\band\b)\s*(?:the\s+)?[A-Z][A-Za-z0-9\-]{2,}(?![A-Za-z0-9])")
# each name may carry a description of its own: "AV-GAS, which generates images from …, and AVOC, which …"
DESCRIBED_NAMES_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9\-]{2,}(?![A-Za-z0-9])\s*,\s*(?:which|that|who|a|an)\s"
                                r"[^.?!;:]{1,100}?,\s*and\s+(?:the\s+)?[A-Z][A-Za-z0-9\-]{2,}(?![A-Za-z0-9])")
# "参赛系统 5ting 和推理时动态选择适配器的 ARIADNE": the second name after its description (…的 B)
DESCRIBED_SECOND_RE = re.compile(r"(?<![A-Za-z0-9\-])[A-Za-z0-9][\w\-]*[A-Za-z][\w\-]*\s*(?:和|与|跟)[^，,。？?；;]{1,30}?的\s*"
                                 r"[A-Z][A-Za-z0-9\-]{2,}(?![A-Za-z0-9])")
# "SMILE 和骨髓涂片急性髓系白血病诊断流水线这两篇医学图像论文": the question itself says it is about two (three) papers
COUNTED_PAPERS_RE = re.compile(r"(?:和|与|跟|及)[^。？?！!，,]{1,60}?(?:这|那)(?:两|三|二)(?:篇|项)[^。？?！!，,]{0,12}?"
                               r"(?:论文|研究|工作|文章)")
# "ALS 临床术语抽取研究和阿拉伯语句子分割研究…两者分别": two papers described, not named
JOINED_PAPERS_RE = re.compile(r"(?:研究|论文|工作)\s*(?:和|与|跟|及)\s*.{1,40}?(?:研究|论文|工作)|"
                              # "“Beyond Reward Engineering”那篇…论文和个性化对话框架 GRAG，分别…": a paper and a named one
                              r"(?:那篇|这篇|的)[^，,。？?]{0,20}?(?:研究|论文|工作)\s*(?:和|与|跟)[^，,。？?]{0,20}?"
                              r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9\-]{2,}(?![A-Za-z0-9])|"
                              r"\b(?:paper|study|work)\s+and\s+the\s+.{1,60}?\b(?:paper|study|work)\b|"
                              # "The DiffNet paper on document tampering localization and the paper on recognizing …"
                              r"\b(?:paper|study|work)\s+(?:on|about)\s+[^,.;?]{1,60}?\band\s+the\s+(?:paper|study|work)\s+"
                              r"(?:on|about)\b", re.IGNORECASE)
# "比较 Crosscoders 和 Diff-SAE 两种稀疏自编码器检测后门的研究中…": one paper that compares two methods
ONE_PAPER_COMPARING_RE = re.compile(r"的(?:研究|论文|工作|那篇)(?:中|里)|\b(?:in|from) (?:the|a) (?:paper|study|work) "
                                    r"(?:that )?compar", re.IGNORECASE)
# "比较多语言编码器与仅英语编码器初始化的那篇流式语音识别论文，…在哪个…测的？": the comparison names what the one paper
# ("the paper that compares A with B") compares; two papers are joined or counted instead ("…的论文和…的论文")
PAPER_THAT_COMPARES_RE = re.compile(r"^\s*(?:比较|对比)[^。？?！!]{1,80}?的(?:那|这|一)篇")
# "How do A and B differ …", "what do A and B have in common", "A 与 B 哪个…": comparison words that make two
# joined papers a comparison (on one paper, "how does FUSE differ from BM25" stays a lookup)
CONTRAST_RE = re.compile(r"\bdiffer(?:s|ed|ences?)?\b|\bdifferent\s*(?:[?？]|from\b)|\bin common\b|\bwhich of\b|"
                         r"\bwhich one\b|哪个|哪一个|哪篇|哪一篇|共同点|相同点|相似之处|异同|区别|差别|有何不同|有什么不同",
                         re.IGNORECASE)
# "Which is better, GCRank or HarmonRank?", "GCRank 还是 HarmonRank 更适合…": a choice between two named papers (a
# choice among things one paper uses asks "which datasets, A or B, does X use": a noun after which, not a verb)
CHOICE_RE = re.compile(r"\bwhich(?: one)? (?:is|was|does|did|performs|works|scores|gets|achieves|has|uses|needs)\b"
                       r"[^?？]{0,60}?" + _NAME + r"\s*,?\s*or\s+(?:the\s+)?" + _NAME + "|"
                       + _NAME + r"\s*(?:还是)\s*" + _NAME + r"[^，,。？?]{0,10}?(?:更|哪个|哪一个)", re.IGNORECASE)
# "How does the Amharic retrieval paper differ from the Twi translation paper …": two described papers
DESCRIBED_PAIR_RE = re.compile(r"\b(?:paper|study|work)\b.{0,40}?\b(?:differ\w* from|compare\w* (?:with|to|against)|"
                               r"vs\.?|versus)\s+the\s+.{1,60}?\b(?:paper|study|work)\b", re.IGNORECASE)
# "BoundaryRouter 和那篇测试 LLM/VLM 能否判断…的论文，都是…" (h16-c-boundaryrouter-hri): a named paper and one pointed at by
# its description ("that paper which tests …") are two papers, whatever is asked of them
NAMED_AND_DESCRIBED_RE = re.compile(_NAME + r"\s*(?:和|与|跟|及|以及)\s*(?:那|这)(?:篇|项)[^，,。？?！!；;]{1,60}?(?:论文|研究|工作|文章)|"
                                    r"(?:那|这)(?:篇|项)[^，,。？?！!；;]{1,60}?(?:论文|研究|工作|文章)\s*(?:和|与|跟|及|以及)\s*"
                                    + _NAME)
# "SoftBinary Coding is a neural compression paradigm and CoCMT is a collaborative perception framework …"
# (h16-c-sbc-cocmt): two names each said to be something, then asked about
_PAPER_NAME = _NAME + r"(?:\s+[A-Z][A-Za-z0-9\-]+){0,3}"
DEFINED_PAIR_RE = re.compile(r"(?P<a>" + _PAPER_NAME + r")\s+(?:is|was)\s+(?:a|an|the)\s+[^.?!;:]{1,100}?,?\s+and\s+"
                             r"(?:the\s+)?(?P<b>" + _PAPER_NAME + r")\s+(?:is|was)\s+(?:a|an|the)\s")
# "How does GCRank differ from HarmonRank?", "How does A compare with B": a comparison if B is a paper's own name (the
# chain checks it; "How does FUSE differ from BM25?" asks about FUSE, BM25 being no paper's name, and is answered)
DIFFER_FROM_RE = re.compile(r"\b(?:does|do|did|is|are)\s+(?:the\s+)?(?P<a>" + _NAME + r")\s+(?:\w+\s+)?"
                            r"(?:differ(?:s|ed)?\s+from|compare[sd]?\s+(?:with|to|against)|different\s+from)\s+"
                            r"(?:the\s+)?(?P<b>" + _NAME + ")")
DIGEST_RE = re.compile(r"简报|周报|日报|月报|\bdigests?\b|\bbriefing\b|\bnewsletter\b|\broundup\b", re.IGNORECASE)


def compares_if_named(question: str) -> bool:
    """A comparison only when each name is a paper's own ("How does A differ from B?" and no other comparison
    wording): the comparison chain checks the names against the papers' titles, else it is answered as a lookup."""
    return DIFFER_FROM_RE.search(question) is not None and route(question.replace(
        DIFFER_FROM_RE.search(question).group(0), "")) != "compare"


def route(question: str, session: ChatSession | None = None) -> Route:
    """What kind of turn `question` is. Comparisons and digest requests are recognised by their wording; a
    follow-up is a question that refers back to the last turn's papers ("那第二篇呢？", "what dataset did it use?")."""
    if ONE_PAPER_COMPARING_RE.search(question) or (
            PAPER_THAT_COMPARES_RE.search(question) and not JOINED_PAPERS_RE.search(question)
            and not COUNTED_PAPERS_RE.search(question)):
        pass  # a question about one paper, whatever it compares
    elif COMPARE_RE.search(question) or DESCRIBED_PAIR_RE.search(question) or CHOICE_RE.search(question) or \
            NAMED_AND_DESCRIBED_RE.search(question) or DEFINED_PAIR_RE.search(question) or \
            DIFFER_FROM_RE.search(question) or (
            (EACH_RE.search(question) or CONTRAST_RE.search(question))
            and (JOINED_NAMES_RE.search(question) or JOINED_PAPERS_RE.search(question)
                 or DESCRIBED_NAMES_RE.search(question) or COUNTED_PAPERS_RE.search(question)
                 or DESCRIBED_SECOND_RE.search(question))):
        return "compare"
    if DIGEST_RE.search(question):
        return "digest"
    if session is not None and session.turns and rewrite_followup(question, session)[1]:
        return "followup"
    return "lookup"


def comparison_turn(question: str, comparison) -> Answer:
    """The session turn a comparison leaves: its papers as the numbered sources and citations, in table order,
    so "the second one" / "那第二篇呢？" afterwards means the second compared paper."""
    cards = [SourceCard(n=c.n, id=c.id, title=c.title, url=c.url) for c in comparison.papers]
    return Answer(question=question, answer=comparison.synthesis or comparison.table_markdown,
                  language=comparison.language, citations=list(comparison.papers),
                  sources=cards, kind="compare")


def answer_turn(app, question: str, *, session: ChatSession | None = None, language: str | None = None) -> Answer:
    """One routed turn as an `Answer` (what the eval scores and a chat transcript shows): a comparison becomes
    its table and synthesis citing every compared paper. The caller keeps its own session; this does not add
    to it."""
    scratch = ChatSession(turns=list(session.turns)) if session is not None else None
    result = app.turn(question, session=scratch, language=language)
    if getattr(result, "kind", "") == "compare":
        turn = comparison_turn(question, result)
        turn.answer = (result.table_markdown + ("\n\n" + result.synthesis if result.synthesis else "")).strip()
        turn.error = result.error
        if result.synthesis_answer is not None:
            synthesis = result.synthesis_answer
            turn.prompt_tokens = synthesis.prompt_tokens
            turn.timings = result.timings
            # what the model wrote and what the verifier did with it, as for a single answer (the eval records them,
            # so a comparison's synthesis can be replayed without the model)
            turn.raw_answer, turn.dropped, turn.flagged = synthesis.raw_answer, synthesis.dropped, synthesis.flagged
            turn.quoted, turn.completed_parts = synthesis.quoted, synthesis.completed_parts
        return turn
    if getattr(result, "kind", "") == "digest":
        return Answer(question=question, answer=result.markdown, language=result.language, kind="digest")
    return result
