"""Session 15: narrower field names of a concept (DPO for preference optimization, membership inference for privacy,
under-resourced for low-resource languages) name the concept; a paper using none of them does not."""

import pytest

from tests.chains.digest_cases import assert_selects, paper


@pytest.mark.parametrize("topic, on, off", [
    ("preference optimization for aligning LLMs",
     paper("1", "Calibrated DPO for Large Language Models",
           "We propose a variant of direct preference optimization that aligns LLMs with human preferences."),
     paper("2", "Optimizing LLM Inference Throughput", "We optimize the serving of LLMs on GPUs.")),
    ("大语言模型的隐私保护",
     paper("3", "Membership Inference Attacks on Fine-Tuned LLMs",
           "We study membership inference against fine-tuned large language models and propose a defense."),
     paper("4", "Member Selection for LLM Ensembles", "We propose a way to select members of an ensemble of LLMs.")),
    ("large language models for low-resource languages",
     paper("5", "Adapting LLMs to Under-Resourced Languages",
           "We adapt large language models to under-resourced languages with little parallel data."),
     paper("6", "Resource-Efficient LLM Serving", "We reduce the resources large language models need at serving.")),
])
def test_a_narrower_field_name_covers_the_concept(topic, on, off):
    assert_selects(topic, on, off)
