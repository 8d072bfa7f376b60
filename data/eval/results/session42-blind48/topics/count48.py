"""Counts of candidate subjects in the slice (titles, English abstracts and the whole 'AI' field of the Chinese
records), as the forty-eighth group used them to pick its subjects before labelling: one regular expression per
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
    "eess.AS": [r"neural (audio|speech) codec|audio codec|speech codec|speech tokeni|audio tokeni|语音编解码|音频编解码|音频分词|语音分词",
                r"voice conversion|语音转换|voice clon|声音克隆", r"speech enhancement|语音增强|noise suppression|speech separation|语音分离|source separation",
                r"sound event|声音事件|音频事件|acoustic scene|environmental sound", r"text-to-audio|audio generation|音频生成|sound effect|foley|text-to-music|music generation|音乐生成",
                r"anti-spoof|spoofing|audio deepfake|语音伪造", r"keyword spotting|关键词检测|wake word", r"music|音乐", r"singing|歌声|歌唱"],
    "cs.CV": [r"re-identification|re-id\b|ReID|重识别", r"super-resolution|超分", r"optical flow|光流", r"camouflag|伪装",
              r"food|recipe|食物|食品", r"animal|wildlife|动物|野生", r"face recognition|人脸识别|face verification",
              r"forgery|tamper|篡改|伪造定位|manipulation localization", r"crowd|人群", r"shadow|阴影",
              r"low-light|低光|dehaz|去雾|derain|去雨", r"video object segmentation|视频目标分割", r"panoptic|全景分割",
              r"semi-supervised|半监督", r"weakly supervised|弱监督", r"frame interpolation|插帧",
              r"trajectory|轨迹", r"garment|cloth|服装", r"font|字体", r"image retrieval|图像检索", r"makeup|妆",
              r"handwrit|手写", r"sketch|草图", r"lane detection|车道线", r"pedestrian|行人", r"vehicle re|车辆",
              r"image captioning|caption", r"visual grounding|视觉定位", r"image quality|质量评估", r"segment anything|SAM\b",
              r"fish|鱼|underwater|水下", r"art|艺术|painting|绘画", r"medical report|x-ray|胸片|CT\b"],
    "cs.LG": [r"dataset distillation|数据集蒸馏|dataset condensation", r"neural operator|神经算子", r"causal discovery|因果发现",
              r"spiking|脉冲神经", r"active learning|主动学习", r"optimizer|优化器|\bAdam|Muon", r"label noise|noisy label|噪声标签",
              r"GPU kernel|CUDA|kernel generation|Triton|算子生成", r"grokking|顿悟", r"pruning|剪枝", r"knowledge graph embedding|link prediction|链接预测",
              r"anomaly detection|异常检测", r"imbalanc|不平衡", r"contrastive learning|对比学习", r"multi-task|多任务", r"meta-learning|元学习",
              r"positive-unlabeled|PU learning", r"hypergraph|超图", r"Koopman", r"bandit|老虎机", r"mixture density|normalizing flow|归一化流",
              r"energy-based model|能量模型", r"weight decay|learning rate|学习率", r"loss landscape|损失景观|sharpness|平坦", r"model stealing|model extraction|模型窃取"],
    "cs.CY": [r"carbon emission|carbon footprint|energy footprint|能耗|AI.{0,20}energy|energy consumption", r"biosecurity|bioweapon|生物安全",
              r"exam|考试", r"misinformation|虚假信息", r"children|儿童|minor|未成年", r"elderly|老年", r"copyright|版权", r"election|选举",
              r"surveillance|监控", r"open-source model|open weight|开源模型", r"jobs|employment|就业", r"accessibility|无障碍", r"academic integrity|cheating|作弊|plagiar|抄袭"],
    "cs.RO": [r"humanoid|人形机器人", r"legged|locomotion|四足|足式", r"grasp|抓取", r"dexterous|灵巧手", r"human-robot|人机协作|人机交互",
              r"drone|UAV|无人机", r"tactile|触觉", r"motion planning|运动规划|path planning|路径规划", r"soft robot|软体", r"surgical robot|手术机器人",
              r"exoskeleton|外骨骼|prosthe|假肢", r"swarm|集群", r"underwater|水下", r"manipulator|机械臂", r"teleoperat|遥操作"],
    "cs.CE": [r"CFD|computational fluid|turbulen|湍流|Navier|fluid dynamics|流体", r"reduced-order|降阶|ROM\b", r"digital twin|数字孪生",
              r"battery|电池", r"structural health|结构健康|damage detection|损伤", r"additive manufactur|3D print|增材|打印", r"portfolio|投资组合",
              r"option pricing|期权", r"molecular dynamics|分子动力学", r"uncertainty quantification|不确定性量化", r"inverse problem|反问题",
              r"multiscale|多尺度", r"crack|裂纹|fracture|断裂", r"heat transfer|传热|thermal", r"power grid|电网|power system|电力系统", r"mesh|网格"],
    "cs.HC": [r"eye.?track|眼动", r"visualization|可视化", r"user study|用户研究", r"older adult|老年", r"VR|virtual reality|虚拟现实",
              r"cognitive load|认知负荷", r"trust|信任", r"explanation|解释", r"interface|界面", r"creativity|创造力", r"voice assistant|语音助手"],
    "cs.MA": [r"consensus|共识", r"swarm|集群", r"traffic|交通", r"emergent|涌现", r"coalition|联盟", r"task allocation|任务分配", r"evacuation|疏散"],
    "cs.IT": [r"reconfigurable intelligent surface|RIS\b|智能反射面|可重构智能表面", r"channel estimation|信道估计", r"age of information|信息年龄|AoI",
              r"polar code|极化码|LDPC", r"OTFS|OFDM", r"massive MIMO|大规模MIMO", r"edge computing|边缘计算", r"compressed sensing|压缩感知",
              r"near-field|近场", r"localization|定位", r"secrecy|physical layer security|物理层安全", r"low-altitude|低空", r"federated|联邦"],
    "cs.IR": [r"query rewrit|查询改写|query expansion|查询扩展", r"CTR|click-through|点击率", r"conversational search|对话式搜索|conversational recommend",
              r"sequential recommend|序列推荐", r"search engine|搜索引擎", r"dense retriev|稠密检索", r"legal retriev|patent|专利"],
    # searched afterwards across fields (the drawn fields ran short), with /tmp grep helpers of the same form
    "later": [r"forest|森林|tree instance|trees\b|biomass|生物量|deforest|canopy|树冠|林业|wood",
              r"wildfire|forest fire|fire detection|smoke|火灾|烟雾|山火",
              r"crack|裂缝|裂纹|structural health|infrastructure inspection|bridge inspection|pavement|路面",
              r"smart home|智能家居|home automation|IoT device|household",
              r"causal discovery|因果发现|causal structure|DAG\b|structure learning|causal graph|因果图",
              r"data science|data analysis agent|数据科学|data analys",
              r"horse|cattle|cow\b|dog\b|pig\b|primate|monkey|equine|poultry|chicken|zebrafish|rodent",
              r"bird|insect|marine|biodiversity|ecolog|生态|鸟|昆虫|camera trap|plankton|mammal|species",
              r"gaze|eye movement|eye-tracking|eye tracking|眼动|视线",
              r"traffic simulat|交通仿真|SUMO\b|traffic flow|交通流",
              r"code optimi|kernel optimi|GPU kernel|CUDA|Triton|算子优化",
              r"lossless|无损压缩|text compression|data compression|entropy cod"],
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
