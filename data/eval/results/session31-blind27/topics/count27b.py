"""Counts of candidate subjects (broad forms) in the slice, for the twenty-seventh group's subjects."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

P = mt.load_slice()
def show(name, forms, n=60):
    ids = mt.lexical(P, forms)
    print(f"== {name}: {len(ids)}")
    for i in list(ids)[:n]:
        print("  ", i, P[i]["title"][:110] if isinstance(P[i], dict) else "")
MA=[("multi-agent","多智能体","agents","智能体")]
show("mechanism design x MA", [("mechanism design","机制设计","incentive","激励","reward and punishment","奖惩"), MA[0]])
show("cooperation x LLM agents", [("cooperat","合作"), ("LLM","language model","大模型","大语言模型","agent","智能体")])
show("tokeniz", [("tokeniz","tokenizer","分词")])
show("reliance", [("overreliance","over-reliance","reliance","rely on AI","依赖","deference","顺从")])
show("satellite comm", [("satellite","卫星","non-terrestrial","NTN","LEO","HAP","high-altitude platform"), ("communicat","通信","network","网络","link","链路","spectrum","频谱","antenna","天线")])
show("RL image gen", [("reinforcement","强化学习","GRPO","RLHF","DPO","reward","奖励","policy optimization"), ("image generation","图像生成","text-to-image","文生图","T2I","visual generation","视觉生成","diffusion model","扩散模型","image synthesis","图像合成")])
show("registration", [("registration","配准")])
show("6D pose", [("6D","6-DoF","object pose","物体位姿","位姿估计","pose estimation")])
