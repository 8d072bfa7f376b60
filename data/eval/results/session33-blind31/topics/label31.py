"""The thirty-first fresh group's labels (data/eval/TOPICS.md, 'Fresh topics, thirty-first group'): the confirmed
papers and the notes per topic, written after reading every proposed paper (candidates31.json: make_topics.py's lexical
rule and the hybrid top 50, from propose31.py); rejected = proposed - confirmed. Prints the six topics.jsonl lines.

    python data/eval/results/session33-blind31/topics/label31.py >> data/eval/topics.jsonl
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

RELEVANT = {
    "idiom-lm": ["2606.01671", "2606.02147", "2606.02584", "2606.03817", "2606.07479"],
    "noregret-games": ["2606.01275", "2606.05108", "2606.05363", "2606.06085", "2606.06882", "2606.10261"],
    "movable-antenna": ["2606.02193", "2606.03035", "2606.04537", "2606.05600", "2606.08017", "2606.08829"],
    "thermal-ir": ["2606.00673", "2606.01173", "2606.03806", "2606.05491", "2606.07985", "2606.08324"],
    "agi-risk": ["2606.03237", "2606.08296", "2606.08832", "2606.10720"],
    "paraling": ["2606.01479", "2606.06168", "2606.10581"],
}

NOTES = {
    "idiom-lm": (
        "idioms (idiomatic expressions, idiomatic multiword expressions) are what the paper studies with language "
        "models: detecting, understanding, interpreting, retrieving or representing them, datasets and benchmarks of "
        "idioms for models, and what models learn about idiomaticity; accepted IdiomX, a multilingual benchmark of "
        "idiom detection, retrieval and paraphrase (2606.02584), MIDI, multilingual idioms in sentences and "
        "conversations across resource tiers (2606.02147), the Varnika idiom corpus with a hybrid-MoE framework for "
        "idiomatic understanding (2606.01671) and idiom decomposability with contextual LMs as distributional "
        "learners (2606.03817); borderline, accepted: literal vs idiomatic Turkish light-verb constructions "
        "classified by BERTurk and prompted LLMs (2606.07479, framed as multiword-expression classification); "
        "rejected figurative language that is not idioms (cross-lingual steering of figurative generation, metaphor "
        "and simile, 2605.30443; borderline), rare constructions not framed as idioms (Paired-Focus constructions "
        "'let alone', 2605.31586; borderline), community slang detection by semantic shift (2606.07522; borderline), "
        "rhetorical function in hateful memes, 'metaphor' in essays about chatbots, 'compositional' in other senses (sentence "
        "encoders, density fusion, LoRA composition) and, from retrieval (nothing on topic beyond the lexical ones), "
        "other linguistics-of-LMs, multilingual and interpretability papers."),
    "noregret-games": (
        "agents that learn by repeated play in a game or market (no-regret / swap-regret learners, online gradient "
        "dynamics, adaptive pricing or bidding learners) and what their learning dynamics converge to or guarantee "
        "(equilibria, revenue, welfare, collusion) are what the paper studies; accepted domination-avoiding learners "
        "that cannot collude where external-regret minimisers do (2606.01275), gradient dynamics in first-price "
        "auctions (2606.05108), revenue of no-swap-regret dynamics in first-price auctions (2606.06085) and "
        "machine-learned advice against no-regret learners in repeated games (2606.10261); borderline, accepted: "
        "competitive resource acquisition whose second main result is last-iterate convergence of simultaneous "
        "learning dynamics to the BNE (2606.06882) and pricing algorithms learning demand repeatedly in a "
        "competitive market, with the resulting price dynamics and transient collusion (2606.05363); rejected "
        "equilibrium computation that is not learning by play (STON'R for first-order Nash equilibria 2606.09565, "
        "distributed Wardrop-equilibrium seeking 2606.01594; borderline for both), the El Farol bar game with AI "
        "learning agents and a learning bar as mechanism designer (2606.04753; borderline, a simulation model), "
        "multi-agent RL methods for cooperation or equilibria (COOPER 2606.04359, network common-pool games "
        "2606.05867, DNQ 2606.06480, GARL, Fog of Love), learning a mechanism from samples (private learning in "
        "bilateral trade 2606.02050), bandits and regret bounds outside games (decision makers without "
        "counterfactuals 2606.02095, causal Bayesian optimisation, UniScale), information design and other "
        "equilibrium analyses without learning (2606.03527, 2606.06625, 2606.01874) and, from retrieval (nothing on topic beyond the lexical ones), other RL and LLM papers."),
    "movable-antenna": (
        "one concept: antennas whose position, orientation or shape is reconfigured as an extra spatial degree of "
        "freedom (movable antennas, fluid antenna systems and their port selection, rotatable antennas, movable "
        "passive couplers) are what the wireless system the paper models, optimises or analyses is built on; "
        "accepted rotatable-antenna LEO satellite links with boresight alignment and beam tracking (2606.02193), "
        "rotatable antennas for NOMA vs OMA (2606.03035) and for energy-efficient uplink NOMA (2606.05600), fluid "
        "antennas against asynchronous reception in cell-free massive MIMO (2606.08017) and the flexible coupler "
        "antenna whose passive coupler is moved (2606.08829); borderline, accepted: fluid index modulation with "
        "port selection for integrated data and energy transfer (2606.04537); rejected a flexible intelligent "
        "metasurface whose surface shape is optimised (2606.06845; borderline, a reflecting surface, not an "
        "antenna), environment-division multiple access where flexible antennas are one attribute (2606.07025; "
        "borderline), detection for single-RF MIMO with electronically reconfigurable ESPAR antennas (2606.03311; "
        "borderline, pattern reconfiguration, nothing moves), sparse antenna activation in cell-free massive MIMO "
        "(2606.03912), beamforming, RIS, XL-array and satellite papers without reconfigurable antennas and, from "
        "retrieval (nothing on topic beyond the lexical ones), other communication, mesh and 'rotation' papers."),
    "thermal-ir": (
        "one concept: thermal infrared images (thermal / LWIR / MWIR imagery, alone or fused with visible images) "
        "are the data the paper's vision or learning method perceives, fuses, reconstructs or decomposes; accepted "
        "T-CLIP, thermal perception for CLIP with a thermal-captioning pipeline (2606.00673), RGB-infrared object "
        "detection on DroneVehicle (2606.01173), unpaired RGB-thermal Gaussian splatting (2606.05491), "
        "infrared-visible image fusion (FMRFusion 2606.07985) and the LWIR hyperspectral datasets for "
        "temperature-emissivity-texture decomposition (TeX-1500 2606.03806) and atmospheric compensation "
        "(2606.08324); rejected near-infrared imagery that is not thermal (AmbientEye, pupil segmentation from "
        "passive IR eye cameras 2606.03774, borderline; NIR scenes in a wildfire dataset 2606.10174; red-edge / NIR "
        "reflectance from UAV multispectral imagery 2606.10350), infrared as one modality among several (low-light "
        "video enhancement with event and infrared auxiliaries AnyMod-LLVE 2606.11186, registration of VIS-SAR, "
        "VIS-IR and VIS-NIR pairs 2606.03341, a remote-sensing MLLM over six sensor modalities 2606.10819, thermal "
        "among eight domains of a vision-encoder analysis 2606.07882; borderline for the first two), hyperspectral "
        "and multispectral imaging in the visible range (classification, band selection, spectral super-resolution, "
        "rice disease, methane detection), 'thermal' in other senses (thermomechanical calibration, thermal "
        "variables of a power tool, quantum power transfer) and, from retrieval (nothing on topic), image "
        "generation, detection and restoration papers."),
    "agi-risk": (
        "risks from AGI, superintelligence or future highly capable AI (existential or catastrophic risk, loss of "
        "control, shutdown and power-seeking, AGI races, whether superintelligence will cooperate) are what the "
        "paper argues, models or addresses; accepted 'Revisiting the shutdown problem' (2606.08296, the catastrophic "
        "shutdown problem behind existential-risk arguments), 'Instrumental convergence and power-seeking' "
        "(2606.08832) and a Pigouvian regulator-matchmaker mechanism for de-escalating the AGI race (2606.10720); "
        "borderline, accepted: 'Solipsistic superintelligence is unlikely to be cooperative' (2606.03237, a position "
        "paper on coexistence with superintelligence); rejected empirical studies of current models' alignment "
        "faking, scheming or control that do not address AGI (motivation profiles 2606.08243, sycophancy towards "
        "researchers 2606.08629, CIAware-Bench 2606.11063, attack selection in AI control evaluations 2606.06529; "
        "borderline for all four), forecasting no-CoT time horizons of frontier models for CoT monitoring "
        "(2606.07157; borderline), the economics of AGI without risk (value production 2606.05715, post-AGI welfare "
        "theorem 2606.08267), a motivational architecture for conversational AGI (2606.05411), insurance of agentic "
        "AI (2606.05449), agent safety, guardrails and jailbreak defences (SafeMCP, TRIAD, THRD, VESTA, TRACE), "
        "'non-existential' hallucination benchmarks (PhantomBench 2606.11105), 'frontier' and 'risk' in other senses "
        "and, from retrieval (nothing on topic beyond the lexical ones), other safety, governance and agent papers."),
    "paraling": (
        "paralinguistic or prosodic information in speech (tone of voice, prosody, pitch, emotional expression, "
        "non-lexical vocal cues) is what the paper models, perceives, controls or makes a model act on; accepted "
        "ProSarc, audio-only sarcasm recognition from prosodic incongruity (2606.06168) and ParaBridge, making "
        "speech language models act on paralinguistic cues such as a fearful tone or a child's voice (2606.10581); "
        "borderline, accepted: interpretable emotion control in LLM-based TTS through sparse-autoencoder features "
        "tied to acoustic attributes such as pitch (2606.01479); rejected speaker demographics in speech "
        "representations (speaker-group encoding 2606.10654, privacy of gender and age in depression screening "
        "InfoShield 2606.05561; borderline for both), turn-taking, pause and backchannel behaviour of full-duplex "
        "models (2606.11167, borderline; LWS 2606.07547; DyaPlex's body motion 2606.03874), a general-audio speech "
        "tokenizer with vocal-attribute primitives (UniAudio-Token 2605.31521; borderline), audio-visual group "
        "emotion recognition (2606.07585), speech-driven facial animation and talking heads (TokTalk, the Unreal "
        "facial animation, Soft-DTW evaluation), ASR, speech translation and speech-LLM reasoning papers (pathological "
        "speech, code-switching, Swiss German, Hungarian, forced alignment), 'emotion', 'gender', 'age' and 'pause' "
        "in text or vision papers and, from retrieval (nothing on topic beyond the lexical ones), gesture, "
        "lipreading and other speech papers."),
}


def main() -> None:
    cands = json.loads((HERE / "candidates31.json").read_text(encoding="utf-8"))
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
