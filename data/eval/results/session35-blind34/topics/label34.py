"""The thirty-fourth fresh group's labels (data/eval/TOPICS.md, 'Fresh topics, thirty-fourth group'): the confirmed
papers and the notes per topic, written after reading every proposed paper (candidates34.json: make_topics.py's lexical
rule and the hybrid top 50, from propose34.py; read with read34.py); rejected = proposed - confirmed. Prints the six
topics.jsonl lines.

    python data/eval/results/session35-blind34/topics/label34.py >> data/eval/topics.jsonl
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

RELEVANT = {
    "market-eq": ["2606.00951", "2606.06317", "2606.06700", "2606.09631"],
    "llm-politics": ["2606.05937", "2606.06715", "2606.06781", "2606.08792", "2606.09854", "2606.11082"],
    "multiple-access": ["2606.03035", "2606.05412", "2606.05600", "2606.07025"],
    "optimal-transport": ["2606.00009", "2606.03100", "2606.04092", "2606.05883", "2606.08126", "2606.08258",
                          "2606.08673", "2606.08769"],
    "stereo-vision": ["2606.00379", "2606.00386", "2606.10364"],
    "speech-disease": ["2606.05545", "2606.05561"],
}

NOTES = {
    "market-eq": (
        "market equilibria (competitive, Walrasian, Fisher-market or Hylland-Zeckhauser equilibria: prices and "
        "allocations that clear a market) are what the paper computes, approximates, proves hard, or characterises in "
        "closed form; accepted the hardness of approximate Hylland-Zeckhauser equilibria (2606.00951), the first "
        "polynomial-time constant approximation of HZ equilibria (2606.06317) and the polynomial-time computation of "
        "competitive equilibria in the Arctic product-mix auction, a quasi-linear Fisher market with seller costs "
        "(2606.09631); borderline, accepted: the competitive-equilibrium model of proof-of-useful-work blockchains with "
        "a closed-form characterisation of equilibrium allocations and prices (2606.06700; an economics model, not an "
        "algorithm); rejected equilibria of games that are not market equilibria (the Bayesian Nash equilibrium of "
        "competing resource acquisition under price dynamics, its existence and efficient computability 2606.06882, "
        "borderline, a hard near-miss; Wardrop equilibria of congestion games 2606.01594; Nash equilibria of block "
        "building, n-player binary games, STON'R and DNQ 2606.01874, 2606.06625, 2606.09565, 2606.06480; correlated "
        "equilibria of first-price auctions 2606.06085), pricing algorithms and collusion (2606.05363, 2606.01275), "
        "auctions and intermediated markets (2606.06633, 2606.05108), automated market makers (2606.04959), matching "
        "markets of LLM agents (2606.03030), prediction markets (2606.07434, 2605.31431, 2606.04217), proof-of-stake "
        "reserves (2606.03587) and, from retrieval (nothing on topic beyond the lexical ones), other game-theory, "
        "finance and unrelated papers."),
    "llm-politics": (
        "politics (political parties, ideology and partisanship, political events, statements and news, geopolitics) "
        "and large language models are both central: the paper measures, locates or steers LLMs' political leanings, "
        "or uses and evaluates LLMs on political text or political analysis; accepted perplexity bias of LLMs towards "
        "some political parties (2606.05937), the partisan direction located and steered inside Llama 3.1 "
        "(2606.08792), the effect of topic sentiment on perceived ideology of political news, annotated by humans and "
        "LLMs (2606.06715) and codebooks for LLM political event coding (2606.06781); borderline, accepted: "
        "stylometric fingerprinting of model identity in multi-agent LLM political-statement analysis (2606.09854; "
        "politics is the pipeline's task) and the Shibboleth effect, cross-lingual skew of frontier LLMs measured in a "
        "multi-agent geopolitical wargame for diplomacy and crisis management (2606.11082); rejected papers where "
        "politics is a passing word: LLMs adjusting history narratives to US states' political leanings in curriculum "
        "alignment (2606.04846; borderline), environmental attitudes with ideological sycophancy as one finding "
        "(2606.02741; borderline), stance detection with the political party as one context type (2606.06022; "
        "borderline) and stance simulation (2606.06443), factual-opinion editing motivated by elections (2606.03096), "
        "legal-administrative jurisdiction defaults of chatbots (2606.00333; borderline), a hermeneutic framework for "
        "multilingual LLMs in computational social science with political discourse as one scenario (2606.00596; "
        "borderline), institutional quality in cross-linguistic moral reasoning (2605.30934), proprietary alignment "
        "and censorship audits (2606.08381), e-government AI governance (2606.01417), bias benchmarks with an ideology "
        "category (IndoBias 2606.01260), 'vote', 'policy', 'institution' and 'campaign' in other senses (LLM voting "
        "ensembles, RL policies) and, from retrieval (nothing on topic beyond the lexical ones), other LLM papers."),
    "multiple-access": (
        "one concept: multiple access (how several users share the channel: NOMA, OMA / TDMA / FDMA, RSMA, SDMA, new "
        "multiple-access schemes, and the multiple-access channel of information theory) is what the paper designs, "
        "optimises, compares or bounds; accepted NOMA versus OMA with rotatable antennas (2606.03035), energy "
        "efficiency of rotatable-antenna uplink NOMA (2606.05600) and environment-division multiple access (EDMA, "
        "2606.07025); borderline, accepted: entanglement-assisted capacity gains of classical K-user multiple access "
        "channels (2606.05412; information theory, the multiple access channel is its object); rejected multi-user "
        "transmission without a multiple-access scheme (flexible-intelligent-metasurface multicell MU-MISO 2606.06845, "
        "asynchronous reception in cell-free massive MIMO 2606.08017, sparse activation in uplink cell-free massive "
        "MIMO 2606.03912; hard near-misses), dynamic FDD spectrum sharing in non-terrestrial networks (2606.04849; "
        "duplexing, borderline), spatial multiplexing in MIMO coded caching (2606.01353), single-RF MIMO-OFDM detection "
        "(2606.03311), XL-array beam focusing (2606.01096), QKD channel models (2606.04247), '复用' as reuse and "
        "'接入' / 'access' in other senses (agent skills, memory, retrieval) and, from retrieval (nothing on topic "
        "beyond the lexical ones), coding theory, secure aggregation and unrelated papers."),
    "optimal-transport": (
        "one concept: optimal transport (OT distances, plans and couplings, Wasserstein / Gromov-Wasserstein, "
        "Sinkhorn OT) is the paper's method or object, named in its title or TL;DR as what it builds on; accepted "
        "OT-based permutation-invariant Bayesian optimisation of wind-farm layouts (2606.00009), OT flow matching by "
        "design (2606.04092), self-adaptive OT for multi-VLM selection, adaptation and ensembling (2606.08126), "
        "MS-COOT, co-optimal transport between Morse-Smale complexes (2606.08258), RadOT-Eval, entropy-regularised OT "
        "over clinical evidence units for radiology report evaluation (2606.08769) and KeyVT, hierarchical "
        "view-to-token transportation for zero-shot 3D QA under an OT framework (2606.03100); borderline, accepted: "
        "dataset condensation for diffusion training by one-sided partial OT (GADC 2606.05883) and ClinicalAligner, "
        "Sinkhorn-Knopp OT soft alignment targets for a cross-lingual word aligner (2606.08673); rejected OT or "
        "Sinkhorn as one component or a passing metric: an OT-based transition interface inside RL backbone "
        "composition (BMCR 2606.05586; borderline), differentiable Sinkhorn projections for multi-view person "
        "assignment (DisPOSE 2606.07419; borderline) and a Sinkhorn matching head (HDST-GNN 2606.05587), a "
        "Gromov-Wasserstein bound in a transfer theory (TERRA 2606.01520; borderline), Wasserstein distillation "
        "inherited from prior work (ROBUST-WT 2606.03069), a W2 covertness condition (2606.10374), an OT classifier "
        "as a baseline (2606.07766), Earth Mover's Distance as an evaluation metric (2606.10468), Schrodinger-bridge "
        "image synthesis (VDSB-GWSyn 2606.00109; borderline), rectified-flow models (2605.31204, 2606.00782, "
        "2606.04621, 2606.10450), 'transportation' as traffic and transport systems and, from retrieval (nothing on "
        "topic beyond the lexical ones), optimisation, flow-matching and unrelated papers."),
    "stereo-vision": (
        "one concept: binocular / stereo vision (two-view stereo matching and disparity estimation, stereo depth and "
        "reconstruction, producing the second view of a stereo pair) is what the paper does; accepted non-learning "
        "low-light stereo matching with Field of Junctions cost volumes and boundary-aware SGM (2606.00379) and a "
        "benchmark of stereo reconstruction (RAFT-Stereo, SGBM disparities) for 3D-printable Martian terrain "
        "(2606.10364); borderline, accepted: alphaDepth, layered soft-boundary depth for 2D-to-stereo conversion "
        "(2606.00386); rejected autostereoscopic display of a Gaussian head avatar (PrismAvatar 2606.10550; "
        "borderline, display rendering, not stereo vision), multi-view SfM feature selection (2605.31534), unpaired "
        "RGB-thermal splatting that avoids stereo setups (2606.05491), an event-camera dataset citing a stereo rig "
        "(2606.10790), CLIP cost volumes (2606.06978), 'stereo' as stereotype (LLM gender and social bias papers; hard "
        "near-misses), 'disparity' as health, ethnic and data disparities, '立体' in other senses and, from retrieval "
        "(nothing on topic), VLM, spatial-reasoning and visual-token papers."),
    "speech-disease": (
        "speech (recorded voice or spoken-language samples) is the input from which a disease, disorder or clinical "
        "condition (dementia, depression, other neurological or psychiatric conditions) is detected, screened or "
        "diagnosed; accepted multilingual cross-lingual detection of Alzheimer's disease from speech (2606.05545) and "
        "InfoShield, privacy-preserving speech representations for depression screening (2606.05561; privacy is its "
        "angle, depression detection from speech its task); rejected speech recognition of pathological speakers "
        "(FiLM speaker conditioning of a SpeechLLM 2606.06211; borderline, a hard near-miss: disordered speech is "
        "transcribed, no condition detected), CHAT-style morphosyntactic error annotation of children's transcribed "
        "narratives (TalkTag 2606.01820; borderline, clinical language research but no detection), mispronunciation "
        "detection of L2 learners (2606.05569), crisis detection in text conversations (2606.10380), psychological "
        "defence mechanisms in text (2606.00647), prosodic sarcasm recognition (2606.06168), speech LLM reasoning "
        "(2606.04474), clinical LLMs and medical imaging and, from retrieval (nothing on topic beyond the lexical "
        "ones), speech-recognition, deepfake and medical papers."),
}


def main() -> None:
    cands = json.loads((HERE / "candidates34.json").read_text(encoding="utf-8"))
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
