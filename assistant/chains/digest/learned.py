"""Other-language forms of a concept the glossary does not know, learned from the digest's candidates (issue 16).

The corpus mixes English abstracts with Chinese TL;DRs: a concept the topic writes in one language (法律, 遥感,
unlearning) is named by many candidates only in the other. The term most of the candidates naming the concept use,
and few others do, is learned (法律 -> legal); a Chinese concept rarely written in Chinese learns the English term the
embedder puts nearest it; a head merged into a known term (时间序列预测) is split off when the candidates show it is
a concept of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

from assistant.chains.digest.candidate_terms import (
    GLOSS_MIN_CHARS,
    TRANSLATE_MIN_PAPERS,
    dictionary_glosses,
    dictionary_words,
    en_terms,
    label_count,
    label_words,
    language_terms,
    term_words,
    word_glosses,
)
from assistant.chains.digest.common_terms import rare_in_papers
from assistant.chains.digest.concept import Concept
from assistant.chains.digest.lexical import (
    PaperText,
    defined_long_form,
    form_occurs,
    gloss_match,
    learned_occurs,
    lexical_field,
    stem_near,
)
from assistant.chains.digest.near_forms import near_forms
from assistant.chains.digest.readings import (
    aware_of,
    either_when_apart,
    kinds_of_modified,
    learned_object,
    modifier_is_point,
    phrase_apart,
    rare_phrase_apart,
    sense_of,
    whole_or_pieces,
    without_setting_word,
    written_whole,
)
from assistant.chains.digest.semantic import LEARNED_MIN_SIMILARITY, vector_cache
from assistant.chains.digest.term_table import table_row, table_term
from assistant.chains.digest.vocabulary import (
    GENERIC_ZH,
    _is_acronym,
    _stem_words,
    latin_stem_sequence,
)
from assistant.lang import STOP_WORDS_EN, has_chinese, jieba_segmenter, to_simplified
from assistant.zh_en_dictionary import dictionary_pieces

# ---------------------------------------------------------------- forms learned from the candidates
TRANSLATE_POOL = 120  # the best-ranked candidates the forms are learned from (jieba over each costs time)
TRANSLATE_RECALL = 0.5  # share of those candidates whose other-language text holds the learned term
TRANSLATE_PRECISION = 0.7  # share of the candidates holding the term that name the concept
# ... lower when a second signal says the term is the translation: the CC-CEDICT dictionary glosses the concept
# with it (`dictionary_glosses`), or most of the candidates naming the concept use it (recall >= TRANSLATE_RECALL_
# STRONG). Candidates that write the term in English often put a synonym in their Chinese TL;DR (遥感 / 卫星影像,
# 深度伪造检测 / AI生成图像检测), which costs precision, not meaning: 遥感 -> 'remote sensing' was 11 of 16 (0.69),
# 深度伪造检测 -> 'deepfake detection' 4 of 7 with 4 of the 5 naming candidates.
TRANSLATE_PRECISION_CONFIRMED = 0.5
TRANSLATE_RECALL_STRONG = 0.75
# An unknown Chinese concept that the candidates' Chinese text names too rarely to learn from (社会偏见 is in 2 TL;DRs of
# 2,521; 文档理解 in none) gets the English term of the candidates that the multilingual embedder puts nearest it, at
# cosine >= TRANSLATE_SIMILARITY: the term must hold a dictionary gloss of one of the concept's words (CC-CEDICT, a
# cheap filter: tens of terms embedded, not thousands), be used by TRANSLATE_TERM_PAPERS candidates or more, and have
# as many words (up to two). Measured on the judged papers of 2026-06-01..10 (all their title/abstract terms used
# twice, nearest first): 教育 -> education 0.93, 文档理解 -> document understanding 0.85 (next: document, 0.64),
# 社会偏见 -> social bias 0.79 (social 0.69), 遥感 -> remote sensing 0.80 (sensing 0.63); 奖励黑客 -> reward hacking is only
# 0.61 (that one is learned from the TL;DRs).
TRANSLATE_SIMILARITY = 0.7
TRANSLATE_TERM_PAPERS = 2
# ... lower when the dictionary confirms the term word by word: it holds a gloss of every word of the concept that
# has one, two words or more (session 24: 跨模态检索 -> 'cross-modal retrieval' is 0.69, holding 模态's 'modal' and
# 检索's 'retrieval'; 'multimodal retrieval', 0.59, holds no 'modal' and 'image retrieval', 0.43, no 'modal' either).
# When neither that nor the naming papers' own terms (`_aligned_term`) give one, a term the dictionary confirms word by
# word is taken at ALIGNED_SIMILARITY (session 33: 虚拟试衣 -> 'virtual try-on' is 0.63, holding 虚拟's 'virtual' and
# 试衣's 'try'; the candidates write no 虚拟试衣, and the three judged papers write 'virtual try-on', 试穿, 换装: session
# 32, the twenty-ninth group, blind, empty). Not before them: at 0.6 first, 时序推理 learned 'inference time' (time |
# infer) where the naming papers' own term is 'temporal reasoning' (invented topics, session 33).
TRANSLATE_SIMILARITY_CONFIRMED = 0.65


# A merged head ('越狱攻击' = 越狱 + 攻击) stays part of the known term when the candidates that name the term name the
# head (in Chinese or through its dictionary glosses) at least this many times as often as the other candidates do:
# then it is the term's own vocabulary (of the 120 candidates of 大语言模型的越狱攻击 on 2026-06-01..10, 8 of the 11
# that name 越狱/jailbreak name 攻击/attack, 12 of the other 109: 6.6x) and requiring it would only drop papers; a
# head the others name nearly as often says something the term does not, and is a concept of its own (时间序列预测:
# 12 of the 16 time-series candidates name 预测/forecast/predict, 36 of the other 104: 2.2x).
MERGE_LIFT = 3.0
# ... and when at least this share of the candidates that name the term name the head too: then the term implies the
# head (8 of the 11 jailbreak candidates say attack; 10 of the 28 privacy candidates say 保护 / protect, where the other
# 92 candidates say it 5 times). A head that few of the term's papers name, though the others name it even less, is a
# narrow thing within the term's field, and the topic asks for that thing (session 29: 安全护栏, guardrails; 8 of the 75
# candidates naming 安全 / safety name 护栏 / guardrail, 1 of the other 45; kept merged, the concept was matched by
# 'safety' alone and 16 of the 20 papers listed were LLM safety papers with no guardrail).
MERGE_SHARE = 0.25


def _split_merged(concepts: list[Concept], texts: list[PaperText]) -> list[Concept]:
    """A concept with a merged head (`Concept.merged`) becomes the known term and the head when the head is not the
    term's own vocabulary among the candidates (`MERGE_LIFT`: 时间序列预测 -> 时间序列 | 预测, while 越狱攻击 stays) or
    names a narrow part of the term's field (`MERGE_SHARE`: 安全护栏 -> 安全 | 护栏, the guardrail, not any safety)."""
    out = []
    for concept in concepts:
        if not concept.merged:
            out.append(concept)
            continue
        term_label, tail = concept.merged
        term = replace(concept, label=term_label, forms=tuple(f for f in concept.forms if f != concept.label),
                       merged=None, head=False)
        probe = Concept(label=tail, forms=(tail,), glossed=dictionary_glosses(tail))
        named = [lexical_field(term, t) is not None for t in texts]
        headed = [lexical_field(probe, t) is not None for t in texts]
        n, rest = sum(named), len(texts) - sum(named)
        if n < TRANSLATE_MIN_PAPERS or rest == 0:
            out.append(concept)
            continue
        with_term = sum(a and b for a, b in zip(named, headed)) / n
        without = sum(b and not a for a, b in zip(named, headed)) / rest
        if with_term >= MERGE_LIFT * without and with_term >= MERGE_SHARE:
            out.append(concept)
            continue
        # the head keeps the glosses it was tested with (a form learned later is added to them: the candidates
        # may prefer one sense, 'predict', where the topic means both, forecast / predict)
        head = Concept(label=tail, forms=(tail,), glossed=probe.glossed, head=concept.head or len(concepts) == 1)
        # Never the head alone: the candidates are retrieved for the whole topic, so nearly every one naming the head
        # names the term too, whatever the head is, and that cannot tell a narrow head (护栏) from a generic one
        # (联邦学习攻击 became 攻击 alone, glossed 'attack, charge': a jailbreak paper and an EV-charging paper were on
        # topic; session 29's review). GuardNet, a guardrail that never says safety, is the price.
        out += [term, head]
    return out


