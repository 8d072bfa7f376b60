"""Session 17: a multi-word English term with 'of' stays one concept ('theory of mind'); a term learned from the
candidates is matched as a run of words, not its words anywhere in a sentence ('trajectory prediction' is not
'trajectories … predict'); an acronym the candidates define is learned ('Theory of Mind (ToM)'); a Chinese word the
dictionary lacks is glossed by its parts (角色扮演 = 角色 + 扮演); a head that names a kind of data is not the head of
another kind ('text embeddings' are not CLIP image embeddings)."""

from assistant.chains.digest.candidate_terms import en_terms
from assistant.chains.digest.concept import Concept
from assistant.chains.digest.learned import _acronyms, translate_concepts
from assistant.chains.digest.lexical import PaperText, form_occurs, learned_occurs
from assistant.chains.digest.relevance import coverage
from assistant.chains.digest.topic import split_concepts
from assistant.zh_en_dictionary import dictionary_pieces
from tests.chains.digest_cases import PROMPTS, assert_selects, paper


# ---------------------------------------------------------------- 'X of Y' as one term
def test_a_two_word_term_with_of_stays_one_concept():
    tom, llm = split_concepts("theory of mind in large language models", PROMPTS)
    assert tom.label == "theory of mind" and tom.loose and tom.head
    assert "LLM" in llm.forms
    # a task and its object stay two concepts, and a word that runs on into a longer phrase is not merged
    assert [c.label for c in split_concepts("quantization of large language models", PROMPTS)] == \
        ["quantization", "large language models"]
    labels = [c.label for c in split_concepts("constructions and bounds of error-correcting codes", PROMPTS)]
    assert "error-correcting codes" in labels and not any(" of " in label for label in labels)


def test_theory_of_mind_decoys_that_name_theory_and_mind_apart_are_excluded():
    on = paper("1", "Theory of Mind Reasoning in Large Language Models",
               "We benchmark the theory of mind of large language models (LLMs) on false-belief tasks.")
    decoy = paper("2", "A Theory of Scaling for Large Language Models",
                  "We propose a theory of scaling for LLMs. Large language models keep in mind their context.")
    assert_selects("theory of mind in large language models", on, decoy)


# ---------------------------------------------------------------- learned terms as a run of words
def test_a_learned_term_is_matched_as_adjacent_words():
    assert learned_occurs("trajectory prediction", "Pedestrian trajectory predictions under occlusion.")
    assert learned_occurs("physics-informed neural", "We train physics-informed neural networks (PINNs).")
    assert not learned_occurs("trajectory prediction",
                               "Trajectory dynamics in hidden states predict human reading times.")
    assert not learned_occurs("physics-informed neural",
                               "A physics-informed matching pursuit; a neural baseline is compared.")
    assert learned_occurs("physics-informed neural", "A physics-informed graph neural network reconstructs stress.")
    assert not learned_occurs("trajectory prediction", "Trajectories of firms predict recovery.")
    assert learned_occurs("deepfake detection", "Staged Specialist Detection of Deepfake Faces")
    assert learned_occurs("PINN", "An improved PINN framework.") and not learned_occurs("PINN", "a pinned post")


def test_trajectory_prediction_decoys_are_excluded():
    """轨迹预测 learned 'trajectory prediction' and matched it word by word: the 'trajectories' of hidden states, of
    patients' visual acuity and of firms' market responses were listed (session 16, ninth group: 7 of 11 off)."""
    learned = Concept(label="轨迹预测", forms=("轨迹预测",), learned=("trajectory prediction",))
    on = paper("1", "Vessel Trajectory Prediction with Memory", "We study vessel trajectory prediction from AIS data.")
    off = paper("2", "Trajectory Dynamics in Language Model Hidden States Predict Reading Times",
                "The trajectories of hidden states predict human processing costs.")
    covered = coverage([learned], [PaperText.of(on), PaperText.of(off)])
    assert covered[0].complete and not covered[1].complete


