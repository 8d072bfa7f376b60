"""Session 30, from the twenty-third group's 'flow matching' (session29-blind23/topics): a topic that names a glossary
entry by one of its members, not by the entry's name, was matched by every form of the entry. 'flow matching' is a
form of the diffusion-model entry (a diffusion-model topic counts flow-matching papers), and diffusion papers that
write no flow word were listed above flow-matching papers."""

from __future__ import annotations

from assistant.chains.digest.request import DigestRequest
from assistant.chains.digest.select import pick_papers
from assistant.chains.digest.topic import split_concepts
from assistant.chains.digest.vocabulary import written_alike
from tests.chains.digest_cases import PROMPTS, StoreOf, paper, retrieving


def _diffusion(n: int):
    return paper(f"2606.0{n:04d}", f"Denoising Diffusion Models for Image Translation {n}",
                 "Diffusion models generate images by denoising. We propose a diffusion sampler for image translation. "
                 "Our diffusion model is fast.")


def _flow(n: int):
    return paper(f"2606.1{n:04d}", f"Riemannian Generative Models for Proteins {n}",
                 "We train a generative model of protein structures. We propose flow matching on a Riemannian "
                 "manifold. Sampling takes few steps.")


def test_a_member_term_of_a_glossary_entry_is_the_topics_own_term():
    """'flow matching' is a member of the diffusion-model entry, not its name: the concept keeps the entry's forms
    (read through them, a topic on diffusion models counts flow-matching papers) and records the term as written,
    with its hyphenated form; the entry's name ('diffusion models') and a synonym defined by its initials ('LLM' of
    'large language model') record nothing, nor does a Chinese term."""
    (flow,) = split_concepts("flow matching", PROMPTS)
    assert "diffusion" in flow.forms and flow.own == ("flow matching", "flow-matching")
    (diffusion,) = split_concepts("diffusion models", PROMPTS)
    assert diffusion.own == ()
    llm, mt = split_concepts("LLM-based machine translation", PROMPTS)
    assert llm.own == () and mt.own == ()
    assert all(c.own == () for c in split_concepts("视觉语言模型的幻觉", PROMPTS))
    (mllm,) = split_concepts("multimodal LLMs", PROMPTS)
    assert {"MLLM", "multimodal large language model"} <= set(mllm.own) and "VLM" not in mllm.own


def test_written_alike():
    assert written_alike("flow-matching", "flow matching")
    assert written_alike("LLM", "large language models") and written_alike("MLLM", "multimodal LLMs")
    assert not written_alike("diffusion", "flow matching") and not written_alike("machine translation", "model theory")


def test_papers_writing_the_topics_own_term_rank_before_papers_matched_by_the_entrys_other_forms():
    """Ten diffusion papers retrieved first (their titles name the entry's first form, so each covers 'flow matching'
    through the entry and would rank first by strength and retrieval rank), then three flow-matching papers whose
    abstracts write the term: the three come first, and a digest of three lists no diffusion paper."""
    pool = [_diffusion(n) for n in range(10)] + [_flow(n) for n in range(3)]
    request = DigestRequest(topic="flow matching", language="en", max_papers=3)
    picked = pick_papers(request, store=StoreOf(pool), retriever_factory=retrieving(pool), prompts_dir=PROMPTS).picked
    assert [p.paper.arxiv_id for p in picked] == ["2606.10000", "2606.10001", "2606.10002"]
    assert all(not p.coverage.unwritten for p in picked)
    # the diffusion papers still pass (a digest of 20 lists them after the three): the rule ranks, it does not cut
    request = DigestRequest(topic="flow matching", language="en", max_papers=20)
    picked = pick_papers(request, store=StoreOf(pool), retriever_factory=retrieving(pool), prompts_dir=PROMPTS).picked
    assert len(picked) == 13 and picked[3].coverage.unwritten == frozenset({"flow matching"})
