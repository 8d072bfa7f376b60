"""Session 38 (dev38a; review37 B0, session37-lead NEXT.md item 6): a topic that is nothing but 'A and B' whose two
parts are one field named twice (代码生成与程序合成: 程序合成 learns 'program synthesis' from the candidates, a form of
the code-generation entry) asks for either, not both (`readings._named_alike`): it asked for both and listed 1 paper
while 41 of its 120 candidates name code generation. Two different things ('large language models and politics')
share no form and are both still asked for."""

from __future__ import annotations

from tests.chains.digest_cases import cover, paper


def _synthesis(n: int):
    return paper(f"2606.0800{n}", f"Neural Program Synthesis from Examples {n}",
                 "We study program synthesis from input-output examples with a learned search.",
                 tldr="本文研究基于示例的程序合成方法。")


CODEGEN = paper("2606.08010", "Repository-Level Code Generation with LLMs",
                "We study code generation for whole repositories with retrieval of related files.",
                tldr="本文研究仓库级代码生成。")


def test_parts_named_alike_are_either():
    """The code-generation paper names no 程序合成 and is on topic; so are the synthesis papers."""
    concepts, covered = cover("代码生成与程序合成", _synthesis(1), _synthesis(2), _synthesis(3), CODEGEN, learn=True)
    assert len(concepts) == 1 and len(concepts[0].alternatives) == 2, concepts
    assert all(c.complete for c in covered)


def test_different_things_are_both_asked_for():
    """'large language models and politics': a paper on LLMs alone does not name politics."""
    politics = [paper(f"2606.0802{n}", f"Political Bias of Large Language Models {n}",
                      "We measure how large language models answer questions about politics and elections.",
                      tldr="本文研究大语言模型的政治偏见。") for n in range(3)]
    llm = paper("2606.08029", "Scaling Large Language Models", "We train large language models on more tokens.")
    concepts, covered = cover("large language models and politics", *politics, llm, learn=True)
    assert len(concepts) == 2
    assert all(c.complete for c in covered[:3]) and not covered[3].complete
