"""Split assistant/chains/digest/topic.py into concept.py, topic_words.py, topic_parts.py, topic_rules.py and topic.py
by moving whole top-level statements (with the comments above them); imports are computed from what each uses.
Usage: split.py REPO_ROOT. Names not listed stay in topic.py."""
import ast
import re
import sys
from pathlib import Path

ROOT = Path(sys.argv[1])
PKG = ROOT / "assistant/chains/digest"
SRC = (PKG / "topic.py").read_text()
MODULES = {
    "concept": """One concept of a topic (`Concept`) and how a label becomes one (issue 16): its forms in both languages
from the glossaries (`_concept`), the entry a term names (`_lookup`), the spellings papers use for a hyphenated or
plural term. Apart from the reading of a topic (`topic`) because the matchers (`lexical`, `learned`, `relevance`,
`select`) need the concept and not how a topic is read.
""",
    "topic_words": """A part of a topic as known terms and unknown runs (issue 16): '遥感图像分割' -> 遥感 (unknown) | 图像分割,
'machine unlearning in LLMs' -> machine unlearning | LLMs (`_atoms_zh`, `_atoms_en`), with what a part drops before
it is read (a task head, a dimension qualifier, a verb of learning) and the word classes these decisions ask for
(gerunds, qualifiers, generic parts, action nouns), and the Chinese rewrites of a part before it is read (a weak
word or an 'AI辅助' means dropped, a generic word cut). Used by `topic_parts` (an 'X of Y' term) and `topic`.
""",
    "topic_parts": """A topic cut at its connectors (issue 16): '强化学习在大模型推理中的应用' -> 强化学习 | 大模型推理 | 应用, with how each
part is joined to the one before ('and', 'or', or a relation such as for / of / 的 / 在…中), and which parts name the
head's setting, means or owner. Known terms that contain a connector ('mixture of experts') are kept whole. A list
of examples ('… such as MCP and A2A', '…，例如RLHF或者DPO') is cut off first (`_examples`), to be read apart.
""",
    "topic_rules": """Rewrites of a topic's concepts once its parts are read (issue 16): what coordinated parts share (a
modifier, a head, a tail), which parts are alternatives, when an LLM concept is multimodal or a setting, the two
pieces of a one-phrase topic. Each rule is a function from concepts to concepts, called in order by
`topic.split_concepts`; each docstring says which topics it was made for.
""",
}
ASSIGN = {
    "concept": "Concept either _sense _lookup _core _same_term _concept _own_forms _COMPOUND_RE _compound_variants "
               "_head_written_otherwise _same_words _builtin_entry",
    "topic_words": "_atoms_zh BROAD_WORD_SHARE_ZH _broad_head_terms _apart _atoms_en TASK_HEADS_EN TASK_HEADS_ZH "
                   "FRAME_HEADS_EN FRAME_HEADS_ZH _without_task_head _term_goes_on _gerund _qualifier _generic "
                   "_without_qualifier qualifier_zh _learning_object _modifier_forms _IZE_RE _IZE_ENDINGS "
                   "_verb_family_forms _ize_roots _words_glossing LEARNING_EN ACTION_NOUN_RE MEANS_PARTICIPLES_ZH _means_zh "
                   "_without_weak _term_with_next _cut_by_generic",
    "topic_parts": "_SPLIT_EN _SPLIT_ZH _AND_LINKS _OR_LINKS _MEANS_VERBS_ZH _USE_ZH _IN_ZH _protect _OF_TERM_RE "
                   "_protect_of_terms _parts _LINK_RANK _link _linked_parts _without_goal _setting_parts _means_parts "
                   "_owner_parts _MEANS_LINK_RE _EXAMPLE_WORDS_EN _EXAMPLES_EN _EXAMPLES_ZH _EXAMPLES_END_EN "
                   "_EXAMPLE_SEP _LATIN_NAME _EXAMPLES_LIST_ZH _EXAMPLE_SEP_ZH _examples",
    "topic_rules": "_shared_known_modifier _method_family_part _METHOD_FAMILY_STEMS _pieces _PERCEPTUAL "
                   "_multimodal_llm _llm_setting AI_MEANS_PARTICIPLES _ai_means _llm_owner LLM_SYSTEMS "
                   "_means_compounds _shared_modifier _shared_modifier_zh _shared_tail_zh _shared_term _alternatives "
                   "_definite_pair _plural shared_head",
}
ORDER = ["concept", "topic_words", "topic_parts", "topic_rules", "topic"]
where = {n: m for m, names in ASSIGN.items() for n in names.split()}

