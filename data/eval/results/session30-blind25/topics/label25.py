"""The twenty-fifth fresh group's labels (data/eval/TOPICS.md, 'Fresh topics, twenty-fifth group'): the confirmed papers
and the notes per topic, written after reading every proposed paper (candidates25.json: make_topics.py's lexical rule and
the hybrid top 50, from propose25.py); rejected = proposed - confirmed. Prints the six topics.jsonl lines.

    python data/eval/results/session30-blind25/topics/label25.py >> data/eval/topics.jsonl
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

RELEVANT = {
    "weather-forecast": ["2605.31204", "2606.02610", "2606.06102"],
    "ai-governance": ["2606.00518", "2606.00729", "2606.01417", "2606.03518", "2606.03777", "2606.04037", "2606.04321",
                      "2606.05433", "2606.05449", "2606.05461", "2606.06396", "2606.10720"],
    "pronunciation": ["2606.05569", "2606.06065"],
    "safe-t2i": ["2606.01481", "2606.05290", "2606.06875"],
    "llm-combopt": ["2606.00718", "2606.04816", "2606.05464", "2606.08904", "2606.10286"],
    "tabular": ["2606.00031", "2606.00872", "2606.03040", "2606.05455", "2606.08295", "2606.08491", "2606.09004",
                "2606.09323"],
}

NOTES = {
    "weather-forecast": (
        "forecasting or emulating weather, climate or the ocean with learned models is what the paper does: "
        "predicting meteorological or climate variables ahead in time (nowcasting, medium-range forecasting, climate "
        "and ocean emulation, forecasting of weather-driven quantities from meteorological data); accepted FREUD, "
        "probabilistic precipitation nowcasting with rectified-flow transformers (2605.31204) and Samudra 2, an "
        "autoregressive neural ocean emulator for climate simulation across resolutions (2606.02610); borderline, "
        "accepted: ultra-short-term solar irradiance forecasting from ground-based cloud images and meteorological "
        "time series (2606.06102, a weather-driven quantity, for photovoltaic dispatch); rejected learned compression "
        "of climate and turbulence simulation data (ERA5, E3SM; 2606.05389), satellite flood mapping with a "
        "geospatial foundation model (2606.07780, detection, not prediction; borderline), energy consumption "
        "prediction (EnergyMamba 2606.00506) and building energy management (2606.02049), perception under adverse "
        "weather (4D radar cooperative perception 2606.00416), atmospheric turbulence in video segmentation "
        "(2606.00522), satellite imagery and communication (RPC-GS 2606.06690, satellite bathymetry 2606.02764, LEO "
        "links 2606.02193, ABot-Earth 2606.09967), event vision in space (2606.01280), geological carbon "
        "sequestration surrogates (2606.07215), vessel trajectory forecasting (2606.08633, 2606.06311), demand "
        "forecasting in supply chains (2606.08314), time-series agents (TimeClaw 2606.05404) and, from retrieval "
        "(nothing on topic), other forecasting and deep-learning papers."),
    "ai-governance": (
        "how AI systems are governed is what the paper studies or builds: law and regulation of AI (liability, "
        "insurance of AI-caused losses, regulatory analysis), national AI policy and sovereignty, verification and "
        "certification regimes for AI systems, governance mechanisms for frontier AI and the AGI race, and governance "
        "frameworks that constrain what deployed AI systems or agents may do, presented as governance; accepted "
        "agentic tort liability (2606.00518), AI sovereignty as national learning capacity (2606.00729), GovAI-Pipe, "
        "a governance pipeline linking the EU AI Act and national AI strategy to citizen-facing AI in e-government "
        "(2606.01417), the CER framework for insurance claims of AI-mediated losses (2606.03777), zero-knowledge "
        "verification of frontier AI training for governance frameworks and international agreements (2606.05433), "
        "insurance of agentic AI (2606.05449) and a Pigouvian regulator-matchmaker mechanism for de-escalating the AGI "
        "race (2606.10720); borderline, accepted: compositional authorization as governance primitives for "
        "delegation in agentic AI (Overlaying Governance 2606.03518), ontology-grounded pre-deployment assurance and "
        "trust certification of enterprise agents in regulated industries (2606.04037), the Digital Apprentice's "
        "earned-autonomy governance for delegating to agents (2606.04321), a safety-standards-derived XAI "
        "admissibility rubric for ML-based driving (2606.05461, ISO 26262 / ISO 21448 / ISO PAS 8800) and the risk "
        "assessment of autonomous driving with a comparative regulatory analysis of five jurisdictions (2606.06396); "
        "rejected AI used inside regulation or law rather than regulated (the nuclear regulatory review by "
        "agent-to-agent protocols 2606.07866, GuidaPA public-administration chatbot 2606.01386, EU reporting "
        "obligation extraction EURO-5K 2606.02971, deontic and compliance reasoning DAR 2606.05009, MONIR 2606.04619, "
        "NormBench 2606.08932, violation situation pattern 2606.03326, regulated documents RealDocBench 2606.07401, "
        "traffic liability RAG 2606.01737, audit benchmarks 2606.08345, 2606.03031; borderline for the first), AI "
        "safety and control without governance (AI control attack selection 2606.06529, sabotage detection by "
        "developers 2606.05647, agent guards and human reviewers 2606.08919, scalable oversight 2606.00424, "
        "instrumental convergence 2606.08832, oversight evasion 2605.31170), model behaviour benchmarks motivated by "
        "regulation (AI identity disclosure RealityTest 2606.00168, consumer health LLM evaluation barriers "
        "2606.08483, Social AI Design Code EUDAIMONIA 2605.30654; borderline), agent compliance benchmarks (MAC-Bench "
        "2606.07805), community guidelines for LLM-assisted dialect resources (2606.06004; borderline), participatory "
        "modular AI (2606.07812), post-AGI economics (2606.08267, 2606.05715), public-policy optimisation in "
        "agent-based models (2606.04562), and 'regulation', 'compliance', 'certificate', 'oversight' and "
        "'governance' in other senses (gene regulation, safety compliance of reward models, certified RL, skill "
        "governance AIP 2606.04781) and, from retrieval (nothing on topic beyond the lexical ones), AI discourse, "
        "reliance, AI-text detection and other papers."),
    "pronunciation": (
        "the pronunciation of (second-language or atypical) speakers is what the paper assesses, transcribes or "
        "diagnoses: pronunciation scoring, mispronunciation detection and diagnosis, transcribing what a learner "
        "actually pronounced; accepted domain-aware mispronunciation detection and diagnosis with language-specific "
        "phoneme-confusion graphs on L2-ARCTIC (2606.05569); borderline, accepted: dual-output L2 speech "
        "recognition that transcribes learners' pronunciations beside their intended meaning (2606.06065); rejected "
        "pathological speech recognition by speaker conditioning (2606.06211; borderline: recognising atypical "
        "speech, not assessing it), multilingual forced alignment (2606.10675), L2 Korean grammatical error "
        "annotation (2605.30545, text), phonological understanding of LLMs (Phun-Bench 2606.07300), cross-lingual "
        "voice cloning (2606.07240), visual speech recognition (2606.00751, 2606.07435), 'error', 'detection', "
        "'assessment' and 'L2' in other senses (L2 norms, quotation errors, label noise, AI-text detection) and, "
        "from retrieval (nothing on topic), speech translation, talking heads and error-detection papers."),
    "safe-t2i": (
        "the safety of text-to-image (or text-to-video) generation is what the paper studies: preventing, steering "
        "away from, erasing or benchmarking unsafe, harmful or NSFW content of visual generators; accepted "
        "cross-model safety steering for safe visual generation, a safety direction from an LLM transported to image "
        "generators (2606.05290) and UVR, training-free safe in-context image generation in multimodal diffusion "
        "transformers by restricting unsafe information flows (2606.06875); borderline, accepted: SafeGen-Bench, the "
        "safety of image-conditioned text-to-video generation (2606.01481); rejected fairness and bias of T2I (gender "
        "artifacts 2606.05829, KG-FairDiff 2606.01282; borderline), AI-generated image detection (BIAS-ID 2605.31153, "
        "TextFake 2606.01050), safety of LLMs and language diffusion models (TrustLDM 2606.00023, SafeGene "
        "2606.06519, SentGuard 2606.02041, 2606.04778), concept customisation (2606.04797), 'erase' and 'safe' in "
        "other senses (motion priors erased 2606.06361, safe RL shielding 2606.00270, scene text erasure) and, from "
        "retrieval, other text-to-image and image-editing papers."),
    "llm-combopt": (
        "an LLM solves, models or designs algorithms for combinatorial optimization problems (routing, scheduling, "
        "placement, packing, coupled CO problems), and the optimization problem is the paper's target; accepted "
        "CoEvo-AHD, LLM-driven co-evolutionary heuristic design for coupled combinatorial optimization (TTP, TPP; "
        "2606.00718), constraint injection for LLM-based optimization modeling of vehicle routing problems "
        "(2606.04816), OrderPlace, LLM evolution of macro placement ordering strategies (2606.08904) and "
        "Sim2Schedule, an LLM agent scheduling an open-pit mine against a MILP baseline (2606.10286); borderline, "
        "accepted: OPT*, optimization-style tasks with feasibility checkers and solver-guided RL for LLM "
        "step-by-step optimization reasoning (2606.05464); rejected neural CO solvers without a language model "
        "(VaFM for multi-task VRP 2606.10431, diffusion TSP solvers 2606.09343, diffusion branch selection for Sudoku "
        "2606.06518, parallel continuous local search 2606.06656; borderline for the first), LLM planning with "
        "external solvers that is not optimization (asynchronous planning by CP-SAT formalization 2606.00981, SafeRun "
        "2606.09027, travel planning 2606.01046; borderline for the first), combinatorial optimization used as a "
        "tool (maximum independent set for benchmark prompts 2606.01400, HUBO evidence selection 2606.06941, data "
        "scheduling for LLM training 2605.31164, batching 2606.00516, budget allocation 2606.03092), LLM-driven "
        "evolution of non-CO heuristics (MobEvolve 2606.01640, EvoGens 2605.30961), LLM priors for Bayesian "
        "optimization (2606.01730), continuous design optimization (IPMSM 2606.09037), combinatorics problems for "
        "LLM reasoning (ComBench 2606.10479), MILP robustness without LLMs (2606.00002) and, from retrieval, "
        "fair division, RL reasoning and other optimization papers."),
    "tabular": (
        "learning from tabular data (rows of heterogeneous features) is what the paper does: tabular prediction "
        "(including by LLMs that read serialised rows), tabular foundation models, tabular representation learning, "
        "feature engineering for tabular learners and relational deep learning over database tables; accepted LLMs "
        "for cardiovascular risk prediction from structured clinical records (2606.00031), RelGT-AC, a relational "
        "graph transformer for autocomplete in relational databases (2606.03040), TLRD, rationale distillation that "
        "teaches LLMs to predict on tabular datasets (2606.08295), graph construction for relational deep learning "
        "(2606.08491), LATTEArena, LLM-powered tabular feature engineering (2606.09004) and TRL-Bench for tabular "
        "encoders (2606.09323); borderline, accepted: image features classified by TabPFN in-context learning for "
        "AI-generated image detection (2606.00872) and incomplete image-tabular classification (2606.05455); "
        "rejected table question answering and table reasoning (STR 2605.31550, CRAFT 2606.06842, multi-table QA "
        "2606.05382, CRAFTQA 2606.02170), spreadsheet agents (TabClaw 2606.10316), chart and table VQA and documents "
        "(HakushoBench 2606.01132, 2606.01679, Enginuity 2606.03410, document parsing), text-to-SQL (2606.04500), "
        "EHR benchmarks and EHR event sequences (EHRBench 2605.30637, ChatHealthAI 2606.02802; borderline for the "
        "second), multimodal clinical prediction where tabular variables are one input (visual acuity forecasting "
        "2606.00588; borderline), a tabular foundation model as one step of video phenotyping (2606.07674; "
        "borderline), feature engineering from unstructured text and images (FEST 2606.08800), gradient boosting as "
        "one component (sexism detection 2606.05997), ML research agents with tabular tasks among others "
        "(2606.11045), 'table' and 'structured data' in other senses and, from retrieval (nothing on topic), other "
        "machine-learning papers."),
}


def main() -> None:
    cands = json.loads((HERE / "candidates25.json").read_text(encoding="utf-8"))
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
