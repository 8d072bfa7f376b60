"""Session 21, from the study of the thirteenth topic group (blind: precision 0.24 @8 and @20, recall 0.10 / 0.12, one
digest empty): a compound whose whole is a known field stays whole (图像复原: image restoration, named by its tasks);
'X and Y' of a topic that is nothing but the coordination is both only when the candidates write them together, else
either (sides of one area); field vocabulary: instruction following, visual localization / place recognition /
geo-localization, auctions and bidding, UAVs (so 无人机通信 is UAV + communication, not a phrase no paper writes) and
unified multimodal models (a head that keeps 'unified')."""

from assistant.chains.digest.topic import split_concepts
from tests.chains.digest_cases import PROMPTS, cover, on_topic, paper


def _labels(topic: str) -> list[str]:
    return [c.label for c in split_concepts(topic, PROMPTS)]


# ---------------------------------------------------------------- image restoration, one term named by its tasks
def test_image_restoration_is_one_term():
    """图像复原 was 图像 · 复原: 复原 is in none of the 21 judged papers, and any paper with 'image' in its title passed."""
    [concept] = split_concepts("图像复原", PROMPTS)
    assert concept.label == "图像复原"
    assert {"image restoration", "super-resolution", "image denoising", "图像恢复", "超分辨率"} <= set(concept.forms)
    assert [c.label for c in split_concepts("image restoration", PROMPTS)] == ["image restoration"]


def test_restoration_papers_by_their_task_names():
    sr = paper("1", "HiTokSR: A Coarse-to-Fine Tokenizer for High-Fidelity Real-World Image Super-Resolution",
               "We propose HiTokSR for real-world image super-resolution.", tldr="本文提出真实图像超分辨率方法。")
    pet = paper("2", "U-TTT: Towards Generalizable PET Image Denoising via Test-Time Training",
                "We propose U-TTT, a U-shaped network for PET image denoising.")
    aesthetics = paper("3", "RED-Aes: Image Aesthetics Assessment with Reasoning",
                       "We propose an image aesthetics model that explains its scores.", tldr="本文提出图像美学评估模型。")
    # restoration of something that is no image is another sense (the image context is required)
    punctuation = paper("4", "Efficient Punctuation Restoration via Weighted Lookahead Scoring",
                        "We propose a punctuation restoration method for speech transcripts.")
    concepts, covered = cover("图像复原", sr, pet, aesthetics, punctuation)
    assert on_topic(concepts, covered[0]) and on_topic(concepts, covered[1])
    assert not covered[2].complete and not covered[3].complete


# ---------------------------------------------------------------- 'X and Y'
def test_two_names_of_one_area_are_one_concept():
    """Visual localization, place recognition and geo-localization name one task (where an image was taken); auction
    design and bidding are both about auctions: each topic is one concept (read as two required concepts, the first
    listed 1 of 13 judged papers and the second nothing)."""
    assert _labels("visual localization and place recognition") == ["visual localization"]
    assert _labels("auction design and bidding") == ["auction design"]
    geo = paper("1", "DINO-GFSA: Geo-Localization via Semantic Gated Fusion", "We propose DINO-GFSA for drone "
                "cross-view geo-localization.", tldr="本文提出无人机跨视角地理定位框架。")
    grounding = paper("2", "iVGR: Internalizing Visually Grounded Reasoning for MLLMs",
                      "We propose iVGR, which internalizes visual grounding.", tldr="本文研究多模态大模型的视觉定位推理。")
    concepts, covered = cover("visual localization and place recognition", geo, grounding)
    assert on_topic(concepts, covered[0]) and not covered[1].complete
    auctions = paper("3", "Competing Auctions in Intermediated Markets", "We study competing auctions with "
                     "intermediaries.", tldr="本文研究存在中介的竞争性拍卖市场。")
    concepts, covered = cover("auction design and bidding", auctions)
    assert on_topic(concepts, covered[0])


