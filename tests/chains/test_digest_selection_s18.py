"""Session 18, from the study of the tenth topic group (blind: precision 0.80, recall 0.17, five of six digests
empty): a paper that names the whole topic where it says what it is about is about it ('In the fair allocation of
indivisible goods, …'); 作为 ('as') relates two concepts (大模型作为裁判: LLM, judge); a Chinese weak qualifier is no
concept (自动评估 is 评估, as 'automatic evaluation' is evaluation); a topic that opens with a verb is about the action
('steering LLM behavior': steering, of LLMs); the role of 'X作为Y' is named where the paper says what it is about
(a benchmark scored by an LLM judge is not about LLM judges); the means of an action is named by its compounds
with the action ('activation steering', 'steering vectors'); a concept no English form names is named where the
embedder puts it."""

from dataclasses import replace

import numpy as np

from assistant.chains.digest.concept import Concept
from assistant.chains.digest.lexical import PaperText
from assistant.chains.digest.relevance import _listed_in, coverage
from assistant.chains.digest.topic import split_concepts
from assistant.chains.digest.vocabulary import weak_zh
from tests.chains.digest_cases import PROMPTS, cover, on_topic, paper


# ---------------------------------------------------------------- the topic stated as a phrase
def test_a_paper_that_opens_with_the_whole_topic_is_about_it():
    """2606.02233 opens 'In the fair allocation of indivisible goods, …' and names the goods once: the recurrence
    rule (each concept in the title or in two sentences) left it out."""
    opening = paper("1", "Optimizing the Envy Cycle Elimination Algorithm",
                    "In the fair allocation of indivisible goods, a widely used notion of fairness is EF1. "
                    "A classical way to compute an EF1 allocation is the envy cycle elimination algorithm.")
    claimed = paper("2", "Improved Approximation Guarantees for Groupwise Maximin Share Fairness",
                    "Maximin share fairness is demanding. We study the problem of fairly allocating a set of "
                    "indivisible goods to agents with additive valuations.")
    concepts, covered = cover("fair allocation of indivisible goods", opening, claimed)
    assert len(concepts) == 2
    assert all(c.stated and on_topic(concepts, c) for c in covered)


def test_concepts_named_apart_in_an_opening_sentence_do_not_state_the_topic():
    """Background openings name a topic's concepts apart ('LLMs have shown strong performance in … factual error
    detection'): measured, admitting those listed 12 off-topic papers in 10 judged topics."""
    background = paper("1", "AuditFraudBench: Benchmarking Audit Judgment",
                       "Large language models have shown strong performance in financial analysis and factual error "
                       "detection, yet their auditing ability remains underexplored. We release a benchmark.")
    concepts, (covered,) = cover("hallucination detection in large language models", background)
    assert not covered.stated
    # the topic's words in order, one other word inside at most
    far = paper("2", "Allocation", "Fair division rules allocate many kinds of goods, some indivisible.")
    _, (covered,) = cover("fair allocation of indivisible goods", far)
    assert not covered.stated


def test_a_chinese_topic_is_stated_as_itself():
    on = paper("1", "Semantic Communication with Diffusion", "We design a channel code.",
               tldr="本文研究语义通信中的信道编码。").model_copy(update={"title_zh": "语义通信中的信道编码：扩散方法"})
    _, (covered,) = cover("语义通信中的信道编码", on)
    assert covered.complete and covered.stated
    # the TL;DR is no focus sentence
    _, (covered,) = cover("语义通信中的信道编码", on.model_copy(update={"title_zh": ""}))
    assert covered.complete and not covered.stated


# ---------------------------------------------------------------- 作为: X as Y
def test_zuowei_relates_two_concepts():
    """大模型作为裁判的自动评估 was read as 大模型 · 作为裁判 · 自动 · 评估: no paper says 作为裁判 or names 自动 with
    the rest (0 of 26 judged papers listed)."""
    labels = [c.label for c in split_concepts("大模型作为裁判的自动评估", PROMPTS)]
    assert labels == ["大模型", "裁判", "评估"]
    head = [c.label for c in split_concepts("大模型作为裁判的自动评估", PROMPTS) if c.head]
    assert head == ["评估"]


