import sys, os
sys.path.insert(0, os.getcwd())
from assistant.chains.router import route
from assistant.chains.compare import split_names
QS = [
 "Compare two papers that turn research content into visual media: MINARD, which generates narrated videos explaining scientific figures, and Any2Poster, which generates posters from any source. What does MINARD ground its narrations to, and what does Any2Poster Bench pair each source with to test factual retention and understanding?",
 "Compare MINARD, which generates narrated videos, and Any2Poster, which generates posters: what does each ground its output in?",
 "MINARD, which generates narrated videos, and Any2Poster, which generates posters, both turn papers into media. How does each test factual retention?",
 "How do GCRank and HarmonRank differ in what they optimise?",
 "How do GCRank and HarmonRank differ?",
 "How does GCRank differ from HarmonRank in deployment?",
 "GCRank vs HarmonRank: which one was deployed online?",
 "GCRank vs. HarmonRank",
 "GCRank versus HarmonRank on CTR",
 "GCRank 与 HarmonRank 的区别",
 "GCRank 与 HarmonRank 的区别是什么？",
 "GCRank 和 HarmonRank 哪个用了更多数据？",
 "GCRank 和 HarmonRank 哪个效果更好",
 "GCRank 跟 HarmonRank 有什么不同？",
 "What is the difference between GCRank and HarmonRank?",
 "What are the differences between GCRank and HarmonRank in data?",
 "Which is better, GCRank or HarmonRank?",
 "GCRank 还是 HarmonRank 更适合广告排序？",
 "How does GCRank compare with HarmonRank?",
 "GCRank and HarmonRank: what does each optimise?",
 "比较两篇论文：GCRank，一个生成式排序器，以及 HarmonRank，一个多目标排序方法。它们分别优化什么？",
 "比较 GCRank（生成式排序）与 HarmonRank（多目标排序）的方法",
 "Contrast GCRank with HarmonRank.",
 "Compare the two ranking papers, GCRank and HarmonRank, on data.",
 # lookups that must stay lookups
 "What does GCRank propose?",
 "How does FUSE differ from BM25?",
 "GCRank 比 DIN 好多少？",
 "How much does GCRank improve over HarmonRank-style baselines?",
 "Which datasets, MovieLens or Amazon, does GCRank use?",
 # session 21
 "I'm reading about ways to send fewer bits. SoftBinary Coding is a neural compression paradigm and CoCMT is a collaborative perception framework for multiple agents. How does SBC compress its discrete representations, and what does CoCMT exchange between agents instead of intermediate feature maps such as BEV representations?",
 "BoundaryRouter 和那篇测试 LLM/VLM 能否判断机器人何时该开始与人交互的论文，都是让模型来做决定。BoundaryRouter 依据什么来决定直接用 LLM 回答还是交给 Agent？人机交互那篇又用了哪些模型做测试？",
 "How does GCRank differ from HarmonRank?",
 "In what ways does GCRank differ from HarmonRank?",
 "GCRank is a generative ranker and HarmonRank is a multi-objective ranker. What does each optimise?",
]
for q in QS:
    r = route(q)
    try:
        n = split_names(q) if r == "compare" else ""
    except Exception as e:
        n = repr(e)
    print(f"{r:8s} {n!s:70.70s} | {q[:90]}")
