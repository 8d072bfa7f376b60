import sys, time
sys.path.insert(0, '.')
from assistant.chains.digest.topic import _examples
for t in ["大语言模型的对齐方法，例如RLHF或者DPO", "教育大模型，例如高中数学辅导", "多智能体协作，例如涉及谈判的任务",
          "LLM reasoning such as theory of mind", "efficient inference such as mixture of experts and early exit",
          "retrieval such as bag of words", "IoT security, e.g. internet of things botnets",
          "benchmarks such as Humanity's Last Exam", "robotics tasks such as pick and place",
          "learning from feedback such as trial and error", "models such as GPT-4/Claude",
          "vision models like CLIP in medicine", "LLMs such as Llama 3.1 (8B)", "GNNs, e.g. message-passing networks over molecules",
          "sequence models such as RNNs, LSTMs, and Transformers", "agents using tools such as web browsers for research",
          "federated learning with attacks such as poisoning on edge devices", "LLMs for languages such as Chinese",
          "大模型（例如：GPT-4、Claude等）的幻觉", "语音合成，例如零样本语音克隆中的说话人相似度",
          "Does it work, for instance on ImageNet", "He is like me", "classes like X", "transformers like RNNs",
          "a" * 5000 + " such as b", "models " * 3000 + "such as x and y" ]:
    t0 = time.perf_counter(); r = _examples(t); dt = time.perf_counter() - t0
    print(repr(t[:70]), "->", r if len(str(r)) < 300 else str(r)[:300], f"{dt*1000:.1f}ms")
