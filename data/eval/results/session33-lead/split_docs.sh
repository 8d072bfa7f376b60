set -e
cd "$1"
python3 - <<'PY'
from pathlib import Path
p = Path("README.md"); t = p.read_text()
t = t.replace("`concepts` (a topic's concepts: `vocabulary`, `topic`, `lexical`,",
              "`concepts` (a topic's concepts: `vocabulary`, `concept`, `topic` with `topic_parts` / `topic_words` / `topic_rules` / `topic_zh`, `lexical`,", 1)
p.write_text(t)
p = Path("assistant/chains/digest/__init__.py"); t = p.read_text()
old = "split into `vocabulary`, `topic`, `lexical`,"
assert old in t
t = t.replace(old, "split into `vocabulary`, `concept`, `topic` (+ `topic_parts`,\n`topic_words`, `topic_rules`, `topic_zh`), `lexical`,", 1)
p.write_text(t)
p = Path("assistant/chains/digest/concepts.py"); t = p.read_text()
old = "- `topic`: a topic split into its concepts (connectors, compounds, coordinated alternatives), its head, its queries;\n"
assert old in t
t = t.replace(old, "- `concept`: one concept of a topic (`Concept`) and its forms in both languages;\n" + old +
  "  its steps are `topic_parts` (cut at connectors), `topic_words` (a part as known terms and unknown runs),\n"
  "  `topic_rules` (rewrites of the concept list) and `topic_zh` (Chinese-only readings);\n", 1)
p.write_text(t)
PY
python3 - <<'PY'
from pathlib import Path
p = Path("assistant/chains/digest/topic.py"); t = p.read_text()
old = "search queries the topic is retrieved with.\n\"\"\""
assert old in t
t = t.replace(old, "search queries the topic is retrieved with.\n\nThe steps have modules of their own: `topic_parts` (the "
  "topic cut at its connectors), `topic_words` (a part as\nknown terms and unknown runs), `topic_rules` (rewrites of the "
  "concept list once the parts are read), `topic_zh`\n(Chinese-only readings); `concept` holds `Concept` itself. This "
  "module puts them together (`split_concepts`).\n\"\"\"", 1)
p.write_text(t)
PY
