"""db55192 check: -ing nouns used as premodifiers ('reasoning traces', 'steering vectors') are voted verbs by
themes._verbal_gerunds, so names like 'Reasoning traces' are refused. cd /work/r31-main && PYTHONPATH=. python gerunds.py"""
import os
import sys

sys.path.insert(0, os.getcwd())
from assistant.chains.digest.themes import _nameable_en, _verbal_gerunds  # noqa: E402
from tests.chains.digest_cases import paper  # noqa: E402

ps = [paper("2606.1", "Reasoning Traces Reveal Shortcuts in LLMs",
            "We study reasoning traces of large models on math benchmarks. Longer reasoning traces help."),
      paper("2606.2", "Steering Vectors for Safer Decoding",
            "Activation steering with steering vectors improves decoding quality in reasoning models."),
      paper("2606.3", "Efficient Reasoning via Pruning",
            "We show that for reasoning tasks, pruning redundant steps in reasoning chains saves tokens."),
      paper("2606.4", "Tracking Performance of Agents", "For tracking tasks in video, tracking accuracy improves.")]
v = _verbal_gerunds(ps)
print("verbal:", sorted(v))
for n in ["Reasoning traces", "Reasoning", "Steering vectors", "Steering", "Tracking accuracy", "Decoding quality"]:
    print(n, _nameable_en(n, v))
print("determiners:", sorted(_verbal_gerunds([paper("2606.5", "A Study of LLMs",
      "The reasoning traces are long. Their reasoning traces differ. Reasoning traces matter.")])))
