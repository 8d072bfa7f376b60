"""Session 40 (dev40a; session39-lead NEXT.md item 3): a Chinese word's English, a dictionary gloss or a term learned
from the candidates, must be in the sense the papers writing the word mean (`learned.written_senses`,
`learned._in_sense`): 人工智能保险 (AI insurance, the blind forty-second group) read 保险 through its CC-CEDICT glosses
'insurance; safe; secure; be sure; be bound to', learned 'safety' and listed AI-safety papers, which write 安全 in their
Chinese TL;DRs, in 18 of 20 places; the two insurance papers write 保险."""

from __future__ import annotations

from assistant.chains.digest.candidate_terms import dictionary_glosses
from assistant.chains.digest.concept import Concept
from assistant.chains.digest.learned import translate_concepts
from assistant.chains.digest.lexical import PaperText, lexical_field
from tests.chains.digest_cases import paper

INSURANCE = [
    paper("1", "Insurance of Agentic AI", "Agentic AI systems change insurance: underwriting and pricing of AI risk.",
          "本文探讨了代理型AI系统对保险行业带来的新型风险。"),
    paper("2", "From Control Boundary to Insurance Claim", "AI losses require reconstruction for an insurance claim.",
          "本文提出CER框架，用于生成式AI系统引发的损失保险理赔。"),
]
SAFETY = [paper(str(n), f"AI Safety Evaluation of Agents {n}", "We evaluate the safety of AI agents and make sure they "
                "are safe under attack.", "本文提出了一个人工智能智能体的安全评估框架。") for n in range(3, 9)]


def _concepts(label: str) -> list[Concept]:
    return [Concept(label="人工智能", forms=("人工智能", "AI", "artificial intelligence")),
            Concept(label=label, forms=(label,), glossed=dictionary_glosses(label), head=True)]


def test_a_gloss_the_word_s_writers_do_not_write_goes():
    texts = [PaperText.of(p) for p in INSURANCE + SAFETY]
    _, insurance = translate_concepts(_concepts("保险"), texts)
    assert "safety" not in insurance.learned, insurance
    assert not any("safe" in group for group in insurance.glossed), insurance.glossed
    assert [t.paper.arxiv_id for t in texts if lexical_field(insurance, t) is not None] == ["1", "2"]


def test_a_gloss_its_writers_write_stays():
    texts = [PaperText.of(p) for p in (
        paper("1", "Traffic Forecasting with Graphs", "We forecast traffic flow.", "本文提出交通流量预测方法。"),
        paper("2", "Load Forecasting", "Forecasting electric load for grids.", "本文研究电力负荷预测。"),
        paper("3", "Predicting Sales", "We predict future sales.", "本文预测未来销量。"),
        paper("4", "Predictive Coding", "Prediction errors drive learning in cortex models.", "本文研究预测编码。"))]
    _, head = translate_concepts(_concepts("预测"), texts)
    assert {"forecast", "predict"} <= set().union(*head.glossed), head.glossed
