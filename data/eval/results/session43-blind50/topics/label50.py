"""The fiftieth fresh group's labels (data/eval/TOPICS.md, 'Fresh topics, fiftieth group'): the confirmed papers and
the notes per topic, written after reading every proposed paper (candidates50.json: make_topics.py's lexical rule and
the hybrid top 50, from propose50.py; read with read50.py); rejected = proposed - confirmed. Prints the six
topics.jsonl lines.

    python data/eval/results/session43-blind50/topics/label50.py >> data/eval/topics.jsonl
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

RELEVANT = {
    "super-res": ["2605.30431", "2606.00704", "2606.01157", "2606.05068", "2606.05759", "2606.08535", "2606.10275"],
    "novel-view": ["2605.30705", "2605.30863", "2605.31595", "2606.00450", "2606.00452", "2606.01315", "2606.01419",
                   "2606.01590", "2606.03120", "2606.03254", "2606.05102", "2606.05124", "2606.05491", "2606.07514",
                   "2606.07670", "2606.07932", "2606.09794"],
    "xling-consistency": ["2605.30481", "2605.30788", "2605.30804", "2605.30934", "2605.31220", "2606.00333",
                          "2606.01196", "2606.01204", "2606.01322", "2606.01464", "2606.01800", "2606.03291",
                          "2606.03693", "2606.03793", "2606.06586", "2606.07069", "2606.07422", "2606.07535",
                          "2606.07853", "2606.08092", "2606.08451", "2606.11082"],
    "arabic-nlp": ["2606.00193", "2606.02584", "2606.05531", "2606.06004", "2606.08025", "2606.08307", "2606.09830",
                   "2606.10765"],
    "clinical-notes": ["2605.30529", "2605.30637", "2605.31512", "2606.01301", "2606.01678", "2606.01904",
                       "2606.03250", "2606.03399", "2606.05970"],
    "scalable-oversight": ["2605.31170", "2606.00424", "2606.02211", "2606.05647", "2606.06114", "2606.06223",
                           "2606.06529", "2606.07054", "2606.08919", "2606.09931", "2606.10304", "2606.10740",
                           "2606.11063"],
}

NOTES = {
    "super-res": (
        "one concept: image super-resolution: recovering a higher-resolution image or video from a lower-resolution "
        "one (single-image, real-world, video, spectral or remote-sensing super-resolution) is the paper's task; "
        "accepted VICR, visual in-context restoration for real-world image SR (2606.00704), HiTokSR, a hierarchical "
        "codebook tokenizer for real-world SR (2606.01157), MaCo-GAN, manifold-contrastive adversarial learning for "
        "single-image SR (2606.05068), FoA-SR, profile-aware preference optimisation for real-world SR "
        "(2606.10275), DTG-Restore, training-free diffusion refinement for generative video SR (2605.30431), "
        "NGram-MoSE, efficient remote-sensing SR (2606.08535) and PGU-Net, physics-guided deep unfolding for blind "
        "cross-sensor spectral super-resolution (2606.05759); rejected general or all-in-one image restoration "
        "without SR as the task (GGT-100K real-world restoration data 2605.31039, DiTTo restoration agent "
        "2605.30915, geodesic flow matching for blind restoration 2606.06278; borderline), blind face restoration "
        "on NPUs (CFRNet 2606.06850; borderline), high-resolution recovery of coarse particle liquid simulations "
        "(AnisoLift 2606.10473; borderline), amortised neural representations of terrain with arbitrary-resolution "
        "decoding (2606.00404), VQA over ultra-resolution images (UltraVR 2606.05576), analysis of STED "
        "super-resolution microscopy images (2606.02048), point-cloud upsampling for 3DGS initialisation "
        "(2606.00450), nighttime deflaring, retouching, deblurring of MRI and image fusion, and 'resolution', "
        "'upsampling' or 'restoration' in other senses (low-resolution MIL, sub-pixel upsampling in segmentation, "
        "high-resolution VLM tokens) and, from retrieval (nothing on topic beyond the lexical ones), AI-generated "
        "image detection, image generation and restoration papers"),
    "novel-view": (
        "one concept: novel view synthesis: rendering a scene or object from unseen viewpoints is the paper's task or "
        "its main evaluation (radiance fields and Gaussian splatting fitted or predicted for view synthesis, static "
        "or dynamic scenes, sparse-view, feed-forward and diffusion-based view synthesis); accepted DeblurNVS, NVS "
        "from sparse motion-blurred images (2606.01315), DENSER, soccer NVS (2606.01419), StreetNVS, multi-sensor "
        "conditioned street-view NVS (2606.01590), KC-3DGS, kurtosis-constrained splatting for high-fidelity view "
        "synthesis (2606.03120), FreeStreamGS, online feed-forward 3DGS from unposed streams (2606.03254), "
        "unpaired RGB-thermal Gaussian splatting (2606.05491), UniSHARP, monocular view synthesis across camera "
        "models (2606.07514), LEGS, Laplacian-enhanced splatting (2606.07932), appearance models beyond spherical "
        "harmonics for radiance reconstruction (2606.09794), equivariant latent alignment for NVS (2605.30705) "
        "and ZipSplat, feed-forward splatting with fewer Gaussians (2606.05102); borderline, accepted: dynamic "
        "scene reconstruction by splatting evaluated on rendering (DSD-GS 2605.30863, C4G 2605.31595, the dynamic "
        "3DGS study 2606.00452, liquid-network deformation fields 2606.07670), point-cloud upsampling for 3DGS "
        "initialisation (2606.00450) and geometry opacity for splats (2606.05124); rejected 3DGS compression, "
        "streaming and rasterisation speed (2605.30396, SparseStreet 2606.03909, EvoGS 2606.07179, HiGS 2606.00352; "
        "borderline), satellite RPC splatting measured by height error (RPC-GS 2606.06690; borderline), future "
        "extrapolation of driving scenes (Envision4D 2606.10656; borderline), 3D scene inpainting, segmentation, "
        "editing and relighting on splats (2605.30987, GeoSAM-3D 2606.00447, TASE 2606.03314, MaterialClusterGS "
        "2606.09018), splatting SLAM (2605.31419), head, hand and face avatars (2606.01493, 2606.03420, "
        "2606.10550), generative 3D earth and scene generation (2606.09967), physics and object permanence on "
        "splats (2606.00444, 2606.03479), surveys of 3D representations and texturing (2606.04871, 2606.00137), "
        "3DGS poisoning and provenance (2606.03499, 2606.10612), driving datasets and spatial VLM reasoning and "
        "'multi-view' or 'rendering' in other senses and, from retrieval (nothing on topic beyond the lexical "
        "ones), world-model, image synthesis and medical image papers"),
    "xling-consistency": (
        "two concepts: cross-lingual consistency: whether a model's answers, knowledge, reasoning, safety or "
        "behaviour stay the same across languages (gaps between languages, language-dependent behaviour, "
        "cross-lingual transfer of knowledge, safety or confidence, methods that make languages agree); and the "
        "models are LLMs (or multimodal LLMs); accepted XLGoBench, cross-lingual skill gaps with algorithmic tasks "
        "(2605.30788), cross-lingual self-consistency for multilingual reasoning (2606.01464), cross-lingual "
        "factual recall via consistency-driven RL (PolyFact 2606.06586), mmPISA-bench across 43 languages "
        "(2606.07069), self-evolving multilingual judges from cross-lingual disagreement (2606.08092), sycophancy "
        "across 38 languages (2606.08451), the Shibboleth effect (2606.11082), jurisdictional defaults by input "
        "language (2606.00333), language-driven disparities in LLM medical triage (2606.01204), low-resource "
        "safety failures (2606.01196), multilingual refusal alignment (2606.07535), multilingual safety of MLLMs "
        "(2606.03793), cross-linguistic moral reasoning (2605.30934), local-language access to cultural knowledge "
        "(2606.07422), multilingual unlearning transfer (2606.03291) and the Indonesian radiology VQA language gap "
        "(2606.03693); borderline, accepted: global narrative dominance with parallel English-Bengali QA "
        "(2605.30481), a cross-lingual gender-bias audit (2605.30804), zero-shot cross-lingual confidence "
        "estimation (2605.31220), representational structure of languages in LLMs (2606.01800), African-language "
        "jailbreaks (TukaBench 2606.01322) and the Portuguese-English clinical benchmark gap (ClinicalBr "
        "2606.07853); rejected SAE auto-interpretation labels across languages and scripts (2606.00356; "
        "borderline), cross-lingual summarization (2606.01252; borderline), language confusion (2606.08994), "
        "multilingual fine-tuning and LoRA methods (2606.05613, 2606.10428), cross-lingual steering for figurative "
        "language (2605.30443), single-language benchmarks and models (Urdu, Bengali, Romanian, Portuguese, "
        "Indonesian local languages, Japanese charts), machine translation and translation quality, multilingual "
        "speech, retrieval and fact-checking systems and 'multilingual' or 'cross-lingual' in other senses and, "
        "from retrieval (nothing on topic beyond the lexical ones), linguistics, sycophancy and reasoning papers"),
    "arabic-nlp": (
        "one concept: Arabic NLP: processing, modelling, evaluating or analysing Arabic text or speech (Modern "
        "Standard Arabic, Arabic dialects, Arabizi) is the paper's subject or one of its two or three languages; "
        "accepted AraSEG, Arabic sentence segmentation (2606.08025), ArabiGEE, Arabic grammatical error "
        "explanation (2606.10765), a review of LLM-based automated scoring of Arabic text (2606.09830), mental "
        "health discourse in Arabic-language X communities (2606.08307), community guidelines for LLM-assisted "
        "Arabic dialect resources (2606.06004) and BOUTEF, North African fake news in MSA, Algerian and Tunisian "
        "dialects and Arabizi (2606.00193); borderline, accepted: BloomBench, an English-Arabic bilingual VLM "
        "benchmark (2606.05531) and IdiomX, idioms aligned in English, Arabic and French (2606.02584); rejected "
        "papers where Arabic is one of many languages (medical triage by prompt language 2606.01204, Alzheimer's "
        "detection in four languages 2606.05545, ComplexityMT 2606.05421, cultural translation of math problems "
        "2606.11009, BENI economic news 2606.10225), a UAE curriculum-labour NLP framework (2606.01982), Middle "
        "Eastern ethnicity in autism (2606.01217) and 'Gulf', 'Eid' or 'Oryx' in other senses and, from retrieval "
        "(nothing on topic beyond the lexical ones), linguistics, low-resource language and LLM papers"),
    "clinical-notes": (
        "two concepts: clinical notes: free-text clinical documents (clinical notes and narratives, discharge "
        "summaries, triage notes, EHR text, clinical coding from text, de-identification or redaction of clinical "
        "text) are the data; and language models (pretrained encoders or LLMs) process them; accepted "
        "KliniskVestBERT, Norwegian clinical-text BERT (2606.01904), ChristBERT, German clinical language models "
        "(2606.03250), self-harm prediction from emergency-department triage notes (2606.01678), multilingual "
        "orthopaedic decision support from clinical narratives (2605.31512), the sensitivity of LLM structured "
        "extraction from discharge summaries (2606.05970), HERALD, token-level cryptographic redaction of clinical "
        "text (2606.03399) and embeddings for clinical coding search in non-English languages (2605.30529); "
        "borderline, accepted: EHRBench, an EHR-grounded clinical decision benchmark for LLMs (2605.30637) and "
        "Med-HEAL, hallucinations of medical LLMs on EHRNoteQA and MIMIC-IV (2606.01301); rejected LLMs over "
        "structured EHRs or structured clinical data (ChatHealthAI 2606.02802, cardiovascular risk 2606.00031; "
        "borderline), patient trajectory agents (Traj-Evolve 2606.02812; borderline), clinical case-report "
        "benchmarks and standardised patients (ClinicalBr 2606.07853, MedSP1000 2606.05112, ClinicalMC "
        "2606.03157), radiology report generation and evaluation (RadOT-Eval 2606.08769, CT and CXR reports), "
        "clinical prompt sensitivity (2605.30646, 2606.07237), medical QA and safety stress tests, PHI in images "
        "(VisShield 2606.09132) and 'EHR' or 'clinical' in other senses (entropy-guided history replay) and, "
        "from retrieval (nothing on topic beyond the lexical ones), medical VLM and language-model papers"),
    "scalable-oversight": (
        "one concept: scalable oversight: overseeing or controlling AI systems that may be more capable or "
        "untrusted is the paper's subject (weak overseers and critics, AI control protocols and evaluations, "
        "monitors of agents and of their reasoning, detecting sabotage or hidden goals, oversight evasion, the "
        "capacity of human overseers); accepted weak critics for scalable oversight (2606.00424), attack "
        "selection in agentic AI control evaluations (2606.06529), CIAware-Bench, awareness of control "
        "interventions (2606.11063), human developers detecting AI-agent sabotage (2606.05647), TRACE, "
        "monitoring long-horizon agent trajectories for hidden malicious goals (2606.07054), MIRAGE, an encoding "
        "subspace for monitoring agent exfiltration (2606.10304), calibrating agent guards to a fatiguing human "
        "reviewer (2606.08919) and emergent languages of agents evading human oversight (2605.31170); "
        "borderline, accepted: reward-hacking monitors for agents (2606.06223), consistency training without "
        "obfuscation that undermines monitorability (2606.02211), the oversight paradox in multi-turn reasoning "
        "models (2606.10740), simulated human oversight of self-evolving agents (ANCHOR 2606.06114) and the "
        "strategic confinement problem (2606.09931); rejected alignment faking and evaluation awareness "
        "(2606.08243, 2606.08629; borderline), human-directed agent autonomy frameworks (Digital Apprentice "
        "2606.04321; borderline), guardrails and safety reasoning for agents (TRIAD 2606.05805, SciTrace "
        "2606.08234), multi-agent debate and its confidence (2606.00820, 2606.10296, 2606.10307, 2606.07532), "
        "failure detection in multi-agent systems (POIROT 2606.02282), LLM oversight of financial objectives "
        "(2606.03704), red teaming of medical LLMs (2606.00027), AI time horizons (2606.07157) and 'oversight', "
        "'monitor', 'critic' or 'human-in-the-loop' in other senses (critics in RL and GUI agents, "
        "human-in-the-loop annotation, activity monitoring) and, from retrieval (nothing on topic), vision, "
        "reasoning and memory papers"),
}


def main() -> None:
    cands = json.loads((HERE / "candidates50.json").read_text(encoding="utf-8"))
    for key, relevant in RELEVANT.items():
        topic, lang, concepts, _forms = mt.PROPOSE[key]
        proposed = list(dict.fromkeys(cands[key]["lexical"] + cands[key]["hybrid"]))
        assert set(relevant) <= set(proposed), (key, set(relevant) - set(proposed))
        assert len(set(relevant)) == len(relevant), key
        rejected = sorted(set(proposed) - set(relevant))
        line = {"id": key, "topic": topic, "language": lang, "concepts": concepts, "relevant": sorted(relevant),
                "proposed": len(proposed), "rejected": rejected, "notes": NOTES[key]}
        print(json.dumps(line, ensure_ascii=False))


if __name__ == "__main__":
    main()
