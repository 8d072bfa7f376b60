"""The twenty-ninth fresh group's labels (data/eval/TOPICS.md, 'Fresh topics, twenty-ninth group'): the confirmed
papers and the notes per topic, written after reading every proposed paper (candidates29.json: make_topics.py's lexical
rule and the hybrid top 50, from propose29.py; read with read29.py); rejected = proposed - confirmed. Prints the six
topics.jsonl lines.

    python data/eval/results/session32-blind29/topics/label29.py >> data/eval/topics.jsonl
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

RELEVANT = {
    "dialect": ["2606.01016", "2606.06004", "2606.06349", "2606.07608"],
    "agent-protocol": ["2606.01316", "2606.01991", "2606.03755", "2606.04494", "2606.05043", "2606.07866", "2606.07992",
                       "2606.08790"],
    "surgery-ai": ["2605.31539", "2606.00630", "2606.03893", "2606.04992", "2606.06199", "2606.07658", "2606.08071"],
    "space-vision": ["2606.00886", "2606.01280", "2606.10364", "2606.10602"],
    "virtual-tryon": ["2606.03506", "2606.08514", "2606.11148"],
    "tta": ["2605.31108", "2606.06252", "2606.06906", "2606.06943", "2606.07646", "2606.11032"],
}

NOTES = {
    "dialect": (
        "dialects (regional or social varieties of one language) are what the paper is about: building resources or "
        "systems for dialect speech or text, recognising or evaluating dialects, or studying how language technology "
        "treats dialect varieties; accepted the community guidelines for LLM-assisted dialect resource creation "
        "(Arabic dialects, 2606.06004) and Whisper fine-tuned for Swiss German dialect ASR (2606.07608); borderline, "
        "accepted: PolySpeech-100, a speech-understanding benchmark over 110 language varieties with 19 Chinese "
        "dialects and dialect-heavy results (2606.01016), and the audit of Lombard corpora whose main finding is the "
        "skew towards Western Lombard varieties and the call for variety-aware curation (2606.06349); rejected 'dialect' "
        "in the SQL sense (UniQL 2606.08018, ProSPy 2606.05836, BADGER 2606.02109: hard near-misses), papers where "
        "dialect is one variable among several (speaker-group encoding in speech models 2606.10654, three English "
        "dialects among the users of a speech-translation usability study 2606.06177, Algerian and Tunisian dialects "
        "among the languages of a fake-news corpus BOUTEF 2606.00193; borderline for the last), distinct low-resource "
        "or closely related languages that are not treated as dialects (Prakrit MT 2606.06038, Balti ASR 2606.03504, "
        "Indonesian regional languages in IndoBias 2606.01260, language identification of cousin languages CHALIS "
        "2606.06088; borderline for the last), accent in voice cloning (2606.07240), 'vernacular' in other senses "
        "(species names, fanfiction jailbreaks) and, from retrieval (nothing on topic beyond the lexical ones), "
        "multilingual, speech and linguistics papers."),
    "agent-protocol": (
        "a protocol that governs how LLM agents interact with tools, other agents, services, instruments or "
        "institutions (MCP, A2A and other agent interoperability or interaction protocols: a specification of "
        "messages, primitives and roles) is what the paper designs, implements, secures or attacks; accepted LAP, an "
        "agent-to-instrument protocol built on MCP and A2A (2606.03755), RCP, an agent-to-agent regulatory protocol "
        "(2606.07866), Strabo, declarative agentic interaction protocols applied to Google's UCP commerce standard "
        "(2606.05043), RAILS, a clearing protocol for agentic commerce (2606.08790), SafeMCP, a server-side defence "
        "for LLM agents in MCP environments (2606.01991) and VATS, error-path injection through MCP's error handling "
        "(2606.07992); borderline, accepted: BioManus, an MCP-native biomedical agent that compiles tools into MCP "
        "servers (2606.04494), and Science Earth, a platform whose EACN protocol lets AI capabilities discover, "
        "negotiate and collaborate (2606.01316); rejected papers that only use MCP servers as infrastructure for tool "
        "use or data synthesis (PROVE 2606.03892, GAIS 2606.02001, Syll 2606.07594; borderline for the first two), "
        "'protocol' meaning a multi-agent procedure or algorithm (Consilium BFT deliberation 2606.00005, deliberative "
        "curation 2606.00007, structured message passing 2606.00405; borderline for the first two), a skill "
        "representation called a protocol (AIP 2606.04781; borderline), an authorization and delegation framework "
        "for agentic AI (2606.03518; borderline), agent publishing infrastructure (Traxia 2606.08256), 'MCP' as "
        "multi-chunk prediction (Next Forcing 2606.11187), evaluation or experimental protocols (2606.05670, "
        "2606.00914, ACUTE) and, from retrieval (nothing on topic beyond the lexical ones), inter-agent communication, "
        "tool contracts and other agent papers."),
    "surgery-ai": (
        "AI or computer-assisted methods that support a surgical procedure or surgical decisions are what the paper "
        "contributes: surgical navigation and guidance, intra-operative imaging, surgical simulation, surgical "
        "knowledge of models, or pre-operative prediction of surgical outcomes; accepted the benchmark of "
        "intra-operative ultrasound-to-MR synthesis for brain tumour surgery (2606.00630), synthetic intra-operative "
        "MRI for brain-shift compensation (2606.07658), the multi-camera AR guidance system for surgical instrument "
        "handling (2606.04992) and SurgiQ, a benchmark of surgical understanding in LLMs (2606.08071); borderline, "
        "accepted: electromagnetic navigation for femoral osteotomy with X-ray-to-CT registration (2606.03893, "
        "computer-assisted, not learned), a haptic quality metric for segmentation surfaces used in surgical "
        "simulation (2606.06199) and deep-learning prediction of postoperative pancreatic fistula from preoperative CT "
        "for surgical decision-making (2605.31539); rejected interventional cardiology (guidewire synthesis for "
        "robot-assisted PCI 2606.00109; borderline), general methods with one operating-room or surgical test set "
        "(DisPOSE multi-view pose 2606.07419, EgoCross 2606.00829; borderline for the first), medical diagnosis, "
        "segmentation and clinical NLP without surgery (orthopedic note classification 2605.31512, placenta accreta "
        "2606.00489, landmark detection 2606.04898, joint contact forces 2606.06631), 'SURGE' and 'surg' in other "
        "senses and, from retrieval, agent, causal and other medical papers."),
    "space-vision": (
        "computer vision for space exploration is what the paper does: perceiving spacecraft, planetary surfaces or "
        "the space environment from images or event cameras, or vision systems on spacecraft and planetary rovers; "
        "accepted spacecraft segmentation under harsh lighting (GABI 2606.00886), the survey of event-based vision "
        "in space (2606.01280), stereo reconstruction of Martian terrain from rover imagery (2606.10364) and lunar "
        "rover localization by graph alignment on Yutu-2 data (2606.10602); rejected Earth observation from "
        "satellites, including on-board processing (in-sensor computing 2606.01271 and on-board methane detection "
        "2606.03675, borderline; bathymetry, flood mapping, forest disturbance, dark-vessel detection, Arctic "
        "foundation model, RPC Gaussian splatting, ABot-Earth, cross-view localization, satellite metric scale), "
        "satellite communication (2606.05216), aerial-vehicle adversarial patches (2606.00159), astronomy data "
        "analysis (VESTA 2606.00384) and, from retrieval (nothing on topic beyond the lexical ones), general vision, "
        "3D and agent papers."),
    "virtual-tryon": (
        "one concept: virtual try-on (dressing a person, in an image, video or 3D avatar, in given garments or "
        "wearable items) is the paper's task; accepted MOFA-VTON, sketch-guided fine-grained garment adaptation in "
        "virtual try-on (2606.11148) and OmniTryOn, video try-on of several wearable items at once (2606.08514); "
        "borderline, accepted: AvatarMix, 3D avatar outfit transfer by composing one avatar's head with another's "
        "clothed body (2606.03506); rejected video generation evaluated on fashion scenarios (LoomVideo 2606.06042; "
        "borderline), robotic cloth manipulation (2606.06292), mesh and CAD generation and, from retrieval (nothing on "
        "topic), avatar, face and unrelated papers."),
    "tta": (
        "one concept: adapting a trained model (its parameters, prompts, normalisation statistics or latent states) "
        "to unlabeled test inputs or a shifting test stream during inference (test-time adaptation, test-time "
        "training, test-time prompt tuning) is the paper's method or object of study; accepted domain-incremental "
        "learning with online test-time training on video streams (2605.31108), ReLAT, self-supervised test-time "
        "training of latent reasoning states (2606.06252), EASE-TTT for long-context QA (2606.06906), SS-TPT, "
        "test-time prompt tuning for adversarially robust VLMs (2606.06943), DOME, domain variables for test-time "
        "adaptation (2606.07646) and U-TTT, test-time training layers for PET denoising under distribution shift "
        "(2606.11032); rejected test-time scaling, which spends more inference compute without adapting the model "
        "(UniScale, RL-guided adaptive sampling, ThinkBooster, FineVerify, the multimodal TTS survey, l2-norm "
        "reasoning; hard near-misses), test-time adversarial defences that purify inputs or features without "
        "adapting the model (DBD 2606.06186, drift gating 2606.03730, MAC counterattacks 2606.06938; borderline), "
        "test-time augmentation (Phase Marginalization 2606.08132), agents that adapt through memory or experience "
        "without adapting a model (AdaMEM 2606.05684, MemoPilot 2606.08656, MemoGen 2606.03243, SkillAdaptor "
        "2606.01311; borderline for AdaMEM, which calls itself test-time adaptation), training-time domain "
        "adaptation or generalization (FINO 2606.05107, ROBUST-WT 2606.03069, the UG2+ turbulence solution "
        "2606.00522, MIDOG), transductive multi-VLM selection on an unlabeled target set (OSTB 2606.08126; "
        "borderline), per-scan online motion-manifold fitting in MRI reconstruction (PDMR 2606.04249; borderline) "
        "and, from retrieval (nothing on topic beyond the lexical ones), other adaptive and detection papers."),
}


def main() -> None:
    cands = json.loads((HERE / "candidates29.json").read_text(encoding="utf-8"))
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
