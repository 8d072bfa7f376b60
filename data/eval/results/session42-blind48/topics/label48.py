"""The forty-eighth fresh group's labels (data/eval/TOPICS.md, 'Fresh topics, forty-eighth group'): the confirmed papers
and the notes per topic, written after reading every proposed paper (candidates48.json: make_topics.py's lexical rule
and the hybrid top 50, from propose48.py; read with read48.py); rejected = proposed - confirmed. Prints the six
topics.jsonl lines.

    python data/eval/results/session42-blind48/topics/label48.py >> data/eval/topics.jsonl
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

RELEVANT = {
    "forest-monitor": ["2606.05368", "2606.07249", "2606.08206", "2606.10174", "2606.10876"],
    "infra-inspect": ["2606.03084", "2606.03933", "2606.05641", "2606.06375", "2606.06536", "2606.08033", "2606.09882"],
    "smart-home": ["2606.00260", "2606.01099", "2606.01230", "2606.01912"],
    "causal-discovery": ["2606.00278", "2606.01789", "2606.03251", "2606.06908", "2606.07525"],
    "data-agents": ["2606.00384", "2606.00472", "2606.00708", "2606.01498", "2606.02866", "2606.03629", "2606.03841",
                    "2606.05525", "2606.05836", "2606.06416", "2606.10316", "2606.11176"],
    "animal-monitor": ["2606.00080", "2606.05458", "2606.05611", "2606.10940"],
}

NOTES = {
    "forest-monitor": (
        "one concept: forest monitoring: mapping, measuring or monitoring forests and trees (tree detection and "
        "segmentation, canopy structure and height, biomass, forest disturbance and loss, wildfires, tree species "
        "and wood identification) from satellite, aerial, LiDAR or ground data is the paper's subject; accepted "
        "Biomazon, a multimodal dataset for 3D forest structure (GEDI height profiles) and above-ground biomass in "
        "the Amazon (2606.05368), multi-decadal forest-disturbance maps of the US from multi-satellite time series "
        "with a spatio-temporal transformer (2606.07249) and SegmentAnyTreeV2, tree instance segmentation of forest "
        "point clouds across sensors and platforms (2606.08206); borderline, accepted: GWFP, a wildfire image and "
        "video dataset for early fire and smoke detection (2606.10174; fires, not the forest itself) and "
        "macroscopic wood identification of five Philippine hardwood species with the Xylorix platform "
        "(2606.10876; timber species, not standing forest); rejected urban green-space extraction with NDVI "
        "(GMBFormer 2606.06363; borderline: vegetation in a city), satellite-derived bathymetry with a random-forest "
        "baseline (2606.02764), crop and rice-disease mapping and weed detection (2606.00676, 2606.06359, "
        "2606.06709), camera-trap mammals (2606.10940), label-free adaptation of vision foundation models with Earth "
        "observation as one domain (FINO 2606.05107), coastline extraction (2606.10468), event cameras in space "
        "(2606.01280), underground mine monitoring (2606.03460) and 'forest', 'tree', 'canopy' or 'wood' in other "
        "senses (random forests, tree search, topic forests, canopy entropy, wooden sticks as weapons) and, from "
        "retrieval (nothing on topic beyond the lexical ones), monitoring, detection and reasoning papers"),
    "infra-inspect": (
        "one concept: infrastructure inspection: detecting, localising or assessing cracks, damage, defects or the "
        "condition of civil infrastructure (bridges, roads and road assets, buildings and masonry, pipelines, power "
        "lines, rail) from images, point clouds or sensors, structural health monitoring included, is the paper's "
        "task; accepted CrackGeoFM, a multi-task crack foundation model for civil-infrastructure crack "
        "segmentation (2606.05641), masonry crack detection with real and synthetic data (2606.08033), "
        "hierarchical federated learning for vision-based structural health monitoring across infrastructure "
        "owners (2606.03084), physics-informed matching pursuit of guided waves for damage localisation in SHM "
        "(2606.03933), road-asset inspection as image-difference classification, a traffic-sign case study "
        "(2606.06375) and AE-YOLO, insulator defect detection in UAV images of transmission lines (2606.06536); "
        "borderline, accepted: WHU-Infra3D, roadside infrastructure inventory with attribute and status (rust, "
        "damage) annotations for maintenance (2606.09882); rejected post-earthquake building change detection "
        "(TUE-CD 2606.10329; borderline: disaster mapping from satellites), hydrogen-embrittlement modelling of "
        "dented pipeline steel (2605.31560; borderline: materials mechanics, no inspection), PINN and "
        "differentiable FEM for falling-weight-deflectometer pavement backcalculation (2606.03210; borderline: an "
        "inverse-analysis method study), industrial and manufacturing defect inspection (PCB 2606.00852, "
        "2606.03508; steel surfaces 2606.07659; carpets 2606.01023; MMIOC and MMIO benchmarks 2606.07953, "
        "2606.07965; patch cords 2606.10699), remaining-useful-life and material-fatigue prediction (2606.01894, "
        "2606.05334), underground mine safety monitoring (2606.03460), UAV disaster response (DisasterBench "
        "2606.06217), road work zones in driving simulation (Dash2Sim 2606.07366), rail and traffic simulation "
        "(2606.03282, 2606.03823) and 'infrastructure', 'inspection', 'defect', 'damage' or 'digital twin' in other "
        "senses (AI or data infrastructure, code and model inspection, model defects, digital twins of networks) "
        "and, from retrieval (nothing on topic beyond the lexical ones), structure-aware, retrieval and logic "
        "papers"),
    "smart-home": (
        "one concept: smart homes: home automation, smart-home devices and appliances, natural-language or voice "
        "control of the home, smart-home agents and assistants and their benchmarks, or activity recognition from "
        "smart-home sensors are the paper's subject; accepted LastAct, streaming activity recognition from "
        "smart-home sensor events projected onto the floor plan (2606.00260), MiCU, an LLM for end-to-end "
        "smart-home command understanding (2606.01099), HomeFlow, a data flywheel with a verifiable home simulator "
        "for training smart-home agents (2606.01230) and SMH-Bench, LLM agents reasoning and acting in simulated "
        "smart homes (2606.01912); rejected WiFi-based activity recognition that names smart homes only as a "
        "motivation (WISE-HAR 2606.02974; borderline), household planning tasks without devices (AdaPlanBench "
        "2606.05622; borderline), theory-of-mind assistance in household domains (MindZero 2606.00240), IoT "
        "object detection (HYolo 2606.04345), embedded agents at the edge (2606.02862), UAV-assisted IoT networks "
        "(2606.09014) and 'household', 'domestic' or "
        "'chores' in other senses (fair allocation of chores, household survey data) and, from retrieval (nothing "
        "on topic beyond the lexical ones), multi-agent, memory and agent-evaluation papers"),
    "causal-discovery": (
        "one concept: causal discovery: learning or validating causal structure (a causal graph or DAG) from "
        "observational or interventional data, or building causal graphs from text, is what the paper does or "
        "evaluates (structure-learning algorithms, acyclicity constraints, causal feature selection through a "
        "recovered graph, benchmarks and evaluation of discovered causal graphs or claims); accepted consistency "
        "checks of benchmark causal graphs against the literature with LLMs (2606.01789), polyDAG, polynomial "
        "acyclicity constraints for continuous causal discovery (2606.06908) and detecting natural experiments in "
        "real datasets by recovering the causal graph for causal feature selection (2606.03251); borderline, "
        "accepted: scoring collections of bivariate causal statements by their mutual compatibility with one "
        "acyclic model, applied to LLM causal claims (2606.00278) and implicit causal graph construction from text "
        "by LLM chain discovery (2606.07525); rejected causal learning by active exploration in a blicket task, "
        "humans against LLMs (2606.06464; borderline: a cognitive task, not a discovery method), root-cause "
        "pathways of rare events in a known structural model (2605.31254; borderline), causal Bayesian "
        "optimization over a given graph (2606.01457), do-calculus derivation graphs (2606.03719), causal "
        "reasoning probes of LLMs (Caliper 2606.04915), causal effect estimation from text or panels (2606.04286, "
        "2606.06715, 2606.10297), Markov blankets in patent valuation (2606.01632) and 'causal', 'DAG' or "
        "'discovery' in other senses (causal attention masks, causal tracing and interventions in interpretability, "
        "DAG-structured MoE and reasoning traces, scientific discovery agents, influence maximization on DAGs) "
        "and, from retrieval (nothing on topic beyond the lexical ones), discovery-system, reasoning and "
        "alignment papers"),
    "data-agents": (
        "two concepts: data analysis: analysing data (data-science and analytics workflows, exploration and "
        "statistics, spreadsheets and tables, time-series analysis, data cleaning and quality, scientific data "
        "analysis and visualization) is the task; and the system doing it is an LLM agent or agentic framework "
        "that plans, writes and runs code or tools; text-to-SQL alone is not this (it is text2sql); accepted "
        "EvoDS, a self-evolving autonomous data-science agent (2606.03841), DataCOPE, unsupervised skill discovery "
        "for agentic data analysis (2606.06416), MOSAIC, a structured agentic framework for automated data "
        "science (2606.00708), TabClaw, an interactive agent for spreadsheet manipulation and table reasoning "
        "(2606.10316), SciVisAgentSkills, agent skills for scientific data analysis and visualization "
        "(2606.05525), VESTA, VLM agents with generated data-exploration and statistical tools (2606.00384), "
        "Data2Story, a multi-agent data-journalism newsroom from data to stories (2606.11176) and TimeSage-MT, "
        "multi-turn agentic time-series analysis (2606.01498); borderline, accepted: CodeCytos, a coding agent for "
        "spatial molecular imaging data analysis (2606.00472), multi-agent debate for data cleaning (2606.02866), "
        "TSQAgent, agentic time-series data-quality rating (2606.03629) and ProSPy, a SQL-Python agent for "
        "enterprise analytical questions with Python analysis (2606.05836); rejected LLM-powered tabular "
        "feature engineering methods (LATTEArena 2606.09004; borderline: not agents), feature-engineering "
        "self-evolution (FEST 2606.08800), coding agents curating training data (Curation-Bench 2606.04261; "
        "borderline) and agentic data engineering for model specialization (2605.30407), text-to-SQL systems and "
        "benchmarks (MERIT 2606.00547, SIRIUS-SQL, EntSQL, UniQL, ZAS-SQL, Progress-SQL, 2606.01338, SANE "
        "2606.04500, BADGER), table QA without an agent (STR 2605.31550, CRAFT 2606.06842, TLRD 2606.08295), "
        "financial-analyst tasks (Hedge-Bench 2606.03918), data-lake QA (LakeQA 2606.10460), agentic structural "
        "analysis of frames (2606.06525), ML research agents (2606.11045) and 'analysis', 'data' or 'agent' in "
        "other senses (analyses of discourse, data scheduling, lakehouse agents) and, from retrieval (nothing on "
        "topic beyond the lexical ones), agent memory, planning and evaluation papers"),
    "animal-monitor": (
        "two concepts: animals (wild, farm, domestic or aquatic animals and plankton: their detection, "
        "identification, counting, body condition, behaviour or affective state); and computer vision (images, "
        "video, camera traps or other imaging are the data); accepted Planktonzilla-17M, plankton species "
        "identification across imaging systems (2606.00080), horse eye-blink detection for equine affective state "
        "(2606.05458), PigFormer, swine body-condition estimation from ceiling RGB-D cameras (2606.05611) and an "
        "open camera-trap detector for UK mammals and birds (2606.10940); rejected label-free adaptation of vision "
        "foundation models with wildlife monitoring as one of four domains (FINO 2606.05107; borderline), "
        "underwater instance segmentation (LUSIS-DETR 2606.08002; borderline: marine scenes in general), CAFO "
        "facility mapping (2606.00548), mitosis detection in human and animal tumours (MIDOG 2606.07368), "
        "animal-mounted cameras as one domain of egocentric QA (EgoCross 2606.00829), skeletal motion generation "
        "and face rigging of 3D characters (MotionDreamer 2606.01518, OmniFaceRig 2606.08043), pareidolic animals "
        "in clouds (2606.01361), weed detection (2606.06709), wood identification (2606.10876) and 'bird', 'fish' "
        "or 'species' in other senses (bird's-eye view, fisheye cameras, 'one stone, three birds') and, from "
        "retrieval (nothing on topic beyond the lexical ones), detection, 3D and VLM papers"),
}


def main() -> None:
    cands = json.loads((HERE / "candidates48.json").read_text(encoding="utf-8"))
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
