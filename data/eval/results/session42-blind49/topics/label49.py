"""The forty-ninth fresh group's labels (data/eval/TOPICS.md, 'Fresh topics, forty-ninth group'): the confirmed
papers and the notes per topic, written after reading every proposed paper (candidates49.json: make_topics.py's
lexical rule and the hybrid top 50, from propose49.py; read with read49.py); rejected = proposed - confirmed. Prints
the six topics.jsonl lines.

    python data/eval/results/session42-blind49/topics/label49.py >> data/eval/topics.jsonl
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

RELEVANT = {
    "llm-table": ["2605.31550", "2606.01132", "2606.05382", "2606.06842", "2606.10316"],
    "smart-energy": ["2605.31281", "2606.00009", "2606.00506", "2606.01229", "2606.02049", "2606.02151", "2606.02258",
                     "2606.05420", "2606.06102"],
    "ris": ["2605.31549", "2606.06845", "2606.08774"],
    "llm-clarify": ["2605.31561", "2606.00272", "2606.01182", "2606.03135", "2606.03175"],
    "llm-deception": ["2605.31445", "2606.05256", "2606.05647", "2606.06099", "2606.07054", "2606.08243", "2606.08629",
                      "2606.10304", "2606.10740", "2606.10852"],
    "feature-matching": ["2606.03406", "2606.03577", "2606.04493", "2606.10602"],
}

NOTES = {
    "llm-table": (
        "two concepts: reasoning over tables (table understanding, table question answering, table fact "
        "verification, spreadsheet manipulation and table reasoning, from text or table images) is the task the "
        "paper evaluates or improves, and the reasoner is an LLM / VLM or an agent built on one; learning to predict "
        "from tabular rows (tabular ML) is not this; accepted STR, semantic-triplet restoration of hierarchical "
        "tables for LLM table QA (2605.31550), synthetic contrastive reasoning traces for multi-table QA "
        "(2606.05382), CRAFT, counterfactual reasoning for tabular QA and fact verification (2606.06842) and "
        "TabClaw, a spreadsheet-manipulation and table-reasoning agent (2606.10316); borderline, accepted: "
        "HakushoBench, a Japanese chart and table VQA benchmark for VLMs (2606.01132); rejected the table-chart gap "
        "in scientific claim verification, which explains why charts fail while tables serve as the control "
        "(2606.01679; borderline), parts-table extraction from engineering diagrams (Enginuity 2606.03410; "
        "borderline), an office exam where Excel is one of three applications (2606.10956; borderline), document "
        "parsing where complex tables are one content type (Dr. DocBench 2606.01393, PereStruct 2606.07661), multi-source schema discovery over tables and documents (2606.05415), "
        "tabular prediction, feature engineering and encoders (TLRD 2606.08295, LATTEArena 2606.09004, TRL-Bench "
        "2606.09323, image-tabular classification 2606.05455, images as tables for TabPFN 2606.00872) and 'table' "
        "or 'structured' in other senses and, from retrieval (nothing on topic beyond the lexical ones), reasoning, "
        "linguistics and generation papers"),
    "smart-energy": (
        "one concept: AI, machine learning, optimisation or data-driven analysis applied to an energy system "
        "(power generation and renewables, grid operation, dispatch and markets, energy consumption and building "
        "energy management, energy storage and battery research, data-centre electricity use) is the paper's "
        "application; accepted LLM structuring of wind-turbine maintenance logs for reliability analysis "
        "(2605.31281), permutation-invariant Bayesian optimisation of offshore wind-farm layouts (2606.00009), "
        "EnergyMamba, energy-consumption prediction over the grid topology (2606.00506), a green-building "
        "energy-efficient design platform with multi-objective optimisation (2606.01229), explainable deep RL for "
        "building energy management (2606.02049) and S3TS, tree search for energy dispatch and demand response "
        "under uncertainty (2606.02151); borderline, accepted: ultra-short-term solar irradiance forecasting for "
        "photovoltaic dispatch (2606.06102), a benchmark of AI co-scientists in battery materials research "
        "(2606.02258) and the electricity use and carbon emissions of US hyperscale data centres (2606.05420, "
        "data-driven energy accounting, no learned model); rejected energy engineering without AI or data-driven "
        "method (power-to-ammonia PSA modelling 2604.09053, hydrogen pipeline integrity 2605.31560, fusion mesh "
        "tools 2606.08822, curved mesh adaptation for fusion antennas 2606.10763), agent protocols for nuclear "
        "regulatory review (2606.07866; borderline), AC optimal power flow as one benchmark of a general optimiser "
        "(MResOpt 2606.06300), energy as one of four forecasting domains (2606.03097), energy use of ML models or "
        "devices (LoRA energy 2606.05176, in-sensor computing 2606.01271, smart glasses 2606.07431), carbon in "
        "supply chains (2606.08314), wireless energy efficiency and 'building', 'nuclear' or 'battery' in other "
        "senses and, from retrieval (nothing on topic beyond the lexical ones), agent, economics and benchmark "
        "papers"),
    "ris": (
        "one concept: reconfigurable intelligent surfaces (RIS / IRS, intelligent metasurfaces, optical IRS): "
        "their configuration, phase or codebook design and joint active / passive beamforming in a wireless or "
        "optical link are what the paper designs or analyses; accepted weighted sum-rate maximisation with a "
        "flexible intelligent metasurface in multicell MISO (2606.06845) and non-uniform codebooks for optical "
        "IRS-assisted VLC (2606.08774); borderline, accepted: a microwave linear analog computer whose array also "
        "acts as a RIS for passive beamforming, with the active / passive rate trade-off (MiLAC 2605.31549); "
        "rejected a topology-agnostic mutual-information optimiser that lists RIS-aided channels among the covered "
        "models but evaluates other topologies (2606.06982; borderline), environment-division multiple access that "
        "reconfigures propagation environments without naming RIS (2606.07025; borderline), fluid and rotatable "
        "antennas (2606.08017, 2606.02193), single-RF ESPAR detection (2606.03311) and 'RIS' "
        "inside other words and, from retrieval (nothing on topic beyond the lexical ones), unrelated papers"),
    "llm-clarify": (
        "two concepts: an LLM-based assistant or agent deciding whether, when and what to ask (clarification "
        "questions, information-seeking questions chosen by expected information gain, follow-up questions, "
        "ask-or-act decisions) to resolve ambiguity or gather missing information is what the paper studies, "
        "builds or evaluates; accepted uncertainty-aware clarification rewarded by information gain in LLM agents "
        "(2606.03135), CA-BED, Bayesian experimental design for question selection in multi-turn dialogue "
        "(2606.01182), follow-up questioning ('active listening') in automated legal triage (2606.00272) and "
        "cost-aware question asking of an MLLM navigator in instance goal navigation (2606.03175); borderline, "
        "accepted: question-asking to a teacher as an inference-time intervention with a gating policy for when to "
        "ask (2605.31561); rejected benchmarks where agent-initiated clarification is one part of a wider "
        "protocol (DeskCraft 2606.03103; borderline) or ambiguous users one condition (RUT-Bench 2606.03318, "
        "SMH-Bench 2606.01912), an information-gain questioning strategy as one component of "
        "a TCM diagnosis system (2606.06869; borderline), abstention without asking (SpatialUncertain 2605.30557, "
        "absent answers 2606.08239, capability self-assessment 2606.00251), localising prompt ambiguity "
        "(PRIG 2606.05486; borderline), ambiguity in error prediction (2606.02093), a table agent that also "
        "clarifies intents (TabClaw 2606.10316) and 'ambiguity', 'ask' or 'information gain' in other senses and, "
        "from retrieval (nothing on topic beyond the lexical ones), agent, reasoning and evaluation papers; NBQ "
        "(2606.00809, next-best-question selection for user profiling) was seen but neither rule proposed it (no "
        "language-model form), so it is unlabelled"),
    "llm-deception": (
        "two concepts: deceptive or covert behaviour of the model itself (lying and dishonesty, goal-conditioned "
        "distortion, manipulation of users, alignment faking and scheming, covert sabotage, hidden objectives and "
        "covert exfiltration) is what the paper measures, explains, detects or mitigates, and the actor is an LLM, "
        "reasoning model or LLM agent; being deceived or attacked is not this; accepted honesty and lying of LLM "
        "bargaining agents (2605.31445), human detection of AI coding-agent sabotage (2606.05647), CogManip, "
        "manipulative behaviour in multi-turn interactions (2606.06099), TRACE, monitoring agent trajectories for "
        "hidden malicious objectives (2606.07054), motivations behind alignment faking (2606.08243), performative "
        "misalignment and evaluation awareness, sycophancy versus scheming (2606.08629) and JANUS, goal-conditioned "
        "information distortion (2606.10852); borderline, accepted: the tactics of covert, undisclosed LLM accounts "
        "in a Reddit field experiment (2606.05256), MIRAGE, detecting agents' covert encoding of exfiltrated data "
        "(2606.10304) and the CoT-output matrix whose oversight paradox raises alignment-faking rates (2606.10740); "
        "rejected covert communication of strategic agents in theory (strategic confinement 2606.09931; "
        "borderline), a deceptive communicator as one test condition (SMAC-Talk 2606.04202), models misled by "
        "peers, labels or retrieval (2606.01637, 2606.04109, 2606.07783), sycophancy papers (2606.06306, 2606.08451, "
        "2606.08483), proprietary alignment audits (2606.08381), debate confidence ('Confident Liar' 2606.10296), "
        "AI-generated social-bot content (2606.07219), fake news and manipulated media detection (CORE 2606.03066, "
        "EVID-Bench 2606.04098) and 'misleading', 'covert' or 'manipulation' in other senses and, from retrieval "
        "(nothing on topic beyond the lexical ones), safety, alignment and reasoning papers; RealityTest "
        "(2606.00168, whether models disclose being an AI) was seen but neither rule proposed it, so it is "
        "unlabelled"),
    "feature-matching": (
        "one concept: image feature matching (finding corresponding keypoints, pixels or regions between images: "
        "detector-based or dense matchers, correspondence pruning, wide-baseline and cross-view matching) is the "
        "paper's method or benchmark; accepted SAMatcher, co-visibility modelling with SAM for robust feature "
        "matching (2606.03406), SFMambaNet for two-view correspondence pruning (2606.04493) and ReasonMatch-Bench, "
        "wide-baseline matching by MLLMs with correspondence RL (2606.03577); borderline, accepted: WARG, "
        "reprojected graph matching between rover and satellite views for lunar localisation (2606.10602); "
        "rejected adaptive keypoint selection for reconstruction without matching (2605.31534; borderline), "
        "multimodal image registration (RegNetMamba-2 2606.03341; borderline), stereo matching (2606.00379), "
        "correspondence-free point-cloud registration (2606.10019), camera-LiDAR calibration (2605.31576), "
        "cross-view retrieval and pose (CIPER 2606.05011), papers that use correspondences for another task "
        "(in-context localisation 2605.31145, 3D instance segmentation 2606.08014, 4D reconstruction 2606.04593, "
        "ultrasound atlases 2606.00890) and 'correspondence', 'RANSAC' or 'matching' in other senses (noisy "
        "image-text correspondence, multi-view clustering, instance matching metrics) and, from retrieval (nothing "
        "on topic beyond the lexical ones), image generation, detection and restoration papers"),
}


def main() -> None:
    cands = json.loads((HERE / "candidates49.json").read_text(encoding="utf-8"))
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
