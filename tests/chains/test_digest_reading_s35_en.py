"""Session 35, English topic readings (dev35b): review34 E5 and the thirty-second / thirty-third groups' English
failures (measured blind in session 34, then studied). Crafted cases, not the judged topics."""

from __future__ import annotations

from assistant.chains.digest.lexical import PaperText
from assistant.chains.digest.readings import kinds_of_modified
from assistant.chains.digest.topic import split_concepts
from tests.chains.digest_cases import PROMPTS, cover, on_topic, paper

# candidates writing 'generative' as a kind of model (the modifier before 'model(s)'), and one LLM paper on tutoring
_GENERATIVE = [paper(f"2606.0000{i}", f"Generative models for task {i}",
                     f"We study generative {kind} models for task {i}.")
               for i, kind in enumerate(("language", "diffusion", "sequence", "video"), 1)]
_TUTOR = paper("2606.00011", "LLM Tutors in Secondary School Education",
               "We deploy large language model tutors in secondary school education.")
_OFF = paper("2606.00012", "Rule-based Tutors in Education", "We deploy rule-based tutors in school education.")


def test_a_modified_name_keeps_the_members_its_modifier_classifies():
    """'generative AI' (a modified name of the broad AI entry) keeps the entry's narrower members (LLM) when the
    candidates write its modifier as a kind of model ('generative language models'): an LLM tutor is generative AI in
    education (review34 E5: read literally, the LLM papers were lost)."""
    (genai, education) = split_concepts("generative AI in education", PROMPTS)
    assert set(genai.forms) == {"generative AI", "GenAI"} and "LLM" in genai.kinds
    texts = [PaperText.of(p) for p in _GENERATIVE + [_TUTOR]]
    wide = kinds_of_modified(genai, texts, [education])
    assert {"LLM", "large language model"} <= set(wide.forms) and not wide.kinds
    assert wide.own[:1] == ("generative AI",)  # (papers writing the name itself still rank first)
    concepts, covered = cover("generative AI in education", _TUTOR, _OFF, *_GENERATIVE, learn=True)
    assert on_topic(concepts, covered[0]) and not covered[1].complete
    # ... the acronym and the Chinese name alike
    (acronym, education) = split_concepts("GenAI in education", PROMPTS)
    assert "LLM" in kinds_of_modified(acronym, texts, [education]).forms
    chinese, education = split_concepts("生成式人工智能的教育应用", PROMPTS)
    assert "generative AI" in chinese.forms and "LLM" in kinds_of_modified(chinese, texts, [education]).forms


def test_a_modified_name_keeps_no_member_the_rest_of_the_topic_is_not_studied_with():
    """The candidates naming the topic's other concepts (image editing) name no LLM: an LLM is not the generative AI
    of 'generative AI for image editing' (review35 E1: LLM knowledge-editing papers were listed), nor of a topic of
    one concept whose candidates seldom name one."""
    (genai, editing) = split_concepts("generative AI for image editing", PROMPTS)
    editors = [paper(f"2606.0003{i}", f"Instruction-guided image editing {i}",
                     f"We edit images with generative diffusion models, method {i}.") for i in range(4)]
    texts = [PaperText.of(p) for p in _GENERATIVE + editors + [_TUTOR]]
    assert set(kinds_of_modified(genai, texts, [editing]).forms) == {"generative AI", "GenAI"}
    assert set(kinds_of_modified(genai, texts).forms) == {"generative AI", "GenAI"}


def test_a_modified_name_stays_narrow_when_its_modifier_classifies_nothing():
    """Too few candidates writing 'generative' before a model noun (here they write 'generative' only in other uses):
    the name stays itself. 'AGI' / 'artificial general intelligence' and 通用人工智能 (a modifier the glossary has no
    English for) never widen."""
    (genai, _) = split_concepts("generative AI in education", PROMPTS)
    texts = [PaperText.of(paper(f"2606.0002{i}", f"Paper {i}", f"A generative process of claims {i} and models."))
             for i in range(5)] + [PaperText.of(_GENERATIVE[0])]
    narrow = kinds_of_modified(genai, texts)
    assert set(narrow.forms) == {"generative AI", "GenAI"} and not narrow.kinds
    for topic in ("AGI safety", "risks of artificial general intelligence", "通用人工智能的风险"):
        assert not any(c.kinds for c in split_concepts(topic, PROMPTS)), topic
    concepts, covered = cover("通用人工智能的风险", _TUTOR, *_GENERATIVE, learn=True)
    assert not covered[0].complete


def test_two_modifiers_coordinated_before_one_head_share_it():
    """'X and Y H' with X an adjective or a participle ('augmented', 'static', 'spoken') is X H or Y H: read as
    written, X was a concept of its own naming nothing (any 'retrieval-augmented' paper) beside 'virtual reality'.
    Subjects coordinated with a phrase stay two concepts ('robotics and autonomous driving')."""
    from assistant.chains.digest.topic import _coordinated_modifiers

    (either_kind,) = split_concepts("augmented and virtual reality", PROMPTS)
    assert {a.label for a in either_kind.alternatives} == {"augmented reality", "virtual reality"}
    (malware,) = split_concepts("static and dynamic malware analysis", PROMPTS)
    assert {a.label for a in malware.alternatives} == {"static malware analysis", "dynamic malware analysis"}
    (rl,) = split_concepts("single and multi-agent reinforcement learning", PROMPTS)
    assert "single-agent reinforcement learning" in {a.label for a in rl.alternatives}
    # ... in a part of a longer topic too
    concepts = split_concepts("augmented and virtual reality for surgical guidance", PROMPTS)
    assert len(concepts) == 2 and {a.label for a in concepts[0].alternatives} == {"augmented reality",
                                                                                   "virtual reality"}
    for topic in ("robotics and autonomous driving", "privacy and federated learning", "zero-shot and few-shot learning",
                  "security and software engineering", "large language and vision models"):
        assert _coordinated_modifiers(topic) is None, topic
    on = paper("2606.00001", "Augmented Reality Guidance for Surgery", "We guide surgeons with an augmented reality headset.")
    vr = paper("2606.00002", "Virtual Reality Training", "Trainees rehearse the task in virtual reality.")
    off = paper("2606.00003", "Retrieval-Augmented Generation for Reality Checks",
                "A retrieval-augmented model checks claims against reality.")
    concepts, covered = cover("augmented and virtual reality", on, vr, off)
    assert on_topic(concepts, covered[0]) and on_topic(concepts, covered[1]) and not covered[2].complete


