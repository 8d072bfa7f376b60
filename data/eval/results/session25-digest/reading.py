"""How topics are read (concepts and their fields) at the cwd's code, no store, no model:

    cd CODE && PYTHONPATH=. python PATH/TO/reading.py TOPIC [TOPIC ...]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, os.getcwd())

from assistant.chains.digest.topic import split_concepts  # noqa: E402

for topic in sys.argv[1:]:
    print("==", topic)
    for concept in split_concepts(topic, Path("prompts")):
        fields = {k: v for k, v in concept.__dict__.items() if v and k != "label"}
        print("  ", concept.label, fields)
