"""Counts of candidate subjects in the slice (titles, English abstracts and the whole 'AI' field of the Chinese
records), as the fortieth group used them to pick its subjects before labelling: one regular expression per
candidate, case-insensitive. The counts are of papers that match, not of papers on topic.

    python count40.py            # the patterns below
    python count40.py 'REGEX' ...
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

PATTERNS = [
    # cs.CL
    r"named entity|NER\b|命名实体", r"relation extraction|关系抽取|information extraction|信息抽取",
    r"text simplification|文本简化", r"grammatical error|语法纠错", r"question generation|问题生成",
    r"semantic parsing|语义解析", r"coreference|指代消解", r"argument mining|论辩|argumentation",
    r"readability|可读性", r"word sense|词义", r"morpholog|形态", r"sarcasm|irony|讽刺|humou?r|幽默",
    r"long[- ]context|长上下文", r"synthetic data|合成数据|data synthesis", r"data selection|数据选择",
    r"query rewrit|查询改写|query expansion", r"prompt compression|提示压缩|context compression",
    r"clinical (note|text)|electronic health record|EHR|电子病历", r"emotion|情绪|情感",
    r"dialogue state|task-oriented dialog|对话系统", r"multilingual|多语言", r"cross-lingual|跨语言",
    r"linguistic|语言学", r"lexical|词汇", r"syntax|syntactic|句法", r"poetry|诗", r"story|narrative|叙事",
    r"keyphrase|关键词抽取", r"entity linking|实体链接", r"knowledge base question|KBQA", r"table question|表格问答",
    r"chain-of-thought compression|CoT compression", r"latent reasoning|隐式推理|latent thought",
    r"retrieval|检索", r"speech|语音", r"sign language|手语",
    # cs.GT
    r"Stackelberg|斯塔克尔伯格", r"bargaining|讨价还价|议价", r"contract (theory|design)|契约",
    r"information design|Bayesian persuasion|信息设计|贝叶斯劝说", r"security game|安全博弈",
    r"mean[- ]field game|平均场博弈", r"coalition|联盟|cooperative game|合作博弈", r"price of anarchy|无政府代价",
    r"congestion game|routing game|拥塞博弈", r"extensive-form|counterfactual regret|CFR|扑克|poker",
    r"strategic classification|performative|策略性分类", r"peer prediction|information elicitation|信息激发",
    r"correlated equilibri|相关均衡", r"potential game|势博弈", r"zero-sum|零和", r"evolutionary game|演化博弈",
    r"principal-agent|委托代理", r"mechanism design|机制设计", r"strategyproof|incentive compatib|激励相容",
    r"Colonel Blotto|tournament|锦标赛", r"cost sharing|成本分摊", r"game theor|博弈论",
    # cs.CV
    r"person re-identification|re-ID|ReID|行人重识别|重识别", r"crowd counting|人群计数|object counting",
    r"optical flow|光流", r"camouflaged|伪装目标", r"hand pose|hand-object|手部|手势",
    r"video object segmentation|视频目标分割", r"face recognition|人脸识别", r"referring (expression|segmentation)|指代分割|referring",
    r"point cloud (completion|registration)|点云(补全|配准)", r"shadow|阴影", r"vector graphic|SVG|矢量图",
    r"low-light|低光照", r"font|字体", r"image forgery|篡改|manipulation localization|forgery",
    r"salient object|显著性", r"lane detection|车道线", r"few-shot segmentation|小样本分割",
    r"continual learning|持续学习|incremental learning", r"knowledge distillation|知识蒸馏",
    r"dataset distillation|数据集蒸馏", r"semi-supervised|半监督", r"weakly supervised|弱监督",
    r"domain adaptation|域适应", r"visual grounding|视觉定位", r"layout|版面|布局", r"sketch|草图",
    r"image retrieval|图像检索", r"zero-shot classification|CLIP", r"adversarial patch|physical attack",
    r"medical image (classification|registration)|X-ray|CT\b", r"remote sensing|遥感", r"3D human|人体重建|avatar|数字人",
    r"hair|头发", r"garment|服装", r"agricultur|农业|crop|plant", r"fish|animal|动物|wildlife",
    # cs.MM
    r"music|音乐", r"audio-visual|音视频|视听", r"video-to-audio|foley|音效生成|sound generation", r"lip[- ]?sync|唇形",
    r"dance|舞蹈", r"sound source|声源", r"image aesthetic|美学", r"video summarization|视频摘要",
    r"video highlight|moment retrieval|片段检索", r"audio generation|音频生成|text-to-audio",
    r"audio (language|LLM)|音频大模型|large audio", r"multimodal sentiment|多模态情感", r"misinformation|谣言|fake news",
    r"watermark|水印", r"copyright|版权", r"cross-modal|跨模态", r"image compression|视频压缩|codec",
    # cs.LG
    r"active learning|主动学习", r"curriculum learning|课程学习", r"knowledge tracing|知识追踪",
    r"symbolic regression|符号回归", r"Bayesian optimi[sz]ation|贝叶斯优化", r"contrastive learning|对比学习",
    r"long-tail|class imbalance|长尾|类别不平衡", r"causal discovery|因果发现", r"spiking neural|脉冲神经网络|SNN\b",
    r"grokking", r"loss landscape|损失景观", r"network pruning|剪枝", r"low-rank|低秩", r"Gaussian process|高斯过程",
    r"label noise|noisy label|噪声标签", r"offline reinforcement|离线强化学习", r"bandit|老虎机",
    r"hyperparameter|超参数", r"neural architecture search|架构搜索", r"optimizer|优化器", r"anomaly detection|异常检测",
    r"clustering|聚类", r"data attribution|influence function|影响函数", r"normalizing flow|标准化流",
    r"variational autoencoder|VAE\b|变分自编码", r"model collapse|模型崩溃", r"catastrophic forgetting|灾难性遗忘",
    r"sparse attention|稀疏注意力|linear attention|线性注意力", r"graph (learning|representation)",
    r"reward model|奖励模型", r"distribution shift|分布偏移", r"meta-learning|元学习", r"Koopman",
    r"operator learning|neural operator|神经算子", r"diffusion polic|扩散策略", r"time series (classification|anomaly)",
    r"energy-based|能量模型", r"world model|世界模型", r"exploration|探索", r"GFlowNet", r"Mamba",
    # cs.IT
    r"reconfigurable intelligent surface|RIS\b|智能反射面|可重构智能表面", r"channel estimation|信道估计",
    r"OFDM|正交频分", r"compressed sensing|压缩感知", r"coded caching|编码缓存|index coding",
    r"age of information|AoI\b|信息年龄", r"millimeter|mmWave|terahertz|THz|太赫兹|毫米波",
    r"massive MIMO|MIMO", r"cell-free|无蜂窝", r"near-field|近场", r"over-the-air|空中计算",
    r"group testing|群测试", r"entropy|熵", r"mutual information|互信息", r"polar code|极化码|LDPC",
    r"precoding|预编码", r"localization|定位", r"6G", r"edge computing|边缘计算|MEC\b", r"wireless|无线",
    r"information bottleneck|信息瓶颈", r"Kolmogorov|algorithmic information", r"sampling theor|sparse recovery|phase retrieval|相位恢复",
]


def main(patterns: list[str]) -> None:
    papers = mt.load_slice()
    texts = {pid: r["title"] + " " + r["summary"] + " " + str(r.get("AI", "")) for pid, r in papers.items()}
    for pat in patterns:
        rx = re.compile(pat, re.I)
        ids = [pid for pid, t in texts.items() if rx.search(t)]
        print(f"{len(ids):4d}  {pat[:110]}")


if __name__ == "__main__":
    main(sys.argv[1:] or PATTERNS)
