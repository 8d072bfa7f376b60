"""Counts of candidate subjects in the slice (titles, English abstracts and the whole 'AI' field of the Chinese
records), as the forty-seventh group used them to pick its subjects before labelling: one regular expression per
candidate, case-insensitive. The counts are of papers that match (in the whole slice, and among the papers of the
field the pattern was written for), not of papers on topic.

    python count47.py            # the patterns below
    python count47.py 'REGEX' ...
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

PATTERNS = {
    "cs.CL": [r"coreference|共指", r"grammatical error|语法纠错|GEC\b", r"text simplification|文本简化|readabilit|可读性",
              r"argument mining|argumentat|论辩|论证挖掘", r"poetry|poem|诗歌|诗词", r"humou?r|幽默|joke|笑话",
              r"sarcasm|irony|ironic|讽刺|反讽", r"story generation|storytelling|故事生成|叙事生成", r"entity linking|实体链接",
              r"query rewrit|查询改写", r"keyphrase|关键词抽取|关键短语", r"emotional support|情感支持", r"empath|共情",
              r"persona\b|personas|人设", r"lexical semantic|word sense|词义", r"morpholog|形态", r"discourse|语篇|篇章",
              r"quality estimation|质量估计", r"long[- ]context|长上下文", r"controllable generation|constrained decoding|受控生成|约束解码",
              r"hate|toxic|毒性", r"readability", r"question generation|问题生成", r"simultaneous|同声传译|同传",
              r"counterfactual|反事实", r"negation|否定", r"temporal reasoning|时间推理|时序推理", r"numer(ical|acy) reasoning|数值推理",
              r"commonsense|常识", r"analogy|analogical|类比", r"metaphor|隐喻", r"clinical note|病历|临床文本", r"translationese|post-edit|译后编辑",
              r"text-to-speech|language identification|语种识别", r"semantic parsing|语义解析", r"relation extraction|关系抽取",
              r"open-domain QA|open-domain question|开放域问答", r"conversational search|对话式搜索", r"style transfer|风格迁移",
              r"paraphras|复述|改写", r"decoding strateg|sampling strateg|解码策略|温度采样|temperature"],
    "cs.RO": [r"embodied question answering|EQA\b|active perception|active exploration|主动感知|主动探索|具身问答",
              r"point cloud registration|点云配准|registration", r"policy evaluation|策略评估", r"failure recovery|failure detection|runtime monitor|失败恢复|故障检测",
              r"object goal navigation|ObjectNav|instance goal|目标导航", r"6D pose|6-DoF pose|object pose estimation|物体位姿|位姿估计",
              r"human-robot|人机协作|人机交互", r"humanoid|人形机器人", r"legged|quadruped|四足|腿足", r"drone|UAV|无人机",
              r"deformable|cloth|可变形|布料", r"bimanual|双臂", r"tactile|触觉", r"dexterous|灵巧手",
              r"scene completion|场景补全", r"multi-object tracking|MOT\b|多目标跟踪", r"motion planning|运动规划|trajectory optimi",
              r"world model|世界模型", r"floorplan|floor plan|平面图", r"simulation-ready|articulated|铰接"],
    "cs.CY": [r"biosecurity|biological weapon|bioweapon|dual-use|生物安全|生物武器", r"risk aversion|risk preference|risk attitude|prospect theory|St\.? Petersburg|风险偏好|风险厌恶|前景理论",
              r"cognitive bias|anchoring|framing effect|loss aversion|认知偏差|锚定|框架效应", r"behavioral economic|homo economicus|rational choice|行为经济",
              r"environmental|climate change|sustainab|carbon footprint|energy consumption|环境|可持续|碳足迹|能耗",
              r"traffic simulation|traffic flow|交通仿真|交通流", r"grading|exam|阅卷|评分|考试", r"sabotage|破坏",
              r"stylometr|fingerprint|指纹", r"fairness|fair\b|公平", r"demographic|人口统计", r"journalis|新闻",
              r"triage|分诊", r"worker|workforce|labor|劳动", r"misinformation|虚假信息", r"altruis|利他", r"norm\b|norms|规范",
              r"semiotic|符号学", r"wheelchair|accessib|无障碍", r"knowledge gap|prerequisite|先修|知识缺口"],
    "cs.CV": [r"re-identification|re-id\b|ReID|重识别", r"optical flow|光流", r"salient object|显著性目标|显著目标",
              r"camouflag|伪装", r"few-shot|小样本", r"face recognition|人脸识别", r"feature matching|image matching|keypoint matching|特征匹配",
              r"point tracking|点跟踪|tracking any point", r"open-set|开集", r"semantic correspondence|语义对应",
              r"action segmentation|动作分割", r"shadow|阴影", r"fine-grained (visual )?(recognition|classification)|细粒度(识别|分类)",
              r"image fusion|图像融合", r"weakly[- ]supervised|弱监督", r"prompt learning|prompt tuning|提示学习",
              r"object-centric|以物体为中心", r"panoptic|全景分割", r"instance segmentation|实例分割", r"video object segmentation|视频目标分割",
              r"layout generation|布局生成", r"lane detection|车道线", r"pedestrian|行人", r"vehicle|车辆", r"agricultur|crop|农业|作物",
              r"underwater|水下", r"low-light|低光|低照度", r"3D scene generation|scene generation|场景生成", r"texture|纹理",
              r"dataset distillation|数据集蒸馏", r"self-supervised|自监督", r"masked image|MAE\b|掩码图像",
              r"visual grounding|视觉定位", r"object detection|目标检测", r"temporal action|时序动作", r"video captioning|dense caption",
              r"image quality|图像质量", r"style transfer|风格迁移", r"clip\b|CLIP", r"zero-shot classif", r"food|食物|菜"],
    "cs.CE": [r"domain decomposition|区域分解|域分解|Schwarz", r"precondition|预条件|Krylov|multigrid|多重网格|linear solver|iterative solver",
              r"turbulen|湍流|RANS|Navier|流体|fluid|CFD", r"ocean|海洋", r"semiconductor|半导体|wafer|晶圆|virtual metrology",
              r"binding affinity|docking|结合亲和力|对接", r"stablecoin|DeFi|decentralized finance|稳定币|去中心化金融|tokeniz(ed|ation) (asset|real)",
              r"carbon (capture|sequestration|storage)|碳封存|碳捕集", r"rail|铁路|列车", r"traffic|交通", r"hydrogen|氢",
              r"virtual element|VEM\b|isogeometric|boundary element|边界元|虚拟元", r"multiscale|多尺度", r"inverse problem|反问题",
              r"structural health|damage localization|damage detection|损伤识别|损伤检测|结构健康", r"acoustic wave|wave propagation|波传播|声波",
              r"econom|经济", r"portfolio|投资组合", r"audit|审计", r"field line|plasma|fusion energy|等离子体|聚变"],
    "eess.AS": [r"music|音乐|singing|歌唱|歌声", r"sound event|audio event|声音事件|音频事件", r"audio caption|音频描述|音频字幕",
                r"speech enhancement|denois|语音增强|降噪", r"source separation|speech separation|语音分离|声源分离",
                r"spatial audio|binaural|空间音频|双耳", r"text-to-audio|audio generation|音频生成|sound generation|声音生成",
                r"voice conversion|语音转换|声音转换", r"forced alignment|强制对齐", r"full-duplex|全双工|turn-taking|话轮",
                r"audio-language model|large audio|LALM|音频语言模型|音频大模型", r"speech (LLM|language model).{0,40}reason|audio reasoning|音频推理",
                r"keyword spotting|wake word|关键词检测|唤醒", r"audio watermark|音频水印", r"codec|编解码|tokeniz", r"person retrieval|人员检索",
                r"dysarthri|pathological speech|病理语音|构音障碍", r"second language|L2\b|二语", r"omni|全模态"],
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
