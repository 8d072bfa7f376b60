"""Reviewer check of narrow.meets_piece / meets_narrow_pieces (dev36a) on crafted papers (no store).
cd CODE && PYTHONPATH=. python narrow_pieces_check.py"""
import os
import sys

sys.path.insert(0, os.getcwd())
from assistant.chains.digest.concept import Concept  # noqa: E402
from assistant.chains.digest.lexical import PaperText  # noqa: E402
from assistant.chains.digest import narrow  # noqa: E402
from tests.chains.digest_cases import paper  # noqa: E402

CASES = [  # (piece, title, abstract, tldr, should_meet)
    ("双目", "CRAFT: Cost-aware Prompt Refinement", "We optimise prompts for accuracy and cost.", "本文提出一种双目标提示优化器。", False),
    ("立体", "Solid-state battery modelling", "We model solid electrolytes.", "", False),
    ("手语", "Language models for math", "We train a language model to solve math.", "", False),
    ("行人", "Response quality of LLMs", "We measure the response quality of chat models.", "", False),
    ("流量", "Data pipelines for LLM training", "We build data pipelines.", "", False),
    ("定价", "Fixing bugs with agents", "Agents fix bugs in repositories.", "", False),
    ("交通", "Communication-efficient federated learning", "We reduce communication.", "", False),
    ("漏洞", "Closing the gap in reasoning", "We close the gap between models.", "", False),
    ("语音", "Chat assistants", "We study chat messages.", "", False),
    ("定价", "Value estimation", "We estimate values.", "本文提出一种方法来确定价值函数的上界。", False),
    ("测距", "Forecasting with LLMs", "We forecast.", "本文研究大模型预测距离下一次事件的时间。", False),
    ("行人", "Who executes the plan", "We study agents.", "本文研究执行人与智能体的协作。", False),
    ("双目", "Binocular stereo depth", "We estimate disparity from binocular stereo pairs.", "", True),
    ("测距", "Laser ranging with LiDAR", "We improve LiDAR range finding.", "", True),
    ("端侧", "On-device LLM inference", "We deploy LLMs on-device.", "", True),
    ("轻量化", "A lightweight detector", "We propose a lightweight object detector.", "", True),
]
for piece, title, abstract, tldr, want in CASES:
    t = PaperText.of(paper("2606.99999", title, abstract, tldr=tldr))
    got = narrow.meets_piece(piece, t)
    print(("OK  " if got == want else "BAD ") + f"meets_piece({piece!r}) on {title!r}: {got} (should be {want})")

for label in ["双目视觉测距", "动态定价策略", "行人重识别", "手语识别", "membership inference attacks", "代码漏洞检测",
              "语音克隆", "交通流量预测", "最优传输理论", "code vulnerability detection", "large language models"]:
    c = Concept(label=label, forms=(label,))
    print(label, "pieces", narrow.concept_pieces(label), "narrow", narrow.narrow_pieces(c))
