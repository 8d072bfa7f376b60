"""Counts of candidate subjects (broad forms) in the slice, to choose the twenty-fifth group's subjects.

    python count25.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

C = {
 # cs.CE
 "materials": [("material discovery", "materials discovery", "crystal", "晶体", "材料发现", "materials science", "alloy", "合金", "inorganic")],
 "protein": [("protein", "蛋白")],
 "drug discovery": [("drug discovery", "药物发现", "drug design", "药物设计", "binding affinity", "docking", "对接")],
 "digital twin": [("digital twin", "数字孪生")],
 "CFD/turbulence": [("turbulen", "湍流", "fluid dynamics", "流体", "CFD", "Navier")],
 "weather/climate": [("weather", "天气", "climate", "气候", "precipitation", "降水", "nowcast")],
 "power/energy": [("power grid", "电网", "power system", "电力系统", "energy system", "battery", "电池", "smart grid", "load forecast")],
 "topology opt": [("topology optimization", "拓扑优化")],
 "stock": [("stock", "股票", "trading", "交易", "portfolio", "投资组合")],
 "optimization modeling LLM": [("operations research", "运筹", "optimization modeling", "优化建模", "mixed-integer", "MILP", "linear programming", "线性规划", "solver")],
 # cs.CY
 "elections/politics": [("election", "选举", "political", "政治", "voter", "polariz", "极化", "partisan")],
 "AI governance": [("AI governance", "AI治理", "regulation", "监管", "AI Act", "法规", "policy maker", "policymaker")],
 "healthcare LLM": [("clinical", "临床", "medical", "医疗", "health", "健康")],
 "children": [("child", "儿童", "kids", "teenager", "adolescent", "青少年", "minor")],
 "energy AI": [("carbon", "碳", "energy consumption", "能耗", "sustainab", "可持续")],
 "misinformation/propaganda": [("propaganda", "宣传", "disinformation", "虚假信息", "conspiracy")],
 "public opinion survey": [("survey respon", "public opinion", "民意", "polling", "silicon sampl", "questionnaire", "问卷")],
 "social media": [("social media", "社交媒体", "Twitter", "Reddit", "微博", "TikTok")],
 "moral/ethics": [("moral", "道德", "ethic", "伦理")],
 # eess.AS
 "music": [("music", "音乐", "song", "歌曲", "singing", "歌唱", "melody", "旋律")],
 "audio generation": [("text-to-audio", "audio generation", "音频生成", "sound generation", "声音生成", "sound effect", "音效", "Foley")],
 "voice conversion": [("voice conversion", "语音转换", "voice cloning", "声音克隆", "音色")],
 "speech deepfake": [("spoof", "欺骗", "audio deepfake", "speech deepfake", "伪造语音", "synthetic speech detection")],
 "sound event": [("sound event", "声音事件", "acoustic scene", "声学场景", "audio tagging", "audio classification", "音频分类", "bioacoustic")],
 "audio captioning / audio LLM": [("audio caption", "音频描述", "audio question", "audio understanding", "音频理解", "audio language model", "音频语言模型", "LALM", "large audio")],
 "speech enhancement/separation": [("speech enhancement", "语音增强", "speech separation", "语音分离", "denois", "source separation")],
 "speaker": [("speaker verification", "speaker recognition", "说话人识别", "说话人验证", "diarization", "说话人日志")],
 # cs.MM
 "memes": [("meme", "表情包", "模因")],
 "image captioning": [("image caption", "图像描述", "captioning", "字幕生成")],
 "video summarization/highlight": [("video summar", "视频摘要", "highlight detection", "高光")],
 "audio-visual segmentation/localization": [("audio-visual segmentation", "sound source locali", "声源定位", "audio-visual event", "音视频事件", "audio-visual")],
 "multimodal sentiment": [("multimodal sentiment", "多模态情感", "multimodal emotion")],
 "video captioning": [("video caption", "视频描述", "dense caption", "video description")],
 "multimodal rec": [("multimodal recommend", "多模态推荐", "micro-video", "短视频")],
 "visual storytelling": [("visual story", "视觉叙事", "story visualization", "comic", "漫画", "manga")],
 "multimodal misinformation": [("out-of-context", "multimodal misinformation", "多模态虚假", "image-text mismatch", "news image")],
 "image retrieval composed": [("composed image retrieval", "组合图像检索", "CIR")],
 "AIGC image detection": [("AI-generated image", "AIGC", "生成图像检测", "synthetic image detection")],
 # cs.AI
 "planning PDDL": [("PDDL", "planning domain", "automated planning", "自动规划", "classical planning", "规划问题")],
 "neuro-symbolic": [("neuro-symbolic", "neurosymbolic", "神经符号", "symbolic reasoning", "符号推理")],
 "causal": [("causal", "因果")],
 "combinatorial optimization": [("combinatorial optimization", "组合优化", "vehicle routing", "TSP", "traveling salesman", "旅行商", "scheduling", "调度")],
 "ARC abstract reasoning": [("ARC-AGI", "abstract reasoning", "抽象推理", "ARC")],
 "knowledge graph completion/ontology": [("ontology", "本体", "knowledge graph completion", "知识图谱补全", "link prediction")],
 "argumentation": [("argumentation", "论证", "argument mining")],
 "commonsense": [("commonsense", "常识")],
 "temporal reasoning": [("temporal reasoning", "时间推理", "时序推理")],
 "math/logic puzzles": [("puzzle", "谜题", "Sudoku", "数独", "logic puzzle")],
 "LLM reasoning with search/MCTS": [("Monte Carlo tree", "MCTS", "蒙特卡洛树", "tree search", "树搜索")],
 "explainable AI": [("explainab", "可解释", "XAI", "interpretab")],
 # cs.LG
 "tabular": [("tabular", "表格")],
 "conformal": [("conformal", "共形", "保形")],
 "optimizer": [("optimizer", "优化器", "Adam", "Muon", "SGD", "learning rate", "学习率")],
 "scaling laws": [("scaling law", "缩放定律", "扩展定律", "规模定律", "scaling behavior")],
 "dataset distillation": [("dataset distillation", "数据集蒸馏", "dataset condensation", "数据集压缩", "coreset", "data selection", "数据选择")],
 "grokking/training dynamics": [("grokking", "training dynamics", "训练动态", "loss landscape", "损失景观")],
 "offline RL / imitation": [("offline RL", "offline reinforcement", "离线强化", "imitation learning", "模仿学习", "behavior cloning")],
 "bandits": [("bandit", "老虎机", "多臂")],
 "active learning": [("active learning", "主动学习")],
 "domain adaptation": [("domain adaptation", "域适应", "领域自适应", "domain generalization", "域泛化")],
 "self-supervised / contrastive": [("contrastive learning", "对比学习", "self-supervised", "自监督")],
 "causal discovery": [("causal discovery", "因果发现", "structure learning", "结构学习")],
 "anomaly detection TS": [("anomaly detection", "异常检测")],
 "Bayesian/GP": [("Gaussian process", "高斯过程", "Bayesian optimization", "贝叶斯优化")],
 "spiking NN": [("spiking", "脉冲神经")],
 "LoRA low-rank": [("low-rank", "低秩")],
 "tokenization": [("tokeniz", "分词", "tokenizer")],
 "data augmentation synthetic data": [("synthetic data", "合成数据")],
 "positional encoding / length extrap": [("positional encoding", "位置编码", "RoPE", "length extrapolation", "长度外推", "context extension")],
}

papers = mt.load_slice()
for k, forms in C.items():
    print(f"{k:40s} {len(mt.lexical(papers, forms)):4d}")