def translate_concepts(concepts: list[Concept], texts: list[PaperText], embedder=None) -> list[Concept]:
    """Concepts the glossary does not know (their forms all in one language) get the other language's form
    learned from the candidates: among the papers that name the concept (at least TRANSLATE_MIN_PAPERS), the
    term of the other language (word or two-word phrase) that most of them use and few others do
    (best F0.5, precision weighed more, with recall >= TRANSLATE_RECALL and precision >= TRANSLATE_PRECISION). Over 2026-06-01..10:
    法律 -> legal, 遥感 -> remote sensing, unlearning -> 遗忘. A learned English form matches by stems. A Chinese
    concept too few candidates name in Chinese learns the English term nearest it (`_nearest_term`) when an
    embedder is given."""
    texts = texts[:TRANSLATE_POOL]
    out = []
    concepts = [kinds_of_modified(c, texts, [o for o in concepts if o is not c]) if c.kinds else c for c in concepts]
    if len(concepts) == 1 and concepts[0].pieces:
        whole = translate_concepts([replace(concepts[0], pieces=())], texts, embedder)
        apart = whole_or_pieces(concepts[0], whole, texts)
        return translate_concepts(apart, texts, embedder) if apart else whole
    again = partial(translate_concepts, texts=texts, embedder=embedder)  # (the readings' `translate` step)
    concepts = aware_of(without_setting_word(concepts, texts, again), texts, again)
    for concept in phrase_apart(modifier_is_point(_split_merged(concepts, texts), texts), texts):
        if len(concept.apart) == 1:  # 'X学习': X when the candidates write X as a thing learned, else whole
            (obj,) = concept.apart
            out += translate_concepts([replace(obj, head=concept.head)] if learned_object(obj, texts) else
                                      [replace(concept, apart=())], texts, embedder)
            continue
        if concept.apart:  # a term of a modifier and a broad word (因果推理): whole when the candidates write it whole
            (whole,) = translate_concepts([replace(concept, apart=())], texts, embedder)
            # (counted as written: in Chinese or the learned phrase as one run, not its words near each other, the
            # alternative `rare_phrase_apart` adds: 'logic' within six words of 'reasoning' kept 逻辑推理 whole, and
            # the papers on logic that write the two further apart were lost; session 32's review, G1)
            if written_whole(whole, texts):
                out.append(whole)
            else:  # ... else its words, the last (the known one) the head if the term was (知识推理: 知识 · 推理;
                # 技能学习: 技能, `topic._learning_object`)
                *before, word = concept.apart
                apart = translate_concepts([*before, replace(word, head=concept.head)], texts, embedder)
                out += [sense_of(c, apart[:-1], texts) if n == len(apart) - 1 and c.label == word.label else c
                        for n, c in enumerate(apart)]
            continue
        if concept.alternatives:
            out.append(replace(concept, alternatives=tuple(translate_concepts(list(concept.alternatives), texts,
                                                                              embedder))))
            continue
        zh = [f for f in concept.forms if has_chinese(f)]
        en = [f for f in concept.forms if not has_chinese(f)]
        if (zh and en) or concept.required:
            out.append(concept)
            continue
        if zh and concept.glossed:  # (the dictionary's senses the candidates' Chinese writers do not write go)
            concept = written_senses(concept, texts)
        learned = _learn(concept, texts, to_en=bool(zh)) if len(texts) >= TRANSLATE_MIN_PAPERS else ()
        if learned and embedder is not None and _unrelated(concept, learned[0], embedder):
            learned = ()  # a collocate of the few candidates naming the concept, not its translation
        unknown = bool(zh) and not concept.glossed  # (a word the dictionary glosses keeps its glosses)
        if not learned and unknown and embedder is not None:
            nearest = _nearest_terms(concept, texts, embedder)  # (scanned once, read at two floors)
            learned = _pick_nearest(nearest, TRANSLATE_SIMILARITY_CONFIRMED) or \
                _aligned_term(concept, texts, embedder, to_en=True) or _pick_nearest(nearest, ALIGNED_SIMILARITY)
            learned = _table_over_embedder(concept, texts, embedder, learned)
        if not learned and zh and (unknown or len(concept.glossed) >= 2):  # the corpus's term when the candidates
            # and the embedder teach nothing (a compound glossed word by word too: 时间 'time' | 推理 'reason' is not
            # 'temporal reasoning'; a word's own glosses are its translations, 意识 'awareness, consciousness')
            learned = _table_terms(concept, texts, embedder)
        if not learned and unknown and embedder is not None:
            if not concept.context and (paired := _head_pair_terms(concept, texts)):
                out.append(paired)  # (adjacent words by construction: not read apart, `rare_phrase_apart`)
                continue
            if not concept.context and (glossed := _unwritten_glosses(concept, texts)):
                out.append(replace(concept, glossed=glossed))
                continue
        if not learned and en and concept.loose and embedder is not None:
            learned = _aligned_term(concept, texts, embedder, to_en=False)
        # Only a head split off a known term keeps dictionary glosses (`_split_merged`). Glossing every unknown
        # Chinese concept that learns nothing was measured and rejected (bench/RESULTS.md, digest topics): 遥感 ->
        # remote + sensing listed 3 off-topic papers of 6 for 遥感图像分割, 奖励黑客 -> reward + hacker 4 of 8.
        english = ([concept.label] if en and concept.loose else []) + [f for f in learned if not has_chinese(f)]
        learned += tuple(a for a in _acronyms(english, texts) if a not in learned)
        learned_concept = replace(concept, learned=learned) if learned else concept
        out.append(rare_phrase_apart(learned_concept, texts) if zh and not en else learned_concept)
    return either_when_apart(out, texts, embedder)


