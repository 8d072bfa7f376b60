"""Counts of candidate subjects in the slice (titles, English abstracts and the whole 'AI' field of the Chinese
records), as the thirty-seventh group used them to pick its subjects before labelling: one regular expression per
candidate, case-insensitive unless it holds Chinese. The counts are of papers that match, not of papers on topic.

    python count37.py            # the patterns below
    python count37.py 'REGEX' ...
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

PATTERNS = [
    # cs.MA
    r"swarm|群体智能|集群|蜂群", r"multi-robot|多机器人", r"consensus|一致性协议|共识", r"task allocation|任务分配",
    r"opinion dynamics|观点动力学|舆论动力学", r"agent-based model|agent-based simulation|基于主体|基于代理的模型|ABM",
    r"multi-agent path|MAPF|多智能体路径", r"formation control|编队", r"emergent (communication|language)|涌现通信",
    r"coalition|联盟形成", r"negotiat|谈判|协商",
    # cs.CR
    r"vulnerabilit(y|ies) detection|漏洞检测|vulnerability|漏洞", r"intrusion detection|入侵检测", r"malware|恶意软件",
    r"membership inference|成员推断", r"phishing|钓鱼", r"homomorphic|同态加密", r"penetration test|渗透测试",
    r"model (extraction|stealing)|模型窃取|模型提取", r"side[- ]channel|侧信道", r"fuzz|模糊测试",
    r"secure aggregation|安全聚合", r"CTF|capture the flag|cyber ?security|网络安全", r"cryptograph|密码",
    # cs.CV
    r"event camera|event-based|事件相机|脉冲相机|neuromorphic", r"person re-identification|re-ID|行人重识别|重识别",
    r"crowd counting|人群计数", r"optical flow|光流", r"camouflaged|伪装目标", r"sign language|手语",
    r"hand[- ]object|hand pose|手部|手势", r"video object segmentation|视频目标分割", r"face recognition|人脸识别",
    r"referring (expression|segmentation)|指代分割", r"point cloud (completion|registration)|点云(补全|配准)",
    r"shadow|阴影", r"few-shot segmentation|小样本分割", r"domain generalization|域泛化|领域泛化",
    r"image retrieval|图像检索", r"vision transformer|ViT", r"vector graphic|SVG|矢量图",
    # cs.CY
    r"carbon footprint|energy consumption|能耗|碳排放|green AI|environmental (impact|cost|footprint)",
    r"copyright|版权|intellectual property|知识产权", r"academic integrity|plagiari|学术诚信|抄袭",
    r"AI literacy|人工智能素养|AI素养", r"child|儿童|minor|未成年", r"digital divide|数字鸿沟",
    r"social media|社交媒体", r"healthcare access|public health|公共卫生", r"disinformation|propaganda|虚假信息",
    r"algorithmic fairness|fairness|公平性", r"accountab|问责", r"misinformation|错误信息",
    r"employment|hiring|招聘|recruit", r"surveillance|监控",
    # cs.CE
    r"topology optimi[sz]ation|拓扑优化", r"computational fluid|CFD|流体力学|Navier", r"neural operator|神经算子|DeepONet|Fourier neural",
    r"structural health|结构健康", r"additive manufactur|增材制造|3D print", r"battery|电池", r"power (system|grid)|电网|电力系统",
    r"inverse design|逆向设计", r"digital twin|数字孪生", r"credit|信用|loan|贷款", r"portfolio|投资组合",
    r"drug discovery|药物发现|药物设计", r"finite volume|mesh generation|网格生成", r"turbulen|湍流",
    r"energy (forecast|load)|load forecast|负荷预测|electricity", r"manufactur|制造",
    # cs.IT
    r"reconfigurable intelligent surface|\bRIS\b|智能反射面|可重构智能表面|intelligent reflecting", r"channel estimation|信道估计",
    r"age of information|信息年龄", r"wireless power transfer|SWIPT|无线能量传输|无线供能", r"rate-distortion|率失真",
    r"channel capacity|capacity region|信道容量", r"secrecy|physical layer security|物理层安全|窃听",
    r"over-the-air computation|空中计算", r"coded caching|编码缓存", r"massive MIMO|cell-free|无蜂窝",
    r"compressed sensing|compressive sensing|压缩感知|sparse recovery", r"information bottleneck|信息瓶颈",
    r"private information retrieval|隐私信息检索", r"group testing", r"entropy estimat|mutual information estimat|互信息估计",
    r"OFDM|正交频分", r"mmWave|millimeter wave|毫米波|terahertz|THz|太赫兹", r"near-field|近场",
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
