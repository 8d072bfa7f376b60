"""Counts of candidate subjects in the slice (titles, English abstracts and the whole 'AI' field of the Chinese
records), as the forty-sixth group used them to pick its subjects before labelling: one regular expression per
candidate, case-insensitive. The counts are of papers that match (in the whole slice, and among the papers of the
field the pattern was written for), not of papers on topic.

    python count46.py            # the patterns below
    python count46.py 'REGEX' ...
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

PATTERNS = {
    "eess.AS": [r"music|音乐", r"audio caption|音频描述", r"sound event|声音事件|音频事件",
                r"speech enhancement|语音增强|denois.*speech|noise suppression", r"voice conversion|语音转换|voice clon|声音克隆",
                r"audio deepfake|spoof|语音伪造|anti-spoof",
                r"neural (audio|speech) codec|speech tokeni|audio tokeni|语音编解码|音频编解码|音频分词", r"lip.?read|唇读|唇语",
                r"keyword spotting|关键词检测", r"forced alignment|强制对齐", r"speech quality|MOS\b|语音质量", r"omni|全模态",
                r"text-to-audio|video-to-audio|audio generation|音频生成|音效|sound effect|foley|sound synthesis"],
    "cs.CL": [r"text simplification|文本简化|readability|可读性", r"poetry|poem|诗歌|诗词", r"humor|幽默|joke|笑话",
              r"coreference|共指|指代消解", r"argument mining|论辩挖掘|argumentation", r"grammatical error|语法纠错|语法错误",
              r"spelling|拼写|text correction|文本纠错", r"word sense|词义", r"morpholog|形态学", r"story|narrative|故事|叙事",
              r"translation quality|quality estimation|质量评估", r"entity link|实体链接", r"semantic parsing|语义解析",
              r"medical dialogue|doctor-patient|医患", r"query rewrit|查询改写", r"question generation|问题生成",
              r"math word problem|数学应用题", r"persona|人设", r"empath|共情", r"emotional support|情感支持",
              r"keyphrase|关键词抽取", r"ancient Chinese|古汉语|古文|classical Chinese|文言", r"punctuation|标点"],
    "cs.CY": [r"biosecurity|biological weapon|bioweapon|生物安全|dual-use|两用",
              r"energy consumption|carbon|碳排放|能耗|environmental impact|sustainab",
              r"carbon emission|carbon footprint|energy footprint|能耗分析|energy consumption analysis|AI.{0,20}energy",
              r"nondetermin|non-determin|randomness|随机性|reproducib|可复现|stochasticity", r"sabotage|破坏", r"exam|考试",
              r"grading|评分|批改"],
    "cs.RO": [r"humanoid|人形机器人", r"legged|locomotion|四足|足式", r"grasp|抓取", r"deformable|cloth|布料|可变形",
              r"human-robot|人机协作|人机交互", r"dexterous|灵巧手"],
    "cs.MM": [r"streaming 3D|volumetric video|体积视频|3D streaming", r"highlight detection|精彩片段|video summari"],
    "cs.HC": [r"nondetermin|non-determin|randomness|随机性|stochasticity|run-to-run|variabilit", r"fallac|谬误",
              r"UnpredictaBench|dice|stochastic collapse|Token Not Taken|output diversity|输出多样性|mode collapse"],
    "cs.CV": [r"re-identification|re-id\b|重识别", r"super-resolution|超分", r"optical flow|光流", r"camouflag|伪装",
              r"agricultur|农业|crop (disease|yield|segment|type|classif)|作物|plant disease|病害",
              r"recipe|food|食品|食物|菜谱", r"agricultur|农业|crop|作物", r"animal|wildlife|动物|野生"],
    "cs.LG": [r"dataset distillation|数据集蒸馏|dataset condensation", r"symbolic regression|符号回归",
              r"neural operator|神经算子", r"causal discovery|因果发现", r"spiking|脉冲神经", r"active learning|主动学习",
              r"Bayesian optimi|贝叶斯优化", r"optimizer|优化器", r"label noise|noisy label|噪声标签",
              r"GPU kernel|CUDA|kernel (generation|optimi)|Triton|算子生成|内核"],
}
def main(patterns: dict[str, list[str]]) -> None:
    papers = mt.load_slice()
    texts = {pid: r["title"] + " " + r["summary"] + " " + str(r.get("AI", "")) for pid, r in papers.items()}
    for cat, pats in patterns.items():
        print("==", cat, sum(1 for r in papers.values() if cat in r.get("categories", [])))
        for pat in pats:
            rx = re.compile(pat, re.I)
            ids = [pid for pid, t in texts.items() if rx.search(t)]
            incat = [pid for pid in ids if cat in papers[pid].get("categories", [])]
            print(f"{len(ids):4d} {len(incat):4d}  {pat[:110]}")


if __name__ == "__main__":
    main({"args": sys.argv[1:]} if sys.argv[1:] else PATTERNS)