def _table_terms(concept: Concept, texts: list[PaperText], embedder=None) -> tuple[str, ...]:
    """The English the corpus term table learned for a Chinese concept (`term_table.table_term`) that the candidates
    teach nothing: the papers of the whole corpus that write 小样本 write 'few-shot', those that write 时间推理 'temporal
    reasoning', while the digest's candidates write neither Chinese word three times (session 41's forty-seventh group:
    小样本学习 and 主动感知 empty, no candidate writing them). It passes the checks a term learned from the candidates
    passes: near the concept in the embedder (`_unrelated`), and written in the word's sense by the candidates that
    write the word (`_in_sense`)."""
    term = table_term(concept.label) or _learning_field(concept.label)
    if term is None or (embedder is not None and _unrelated(concept, term, embedder)):
        return ()
    holding = _holding(term, texts)
    return (term,) if holding is not None and _in_sense(holding, _writing(concept.label, texts)) else ()


def _holding(term: str, texts: list[PaperText]) -> list[bool] | None:
    """Which candidates write an English term (its longest `en_terms` key), or None when it has no key."""
    key = max(en_terms(term), key=len, default=())
    return [key in language_terms(t, True) for t in texts] if key else None


def _table_over_embedder(concept: Concept, texts: list[PaperText], embedder, learned: tuple[str, ...]
                         ) -> tuple[str, ...]:
    """The corpus table's term (`_table_terms`, a row that translates the label both ways, `_translation_row`) in place
    of the term the embedder found for an unknown Chinese concept, when more candidates write it, and at least
    TRANSLATE_MIN_PAPERS do: the embedder's term may be a junk pair one candidate writes, nearer the label than the
    right term by a hair (大模型的时间推理, the blind forty-seventh group: 'contextualized time', one writer, cosine
    0.656, over the table's 'temporal reasoning', three writers, 0.648; 谄媚行为: 'undesired behavior', one writer, over
    'sycophancy', twelve). Not when the embedder's term is written as
    much or more: 自我进化 keeps 'self-evolving' (25 writers) over the table's 'self-evolution' (12), 热红外 'infrared'
    (8) over 'thermal infrared' (1). Read before the table was read first for every concept: that cost three studied
    digests (session42-dev42a README)."""
    if not learned or not _translation_row(concept.label):
        return learned
    table = _table_terms(concept, texts, embedder)
    if not table or table[0] == learned[0]:
        return learned
    written = _writers(table[0], texts)
    return table if written >= TRANSLATE_MIN_PAPERS and written > _writers(learned[0], texts) else learned


# A row of the table that translates its Chinese term both ways (`_translation_row`): most papers writing the Chinese
# write the English, and a fair share of those writing the English write this Chinese. Measured on review42's
# regression topics: the rows that replaced a right term with a broader word fall short: 量化 'quantify' (recall
# 0.45: 量化评估 4 -> 15 listed), 小模型 'smaller' (0.60, precision 0.11), 记忆化 'memorization' (precision 0.12: two
# unlearning papers of four listed); the rows that fixed a digest pass: 时间推理 'temporal reasoning' 0.83 / 0.35,
# 谄媚行为 'sycophancy' 0.89 / 0.28, 电商 'e-commerce' 0.92 / 0.44
ROW_RECALL_TRANSLATION = 0.8
ROW_PRECISION_TRANSLATION = 0.2


def _translation_row(label: str) -> bool:
    """The concept's whole label has a row of the table that translates it both ways (ROW_RECALL_TRANSLATION,
    ROW_PRECISION_TRANSLATION): not X's row of 'X学习' (协作学习 -> 'collaborative', 社会学习 -> 'social' listed any
    collaborative or social paper), not a collocate."""
    row = table_row(label)
    return bool(row) and row[2] >= ROW_RECALL_TRANSLATION and row[3] >= ROW_PRECISION_TRANSLATION


def _writers(term: str, texts: list[PaperText]) -> int:
    """How many candidates write an English term (`_holding`, as `_table_terms` reads it)."""
    return sum(_holding(term, texts) or ())


LEARNING = "学习"  # 'learning': a field named 'X学习' is named by X's English ('few-shot', 'one-shot'), `_learning_field`


def _learning_field(label: str) -> str | None:
    """The table's English of X for a Chinese 'X学习' the table lacks whole (X of two characters or more): the corpus
    writes 小样本 (21 papers, 'few-shot') and 少样本, and too few papers write 小样本学习 to learn it whole; its papers
    write 'few-shot' with what is learned ('few-shot class-incremental learning', 'few-shot segmentation')."""
    simple = to_simplified(label).strip()
    return table_term(simple[:-len(LEARNING)]) if simple.endswith(LEARNING) and len(simple) >= len(LEARNING) + 2 \
        else None


