"""Counts of candidate subjects in the slice (titles, English abstracts and the whole 'AI' field of the Chinese
records), as the forty-fourth group used them to pick its subjects before labelling: one regular expression per
candidate, case-insensitive. The counts are of papers that match (in the whole slice, and among the papers of the
field the pattern was written for), not of papers on topic.

    python count43.py            # the patterns below
    python count43.py 'REGEX' ...
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

PATTERNS = {
    "cs.CL": [r"named entity|命名实体|\bNER\b", r"grammatical error|语法纠错", r"text simplification|文本简化|readability|可读性",
              r"coreference|共指", r"argument mining|argumentat|论辩|论证", r"poetry|poem|诗歌|诗词", r"humor|幽默",
              r"sarcasm|irony|讽刺|反讽", r"story generation|storytelling|narrative|故事生成|叙事", r"clinical|临床",
              r"morpholog|形态", r"quality estimation|质量估计", r"discourse|语篇|篇章", r"entity linking|实体链接",
              r"knowledge graph completion|link prediction|知识图谱补全", r"table question|table reasoning|tabular reasoning|表格问答|表格推理",
              r"query rewrit|查询改写", r"long[- ]context|长上下文", r"retrieval[- ]augmented|RAG\b|检索增强",
              r"speculative|投机", r"data synthesis|synthetic data|合成数据", r"instruction tuning data|data selection|数据选择",
              r"multilingual|多语言", r"Arabic|阿拉伯", r"biomedical|生物医学", r"summari[sz]|摘要", r"keyphrase|关键词抽取",
              r"dialogue state|task-oriented dialog|任务型对话", r"emotional support|情感支持", r"persona|人设", r"empath|共情"],
    "cs.GT": [r"Bayesian persuasion|information design|信息设计|贝叶斯劝说", r"contract|principal[- ]agent|委托代理|契约",
              r"coalition|cooperative game|合作博弈|联盟", r"Hylland|competitive equilibri|market equilibri",
              r"strategic classification|performative|策略分类|执行性预测", r"influence maximi|影响力最大化",
              r"bargaining|negotiat|讨价还价|谈判|议价", r"reputation|声誉", r"common[- ]pool|公共资源",
              r"stable matching|matching mechanism|稳定匹配", r"automated market maker|AMM|做市", r"cake cutting|切蛋糕",
              r"proof[- ]of[- ]stake|proof[- ]of[- ]work|权益证明|工作量证明", r"multiwinner|approval|多赢家|认可投票",
              r"search|搜索", r"data pricing|data market|数据定价|数据市场", r"clustering|聚类", r"AGI race|arms race|军备竞赛",
              r"evolutionary game|演化博弈", r"Stackelberg|斯塔克尔伯格", r"mean[- ]field game|平均场博弈", r"security game|安全博弈"],
    "cs.LG": [r"optimizer|Muon\b|Adam\b|优化器", r"Bayesian optimi[sz]ation|贝叶斯优化", r"active learning|主动学习",
              r"offline (RL|reinforcement)|离线强化", r"spiking|脉冲神经", r"Kolmogorov|KAN\b", r"grokking|顿悟",
              r"long[- ]tail|imbalanc|长尾|不平衡", r"label noise|noisy label|噪声标签", r"dataset distillation|数据集蒸馏",
              r"causal discovery|因果发现", r"symbolic regression|符号回归", r"neural operator|神经算子",
              r"contrastive|对比学习", r"bandit|老虎机", r"Gaussian process|高斯过程", r"model-based (RL|reinforcement)|基于模型的强化",
              r"curriculum|课程学习", r"learning rate|学习率", r"weight decay|权重衰减", r"loss landscape|损失景观",
              r"hyperparameter|超参数", r"physics-informed|物理信息", r"graph transformer", r"anomaly detection|异常检测",
              r"recommend|推荐", r"survival analysis|生存分析", r"EHR|electronic health|电子病历", r"energy-based|能量模型",
              r"normalizing flow|归一化流", r"variational|变分", r"meta-learning|元学习", r"hypernetwork|超网络",
              r"mixture density|uncertainty quantification|不确定性量化", r"low-rank|低秩", r"pruning|剪枝", r"sparse training|稀疏训练",
              r"muon", r"second-order|二阶", r"gradient descent|梯度下降", r"generaliz.*bound|泛化界"],
    "cs.CV": [r"crowd counting|object counting|人群计数|计数", r"camouflag|伪装", r"super-resolution|超分",
              r"salient object|显著性", r"optical flow|光流", r"few-shot|小样本", r"re-identification|re-id\b|重识别",
              r"hand pose|hand-object|手部|手物", r"video anomaly|视频异常", r"image forgery|manipulation detection|篡改|forgery",
              r"novel view synthesis|新视角合成", r"face recognition|人脸识别", r"feature matching|image matching|特征匹配|图像匹配",
              r"point tracking|点跟踪", r"class-incremental|continual|持续学习|增量学习", r"prompt learning|提示学习",
              r"object-centric|以物体为中心", r"open-set|开集", r"semantic correspondence|语义对应", r"action segmentation|动作分割",
              r"image retrieval|图像检索", r"dehaz|去雾|derain|去雨", r"shadow|阴影", r"reflection removal|反射",
              r"visual place|地点识别", r"scene text|场景文本", r"fine-grained|细粒度", r"long-tail|长尾",
              r"image fusion|图像融合", r"infrared|红外", r"vehicle|车辆", r"weakly supervised|弱监督", r"knowledge distillation|知识蒸馏",
              r"backbone|骨干", r"tokenizer|分词器|visual tokeniz", r"image compression|图像压缩", r"watermark|水印"],
    "cs.HC": [r"children|child|儿童|青少年|adolescent", r"older adult|elderly|老年", r"reliance|over-?reliance|依赖",
              r"trust|信任", r"developer|开发者|programmer|程序员", r"user study|用户研究", r"usability|可用性",
              r"music|音乐|sonification|声化", r"accessibility|无障碍|blind|视障", r"crowdsourc|众包", r"annotation tool|标注工具",
              r"student|学生", r"interview|访谈", r"survey of users|questionnaire|问卷", r"visualization|可视化",
              r"explanation|解释", r"personaliz|个性化", r"persuasion|说服", r"deliberation|审议|协商", r"cognitive load|workload|认知负荷|负荷",
              r"eye[- ]track|眼动", r"gesture|手势", r"haptic|触觉", r"wearable|可穿戴", r"emotion|情绪|情感"],
    "cs.GR": [r"hair|头发|毛发", r"fluid|liquid|流体|液体|smoke|烟", r"physics simulation|physical simulation|物理仿真|物理模拟|MPM|material point",
              r"textur|纹理", r"UV\b|parameteriz|参数化", r"vector graphic|SVG|vector path|矢量", r"sketch|line drawing|线稿|草图|素描",
              r"BRDF|microfacet|material|材质|reflectance|反射率", r"radiosity|ray tracing|path tracing|光线追踪|路径追踪",
              r"level design|procedural|程序化", r"rig\b|rigging|绑定|skinning|蒙皮", r"facial animation|面部动画|face rig",
              r"remesh|tetrahedr|marching|网格生成", r"shape retrieval|形状检索", r"lattice|晶格|点阵", r"Gaussian splatting|3DGS|高斯泼溅",
              r"network bending|creative coding|interactive art|交互艺术", r"lighting|光照|relight|重光照"],
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
