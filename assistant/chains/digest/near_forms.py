"""Written forms of a concept few candidates name as the topic wrote it, learned from the candidates the embedder puts
nearest the concept (issue 16, session 36).

A reader types a name papers do not write whole: 人脸表情识别 (the papers write 面部表情, 表情识别, 'facial expression
recognition'), 通感一体化 (ISAC, 'integrated sensing and communication', 集成感知与通信), 社会困境 ('social dilemma').
Fewer than TRANSLATE_MIN_PAPERS candidates name such a concept, so there is nothing to count a translation from
(`learned._learn`), and the digest is empty or says 'only 1'. The first candidates in retrieval order and those the
embedder puts nearest the concept, sentence by sentence over their titles, TL;DRs and keywords, are about it more often
than the rest; a term several of them write that is narrow in papers at large, that the embedder puts near the concept
and that is no piece of its label is one of its written forms.
"""

from __future__ import annotations

import os

import numpy as np

from assistant.chains.digest.candidate_terms import focus_sentences, label_words, paper_terms
from assistant.chains.digest.common_terms import narrow_subject, rare_in_papers
from assistant.chains.digest.concept import Concept
from assistant.chains.digest.lexical import PaperText, stem_near
from assistant.chains.digest.semantic import vector_cache
from assistant.chains.digest.vocabulary import gloss_stems, latin_stem_sequence
from assistant.lang import has_chinese

NEAR_PAPERS = 10  # the candidates nearest the concept whose terms are compared
NEAR_SIMILARITY = 0.3  # a candidate's best focus sentence at least this near the concept counts as near
TERM_PAPERS = 2  # near candidates that must write a term (one paper's wording is no form of the concept)
TERM_SIMILARITY = 0.6  # a term at least this near the concept (multilingual USE, labels alone)
FORMS = 3  # the forms learned at most, nearest first


def nearest_candidates(concept: Concept, texts: list[PaperText], embedder) -> list[tuple[float, PaperText]]:
    """The candidates nearest the concept: the first NEAR_PAPERS in retrieval order (hybrid search for the topic and
    its forms) and the NEAR_PAPERS whose best focus sentence is nearest the concept's label (at least NEAR_SIMILARITY),
    each with that cosine. Both: the sentence match alone puts judged papers far down (人脸表情识别 against the title
    'Facial Expression Recognition in the Deep Learning Era' is 0.21, 72nd of 100, while retrieval ranks it 8th; the
    social-dilemma papers are 1st, 4th and 10th in retrieval order, 2nd, 23rd and 68th by the sentence match), and
    retrieval alone misses what only the sentence match finds (data/eval/results/session36-dev36b/poolcheck.txt)."""
    rows = [(n, s) for n, t in enumerate(texts) for s in focus_sentences(t)]
    if not rows:
        return []
    cache = vector_cache(embedder)
    sims = cache([s for _, s in rows]) @ cache([concept.label])[0]
    best = np.full(len(texts), -1.0)
    for (n, _), sim in zip(rows, sims):
        best[n] = max(best[n], float(sim))
    nearest = [int(n) for n in np.argsort(-best) if best[n] >= NEAR_SIMILARITY][:NEAR_PAPERS]
    order = list(dict.fromkeys(list(range(min(NEAR_PAPERS, len(texts)))) + nearest))
    return [(float(best[n]), texts[n]) for n in order]


def _narrow(term: str) -> bool:
    """A term in under 1 % of papers at large (a word; a Chinese compound by its rarest word), or an English phrase
    rare as a whole with a word that is not broad (`narrow_subject`)."""
    if has_chinese(term):
        return rare_in_papers(term)
    return narrow_subject(term) if len(term.split()) >= 2 else rare_in_papers(term)