def near_written(concepts: list[Concept], texts: list[PaperText], embedder=None) -> list[Concept]:
    """The topic's concepts (as `translate_concepts` left them), each that the glossaries do not know (its forms in one
    language), that learned no form and that fewer than TRANSLATE_MIN_PAPERS candidates name with the forms the
    candidates nearest it write (`near_forms.near_forms`: 社会困境 -> 'social dilemma') and the acronyms they define for
    those. Once, for the concepts the digest uses: `translate_concepts` also reads concepts it only probes (whether a
    setting word's noun is written whole, `without_setting_word`), and a form learned there decided the probe."""
    texts = texts[:TRANSLATE_POOL]
    if embedder is None or len(texts) < TRANSLATE_MIN_PAPERS:
        return concepts
    out = []
    for concept in concepts:
        if concept.learned or concept.required or concept.alternatives or concept.in_both_languages or \
                sum(lexical_field(concept, t) is not None for t in texts) >= TRANSLATE_MIN_PAPERS:
            out.append(concept)
            continue
        forms = near_forms(concept, texts, embedder, [o for o in concepts if o.label != concept.label])
        forms += tuple(a for a in _acronyms([f for f in forms if not has_chinese(f)], texts) if a not in forms)
        out.append(replace(concept, learned=forms) if forms else concept)
    return out


def _unrelated(concept: Concept, term: str, embedder) -> bool:
    """The learned term is no nearer the concept, in the embedder, than a random term (LEARNED_MIN_SIMILARITY)."""
    cache = vector_cache(embedder)
    return float(cache([concept.label])[0] @ cache([term])[0]) < LEARNED_MIN_SIMILARITY


# An acronym the candidates define for a concept's English phrase ('Theory of Mind (ToM)', 'physics-informed neural
# networks (PINNs)'): three characters or more (two-letter ones are too ambiguous: SD is speculative decoding and
# Stable Diffusion), defined so by TRANSLATE_TERM_PAPERS candidates or more, and used mostly by candidates that name
# the phrase (TRANSLATE_PRECISION). Papers that name the concept by its acronym only ('Critical evaluation of PINN')
# were missed.
_PAREN_RE = re.compile(r"\(\s*([A-Za-z][A-Za-z0-9\-]{2,11})\s*\)")


def _acronyms(phrases: list[str], texts: list[PaperText]) -> tuple[str, ...]:
    """The acronyms the candidates define for one of the phrases (see `_PAREN_RE`), most used first."""
    wanted = [seq for seq in (latin_stem_sequence(p) for p in phrases) if len(seq) >= 2]
    if not wanted:
        return ()
    defined: dict[str, int] = {}
    for t in texts:
        found = set()
        for _, sentence in t.sentences:
            for m in _PAREN_RE.finditer(sentence):
                acronym = m.group(1)
                if acronym.endswith("s") and _is_acronym(acronym[:-1]):
                    acronym = acronym[:-1]
                if len(acronym) < 3 or not _is_acronym(acronym) or not acronym[0].isupper():
                    continue
                letters = [c.lower() for c in acronym if c.isupper()]
                words = [w for w in re.findall(r"[A-Za-z0-9]+", sentence[:m.start()]) if w.lower() not in STOP_WORDS_EN]
                words = words[-len(letters):]
                if len(words) != len(letters) or [w[0].lower() for w in words] != letters:
                    continue
                have = latin_stem_sequence(" ".join(words))
                if any(have[i:i + len(seq)] == seq for seq in wanted for i in range(len(have) - len(seq) + 1)):
                    found.add(acronym)
        for acronym in found:
            defined[acronym] = defined.get(acronym, 0) + 1
    out = []
    for acronym, n in sorted(defined.items(), key=lambda x: -x[1]):
        if n < TRANSLATE_TERM_PAPERS:
            continue
        users = [t for t in texts if any(form_occurs(acronym, s) for _, s in t.sentences)]
        naming = sum(any(learned_occurs(p, s) for p in phrases for _, s in t.sentences) for t in users)
        if users and naming / len(users) >= TRANSLATE_PRECISION:
            out.append(acronym)
    return tuple(out)


# A term learned for a Chinese compound translates only one of its words when at least this share of the candidates
# that write that word without the compound use the term too (`_one_word_term`)
ONE_WORD_SHARE = 0.5


def _one_word_term(key: tuple[str, ...], word_papers: tuple[set[str], list[list[PaperText]]]) -> bool:
    """An English term (its stems) that translates one word of a Chinese compound, not the compound: at least
    ONE_WORD_SHARE of the candidates (TRANSLATE_MIN_PAPERS or more) that write one of its dictionary words
    (`label_words`) in Chinese but not the compound write the term too. 点云配准 (point cloud registration) learned
    'point cloud', which every point-cloud paper writes: 19 matching, one on registration (session 32's review, G2);
    'cloud registration' is written by the registration paper and by no other point-cloud paper. The dictionary cannot
    say it (CC-CEDICT glosses neither 点云 nor 配准); what the candidates write does. A compound's own term is rare
    among the papers naming one word without it ('satellite communication' among the satellite-imagery papers).
    Never a term that holds a gloss of the compound's head (its last word) and that half the candidates writing the
    compound write too (or fewer than TRANSLATE_MIN_PAPERS write it): 'spatial reasoning' holds 推理's 'reason', and
    the papers writing 空间 without 空间推理 (空间理解, 空间智能 …) write it too, being on the same subject (the review
    of 27ce685: 多模态大模型的空间推理能力 lost 'spatial reasoning' and learned 'latent space', 18 -> 2 matching). The
    head's gloss alone is no licence: 自然语言推理 learned 'language-based reasoning' (session 33's review, A5: 1 of 7
    listed on topic), which its own candidates, writing 'natural language inference' and NLI, do not write."""
    head, papers, whole = word_papers
    if any(stem_near(g, set(key)) for g in head) and (
            len(whole) < TRANSLATE_MIN_PAPERS or
            sum(key in language_terms(t, True) for t in whole) >= ONE_WORD_SHARE * len(whole)):
        return False
    return any(len(others) >= TRANSLATE_MIN_PAPERS and
               sum(key in language_terms(t, True) for t in others) >= ONE_WORD_SHARE * len(others)
               for others in papers)


