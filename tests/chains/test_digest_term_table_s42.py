"""Session 42 (dev42a): a zh -> en term table learned offline from the corpus (`term_table`), used where the digest's
candidates teach a Chinese concept no English (`learned._table_terms`): 小样本学习 (the forty-seventh group, blind) was
empty, no candidate writing 小样本学习 and one 小样本, while its ten judged papers write 'few-shot'."""

import json

from assistant.chains.digest import term_table
from assistant.chains.digest.learned import _learning_field, translate_concepts
from assistant.chains.digest.lexical import PaperText, lexical_field
from assistant.chains.digest.topic import split_concepts
from tests.chains.digest_cases import PROMPTS, paper


def _record(n: int, title: str, abstract: str, tldr: str) -> dict:
    return {"id": f"2605.{n:05d}", "title": title, "summary": abstract, "categories": ["cs.CV"],
            "authors": ["A. Author"], "AI": {"tldr": tldr, "motivation": tldr, "method": tldr, "result": tldr,
                                             "conclusion": tldr}}


def _corpus(tmp_path) -> str:
    rows = [_record(i, f"Few-Shot {('Segmentation', 'Detection')[i % 2]} with Prototypes {i}",
                    f"We study few-shot {('segmentation', 'detection')[i % 2]} of images.", "本文研究小样本图像分割。")
            for i in range(6)]
    rows += [_record(10 + i, f"Scaling Image Segmentation {i}", "We segment images with a large model.",
                     "本文研究图像分割模型。") for i in range(30)]
    rows += [_record(50 + i, f"Machine Translation {i}", "We translate sentences between languages.",
                     "本文研究机器翻译。") for i in range(90)]
    path = tmp_path / "2026-05-01_AI_enhanced_Chinese.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return str(path)


def test_the_table_learns_the_english_the_papers_writing_a_chinese_term_write(tmp_path):
    """The six papers writing 小样本 write 'few-shot'; 'image', which they write too, is in half the corpus and is no
    translation (`LIFT_MIN`); 图像分割 is 'segment images' of thirty papers, not 'few-shot'."""
    table = term_table.build([_corpus(tmp_path)])
    assert table["小样本"][0] == "few-shot"
    assert table["小样本"][1] == 6
    assert all(row[0] != "image" for row in table.values())


def test_papers_left_out_teach_nothing(tmp_path):
    """The judged slice is left out of the shipped table (`--skip`): its papers teach no row."""
    corpus = _corpus(tmp_path)
    skip = {f"2605.{i:05d}" for i in range(6)}
    assert "小样本" not in term_table.build([corpus], skip)


def test_the_shipped_table_loads():
    assert term_table.table_term("少样本") == "few-shot"
    assert term_table.table_term("时间推理") == "temporal reasoning"
    assert term_table.table_term("不是一个词语") is None


def test_a_field_of_learning_is_named_by_its_kind():
    """'X学习' the table lacks whole is named by X's English (小样本学习: 'few-shot'); X of one character is none."""
    assert _learning_field("小样本学习") == "few-shot"
    assert _learning_field("元学习") is None
    assert _learning_field("小样本分割") is None


def _few_shot_papers():
    on = [paper(f"{i}", f"Prototype Networks for Few-Shot Classification {i}",
                f"We learn new classes from few-shot examples. Few-shot recognition improves {i}.",
                "本文提出一种原型网络方法。") for i in range(4)]
    off = [paper(f"{10 + i}", f"Large-Scale Image Classification {i}", "We train a classifier on many images.",
                 "本文研究图像分类。") for i in range(6)]
    return on + off


def test_a_chinese_compound_no_candidate_writes_learns_the_tables_english():
    """No candidate writes 小样本学习 (nor 小样本): `_learn` has nothing to learn from, and the concept was matched by
    nothing; the table's 'few-shot' names the four few-shot papers and none of the others."""
    texts = [PaperText.of(p) for p in _few_shot_papers()]
    (concept,) = translate_concepts(split_concepts("小样本学习", PROMPTS), texts)
    assert "few-shot" in concept.learned
    assert [lexical_field(concept, t) is not None for t in texts] == [True] * 4 + [False] * 6


def test_the_tables_english_in_another_sense_is_not_learned():
    """The candidates writing the table's English must write the Chinese word where any writes it (`_in_sense`): here
    the four papers writing 'few-shot' write 样本 of another sense nowhere, while three others write 样本 without
    'few-shot' (a 25 % share is the floor: 0 of 4 holding it write the word)."""
    papers = _few_shot_papers()[:4] + [paper(f"{20 + i}", f"Sample Selection {i}", "We select training samples.",
                                             "本文研究样本选择。") for i in range(3)]
    texts = [PaperText.of(p) for p in papers]
    (concept,) = translate_concepts(split_concepts("小样本学习", PROMPTS), texts)
    assert "few-shot" not in concept.learned
