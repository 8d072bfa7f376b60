"""erq.py QUESTIONS OUT: evidence recall with the evidence budget counted in the bundled model's (Qwen2.5) tokens
instead of cl100k's. cwd = checkout."""
import os
import runpy
import sys

sys.path.insert(0, os.getcwd())
from llama_cpp import Llama  # noqa: E402

import assistant.chains.evidence as E  # noqa: E402
from assistant.local_llm import model_path  # noqa: E402
from assistant.settings import Settings  # noqa: E402

vocab = Llama(model_path=str(model_path(Settings(_env_file=None))), vocab_only=True, verbose=False)
E.count_tokens = lambda text: len(vocab.tokenize(text.encode(), add_bos=False))
sys.argv = [sys.argv[0]] + sys.argv[1:]
runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "evidence_recall.py"), run_name="__main__")