def _word_papers(label: str, texts: list[PaperText]) -> tuple[set[str], list[list[PaperText]], list[PaperText]]:
    """The gloss stems of a Chinese compound's head (its last dictionary word, `label_words`) and, for each of its
    words (two or more), the candidates that write it in Chinese but not the compound, and those that write the
    compound; (set(), [], []) for one word."""
    words = label_words(label, tiled=False)
    whole = to_simplified(label)
    if len(words) < 2 or not has_chinese(label):
        return set(), [], []
    chinese = [re.sub(r"\s+", "", "".join(s for s in t.flat() if has_chinese(s))) for t in texts]
    return word_glosses(words[-1]), [[t for t, zh in zip(texts, chinese) if word in zh and whole not in zh]
                                      for word in words], [t for t, zh in zip(texts, chinese) if whole in zh]


def _nearest_term(concept: Concept, texts: list[PaperText], embedder,
                  confirmed_floor: float = TRANSLATE_SIMILARITY_CONFIRMED) -> tuple[str, ...]:
    """The candidates' English term nearest an unknown Chinese concept in the embedder (see TRANSLATE_SIMILARITY),
    or a term the dictionary confirms word by word at `confirmed_floor` or more, or ()."""
    return _pick_nearest(_nearest_terms(concept, texts, embedder), confirmed_floor)


def _pick_nearest(nearest: list[tuple[str, float, bool]], confirmed_floor: float) -> tuple[str, ...]:
    """Of the terms `_nearest_terms` found: the nearest, at TRANSLATE_SIMILARITY or more, else the nearest the
    dictionary confirms word by word, at `confirmed_floor` or more, else ()."""
    if not nearest:
        return ()
    term, sim, _ = max(nearest, key=lambda x: x[1])
    if sim >= TRANSLATE_SIMILARITY:
        return (term,)
    term, sim, _ = max((x for x in nearest if x[2]), key=lambda x: x[1], default=("", 0.0, False))
    return (term,) if term and sim >= confirmed_floor else ()


def _nearest_terms(concept: Concept, texts: list[PaperText], embedder) -> list[tuple[str, float, bool]]:
    """The candidates' English terms that may translate an unknown Chinese concept, each with its cosine to the
    concept's label and whether the dictionary confirms it word by word (it holds a gloss of every word of a concept of
    two words or more): scanned once, read at two floors (`_pick_nearest`). The cosine stays the embedder's own
    (float32): converted, a term at a floor could fall on the other side of it."""
    words = label_words(concept.label, tiled=False)  # (卫星通信: 卫星 | 通信, whose head is 通信)
    glosses = [word_glosses(w) for w in words]
    stems = set().union(*glosses)
    if not stems:
        return []
    # a Chinese compound ends in its head ('估计' of 人体姿态估计): a term of two words or more must hold its sense, not
    # only a modifier's (session 23: 'human evaluation', through 人体's 'human', was the term nearest 人体姿态估计), and
    # in its last word, where an English compound has its head too (时间推理 learned 'inference time', 时间 'time' |
    # 推理 'to infer', a time and no reasoning: session 33's review; 'temporal reasoning' ends in it)
    head = glosses[-1] if len(words) >= 2 else set()
    want = min(2, label_count(concept.label))
    papers: dict[tuple[str, ...], int] = {}
    surface: dict[tuple[str, ...], str] = {}
    for t in texts:
        for key, form in language_terms(t, True).items():
            if any(stem_near(g, set(key)) for g in stems) and (not head or any(stem_near(g, {key[-1]}) for g in head)):
                papers[key] = papers.get(key, 0) + 1
                if len(form) < len(surface.get(key, form + "x")):
                    surface[key] = form
    keys = [k for k, n in papers.items() if n >= TRANSLATE_TERM_PAPERS and term_words(surface[k]) >= want
            and not _is_acronym(surface[k])]
    if keys:
        word_papers = _word_papers(concept.label, texts)
        keys = [k for k in keys if not _one_word_term(k, word_papers) and not _leaves_out_unglossed(k, words, glosses)]
    if not keys:
        return []
    per_word = [g for g in glosses if g]
    terms = [surface[k] for k in keys]
    cache = vector_cache(embedder)
    sims = cache(terms) @ cache([concept.label])[0]
    return [(terms[n], sims[n], len(per_word) >= 2 and
             all(any(stem_near(g, set(k)) for g in group) for group in per_word)) for n, k in enumerate(keys)]


def _leaves_out_unglossed(key: tuple[str, ...], words: list[str], glosses: list[set[str]]) -> bool:
    """Whether a candidate term (its stems) says only the words of a Chinese compound the dictionary glosses, while
    the compound holds a word of two characters or more it does not gloss (携能 of 无线携能通信, carrying energy): the
    term leaves out that word, often the one that makes the topic. Session 38's blind forty-first group: 无线携能通信
    learned 'wireless communication' (无线 'wireless' | 携能 | 通信 'communication', near in the embedder), and the
    antenna and metasurface papers it listed were all off topic; its four judged papers write 'simultaneous wireless
    information and power transfer', 'wireless power transfer', 'integrated data and energy transfer'."""
    unglossed = [w for w, g in zip(words, glosses) if not g and len(w) >= 2 and w not in GENERIC_ZH]
    known = set().union(*glosses)
    return bool(unglossed) and all(any(stem_near(g, {k}) for g in known) for k in key)


