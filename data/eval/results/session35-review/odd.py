import sys, os, time
sys.path.insert(0, os.getcwd())
from pathlib import Path
from assistant.chains.digest.topic_zh import glued_acronym
from assistant.chains.digest.topic import split_concepts
for n in (100, 1000, 3000):
    s = "A" * n + "长文本"
    t = time.perf_counter(); r = glued_acronym(s); print("glued", n, r, round(time.perf_counter() - t, 3))
    s = "A" + "a" * n + "!长文本建模"
    t = time.perf_counter(); r = glued_acronym(s); print("glued2", n, r, round(time.perf_counter() - t, 3))
odd = ["", "   ", "！？。", "???", "LLM", "LLM长文本建模" * 20, "LLM 长文本建模", "llm长文本建模", "GPT-4长文本建模", "LLM长文本建模!!",
       "生成式人工智能", "Generative AIs in education", "generative-AI in education", "GEN AI in education", "genAI for code",
       "generative AI generative AI", "人工智能", "AI", "场景", "电商场景", "电商场景中的场景", "A" * 500 + "长文本建模",
       "LLM长文本建模 and generative AI", "HCI人机交互 for generative AI", "電商場景中的大模型智能體"]
for t0 in odd:
    t = time.perf_counter()
    try:
        cs = split_concepts(t0, Path("prompts"))
        print(repr(t0[:60]), "=>", [(c.label[:30], c.forms[:4], c.kinds) for c in cs], round(time.perf_counter() - t, 2))
    except Exception as e:
        print(repr(t0[:60]), "ERROR", type(e).__name__, e)