def test_an_llm_judge_paper_covers_llm_as_judge_evaluation():
    judges = [paper(str(i), f"Benchmarking LLM-as-a-Judge for Task {i}",
                    f"We study LLM-as-a-judge evaluation of long-form outputs in setting {i}.",
                    tldr="本文研究LLM作为裁判的评估可靠性。") for i in range(3)]
    rater = paper("9", "Benchmarking LLM Raters", "We evaluate LLMs on clinical decisions.")
    concepts, covered = cover("大模型作为裁判的自动评估", *judges, rater, learn=True)
    assert all(on_topic(concepts, c) for c in covered[:3])
    assert not covered[3].complete


def test_the_role_of_zuowei_must_be_where_the_paper_says_what_it_is_about():
    """Benchmarks whose answers an LLM judge scores name the judge twice in their experiments: 5 of the 6 off-topic
    papers of 大模型作为裁判的自动评估 @20 before the role had to be in focus."""
    (llm, judge, evaluation) = split_concepts("大模型作为裁判的自动评估", PROMPTS)
    assert judge.role and not llm.role and not evaluation.role
    on = paper("1", "SenseJudge: A Preference-Driven Judgment Framework",
               "Large language models (LLMs) as judges are an accepted paradigm for evaluation. We propose a "
               "judgment framework and benchmark for LLM judges.")
    used = paper("2", "GTBench: A Benchmark for Evaluating LLMs as Research Assistants",
                 "We introduce GTBench, a benchmark for evaluating LLMs in graph theory. We score answers with an "
                 "LLM-as-a-judge. Judges disagree with experts on proofs.")
    concepts = [llm, replace(judge, learned=("judge",)), evaluation]  # as the candidates teach it
    covered = coverage(concepts, [PaperText.of(on), PaperText.of(used)], topic="大模型作为裁判的自动评估")
    assert on_topic(concepts, covered[0])
    assert covered[1].complete and not on_topic(concepts, covered[1])
    # without the role, the judge named in two sentences was enough
    plain = [llm, replace(judge, learned=("judge",), role=False), evaluation]
    assert on_topic(plain, coverage(plain, [PaperText.of(used)])[0])


# ---------------------------------------------------------------- weak Chinese qualifiers
def test_a_chinese_weak_qualifier_is_no_concept():
    assert weak_zh("自动") and weak_zh("高效") and weak_zh("鲁棒")
    assert not weak_zh("遥感") and not weak_zh("语音") and not weak_zh("裁判")
    assert [c.label for c in split_concepts("大模型的自动评估", PROMPTS)] == ["大模型", "评估"]
    # an unknown modifier that names a field stays a concept
    assert [c.label for c in split_concepts("遥感图像分割", PROMPTS)] == ["遥感", "图像分割"]


# ---------------------------------------------------------------- a topic that opens with a verb
def test_a_leading_verb_is_the_action_and_its_object_the_context():
    steering, vectors = split_concepts("steering LLM behavior with activation vectors", PROMPTS)
    assert steering.label == "steering" and steering.head and steering.loose
    assert "LLM" in steering.context or "大语言模型" in steering.context
    assert vectors.label == "activation vectors"
    # not a noun in -ing, nor a verb of aim (dropped as before)
    assert [c.label for c in split_concepts("string matching with LLMs", PROMPTS)][0] == "string matching"
    assert [c.label for c in split_concepts("reducing overthinking in LLM reasoning", PROMPTS)][0] == "overthinking"


def test_a_steering_paper_that_never_says_behavior_is_covered():
    """SALSA ('Learned Steering Activation Vectors') never says 'behavior': the concept read off the topic was."""
    salsa = paper("1", "SALSA: Speech Aware LLM Adaptation via Learned Steering Activation Vectors",
                  "We adapt large language models (LLMs) to speech by learned steering activation vectors.")
    tuning = paper("2", "Behavior Cloning with LLMs", "We clone the behavior of LLM agents from activation logs.")
    concepts, covered = cover("steering LLM behavior with activation vectors", salsa, tuning)
    assert on_topic(concepts, covered[0])
    assert not covered[1].complete