def _unwritten_glosses(concept: Concept, texts: list[PaperText]) -> tuple[frozenset[str], ...]:
    """The dictionary glosses of each word of an unknown Chinese compound that fewer than TRANSLATE_MIN_PAPERS
    candidates write and that learns no English (`dictionary_glosses`: an English sentence names it when it holds a
    gloss of every word, `Concept.glossed`), or (): 无悔学习 (no-regret learning) is in no TL;DR of the slice, the
    embedder finds no English term near it, and kept as written the digest of 博弈中的无悔学习 was empty (session 33, the
    thirty-first group, blind: its six judged papers write 'no-regret learners', 'no-swap-regret dynamics',
    'external-regret minimisers' and learning agents, 无悔 'to have no regrets' | 学习 'to learn'). Only a compound
    of two dictionary words or more, every character of it in one of them (热红外 is 热 | 红外, and the one character
    the dictionary leaves unglossed, 热 'thermal', is no optional word: 'infrared' alone is any near-infrared camera),
    one of them narrow (in under 1 % of papers at large, `rare_in_papers`: 无悔): glossed word by word, a compound of
    broad words (社会学习: 'social' | 'learn') is in any paper, and glossing every unknown concept that learned nothing
    was measured and rejected before (session 17: 遥感 -> remote + sensing listed 3 off-topic papers of 6)."""
    label = to_simplified(concept.label)
    words = [w for w in jieba_segmenter().lcut(label) if w.strip()]
    if any(len(w) < 2 and w not in GENERIC_ZH for w in words) or len(texts) < TRANSLATE_MIN_PAPERS:
        return ()

    content = [w for w in dictionary_words(words) if len(w) >= 2 and w not in GENERIC_ZH]
    glossed = dictionary_glosses(label)
    if len(glossed) < 2 or len(glossed) != len(content) or not any(rare_in_papers(w) for w in content) or \
            sum(lexical_field(concept, t) is not None for t in texts) >= TRANSLATE_MIN_PAPERS:
        return ()
    # no function word of a sense ('about', 'think' of 遗忘 'to forget about'), and a narrow word only by its narrow
    # glosses (联邦 'federal' / 'union' / 'state': 'state' is any paper's; review34 Z2: 联邦遗忘 matched 'We state
    # results about graphs and think about them')
    out = []
    for word, group in zip(content, glossed):
        if rare_in_papers(word) and (phrase := _phrase_sense(word)):
            out += phrase  # (歌声 'singing voice': sing and voice, not either)
            continue
        kept = frozenset(g for g in group if g not in STOP_WORDS_EN and g not in _GLOSS_NOISE and
                         (not rare_in_papers(word) or rare_in_papers(g)))
        if not kept:
            return ()
        out.append(kept)
    return tuple(out)


def _phrase_sense(word: str) -> list[frozenset[str]]:
    """The gloss groups of a narrow Chinese word that CC-CEDICT glosses by phrases only (no sense of one word): its
    first sense's content words, each a group of its own, every one narrow at large (`rare_in_papers`; a broad one is
    left out, 'long' of 长尾 'the long tail'), or [] (a word with a one-word sense, or no narrow word in its first
    sense). 歌声 'singing voice; fig. original voice of a poet' is a singing voice, not any voice nor any poet: glossed
    by each word of every sense as alternatives, 歌声合成 was named by 'synthetic ... voice' of an ASR paper and by a
    'compositional' 3D scene and 'Cinematic Triple-Shot Compositions' (review34 Z2; the slice has no singing paper)."""
    from assistant.zh_en_dictionary import senses

    pieces = [re.sub(r"^\s*to\s+", "", p).strip() for s in senses(word) for p in re.sub(r"\([^)]*\)", " ", s).split(";")]
    pieces = [p for p in pieces if p]
    if not pieces or any(re.fullmatch(r"[A-Za-z][A-Za-z\-]*", p) for p in pieces):
        return []
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z\-]*", pieces[0]) if w.lower() not in STOP_WORDS_EN and
             w.lower() not in _GLOSS_NOISE]
    groups = [frozenset(st for st in _stem_words([w.lower()]) if len(st) >= GLOSS_MIN_CHARS and rare_in_papers(st))
              for w in words]
    return [g for g in groups if g]


# Words of CC-CEDICT senses that are no meaning of their own: sense labels and verbs of thinking and being
_GLOSS_NOISE = frozenset({"fig", "lit", "also", "sth", "someone", "about", "think", "state", "thing", "one", "make",
                          "have", "get", "give", "take", "put", "use", "see", "way", "kind", "sort", "etc"})


HEAD_PAIR_TERMS = 3  # the English terms a compound of three words or more may learn from its head pair, most written first


def _head_pair_terms(concept: Concept, texts: list[PaperText]) -> Concept | None:
    """The English of a Chinese compound of three dictionary words or more (`label_words`) that the candidates neither
    write whole nor translate by a term the embedder puts near it: the two-word terms of the candidates that say its
    head and the modifier nearest it, in that order, word by word in the dictionary's glosses (人体行为识别 = 人体 | 行为 |
    识别: 'activity recognition', 'action recognition'; a Chinese compound ends in its head, and the modifier nearest
    the head says which kind it is), at most HEAD_PAIR_TERMS, the most written first. A two-word term cannot hold three
    words' glosses, so `_nearest_term` confirms none, and kept whole no paper names the compound: no paper of the slice
    writes 人体行为识别 (session 31, the twenty-seventh group, blind: empty; the nine judged papers write 'human activity
    recognition', 'action recognition', 'gesture recognition', 人体活动识别, 动作识别). The words before the pair
    are the concept's context, named anywhere in the paper, in Chinese or by a word of their dictionary senses
    (人体: 'human', 'body'): the pair alone is often any field's ('performance prediction' for 学生成绩预测,
    'functional prediction' for 蛋白质功能预测). Returns the concept with the terms learned and that context, or None."""
    from assistant.zh_en_dictionary import senses

    words = label_words(concept.label, tiled=False)
    if len(words) < 3:
        return None
    modifier, head = (word_glosses(w) for w in words[-2:])
    rest = words[:-2]
    english = [w.lower() for word in rest for piece in dictionary_pieces(word) for sense in senses(piece)
               for w in re.findall(r"[A-Za-z][A-Za-z\-]{2,}", re.sub(r"\([^)]*\)", " ", sense))
               if w.lower() not in STOP_WORDS_EN]
    if not modifier or not head or not english:
        return None
    papers: dict[tuple[str, ...], int] = {}
    surface: dict[tuple[str, ...], str] = {}
    for t in texts:
        for key, form in language_terms(t, True).items():
            if len(key) == 2 and len(form.split()) == 2 and any(stem_near(g, {key[0]}) for g in modifier) and \
                    any(stem_near(g, {key[1]}) for g in head):
                papers[key] = papers.get(key, 0) + 1
                surface.setdefault(key, form)
    ranked = sorted(papers, key=lambda k: (-papers[k], surface[k]))
    if not ranked:
        return None
    context = tuple(dict.fromkeys(["".join(rest), *english]))
    return replace(concept, learned=tuple(surface[k] for k in ranked[:HEAD_PAIR_TERMS]), context=context,
                   context_loose=True)


