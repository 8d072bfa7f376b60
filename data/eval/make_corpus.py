"""Rebuild data/eval/corpus/ from the shared daily-arXiv corpus (run once; the eval itself never reads ../shared).

Each output file keeps the upstream name and holds verbatim lines of the upstream file: the papers the questions
in data/eval/questions.jsonl are about ("targets") plus the first DISTRACTORS other records of that day with a
usable Chinese summary, so retrieval has to pick the right paper among unrelated ones.

    .venv/bin/python data/eval/make_corpus.py [--source ../shared/corpus/daily-arxiv]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
# 19 since the eighth held-out set (20 before): one distractor less on each of the 9 days that have them keeps the
# store within the 320 papers tests/eval allows (315 - 9 + 12 = 318)
DISTRACTORS = 19
TARGETS = {
    "dw-dengwei/2025-03-25_AI_enhanced_Chinese.jsonl": ["2503.18570", "2503.18559"],
    "dw-dengwei/2025-04-17_AI_enhanced_Chinese.jsonl": ["2504.11777", "2504.11474"],
    "dw-dengwei/2026-05-07_AI_enhanced_Chinese.jsonl": ["2605.04948", "2605.04926", "2605.04208", "2605.04177",
                                                        "2605.04897", "2605.04263", "2605.04409", "2605.05202",
                                                        "2605.04773", "2605.04426"],
    "dw-dengwei/2026-05-21_AI_enhanced_Chinese.jsonl": ["2605.20528", "2605.20624", "2605.20337"],
    "dw-dengwei/2026-06-10_AI_enhanced_Chinese.jsonl": ["2606.10209", "2606.10225", "2606.10842", "2606.09896",
                                                        "2606.10330"],
    "dw-dengwei/2026-06-11_AI_enhanced_Chinese.jsonl": ["2606.11739", "2606.11220", "2606.11207"],
    "dw-dengwei/2026-06-24_AI_enhanced_Chinese.jsonl": ["2606.24388", "2606.24470", "2606.23709", "2606.24622"],
    "xmkxabc/2025-06-10_AI_enhanced_Chinese.jsonl": ["2506.06407"],
}
# Held-out questions (ids h-*, added after the answer fixes): 12 papers drawn at random (see data/eval/CORPUS.md).
# Adding a target to a day already copied only adds its line (the distractors stay the same); 2026-05-12 is a new day.
HELDOUT = {
    "dw-dengwei/2025-03-25_AI_enhanced_Chinese.jsonl": ["2503.18556", "2503.18528"],
    "dw-dengwei/2025-04-17_AI_enhanced_Chinese.jsonl": ["2504.12129", "2504.12177"],  # 2504.12177: second set
    "dw-dengwei/2026-05-12_AI_enhanced_Chinese.jsonl": ["2605.09502", "2605.09751"],
    "dw-dengwei/2026-05-21_AI_enhanced_Chinese.jsonl": ["2605.20950", "2605.20469"],  # 2605.20469: second set
    "dw-dengwei/2026-06-10_AI_enhanced_Chinese.jsonl": ["2606.10806", "2606.10403", "2606.11009"],
    "dw-dengwei/2026-06-11_AI_enhanced_Chinese.jsonl": ["2606.11245"],
    "dw-dengwei/2026-06-24_AI_enhanced_Chinese.jsonl": ["2606.24267", "2606.24726"],
    # second held-out set, 2026-12-02, seed 20261202 (ids h2-*): 12 papers drawn with Python's random over every usable
    # record of the dw-dengwei day files (see data/eval/CORPUS.md); 2504.12177 and 2605.20469 are on the lines above
    "dw-dengwei/2025-03-19_AI_enhanced_Chinese.jsonl": ["2503.14354"],
    "dw-dengwei/2025-03-22_AI_enhanced_Chinese.jsonl": ["2503.16357"],
    "dw-dengwei/2025-04-03_AI_enhanced_Chinese.jsonl": ["2504.01890"],
    "dw-dengwei/2025-04-28_AI_enhanced_Chinese.jsonl": ["2504.18348"],
    "dw-dengwei/2026-05-20_AI_enhanced_Chinese.jsonl": ["2605.19846"],
    "dw-dengwei/2026-05-27_AI_enhanced_Chinese.jsonl": ["2605.26735"],
    "dw-dengwei/2026-06-03_AI_enhanced_Chinese.jsonl": ["2606.03299"],
    "dw-dengwei/2026-06-08_AI_enhanced_Chinese.jsonl": ["2606.06614"],
    "dw-dengwei/2026-06-12_AI_enhanced_Chinese.jsonl": ["2606.13032"],
    "dw-dengwei/2026-06-29_AI_enhanced_Chinese.jsonl": ["2606.27484"],
    # third held-out set, 2026-12-02, seed 20261203 (ids h3-*): 12 papers drawn the same way from the usable records not
    # yet in the eval corpus (see data/eval/CORPUS.md); 2606.02981 and 2606.13604 are added to days already here
    "dw-dengwei/2026-05-04_AI_enhanced_Chinese.jsonl": ["2605.00233"],
    "dw-dengwei/2026-05-05_AI_enhanced_Chinese.jsonl": ["2605.01698"],
    "dw-dengwei/2026-05-11_AI_enhanced_Chinese.jsonl": ["2605.07324"],
    "dw-dengwei/2026-06-04_AI_enhanced_Chinese.jsonl": ["2606.05031"],
    "dw-dengwei/2026-06-05_AI_enhanced_Chinese.jsonl": ["2606.05513"],
    "dw-dengwei/2026-06-09_AI_enhanced_Chinese.jsonl": ["2606.08025", "2606.08711"],
    "dw-dengwei/2026-06-23_AI_enhanced_Chinese.jsonl": ["2606.21689", "2606.22378"],
    "dw-dengwei/2026-06-30_AI_enhanced_Chinese.jsonl": ["2606.30090"],
    # fourth held-out set, 2026-12-02, seed 20261204 (ids h4-*): 12 papers drawn the same way from the usable records not
    # yet in the eval corpus (see data/eval/CORPUS.md); the seven appended below are added to days already here
    "dw-dengwei/2025-04-09_AI_enhanced_Chinese.jsonl": ["2504.05882"],
    "dw-dengwei/2025-04-11_AI_enhanced_Chinese.jsonl": ["2504.07313"],
    "dw-dengwei/2025-04-24_AI_enhanced_Chinese.jsonl": ["2504.16856"],
    "dw-dengwei/2026-05-19_AI_enhanced_Chinese.jsonl": ["2605.17308"],
    "dw-dengwei/2026-06-18_AI_enhanced_Chinese.jsonl": ["2606.19079"],
}
HELDOUT["dw-dengwei/2026-06-03_AI_enhanced_Chinese.jsonl"].append("2606.02981")  # third set
HELDOUT["dw-dengwei/2026-06-12_AI_enhanced_Chinese.jsonl"].append("2606.13604")  # third set
HELDOUT["dw-dengwei/2025-03-22_AI_enhanced_Chinese.jsonl"].append("2503.16194")  # fourth set
HELDOUT["dw-dengwei/2025-04-03_AI_enhanced_Chinese.jsonl"].append("2504.01274")  # fourth set
HELDOUT["dw-dengwei/2026-05-05_AI_enhanced_Chinese.jsonl"].append("2605.01018")  # fourth set
HELDOUT["dw-dengwei/2026-05-27_AI_enhanced_Chinese.jsonl"].append("2605.26630")  # fourth set
HELDOUT["dw-dengwei/2026-06-09_AI_enhanced_Chinese.jsonl"].append("2606.09323")  # fourth set
HELDOUT["dw-dengwei/2026-06-24_AI_enhanced_Chinese.jsonl"].append("2606.24786")  # fourth set
HELDOUT["dw-dengwei/2026-06-30_AI_enhanced_Chinese.jsonl"].append("2606.28737")  # fourth set
# fifth held-out set, 2026-12-02, seeds heldout-h5-20261202 / heldout-h5-20261202-papers (ids h5-*): 12 papers drawn with
# `shuf --random-source` from two new days plus the dw-dengwei days already here (see data/eval/CORPUS.md);
# the two new days 2025-04-18 and 2026-05-03 had no paper drawn, so every paper is added to a day already here
for _rid, _day in (("2606.04345", "2026-06-04"), ("2606.30162", "2026-06-30"), ("2503.13926", "2025-03-19"),
                   ("2606.13306", "2026-06-12"), ("2606.03892", "2026-06-03"), ("2606.18586", "2026-06-18"),
                   ("2606.10517", "2026-06-10"), ("2605.19516", "2026-05-20"), ("2606.10492", "2026-06-10"),
                   ("2605.17380", "2026-05-19"), ("2605.20733", "2026-05-21"), ("2503.15576", "2025-03-22")):
    HELDOUT.setdefault(f"dw-dengwei/{_day}_AI_enhanced_Chinese.jsonl", []).append(_rid)
# sixth held-out set, 2026-12-02, seed heldout-h6-20261202-papers (ids h6-*): 12 papers drawn with `shuf --random-source`
# from the usable records of the dw-dengwei days already here (see data/eval/CORPUS.md); every paper joins a day already here
for _rid, _day in (("2606.13673", "2026-06-12"), ("2606.11804", "2026-06-11"), ("2504.05682", "2025-04-09"),
                   ("2606.03988", "2026-06-03"), ("2504.07825", "2025-04-11"), ("2605.20183", "2026-05-20"),
                   ("2606.11552", "2026-06-11"), ("2605.17101", "2026-05-19"), ("2606.21309", "2026-06-23"),
                   ("2606.12069", "2026-06-11"), ("2606.08056", "2026-06-09"), ("2606.21155", "2026-06-23")):
    HELDOUT.setdefault(f"dw-dengwei/{_day}_AI_enhanced_Chinese.jsonl", []).append(_rid)
# seventh held-out set, 2026-12-03, seed heldout-h7-20261203-papers (ids h7-*): 12 papers drawn with `shuf --random-source`
# from the usable records of the dw-dengwei days already here (see data/eval/CORPUS.md); every paper joins a day already here
for _rid, _day in (("2606.19021", "2026-06-18"), ("2606.13655", "2026-06-12"), ("2504.06166", "2025-04-09"),
                   ("2606.04223", "2026-06-04"), ("2605.02069", "2026-05-05"), ("2605.20315", "2026-05-21"),
                   ("2606.12945", "2026-06-12"), ("2504.01201", "2025-04-03"), ("2606.27862", "2026-06-29"),
                   ("2606.12392", "2026-06-11"), ("2606.11543", "2026-06-11"), ("2503.15661", "2025-03-22")):
    HELDOUT.setdefault(f"dw-dengwei/{_day}_AI_enhanced_Chinese.jsonl", []).append(_rid)
# eighth held-out set, 2026-12-03, seed random.Random(20261208) (ids h8-*): 12 papers drawn with Python's random from the
# usable records of the dw-dengwei days already here (see data/eval/CORPUS.md); every paper joins a day already here
for _rid, _day in (("2605.17359", "2026-05-19"), ("2605.09285", "2026-05-12"), ("2504.07389", "2025-04-11"),
                   ("2606.06903", "2026-06-08"), ("2504.01934", "2025-04-03"), ("2606.12023", "2026-06-11"),
                   ("2606.12981", "2026-06-12"), ("2504.07794", "2025-04-11"), ("2503.18730", "2025-03-25"),
                   ("2605.19346", "2026-05-20"), ("2606.02610", "2026-06-03"), ("2503.18947", "2025-03-25")):
    HELDOUT.setdefault(f"dw-dengwei/{_day}_AI_enhanced_Chinese.jsonl", []).append(_rid)
# ninth held-out set, 2026-12-03, seed random.Random(20261209) (ids h9-*): 12 papers drawn with Python's random from the
# usable records of the dw-dengwei days already here (see data/eval/CORPUS.md); every paper joins a day already here
for _rid, _day in (("2606.06081", "2026-06-05"), ("2605.04503", "2026-05-07"), ("2606.18709", "2026-06-18"),
                   ("2605.04501", "2026-05-07"), ("2606.22285", "2026-06-23"), ("2504.01027", "2025-04-03"),
                   ("2504.05520", "2025-04-09"), ("2605.01870", "2026-05-05"), ("2606.20624", "2026-06-23"),
                   ("2605.20667", "2026-05-21"), ("2606.27637", "2026-06-29"), ("2606.03201", "2026-06-03")):
    HELDOUT.setdefault(f"dw-dengwei/{_day}_AI_enhanced_Chinese.jsonl", []).append(_rid)
# tenth held-out set, 2026-12-03, seed random.Random(20261210) (ids h10-*): 12 papers drawn with Python's random from the
# usable records of the dw-dengwei days already here (see data/eval/CORPUS.md); every paper joins a day already here
for _rid, _day in (("2605.08640", "2026-05-12"), ("2504.18283", "2025-04-28"), ("2503.14485", "2025-03-19"),
                   ("2504.01844", "2025-04-03"), ("2606.27773", "2026-06-29"), ("2606.06055", "2026-06-05"),
                   ("2606.24286", "2026-06-24"), ("2605.26376", "2026-05-27"), ("2605.09955", "2026-05-12"),
                   ("2606.03879", "2026-06-03"), ("2503.13799", "2025-03-19"), ("2606.10735", "2026-06-10")):
    HELDOUT.setdefault(f"dw-dengwei/{_day}_AI_enhanced_Chinese.jsonl", []).append(_rid)
# eleventh held-out set, 2026-12-03, seed random.Random(20261211) (ids h11-*): 12 papers drawn with Python's random from the
# usable records of the dw-dengwei days already here (see data/eval/CORPUS.md); every paper joins a day already here
for _rid, _day in (("2606.24175", "2026-06-24"), ("2606.18831", "2026-06-18"), ("2606.05864", "2026-06-05"),
                   ("2606.29395", "2026-06-30"), ("2605.20804", "2026-05-21"), ("2606.24722", "2026-06-24"),
                   ("2606.24169", "2026-06-24"), ("2606.21097", "2026-06-23"), ("2605.19359", "2026-05-20"),
                   ("2605.07806", "2026-05-11"), ("2606.23030", "2026-06-23"), ("2503.13684", "2025-03-19")):
    HELDOUT.setdefault(f"dw-dengwei/{_day}_AI_enhanced_Chinese.jsonl", []).append(_rid)
# twelfth held-out set, 2026-12-03, seed random.Random(20261212) (ids h12-*): 12 papers drawn with Python's random from the
# usable records of the dw-dengwei days already here (see data/eval/CORPUS.md); every paper joins a day already here
for _rid, _day in (("2605.00147", "2026-05-04"), ("2606.06529", "2026-06-08"), ("2606.27537", "2026-06-29"),
                   ("2606.03604", "2026-06-03"), ("2503.18484", "2025-03-25"), ("2606.03610", "2026-06-03"),
                   ("2503.14494", "2025-03-19"), ("2503.17716", "2025-03-25"), ("2503.13821", "2025-03-19"),
                   ("2605.07432", "2026-05-11"), ("2606.23368", "2026-06-23"), ("2503.14001", "2025-03-19")):
    HELDOUT.setdefault(f"dw-dengwei/{_day}_AI_enhanced_Chinese.jsonl", []).append(_rid)
# thirteenth held-out set, 2026-12-03, seed random.Random(20261213) (ids h13-*): 12 papers drawn with Python's random from
# the usable records of the dw-dengwei days already here (see data/eval/CORPUS.md); every paper joins a day already here
for _rid, _day in (("2504.01450", "2025-04-03"), ("2606.30072", "2026-06-30"), ("2504.07733", "2025-04-11"),
                   ("2504.18535", "2025-04-28"), ("2606.05368", "2026-06-05"), ("2606.22811", "2026-06-23"),
                   ("2503.18719", "2025-03-25"), ("2606.24055", "2026-06-24"), ("2503.16396", "2025-03-22"),
                   ("2606.08674", "2026-06-09"), ("2606.03504", "2026-06-03"), ("2605.01336", "2026-05-05")):
    HELDOUT.setdefault(f"dw-dengwei/{_day}_AI_enhanced_Chinese.jsonl", []).append(_rid)
# fourteenth held-out set, 2026-12-04, seed random.Random(20261214) (ids h14-*): 12 papers drawn with Python's random from
# the usable records of the dw-dengwei days already here (see data/eval/CORPUS.md); every paper joins a day already here
for _rid, _day in (("2605.07256", "2026-05-11"), ("2503.18862", "2025-03-25"), ("2605.21479", "2026-05-21"),
                   ("2606.07535", "2026-06-09"), ("2606.10458", "2026-06-10"), ("2606.24251", "2026-06-24"),
                   ("2605.10678", "2026-05-12"), ("2606.08615", "2026-06-09"), ("2606.08415", "2026-06-09"),
                   ("2504.01081", "2025-04-03"), ("2606.29571", "2026-06-30"), ("2606.03069", "2026-06-03")):
    HELDOUT.setdefault(f"dw-dengwei/{_day}_AI_enhanced_Chinese.jsonl", []).append(_rid)
# fifteenth held-out set, 2026-12-04, seed random.Random(20261215) (ids h15-*): 12 papers drawn with Python's random from
# the usable records of the dw-dengwei days already here (see data/eval/CORPUS.md); every paper joins a day already here
for _rid, _day in (("2503.17499", "2025-03-25"), ("2606.07661", "2026-06-09"), ("2606.02915", "2026-06-03"),
                   ("2606.07113", "2026-06-08"), ("2503.15781", "2025-03-22"), ("2606.12576", "2026-06-12"),
                   ("2605.01858", "2026-05-05"), ("2605.18010", "2026-05-19"), ("2504.01955", "2025-04-03"),
                   ("2504.01857", "2025-04-03"), ("2606.07720", "2026-06-09"), ("2606.22476", "2026-06-23")):
    HELDOUT.setdefault(f"dw-dengwei/{_day}_AI_enhanced_Chinese.jsonl", []).append(_rid)
# sixteenth held-out set, 2026-12-04, seed random.Random(20261216) (ids h16-*): 12 papers drawn with Python's random from
# the usable records of the dw-dengwei days already here (see data/eval/CORPUS.md); every paper joins a day already here
for _rid, _day in (("2606.29578", "2026-06-30"), ("2606.05071", "2026-06-04"), ("2605.07180", "2026-05-11"),
                   ("2606.04189", "2026-06-04"), ("2503.18320", "2025-03-25"), ("2504.11995", "2025-04-17"),
                   ("2605.00921", "2026-05-05"), ("2504.16921", "2025-04-24"), ("2606.03566", "2026-06-03"),
                   ("2503.13504", "2025-03-19"), ("2503.15491", "2025-03-22"), ("2503.13778", "2025-03-19")):
    HELDOUT.setdefault(f"dw-dengwei/{_day}_AI_enhanced_Chinese.jsonl", []).append(_rid)
# seventeenth held-out set, 2026-12-04, seed random.Random(20261217) (ids h17-*): 12 papers drawn with Python's random
# from the usable records of the dw-dengwei days already here (see data/eval/CORPUS.md); every paper joins a day already here
for _rid, _day in (("2606.22339", "2026-06-23"), ("2504.17828", "2025-04-28"), ("2605.00326", "2026-05-04"),
                   ("2606.12117", "2026-06-11"), ("2504.16813", "2025-04-24"), ("2606.30027", "2026-06-30"),
                   ("2504.05673", "2025-04-09"), ("2605.19735", "2026-05-20"), ("2606.04820", "2026-06-04"),
                   ("2503.17564", "2025-03-25"), ("2605.04941", "2026-05-07"), ("2606.06508", "2026-06-08")):
    HELDOUT.setdefault(f"dw-dengwei/{_day}_AI_enhanced_Chinese.jsonl", []).append(_rid)
# eighteenth held-out set, 2026-12-04, seed random.Random(20261218) (ids h18-*): 12 papers drawn with Python's random
# from the usable records of the dw-dengwei days already here (see data/eval/CORPUS.md); every paper joins a day already here
for _rid, _day in (("2606.28823", "2026-06-30"), ("2605.09599", "2026-05-12"), ("2503.18583", "2025-03-25"),
                   ("2606.29920", "2026-06-30"), ("2605.17435", "2026-05-19"), ("2606.27757", "2026-06-29"),
                   ("2503.18085", "2025-03-25"), ("2606.05173", "2026-06-05"), ("2606.03695", "2026-06-03"),
                   ("2605.00789", "2026-05-04"), ("2606.30139", "2026-06-30"), ("2504.01128", "2025-04-03")):
    HELDOUT.setdefault(f"dw-dengwei/{_day}_AI_enhanced_Chinese.jsonl", []).append(_rid)
# nineteenth held-out set, 2026-12-05, seed random.Random(20261219) (ids h19-*): 12 papers drawn with Python's random
# from the usable records of the dw-dengwei days already here (see data/eval/CORPUS.md); every paper joins a day already here
for _rid, _day in (("2605.04606", "2026-05-07"), ("2606.05867", "2026-06-05"), ("2606.29837", "2026-06-30"),
                   ("2503.14273", "2025-03-19"), ("2605.00242", "2026-05-04"), ("2606.24585", "2026-06-24"),
                   ("2504.18424", "2025-04-28"), ("2606.05611", "2026-06-05"), ("2503.14129", "2025-03-19"),
                   ("2606.24138", "2026-06-24"), ("2606.24178", "2026-06-24"), ("2606.29024", "2026-06-30")):
    HELDOUT.setdefault(f"dw-dengwei/{_day}_AI_enhanced_Chinese.jsonl", []).append(_rid)
# twentieth held-out set, 2026-12-05, seed random.Random(20261220) (ids h20-*): 12 papers drawn with Python's random
# from the usable records of the dw-dengwei days already here (see data/eval/CORPUS.md); every paper joins a day already here
for _rid, _day in (("2606.29498", "2026-06-30"), ("2605.17352", "2026-05-19"), ("2606.22640", "2026-06-23"),
                   ("2605.04583", "2026-05-07"), ("2606.04772", "2026-06-04"), ("2605.08384", "2026-05-12"),
                   ("2605.27003", "2026-05-27"), ("2606.07753", "2026-06-09"), ("2606.24441", "2026-06-24"),
                   ("2606.04730", "2026-06-04"), ("2503.18773", "2025-03-25"), ("2504.05636", "2025-04-09")):
    HELDOUT.setdefault(f"dw-dengwei/{_day}_AI_enhanced_Chinese.jsonl", []).append(_rid)
# twenty-first held-out set, 2026-12-05, seed random.Random(20261221) (ids h21-*): 12 papers drawn with Python's random
# from the usable records of the dw-dengwei days already here (see data/eval/CORPUS.md); every paper joins a day already here
for _rid, _day in (("2606.04970", "2026-06-04"), ("2605.27032", "2026-05-27"), ("2504.07940", "2025-04-11"),
                   ("2606.13008", "2026-06-12"), ("2605.04759", "2026-05-07"), ("2606.30108", "2026-06-30"),
                   ("2504.07952", "2025-04-11"), ("2503.17814", "2025-03-25"), ("2504.01596", "2025-04-03"),
                   ("2606.13427", "2026-06-12"), ("2606.29503", "2026-06-30"), ("2504.01954", "2025-04-03")):
    HELDOUT.setdefault(f"dw-dengwei/{_day}_AI_enhanced_Chinese.jsonl", []).append(_rid)
# twenty-second held-out set, 2026-12-05, seed random.Random(20261222) (ids h22-*): 12 papers drawn with Python's random
# from the usable records of the dw-dengwei days already here (see data/eval/CORPUS.md); every paper joins a day already here
for _rid, _day in (("2503.14154", "2025-03-19"), ("2606.18869", "2026-06-18"), ("2605.19539", "2026-05-20"),
                   ("2503.13896", "2025-03-19"), ("2606.11210", "2026-06-11"), ("2605.16386", "2026-05-19"),
                   ("2605.09934", "2026-05-12"), ("2606.03114", "2026-06-03"), ("2503.14445", "2025-03-19"),
                   ("2606.20873", "2026-06-23"), ("2606.29836", "2026-06-30"), ("2606.12473", "2026-06-12")):
    HELDOUT.setdefault(f"dw-dengwei/{_day}_AI_enhanced_Chinese.jsonl", []).append(_rid)
# The ten days first copied for the second held-out set keep only their drawn papers: 20 distractors on each would take
# the eval store past the 300 papers tests/eval allows (the other 243 papers of the store are the distractors).
# the session-26 lead's development set, 2026-12-05, seed random.Random(20261299) (ids d26-*): 11 papers drawn with
# Python's random from the usable records of the dw-dengwei days already here (ranks 1-8, 11, 12, 13; see
# data/eval/CORPUS.md); written to find new failure kinds the same session, not a held-out set
for _rid, _day in (("2605.26620", "2026-05-27"), ("2504.11923", "2025-04-17"), ("2606.05671", "2026-06-05"),
                   ("2606.03648", "2026-06-03"), ("2606.11909", "2026-06-11"), ("2503.18544", "2025-03-25"),
                   ("2606.05256", "2026-06-05"), ("2606.23094", "2026-06-23"), ("2504.18405", "2025-04-28"),
                   ("2606.06379", "2026-06-05"), ("2605.08863", "2026-05-12")):
    HELDOUT.setdefault(f"dw-dengwei/{_day}_AI_enhanced_Chinese.jsonl", []).append(_rid)
# twenty-third held-out set, 2026-12-05, seed random.Random(20261223) (ids h23-*): 12 papers drawn with Python's random
# from the usable records of the dw-dengwei days already here (see data/eval/CORPUS.md and
# data/eval/results/session27-blind/answers/draw.py); every paper joins a day already here
for _rid, _day in (("2606.23124", "2026-06-23"), ("2605.00399", "2026-05-04"), ("2606.22515", "2026-06-23"),
                   ("2605.07307", "2026-05-11"), ("2605.01399", "2026-05-05"), ("2606.24161", "2026-06-24"),
                   ("2606.03636", "2026-06-03"), ("2606.24579", "2026-06-24"), ("2606.13135", "2026-06-12"),
                   ("2606.24586", "2026-06-24"), ("2606.22943", "2026-06-23"), ("2606.12821", "2026-06-12")):
    HELDOUT.setdefault(f"dw-dengwei/{_day}_AI_enhanced_Chinese.jsonl", []).append(_rid)
# the session-27 lead's development set, 2026-12-05, seed random.Random(20261399) (ids d27-, not held out): ranks 1-10 of
# data/eval/results/session27-blind/answers/draw.py 20261399; every paper joins a day already here
for _rid, _day in (("2606.09856", "2026-06-10"), ("2606.24564", "2026-06-24"), ("2605.00226", "2026-05-04"),
                   ("2605.06710", "2026-05-11"), ("2606.05711", "2026-06-05"), ("2606.29494", "2026-06-30"),
                   ("2606.07783", "2026-06-09"), ("2504.05583", "2025-04-09"), ("2606.13288", "2026-06-12"),
                   ("2606.29611", "2026-06-30"),
                   # its second part, ranks 11-20 of the same draw (with the first ten put back)
                   ("2504.16515", "2025-04-24"), ("2606.20980", "2026-06-23"), ("2605.05007", "2026-05-07"),
                   ("2606.13630", "2026-06-12"), ("2605.04906", "2026-05-07"), ("2504.16368", "2025-04-24"),
                   ("2605.27338", "2026-05-27"), ("2606.13120", "2026-06-12"), ("2605.04523", "2026-05-07"),
                   ("2606.23083", "2026-06-23")):
    HELDOUT.setdefault(f"dw-dengwei/{_day}_AI_enhanced_Chinese.jsonl", []).append(_rid)
# twenty-fourth held-out set, 2026-12-06, seed random.Random(20261224) (ids h24-*): 12 papers drawn with Python's random
# from the usable records of the dw-dengwei days already here (see data/eval/CORPUS.md and
# data/eval/results/session27-blind/answers/draw.py); every paper joins a day already here
for _rid, _day in (("2606.03406", "2026-06-03"), ("2606.21446", "2026-06-23"), ("2503.13983", "2025-03-19"),
                   ("2605.04330", "2026-05-07"), ("2606.11505", "2026-06-11"), ("2504.18361", "2025-04-28"),
                   ("2504.06011", "2025-04-09"), ("2503.16247", "2025-03-22"), ("2606.11989", "2026-06-11"),
                   ("2504.16754", "2025-04-24"), ("2606.24064", "2026-06-24"), ("2606.18663", "2026-06-18")):
    HELDOUT.setdefault(f"dw-dengwei/{_day}_AI_enhanced_Chinese.jsonl", []).append(_rid)
# the session-28 lead's development set, 2026-12-06, seed random.Random(20261499) (ids d28-*): ranks 1-10 of
# data/eval/results/session27-blind/answers/draw.py over the usable records of the dw-dengwei days already here
for _rid, _day in (("2605.18324", "2026-05-19"), ("2606.29828", "2026-06-30"), ("2606.07167", "2026-06-08"),
                   ("2503.17709", "2025-03-25"), ("2605.08432", "2026-05-12"), ("2606.04301", "2026-06-04"),
                   ("2606.18510", "2026-06-18"), ("2606.11105", "2026-06-10"), ("2606.12139", "2026-06-11"),
                   ("2606.03705", "2026-06-03")):
    HELDOUT.setdefault(f"dw-dengwei/{_day}_AI_enhanced_Chinese.jsonl", []).append(_rid)
NO_DISTRACTORS = {"dw-dengwei/2025-03-19_AI_enhanced_Chinese.jsonl", "dw-dengwei/2025-03-22_AI_enhanced_Chinese.jsonl",
                  "dw-dengwei/2025-04-03_AI_enhanced_Chinese.jsonl", "dw-dengwei/2025-04-28_AI_enhanced_Chinese.jsonl",
                  "dw-dengwei/2026-05-20_AI_enhanced_Chinese.jsonl", "dw-dengwei/2026-05-27_AI_enhanced_Chinese.jsonl",
                  "dw-dengwei/2026-06-03_AI_enhanced_Chinese.jsonl", "dw-dengwei/2026-06-08_AI_enhanced_Chinese.jsonl",
                  "dw-dengwei/2026-06-12_AI_enhanced_Chinese.jsonl", "dw-dengwei/2026-06-29_AI_enhanced_Chinese.jsonl",
                  # the eight days first copied for the third held-out set, likewise
                  "dw-dengwei/2026-05-04_AI_enhanced_Chinese.jsonl", "dw-dengwei/2026-05-05_AI_enhanced_Chinese.jsonl",
                  "dw-dengwei/2026-05-11_AI_enhanced_Chinese.jsonl", "dw-dengwei/2026-06-04_AI_enhanced_Chinese.jsonl",
                  "dw-dengwei/2026-06-05_AI_enhanced_Chinese.jsonl", "dw-dengwei/2026-06-09_AI_enhanced_Chinese.jsonl",
                  "dw-dengwei/2026-06-23_AI_enhanced_Chinese.jsonl", "dw-dengwei/2026-06-30_AI_enhanced_Chinese.jsonl",
                  # the five days first copied for the fourth held-out set, likewise
                  "dw-dengwei/2025-04-09_AI_enhanced_Chinese.jsonl", "dw-dengwei/2025-04-11_AI_enhanced_Chinese.jsonl",
                  "dw-dengwei/2025-04-24_AI_enhanced_Chinese.jsonl", "dw-dengwei/2026-05-19_AI_enhanced_Chinese.jsonl",
                  "dw-dengwei/2026-06-18_AI_enhanced_Chinese.jsonl"}
for _name, _ids in HELDOUT.items():
    TARGETS.setdefault(_name, []).extend(_ids)


def usable(record: dict) -> bool:
    ai = record.get("AI")
    if not isinstance(ai, dict):
        return False
    text = " ".join(str(ai.get(k) or "") for k in ("tldr", "task", "method", "result"))
    return len(text) > 40 and "Error" not in text and "失败" not in text and record.get("summary")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", default=str(HERE.parent.parent.parent / "shared" / "corpus" / "daily-arxiv"))
    args = parser.parse_args()
    all_targets = {i for ids in TARGETS.values() for i in ids}
    total = 0
    for name, targets in TARGETS.items():
        lines = (Path(args.source) / name).read_text(encoding="utf-8").splitlines()
        kept, seen, distractors = [], set(), 0
        limit = 0 if name in NO_DISTRACTORS else DISTRACTORS
        for line in lines:
            if not line.strip():
                continue
            record = json.loads(line)
            rid = record.get("id")
            if rid in seen:
                continue
            if rid in targets:
                kept.append(line)
                seen.add(rid)
            elif rid not in all_targets and distractors < limit and usable(record):
                kept.append(line)
                seen.add(rid)
                distractors += 1
        missing = set(targets) - seen
        if missing:
            raise SystemExit(f"{name}: targets not found: {sorted(missing)}")
        out = HERE / "corpus" / name
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text("\n".join(kept) + "\n", encoding="utf-8")
        total += len(kept)
        print(f"{out.relative_to(HERE)}: {len(kept)} records ({len(targets)} targets)")
    print(f"total {total} records")


if __name__ == "__main__":
    main()
