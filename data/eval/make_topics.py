"""Candidates for the judged digest topics (data/eval/topics.jsonl; how they were judged: data/eval/TOPICS.md).

Two rules propose the papers of dw-dengwei 2026-06-01..10 that a human then reads (title + Chinese TL;DR, the
abstract when in doubt) and confirms or rejects:

1. lexical: every concept of the topic matched in the title, abstract or TL;DR by one of its forms in either
   language (PROPOSE below; English forms as word prefixes, case-sensitive when they are acronyms, Chinese forms
   as substrings). Deliberately broad: '量化' is also 'quantify', '遗忘' also 'forgetting';
2. hybrid retrieval: the top 50 papers of the product's hybrid search (dense + BM25) for the topic as typed,
   within the date range (needs a store of the slice: `--store`, e.g. the bench store of bench/digest_relevance.py).

    python data/eval/make_topics.py                      # counts; candidates not yet judged in topics.jsonl
    python data/eval/make_topics.py --store ~/.cache/arxiv-assistant/bench/digest-relevance-2026-06-01_10
    python data/eval/make_topics.py --show TOPIC_ID      # the unjudged candidates' titles and TL;DRs
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[2] / "shared" / "corpus" / "daily-arxiv" / "dw-dengwei"
SINCE, UNTIL = "2026-06-01", "2026-06-10"
FILES = [f"2026-06-{d:02d}_AI_enhanced_Chinese.jsonl" for d in range(1, 11)]
TOPICS_FILE = HERE / "topics.jsonl"
HYBRID_K = 50

LLM = ("large language model", "LLM", "language model", "大语言模型", "大型语言模型", "大模型", "语言模型")
MLLM = ("vision-language", "vision language", "VLM", "LVLM", "MLLM", "multimodal large language", "multimodal LLM",
        "large multimodal model", "LMM", "视觉语言", "视觉-语言", "多模态大")
# id -> (topic, language, concepts as the annotator reads them, proposal forms per concept)
PROPOSE: dict[str, tuple[str, str, list[str], list[tuple[str, ...]]]] = {
    "vlm-hallucination": ("视觉语言模型的幻觉", "zh", ["视觉语言模型", "幻觉"], [("hallucinat", "幻觉"), MLLM]),
    "llm-jailbreak": ("大语言模型的越狱攻击", "zh", ["大语言模型", "越狱攻击"], [("jailbreak", "越狱"), LLM]),
    "gen-rec": ("生成式推荐", "zh", ["生成式", "推荐"], [("generative", "生成式"), ("recommend", "推荐")]),
    "speculative-decoding": ("speculative decoding", "en", ["speculative decoding"],
                             [("speculative", "推测解码", "投机解码", "投机采样", "draft model", "草稿模型")]),
    "kv-cache": ("KV cache compression for long-context LLMs", "en", ["KV cache compression", "LLMs"],
                 [("KV cache", "KV-cache", "key-value cache", "KV缓存", "键值缓存"),
                  ("compress", "evict", "prun", "quantiz", "压缩", "驱逐", "剪枝", "量化")]),
    "moe": ("混合专家模型", "zh", ["混合专家模型"], [("mixture of experts", "mixture-of-experts", "MoE", "混合专家")]),
    "gs-recon": ("3D Gaussian splatting for scene reconstruction", "en", ["Gaussian splatting", "scene reconstruction"],
                 [("Gaussian splatting", "3DGS", "高斯泼溅", "高斯溅射", "高斯散射"),
                  ("reconstruct", "重建", "novel view", "新视角")]),
    "video-diffusion": ("扩散模型的视频生成", "zh", ["扩散模型", "视频生成"],
                        [("diffusion", "扩散", "DiT"),
                         ("video generation", "video synthesis", "text-to-video", "image-to-video", "video diffusion",
                          "视频生成", "生成视频", "视频合成", "video model", "视频模型")]),
    "llm-mt": ("LLM-based machine translation", "en", ["LLM", "machine translation"],
               [("machine translation", "translation", "机器翻译", "翻译"), LLM]),
    "driving-vlm": ("自动驾驶中的视觉语言模型", "zh", ["自动驾驶", "视觉语言模型"],
                    [("autonomous driving", "self-driving", "自动驾驶", "driving"), MLLM + ("VLA", "vision-language-action")]),
    "vla-manip": ("vision-language-action models for robot manipulation", "en",
                  ["vision-language-action models", "robot manipulation"],
                  [("vision-language-action", "VLA", "视觉-语言-动作", "视觉语言动作"), ("manipulat", "操作", "抓取", "grasp")]),
    "agent-memory": ("智能体的记忆机制", "zh", ["智能体", "记忆"],
                     [("agent", "智能体", "代理"), ("memory", "memories", "记忆")]),
    "graph-rag": ("knowledge graphs for retrieval-augmented generation", "en",
                  ["knowledge graphs", "retrieval-augmented generation"],
                  [("knowledge graph", "知识图谱", "graph-based retrieval", "GraphRAG", "graph RAG"),
                   ("retrieval-augmented", "retrieval augmented", "RAG", "检索增强")]),
    "rl-code": ("强化学习用于大模型代码生成", "zh", ["强化学习", "大模型", "代码生成"],
                [("reinforcement learning", "RL", "RLVR", "GRPO", "PPO", "强化学习"),
                 ("code generation", "coding", "program synthesis", "代码生成", "代码", "编程", "software engineering"), LLM]),
    "token-pruning": ("visual token pruning in multimodal LLMs", "en", ["visual token pruning", "multimodal LLMs"],
                      [("token pruning", "token compression", "token reduction", "token merging", "prune", "pruning",
                        "视觉token", "视觉令牌", "token剪枝", "令牌剪枝", "token压缩", "视觉标记", "剪枝"),
                       ("visual token", "vision token", "image token", "视觉token", "视觉令牌", "视觉标记", "视觉 token"),
                       MLLM]),
    "legal-llm": ("大语言模型在法律领域的应用", "zh", ["大语言模型", "法律"],
                  [("legal", "law", "法律", "司法", "judicial", "法院", "court"), LLM]),
    "llm-quant": ("quantization of large language models", "en", ["quantization", "large language models"],
                  [("quantiz", "量化"), LLM]),
    "rl-math": ("math reasoning with reinforcement learning", "en", ["math", "reasoning", "reinforcement learning"],
                [("math", "数学"), ("reasoning", "推理"),
                 ("reinforcement learning", "RLVR", "GRPO", "PPO", "强化学习", "policy optimization")]),
    "unlearning": ("machine unlearning in LLMs", "en", ["machine unlearning", "LLMs"],
                   [("unlearn", "遗忘学习", "机器遗忘", "知识遗忘", "遗忘"), LLM]),
    "remote-sensing-seg": ("遥感图像分割", "zh", ["遥感图像", "分割"],
                           [("remote sensing", "遥感", "satellite", "aerial", "卫星", "航拍"), ("segment", "分割")]),
    # fresh blind topics (written after the selection had been tuned on the 20 above; TOPICS.md, 'Fresh topics')
    "ts-forecast": ("时间序列预测", "zh", ["时间序列", "预测"],
                    [("time series", "time-series", "时间序列", "时序"), ("forecast", "predict", "预测", "预报")]),
    "llm-sycophancy": ("大语言模型的谄媚问题", "zh", ["大语言模型", "谄媚"],
                       [("sycophan", "谄媚", "奉承", "阿谀", "迎合", "讨好"), LLM]),
    "reward-hacking": ("奖励黑客", "zh", ["奖励黑客"],
                       [("reward hacking", "reward-hacking", "reward hack", "奖励黑客", "奖励破解", "奖励投机", "奖励欺骗",
                         "奖励操纵", "reward gaming", "specification gaming", "reward exploitation",
                         "reward over-optimization", "reward overoptimization", "奖励过度优化", "exploit the reward",
                         "exploits the reward", "利用奖励")]),
    "text2sql": ("text-to-SQL with large language models", "en", ["text-to-SQL", "LLMs"],
                 [("SQL", "text-to-SQL", "NL2SQL", "Text2SQL"), LLM]),
    "contamination": ("data contamination in LLM benchmarks", "en", ["data contamination", "LLM benchmarks"],
                      [("contaminat", "污染", "data leakage", "benchmark leakage", "test set leakage", "test-set leakage",
                        "数据泄露", "数据泄漏", "泄露", "泄漏"), ("benchmark", "基准", "评测", "evaluation", "评估"), LLM]),
    "long-video": ("long video understanding with multimodal LLMs", "en", ["long video understanding", "multimodal LLMs"],
                   [("long video", "long-form video", "hour-long", "长视频", "长时视频", "long-horizon video",
                     "long-duration video", "lengthy video"),
                    MLLM + ("Video-LLM", "video LLM", "VideoLLM", "video large language", "视频大模型", "视频大语言模型",
                            "视频语言模型", "video-language model", "video language model")]),
    # second fresh blind group (written after the topic reading of f8d04e9; TOPICS.md, 'Fresh topics, second group')
    "med-seg": ("医学图像分割", "zh", ["医学图像", "分割"],
                [("medical image", "medical imaging", "医学图像", "医学影像", "医疗影像", "CT", "MRI", "ultrasound", "超声",
                  "patholog", "病理", "radiolog", "放射", "lesion", "病灶", "tumor", "tumour", "肿瘤", "organ", "器官",
                  "polyp", "息肉", "fundus", "眼底", "histopatholog", "endoscop", "内镜"),
                 ("segment", "分割")]),
    "gui-agent": ("GUI智能体", "zh", ["GUI", "智能体"],
                  [("GUI", "graphical user interface", "图形用户界面", "图形界面", "user interface", "用户界面",
                    "computer use", "computer-use", "computer-using", "web agent", "web navigation", "网页", "mobile agent",
                    "smartphone", "手机", "screenshot", "截图", "屏幕", "screen"),
                   ("agent", "智能体", "代理")]),
    "prm": ("过程奖励模型", "zh", ["过程奖励模型"],
            [("process reward", "过程奖励", "PRM", "step-level reward", "step reward", "步骤级奖励", "步级奖励", "逐步奖励",
              "process supervision", "过程监督", "step-level verifier", "步骤验证")]),
    "deepfake-detect": ("深度伪造检测", "zh", ["深度伪造", "检测"],
                        [("deepfake", "deep fake", "深度伪造", "伪造", "forgery", "forged", "face manipulation",
                          "manipulated", "AI-generated image", "AI-generated video", "AI-generated audio", "AI生成",
                          "synthetic image", "generated image", "generated video", "spoof", "合成语音", "synthetic speech",
                          "AIGC"),
                         ("detect", "检测", "鉴别", "识别", "forensic", "取证", "discriminat")]),
    "ai-text-detect": ("detecting AI-generated text", "en", ["AI-generated text", "detection"],
                       [("AI-generated text", "machine-generated text", "LLM-generated text", "model-generated text",
                         "AI-written", "machine-written", "human-written", "AI生成文本", "AI生成的文本", "机器生成文本",
                         "大模型生成文本", "LLM生成文本", "人类撰写", "人工撰写", "AI-generated", "AI生成", "generated text",
                         "生成文本", "AIGT"),
                        ("detect", "检测", "识别", "鉴别", "distinguish", "区分", "discriminat")]),
    "test-time-scaling": ("test-time scaling for LLM reasoning", "en", ["test-time scaling", "LLM reasoning"],
                          [("test-time scaling", "test-time compute", "test time scaling", "test-time scal",
                            "inference-time scaling", "inference-time compute", "测试时扩展", "测试时缩放", "测试时计算",
                            "推理时扩展", "推理时计算", "best-of-N", "Best-of-N", "best-of-n", "self-consistency",
                            "majority voting", "多数投票", "parallel sampling", "并行采样"),
                           ("reason", "推理", "思考")]),
    "theorem-proving": ("formal theorem proving with large language models", "en", ["formal theorem proving", "LLMs"],
                        [("theorem prov", "定理证明", "Lean 4", "Lean4", "Isabelle", "Coq", "formal proof", "形式化证明",
                          "autoformaliz", "自动形式化", "formal math", "形式化数学", "prover", "证明器", "Mathlib",
                          "miniF2F", "PutnamBench", "proof assistant", "证明助手"),
                         LLM]),
    "image-editing": ("instruction-based image editing with diffusion models", "en",
                      ["instruction-based", "image editing", "diffusion models"],
                      [("instruction", "指令", "text-guided", "text-driven", "文本引导", "文本驱动", "prompt", "提示", "language"),
                       ("image editing", "image edit", "图像编辑", "图片编辑", "edit images", "editing images", "photo edit",
                        "editing"),
                       ("diffusion", "扩散", "DiT", "flow matching", "rectified flow", "流匹配")]),
    # third fresh blind group (session 10, written before any digest of them; TOPICS.md, 'Fresh topics, third group')
    "llm-distill": ("大语言模型的知识蒸馏", "zh", ["大语言模型", "知识蒸馏"],
                    [("distill", "蒸馏", "teacher model", "student model", "教师模型", "学生模型"), LLM]),
    "dllm-accel": ("扩散语言模型的推理加速", "zh", ["扩散语言模型", "推理加速"],
                   [("diffusion language model", "diffusion LLM", "dLLM", "扩散语言模型", "扩散大语言模型", "masked diffusion",
                     "掩码扩散", "discrete diffusion", "离散扩散", "LLaDA", "Dream"),
                    ("accelerat", "speedup", "speed-up", "speed up", "faster", "加速", "latency", "延迟", "throughput",
                     "吞吐", "efficient inference", "高效推理", "KV cache", "缓存", "parallel decoding", "并行解码",
                     "fewer steps", "early exit", "step reduction")]),
    "world-model": ("世界模型", "zh", ["世界模型"],
                    [("world model", "world-model", "世界模型", "world simulator", "世界模拟器")]),
    "llm-tool-use": ("大模型的工具调用", "zh", ["大模型", "工具调用"],
                     [("tool use", "tool-use", "tool call", "tool-call", "function call", "function-call", "工具调用",
                       "工具使用", "tool learning", "工具学习", "tool-augmented", "tool invocation", "API call", "调用工具",
                       "use tools", "using tools", "tool-integrated", "工具集成", "MCP"), LLM]),
    "radiology-report": ("radiology report generation", "en", ["radiology", "report generation"],
                         [("radiolog", "放射", "chest X-ray", "CXR", "胸部X", "胸片", "X-ray", "CT", "MRI", "medical imag",
                           "医学影像", "医学图像"),
                          ("report generation", "generate report", "generating report", "报告生成", "生成报告", "report",
                           "报告")]),
    "hate-speech": ("hate speech detection", "en", ["hate speech", "detection"],
                    [("hate speech", "hateful", "仇恨", "toxic", "毒性", "有害言论", "offensive", "冒犯", "abusive", "辱骂",
                      "harassment", "骚扰", "cyberbully", "网络欺凌", "misogyn", "extremis", "极端"),
                     ("detect", "检测", "识别", "classif", "分类", "moderat", "审核")]),
    "spatial-vlm": ("spatial reasoning in vision-language models", "en", ["spatial reasoning", "vision-language models"],
                    [("spatial reasoning", "spatial understanding", "spatial intelligence", "空间推理", "空间理解",
                      "空间智能", "spatial relation", "空间关系", "spatial"), MLLM]),
    # fourth fresh blind group (session 11, written before any digest of them; TOPICS.md, 'Fresh topics, fourth group')
    "llm-kedit": ("大模型的知识编辑", "zh", ["大模型", "知识编辑"],
                  [("knowledge edit", "model edit", "知识编辑", "模型编辑", "editing knowledge", "edit knowledge", "ROME",
                    "MEMIT", "locate-then-edit", "knowledge updat", "知识更新", "fact edit", "factual edit", "编辑"), LLM]),
    "finance-llm": ("大语言模型在金融领域的应用", "zh", ["大语言模型", "金融"],
                    [("financ", "金融", "stock", "股票", "trading", "investment", "投资", "banking", "银行",
                      "accounting", "会计", "fintech", "信贷"), LLM]),
    "mental-health-llm": ("大语言模型在心理健康中的应用", "zh", ["大语言模型", "心理健康"],
                          [("mental health", "心理健康", "心理", "psycholog", "psychiatr", "精神", "depress", "抑郁",
                            "anxiety", "焦虑", "suicid", "自杀", "counsel", "心理咨询", "psychotherap", "心理治疗",
                            "well-being", "emotional support", "情感支持"), LLM]),
    "asr-llm": ("speech recognition with large language models", "en", ["speech recognition", "LLMs"],
                [("speech recognition", "ASR", "语音识别", "transcri", "转写", "转录", "speech-to-text", "语音转文本"),
                 LLM + ("speech LLM", "SpeechLLM", "audio LLM", "语音大模型", "LALM", "audio language model")]),
    "model-merging": ("model merging for large language models", "en", ["model merging", "LLMs"],
                      [("model merg", "merging", "merge", "模型合并", "模型融合", "合并", "task arithmetic", "任务算术",
                        "weight averag", "权重平均", "model soup", "task vector", "任务向量"), LLM]),
    "llm-debate": ("multi-agent debate with LLMs", "en", ["multi-agent debate", "LLMs"],
                   [("debate", "辩论", "multi-agent discussion", "多智能体讨论", "deliberat", "审议", "multi-agent consensus",
                     "多智能体共识"), LLM]),
    # fifth fresh blind group (session 12, labelled in 0dcb1d4 with these entries added at run time; TOPICS.md,
    # 'Fresh topics, fifth group')
    "llm-continual": ("大语言模型的持续学习", "zh", ["大语言模型", "持续学习"],
                      [("continual", "持续学习", "lifelong", "终身学习", "catastrophic forgetting", "灾难性遗忘", "增量学习",
                        "incremental learn", "class-incremental"), LLM + MLLM]),
    "llm-peft": ("大语言模型的参数高效微调", "zh", ["大语言模型", "参数高效微调"],
                 [("LoRA", "low-rank adapt", "parameter-efficient", "PEFT", "参数高效", "低秩适配", "低秩适应",
                   "prompt tuning", "prefix tuning", "adapter tuning", "提示微调"), LLM + MLLM]),
    "ov-detect": ("开放词汇目标检测", "zh", ["开放词汇", "目标检测"],
                  [("open-vocabulary", "open vocabulary", "开放词汇", "open-set", "开放集", "open-world", "开放世界",
                    "zero-shot", "零样本"), ("object detect", "目标检测", "detector", "检测器", "detection")]),
    "sae-interp": ("sparse autoencoders for LLM interpretability", "en", ["sparse autoencoders", "LLMs"],
                   [("sparse autoencoder", "SAE", "稀疏自编码", "transcoder", "dictionary learning", "字典学习"),
                    LLM + MLLM]),
    "motion-gen": ("human motion generation", "en", ["human motion", "generation"],
                   [("human motion", "人体运动", "人体动作", "motion generation", "动作生成", "运动生成", "text-to-motion",
                     "dance", "舞蹈"), ("generat", "生成", "synthes", "合成")]),
    "overthinking": ("reducing overthinking in LLM reasoning", "en", ["overthinking / efficient reasoning", "LLM reasoning"],
                     [("overthink", "过度思考", "efficient reasoning", "高效推理", "reasoning length", "推理长度",
                       "CoT compression", "compress", "压缩", "token budget", "shorter", "concise", "简洁", "冗长", "verbose"),
                      ("reasoning", "推理", "chain-of-thought", "CoT", "思维链"), LLM + MLLM]),
    # sixth fresh blind group (session 13, labelled in 922b657 with these forms added at run time; copied here from
    # TOPICS.md, 'Fresh topics, sixth group', in session 14 so that the group's candidates can be rebuilt)
    "llm-bias": ("大语言模型的社会偏见", "zh", ["大语言模型", "社会偏见"],
                 [("social bias", "gender bias", "racial bias", "stereotyp", "刻板印象", "社会偏见", "性别偏见", "种族偏见",
                   "demographic bias", "fairness", "公平", "discriminat", "歧视", "偏见"), LLM + MLLM]),
    "doc-mllm": ("多模态大模型的文档理解", "zh", ["多模态大模型", "文档理解"],
                 [("document understanding", "document parsing", "document image", "OCR", "文档理解", "文档解析", "文档图像",
                   "chart understanding", "图表理解", "document VQA", "DocVQA", "文档问答", "版面", "layout analysis",
                   "document question", "visually rich document", "visually-rich document", "PDF", "chart", "图表",
                   "table image", "表格图像", "scanned"), MLLM + LLM]),
    "edu-llm": ("大语言模型在教育中的应用", "zh", ["大语言模型", "教育"],
                [("education", "教育", "tutor", "辅导", "classroom", "课堂", "学生", "teaching", "教学", "pedagog",
                  "K-12", "essay", "作文", "考试"), LLM]),
    "ai-scientist": ("LLM agents for automated scientific discovery", "en",
                     ["scientific discovery / research automation", "LLM agents"],
                     [("scientific discovery", "AI scientist", "research agent", "科学发现", "hypothesis", "假设",
                       "automated research", "scientific research", "科研", "research idea", "科学研究",
                       "autonomous research", "自动化研究"), LLM]),
    "fact-check": ("fact-checking and misinformation detection with LLMs", "en",
                   ["fact-checking / misinformation detection", "LLMs"],
                   [("fact-check", "fact check", "fact verification", "事实核查", "事实验证", "claim verification",
                     "misinformation", "虚假信息", "fake news", "假新闻", "rumor", "谣言", "disinformation", "错误信息"),
                    LLM + MLLM]),
    "3d-gen": ("3D asset generation", "en", ["3D generation"],
               [("3D generation", "text-to-3D", "image-to-3D", "3D asset", "3D content generation", "3D shape generation",
                 "3D生成", "三维生成", "3D资产", "3D object generation", "mesh generation", "网格生成", "generative 3D",
                 "3D generative", "3D diffusion", "3D scene generation", "三维场景生成", "3D场景生成", "shape generation",
                 "形状生成", "3D内容生成")]),
    # seventh fresh blind group (session 14, labelled in e38d7c4 with these forms added at run time; copied here from
    # TOPICS.md, 'Fresh topics, seventh group', after its blind measurement, so that the candidates can be rebuilt)
    "llm-privacy": ("大语言模型的隐私保护", "zh", ["大语言模型", "隐私"],
                    [("privacy", "隐私", "private data", "私有数据", "私密", "PII", "personally identifiable", "个人信息",
                      "sensitive information", "敏感信息", "sensitive data", "敏感数据", "differential privacy", "差分隐私",
                      "membership inference", "成员推断", "成员推理", "data extraction", "数据提取", "memoriz", "记忆化",
                      "de-identif", "去标识", "anonymi", "匿名"), LLM + MLLM]),
    "mol-gen": ("分子生成", "zh", ["分子", "生成"],
                [("molecul", "分子", "drug design", "药物设计", "drug discovery", "药物发现", "ligand", "配体", "SMILES",
                  "化合物", "compound"),
                 ("generat", "生成", "design", "设计", "de novo", "从头")]),
    "pc-seg": ("点云分割", "zh", ["点云", "分割"],
               [("point cloud", "点云", "LiDAR", "激光雷达", "3D point", "三维点"), ("segment", "分割")]),
    "low-resource-llm": ("large language models for low-resource languages", "en", ["LLMs", "low-resource languages"],
                         [("low-resource", "low resource", "低资源", "under-resourced", "underrepresented language",
                           "under-represented language", "资源匮乏", "资源稀缺", "African language", "Indic language",
                           "Indian language", "indigenous", "dialect", "方言", "小语种", "endangered", "濒危"), LLM]),
    "pref-opt": ("preference optimization for aligning LLMs", "en", ["preference optimization", "LLM alignment"],
                 [("DPO", "preference optimization", "preference optimisation", "偏好优化", "RLHF", "human feedback",
                   "人类反馈", "preference alignment", "偏好对齐", "preference learning", "偏好学习", "direct preference",
                   "preference data", "偏好数据", "preference pair", "偏好对"), LLM + MLLM]),
    "vln": ("vision-language navigation for embodied agents", "en", ["vision-language navigation", "embodied agents"],
            [("navigat", "导航", "VLN", "ObjectNav", "object-goal", "目标导航", "wayfinding"),
             ("embodied", "具身", "robot", "机器人", "agent", "智能体", "UAV", "drone", "无人机", "quadruped", "四足")]),
    # eighth fresh blind group (session 15, labelled with these forms before any digest of them was computed;
    # TOPICS.md, 'Fresh topics, eighth group')
    "tts": ("语音合成", "zh", ["语音合成"],
            [("text-to-speech", "TTS", "speech synthesis", "语音合成", "speech generation", "语音生成", "voice clon",
              "声音克隆", "语音克隆", "zero-shot speech", "spoken dialogue generation", "speech-to-speech", "语音到语音",
              "voice conversion", "语音转换", "vocoder", "声码器", "speech language model", "spoken language model",
              "语音语言模型", "synthesized speech", "合成语音", "singing voice", "歌声")]),
    "llm-uncertainty": ("uncertainty estimation and calibration of LLMs", "en",
                        ["uncertainty estimation / calibration", "LLMs"],
                        [("uncertaint", "不确定", "calibrat", "校准", "confidence estimat", "confidence score",
                          "置信度", "overconfiden", "过度自信", "verbalized confidence", "semantic entropy",
                          "语义熵", "selective prediction", "abstain", "abstention", "弃权"), LLM + MLLM]),
    "industrial-anomaly": ("工业异常检测", "zh", ["工业", "异常检测"],
                           [("industrial", "工业", "manufactur", "制造", "MVTec", "VisA", "product", "产品",
                             "defect", "缺陷", "质检", "quality inspection", "surface inspection"),
                            ("anomal", "异常", "defect detect", "缺陷检测", "defect inspection", "out-of-distribution",
                             "OOD", "分布外")]),
    "ecc-codes": ("constructions and bounds of error-correcting codes", "en",
                  ["error-correcting codes", "constructions / bounds"],
                  [("error-correct", "纠错", "error correct", "cyclic code", "linear code", "LDPC", "polar code", "Reed-",
                    "codes over", "循环码", "线性码", "locally repairable", "局部可修复", "deletion-correct", "burst",
                    "quantum code", "量子码", "QEC", "codeword", "码字", "minimum distance", "最小距离", "self-dual",
                    "自对偶", "MDS", "Hamming", "汉明", "covering code", "覆盖码", "rank-metric", "sum-rank", "秩度量",
                    "coding theory", "编码理论", "channel cod", "信道编码", "信道码", "LRC"),
                   ("construct", "构造", "bound", "界", "design", "设计", "family", "families", "族")]),
    "llm-rerank": ("大语言模型的重排序", "zh", ["大语言模型", "重排序"],
                   [("rerank", "re-rank", "重排", "ranking", "排序", "listwise", "pointwise", "pairwise rank", "ranker",
                     "passage ranking", "document ranking", "relevance ranking"),
                    LLM + MLLM + ("retrieval-augmented", "retrieval augmented", "RAG", "检索增强", "question answering",
                                  "问答", "dialogue", "对话", "search engine", "搜索引擎")]),
    "llm-games": ("LLM agents in strategic games and negotiation", "en", ["strategic games / negotiation", "LLM agents"],
                  [("game theor", "game-theor", "博弈", "Nash", "纳什", "equilibri", "均衡", "auction", "拍卖", "negotiat",
                    "谈判", "bargain", "议价", "mechanism design", "机制设计", "strategic", "策略性", "poker", "扑克",
                    "werewolf", "狼人杀", "Diplomacy", "Avalon", "prisoner", "囚徒", "social dilemma", "社会困境",
                    "economic game", "ultimatum", "public goods", "公共物品", "repeated game", "重复博弈", "game", "游戏",
                    "对弈", "竞价", "bidding", "market", "市场"), LLM + MLLM + ("agent", "智能体")]),
    # ninth fresh blind group (session 16, labelled with these forms before any digest of them was computed;
    # TOPICS.md, 'Fresh topics, ninth group')
    "llm-roleplay": ("大语言模型的角色扮演", "zh", ["大语言模型", "角色扮演"],
                     [("role-play", "roleplay", "role play", "role-playing", "角色扮演", "persona", "人设", "人格",
                       "fictional character", "虚拟角色", "character role", "character-based", "simulated user",
                       "user simulat", "用户模拟", "模拟用户", "impersonat", "personality", "个性"),
                      LLM + MLLM + ("agent", "智能体", "chatbot", "聊天机器人")]),
    "pinn": ("物理信息神经网络", "zh", ["物理信息神经网络"],
             [("physics-informed", "physics informed", "PINN", "物理信息", "物理约束", "physics-constrained",
               "physics-guided", "物理引导", "neural operator", "神经算子", "Fourier neural operator", "FNO",
               "DeepONet", "PDE", "partial differential", "偏微分")]),
    "traj-pred": ("轨迹预测", "zh", ["轨迹预测"],
                  [("trajectory prediction", "trajectory forecast", "轨迹预测", "motion prediction", "motion forecast",
                    "运动预测", "pedestrian", "行人", "future trajector", "未来轨迹", "trajectory generation", "轨迹生成",
                    "agent forecasting", "behavior prediction", "行为预测", "human mobility", "mobility prediction",
                    "next location", "next POI")]),
    "fed-learning": ("federated learning", "en", ["federated learning"],
                     [("federated", "联邦", "FedAvg", "decentralized training", "去中心化训练", "decentralized learning",
                       "分布式训练", "client", "客户端", "split learning")]),
    "text-embed": ("text embedding models for retrieval", "en", ["text embeddings", "retrieval"],
                   [("embedding", "嵌入", "dense retriev", "稠密检索", "密集检索", "bi-encoder", "dual encoder",
                     "双塔", "retriever", "检索器", "向量"),
                    ("retriev", "检索", "search", "搜索", "MTEB", "BEIR", "rerank", "重排")]),
    "llm-tom": ("theory of mind in large language models", "en", ["theory of mind", "LLMs"],
                [("theory of mind", "theory-of-mind", "心智理论", "心理理论", "ToM", "mental state", "心理状态", "心智状态",
                  "false belief", "错误信念", "false-belief", "belief reason", "信念推理", "mentaliz", "perspective-taking",
                  "perspective taking", "观点采择", "视角采择", "mental reasoning", "心智推理", "intention infer",
                  "意图推断", "other minds", "他人"), LLM + MLLM + ("agent", "智能体")]),
    # tenth fresh blind group (session 17, labelled with these forms before any digest of them was computed;
    # TOPICS.md, 'Fresh topics, tenth group')
    "llm-judge": ("大模型作为裁判的自动评估", "zh", ["大模型", "裁判", "自动评估"],
                  [("LLM-as-a-judge", "LLM-as-judge", "as-a-judge", "as a judge", "as judge", "judge", "裁判", "评判", "评委",
                    "评审模型", "evaluator", "评估器", "评价器", "grader", "autorater", "auto-rater", "rubric", "评分标准",
                    "评分细则", "打分模型"),
                   LLM + MLLM,
                   ("evaluat", "评估", "评测", "评价", "assess", "scor", "打分", "评分", "rating", "grading")]),
    "llm-writing": ("LLM assistance in human writing", "en", ["LLMs", "writing assistance"],
                    [("writing", "写作", "essay", "作文", "writer", "co-writ", "draft", "写稿", "撰写", "rewrit", "改写",
                      "润色", "revision"),
                     LLM + ("AI", "人工智能", "ChatGPT", "GenAI", "生成式AI", "AI辅助", "AI工具")]),
    "talking-face": ("语音驱动的说话人脸生成", "zh", ["语音驱动", "说话人脸生成"],
                     [("talking head", "talking face", "talking portrait", "说话人脸", "说话头像", "说话人头", "facial animation",
                       "面部动画", "人脸动画", "portrait animation", "肖像动画", "lip sync", "lip-sync", "唇形", "口型",
                       "digital human", "数字人", "avatar", "虚拟人", "face generation", "人脸生成", "facial expression",
                       "面部表情"),
                      ("audio", "speech", "voice", "音频", "语音", "声音", "talking", "说话")]),
    "fair-division": ("fair allocation of indivisible goods", "en", ["fair allocation", "indivisible goods"],
                      [("fair division", "fair allocation", "fairly allocat", "公平分配", "envy", "嫉妒", "EF1", "EFX",
                        "maximin share", "MMS", "proportional", "比例", "cake cutting", "cake-cutting", "切蛋糕", "fairness",
                        "公平"),
                       ("indivisible", "不可分", "goods", "物品", "chores", "家务", "allocation", "分配", "items")]),
    "act-steering": ("steering LLM behavior with activation vectors", "en", ["activation steering", "LLMs"],
                     [("steer", "activation addition", "representation engineering", "表征工程", "激活引导", "激活干预",
                       "activation intervention", "activation patching", "引导向量", "转向向量", "control vector",
                       "function vector", "concept vector", "表征引导", "激活操控", "操控向量", "steering"),
                      LLM + MLLM]),
    "semantic-comm": ("语义通信", "zh", ["语义通信"],
                      [("semantic communication", "语义通信", "task-oriented communication", "goal-oriented communication",
                        "面向任务的通信", "任务导向通信", "joint source-channel", "JSCC", "联合信源信道", "semantic transmission",
                        "语义传输", "image transmission", "图像传输", "semantic comm")]),
    # eleventh fresh blind group (session 18, labelled with these forms before any digest of them was computed;
    # TOPICS.md, 'Fresh topics, eleventh group')
    "search-agent-rl": ("用强化学习训练大模型搜索智能体", "zh", ["强化学习", "大模型", "搜索智能体"],
                        [("reinforcement learning", "RL", "RLVR", "GRPO", "PPO", "DAPO", "policy optimization", "强化学习",
                          "策略优化", "reward", "奖励", "rollout"),
                         LLM + MLLM + ("agent", "智能体", "agentic"),
                         ("search agent", "搜索智能体", "搜索代理", "agentic search", "智能体搜索", "deep research", "深度研究",
                          "deep search", "深度搜索", "web search", "网络搜索", "网页搜索", "search engine", "搜索引擎",
                          "search tool", "搜索工具", "search-augmented", "搜索增强", "Search-R1", "information seeking",
                          "information-seeking", "信息检索", "信息搜索", "web agent", "web browsing", "网页浏览", "browsing",
                          "multi-hop", "多跳", "retrieval", "检索")]),
    "cot-faithfulness": ("faithfulness of chain-of-thought reasoning", "en", ["chain-of-thought", "faithfulness"],
                         [("chain-of-thought", "chain of thought", "CoT", "思维链", "reasoning trace", "推理轨迹", "推理链",
                           "推理过程", "reasoning chain", "rationale", "解释", "explanation", "thinking", "思考过程", "verbalized",
                           "reasoning"),
                          ("faithful", "忠实", "unfaithful", "不忠实", "post-hoc", "事后", "rationalization", "合理化",
                           "monitorab", "可监控", "reasoning-action", "say, not", "hidden reasoning", "隐藏", "obfuscat",
                           "混淆", "legib", "可读性", "consistency between", "一致性")]),
    "vlm-adversarial": ("视觉语言模型的对抗攻击", "zh", ["视觉语言模型", "对抗攻击"],
                        [("adversarial", "对抗", "perturbation", "扰动", "attack", "攻击", "robust", "鲁棒"),
                         MLLM + ("CLIP", "vision-language pre", "VLP", "multimodal model", "多模态模型", "视觉-语言")]),
    "ai-companion": ("emotional dependence on AI companions", "en", ["AI companions", "emotional dependence"],
                     [("companion", "陪伴", "伴侣", "chatbot", "聊天机器人", "conversational agent", "对话智能体",
                       "conversational AI", "对话式AI", "social chatbot", "AI friend", "virtual partner", "Replika",
                       "Character.AI", "AI interaction", "AI交互", "routine AI", "assistant") + LLM + ("AI", "人工智能"),
                      ("emotional dependence", "情感依赖", "emotional reliance", "emotional attachment", "情感依恋",
                       "attachment", "依恋", "dependence", "依赖", "loneliness", "孤独", "parasocial", "准社会",
                       "emotional support", "情感支持", "well-being", "wellbeing", "福祉",
                       "human connection", "人际")]),
    "beamforming": ("波束成形", "zh", ["波束成形"],
                    [("beamform", "波束成形", "波束赋形", "beam training", "波束训练", "beam alignment", "波束对准",
                      "beam tracking", "波束跟踪", "beam focusing", "波束聚焦", "precod", "预编码", "beam steering",
                      "波束", "beam pattern", "codebook", "码本", "phased array", "相控阵", "antenna array", "天线阵列",
                      "boresight", "metasurface", "超表面", "RIS", "IRS", "fluid antenna", "流体天线", "rotatable antenna",
                      "可旋转天线", "movable antenna", "MIMO")]),
    "agent-comm": ("communication between LLM agents in multi-agent systems", "en",
                   ["inter-agent communication", "LLM multi-agent systems"],
                   [("communicat", "通信", "交流", "message", "消息", "protocol", "协议", "dialogue", "对话", "talk",
                     "language game", "emergent language"),
                    ("multi-agent", "多智能体", "multiagent", "agents", "智能体间", "agent-to-agent", "A2A", "teams", "团队"),
                    LLM + MLLM + ("language agent", "LLM-based agent", "agentic")]),
    # twelfth fresh blind group (session 19, labelled with these forms before any digest of them was computed;
    # TOPICS.md, 'Fresh topics, twelfth group')
    "agent-skills": ("大模型智能体的技能学习", "zh", ["大模型智能体", "技能学习"],
                     [("skill", "技能", "procedural memory", "程序性记忆", "procedural knowledge", "程序性知识"),
                      ("agent", "智能体", "代理", "agentic")]),
    "diff-privacy": ("差分隐私", "zh", ["差分隐私"],
                     [("differential privacy", "differentially private", "差分隐私", "DP-SGD", "DPSGD", "local DP",
                       "LDP", "ε-DP", "privacy budget", "隐私预算", "randomized response", "随机响应",
                       "privacy amplification", "Rényi", "private learning", "private mechanism", "privacy-preserving",
                       "privacy preserving", "隐私保护", "privacy guarantee", "隐私保证", "privacy-utility", "private")]),
    "human-ai-collab": ("human-AI collaboration", "en", ["human-AI collaboration"],
                        [("human-AI", "human–AI", "human-agent", "human–agent", "human-LLM", "human–LLM", "人机协作",
                          "人机协同", "人机交互", "人机共创", "人机合作", "人机团队", "人机互动", "human-in-the-loop", "人在回路", "co-creat", "共创",
                          "mixed-initiative", "AI assistance", "AI-assisted", "AI辅助", "AI advice", "AI建议", "reliance on AI",
                          "AI teammate", "AI partner", "human-AI complementarity", "collaborate with AI", "collaboration with AI",
                          "与AI协作", "与人工智能协作", "人类与AI", "人与AI", "human and AI", "humans and AI", "human-robot",
                          "人机器人", "human partner", "人类伙伴", "human oversight", "人类监督")]),
    "spoken-dialogue": ("speech language models for spoken dialogue", "en", ["speech language models", "spoken dialogue"],
                        [("speech", "spoken", "audio", "voice", "语音", "音频", "口语", "声音"),
                         LLM + MLLM + ("omni", "全模态", "SpeechLLM", "LALM", "speech model", "语音模型", "foundation model",
                                       "GPT-4o", "端到端语音", "end-to-end speech"),
                         ("dialogue", "dialog", "对话", "conversation", "会话", "duplex", "双工", "turn-taking", "话轮",
                          "interactiv", "交互", "interrupt", "打断", "backchannel", "voice assistant", "语音助手",
                          "speech-to-speech", "语音到语音")]),
    "driving-3d-det": ("自动驾驶中的三维目标检测", "zh", ["自动驾驶", "三维目标检测"],
                       [("3D object detection", "3D detection", "3D detector", "三维目标检测", "3D目标检测", "3D物体检测",
                         "三维检测", "3D检测", "BEV", "鸟瞰", "bird's-eye", "LiDAR", "激光雷达", "point cloud", "点云",
                         "monocular 3D", "单目3D", "multi-view 3D", "多视角3D", "3D box", "3D边界框", "3D perception",
                         "三维感知", "3D感知"),
                        ("detect", "检测", "NMS", "bounding box", "边界框", "perception", "感知"),
                        ("autonomous driving", "self-driving", "自动驾驶", "driving", "驾驶", "vehicle", "车辆",
                         "nuScenes", "KITTI", "Waymo", "traffic", "交通", "road", "道路", "pedestrian", "行人", "urban",
                         "城市")]),
    "rag-conflict": ("knowledge conflicts in retrieval-augmented LLMs", "en",
                     ["knowledge conflicts", "retrieval-augmented generation", "LLMs"],
                     [("conflict", "冲突", "contradict", "矛盾", "misleading", "误导", "counterfactual", "反事实",
                       "parametric knowledge", "参数知识", "参数化知识", "parametric memory", "参数记忆", "internal knowledge",
                       "内部知识", "knowledge boundar", "知识边界", "arbitrat", "仲裁", "inconsisten", "不一致", "outdated",
                       "过时", "stale", "noisy retriev", "噪声检索", "context faithful", "faithful to the context",
                       "上下文忠实"),
                      ("retriev", "检索", "RAG", "context", "上下文", "evidence", "证据", "external knowledge", "外部知识"),
                      LLM + MLLM]),
    # thirteenth fresh blind group (session 20, labelled with these forms before any digest of them was computed;
    # TOPICS.md, 'Fresh topics, thirteenth group')
    "llm-instruct": ("大语言模型的指令遵循", "zh", ["大语言模型", "指令遵循"],
                     [("instruction following", "instruction-following", "follow instructions", "following instructions",
                       "follows instructions", "follow user instructions", "instruction adherence", "adhere to instructions",
                       "instruction compliance", "指令遵循", "指令跟随", "遵循指令", "遵从指令", "遵守指令", "指令依从",
                       "constraint following", "constraint-following", "format following", "format adherence",
                       "格式遵循", "IFEval", "FollowBench", "instruction hierarchy", "指令层级", "complex instruction",
                       "复杂指令", "multi-constraint", "多约束", "system prompt", "系统提示", "instruction-tuned"),
                      LLM + MLLM]),
    "visual-loc": ("visual localization and place recognition", "en", ["visual localization / place recognition"],
                   [("place recognition", "VPR", "visual localization", "visual localisation", "geo-localization",
                     "geolocalization", "geo-localisation", "geolocation", "geolocat", "cross-view", "跨视角",
                     "视觉定位", "地理定位", "地点识别", "位置识别", "场景识别", "relocaliz", "重定位", "localization",
                     "localisation", "定位", "camera pose", "相机位姿", "pose estimation", "位姿估计", "SLAM",
                     "loop closure", "回环"),
                    ("image", "camera", "visual", "vision", "视觉", "图像", "相机", "map", "地图", "satellite", "卫星",
                     "LiDAR", "激光雷达", "street", "街景", "aerial", "航拍", "drone", "无人机", "GPS", "GNSS", "robot",
                     "机器人", "place", "地点", "floorplan", "平面图", "rover")]),
    "img-restore": ("图像复原", "zh", ["图像复原"],
                    [("image restoration", "restoration", "restore", "复原", "图像恢复", "denois", "去噪", "deblur",
                      "去模糊", "dehaz", "去雾", "derain", "去雨", "desnow", "去雪", "super-resolution",
                      "super resolution", "超分", "low-light", "低光", "低照度", "暗光", "image enhancement", "图像增强",
                      "underwater image", "水下图像", "shadow removal", "去阴影", "reflection removal", "去反射",
                      "artifact removal", "伪影去除", "去伪影", "compression artifact", "degradation", "degraded",
                      "退化", "all-in-one", "blind image", "盲", "inpainting", "图像修复", "HDR", "去摩尔纹", "moiré"),
                     ("image", "图像", "photo", "照片", "picture", "video", "视频", "visual", "视觉", "pixel", "像素")]),
    "uav-comm": ("无人机通信", "zh", ["无人机", "通信"],
                 [("UAV", "无人机", "drone", "unmanned aerial", "aerial base station", "空中基站", "HAP",
                   "high-altitude platform", "高空平台", "low-altitude", "低空", "non-terrestrial", "非地面", "NTN",
                   "aerial vehicle", "飞行器"),
                  ("communication", "通信", "wireless", "无线", "network", "网络", "transmission", "传输", "channel",
                   "信道", "ISAC", "spectrum", "频谱", "power transfer", "输能", "传能", "coverage", "覆盖", "relay",
                   "中继", "cache", "缓存", "caching", "beam", "波束", "base station", "基站", "Open-RAN", "O-RAN",
                   "link", "链路")]),
    "auction": ("auction design and bidding", "en", ["auctions"],
                [("auction", "拍卖", "bidding", "bidder", "bids", "竞价", "出价", "投标", "竞拍", "autobidding",
                  "auto-bidding", "RTB", "real-time bidding", "ad allocation", "ad auction", "广告分配", "广告拍卖",
                  "reserve price", "保留价", "second-price", "first-price", "二价", "一价", "VCG", "posted price",
                  "posted-price", "revenue maximiz", "revenue-maximiz", "收益最大化", "收入最大化", "revenue-optimal",
                  "optimal mechanism", "最优机制", "mechanism design", "机制设计", "bilateral trade", "双边交易",
                  "procurement", "采购", "budget-feasible", "预算可行")]),
    "unified-mm": ("unified multimodal models for understanding and generation", "en",
                   ["unified multimodal models", "understanding and generation"],
                   [("unified", "统一", "any-to-any", "omni", "全模态", "Janus", "BAGEL", "Show-o", "single model",
                     "单一模型", "一体化", "single framework", "单一框架"),
                    ("understanding and generation", "generation and understanding", "理解与生成", "理解和生成",
                     "生成与理解", "生成和理解", "understand and generate", "comprehension and generation",
                     "interleaved", "交错", "text-to-image", "文生图", "图像生成", "image generation",
                     "visual generation", "视觉生成", "multimodal generation", "多模态生成"),
                    MLLM + ("multimodal model", "多模态模型", "unified model", "统一模型", "UMM", "multimodal")]),
    # fourteenth fresh blind group (session 21, labelled with these forms before any digest of them was computed;
    # TOPICS.md, 'Fresh topics, fourteenth group')
    "comp-pathology": ("计算病理学", "zh", ["计算病理学"],
                       [("patholog", "病理", "histopath", "histolog", "组织学", "whole slide", "whole-slide", "WSI",
                         "全切片", "digital slide", "H&E", "苏木精", "tissue slide", "组织切片", "biopsy", "活检",
                         "mitos", "有丝分裂", "nuclei", "nucleus", "细胞核", "cytolog", "细胞学", "tumor microenvironment",
                         "肿瘤微环境", "spatial transcriptom", "空间转录组", "multiple instance learning", "多实例学习")]),
    "llm-culture": ("cultural alignment of large language models", "en", ["cultural alignment", "large language models"],
                    [("cultur", "文化", "cross-cultural", "跨文化", "multicultural", "多元文化", "pluralis", "多元",
                      "region-specific", "regional knowledge", "地域", "local knowledge", "本地知识", "social norm",
                      "社会规范", "value diversity", "价值多样", "values", "价值观", "country", "countries", "国家",
                      "nationalit", "jurisdiction", "司法管辖"),
                     LLM + MLLM + ("chatbot", "聊天机器人", "generative AI", "生成式AI", "生成式人工智能")]),
    "av-llm": ("音视频大语言模型", "zh", ["音视频", "大语言模型"],
               [("audio-visual", "audiovisual", "audio and visual", "audio and video", "audio-video", "video and audio",
                 "视听", "音视频", "音频和视频", "音频与视频", "视频和音频", "音画", "omni-modal", "omnimodal", "omni",
                 "全模态", "sounding video", "有声视频", "speech and vision", "语音和视觉", "auditory and visual", "听觉和视觉",
                 "听觉与视觉"),
                LLM + MLLM + ("AVLLM", "OLLM", "multimodal model", "多模态模型", "多模态大", "foundation model", "基础模型",
                              "Qwen2.5-Omni", "Qwen3-Omni", "Gemini")]),
    "video-grounding": ("video temporal grounding", "en", ["video temporal grounding"],
                        [("temporal grounding", "temporally grounded", "temporal sentence grounding", "video grounding",
                          "moment retrieval", "moment localization", "video moment", "highlight detection",
                          "temporal localization", "temporally localiz", "temporal localisation", "temporal boundar",
                          "event localization", "action localization", "temporal action detection", "dense video caption",
                          "时序定位", "时间定位", "时序 grounding", "时序接地", "时间接地", "片段检索", "片段定位",
                          "高光检测", "精彩片段", "时刻检索", "时序动作定位", "时序边界", "事件定位", "时间戳",
                          "timestamp"),
                         ("video", "视频", "clip", "片段")]),
    "ml-surrogate": ("machine learning surrogate models for physics simulations", "en",
                     ["surrogate models", "physics simulations"],
                     [("surrogate", "代理模型", "替代模型", "emulator", "emulat", "仿真器", "模拟器", "neural operator",
                       "神经算子", "operator learning", "算子学习", "FNO", "DeepONet", "reduced-order", "reduced order",
                       "降阶", "model reduction", "模型降阶", "learned solver", "neural solver", "神经求解器",
                       "physics-informed", "物理信息", "PINN", "graph neural network", "图神经网络", "machine learning",
                       "机器学习", "deep learning", "深度学习", "neural network", "神经网络"),
                      ("simulation", "simulat", "仿真", "模拟", "PDE", "partial differential", "偏微分", "finite element",
                       "有限元", "FEM", "finite difference", "有限差分", "finite volume", "CFD", "computational fluid",
                       "流体", "fluid", "solid mechanics", "固体力学", "structural", "结构力学", "elastic", "弹性",
                       "wave propagation", "波传播", "ocean model", "海洋模", "climate model", "weather", "天气", "气候",
                       "homogenization", "均匀化", "multiscale", "多尺度", "reservoir", "油藏", "carbon sequestration",
                       "碳封存", "heat transfer", "传热", "numerical solver", "数值求解", "数值模拟")]),
    "occupancy": ("三维语义占据预测", "zh", ["三维语义占据预测"],
                  [("occupancy", "占据", "占用", "semantic scene completion", "scene completion", "场景补全",
                    "语义场景补全", "voxel", "体素", "free space", "自由空间"),
                   ("3D", "三维", "3-D", "volumetric", "体积", "voxel", "体素", "LiDAR", "激光雷达", "BEV", "鸟瞰",
                    "point cloud", "点云", "scene", "场景")]),
    # fifteenth fresh blind group (session 22, labelled with these forms before any digest of them was computed;
    # TOPICS.md, 'Fresh topics, fifteenth group')
    "speech-translation": ("speech translation", "en", ["speech translation"],
                           [("speech", "spoken", "语音", "口语", "audio", "音频", "voice", "声音", "IWSLT", "simultaneous",
                             "同声", "同传", "interpreting", "interpreter", "口译", "dubbing", "配音"),
                            ("translat", "翻译", "interpreting", "interpreter", "口译", "同传", "dubbing", "配音", "S2ST",
                             "S2TT")]),
    "visual-quality": ("视觉质量评估", "zh", ["视觉质量评估"],
                       [("quality assessment", "quality evaluation", "quality prediction", "quality score",
                         "quality metric", "IQA", "VQA model", "image quality", "video quality", "perceptual quality",
                         "visual quality", "aesthetic", "mean opinion score", "MOS", "no-reference", "full-reference",
                         "质量评估", "质量评价", "质量预测", "质量分数", "画质", "图像质量", "视频质量", "感知质量",
                         "视觉质量", "美学", "审美", "平均意见分", "无参考", "全参考"),
                        ("image", "图像", "video", "视频", "visual", "视觉", "photo", "照片", "picture", "point cloud",
                         "点云", "render", "渲染", "3D", "三维", "CT", "MRI", "视图", "画面")]),
    "ood-detect": ("分布外检测", "zh", ["分布外", "检测"],
                   [("out-of-distribution", "out of distribution", "OOD", "分布外", "distribution shift", "分布偏移",
                     "分布漂移", "分布转移", "open-set", "open set", "开放集", "novelty", "新颖", "unknown class",
                     "unknown sample", "未知类", "未知样本", "anomal", "异常", "outlier", "离群"),
                    ("detect", "检测", "识别", "reject", "拒识", "拒绝", "score", "评分", "discriminat", "判别",
                     "recogni", "identif")]),
    "human-pose": ("人体姿态估计", "zh", ["人体", "姿态估计"],
                   [("pose", "姿态", "姿势", "keypoint", "关键点", "skeleton", "骨架", "骨骼", "joint", "关节",
                     "mesh recovery", "SMPL", "motion capture", "动作捕捉", "动捕", "mocap", "motion tracking",
                     "运动追踪", "运动跟踪"),
                    ("human", "人体", "person", "people", "multi-person", "多人", "body", "身体", "hand", "手部",
                     "pedestrian", "行人", "athlete", "运动员", "patient", "患者", "player", "球员", "full-body",
                     "全身", "3D human", "三维人体", "avatar")]),
    "robot-video": ("learning robot manipulation policies from videos", "en",
                    ["robot manipulation", "policy learning", "videos"],
                    [("robot", "机器人", "manipulat", "操作", "操纵", "embodied", "具身", "dexterous", "灵巧", "grasp",
                      "抓取", "bimanual", "双臂", "humanoid", "人形"),
                     ("polic", "策略", "imitation", "模仿", "behavior cloning", "behaviour cloning", "行为克隆",
                      "reinforcement learning", "强化学习", "visuomotor", "视觉运动", "action", "动作", "world model",
                      "世界模型", "VLA", "vision-language-action", "learning from demonstration", "演示学习"),
                     ("video", "视频", "demonstration", "演示", "egocentric", "第一人称", "human hand", "人手",
                      "human motion", "人类动作", "YouTube", "internet-scale", "互联网规模")]),
    "agent-security": ("security of LLM agents", "en", ["security", "LLM agents"],
                       [("secur", "安全", "attack", "攻击", "adversar", "对抗", "injection", "注入", "threat", "威胁",
                         "jailbreak", "越狱", "malicious", "恶意", "exploit", "利用漏洞", "red-team", "red team", "红队",
                         "guard", "防护", "护栏", "defen", "防御", "privacy", "隐私", "authoriz", "授权", "permission",
                         "权限", "access control", "访问控制", "backdoor", "后门", "poison", "投毒", "manipulat", "操纵",
                         "sandbox", "沙箱", "risk", "风险"),
                        ("agent", "智能体", "agentic", "代理", "tool use", "tool-use", "tool call", "工具调用", "MCP",
                         "computer-use", "web agent", "browser"),
                        LLM + MLLM + ("agentic AI", "AI agent", "GPT", "Claude", "Gemini", "foundation model",
                                      "基础模型")]),
}


def has_form(text: str, form: str) -> bool:
    if re.search(r"[\u4e00-\u9fff]", form):
        return form in text
    flags = 0 if sum(c.isupper() for c in form) >= 2 else re.IGNORECASE
    return bool(re.search(r"(?<![A-Za-z0-9])" + re.escape(form), text, flags))


def load_slice() -> dict[str, dict]:
    papers: dict[str, dict] = {}
    for name in FILES:
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                papers.setdefault(record["id"], record)
    return papers


def text_of(record: dict) -> str:
    return " ".join([record.get("title", ""), record.get("summary", ""), (record.get("AI") or {}).get("tldr", "")])


def lexical(papers: dict[str, dict], forms: list[tuple[str, ...]]) -> list[str]:
    return sorted(pid for pid, r in papers.items() if all(any(has_form(text_of(r), f) for f in c) for c in forms))


def hybrid_search(store: Path):
    """topic -> the ids of the hybrid top-50 papers in the date range (one app, one embedder thread)."""
    from assistant.retrieval import SearchFilters
    from assistant.settings import Settings
    from assistant.wiring import build_app

    app = build_app(Settings(store_dir=store, embedding_workers=1, embedding_threads=1, llm_mode="mock",
                             _env_file=None))
    retriever = app.retriever(SearchFilters(since=SINCE, until=UNTIL))
    return lambda topic: [r.arxiv_id for r in retriever.search_papers(topic, HYBRID_K)]


def judged() -> dict[str, dict]:
    if not TOPICS_FILE.exists():
        return {}
    out = {}
    for line in TOPICS_FILE.read_text(encoding="utf-8").splitlines():
        data = json.loads(line) if line.strip() and not line.startswith("#") else None
        if data and "topic" in data:
            out[data["id"]] = data
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", type=Path, help="a store of the slice: adds the hybrid top-50 candidates")
    parser.add_argument("--show", help="print the unjudged candidates of this topic id")
    parser.add_argument("--json", type=Path, help="write {id: {lexical, hybrid}} here")
    args = parser.parse_args()
    papers = load_slice()
    done = judged()
    search = hybrid_search(args.store) if args.store else None
    out = {}
    print(f"{len(papers)} papers in {SINCE}..{UNTIL}")
    for key, (topic, _lang, _concepts, forms) in PROPOSE.items():
        lex = lexical(papers, forms)
        hyb = search(topic) if search else []
        out[key] = {"lexical": lex, "hybrid": hyb}
        seen = set(done.get(key, {}).get("relevant", [])) | set(done.get(key, {}).get("rejected", []))
        unjudged = [p for p in dict.fromkeys(lex + hyb) if p not in seen]
        print(f"{key:22s} lexical {len(lex):3d}  hybrid-only {len(set(hyb) - set(lex)):3d}  "
              f"proposed {len(set(lex) | set(hyb)):3d}  unjudged {len(unjudged):3d}")
        if args.show == key:
            for pid in unjudged:
                r = papers[pid]
                print(f"  {pid} | {r['title']} | {(r.get('AI') or {}).get('tldr', '')[:160]}")
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