# A paper's Chinese TL;DR and title translate its English title and abstract: a concept the glossary does not know,
# that few candidates name (too few to learn from, `TRANSLATE_MIN_PAPERS`) and the dictionary does not gloss, is
# written in the other language of those candidates by the term the embedder puts nearest it, at cosine >=
# ALIGNED_SIMILARITY (lower than TRANSLATE_SIMILARITY, which ranks the terms of every candidate: here only the terms of
# the papers naming the concept compete). Session 27, the twentieth group: 语码转换 is in one candidate's TL;DR, whose
# title and abstract write 'code-switching' (cosine 0.61; CC-CEDICT has no 语码), and the other judged paper, whose
# TL;DR writes 代码切换 and whose title 'Code-Switching ASR', was missed; 'sports video' is in one candidate's title,
# whose TL;DR writes 体育视频 (0.86), and the other judged paper writes 'team sports' and 'broadcast video' apart and
# 团队体育视频 in its TL;DR. Only a concept of one or two words (`term_words`): the terms compared are words and word
# pairs, and for a longer concept the nearest translated part of it (measured over the 143 labelled topics: 'radiology
# report generation' learned 放射学报告, 'multi-hop question answering' 多表问答, 'error-correcting codes' 实用编码方案,
# each adding one off-topic paper and no judged one).
ALIGNED_SIMILARITY = 0.6
ALIGNED_PAPERS = 5  # the best-ranked candidates naming the concept whose terms are compared


def _aligned_term(concept: Concept, texts: list[PaperText], embedder, to_en: bool) -> tuple[str, ...]:
    """The term nearest a concept among the other-language terms of the candidates that name it (see
    ALIGNED_SIMILARITY), the fewest words first, or ()."""
    want = label_count(concept.label)
    if want > 2:  # the terms compared are words and word pairs: one would translate part of a longer concept
        return ()  # ('radiology report generation' -> 放射学报告, 'multi-hop question answering' -> 多表问答)
    naming = [t for t in texts if lexical_field(concept, t) is not None][:ALIGNED_PAPERS]
    terms: dict[tuple[str, ...], str] = {}
    for t in naming:
        for key, form in language_terms(t, to_en).items():
            if not _is_acronym(form) and term_words(form) >= want:
                terms.setdefault(key, form)
    if not terms:
        return ()
    forms = list(terms.values())
    cache = vector_cache(embedder)
    sims = cache(forms) @ cache([concept.label])[0]
    # the fewest words first: a term and the word after it ('code-switching speech') are no closer translation than
    # the term alone, only more of the paper's own topic
    keys, word_papers = list(terms), _word_papers(concept.label, texts) if to_en else (set(), [], [])
    near = [n for n in range(len(forms)) if sims[n] >= ALIGNED_SIMILARITY and not _one_word_term(keys[n], word_papers)]
    if rare_in_papers(concept.label):  # ... and no broader than the concept: a concept in under 1 % of papers is not
        # translated by a word many papers write ('humanoids' learned 人类 'human', 6.5 % of papers, the fewest words
        # before 人形机器人, and chatbot papers were listed for it: session 33)
        near = [n for n in near if rare_in_papers(forms[n])]
        # ... which the table cannot always tell of a Chinese term jieba cuts apart (智能体 -> 智能 | 体 is in no row of
        # it, so 'rare'): a term most of the candidates holding it do not name the concept is broader than it, as in
        # `_learn` (TRANSLATE_PRECISION_CONFIRMED). 'superintelligence' learned 智能体 'agent' from the agent papers
        # among its five, and every LLM-agent risk paper named it (session 33, the thirty-first group). For an
        # English concept only: a paper names it in its abstract, while a Chinese concept is named only where the
        # TL;DR happens to use its word, and most papers holding its English are then 'not naming' it (语码转换
        # lost 'code-switching' so, and two code-switching ASR papers with it)
        if not to_en:
            named = {id(t) for t in texts if lexical_field(concept, t) is not None}
            near = [n for n in near if _precision(keys[n], named, texts, to_en) >= TRANSLATE_PRECISION_CONFIRMED]
    # ... and, first, the term most of the naming papers write: one of them may put a paraphrase near the concept, the
    # others its term ('language-based reasoning' of one paper for 自然语言推理, where four write 'language inference':
    # session 33's review, A5, 1 of 7 listed on topic)
    writers = {key: sum(key in language_terms(t, to_en) for t in naming) for key in keys}
    best = min(near, key=lambda n: (-writers[keys[n]], term_words(forms[n]), -sims[n]), default=None)
    return (forms[best],) if best is not None else ()


def _precision(key: tuple[str, ...], named: set[int], texts: list[PaperText], to_en: bool) -> float:
    """The share of the candidates holding a term (`language_terms` key) that name the concept (`named`: their ids)."""
    holding = [id(t) for t in texts if key in language_terms(t, to_en)]
    return sum(h in named for h in holding) / len(holding) if holding else 0.0


# A Chinese word's English (a dictionary gloss, or a term learned from the candidates) is in the word's sense when at
# least this share of the candidates writing that English write the word in their Chinese title or TL;DR, which
# translates the paper (`written_senses`, `_in_sense`). Measured (session 40) on the glossed concepts of the 141 Chinese
# topics of the 281 and 24 invented ones, the senses no paper means are at 0.19 or less: 保险 (insurance) glossed
# 'safe' 0 of 13 and 'bound' 0 of 6, learned 'safety' 0 of 11 (人工智能保险, the blind forty-second group: 18 of the 20
# papers listed were AI-safety papers, which write 安全); 求解 (solve) learned 'require' 6 of 31 (求 'to request'); 抽取
# 'draw' 0 of 4, 识别 'distinguish' 1 of 6, 检索 'search' 2 of 11 (搜索). The senses the papers mean are at 0.29 or
# more: 'insurance' 2 of 3, 预测 'predict' 30 of 46, 'forecast' 11 of 13, 生成 'generate' 59 of 84, 信息 'information'
# 12 of 30, 构图 'composition' 5 of 17. Not for the term the embedder puts nearest a concept few candidates write in
# Chinese (`_nearest_terms`): measured on the 281 topics, 文字识别 went from 'character recognition' to 'text
# recognition' (+2 judged papers) but 多传感器融合 lost 'multi-sensor fusion' and its 3 judged papers.
SENSE_SHARE = 0.25


