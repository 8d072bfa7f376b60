"""Session 39 (dev39b; session38-lead NEXT.md item 6): the English learned for a Chinese compound must not say only
its glossed words when it holds a word the dictionary lacks (`learned._leaves_out_unglossed`): 无线携能通信 (无线
'wireless' | 携能, carrying energy | 通信 'communication') learned 'wireless communication', the term nearest it, and the
blind forty-first group's digest listed antenna and metasurface papers, all off topic, while its judged papers write
'wireless power transfer' and 'simultaneous wireless information and power transfer'."""

from __future__ import annotations

import math

from assistant.chains.digest.concept import Concept
from assistant.chains.digest.learned import translate_concepts
from assistant.chains.digest.lexical import PaperText
from tests.chains.digest_cases import FixedEmbedder, paper


def _unit(angle: float) -> list[float]:
    return [math.cos(angle), math.sin(angle), 0.0]


ANTENNAS = [paper(str(n), f"Flexible Antennas for Wireless Communication {n}",
                  "Wireless communication with flexible antennas raises the sum rate. Wireless communication links "
                  "are simulated.", "本文研究了柔性天线在无线通信中的应用。") for n in range(1, 5)]


def test_a_term_without_the_unglossed_word_is_not_learned():
    concept = Concept(label="无线携能通信", forms=("无线携能通信",))
    embedder = FixedEmbedder({"无线携能通信": _unit(0.0), "wireless communication": _unit(0.1)})
    (learned,) = translate_concepts([concept], [PaperText.of(p) for p in ANTENNAS], embedder)
    assert "wireless communication" not in learned.learned, learned


def test_a_compound_the_dictionary_glosses_whole_still_learns_it():
    concept = Concept(label="光纤通信", forms=("光纤通信",))
    texts = [PaperText.of(p) for p in (
        paper("1", "Coherent Fiber Communication Links", "We study fiber communication over long fiber spans."),
        paper("2", "Fiber Communication at Scale", "Fiber communication systems carry most traffic."),
        paper("3", "Distributed Fiber Sensing", "A fiber senses strain along a pipeline."))]
    embedder = FixedEmbedder({"光纤通信": _unit(0.0), "fiber": _unit(0.3), "fiber communication": _unit(0.5)})
    (learned,) = translate_concepts([concept], texts, embedder)
    assert learned.learned[:1] == ("fiber communication",)
