"""Counts of candidate subjects in the slice (titles, English abstracts and the whole 'AI' field of the Chinese
records), as the forty-ninth group used them to pick its subjects before labelling: one regular expression per
candidate, case-insensitive. The counts are of papers that match (in the whole slice, and among the papers of the
field the pattern was written for), not of papers on topic.

    python count49.py            # the patterns below
    python count49.py 'REGEX' ...
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

PATTERNS = {
    "cs.RO": [r"point cloud registration|点云配准", r"human-robot|人机协作|人机交互", r"humanoid|人形机器人",
              r"legged|quadruped|locomotion|四足|腿足|运动控制", r"drone|UAV|无人机", r"deformable|cloth|garment|可变形|布料|衣物",
              r"bimanual|双臂|dual-arm", r"tactile|触觉", r"dexterous|灵巧", r"grasp|抓取", r"6D pose|6-DoF|object pose|物体位姿|六自由度",
              r"policy evaluation|策略评估", r"failure (recovery|detection)|runtime monitor|失败恢复|故障检测|anomaly.{0,20}robot",
              r"motion planning|运动规划|path planning|路径规划", r"collision|碰撞", r"spacecraft|satellite|航天器|卫星",
              r"robot.{0,30}memory|记忆.{0,10}机器人", r"task planning|任务规划", r"scene graph|场景图", r"floorplan|floor plan|平面图"],
    "cs.IR": [r"recommend|推荐", r"query rewrit|query reformulat|查询改写|查询重写", r"vector (search|database|retrieval)|nearest neighbo|ANN\b|向量检索|向量数据库|近邻",
              r"search engine|搜索引擎", r"conversational (search|retrieval|memory)|对话式检索|对话记忆", r"click|点击率|CTR\b",
              r"competitive search|search engine optimi|generative engine optim|GEO\b|搜索引擎优化", r"deep research|深度研究",
              r"legal (retrieval|QA)|case retrieval|类案", r"patent|专利", r"citation|引用", r"layout (detection|analysis)|版面",
              r"sparse retrieval|BM25|learned sparse|稀疏检索", r"dense retrieval|稠密检索|bi-encoder", r"long-term memory|长期记忆",
              r"diversif|多样化", r"music|音乐|song|歌曲|playlist", r"e-commerce|电商|product search|商品", r"news|新闻|journalis"],
    "cs.MA": [r"consensus|共识", r"swarm|集群|群体智能", r"multi-agent path|MAPF|多智能体路径", r"coordination|协调",
              r"compliance|合规", r"formation|编队", r"satellite|卫星|earth observation|对地观测", r"workflow|工作流",
              r"promise theory|承诺理论", r"data (analysis|science) agent|data analy|数据分析", r"regulat|监管",
              r"reward and punishment|punish|惩罚|sanction", r"emergent (language|communication)|涌现语言|涌现通信",
              r"edge (AI|device|deploy)|边缘", r"mental (reasoning|state)|心理推理|心智", r"acceptance test|验证", r"nuclear|核",
              r"commerce|payment|支付|交易清算|clearing", r"spatial memory|空间记忆"],
    "cs.MM": [r"point cloud quality|PCQA|点云质量", r"highlight detection|精彩片段|高光", r"3D streaming|volumetric video|体积视频|流式传输",
              r"film|movie|cinema|cinematic|电影|影视", r"music|音乐|歌曲|singing|歌声", r"hateful|仇恨", r"person retrieval|行人检索|人员检索",
              r"video retrieval|视频检索", r"stance|立场", r"multimodal sentiment|多模态情感", r"digital human|数字人",
              r"facial animation|面部动画", r"sonification|可听化", r"advertis|广告", r"live stream|直播", r"karaoke|lyrics|歌词"],
    "cs.HC": [r"reliance|over-reliance|overreliance|依赖", r"trust in AI|trust calibration|信任", r"usability|可用性",
              r"deception|deceptive|欺骗", r"sabotage|破坏", r"metacognit|元认知", r"cognitive load|workload|认知负荷|工作负荷",
              r"personaliz|个性化", r"user study|用户研究|participants|参与者", r"accessib|无障碍", r"news|新闻|journalis",
              r"interactive|交互式", r"game|游戏", r"emotion|情绪|情感", r"wellbeing|well-being|福祉|幸福", r"older adults|elderly|老年",
              r"child|儿童|adolescent|青少年", r"design|设计师", r"feedback|反馈"],
    "eess.AS": [r"music|音乐|singing|歌唱|歌声", r"sound event|audio event|声音事件|音频事件", r"audio caption|音频描述|音频字幕",
                r"speech enhancement|denois|语音增强|降噪", r"source separation|speech separation|语音分离|声源分离",
                r"spatial audio|binaural|空间音频|双耳", r"text-to-audio|audio generation|音频生成|sound generation|声音生成",
                r"voice conversion|语音转换|声音转换", r"forced alignment|强制对齐", r"full-duplex|全双工|turn-taking|话轮",
                r"audio-language model|large audio|LALM|音频语言模型|音频大模型", r"audio reasoning|音频推理|speech.{0,20}reasoning",
                r"keyword spotting|wake word|关键词检测|唤醒", r"audio watermark|音频水印", r"codec|编解码", r"omni|全模态",
                r"dysarthri|pathological speech|病理语音|构音障碍", r"second language|L2\b|二语", r"Hungarian|匈牙利",
                r"low-resource (ASR|speech)|低资源语音", r"instruction following.{0,40}speech|speech instruction|语音指令"],
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