def _chinese(t: PaperText) -> str:
    """A paper's Chinese sentences (title, TL;DR) run together, without spaces."""
    return re.sub(r"\s+", "", "".join(s for s in t.flat() if has_chinese(s)))


def _in_sense(holding: list[bool], writing: list[bool]) -> bool:
    """Whether the candidates holding an English form (`holding`) write the Chinese word (`writing`) at SENSE_SHARE
    or more; a form no candidate holds is not in it, and nothing is judged when no candidate writes the word."""
    held = [w for h, w in zip(holding, writing) if h]
    return not any(writing) or bool(held) and sum(held) >= SENSE_SHARE * len(held)


def _writing(label: str, texts: list[PaperText]) -> list[bool]:
    """For each candidate, whether its Chinese title or TL;DR writes a word of a Chinese label (`label_words`)."""
    words = [w for w in label_words(label, tiled=False) if has_chinese(w)]
    return [any(w in zh for w in words) for zh in map(_chinese, texts)]


def written_senses(concept: Concept, texts: list[PaperText]) -> Concept:
    """A Chinese concept matched in English by its words' dictionary glosses (`Concept.glossed`, `dictionary_glosses`)
    keeps only the glosses whose writers among the candidates write the word in Chinese (`SENSE_SHARE`): CC-CEDICT
    glosses 保险 'insurance; safe; secure; be sure; be bound to', and 人工智能保险 (AI insurance, the blind forty-second
    group) was matched by every 'safe' and 'safety' of the AI-safety papers, which write 安全 in their TL;DRs, while
    the two insurance papers write 保险 and 'insurance'. A word whose glosses none passes keeps them all (the
    candidates say nothing of its senses); glosses of another shape (`_unwritten_glosses`) are left alone."""
    label = to_simplified(concept.label)
    words = [w for w in dictionary_words(jieba_segmenter().lcut(label)) if len(w) >= 2 and w not in GENERIC_ZH]
    if concept.glossed != dictionary_glosses(label) or len(words) != len(concept.glossed):
        return concept
    chinese = [_chinese(t) for t in texts]
    # (a gloss written in another word's compound is in no sense of the word: `PaperText.free_stemsets`)
    english = [[st for (_, s), st in zip(t.sentences, t.free_stemsets()) if not has_chinese(s)] for t in texts]
    out = []
    for word, group in zip(words, concept.glossed):
        writing = [word in zh for zh in chinese]
        kept = frozenset(g for g in group if _in_sense([any(stem_near(g, st) for st in sts) for sts in english],
                                                       writing))
        out.append(kept or group)
    return replace(concept, glossed=tuple(out))


def _learn(concept: Concept, texts: list[PaperText], to_en: bool) -> tuple[str, ...]:
    """The other-language term learned for a concept from the candidates (see `translate_concepts`), or ()."""
    named = [lexical_field(concept, t) is not None for t in texts]
    if sum(named) < TRANSLATE_MIN_PAPERS:
        return ()
    counts: dict[tuple[str, ...], list[int]] = {}
    surface: dict[tuple[str, ...], str] = {}
    for t, has in zip(texts, named):
        for key, form in language_terms(t, to_en).items():
            c = counts.setdefault(key, [0, 0])
            c[0] += has
            c[1] += 1
            if len(form) < len(surface.get(key, form + "x")):
                surface[key] = form
    total = sum(named)
    want = min(2, label_count(concept.label))
    glossed = dictionary_glosses(concept.label) if to_en else ()
    word_papers = _word_papers(concept.label, texts) if to_en else (set(), [], [])
    best: list[tuple[float, float, str]] = []
    writing = _writing(concept.label, texts) if to_en else []
    for key, (hit, seen) in counts.items():
        recall, precision = hit / total, hit / seen
        confirmed = (glossed and gloss_match(glossed, set(key))) or recall >= TRANSLATE_RECALL_STRONG
        floor = TRANSLATE_PRECISION_CONFIRMED if confirmed else TRANSLATE_PRECISION
        if hit >= TRANSLATE_MIN_PAPERS and recall >= TRANSLATE_RECALL and precision >= floor \
                and term_words(surface[key]) >= want and not _one_word_term(key, word_papers) and \
                (not writing or _in_sense([key in language_terms(t, to_en) for t in texts], writing)):
            # (one word does not translate a term of two: '推测' is not 'speculative decoding', and matched
            # 'speculative language' papers; nor does the term of one of its words, `_one_word_term`; nor a term of
            # another sense of the word, which the candidates writing it do not write in Chinese: 求解 'require',
            # `_in_sense`)
            # F0.5, then how much of the dictionary's meaning the term holds ('remote sensing' over 'remote')
            cover = len(set(key) & set().union(*glossed)) / len(set().union(*glossed)) if glossed else 0.0
            best.append((1.25 * recall * precision / (0.25 * recall + precision), cover, surface[key]))
    best.sort(key=lambda x: (-round(x[0], 6), -x[1], len(x[2])))  # a tie: the term the dictionary confirms most,
    return tuple(form for _, _, form in best[:1])  # then the shorter


def long_forms(concepts: list[Concept], texts: list[PaperText]) -> list[Concept]:
    """An acronym no glossary knows ('BEV' of 'BEV perception') also takes, as a learned form, the long form its
    candidates define it by (`lexical.defined_long_form`: "Bird's-Eye View (BEV)"): a paper may name it only so where
    it says what it is about (MB-Loc, 'Multi-planar Bird's-eye-view Localization')."""
    out = []
    for concept in concepts:
        known = concept.alternatives or \
            any(not has_chinese(f) and f != concept.label for f in concept.forms + concept.learned)
        long_form = None if known else defined_long_form(concept.label, texts)
        out.append(replace(concept, learned=concept.learned + (long_form,)) if long_form else concept)
    return out