def test_each_coordinated_kind_is_its_phrase_not_its_words_anywhere():
    """Each kind is its modifier near its head, and required: 'safe reinforcement learning' is no RL paper that writes
    'safe' somewhere in a sentence, nor learns the Chinese of RL alone (强化学习)."""
    (rl,) = split_concepts("safe and efficient reinforcement learning", PROMPTS)
    on = paper("2606.00001", "Shielding for Safe Reinforcement Learning", "We shield a safe reinforcement learning agent.")
    off = paper("2606.00002", "Reinforcement Learning for Routing",
                "A safe router is trained with a policy-gradient method, and reinforcement learning beats it.",
                tldr="本文用强化学习训练路由器。")
    concepts, covered = cover("safe and efficient reinforcement learning", on, off, learn=True)
    assert on_topic(concepts, covered[0]) and not covered[1].complete
    assert all(a.required for a in rl.alternatives)


def test_a_compound_opening_with_a_stop_word_is_matched_whole():
    """'in-context' is what 'in-context learning' says: a title with 'Context-Aware ... Learning' names no in-context
    learning (read as 'context' + 'learning' it did); 'on-policy distillation' is not any policy distillation."""
    from assistant.chains.digest.lexical import _loose_match
    from assistant.chains.digest.vocabulary import _content_stems, _latin_stems

    assert _content_stems("in-context learning") == ["incontext", "learn"]
    assert _content_stems("self-supervised learning") == ["self", "supervis", "learn"]  # (no stop word: as before)
    assert not _loose_match("in-context learning", _latin_stems("Context-Aware Reinforcement Learning for Editing"))
    assert _loose_match("in-context learning", _latin_stems("Robust In-Context Learning with Proxies"))
    assert not _loose_match("on-policy distillation", _latin_stems("Distilling a policy tree from an LLM"))
    on = paper("2606.00001", "Demonstration Selection for In-Context Learning",
               "We select demonstrations for in-context learning in LLMs.")
    off = paper("2606.00002", "Context-Aware Learning for Image Editing",
                "We learn context-aware edits with reinforcement learning.")
    concepts, covered = cover("in-context learning", on, off)
    assert on_topic(concepts, covered[0]) and not covered[1].complete


def test_a_derivative_is_of_the_word_not_of_an_over_cut_stem():
    """A rare word meets its -atic / -y derivatives only when its stem is the word itself, its plural or its -ic
    adjective ('idiom' ~ 'idiomatic', 'symmetric' ~ 'symmetry'); 'registration' is cut to registr by the stemmer, and
    'registry' (registri) is no derivative of it (review34 E1')."""
    from assistant.chains.digest.lexical import _loose_match
    from assistant.chains.digest.vocabulary import _latin_stems

    assert not _loose_match("registration accuracy", _latin_stems("registry accuracy of hospitals"))
    assert not _loose_match("unrelated tasks", _latin_stems("unreliable tasks"))
    assert _loose_match("idiom understanding", _latin_stems("A Lens on Idiomatic Understanding"))
    assert _loose_match("symmetric encryption", _latin_stems("symmetry encryption"))


def test_a_modified_name_spelled_out_or_in_the_other_script_is_the_entry_form():
    """'generative artificial intelligence' and 生成式AI are 'generative AI' / 生成式人工智能 as the glossary writes them
    (review35 E2: read as written, the first asked for the whole AI entry, the second for 生成式 alone)."""
    (genai, _) = split_concepts("generative artificial intelligence in education", PROMPTS)
    assert genai.label == "generative AI" and "AI" not in genai.forms
    (zh, _) = split_concepts("生成式AI教育应用", PROMPTS)
    assert zh.label == "生成式人工智能"
    assert split_concepts("通用AI的风险", PROMPTS)[0].forms == ("通用人工智能",)
    assert "AI" in split_concepts("artificial intelligence in education", PROMPTS)[0].forms  # (the name: the entry)


def test_a_hyphenated_kind_lends_its_tail_only_after_a_prefix():
    """'single and multi-agent' shares '-agent' (multi is a prefix); 'supervised and self-supervised learning' does not
    ('supervised-supervised'), nor 'real and AI-generated images'. A kind read without its modifier (moved to the
    head's context) is no kind: 'fast and slow thinking in LLMs' is read as before (review35 C1, C2)."""
    def kinds(topic):
        return {a.label for c in split_concepts(topic, PROMPTS) for a in c.alternatives}

    assert kinds("single and multi-agent reinforcement learning") == {"single-agent reinforcement learning",
                                                                      "multi-agent reinforcement learning"}
    assert kinds("supervised and self-supervised learning") == {"supervised learning", "self-supervised learning"}
    assert kinds("real and AI-generated images") == {"real images", "AI-generated images"}
    assert "thinking" not in kinds("fast and slow thinking in LLMs")