tree = ast.parse(SRC)
lines = SRC.splitlines(keepends=True)
imports, chunks = [], []  # chunks: (names, module, text, node)
prev_end = 0
doc_end = tree.body[0].end_lineno
for node in tree.body:
    text = "".join(lines[prev_end:node.end_lineno])
    prev_end = node.end_lineno
    if node is tree.body[0]:
        continue  # the docstring
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        imports.append(node)
        continue
    if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
        names = [node.name]
    elif isinstance(node, (ast.Assign, ast.AnnAssign)):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        names = [t.id for t in targets]
    else:
        raise SystemExit(f"unexpected top-level statement at line {node.lineno}")
    mods = {where.get(n, "topic") for n in names}
    assert len(mods) == 1, names
    chunks.append((names, mods.pop(), text.strip("\n") + "\n", node))
unknown = set(where) - {n for c in chunks for n in c[0]}
assert not unknown, f"assigned names not in topic.py: {unknown}"
defined = {n: m for names, m, _, _ in chunks for n in names}
# a name not assigned goes to the lowest module that uses it (its helpers follow it), so no module imports upward
changed = True
while changed:
    changed = False
    for names, mod, _, node in chunks:
        for name in {x.id for x in ast.walk(node) if isinstance(x, ast.Name)}:
            other = defined.get(name)
            if other and name not in where and ORDER.index(other) > ORDER.index(mod):
                defined[name] = mod
                changed = True
                print("moved down", name, "->", mod)
    chunks = [(names, defined[names[0]], text, node) for names, _, text, node in chunks]
imported = {}  # name -> import line source
for node in imports:
    if isinstance(node, ast.Import):
        for a in node.names:
            imported[a.asname or a.name] = f"import {a.name}"
    else:
        if node.module == "__future__":
            continue
        for a in node.names:
            imported[a.asname or a.name] = (node.module, a.name)


def used(node):
    return {x.id for x in ast.walk(node) if isinstance(x, ast.Name)}


out = {}
for mod in ORDER:
    mine = [c for c in chunks if c[1] == mod]
    need = set().union(*(used(c[3]) for c in mine)) if mine else set()
    own = {n for c in mine for n in c[0]}
    plain, froms = [], {}
    for name in sorted(need - own):
        if name in defined:
            other = defined[name]
            assert ORDER.index(other) < ORDER.index(mod), f"{mod} needs {name} of {other}: cycle"
            froms.setdefault(f"assistant.chains.digest.{other}", []).append(name)
        elif name in imported:
            src = imported[name]
            if isinstance(src, str):
                plain.append(src)
            else:
                froms.setdefault(src[0], []).append(src[1] if src[1] == name else f"{src[1]} as {name}")
    header = ('"""' + MODULES[mod].rstrip("\n") + '\n"""\n') if mod != "topic" else "".join(lines[:doc_end])
    body = "\n\n".join(c[2] for c in mine)
    text = header + "\nfrom __future__ import annotations\n\n" + "\n".join(sorted(set(plain))) + "\n"
    text += "".join(f"from {m} import {', '.join(sorted(ns))}\n" for m, ns in sorted(froms.items()))
    text += "\n\n" + body
    out[mod] = text
for mod, text in out.items():
    (PKG / f"{mod}.py").write_text(text)
    print(mod, text.count("\n"), "lines")
# importers: rewrite `from assistant.chains.digest.topic import a, b` by where each name now lives
IMPORT_RE = re.compile(r"^(\s*)from assistant\.chains\.digest\.topic import (\([^)]*\)|[^\n]*)", re.M)
for path in list((ROOT / "assistant").rglob("*.py")) + list((ROOT / "tests").rglob("*.py")) + \
        list((ROOT / "bench").rglob("*.py")):
    if path.parent == PKG and path.stem in out:
        continue
    text = path.read_text()

    def fix(m):
        indent, names = m.group(1), m.group(2).strip("()")
        names = [n.strip() for n in names.split("#")[0].replace("\n", " ").split(",") if n.strip()]
        by = {}
        for n in names:
            by.setdefault(defined.get(n.split(" as ")[0], "topic"), []).append(n)
        return "\n".join(f"{indent}from assistant.chains.digest.{mod} import {', '.join(ns)}"
                         for mod, ns in sorted(by.items()))
    new = IMPORT_RE.sub(fix, text)
    if new != text:
        path.write_text(new)
        print("rewrote", path.relative_to(ROOT))
