"""Theme names weigh a term by how rare it is in papers at large (session 30): a word every paper writes
('包含' contains, '评估' evaluation, 'dataset', 'reasoning') named themes that members share with the whole field."""

from __future__ import annotations

from assistant.chains.digest.common_terms import rarity
from assistant.chains.digest.themes import theme_terms
from tests.chains.digest_cases import paper


def test_rarity_is_one_for_uncommon_terms_and_lower_for_common_ones():
    assert rarity("路由", "zh") > 0.8  # routing: about 2 % of papers
    assert rarity("包含", "zh") < 0.4 and rarity("评估", "zh") < 0.3  # contains, evaluation: a quarter or more
    assert rarity("dataset", "en") < 0.35 and rarity("watermark", "en") == 1.0
    assert rarity("包含", "zh") < rarity("路由", "zh")


def _moe(i: int, routing: bool) -> object:
    tldr = f"本文提出模型{i}，包含评估，" + ("采用稀疏路由。" if routing else "并分析其负载。")
    return paper(f"2606.0{i}", f"Mixture of experts {i}", "A mixture-of-experts study.", tldr=tldr)


def test_a_theme_is_named_by_what_its_members_share_apart_from_every_paper():
    # all four members write 包含 and 评估 (words of a quarter of all papers), three of four write 路由 (routing):
    # the group's share alone would name it '包含、评估'; at large those words say nothing about these papers
    members = [_moe(1, True), _moe(2, True), _moe(3, True), _moe(4, False)]
    others = [paper(f"2606.1{i}", f"Other {i}", "Another study.", tldr=f"本文研究图像压缩方法{i}。") for i in range(4)]
    terms = theme_terms([[0, 1, 2, 3], [4, 5, 6, 7]], members + others, "zh")
    assert "路由" in terms[0][0], terms[0]  # 稀疏路由 (sparse routing)
    assert not any("包含" in t or "评估" in t for t in terms[0][:2]), terms[0]  # nor a pair of them: '包含评估'


def test_fragments_of_jieba_guesses_never_name():
    from assistant.chains.digest.themes import _fragment_zh

    # jieba glues function characters to a word it does not know: 集上 (of 数据集上), 虽能 (although can)
    assert _fragment_zh("集上") and _fragment_zh("虽能") and _fragment_zh("智能体在")
    assert not _fragment_zh("体素") and not _fragment_zh("对话智能") and not _fragment_zh("上下文")
