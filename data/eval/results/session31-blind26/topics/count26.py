"""Counts of candidate subjects (broad forms) in the slice, to choose the twenty-sixth group's subjects.

    python count26.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

C = {
 # cs.CE
 "prediction markets": [("prediction market", "预测市场", "Polymarket", "Kalshi")],
 "binding affinity / docking": [("binding affinity", "结合亲和", "docking", "分子对接", "drug-target", "protein-ligand", "蛋白-配体")],
 "drug discovery": [("drug discovery", "药物发现", "drug design", "药物设计")],
 "materials": [("material discovery", "materials discovery", "crystal", "晶体", "材料发现", "materials science", "alloy", "合金", "battery", "电池")],
 "digital twin": [("digital twin", "数字孪生")],
 "stock/trading": [("stock", "股票", "trading", "交易策略", "portfolio", "投资组合", "量化交易", "quantitative trading")],
 "turbulence/CFD": [("turbulen", "湍流", "fluid dynamics", "流体力学", "CFD", "Navier")],
 "topology optimization": [("topology optimization", "拓扑优化")],
 "crypto/defi": [("DeFi", "decentralized finance", "去中心化金融", "stablecoin", "稳定币", "cryptocurrenc", "加密货币", "tokeniz")],
 "neural operator": [("neural operator", "神经算子", "Fourier neural operator", "DeepONet")],
 # cs.MM
 "image captioning": [("image caption", "图像描述", "图像字幕")],
 "video highlight/summarization": [("video summar", "视频摘要", "highlight detection", "高光", "精彩片段")],
 "image aesthetics/cropping": [("aesthetic", "美学", "image cropping", "图像裁剪", "composition")],
 "AIGI detection": [("AI-generated image", "AI生成图像", "AIGC", "生成图像检测", "synthetic image detection", "fake image")],
 "video RAG": [("video retrieval-augmented", "video RAG", "视频检索增强")],
 "memes": [("meme", "表情包", "模因")],
 "audio-visual": [("audio-visual", "音视频", "视听")],
 "3D facial animation": [("facial animation", "面部动画", "digital human", "数字人", "avatar", "虚拟人")],
 # cs.AI
 "PDDL planning": [("PDDL", "planning domain", "automated planning", "自动规划", "classical planning")],
 "ARC": [("ARC-AGI", "abstract reasoning", "抽象推理")],
 "puzzles": [("puzzle", "谜题", "Sudoku", "数独")],
 "argumentation": [("argumentation", "论辩", "argument mining", "论证挖掘")],
 "causal reasoning LLM": [("causal reasoning", "因果推理", "causal inference", "因果推断")],
 "ontology/KGC": [("ontology", "本体", "knowledge graph completion", "知识图谱补全", "link prediction")],
 "MCTS": [("Monte Carlo tree", "MCTS", "蒙特卡洛树", "tree search", "树搜索")],
 "explainable AI": [("explainab", "可解释性", "XAI")],
 "temporal reasoning": [("temporal reasoning", "时间推理", "时序推理")],
 "commonsense": [("commonsense", "常识")],
 "counterfactual explanation": [("counterfactual explanation", "反事实解释")],
 # cs.CL
 "summarization": [("summariz", "摘要生成", "文本摘要", "summary generation")],
 "NER/IE": [("named entity", "命名实体", "information extraction", "信息抽取", "relation extraction", "关系抽取")],
 "tokenization": [("tokeniz", "分词", "tokenizer")],
 "long-context": [("long-context", "long context", "长上下文", "context window", "上下文窗口")],
 "emotional support dialogue": [("emotional support", "情感支持", "empath", "共情")],
 "dialect": [("dialect", "方言")],
 "query rewriting / search": [("query rewriting", "查询改写", "query expansion", "查询扩展")],
 "grammatical error correction": [("grammatical error", "语法错误", "GEC", "spelling")],
 "question generation": [("question generation", "问题生成")],
 "misinformation propaganda": [("propaganda", "disinformation", "虚假信息")],
 "LLM-synthetic data": [("synthetic data", "合成数据", "data synthesis", "数据合成")],
 "prompt engineering/optimization": [("prompt optimization", "提示优化", "automatic prompt", "prompt engineering", "提示工程")],
 "clinical notes / medical QA": [("medical question", "医学问答", "clinical note", "临床笔记", "medical QA")],
 # cs.CV
 "person re-id": [("re-identification", "ReID", "Re-ID", "重识别")],
 "crowd counting": [("crowd count", "人群计数", "object counting", "计数")],
 "video anomaly": [("video anomaly", "视频异常")],
 "gaze": [("gaze", "视线", "注视")],
 "OCR/scene text": [("OCR", "scene text", "场景文本", "文字识别", "text recognition")],
 "camouflaged/salient": [("camouflag", "伪装", "salient object", "显著性目标", "显著目标")],
 "referring segmentation": [("referring", "指代")],
 "face recognition": [("face recognition", "人脸识别", "facial recognition", "face verification")],
 "image registration": [("registration", "配准")],
 "hand": [("hand pose", "手部", "hand-object", "手势", "gesture")],
 "super-resolution": [("super-resolution", "超分")],
 "few-shot": [("few-shot", "小样本", "少样本")],
 "video object segmentation": [("video object segmentation", "视频目标分割", "视频对象分割")],
 "image forgery": [("forgery", "篡改", "manipulation localization", "tamper")],
 "semantic segmentation domain": [("domain adaptation", "域适应", "领域自适应", "domain generalization", "域泛化")],
 "continual learning": [("continual learning", "持续学习", "incremental learning", "增量学习")],
 "knowledge distillation CV": [("knowledge distillation", "知识蒸馏")],
 "event camera": [("event camera", "事件相机", "event-based", "neuromorphic", "spiking")],
 "virtual try-on": [("try-on", "试穿", "虚拟试衣")],
 "layout/poster": [("layout", "布局", "poster", "海报")],
 # cs.CY
 "elections/politics": [("election", "选举", "political", "政治", "voter", "partisan", "党派")],
 "children": [("children", "儿童", "kids", "teenager", "adolescent", "青少年")],
 "moral/ethics": [("moral", "道德", "ethic", "伦理")],
 "environment/sustainability": [("carbon footprint", "碳足迹", "energy consumption", "能耗", "sustainab", "可持续", "environmental")],
 "biosecurity": [("biosecurity", "生物安全", "bioweapon", "dual-use", "biorisk", "biological risk")],
 "social media": [("social media", "社交媒体", "Twitter", "Reddit", "微博", "TikTok")],
 "urban/traffic sim": [("urban", "城市", "traffic", "交通")],
 "gender": [("gender", "性别")],
 "value pluralism": [("pluralis", "多元", "value diversity", "价值多样")],
}

papers = mt.load_slice()
for k, forms in C.items():
    print(f"{k:40s} {len(mt.lexical(papers, forms)):4d}")