# ---------------------------------------------------------------- the means of an action, compounded with it
def test_the_means_of_an_action_is_named_by_its_compounds_with_the_action():
    """Activation-steering papers say 'activation steering' or 'steering vectors', rarely 'activation vectors' (13 of
    15 judged papers missed with the phrase alone)."""
    _, vectors = split_concepts("steering LLM behavior with activation vectors", PROMPTS)
    assert "activation steering" in vectors.forms and "steering vector" in vectors.forms
    refusal = paper("1", "Expert-Aware Refusal Steering",
                    "We study activation steering of large language models (LLMs) for refusal behavior. We propose "
                    "expert-aware steering of LLMs.")
    driving = paper("2", "Steering Control for Autonomous Vehicles with LLMs",
                    "We use LLMs to plan steering commands. Activation functions of the controller are tuned.")
    concepts, covered = cover("steering LLM behavior with activation vectors", refusal, driving)
    assert on_topic(concepts, covered[0])
    assert not covered[1].complete
    # not a means ('for'), nor a head that names no action
    _, retrieval = split_concepts("steering LLM behavior for activation vectors", PROMPTS)
    assert retrieval.forms == ("activation vectors",)
    assert split_concepts("text embedding models for retrieval", PROMPTS)[1].forms[:1] == ("retrieval",)


# ---------------------------------------------------------------- a Chinese-only concept in English words
class FaceEmbedder:
    """Sentences about animating faces from speech land on 说话人脸生成; anything else elsewhere."""

    def embed(self, texts):
        out = np.zeros((len(texts), 2), dtype=np.float32)
        for row, text in enumerate(texts):
            near = text == "说话人脸生成" or any(w in text.lower() for w in ("facial animation", "talking head"))
            out[row, 0 if near else 1] = 1.0
        return out


def test_a_chinese_only_concept_is_named_where_the_embedder_puts_it():
    """说话人脸生成 has no English form, learns none and has no gloss: the English title 'Speech-Driven 3D Facial
    Animation' names it only in other words, and a head matched only semantically was never in focus."""
    speech = Concept(label="语音", forms=("语音", "speech"))
    face = Concept(label="说话人脸生成", forms=("说话人脸生成",), head=True)
    on = paper("1", "Deploying Speech-Driven 3D Facial Animation in Unreal Engine",
               "We deploy a speech model for production digital humans and report latency on consumer GPUs.")
    covered = coverage([speech, face], [PaperText.of(on)], FaceEmbedder())[0]
    assert covered.matched["说话人脸生成"] == "semantic" and on_topic([speech, face], covered)
    # a concept with an English form keeps the lexical rules: the embedder alone does not put it in focus
    english = replace(face, forms=("说话人脸生成", "talking face generation"))
    assert not on_topic([speech, english], coverage([speech, english], [PaperText.of(on)], FaceEmbedder())[0])


def test_a_verbs_object_is_its_context_wherever_the_verb_stands():
    """'preference optimization for aligning LLMs' kept no LLM concept once 'aligning' was read as the action (4/6 ->
    5/7 with two off-topic alignment papers of other models); its object is its context, head or not (4/4)."""
    (po, aligning) = split_concepts("preference optimization for aligning LLMs", PROMPTS)
    assert po.head and not aligning.head and "大语言模型" in aligning.context
    # the verb stays the head of its part: what follows its object's known term is the object ('LLM reasoning')
    labels = [(c.label, c.head) for c in split_concepts("steering LLM reasoning with activation vectors", PROMPTS)]
    assert labels == [("steering", True), ("activation vectors", False)]


# ---------------------------------------------------------------- a list closed without a serial comma
def test_a_list_closed_by_and_without_a_serial_comma_is_a_list():
    """'such as legal, medical and financial advice' names finance as one domain among three: the and/or that closes
    the list stood inside the last item, so the list was not seen (a sociodemographics paper on LLM answers was
    listed for 大语言模型在金融领域的应用)."""
    finance = Concept(label="金融", forms=("金融", "financial", "finance"))
    assert _listed_in(finance, "When LLMs are used in high-stakes scenarios, such as legal, medical and financial "
                               "advice, one conversation history drives different outcomes.", "abstract")
    assert _listed_in(finance, "We cover legal, medical, and financial advice.", "abstract")
    # an appositive is no list, nor a clause with its verb
    assert not _listed_in(finance, "We propose FinBot, a framework for banking and financial advice.", "abstract")
    assert not _listed_in(finance, "We study LLMs for financial advice and trading.", "abstract")
