"""Session 36 (dev36b): a concept few candidates name as the topic wrote it learns the terms the candidates nearest it
share (`near_forms.near_forms`, called by `learned.near_written` after `translate_concepts`): 社会困境 of 社会困境中的合作 is written 'social
dilemma' by the papers (the thirty-fifth group, blind: empty). Not a piece of the label ('text-to-image generation' for
'safe text-to-image generation'), not one paper's wording, not a broad word."""

import numpy as np
import pytest

from assistant.chains.digest.candidate_terms import chinese_terms, english_terms, label_words
from assistant.chains.digest.learned import near_written, translate_concepts
from assistant.chains.digest.lexical import PaperText, lexical_field
from assistant.chains.digest.near_forms import names_whole
from assistant.chains.digest.topic import split_concepts
from tests.chains.digest_cases import PROMPTS, paper


@pytest.fixture(autouse=True)
def _no_term_table(monkeypatch):
    """The corpus's term table (`learned._table_terms`, session 42) answers before the near forms, and holds 社会困境
    'social dilemmas': left out, these tests read the near forms."""
    monkeypatch.setattr("assistant.chains.digest.learned.table_term", lambda label: None)


class DilemmaEmbedder:
    """A text naming the dilemma lands on 社会困境; 'social' alone only partly; anything else elsewhere."""

    def embed(self, texts):
        out = np.zeros((len(texts), 3), dtype=np.float32)
        for row, text in enumerate(texts):
            low = text.lower()
            if "社会困境" in text or "dilemma" in low:
                out[row, 0] = 1.0
            if "社会" in text or "social" in low:
                out[row, 1] = 0.3
            if not out[row].any():
                out[row, 2] = 1.0
        return out


def _dilemma_papers(writers: int):
    on = [paper(f"{i}", f"Cooperation in a Social Dilemma with Reputation {i}",
                f"We study how learning agents cooperate in a social dilemma. Reputation sustains cooperation {i}.",
                tldr="本文研究多智能体强化学习中的合作与声誉机制。") for i in range(writers)]
    on += [paper("7", "Institutional Punishment and Reward", "Punishment sustains cooperation among agents.",
                 tldr="本文研究惩罚如何维持合作。")]
    off = [paper(f"o{i}", f"Cooperative Perception for Autonomous Driving {i}", "Vehicles cooperate to perceive.",
                 tldr="本文研究自动驾驶中的协同感知与合作。") for i in range(4)]
    return on + off


def _dilemma(papers):
    concepts = split_concepts("社会困境中的合作", PROMPTS)
    texts = [PaperText.of(p) for p in papers]
    learned = near_written(translate_concepts(concepts, texts, DilemmaEmbedder()), texts, DilemmaEmbedder())
    return next(c for c in learned if c.label == "社会困境"), texts


def test_a_chinese_name_no_paper_writes_learns_the_term_the_nearest_papers_share():
    """No candidate writes 社会困境, the dictionary glosses 困境 'plight, predicament' (no 'dilemma'), and the embedder
    puts no candidate's own word near enough for `_nearest_term`: the concept was matched by 'society … plight' only,
    and the digest was empty; the papers nearest it write 'social dilemma'."""
    dilemma, texts = _dilemma(_dilemma_papers(2))
    assert "social dilemma" in dilemma.learned
    assert [lexical_field(dilemma, t) is not None for t in texts[:2]] == [True, True]
    assert not any(lexical_field(dilemma, t) is not None for t in texts[3:])


def test_one_papers_wording_is_no_form():
    dilemma, _ = _dilemma(_dilemma_papers(1))
    assert "social dilemma" not in dilemma.learned


def test_a_piece_of_the_label_is_no_form():
    """'Text-to-Image generation', which four of the nearest candidates write, is 'safe text-to-image generation'
    without 'safe': learned, it listed 13 off-topic papers at 20 (the 233 judged topics)."""
    assert not names_whole("text-to-image generation", ["safe", "text-to-image", "generation"])
    assert names_whole("safe text-to-image generation models", ["safe", "text-to-image", "generation"])
    # another name holds none of the label's words; a piece in the other language by its dictionary glosses
    assert names_whole("social dilemma", ["社会", "困境"])
    assert not names_whole("facial expressions", ["人脸", "表情", "识别"])
    assert names_whole("facial expression recognition", ["表情", "识别"])
    assert not names_whole("market equilibria", ["computing", "market", "equilibria"])
    assert not names_whole("equilibrium", ["market", "equilibria"])  # (the stemmer leaves equilibria apart)


def test_terms_are_runs_of_content_words():
    terms = set(english_terms("X-Band UAV-enabled Integrated Sensing and Communications for Vehicular Networks").values())
    assert "integrated sensing and communications" in terms and "vehicular networks" in terms
    assert not any(t.startswith("for ") or t.endswith(" for") for t in terms)
    assert "面部表情识别" in set(chinese_terms("本文提出一种面部表情识别方法。").values())


def test_a_chinese_word_jieba_keeps_whole_is_read_by_its_dictionary_pieces():
    """jieba keeps 激光测距 as one word: its own piece 测距 and a near term 激光雷达 ('LiDAR') held none of it and were
    learned as other names (review36 B2: five LiDAR papers listed, none on laser ranging)."""
    words = label_words("激光测距")
    assert words == ["激光", "测距"]
    assert not names_whole("测距", words) and not names_whole("激光雷达", words)
    assert names_whole("laser ranging", []) and names_whole("激光测距仪", words)
