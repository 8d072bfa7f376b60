"""Counts of candidate subjects in the slice (titles, English abstracts and the whole 'AI' field of the Chinese
records), as the forty-first group used them to pick its subjects before labelling: one regular expression per
candidate, case-insensitive. The counts are of papers that match (in the whole slice, and among the papers of the
field the pattern was written for), not of papers on topic.

    python count41.py            # the patterns below
    python count41.py 'REGEX' ...
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

PATTERNS = {
    "cs.CR": [r"malware|恶意软件", r"intrusion detection|入侵检测", r"phishing|钓鱼", r"vulnerabilit|漏洞",
              r"fuzz|模糊测试", r"side[- ]channel|侧信道", r"membership inference|成员推断", r"model (extraction|stealing)|模型窃取",
              r"penetration test|渗透测试|CTF|capture the flag", r"smart contract|智能合约", r"password|口令",
              r"authentication|认证", r"access control|访问控制", r"anomaly detection|异常检测", r"ransomware|勒索",
              r"CVE|exploit", r"software supply chain|供应链攻击", r"red[- ]team|红队", r"forensic|取证",
              r"spam|垃圾邮件", r"DDoS|denial of service|拒绝服务", r"attack detection|攻击检测", r"cyber|网络安全",
              r"threat intelligence|威胁情报", r"data poisoning|投毒", r"unlearnable|不可学习", r"adversarial example|对抗样本",
              r"copyright|版权", r"fingerprint|指纹", r"safety alignment|安全对齐"],
    "cs.CE": [r"CFD|computational fluid|流体", r"digital twin|数字孪生", r"battery|电池", r"finance|金融",
              r"portfolio|投资组合", r"option pricing|期权", r"credit|信用", r"inverse problem|逆问题|反问题",
              r"uncertainty quantification|不确定性量化", r"reduced[- ]order|降阶", r"topology optim|拓扑优化",
              r"mesh|网格", r"additive manufacturing|增材制造|3D printing", r"structural health|结构健康",
              r"power system|power grid|电网|电力系统", r"molecular dynamics|分子动力学", r"PDE|偏微分方程",
              r"neural operator|神经算子", r"turbulen|湍流", r"heat transfer|传热", r"multiphysics|多物理",
              r"crack|fracture|裂纹|断裂", r"manufactur|制造", r"chemical process|化工", r"drug|药物",
              r"isogeometric|等几何", r"shape optimi|形状优化", r"biomechan|生物力学", r"seismic|地震",
              r"energy system|能源系统", r"building|建筑"],
    "cs.IT": [r"channel estimation|信道估计", r"MIMO", r"RIS|reconfigurable intelligent|智能超表面",
              r"polar code|极化码", r"LDPC", r"compressed sensing|压缩感知", r"OFDM|OTFS", r"index coding|索引编码",
              r"coded caching|编码缓存", r"age of information|信息年龄|AoI", r"mutual information|互信息",
              r"entropy|熵", r"secrecy|保密", r"group testing|群测试", r"distributed computing|coded computing|编码计算",
              r"private information retrieval|私有信息检索|PIR\b", r"estimation theory|Cramér|克拉美",
              r"detection theory|hypothesis testing|假设检验", r"quantization|量化", r"6G", r"millimeter|毫米波|THz|太赫兹",
              r"near-field|近场", r"localization|定位", r"radar|雷达", r"codebook|码本", r"sparse recovery|稀疏恢复",
              r"information bottleneck|信息瓶颈", r"Kolmogorov|algorithmic information", r"channel coding|信道编码",
              r"source coding|信源编码", r"lossless compression|无损压缩", r"deep joint source|JSCC|联合信源信道"],
    "cs.CY": [r"copyright|版权", r"children|儿童", r"hiring|招聘", r"energy consumption|carbon|碳排放|能耗",
              r"misinformation|虚假信息", r"elderly|older adults|老年", r"student|学生", r"plagiarism|academic integrity|学术诚信",
              r"privacy|隐私", r"accessibility|无障碍", r"surveillance|监控", r"climate|气候", r"public health|公共卫生",
              r"legal|法律", r"journalism|news|新闻", r"gender|性别", r"fairness|公平", r"policy|政策",
              r"employment|就业", r"democra|民主", r"disinformation", r"online harm|harassment|骚扰", r"gambling|赌博",
              r"wikipedia|维基", r"open source|开源", r"survey respon|问卷", r"digital divide|数字鸿沟",
              r"algorithmic audit|audit|审计", r"urban|城市", r"transport|mobility|交通", r"agricultur|农业"],
    "cs.MM": [r"music|音乐", r"audio-visual|音视频|视听", r"video-to-audio|foley|音效生成", r"lip[- ]?sync|唇形",
              r"dance|舞蹈", r"sound source localization|声源定位", r"video quality|视频质量", r"streaming|流媒体",
              r"image aesthetic|美学", r"video summarization|视频摘要", r"video highlight|moment retrieval|片段检索",
              r"multimodal sentiment|多模态情感", r"multimodal fusion|多模态融合", r"image compression|图像压缩",
              r"point cloud compression|点云压缩", r"video coding|视频编码", r"sign language|手语", r"audio generation|音频生成",
              r"image retrieval|图像检索", r"micro-video|短视频", r"emotion recognition|情感识别", r"haptic|触觉",
              r"spatial audio|空间音频", r"speech-driven|语音驱动", r"video captioning|视频描述"],
    "cs.RO": [r"legged|locomotion|四足|腿足|行走", r"grasp|抓取", r"motion planning|运动规划|路径规划|path planning",
              r"humanoid|人形机器人", r"dexterous|灵巧手", r"teleoperation|遥操作", r"soft robot|软体机器人",
              r"multi-robot|多机器人", r"tactile|触觉", r"quadrotor|drone|无人机|UAV", r"mobile manipulation|移动操作",
              r"collision avoidance|避障", r"inverse kinematics|逆运动学", r"model predictive control|模型预测控制",
              r"deformable|可变形", r"exoskeleton|外骨骼|prosthe|假肢", r"surgical robot|手术机器人",
              r"task planning|任务规划", r"reward (shaping|design)|奖励设计", r"human-robot interaction|人机交互|HRI",
              r"autonomous vehicle|无人车", r"underwater|水下", r"agricultur|农业机器人", r"swarm|集群",
              r"manipulation|操作", r"robot learning|机器人学习", r"contact-rich|接触丰富", r"assembly|装配",
              r"control barrier|安全控制|safe control"],
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
