"""Counts of candidate subjects in the slice (titles, English abstracts and the whole 'AI' field of the Chinese
records), as the thirty-ninth group used them to pick its subjects before labelling: one regular expression per
candidate, case-insensitive unless it holds Chinese. The counts are of papers that match, not of papers on topic.

    python count39.py            # the patterns below
    python count39.py 'REGEX' ...
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

PATTERNS = [
    # cs.CE
    r"computational fluid|CFD|流体力学|Navier", r"neural operator|神经算子|DeepONet|Fourier neural",
    r"structural health|结构健康", r"additive manufactur|增材制造|3D print", r"battery|电池",
    r"power (system|grid)|电网|电力系统", r"inverse design|逆向设计", r"digital twin|数字孪生", r"credit|信用|loan|贷款",
    r"portfolio|投资组合", r"drug discovery|药物发现|药物设计", r"turbulen|湍流", r"load forecast|负荷预测|electricity",
    r"uncertainty quantification|不确定性量化", r"reduced[- ]order model|降阶模型", r"molecular dynamics|分子动力学",
    # cs.CV
    r"person re-identification|re-ID|行人重识别|重识别", r"crowd counting|人群计数", r"optical flow|光流",
    r"camouflaged|伪装目标", r"sign language|手语", r"hand[- ]object|hand pose|手部|手势",
    r"video object segmentation|视频目标分割", r"face recognition|人脸识别", r"referring (expression|segmentation)|指代",
    r"shadow|阴影", r"few-shot segmentation|小样本分割", r"image retrieval|图像检索", r"super-resolution|超分辨率",
    r"low-light|低光", r"anomaly detection|异常检测", r"video (frame )?interpolation|插帧", r"image fusion|图像融合",
    r"pedestrian|行人", r"6D pose|6-DoF pose|位姿估计", r"salient object|显著性", r"open-vocabulary segmentation|开放词汇分割",
    r"dataset distillation|数据集蒸馏", r"knowledge distillation|知识蒸馏", r"self-supervised|自监督", r"CLIP",
    # cs.GR
    r"vector graphic|SVG|矢量图", r"font|字体", r"NeRF|neural radiance|神经辐射场", r"texture|纹理", r"hair|头发",
    r"garment|cloth|服装|布料", r"layout generation|布局生成|layout", r"sketch|草图|线稿", r"ray tracing|光线追踪",
    r"physics-based (simulation|animation)|物理仿真|physical simulation", r"avatar|数字人|虚拟人", r"point-based render",
    r"4D|动态场景", r"scene generation|场景生成", r"head avatar|头部", r"video editing|视频编辑", r"style transfer|风格迁移",
    # cs.RO
    r"humanoid|人形机器人", r"legged|quadruped|四足|足式", r"locomotion|运动控制", r"grasp|抓取", r"dexterous|灵巧手|灵巧",
    r"motion planning|运动规划|路径规划", r"\bUAV|drone|无人机", r"tactile|触觉", r"imitation learning|模仿学习",
    r"diffusion policy|扩散策略", r"multi-robot|多机器人", r"soft robot|软体机器人", r"teleoperat|遥操作",
    r"world action model", r"navigation|导航", r"model predictive control|MPC|模型预测控制",
    # eess.AS
    r"music|音乐", r"speech enhancement|语音增强|denois|降噪", r"speaker verification|speaker recognition|说话人识别|说话人验证",
    r"audio generation|text-to-audio|音频生成", r"sound event|声音事件", r"anti-spoofing|spoof|audio deepfake|语音伪造|欺骗",
    r"audio caption|音频描述", r"voice conversion|语音转换|声音转换", r"source separation|音源分离|语音分离",
    r"spatial audio|空间音频|binaural", r"audio language model|audio LLM|音频大模型|音频语言模型", r"singing|歌声|歌唱",
    r"codec|编解码", r"speaker diarization|说话人日志",
    # cs.CY
    r"carbon footprint|energy consumption|能耗|碳排放|green AI|environmental (impact|cost|footprint)",
    r"copyright|版权|intellectual property|知识产权", r"academic integrity|plagiari|学术诚信|抄袭",
    r"AI literacy|人工智能素养|AI素养", r"child|儿童|minor|未成年", r"digital divide|数字鸿沟",
    r"surveillance|监控", r"employment|hiring|招聘|recruit", r"accountab|问责", r"algorithmic fairness|fairness|公平性",
    r"open source|开源", r"sustainab|可持续", r"elderly|older adults|老年", r"gender|性别",
    r"software engineering education|programming education|编程教育", r"cheating|作弊",
]


def main(patterns: list[str]) -> None:
    papers = mt.load_slice()
    texts = {pid: r["title"] + " " + r["summary"] + " " + str(r.get("AI", "")) for pid, r in papers.items()}
    for pat in patterns:
        rx = re.compile(pat, 0 if re.search(r"[\u4e00-\u9fff]", pat) else re.I)
        ids = [pid for pid, t in texts.items() if rx.search(t)]
        print(f"{len(ids):4d}  {pat[:110]}")


if __name__ == "__main__":
    main(sys.argv[1:] or PATTERNS)