def test_a_coordination_is_either_when_the_candidates_name_its_parts_apart():
    """A topic that is nothing but 'X and Y' asks for both while candidates write them together (GraphRAG papers name
    knowledge graphs and RAG); when fewer than three candidates do, the two are sides of one area and either will do."""
    assert all(c.coordinated for c in split_concepts("knowledge graphs and RAG", PROMPTS))
    kg = [paper(f"k{n}", f"Knowledge Graph Completion {n}", "We propose a knowledge graph completion method.")
          for n in range(3)]
    rag = [paper(f"r{n}", f"Retrieval-Augmented Generation {n}", "We propose a RAG pipeline for question answering.")
           for n in range(3)]
    concepts, covered = cover("knowledge graphs and RAG", *kg, *rag, learn=True)
    assert len(concepts) == 1 and len(concepts[0].alternatives) == 2
    assert all(on_topic(concepts, c) for c in covered)
    both = [paper(f"g{n}", f"GraphRAG {n}: Knowledge Graphs for Retrieval-Augmented Generation",
                  "We propose a knowledge graph index for RAG.") for n in range(3)]
    concepts, covered = cover("knowledge graphs and RAG", *both, kg[0], rag[0], learn=True)
    assert [c.label for c in concepts] == ["knowledge graphs", "RAG"]
    assert all(on_topic(concepts, c) for c in covered[:3])
    assert not covered[3].complete and not covered[4].complete
    # a coordination that relates to another part is either as before; one beside 'for' is not the whole topic
    assert not any(c.coordinated for c in split_concepts("fact-checking and misinformation detection with LLMs",
                                                         PROMPTS))


# ---------------------------------------------------------------- instruction following
def test_instruction_following_of_llms():
    """指令遵循 was unknown and learned 'high-quality' from its candidates; the three papers listed named no instruction."""
    assert _labels("大语言模型的指令遵循") == ["大语言模型", "指令遵循"]
    ifbench = paper("1", "VCIFBench: Evaluating Complex Instruction Following for Video Understanding",
                    "We present VCIFBench, which evaluates how multimodal large language models follow complex "
                    "instructions.", tldr="本文提出评估多模态大语言模型指令跟随能力的基准。")
    quant = paper("2", "LC-QAT: Data-Efficient 2-Bit QAT for LLMs", "We propose 2-bit quantization-aware training "
                  "of large language models with high-quality data.")
    concepts, covered = cover("大语言模型的指令遵循", ifbench, quant)
    assert on_topic(concepts, covered[0]) and not covered[1].complete


# ---------------------------------------------------------------- UAV communication
def test_uav_communication_is_uav_and_communication():
    """无人机通信 was one unknown phrase no paper writes, which learned 'human communication' and listed an LLM
    persuasion paper; with UAV known it is UAV + 通信, and the candidates show 通信 is a concept of its own."""
    [concept] = split_concepts("无人机通信", PROMPTS)
    assert concept.merged == ("无人机", "通信") and "UAV" in concept.forms
    comm = [paper(f"c{n}", title, abstract) for n, (title, abstract) in enumerate((
        ("Hybrid Bit and Semantic Communications for UAV-Enabled Wireless Power Transfer Networks",
         "We study semantic communication in UAV-enabled wireless power transfer networks."),
        ("X-Band UAV-enabled Integrated Sensing and Communications for Vehicular Networks",
         "We optimise time allocation of UAV-enabled sensing and communications."),
        ("Secure UAV Relay Communications", "We propose a UAV relay for secure communication."),
    ))]
    imagery = [paper(f"i{n}", title, abstract) for n, (title, abstract) in enumerate((
        ("Small Object Detection in UAV Imagery", "We detect small objects in UAV images."),
        ("Crop Mapping from Drone Images", "We map crops and weeds from UAV imagery."),
    ))]
    wireless = [paper(f"w{n}", f"Semantic Communication Systems {n}", "We propose a semantic communication system.")
                for n in range(3)]
    persuasion = paper("p", "LLM Persuasion through the Lens of Communicative Action Theory",
                       "We study LLM persuasion and sycophancy through communicative action theory.")
    concepts, covered = cover("无人机通信", *comm, *imagery, *wireless, persuasion, learn=True)
    assert [c.label for c in concepts] == ["无人机", "通信"]
    assert all(on_topic(concepts, c) for c in covered[:3])
    assert not any(c.complete for c in covered[3:5]) and not covered[-1].complete


# ---------------------------------------------------------------- unified multimodal models
def test_unified_multimodal_models_keep_unified():
    """'unified' was dropped and either task admitted generation-only 'unified' models; a unified multimodal model
    (UMM) is now the head, a field term."""
    concepts = split_concepts("unified multimodal models for understanding and generation", PROMPTS)
    assert [c.label for c in concepts] == ["unified multimodal models", "understanding or generation"]
    assert concepts[0].head and "UMM" in concepts[0].forms
    umm = paper("1", "IMUG-Bench: Benchmarking Unified Multimodal Models on Interleaved Understanding and Generation",
                "We benchmark unified multimodal models on interleaved understanding and generation.")
    video = paper("2", "LoomVideo: Unifying Multimodal Inputs into Video Generation and Editing",
                  "We unify multimodal inputs for video generation and editing.")
    concepts, covered = cover("unified multimodal models for understanding and generation", umm, video)
    assert on_topic(concepts, covered[0]) and not covered[1].complete