def near_forms(concept: Concept, texts: list[PaperText], embedder, others: list[Concept] = ()) -> tuple[str, ...]:
    """The forms of a concept that fewer than TRANSLATE_MIN_PAPERS candidates name (see the module's docstring): terms
    of both languages that TERM_PAPERS or more of the nearest candidates write, one of them in a focus sentence, narrow
    in papers at large, at least TERM_SIMILARITY near the concept's label, and naming none of the topic's other
    concepts; the nearest first, at most FORMS, none inside another taken."""
    near = nearest_candidates(concept, texts, embedder)
    if len(near) < TERM_PAPERS:
        return ()
    counts: dict[tuple[str, ...], int] = {}
    surface: dict[tuple[str, ...], str] = {}
    focused: set[tuple[str, ...]] = set()
    for _, t in near:
        every, focus = paper_terms(t)
        focused |= focus
        for key, form in every.items():
            counts[key] = counts.get(key, 0) + 1
            surface.setdefault(key, form)
    words = label_words(concept.label)
    other_forms = [f for o in others for f in o.forms + o.learned]
    keys = [k for k, n in counts.items() if n >= TERM_PAPERS and k in focused and _narrow(surface[k])
            and names_whole(surface[k], words) and not any(_inside(f, surface[k]) for f in other_forms)]
    if not keys:
        return ()
    cache = vector_cache(embedder)
    forms = [surface[k] for k in keys]
    vectors = cache(forms)
    sims = vectors @ cache([concept.label])[0]
    if len(words) >= 2:  # a term nearer one of the label's words than the label names that word (`names_whole`)
        sims = np.where((vectors @ cache(words).T).max(axis=1) > sims, -1.0, sims)
    out: list[str] = []
    for n in np.argsort(-sims):
        if sims[n] < TERM_SIMILARITY or len(out) >= FORMS:
            break
        if not any(_inside(forms[n], f) or _inside(f, forms[n]) for f in out):
            out.append(forms[n])
    return tuple(out)


def _inside(a: str, b: str) -> bool:
    """Term a is written inside term b (as characters in Chinese, as a run of stems in English)."""
    if has_chinese(a) or has_chinese(b):
        return a in b
    sa, sb = latin_stem_sequence(a), latin_stem_sequence(b)
    return any(sb[i:i + len(sa)] == sa for i in range(len(sb) - len(sa) + 1))


def _holds(term: str, word: str) -> bool:
    """The term writes the label's word: as characters (Chinese in Chinese), by its stems (English in English) or by a
    stem of its CC-CEDICT glosses (a Chinese word in an English term); a Chinese term never holds an English word."""
    if has_chinese(term):
        return has_chinese(word) and word in term
    have = set(latin_stem_sequence(term))
    if has_chinese(word):
        return any(stem_near(g, have) for g in gloss_stems(word) if len(g) >= 3)
    return all(any(_same_stem(st, h) for h in have) for st in latin_stem_sequence(word))


def _same_stem(a: str, b: str) -> bool:
    """Two stems of one word: equal, or sharing all but their last three letters, five or more ('equilibria' and
    'equilibrium', which the stemmer leaves apart)."""
    prefix = len(os.path.commonprefix([a, b]))
    return a == b or (prefix >= 5 and prefix >= max(len(a), len(b)) - 3)


def names_whole(term: str, words: list[str]) -> bool:
    """A term names the whole concept, not a piece of it: it holds none of the label's words (another name: 'social
    dilemma' for 社会困境, 集成感知与通信 for 通感一体化) or all of them (the label written whole, with more words). The embedder puts a
    piece of the label as near the label as the label's own translation, or nearer: 人脸 'face' 0.67, 人脸识别 0.83 and
    'facial expressions' 0.70 beside 'facial expression recognition' 0.71 for 人脸表情识别; 社会 0.88 beside 'social
    dilemma' 0.81; 'equilibria' 0.65 for 'computing market equilibria'; and 'Text-to-Image generation' (0.69) for 'safe
    text-to-image generation' listed 13 off-topic papers at 20 (the 233 judged topics).
    The dictionary glosses too few words to see every piece in the other language (人脸 has no gloss, 社会 only
    'society'), so `near_forms` also leaves out a term the embedder puts nearer one of the label's words than the
    label ('social media' for 社会困境).
    """
    held = sum(_holds(term, w) for w in words)
    return held in (0, len(words))