# ---------------------------------------------------------------- acronyms and glosses learned from the candidates
def test_an_acronym_the_candidates_define_is_learned():
    texts = [PaperText.of(paper(str(i), f"Paper {i}", "We study Theory of Mind (ToM) in language agents.")) for i in
             range(3)]
    assert _acronyms(["theory of mind"], texts) == ("ToM",)
    texts = [PaperText.of(paper(str(i), f"Paper {i}", "We train physics-informed neural networks (PINNs) for flow."))
             for i in range(2)]
    assert _acronyms(["physics-informed neural"], texts) == ("PINN",)
    # two letters are too ambiguous (SD: speculative decoding, Stable Diffusion); one paper is not enough
    texts = [PaperText.of(paper(str(i), "P", "We study speculative decoding (SD).")) for i in range(3)]
    assert _acronyms(["speculative decoding"], texts) == ()
    assert _acronyms(["theory of mind"], [PaperText.of(paper("1", "P", "Theory of Mind (ToM) matters."))]) == ()


def test_an_acronym_used_mostly_in_another_sense_is_not_learned():
    defining = [PaperText.of(paper(str(i), "P", "We use test-time scaling (TTS) for reasoning.")) for i in range(2)]
    others = [PaperText.of(paper(f"o{i}", "P", "A TTS model for speech.")) for i in range(3)]
    assert _acronyms(["test-time scaling"], defining + others) == ()


def test_a_paper_naming_the_concept_by_its_acronym_only_is_covered():
    texts = [PaperText.of(paper(str(i), f"Physics-informed neural networks for case {i}",
                                "We train physics-informed neural networks (PINNs).", tldr="物理信息神经网络求解。"))
             for i in range(3)]
    texts.append(PaperText.of(paper("9", "Critical evaluation of PINN for inverse analysis",
                                    "The PINN fails to converge; a differentiable FEM is better.")))
    concepts = translate_concepts(split_concepts("物理信息神经网络", PROMPTS), texts)
    assert "PINN" in concepts[0].learned
    assert coverage(concepts, texts)[3].complete


def test_a_chinese_word_the_dictionary_lacks_is_glossed_by_its_parts():
    assert dictionary_pieces("角色扮演") == ["角色", "扮演"]
    assert dictionary_pieces("预测") == ["预测"]


def test_a_title_case_term_is_not_kept_as_an_acronym():
    terms = en_terms("Role-Playing Agents under LLM control")
    assert "role-playing" in terms.values() and "LLM" in terms.values()


# ---------------------------------------------------------------- the head of another kind of data
def test_image_embeddings_are_not_text_embeddings():
    """CLIP-style image-text, CAD and face-hair embeddings were 4 of the 6 papers listed for 'text embedding models for
    retrieval' (session 16, ninth group): their abstracts name text somewhere, the context alone let them in."""
    on = paper("1", "Compressing Text Embeddings for Retrieval",
               "We study text embeddings for dense retrieval. We propose a compression of text embedding models.")
    clip = paper("2", "Editing Image Embeddings with Sparse Autoencoders",
                 "Vision-language models such as CLIP share an image-text embedding space. We propose to edit image "
                 "embeddings with captions as text, improving retrieval. The image and text embeddings align better.")
    assert_selects("text embedding models for retrieval", on, clip)


# ---------------------------------------------------------------- language agents are LLM agents
def test_role_playing_language_agents_name_the_llm_concept_and_vision_language_agents_do_not():
    """ArcANE ('Do Role-Playing Language Agents Stay in Character …') names no LLM form: 大语言模型的角色扮演 missed it."""
    (llm, _) = split_concepts("大语言模型的角色扮演", PROMPTS)
    assert "language agent" in llm.forms
    assert form_occurs("language agent", "Do Role-Playing Language Agents Stay in Character at the Right Time?")
    assert not form_occurs("language agent", "We build vision-language agents for GUI control.")
    assert not form_occurs("language agent", "a vision-language-agent benchmark")
    assert "language model" not in llm.forms  # measured: off-topic papers into eight groups
